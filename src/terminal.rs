//! What the binary shows on the terminal while it works: a progress spinner for builds
//! that take more than a moment, `--verbose` stage timings, and the words for what
//! `retning new` and `retning init` did.
//!
//! # Rules
//!
//! - The spinner goes to stderr, only when stderr is a terminal and not with `--quiet`,
//!   and only once the work has taken [`SPINNER_DELAY`]: a quick build prints nothing
//!   but its result line, and output piped to a file or a CI log never holds spinner
//!   frames. It is cleared before anything else is printed.
//! - `--verbose` prints one line per finished stage (name, milliseconds, count).
//! - `--quiet` prints errors only.
//! - Nothing here decides what happened; it only shows what the library reports
//!   through [`retning::stages::Observer`].

use std::io::IsTerminal;
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use retning::scaffold::{ScaffoldError, Scaffolded};
use retning::stages::{Observer, Stage, StageReport};

/// How long a build runs before the spinner appears.
pub const SPINNER_DELAY: Duration = Duration::from_millis(300);

/// How the user asked to be told things.
#[derive(Debug, Clone, Copy)]
pub struct Verbosity {
    /// `--quiet`: errors only.
    pub quiet: bool,
    /// `--verbose`: stage timings.
    pub verbose: bool,
}

/// A spinner that appears only after [`SPINNER_DELAY`], on a terminal.
struct Spinner {
    bar: ProgressBar,
    /// Set once the work is done; guards the reveal so a spinner never shows late.
    done: Arc<Mutex<bool>>,
    stop: Sender<()>,
    thread: Option<JoinHandle<()>>,
}

impl Spinner {
    fn start(what: &str) -> Spinner {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        bar.set_style(
            ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar.set_message(what.to_string());
        let done = Arc::new(Mutex::new(false));
        let (stop, wait) = mpsc::channel::<()>();
        let thread = {
            let bar = bar.clone();
            let done = done.clone();
            std::thread::spawn(move || {
                if let Err(RecvTimeoutError::Timeout) = wait.recv_timeout(SPINNER_DELAY) {
                    let done = done.lock().unwrap_or_else(|e| e.into_inner());
                    if !*done {
                        bar.set_draw_target(ProgressDrawTarget::stderr());
                        bar.enable_steady_tick(Duration::from_millis(100));
                    }
                }
            })
        };
        Spinner { bar, done, stop, thread: Some(thread) }
    }

    /// Runs `f` with the spinner out of the way (for printing a line).
    fn suspend(&self, f: impl FnOnce()) {
        self.bar.suspend(f);
    }

    fn finish(&mut self) {
        {
            let mut done = self.done.lock().unwrap_or_else(|e| e.into_inner());
            *done = true;
            self.bar.finish_and_clear();
        }
        let _ = self.stop.send(());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for Spinner {
    fn drop(&mut self) {
        self.finish();
    }
}

/// Watches a build or check: spinner on a terminal, timings with `--verbose`.
pub struct Progress {
    spinner: Option<Spinner>,
    verbose: bool,
    /// What the spinner says before each stage's name ("building", "checking").
    doing: &'static str,
}

impl Progress {
    /// Starts watching; `doing` is shown in the spinner ("building").
    pub fn start(doing: &'static str, verbosity: Verbosity) -> Progress {
        let spinner = (!verbosity.quiet && std::io::stderr().is_terminal())
            .then(|| Spinner::start(&format!("{doing}…")));
        Progress { spinner, verbose: verbosity.verbose, doing }
    }

    /// Clears the spinner for good (before the result is printed).
    pub fn finish(&mut self) {
        if let Some(mut spinner) = self.spinner.take() {
            spinner.finish();
        }
    }

    fn stage_words(stage: Stage) -> &'static str {
        match stage {
            Stage::Load => "reading files",
            Stage::Link => "linking",
            Stage::Render => "rendering pages",
            Stage::Write => "writing",
        }
    }
}

impl Observer for Progress {
    fn started(&mut self, stage: Stage) {
        if let Some(spinner) = &self.spinner {
            spinner.bar.set_message(format!("{}: {}…", self.doing, Self::stage_words(stage)));
        }
    }

    fn finished(&mut self, report: &StageReport) {
        if !self.verbose {
            return;
        }
        let line = stage_line(report);
        match &self.spinner {
            Some(spinner) => spinner.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }
}

/// One `--verbose` line: `  render     42 ms   118 files`.
pub fn stage_line(report: &StageReport) -> String {
    format!(
        "  {:<7}{:>6} ms {:>6} {}",
        report.stage.name(),
        report.elapsed.as_millis(),
        report.count,
        report.stage.counts()
    )
}

/// Prints a refusal of `new` or `init` in the style of the other errors.
pub fn print_scaffold_error(error: &ScaffoldError, colour: bool) {
    let (red, bold, blue, reset) =
        if colour { ("\x1b[1;31m", "\x1b[1m", "\x1b[1;34m", "\x1b[0m") } else { ("", "", "", "") };
    eprintln!("{red}error{reset}{bold}: {}{reset}", error.message);
    if let Some(help) = &error.help {
        eprintln!("  {blue}={reset} {bold}help{reset}: {help}");
    }
}

/// Tells what `retning new` did.
pub fn print_new(done: &Scaffolded) {
    if let Some(strategy) = &done.picked_strategy {
        eprintln!("the site has one strategy, `{strategy}`; the initiative goes there");
    }
    if let Some(c) = &done.converted {
        eprintln!(
            "moved {} to {} so the strategy can have initiative files beside it (same page, same address)",
            c.from.display(),
            c.to.display()
        );
        if c.links_adjusted > 0 {
            eprintln!(
                "  and adjusted {} .md link{} in it to the new place",
                c.links_adjusted,
                if c.links_adjusted == 1 { "" } else { "s" }
            );
        }
    }
    for file in &done.created {
        eprintln!("created {}", file.display());
    }
    eprintln!(
        "open it in a text editor and fill it in; the notes after # explain each line (in `{}`, the site language)",
        done.language.code()
    );
}

/// Tells what `retning init` did and what to do next.
pub fn print_init(dir: &std::path::Path, done: &Scaffolded) {
    eprintln!("made a new site in {}:", dir.display());
    for file in &done.created {
        eprintln!("  {}", file.display());
    }
    let cd = dir.display();
    eprintln!("next:\n  cd {cd}\n  retning serve     (preview at http://127.0.0.1:1111, updates as you save)\n  retning build     (writes the site into public/)");
}

/// The readability figure of each text `check` judged: each one on a small site, the
/// median and the hardest few on a large one.
pub fn print_readability(figures: &[retning::readability::Figure]) {
    use retning::readability::{level, median};
    const LISTED: usize = 30;
    let Some(median) = median(figures) else { return };
    let line = |f: &retning::readability::Figure| {
        format!("  {:>5}  {:<9}  {}", f.lix, level(f.lix), f.file.display())
    };
    eprintln!(
        "readability (LIX; under 35 easy, 55 and over very hard): median {median} over {} texts",
        figures.len()
    );
    let mut hardest: Vec<&retning::readability::Figure> = figures.iter().collect();
    hardest.sort_by(|a, b| b.lix.cmp(&a.lix).then_with(|| a.file.cmp(&b.file)));
    if figures.len() > LISTED {
        eprintln!("  the {} hardest:", LISTED / 3);
        hardest.truncate(LISTED / 3);
    }
    for figure in hardest {
        eprintln!("{}", line(figure));
    }
}

/// `check`'s one line on why the pages show no history of changes (revisions of
/// targets and deadlines come from git).
pub fn print_history_unavailable(why: Option<&retning::load::history::Unavailable>) {
    use retning::load::history::Unavailable;
    let Some(why) = why else { return };
    let reason = match why {
        Unavailable::TurnedOff => return,
        Unavailable::NotInGit => "the site's folder is not in a git repository".to_string(),
        Unavailable::Shallow => "the git repository is a shallow clone without the older commits (clone it whole, e.g. `fetch-depth: 0` in GitHub Actions)".to_string(),
        Unavailable::NoCommits => "the git repository has no commits yet".to_string(),
        Unavailable::Unreadable(e) => format!("the git repository could not be read: {e}"),
    };
    eprintln!("history: not shown on the pages, because {reason}");
}

/// `check`'s list of initiatives whose update is overdue, by responsible director.
pub fn print_overdue(groups: &[retning::link::OverdueGroup]) {
    let count: usize = groups.iter().map(|g| g.initiatives.len()).sum();
    if count == 0 {
        return;
    }
    eprintln!(
        "update overdue: {count} initiative{} need{} an update",
        if count == 1 { "" } else { "s" },
        if count == 1 { "s" } else { "" }
    );
    for group in groups {
        let who = group.director.as_deref().unwrap_or("(no responsible director)");
        eprintln!("  {who}: {}", group.initiatives.len());
        for (title, file, due) in &group.initiatives {
            let due = due.map(|d| format!(", due by {d}")).unwrap_or_default();
            eprintln!("    {title} ({}{due})", file.display());
        }
    }
}

/// What `init` asks on a terminal when it was not given a site's address, in the new
/// site's language.
pub fn base_url_question(language: retning::i18n::Language) -> (&'static str, &'static str) {
    use retning::i18n::Language;
    match language {
        Language::Da => (
            "Sitets adresse, fx https://strategi.kommune.dk (Enter: udfyld den senere i site.yaml): ",
            "skriv hele adressen, med https:// foran",
        ),
        Language::Nb => (
            "Nettstedets adresse, f.eks. https://strategi.kommune.no (Enter: fyll den inn senere i site.yaml): ",
            "skriv hele adressen, med https:// foran",
        ),
        Language::Nn => (
            "Adressa til nettstaden, t.d. https://strategi.kommune.no (Enter: fyll ho inn seinare i site.yaml): ",
            "skriv heile adressa, med https:// framfor",
        ),
        Language::Sv => (
            "Webbplatsens adress, t.ex. https://strategi.kommun.se (Enter: fyll i den senare i site.yaml): ",
            "skriv hela adressen, med https:// först",
        ),
        Language::En => (
            "The site's address, like https://strategi.example.org (Enter: fill it in later in site.yaml): ",
            "write the whole address, starting with https://",
        ),
    }
}

/// Asks for a web address until one is given (or Enter leaves it empty: `None`); what
/// is not a full `http(s)` address is asked again, at most three times.
pub fn ask_address(
    input: &mut impl std::io::BufRead,
    output: &mut impl std::io::Write,
    question: &str,
    hint: &str,
) -> Option<String> {
    for _ in 0..3 {
        let _ = write!(output, "{question}");
        let _ = output.flush();
        let mut line = String::new();
        if input.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let answer = line.trim();
        if answer.is_empty() {
            return None;
        }
        if retning::config::is_web_address(answer) {
            return Some(answer.to_string());
        }
        let _ = writeln!(output, "  {hint}");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ask(typed: &str) -> (Option<String>, String) {
        let mut output = Vec::new();
        let answer = ask_address(&mut typed.as_bytes(), &mut output, "? ", "full address");
        (answer, String::from_utf8(output).unwrap())
    }

    #[test]
    fn init_asks_for_a_full_address() {
        assert_eq!(
            ask("https://strategi.kommune.dk\n").0.as_deref(),
            Some("https://strategi.kommune.dk")
        );
        assert_eq!(ask("\n"), (None, "? ".to_string()));
        assert_eq!(ask("").0, None, "end of input");
        let (answer, shown) = ask("strategi.kommune.dk\n  https://s.dk/plan/ \n");
        assert_eq!(answer.as_deref(), Some("https://s.dk/plan/"));
        assert_eq!(shown, "?   full address\n? ");
        assert_eq!(ask("a\nb\nc\nhttps://late.dk\n").0, None, "three tries");
    }
}

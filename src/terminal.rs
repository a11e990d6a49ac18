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
use retning::i18n::{Message, Messages};
use retning::msg;
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
    /// What the spinner says before each stage's name ("building", "checking"), in
    /// the reader's language.
    doing: String,
    m: &'static Messages,
}

impl Progress {
    /// Starts watching; `doing` is shown in the spinner ("building").
    pub fn start(doing: &'static str, verbosity: Verbosity, m: &'static Messages) -> Progress {
        let doing = m.text(&msg!("progress-doing", doing = doing));
        let spinner = (!verbosity.quiet && std::io::stderr().is_terminal())
            .then(|| Spinner::start(&format!("{doing}…")));
        Progress { spinner, verbose: verbosity.verbose, doing, m }
    }

    /// Clears the spinner for good (before the result is printed).
    pub fn finish(&mut self) {
        if let Some(mut spinner) = self.spinner.take() {
            spinner.finish();
        }
    }

    fn stage_words(&self, stage: Stage) -> String {
        self.m.text(&msg!("progress-stage", stage = stage.name()))
    }
}

impl Observer for Progress {
    fn started(&mut self, stage: Stage) {
        if let Some(spinner) = &self.spinner {
            spinner.bar.set_message(format!("{}: {}…", self.doing, self.stage_words(stage)));
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
pub fn print_scaffold_error(error: &ScaffoldError, colour: bool, m: &Messages) {
    print_refusal(m, &error.message, error.help.as_ref(), colour);
}

/// An error that stops a command before any file is read, with its likely fix: the
/// shape of `report::human` without a location.
pub fn print_refusal(m: &Messages, message: &Message, help: Option<&Message>, colour: bool) {
    let (red, bold, blue, reset) =
        if colour { ("\x1b[1;31m", "\x1b[1m", "\x1b[1;34m", "\x1b[0m") } else { ("", "", "", "") };
    let error_label = m.say("label-error");
    eprintln!("{red}{error_label}{reset}{bold}: {}{reset}", m.text(message));
    if let Some(help) = help {
        let help_label = m.say("label-help");
        eprintln!("  {blue}={reset} {bold}{help_label}{reset}: {}", m.text(help));
    }
}

/// A line for a person on stderr, in `m`'s language.
pub fn say(m: &Messages, message: &Message) {
    eprintln!("{}", m.text(message));
}

/// What `new` did, and what to do next.
pub fn print_new(done: &Scaffolded, m: &Messages) {
    if let Some(strategy) = &done.picked_strategy {
        say(m, &msg!("new-picked-strategy", strategy = strategy.as_str()));
    }
    if let Some(c) = &done.converted {
        let (from, to) = (c.from.display().to_string(), c.to.display().to_string());
        say(m, &msg!("new-converted", from = from, to = to));
        if c.links_adjusted > 0 {
            say(m, &msg!("new-links-adjusted", links = c.links_adjusted));
        }
    }
    for file in &done.created {
        say(m, &msg!("new-created", file = file.display().to_string()));
    }
    say(m, &msg!("new-fill-in", language = done.language.code()));
}

/// What `init` made, and the next commands.
pub fn print_init(dir: &std::path::Path, done: &Scaffolded, m: &Messages) {
    say(m, &msg!("init-made", dir = dir.display().to_string()));
    for file in &done.created {
        eprintln!("  {}", file.display());
    }
    say(m, &msg!("init-next", dir = dir.display().to_string()));
}

/// The texts' LIX: the median, and the hardest (all of them on a small site).
pub fn print_readability(figures: &[retning::readability::Figure], m: &Messages) {
    use retning::readability::{level, median};
    const LISTED: usize = 30;
    let Some(median) = median(figures) else { return };
    let line = |f: &retning::readability::Figure| {
        let level = m.text(&msg!("lix-level", level = level(f.lix).replace(' ', "-")));
        format!("  {:>5}  {:<9}  {}", f.lix, level, f.file.display())
    };
    say(m, &msg!("readability-summary", median = median.to_string(), texts = figures.len()));
    let mut hardest: Vec<&retning::readability::Figure> = figures.iter().collect();
    hardest.sort_by(|a, b| b.lix.cmp(&a.lix).then_with(|| a.file.cmp(&b.file)));
    if figures.len() > LISTED {
        say(m, &msg!("readability-hardest", count = LISTED / 3));
        hardest.truncate(LISTED / 3);
    }
    for figure in hardest {
        eprintln!("{}", line(figure));
    }
}

/// Why the pages show no history, said once (nothing when `history: false`).
pub fn print_history_unavailable(why: Option<&retning::load::history::Unavailable>, m: &Messages) {
    use retning::load::history::Unavailable;
    let Some(why) = why else { return };
    let (reason, detail) = match why {
        Unavailable::TurnedOff => return,
        Unavailable::NotInGit => ("not-in-git", String::new()),
        Unavailable::Shallow => ("shallow", String::new()),
        Unavailable::NoCommits => ("no-commits", String::new()),
        Unavailable::Unreadable(e) => ("unreadable", e.to_string()),
    };
    say(m, &msg!("history-unavailable", reason = reason, detail = detail));
}

/// The initiatives whose update is overdue, by responsible director.
pub fn print_overdue(groups: &[retning::link::OverdueGroup], m: &Messages) {
    let count: usize = groups.iter().map(|g| g.initiatives.len()).sum();
    if count == 0 {
        return;
    }
    say(m, &msg!("overdue-summary", count = count));
    for group in groups {
        let who = match group.director.as_deref() {
            Some(name) => name.to_string(),
            None => m.say("overdue-no-director"),
        };
        eprintln!("  {who}: {}", group.initiatives.len());
        for (title, file, due) in &group.initiatives {
            let due = due
                .map(|d| m.text(&msg!("overdue-due-by", due = d.to_string())))
                .unwrap_or_default();
            eprintln!("    {title} ({}{due})", file.display());
        }
    }
}

/// What `init` asks on a terminal when it was not given a site's address, in the new
/// site's language: the question, and what to say when the answer is not an address.
pub fn base_url_question(language: retning::i18n::Language) -> (String, String) {
    let m = Messages::for_tag(language.code());
    (m.say("init-ask-base-url"), m.say("init-ask-base-url-hint"))
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

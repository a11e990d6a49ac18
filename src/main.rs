//! The `retning` binary: parses the command line, calls the library, prints problems,
//! and sets the exit code (0 success, 1 content errors, 2 usage errors).

mod cli;
mod terminal;

// mimalloc: a build allocates and frees many small strings and template values from
// several threads; it cuts allocator time sharply against glibc malloc.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::IsTerminal;
use std::process::ExitCode;
use std::time::Instant;

use clap::Parser;

use cli::{Cli, Command, NewKind, OutputFormat};
use retning::report::{self, Format};
use retning::Diagnostics;

fn colour() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stderr().is_terminal()
}

/// Prints the errors alone (for `--quiet`), without the count of warnings left out.
fn print_errors(problems: &Diagnostics, format: Format) {
    let errors: Diagnostics = problems.iter().filter(|d| d.is_error()).cloned().collect();
    match format {
        Format::Human => {
            for d in errors.iter() {
                eprintln!("{}", report::human(d, colour()));
            }
        }
        _ => print_problems(&errors, format),
    }
}

fn print_problems(problems: &Diagnostics, format: Format) {
    let text = report::render_all(problems, format, colour());
    write_out(&text, format != Format::Human);
}

/// Writes to stdout or stderr, ignoring a closed pipe (`retning check | head`) rather
/// than panicking as `print!` does.
fn write_out(text: &str, to_stdout: bool) {
    use std::io::Write;
    let _ = if to_stdout {
        std::io::stdout().lock().write_all(text.as_bytes())
    } else {
        std::io::stderr().lock().write_all(text.as_bytes())
    };
}

/// How many warnings a successful `build` shows; `check` shows them all.
const BUILD_WARNINGS_SHOWN: usize = 20;

/// A successful build's warnings: the first few in full, then a count, so that a large
/// site with many unmeasured goals does not bury the result.
fn print_build_warnings(warnings: &Diagnostics) {
    if warnings.warning_count() <= BUILD_WARNINGS_SHOWN {
        print_problems(warnings, Format::Human);
        return;
    }
    let colour = colour();
    let mut text = String::new();
    for d in warnings.iter().take(BUILD_WARNINGS_SHOWN) {
        text.push_str(&report::human(d, colour));
        text.push('\n');
    }
    text.push_str(&format!(
        "{} warnings; the first {BUILD_WARNINGS_SHOWN} are shown, `retning check` lists them all\n",
        warnings.warning_count()
    ));
    write_out(&text, false);
}

/// Prints why `new` or `init` wrote nothing; exit code 2 for usage, 1 for I/O.
fn scaffold_failed(error: &retning::scaffold::ScaffoldError) -> ExitCode {
    terminal::print_scaffold_error(error, colour());
    match error.kind {
        retning::scaffold::ErrorKind::Usage => ExitCode::from(2),
        retning::scaffold::ErrorKind::Io => ExitCode::from(1),
    }
}

/// Says why `root` is not a site, if it is not (exit code 2).
fn require_site(root: &std::path::Path) -> Result<(), ExitCode> {
    match retning::config::not_a_site(root) {
        None => Ok(()),
        Some((message, help)) => {
            eprintln!("error: {message}\n  = help: {help}");
            Err(ExitCode::from(2))
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let verbosity = terminal::Verbosity { quiet: cli.quiet, verbose: cli.verbose };
    let outcome = match cli.command {
        Command::Build { root, output, no_wait, drafts, since } => {
            build(&root, output, no_wait, drafts, since.as_deref(), verbosity)
        }
        Command::Serve { root, port, bind, open, poll } => {
            serve(root, port, bind, open, poll, verbosity)
        }
        Command::New { kind, id, strategy, root } => {
            new(kind, &id, strategy.as_deref(), &root, cli.quiet)
        }
        Command::Init { dir, language, title, organisation, base_url, accessibility_statement } => {
            let site = InitSite { title, organisation, base_url, accessibility_statement };
            init(&dir, &language, site, cli.quiet)
        }
        Command::Check { root, strict, format } => check(&root, strict, format, verbosity),
    };
    outcome.unwrap_or_else(|code| code)
}

fn build(
    root: &std::path::Path,
    output: Option<std::path::PathBuf>,
    no_wait: bool,
    drafts: bool,
    since: Option<&str>,
    verbosity: terminal::Verbosity,
) -> Result<ExitCode, ExitCode> {
    require_site(root)?;
    let changes_since = match since {
        None => None,
        Some(word) => match retning::yaml::parse_date(word)
            .ok()
            .or_else(|| retning::load::history::tag_date(root, word))
        {
            Some(date) => Some(date),
            None => {
                eprintln!(
                    "error: `--since {word}` is neither a date nor a tag of the site's git repository\n  = help: write a date like `--since 2013-01-01`, or the name of a tag (`git tag` lists them)"
                );
                return Err(ExitCode::from(2));
            }
        },
    };
    let output = output.unwrap_or_else(|| root.join("public"));
    let started = Instant::now();
    let mut progress = terminal::Progress::start("building", verbosity);
    let mut tell_waiting = |output: &std::path::Path| {
        eprintln!(
            "another retning build is writing {} right now; waiting for it to finish (--no-wait fails instead)",
            output.display()
        );
    };
    let when_locked = if no_wait {
        retning::write::WhenLocked::Fail
    } else {
        retning::write::WhenLocked::Wait(&mut tell_waiting)
    };
    let drafts = if drafts { retning::Drafts::Included } else { retning::Drafts::LeftOut };
    let options = retning::BuildOptions { drafts, changes_since };
    let result = retning::build_locked(root, &output, options, when_locked, &mut progress);
    progress.finish();
    match result {
        Ok(report) => {
            if !verbosity.quiet {
                print_build_warnings(&report.warnings);
                eprintln!(
                    "built {} pages ({} files) into {} in {} ms",
                    report.pages,
                    report.files,
                    output.display(),
                    started.elapsed().as_millis()
                );
            }
            // The process ends here: the built site is left for the OS to take back
            // with the rest of its memory, not freed piece by piece.
            std::mem::forget(report);
            Ok(ExitCode::SUCCESS)
        }
        Err(problems) => {
            if verbosity.quiet {
                print_errors(&problems, Format::Human);
            } else {
                print_problems(&problems, Format::Human);
            }
            let usage = problems.iter().all(|d| d.kind == retning::error::ProblemKind::Output);
            if !usage && retning::write::holds_site(&output) {
                eprintln!(
                    "nothing was written; the last good site in {} is unchanged",
                    output.display()
                );
            } else if !usage {
                eprintln!("nothing was written; there is no earlier site in {}", output.display());
            }
            Err(ExitCode::from(if usage { 2 } else { 1 }))
        }
    }
}

fn serve(
    root: std::path::PathBuf,
    port: u16,
    bind: std::net::IpAddr,
    open: bool,
    poll: bool,
    verbosity: terminal::Verbosity,
) -> Result<ExitCode, ExitCode> {
    require_site(&root)?;
    let options = retning::serve::Options {
        root,
        bind,
        port,
        open,
        poll: poll || std::env::var_os("RETNING_WATCH_POLL").is_some_and(|v| v == "1"),
        quiet: verbosity.quiet,
        verbose: verbosity.verbose,
        colour: colour(),
    };
    match retning::serve::run(&options) {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(message) => {
            eprintln!("error: {message}");
            Err(ExitCode::from(2))
        }
    }
}

fn new(
    kind: NewKind,
    id: &str,
    strategy: Option<&str>,
    root: &std::path::Path,
    quiet: bool,
) -> Result<ExitCode, ExitCode> {
    let kind = match kind {
        NewKind::Strategy => retning::scaffold::Kind::Strategy,
        NewKind::Initiative => retning::scaffold::Kind::Initiative,
        NewKind::Director => retning::scaffold::Kind::Director,
    };
    let done = retning::scaffold::new_document(root, kind, id, strategy)
        .map_err(|error| scaffold_failed(&error))?;
    if !quiet {
        terminal::print_new(&done);
    }
    Ok(ExitCode::SUCCESS)
}

/// What `init` is told about the new site.
struct InitSite {
    title: Option<String>,
    organisation: Option<String>,
    base_url: Option<String>,
    accessibility_statement: Option<String>,
}

fn init(
    dir: &std::path::Path,
    language: &str,
    site: InitSite,
    quiet: bool,
) -> Result<ExitCode, ExitCode> {
    let language = retning::i18n::Language::parse(language).unwrap_or(retning::i18n::Language::Da);
    // Without --base-url, a person at a terminal is asked: the feed, the sitemap and
    // badges' embed codes need the full address (scripts, with no terminal, are not).
    let base_url = site.base_url.or_else(|| {
        let interactive = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
        (interactive && !quiet).then(|| {
            let (question, hint) = terminal::base_url_question(language);
            terminal::ask_address(
                &mut std::io::stdin().lock(),
                &mut std::io::stderr(),
                question,
                hint,
            )
        })?
    });
    let options = retning::scaffold::InitOptions {
        language,
        title: site.title,
        organisation: site.organisation,
        base_url,
        accessibility_statement: site.accessibility_statement,
    };
    let done =
        retning::scaffold::init_site(dir, &options).map_err(|error| scaffold_failed(&error))?;
    if !quiet {
        terminal::print_init(dir, &done);
    }
    Ok(ExitCode::SUCCESS)
}

fn check(
    root: &std::path::Path,
    strict: bool,
    format: OutputFormat,
    verbosity: terminal::Verbosity,
) -> Result<ExitCode, ExitCode> {
    require_site(root)?;
    let format = match format {
        OutputFormat::Human => Format::Human,
        OutputFormat::Json => Format::Json,
        OutputFormat::Github => Format::Github,
        OutputFormat::Gitlab => Format::Gitlab,
    };
    let mut progress = terminal::Progress::start("checking", verbosity);
    let report = retning::check_report(root, &mut progress);
    progress.finish();
    let problems = report.problems;
    let failed = problems.has_errors() || (strict && problems.strict_failure_count() > 0);
    let quiet = verbosity.quiet;
    if format == Format::Human && !quiet {
        // Said first: the list of problems ends with the one summary.
        terminal::print_history_unavailable(report.history_unavailable.as_ref());
    }
    // --quiet: only what fails the check (warnings too under --strict).
    if !quiet || (failed && strict) {
        print_problems(&problems, format);
    } else if failed {
        print_errors(&problems, format);
    } else if format == Format::Gitlab {
        // A report file is written whatever is shown: an empty one says "no problems".
        print_problems(&Diagnostics::new(), format);
    }
    if format == Format::Human && !quiet {
        terminal::print_readability(&report.readability);
        terminal::print_overdue(&report.overdue);
    }
    // One summary: "0 errors, 2 warnings" ends the list of problems; "no errors" is
    // said only when there was nothing to list.
    if problems.is_empty() && format == Format::Human && !quiet {
        eprintln!("no errors");
    }
    if failed {
        Err(ExitCode::from(1))
    } else {
        Ok(ExitCode::SUCCESS)
    }
}

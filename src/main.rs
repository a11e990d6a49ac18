//! The `retning` binary: parses the command line, calls the library, prints problems,
//! and sets the exit code (0 success, 1 content errors, 2 usage errors).

mod cli;
mod terminal;

// mimalloc: a build allocates and frees many small strings and template values from
// several threads; it cuts allocator time sharply against glibc malloc.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (`mimalloc.h`; once named `reset_delay`, at the
/// same place in its 2.x and 3.x lines).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Freed memory is kept 50 ms before it goes back to the OS, not mimalloc's 10 ms: a
/// build frees and allocates again within milliseconds (a page's values, then the
/// next's), and each page handed back was faulted in and zeroed anew when used again.
/// A 10,000-initiative build takes 59,000 page faults instead of 79,000-92,000 (30 ms
/// saves nearly as many, 100 ms no more) and ~2 % less CPU; its peak memory grows by
/// ~10 MiB (BENCHMARKS.md, round 9).
fn keep_freed_memory() {
    // SAFETY: sets a number mimalloc reads when it next purges; any thread, any time.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 50) }
}

use std::io::IsTerminal;
use std::process::ExitCode;
use std::time::Instant;

use clap::FromArgMatches;

use cli::{Cli, Command, NewKind, OutputFormat};
use retning::i18n::{Message, Messages};
use retning::msg;
use retning::report::{self, Format};
use retning::Diagnostics;
use terminal::say;

fn colour() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stderr().is_terminal()
}

/// Prints the errors alone (for `--quiet`), without the count of warnings left out.
fn print_errors(problems: &Diagnostics, format: Format, m: &Messages) {
    let errors: Diagnostics = problems.iter().filter(|d| d.is_error()).cloned().collect();
    match format {
        Format::Human => {
            for d in errors.iter() {
                eprintln!("{}", report::human(d, colour(), m));
            }
        }
        _ => print_problems(&errors, format, m),
    }
}

fn print_problems(problems: &Diagnostics, format: Format, m: &Messages) {
    let text = report::render_all(problems, format, colour(), m);
    write_out(&text, format != Format::Human);
}

/// An error that stops a command before any file is read (exit code 2 follows).
fn usage_error(m: &Messages, message: &Message, help: &Message) {
    terminal::print_refusal(m, message, Some(help), colour());
}

/// The messages for the site at `root`: its language (read from `site.yaml`'s
/// `language:` line, so even a broken file names it), unless `--lang` or
/// `RETNING_LANG` says otherwise; the system's language when there is no site.
fn site_messages(root: &std::path::Path) -> &'static Messages {
    match retning::config::language_of(root) {
        Some(language) => Messages::for_site(language),
        None => Messages::for_system(),
    }
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
fn print_build_warnings(warnings: &Diagnostics, m: &Messages) {
    if warnings.warning_count() <= BUILD_WARNINGS_SHOWN {
        print_problems(warnings, Format::Human, m);
        return;
    }
    let colour = colour();
    let mut text = String::new();
    for d in warnings.iter().take(BUILD_WARNINGS_SHOWN) {
        text.push_str(&report::human(d, colour, m));
        text.push('\n');
    }
    text.push_str(&m.text(&msg!(
        "build-warnings-cut",
        warnings = warnings.warning_count(),
        shown = BUILD_WARNINGS_SHOWN
    )));
    text.push('\n');
    write_out(&text, false);
}

/// Prints why `new` or `init` wrote nothing; exit code 2 for usage, 1 for I/O.
fn scaffold_failed(error: &retning::scaffold::ScaffoldError, m: &Messages) -> ExitCode {
    terminal::print_scaffold_error(error, colour(), m);
    match error.kind {
        retning::scaffold::ErrorKind::Usage => ExitCode::from(2),
        retning::scaffold::ErrorKind::Io => ExitCode::from(1),
    }
}

/// Says why `root` is not a site, if it is not (exit code 2).
fn require_site(root: &std::path::Path, m: &Messages) -> Result<(), ExitCode> {
    match retning::config::not_a_site(root) {
        None => Ok(()),
        Some((message, help)) => {
            usage_error(m, &message, &help);
            Err(ExitCode::from(2))
        }
    }
}

/// A mistake on the command line in the reader's words (clap's own are English): an
/// unknown command or option, a value that is not one of the allowed, a missing
/// argument. `None` for what clap should show itself (help, the version, rarer cases).
fn clap_error_in_words(e: &clap::Error) -> Option<(Message, Message)> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let text = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join(", ")),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        Some(ContextValue::StyledStrs(v)) => {
            Some(v.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "))
        }
        _ => None,
    };
    let message = match e.kind() {
        ErrorKind::InvalidSubcommand => {
            msg!("usage-unknown-command", command = text(ContextKind::InvalidSubcommand)?)
        }
        ErrorKind::UnknownArgument => {
            msg!("usage-unknown-option", option = text(ContextKind::InvalidArg)?)
        }
        ErrorKind::InvalidValue if text(ContextKind::ValidValue).is_some() => msg!(
            "usage-invalid-value",
            value = text(ContextKind::InvalidValue)?,
            option = text(ContextKind::InvalidArg)?,
            allowed = text(ContextKind::ValidValue)?
        ),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => msg!(
            "usage-unusable-value",
            value = text(ContextKind::InvalidValue)?,
            option = text(ContextKind::InvalidArg)?
        ),
        ErrorKind::MissingRequiredArgument => {
            msg!("usage-missing", what = text(ContextKind::InvalidArg)?)
        }
        ErrorKind::ArgumentConflict => msg!(
            "usage-conflict",
            option = text(ContextKind::InvalidArg)?,
            other = text(ContextKind::PriorArg)?
        ),
        _ => return None,
    };
    let suggested =
        [ContextKind::SuggestedSubcommand, ContextKind::SuggestedArg, ContextKind::SuggestedValue]
            .into_iter()
            .find_map(text);
    let help = match suggested {
        Some(guess) => msg!("did-you-mean", count = 1usize, first = guess, second = "", third = ""),
        None => msg!("usage-see-help"),
    };
    Some((message, help))
}

/// `--lang X` or `--lang=X` among the arguments (read before clap, so that clap's
/// help and errors are in that language too).
fn lang_argument(args: &[std::ffi::OsString]) -> Option<String> {
    let mut args = args.iter().filter_map(|a| a.to_str());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        if arg == "--lang" {
            return args.next().map(str::to_string);
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            return Some(value.to_string());
        }
    }
    None
}

fn main() -> ExitCode {
    keep_freed_memory();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let requested = lang_argument(&args)
        .or_else(|| std::env::var("RETNING_LANG").ok().filter(|v| !v.is_empty()));
    retning::i18n::messages::set_override(requested.as_deref());
    let system = Messages::for_system();
    if let Some(tag) =
        requested.as_deref().filter(|t| retning::i18n::messages::known_tag(t).is_none())
    {
        say(system, &msg!("unknown-message-language", language = tag));
    }
    let cli = match cli::localised_command(system)
        .try_get_matches_from(&args)
        .and_then(|matches| Cli::from_arg_matches(&matches))
    {
        Ok(cli) => cli,
        Err(e) => match clap_error_in_words(&e) {
            Some((message, help)) => {
                usage_error(system, &message, &help);
                return ExitCode::from(2);
            }
            // Help, the version, and the rarer mistakes: as clap words them.
            None => e.exit(),
        },
    };
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
            init(&dir, &language, site, cli.quiet, system)
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
    let m = site_messages(root);
    require_site(root, m)?;
    let changes_since = match since {
        None => None,
        Some(word) => match retning::yaml::parse_date(word)
            .ok()
            .or_else(|| retning::load::history::tag_date(root, word))
        {
            Some(date) => Some(date),
            None => {
                usage_error(m, &msg!("bad-since", value = word), &msg!("bad-since-help"));
                return Err(ExitCode::from(2));
            }
        },
    };
    let output = output.unwrap_or_else(|| root.join("public"));
    let started = Instant::now();
    let mut progress = terminal::Progress::start("building", verbosity, m);
    let mut tell_waiting = |output: &std::path::Path| {
        say(m, &msg!("build-waiting", output = output.display().to_string()));
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
                print_build_warnings(&report.warnings, m);
                say(
                    m,
                    &msg!(
                        "build-done",
                        pages = report.pages,
                        files = report.files,
                        output = output.display().to_string(),
                        ms = started.elapsed().as_millis() as u64
                    ),
                );
            }
            // The process ends here: the built site is left for the OS to take back
            // with the rest of its memory, not freed piece by piece.
            std::mem::forget(report);
            Ok(ExitCode::SUCCESS)
        }
        Err(problems) => {
            if verbosity.quiet {
                print_errors(&problems, Format::Human, m);
            } else {
                print_problems(&problems, Format::Human, m);
            }
            let usage = problems.iter().all(|d| d.kind == retning::error::ProblemKind::Output);
            let output = output.display().to_string();
            if !usage && retning::write::holds_site(std::path::Path::new(&output)) {
                say(m, &msg!("build-nothing-written-kept", output = output));
            } else if !usage {
                say(m, &msg!("build-nothing-written", output = output));
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
    let m = site_messages(&root);
    require_site(&root, m)?;
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
            eprintln!("{}: {}", m.say("label-error"), m.text(&message));
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
    let m = site_messages(root);
    let done = retning::scaffold::new_document(root, kind, id, strategy)
        .map_err(|error| scaffold_failed(&error, m))?;
    if !quiet {
        terminal::print_new(&done, m);
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
    m: &Messages,
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
                &question,
                &hint,
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
        retning::scaffold::init_site(dir, &options).map_err(|error| scaffold_failed(&error, m))?;
    if !quiet {
        terminal::print_init(dir, &done, m);
    }
    Ok(ExitCode::SUCCESS)
}

fn check(
    root: &std::path::Path,
    strict: bool,
    format: OutputFormat,
    verbosity: terminal::Verbosity,
) -> Result<ExitCode, ExitCode> {
    let m = site_messages(root);
    require_site(root, m)?;
    let format = match format {
        OutputFormat::Human => Format::Human,
        OutputFormat::Json => Format::Json,
        OutputFormat::Github => Format::Github,
        OutputFormat::Gitlab => Format::Gitlab,
    };
    let mut progress = terminal::Progress::start("checking", verbosity, m);
    let report = retning::check_report(root, &mut progress);
    progress.finish();
    let problems = report.problems;
    let failed = problems.has_errors() || (strict && problems.strict_failure_count() > 0);
    let quiet = verbosity.quiet;
    if format == Format::Human && !quiet {
        // Said first: the list of problems ends with the one summary.
        terminal::print_history_unavailable(report.history_unavailable.as_ref(), m);
        terminal::print_readability(&report.readability, m);
        terminal::print_overdue(&report.overdue, m);
    }
    // --quiet: only what fails the check (warnings too under --strict).
    if !quiet || (failed && strict) {
        print_problems(&problems, format, m);
    } else if failed {
        print_errors(&problems, format, m);
    } else if format == Format::Gitlab {
        // A report file is written whatever is shown: an empty one says "no problems".
        print_problems(&Diagnostics::new(), format, m);
    }
    // One summary: "0 errors, 2 warnings" ends the list of problems; "no errors" is
    // said only when there was nothing to list.
    if problems.is_empty() && format == Format::Human && !quiet {
        say(m, &msg!("check-no-problems"));
    }
    if failed {
        Err(ExitCode::from(1))
    } else {
        Ok(ExitCode::SUCCESS)
    }
}

#[cfg(test)]
mod tests {
    use super::MI_OPTION_PURGE_DELAY;

    /// The option's number is mimalloc's purge delay: it reads as its default, 10 (ms),
    /// where the options numbered around it default to 1 and 0.
    #[test]
    fn the_purge_delay_option_is_the_one_set() {
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_some()
            || std::env::var_os("MIMALLOC_RESET_DELAY").is_some()
        {
            return;
        }
        // SAFETY: reads an option.
        let default = unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY) };
        assert_eq!(default, 10);
    }
}

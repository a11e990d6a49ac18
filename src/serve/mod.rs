//! `retning serve`: builds the site into memory, serves it over HTTP, watches the
//! sources and rebuilds what a change affects, and reloads the pages in the browser.
//!
//! ```text
//! watch ──Changes──▶ incremental::Builder ──files──▶ server::Shared ──HTTP──▶ browser
//!  (notify, debounced)   (cached documents,        (snapshot + error    (pages listen on
//!                         affected pages only)      panel, SSE notices)   /__retning/events)
//! ```
//!
//! One thread (the caller's) owns the builder and runs the rebuild loop; HTTP workers
//! only read the current [`server::Snapshot`]. Content errors never stop the server:
//! the last good build stays served, with an error panel on every page, until the
//! sources build again. Nothing is written to disk. Ctrl-C stops the server cleanly
//! (a second Ctrl-C stops it at once); so do SIGTERM and SIGHUP.
//!
//! - [`watch`]: which folders are watched, temporary-file filters, [`watch::ChangeKind`].
//! - [`incremental`]: the document cache and which pages a change affects.
//! - [`server`]: HTTP, path safety, content types, error panel, live reload.

pub mod http;
pub mod incremental;
pub mod server;
pub mod watch;

use std::collections::BTreeSet;
use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use notify_debouncer_full::DebounceEventResult;

use crate::error::{Diagnostic, Diagnostics, Location, ProblemKind};
use crate::i18n::{Message as Msg, Messages};
use crate::msg;
use crate::report;
use incremental::{Builder, Rebuilt};
use server::{Shared, Snapshot};
use watch::{Changes, Watcher};

/// The default port.
pub const DEFAULT_PORT: u16 = 1111;
/// Above this many changed pages, a reload notice says "every page".
const MAX_LISTED_PAGES: usize = 500;

/// How to serve.
#[derive(Debug, Clone)]
pub struct Options {
    /// The site's folder (with `site.yaml`).
    pub root: PathBuf,
    /// The address to listen on; loopback unless the user asks otherwise.
    pub bind: IpAddr,
    /// The port (0: any free port).
    pub port: u16,
    /// Open the site in the default browser once it is served.
    pub open: bool,
    /// Watch by polling instead of the system's file events.
    pub poll: bool,
    /// Print only errors.
    pub quiet: bool,
    /// Print what each rebuild did.
    pub verbose: bool,
    /// Colour the terminal output.
    pub colour: bool,
}

/// What the rebuild loop is told.
enum Message {
    Events(DebounceEventResult),
    Stop,
}

/// Terminal output of the serve loop (stderr; the URL alone goes to stdout).
#[derive(Clone, Copy)]
struct Console {
    quiet: bool,
    verbose: bool,
    colour: bool,
    /// The site's language (or `--lang`'s).
    m: &'static Messages,
}

impl Console {
    fn info(&self, text: &Msg) {
        if !self.quiet {
            eprintln!("{}", self.m.text(text));
        }
    }

    fn detail(&self, text: &Msg) {
        if self.verbose {
            eprintln!("{}", self.m.text(text));
        }
    }

    fn warn(&self, text: &Msg) {
        let (on, off) = if self.colour { ("\x1b[1;33m", "\x1b[0m") } else { ("", "") };
        let label = self.m.say("label-warning");
        eprintln!("{on}{label}{off}: {}", self.m.text(text));
    }

    fn problems(&self, problems: &Diagnostics) {
        eprint!("{}", report::render_all(problems, report::Format::Human, self.colour, self.m));
    }
}

/// The state between rebuilds that the terminal and the pages care about.
struct Status {
    instance: String,
    generation: u64,
    /// The error panel's source (the errors' text) while there are errors.
    errors: Option<String>,
    /// Warnings already printed, so each is printed once.
    warnings: BTreeSet<String>,
    /// The warnings `warnings` was last made from.
    last_warnings: Option<Diagnostics>,
    base_path: String,
}

impl Status {
    fn build_id(&self) -> String {
        format!("{}-{}", self.instance, self.generation)
    }
}

/// Serves the site until Ctrl-C. Errors are about starting (the port is taken, the
/// folder cannot be read); content errors are shown, never returned.
pub fn run(options: &Options) -> Result<(), Msg> {
    let system = Messages::for_system();
    let root = options.root.canonicalize().map_err(|e| {
        msg!(
            "serve-cannot-use-folder",
            folder = options.root.display().to_string(),
            error = crate::load::io_error(&e)
        )
    })?;
    let config = crate::config::load(&root).ok();
    let m = config.as_ref().map_or(system, |c| Messages::for_site(c.language));
    let mut console =
        Console { quiet: options.quiet, verbose: options.verbose, colour: options.colour, m };
    let addr = SocketAddr::new(options.bind, options.port);
    let listening = http::listen(addr).map_err(|e| {
        msg!("serve-cannot-listen", address = addr.to_string(), error = crate::load::io_error(&e))
    })?;
    let local = listening.local_addr().unwrap_or(addr);

    // Watching starts before the first build, so nothing saved during it is missed.
    // Ctrl-C and file events both end up in the rebuild loop.
    let mut theme =
        config.as_ref().and_then(|config| crate::render::templates::theme_dir(&root, config));
    let (tx, rx) = mpsc::channel::<Message>();
    let live_reload = server::live_reload_script();
    let mut builder = Builder::new(&root, &live_reload);
    builder.serve_at(&format!("http://{}", host_for_url(local)));
    let rebuilding = Rebuilding::new(builder.cancel_flag());
    let presses = Arc::new(AtomicUsize::new(0));
    let stop = tx.clone();
    let stopping = rebuilding.clone();
    let handler = ctrlc::set_handler(move || {
        if presses.fetch_add(1, Ordering::SeqCst) > 0 {
            std::process::exit(130);
        }
        let _ = stop.send(Message::Stop);
        // A rebuild under way stops at its next step; should one page take longer,
        // the server still ends within a second (it writes nothing to disk).
        stopping.cancel.store(true, Ordering::Relaxed);
        std::thread::spawn(|| {
            std::thread::sleep(STOP_WITHIN);
            std::process::exit(130);
        });
    });
    if let Err(e) = handler {
        console.warn(&msg!("serve-no-ctrl-c", error = e.to_string()));
    }
    let events = tx.clone();
    let superseding = rebuilding.clone();
    let (mut watcher, why_not_native) =
        Watcher::start(&root, theme.as_deref(), options.poll, move |result| {
            let _ = events.send(Message::Events(result));
            superseding.supersede_if_long();
        })
        .map_err(|e| msg!("serve-watch-failed", error = e))?;
    match (&why_not_native, watcher.mode()) {
        (Some(why), _) => console.warn(&msg!(
            "serve-no-file-events",
            why = why.clone(),
            ms = watch::POLL_INTERVAL.as_millis() as u64
        )),
        (None, watch::Mode::Poll) => {
            console.info(&msg!("serve-polling", ms = watch::POLL_INTERVAL.as_millis() as u64))
        }
        (None, watch::Mode::Native) => {}
    }

    // First build.
    // System events name every changed file: a rebuild may re-read only those.
    builder.set_events_complete(watcher.mode() == watch::Mode::Native);
    let mut status = Status {
        instance: instance_id(),
        generation: 0,
        errors: None,
        warnings: BTreeSet::new(),
        last_warnings: None,
        base_path: "/".into(),
    };
    let started = Instant::now();
    let first = rebuild(&mut builder, &Changes::everything(), &root, &live_reload);
    let snapshot = match &first {
        Ok(rebuilt) => {
            status.base_path = rebuilt.base_path.clone();
            print_new_warnings(&console, &mut status, &rebuilt.warnings);
            console.info(&msg!(
                "serve-built",
                pages = rebuilt.pages,
                files = rebuilt.files.len(),
                ms = started.elapsed().as_millis() as u64
            ));
            Snapshot {
                files: Some(rebuilt.files.clone()),
                panel: None,
                base_path: rebuilt.base_path.clone(),
                build: status.build_id(),
            }
        }
        Err(problems) => {
            console.problems(problems);
            eprintln!("{}", m.say("serve-has-errors"));
            status.errors = Some(errors_text(problems));
            Snapshot {
                files: None,
                panel: Some(server::error_panel(problems, m).into()),
                base_path: "/".into(),
                build: status.build_id(),
            }
        }
    };
    let shared = Arc::new(Shared::new(snapshot, options.bind.is_loopback(), m));
    let http = server::start(listening, shared.clone()).map_err(|e| {
        msg!("serve-cannot-start", address = addr.to_string(), error = crate::load::io_error(&e))
    })?;
    theme = builder.theme_dir();
    if let Err(e) = watcher.sync(theme.as_deref()) {
        console.warn(&msg!("serve-polling-from-now", error = e));
    }
    builder.set_events_complete(watcher.mode() == watch::Mode::Native);

    console
        .info(&msg!("serve-watching", names = watched_names(&root, theme.as_deref()).join(", ")));

    let url = format!("http://{}{}", host_for_url(local), status.base_path);
    if !options.bind.is_loopback() {
        console.warn(&msg!("serve-open-to-network", address = addr.to_string()));
    }
    // The URL goes to stdout, alone on its line, for people and scripts.
    println!("{}", m.text(&msg!("serve-serving", url = url.as_str())));
    let _ = std::io::stdout().flush();
    if options.open {
        open_browser(&url, &console);
    }

    // The rebuild loop.
    let mut pending = Changes::default();
    loop {
        let mut changes = std::mem::take(&mut pending);
        let mut stop = false;
        let mut take = |message: Message, changes: &mut Changes| match message {
            Message::Stop => stop = true,
            Message::Events(Ok(events)) => {
                changes.merge(Changes::from_events(&root, theme.as_deref(), &events))
            }
            Message::Events(Err(errors)) => {
                for e in errors {
                    console.warn(&msg!("serve-watch-error", error = e.to_string()));
                }
                // Events may have been lost: look at everything again.
                changes.merge(Changes::everything());
            }
        };
        if changes.is_empty() {
            match rx.recv() {
                Ok(message) => take(message, &mut changes),
                Err(_) => break,
            }
        }
        while let Ok(more) = rx.try_recv() {
            take(more, &mut changes);
        }
        if stop {
            break;
        }
        if changes.is_empty() {
            continue;
        }
        let sources: Vec<String> = changes
            .paths
            .iter()
            .map(|p| crate::error::display_path(&root, p).display().to_string())
            .collect();
        console.detail(&msg!("serve-changed", files = sources.join(", ")));
        let started = Instant::now();
        let result = rebuilding.run(|| rebuild(&mut builder, &changes, &root, &live_reload));
        if result.is_err() && rebuilding.cancel.load(Ordering::Relaxed) {
            // Stopped for a later change (or Ctrl-C): build again with both.
            console.detail(&msg!("serve-superseded"));
            pending.merge(changes);
            continue;
        }
        // A `language:` changed in site.yaml speaks from this rebuild's report on
        // (unless --lang or RETNING_LANG chose the language).
        if let Some(language) = builder.language() {
            console.m = Messages::for_site(language);
            shared.set_messages(console.m);
        }
        report_rebuild(&console, &mut status, &shared, &builder, result, started);
        theme = builder.theme_dir();
        match watcher.sync(theme.as_deref()) {
            // Folders that just appeared: look again at what was written in them before
            // their watch began.
            Ok(added) => {
                for path in added {
                    if let Some(kind) = watch::classify(&root, theme.as_deref(), &path) {
                        pending.kinds.insert(kind);
                        pending.paths.insert(path);
                    }
                }
            }
            Err(e) => console.warn(&msg!("serve-polling-from-now", error = e)),
        }
        builder.set_events_complete(watcher.mode() == watch::Mode::Native);
    }

    http.stop();
    drop(watcher);
    console.info(&msg!("serve-stopped"));
    Ok(())
}

/// How soon Ctrl-C or `SIGTERM` ends the server, even during a long rebuild.
const STOP_WITHIN: std::time::Duration = std::time::Duration::from_millis(800);

/// A rebuild running longer than this is stopped when a later change comes in, and
/// run again with both (shorter ones finish first: restarting them gains nothing).
const SUPERSEDE_AFTER: std::time::Duration = std::time::Duration::from_millis(100);

/// Whether a rebuild is under way and since when, shared with the watcher's thread so
/// that a later save can stop a long one.
#[derive(Clone)]
struct Rebuilding {
    cancel: Arc<AtomicBool>,
    /// Milliseconds from `epoch` to the start of the rebuild under way, plus one; 0
    /// when none is.
    since: Arc<AtomicU64>,
    epoch: Instant,
}

impl Rebuilding {
    fn new(cancel: Arc<AtomicBool>) -> Rebuilding {
        Rebuilding { cancel, since: Arc::new(AtomicU64::new(0)), epoch: Instant::now() }
    }

    fn now(&self) -> u64 {
        u64::try_from(self.epoch.elapsed().as_millis()).unwrap_or(u64::MAX - 1) + 1
    }

    fn run<T>(&self, rebuild: impl FnOnce() -> T) -> T {
        self.since.store(self.now(), Ordering::SeqCst);
        let result = rebuild();
        self.since.store(0, Ordering::SeqCst);
        result
    }

    /// Stops the rebuild under way if it has run for [`SUPERSEDE_AFTER`].
    fn supersede_if_long(&self) {
        let since = self.since.load(Ordering::SeqCst);
        let limit = u64::try_from(SUPERSEDE_AFTER.as_millis()).unwrap_or(u64::MAX);
        if since != 0 && self.now().saturating_sub(since) >= limit {
            self.cancel.store(true, Ordering::Relaxed);
        }
    }
}

/// Runs a rebuild; a panic in it becomes an error (the server goes on, and the next
/// rebuild starts afresh).
fn rebuild(
    builder: &mut Builder,
    changes: &Changes,
    root: &Path,
    live_reload: &str,
) -> Result<Rebuilt, Diagnostics> {
    let outcome =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| builder.rebuild(changes)));
    outcome.unwrap_or_else(|panic| {
        let message = panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "unknown panic".into());
        // Keep serving what was good; start over on the next change.
        let mut fresh = Builder::new(root, live_reload);
        fresh.share_cancel_flag(builder.cancel_flag());
        let _ = std::mem::replace(builder, fresh);
        Err(Diagnostics::from(
            Diagnostic::error(
                ProblemKind::Io,
                Location::file(crate::config::CONFIG_FILE),
                crate::msg!("rebuild-panicked", detail = message),
            )
            .with_help(crate::msg!("rebuild-panicked-help")),
        ))
    })
}

/// Tells the terminal and the pages what a rebuild did.
#[allow(clippy::too_many_arguments)]
fn report_rebuild(
    console: &Console,
    status: &mut Status,
    shared: &Shared,
    builder: &Builder,
    result: Result<Rebuilt, Diagnostics>,
    started: Instant,
) {
    match result {
        Ok(rebuilt) => {
            let had_errors = status.errors.take().is_some();
            if had_errors {
                console.info(&msg!("serve-errors-fixed"));
            }
            print_new_warnings(console, status, &rebuilt.warnings);
            status.base_path = rebuilt.base_path.clone();
            let steps: Vec<String> = rebuilt
                .timings
                .iter()
                .map(|(name, t)| format!("{name} {:.1} ms", t.as_secs_f64() * 1000.0))
                .collect();
            console.detail(&msg!("serve-steps", steps = steps.join(", ")));
            console.info(&msg!(
                "serve-rebuilt",
                rendered = rebuilt.rendered,
                pages = rebuilt.pages,
                ms = started.elapsed().as_millis() as u64,
                changed = rebuilt.changed.len()
            ));
            if rebuilt.changed.is_empty() && !had_errors {
                return;
            }
            status.generation += 1;
            let pages: Vec<String> = rebuilt
                .changed
                .iter()
                .filter(|p| p.ends_with(".html"))
                .map(|p| server::site_path(&rebuilt.base_path, p))
                .collect();
            let all = had_errors || rebuilt.assets_changed || pages.len() > MAX_LISTED_PAGES;
            let snapshot = Snapshot {
                files: Some(rebuilt.files.clone()),
                panel: None,
                base_path: rebuilt.base_path.clone(),
                build: status.build_id(),
            };
            shared.publish(snapshot, all, if all { &[] } else { &pages });
        }
        Err(problems) => {
            let (errors, warnings): (Vec<_>, Vec<_>) =
                problems.iter().cloned().partition(|d| d.is_error());
            print_new_warnings(console, status, &warnings.into_iter().collect());
            console.problems(&errors.into_iter().collect());
            let text = errors_text(&problems);
            let same = status.errors.as_deref() == Some(text.as_str());
            eprintln!(
                "{}",
                console.m.text(&msg!("serve-errors-count", errors = problems.error_count()))
            );
            if same {
                return;
            }
            status.errors = Some(text);
            status.generation += 1;
            let snapshot = Snapshot {
                files: builder.files(),
                panel: Some(server::error_panel(&problems, console.m).into()),
                base_path: status.base_path.clone(),
                build: status.build_id(),
            };
            shared.publish(snapshot, true, &[]);
        }
    }
}

/// The errors as the terminal shows them, to tell one set of errors from another.
fn errors_text(problems: &Diagnostics) -> String {
    let english = Messages::english();
    problems.iter().filter(|d| d.is_error()).map(|d| report::human(d, false, english)).collect()
}

/// Prints the warnings not printed before.
fn print_new_warnings(console: &Console, status: &mut Status, warnings: &Diagnostics) {
    if status.last_warnings.as_ref() == Some(warnings) {
        // The same as last time (the usual case): nothing new, nothing to format.
        return;
    }
    status.last_warnings = Some(warnings.clone());
    let mut fresh = Diagnostics::new();
    let mut now = BTreeSet::new();
    for d in warnings.iter() {
        let text = report::human(d, false, Messages::english());
        if !status.warnings.contains(&text) {
            fresh.push(d.clone());
        }
        now.insert(text);
    }
    status.warnings = now;
    if !fresh.is_empty() && !console.quiet {
        console.problems(&fresh);
    }
}

/// The watched sources, for the start-up message.
fn watched_names(root: &Path, theme: Option<&Path>) -> Vec<String> {
    let mut names = vec![crate::config::CONFIG_FILE.to_string()];
    for dir in [crate::load::CONTENT_DIR, "static"] {
        if root.join(dir).is_dir() {
            names.push(format!("{dir}/"));
        }
    }
    if let Some(theme) = theme {
        names.push(format!("{}/", crate::error::display_path(root, theme).display()));
    }
    names
}

/// Names this run of the server, so pages notice a restart.
fn instance_id() -> String {
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    format!("{:x}", (nanos as u64) ^ u64::from(std::process::id()).rotate_left(40))
}

/// The host part of a URL for an address (IPv6 in brackets; a wildcard address shown
/// as loopback, which reaches it).
fn host_for_url(addr: SocketAddr) -> String {
    let ip = match addr.ip() {
        IpAddr::V4(v4) if v4.is_unspecified() => IpAddr::V4(std::net::Ipv4Addr::LOCALHOST),
        IpAddr::V6(v6) if v6.is_unspecified() => IpAddr::V6(std::net::Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    match ip {
        IpAddr::V4(v4) => format!("{v4}:{}", addr.port()),
        IpAddr::V6(v6) => format!("[{v6}]:{}", addr.port()),
    }
}

/// Opens `url` in the default browser; failing is a warning, not an error.
fn open_browser(url: &str, console: &Console) {
    let mut command = if cfg!(target_os = "macos") {
        std::process::Command::new("open")
    } else if cfg!(windows) {
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", "start", ""]);
        c
    } else {
        std::process::Command::new("xdg-open")
    };
    command
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    let program = command.get_program().to_string_lossy().into_owned();
    match command.spawn() {
        Ok(mut child) => {
            let console = Console { quiet: false, verbose: false, ..*console };
            std::thread::spawn(move || match child.wait() {
                Ok(status) if status.success() => {}
                Ok(status) => console.warn(&msg!(
                    "serve-no-browser",
                    program = program.as_str(),
                    error = status.to_string()
                )),
                Err(e) => console.warn(&msg!(
                    "serve-no-browser",
                    program = program.as_str(),
                    error = e.to_string()
                )),
            });
        }
        Err(e) => console.warn(&msg!(
            "serve-no-browser-open-yourself",
            program = program.as_str(),
            error = e.to_string(),
            url = url
        )),
    }
}

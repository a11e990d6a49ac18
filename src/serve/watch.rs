//! Watching a site's sources for `serve`: which folders, which events matter, and what
//! kind of change each one is.
//!
//! Folders are watched, never single files: editors save through a temporary file that
//! is renamed over the original, which a watch on the file itself would lose. Watched:
//! the site root (not recursively, for `site.yaml` and for `content/`, `static/` and
//! `themes/` appearing or going), `content/`, `static/`, `themes/` (not recursively)
//! and the active theme's folder. [`Watcher::sync`] adds and drops watches as those
//! folders come and go.
//!
//! Events are debounced by `notify-debouncer-full` (a short window, so a save is picked
//! up within a few tens of milliseconds), editor temporary files are ignored
//! ([`is_temp_file`]), and what is left is sorted into [`ChangeKind`]s by
//! [`Changes::from_events`]. When the native watcher cannot start (or runs out of
//! watches), [`Watcher::start`] falls back to polling and says so.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

use notify::event::{AccessKind, AccessMode};
use notify::{EventKind, PollWatcher, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{
    new_debouncer, new_debouncer_opt, DebounceEventResult, DebouncedEvent, Debouncer,
    RecommendedCache,
};

use crate::i18n::Message;
use crate::load::CONTENT_DIR;
use crate::msg;

/// How long after an event it is handed on (events for the same path in that window
/// are merged). Editors write a file in well under this.
pub const DEBOUNCE: Duration = Duration::from_millis(15);
/// How often the debouncer looks for events old enough to hand on.
const TICK: Duration = Duration::from_millis(4);
/// How often the polling fallback scans the watched folders (and hashes their files).
pub const POLL_INTERVAL: Duration = Duration::from_millis(300);

/// What a changed file is to the site: decides how much is rebuilt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ChangeKind {
    /// A file under `content/`: re-read the changed documents, re-render what uses them.
    Content,
    /// A template of the active theme: recompile, re-render the pages using it.
    Templates,
    /// A file under `static/` or the theme's `static/`: copied as it is.
    Static,
    /// `site.yaml`: everything is rebuilt.
    Config,
}

/// The changes in one batch of events.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// The kinds of change seen.
    pub kinds: BTreeSet<ChangeKind>,
    /// Every relevant path that changed (files and folders, created, modified, removed
    /// or renamed; both names of a rename).
    pub paths: BTreeSet<PathBuf>,
    /// True when every event was a file's contents or metadata being written: nothing
    /// was created, removed or renamed, and no rescan was asked for. False when not
    /// known (the default), so a builder looks at every file again.
    pub modified_only: bool,
}

impl Changes {
    /// Every kind: what a rescan (lost events) or a start-up needs.
    pub fn everything() -> Changes {
        Changes {
            kinds: [
                ChangeKind::Content,
                ChangeKind::Templates,
                ChangeKind::Static,
                ChangeKind::Config,
            ]
            .into_iter()
            .collect(),
            paths: BTreeSet::new(),
            modified_only: false,
        }
    }

    /// True when nothing relevant changed.
    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
    }

    /// Adds another batch.
    pub fn merge(&mut self, other: Changes) {
        let nothing = |c: &Changes| c.kinds.is_empty() && c.paths.is_empty();
        // An empty batch says nothing about the other one.
        self.modified_only = if nothing(self) {
            other.modified_only
        } else {
            self.modified_only && (nothing(&other) || other.modified_only)
        };
        self.kinds.extend(other.kinds);
        self.paths.extend(other.paths);
    }

    /// Sorts debounced events into changes. `root` is the (canonical) site root,
    /// `theme` the active theme's folder if the site has one.
    pub fn from_events(root: &Path, theme: Option<&Path>, events: &[DebouncedEvent]) -> Changes {
        let mut changes = Changes { modified_only: true, ..Changes::default() };
        let mut modified_only = true;
        for event in events {
            if event.need_rescan() {
                changes.merge(Changes::everything());
                modified_only = false;
                continue;
            }
            if !is_relevant_event(&event.kind) {
                continue;
            }
            for path in &event.paths {
                if let Some(kind) = classify(root, theme, path) {
                    changes.kinds.insert(kind);
                    changes.paths.insert(path.clone());
                    modified_only &= is_modification(&event.kind);
                }
            }
        }
        changes.modified_only = modified_only;
        changes
    }
}

/// False for events that change nothing: a file opened, read or closed unwritten (our
/// own reads make those).
fn is_relevant_event(kind: &EventKind) -> bool {
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        _ => true,
    }
}

/// True for an event that writes to a file that was there and stays there: its data
/// or metadata changed, or it was closed after writing. Creating, removing and
/// renaming are not, nor are events of unknown kind.
fn is_modification(kind: &EventKind) -> bool {
    use notify::event::ModifyKind;
    matches!(
        kind,
        EventKind::Modify(ModifyKind::Data(_) | ModifyKind::Metadata(_))
            | EventKind::Access(AccessKind::Close(AccessMode::Write))
    )
}

/// True for names editors and tools give their temporary and lock files: vim's swap
/// files (`.x.swp`, `.swo`, `.swx`) and write probe (`4913`, `5036`, …), backups
/// (`x~`), Emacs locks and autosaves (`.#x`, `#x#`), JetBrains' safe-write files
/// (`x___jb_tmp___`, `x___jb_old___`), GNOME's `.goutputstream-*`, Kate's `.kate-swp`,
/// and `.tmp`/`.temp` files.
pub fn is_temp_file(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    const SUFFIXES: [&str; 8] =
        [".swp", ".swo", ".swx", ".swpx", "~", ".tmp", ".temp", ".kate-swp"];
    if SUFFIXES.iter().any(|s| lower.ends_with(s)) {
        return true;
    }
    if lower.starts_with(".#") || lower.starts_with(".goutputstream-") {
        return true;
    }
    if lower.len() > 1 && lower.starts_with('#') && lower.ends_with('#') {
        return true;
    }
    if lower.contains("__jb_tmp__") || lower.contains("__jb_old__") {
        return true;
    }
    // Vim checks that it may write a folder by creating 4913 (then 5036, 5159, …).
    if !lower.is_empty() && lower.len() < 10 && lower.bytes().all(|b| b.is_ascii_digit()) {
        if let Ok(n) = lower.parse::<u64>() {
            return n >= 4913 && (n - 4913) % 123 == 0;
        }
    }
    false
}

/// What kind of change a changed path is, or `None` when it does not matter to the site
/// (a temporary file, the output folder, anything else in the root).
pub fn classify(root: &Path, theme: Option<&Path>, path: &Path) -> Option<ChangeKind> {
    let name = path.file_name()?.to_string_lossy();
    if is_temp_file(&name) {
        return None;
    }
    let rel = path.strip_prefix(root).ok()?;
    let mut parts = rel.components().map(|c| c.as_os_str().to_string_lossy());
    let first = parts.next()?;
    if let Some(theme) = theme {
        if let Ok(inside) = path.strip_prefix(theme) {
            return Some(match inside.components().next() {
                Some(c) if c.as_os_str() == "static" => ChangeKind::Static,
                // templates/, or the theme folder itself appearing or going.
                _ => ChangeKind::Templates,
            });
        }
    }
    match first.as_ref() {
        crate::config::CONFIG_FILE if rel.components().count() == 1 => Some(ChangeKind::Config),
        CONTENT_DIR => Some(ChangeKind::Content),
        "static" => Some(ChangeKind::Static),
        // `themes/` itself, or the active theme's folder created or removed (other
        // themes' files do not matter).
        "themes" => match (parts.next(), theme) {
            (None, _) => Some(ChangeKind::Templates),
            (Some(_), Some(theme)) if theme.starts_with(path) => Some(ChangeKind::Templates),
            _ => None,
        },
        _ => None,
    }
}

/// A debouncer over the native watcher or over polling.
enum AnyDebouncer {
    Native(Debouncer<RecommendedWatcher, RecommendedCache>),
    Poll(Debouncer<PollWatcher, RecommendedCache>),
}

impl AnyDebouncer {
    fn watch(&mut self, path: &Path, mode: RecursiveMode) -> notify::Result<()> {
        match self {
            AnyDebouncer::Native(d) => d.watch(path, mode),
            AnyDebouncer::Poll(d) => d.watch(path, mode),
        }
    }

    fn unwatch(&mut self, path: &Path) -> notify::Result<()> {
        match self {
            AnyDebouncer::Native(d) => d.unwatch(path),
            AnyDebouncer::Poll(d) => d.unwatch(path),
        }
    }
}

/// Watches the folders of a site and hands debounced events to a callback.
pub struct Watcher {
    debouncer: AnyDebouncer,
    root: PathBuf,
    watched: Vec<(PathBuf, RecursiveMode)>,
    handler: Handler,
}

/// Where debounced events go.
type Handler = std::sync::Arc<dyn Fn(DebounceEventResult) + Send + Sync>;

/// How a watcher runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// inotify, FSEvents, ReadDirectoryChanges or kqueue.
    Native,
    /// Scanning the folders every [`POLL_INTERVAL`].
    Poll,
}

impl Watcher {
    /// Starts watching the site at `root` (canonical) with the theme folder `theme`.
    /// With `force_poll`, or when the native watcher fails, it polls; the second value
    /// then says why the native one could not be used.
    pub fn start(
        root: &Path,
        theme: Option<&Path>,
        force_poll: bool,
        handler: impl Fn(DebounceEventResult) + Send + Sync + 'static,
    ) -> Result<(Watcher, Option<Message>), Message> {
        let handler: Handler = std::sync::Arc::new(handler);
        let mut why_not_native = None;
        if !force_poll {
            let h = handler.clone();
            match new_debouncer(DEBOUNCE, Some(TICK), move |r| h(r)) {
                Ok(d) => {
                    let mut w = Watcher {
                        debouncer: AnyDebouncer::Native(d),
                        root: root.to_path_buf(),
                        watched: Vec::new(),
                        handler: handler.clone(),
                    };
                    match w.sync(theme) {
                        Ok(_) => return Ok((w, None)),
                        // `sync` has switched to polling already.
                        Err(e) if w.mode() == Mode::Poll => return Ok((w, Some(e))),
                        Err(e) => why_not_native = Some(e),
                    }
                }
                Err(e) => {
                    why_not_native = Some(msg!("serve-no-native-watcher", error = e.to_string()))
                }
            }
        }
        let mut w = Watcher::polling(root, handler)?;
        w.sync(theme)?;
        Ok((w, why_not_native))
    }

    fn polling(root: &Path, handler: Handler) -> Result<Watcher, Message> {
        let h = handler.clone();
        // Modification times are compared in whole seconds: compare contents too, or a
        // second save within the same second would go unseen.
        let config =
            notify::Config::default().with_poll_interval(POLL_INTERVAL).with_compare_contents(true);
        let d = new_debouncer_opt::<_, PollWatcher, RecommendedCache>(
            DEBOUNCE,
            Some(TICK),
            move |r| h(r),
            RecommendedCache::new(),
            config,
        )
        .map_err(|e| msg!("serve-cannot-poll", error = e.to_string()))?;
        Ok(Watcher {
            debouncer: AnyDebouncer::Poll(d),
            root: root.to_path_buf(),
            watched: Vec::new(),
            handler,
        })
    }

    /// How this watcher works.
    pub fn mode(&self) -> Mode {
        match self.debouncer {
            AnyDebouncer::Native(_) => Mode::Native,
            AnyDebouncer::Poll(_) => Mode::Poll,
        }
    }

    /// The folders that should be watched now, with how.
    fn wanted(&self, theme: Option<&Path>) -> Vec<(PathBuf, RecursiveMode)> {
        let root = &self.root;
        let mut wanted = vec![(root.clone(), RecursiveMode::NonRecursive)];
        for (dir, mode) in [
            (root.join(CONTENT_DIR), RecursiveMode::Recursive),
            (root.join("static"), RecursiveMode::Recursive),
            (root.join("themes"), RecursiveMode::NonRecursive),
        ] {
            if dir.is_dir() {
                wanted.push((dir, mode));
            }
        }
        if let Some(theme) = theme {
            if theme.is_dir() {
                wanted.push((theme.to_path_buf(), RecursiveMode::Recursive));
            }
        }
        wanted
    }

    /// Brings the watches in line with the folders that exist now (and the active theme):
    /// call after every batch of changes. Returns the folders watched from now on (what
    /// was written in them before their watch began was not seen). A native watcher
    /// that fails here (out of inotify watches, say) is replaced by polling; the
    /// message says why.
    pub fn sync(&mut self, theme: Option<&Path>) -> Result<Vec<PathBuf>, Message> {
        let wanted = self.wanted(theme);
        let stale: Vec<PathBuf> = self
            .watched
            .iter()
            .filter(|w| !wanted.contains(w) || !w.0.is_dir())
            .map(|w| w.0.clone())
            .collect();
        for path in stale {
            // A folder that went away has lost its watch already; errors don't matter.
            let _ = self.debouncer.unwatch(&path);
            self.watched.retain(|w| w.0 != path);
        }
        let mut added = Vec::new();
        for (path, mode) in wanted {
            if self.watched.iter().any(|w| w.0 == path) {
                continue;
            }
            if let Err(e) = self.debouncer.watch(&path, mode) {
                let message = msg!(
                    "serve-cannot-watch",
                    path = path.display().to_string(),
                    error = e.to_string()
                );
                if self.mode() == Mode::Native {
                    // Switch to polling for everything.
                    let mut poll = Watcher::polling(&self.root, self.handler.clone())?;
                    poll.sync(theme)?;
                    *self = poll;
                    return Err(message);
                }
                return Err(message);
            }
            added.push(path.clone());
            self.watched.push((path, mode));
        }
        Ok(added)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temp_files() {
        for name in [
            ".index.md.swp",
            "a.md.swo",
            "a.md~",
            ".#a.md",
            "#a.md#",
            "a.md___jb_tmp___",
            "a.md___jb_old___",
            "4913",
            "5036",
            ".goutputstream-ABC123",
            "x.tmp",
            "a.md.kate-swp",
        ] {
            assert!(is_temp_file(name), "{name}");
        }
        for name in ["a.md", "index.md", "2013.md", "4914", "logo.svg", "#", "notes"] {
            assert!(!is_temp_file(name), "{name}");
        }
    }

    #[test]
    fn modified_only() {
        use notify::event::{CreateKind, DataChange, Flag, ModifyKind, RemoveKind, RenameMode};
        let root = Path::new("/s");
        let event = |kind: EventKind, path: &str| {
            DebouncedEvent::new(
                notify::Event::new(kind).add_path(PathBuf::from(path)),
                std::time::Instant::now(),
            )
        };
        let write = event(EventKind::Modify(ModifyKind::Data(DataChange::Any)), "/s/content/a.md");
        let closed =
            event(EventKind::Access(AccessKind::Close(AccessMode::Write)), "/s/content/a.md");
        let created = event(EventKind::Create(CreateKind::File), "/s/content/b.md");
        let removed = event(EventKind::Remove(RemoveKind::File), "/s/content/b.md");
        let renamed =
            event(EventKind::Modify(ModifyKind::Name(RenameMode::Both)), "/s/content/b.md");
        let mut rescan = event(EventKind::Other, "/s/content");
        rescan.event = rescan.event.clone().set_flag(Flag::Rescan);
        let changes = |events: &[DebouncedEvent]| Changes::from_events(root, None, events);
        assert!(changes(&[write.clone(), closed.clone()]).modified_only);
        for other in [created, removed, renamed, rescan] {
            assert!(!changes(&[write.clone(), other.clone()]).modified_only, "{other:?}");
        }
        // Merged batches: an empty one says nothing; any other that is not only
        // modifications makes the whole not.
        let mut merged = Changes::default();
        merged.merge(changes(std::slice::from_ref(&write)));
        assert!(merged.modified_only);
        merged.merge(Changes::default());
        assert!(merged.modified_only);
        merged.merge(Changes::everything());
        assert!(!merged.modified_only);
    }

    #[test]
    fn kinds() {
        let root = Path::new("/s");
        let theme = Path::new("/s/themes/mine");
        let k = |p: &str| classify(root, Some(theme), Path::new(p));
        assert_eq!(k("/s/site.yaml"), Some(ChangeKind::Config));
        assert_eq!(k("/s/content/a/b.md"), Some(ChangeKind::Content));
        assert_eq!(k("/s/content/a"), Some(ChangeKind::Content));
        assert_eq!(k("/s/content/a/.b.md.swp"), None);
        assert_eq!(k("/s/static/logo.svg"), Some(ChangeKind::Static));
        assert_eq!(k("/s/themes/mine/templates/base.html"), Some(ChangeKind::Templates));
        assert_eq!(k("/s/themes/mine/static/x.css"), Some(ChangeKind::Static));
        assert_eq!(k("/s/themes/mine"), Some(ChangeKind::Templates));
        assert_eq!(k("/s/themes/other/templates/base.html"), None);
        assert_eq!(k("/s/public/index.html"), None);
        assert_eq!(k("/s/README.md"), None);
        assert_eq!(k("/s/a/site.yaml"), None);
        assert_eq!(k("/elsewhere/site.yaml"), None);
    }
}

//! Incremental rebuilds for `serve`: re-read only the files that changed, re-render
//! only the pages that depend on them.
//!
//! The invariant: after every successful [`Builder::rebuild`], the files it holds are
//! byte for byte what a full build (load, link, render with the same
//! [`RenderOptions::live_reload`], static files) of the same sources would give.
//!
//! How it keeps it:
//!
//! - **Documents** are cached per file (parsing depends only on a file's text and
//!   path), and a cached file is reused only when no event named it and its size and
//!   modification time are unchanged. Discovery and [`load::assemble`] run as in a
//!   build, so order and problems are the same. Discovery runs again only when a
//!   named path is not a known file (created, removed, renamed, a folder). When the
//!   watcher reports every change ([`Builder::set_events_complete`]: the system's
//!   events, not polling) and a batch only modified files, sizes and times are not
//!   looked at either, except for files reached through a symbolic link (their
//!   changes come without events). `assemble` takes the parsed files by value: copies
//!   for the next build are made on another thread after each build.
//! - **Output** is an [`OutputMap`] split into shards shared between versions, so a
//!   rebuild makes the next version from the last one by putting in the files whose
//!   bytes changed (copying only their shards), and `changed` comes from those files,
//!   not from comparing the whole site. The last good build is dropped on another
//!   thread.
//! - **Linking** always runs over all documents (it is linear and fast): ids,
//!   back-links and aggregates are never patched by hand.
//! - **Rendering** compares the new index with the one of the last good build
//!   ([`affected_pages`]). When anything structural differs (a document added,
//!   removed or renamed, an id, a URL, a strategy, director or front page text, the
//!   `as_of` date, `site.yaml`), every page is rendered. Otherwise only initiatives
//!   changed: an initiative whose front matter is unchanged (only its text changed)
//!   re-renders its own page; one whose front matter changed re-renders its page, its
//!   strategy's, its themes' and directors' (before and after), the pages listing it
//!   as related, and the front and status pages. Any strategy, theme or director
//!   whose aggregates changed gets its pages re-rendered too (a theme's or director's
//!   with the theme or director index). The initiatives' list items and the status
//!   page's lists of the last build are kept but for those showing an initiative whose
//!   front matter changed. Site-wide files (data, feeds, and the badges of the pages
//!   re-rendered) are re-rendered unless only Markdown bodies changed (they show front
//!   matter and what follows from it); the sitemap, which lists the pages, stays.
//! - **The search index and the open data** (`site.json`, `goals.csv`) are not
//!   rendered with the rest: each good build carries [`DeferredFiles`] that makes them
//!   from that build's linked index the first time one of them is asked for. They are
//!   a pass over the whole site, so a save is served without waiting for them; what is
//!   served is still a full build's.
//! - **Templates** are compared per page template with everything it can include,
//!   extend or import; only pages whose template set changed are re-rendered. The
//!   page plan is kept while the structure stays (see [`affected_pages`]).
//!
//! The unit tests below check the invariant against full renders after many edits.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::SystemTime;

use rayon::prelude::*;

use crate::config::{self, Config};
use crate::error::Diagnostics;
use crate::link::SiteIndex;
use crate::load::{self, ContentFile, FileRole, ParsedFile};
use crate::model::Origin;
use crate::render::{self, templates::Templates, Lists, RenderOptions};
use crate::serve::watch::{ChangeKind, Changes};

mod affected;
mod output;
mod sources;

pub use affected::{affected_pages, Affected};
use output::{full_output, update_output};
pub use output::{Bytes, DeferredFiles, OutputMap};
use sources::{load_templates, read_statics};

/// What a successful rebuild did.
#[derive(Debug, Clone)]
pub struct Rebuilt {
    /// Every file of the site (generated and static).
    pub files: Arc<OutputMap>,
    /// Output paths whose bytes changed, appeared or disappeared, sorted.
    pub changed: Vec<String>,
    /// Pages rendered (of `pages`).
    pub rendered: usize,
    /// Pages the site has.
    pub pages: usize,
    /// True when every page was rendered.
    pub full: bool,
    /// True when a static file (or an asset) changed: every page may look different.
    pub assets_changed: bool,
    /// The site's warnings.
    pub warnings: Diagnostics,
    /// The site's `base_path` (`/` or `/sub/`).
    pub base_path: String,
    /// The active theme's folder, if the site has its own theme.
    pub theme_dir: Option<PathBuf>,
    /// How long each step took, in order (for `--verbose`).
    pub timings: Vec<(&'static str, std::time::Duration)>,
}

/// A content file parsed earlier, with what identifies its version on disk.
pub(super) struct CachedDoc {
    pub(super) role: FileRole,
    pub(super) stamp: Option<(u64, SystemTime)>,
    pub(super) parsed: Arc<ParsedFile>,
}

/// Copies of the parsed files for the next build's [`load::assemble`] (which takes
/// them by value), made on another thread after a build, while nobody waits.
pub(super) struct Spare {
    /// The discovery they were made for ([`Discovery::generation`]).
    pub(super) generation: u64,
    /// What was copied, per file: a file parsed again since is copied anew.
    pub(super) from: Vec<Arc<ParsedFile>>,
    pub(super) copies: std::thread::JoinHandle<Vec<ParsedFile>>,
}

/// What `load::discover` found, kept until a file or folder appears or goes, with
/// the file parsed from each.
pub(super) struct Discovery {
    /// Tells this discovery from earlier ones.
    pub(super) generation: u64,
    pub(super) files: Vec<ContentFile>,
    pub(super) problems: Diagnostics,
    /// Where each file is in `files`.
    pub(super) positions: HashMap<PathBuf, usize>,
    /// The files whose path goes through a symbolic link (or all, when `content/` is
    /// one): a change to them may come without an event naming them, so they are
    /// looked at on every build.
    pub(super) linked: Vec<usize>,
    /// Per file of `files`, what was parsed from it (`None`: to parse).
    pub(super) docs: Vec<Option<CachedDoc>>,
}

/// Compiled templates with the text of every template's set (see [`template_sets`]),
/// shared with the last good build so an unchanged set costs no comparison.
pub(super) struct LoadedTemplates {
    pub(super) templates: Templates,
    pub(super) sets: Arc<HashMap<String, String>>,
}

/// The site's static files as read, before checking them against generated ones.
pub(super) struct Statics {
    pub(super) bytes: BTreeMap<String, Bytes>,
    pub(super) files: Vec<crate::write::StaticFile>,
    /// The configuration they were read and are checked with.
    pub(super) config: Config,
}

/// The pages of a site ([`render::page_plan`]), kept while its structure stays.
pub(super) struct Plan {
    /// Output path and template of each page.
    pub(super) pages: Vec<(Arc<str>, &'static str)>,
}

impl Plan {
    fn new(index: &SiteIndex) -> Plan {
        let pages =
            render::page_plan(index).into_iter().map(|p| (Arc::from(p.path), p.template)).collect();
        Plan { pages }
    }
}

/// The last good build: what the next one is compared with and made from.
pub(super) struct Good {
    pub(super) index: Arc<SiteIndex>,

    pub(super) config_text: String,
    pub(super) template_sets: Arc<HashMap<String, String>>,
    /// The initiatives' lists made so far, for the next build to keep.
    pub(super) lists: Arc<Lists>,
    pub(super) plan: Arc<Plan>,
    /// Generated files (pages and site-wide files).
    pub(super) generated: OutputMap,
    /// Static files served (those not refused by `merge_statics`).
    pub(super) statics: Arc<BTreeMap<Arc<str>, Bytes>>,
    /// Generated and static files together (a static file replaces a built-in asset at
    /// the same path): what is served, but for the deferred files.
    pub(super) files: Arc<OutputMap>,
    /// `files` with this build's [`DeferredFiles`], made when first asked for: what
    /// the server answers from.
    pub(super) served: Arc<OutputMap>,
}

/// Rebuilds a site again and again, as little as it can each time.
pub struct Builder {
    root: PathBuf,
    live_reload: String,
    config: Option<(Config, String)>,
    discovery: Option<Discovery>,
    /// Documents parsed before the last discovery was dropped, by path: reused by the
    /// next discovery when their files are unchanged.
    loose: HashMap<PathBuf, CachedDoc>,
    /// The watcher reports every change as it happens (native events, not polling):
    /// see [`Builder::set_events_complete`].
    events_complete: bool,
    /// On the next build, look at every cached document's size and modification time
    /// (not only at the linked ones).
    recheck_all: bool,
    /// The last discovery's [`Discovery::generation`].
    generation: u64,
    spare: Option<Spare>,
    templates: Option<LoadedTemplates>,
    /// Static files must be read again (and checked) on the next build.
    statics_stale: bool,
    statics: Option<Statics>,
    good: Option<Good>,
    /// Set when a later change should stop the rebuild under way: see
    /// [`Builder::cancel_flag`].
    cancel: Arc<AtomicBool>,
    /// The server's own origin (`http://127.0.0.1:1111`): see [`Builder::serve_at`].
    served_origin: Option<String>,
}

impl Builder {
    /// A builder for the site at `root`; pages get `live_reload` before `</body>`.
    /// Nothing is read until the first [`Builder::rebuild`].
    pub fn new(root: &Path, live_reload: &str) -> Builder {
        Builder {
            root: root.to_path_buf(),
            live_reload: live_reload.to_string(),
            config: None,
            discovery: None,
            loose: HashMap::new(),
            events_complete: false,
            recheck_all: true,
            generation: 0,
            spare: None,
            templates: None,
            statics_stale: true,
            statics: None,
            good: None,
            cancel: Arc::new(AtomicBool::new(false)),
            served_origin: None,
        }
    }

    /// Absolute addresses (canonical links, badges' embed codes, the feed, the sitemap,
    /// the open data) start with the server's own `origin` rather than the site's
    /// `base_url`, so what a preview shows works in the preview (an embed code copied
    /// from it loads its badge). The site's path below the origin stays as configured.
    pub fn serve_at(&mut self, origin: &str) {
        self.served_origin = Some(origin.trim_end_matches('/').to_string());
        self.config = None;
    }

    /// The flag that stops a rebuild under way: set, the rebuild returns an error at
    /// its next step (between stages, or before its next page), leaves the last good
    /// build as it was, and should be run again with its changes and the later ones.
    /// The flag is cleared when the next rebuild starts.
    pub fn cancel_flag(&self) -> Arc<AtomicBool> {
        self.cancel.clone()
    }

    /// Uses `flag` as this builder's [`Builder::cancel_flag`] (a builder made afresh
    /// after a failure keeps the flag the server knows).
    pub fn share_cancel_flag(&mut self, flag: Arc<AtomicBool>) {
        self.cancel = flag;
    }

    fn cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    /// Says whether the changes given to [`Builder::rebuild`] come from a watcher that
    /// reports every change as it happens (the system's file events). Then a batch of
    /// [`Changes::modified_only`] naming only known files re-reads just those files;
    /// otherwise (polling, or not known) every cached file's size and modification
    /// time is looked at on every rebuild. Files reached through a symbolic link are
    /// always looked at: their changes may come without events.
    pub fn set_events_complete(&mut self, complete: bool) {
        self.events_complete = complete;
    }

    /// The files of the last good build, if there was one.
    pub fn files(&self) -> Option<Arc<OutputMap>> {
        self.good.as_ref().map(|g| g.served.clone())
    }

    /// The site's language, as its `site.yaml` gave it at the last rebuild that read
    /// it (`None` before one has, or while it cannot be read).
    pub fn language(&self) -> Option<crate::i18n::Language> {
        self.config.as_ref().map(|(c, _)| c.language)
    }

    /// The active theme folder as far as known (from the last `site.yaml` read).
    pub fn theme_dir(&self) -> Option<PathBuf> {
        self.config.as_ref().and_then(|(c, _)| render::templates::theme_dir(&self.root, c))
    }

    /// Takes in a batch of changes and rebuilds. On errors, the last good build stays
    /// as it was (and is what [`Builder::files`] returns); the errors come back sorted,
    /// with the site's warnings.
    pub fn rebuild(&mut self, changes: &Changes) -> Result<Rebuilt, Diagnostics> {
        self.cancel.store(false, Ordering::Relaxed);
        let kinds = &changes.kinds;
        let config = kinds.contains(&ChangeKind::Config);
        if config {
            self.config = None;
        }
        if config || kinds.contains(&ChangeKind::Templates) {
            self.templates = None;
        }
        if config || kinds.contains(&ChangeKind::Templates) || kinds.contains(&ChangeKind::Static) {
            // The theme (and so its static files) may have changed too.
            self.statics_stale = true;
        }
        // Events told of every change, and none created, removed or renamed anything.
        let trusted = self.events_complete && changes.modified_only && !changes.paths.is_empty();
        self.recheck_all |= !trusted;
        if changes.paths.is_empty() && kinds.contains(&ChangeKind::Content) {
            // Told "everything" (a rescan): trust nothing cached.
            self.discovery = None;
            self.loose.clear();
        } else if kinds.contains(&ChangeKind::Content) {
            let content = self.root.join(load::CONTENT_DIR);
            let changed: Vec<&PathBuf> =
                changes.paths.iter().filter(|p| p.starts_with(&content)).collect();
            // Files that were there before and still are: no need to look for new ones.
            let known: Option<Vec<usize>> = match &self.discovery {
                Some(d) if !changed.is_empty() => changed
                    .iter()
                    .map(|p| d.positions.get(*p).copied().filter(|_| p.is_file()))
                    .collect(),
                _ => None,
            };
            match (known, self.discovery.as_mut()) {
                (Some(known), Some(d)) => {
                    for i in known {
                        d.docs[i] = None;
                    }
                }
                (_, discovery) => {
                    // Look again for the files; keep what was parsed, by path, except
                    // under the changed paths (a folder renamed or removed names only
                    // itself).
                    if let Some(d) = discovery {
                        for (file, doc) in d.files.iter().zip(d.docs.iter_mut()) {
                            if let Some(doc) = doc.take() {
                                self.loose.insert(file.path.clone(), doc);
                            }
                        }
                    }
                    self.discovery = None;
                    self.loose.retain(|cached, _| !changed.iter().any(|p| cached.starts_with(p)));
                }
            }
        }
        let result = self.build();
        self.prepare_spare();
        result
    }

    /// Starts copying the parsed files for the next build, on another thread.
    fn prepare_spare(&mut self) {
        let Some(d) = &self.discovery else { return };
        let Some(from) = d.docs.iter().map(|c| c.as_ref().map(|c| c.parsed.clone())).collect()
        else {
            return;
        };
        let copy: Vec<Arc<ParsedFile>> = Vec::clone(&from);
        let copies = std::thread::Builder::new()
            .name("retning-spare".into())
            .spawn(move || copy.iter().map(|p| ParsedFile::clone(p)).collect());
        self.spare = copies.ok().map(|copies| Spare { generation: d.generation, from, copies });
    }

    fn build(&mut self) -> Result<Rebuilt, Diagnostics> {
        let mut timings = Vec::new();
        let mut clock = std::time::Instant::now();
        let mut lap = |name: &'static str| {
            timings.push((name, clock.elapsed()));
            clock = std::time::Instant::now();
        };

        // site.yaml
        if self.config.is_none() {
            // Parsed from the very text kept for comparison, so the two cannot disagree.
            let (mut config, text) =
                config::load_with_text(&self.root).map_err(Diagnostics::sorted)?;
            if let Some(origin) = &self.served_origin {
                config.origin = Some(origin.clone());
            }
            self.config = Some((config, text));
            self.templates = None;
            self.statics_stale = true;
        }
        let (config, config_text) = self.config.clone().expect("config loaded above");

        // content/
        let (documents, mut problems) = self.load_documents();
        lap("load");
        if self.cancelled() {
            return Err(render::superseded());
        }

        // Templates (compiled before linking, as in a build; their problems come last).
        let mut template_problems = None;
        if self.templates.is_none() {
            match load_templates(&self.root, &config) {
                Ok(t) => self.templates = Some(t),
                Err(found) => template_problems = Some(found),
            }
        }

        // The history is read again only when the commit changed (it is cached by it).
        let history = crate::load::history::read(&self.root, config.history);
        let mut index = crate::link_documents(
            config.clone(),
            documents,
            history,
            crate::Drafts::Included,
            &mut problems,
        );
        // The preview shows what is saved but not yet committed, too.
        index.history = std::sync::Arc::new(crate::link::history::with_uncommitted(&index));
        if let Some(found) = template_problems {
            problems.extend(found);
        }
        if problems.has_errors() {
            return Err(problems.sorted());
        }
        let warnings = problems.sorted();
        lap("link");
        if self.cancelled() {
            return Err(render::superseded());
        }

        // Static files.
        let statics_read = self.statics_stale || self.statics.is_none();
        if statics_read {
            self.statics = Some(read_statics(&self.root, &config)?);
            self.statics_stale = false;
        }

        // What to render: everything, or what differs from the last good build.
        let loaded = self.templates.as_mut().expect("templates loaded above");
        let affected = match &self.good {
            Some(good) if good.config_text == config_text => affected_pages(&good.index, &index),
            _ => None,
        };
        let (plan, selection, lists) = match (affected, &self.good) {
            (Some(mut affected), Some(good)) => {
                // Same structure, so the same pages: `affected_pages` compares all that
                // `page_plan` depends on (the numbers of documents, their URLs and ids,
                // the base path).
                debug_assert!(
                    render::page_plan(&index)
                        .iter()
                        .map(|p| (p.path.as_str(), p.template))
                        .eq(good.plan.pages.iter().map(|(p, t)| (&**p, *t))),
                    "the page plan changed without a structural change"
                );
                // An initiative's list item (and a status list) shows its front matter
                // and what is derived from it, the names of its strategy, themes and
                // directors (unchanged here) and partials: kept unless one changed.
                let lists = if Arc::ptr_eq(&good.template_sets, &loaded.sets) {
                    Lists::reusing(&good.lists, &affected.changed_items)
                } else {
                    // Templates were compiled again: the pages whose set changed.
                    let differs = |name: &str| {
                        let (old, new) = (good.template_sets.get(name), loaded.sets.get(name));
                        old.is_none() || old != new
                    };
                    let mut changed: HashMap<&str, bool> = HashMap::new();
                    for (path, template) in &good.plan.pages {
                        if *changed.entry(template).or_insert_with(|| differs(template)) {
                            affected.pages.insert(path.to_string());
                        }
                    }
                    Lists::reusable(index.initiatives.len())
                };
                (good.plan.clone(), Some(affected), lists)
            }
            _ => (Arc::new(Plan::new(&index)), None, Lists::reusable(index.initiatives.len())),
        };
        let lists = Arc::new(lists);
        let full = selection.is_none();
        let rendered = selection.as_ref().map_or(plan.pages.len(), |a| a.pages.len());
        let options = RenderOptions {
            live_reload: self.live_reload.clone(),
            pages_only: selection.as_ref().is_some_and(|a| !a.site_files),
            pages: selection.map(|a| a.pages),
            // Made when first asked for: see `DeferredFiles`.
            deferred: true,
            lists: Some(lists.clone()),
            cancel: Some(self.cancel.clone()),
            changes_since: None,
        };
        lap("plan");
        let files = render::render(&index, &mut loaded.templates, &options)?;
        lap("render");

        let statics = self.statics.as_ref().expect("statics read above");
        let output = match &self.good {
            Some(good) if !full => {
                update_output(good, files, &plan, statics_read.then_some(statics))?
            }
            _ => full_output(self.good.as_ref(), files, &plan, statics)?,
        };
        lap("merge");
        let theme_dir = render::templates::theme_dir(&self.root, &config);
        let base_path = config.base_path.clone();
        let pages = plan.pages.len();
        let index = Arc::new(index);
        let served =
            Arc::new(output.files.with_deferred(Arc::new(DeferredFiles::new(index.clone()))));
        let good = Good {
            index,
            config_text,
            template_sets: loaded.sets.clone(),
            lists,
            plan,
            generated: output.generated,
            statics: output.statics,
            files: output.files,
            served: served.clone(),
        };
        let files = served;
        // The last good build (an index and the maps of a whole site) is freed while
        // the new one is served.
        render::drop_in_background(self.good.replace(good));
        Ok(Rebuilt {
            files,
            changed: output.changed,
            rendered,
            pages,
            full,
            assets_changed: output.assets_changed,
            warnings,
            base_path,
            theme_dir,
            timings,
        })
    }

    /// Discovers the content files (unless only known files changed) and parses those
    /// not cached or changed, in parallel; then assembles the documents as
    /// [`content::load`] does.
    fn load_documents(&mut self) -> (crate::model::Documents, Diagnostics) {
        if self.discovery.is_none() {
            let (files, problems) = load::discover(&self.root);
            let docs = files.iter().map(|f| self.loose.remove(&f.path)).collect();
            self.loose.clear();
            let positions = files.iter().enumerate().map(|(i, f)| (f.path.clone(), i)).collect();
            let linked = linked_files(&self.root, &files);
            self.generation += 1;
            let generation = self.generation;
            self.discovery =
                Some(Discovery { generation, files, problems, positions, linked, docs });
            self.recheck_all = true;
        }
        let d = self.discovery.as_mut().expect("discovered above");
        let files = &d.files;
        // Cached documents whose files may have changed without an event naming them.
        let check: Vec<usize> = if self.recheck_all {
            (0..files.len()).filter(|&i| d.docs[i].is_some()).collect()
        } else {
            d.linked.iter().copied().filter(|&i| d.docs[i].is_some()).collect()
        };
        self.recheck_all = false;
        let stamps: Vec<(usize, Option<(u64, SystemTime)>)> =
            check.par_iter().map(|&i| (i, stamp(&files[i].path))).collect();
        for (i, now) in stamps {
            let keep = d.docs[i]
                .as_ref()
                .is_some_and(|c| c.role == files[i].role && c.stamp.is_some() && c.stamp == now);
            if !keep {
                d.docs[i] = None;
            }
        }
        let missing: Vec<usize> = (0..files.len()).filter(|&i| d.docs[i].is_none()).collect();
        // The stamp is taken before the file is read: a write after it shows next time.
        let parsed: Vec<(usize, CachedDoc)> = missing
            .par_iter()
            .map(|&i| {
                let f = &files[i];
                let stamp = stamp(&f.path);
                let parsed = Arc::new(load::parse_file(f));
                (i, CachedDoc { role: f.role.clone(), stamp, parsed })
            })
            .collect();
        for (i, doc) in parsed {
            d.docs[i] = Some(doc);
        }
        let current = d.docs.iter().map(|c| &c.as_ref().expect("parsed above").parsed);
        // Copies made after the last build, with the files parsed since copied anew.
        let spare = self.spare.take().filter(|s| s.generation == d.generation);
        let parsed: Vec<ParsedFile> = match spare.map(|s| (s.from, s.copies.join())) {
            Some((from, Ok(mut copies))) if copies.len() == d.docs.len() => {
                for ((copy, was), now) in copies.iter_mut().zip(&from).zip(current) {
                    if !Arc::ptr_eq(was, now) {
                        *copy = ParsedFile::clone(now);
                    }
                }
                copies
            }
            _ => current.map(|p| ParsedFile::clone(p)).collect(),
        };
        load::assemble(d.problems.clone(), parsed)
    }
}

/// Indexes (into `files`) of the content files whose path goes through a symbolic link:
/// all of them when `content/` itself is one.
pub(super) fn linked_files(root: &Path, files: &[ContentFile]) -> Vec<usize> {
    let content = root.join(load::CONTENT_DIR);
    let is_link =
        |p: &Path| std::fs::symlink_metadata(p).map_or(true, |m| m.file_type().is_symlink());
    if is_link(&content) {
        return (0..files.len()).collect();
    }
    let mut folders: HashMap<&Path, bool> = HashMap::new();
    for file in files {
        for folder in file.path.ancestors().skip(1).take_while(|a| *a != content) {
            folders.entry(folder).or_insert_with(|| is_link(folder));
        }
    }
    (0..files.len())
        .into_par_iter()
        .filter(|&i| {
            let path = &files[i].path;
            path.ancestors()
                .skip(1)
                .take_while(|a| *a != content)
                .any(|a| folders.get(a).copied().unwrap_or(true))
                || is_link(path)
        })
        .collect()
}

/// Size and modification time of a file, if it can be read.
pub(super) fn stamp(path: &Path) -> Option<(u64, SystemTime)> {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.len(), meta.modified().ok()?))
}

#[cfg(test)]
mod tests;

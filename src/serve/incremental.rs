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

/// How many parts an [`OutputMap`] is split into.
const SHARDS: usize = 256;

/// A file's bytes, shared. (An `Arc<Vec<u8>>` rather than an `Arc<[u8]>`: made from
/// what the renderer returns without copying it, which matters for the largest files,
/// `site.json` or the status page, megabytes on a large site.)
pub type Bytes = Arc<Vec<u8>>;

/// One part of an [`OutputMap`].
type Shard = HashMap<Arc<str>, Bytes>;

/// The built site as served: output path → bytes.
///
/// Split into shards that versions share: copying the map copies one pointer per
/// shard, and changing a file afterwards copies only that file's shard. So each
/// rebuild makes a new version from the last one for what it changed, while the
/// server goes on answering from the last one.
///
/// The search index and the open data (see [`DeferredFiles`]) are part of the map as
/// served, though made only when first asked for.
#[derive(Clone)]
pub struct OutputMap {
    shards: Vec<Arc<Shard>>,
    len: usize,
    deferred: Option<Arc<DeferredFiles>>,
}

impl Default for OutputMap {
    fn default() -> OutputMap {
        OutputMap {
            shards: (0..SHARDS).map(|_| Arc::new(Shard::new())).collect(),
            len: 0,
            deferred: None,
        }
    }
}

/// The search index (`/search/index/`) and the open data (`/data/`) of one build, made the first time one of them is asked for
/// ([`render::is_deferred`]). Each is a pass over the whole site, most of a rebuild on
/// a large site after a title is changed, and no page needs them: so a save is served
/// without waiting for them, and a preview nobody searches or downloads from never
/// pays for them.
pub struct DeferredFiles {
    index: Arc<SiteIndex>,
    files: OnceLock<HashMap<String, Bytes>>,
}

impl DeferredFiles {
    fn new(index: Arc<SiteIndex>) -> DeferredFiles {
        DeferredFiles { index, files: OnceLock::new() }
    }

    /// The files, made now if this is the first call.
    fn files(&self) -> &HashMap<String, Bytes> {
        self.files.get_or_init(|| {
            render::deferred_files(&self.index)
                .into_iter()
                .map(|f| (f.path, Arc::new(f.bytes)))
                .collect()
        })
    }
}

impl OutputMap {
    /// The shard that holds `path` (FNV-1a of its bytes).
    fn shard(path: &str) -> usize {
        let mut hash: u32 = 0x811c_9dc5;
        for b in path.bytes() {
            hash = (hash ^ u32::from(b)).wrapping_mul(0x0100_0193);
        }
        hash as usize % SHARDS
    }

    /// The bytes of the file at `path`.
    pub fn get(&self, path: &str) -> Option<&Bytes> {
        match &self.deferred {
            Some(deferred) if render::is_deferred(&deferred.index.config, path) => {
                deferred.files().get(path)
            }
            _ => self.shards[Self::shard(path)].get(path),
        }
    }

    /// The same files, with `deferred`'s served too.
    fn with_deferred(&self, deferred: Arc<DeferredFiles>) -> OutputMap {
        OutputMap { deferred: Some(deferred), ..self.clone() }
    }

    /// True when there is a file at `path`.
    pub fn contains_key(&self, path: &str) -> bool {
        self.get(path).is_some()
    }

    /// The number of files (the deferred files are made if they were not yet).
    pub fn len(&self) -> usize {
        self.len + self.deferred.as_ref().map_or(0, |d| d.files().len())
    }

    /// True when there are no files.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every file, in no particular order (the deferred files are made if they were
    /// not yet).
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Bytes)> {
        let deferred = self.deferred.iter().flat_map(|d| d.files().iter().map(|(p, b)| (&**p, b)));
        self.shards.iter().flat_map(|shard| shard.iter()).map(|(p, b)| (&**p, b)).chain(deferred)
    }

    /// The files other than the deferred ones.
    fn generated_files(&self) -> impl Iterator<Item = (&Arc<str>, &Bytes)> {
        self.shards.iter().flat_map(|shard| shard.iter())
    }

    /// Puts a file in, replacing any at the same path (never a deferred one).
    fn insert(&mut self, path: Arc<str>, bytes: Bytes) {
        let shard = Arc::make_mut(&mut self.shards[Self::shard(&path)]);
        if shard.insert(path, bytes).is_none() {
            self.len += 1;
        }
    }

    /// Takes the file at `path` out.
    fn remove(&mut self, path: &str) {
        let shard = &mut self.shards[Self::shard(path)];
        if shard.contains_key(path) {
            Arc::make_mut(shard).remove(path);
            self.len -= 1;
        }
    }
}

impl FromIterator<(Arc<str>, Bytes)> for OutputMap {
    fn from_iter<I: IntoIterator<Item = (Arc<str>, Bytes)>>(files: I) -> OutputMap {
        let mut map = OutputMap::default();
        for (path, bytes) in files {
            map.insert(path, bytes);
        }
        map
    }
}

/// True when two versions of a file have the same bytes.
fn same_bytes(a: &Bytes, b: &Bytes) -> bool {
    Arc::ptr_eq(a, b) || a[..] == b[..]
}

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

impl std::fmt::Debug for OutputMap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "OutputMap({} files)", self.len)
    }
}

/// A content file parsed earlier, with what identifies its version on disk.
struct CachedDoc {
    role: FileRole,
    stamp: Option<(u64, SystemTime)>,
    parsed: Arc<ParsedFile>,
}

/// Copies of the parsed files for the next build's [`load::assemble`] (which takes
/// them by value), made on another thread after a build, while nobody waits.
struct Spare {
    /// The discovery they were made for ([`Discovery::generation`]).
    generation: u64,
    /// What was copied, per file: a file parsed again since is copied anew.
    from: Vec<Arc<ParsedFile>>,
    copies: std::thread::JoinHandle<Vec<ParsedFile>>,
}

/// What `load::discover` found, kept until a file or folder appears or goes, with
/// the file parsed from each.
struct Discovery {
    /// Tells this discovery from earlier ones.
    generation: u64,
    files: Vec<ContentFile>,
    problems: Diagnostics,
    /// Where each file is in `files`.
    positions: HashMap<PathBuf, usize>,
    /// The files whose path goes through a symbolic link (or all, when `content/` is
    /// one): a change to them may come without an event naming them, so they are
    /// looked at on every build.
    linked: Vec<usize>,
    /// Per file of `files`, what was parsed from it (`None`: to parse).
    docs: Vec<Option<CachedDoc>>,
}

/// Compiled templates with the text of every template's set (see [`template_sets`]),
/// shared with the last good build so an unchanged set costs no comparison.
struct LoadedTemplates {
    templates: Templates,
    sets: Arc<HashMap<String, String>>,
}

/// The site's static files as read, before checking them against generated ones.
struct Statics {
    bytes: BTreeMap<String, Bytes>,
    files: Vec<crate::write::StaticFile>,
    /// The configuration they were read and are checked with.
    config: Config,
}

/// The pages of a site ([`render::page_plan`]), kept while its structure stays.
struct Plan {
    /// Output path and template of each page.
    pages: Vec<(Arc<str>, &'static str)>,
}

impl Plan {
    fn new(index: &SiteIndex) -> Plan {
        let pages =
            render::page_plan(index).into_iter().map(|p| (Arc::from(p.path), p.template)).collect();
        Plan { pages }
    }
}

/// The last good build: what the next one is compared with and made from.
struct Good {
    index: Arc<SiteIndex>,

    config_text: String,
    template_sets: Arc<HashMap<String, String>>,
    /// The initiatives' lists made so far, for the next build to keep.
    lists: Arc<Lists>,
    plan: Arc<Plan>,
    /// Generated files (pages and site-wide files).
    generated: OutputMap,
    /// Static files served (those not refused by `merge_statics`).
    statics: Arc<BTreeMap<Arc<str>, Bytes>>,
    /// Generated and static files together (a static file replaces a built-in asset at
    /// the same path): what is served, but for the deferred files.
    files: Arc<OutputMap>,
    /// `files` with this build's [`DeferredFiles`], made when first asked for: what
    /// the server answers from.
    served: Arc<OutputMap>,
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
        }
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
            let (config, text) = config::load_with_text(&self.root).map_err(Diagnostics::sorted)?;
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

        let index = crate::link_documents(config.clone(), documents, &mut problems);
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

/// The output of a build: the next [`Good`]'s files, and how they differ from the
/// last one's.
struct Output {
    generated: OutputMap,
    statics: Arc<BTreeMap<Arc<str>, Bytes>>,
    files: Arc<OutputMap>,
    /// Output paths whose bytes changed, appeared or disappeared, sorted.
    changed: Vec<String>,
    assets_changed: bool,
}

/// The static files kept (a site's file may not replace a generated page), checked as
/// a build checks them.
fn kept_statics(
    generated: &OutputMap,
    statics: &Statics,
) -> Result<BTreeMap<Arc<str>, Bytes>, Diagnostics> {
    let generated_paths: Vec<String> =
        generated.generated_files().map(|(p, _)| p.to_string()).collect();
    let kept =
        crate::write::merge_statics(&statics.config, &generated_paths, statics.files.clone())?;
    let kept: HashSet<&str> = kept.iter().map(|s| s.dest.as_str()).collect();
    Ok(statics
        .bytes
        .iter()
        .filter(|(dest, _)| kept.contains(dest.as_str()))
        .map(|(d, b)| (Arc::from(d.as_str()), b.clone()))
        .collect())
}

/// True when a changed path is a static file or an asset: every page may look
/// different.
fn is_asset(path: &str, old: &BTreeMap<Arc<str>, Bytes>, new: &BTreeMap<Arc<str>, Bytes>) -> bool {
    old.contains_key(path) || new.contains_key(path) || path.starts_with("static/")
}

/// The output of a build that rendered everything (or the first build).
fn full_output(
    good: Option<&Good>,
    files: Vec<render::OutputFile>,
    plan: &Plan,
    statics: &Statics,
) -> Result<Output, Diagnostics> {
    let generated: OutputMap =
        files.into_iter().map(|f| (Arc::from(f.path), Arc::new(f.bytes))).collect();
    debug_assert!(plan.pages.iter().all(|(p, _)| generated.contains_key(p)), "a page went missing");
    let kept = kept_statics(&generated, statics)?;
    let mut all = generated.clone();
    for (dest, bytes) in &kept {
        all.insert(dest.clone(), bytes.clone());
    }
    let (changed, assets_changed) = match good {
        Some(good) => {
            let mut changed: Vec<String> = all
                .generated_files()
                .filter(|(p, b)| good.files.get(p).is_none_or(|old| !same_bytes(old, b)))
                .map(|(p, _)| p.to_string())
                .collect();
            changed.extend(
                good.files
                    .generated_files()
                    .filter(|(p, _)| !all.contains_key(p))
                    .map(|(p, _)| p.to_string()),
            );
            changed.sort();
            let assets = changed.iter().any(|p| is_asset(p, &good.statics, &kept));
            (changed, assets)
        }
        None => {
            let mut changed: Vec<String> =
                all.generated_files().map(|(p, _)| p.to_string()).collect();
            changed.sort();
            (changed, true)
        }
    };
    Ok(Output { generated, statics: Arc::new(kept), files: Arc::new(all), changed, assets_changed })
}

/// The output of a build that rendered only some files: the last good build's with
/// those files put in (site-wide files not made now, unaffected badges, kept), and the
/// static files checked again when `statics` were read again.
fn update_output(
    good: &Good,
    files: Vec<render::OutputFile>,
    plan: &Plan,
    statics: Option<&Statics>,
) -> Result<Output, Diagnostics> {
    let mut generated = good.generated.clone();
    // Every path whose served bytes may differ.
    let mut touched: Vec<Arc<str>> = Vec::with_capacity(files.len());
    let mut rendered: Vec<(Arc<str>, Vec<u8>)> =
        files.into_iter().map(|f| (Arc::from(f.path), f.bytes)).collect();
    rendered.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    // Site-wide files rendered now replace the old ones. The structure is the last
    // build's (else every page is rendered), so the same site-wide files exist: those
    // not rendered now (badges of pages not affected) stay as they were.
    debug_assert!(
        rendered.iter().all(|(path, _)| good.generated.contains_key(path)),
        "a site-wide file appeared without a structural change"
    );
    // Compared in parallel: the largest files are megabytes.
    let same: Vec<bool> = rendered
        .par_iter()
        .map(|(path, bytes)| generated.get(path).is_some_and(|old| old[..] == bytes[..]))
        .collect();
    for ((path, bytes), same) in rendered.into_iter().zip(same) {
        if !same {
            generated.insert(path.clone(), Arc::new(bytes));
            touched.push(path);
        }
    }
    debug_assert!(plan.pages.iter().all(|(p, _)| generated.contains_key(p)), "a page went missing");

    // Static files may not replace generated pages (as in a build): checked when they
    // were read again (the generated paths stay the same otherwise).
    let (statics, statics_touched) = match statics {
        Some(read) => {
            let kept = kept_statics(&generated, read)?;
            let mut touched: Vec<Arc<str>> =
                good.statics.keys().chain(kept.keys()).cloned().collect();
            touched.sort_unstable();
            touched.dedup();
            (Arc::new(kept), touched)
        }
        None => (good.statics.clone(), Vec::new()),
    };

    let mut all = (*good.files).clone();
    let mut changed = Vec::new();
    let is_static = |path: &str| good.statics.contains_key(path) || statics.contains_key(path);
    // Generated files whose bytes changed, appeared or went: what was served at a path
    // without a static file is the last build's generated file, so they differ.
    for path in touched {
        if is_static(&path) {
            continue;
        }
        match generated.get(&path) {
            Some(new) => all.insert(path.clone(), new.clone()),
            None => all.remove(&path),
        }
        changed.push(path.to_string());
    }
    // Paths with a static file, before or now: compared.
    for path in statics_touched {
        let new = statics.get(&path).or_else(|| generated.get(&path));
        match (new, all.get(&path)) {
            (Some(new), Some(old)) if same_bytes(new, old) => continue,
            (Some(new), _) => {
                let new = new.clone();
                all.insert(path.clone(), new);
            }
            (None, Some(_)) => all.remove(&path),
            (None, None) => continue,
        }
        changed.push(path.to_string());
    }
    changed.sort_unstable();
    changed.dedup();
    let assets_changed = changed.iter().any(|p| is_asset(p, &good.statics, &statics));
    Ok(Output { generated, statics, files: Arc::new(all), changed, assets_changed })
}

/// Indexes (into `files`) of the content files whose path goes through a symbolic link:
/// all of them when `content/` itself is one.
fn linked_files(root: &Path, files: &[ContentFile]) -> Vec<usize> {
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
fn stamp(path: &Path) -> Option<(u64, SystemTime)> {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.len(), meta.modified().ok()?))
}

/// Compiles the templates, with the text of each page template's set, read before and
/// after compiling so both are surely the same version.
fn load_templates(root: &Path, config: &Config) -> Result<LoadedTemplates, Diagnostics> {
    for _ in 0..5 {
        let before = template_sources(root, config);
        let templates = Templates::load(root, config)?;
        if template_sources(root, config) == before {
            return Ok(LoadedTemplates { templates, sets: Arc::new(template_sets(&before)) });
        }
    }
    // Still changing under us: compile once more, with sets that compare unequal to any
    // others, so every page is rendered (and again on the next change).
    static UNSTABLE: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let templates = Templates::load(root, config)?;
    let n = UNSTABLE.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let sets = template_sources(root, config)
        .into_keys()
        .map(|name| (name, format!("\u{0}unstable {n}")))
        .collect();
    Ok(LoadedTemplates { templates, sets: Arc::new(sets) })
}

/// The text of every template: the built-in ones, replaced or joined by the theme's
/// `templates/**/*.html` (as [`Templates::load`] reads them).
fn template_sources(root: &Path, config: &Config) -> BTreeMap<String, String> {
    let mut sources: BTreeMap<String, String> = render::templates::BUILTIN_TEMPLATES
        .iter()
        .map(|(n, t)| (n.to_string(), t.to_string()))
        .collect();
    if let Some(dir) = render::templates::theme_dir(root, config) {
        for (name, path) in render::templates::theme_template_files(root, &dir.join("templates")).0
        {
            let text = load::read_text(&path).unwrap_or_else(|e| format!("\u{0}unreadable: {e}"));
            sources.insert(name, text);
        }
    }
    sources
}

/// For each template, the names and text of every template it may use: itself and,
/// transitively, every template whose quoted name appears in one it uses (Tera names
/// `extends`, `include` and `import` targets only as string literals). A page is
/// rendered again when its template's set changed (or its template has none).
fn template_sets(sources: &BTreeMap<String, String>) -> HashMap<String, String> {
    let mentions = |text: &str, name: &str| {
        ['"', '\'', '`'].iter().any(|q| text.contains(&format!("{q}{name}{q}")))
    };
    sources
        .keys()
        .map(|page| {
            let mut used: Vec<&str> = vec![page.as_str()];
            let mut i = 0;
            while i < used.len() {
                if let Some(text) = sources.get(used[i]) {
                    for name in sources.keys() {
                        if !used.contains(&name.as_str()) && mentions(text, name) {
                            used.push(name);
                        }
                    }
                }
                i += 1;
            }
            used.sort_unstable();
            let mut set = String::new();
            for name in used {
                set.push_str(name);
                set.push('\u{0}');
                set.push_str(sources.get(name).map_or("\u{0}missing", String::as_str));
                set.push('\u{0}');
            }
            (page.clone(), set)
        })
        .collect()
}

/// Reads the static files (site and theme) into memory, keyed by output path; a later
/// file with the same output path wins (the site's over the theme's).
fn read_statics(root: &Path, config: &Config) -> Result<Statics, Diagnostics> {
    use crate::error::{display_path, Diagnostic, Location, ProblemKind};
    let files = crate::write::static_files(root, config)?;
    let read: Vec<std::io::Result<Vec<u8>>> =
        files.par_iter().map(|f| std::fs::read(&f.source)).collect();
    let mut bytes = BTreeMap::new();
    let mut problems = Diagnostics::new();
    for (file, result) in files.iter().zip(read) {
        match result {
            Ok(b) => {
                bytes.insert(file.dest.clone(), Arc::new(b));
            }
            Err(e) => problems.push(Diagnostic::error(
                ProblemKind::Io,
                Location::file(display_path(root, &file.source)),
                format!("cannot read: {e}"),
            )),
        }
    }
    if problems.has_errors() {
        return Err(problems);
    }
    Ok(Statics { bytes, files, config: config.clone() })
}

/// True when two documents come from the same source text (same file, same text).
fn same_source(a: &Origin, b: &Origin) -> bool {
    a.inline_line == b.inline_line
        && (Arc::ptr_eq(&a.source, &b.source)
            || (a.source.path == b.source.path
                && a.source.front_matter_line == b.source.front_matter_line
                && a.source.text == b.source.text))
}

/// What a change affects, when it is not everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Affected {
    /// Output paths of the pages that may differ.
    pub pages: HashSet<String>,
    /// True when the site-wide files (badges, data, feeds) may differ too.
    pub site_files: bool,
    /// Positions of the initiatives whose list items may differ (their front matter
    /// changed), ascending.
    pub changed_items: Vec<usize>,
}

/// What may differ between a site rendered from `old` and one rendered from `new`
/// (templates and options being equal), or `None` when every page must be rendered.
/// See the module docs for the rules.
pub fn affected_pages(old: &SiteIndex, new: &SiteIndex) -> Option<Affected> {
    use crate::link::{DirectorIx, InitiativeIx, StrategyIx, ThemeIx};
    use render::pages::Page;

    // Anything structural: render everything.
    if old.as_of != new.as_of
        || old.config.base_path != new.config.base_path
        || old.strategies.len() != new.strategies.len()
        || old.directors.len() != new.directors.len()
        || old.themes.len() != new.themes.len()
        || old.initiatives.len() != new.initiatives.len()
        || old.source_urls.len() != new.source_urls.len()
    {
        return None;
    }
    match (&old.front_page.origin, &new.front_page.origin) {
        (None, None) => {}
        (Some(a), Some(b)) if same_source(a, b) => {}
        _ => return None,
    }
    for (a, b) in old.strategies.iter().zip(&new.strategies) {
        if !same_source(&a.doc.origin, &b.doc.origin) || a.url != b.url || a.doc.id != b.doc.id {
            return None;
        }
    }
    for (a, b) in old.directors.iter().zip(&new.directors) {
        if !same_source(&a.doc.origin, &b.doc.origin) || a.url != b.url || a.doc.id != b.doc.id {
            return None;
        }
    }
    for (a, b) in old.themes.iter().zip(&new.themes) {
        if a.id != b.id
            || a.title != b.title
            || a.summary != b.summary
            || a.url != b.url
            || a.strategies != b.strategies
        {
            return None;
        }
    }
    for (a, b) in old.initiatives.iter().zip(&new.initiatives) {
        if a.strategy != b.strategy
            || a.doc.id != b.doc.id
            || a.url != b.url
            || (!Arc::ptr_eq(&a.doc.origin.source, &b.doc.origin.source)
                && a.doc.origin.source.path != b.doc.origin.source.path)
            || a.doc.origin.inline_line != b.doc.origin.inline_line
        {
            return None;
        }
    }

    // `index::link` makes `source_urls` from the paths and URLs compared above (and the
    // base path): equal too, without comparing 10,000 paths on every edit.
    debug_assert!(old.source_urls == new.source_urls, "source_urls differ");

    // Only initiatives changed: same positions in both indexes.
    let mut pages: HashSet<String> = HashSet::new();
    let mut lists_changed = false;
    let mut links_changed = false;
    let mut changed_items: Vec<usize> = Vec::new();
    for (k, (a, b)) in old.initiatives.iter().zip(&new.initiatives).enumerate() {
        let text_changed = !same_source(&a.doc.origin, &b.doc.origin);
        let derived_same = a.themes == b.themes
            && a.responsible == b.responsible
            && a.status == b.status
            && a.progress == b.progress
            && a.actions_done == b.actions_done
            && a.budget == b.budget;
        let links_same = a.related == b.related && a.referenced_by == b.referenced_by;
        if !text_changed {
            if !derived_same {
                // Cannot happen without a structural change; be safe.
                return None;
            }
            if !links_same {
                pages.insert(Page::Initiative(InitiativeIx(k)).file(new));
                links_changed = true;
            }
            continue;
        }
        pages.insert(Page::Initiative(InitiativeIx(k)).file(new));
        // The strategy's print page shows every initiative in full.
        for ix in [a.strategy, b.strategy] {
            pages.insert(Page::Print(ix).file(new));
        }
        let front_matter_same = a.doc.origin.source.front_matter_line
            == b.doc.origin.source.front_matter_line
            && a.doc.origin.source.front_matter() == b.doc.origin.source.front_matter();
        if front_matter_same && derived_same && links_same {
            // Only the Markdown text changed: only the initiative's own page shows it.
            continue;
        }
        // Front matter changed: everything that lists or sums up this initiative.
        lists_changed = true;
        changed_items.push(k);
        for ix in [a.strategy, b.strategy] {
            pages.insert(Page::Strategy(ix).file(new));
        }
        for t in a.themes.iter().chain(&b.themes) {
            pages.insert(Page::Theme(*t).file(new));
        }
        for d in a.responsible.iter().chain(&b.responsible) {
            pages.insert(Page::Director(*d).file(new));
        }
        for r in a.related.iter().chain(&a.referenced_by).chain(&b.related).chain(&b.referenced_by)
        {
            pages.insert(Page::Initiative(*r).file(new));
        }
    }
    if !changed_items.is_empty() {
        // Any initiative whose page lists a changed one, in either index.
        for index in [old, new] {
            for (k, node) in index.initiatives.iter().enumerate() {
                if node
                    .related
                    .iter()
                    .chain(&node.referenced_by)
                    .any(|r| changed_items.contains(&r.0))
                {
                    pages.insert(Page::Initiative(InitiativeIx(k)).file(index));
                }
            }
        }
    }

    // Safety net: aggregates that changed show on their own pages and the overviews.
    for (k, (a, b)) in old.strategies.iter().zip(&new.strategies).enumerate() {
        if a.progress != b.progress || a.budget != b.budget || a.initiatives != b.initiatives {
            pages.insert(Page::Strategy(StrategyIx(k)).file(new));
            pages.insert(Page::Print(StrategyIx(k)).file(new));
            lists_changed = true;
        }
    }
    // The theme and director indexes show each one's own fields (compared above) and
    // aggregates: re-rendered only when an aggregate changed (a title edit leaves them
    // alone).
    for (k, (a, b)) in old.themes.iter().zip(&new.themes).enumerate() {
        if a.progress != b.progress || a.budget != b.budget || a.initiatives != b.initiatives {
            pages.insert(Page::Theme(ThemeIx(k)).file(new));
            for s in &b.strategies {
                pages.insert(Page::Strategy(*s).file(new));
            }
            pages.insert(Page::Themes.file(new));
            lists_changed = true;
        }
    }
    for (k, (a, b)) in old.directors.iter().zip(&new.directors).enumerate() {
        if a.progress != b.progress
            || a.budget != b.budget
            || a.initiatives != b.initiatives
            || a.owns != b.owns
        {
            pages.insert(Page::Director(DirectorIx(k)).file(new));
            pages.insert(Page::Directors.file(new));
            lists_changed = true;
        }
    }
    if old.progress != new.progress {
        lists_changed = true;
    }
    if lists_changed {
        for fixed in [Page::Front, Page::Status] {
            pages.insert(fixed.file(new));
        }
    }
    // Site-wide files show front matter and what is derived from it, never bodies.
    Some(Affected { pages, site_files: lists_changed || links_changed, changed_items })
}

#[cfg(test)]
mod tests {
    //! Incremental rebuilds against full builds of the same files, after many edits.

    use super::*;
    use crate::serve::watch::classify;

    const LIVE: &str = "<script>/* live */</script>";

    fn fixture() -> tempfile::TempDir {
        let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/serve-site");
        let dir = tempfile::tempdir().expect("temp dir");
        for entry in walkdir::WalkDir::new(&from) {
            let entry = entry.expect("walk");
            let to = dir.path().join(entry.path().strip_prefix(&from).expect("prefix"));
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&to).expect("mkdir");
            } else {
                std::fs::copy(entry.path(), &to).expect("copy");
            }
        }
        dir
    }

    /// What `retning build` writes, with the same live-reload script, in memory.
    fn full_build(root: &Path) -> BTreeMap<String, Vec<u8>> {
        let mut site = crate::load(root).unwrap_or_else(|e| panic!("full build failed: {e:?}"));
        let options = RenderOptions { live_reload: LIVE.into(), ..RenderOptions::default() };
        let files = render::render(&site.index, &mut site.templates, &options).expect("render");
        let paths: Vec<String> = files.iter().map(|f| f.path.clone()).collect();
        let statics = crate::write::static_files(root, &site.index.config).expect("statics");
        let statics =
            crate::write::merge_statics(&site.index.config, &paths, statics).expect("statics");
        let mut out: BTreeMap<String, Vec<u8>> =
            files.into_iter().map(|f| (f.path, f.bytes)).collect();
        for s in statics {
            out.insert(s.dest, std::fs::read(&s.source).expect("read static"));
        }
        out
    }

    struct Session {
        dir: tempfile::TempDir,
        root: PathBuf,
        builder: Builder,
    }

    impl Session {
        /// With `events_complete`, the builder trusts that the changes it is given name
        /// every changed file, as the native watcher's do.
        fn new(events_complete: bool) -> Session {
            let dir = fixture();
            let root = dir.path().canonicalize().expect("canonical");
            let mut builder = Builder::new(&root, LIVE);
            builder.set_events_complete(events_complete);
            let first = builder.rebuild(&Changes::everything()).expect("first build");
            assert!(first.full);
            let mut s = Session { dir, root, builder };
            s.check_files();
            s
        }

        fn path(&self, rel: &str) -> PathBuf {
            self.root.join(rel)
        }

        /// The changes a watcher reports for `rels`; `modified_only` when the files
        /// were there before and were only written to.
        fn changes(&self, rels: &[&str], modified_only: bool) -> Changes {
            let mut changes = Changes { modified_only, ..Changes::default() };
            for rel in rels {
                let path = self.path(rel);
                if let Some(kind) = classify(&self.root, self.builder.theme_dir().as_deref(), &path)
                {
                    changes.kinds.insert(kind);
                    changes.paths.insert(path);
                }
            }
            changes
        }

        fn write(&mut self, rel: &str, text: &str) -> Rebuilt {
            let path = self.path(rel);
            let existed = path.is_file();
            std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            std::fs::write(&path, text).expect("write");
            self.rebuild_after(&[rel], existed)
        }

        fn edit(&mut self, rel: &str, from: &str, to: &str) -> Rebuilt {
            let text = std::fs::read_to_string(self.path(rel)).expect("read");
            assert!(text.contains(from), "`{from}` not in {rel}:\n{text}");
            self.write(rel, &text.replacen(from, to, 1))
        }

        /// Rebuilds after files were created, removed or renamed.
        fn rebuild(&mut self, rels: &[&str]) -> Rebuilt {
            self.rebuild_after(rels, false)
        }

        fn rebuild_after(&mut self, rels: &[&str], modified_only: bool) -> Rebuilt {
            let changes = self.changes(rels, modified_only);
            let rebuilt = self
                .builder
                .rebuild(&changes)
                .unwrap_or_else(|e| panic!("rebuild after {rels:?} failed: {e:?}"));
            self.check_files();
            rebuilt
        }

        /// The incremental result is exactly a full build.
        fn check_files(&mut self) {
            let expected = full_build(&self.root);
            let files = self.builder.files().expect("a good build");
            let got: BTreeMap<String, Vec<u8>> =
                files.iter().map(|(p, b)| (p.to_string(), b.to_vec())).collect();
            assert_eq!(files.len(), got.len(), "OutputMap::len");
            let missing: Vec<&String> = expected.keys().filter(|p| !got.contains_key(*p)).collect();
            let extra: Vec<&String> = got.keys().filter(|p| !expected.contains_key(*p)).collect();
            let differ: Vec<&String> = expected
                .iter()
                .filter(|(p, b)| got.get(*p).is_some_and(|g| g != *b))
                .map(|(p, _)| p)
                .collect();
            assert!(
                missing.is_empty() && extra.is_empty() && differ.is_empty(),
                "incremental != full build: missing {missing:?}, extra {extra:?}, differing {differ:?}"
            );
        }
    }

    #[test]
    fn edits_match_full_builds() {
        edits(false);
    }

    #[test]
    fn edits_match_full_builds_with_complete_events() {
        edits(true);
    }

    fn edits(events_complete: bool) {
        let mut s = Session::new(events_complete);
        // Text only: its page and its strategy's print page (and the search index, made
        // when asked for, which `check_files` does).
        let before = s.builder.files().expect("a good build");
        let r = s.edit("content/klima/sol.md", "Solceller er billige.", "Solceller er billige nu.");
        assert_eq!((r.rendered, r.full), (2, false));
        assert_eq!(r.changed, ["klima/sol/index.html", "print/klima/index.html"]);
        let shard =
            format!("{}{}.json", render::search::BUNDLE_DIR, render::search_index::shard_of("nu"));
        assert_ne!(before.get(&shard), r.files.get(&shard), "the search index holds the text too");
        // Front matter: progress, title, theme, responsible, related, status, dates.
        s.edit("content/klima/sol.md", "current: 40", "current: 90");
        s.edit(
            "content/klima/sol.md",
            "title: Solceller på skolerne",
            "title: Solceller på alle skoler",
        );
        s.edit("content/klima/sol.md", "theme: energi", "theme: natur");
        s.edit("content/klima/sol.md", "responsible: anna", "responsible: bo");
        s.edit("content/klima/sol.md", "related: [vind]", "related: []");
        s.edit(
            "content/velfaerd/mad.md",
            "responsible: bo",
            "responsible: bo\nrelated: [klima/sol]\nstatus: off-track",
        );
        s.edit("content/velfaerd/hjem.md", "updated: 2014-06-01", "updated: 2014-06-20");
        s.edit("content/klima/vind.md", "target: 10", "target: 12");
        // New, renamed and deleted files.
        s.write(
            "content/klima/ny.md",
            "---\ntitle: Ny indsats\ntheme: energi\nresponsible: anna\n---\nNy.\n",
        );
        std::fs::rename(s.path("content/klima/ny.md"), s.path("content/klima/nyere.md"))
            .expect("rename");
        s.rebuild(&["content/klima/ny.md", "content/klima/nyere.md"]);
        std::fs::remove_file(s.path("content/velfaerd/mad.md")).expect("remove");
        s.rebuild(&["content/velfaerd/mad.md"]);
        // Strategy (with its inline initiative), director and front page.
        s.edit("content/klima/index.md", "Vi planter 1000 træer.", "Vi planter 2000 træer.");
        s.edit("content/directors/anna.md", "Anna Andersen", "Anna Andersson");
        s.edit("content/index.md", "Her følger du", "Her kan du følge");
        // Errors keep the last good build; fixing them builds again.
        let before = s.builder.files().expect("good");
        std::fs::write(s.path("content/velfaerd/hjem.md"), "---\ntitle: [broken\n---\n")
            .expect("write");
        let changes = s.changes(&["content/velfaerd/hjem.md"], true);
        let errors = s.builder.rebuild(&changes).expect_err("a broken file is an error");
        assert!(errors.iter().any(|d| d.location.file.ends_with("hjem.md")), "{errors:?}");
        assert!(Arc::ptr_eq(&before, &s.builder.files().expect("good")));
        s.write(
            "content/velfaerd/hjem.md",
            "---\ntitle: Hjemmehjælp igen\ntheme: omsorg\nresponsible: bo\n---\nIgen.\n",
        );
        // Templates: only the pages using a changed template.
        let r = s.edit("themes/mine/templates/404.html", "(Testby)", "(Testby by)");
        assert_eq!((r.rendered, r.full), (1, false));
        let initiative = render::templates::BUILTIN_TEMPLATES
            .iter()
            .find(|(n, _)| *n == "initiative.html")
            .expect("built-in initiative.html")
            .1;
        let mine =
            initiative.replacen("{% endblock content %}", "<p>mine</p>{% endblock content %}", 1);
        let r = s.write("themes/mine/templates/initiative.html", &mine);
        assert!(!r.full && r.rendered >= 4, "{} rendered", r.rendered);
        std::fs::remove_file(s.path("themes/mine/templates/initiative.html")).expect("remove");
        s.rebuild(&["themes/mine/templates/initiative.html"]);
        // Static files, the theme's and the site's.
        s.write("static/ny.txt", "hej\n");
        let r = s.edit("themes/mine/static/mine.css", "#123456", "#654321");
        assert!(r.assets_changed && r.rendered == 0, "{r:?}");
        // A folder renamed: a strategy gets a new id.
        s.edit("content/klima/vind.md", "related: [velfaerd/hjem]", "related: []");
        std::fs::rename(s.path("content/velfaerd"), s.path("content/omsorg")).expect("rename");
        s.rebuild(&["content/velfaerd", "content/omsorg"]);
        // site.yaml: everything.
        let r = s.edit("site.yaml", "title: Testby – strategier", "title: Testby – planer");
        assert!(r.full);
        drop(s.dir);
    }

    #[cfg(unix)]
    #[test]
    fn linked_files_are_looked_at_without_events() {
        // A file reached through a symbolic link changes without an event naming it:
        // with complete events, it is still read again on the next rebuild.
        // (The file lies elsewhere in the site: a link outside it is refused.)
        let mut s = Session::new(true);
        std::fs::create_dir_all(s.path("shared")).expect("mkdir");
        let target = s.path("shared/lys.md");
        let text = "---\ntitle: Gadelys\ntheme: energi\nresponsible: anna\n---\nLED.\n";
        std::fs::write(&target, text).expect("write");
        std::os::unix::fs::symlink(&target, s.path("content/klima/lys.md")).expect("symlink");
        s.rebuild(&["content/klima/lys.md"]);
        std::fs::write(&target, text.replace("LED.", "LED overalt.")).expect("write");
        // A later edit elsewhere, the only one named.
        s.edit("content/klima/sol.md", "Solceller er billige.", "Solceller er billige nu.");
        let page = s.builder.files().expect("good").get("klima/lys/index.html").cloned();
        let page = String::from_utf8(page.expect("the linked page").to_vec()).expect("utf-8");
        assert!(page.contains("LED overalt."), "{page}");
    }

    /// A small deterministic generator, so the random edits are the same every run.
    struct Lcg(u64);

    impl Lcg {
        fn next(&mut self, n: usize) -> usize {
            self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((self.0 >> 33) % n as u64) as usize
        }
    }

    #[test]
    fn random_edits_match_full_builds() {
        random_edits(false);
    }

    #[test]
    fn random_edits_match_full_builds_with_complete_events() {
        random_edits(true);
    }

    fn random_edits(events_complete: bool) {
        let mut s = Session::new(events_complete);
        let mut rng = Lcg(20140630);
        let files = [
            "content/klima/sol.md",
            "content/klima/vind.md",
            "content/velfaerd/hjem.md",
            "content/velfaerd/mad.md",
        ];
        let keys = [
            ("title", vec!["Alfa", "Beta", "Gamma"]),
            ("status", vec!["on-track", "at-risk", "done", "cancelled", "not-started"]),
            ("progress", vec!["10", "55", "100"]),
            ("updated", vec!["2014-01-02", "2014-06-29", "2013-12-24"]),
            ("due", vec!["2014-02-01", "2016-01-01"]),
        ];
        for round in 0..40 {
            let file = files[rng.next(files.len())];
            let text = std::fs::read_to_string(s.path(file)).expect("read");
            let (front, body) =
                text.trim_start_matches("---\n").split_once("\n---\n").expect("front matter");
            let mut lines: Vec<String> = front.lines().map(str::to_string).collect();
            let mut body = body.to_string();
            match rng.next(4) {
                0 => body.push_str(&format!("\nRunde {round}.\n")),
                1 | 2 => {
                    let (key, values) = &keys[rng.next(keys.len())];
                    let value = values[rng.next(values.len())];
                    lines.retain(|l| !l.starts_with(&format!("{key}:")));
                    lines.push(format!("{key}: {value}"));
                }
                _ => {
                    // Toggle a relation to another initiative.
                    let targets = ["klima/sol", "klima/vind", "velfaerd/hjem", "velfaerd/mad"];
                    let target = targets[rng.next(targets.len())];
                    let own = file.trim_start_matches("content/").trim_end_matches(".md");
                    lines.retain(|l| !l.starts_with("related:"));
                    if target != own && rng.next(2) == 0 {
                        lines.push(format!("related: [{target}]"));
                    }
                }
            }
            let r = s.write(file, &format!("---\n{}\n---\n{body}", lines.join("\n")));
            assert!(!r.full, "round {round}: an edit of one initiative rendered everything");
        }
    }
}

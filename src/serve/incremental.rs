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
//!   modification time are unchanged. Discovery and [`content::assemble`] run as in a
//!   build, so order and problems are the same.
//! - **Linking** always runs over all documents (it is linear and fast): ids,
//!   back-links and aggregates are never patched by hand.
//! - **Rendering** compares the new index with the one of the last good build
//!   ([`affected_pages`]). When anything structural differs (a document added,
//!   removed or renamed, an id, a URL, a strategy, director or front page text, the
//!   `as_of` date, `site.yaml`), every page is rendered. Otherwise only initiatives
//!   changed: an initiative whose front matter is unchanged (only its text changed)
//!   re-renders its own page; one whose front matter changed re-renders its page, its
//!   strategy's, its themes' and directors' (before and after), the pages listing it
//!   as related, and the front, themes, directors and status pages. As a safety net,
//!   any strategy, theme or director whose aggregates changed gets its pages
//!   re-rendered too. Site-wide files (badges, data, feeds) are re-rendered unless
//!   only Markdown bodies changed (they show front matter and what follows from it).
//! - **Templates** are compared per page template with everything it can include,
//!   extend or import; only pages whose template set changed are re-rendered.
//!
//! The unit tests below check the invariant against full renders after many edits.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use rayon::prelude::*;

use crate::config::{self, Config, CONFIG_FILE};
use crate::content::{self, ContentFile, FileRole, ParsedFile};
use crate::error::Diagnostics;
use crate::index::{self, SiteIndex};
use crate::model::Origin;
use crate::render::{self, templates::Templates, RenderOptions};
use crate::serve::watch::{ChangeKind, Changes};

/// The built site as served: output path → bytes.
pub type OutputMap = HashMap<String, Arc<[u8]>>;

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
struct CachedDoc {
    role: FileRole,
    stamp: Option<(u64, SystemTime)>,
    parsed: ParsedFile,
}

/// What `content::discover` found, kept until a file or folder appears or goes.
struct Discovery {
    files: Vec<ContentFile>,
    problems: Diagnostics,
    paths: HashSet<PathBuf>,
}

/// Compiled templates with, per page template, the text of every template it may use.
struct LoadedTemplates {
    templates: Templates,
    sets: HashMap<&'static str, String>,
}

/// The site's static files as read, before checking them against generated ones.
struct Statics {
    bytes: BTreeMap<String, Arc<[u8]>>,
    files: Vec<crate::output::StaticFile>,
}

/// The last good build: what the next one is compared with.
struct Good {
    index: SiteIndex,
    config_text: String,
    template_sets: HashMap<&'static str, String>,
    /// Output paths of the pages.
    plan: HashSet<String>,
    /// Generated files (pages and site-wide files).
    generated: OutputMap,
    /// Static files served (those not refused by `merge_statics`).
    statics: BTreeMap<String, Arc<[u8]>>,
    /// Generated and static files together: what is served.
    files: Arc<OutputMap>,
}

/// Rebuilds a site again and again, as little as it can each time.
pub struct Builder {
    root: PathBuf,
    live_reload: String,
    config: Option<(Config, String)>,
    discovery: Option<Discovery>,
    docs: HashMap<PathBuf, CachedDoc>,
    templates: Option<LoadedTemplates>,
    /// Static files must be read again (and checked) on the next build.
    statics_stale: bool,
    statics: Option<Statics>,
    good: Option<Good>,
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
            docs: HashMap::new(),
            templates: None,
            statics_stale: true,
            statics: None,
            good: None,
        }
    }

    /// The files of the last good build, if there was one.
    pub fn files(&self) -> Option<Arc<OutputMap>> {
        self.good.as_ref().map(|g| g.files.clone())
    }

    /// The active theme folder as far as known (from the last `site.yaml` read).
    pub fn theme_dir(&self) -> Option<PathBuf> {
        self.config.as_ref().and_then(|(c, _)| render::templates::theme_dir(&self.root, c))
    }

    /// Takes in a batch of changes and rebuilds. On errors, the last good build stays
    /// as it was (and is what [`Builder::files`] returns); the errors come back sorted,
    /// with the site's warnings.
    pub fn rebuild(&mut self, changes: &Changes) -> Result<Rebuilt, Diagnostics> {
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
        if kinds.contains(&ChangeKind::Content) {
            let content = self.root.join(content::CONTENT_DIR);
            let changed: Vec<&PathBuf> =
                changes.paths.iter().filter(|p| p.starts_with(&content)).collect();
            // Files that were there before and still are: no need to look for new ones.
            let only_known_files = !changed.is_empty()
                && self
                    .discovery
                    .as_ref()
                    .is_some_and(|d| changed.iter().all(|p| d.paths.contains(*p) && p.is_file()));
            if !only_known_files {
                self.discovery = None;
            }
            for path in changed {
                // A folder renamed or removed names only itself: drop what is under it.
                self.docs.retain(|cached, _| !cached.starts_with(path));
            }
            if changes.paths.is_empty() {
                // Told "everything" (a rescan): trust nothing cached.
                self.discovery = None;
                self.docs.clear();
            }
        }
        self.build()
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
            let config = match content::read_text(&self.root.join(CONFIG_FILE)) {
                Ok(text) => config::parse(&text).map(|c| (c, text)),
                Err(_) => config::load(&self.root).map(|c| (c, String::new())),
            };
            let (config, text) = config.map_err(Diagnostics::sorted)?;
            self.config = Some((config, text));
            self.templates = None;
            self.statics_stale = true;
        }
        let (config, config_text) = self.config.clone().expect("config loaded above");

        // content/
        let (documents, mut problems) = self.load_documents();
        lap("load");

        // Templates (compiled before linking, as in a build; their problems come last).
        let mut template_problems = None;
        if self.templates.is_none() {
            match load_templates(&self.root, &config) {
                Ok(t) => self.templates = Some(t),
                Err(found) => template_problems = Some(found),
            }
        }

        let as_of = config.as_of.unwrap_or_else(crate::today);
        let index = index::link(config.clone(), documents, as_of, &mut problems);
        if let Some(found) = template_problems {
            problems.extend(found);
        }
        if problems.has_errors() {
            return Err(problems.sorted());
        }
        let warnings = problems.sorted();
        lap("link");

        // Static files.
        let statics_read = self.statics_stale || self.statics.is_none();
        if statics_read {
            self.statics = Some(read_statics(&self.root, &config)?);
            self.statics_stale = false;
        }

        // What to render: everything, or what differs from the last good build.
        let loaded = self.templates.as_mut().expect("templates loaded above");
        let plan = render::page_plan(&index);
        let selection = match &self.good {
            Some(good) if good.config_text == config_text => {
                affected_pages(&good.index, &index).filter(|_| {
                    // Same structure, so the same pages; checked to be sure.
                    plan.len() == good.plan.len()
                        && plan.iter().all(|p| good.plan.contains(&p.path))
                })
            }
            _ => None,
        }
        .map(|mut affected| {
            let good = self.good.as_ref().expect("compared with it above");
            for page in &plan {
                if good.template_sets.get(page.template) != loaded.sets.get(page.template) {
                    affected.pages.insert(page.path.clone());
                }
            }
            affected
        });
        let full = selection.is_none();
        let rendered = selection.as_ref().map_or(plan.len(), |a| a.pages.len());
        let options = RenderOptions {
            live_reload: self.live_reload.clone(),
            pages_only: selection.as_ref().is_some_and(|a| !a.site_files),
            pages: selection.map(|a| a.pages),
        };
        lap("plan");
        let files = render::render(&index, &mut loaded.templates, &options)?;
        lap("render");

        // The generated files: the ones rendered now, and the rest kept from before.
        let plan: HashSet<String> = plan.into_iter().map(|p| p.path).collect();
        let generated: OutputMap = match (&self.good, full) {
            (Some(good), false) => {
                let mut generated = good.generated.clone();
                if !options.pages_only {
                    // Every site-wide file was rendered anew; drop the old ones.
                    generated.retain(|path, _| plan.contains(path));
                } else {
                    // The search bundle is renewed by every render (its files are named
                    // by content hashes): drop the old one.
                    generated.retain(|path, _| !render::search::is_bundle_file(path));
                }
                for file in files {
                    generated.insert(file.path, Arc::from(file.bytes));
                }
                generated
            }
            _ => files.into_iter().map(|f| (f.path, Arc::from(f.bytes))).collect(),
        };
        debug_assert!(plan.iter().all(|p| generated.contains_key(p)), "a page went missing");

        // Static files may not replace generated pages (as in a build): checked when
        // either side's set of paths may have changed.
        let statics = match (&self.good, full || statics_read) {
            (Some(good), false) => good.statics.clone(),
            _ => {
                let read = self.statics.as_ref().expect("statics read above");
                let generated_paths: Vec<String> = generated.keys().cloned().collect();
                let kept = crate::merge_statics(&generated_paths, read.files.clone())?;
                let kept: HashSet<&str> = kept.iter().map(|s| s.dest.as_str()).collect();
                read.bytes
                    .iter()
                    .filter(|(dest, _)| kept.contains(dest.as_str()))
                    .map(|(d, b)| (d.clone(), b.clone()))
                    .collect()
            }
        };

        let mut all = generated.clone();
        for (dest, bytes) in &statics {
            all.insert(dest.clone(), bytes.clone());
        }
        let (changed, assets_changed) = match &self.good {
            Some(good) => {
                // Kept files share their bytes with the last build: compared by pointer.
                let mut changed: Vec<String> = all
                    .iter()
                    .filter(|(p, b)| good.files.get(*p).is_none_or(|old| old != *b))
                    .map(|(p, _)| p.clone())
                    .collect();
                changed.extend(good.files.keys().filter(|p| !all.contains_key(*p)).cloned());
                changed.sort();
                let assets = changed.iter().any(|p| {
                    good.statics.contains_key(p)
                        || statics.contains_key(p)
                        || p.starts_with("static/")
                });
                (changed, assets)
            }
            None => {
                let mut changed: Vec<String> = all.keys().cloned().collect();
                changed.sort();
                (changed, true)
            }
        };
        let files = Arc::new(all);
        lap("merge");
        let theme_dir = render::templates::theme_dir(&self.root, &config);
        let base_path = config.base_path.clone();
        let pages = plan.len();
        self.good = Some(Good {
            index,
            config_text,
            template_sets: loaded.sets.clone(),
            plan,
            generated,
            statics,
            files: files.clone(),
        });
        Ok(Rebuilt {
            files,
            changed,
            rendered,
            pages,
            full,
            assets_changed,
            warnings,
            base_path,
            theme_dir,
            timings,
        })
    }

    /// Discovers the content files (unless only known files changed) and parses those
    /// not cached, in parallel; then assembles the documents as [`content::load`] does.
    fn load_documents(&mut self) -> (crate::model::Documents, Diagnostics) {
        if self.discovery.is_none() {
            let (files, problems) = content::discover(&self.root);
            let paths = files.iter().map(|f| f.path.clone()).collect();
            self.discovery = Some(Discovery { files, problems, paths });
        }
        let discovery = self.discovery.as_ref().expect("discovered above");
        let files = &discovery.files;
        let stamps: Vec<Option<(u64, SystemTime)>> =
            files.par_iter().map(|f| stamp(&f.path)).collect();
        let missing: Vec<usize> = (0..files.len())
            .filter(|&i| match self.docs.get(&files[i].path) {
                Some(c) => c.role != files[i].role || c.stamp.is_none() || c.stamp != stamps[i],
                None => true,
            })
            .collect();
        let parsed: Vec<(usize, ParsedFile)> =
            missing.par_iter().map(|&i| (i, content::parse_file(&files[i]))).collect();
        for (i, parsed) in parsed {
            let f = &files[i];
            self.docs.insert(
                f.path.clone(),
                CachedDoc { role: f.role.clone(), stamp: stamps[i], parsed },
            );
        }
        if self.docs.len() > files.len() {
            self.docs.retain(|p, _| discovery.paths.contains(p));
        }
        let parsed = files.iter().map(|f| self.docs[&f.path].parsed.clone());
        content::assemble(discovery.problems.clone(), parsed)
    }
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
            return Ok(LoadedTemplates { templates, sets: template_sets(&before) });
        }
    }
    // Still changing under us: compile once more, with sets that compare unequal to any
    // others, so every page is rendered (and again on the next change).
    static UNSTABLE: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let templates = Templates::load(root, config)?;
    let n = UNSTABLE.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let sets =
        BUILTIN_PAGE_TEMPLATES.iter().map(|&name| (name, format!("\u{0}unstable {n}"))).collect();
    Ok(LoadedTemplates { templates, sets })
}

/// The templates that render pages (see [`render::PlannedPage::template`]).
const BUILTIN_PAGE_TEMPLATES: [&str; 9] = [
    "index.html",
    "strategy.html",
    "initiative.html",
    "themes.html",
    "theme.html",
    "directors.html",
    "director.html",
    "status.html",
    "404.html",
];

/// The text of every template: the built-in ones, replaced or joined by the theme's
/// `templates/**/*.html` (as [`Templates::load`] reads them).
fn template_sources(root: &Path, config: &Config) -> BTreeMap<String, String> {
    let mut sources: BTreeMap<String, String> = render::templates::BUILTIN_TEMPLATES
        .iter()
        .map(|(n, t)| (n.to_string(), t.to_string()))
        .collect();
    if let Some(dir) = render::templates::theme_dir(root, config) {
        let templates = dir.join("templates");
        for entry in walkdir::WalkDir::new(&templates).sort_by_file_name().into_iter().flatten() {
            let path = entry.path();
            if !entry.file_type().is_file()
                || path.extension().and_then(|e| e.to_str()) != Some("html")
            {
                continue;
            }
            let name =
                path.strip_prefix(&templates).unwrap_or(path).to_string_lossy().replace('\\', "/");
            let text = content::read_text(path).unwrap_or_else(|e| format!("\u{0}unreadable: {e}"));
            sources.insert(name, text);
        }
    }
    sources
}

/// For each page template, the names and text of every template it may use: itself
/// and, transitively, every template whose quoted name appears in one it uses (Tera
/// names `extends`, `include` and `import` targets only as string literals).
fn template_sets(sources: &BTreeMap<String, String>) -> HashMap<&'static str, String> {
    let mentions = |text: &str, name: &str| {
        ['"', '\'', '`'].iter().any(|q| text.contains(&format!("{q}{name}{q}")))
    };
    BUILTIN_PAGE_TEMPLATES
        .iter()
        .map(|&page| {
            let mut used: Vec<&str> = vec![page];
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
            (page, set)
        })
        .collect()
}

/// Reads the static files (site and theme) into memory, keyed by output path; a later
/// file with the same output path wins (the site's over the theme's).
fn read_statics(root: &Path, config: &Config) -> Result<Statics, Diagnostics> {
    use crate::error::{display_path, Diagnostic, Location, ProblemKind};
    let files = crate::static_files(root, config);
    let read: Vec<std::io::Result<Vec<u8>>> =
        files.par_iter().map(|f| std::fs::read(&f.source)).collect();
    let mut bytes = BTreeMap::new();
    let mut problems = Diagnostics::new();
    for (file, result) in files.iter().zip(read) {
        match result {
            Ok(b) => {
                bytes.insert(file.dest.clone(), Arc::from(b));
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
    Ok(Statics { bytes, files })
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
}

/// What may differ between a site rendered from `old` and one rendered from `new`
/// (templates and options being equal), or `None` when every page must be rendered.
/// See the module docs for the rules.
pub fn affected_pages(old: &SiteIndex, new: &SiteIndex) -> Option<Affected> {
    let base = new.config.base_path.as_str();
    let file_for = |url: &str| {
        let rel = url.strip_prefix(base).unwrap_or(url).trim_start_matches('/');
        format!("{rel}index.html")
    };

    // Anything structural: render everything.
    if old.as_of != new.as_of
        || old.config.base_path != new.config.base_path
        || old.strategies.len() != new.strategies.len()
        || old.directors.len() != new.directors.len()
        || old.themes.len() != new.themes.len()
        || old.initiatives.len() != new.initiatives.len()
        || old.source_urls != new.source_urls
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
            || a.doc.origin.source.path != b.doc.origin.source.path
            || a.doc.origin.inline_line != b.doc.origin.inline_line
        {
            return None;
        }
    }

    // Only initiatives changed: same positions in both indexes.
    let mut pages: HashSet<String> = HashSet::new();
    let mut lists_changed = false;
    let mut links_changed = false;
    let mut changed_lists: Vec<usize> = Vec::new();
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
                pages.insert(file_for(&b.url));
                links_changed = true;
            }
            continue;
        }
        pages.insert(file_for(&b.url));
        // The strategy's print page shows every initiative in full.
        for ix in [a.strategy, b.strategy] {
            pages.insert(render::print_file(new, ix));
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
        changed_lists.push(k);
        for ix in [a.strategy, b.strategy] {
            pages.insert(file_for(&new.strategies[ix.0].url));
        }
        for t in a.themes.iter().chain(&b.themes) {
            pages.insert(file_for(&new.themes[t.0].url));
        }
        for d in a.responsible.iter().chain(&b.responsible) {
            pages.insert(file_for(&new.directors[d.0].url));
        }
        for r in a.related.iter().chain(&a.referenced_by).chain(&b.related).chain(&b.referenced_by)
        {
            pages.insert(file_for(&new.initiatives[r.0].url));
        }
    }
    if !changed_lists.is_empty() {
        // Any initiative whose page lists a changed one, in either index.
        for index in [old, new] {
            for node in &index.initiatives {
                if node
                    .related
                    .iter()
                    .chain(&node.referenced_by)
                    .any(|r| changed_lists.contains(&r.0))
                {
                    pages.insert(file_for(&node.url));
                }
            }
        }
    }

    // Safety net: aggregates that changed show on their own pages and the overviews.
    for (k, (a, b)) in old.strategies.iter().zip(&new.strategies).enumerate() {
        if a.progress != b.progress || a.budget != b.budget || a.initiatives != b.initiatives {
            pages.insert(file_for(&b.url));
            pages.insert(render::print_file(new, crate::index::StrategyIx(k)));
            lists_changed = true;
        }
    }
    for (a, b) in old.themes.iter().zip(&new.themes) {
        if a.progress != b.progress || a.budget != b.budget || a.initiatives != b.initiatives {
            pages.insert(file_for(&b.url));
            for s in &b.strategies {
                pages.insert(file_for(&new.strategies[s.0].url));
            }
            lists_changed = true;
        }
    }
    for (a, b) in old.directors.iter().zip(&new.directors) {
        if a.progress != b.progress
            || a.budget != b.budget
            || a.initiatives != b.initiatives
            || a.owns != b.owns
        {
            pages.insert(file_for(&b.url));
            lists_changed = true;
        }
    }
    if old.progress != new.progress {
        lists_changed = true;
    }
    if lists_changed {
        for fixed in
            ["index.html", "themes/index.html", "directors/index.html", "status/index.html"]
        {
            pages.insert(fixed.to_string());
        }
    }
    // Site-wide files show front matter and what is derived from it, never bodies.
    Some(Affected { pages, site_files: lists_changed || links_changed })
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
        let statics = crate::static_files(root, &site.index.config);
        let statics = crate::merge_statics(&paths, statics).expect("statics");
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
        fn new() -> Session {
            let dir = fixture();
            let root = dir.path().canonicalize().expect("canonical");
            let mut builder = Builder::new(&root, LIVE);
            let first = builder.rebuild(&Changes::everything()).expect("first build");
            assert!(first.full);
            let mut s = Session { dir, root, builder };
            s.check_files();
            s
        }

        fn path(&self, rel: &str) -> PathBuf {
            self.root.join(rel)
        }

        fn changes(&self, rels: &[&str]) -> Changes {
            let mut changes = Changes::default();
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
            std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            std::fs::write(&path, text).expect("write");
            self.rebuild(&[rel])
        }

        fn edit(&mut self, rel: &str, from: &str, to: &str) -> Rebuilt {
            let text = std::fs::read_to_string(self.path(rel)).expect("read");
            assert!(text.contains(from), "`{from}` not in {rel}:\n{text}");
            self.write(rel, &text.replacen(from, to, 1))
        }

        fn rebuild(&mut self, rels: &[&str]) -> Rebuilt {
            let changes = self.changes(rels);
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
                files.iter().map(|(p, b)| (p.clone(), b.to_vec())).collect();
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
        let mut s = Session::new();
        // Text only: its page and its strategy's print page (and the search index).
        let r = s.edit("content/klima/sol.md", "Solceller er billige.", "Solceller er billige nu.");
        assert_eq!((r.rendered, r.full), (2, false));
        let (search, pages): (Vec<String>, Vec<String>) =
            r.changed.into_iter().partition(|p| render::search::is_bundle_file(p));
        assert_eq!(pages, ["klima/sol/index.html", "print/klima/index.html"]);
        assert!(!search.is_empty(), "the search index holds the text too");
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
        let changes = s.changes(&["content/velfaerd/hjem.md"]);
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
        let mut s = Session::new();
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

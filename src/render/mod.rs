//! The render stage: turns a linked [`SiteIndex`] into output files in memory.
//!
//! No I/O happens here (templates are loaded beforehand), so `build` writes the result
//! to disk and `serve` can compare it with what it serves. Pages render in parallel.

pub mod badges;
pub mod charts;
mod chrome;
pub mod feeds;
pub mod html;
mod lists;
pub mod markdown;
pub mod open_data;
pub mod pages;
pub mod relative;
mod renderer;
pub mod sanitize;
pub mod search;
pub mod search_index;
pub mod templates;
pub mod views;

use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;

use crate::error::Diagnostics;
use crate::i18n::Formatter;
use crate::link::{InitiativeIx, SiteIndex};
use markdown::MarkdownContext;
use pages::Page;
use renderer::{FixedPaths, Renderer, SharedInGroup};
use templates::Templates;
use views::{DateView, ViewBuilder};

pub use lists::Lists;
pub use pages::{page_plan, PlannedPage};

/// One file of the output: a path relative to the output folder, and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// `/`-separated path, like `themes/velfaerd/index.html`.
    pub path: String,
    /// Contents.
    pub bytes: Vec<u8>,
}

/// Site-wide values every template sees as `site`.
#[derive(Serialize)]
struct SiteView<'a> {
    title: &'a str,
    organisation: &'a str,
    description: Option<&'a str>,
    /// The path internal URLs start with (`/`).
    base: &'a str,
    lang: &'static str,
    /// `og:locale` (`da_DK`, `nb_NO`, `nn_NO`, `sv_SE`, `en_GB`).
    locale: &'static str,
    logo: Option<String>,
    accessibility_statement: Option<&'a str>,
    as_of: DateView,
    /// Injected by `serve`: a script for live reload; empty in `build`.
    live_reload: &'a str,
    /// The open data's Excel workbook's file name, under `data/`.
    workbook: String,
    /// True when there is a feed (`atom.xml`): only with an absolute `base_url`.
    feed: bool,
    /// The method page's site path (how progress and status are computed).
    method: String,
    /// The revisions page's and the changes page's site paths and titles.
    revisions: String,
    changes: String,
    history: &'static crate::i18n::HistoryText,
}

/// Options for one render.
#[derive(Debug, Clone, Default)]
pub struct RenderOptions {
    /// HTML to put before `</body>` on every page (serve's live-reload script).
    pub live_reload: String,
    /// Renders only the pages whose output path is in the set (every page when `None`);
    /// the site-wide files (badges, data, feeds, assets) are rendered unless
    /// `pages_only`, but for the sitemap, which lists the pages and so is the last
    /// render's. `serve` uses it to re-render only the pages a change affects, when
    /// the site has the same pages.
    pub pages: Option<std::collections::HashSet<String>>,
    /// Renders pages only, none of the site-wide files (badges, data, feeds, assets):
    /// for `serve`, when a change cannot affect them.
    pub pages_only: bool,
    /// Leaves out the files made in a pass over the whole site ([`is_deferred`]): for
    /// `serve`, which makes them when first asked for ([`deferred_files`]).
    pub deferred: bool,
    /// Where the initiatives' lists are kept: `serve` hands in the lists of its last
    /// render that a change cannot have touched ([`Lists::reusing`]) and keeps them for
    /// the next. `None`: made afresh and dropped after the render.
    pub lists: Option<Arc<Lists>>,
    /// Set (by `serve`, when a later save comes in) to stop rendering further pages:
    /// the render then fails with [`superseded`], and its caller starts again.
    pub cancel: Option<Arc<std::sync::atomic::AtomicBool>>,
    /// Since when the changes page lists changes (`--since`); `None`: since the start
    /// of the reporting period before the one `as_of` is in.
    pub changes_since: Option<crate::model::Date>,
}

/// The error of a render stopped through [`RenderOptions::cancel`].
pub fn superseded() -> Diagnostics {
    Diagnostics::from_iter([crate::error::Diagnostic::error(
        crate::error::ProblemKind::Io,
        crate::error::Location::file(crate::config::CONFIG_FILE),
        crate::msg!("rebuild-superseded"),
    )])
}

/// True for the files made in a pass over the whole linked site that no page needs:
/// the search index and the open data. `serve` makes them only when one is asked for
/// ([`RenderOptions::deferred`]): on a large site they were most of the rebuild after a
/// title was changed.
pub fn is_deferred(config: &crate::config::Config, path: &str) -> bool {
    search::is_bundle_file(path) || open_data::is_open_data(config, path)
}

/// The files [`is_deferred`] names, for a linked site, sorted by path.
pub fn deferred_files(site: &SiteIndex) -> Vec<OutputFile> {
    let (mut files, data) = rayon::join(|| search_index::build(site), || open_data::files(site));
    files.extend(data);
    files.sort_unstable_by(|a, b| a.path.cmp(&b.path));
    files
}

/// `og:locale` for a language.
fn og_locale(lang: crate::i18n::Language) -> &'static str {
    use crate::i18n::Language;
    match lang {
        Language::Da => "da_DK",
        Language::Nb => "nb_NO",
        Language::Nn => "nn_NO",
        Language::Sv => "sv_SE",
        Language::En => "en_GB",
    }
}

/// `/data/schema.json`: the JSON Schema of `/data/site.json`.
pub const SITE_JSON_SCHEMA: &str = include_str!("schema.json");

/// Renders every output file of the site. Errors (a broken `.md` link, a template that
/// fails) are collected; the files are returned only when there are none.
pub fn render(
    site: &SiteIndex,
    templates: &mut Templates,
    options: &RenderOptions,
) -> Result<Vec<OutputFile>, Diagnostics> {
    let collected = std::sync::Mutex::new(Vec::new());
    render_into(site, templates, options, &|file| {
        collected.lock().unwrap_or_else(|e| e.into_inner()).push(file);
        Ok(())
    })?;
    let mut files = collected.into_inner().unwrap_or_else(|e| e.into_inner());
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// Where [`render_into`] hands each file as soon as it is rendered: the write stage's
/// staging folder for `build`, an in-memory map for `serve`. Called from many threads.
pub type Sink<'s> = dyn Fn(OutputFile) -> Result<(), Diagnostics> + Sync + 's;

/// Renders every output file of the site and hands each to `sink` as soon as it is
/// done, so a large site never holds all its pages in memory at once. Returns the
/// output paths, sorted. Errors (a broken `.md` link, a template that fails) are
/// collected from every page; the caller discards what the sink got when there are any.
pub fn render_into(
    site: &SiteIndex,
    templates: &mut Templates,
    options: &RenderOptions,
    sink: &Sink<'_>,
) -> Result<Vec<String>, Diagnostics> {
    let fmt = Formatter::new(site.config.language);
    let ui = site.config.language.ui();
    templates.set_global("site", &site_view(site, options, &fmt));
    templates.set_global("t", ui);
    let templates: &Templates = templates;
    let paths = FixedPaths::of(site);
    let lists = match &options.lists {
        Some(lists) if lists.len() == site.initiatives.len() => lists.clone(),
        _ => Arc::new(Lists::new(site.initiatives.len())),
    };
    let renderer = Renderer {
        lists: &lists,
        paths: &paths,
        views: ViewBuilder { site, fmt: &fmt, ui },
        md: MarkdownContext { source_urls: &site.source_urls, allow_html: site.config.allow_html },
        templates,
        changes_since: pages::history::changes_since(site, options.changes_since),
        chrome: chrome::Chrome::default(),
    };

    let jobs = Page::all(site);
    // Site paths of the pages, for the sitemap: known before rendering. A render of
    // some pages only (`serve`) has the same pages as the last, so the same sitemap.
    let page_paths: Option<Vec<String>> = options.pages.is_none().then(|| {
        let mut paths: Vec<String> =
            jobs.iter().filter(|job| job.in_sitemap()).map(|job| job.url(site)).collect();
        paths.sort();
        paths
    });
    let jobs: Vec<Page> = match &options.pages {
        Some(only) => jobs.into_iter().filter(|&job| only.contains(&job.file(site))).collect(),
        None => jobs,
    };
    // The status page lists every initiative: their items are made side by side
    // first, not one by one by the thread that renders it (for `serve`, after a title
    // is changed, that thread was the rebuild's last).
    if jobs.iter().any(|job| matches!(job, Page::Status)) {
        (0..site.initiatives.len()).into_par_iter().for_each(|ix| {
            // Problems are kept with the item and reported by the pages that show it.
            renderer.item(InitiativeIx(ix), &mut Diagnostics::new());
        });
    }
    let (pages, extras) = rayon::join(
        || render_pages(&renderer, &jobs, options, sink),
        || render_site_files(&renderer, &jobs, page_paths.as_deref(), options, sink),
    );
    let mut problems = Diagnostics::new();
    let mut written = Vec::with_capacity(pages.len() * 2 + 8);
    for result in pages {
        match result {
            Ok(path) => written.push(path),
            Err(found) => problems.extend(found),
        }
    }
    match extras {
        Ok(paths) => written.extend(paths),
        Err(found) => problems.extend(found),
    }
    if problems.has_errors() {
        // Sorted and without repeats: a broken partial fails every page that shows it
        // alike, and is one problem to its author.
        return Err(problems.sorted());
    }
    // The template values of the site's initiatives (unless kept for the next render):
    // freeing them was the serial end of every render.
    drop_in_background(lists);
    written.sort();
    Ok(written)
}

/// The values every template sees as `site`.
fn site_view<'a>(site: &'a SiteIndex, options: &'a RenderOptions, fmt: &Formatter) -> SiteView<'a> {
    let config = &site.config;
    SiteView {
        title: &config.title,
        organisation: &config.organisation,
        description: config.description.as_deref(),
        base: &config.base_path,
        lang: config.language.code(),
        locale: og_locale(config.language),
        logo: config.logo.as_ref().map(|l| {
            format!(
                "{}{}",
                config.base_path,
                l.trim_start_matches("static/").trim_start_matches('/')
            )
        }),
        accessibility_statement: config.accessibility_statement.as_deref(),
        as_of: DateView { iso: Formatter::iso_date(site.as_of), text: fmt.date(site.as_of) },
        live_reload: &options.live_reload,
        workbook: open_data::workbook_file(config),
        feed: config.origin.is_some(),
        method: pages::Page::Method.url(site),
        revisions: pages::Page::Revisions.url(site),
        changes: pages::Page::Changes.url(site),
        history: config.language.history(),
    }
}

/// Renders the pages `jobs`, each handed to `sink`: its path, or its problems.
fn render_pages(
    renderer: &Renderer<'_>,
    jobs: &[Page],
    options: &RenderOptions,
    sink: &Sink<'_>,
) -> Vec<Result<String, Diagnostics>> {
    let site = renderer.views.site;
    let cancelled =
        || options.cancel.as_ref().is_some_and(|c| c.load(std::sync::atomic::Ordering::Relaxed));
    pages::page_groups(site, jobs.to_vec())
        .par_iter()
        // Every group stealable: rayon otherwise hands out runs of groups that one
        // thread renders alone while the other has finished.
        .with_max_len(1)
        .flat_map_iter(|group| {
            let mut shared = SharedInGroup::default();
            group
                .iter()
                .map(|&job| {
                    if cancelled() {
                        return Err(superseded());
                    }
                    renderer.page(job, &mut shared).and_then(|file| {
                        debug_assert_eq!(
                            file.path,
                            job.file(site),
                            "page_plan and render disagree"
                        );
                        let path = file.path.clone();
                        sink(file).map(|()| path)
                    })
                })
                .collect::<Vec<Result<String, Diagnostics>>>()
        })
        .collect()
}

/// Renders the site-wide files, made and written side by side: the badges of the pages
/// `badged` (a badge shows what its page does, so `serve` makes those of the pages it
/// renders), the search index and open data (unless deferred), feeds, sitemaps and
/// assets (unless `pages_only`). Returns their paths.
fn render_site_files(
    renderer: &Renderer<'_>,
    badged: &[Page],
    page_paths: Option<&[String]>,
    options: &RenderOptions,
    sink: &Sink<'_>,
) -> Result<Vec<String>, Diagnostics> {
    let site = renderer.views.site;
    let written = std::sync::Mutex::new(Vec::new());
    let put = |file: OutputFile| {
        written.lock().unwrap_or_else(|e| e.into_inner()).push(file.path.clone());
        sink(file)
    };
    let search = || {
        if options.deferred {
            Ok(())
        } else {
            search_index::build_each(site, &put)
        }
    };
    let site_files = || -> Result<(), Diagnostics> {
        if options.pages_only {
            return Ok(());
        }
        let one = |path: &str, bytes| vec![OutputFile { path: path.into(), bytes }];
        // The feed and the sitemap need full addresses: without an absolute `base_url`
        // they are left out (and the configuration's warning says so).
        let absolute = site.config.origin.is_some();
        let makers: [&(dyn Fn() -> Vec<OutputFile> + Sync); 4] = [
            &|| one("data/schema.json", SITE_JSON_SCHEMA.as_bytes().to_vec()),
            &|| match page_paths {
                Some(paths) if absolute => feeds::sitemaps(site, paths, feeds::SITEMAP_URLS),
                _ => Vec::new(),
            },
            &|| if absolute { one("atom.xml", feeds::atom(site)) } else { Vec::new() },
            &|| {
                if absolute {
                    one("revisions.xml", renderer.views.revisions_feed())
                } else {
                    Vec::new()
                }
            },
        ];
        // The open data, each file written as soon as it is made (its tables are a
        // large site's largest files).
        let open_data = || if options.deferred { Ok(()) } else { open_data::each(site, &put) };
        // (11,000 badges written one by one were the last thing a large build waited for.)
        let badges = || badged.par_iter().filter_map(|&job| renderer.badge(job)).try_for_each(put);
        let fixed = || makers.par_iter().try_for_each(|make| make().into_iter().try_for_each(put));
        let ((badges, fixed), open_data) = rayon::join(|| rayon::join(badges, fixed), open_data);
        badges.and(fixed).and(open_data)?;
        for (name, bytes) in templates::BUILTIN_STATIC {
            put(OutputFile { path: format!("static/{name}"), bytes: bytes.to_vec() })?;
        }
        Ok(())
    };
    let (search, site_files) = rayon::join(search, site_files);
    search.and(site_files)?;
    Ok(written.into_inner().unwrap_or_else(|e| e.into_inner()))
}

/// Frees `value` on a thread of its own: freeing many small allocations one by one
/// holds up whoever waits (a render's lists; `serve`'s last good build). If no thread
/// can be started, it is freed here.
pub fn drop_in_background<T: Send + 'static>(value: T) {
    let _ = std::thread::Builder::new().name("retning-free".into()).spawn(move || drop(value));
}

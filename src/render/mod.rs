//! The render stage: turns a linked [`SiteIndex`] into output files in memory.
//!
//! No I/O happens here (templates are loaded beforehand), so `build` writes the result
//! to disk and `serve` can compare it with what it serves. Pages render in parallel.

pub mod badges;
pub mod charts;
pub mod data;
pub mod feeds;
pub mod markdown;
pub mod sanitize;
pub mod search;
pub mod search_index;
pub mod templates;
pub mod views;

use std::sync::{Arc, OnceLock};

use rayon::prelude::*;
use serde::Serialize;

use crate::error::Diagnostics;
use crate::i18n::{Formatter, UiText};
use crate::link::{DirectorIx, InitiativeIx, SiteIndex, StrategyIx, ThemeIx};
use crate::model::{Origin, Status};
use markdown::MarkdownContext;
use templates::Templates;
use views::{
    ActionView, BadgeView, BudgetLineView, BudgetView, DateView, GoalView, Link, ProgressView,
    StatusView, ViewBuilder,
};

/// One file of the output: a path relative to the output folder, and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// `/`-separated path, like `themes/velfaerd/index.html`.
    pub path: String,
    /// Contents.
    pub bytes: Vec<u8>,
}

/// The label of a status in the site's language.
pub fn status_label(ui: &UiText, status: Status) -> &'static str {
    match status {
        Status::NotStarted => ui.status_not_started,
        Status::OnTrack => ui.status_on_track,
        Status::AtRisk => ui.status_at_risk,
        Status::OffTrack => ui.status_off_track,
        Status::Done => ui.status_done,
        Status::Cancelled => ui.status_cancelled,
    }
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
}

/// Values every page has.
#[derive(Serialize)]
struct PageMeta<'a> {
    /// `<title>` and `<h1>`.
    title: &'a str,
    /// `<meta name="description">`.
    description: String,
    /// Site path.
    path: &'a str,
    /// Absolute URL when the site has one.
    canonical: String,
    /// Trail from the front page; the last is the page itself.
    breadcrumbs: Vec<Link<'a>>,
    /// Page kind: `front`, `strategy`, `initiative`, `themes`, `theme`, `directors`,
    /// `director`, `status`, `search`, `print`, `not-found`.
    kind: &'static str,
}

/// What a page's template sees: `page`, and each field of `data` as a variable.
struct Page<'a, T: Serialize> {
    page: PageMeta<'a>,
    data: T,
}

#[derive(Serialize)]
struct StrategySummary<'a> {
    id: &'a str,
    title: &'a str,
    subtitle: Option<&'a str>,
    url: &'a str,
    period: Option<String>,
    status: StatusView,
    progress: Option<ProgressView>,
    initiative_count: String,
    status_counts: Vec<StatusCount>,
    badge: BadgeView,
}

#[derive(Serialize)]
struct StatusCount {
    status: StatusView,
    count: usize,
}

#[derive(Serialize)]
struct FrontData<'a> {
    heading: &'a str,
    body: String,
    progress: Option<ProgressView>,
    status_counts: Vec<StatusCount>,
    strategies: Vec<StrategySummary<'a>>,
    recent: Vec<&'a tera::Value>,
}

#[derive(Serialize)]
struct ThemeSection<'a> {
    id: &'a str,
    title: &'a str,
    url: &'a str,
    summary: String,
    progress: Option<ProgressView>,
    initiatives: Vec<&'a tera::Value>,
}

#[derive(Serialize)]
struct StrategyData<'a> {
    id: &'a str,
    title: &'a str,
    subtitle: Option<&'a str>,
    period: Option<String>,
    adopted: Option<DateView>,
    adopted_by: Option<&'a str>,
    owner: Option<Link<'a>>,
    status: StatusView,
    body: String,
    progress: Option<ProgressView>,
    initiative_count: String,
    status_counts: Vec<StatusCount>,
    themes: Vec<ThemeSection<'a>>,
    /// Initiatives without a theme.
    other_initiatives: Vec<&'a tera::Value>,
    goals: Vec<GoalView<'a>>,
    budget: BudgetView,
    budget_lines: Vec<BudgetLineView<'a>>,
    badge: BadgeView,
    /// Budget per year as inline SVG bar charts (empty without a budget).
    budget_chart: String,
    /// Progress by theme as an inline SVG chart (empty without themes).
    theme_chart: String,
    /// The whole strategy on one page, for printing.
    print_url: String,
}

/// The print page: the strategy's page data, and every initiative in full.
#[derive(Serialize)]
struct PrintData<'a> {
    strategy: StrategyData<'a>,
    strategy_url: &'a str,
    sections: Vec<PrintSection<'a>>,
}

/// A theme of the strategy (or, without `theme`, its initiatives without one).
#[derive(Serialize)]
struct PrintSection<'a> {
    theme: Option<Link<'a>>,
    summary: String,
    initiatives: Vec<tera::Value>,
}

#[derive(Serialize)]
struct SearchData {
    search: search::SearchPageView,
}

#[derive(Serialize)]
struct InitiativeData<'a> {
    item: &'a tera::Value,
    body: String,
    /// The body as a strategy's print page shows it, under the initiative's `<h3>`: its
    /// headings two levels down, its ids and links to them prefixed `initiative-<id>--`.
    print_body: String,
    start: Option<DateView>,
    goals: Vec<GoalView<'a>>,
    actions: Vec<ActionView<'a>>,
    actions_done: usize,
    actions_total: usize,
    actions_summary: String,
    budget_lines: Vec<BudgetLineView<'a>>,
    budget: BudgetView,
    related: Vec<&'a tera::Value>,
    referenced_by: Vec<&'a tera::Value>,
    badge: BadgeView,
}

#[derive(Serialize)]
struct ThemeSummary<'a> {
    id: &'a str,
    title: &'a str,
    url: &'a str,
    summary: String,
    progress: Option<ProgressView>,
    initiative_count: String,
    strategies: Vec<Link<'a>>,
}

#[derive(Serialize)]
struct ThemesData<'a> {
    themes: Vec<ThemeSummary<'a>>,
}

#[derive(Serialize)]
struct ThemeData<'a> {
    theme: ThemeSummary<'a>,
    initiatives: Vec<&'a tera::Value>,
    status_counts: Vec<StatusCount>,
    budget: BudgetView,
    badge: BadgeView,
    /// Budget per year as inline SVG bar charts (empty without a budget).
    budget_chart: String,
}

#[derive(Serialize)]
struct DirectorSummary<'a> {
    id: &'a str,
    name: &'a str,
    title: Option<&'a str>,
    area: Option<&'a str>,
    email: Option<&'a str>,
    url: &'a str,
    progress: Option<ProgressView>,
    initiative_count: String,
}

#[derive(Serialize)]
struct DirectorsData<'a> {
    directors: Vec<DirectorSummary<'a>>,
}

#[derive(Serialize)]
struct DirectorData<'a> {
    director: DirectorSummary<'a>,
    body: String,
    owns: Vec<Link<'a>>,
    initiatives: Vec<&'a tera::Value>,
    status_counts: Vec<StatusCount>,
    budget: BudgetView,
    badge: BadgeView,
    /// Budget per year as inline SVG bar charts (empty without a budget).
    budget_chart: String,
}

#[derive(Serialize)]
struct StatusGroup<'a> {
    status: StatusView,
    initiatives: Vec<&'a tera::Value>,
    /// The group's list as `partials/initiatives.html` renders it: the groups' lists
    /// are rendered side by side (at 10,000 initiatives, one thread rendering them all
    /// was most of `serve`'s rebuild after a title edit). A template value, so that the
    /// megabytes of a large list are shared, not copied, on their way into the page.
    list_html: tera::Value,
}

/// The variables `partials/initiatives.html` is rendered with for a status group.
#[derive(Serialize)]
struct StatusListVars<'v, 'a> {
    initiatives: &'v [&'a tera::Value],
    heading_level: u8,
    show_strategy: bool,
    show_themes: bool,
}

#[derive(Serialize)]
struct StatusData<'a> {
    groups: Vec<StatusGroup<'a>>,
}

#[derive(Serialize)]
struct Empty {}

/// How many "recently updated" initiatives the front page lists.
const RECENT_COUNT: usize = 10;

/// What to render: one job per output page.
#[derive(Debug, Clone, Copy)]
enum PageJob {
    Front,
    Strategy(StrategyIx),
    Initiative(InitiativeIx),
    Themes,
    Theme(ThemeIx),
    Directors,
    Director(DirectorIx),
    Status,
    /// `/search/`.
    Search,
    /// `/print/<strategy-id>/`: the whole strategy on one page.
    Print(StrategyIx),
    NotFound,
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
}

/// The error of a render stopped through [`RenderOptions::cancel`].
pub fn superseded() -> Diagnostics {
    Diagnostics::from_iter([crate::error::Diagnostic::error(
        crate::error::ProblemKind::Io,
        crate::error::Location::file(crate::config::CONFIG_FILE),
        "the rebuild was stopped for a later change",
    )])
}

/// The initiatives' lists as a render makes them, each once:
/// - each initiative's list item as a template value, with the problems found making
///   it: made when a page first lists the initiative, and shared by every list it is
///   in (strategy, theme, director and status pages, related initiatives);
/// - the status page's lists (`list_html` of a status group), by status.
#[derive(Debug, Default)]
pub struct Lists {
    items: Vec<OnceLock<(tera::Value, Diagnostics)>>,
    status_lists: std::sync::Mutex<Vec<StatusList>>,
    /// Whether the status lists are kept (for a next render), or freed with the page.
    keep_status_lists: bool,
}

/// A status group's list as rendered, and the initiatives in it.
#[derive(Debug, Clone)]
struct StatusList {
    status: Status,
    members: Vec<InitiativeIx>,
    html: tera::Value,
}

impl Lists {
    /// Room for the lists of a site with `initiatives` initiatives, none made yet,
    /// for one render.
    pub fn new(initiatives: usize) -> Lists {
        Lists { items: (0..initiatives).map(|_| OnceLock::new()).collect(), ..Lists::default() }
    }

    /// Room for the lists of a site with `initiatives` initiatives, none made yet, all
    /// kept for [`Lists::reusing`].
    pub fn reusable(initiatives: usize) -> Lists {
        Lists { keep_status_lists: true, ..Lists::new(initiatives) }
    }

    /// Room for the lists of the same initiatives, with those already made in
    /// `previous` kept, except the items of `changed` (positions in the site's
    /// initiatives) and the status lists that show them. The caller vouches that
    /// nothing else a list shows has changed: templates, configuration, and the
    /// strategies, themes and directors it names.
    pub fn reusing(previous: &Lists, changed: &[usize]) -> Lists {
        let mut items: Vec<_> = previous
            .items
            .iter()
            .map(|made| match made.get() {
                // A template value's clone shares its maps and lists.
                Some(item) => OnceLock::from(item.clone()),
                None => OnceLock::new(),
            })
            .collect();
        for &ix in changed {
            if let Some(slot) = items.get_mut(ix) {
                *slot = OnceLock::new();
            }
        }
        let mut status_lists =
            previous.status_lists.lock().unwrap_or_else(|e| e.into_inner()).clone();
        status_lists
            .retain(|list| !list.members.iter().any(|ix| changed.binary_search(&ix.0).is_ok()));
        Lists { items, status_lists: std::sync::Mutex::new(status_lists), keep_status_lists: true }
    }

    fn len(&self) -> usize {
        self.items.len()
    }

    /// The status list made for `status` with these `members`, if kept.
    fn status_list(&self, status: Status, members: &[InitiativeIx]) -> Option<tera::Value> {
        let lists = self.status_lists.lock().unwrap_or_else(|e| e.into_inner());
        lists
            .iter()
            .find(|list| list.status == status && list.members == members)
            .map(|list| list.html.clone())
    }

    fn keep_status_list(&self, status: Status, members: Vec<InitiativeIx>, html: &tera::Value) {
        if !self.keep_status_lists {
            return;
        }
        let html = html.clone();
        let mut lists = self.status_lists.lock().unwrap_or_else(|e| e.into_inner());
        lists.retain(|list| list.status != status);
        lists.push(StatusList { status, members, html });
    }
}

/// Makes a site-wide file's bytes.
type MakeFile = fn(&SiteIndex) -> Vec<u8>;

/// Open data made from the whole linked site.
const WHOLE_SITE_DATA: [(&str, MakeFile); 2] =
    [("data/site.json", data::site_json), ("data/goals.csv", data::goals_csv)];

/// True for the files made in a pass over the whole linked site that no page needs:
/// the search index, `/data/site.json` and `/data/goals.csv`. `serve` makes them only
/// when one is asked for ([`RenderOptions::deferred`]): on a large site they were most
/// of the rebuild after a title was changed.
pub fn is_deferred(path: &str) -> bool {
    search::is_bundle_file(path) || WHOLE_SITE_DATA.iter().any(|(p, _)| *p == path)
}

/// The files [`is_deferred`] names, for a linked site, sorted by path.
pub fn deferred_files(site: &SiteIndex) -> Vec<OutputFile> {
    let (mut files, data) = rayon::join(|| search_index::build(site), || whole_site_data(site));
    files.extend(data);
    files.sort_unstable_by(|a, b| a.path.cmp(&b.path));
    files
}

/// The open data made from the whole linked site ([`WHOLE_SITE_DATA`]).
fn whole_site_data(site: &SiteIndex) -> Vec<OutputFile> {
    let make =
        |(path, make): &(&str, MakeFile)| OutputFile { path: path.to_string(), bytes: make(site) };
    WHOLE_SITE_DATA.par_iter().map(make).collect()
}

/// A page of the site: the output path it is written to and the template that renders
/// it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedPage {
    /// `/`-separated output path, like `themes/velfaerd/index.html`.
    pub path: String,
    /// The template's name, like `theme.html`.
    pub template: &'static str,
}

/// Every page [`render`] renders for `site`, in order, without rendering any.
pub fn page_plan(site: &SiteIndex) -> Vec<PlannedPage> {
    page_jobs(site)
        .into_iter()
        .map(|job| PlannedPage { path: job_file(site, job), template: job.template() })
        .collect()
}

/// One job per page of the site.
fn page_jobs(site: &SiteIndex) -> Vec<PageJob> {
    let mut jobs = vec![
        PageJob::Front,
        PageJob::Themes,
        PageJob::Directors,
        PageJob::Status,
        PageJob::Search,
        PageJob::NotFound,
    ];
    jobs.extend((0..site.strategies.len()).map(|i| PageJob::Strategy(StrategyIx(i))));
    jobs.extend((0..site.strategies.len()).map(|i| PageJob::Print(StrategyIx(i))));
    jobs.extend((0..site.initiatives.len()).map(|i| PageJob::Initiative(InitiativeIx(i))));
    jobs.extend((0..site.themes.len()).map(|i| PageJob::Theme(ThemeIx(i))));
    jobs.extend((0..site.directors.len()).map(|i| PageJob::Director(DirectorIx(i))));
    jobs
}

/// The site path of a strategy's print page, `/print/<strategy-id>/`: under the
/// reserved id `print`, so no strategy or initiative page can be there.
pub fn print_url(site: &SiteIndex, ix: StrategyIx) -> String {
    format!("{}print/{}/", site.config.base_path, site.strategies[ix.0].doc.id)
}

/// The output path of a strategy's print page.
pub fn print_file(site: &SiteIndex, ix: StrategyIx) -> String {
    format!("print/{}/index.html", site.strategies[ix.0].doc.id)
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

/// The output path of a page job (what `Renderer::page` writes it to).
fn job_file(site: &SiteIndex, job: PageJob) -> String {
    let base = site.config.base_path.as_str();
    match job {
        PageJob::Front => "index.html".into(),
        PageJob::Themes => "themes/index.html".into(),
        PageJob::Directors => "directors/index.html".into(),
        PageJob::Status => "status/index.html".into(),
        PageJob::Search => "search/index.html".into(),
        PageJob::Print(ix) => print_file(site, ix),
        PageJob::NotFound => "404.html".into(),
        PageJob::Strategy(ix) => file_for(base, &site.strategies[ix.0].url),
        PageJob::Initiative(ix) => file_for(base, &site.initiatives[ix.0].url),
        PageJob::Theme(ix) => file_for(base, &site.themes[ix.0].url),
        PageJob::Director(ix) => file_for(base, &site.directors[ix.0].url),
    }
}

impl PageJob {
    /// The template that renders the page.
    fn template(self) -> &'static str {
        match self {
            PageJob::Front => "index.html",
            PageJob::Strategy(_) => "strategy.html",
            PageJob::Initiative(_) => "initiative.html",
            PageJob::Themes => "themes.html",
            PageJob::Theme(_) => "theme.html",
            PageJob::Directors => "directors.html",
            PageJob::Director(_) => "director.html",
            PageJob::Status => "status.html",
            PageJob::Search => "search.html",
            PageJob::Print(_) => "print.html",
            PageJob::NotFound => "404.html",
        }
    }
}

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
    let config = &site.config;
    let site_view = SiteView {
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
    };
    templates.set_global("site", &site_view);
    templates.set_global("t", ui);
    let templates: &Templates = templates;
    let base = &config.base_path;
    let paths = FixedPaths {
        themes: format!("{base}themes/"),
        directors: format!("{base}directors/"),
        status: format!("{base}status/"),
        search: format!("{base}search/"),
        not_found: format!("{base}404.html"),
    };
    let print_urls: Vec<String> =
        (0..site.strategies.len()).map(|i| print_url(site, StrategyIx(i))).collect();
    let lists = match &options.lists {
        Some(lists) if lists.len() == site.initiatives.len() => lists.clone(),
        _ => Arc::new(Lists::new(site.initiatives.len())),
    };
    let renderer = Renderer {
        lists: &lists,
        paths: &paths,
        print_urls: &print_urls,
        views: ViewBuilder { site, fmt: &fmt, ui },
        md: MarkdownContext { source_urls: &site.source_urls, allow_html: config.allow_html },
        templates,
    };

    let jobs = page_jobs(site);
    let cancelled =
        || options.cancel.as_ref().is_some_and(|c| c.load(std::sync::atomic::Ordering::Relaxed));

    // Site paths of the pages, for the sitemap: known before rendering. A render of
    // some pages only (`serve`) has the same pages as the last, so the same sitemap.
    let page_paths: Option<Vec<String>> = options.pages.is_none().then(|| {
        let mut paths: Vec<String> =
            jobs.iter().filter_map(|job| renderer.page_url(*job)).collect();
        paths.sort();
        paths
    });
    let jobs: Vec<PageJob> = match &options.pages {
        Some(only) => jobs.into_iter().filter(|&job| only.contains(&job_file(site, job))).collect(),
        None => jobs,
    };
    // The status page lists every initiative: their items are made side by side
    // first, not one by one by the thread that renders it (for `serve`, after a title
    // is changed, that thread was the rebuild's last).
    if jobs.iter().any(|job| matches!(job, PageJob::Status)) {
        (0..site.initiatives.len()).into_par_iter().for_each(|ix| {
            // Problems are kept with the item and reported by the pages that show it.
            renderer.item(InitiativeIx(ix), &mut Diagnostics::new());
        });
    }
    // A badge shows what its page does: made for the pages rendered (`serve` re-renders
    // only the pages a change affects, and so only their badges).
    let badged: Vec<PageJob> = jobs.clone();
    let groups = job_groups(site, jobs);

    let (pages, extras) = rayon::join(
        || {
            groups
                .par_iter()
                // Every group stealable: rayon otherwise hands out runs of groups that
                // one thread renders alone while the other has finished.
                .with_max_len(1)
                .flat_map_iter(|group| {
                    let mut shared = SharedInitiatives::default();
                    group
                        .iter()
                        .map(|&job| {
                            if cancelled() {
                                return Err(superseded());
                            }
                            renderer.page(job, &mut shared).and_then(|file| {
                                debug_assert_eq!(
                                    file.path,
                                    job_file(site, job),
                                    "page_plan and render disagree"
                                );
                                let path = file.path.clone();
                                sink(file).map(|()| path)
                            })
                        })
                        .collect::<Vec<Result<String, Diagnostics>>>()
                })
                .collect::<Vec<Result<String, Diagnostics>>>()
        },
        || -> Result<Vec<String>, Diagnostics> {
            // Site-wide files, made and written side by side (11,000 badges written one
            // by one were the last thing a large build waited for).
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
                let makers: [&(dyn Fn() -> Vec<OutputFile> + Sync); 4] = [
                    &|| if options.deferred { Vec::new() } else { whole_site_data(site) },
                    &|| one("data/schema.json", SITE_JSON_SCHEMA.as_bytes().to_vec()),
                    &|| match &page_paths {
                        Some(paths) => feeds::sitemaps(site, paths, feeds::SITEMAP_URLS),
                        None => Vec::new(),
                    },
                    &|| one("atom.xml", feeds::atom(site)),
                ];
                let (badges, data) = rayon::join(
                    || badged.par_iter().filter_map(|&job| renderer.badge(job)).try_for_each(put),
                    || makers.par_iter().try_for_each(|make| make().into_iter().try_for_each(put)),
                );
                badges.and(data)?;
                for (name, bytes) in templates::BUILTIN_STATIC {
                    put(OutputFile { path: format!("static/{name}"), bytes: bytes.to_vec() })?;
                }
                Ok(())
            };
            let (search, site_files) = rayon::join(search, site_files);
            search.and(site_files)?;
            Ok(written.into_inner().unwrap_or_else(|e| e.into_inner()))
        },
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

/// Frees `value` on a thread of its own (freeing many small allocations one by one
/// holds up whoever waits for the render); if no thread can be started, it is freed
/// here.
fn drop_in_background<T: Send + 'static>(value: T) {
    let _ = std::thread::Builder::new().name("retning-free".into()).spawn(move || drop(value));
}

/// Initiatives' page data as template values, with the problems found in their texts,
/// by initiative: made once for an initiative's page and its strategy's print page
/// (which showed every initiative again and cost as much as all initiative pages).
type SharedInitiatives = std::collections::HashMap<usize, (tera::Value, Diagnostics)>;

/// The jobs in groups rendered one after the other on one thread: a strategy's
/// initiative pages with its print page last (so their data is made once and
/// dropped after the print page, rather than kept for the whole site), and every other
/// page on its own. The order of `jobs` is kept otherwise, the strategies' groups
/// where their first job was: the large index pages come first, so that no long page
/// is left to render alone at the end.
fn job_groups(site: &SiteIndex, jobs: Vec<PageJob>) -> Vec<Vec<PageJob>> {
    let mut by_strategy: Vec<Vec<PageJob>> = vec![Vec::new(); site.strategies.len()];
    let mut before = Vec::new();
    let mut after = Vec::new();
    let mut prints = Vec::new();
    // Whether a job of the strategies' groups came yet.
    let mut grouped = false;
    for job in jobs {
        match job {
            PageJob::Initiative(ix) => {
                by_strategy[site.initiatives[ix.0].strategy.0].push(job);
                grouped = true;
            }
            PageJob::Print(ix) => {
                prints.push(ix);
                grouped = true;
            }
            other if grouped => after.push(vec![other]),
            other => before.push(vec![other]),
        }
    }
    for ix in prints {
        by_strategy[ix.0].push(PageJob::Print(ix));
    }
    before.extend(by_strategy.into_iter().filter(|group| !group.is_empty()));
    before.extend(after);
    before
}

/// Site paths of the fixed index pages.
struct FixedPaths {
    themes: String,
    directors: String,
    status: String,
    search: String,
    not_found: String,
}

struct Renderer<'a> {
    views: ViewBuilder<'a>,
    /// The initiatives' list items and the status page's lists, each made once (and
    /// lazily, so `serve` pays only for those of the pages it re-renders).
    lists: &'a Lists,
    paths: &'a FixedPaths,
    /// Site path of each strategy's print page.
    print_urls: &'a [String],
    md: MarkdownContext<'a>,
    templates: &'a Templates,
}

/// The output path of a site path: `/x/y/` → `x/y/index.html`.
fn file_for(base: &str, url: &str) -> String {
    let rel = url.strip_prefix(base).unwrap_or(url).trim_start_matches('/');
    format!("{rel}index.html")
}

impl<'a> Renderer<'a> {
    fn site(&self) -> &'a SiteIndex {
        self.views.site
    }

    fn markdown(&self, text: &str, origin: &Origin, problems: &mut Diagnostics) -> String {
        let rendered = markdown::render(text, &origin.source.path, &self.md);
        self.report_links(rendered.broken_links, origin, problems);
        rendered.html
    }

    fn markdown_inline(&self, text: &str, origin: &Origin, problems: &mut Diagnostics) -> String {
        let rendered = markdown::render_inline(text, &origin.source.path, &self.md);
        self.report_links(rendered.broken_links, origin, problems);
        rendered.html
    }

    fn report_links(&self, broken: Vec<String>, origin: &Origin, problems: &mut Diagnostics) {
        if broken.is_empty() {
            return;
        }
        for d in markdown::broken_link_problems(broken, &origin.source, &self.site().source_urls) {
            problems.push(d);
        }
    }

    fn counts(&self, list: &[InitiativeIx]) -> Vec<StatusCount> {
        let mut counts = [0usize; 6];
        for ix in list {
            let status = self.site().initiatives[ix.0].status;
            counts[Status::ALL.iter().position(|s| *s == status).unwrap_or(0)] += 1;
        }
        Status::ALL
            .iter()
            .zip(counts)
            .filter(|(_, n)| *n > 0)
            .map(|(s, count)| StatusCount { status: self.views.status(*s), count })
            .collect()
    }

    fn crumbs(&self, trail: Vec<Link<'a>>) -> Vec<Link<'a>> {
        let mut crumbs =
            vec![Link { title: self.views.ui.home, url: &self.site().config.base_path }];
        crumbs.extend(trail);
        crumbs
    }

    fn meta(
        &self,
        title: &'a str,
        description: String,
        path: &'a str,
        trail: Vec<Link<'a>>,
        kind: &'static str,
    ) -> PageMeta<'a> {
        PageMeta {
            title,
            description,
            path,
            canonical: self.site().config.absolute_url(path),
            breadcrumbs: self.crumbs(trail),
            kind,
        }
    }

    fn emit<T: Serialize>(
        &self,
        template: &str,
        path: String,
        page: Page<'a, T>,
    ) -> Result<OutputFile, Diagnostics> {
        let bytes = self.templates.render_page(template, &page.page, &page.data)?;
        Ok(OutputFile { path, bytes })
    }

    fn period(&self, ix: StrategyIx) -> Option<String> {
        self.site().strategies[ix.0].doc.fields.period.map(|p| {
            if p.start == p.end {
                p.start.to_string()
            } else {
                format!("{}–{}", p.start, p.end)
            }
        })
    }

    fn strategy_badge(&self, ix: StrategyIx) -> BadgeView {
        let s = &self.site().strategies[ix.0];
        self.views.badge(
            format!("{}badges/{}.svg", self.site().config.base_path, s.doc.id),
            &s.doc.fields.title,
        )
    }

    fn strategy_summary(&self, ix: StrategyIx) -> StrategySummary<'a> {
        let s = &self.site().strategies[ix.0];
        StrategySummary {
            id: &s.doc.id,
            title: &s.doc.fields.title,
            subtitle: s.doc.fields.subtitle.as_deref(),
            url: &s.url,
            period: self.period(ix),
            status: self.views.strategy_status(s.doc.fields.status),
            progress: self.views.mean_progress(s.progress),
            initiative_count: self.views.fmt.initiative_count(s.initiatives.len()),
            status_counts: self.counts(&s.initiatives),
            badge: self.strategy_badge(ix),
        }
    }

    fn description(&self, text: &str) -> String {
        // First paragraph of plain text, shortened, for <meta name="description">.
        let plain: String = text
            .lines()
            .map(str::trim)
            .skip_while(|l| l.is_empty() || l.starts_with('#'))
            .take_while(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        // Markdown emphasis and any raw HTML tags are left out of the summary.
        let mut in_tag = false;
        let plain: String = plain
            .chars()
            .filter(|&c| {
                let keep = !in_tag && c != '<';
                in_tag = (in_tag || c == '<') && c != '>';
                keep && c != '>'
            })
            .filter(|c| !matches!(c, '*' | '_' | '`' | '[' | ']' | '#'))
            .collect();
        let mut out: String = plain.chars().take(200).collect();
        if plain.chars().count() > 200 {
            if let Some(cut) = out.rfind(' ') {
                out.truncate(cut);
            }
            out.push('…');
        }
        if out.is_empty() {
            self.site()
                .config
                .description
                .clone()
                .unwrap_or_else(|| self.site().config.title.clone())
        } else {
            out
        }
    }

    /// The strategy page's data (the print page has it too).
    fn strategy_data(&self, ix: StrategyIx, problems: &mut Diagnostics) -> StrategyData<'a> {
        let site = self.site();
        let v = &self.views;
        let s = &site.strategies[ix.0];
        let origin = &s.doc.origin;
        let body = self.markdown(&s.doc.body, origin, problems);
        let mut theme_progress = Vec::with_capacity(s.themes.len());
        let themes = s
            .themes
            .iter()
            .map(|&t| {
                let theme = &site.themes[t.0];
                let members: Vec<InitiativeIx> = s
                    .initiatives
                    .iter()
                    .copied()
                    .filter(|i| site.initiatives[i.0].themes.contains(&t))
                    .collect();
                let summary_md = s
                    .doc
                    .fields
                    .themes
                    .iter()
                    .find(|d| d.id == theme.id)
                    .and_then(|d| d.summary.as_deref());
                let mean = crate::model::progress::mean(
                    members
                        .iter()
                        .map(|i| &site.initiatives[i.0])
                        .filter(|n| n.status != Status::Cancelled)
                        .filter_map(|n| n.percent()),
                );
                theme_progress.push(charts::ThemeProgress { title: &theme.title, progress: mean });
                ThemeSection {
                    id: &theme.id,
                    title: &theme.title,
                    url: &theme.url,
                    summary: summary_md
                        .map(|m| self.markdown(m, origin, problems))
                        .unwrap_or_default(),
                    progress: v.mean_progress(mean),
                    initiatives: self.items_of(&members, problems),
                }
            })
            .collect();
        let other: Vec<InitiativeIx> = s
            .initiatives
            .iter()
            .copied()
            .filter(|i| site.initiatives[i.0].themes.is_empty())
            .collect();
        StrategyData {
            id: &s.doc.id,
            title: &s.doc.fields.title,
            subtitle: s.doc.fields.subtitle.as_deref(),
            period: self.period(ix),
            adopted: s.doc.fields.adopted.map(|d| v.date(d)),
            adopted_by: s.doc.fields.adopted_by.as_deref(),
            owner: s.owner.map(|d| v.director_link(d)),
            status: v.strategy_status(s.doc.fields.status),
            body,
            progress: v.mean_progress(s.progress),
            initiative_count: v.fmt.initiative_count(s.initiatives.len()),
            status_counts: self.counts(&s.initiatives),
            themes,
            other_initiatives: self.items_of(&other, problems),
            goals: v.goals(&s.goals, "goal"),
            budget: v.budget(&s.budget),
            budget_lines: budget_lines(v, &s.doc.fields.budget),
            badge: self.strategy_badge(ix),
            budget_chart: v.budget_chart(&s.budget, "budget-chart"),
            theme_chart: charts::theme_chart("theme-chart", &theme_progress, v.fmt, v.ui),
            print_url: print_url(site, ix),
        }
    }

    /// An initiative's page data as a template value (shared by its page and its
    /// strategy's print page); problems in its texts go to `problems`.
    fn initiative_value(
        &self,
        ix: InitiativeIx,
        shared: &mut SharedInitiatives,
        problems: &mut Diagnostics,
    ) -> tera::Value {
        let (value, found) = shared.entry(ix.0).or_insert_with(|| {
            let mut found = Diagnostics::new();
            let data = self.initiative_data(ix, &mut found);
            // Its goals and actions: the initiative page and the print page spent most
            // of their time rendering these twice.
            let fragments = [
                ("goals_html", "partials/goals.html", !data.goals.is_empty()),
                ("actions_html", "partials/actions.html", data.actions_total > 0),
            ];
            let value = tera::Value::from_serializable(&data);
            (self.with_fragments(value, fragments, &mut found), found)
        });
        problems.extend(found.clone());
        value.clone()
    }

    /// Adds HTML fragments to a template value: for each `(name, partial, wanted)`, the
    /// partial rendered on its own with the value's fields as its variables, or empty
    /// where not wanted. Parts that several pages show alike are rendered once so.
    fn with_fragments<const N: usize>(
        &self,
        value: tera::Value,
        fragments: [(&'static str, &str, bool); N],
        problems: &mut Diagnostics,
    ) -> tera::Value {
        let Some(mut vars) = value.into_map() else { return tera::Value::none() };
        for (name, partial, wanted) in fragments {
            let html = if wanted {
                self.templates.render_fragment(partial, &vars).unwrap_or_else(|found| {
                    problems.extend(found);
                    String::new()
                })
            } else {
                String::new()
            };
            vars.insert(tera::value::Key::Str(name), tera::Value::from(html));
        }
        tera::Value::from(vars)
    }

    /// An initiative page's data. Its charts' ids start with `i-<id>-`, so that they
    /// stay unique on the print page, which shows many initiatives.
    fn initiative_data(&self, ix: InitiativeIx, problems: &mut Diagnostics) -> InitiativeData<'a> {
        let site = self.site();
        let base = site.config.base_path.as_str();
        let v = &self.views;
        let i = &site.initiatives[ix.0];
        let f = &i.doc.fields;
        let body = self.markdown(&i.doc.body, &i.doc.origin, problems);
        let print_body = markdown::prefix_ids(
            &markdown::shift_headings(&body, 2),
            &format!("initiative-{}--", i.doc.id),
        )
        .into_owned();
        let strategy_id = &site.strategies[i.strategy.0].doc.id;
        InitiativeData {
            item: self.item(ix, problems),
            body,
            print_body,
            start: f.start.map(|d| v.date(d)),
            goals: v.goals(&i.goals, &format!("i-{}-goal", i.doc.id)),
            actions: f
                .actions
                .iter()
                .map(|a| ActionView { text: &a.text, done: a.done, due: a.due.map(|d| v.date(d)) })
                .collect(),
            actions_done: i.actions_done,
            actions_total: f.actions.len(),
            actions_summary: v.fmt.actions_done(i.actions_done, f.actions.len()),
            budget_lines: budget_lines(v, &f.budget),
            budget: v.budget(&i.budget),
            related: self.items_of(&i.related, problems),
            referenced_by: self.items_of(&i.referenced_by, problems),
            badge: v.badge(format!("{base}badges/{strategy_id}/{}.svg", i.doc.id), &f.title),
        }
    }

    fn page(
        &self,
        job: PageJob,
        shared: &mut SharedInitiatives,
    ) -> Result<OutputFile, Diagnostics> {
        let site = self.site();
        let base = site.config.base_path.as_str();
        let ui = self.views.ui;
        let v = &self.views;
        let mut problems = Diagnostics::new();
        let result = match job {
            PageJob::Front => {
                let front = &site.front_page;
                let body = match &front.origin {
                    Some(origin) => self.markdown(&front.body, origin, &mut problems),
                    None => String::new(),
                };
                let heading = front.fields.title.as_deref().unwrap_or(&site.config.title);
                let mut recent: Vec<InitiativeIx> = (0..site.initiatives.len())
                    .map(InitiativeIx)
                    .filter(|i| site.initiatives[i.0].updated().is_some())
                    .collect();
                recent.sort_by(|a, b| {
                    let (a, b) = (&site.initiatives[a.0], &site.initiatives[b.0]);
                    b.updated().cmp(&a.updated()).then_with(|| a.url.cmp(&b.url))
                });
                recent.truncate(RECENT_COUNT);
                let all: Vec<InitiativeIx> =
                    (0..site.initiatives.len()).map(InitiativeIx).collect();
                let description = front
                    .fields
                    .description
                    .clone()
                    .or_else(|| site.config.description.clone())
                    .unwrap_or_else(|| self.description(&front.body));
                let data = FrontData {
                    heading,
                    body,
                    progress: v.mean_progress(site.progress),
                    status_counts: self.counts(&all),
                    strategies: (0..site.strategies.len())
                        .map(|i| self.strategy_summary(StrategyIx(i)))
                        .collect(),
                    recent: self.items_of(&recent, &mut problems),
                };
                let meta = PageMeta {
                    breadcrumbs: Vec::new(),
                    ..self.meta(heading, description, base, Vec::new(), "front")
                };
                self.emit("index.html", "index.html".into(), Page { page: meta, data })
            }
            PageJob::Strategy(ix) => {
                let s = &site.strategies[ix.0];
                let data = self.strategy_data(ix, &mut problems);
                let description =
                    s.doc.fields.subtitle.clone().unwrap_or_else(|| self.description(&s.doc.body));
                let meta = self.meta(
                    &s.doc.fields.title,
                    description,
                    &s.url,
                    vec![v.strategy_link(ix)],
                    "strategy",
                );
                self.emit("strategy.html", file_for(base, &s.url), Page { page: meta, data })
            }
            PageJob::Print(ix) => {
                let s = &site.strategies[ix.0];
                // Problems in the texts are reported by their own pages.
                let mut again = Diagnostics::new();
                let strategy = self.strategy_data(ix, &mut again);
                let mut sections: Vec<PrintSection<'a>> = s
                    .themes
                    .iter()
                    .map(|&t| PrintSection {
                        theme: Some(v.theme_link(t)),
                        summary: strategy
                            .themes
                            .iter()
                            .find(|sec| sec.id == site.themes[t.0].id)
                            .map(|sec| sec.summary.clone())
                            .unwrap_or_default(),
                        initiatives: Vec::new(),
                    })
                    .collect();
                let mut other =
                    PrintSection { theme: None, summary: String::new(), initiatives: Vec::new() };
                for &i in &s.initiatives {
                    let node = &site.initiatives[i.0];
                    // Under its first theme (of this strategy); else with the others.
                    let section = node
                        .themes
                        .iter()
                        .find_map(|t| s.themes.iter().position(|st| st == t))
                        .map_or(&mut other, |k| &mut sections[k]);
                    section.initiatives.push(self.initiative_value(i, shared, &mut again));
                }
                sections.retain(|sec| !sec.initiatives.is_empty());
                if !other.initiatives.is_empty() {
                    sections.push(other);
                }
                let title = &s.doc.fields.title;
                let description = format!("{} – {title}", ui.print_view);
                let url = self.print_urls[ix.0].as_str();
                let trail = vec![v.strategy_link(ix), Link { title: ui.print_view, url }];
                let meta = self.meta(title, description, url, trail, "print");
                let data = PrintData { strategy, strategy_url: &s.url, sections };
                self.emit("print.html", print_file(site, ix), Page { page: meta, data })
            }
            PageJob::Initiative(ix) => {
                let i = &site.initiatives[ix.0];
                let f = &i.doc.fields;
                let data = self.initiative_value(ix, shared, &mut problems);
                let description = self.description(&i.doc.body);
                let trail = vec![v.strategy_link(i.strategy), v.initiative_link(ix)];
                let meta = self.meta(&f.title, description, &i.url, trail, "initiative");
                self.emit("initiative.html", file_for(base, &i.url), Page { page: meta, data })
            }
            PageJob::Themes => {
                let themes = (0..site.themes.len())
                    .map(|t| self.theme_summary(ThemeIx(t), &mut problems))
                    .collect();
                let path = self.paths.themes.as_str();
                let trail = vec![Link { title: ui.themes, url: path }];
                let meta = self.meta(
                    ui.themes,
                    format!("{} – {}", ui.themes, site.config.title),
                    path,
                    trail,
                    "themes",
                );
                self.emit(
                    "themes.html",
                    "themes/index.html".into(),
                    Page { page: meta, data: ThemesData { themes } },
                )
            }
            PageJob::Theme(tx) => {
                let t = &site.themes[tx.0];
                let themes_url = self.paths.themes.as_str();
                let data = ThemeData {
                    budget_chart: v.budget_chart(&t.budget, "budget-chart"),
                    theme: self.theme_summary(tx, &mut problems),
                    initiatives: self.items_of(&t.initiatives, &mut problems),
                    status_counts: self.counts(&t.initiatives),
                    budget: v.budget(&t.budget),
                    badge: v.badge(format!("{base}badges/themes/{}.svg", t.id), &t.title),
                };
                let description =
                    t.summary.clone().unwrap_or_else(|| format!("{}: {}", ui.theme, t.title));
                let trail = vec![Link { title: ui.themes, url: themes_url }, v.theme_link(tx)];
                let meta = self.meta(&t.title, description, &t.url, trail, "theme");
                self.emit("theme.html", file_for(base, &t.url), Page { page: meta, data })
            }
            PageJob::Directors => {
                let directors = (0..site.directors.len())
                    .map(|d| self.director_summary(DirectorIx(d)))
                    .collect();
                let path = self.paths.directors.as_str();
                let trail = vec![Link { title: ui.directors, url: path }];
                let meta = self.meta(
                    ui.directors,
                    format!("{} – {}", ui.directors, site.config.title),
                    path,
                    trail,
                    "directors",
                );
                self.emit(
                    "directors.html",
                    "directors/index.html".into(),
                    Page { page: meta, data: DirectorsData { directors } },
                )
            }
            PageJob::Director(dx) => {
                let d = &site.directors[dx.0];
                let directors_url = self.paths.directors.as_str();
                let data = DirectorData {
                    budget_chart: v.budget_chart(&d.budget, "budget-chart"),
                    director: self.director_summary(dx),
                    body: self.markdown(&d.doc.body, &d.doc.origin, &mut problems),
                    owns: d.owns.iter().map(|&s| v.strategy_link(s)).collect(),
                    initiatives: self.items_of(&d.initiatives, &mut problems),
                    status_counts: self.counts(&d.initiatives),
                    budget: v.budget(&d.budget),
                    badge: v.badge(
                        format!("{base}badges/directors/{}.svg", d.doc.id),
                        &d.doc.fields.name,
                    ),
                };
                let description = [d.doc.fields.title.as_deref(), d.doc.fields.area.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(", ");
                let description = if description.is_empty() {
                    d.doc.fields.name.clone()
                } else {
                    format!("{}: {description}", d.doc.fields.name)
                };
                let trail =
                    vec![Link { title: ui.directors, url: directors_url }, v.director_link(dx)];
                let meta = self.meta(&d.doc.fields.name, description, &d.url, trail, "director");
                self.emit("director.html", file_for(base, &d.url), Page { page: meta, data })
            }
            PageJob::Status => {
                let members = Status::ALL.iter().filter_map(|&status| {
                    let members: Vec<InitiativeIx> = (0..site.initiatives.len())
                        .map(InitiativeIx)
                        .filter(|i| site.initiatives[i.0].status == status)
                        .collect();
                    (!members.is_empty()).then_some((status, members))
                });
                let made: Vec<(StatusGroup, Diagnostics)> = members
                    .collect::<Vec<_>>()
                    .into_par_iter()
                    .map(|(status, members)| {
                        let mut found = Diagnostics::new();
                        let initiatives = self.items_of(&members, &mut found);
                        let list_html = self.status_list(status, members, &initiatives, &mut found);
                        (StatusGroup { status: v.status(status), initiatives, list_html }, found)
                    })
                    .collect();
                let groups = made
                    .into_iter()
                    .map(|(group, found)| {
                        problems.extend(found);
                        group
                    })
                    .collect();
                let path = self.paths.status.as_str();
                let trail = vec![Link { title: ui.status_overview, url: path }];
                let meta = self.meta(
                    ui.status_overview,
                    format!("{} – {}", ui.status_overview, site.config.title),
                    path,
                    trail,
                    "status",
                );
                self.emit(
                    "status.html",
                    "status/index.html".into(),
                    Page { page: meta, data: StatusData { groups } },
                )
            }
            PageJob::Search => {
                let path = self.paths.search.as_str();
                let trail = vec![Link { title: ui.search, url: path }];
                let meta = self.meta(
                    ui.search,
                    format!("{} – {}", ui.search_label, site.config.title),
                    path,
                    trail,
                    "search",
                );
                let data = SearchData { search: search::page_view(base, site.config.language, ui) };
                self.emit("search.html", "search/index.html".into(), Page { page: meta, data })
            }
            PageJob::NotFound => {
                let path = self.paths.not_found.as_str();
                let meta = PageMeta {
                    breadcrumbs: Vec::new(),
                    ..self.meta(
                        ui.page_not_found,
                        ui.page_not_found_text.to_string(),
                        path,
                        Vec::new(),
                        "not-found",
                    )
                };
                self.emit("404.html", "404.html".into(), Page { page: meta, data: Empty {} })
            }
        };
        match result {
            Ok(file) if !problems.has_errors() => Ok(file),
            Ok(_) => Err(problems),
            Err(mut more) => {
                more.extend(problems);
                Err(more)
            }
        }
    }

    /// An initiative's list item as a template value, with its status and progress
    /// rendered once by their partials (`status_html`, `progress_html`): every list the
    /// initiative is in, its page and the print page show them, and rendering them
    /// there each time was a fifth of the time spent in templates. Problems rendering
    /// them go to `problems` (of every page that shows the item).
    /// A status group's list, as `partials/initiatives.html` renders it (kept from the
    /// last render when the same initiatives are in it and their items are kept).
    fn status_list(
        &self,
        status: Status,
        members: Vec<InitiativeIx>,
        initiatives: &[&tera::Value],
        problems: &mut Diagnostics,
    ) -> tera::Value {
        if let Some(html) = self.lists.status_list(status, &members) {
            return html;
        }
        let vars = StatusListVars {
            initiatives,
            heading_level: 3,
            show_strategy: true,
            show_themes: true,
        };
        let Some(vars) = tera::Value::from_serializable(&vars).into_map() else {
            return tera::Value::from("");
        };
        match self.templates.render_fragment("partials/initiatives.html", &vars) {
            Ok(html) => {
                let html = tera::Value::from(html);
                self.lists.keep_status_list(status, members, &html);
                html
            }
            Err(found) => {
                problems.extend(found);
                tera::Value::from("")
            }
        }
    }

    fn item(&self, ix: InitiativeIx, problems: &mut Diagnostics) -> &'a tera::Value {
        let (value, found) = self.lists.items[ix.0].get_or_init(|| {
            let mut found = Diagnostics::new();
            let value = tera::Value::from_serializable(&self.views.initiative_item(ix));
            let value = self.with_fragments(
                value,
                [
                    ("status_html", "partials/status.html", true),
                    ("progress_html", "partials/progress.html", true),
                ],
                &mut found,
            );
            (value, found)
        });
        problems.extend(found.clone());
        value
    }

    /// List items for some initiatives.
    fn items_of(&self, list: &[InitiativeIx], problems: &mut Diagnostics) -> Vec<&'a tera::Value> {
        list.iter().map(|&ix| self.item(ix, problems)).collect()
    }

    /// The site path of a page (`None` for the 404 page, which has no URL of its own).
    fn page_url(&self, job: PageJob) -> Option<String> {
        let site = self.site();
        Some(match job {
            PageJob::Front => site.config.base_path.clone(),
            PageJob::Strategy(ix) => site.strategies[ix.0].url.clone(),
            PageJob::Initiative(ix) => site.initiatives[ix.0].url.clone(),
            PageJob::Themes => self.paths.themes.clone(),
            PageJob::Theme(ix) => site.themes[ix.0].url.clone(),
            PageJob::Directors => self.paths.directors.clone(),
            PageJob::Director(ix) => site.directors[ix.0].url.clone(),
            PageJob::Status => self.paths.status.clone(),
            // No content of its own; a copy of pages that are in the sitemap.
            PageJob::Search | PageJob::Print(_) => return None,
            PageJob::NotFound => return None,
        })
    }

    fn theme_summary(&self, tx: ThemeIx, problems: &mut Diagnostics) -> ThemeSummary<'a> {
        let site = self.site();
        let t = &site.themes[tx.0];
        let summary = match (&t.summary, t.strategies.first()) {
            (Some(md), Some(s)) => {
                self.markdown_inline(md, &site.strategies[s.0].doc.origin, problems)
            }
            _ => String::new(),
        };
        ThemeSummary {
            id: &t.id,
            title: &t.title,
            url: &t.url,
            summary,
            progress: self.views.mean_progress(t.progress),
            initiative_count: self.views.fmt.initiative_count(t.initiatives.len()),
            strategies: t.strategies.iter().map(|&s| self.views.strategy_link(s)).collect(),
        }
    }

    fn director_summary(&self, dx: DirectorIx) -> DirectorSummary<'a> {
        let d = &self.site().directors[dx.0];
        let f = &d.doc.fields;
        DirectorSummary {
            id: &d.doc.id,
            name: &f.name,
            title: f.title.as_deref(),
            area: f.area.as_deref(),
            email: f.email.as_deref(),
            url: &d.url,
            progress: self.views.mean_progress(d.progress),
            initiative_count: self.views.fmt.initiative_count(d.initiatives.len()),
        }
    }

    /// The badge of a strategy, initiative, theme or director page's subject (`None`
    /// for other pages).
    fn badge(&self, job: PageJob) -> Option<OutputFile> {
        let site = self.site();
        let ui = self.views.ui;
        let fmt = self.views.fmt;
        let make = |path: String,
                    progress: Option<rust_decimal::Decimal>,
                    status: Option<Status>,
                    subject: &str| {
            let value = match (progress, status) {
                (Some(p), Some(s)) => format!("{} · {}", fmt.percent(p), status_label(ui, s)),
                (Some(p), None) => fmt.percent(p),
                (None, Some(s)) => status_label(ui, s).to_string(),
                (None, None) => ui.not_measured.to_string(),
            };
            let title = format!("{} – {}: {value}", subject, ui.badge_alt_progress);
            let label = ui.badge_alt_progress.to_lowercase();
            OutputFile { path, bytes: badges::badge(&label, &value, status, &title).into_bytes() }
        };
        // Aggregates have no status of their own: their badges are neutral.
        Some(match job {
            PageJob::Strategy(ix) => {
                let s = &site.strategies[ix.0];
                make(format!("badges/{}.svg", s.doc.id), s.progress, None, &s.doc.fields.title)
            }
            PageJob::Initiative(ix) => {
                let i = &site.initiatives[ix.0];
                let sid = &site.strategies[i.strategy.0].doc.id;
                let path = format!("badges/{sid}/{}.svg", i.doc.id);
                make(path, i.percent(), Some(i.status), &i.doc.fields.title)
            }
            PageJob::Theme(ix) => {
                let t = &site.themes[ix.0];
                make(format!("badges/themes/{}.svg", t.id), t.progress, None, &t.title)
            }
            PageJob::Director(ix) => {
                let d = &site.directors[ix.0];
                let path = format!("badges/directors/{}.svg", d.doc.id);
                make(path, d.progress, None, &d.doc.fields.name)
            }
            _ => return None,
        })
    }
}

fn budget_lines<'a>(
    v: &ViewBuilder<'a>,
    lines: &'a [crate::model::BudgetLine],
) -> Vec<BudgetLineView<'a>> {
    lines
        .iter()
        .map(|l| BudgetLineView {
            year: l.year,
            label: l.label.as_deref(),
            target: v.fmt.amount(l.target, l.unit()),
            realised: l.realised.map(|r| v.fmt.amount(r, l.unit())),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn job_groups_keep_every_page_once_with_print_pages_after_their_initiatives() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/kommune");
        let site = crate::load(&root).unwrap_or_else(|e| panic!("{e:?}")).index;
        let jobs = page_jobs(&site);
        let groups = job_groups(&site, jobs.clone());

        let mut planned: Vec<String> = jobs.iter().map(|&j| job_file(&site, j)).collect();
        let mut grouped: Vec<String> =
            groups.iter().flatten().map(|&j| job_file(&site, j)).collect();
        planned.sort();
        grouped.sort();
        assert_eq!(planned, grouped, "every page once");

        // The large index pages first, in the plan's order.
        assert!(matches!(groups[0][..], [PageJob::Front]), "{:?}", groups[0]);
        for (ix, strategy) in site.strategies.iter().enumerate() {
            let group = groups
                .iter()
                .find(|g| g.iter().any(|j| matches!(j, PageJob::Print(s) if s.0 == ix)))
                .expect("a group with the print page");
            assert!(matches!(group.last(), Some(PageJob::Print(_))), "print page last");
            let initiatives: Vec<usize> = group
                .iter()
                .filter_map(|j| match j {
                    PageJob::Initiative(i) => Some(i.0),
                    _ => None,
                })
                .collect();
            let mut expected: Vec<usize> = strategy.initiatives.iter().map(|i| i.0).collect();
            expected.sort();
            assert_eq!(initiatives, expected, "{}: its initiatives, in one group", strategy.doc.id);
        }
    }
}

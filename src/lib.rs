//! retning: a static-site generator for published strategy documents.
//!
//! One pipeline, four stages, each a module with a narrow API:
//!
//! ```text
//! files ──load──▶ Documents ──link──▶ SiteIndex ──render──▶ Vec<OutputFile> ──write──▶ public/
//!        load              link                render                    write
//! ```
//!
//! `build`, `check` and `serve` share every stage; this file only wires them.

#![warn(missing_docs, unreachable_pub)]

pub mod collections;
pub mod config;
pub mod error;
pub mod i18n;
pub mod link;
pub mod load;
pub mod model;
pub mod readability;
pub mod render;
pub mod report;
pub mod scaffold;
pub mod serve;
pub mod stages;
pub mod write;
pub mod yaml;

use std::path::Path;

pub use config::Config;
pub use error::{Diagnostic, Diagnostics};
pub use link::SiteIndex;
pub use render::{OutputFile, RenderOptions};

use render::templates::Templates;

/// A site loaded and linked, with its templates: ready to render.
pub struct LoadedSite {
    /// The linked model.
    pub index: SiteIndex,
    /// The compiled theme.
    pub templates: Templates,
    /// The files copied as they are (site and theme `static/`), found while loading so
    /// that `check` reports a link that leads outside the site.
    pub statics: Vec<write::StaticFile>,
    /// Warnings found on the way (errors make loading fail).
    pub warnings: Diagnostics,
}

/// The link stage as `build`, `check` and `serve` run it: documents linked as of the
/// site's `as_of` (or today), with the problems of links found in their texts.
pub fn link_documents(
    config: Config,
    mut documents: model::Documents,
    history: load::history::FileHistory,
    drafts: link::Drafts,
    problems: &mut Diagnostics,
) -> SiteIndex {
    let as_of = config.as_of.unwrap_or_else(model::today);
    for warning in &config.warnings {
        problems.push(warning.clone());
    }
    problems.extend(link::apply_drafts(&mut documents, drafts));
    let index = link::link_with_history(config, documents, as_of, history, problems);
    problems.extend(render::markdown::site_unsafe_url_problems(&index));
    index
}

/// Runs the load and link stages (and compiles the theme). Returns every problem
/// found: errors fail, warnings come along with the site.
pub fn load(root: &Path) -> Result<LoadedSite, Diagnostics> {
    load_observed(root, &mut stages::Silent)
}

pub use link::Drafts;

/// [`load`], telling `observer` when the load and link stages start and finish. Drafts
/// are included (and named): what `check` and `serve` show.
pub fn load_observed(
    root: &Path,
    observer: &mut dyn stages::Observer,
) -> Result<LoadedSite, Diagnostics> {
    load_publishing(root, Drafts::Included, observer)
}

/// [`load_observed`], with drafts left out or included as `drafts` says.
pub fn load_publishing(
    root: &Path,
    drafts: Drafts,
    observer: &mut dyn stages::Observer,
) -> Result<LoadedSite, Diagnostics> {
    observer.started(stages::Stage::Load);
    let started = std::time::Instant::now();
    // With errors in site.yaml the content is still loaded and linked (against a
    // stand-in configuration), so every problem of the site is reported at once.
    let (config, config_problems) = match config::load(root) {
        Ok(config) => (config, None),
        Err(found) => (config::Config::fallback(), Some(found)),
    };
    // The theme compiles while the content is read (both take the whole machine only
    // on a large site; on a small one the compile was a serial millisecond).
    // The history from git is read beside them (from a cache when the commit is the
    // one read last).
    let (((documents, mut problems), history), templates) = rayon::join(
        || {
            rayon::join(
                || load::load(root),
                || load::history::read(root, config_problems.is_none() && config.history),
            )
        },
        || match &config_problems {
            None => Templates::load(root, &config),
            Some(_) => Err(Diagnostics::new()),
        },
    );
    let statics = match &config_problems {
        None => write::static_files(root, &config).unwrap_or_else(|found| {
            problems.extend(found);
            Vec::new()
        }),
        Some(_) => Vec::new(),
    };
    if let Some(found) = config_problems {
        problems.extend(found);
    }
    let count = usize::from(documents.front_page.origin.is_some())
        + documents.directors.len()
        + documents.strategies.len()
        + documents.initiatives.len();
    observer.finished(&stages::StageReport {
        stage: stages::Stage::Load,
        elapsed: started.elapsed(),
        count,
    });
    observer.started(stages::Stage::Link);
    let started = std::time::Instant::now();
    let index = link_documents(config, documents, history, drafts, &mut problems);
    let templates = match templates {
        Ok(t) => Some(t),
        Err(found) => {
            problems.extend(found);
            None
        }
    };
    match templates {
        Some(templates) if !problems.has_errors() => {
            observer.finished(&stages::StageReport {
                stage: stages::Stage::Link,
                elapsed: started.elapsed(),
                count,
            });
            Ok(LoadedSite { index, templates, statics, warnings: problems.sorted() })
        }
        _ => {
            // Rendering is skipped, so broken `.md` links are looked for here.
            problems.extend(render::markdown::site_link_problems(&index));
            Err(problems.sorted())
        }
    }
}

/// Every problem of a site, errors and warnings, without writing anything.
pub fn check(root: &Path) -> Diagnostics {
    check_observed(root, &mut stages::Silent)
}

/// [`check`], telling `observer` when the load, link and render stages start and finish.
pub fn check_observed(root: &Path, observer: &mut dyn stages::Observer) -> Diagnostics {
    check_report(root, observer).problems
}

/// What `check` finds: every problem, and the readability figure of each text judged.
pub struct CheckReport {
    /// Errors and warnings, sorted.
    pub problems: Diagnostics,
    /// The LIX of each text long enough to judge (none when the site cannot be loaded
    /// or turns readability off).
    pub readability: Vec<readability::Figure>,
    /// Initiatives whose update is overdue, by responsible director.
    pub overdue: Vec<link::OverdueGroup>,
    /// Why the site's history from git is not shown, when it is not (and the site did
    /// not turn it off).
    pub history_unavailable: Option<load::history::Unavailable>,
}

/// [`check_observed`], with the readability figures.
pub fn check_report(root: &Path, observer: &mut dyn stages::Observer) -> CheckReport {
    let mut figures = Vec::new();
    let mut overdue = Vec::new();
    let mut history_unavailable = None;
    let problems = match load_observed(root, observer) {
        Ok(mut site) => {
            overdue = link::overdue_by_director(&site.index);
            if let load::history::FileHistory::Unavailable(why) = &site.index.history.source {
                history_unavailable =
                    Some(why.clone()).filter(|w| *w != load::history::Unavailable::TurnedOff);
            }
            let mut all = site.warnings.clone();
            let (hard_texts, judged) = readability_problems(&site.index);
            all.extend(hard_texts);
            all.extend(link::advice::advice(&site.index));
            figures = judged;
            observer.started(stages::Stage::Render);
            let started = std::time::Instant::now();
            match render::render(&site.index, &mut site.templates, &RenderOptions::default()) {
                Ok(files) => observer.finished(&stages::StageReport {
                    stage: stages::Stage::Render,
                    elapsed: started.elapsed(),
                    count: files.len(),
                }),
                Err(found) => all.extend(found),
            }
            all.sorted()
        }
        Err(problems) => problems,
    };
    CheckReport { problems, readability: figures, overdue, history_unavailable }
}

/// The readability warnings of every text of a linked site, and each judged text's LIX.
pub fn readability_problems(site: &SiteIndex) -> (Diagnostics, Vec<readability::Figure>) {
    let texts: Vec<readability::Text<'_>> = render::markdown::site_texts(site)
        .into_iter()
        .map(|(markdown, origin)| readability::Text { markdown, source: &origin.source })
        .collect();
    readability::problems(&texts, &site.config.readability)
}

/// How a build is made.
#[derive(Debug, Clone, Copy)]
pub struct BuildOptions {
    /// Publish drafts, or leave them out.
    pub drafts: Drafts,
    /// Since when the changes page lists changes (`--since`); `None`: since the start
    /// of the reporting period before the one `as_of` is in.
    pub changes_since: Option<model::Date>,
}

/// What a successful build did.
pub struct BuildReport {
    /// Files written (pages, badges, data, assets).
    pub files: usize,
    /// HTML pages among them.
    pub pages: usize,
    /// Warnings.
    pub warnings: Diagnostics,
    /// The linked site and the compiled theme the build was made from. A program that
    /// ends right after a build can leave them unfreed (`std::mem::forget`): freeing
    /// their many small allocations, and the allocator then returning the pages one by
    /// one, only delays the exit.
    pub site: (SiteIndex, Templates),
}

impl std::fmt::Debug for BuildReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BuildReport")
            .field("files", &self.files)
            .field("pages", &self.pages)
            .field("warnings", &self.warnings)
            .finish_non_exhaustive()
    }
}

/// Builds the site at `root` into `output`: load, link, render, write. With any error,
/// nothing is written and the last good output stays as it was.
pub fn build(root: &Path, output: &Path) -> Result<BuildReport, Diagnostics> {
    build_observed(root, output, &mut stages::Silent)
}

/// [`build`], telling `observer` when each stage starts and finishes (for progress
/// display and timings; the library itself prints nothing).
pub fn build_observed(
    root: &Path,
    output: &Path,
    observer: &mut dyn stages::Observer,
) -> Result<BuildReport, Diagnostics> {
    let options = BuildOptions { drafts: Drafts::LeftOut, changes_since: None };
    build_locked(root, output, options, write::WhenLocked::Wait(&mut |_| {}), observer)
}

/// [`build_observed`], saying what to do when another build is writing the same output
/// (wait for it, or fail at once). The output's lock is held from before the site is
/// rendered until the new site is in place.
pub fn build_locked(
    root: &Path,
    output: &Path,
    BuildOptions { drafts, changes_since }: BuildOptions,
    when_locked: write::WhenLocked<'_>,
    observer: &mut dyn stages::Observer,
) -> Result<BuildReport, Diagnostics> {
    use stages::{Stage, StageReport};
    write::check_output_dir(root, output)?;
    let mut site = load_publishing(root, drafts, observer)?;
    // Only a site that loaded takes the lock (a failed build leaves nothing beside the
    // output). A build that waited for it may find the output changed: checked again.
    let _lock = write::OutputLock::acquire(output, when_locked)?;
    write::check_output_dir(root, output)?;
    // Rendered pages go straight into the staging folder, so a large site is never
    // held in memory whole; the staging folder is dropped (and the last good output
    // kept) on any error.
    let staging = write::Staging::begin(root, output)?;
    observer.started(Stage::Render);
    let started = std::time::Instant::now();
    let paths = render::render_into(
        &site.index,
        &mut site.templates,
        &RenderOptions { changes_since, ..RenderOptions::default() },
        &|file| staging.put(&file),
    )?;
    observer.finished(&StageReport {
        stage: Stage::Render,
        elapsed: started.elapsed(),
        count: paths.len(),
    });
    observer.started(Stage::Write);
    let started = std::time::Instant::now();
    let statics =
        write::merge_statics(&site.index.config, &paths, std::mem::take(&mut site.statics))?;
    staging.copy_statics(&statics)?;
    staging.commit()?;
    observer.finished(&StageReport {
        stage: Stage::Write,
        elapsed: started.elapsed(),
        count: paths.len() + statics.len(),
    });
    let LoadedSite { index, templates, warnings, .. } = site;
    Ok(BuildReport {
        files: paths.len() + statics.len(),
        pages: paths.iter().filter(|p| p.ends_with(".html")).count(),
        warnings,
        site: (index, templates),
    })
}

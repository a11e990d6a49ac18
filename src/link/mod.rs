//! The link stage: resolves ids, builds indexes and back-links, computes progress,
//! status and budget sums.
//!
//! Input: the load stage's [`Documents`]. Output: a [`SiteIndex`] in which every
//! reference is an index into a vector (no string look-ups later), every list is in a
//! stable order, and every number is exact. All of it is built in time linear in the
//! number of documents and references.

mod aggregate;
mod budget;
mod drafts;
mod follow_up;

use crate::load::history::FileHistory;
pub use follow_up::{overdue_by_director, OverdueGroup};
pub mod advice;
mod goals;
pub mod history;
mod ids;
mod initiative;
mod located;

use std::path::PathBuf;

use rust_decimal::Decimal;

use crate::collections::HashMap;
use crate::config::Config;
use crate::error::Diagnostics;
use crate::model::progress::ProgressSource;
use crate::model::{Date, Director, Documents, FrontPage, Goal, Initiative, Status, Strategy};

/// Ids a strategy may not take: the site's own top-level pages use them.
pub const RESERVED_IDS: [&str; 11] = [
    "directors",
    "themes",
    "status",
    "badges",
    "data",
    "search",
    "static",
    "print",
    "method",
    "revisions",
    "changes",
];

macro_rules! index_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub usize);
    };
}
index_type!(
    /// Position of a strategy in [`SiteIndex::strategies`].
    StrategyIx
);
index_type!(
    /// Position of an initiative in [`SiteIndex::initiatives`].
    InitiativeIx
);
index_type!(
    /// Position of a theme in [`SiteIndex::themes`].
    ThemeIx
);
index_type!(
    /// Position of a director in [`SiteIndex::directors`].
    DirectorIx
);

pub use budget::{BudgetRow, BudgetSums};
pub use drafts::{apply as apply_drafts, Drafts};

/// A goal with its computed progress.
#[derive(Debug, Clone)]
pub struct GoalNode {
    /// The goal as written.
    pub goal: Goal,
    /// Its progress, when it has a `current`.
    pub progress: Option<Decimal>,
}

/// A strategy, linked.
#[derive(Debug)]
pub struct StrategyNode {
    /// The document.
    pub doc: Strategy,
    /// Site path, like `/direktionsstrategi-2013/`.
    pub url: String,
    /// Its themes, in declared order.
    pub themes: Vec<ThemeIx>,
    /// Its initiatives.
    pub initiatives: Vec<InitiativeIx>,
    /// Owning director.
    pub owner: Option<DirectorIx>,
    /// Strategy-level goals.
    pub goals: Vec<GoalNode>,
    /// Mean progress of its initiatives.
    pub progress: Option<Decimal>,
    /// Strategy-level and initiative budget lines, summed.
    pub budget: BudgetSums,
}

/// An initiative, linked.
#[derive(Debug)]
pub struct InitiativeNode {
    /// The document.
    pub doc: Initiative,
    /// Site path, like `/direktionsstrategi-2013/lokaldemokrati/`.
    pub url: String,
    /// Its strategy.
    pub strategy: StrategyIx,
    /// Its themes.
    pub themes: Vec<ThemeIx>,
    /// Responsible directors (first is the main one).
    pub responsible: Vec<DirectorIx>,
    /// Related initiatives it names.
    pub related: Vec<InitiativeIx>,
    /// Initiatives naming it as related.
    pub referenced_by: Vec<InitiativeIx>,
    /// Goals with their progress.
    pub goals: Vec<GoalNode>,
    /// Progress and where it comes from.
    pub progress: Option<(Decimal, ProgressSource)>,
    /// Status, given or computed.
    pub status: Status,
    /// Number of actions done.
    pub actions_done: usize,
    /// Its budget lines, summed.
    pub budget: BudgetSums,
    /// Its reporting cadence and last update, when the site, its strategy or it sets
    /// `reporting`.
    pub follow_up: Option<FollowUp>,
}

/// An initiative's follow-up under a reporting cadence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FollowUp {
    /// How often it is reported on.
    pub every: crate::model::Cadence,
    /// Days allowed after the period.
    pub grace_days: u16,
    /// The latest of `updated`, its goals' measurements and its file's last commit.
    pub last_update: Option<Date>,
    /// The last day the next update is on time; `None` when there is no date to count
    /// from (never updated, no `start`, no adoption date).
    pub next_due: Option<Date>,
    /// Whether `as_of` is past `next_due` (never for done and cancelled initiatives).
    pub overdue: bool,
}

impl InitiativeNode {
    /// Whether an update is overdue (false when no reporting applies).
    pub fn update_overdue(&self) -> bool {
        self.follow_up.is_some_and(|f| f.overdue)
    }

    /// Progress as a percentage, if any.
    pub fn percent(&self) -> Option<Decimal> {
        self.progress.map(|p| p.0)
    }

    /// The date it was last updated, if given.
    pub fn updated(&self) -> Option<Date> {
        self.doc.fields.updated
    }
}

/// A theme across all strategies that declare it.
#[derive(Debug)]
pub struct ThemeNode {
    /// Global id.
    pub id: String,
    /// Title (from the first strategy declaring it).
    pub title: String,
    /// Markdown summary (the first one given).
    pub summary: Option<String>,
    /// Site path, `/themes/<id>/`.
    pub url: String,
    /// Strategies declaring it.
    pub strategies: Vec<StrategyIx>,
    /// Initiatives in it, from all strategies.
    pub initiatives: Vec<InitiativeIx>,
    /// Mean progress of its initiatives.
    pub progress: Option<Decimal>,
    /// Its initiatives' budget lines, summed.
    pub budget: BudgetSums,
}

/// A director and what they are responsible for.
#[derive(Debug)]
pub struct DirectorNode {
    /// The document.
    pub doc: Director,
    /// Site path, `/directors/<id>/`.
    pub url: String,
    /// Initiatives they are responsible or co-responsible for.
    pub initiatives: Vec<InitiativeIx>,
    /// Strategies they own.
    pub owns: Vec<StrategyIx>,
    /// Mean progress of their initiatives.
    pub progress: Option<Decimal>,
    /// Their initiatives' budget lines, summed.
    pub budget: BudgetSums,
}

/// The whole site, linked and computed: what the render stage reads.
#[derive(Debug)]
pub struct SiteIndex {
    /// Configuration.
    pub config: Config,
    /// The date status is judged on.
    pub as_of: Date,
    /// Front page text.
    pub front_page: FrontPage,
    /// Strategies, by id.
    pub strategies: Vec<StrategyNode>,
    /// Initiatives, grouped by strategy.
    pub initiatives: Vec<InitiativeNode>,
    /// Themes, in order of first declaration.
    pub themes: Vec<ThemeNode>,
    /// Directors, by id.
    pub directors: Vec<DirectorNode>,
    /// Mean progress of all initiatives.
    pub progress: Option<Decimal>,
    /// Site path of each document's source file (`content/a/b.md` → `/a/b/`), for
    /// resolving `.md` links.
    pub source_urls: HashMap<PathBuf, String>,
    /// Content files that exist but are not part of the site because of an error (they
    /// failed to parse, or duplicate another document): links to them are not reported
    /// as broken on top of that error.
    pub unloaded_sources: Vec<PathBuf>,
    /// What changed and when, from git (empty, with the reason, without it).
    pub history: std::sync::Arc<history::SiteHistory>,
}

impl SiteIndex {
    /// The strategy of an initiative.
    pub fn strategy_of(&self, initiative: InitiativeIx) -> &StrategyNode {
        &self.strategies[self.initiatives[initiative.0].strategy.0]
    }
}

/// Links the documents: the link stage's whole job. Errors and warnings go to
/// `problems`; the index is returned even with errors (so `check` can report all).
pub fn link(config: Config, docs: Documents, as_of: Date, problems: &mut Diagnostics) -> SiteIndex {
    let no_history = FileHistory::Unavailable(crate::load::history::Unavailable::NotInGit);
    link_with_history(config, docs, as_of, no_history, problems)
}

/// [`link`], with the site's history from git: its last commits count as updates, and
/// each document's changes are worked out.
pub fn link_with_history(
    config: Config,
    docs: Documents,
    as_of: Date,
    file_history: FileHistory,
    problems: &mut Diagnostics,
) -> SiteIndex {
    let base = config.base_path.clone();
    let Documents { front_page, directors, strategies, initiatives, failed_ids, failed_paths } =
        docs;
    let failed = ids::Failed::new(failed_ids);
    let mut directors = ids::directors(directors, &base, problems);
    let mut strategies = ids::strategies(strategies, &mut directors, &failed, &base, problems);
    let mut placed = ids::initiatives(initiatives, &strategies, problems);
    let docs = std::mem::take(&mut placed.docs);
    let tables = initiative::Tables {
        strategies: &strategies,
        directors: &directors,
        initiatives: &placed,
        failed: &failed,
        as_of,
        reporting: config.reporting,
        history: &file_history,
    };
    let mut initiatives = initiative::link_all(docs, &tables, problems);
    let (strategy_nodes, theme_nodes, director_nodes) =
        (&mut strategies.nodes, &mut strategies.themes, &mut directors.nodes);
    aggregate::back_links(&mut initiatives, strategy_nodes, theme_nodes, director_nodes);
    aggregate::progress_and_budgets(&initiatives, strategy_nodes, theme_nodes, director_nodes);
    budget::report_overflow(&initiatives, strategy_nodes, theme_nodes, director_nodes, problems);
    let all: Vec<InitiativeIx> = (0..initiatives.len()).map(InitiativeIx).collect();
    let progress = aggregate::mean_progress(&initiatives, &all);
    let unloaded_sources: Vec<PathBuf> =
        failed_paths.into_iter().chain(std::mem::take(&mut strategies.dropped_sources)).collect();
    let source_urls = aggregate::source_urls(
        &base,
        &front_page,
        &strategies.nodes,
        &initiatives,
        &directors.nodes,
        &unloaded_sources,
    );
    let mut index = SiteIndex {
        config,
        as_of,
        front_page,
        strategies: strategies.nodes,
        initiatives,
        themes: strategies.themes,
        directors: directors.nodes,
        progress,
        source_urls,
        unloaded_sources,
        history: std::sync::Arc::new(history::SiteHistory::none(file_history.clone())),
    };
    index.history = std::sync::Arc::new(history::site_history(&index, file_history));
    index
}

#[cfg(test)]
mod tests;

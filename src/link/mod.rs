//! The link stage: resolves ids, builds indexes and back-links, computes progress,
//! status and budget sums.
//!
//! Input: the load stage's [`Documents`]. Output: a [`SiteIndex`] in which every
//! reference is an index into a vector (no string look-ups later), every list is in a
//! stable order, and every number is exact. All of it is built in time linear in the
//! number of documents and references.

use rayon::prelude::*;
use std::collections::BTreeMap;

use crate::collections::HashMap;
use std::path::PathBuf;

use rust_decimal::Decimal;

use crate::config::Config;
use crate::error::{did_you_mean, Diagnostic, Diagnostics, Location, ProblemKind};
use crate::model::progress::{self, ProgressSource, StatusInput};
use crate::model::{
    BudgetLine, Date, Director, Documents, FrontPage, Goal, Initiative, Origin, Status, Strategy,
};
use crate::yaml;

/// Ids a strategy may not take: the site's own top-level pages use them.
pub const RESERVED_IDS: [&str; 8] =
    ["directors", "themes", "status", "badges", "data", "search", "static", "print"];

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

/// Budget figures summed by unit and year.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BudgetSums {
    /// One row per (unit, year), sorted by unit then year.
    pub rows: Vec<BudgetRow>,
    /// True when a sum (of a year, or of a unit over all years) is too large for an
    /// exact decimal: the figures are then incomplete, and linking reports an error.
    pub overflow: bool,
}

/// The sum of the budget lines of one unit and year.
#[derive(Debug, Clone, PartialEq)]
pub struct BudgetRow {
    /// Unit ("mio. kr.").
    pub unit: String,
    /// Year.
    pub year: i32,
    /// Sum of planned amounts.
    pub target: Decimal,
    /// Sum of realised amounts, when any line gave one.
    pub realised: Option<Decimal>,
}

impl BudgetSums {
    fn from_lines<'a>(lines: impl IntoIterator<Item = &'a BudgetLine>) -> Self {
        let mut by_key: BTreeMap<(&str, i32), (Decimal, Option<Decimal>)> = BTreeMap::new();
        let mut overflow = false;
        let mut add = |sum: Decimal, value: Decimal| {
            sum.checked_add(value).unwrap_or_else(|| {
                overflow = true;
                sum
            })
        };
        for line in lines {
            let entry = by_key.entry((line.unit(), line.year)).or_insert((Decimal::ZERO, None));
            entry.0 = add(entry.0, line.target);
            if let Some(realised) = line.realised {
                entry.1 = Some(add(entry.1.unwrap_or(Decimal::ZERO), realised));
            }
        }
        // The totals over all years (`totals`) must fit as well.
        let mut totals: BTreeMap<&str, (Decimal, Decimal)> = BTreeMap::new();
        for (&(unit, _), &(target, realised)) in &by_key {
            let total = totals.entry(unit).or_insert((Decimal::ZERO, Decimal::ZERO));
            total.0 = add(total.0, target);
            total.1 = add(total.1, realised.unwrap_or(Decimal::ZERO));
        }
        let rows = by_key
            .into_iter()
            .map(|((unit, year), (target, realised))| BudgetRow {
                unit: unit.to_string(),
                year,
                target,
                realised,
            })
            .collect();
        BudgetSums { rows, overflow }
    }

    /// Totals over all years, one per unit: (unit, target, realised).
    pub fn totals(&self) -> Vec<(String, Decimal, Option<Decimal>)> {
        let mut out: Vec<(String, Decimal, Option<Decimal>)> = Vec::new();
        for row in &self.rows {
            match out.last_mut() {
                Some(last) if last.0 == row.unit => {
                    last.1 = last.1.checked_add(row.target).unwrap_or(last.1);
                    last.2 = match (last.2, row.realised) {
                        (Some(a), Some(b)) => Some(a.checked_add(b).unwrap_or(a)),
                        (a, b) => a.or(b),
                    };
                }
                _ => out.push((row.unit.clone(), row.target, row.realised)),
            }
        }
        out
    }

    /// True when there are no budget lines.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

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
}

impl InitiativeNode {
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
}

impl SiteIndex {
    /// The strategy of an initiative.
    pub fn strategy_of(&self, initiative: InitiativeIx) -> &StrategyNode {
        &self.strategies[self.initiatives[initiative.0].strategy.0]
    }
}

/// Locates a key (and value) in a document's front matter, for messages.
fn locate(origin: &Origin, key: &str, value: Option<&str>) -> Location {
    let source = &origin.source;
    let from = origin.inline_line.unwrap_or(1);
    match yaml::locate(source.front_matter(), key, value, from) {
        Some((line, column)) => Location::at(&source.path, source.file_line(line), column),
        None => match origin.inline_line {
            Some(line) => Location::at(&source.path, source.file_line(line), 1),
            None => Location::file(&source.path),
        },
    }
}

fn problem(
    kind: ProblemKind,
    origin: &Origin,
    key: &str,
    value: Option<&str>,
    message: String,
) -> Diagnostic {
    Diagnostic::error(kind, locate(origin, key, value), message).with_source(&origin.source.text)
}

fn warning(
    kind: ProblemKind,
    origin: &Origin,
    key: &str,
    value: Option<&str>,
    message: String,
) -> Diagnostic {
    let mut d = problem(kind, origin, key, value, message);
    d.severity = crate::error::Severity::Warning;
    d
}

fn unknown(origin: &Origin, key: &str, what: &str, id: &str, known: &[&str]) -> Diagnostic {
    let message = format!("unknown {what} `{id}`");
    let help = match did_you_mean(id, known.iter().copied()) {
        Some(hint) => hint,
        None if known.is_empty() => format!("there is no {what} yet"),
        None if known.len() <= 8 => format!("known: {}", known.join(", ")),
        None => format!("check the spelling; there are {} known", known.len()),
    };
    problem(ProblemKind::UnknownReference, origin, key, Some(id), message).with_help(help)
}

/// Goals with progress; an error for each goal whose target equals its baseline.
fn link_goals(goals: &[Goal], origin: &Origin, problems: &mut Diagnostics) -> Vec<GoalNode> {
    goals
        .iter()
        .map(|goal| {
            let progress = match progress::goal_progress(goal.baseline, goal.target, goal.current) {
                Ok(p) => p,
                Err(progress::GoalError::TargetEqualsBaseline) => {
                    let at = goal_location(origin, goal, "target");
                    problems.push(
                        Diagnostic::error(
                            ProblemKind::InvalidValue,
                            at,
                            format!(
                                "the goal \"{}\" has a target equal to its baseline ({}), so progress towards it cannot be measured",
                                goal.text, goal.target
                            ),
                        )
                        .with_help("give the value at the start as `baseline` and the value aimed for as `target`")
                        .with_source(&origin.source.text),
                    );
                    None
                }
            };
            if goal.current.is_none() {
                problems.push(
                    Diagnostic::warning(
                        ProblemKind::GoalWithoutCurrent,
                        goal_location(origin, goal, "text"),
                        format!("the goal \"{}\" has no measured value (`current`)", goal.text),
                    )
                    .with_help("add `current: <latest value>` when it has been measured")
                    .with_source(&origin.source.text),
                );
            }
            GoalNode { goal: goal.clone(), progress }
        })
        .collect()
}

fn goal_location(origin: &Origin, goal: &Goal, key: &str) -> Location {
    let source = &origin.source;
    let fm = source.front_matter();
    let from = origin.inline_line.unwrap_or(1);
    let text_line = fm
        .lines()
        .enumerate()
        .skip(from.saturating_sub(1))
        .find(|(_, l)| l.contains("text:") && l.contains(goal.text.as_str()))
        .map(|(i, _)| i + 1);
    // A goal written in flow style (`- { text: ..., target: ... }`) has its keys on
    // the text's line; a block-style goal has them on lines of their own below it.
    let flow = text_line.and_then(|line| {
        let text = fm.lines().nth(line - 1)?;
        if !text.trim_start().trim_start_matches("- ").starts_with('{') {
            return None;
        }
        let at = text.find(&format!("{key}:"))?;
        Some((line, text[..at].chars().count() + 1))
    });
    let found = flow.or_else(|| text_line.and_then(|line| yaml::locate(fm, key, None, line)));
    match found {
        Some((line, column)) => Location::at(&source.path, source.file_line(line), column),
        None => locate(origin, "goals", None),
    }
}

/// Budget sums too large for an exact decimal (beyond 79228162514264337593543950335)
/// are an error, reported once, where the amounts are written: at an initiative whose
/// own lines overflow, else at the strategy, else at a theme's or director's first
/// initiative.
fn report_budget_overflow(
    initiatives: &[InitiativeNode],
    strategies: &[StrategyNode],
    themes: &[ThemeNode],
    directors: &[DirectorNode],
    problems: &mut Diagnostics,
) {
    let message = |what: String| {
        format!("the budget amounts {what} add up to more than retning can sum exactly (about 7.9 × 10^28)")
    };
    let help = "check the amounts for typing errors, or write them in a larger unit (say `mio. kr.` instead of `kr.`)";
    let overflows = |list: &[InitiativeIx]| list.iter().any(|i| initiatives[i.0].budget.overflow);
    let mut reported = false;
    for node in initiatives.iter().filter(|n| n.budget.overflow) {
        let what = format!("of the initiative `{}`", node.doc.id);
        problems.push(
            problem(ProblemKind::InvalidValue, &node.doc.origin, "budget", None, message(what))
                .with_help(help),
        );
        reported = true;
    }
    for s in strategies.iter().filter(|s| s.budget.overflow && !overflows(&s.initiatives)) {
        let what = format!("of the strategy `{}` and its initiatives", s.doc.id);
        problems.push(
            problem(ProblemKind::InvalidValue, &s.doc.origin, "budget", None, message(what))
                .with_help(help),
        );
        reported = true;
    }
    if reported {
        return;
    }
    let groups = themes
        .iter()
        .map(|t| (t.budget.overflow, format!("of the theme `{}`", t.id), &t.initiatives))
        .chain(directors.iter().map(|d| {
            (d.budget.overflow, format!("of the director `{}`", d.doc.id), &d.initiatives)
        }));
    for (overflow, what, list) in groups {
        if let (true, Some(first)) = (overflow, list.first()) {
            let origin = &initiatives[first.0].doc.origin;
            problems.push(
                problem(ProblemKind::InvalidValue, origin, "budget", None, message(what))
                    .with_help(help),
            );
        }
    }
}

/// Links the documents: the link stage's whole job. Errors and warnings go to
/// `problems`; the index is returned even with errors (so `check` can report all).
pub fn link(config: Config, docs: Documents, as_of: Date, problems: &mut Diagnostics) -> SiteIndex {
    let base = config.base_path.clone();
    let Documents { front_page, directors, strategies, initiatives, failed_ids, failed_paths } =
        docs;
    // References to documents whose files failed to parse are not reported again.
    let failed: std::collections::HashSet<&str> = failed_ids.iter().map(String::as_str).collect();
    let is_failed = |reference: &str| {
        failed.contains(reference) || reference.split('/').any(|part| failed.contains(part))
    };

    // Directors.
    let mut director_ix: HashMap<String, DirectorIx> = HashMap::default();
    let mut director_nodes: Vec<DirectorNode> = Vec::new();
    for director in directors {
        if let Some(&DirectorIx(first)) = director_ix.get(&director.id) {
            let other = director_nodes[first].doc.origin.source.path.display().to_string();
            problems.push(
                problem(
                    ProblemKind::DuplicateId,
                    &director.origin,
                    "id",
                    Some(&director.id),
                    format!(
                        "a second director with the id `{}` (the first is {other})",
                        director.id
                    ),
                )
                .with_help("give each director a different id"),
            );
            continue;
        }
        director_ix.insert(director.id.clone(), DirectorIx(director_nodes.len()));
        director_nodes.push(DirectorNode {
            url: format!("{base}directors/{}/", director.id),
            doc: director,
            initiatives: Vec::new(),
            owns: Vec::new(),
            progress: None,
            budget: BudgetSums::default(),
        });
    }
    let director_ids: Vec<&str> = director_nodes.iter().map(|d| d.doc.id.as_str()).collect();
    let director_ids: Vec<String> = director_ids.iter().map(|s| s.to_string()).collect();
    let director_id_refs: Vec<&str> = director_ids.iter().map(String::as_str).collect();

    // Strategies and their themes.
    let mut strategy_ix: HashMap<String, StrategyIx> = HashMap::default();
    let mut strategy_nodes: Vec<StrategyNode> = Vec::new();
    let mut theme_ix: HashMap<String, ThemeIx> = HashMap::default();
    let mut theme_nodes: Vec<ThemeNode> = Vec::new();
    // Files of duplicate strategies left out: their inline initiatives go with them.
    let mut dropped_sources: Vec<PathBuf> = Vec::new();
    for strategy in strategies {
        let origin = &strategy.origin;
        if RESERVED_IDS.contains(&strategy.id.as_str()) {
            let message = format!(
                "`{}` is reserved for the site's own pages and cannot be a strategy id",
                strategy.id
            );
            // An id from the file name has no line of its own: name the file.
            let reserved = match strategy.fields.id {
                Some(_) => {
                    problem(ProblemKind::ReservedId, origin, "id", Some(&strategy.id), message)
                }
                None => Diagnostic::error(
                    ProblemKind::ReservedId,
                    Location::file(&origin.source.path),
                    message,
                ),
            };
            problems.push(reserved.with_help(format!(
                "rename the strategy, e.g. `{}-strategi`; reserved: {}",
                strategy.id,
                RESERVED_IDS.join(", ")
            )));
        }
        if let Some(&StrategyIx(first)) = strategy_ix.get(&strategy.id) {
            let other = strategy_nodes[first].doc.origin.source.path.display().to_string();
            problems.push(
                problem(
                    ProblemKind::DuplicateId,
                    origin,
                    "title",
                    None,
                    format!(
                        "a second strategy with the id `{}` (the first is {other}); both would be the page /{}/",
                        strategy.id, strategy.id
                    ),
                )
                .with_help("keep one of the two files, or set a different `id` in one of them"),
            );
            dropped_sources.push(origin.source.path.clone());
            continue;
        }
        if let Some(period) = strategy.fields.period {
            if period.start > period.end {
                problems.push(
                    problem(
                        ProblemKind::InvalidValue,
                        origin,
                        "period",
                        None,
                        format!(
                            "the period starts ({}) after it ends ({})",
                            period.start, period.end
                        ),
                    )
                    .with_help("swap `start` and `end`"),
                );
            }
        }
        let sx = StrategyIx(strategy_nodes.len());
        let mut themes = Vec::new();
        for decl in &strategy.fields.themes {
            if !crate::model::is_valid_id(&decl.id) {
                problems.push(
                    problem(
                        ProblemKind::InvalidId,
                        origin,
                        "id",
                        Some(&decl.id),
                        format!(
                            "`{}` is not a valid theme id: {}",
                            decl.id,
                            crate::model::id_rule(&decl.id)
                        ),
                    )
                    .with_help(format!("write `id: {}`", crate::model::suggest_id(&decl.id))),
                );
            }
            let tx = match theme_ix.get(&decl.id) {
                Some(&tx) => {
                    let theme = &mut theme_nodes[tx.0];
                    if theme.strategies.contains(&sx) {
                        problems.push(
                            problem(
                                ProblemKind::DuplicateId,
                                origin,
                                "id",
                                Some(&decl.id),
                                format!("the theme `{}` is listed twice in this strategy", decl.id),
                            )
                            .with_help("remove one of them"),
                        );
                        continue;
                    }
                    if theme.title != decl.title {
                        problems.push(
                            warning(
                                ProblemKind::ThemeTitleMismatch,
                                origin,
                                "title",
                                Some(&decl.title),
                                format!(
                                    "the theme `{}` is titled \"{}\" here but \"{}\" in another strategy; the first title is used",
                                    decl.id, decl.title, theme.title
                                ),
                            )
                            .with_help("give the theme the same title in every strategy"),
                        );
                    }
                    if theme.summary.is_none() {
                        theme.summary = decl.summary.clone();
                    }
                    theme.strategies.push(sx);
                    tx
                }
                None => {
                    let tx = ThemeIx(theme_nodes.len());
                    theme_ix.insert(decl.id.clone(), tx);
                    theme_nodes.push(ThemeNode {
                        id: decl.id.clone(),
                        title: decl.title.clone(),
                        summary: decl.summary.clone(),
                        url: format!("{base}themes/{}/", decl.id),
                        strategies: vec![sx],
                        initiatives: Vec::new(),
                        progress: None,
                        budget: BudgetSums::default(),
                    });
                    tx
                }
            };
            themes.push(tx);
        }
        let owner = strategy.fields.owner.as_ref().and_then(|id| match director_ix.get(id) {
            Some(&dx) => Some(dx),
            None => {
                if !is_failed(id) {
                    problems.push(unknown(origin, "owner", "director", id, &director_id_refs));
                }
                None
            }
        });
        let goals = link_goals(&strategy.fields.goals, origin, problems);
        strategy_ix.insert(strategy.id.clone(), sx);
        strategy_nodes.push(StrategyNode {
            url: format!("{base}{}/", strategy.id),
            doc: strategy,
            themes,
            initiatives: Vec::new(),
            owner,
            goals,
            progress: None,
            budget: BudgetSums::default(),
        });
    }
    for (i, strategy) in strategy_nodes.iter().enumerate() {
        if let Some(owner) = strategy.owner {
            director_nodes[owner.0].owns.push(StrategyIx(i));
        }
    }

    // Initiatives: ids and membership first, so `related` can point forwards.
    let mut initiative_ix: HashMap<(StrategyIx, String), InitiativeIx> =
        HashMap::with_capacity_and_hasher(initiatives.len(), Default::default());
    let mut initiative_docs: Vec<(Initiative, StrategyIx)> = Vec::with_capacity(initiatives.len());
    // Inline initiatives left out with a duplicate strategy: not reported as unknown.
    let mut dropped_refs: std::collections::HashSet<String> = std::collections::HashSet::new();
    for initiative in initiatives {
        let Some(&sx) = strategy_ix.get(&initiative.strategy) else {
            // Its strategy failed to load; that error is already reported.
            continue;
        };
        if initiative.origin.inline_line.is_some()
            && dropped_sources.contains(&initiative.origin.source.path)
        {
            dropped_refs.insert(format!("{}/{}", initiative.strategy, initiative.id));
            dropped_refs.insert(initiative.id.clone());
            continue;
        }
        let key = (sx, initiative.id.clone());
        if let Some(&InitiativeIx(first)) = initiative_ix.get(&key) {
            let first_origin = &initiative_docs[first].0.origin;
            let other = match first_origin.inline_line {
                Some(line) => format!(
                    "{}:{}",
                    first_origin.source.path.display(),
                    first_origin.source.file_line(line)
                ),
                None => first_origin.source.path.display().to_string(),
            };
            problems.push(
                problem(
                    ProblemKind::DuplicateId,
                    &initiative.origin,
                    "id",
                    Some(&initiative.id),
                    format!(
                        "a second initiative with the id `{}` in strategy `{}` (the first is at {other}); both would be the page /{}/{}/",
                        initiative.id, initiative.strategy, initiative.strategy, initiative.id
                    ),
                )
                .with_help("give one of them a different id"),
            );
            continue;
        }
        initiative_ix.insert(key, InitiativeIx(initiative_docs.len()));
        initiative_docs.push((initiative, sx));
    }

    // Each initiative linked on its own, side by side (the largest part of linking);
    // its problems are kept with it and reported in initiative order.
    let (mut initiative_nodes, found): (Vec<InitiativeNode>, Vec<Diagnostics>) = initiative_docs
        .into_par_iter()
        .enumerate()
        .map(|(i, (initiative, sx))| {
            let problems = &mut Diagnostics::new();
            let ix = InitiativeIx(i);
            let origin = &initiative.origin;
            let fields = &initiative.fields;
            let strategy = &strategy_nodes[sx.0];
            let strategy_theme_ids: Vec<&str> =
                strategy.themes.iter().map(|t| theme_nodes[t.0].id.as_str()).collect();
            let mut themes = Vec::new();
            for id in &fields.theme {
                match theme_ix.get(id).filter(|tx| strategy.themes.contains(tx)) {
                    Some(&tx) if !themes.contains(&tx) => themes.push(tx),
                    Some(_) => {}
                    None => {
                        let mut d = unknown(origin, "theme", "theme", id, &strategy_theme_ids);
                        if theme_ix.contains_key(id) {
                            d.message = format!(
                                "the theme `{id}` belongs to another strategy, not to `{}`",
                                strategy.doc.id
                            );
                            d.help = Some(format!(
                                "add it to the `themes:` of {}, or use one of: {}",
                                strategy.doc.origin.source.path.display(),
                                strategy_theme_ids.join(", ")
                            ));
                        }
                        problems.push(d);
                    }
                }
            }
            let mut responsible = Vec::new();
            for id in &fields.responsible {
                match director_ix.get(id) {
                    Some(&dx) if !responsible.contains(&dx) => responsible.push(dx),
                    Some(_) => {}
                    None => {
                        if !is_failed(id) {
                            problems.push(unknown(
                                origin,
                                "responsible",
                                "director",
                                id,
                                &director_id_refs,
                            ))
                        }
                    }
                }
            }
            if fields.responsible.is_empty() {
                problems.push(
                    warning(
                        ProblemKind::NoResponsible,
                        origin,
                        "title",
                        None,
                        format!("the initiative `{}` has no responsible director", initiative.id),
                    )
                    .with_help("add `responsible: <director id>`"),
                );
            }
            if let Some(p) = fields.progress {
                if p < Decimal::ZERO || p > Decimal::ONE_HUNDRED {
                    problems.push(
                        problem(
                            ProblemKind::InvalidValue,
                            origin,
                            "progress",
                            None,
                            format!("progress is {p}, but it must be a percentage from 0 to 100"),
                        )
                        .with_help("write e.g. `progress: 40` for 40 %"),
                    );
                }
            }
            let goals = link_goals(&fields.goals, origin, problems);
            let goal_progress: Vec<Option<Decimal>> = goals.iter().map(|g| g.progress).collect();
            let actions_done = fields.actions.iter().filter(|a| a.done).count();
            let progress = progress::initiative_progress(
                fields.progress.map(|p| p.clamp(Decimal::ZERO, Decimal::ONE_HUNDRED)),
                &goal_progress,
                actions_done,
                fields.actions.len(),
            );
            let status = progress::status(StatusInput {
                status_override: fields.status,
                progress: progress.map(|p| p.0),
                start: fields.start,
                due: fields.due,
                as_of,
            });
            if let (Some(start), Some(due)) = (fields.start, fields.due) {
                if start > due {
                    problems.push(
                        problem(
                            ProblemKind::InvalidValue,
                            origin,
                            "due",
                            None,
                            "the due date is before the start date".to_string(),
                        )
                        .with_help("check `start` and `due`"),
                    );
                }
            }
            let mut related = Vec::new();
            for reference in &fields.related {
                let (target_strategy, target_id) = match reference.split_once('/') {
                    Some((s, i)) => (strategy_ix.get(s).copied(), i),
                    None => (Some(sx), reference.as_str()),
                };
                match target_strategy.and_then(|s| initiative_ix.get(&(s, target_id.to_string()))) {
                    Some(&target) if target == ix => problems.push(
                        problem(
                            ProblemKind::InvalidValue,
                            origin,
                            "related",
                            Some(reference),
                            "an initiative cannot be related to itself".to_string(),
                        )
                        .with_help("remove it from `related`"),
                    ),
                    Some(&target) if !related.contains(&target) => related.push(target),
                    Some(_) => {}
                    None => {
                        let candidates: Vec<String> = initiative_ix
                            .keys()
                            .map(|(s, id)| {
                                if *s == sx {
                                    id.clone()
                                } else {
                                    format!("{}/{id}", strategy_nodes[s.0].doc.id)
                                }
                            })
                            .collect();
                        let mut candidates: Vec<&str> =
                            candidates.iter().map(String::as_str).collect();
                        candidates.sort_unstable();
                        if !is_failed(reference) && !dropped_refs.contains(reference) {
                            problems.push(unknown(
                                origin,
                                "related",
                                "initiative",
                                reference,
                                &candidates,
                            ));
                        }
                    }
                }
            }
            let budget = BudgetSums::from_lines(&fields.budget);
            let node = InitiativeNode {
                url: format!("{}{}/", strategy.url, initiative.id),
                strategy: sx,
                themes,
                responsible,
                related,
                referenced_by: Vec::new(),
                goals,
                progress,
                status,
                actions_done,
                budget,
                doc: initiative,
            };
            (node, std::mem::take(problems))
        })
        .unzip();
    for found in found {
        problems.extend(found);
    }

    // Back-links and memberships, in initiative order (so every list is stable).
    for i in 0..initiative_nodes.len() {
        let ix = InitiativeIx(i);
        for r in initiative_nodes[i].related.clone() {
            initiative_nodes[r.0].referenced_by.push(ix);
        }
        let node = &initiative_nodes[i];
        strategy_nodes[node.strategy.0].initiatives.push(ix);
        for t in &node.themes {
            theme_nodes[t.0].initiatives.push(ix);
        }
        for d in &node.responsible {
            director_nodes[d.0].initiatives.push(ix);
        }
    }

    // Aggregates.
    let mean_of = |list: &[InitiativeIx]| {
        progress::mean(
            list.iter()
                .map(|i| &initiative_nodes[i.0])
                .filter(|n| n.status != Status::Cancelled)
                .filter_map(InitiativeNode::percent),
        )
    };
    let lines_of = |list: &[InitiativeIx]| -> Vec<&BudgetLine> {
        list.iter().flat_map(|i| initiative_nodes[i.0].doc.fields.budget.iter()).collect()
    };
    for strategy in &mut strategy_nodes {
        strategy.progress = mean_of(&strategy.initiatives);
        let mut lines: Vec<&BudgetLine> = strategy.doc.fields.budget.iter().collect();
        lines.extend(lines_of(&strategy.initiatives));
        strategy.budget = BudgetSums::from_lines(lines);
    }
    for theme in &mut theme_nodes {
        theme.progress = mean_of(&theme.initiatives);
        theme.budget = BudgetSums::from_lines(lines_of(&theme.initiatives));
    }
    for director in &mut director_nodes {
        director.progress = mean_of(&director.initiatives);
        director.budget = BudgetSums::from_lines(lines_of(&director.initiatives));
    }
    report_budget_overflow(
        &initiative_nodes,
        &strategy_nodes,
        &theme_nodes,
        &director_nodes,
        problems,
    );
    let all: Vec<InitiativeIx> = (0..initiative_nodes.len()).map(InitiativeIx).collect();
    let site_progress = mean_of(&all);

    let files = strategy_nodes.len() + initiative_nodes.len() + director_nodes.len() + 1;
    let mut source_urls = HashMap::with_capacity_and_hasher(files, Default::default());
    if let Some(origin) = &front_page.origin {
        source_urls.insert(origin.source.path.clone(), base.clone());
    }
    for s in &strategy_nodes {
        source_urls.insert(s.doc.origin.source.path.clone(), s.url.clone());
    }
    for i in &initiative_nodes {
        if i.doc.origin.inline_line.is_none() {
            source_urls.insert(i.doc.origin.source.path.clone(), i.url.clone());
        }
    }
    for d in &director_nodes {
        source_urls.insert(d.doc.origin.source.path.clone(), d.url.clone());
    }

    SiteIndex {
        config,
        as_of,
        front_page,
        strategies: strategy_nodes,
        initiatives: initiative_nodes,
        themes: theme_nodes,
        directors: director_nodes,
        progress: site_progress,
        source_urls,
        unloaded_sources: failed_paths.into_iter().chain(dropped_sources).collect(),
    }
}

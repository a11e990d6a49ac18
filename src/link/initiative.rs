//! One initiative resolved: its themes, directors and related initiatives found by
//! id, its figures checked, its progress and status computed. Initiatives are linked
//! side by side (the largest part of linking), each knowing only the tables of ids.

use rayon::prelude::*;
use rust_decimal::Decimal;

use super::follow_up;
use super::goals::link_goals;
use super::ids::{Directors, Failed, Initiatives, Strategies};
use super::located::{problem, unknown, warning};
use super::{BudgetSums, DirectorIx, InitiativeIx, InitiativeNode, StrategyIx, ThemeIx};
use crate::error::{Diagnostic, Diagnostics, ProblemKind};
use crate::model::progress::{self, StatusInput};
use crate::model::{Date, Initiative, Origin};
use crate::msg;
use crate::yaml::Step::Key;

/// What an initiative's references are resolved against.
pub(super) struct Tables<'a> {
    pub strategies: &'a Strategies,
    pub directors: &'a Directors,
    pub initiatives: &'a Initiatives,
    pub failed: &'a Failed,
    pub as_of: Date,
    /// The site's `reporting`.
    pub reporting: Option<crate::model::Reporting>,
    /// The site's history: an initiative's last commit is an update.
    pub history: &'a crate::load::history::FileHistory,
}

/// Links every placed initiative; their problems are reported in initiative order.
pub(super) fn link_all(
    docs: Vec<(Initiative, StrategyIx)>,
    tables: &Tables<'_>,
    problems: &mut Diagnostics,
) -> Vec<InitiativeNode> {
    let (nodes, found): (Vec<InitiativeNode>, Vec<Diagnostics>) = docs
        .into_par_iter()
        .enumerate()
        .map(|(i, (initiative, sx))| {
            let mut found = Diagnostics::new();
            let node = link_one(InitiativeIx(i), initiative, sx, tables, &mut found);
            (node, found)
        })
        .unzip();
    for found in found {
        problems.extend(found);
    }
    nodes
}

/// Links initiative `ix` of strategy `sx`.
pub(super) fn link_one(
    ix: InitiativeIx,
    initiative: Initiative,
    sx: StrategyIx,
    tables: &Tables<'_>,
    problems: &mut Diagnostics,
) -> InitiativeNode {
    let fields = &initiative.fields;
    let origin = &initiative.origin;
    let themes = themes(&initiative, sx, tables, problems);
    let responsible = responsible(&initiative, tables, problems);
    check_progress(&initiative, problems);
    let goals = link_goals(&fields.goals, origin, problems);
    check_dates(&initiative, problems);
    let related = related(&initiative, ix, sx, tables, problems);
    let goal_progress: Vec<Option<Decimal>> = goals.iter().map(|g| g.progress).collect();
    let actions_done = fields.actions.iter().filter(|a| a.done).count();
    let progress = progress::initiative_progress(
        fields.progress.map(|p| p.clamp(Decimal::ZERO, Decimal::ONE_HUNDRED)),
        &goal_progress,
        actions_done,
        fields.actions.len(),
    );
    let status = progress::status(StatusInput {
        status_override: fields.status_given(),
        progress: progress.map(|p| p.0),
        start: fields.start,
        due: fields.due,
        as_of: tables.as_of,
    });
    let strategy = &tables.strategies.nodes[sx.0].doc.fields;
    let last_commit = tables.history.last_commit(&initiative.origin.source.path, tables.as_of);
    let follow_up = follow_up::follow_up(
        &initiative,
        strategy,
        tables.reporting,
        status,
        (last_commit, tables.as_of),
    );
    if let Some(overdue) = follow_up.filter(|f| f.overdue) {
        problems.push(follow_up::overdue_warning(&initiative, &overdue));
    }
    InitiativeNode {
        url: format!("{}{}/", tables.strategies.nodes[sx.0].url, initiative.id),
        strategy: sx,
        themes,
        responsible,
        related,
        referenced_by: Vec::new(),
        goals,
        progress,
        status,
        actions_done,
        budget: BudgetSums::from_lines(&fields.budget),
        follow_up,
        doc: initiative,
    }
}

/// Its themes: each must be one of its own strategy's.
fn themes(
    initiative: &Initiative,
    sx: StrategyIx,
    tables: &Tables<'_>,
    problems: &mut Diagnostics,
) -> Vec<ThemeIx> {
    let strategies = tables.strategies;
    let strategy = &strategies.nodes[sx.0];
    let own_ids = || -> Vec<&str> {
        strategy.themes.iter().map(|t| strategies.themes[t.0].id.as_str()).collect()
    };
    let mut themes = Vec::new();
    for id in &initiative.fields.theme {
        match strategies.theme_ix.get(id).filter(|tx| strategy.themes.contains(tx)) {
            Some(&tx) if !themes.contains(&tx) => themes.push(tx),
            Some(_) => {}
            None => {
                let mut d = unknown(&initiative.origin, Key("theme"), "theme", id, &own_ids());
                if strategies.theme_ix.contains_key(id) {
                    d.message =
                        msg!("theme-of-another-strategy", id = id, strategy = &strategy.doc.id);
                    d.help = Some(msg!(
                        "theme-of-another-strategy-help",
                        file = strategy.doc.origin.source.path.display().to_string(),
                        known = own_ids().join(", ")
                    ));
                }
                problems.push(d);
            }
        }
    }
    themes
}

/// Its responsible directors, the first the main one; none is a warning.
fn responsible(
    initiative: &Initiative,
    tables: &Tables<'_>,
    problems: &mut Diagnostics,
) -> Vec<DirectorIx> {
    let origin = &initiative.origin;
    let mut responsible = Vec::new();
    for id in &initiative.fields.responsible {
        match tables.directors.ix.get(id) {
            Some(&dx) if !responsible.contains(&dx) => responsible.push(dx),
            Some(_) => {}
            None if tables.failed.names(id) => {}
            None => problems.push(unknown_director(origin, id, &tables.directors.ids())),
        }
    }
    if initiative.fields.responsible.is_empty() {
        problems.push(
            warning(
                ProblemKind::NoResponsible,
                origin,
                Key("title"),
                None,
                msg!("no-responsible", id = &initiative.id),
            )
            .with_help(msg!("no-responsible-help")),
        );
    }
    responsible
}

/// An unknown director in `responsible`, with the likeliest fix: the nearest id; the
/// list form for ids written with commas (`lars-bo, anne-hansen` is one text in YAML);
/// the id for a name written instead of it (`Lars Bo`).
fn unknown_director(origin: &Origin, written: &str, known: &[&str]) -> Diagnostic {
    let mut d = unknown(origin, Key("responsible"), "director", written, known);
    let parts: Vec<&str> = written.split(',').map(str::trim).filter(|p| !p.is_empty()).collect();
    if parts.len() > 1 {
        d.help = Some(msg!("responsible-as-list-help", list = parts.join(", ")));
    } else if written.contains(' ') || written.chars().any(char::is_uppercase) {
        let id = crate::model::suggest_id(written);
        let id = did_you_mean_id(&id, known).unwrap_or(id);
        d.help = Some(msg!("responsible-name-not-id-help", id = id));
    }
    d
}

/// `id` if it is known, else the nearest known id.
fn did_you_mean_id(id: &str, known: &[&str]) -> Option<String> {
    if known.contains(&id) {
        return Some(id.to_string());
    }
    crate::error::nearest(id, known.iter().copied()).first().map(|s| s.to_string())
}

/// The initiatives it names as related: `id` in its own strategy, `strategy/id`
/// elsewhere; not itself.
fn related(
    initiative: &Initiative,
    ix: InitiativeIx,
    sx: StrategyIx,
    tables: &Tables<'_>,
    problems: &mut Diagnostics,
) -> Vec<InitiativeIx> {
    let origin = &initiative.origin;
    let placed = &tables.initiatives.ix;
    let mut related = Vec::new();
    for reference in &initiative.fields.related {
        let (target_strategy, target_id) = match reference.split_once('/') {
            Some((s, i)) => (tables.strategies.ix.get(s).copied(), i),
            None => (Some(sx), reference.as_str()),
        };
        match target_strategy.and_then(|s| placed.get(&(s, target_id.to_string()))) {
            Some(&target) if target == ix => problems.push(
                problem(
                    ProblemKind::InvalidValue,
                    origin,
                    Key("related"),
                    Some(reference),
                    msg!("related-to-itself"),
                )
                .with_help(msg!("related-to-itself-help")),
            ),
            Some(&target) if !related.contains(&target) => related.push(target),
            Some(_) => {}
            None if tables.failed.names(reference)
                || tables.initiatives.dropped_refs.contains(reference) => {}
            None => {
                let candidates = related_candidates(sx, tables);
                let candidates: Vec<&str> = candidates.iter().map(String::as_str).collect();
                problems.push(unknown(
                    origin,
                    Key("related"),
                    "initiative",
                    reference,
                    &candidates,
                ));
            }
        }
    }
    related
}

/// How an initiative of strategy `sx` can name each initiative, sorted.
fn related_candidates(sx: StrategyIx, tables: &Tables<'_>) -> Vec<String> {
    let mut candidates: Vec<String> = tables
        .initiatives
        .ix
        .keys()
        .map(|(s, id)| {
            if *s == sx {
                id.clone()
            } else {
                format!("{}/{id}", tables.strategies.nodes[s.0].doc.id)
            }
        })
        .collect();
    candidates.sort_unstable();
    candidates
}

/// A progress outside 0–100 is an error.
fn check_progress(initiative: &Initiative, problems: &mut Diagnostics) {
    let fields = &initiative.fields;
    let origin: &Origin = &initiative.origin;
    if let Some(p) = fields.progress {
        if p < Decimal::ZERO || p > Decimal::ONE_HUNDRED {
            problems.push(
                problem(
                    ProblemKind::InvalidValue,
                    origin,
                    Key("progress"),
                    None,
                    msg!("progress-out-of-range", progress = p.to_string()),
                )
                .with_help(msg!("progress-out-of-range-help")),
            );
        }
    }
}

/// A due date before the start is an error.
fn check_dates(initiative: &Initiative, problems: &mut Diagnostics) {
    let fields = &initiative.fields;
    let origin: &Origin = &initiative.origin;
    if let (Some(start), Some(due)) = (fields.start, fields.due) {
        if start > due {
            problems.push(
                problem(
                    ProblemKind::InvalidValue,
                    origin,
                    Key("due"),
                    None,
                    msg!("due-before-start"),
                )
                .with_help(msg!("due-before-start-help")),
            );
        }
    }
}

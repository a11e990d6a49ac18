//! Follow-up: each initiative's reporting cadence (its own, its strategy's or the
//! site's `reporting`), its last update, and whether an update is overdue.
//!
//! The last update is the latest of `updated`, its goals' measurements (`history`) and
//! the last commit that changed its file on or before `as_of` (when the site is in git).
//! An initiative never updated is counted from the later of its `start` and its
//! strategy's `adopted` date; with neither, it has no update to count from and is
//! overdue at once. Done and cancelled initiatives are followed up no more: never
//! overdue.

use super::located::warning;
use super::FollowUp;
use crate::error::{Diagnostic, ProblemKind};
use crate::model::reporting::next_update_due;
use crate::model::{Date, Initiative, Reporting, Status, StrategyFields};
use crate::msg;
use crate::yaml::Step::Key;

/// The follow-up of `initiative` of `strategy`, or `None` when no reporting applies.
pub(super) fn follow_up(
    initiative: &Initiative,
    strategy: &StrategyFields,
    site: Option<Reporting>,
    status: Status,
    (last_commit, as_of): (Option<Date>, Date),
) -> Option<FollowUp> {
    let fields = &initiative.fields;
    let chosen = fields.reporting.or(strategy.reporting).or(site)?;
    // The grace days of the nearest level that gives them.
    let grace_days = [fields.reporting, strategy.reporting, site]
        .into_iter()
        .flatten()
        .find_map(|r| r.grace_days)
        .unwrap_or(0);
    let measured = fields.goals.iter().flat_map(|g| g.history.iter().map(|m| m.date));
    let last_update = fields.updated.into_iter().chain(measured).chain(last_commit).max();
    let counted_from = last_update.or_else(|| fields.start.max(strategy.adopted));
    let next_due = counted_from.map(|from| next_update_due(from, chosen.every, grace_days));
    let followed = !matches!(status, Status::Done | Status::Cancelled);
    let overdue = followed && next_due.is_none_or(|due| as_of > due);
    Some(FollowUp { every: chosen.every, grace_days, last_update, next_due, overdue })
}

/// The advisory warning for an overdue initiative: a fact about time, not a mistake,
/// so `check --strict` does not fail on it.
pub(super) fn overdue_warning(initiative: &Initiative, follow_up: &FollowUp) -> Diagnostic {
    let every = follow_up.every.as_str();
    let grace = follow_up.grace_days;
    let message = match (follow_up.last_update, follow_up.next_due) {
        (Some(last), Some(due)) => msg!(
            "update-overdue",
            last = last.to_string(),
            every = every,
            grace = grace,
            due = due.to_string()
        ),
        (None, Some(due)) => {
            msg!("update-overdue-never", every = every, grace = grace, due = due.to_string())
        }
        _ => msg!("update-overdue-no-date", every = every),
    };
    let at = if initiative.fields.updated.is_some() { "updated" } else { "title" };
    warning(ProblemKind::UpdateOverdue, &initiative.origin, Key(at), None, message)
        .with_help(msg!("update-overdue-help"))
        .advisory()
}

/// The overdue initiatives of one responsible director, for `check`'s summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverdueGroup {
    /// The director's name (`None`: initiatives with no responsible director).
    pub director: Option<String>,
    /// Each initiative: its title, its source file and the day its update was due.
    pub initiatives: Vec<(String, std::path::PathBuf, Option<Date>)>,
}

/// The site's overdue initiatives grouped by their main responsible director, in the
/// directors' order, longest overdue first within each.
pub fn overdue_by_director(site: &super::SiteIndex) -> Vec<OverdueGroup> {
    let mut groups: Vec<(Option<usize>, OverdueGroup)> = Vec::new();
    for node in site.initiatives.iter().filter(|n| n.update_overdue()) {
        let director = node.responsible.first().map(|d| d.0);
        let at = match groups.iter().position(|(d, _)| *d == director) {
            Some(at) => at,
            None => {
                let name = director.map(|d| site.directors[d].doc.fields.name.clone());
                groups.push((director, OverdueGroup { director: name, initiatives: Vec::new() }));
                groups.len() - 1
            }
        };
        let due = node.follow_up.and_then(|f| f.next_due);
        let file = node.doc.origin.source.path.clone();
        groups[at].1.initiatives.push((node.doc.fields.title.clone(), file, due));
    }
    // Directors in their order (no director last); within each, the oldest due first.
    groups.sort_by_key(|(d, _)| d.unwrap_or(usize::MAX));
    groups
        .into_iter()
        .map(|(_, mut group)| {
            group.initiatives.sort_by(|a, b| a.2.cmp(&b.2).then_with(|| a.0.cmp(&b.0)));
            group
        })
        .collect()
}

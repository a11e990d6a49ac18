//! What changed, and when: each initiative's and strategy's committed versions (from
//! `load::history`) compared field by field.
//!
//! Compared are what a reader of a plan follows: the title, the status and progress
//! overrides, who is responsible, `start` and `due`, and each goal's `target`,
//! `baseline`, `due` and `current` (a goal is the same goal while its text is; goals
//! whose text changed are paired in order with those that disappeared: reworded). A
//! changed target, baseline or deadline is a **revision**: disclosed on the page where
//! the goal is shown and on the site's revisions page. Values are kept as written; a
//! version whose front matter cannot be read is passed over (the next readable one is
//! compared with the last readable one before it).

use std::sync::Arc;

use serde::Deserialize;

use crate::load::history::{FileHistory, History, Version};
use crate::model::Date;
use crate::yaml::de;

/// What changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum What {
    /// The file (or inline entry) first appeared.
    Created,
    /// `title`.
    Title,
    /// The `status` override.
    Status,
    /// The `progress` override.
    Progress,
    /// `responsible`.
    Responsible,
    /// `start`.
    Start,
    /// `due`: the deadline.
    Due,
    /// A goal's value.
    Goal {
        /// The goal's text (as of the change).
        goal: String,
        /// Which value.
        field: GoalField,
        /// The goal's unit (as of the change), for showing the values.
        unit: Option<String>,
    },
    /// A goal was added.
    GoalAdded(String),
    /// A goal was taken out.
    GoalRemoved(String),
}

/// A goal's values that are followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GoalField {
    /// `target`.
    Target,
    /// `baseline`.
    Baseline,
    /// `due`.
    Due,
    /// `current`: a new measurement.
    Current,
}

impl What {
    /// A revision: a changed target, baseline or deadline.
    pub fn is_revision(&self) -> bool {
        matches!(
            self,
            What::Due
                | What::Goal {
                    field: GoalField::Target | GoalField::Baseline | GoalField::Due,
                    ..
                }
        )
    }
}

/// One change: what, from which value to which (`None`: not given).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// What changed.
    pub what: What,
    /// The value before, as written.
    pub from: Option<String>,
    /// The value after, as written.
    pub to: Option<String>,
}

/// The changes one commit made to one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Index into [`SiteHistory::commits`].
    pub commit: usize,
    /// Its changes, in the order of the fields above.
    pub changes: Vec<Change>,
}

/// The site's history, by document.
#[derive(Debug, Clone)]
pub struct SiteHistory {
    /// The history read (or why there is none).
    pub source: FileHistory,
    /// Each initiative's entries (by `InitiativeIx`), oldest first.
    pub initiatives: Vec<Vec<Entry>>,
    /// Each strategy's entries (by `StrategyIx`), oldest first.
    pub strategies: Vec<Vec<Entry>>,
    /// `serve` only: each initiative's changes not yet committed (by `InitiativeIx`;
    /// empty in a build, which shows what is committed).
    pub pending: Vec<Vec<Change>>,
}

impl SiteHistory {
    /// No history, for `reason`.
    pub fn none(source: FileHistory) -> SiteHistory {
        SiteHistory { source, initiatives: Vec::new(), strategies: Vec::new(), pending: Vec::new() }
    }

    /// The commits, oldest first (none without history).
    pub fn commits(&self) -> &[crate::load::history::Commit] {
        self.source.available().map_or(&[], |h| h.commits.as_slice())
    }

    /// The date of entry `entry`.
    pub fn date(&self, entry: &Entry) -> Date {
        self.commits()[entry.commit].date
    }

    /// An initiative's entries, oldest first.
    pub fn of_initiative(&self, ix: super::InitiativeIx) -> &[Entry] {
        self.initiatives.get(ix.0).map_or(&[], Vec::as_slice)
    }

    /// A strategy's entries, oldest first.
    pub fn of_strategy(&self, ix: super::StrategyIx) -> &[Entry] {
        self.strategies.get(ix.0).map_or(&[], Vec::as_slice)
    }
}

/// The fields followed, as a version has them. Anything else is ignored, and a field
/// of an unexpected shape makes the version unreadable (it is passed over).
#[derive(Debug, Default, Deserialize, Clone, PartialEq)]
struct Snapshot {
    /// An inline initiative's id.
    #[serde(default, deserialize_with = "de::opt_text")]
    id: Option<String>,
    #[serde(default, deserialize_with = "de::opt_text")]
    title: Option<String>,
    #[serde(default, deserialize_with = "de::opt_text")]
    status: Option<String>,
    #[serde(default, deserialize_with = "de::opt_text")]
    progress: Option<String>,
    #[serde(default, deserialize_with = "de::one_or_many")]
    responsible: Vec<String>,
    #[serde(default, deserialize_with = "de::opt_text")]
    start: Option<String>,
    #[serde(default, deserialize_with = "de::opt_text")]
    due: Option<String>,
    #[serde(default)]
    goals: Vec<GoalSnapshot>,
    /// A strategy's inline initiatives (one snapshot type for both: `flatten` would
    /// buffer the values and lose the scalars' text).
    #[serde(default)]
    initiatives: Vec<Snapshot>,
}

#[derive(Debug, Default, Deserialize, Clone, PartialEq)]
struct GoalSnapshot {
    #[serde(default, deserialize_with = "de::opt_text")]
    text: Option<String>,
    #[serde(default, deserialize_with = "de::opt_text")]
    unit: Option<String>,
    #[serde(default, deserialize_with = "de::opt_text")]
    baseline: Option<String>,
    #[serde(default, deserialize_with = "de::opt_text")]
    target: Option<String>,
    #[serde(default, deserialize_with = "de::opt_text")]
    current: Option<String>,
    #[serde(default, deserialize_with = "de::opt_text")]
    due: Option<String>,
}

/// A version's snapshot, or `None` when its front matter cannot be read.
fn snapshot(version: &Version) -> Option<Snapshot> {
    let (_, yaml, _) = crate::load::front_matter(&version.text).ok()?;
    crate::yaml::from_str(version.text.get(yaml)?).ok()
}

/// What a document was, version by version: (commit, snapshot) of readable versions.
type Line = Vec<(usize, Snapshot)>;

/// The history of each initiative and strategy of `site`.
pub fn site_history(site: &super::SiteIndex, source: FileHistory) -> SiteHistory {
    let Some(history) = source.available() else {
        return SiteHistory::none(source);
    };
    // Each file's versions read once (a strategy file holds its inline initiatives),
    // side by side.
    use rayon::prelude::*;
    let mut paths: Vec<&std::path::Path> = site
        .strategies
        .iter()
        .map(|s| s.doc.origin.source.path.as_path())
        .chain(site.initiatives.iter().map(|i| i.doc.origin.source.path.as_path()))
        .collect();
    paths.sort_unstable();
    paths.dedup();
    let lines: crate::collections::HashMap<&std::path::Path, Line> =
        paths.into_par_iter().map(|path| (path, versions(history, path))).collect();
    let line_of = |path: &std::path::Path| lines.get(path).map_or(&[][..], Vec::as_slice);
    let strategies =
        site.strategies.iter().map(|s| entries(line_of(&s.doc.origin.source.path))).collect();
    let initiatives = site
        .initiatives
        .par_iter()
        .map(|i| {
            let line = line_of(&i.doc.origin.source.path);
            match i.doc.origin.item {
                None => entries(line),
                Some(_) => entries(&inline_line(line, &i.doc.id)),
            }
        })
        .collect();
    SiteHistory { source, initiatives, strategies, pending: Vec::new() }
}

/// `site`'s history with each initiative's changes not yet committed: its file as it
/// is now compared with its last committed version (for `serve`'s preview).
pub fn with_uncommitted(site: &super::SiteIndex) -> SiteHistory {
    use rayon::prelude::*;
    let mut history = (*site.history).clone();
    let Some(committed) = history.source.available() else {
        return history;
    };
    history.pending = site
        .initiatives
        .par_iter()
        .map(|i| {
            let source = &i.doc.origin.source;
            let last = committed.files.get(&source.path).and_then(|v| v.last());
            if last.is_some_and(|v| *v.text == *source.text) {
                return Vec::new();
            }
            let now = Version { commit: 0, text: source.text.as_str().into() };
            let pick = |snapshot: Option<Snapshot>| match i.doc.origin.item {
                None => snapshot,
                Some(_) => snapshot.and_then(|s| {
                    s.initiatives.into_iter().find(|x| x.id.as_deref() == Some(&i.doc.id))
                }),
            };
            match (pick(last.and_then(snapshot)), pick(snapshot(&now))) {
                (Some(before), Some(now)) => changes(&before, &now),
                (None, Some(now)) => {
                    vec![Change { what: What::Created, from: None, to: now.title }]
                }
                _ => Vec::new(),
            }
        })
        .collect();
    history
}

fn versions(history: &History, path: &std::path::Path) -> Line {
    history
        .files
        .get(path)
        .map(|list| list.iter().filter_map(|v| Some((v.commit, snapshot(v)?))).collect())
        .unwrap_or_default()
}

/// The versions of the inline initiative `id` within a strategy file's versions (from
/// the first version that has it).
fn inline_line(strategy: &[(usize, Snapshot)], id: &str) -> Line {
    strategy
        .iter()
        .filter_map(|(commit, s)| {
            let inline = s.initiatives.iter().find(|i| i.id.as_deref() == Some(id))?;
            Some((*commit, inline.clone()))
        })
        .collect()
}

/// The entries of a document's versions: its creation, then each version that changed
/// a followed field.
fn entries(line: &[(usize, Snapshot)]) -> Vec<Entry> {
    let mut out = Vec::new();
    let mut before: Option<&Snapshot> = None;
    for (commit, now) in line {
        let changes = match before {
            None => vec![Change { what: What::Created, from: None, to: now.title.clone() }],
            Some(before) => changes(before, now),
        };
        if !changes.is_empty() {
            out.push(Entry { commit: *commit, changes });
        }
        before = Some(now);
    }
    out
}

/// The followed fields that differ between two versions.
fn changes(before: &Snapshot, now: &Snapshot) -> Vec<Change> {
    let mut out = Vec::new();
    let mut field = |what: What, from: &Option<String>, to: &Option<String>| {
        if from != to {
            out.push(Change { what, from: from.clone(), to: to.clone() });
        }
    };
    field(What::Title, &before.title, &now.title);
    field(What::Status, &before.status, &now.status);
    field(What::Progress, &before.progress, &now.progress);
    let joined = |ids: &[String]| (!ids.is_empty()).then(|| ids.join(", "));
    field(What::Responsible, &joined(&before.responsible), &joined(&now.responsible));
    field(What::Start, &before.start, &now.start);
    field(What::Due, &before.due, &now.due);
    out.extend(goal_changes(&before.goals, &now.goals));
    out
}

/// Goals are matched by text; goals left over on both sides are paired in order (the
/// same goal reworded); what is left after that was added or taken out.
fn goal_changes(before: &[GoalSnapshot], now: &[GoalSnapshot]) -> Vec<Change> {
    let mut out = Vec::new();
    let mut matched_before = vec![false; before.len()];
    let mut pairs: Vec<(Option<usize>, usize)> = Vec::new();
    for (n, goal) in now.iter().enumerate() {
        let same = before
            .iter()
            .enumerate()
            .position(|(k, b)| !matched_before[k] && b.text == goal.text && goal.text.is_some());
        if let Some(k) = same {
            matched_before[k] = true;
        }
        pairs.push((same, n));
    }
    // Goals left over on both sides, in order, are the same goals reworded.
    let mut leftovers = (0..before.len()).filter(|&k| !matched_before[k]).collect::<Vec<_>>();
    leftovers.reverse();
    for pair in pairs.iter_mut().filter(|(b, _)| b.is_none()) {
        if let Some(k) = leftovers.pop() {
            matched_before[k] = true;
            pair.0 = Some(k);
        }
    }
    for (b, n) in pairs {
        let goal = &now[n];
        let text = goal.text.clone().unwrap_or_default();
        match b {
            None => {
                out.push(Change { what: What::GoalAdded(text.clone()), from: None, to: Some(text) })
            }
            Some(b) => {
                let old = &before[b];
                for (field, from, to) in [
                    (GoalField::Target, &old.target, &goal.target),
                    (GoalField::Baseline, &old.baseline, &goal.baseline),
                    (GoalField::Due, &old.due, &goal.due),
                    (GoalField::Current, &old.current, &goal.current),
                ] {
                    if from != to {
                        out.push(Change {
                            what: What::Goal { goal: text.clone(), field, unit: goal.unit.clone() },
                            from: from.clone(),
                            to: to.clone(),
                        });
                    }
                }
            }
        }
    }
    for (_, old) in before.iter().enumerate().filter(|(k, _)| !matched_before[*k]) {
        let text = old.text.clone().unwrap_or_default();
        out.push(Change { what: What::GoalRemoved(text.clone()), from: Some(text), to: None });
    }
    out
}

/// The shared empty history of a site not in git (or not yet read).
pub fn unavailable(reason: crate::load::history::Unavailable) -> Arc<SiteHistory> {
    Arc::new(SiteHistory::none(FileHistory::Unavailable(reason)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snap(yaml: &str) -> Snapshot {
        crate::yaml::from_str(yaml).expect("yaml")
    }

    #[test]
    fn a_revised_target_and_a_new_measurement_are_two_changes_one_a_revision() {
        let before =
            snap("title: A\ngoals:\n  - { text: Ledighed, unit: '%', target: 85, current: 78 }\n");
        let now = snap(
            "title: A\ngoals:\n  - { text: Ledighed, unit: '%', target: 80, current: 79.5 }\n",
        );
        let found = changes(&before, &now);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].from.as_deref(), Some("85"));
        assert_eq!(found[0].to.as_deref(), Some("80"));
        assert!(found[0].what.is_revision());
        assert_eq!(found[1].to.as_deref(), Some("79.5"));
        assert!(!found[1].what.is_revision());
    }

    #[test]
    fn a_status_override_added_and_removed() {
        let none = snap("title: A\n");
        let set = snap("title: A\nstatus: at-risk\n");
        let added = changes(&none, &set);
        assert_eq!(
            added,
            vec![Change { what: What::Status, from: None, to: Some("at-risk".into()) }]
        );
        let removed = changes(&set, &none);
        assert_eq!(removed[0].from.as_deref(), Some("at-risk"));
        assert_eq!(removed[0].to, None);
    }

    #[test]
    fn goals_are_matched_by_text_then_by_place() {
        let before = snap("goals:\n  - { text: A, target: 1 }\n  - { text: B, target: 2 }\n");
        // B moved first; A reworded in its place is the same goal.
        let now = snap("goals:\n  - { text: B, target: 2 }\n  - { text: A2, target: 3 }\n");
        let found = changes(&before, &now);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            matches!(&found[0].what, What::Goal { goal, field: GoalField::Target, .. } if goal == "A2")
        );
        let fewer = snap("goals:\n  - { text: B, target: 2 }\n");
        let found = changes(&before, &fewer);
        assert!(
            matches!(&found[..], [Change { what: What::GoalRemoved(t), .. }] if t == "A"),
            "{found:?}"
        );
    }

    #[test]
    fn responsible_as_one_id_or_a_list_compares_by_ids() {
        let one = snap("responsible: anne\n");
        let list = snap("responsible: [anne]\n");
        assert!(changes(&one, &list).is_empty());
        let two = snap("responsible: [anne, bo]\n");
        assert_eq!(changes(&one, &two)[0].to.as_deref(), Some("anne, bo"));
    }
}

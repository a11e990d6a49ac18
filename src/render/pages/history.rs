//! The site's history on its pages: each initiative's and strategy's timeline, the
//! revisions beside the goals they revise, the revisions page (`/revisions/`), the
//! "changes since the last report" page (`/changes/`) and the revisions feed.
//!
//! Values are shown as the site shows them elsewhere: figures with their unit in the
//! local form, dates in words, statuses by their label, directors by name.

use serde::Serialize;

use crate::error::Diagnostics;
use crate::i18n::HistoryText;
use crate::link::history::{Change, Entry, GoalField, What};
use crate::link::{InitiativeIx, StrategyIx};
use crate::model::{Date, Status};
use crate::render::renderer::Renderer;
use crate::render::views::{DateView, Link, StatusView, ViewBuilder};
use crate::render::OutputFile;

use super::Page;

/// A timeline: entries newest first, or why there is none.
#[derive(Serialize)]
pub(in crate::render) struct TimelineView<'a> {
    /// "Ændringer over tid" and what it is (`h.timeline_heading`, ...).
    pub(in crate::render) h: &'static HistoryText,
    pub(in crate::render) entries: Vec<EntryView<'a>>,
    /// `serve` only: changes not yet committed, in sentences.
    pub(in crate::render) pending: Vec<String>,
    /// Why history is not available, in a sentence (`None` when it is).
    pub(in crate::render) unavailable: Option<String>,
}

/// One commit's changes to one document.
#[derive(Serialize)]
pub(in crate::render) struct EntryView<'a> {
    date: DateView,
    /// The abbreviated commit id.
    commit: &'a str,
    /// The commit message's first line.
    note: &'a str,
    /// Each change in a sentence.
    changes: Vec<String>,
}

#[derive(Serialize)]
struct RevisionRow<'a> {
    date: DateView,
    subject: Link<'a>,
    change: String,
    note: &'a str,
}

#[derive(Serialize)]
struct RevisionsData<'a> {
    h: &'static HistoryText,
    unavailable: Option<String>,
    rows: Vec<RevisionRow<'a>>,
}

#[derive(Serialize)]
struct ChangedInitiative<'a> {
    initiative: Link<'a>,
    status: StatusView,
    entries: Vec<EntryView<'a>>,
}

#[derive(Serialize)]
struct ChangesData<'a> {
    h: &'static HistoryText,
    unavailable: Option<String>,
    /// "Indsatser, hvor ... er ændret siden 1. januar 2013."
    intro: String,
    since: DateView,
    initiatives: Vec<ChangedInitiative<'a>>,
    /// "Intet er ændret siden 1. januar 2013." (when nothing did).
    none: String,
}

impl<'a> ViewBuilder<'a> {
    /// The words of the history in the site's language.
    pub(in crate::render) fn history_text(&self) -> &'static HistoryText {
        self.site.config.language.history()
    }

    /// Why the site has no history, in a sentence; `None` when it has one.
    pub(in crate::render) fn history_unavailable(&self) -> Option<String> {
        use crate::load::history::{FileHistory, Unavailable};
        let h = self.history_text();
        let reason = match &self.site.history.source {
            FileHistory::Available(_) => return None,
            FileHistory::Unavailable(why) => match why {
                Unavailable::TurnedOff => h.reason_turned_off,
                Unavailable::NotInGit => h.reason_not_in_git,
                Unavailable::Shallow => h.reason_shallow,
                Unavailable::NoCommits => h.reason_no_commits,
                Unavailable::Unreadable(_) => h.reason_unreadable,
            },
        };
        Some(h.unavailable.replace("{reason}", reason))
    }

    /// A document's timeline, newest first. Without history it says why, unless the
    /// site turned history off.
    pub(in crate::render) fn timeline(
        &self,
        entries: &'a [Entry],
        pending: &[Change],
    ) -> TimelineView<'a> {
        use crate::load::history::{FileHistory, Unavailable};
        let turned_off =
            matches!(self.site.history.source, FileHistory::Unavailable(Unavailable::TurnedOff));
        TimelineView {
            h: self.history_text(),
            entries: entries.iter().rev().map(|e| self.entry(e)).collect(),
            pending: pending.iter().map(|c| self.change(c)).collect(),
            unavailable: self.history_unavailable().filter(|_| !turned_off),
        }
    }

    fn entry(&self, entry: &'a Entry) -> EntryView<'a> {
        let commit = &self.site.history.commits()[entry.commit];
        EntryView {
            date: self.date(commit.date),
            commit: &commit.id,
            note: &commit.summary,
            changes: entry.changes.iter().map(|c| self.change(c)).collect(),
        }
    }

    /// A change in a sentence: "Målværdi for »Ledighed«: 85 % → 80 %".
    fn change(&self, change: &Change) -> String {
        let h = self.history_text();
        match &change.what {
            What::Created => h.created.to_string(),
            What::GoalAdded(goal) => format!("{}: {goal}", h.goal_added),
            What::GoalRemoved(goal) => format!("{}: {goal}", h.goal_removed),
            what => h
                .change
                .replace("{what}", &self.what(what))
                .replace("{from}", &self.value(what, change.from.as_deref()))
                .replace("{to}", &self.value(what, change.to.as_deref())),
        }
    }

    /// What changed, in words.
    fn what(&self, what: &What) -> String {
        let h = self.history_text();
        match what {
            What::Created => h.created.into(),
            What::Title => h.title.into(),
            What::Status => h.status.into(),
            What::Progress => h.progress.into(),
            What::Responsible => h.responsible.into(),
            What::Start => h.start.into(),
            What::Due => h.due.into(),
            What::Goal { goal, field, .. } => match field {
                GoalField::Target => h.goal_target,
                GoalField::Baseline => h.goal_baseline,
                GoalField::Due => h.goal_due,
                GoalField::Current => h.goal_current,
            }
            .replace("{goal}", goal),
            What::GoalAdded(_) => h.goal_added.into(),
            What::GoalRemoved(_) => h.goal_removed.into(),
        }
    }

    /// A value as the site shows such values; as written when it is not one.
    fn value(&self, what: &What, value: Option<&str>) -> String {
        let Some(text) = value else {
            return self.history_text().not_given.to_string();
        };
        let number = || crate::yaml::parse_decimal(text).ok();
        let date = || crate::yaml::parse_date(text).ok();
        let shown = match what {
            What::Status => Status::ALL
                .into_iter()
                .find(|s| s.as_str() == text)
                .map(|s| self.ui.status_label(s).to_string()),
            What::Progress => number().map(|n| self.fmt.percent(n)),
            What::Responsible => Some(
                text.split(", ")
                    .map(|id| {
                        self.site
                            .directors
                            .iter()
                            .find(|d| d.doc.id == id)
                            .map_or(id, |d| d.doc.fields.name.as_str())
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            What::Start | What::Due | What::Goal { field: GoalField::Due, .. } => {
                date().map(|d| self.fmt.date(d))
            }
            What::Goal { unit, .. } => {
                number().map(|n| self.fmt.amount(n, unit.as_deref().unwrap_or("")))
            }
            _ => None,
        };
        shown.unwrap_or_else(|| text.to_string())
    }

    /// The revisions of the goal `text` in `entries`, oldest first, in sentences:
    /// "Målværdi for »…« ændret fra 85 % til 80 % den 2. maj 2013."
    pub(in crate::render) fn goal_revisions(&self, entries: &[Entry], text: &str) -> Vec<String> {
        let h = self.history_text();
        let mut out = Vec::new();
        for entry in entries {
            let date = self.site.history.date(entry);
            for change in &entry.changes {
                let revises_this = matches!(&change.what, What::Goal { goal, .. } if goal == text);
                if revises_this && change.what.is_revision() {
                    out.push(
                        h.revised
                            .replace("{what}", &self.what(&change.what))
                            .replace("{from}", &self.value(&change.what, change.from.as_deref()))
                            .replace("{to}", &self.value(&change.what, change.to.as_deref()))
                            .replace("{date}", &self.fmt.date(date)),
                    );
                }
            }
        }
        out
    }

    /// Every revision of the site (initiatives' and strategies'), newest first.
    fn revision_rows(&self) -> Vec<RevisionRow<'a>> {
        self.changes_newest_first(What::is_revision)
            .into_iter()
            .map(|(_, subject, change, commit)| RevisionRow {
                date: self.date(commit.date),
                subject,
                change: self.change(change),
                note: &commit.summary,
            })
            .collect()
    }

    /// The changes `wanted` picks, newest commit first (within a commit, in the site's
    /// order of initiatives, then strategies): with their commit's index, subject and
    /// commit.
    #[allow(clippy::type_complexity)]
    fn changes_newest_first(
        &self,
        wanted: impl Fn(&What) -> bool,
    ) -> Vec<(usize, Link<'a>, &'a Change, &'a crate::load::history::Commit)> {
        let site = self.site;
        let history = &site.history;
        let subjects =
            (0..site.initiatives.len())
                .map(|i| {
                    (history.of_initiative(InitiativeIx(i)), self.initiative_link(InitiativeIx(i)))
                })
                .chain((0..site.strategies.len()).map(|s| {
                    (history.of_strategy(StrategyIx(s)), self.strategy_link(StrategyIx(s)))
                }));
        let mut found = Vec::new();
        for (order, (entries, subject)) in subjects.enumerate() {
            for entry in entries {
                let commit = &history.commits()[entry.commit];
                for change in entry.changes.iter().filter(|c| wanted(&c.what)) {
                    found.push((entry.commit, order, subject.clone(), change, commit));
                }
            }
        }
        found.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        found
            .into_iter()
            .map(|(n, _, subject, change, commit)| (n, subject, change, commit))
            .collect()
    }

    /// `/revisions.xml`: an Atom feed of the latest revisions and changes of a status
    /// set by hand, newest first (for an absolute `base_url` only).
    pub(in crate::render) fn revisions_feed(&self) -> Vec<u8> {
        use crate::render::feeds::{escape_xml, FEED_ENTRIES};
        let config = &self.site.config;
        let h = self.history_text();
        let mut found = self.changes_newest_first(|w| w.is_revision() || *w == What::Status);
        found.truncate(FEED_ENTRIES);
        let stamp = |d: Date| format!("{}T00:00:00Z", crate::i18n::Formatter::iso_date(d));
        let updated = found.first().map_or(self.site.as_of, |(_, _, _, c)| c.date);
        let home = config.absolute_url(&config.base_path);
        let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.push_str(&format!(
            "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n  <title>{}</title>\n  <id>{}</id>\n  <link href=\"{}\"/>\n  <link rel=\"self\" href=\"{}\"/>\n  <updated>{}</updated>\n  <author><name>{}</name></author>\n",
            config.language.code(),
            escape_xml(&h.feed_title.replace("{site}", &config.title)),
            escape_xml(&config.absolute_url(&format!("{}revisions/", config.base_path))),
            escape_xml(&home),
            escape_xml(&config.absolute_url(&format!("{}revisions.xml", config.base_path))),
            stamp(updated),
            escape_xml(&config.organisation),
        ));
        for (n, (_, subject, change, commit)) in found.iter().enumerate() {
            let url = escape_xml(&config.absolute_url(subject.url));
            out.push_str(&format!(
                "  <entry>\n    <title>{}</title>\n    <id>{url}#{}-{n}</id>\n    <link href=\"{url}\"/>\n    <updated>{}</updated>\n    <summary>{}</summary>\n  </entry>\n",
                escape_xml(&format!("{}: {}", subject.title, self.change(change))),
                escape_xml(&commit.id),
                stamp(commit.date),
                escape_xml(&commit.summary),
            ));
        }
        out.push_str("</feed>\n");
        out.into_bytes()
    }
}

impl<'a> Renderer<'a> {
    /// `/revisions/`: every revision of a target, baseline or deadline, newest first.
    pub(in crate::render) fn revisions_page(&self) -> Result<OutputFile, Diagnostics> {
        let v = &self.views;
        let h = v.history_text();
        let data =
            RevisionsData { h, unavailable: v.history_unavailable(), rows: v.revision_rows() };
        let url = &self.paths.revisions;
        let meta = self.meta(
            h.revisions_title,
            h.revisions_intro.to_string(),
            url,
            vec![Link { title: h.revisions_title, url }],
            Page::Revisions,
        );
        self.emit(Page::Revisions, meta, data)
    }

    /// `/changes/`: the initiatives that changed since `since`, each with its changes.
    pub(in crate::render) fn changes_page(&self, since: Date) -> Result<OutputFile, Diagnostics> {
        let v = &self.views;
        let site = self.site();
        let h = v.history_text();
        let initiatives = (0..site.initiatives.len())
            .map(InitiativeIx)
            .filter_map(|ix| {
                let entries: Vec<EntryView<'a>> = site
                    .history
                    .of_initiative(ix)
                    .iter()
                    .rev()
                    .filter(|e| site.history.date(e) >= since)
                    .map(|e| v.entry(e))
                    .collect();
                (!entries.is_empty()).then(|| ChangedInitiative {
                    initiative: v.initiative_link(ix),
                    status: v.status(site.initiatives[ix.0].status),
                    entries,
                })
            })
            .collect();
        let since_text = v.fmt.date(since);
        let data = ChangesData {
            h,
            unavailable: v.history_unavailable(),
            intro: h.changes_intro.replace("{date}", &since_text),
            since: v.date(since),
            initiatives,
            none: h.no_changes.replace("{date}", &since_text),
        };
        let url = &self.paths.changes;
        let meta = self.meta(
            h.changes_title,
            data.intro.clone(),
            url,
            vec![Link { title: h.changes_title, url }],
            Page::Changes,
        );
        self.emit(Page::Changes, meta, data)
    }
}

/// When "the last report" was: `since` when given, else the start of the reporting
/// period before the one `as_of` is in (by the site's cadence; by quarter without one).
pub(in crate::render) fn changes_since(site: &crate::link::SiteIndex, since: Option<Date>) -> Date {
    since.unwrap_or_else(|| {
        let every = site.config.reporting.map_or(crate::model::Cadence::Quarter, |r| r.every);
        crate::model::reporting::previous_period_start(site.as_of, every)
    })
}

//! Typed views the templates receive: borrowed where possible, every number and date
//! already formatted for the site's language, every URL final.
//!
//! The template reference in `docs/templates.md` lists these fields; keep them in step.

use rust_decimal::Decimal;
use serde::Serialize;

use super::html::escape_attr;
use crate::i18n::{Formatter, UiText};
use crate::link::{
    BudgetSums, DirectorIx, GoalNode, InitiativeIx, InitiativeNode, SiteIndex, StrategyIx, ThemeIx,
};
use crate::model::progress::{self, ProgressSource};
use crate::model::{Date, Status, StrategyStatus};

/// A link: text and URL.
#[derive(Debug, Clone, Serialize)]
pub struct Link<'a> {
    /// Link text.
    pub title: &'a str,
    /// Site path.
    pub url: &'a str,
}

/// A date, for `<time datetime="{{ iso }}">{{ text }}</time>`.
#[derive(Debug, Clone, Serialize)]
pub struct DateView {
    /// `2013-12-01`.
    pub iso: String,
    /// `1. december 2013`.
    pub text: String,
}

/// A progress figure.
#[derive(Debug, Clone, Serialize)]
pub struct ProgressView {
    /// `62 %` in the site's language.
    pub text: String,
    /// Rounded to two decimals, with a point, for `value` attributes (`62.50`).
    pub value: String,
    /// Rounded to a whole number (`63`), for widths.
    pub whole: String,
    /// `goals`, `actions` or `override`: goals are shown with `<meter>`, actions with
    /// `<progress>`.
    pub source: &'static str,
}

/// A status, as text and as a CSS/icon key.
#[derive(Debug, Clone, Serialize)]
pub struct StatusView {
    /// `on-track`.
    pub key: &'static str,
    /// `På rette spor`.
    pub label: &'static str,
}

/// A badge and the code to embed it elsewhere.
#[derive(Debug, Clone, Serialize)]
pub struct BadgeView {
    /// Site path of the SVG.
    pub url: String,
    /// Alternative text.
    pub alt: String,
    /// Its width in px, for the `<img>` (so the page does not shift as it loads).
    pub width: u32,
    /// Its height in px.
    pub height: u32,
    /// HTML to copy (shown as text; templates escape it).
    pub embed: String,
}

/// An initiative in a list.
#[derive(Debug, Clone, Serialize)]
pub struct InitiativeItem<'a> {
    /// Id.
    pub id: &'a str,
    /// Title.
    pub title: &'a str,
    /// Page.
    pub url: &'a str,
    /// Its strategy.
    pub strategy: Link<'a>,
    /// Status.
    pub status: StatusView,
    /// Progress, if any.
    pub progress: Option<ProgressView>,
    /// Responsible directors.
    pub responsible: Vec<Link<'a>>,
    /// Themes.
    pub themes: Vec<Link<'a>>,
    /// Due date.
    pub due: Option<DateView>,
    /// Last update.
    pub updated: Option<DateView>,
    /// "Fremdrift: <title>": the accessible name of its progress bar (made once here,
    /// not joined by every list it is in).
    pub progress_label: String,
    /// Its reporting cadence and next update, when `reporting` applies to it.
    pub follow_up: Option<FollowUpView>,
}

/// An initiative's follow-up under a reporting cadence.
#[derive(Debug, Clone, Serialize)]
pub struct FollowUpView {
    /// Whether its update is overdue.
    pub overdue: bool,
    /// "Opdatering mangler": said beside its status when overdue.
    pub label: &'static str,
    /// How often it is reported on ("hvert kvartal").
    pub every: &'static str,
    /// Its last update (`updated` or a measurement), if any.
    pub last_update: Option<DateView>,
    /// The last day its next update is on time.
    pub next_due: Option<DateView>,
    /// The sentence for its page: when the next update is (or was) due, and how often.
    pub text: String,
}

/// A goal with its figures formatted.
#[derive(Debug, Clone, Serialize)]
pub struct GoalView<'a> {
    /// What is to be achieved.
    pub text: &'a str,
    /// Unit.
    pub unit: &'a str,
    /// Baseline with unit (`78 %`), if given.
    pub baseline: Option<String>,
    /// Target with unit.
    pub target: String,
    /// Current with unit, if measured.
    pub current: Option<String>,
    /// Due date.
    pub due: Option<DateView>,
    /// Progress towards the target.
    pub progress: Option<ProgressView>,
    /// True when the target is below the baseline.
    pub decrease: bool,
    /// Measurements, oldest first.
    pub history: Vec<MeasurementView>,
    /// The measurements as an inline SVG line chart (empty without any); print with
    /// `| safe`.
    pub history_chart: String,
    /// Its revisions (target, baseline, deadline changed), from git, in sentences.
    pub revisions: Vec<String>,
}

/// One measurement.
#[derive(Debug, Clone, Serialize)]
pub struct MeasurementView {
    /// When.
    pub date: DateView,
    /// Value with unit.
    pub value: String,
}

/// A checklist item.
#[derive(Debug, Clone, Serialize)]
pub struct ActionView<'a> {
    /// What.
    pub text: &'a str,
    /// Done?
    pub done: bool,
    /// Due date.
    pub due: Option<DateView>,
}

/// A budget line as written.
#[derive(Debug, Clone, Serialize)]
pub struct BudgetLineView<'a> {
    /// Year.
    pub year: i32,
    /// Label.
    pub label: Option<&'a str>,
    /// Planned amount with unit.
    pub target: String,
    /// Realised amount with unit.
    pub realised: Option<String>,
}

/// Budget sums by year and their totals.
#[derive(Debug, Clone, Serialize)]
pub struct BudgetView {
    /// One row per unit and year.
    pub rows: Vec<BudgetRowView>,
    /// One total per unit.
    pub totals: Vec<BudgetRowView>,
}

/// A row of budget sums.
#[derive(Debug, Clone, Serialize)]
pub struct BudgetRowView {
    /// Year (absent on totals).
    pub year: Option<i32>,
    /// Unit.
    pub unit: String,
    /// Planned, with unit.
    pub target: String,
    /// Realised, with unit.
    pub realised: Option<String>,
}

/// Formats views for one site: holds the formatter and the UI strings.
pub struct ViewBuilder<'a> {
    /// The linked site.
    pub site: &'a SiteIndex,
    /// Number and date formatting.
    pub fmt: &'a Formatter,
    /// UI strings.
    pub ui: &'static UiText,
}

impl<'a> ViewBuilder<'a> {
    /// A date view.
    pub fn date(&self, date: Date) -> DateView {
        DateView { iso: Formatter::iso_date(date), text: self.fmt.date(date) }
    }

    /// A progress view.
    pub fn progress(&self, value: Decimal, source: ProgressSource) -> ProgressView {
        ProgressView {
            text: self.fmt.percent(value),
            value: progress::two_decimals(value),
            whole: progress::round_percent(value).to_string(),
            source: match source {
                ProgressSource::Goals => "goals",
                ProgressSource::Actions => "actions",
                ProgressSource::Override => "override",
            },
        }
    }

    /// A progress view for an aggregate (mean of initiatives).
    pub fn mean_progress(&self, value: Option<Decimal>) -> Option<ProgressView> {
        value.map(|v| self.progress(v, ProgressSource::Override))
    }

    /// A status view.
    pub fn status(&self, status: Status) -> StatusView {
        StatusView { key: status.as_str(), label: self.ui.status_label(status) }
    }

    /// A strategy status label.
    pub fn strategy_status(&self, status: StrategyStatus) -> StatusView {
        match status {
            StrategyStatus::Draft => {
                StatusView { key: "draft", label: self.ui.strategy_status_draft }
            }
            StrategyStatus::Adopted => {
                StatusView { key: "adopted", label: self.ui.strategy_status_adopted }
            }
            StrategyStatus::Archived => {
                StatusView { key: "archived", label: self.ui.strategy_status_archived }
            }
        }
    }

    /// Link to a strategy.
    pub fn strategy_link(&self, ix: StrategyIx) -> Link<'a> {
        let s = &self.site.strategies[ix.0];
        Link { title: &s.doc.fields.title, url: &s.url }
    }

    /// Link to a theme.
    pub fn theme_link(&self, ix: ThemeIx) -> Link<'a> {
        let t = &self.site.themes[ix.0];
        Link { title: &t.title, url: &t.url }
    }

    /// Link to a director.
    pub fn director_link(&self, ix: DirectorIx) -> Link<'a> {
        let d = &self.site.directors[ix.0];
        Link { title: &d.doc.fields.name, url: &d.url }
    }

    /// Link to an initiative.
    pub fn initiative_link(&self, ix: InitiativeIx) -> Link<'a> {
        let i = &self.site.initiatives[ix.0];
        Link { title: &i.doc.fields.title, url: &i.url }
    }

    /// An initiative as a list item.
    pub fn initiative_item(&self, ix: InitiativeIx) -> InitiativeItem<'a> {
        let node: &'a InitiativeNode = &self.site.initiatives[ix.0];
        InitiativeItem {
            id: &node.doc.id,
            title: &node.doc.fields.title,
            url: &node.url,
            strategy: self.strategy_link(node.strategy),
            status: self.status(node.status),
            progress: node.progress.map(|(v, s)| self.progress(v, s)),
            responsible: node.responsible.iter().map(|&d| self.director_link(d)).collect(),
            themes: node.themes.iter().map(|&t| self.theme_link(t)).collect(),
            due: node.doc.fields.due.map(|d| self.date(d)),
            updated: node.doc.fields.updated.map(|d| self.date(d)),
            progress_label: format!("{}: {}", self.ui.progress, node.doc.fields.title),
            follow_up: node.follow_up.map(|f| self.follow_up(&f)),
        }
    }

    /// A follow-up, its dates formatted and its sentence made.
    pub fn follow_up(&self, f: &crate::link::FollowUp) -> FollowUpView {
        let every = self.ui.cadence(f.every);
        let next_due = f.next_due.map(|d| self.date(d));
        let sentence = match (&next_due, f.overdue) {
            (Some(_), false) => self.ui.follow_up_due,
            (Some(_), true) => self.ui.follow_up_overdue,
            (None, _) => self.ui.follow_up_never,
        };
        let date = next_due.as_ref().map(|d| d.text.as_str()).unwrap_or_default();
        FollowUpView {
            overdue: f.overdue,
            label: self.ui.update_overdue,
            every,
            last_update: f.last_update.map(|d| self.date(d)),
            text: sentence.replace("{date}", date).replace("{every}", every),
            next_due,
        }
    }

    /// Items for a list of initiatives.
    pub fn initiative_items(&self, list: &[InitiativeIx]) -> Vec<InitiativeItem<'a>> {
        list.iter().map(|&ix| self.initiative_item(ix)).collect()
    }

    /// Views of goals; `prefix` makes their charts' ids unique on the page
    /// (`<prefix>-1`, `<prefix>-2`, ...).
    pub fn goals(&self, nodes: &'a [GoalNode], prefix: &str) -> Vec<GoalView<'a>> {
        nodes
            .iter()
            .enumerate()
            .map(|(n, g)| self.goal(g, &format!("{prefix}-{}", n + 1)))
            .collect()
    }

    /// A goal view; `chart_id` is the id of its history chart.
    pub fn goal(&self, node: &'a GoalNode, chart_id: &str) -> GoalView<'a> {
        let goal = &node.goal;
        let unit = goal.unit.as_deref().unwrap_or("");
        let baseline_or_zero = goal.baseline.unwrap_or(Decimal::ZERO);
        GoalView {
            text: &goal.text,
            unit,
            baseline: goal.baseline.map(|v| self.fmt.amount(v, unit)),
            target: self.fmt.amount(goal.target, unit),
            current: goal.current.map(|v| self.fmt.amount(v, unit)),
            due: goal.due.map(|d| self.date(d)),
            progress: node.progress.map(|p| self.progress(p, ProgressSource::Goals)),
            decrease: goal.target < baseline_or_zero,
            history: goal
                .history
                .iter()
                .map(|m| MeasurementView {
                    date: self.date(m.date),
                    value: self.fmt.amount(m.value, unit),
                })
                .collect(),
            history_chart: super::charts::history_chart(
                chart_id,
                &goal.text,
                unit,
                &goal
                    .history
                    .iter()
                    .map(|m| super::charts::Point { date: m.date, value: m.value })
                    .collect::<Vec<_>>(),
                goal.baseline,
                goal.target,
                self.fmt,
                self.ui,
            ),
            revisions: Vec::new(),
        }
    }

    /// Budget sums as bar charts, one per unit (empty without budget lines); `id`
    /// makes their ids unique on the page. Print with `| safe`.
    pub fn budget_chart(&self, sums: &BudgetSums, id: &str) -> String {
        let mut out = String::new();
        let mut start = 0;
        let rows = &sums.rows;
        let mut n = 0;
        while start < rows.len() {
            let unit = &rows[start].unit;
            let end = rows[start..]
                .iter()
                .position(|r| &r.unit != unit)
                .map_or(rows.len(), |k| start + k);
            let years: Vec<super::charts::BudgetYear> = rows[start..end]
                .iter()
                .map(|r| super::charts::BudgetYear {
                    year: r.year,
                    planned: r.target,
                    realised: r.realised,
                })
                .collect();
            n += 1;
            let chart_id = if n == 1 { id.to_string() } else { format!("{id}-{n}") };
            out.push_str(&super::charts::budget_chart(&chart_id, unit, &years, self.fmt, self.ui));
            start = end;
        }
        out
    }

    /// Budget sums.
    pub fn budget(&self, sums: &BudgetSums) -> BudgetView {
        let amount = |v: Decimal, unit: &str| self.fmt.amount(v, unit);
        BudgetView {
            rows: sums
                .rows
                .iter()
                .map(|r| BudgetRowView {
                    year: Some(r.year),
                    unit: r.unit.clone(),
                    target: amount(r.target, &r.unit),
                    realised: r.realised.map(|v| amount(v, &r.unit)),
                })
                .collect(),
            totals: sums
                .totals()
                .into_iter()
                .map(|(unit, target, realised)| BudgetRowView {
                    year: None,
                    target: amount(target, &unit),
                    realised: realised.map(|v| amount(v, &unit)),
                    unit,
                })
                .collect(),
        }
    }

    /// Badge view for the SVG at `badge_path` (a site path).
    pub fn badge(&self, badge_path: String, subject: &str, width: u32) -> BadgeView {
        let alt = format!("{}: {subject}", self.ui.badge_alt_progress);
        let src = self.site.config.absolute_url(&badge_path);
        let height = super::badges::HEIGHT;
        let embed = format!(
            "<img src=\"{src}\" alt=\"{}\" width=\"{width}\" height=\"{height}\">",
            escape_attr(&alt)
        );
        BadgeView { url: badge_path, alt, width, height, embed }
    }
}

//! The method page: how progress and status are computed, in the site's language,
//! with the numbers taken from the code that computes them (the at-risk limit, the
//! reporting cadence) and one initiative of the site worked through as an example.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::error::Diagnostics;
use crate::i18n::MethodText;
use crate::link::{InitiativeIx, InitiativeNode};
use crate::model::progress::{elapsed_share, ProgressSource, AT_RISK_POINTS};
use crate::model::Status;
use crate::render::renderer::Renderer;
use crate::render::views::{Link, StatusView};
use crate::render::OutputFile;

use super::Page;

#[derive(Serialize)]
pub(super) struct MethodData<'a> {
    /// The page's fixed text (`m.goal_text`, ...).
    m: &'static MethodText,
    /// "Status er opgjort pr. 30. juni 2013."
    as_of: String,
    /// The status rules in the order they are tried: the status each gives (none for
    /// a status set by hand) and the rule in words.
    rules: Vec<Rule>,
    /// The site's reporting cadence in words, and its grace days, when it has one.
    follow_up: Option<FollowUpText>,
    /// An initiative of the site, worked through.
    example: Option<Example<'a>>,
}

#[derive(Serialize)]
struct Rule {
    status: Option<StatusView>,
    text: String,
}

#[derive(Serialize)]
struct FollowUpText {
    every: String,
    grace: Option<String>,
}

#[derive(Serialize)]
struct Example<'a> {
    initiative: Link<'a>,
    /// The introduction's words before and after the initiative's title (its link).
    intro_before: &'static str,
    intro_after: &'static str,
    /// Its goals with their figures (when its progress comes from them).
    goals: Vec<ExampleGoal<'a>>,
    /// Where its progress comes from, with the number.
    progress: String,
    /// How much of its period has passed, and how far progress lags (when it has a
    /// start and a due date and its status is not set by hand).
    elapsed: Option<String>,
    behind: Option<String>,
    status: StatusView,
    status_line: String,
}

#[derive(Serialize)]
struct ExampleGoal<'a> {
    text: &'a str,
    baseline: String,
    target: String,
    current: String,
    progress: String,
}

impl<'a> Renderer<'a> {
    /// The method page.
    pub(in crate::render) fn method_page(&self) -> Result<OutputFile, Diagnostics> {
        let site = self.site();
        let ui = self.views.ui;
        let fmt = self.views.fmt;
        let m = site.config.language.method();
        let points = fmt.number(AT_RISK_POINTS);
        let rule = |status: Option<Status>, text: &str| Rule {
            status: status.map(|s| self.views.status(s)),
            text: text.replace("{points}", &points),
        };
        let rules = vec![
            rule(None, m.rule_override),
            rule(Some(Status::Done), m.rule_done),
            rule(Some(Status::OffTrack), m.rule_off_track),
            rule(Some(Status::NotStarted), m.rule_not_started),
            rule(Some(Status::AtRisk), m.rule_at_risk),
            rule(Some(Status::OnTrack), m.rule_on_track),
        ];
        let follow_up = site.config.reporting.map(|r| FollowUpText {
            every: m.follow_up_text.replace("{every}", ui.cadence(r.every)),
            grace: r
                .grace_days
                .filter(|&d| d > 0)
                .map(|d| m.follow_up_grace.replace("{days}", &fmt.count(usize::from(d)))),
        });
        let data = MethodData {
            m,
            as_of: m.as_of.replace("{date}", &fmt.date(site.as_of)),
            rules,
            follow_up,
            example: example_initiative(&site.initiatives).map(|ix| self.example(ix, m)),
        };
        let meta = self.index_meta(
            ui.method_link,
            ui.method_link,
            self.paths.method.as_str(),
            Page::Method,
        );
        self.emit(Page::Method, meta, data)
    }

    /// Initiative `ix` worked through.
    fn example(&self, ix: InitiativeIx, m: &'static MethodText) -> Example<'a> {
        let v = &self.views;
        let fmt = v.fmt;
        let site = self.site();
        let node: &'a InitiativeNode = &site.initiatives[ix.0];
        let fields = &node.doc.fields;
        let (percent, source) = node.progress.expect("examples have progress");
        let progress_text = fmt.percent(percent);
        let progress = match source {
            ProgressSource::Goals => m.example_goals.replace("{progress}", &progress_text),
            ProgressSource::Actions => m
                .example_actions
                .replace("{actions}", &fmt.actions_done(node.actions_done, fields.actions.len()))
                .replace("{progress}", &progress_text),
            ProgressSource::Override => m.example_override.replace("{progress}", &progress_text),
        };
        let goals = if source == ProgressSource::Goals {
            node.goals
                .iter()
                .map(|g| {
                    let goal = &g.goal;
                    let unit = goal.unit.as_deref().unwrap_or("");
                    ExampleGoal {
                        text: &goal.text,
                        baseline: fmt.amount(goal.baseline.unwrap_or(Decimal::ZERO), unit),
                        target: fmt.amount(goal.target, unit),
                        current: goal.current.map_or("–".into(), |c| fmt.amount(c, unit)),
                        progress: g.progress.map_or("–".into(), |p| fmt.percent(p)),
                    }
                })
                .collect()
        } else {
            Vec::new()
        };
        // The at-risk rule's figures, as `progress::status` computes them.
        let computed = fields.status_given().is_none();
        let period = fields.start.zip(fields.due).filter(|_| computed);
        let elapsed = period.and_then(|(start, due)| {
            elapsed_share(start, due, site.as_of).map(|share| (start, due, share))
        });
        let elapsed_line = elapsed.map(|(start, due, share)| {
            m.example_elapsed
                .replace("{start}", &fmt.date(start))
                .replace("{due}", &fmt.date(due))
                .replace("{as_of}", &fmt.date(site.as_of))
                .replace("{elapsed}", &fmt.percent(share))
        });
        let behind = elapsed.map(|(.., share)| share - percent).filter(|b| *b > Decimal::ZERO);
        let behind_line = behind.map(|b| {
            m.example_behind
                .replace("{behind}", &fmt.number(b.round_dp(0)))
                .replace("{points}", &fmt.number(AT_RISK_POINTS))
        });
        let status = v.status(node.status);
        Example {
            initiative: v.initiative_link(ix),
            intro_before: m.example_intro.split("{title}").next().unwrap_or_default(),
            intro_after: m.example_intro.split("{title}").nth(1).unwrap_or_default(),
            goals,
            progress,
            elapsed: elapsed_line,
            behind: behind_line,
            status_line: m.example_status.replace("{status}", status.label),
            status,
        }
    }
}

/// The initiative the method page works through: the first (in the site's order) whose
/// progress comes from measured goals and whose status is computed from a start and a
/// due date; else the first whose progress comes from goals; else from actions; else
/// from an override. `None` when no initiative has progress.
fn example_initiative(initiatives: &[InitiativeNode]) -> Option<InitiativeIx> {
    let source = |n: &InitiativeNode| n.progress.map(|p| p.1);
    let full = |n: &InitiativeNode| {
        source(n) == Some(ProgressSource::Goals)
            && n.doc.fields.status_given().is_none()
            && n.doc.fields.start.is_some()
            && n.doc.fields.due.is_some()
    };
    let preferences: [&dyn Fn(&InitiativeNode) -> bool; 4] = [
        &full,
        &|n| source(n) == Some(ProgressSource::Goals),
        &|n| source(n) == Some(ProgressSource::Actions),
        &|n| source(n) == Some(ProgressSource::Override),
    ];
    preferences.iter().find_map(|wanted| initiatives.iter().position(wanted)).map(InitiativeIx)
}

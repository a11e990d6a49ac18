//! An initiative's page; its data is shared with its strategy's print page.

use serde::Serialize;

use crate::model::progress::ProgressSource;

use crate::error::Diagnostics;
use crate::link::InitiativeIx;
use crate::render::renderer::{budget_lines, Renderer, SharedInGroup};
use crate::render::views::{ActionView, BadgeView, BudgetLineView, BudgetView, DateView, GoalView};
use crate::render::{markdown, OutputFile};

use super::Page;

#[derive(Serialize)]
pub(super) struct InitiativeData<'a> {
    pub(super) item: &'a tera::Value,
    /// It or its strategy is a draft (shown by `serve` and `build --drafts` only).
    pub(super) draft: bool,
    /// What its status means, in a sentence.
    pub(super) status_meaning: &'static str,
    /// Where its progress comes from (goals, actions or the person responsible), in a
    /// sentence; `None` without progress.
    pub(super) progress_source: Option<&'static str>,
    pub(super) body: String,
    /// The body as a strategy's print page shows it, under the initiative's `<h3>`: its
    /// headings two levels down, its ids and links to them prefixed `initiative-<id>--`.
    pub(super) print_body: String,
    pub(super) start: Option<DateView>,
    pub(super) goals: Vec<GoalView<'a>>,
    pub(super) actions: Vec<ActionView<'a>>,
    pub(super) actions_done: usize,
    pub(super) actions_total: usize,
    pub(super) actions_summary: String,
    pub(super) budget_lines: Vec<BudgetLineView<'a>>,
    pub(super) budget: BudgetView,
    pub(super) related: Vec<&'a tera::Value>,
    pub(super) referenced_by: Vec<&'a tera::Value>,
    pub(super) badge: BadgeView,
    /// What changed and when, from git.
    pub(super) timeline: super::history::TimelineView<'a>,
}

impl<'a> Renderer<'a> {
    /// An initiative's page data as a template value (shared by its page and its
    /// strategy's print page); problems in its texts go to `problems`.
    pub(super) fn initiative_value(
        &self,
        ix: InitiativeIx,
        shared: &mut SharedInGroup,
        problems: &mut Diagnostics,
    ) -> tera::Value {
        let (value, found) = shared.initiatives.entry(ix.0).or_insert_with(|| {
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

    /// An initiative page's data. Its charts' ids start with `i-<id>-`, so that they
    /// stay unique on the print page, which shows many initiatives.
    pub(super) fn initiative_data(
        &self,
        ix: InitiativeIx,
        problems: &mut Diagnostics,
    ) -> InitiativeData<'a> {
        let site = self.site();
        let v = &self.views;
        let i = &site.initiatives[ix.0];
        let f = &i.doc.fields;
        let body = self.markdown(&i.doc.body, &i.doc.origin, problems);
        let print_body = markdown::prefix_ids(
            &markdown::shift_headings(&body, 2),
            &format!("initiative-{}--", i.doc.id),
        )
        .into_owned();
        InitiativeData {
            item: self.item(ix, problems),
            draft: i.doc.fields.is_draft()
                || site.strategies[i.strategy.0].doc.fields.status
                    == crate::model::StrategyStatus::Draft,
            status_meaning: v.ui.status_meaning(i.status),
            progress_source: i.progress.map(|(_, source)| match source {
                ProgressSource::Goals => v.ui.progress_from_goals,
                ProgressSource::Actions => v.ui.progress_from_actions,
                ProgressSource::Override => v.ui.progress_from_override,
            }),
            body,
            print_body,
            start: f.start.map(|d| v.date(d)),
            goals: {
                let history = site.history.of_initiative(ix);
                let mut goals = v.goals(&i.goals, &format!("i-{}-goal", i.doc.id));
                for goal in &mut goals {
                    goal.revisions = v.goal_revisions(history, goal.text);
                }
                goals
            },
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
            // Those it names itself are listed once, under "related".
            referenced_by: self.items_of(
                &i.referenced_by
                    .iter()
                    .copied()
                    .filter(|r| !i.related.contains(r))
                    .collect::<Vec<_>>(),
                problems,
            ),
            badge: self.badge_view(Page::Initiative(ix), &f.title),
            timeline: v.timeline(
                site.history.of_initiative(ix),
                site.history.pending.get(ix.0).map_or(&[], Vec::as_slice),
            ),
        }
    }

    /// An initiative's page.
    pub(in crate::render) fn initiative_page(
        &self,
        ix: InitiativeIx,
        shared: &mut SharedInGroup,
        problems: &mut Diagnostics,
    ) -> Result<OutputFile, Diagnostics> {
        let site = self.site();
        let v = &self.views;
        let i = &site.initiatives[ix.0];
        let f = &i.doc.fields;
        let data = self.initiative_value(ix, shared, problems);
        let description = self.description(&i.doc.body);
        let trail = vec![v.strategy_link(i.strategy), v.initiative_link(ix)];
        let meta = self.meta(&f.title, description, &i.url, trail, Page::Initiative(ix));
        self.emit(Page::Initiative(ix), meta, data)
    }
}

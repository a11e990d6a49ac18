//! A strategy's page and its print page (the strategy and every initiative in full).

use serde::Serialize;

use crate::error::Diagnostics;
use crate::link::{InitiativeIx, StrategyIx};
use crate::model::Status;
use crate::render::renderer::{budget_lines, Renderer, SharedInGroup, StatusCount};
use crate::render::views::{
    BadgeView, BudgetLineView, BudgetView, DateView, GoalView, Link, ProgressView, StatusView,
};
use crate::render::OutputFile;

use super::Page;

#[derive(Serialize)]
pub(super) struct StrategySummary<'a> {
    pub(super) id: &'a str,
    pub(super) title: &'a str,
    pub(super) subtitle: Option<&'a str>,
    pub(super) url: &'a str,
    pub(super) period: Option<String>,
    pub(super) status: StatusView,
    pub(super) progress: Option<ProgressView>,
    pub(super) initiative_count: String,
    pub(super) status_counts: Vec<StatusCount>,
    pub(super) badge: BadgeView,
}

#[derive(Serialize)]
pub(super) struct ThemeSection<'a> {
    pub(super) id: &'a str,
    pub(super) title: &'a str,
    pub(super) url: &'a str,
    pub(super) summary: String,
    pub(super) progress: Option<ProgressView>,
    pub(super) initiatives: Vec<&'a tera::Value>,
}

#[derive(Serialize)]
pub(super) struct StrategyData<'a> {
    pub(super) id: &'a str,
    pub(super) title: &'a str,
    pub(super) subtitle: Option<&'a str>,
    pub(super) period: Option<String>,
    pub(super) adopted: Option<DateView>,
    pub(super) adopted_by: Option<&'a str>,
    pub(super) owner: Option<Link<'a>>,
    pub(super) status: StatusView,
    pub(super) body: String,
    pub(super) progress: Option<ProgressView>,
    pub(super) initiative_count: String,
    pub(super) status_counts: Vec<StatusCount>,
    pub(super) themes: Vec<ThemeSection<'a>>,
    /// Initiatives without a theme.
    pub(super) other_initiatives: Vec<&'a tera::Value>,
    pub(super) goals: Vec<GoalView<'a>>,
    pub(super) budget: BudgetView,
    pub(super) budget_lines: Vec<BudgetLineView<'a>>,
    pub(super) badge: BadgeView,
    /// Budget per year as inline SVG bar charts (empty without a budget).
    pub(super) budget_chart: String,
    /// Its initiatives' budget lines: the part of its budget sums its own lines do not
    /// account for.
    pub(super) initiative_budget: Vec<InitiativeBudget<'a>>,
    /// Themes × directors of its initiatives, where it fits.
    pub(super) matrix: Option<super::matrix::MatrixView<'a>>,
    /// The whole strategy on one page, for printing.
    pub(super) print_url: String,
}

/// An initiative's budget lines, as its strategy's page lists them.
#[derive(Serialize)]
pub(super) struct InitiativeBudget<'a> {
    pub(super) initiative: Link<'a>,
    pub(super) lines: Vec<BudgetLineView<'a>>,
}

/// The print page: the strategy's page data, and every initiative in full.
#[derive(Serialize)]
pub(super) struct PrintData<'a> {
    pub(super) strategy: tera::Value,
    pub(super) strategy_url: &'a str,
    pub(super) sections: Vec<PrintSection<'a>>,
}

/// A theme of the strategy (or, without `theme`, its initiatives without one).
#[derive(Serialize)]
pub(super) struct PrintSection<'a> {
    pub(super) theme: Option<Link<'a>>,
    pub(super) summary: String,
    pub(super) initiatives: Vec<tera::Value>,
}

impl<'a> Renderer<'a> {
    pub(super) fn period(&self, ix: StrategyIx) -> Option<String> {
        self.site().strategies[ix.0].doc.fields.period.map(|p| {
            if p.start == p.end {
                p.start.to_string()
            } else {
                format!("{}–{}", p.start, p.end)
            }
        })
    }

    pub(super) fn strategy_badge(&self, ix: StrategyIx) -> BadgeView {
        let s = &self.site().strategies[ix.0];
        self.badge_view(Page::Strategy(ix), &s.doc.fields.title)
    }

    pub(super) fn strategy_summary(&self, ix: StrategyIx) -> StrategySummary<'a> {
        let s = &self.site().strategies[ix.0];
        StrategySummary {
            id: &s.doc.id,
            title: &s.doc.fields.title,
            subtitle: s.doc.fields.subtitle.as_deref(),
            url: &s.url,
            period: self.period(ix),
            status: self.views.strategy_status(s.doc.fields.status),
            progress: self.views.mean_progress(s.progress),
            initiative_count: self.views.fmt.initiative_count(s.initiatives.len()),
            status_counts: self.counts(&s.initiatives),
            badge: self.strategy_badge(ix),
        }
    }

    /// The strategy page's data (the print page has it too).
    pub(super) fn strategy_data(
        &self,
        ix: StrategyIx,
        problems: &mut Diagnostics,
    ) -> StrategyData<'a> {
        let site = self.site();
        let v = &self.views;
        let s = &site.strategies[ix.0];
        let origin = &s.doc.origin;
        let body = self.markdown(&s.doc.body, origin, problems);
        let themes = s
            .themes
            .iter()
            .map(|&t| {
                let theme = &site.themes[t.0];
                let members: Vec<InitiativeIx> = s
                    .initiatives
                    .iter()
                    .copied()
                    .filter(|i| site.initiatives[i.0].themes.contains(&t))
                    .collect();
                let summary_md = s
                    .doc
                    .fields
                    .themes
                    .iter()
                    .find(|d| d.id == theme.id)
                    .and_then(|d| d.summary.as_deref());
                let mean = crate::model::progress::mean(
                    members
                        .iter()
                        .map(|i| &site.initiatives[i.0])
                        .filter(|n| n.status != Status::Cancelled)
                        .filter_map(|n| n.percent()),
                );
                ThemeSection {
                    id: &theme.id,
                    title: &theme.title,
                    url: &theme.url,
                    summary: summary_md
                        .map(|m| self.markdown(m, origin, problems))
                        .unwrap_or_default(),
                    progress: v.mean_progress(mean),
                    initiatives: self.items_of(&members, problems),
                }
            })
            .collect();
        let other: Vec<InitiativeIx> = s
            .initiatives
            .iter()
            .copied()
            .filter(|i| site.initiatives[i.0].themes.is_empty())
            .collect();
        StrategyData {
            id: &s.doc.id,
            title: &s.doc.fields.title,
            subtitle: s.doc.fields.subtitle.as_deref(),
            period: self.period(ix),
            adopted: s.doc.fields.adopted.map(|d| v.date(d)),
            adopted_by: s.doc.fields.adopted_by.as_deref(),
            owner: s.owner.map(|d| v.director_link(d)),
            status: v.strategy_status(s.doc.fields.status),
            body,
            progress: v.mean_progress(s.progress),
            initiative_count: v.fmt.initiative_count(s.initiatives.len()),
            status_counts: self.counts(&s.initiatives),
            themes,
            other_initiatives: self.items_of(&other, problems),
            goals: v.goals(&s.goals, "goal"),
            budget: v.budget(&s.budget),
            budget_lines: budget_lines(v, &s.doc.fields.budget),
            badge: self.strategy_badge(ix),
            budget_chart: v.budget_chart(&s.budget, "budget-chart"),
            matrix: self.matrix(&s.initiatives),
            initiative_budget: s
                .initiatives
                .iter()
                .map(|&i| (i, &site.initiatives[i.0].doc.fields.budget))
                .filter(|(_, lines)| !lines.is_empty())
                .map(|(i, lines)| InitiativeBudget {
                    initiative: v.initiative_link(i),
                    lines: budget_lines(v, lines),
                })
                .collect(),
            print_url: self.paths.print[ix.0].clone(),
        }
    }

    /// The strategy page's data as a template value, made once for the strategy's page
    /// and its print page (the two are in one group of pages); problems in its texts go
    /// to `problems`.
    fn strategy_value(
        &self,
        ix: StrategyIx,
        shared: &mut SharedInGroup,
        problems: &mut Diagnostics,
    ) -> tera::Value {
        let (_, value, found) = match shared.strategy {
            Some(ref made) if made.0 == ix => made,
            ref mut slot => {
                let mut found = Diagnostics::new();
                let data = self.strategy_data(ix, &mut found);
                slot.insert((ix, tera::Value::from_serializable(&data), found))
            }
        };
        problems.extend(found.clone());
        value.clone()
    }

    /// A strategy's page.
    pub(in crate::render) fn strategy_page(
        &self,
        ix: StrategyIx,
        shared: &mut SharedInGroup,
        problems: &mut Diagnostics,
    ) -> Result<OutputFile, Diagnostics> {
        let site = self.site();
        let v = &self.views;
        let s = &site.strategies[ix.0];
        let data = self.strategy_value(ix, shared, problems);
        let description =
            s.doc.fields.subtitle.clone().unwrap_or_else(|| self.description(&s.doc.body));
        let meta = self.meta(
            &s.doc.fields.title,
            description,
            &s.url,
            vec![v.strategy_link(ix)],
            Page::Strategy(ix),
        );
        self.emit(Page::Strategy(ix), meta, data)
    }

    /// A strategy's print page: the strategy and every initiative in full.
    pub(in crate::render) fn print_page(
        &self,
        ix: StrategyIx,
        shared: &mut SharedInGroup,
    ) -> Result<OutputFile, Diagnostics> {
        let site = self.site();
        let ui = self.views.ui;
        let v = &self.views;
        let s = &site.strategies[ix.0];
        // Problems in the texts are reported by their own pages.
        let mut again = Diagnostics::new();
        let strategy = self.strategy_value(ix, shared, &mut again);
        let mut sections: Vec<PrintSection<'a>> = s
            .themes
            .iter()
            .map(|&t| PrintSection {
                theme: Some(v.theme_link(t)),
                summary: theme_summary(&strategy, &site.themes[t.0].id),
                initiatives: Vec::new(),
            })
            .collect();
        let mut other =
            PrintSection { theme: None, summary: String::new(), initiatives: Vec::new() };
        for &i in &s.initiatives {
            let node = &site.initiatives[i.0];
            // Under its first theme (of this strategy); else with the others.
            let section = node
                .themes
                .iter()
                .find_map(|t| s.themes.iter().position(|st| st == t))
                .map_or(&mut other, |k| &mut sections[k]);
            section.initiatives.push(self.initiative_value(i, shared, &mut again));
        }
        sections.retain(|sec| !sec.initiatives.is_empty());
        if !other.initiatives.is_empty() {
            sections.push(other);
        }
        let title = &s.doc.fields.title;
        let description = format!("{} – {title}", ui.print_view);
        let url = self.paths.print[ix.0].as_str();
        let trail = vec![v.strategy_link(ix), Link { title: ui.print_view, url }];
        let meta = self.meta(title, description, url, trail, Page::Print(ix));
        let data = PrintData { strategy, strategy_url: &s.url, sections };
        self.emit(Page::Print(ix), meta, data)
    }
}

/// The summary of the theme `id` in a strategy's data (its `themes`), as HTML.
fn theme_summary(strategy: &tera::Value, id: &str) -> String {
    let themes = strategy.get_from_path("themes").and_then(tera::Value::as_array);
    themes
        .into_iter()
        .flatten()
        .find(|theme| theme.get_from_path("id").and_then(tera::Value::as_str) == Some(id))
        .and_then(|theme| theme.get_from_path("summary")?.as_str())
        .unwrap_or_default()
        .to_string()
}

//! The themes index and each theme's page.

use serde::Serialize;

use crate::error::Diagnostics;
use crate::link::{InitiativeIx, ThemeIx};
use crate::render::renderer::{Renderer, StatusCount};
use crate::render::views::{BadgeView, BudgetView, Link, ProgressView};
use crate::render::OutputFile;

use super::Page;

#[derive(Serialize)]
pub(super) struct ThemeSummary<'a> {
    pub(super) id: &'a str,
    pub(super) title: &'a str,
    pub(super) url: &'a str,
    pub(super) summary: String,
    pub(super) progress: Option<ProgressView>,
    pub(super) initiative_count: String,
    pub(super) strategies: Vec<Link<'a>>,
    /// How many of its initiatives are in each status: what the bare mean hides.
    pub(super) status_counts: Vec<StatusCount>,
}

#[derive(Serialize)]
pub(super) struct ThemesData<'a> {
    pub(super) themes: Vec<ThemeSummary<'a>>,
    /// Themes × directors for the whole site, where it fits.
    pub(super) matrix: Option<super::matrix::MatrixView<'a>>,
}

#[derive(Serialize)]
pub(super) struct ThemeData<'a> {
    pub(super) theme: ThemeSummary<'a>,
    pub(super) initiatives: Vec<&'a tera::Value>,
    pub(super) status_counts: Vec<StatusCount>,
    pub(super) budget: BudgetView,
    pub(super) badge: BadgeView,
    /// Budget per year as inline SVG bar charts (empty without a budget).
    pub(super) budget_chart: String,
    /// Its initiatives by responsible director (what the matrix's counts link to).
    pub(super) by_director: Vec<super::matrix::DirectorGroup<'a>>,
}

impl<'a> Renderer<'a> {
    pub(super) fn theme_summary(
        &self,
        tx: ThemeIx,
        problems: &mut Diagnostics,
    ) -> ThemeSummary<'a> {
        let site = self.site();
        let t = &site.themes[tx.0];
        let summary = match (&t.summary, t.strategies.first()) {
            (Some(md), Some(s)) => {
                self.markdown_inline(md, &site.strategies[s.0].doc.origin, problems)
            }
            _ => String::new(),
        };
        ThemeSummary {
            id: &t.id,
            title: &t.title,
            url: &t.url,
            summary,
            progress: self.views.mean_progress(t.progress),
            initiative_count: self.views.fmt.initiative_count(t.initiatives.len()),
            strategies: t.strategies.iter().map(|&s| self.views.strategy_link(s)).collect(),
            status_counts: self.counts(&t.initiatives),
        }
    }

    /// The themes index.
    pub(in crate::render) fn themes_page(
        &self,
        problems: &mut Diagnostics,
    ) -> Result<OutputFile, Diagnostics> {
        let site = self.site();
        let ui = self.views.ui;
        let themes =
            (0..site.themes.len()).map(|t| self.theme_summary(ThemeIx(t), problems)).collect();
        let meta = self.index_meta(ui.themes, ui.themes, self.paths.themes.as_str(), Page::Themes);
        let all: Vec<InitiativeIx> = (0..site.initiatives.len()).map(InitiativeIx).collect();
        let matrix = self.matrix(&all);
        self.emit(Page::Themes, meta, ThemesData { themes, matrix })
    }

    /// A theme's page.
    pub(in crate::render) fn theme_page(
        &self,
        tx: ThemeIx,
        problems: &mut Diagnostics,
    ) -> Result<OutputFile, Diagnostics> {
        let site = self.site();
        let ui = self.views.ui;
        let v = &self.views;
        let t = &site.themes[tx.0];
        let themes_url = self.paths.themes.as_str();
        let data = ThemeData {
            budget_chart: v.budget_chart(&t.budget, "budget-chart"),
            theme: self.theme_summary(tx, problems),
            initiatives: self.items_of(&t.initiatives, problems),
            status_counts: self.counts(&t.initiatives),
            budget: v.budget(&t.budget),
            badge: self.badge_view(Page::Theme(tx), &t.title),
            by_director: self.by_director(tx),
        };
        let description = t.summary.clone().unwrap_or_else(|| format!("{}: {}", ui.theme, t.title));
        let trail = vec![Link { title: ui.themes, url: themes_url }, v.theme_link(tx)];
        let meta = self.meta(&t.title, description, &t.url, trail, Page::Theme(tx));
        self.emit(Page::Theme(tx), meta, data)
    }
}

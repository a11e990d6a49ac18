//! The directors index and each director's page.

use serde::Serialize;

use crate::error::Diagnostics;
use crate::link::DirectorIx;
use crate::render::renderer::{Renderer, StatusCount};
use crate::render::views::{BadgeView, BudgetView, Link, ProgressView};
use crate::render::OutputFile;

use super::Page;

#[derive(Serialize)]
pub(super) struct DirectorSummary<'a> {
    pub(super) id: &'a str,
    pub(super) name: &'a str,
    pub(super) title: Option<&'a str>,
    pub(super) area: Option<&'a str>,
    pub(super) email: Option<&'a str>,
    pub(super) url: &'a str,
    pub(super) progress: Option<ProgressView>,
    pub(super) initiative_count: String,
    /// How many of their initiatives are in each status: what the bare mean hides.
    pub(super) status_counts: Vec<StatusCount>,
}

#[derive(Serialize)]
pub(super) struct DirectorsData<'a> {
    pub(super) directors: Vec<DirectorSummary<'a>>,
}

#[derive(Serialize)]
pub(super) struct DirectorData<'a> {
    pub(super) director: DirectorSummary<'a>,
    pub(super) body: String,
    pub(super) owns: Vec<Link<'a>>,
    pub(super) initiatives: Vec<&'a tera::Value>,
    /// Its initiatives whose update is overdue.
    pub(super) needs_update: Vec<&'a tera::Value>,
    pub(super) status_counts: Vec<StatusCount>,
    pub(super) budget: BudgetView,
    pub(super) badge: BadgeView,
    /// Budget per year as inline SVG bar charts (empty without a budget).
    pub(super) budget_chart: String,
}

impl<'a> Renderer<'a> {
    pub(super) fn director_summary(&self, dx: DirectorIx) -> DirectorSummary<'a> {
        let d = &self.site().directors[dx.0];
        let f = &d.doc.fields;
        DirectorSummary {
            id: &d.doc.id,
            name: &f.name,
            title: f.title.as_deref(),
            area: f.area.as_deref(),
            email: f.email.as_deref(),
            url: &d.url,
            progress: self.views.mean_progress(d.progress),
            initiative_count: self.views.fmt.initiative_count(d.initiatives.len()),
            status_counts: self.counts(&d.initiatives),
        }
    }

    /// The directors index.
    pub(in crate::render) fn directors_page(&self) -> Result<OutputFile, Diagnostics> {
        let site = self.site();
        let ui = self.views.ui;
        let directors =
            (0..site.directors.len()).map(|d| self.director_summary(DirectorIx(d))).collect();
        let meta = self.index_meta(
            ui.directors,
            ui.directors,
            self.paths.directors.as_str(),
            Page::Directors,
        );
        self.emit(Page::Directors, meta, DirectorsData { directors })
    }

    /// A director's page.
    pub(in crate::render) fn director_page(
        &self,
        dx: DirectorIx,
        problems: &mut Diagnostics,
    ) -> Result<OutputFile, Diagnostics> {
        let site = self.site();
        let ui = self.views.ui;
        let v = &self.views;
        let d = &site.directors[dx.0];
        let directors_url = self.paths.directors.as_str();
        let data = DirectorData {
            budget_chart: v.budget_chart(&d.budget, "budget-chart"),
            director: self.director_summary(dx),
            body: self.markdown(&d.doc.body, &d.doc.origin, problems),
            owns: d.owns.iter().map(|&s| v.strategy_link(s)).collect(),
            initiatives: self.items_of(&d.initiatives, problems),
            needs_update: self.items_of(&self.overdue_of(&d.initiatives), problems),
            status_counts: self.counts(&d.initiatives),
            budget: v.budget(&d.budget),
            badge: self.badge_view(Page::Director(dx), &d.doc.fields.name),
        };
        let description = [d.doc.fields.title.as_deref(), d.doc.fields.area.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
        let description = if description.is_empty() {
            d.doc.fields.name.clone()
        } else {
            format!("{}: {description}", d.doc.fields.name)
        };
        let trail = vec![Link { title: ui.directors, url: directors_url }, v.director_link(dx)];
        let meta = self.meta(&d.doc.fields.name, description, &d.url, trail, Page::Director(dx));
        self.emit(Page::Director(dx), meta, data)
    }
}

//! The front page, and the 404 page.

use serde::Serialize;

use crate::error::Diagnostics;
use crate::link::{InitiativeIx, StrategyIx};
use crate::render::renderer::{PageMeta, Renderer, StatusCount};
use crate::render::views::ProgressView;
use crate::render::OutputFile;

use super::strategy::StrategySummary;
use super::Page;

/// How many "recently updated" initiatives the front page lists.
const RECENT_COUNT: usize = 10;

#[derive(Serialize)]
pub(super) struct FrontData<'a> {
    pub(super) heading: &'a str,
    pub(super) body: String,
    pub(super) progress: Option<ProgressView>,
    pub(super) status_counts: Vec<StatusCount>,
    pub(super) strategies: Vec<StrategySummary<'a>>,
    pub(super) recent: Vec<&'a tera::Value>,
}

#[derive(Serialize)]
pub(super) struct Empty {}

impl<'a> Renderer<'a> {
    /// The front page.
    pub(in crate::render) fn front_page(
        &self,
        problems: &mut Diagnostics,
    ) -> Result<OutputFile, Diagnostics> {
        let site = self.site();
        let base = site.config.base_path.as_str();
        let v = &self.views;
        let front = &site.front_page;
        let body = match &front.origin {
            Some(origin) => self.markdown(&front.body, origin, problems),
            None => String::new(),
        };
        let heading = front.fields.title.as_deref().unwrap_or(&site.config.title);
        let mut recent: Vec<InitiativeIx> = (0..site.initiatives.len())
            .map(InitiativeIx)
            .filter(|i| site.initiatives[i.0].updated().is_some())
            .collect();
        recent.sort_by(|a, b| {
            let (a, b) = (&site.initiatives[a.0], &site.initiatives[b.0]);
            b.updated().cmp(&a.updated()).then_with(|| a.url.cmp(&b.url))
        });
        recent.truncate(RECENT_COUNT);
        let all: Vec<InitiativeIx> = (0..site.initiatives.len()).map(InitiativeIx).collect();
        let description = front
            .fields
            .description
            .clone()
            .or_else(|| site.config.description.clone())
            .unwrap_or_else(|| self.description(&front.body));
        let data = FrontData {
            heading,
            body,
            progress: v.mean_progress(site.progress),
            status_counts: self.counts(&all),
            strategies: (0..site.strategies.len())
                .map(|i| self.strategy_summary(StrategyIx(i)))
                .collect(),
            recent: self.items_of(&recent, problems),
        };
        let meta = PageMeta {
            breadcrumbs: Vec::new(),
            ..self.meta(heading, description, base, Vec::new(), Page::Front)
        };
        self.emit(Page::Front, meta, data)
    }

    /// The 404 page.
    pub(in crate::render) fn not_found_page(&self) -> Result<OutputFile, Diagnostics> {
        let ui = self.views.ui;
        let path = self.paths.not_found.as_str();
        let meta = PageMeta {
            breadcrumbs: Vec::new(),
            ..self.meta(
                ui.page_not_found,
                ui.page_not_found_text.to_string(),
                path,
                Vec::new(),
                Page::NotFound,
            )
        };
        self.emit(Page::NotFound, meta, Empty {})
    }
}

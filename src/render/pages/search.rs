//! The search page (the index it searches is made by `search_index`).

use serde::Serialize;

use crate::error::Diagnostics;
use crate::render::renderer::Renderer;
use crate::render::views::Link;
use crate::render::{search, OutputFile};

use super::Page;

#[derive(Serialize)]
pub(super) struct SearchData {
    pub(super) search: search::SearchPageView,
}

impl<'a> Renderer<'a> {
    /// The search page.
    pub(in crate::render) fn search_page(&self) -> Result<OutputFile, Diagnostics> {
        let site = self.site();
        let base = site.config.base_path.as_str();
        let ui = self.views.ui;
        let path = self.paths.search.as_str();
        let trail = vec![Link { title: ui.search, url: path }];
        let meta = self.meta(
            ui.search,
            format!("{} – {}", ui.search_label, site.config.title),
            path,
            trail,
            Page::Search,
        );
        let data = SearchData { search: search::page_view(base, site.config.language, ui) };
        self.emit(Page::Search, meta, data)
    }
}

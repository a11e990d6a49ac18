//! The search page (the index it searches is made by `search_index`).

use serde::Serialize;

use crate::error::Diagnostics;
use crate::render::renderer::Renderer;
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
        let meta =
            self.index_meta(ui.search, ui.search_label, self.paths.search.as_str(), Page::Search);
        let data = SearchData { search: search::page_view(base, site.config.language, ui) };
        self.emit(Page::Search, meta, data)
    }
}

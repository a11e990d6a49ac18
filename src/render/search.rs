//! The search page at `/search/`: its strings and where its index and script are.
//! The index itself is built by [`super::search_index`].

use serde::Serialize;

use crate::i18n::{Language, UiText};

/// Where the index is written, relative to the output folder.
pub const BUNDLE_DIR: &str = super::search_index::INDEX_DIR;

/// True for a path (relative to the output folder) inside the search index.
pub fn is_bundle_file(path: &str) -> bool {
    path.starts_with(BUNDLE_DIR)
}

/// What the search page's script needs: where the bundle is, and its strings.
#[derive(Debug, Clone, Serialize)]
pub struct SearchPageView {
    /// Site path of the index (`/search/index/`).
    pub bundle: String,
    /// Site path of the script.
    pub script: String,
    /// "1 result".
    pub one_result: &'static str,
    /// "{n} results" (`{n}` is replaced by the count).
    pub many_results: &'static str,
    /// Shown while searching.
    pub searching: &'static str,
    /// Shown when the index cannot be loaded.
    pub failed: &'static str,
    /// Button that shows more results.
    pub show_more: &'static str,
    /// Shown when nothing is found (from the UI strings).
    pub no_results: &'static str,
}

/// The search page's view for a site whose paths start with `base`.
pub fn page_view(base: &str, lang: Language, ui: &'static UiText) -> SearchPageView {
    let (one_result, many_results, searching, failed, show_more) = match lang {
        Language::Da => (
            "1 resultat",
            "{n} resultater",
            "Søger …",
            "Søgningen kunne ikke indlæses. Prøv igen senere, eller find rundt via oversigterne.",
            "Vis flere resultater",
        ),
        Language::Nb => (
            "1 treff",
            "{n} treff",
            "Søker …",
            "Søket kunne ikke lastes. Prøv igjen senere, eller bla deg fram via oversiktene.",
            "Vis flere treff",
        ),
        Language::Nn => (
            "1 treff",
            "{n} treff",
            "Søkjer …",
            "Søket kunne ikkje lastast. Prøv igjen seinare, eller bla deg fram via oversiktene.",
            "Vis fleire treff",
        ),
        Language::Sv => (
            "1 träff",
            "{n} träffar",
            "Söker …",
            "Sökningen kunde inte laddas. Försök igen senare, eller bläddra via översikterna.",
            "Visa fler träffar",
        ),
        Language::En => (
            "1 result",
            "{n} results",
            "Searching …",
            "Search could not be loaded. Try again later, or browse the lists instead.",
            "Show more results",
        ),
    };
    SearchPageView {
        bundle: format!("{base}{BUNDLE_DIR}"),
        script: format!("{base}static/search.js"),
        one_result,
        many_results,
        searching,
        failed,
        show_more,
        no_results: ui.search_no_results,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_view_points_at_the_index_and_script() {
        let view = page_view("/sub/", Language::Da, Language::Da.ui());
        assert_eq!(view.bundle, "/sub/search/index/");
        assert_eq!(view.script, "/sub/static/search.js");
        assert_eq!(view.many_results, "{n} resultater");
    }
}

//! The pages of a site, in one place: for each kind of page, its site path (URL), the
//! file it is written to, the template that renders it, its badge, and whether the
//! sitemap lists it; and the plan of what a render makes, in what order.
//!
//! Render and `serve`'s "affected pages" both ask here; no page path is written
//! anywhere else. Each page kind's data and render function live in a file of their
//! own beside this one.

mod directors;
mod front;
pub(super) mod history;
mod initiative;
mod matrix;
mod method;
mod search;
mod status;
mod strategy;
mod themes;

use crate::link::{DirectorIx, InitiativeIx, SiteIndex, StrategyIx, ThemeIx};

/// One page of the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    /// `/`.
    Front,
    /// `/<strategy-id>/`.
    Strategy(StrategyIx),
    /// `/<strategy-id>/<initiative-id>/`.
    Initiative(InitiativeIx),
    /// `/themes/`.
    Themes,
    /// `/themes/<theme-id>/`.
    Theme(ThemeIx),
    /// `/directors/`.
    Directors,
    /// `/directors/<director-id>/`.
    Director(DirectorIx),
    /// `/status/`.
    Status,
    /// `/method/`: how progress and status are computed, with an example of the site.
    Method,
    /// `/revisions/`: every revision of a target, baseline or deadline, from git.
    Revisions,
    /// `/changes/`: what changed since the last report, from git.
    Changes,
    /// `/search/`.
    Search,
    /// `/print/<strategy-id>/`: the whole strategy on one page, under the reserved id
    /// `print`, so no strategy or initiative page can be there.
    Print(StrategyIx),
    /// `/404.html`.
    NotFound,
}

impl Page {
    /// Every page of `site`, in the order a render plans them: the fixed pages, then
    /// strategies, print pages, initiatives, themes and directors.
    pub fn all(site: &SiteIndex) -> Vec<Page> {
        let mut pages = vec![
            Page::Front,
            Page::Themes,
            Page::Directors,
            Page::Status,
            Page::Method,
            Page::Revisions,
            Page::Changes,
            Page::Search,
            Page::NotFound,
        ];
        pages.extend((0..site.strategies.len()).map(|i| Page::Strategy(StrategyIx(i))));
        pages.extend((0..site.strategies.len()).map(|i| Page::Print(StrategyIx(i))));
        pages.extend((0..site.initiatives.len()).map(|i| Page::Initiative(InitiativeIx(i))));
        pages.extend((0..site.themes.len()).map(|i| Page::Theme(ThemeIx(i))));
        pages.extend((0..site.directors.len()).map(|i| Page::Director(DirectorIx(i))));
        pages
    }

    /// The template that renders the page.
    pub fn template(self) -> &'static str {
        match self {
            Page::Front => "index.html",
            Page::Strategy(_) => "strategy.html",
            Page::Initiative(_) => "initiative.html",
            Page::Themes => "themes.html",
            Page::Theme(_) => "theme.html",
            Page::Directors => "directors.html",
            Page::Director(_) => "director.html",
            Page::Status => "status.html",
            Page::Method => "method.html",
            Page::Revisions => "revisions.html",
            Page::Changes => "changes.html",
            Page::Search => "search.html",
            Page::Print(_) => "print.html",
            Page::NotFound => "404.html",
        }
    }

    /// The page's kind, as templates see it in `page.kind`.
    pub fn kind(self) -> &'static str {
        match self {
            Page::Front => "front",
            Page::Strategy(_) => "strategy",
            Page::Initiative(_) => "initiative",
            Page::Themes => "themes",
            Page::Theme(_) => "theme",
            Page::Directors => "directors",
            Page::Director(_) => "director",
            Page::Status => "status",
            Page::Method => "method",
            Page::Revisions => "revisions",
            Page::Changes => "changes",
            Page::Search => "search",
            Page::Print(_) => "print",
            Page::NotFound => "not-found",
        }
    }

    /// The page's site path, like `/themes/velfaerd/` (with the site's base path).
    /// Strategies, initiatives, themes and directors have theirs from the link stage.
    pub fn url(self, site: &SiteIndex) -> String {
        let base = &site.config.base_path;
        match self {
            Page::Front => base.clone(),
            Page::Strategy(ix) => site.strategies[ix.0].url.clone(),
            Page::Initiative(ix) => site.initiatives[ix.0].url.clone(),
            Page::Theme(ix) => site.themes[ix.0].url.clone(),
            Page::Director(ix) => site.directors[ix.0].url.clone(),
            Page::Themes => format!("{base}themes/"),
            Page::Directors => format!("{base}directors/"),
            Page::Status => format!("{base}status/"),
            Page::Method => format!("{base}method/"),
            Page::Revisions => format!("{base}revisions/"),
            Page::Changes => format!("{base}changes/"),
            Page::Search => format!("{base}search/"),
            Page::Print(ix) => format!("{base}print/{}/", site.strategies[ix.0].doc.id),
            Page::NotFound => format!("{base}404.html"),
        }
    }

    /// The `/`-separated path of the file the page is written to, like
    /// `themes/velfaerd/index.html`.
    pub fn file(self, site: &SiteIndex) -> String {
        match self {
            Page::NotFound => "404.html".into(),
            Page::Strategy(ix) => file_for(&site.config.base_path, &site.strategies[ix.0].url),
            Page::Initiative(ix) => file_for(&site.config.base_path, &site.initiatives[ix.0].url),
            Page::Theme(ix) => file_for(&site.config.base_path, &site.themes[ix.0].url),
            Page::Director(ix) => file_for(&site.config.base_path, &site.directors[ix.0].url),
            page => file_for(&site.config.base_path, &page.url(site)),
        }
    }

    /// True for the pages the sitemap lists: not the search page or a print page (no
    /// content of their own) or the 404 page.
    pub fn in_sitemap(self) -> bool {
        !matches!(self, Page::Search | Page::Print(_) | Page::NotFound)
    }

    /// The file of the page's embeddable badge, like `badges/themes/velfaerd.svg`: for
    /// strategy, initiative, theme and director pages.
    pub fn badge_file(self, site: &SiteIndex) -> Option<String> {
        Some(match self {
            Page::Strategy(ix) => format!("badges/{}.svg", site.strategies[ix.0].doc.id),
            Page::Initiative(ix) => {
                let i = &site.initiatives[ix.0];
                format!("badges/{}/{}.svg", site.strategies[i.strategy.0].doc.id, i.doc.id)
            }
            Page::Theme(ix) => format!("badges/themes/{}.svg", site.themes[ix.0].id),
            Page::Director(ix) => format!("badges/directors/{}.svg", site.directors[ix.0].doc.id),
            _ => return None,
        })
    }

    /// The site path of the page's badge ([`Page::badge_file`]).
    pub fn badge_url(self, site: &SiteIndex) -> Option<String> {
        self.badge_file(site).map(|file| format!("{}{file}", site.config.base_path))
    }
}

/// The output file of a site path: `/x/y/` → `x/y/index.html`.
pub fn file_for(base: &str, url: &str) -> String {
    let rel = url.strip_prefix(base).unwrap_or(url).trim_start_matches('/');
    format!("{rel}index.html")
}

/// A page of the site: the output path it is written to and the template that renders
/// it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedPage {
    /// `/`-separated output path, like `themes/velfaerd/index.html`.
    pub path: String,
    /// The template's name, like `theme.html`.
    pub template: &'static str,
}

/// Every page a render makes for `site`, in order, without rendering any.
pub fn page_plan(site: &SiteIndex) -> Vec<PlannedPage> {
    Page::all(site)
        .into_iter()
        .map(|page| PlannedPage { path: page.file(site), template: page.template() })
        .collect()
}

/// The pages in groups rendered one after the other on one thread: a strategy's page,
/// its initiative pages and its print page last (so the data the print page shares
/// with the others is made once and dropped after it, rather than kept for the whole
/// site), and every other page on its own. The order of `pages` is kept otherwise, the
/// strategies' groups where their first page was: the large index pages come first, so
/// that no long page is left to render alone at the end.
pub(super) fn page_groups(site: &SiteIndex, pages: Vec<Page>) -> Vec<Vec<Page>> {
    let mut by_strategy: Vec<Vec<Page>> = vec![Vec::new(); site.strategies.len()];
    let mut before = Vec::new();
    let mut after = Vec::new();
    let mut prints = Vec::new();
    // Whether a page of the strategies' groups came yet.
    let mut grouped = false;
    for page in pages {
        match page {
            Page::Strategy(ix) => {
                by_strategy[ix.0].insert(0, page);
                grouped = true;
            }
            Page::Initiative(ix) => {
                by_strategy[site.initiatives[ix.0].strategy.0].push(page);
                grouped = true;
            }
            Page::Print(ix) => {
                prints.push(ix);
                grouped = true;
            }
            other if grouped => after.push(vec![other]),
            other => before.push(vec![other]),
        }
    }
    for ix in prints {
        by_strategy[ix.0].push(Page::Print(ix));
    }
    before.extend(by_strategy.into_iter().filter(|group| !group.is_empty()));
    before.extend(after);
    before
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kommune() -> SiteIndex {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/kommune");
        crate::load(&root).unwrap_or_else(|e| panic!("{e:?}")).index
    }

    #[test]
    fn page_groups_keep_every_page_once_with_print_pages_after_their_initiatives() {
        let site = kommune();
        let pages = Page::all(&site);
        let groups = page_groups(&site, pages.clone());

        let mut planned: Vec<String> = pages.iter().map(|p| p.file(&site)).collect();
        let mut grouped: Vec<String> = groups.iter().flatten().map(|p| p.file(&site)).collect();
        planned.sort();
        grouped.sort();
        assert_eq!(planned, grouped, "every page once");

        // The large index pages first, in the plan's order.
        assert!(matches!(groups[0][..], [Page::Front]), "{:?}", groups[0]);
        for (ix, strategy) in site.strategies.iter().enumerate() {
            let group = groups
                .iter()
                .find(|g| g.iter().any(|p| matches!(p, Page::Print(s) if s.0 == ix)))
                .expect("a group with the print page");
            assert!(matches!(group.last(), Some(Page::Print(_))), "print page last");
            assert!(
                matches!(group.first(), Some(Page::Strategy(s)) if s.0 == ix),
                "its strategy's page first: {group:?}"
            );
            let initiatives: Vec<usize> = group
                .iter()
                .filter_map(|p| match p {
                    Page::Initiative(i) => Some(i.0),
                    _ => None,
                })
                .collect();
            let mut expected: Vec<usize> = strategy.initiatives.iter().map(|i| i.0).collect();
            expected.sort();
            assert_eq!(initiatives, expected, "{}: its initiatives, in one group", strategy.doc.id);
        }
    }

    #[test]
    fn every_page_has_its_own_file_and_files_follow_urls() {
        let site = kommune();
        let pages = Page::all(&site);
        let files: std::collections::HashSet<String> =
            pages.iter().map(|p| p.file(&site)).collect();
        assert_eq!(files.len(), pages.len(), "no two pages share a file");
        for page in pages {
            let (url, file) = (page.url(&site), page.file(&site));
            assert!(url.starts_with(&site.config.base_path), "{url}");
            if page != Page::NotFound {
                assert_eq!(file, file_for(&site.config.base_path, &url), "{page:?}");
            }
        }
        assert_eq!(Page::Themes.file(&site), "themes/index.html");
        assert_eq!(Page::Front.file(&site), "index.html");
        assert_eq!(
            Page::Print(StrategyIx(0)).url(&site),
            format!("/print/{}/", site.strategies[0].doc.id)
        );
        assert_eq!(Page::Status.badge_file(&site), None);
        assert_eq!(
            Page::Theme(ThemeIx(0)).badge_url(&site),
            Some(format!("/badges/themes/{}.svg", site.themes[0].id))
        );
    }
}

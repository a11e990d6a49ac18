//! What every page kind's render shares: the renderer (views, lists, templates),
//! page metadata, Markdown with its problems located, list items made once, badges.

use serde::Serialize;

use crate::error::Diagnostics;
use crate::link::{InitiativeIx, SiteIndex, StrategyIx};
use crate::model::{Origin, Status};

use super::lists::Lists;
use super::markdown::{self, MarkdownContext};
use super::pages::Page;
use super::templates::Templates;
use super::views::{BudgetLineView, Link, StatusView, ViewBuilder};
use super::{badges, OutputFile};

/// Values every page has.
#[derive(Serialize)]
pub(super) struct PageMeta<'a> {
    /// `<h1>`.
    pub(super) title: &'a str,
    /// `<title>`: the page's title, then the site's while the two fit in 70 characters
    /// (what search results and tabs show); a long title alone, shortened at a word.
    pub(super) head_title: String,
    /// `<meta name="description">`.
    pub(super) description: String,
    /// Site path.
    pub(super) path: &'a str,
    /// Absolute URL when the site has one.
    pub(super) canonical: String,
    /// Trail from the front page; the last is the page itself.
    pub(super) breadcrumbs: Vec<Link<'a>>,
    /// Page kind: `front`, `strategy`, `initiative`, `themes`, `theme`, `directors`,
    /// `director`, `status`, `search`, `print`, `not-found`.
    pub(super) kind: &'static str,
}

#[derive(Serialize)]
pub(super) struct StatusCount {
    pub(super) status: StatusView,
    pub(super) count: usize,
}

/// What the pages of one group (a strategy's page, its initiatives' pages and its print
/// page, see [`super::pages::page_groups`]) make once and share, each with the problems
/// found in its texts.
#[derive(Default)]
pub(super) struct SharedInGroup {
    /// Initiatives' page data as template values, by initiative: for an initiative's
    /// page and its strategy's print page (which showed every initiative again and cost
    /// as much as all initiative pages).
    pub(super) initiatives: std::collections::HashMap<usize, (tera::Value, Diagnostics)>,
    /// The strategy's data as a template value, for its page and its print page.
    pub(super) strategy: Option<(StrategyIx, tera::Value, Diagnostics)>,
}

/// Site paths of the pages other pages link to, made once per render (see [`Page::url`]).
pub(super) struct FixedPaths {
    pub(super) themes: String,
    pub(super) directors: String,
    pub(super) status: String,
    /// The method page.
    pub(super) method: String,
    pub(super) revisions: String,
    pub(super) changes: String,
    pub(super) search: String,
    pub(super) not_found: String,
    /// Each strategy's print page.
    pub(super) print: Vec<String>,
}

impl FixedPaths {
    pub(super) fn of(site: &SiteIndex) -> FixedPaths {
        FixedPaths {
            themes: Page::Themes.url(site),
            directors: Page::Directors.url(site),
            status: Page::Status.url(site),
            method: Page::Method.url(site),
            revisions: Page::Revisions.url(site),
            changes: Page::Changes.url(site),
            search: Page::Search.url(site),
            not_found: Page::NotFound.url(site),
            print: (0..site.strategies.len())
                .map(|i| Page::Print(StrategyIx(i)).url(site))
                .collect(),
        }
    }
}

pub(super) struct Renderer<'a> {
    pub(super) views: ViewBuilder<'a>,
    /// The initiatives' list items and the status page's lists, each made once (and
    /// lazily, so `serve` pays only for those of the pages it re-renders).
    pub(super) lists: &'a Lists,
    pub(super) paths: &'a FixedPaths,
    pub(super) md: MarkdownContext<'a>,
    pub(super) templates: &'a Templates,
    /// Since when the changes page lists changes (`build --since`; else the start of
    /// the previous reporting period).
    pub(super) changes_since: crate::model::Date,
    /// The site's header and footer, each page's frame, rendered once per render.
    pub(super) chrome: super::chrome::Chrome,
}

impl<'a> Renderer<'a> {
    pub(super) fn site(&self) -> &'a SiteIndex {
        self.views.site
    }

    pub(super) fn markdown(
        &self,
        text: &str,
        origin: &Origin,
        problems: &mut Diagnostics,
    ) -> String {
        let rendered = markdown::render(text, &origin.source.path, &self.md);
        self.report_links(rendered.broken_links, origin, problems);
        rendered.html
    }

    pub(super) fn markdown_inline(
        &self,
        text: &str,
        origin: &Origin,
        problems: &mut Diagnostics,
    ) -> String {
        let rendered = markdown::render_inline(text, &origin.source.path, &self.md);
        self.report_links(rendered.broken_links, origin, problems);
        rendered.html
    }

    fn report_links(&self, broken: Vec<String>, origin: &Origin, problems: &mut Diagnostics) {
        if broken.is_empty() {
            return;
        }
        for d in markdown::broken_link_problems(broken, &origin.source, &self.site().source_urls) {
            problems.push(d);
        }
    }

    pub(super) fn counts(&self, list: &[InitiativeIx]) -> Vec<StatusCount> {
        let mut counts = [0usize; 6];
        for ix in list {
            let status = self.site().initiatives[ix.0].status;
            counts[Status::ALL.iter().position(|s| *s == status).unwrap_or(0)] += 1;
        }
        Status::ALL
            .iter()
            .zip(counts)
            .filter(|(_, n)| *n > 0)
            .map(|(s, count)| StatusCount { status: self.views.status(*s), count })
            .collect()
    }

    fn crumbs(&self, trail: Vec<Link<'a>>) -> Vec<Link<'a>> {
        let mut crumbs =
            vec![Link { title: self.views.ui.home, url: &self.site().config.base_path }];
        crumbs.extend(trail);
        crumbs
    }

    pub(super) fn meta(
        &self,
        title: &'a str,
        description: String,
        path: &'a str,
        trail: Vec<Link<'a>>,
        page: Page,
    ) -> PageMeta<'a> {
        let site_title = &self.site().config.title;
        let head_title = match page {
            Page::Front => head_title(site_title, None),
            _ => head_title(title, Some(site_title)),
        };
        PageMeta {
            title,
            head_title,
            description,
            path,
            canonical: self.site().config.absolute_url(path),
            breadcrumbs: self.crumbs(trail),
            kind: page.kind(),
        }
    }

    /// The meta of a site-wide index page (`/themes/`, `/directors/`, `/status/`,
    /// `/search/`): titled `title`, described as "`label` – site title", and its own
    /// only breadcrumb after the front page.
    pub(super) fn index_meta(
        &self,
        title: &'a str,
        label: &str,
        path: &'a str,
        page: Page,
    ) -> PageMeta<'a> {
        let trail = vec![Link { title, url: path }];
        self.meta(title, format!("{label} – {}", self.site().config.title), path, trail, page)
    }

    /// Renders `page`'s template with `meta` as `page` and each field of `data` as a
    /// variable, into the page's file.
    pub(super) fn emit<T: Serialize>(
        &self,
        page: Page,
        meta: PageMeta<'a>,
        data: T,
    ) -> Result<OutputFile, Diagnostics> {
        let parts = self.chrome_for(page.kind())?;
        let bytes = self.templates.render_page(page.template(), &meta, &data, parts)?;
        let path = page.file(self.site());
        // The not-found page is shown at any address: its links stay root-relative.
        let bytes = match page {
            Page::NotFound => bytes,
            _ => super::relative::relative_addresses(bytes, &path, &self.site().config.base_path),
        };
        Ok(OutputFile { path, bytes })
    }

    /// The site path of `page`'s badge.
    pub(super) fn badge_url(&self, page: Page) -> String {
        page.badge_url(self.site()).unwrap_or_default()
    }

    /// For `<meta name="description">`: the text's summary, or else the site's.
    pub(super) fn description(&self, text: &str) -> String {
        let out = super::markdown::plain_summary(text);
        if out.is_empty() {
            self.site()
                .config
                .description
                .clone()
                .unwrap_or_else(|| self.site().config.title.clone())
        } else {
            out
        }
    }

    /// Adds HTML fragments to a template value: for each `(name, partial, wanted)`, the
    /// partial rendered on its own with the value's fields as its variables, or empty
    /// where not wanted. Parts that several pages show alike are rendered once so. The
    /// fragments are marked safe (see [`html_value`]).
    pub(super) fn with_fragments<const N: usize>(
        &self,
        value: tera::Value,
        fragments: [(&'static str, &str, bool); N],
        problems: &mut Diagnostics,
    ) -> tera::Value {
        let Some(mut vars) = value.into_map() else { return tera::Value::none() };
        for (name, partial, wanted) in fragments {
            let html = if wanted {
                self.templates.render_fragment(partial, &vars).unwrap_or_else(|found| {
                    problems.extend(found);
                    String::new()
                })
            } else {
                String::new()
            };
            vars.insert(tera::value::Key::Str(name), html_value(html));
        }
        tera::Value::from(vars)
    }

    /// Adds to a template value (a map) each of its lists of links as HTML, rendered
    /// once by `partials/links.html` (`name`: the list's field): an initiative's
    /// directors and themes, which every list it is in shows.
    fn with_links<const N: usize>(
        &self,
        value: tera::Value,
        lists: [(&'static str, &'static str); N],
        problems: &mut Diagnostics,
    ) -> tera::Value {
        let Some(mut vars) = value.into_map() else { return tera::Value::none() };
        for (name, field) in lists {
            let links =
                vars.get(&tera::value::Key::Str(field)).cloned().unwrap_or_else(tera::Value::none);
            let mut link_vars = tera::Map::default();
            link_vars.insert(tera::value::Key::Str("links"), links);
            let html = self.templates.render_fragment("partials/links.html", &link_vars);
            let html = html.unwrap_or_else(|found| {
                problems.extend(found);
                String::new()
            });
            vars.insert(tera::value::Key::Str(name), html_value(html));
        }
        tera::Value::from(vars)
    }

    /// An initiative's list item as a template value, with its status and progress
    /// rendered once by their partials (`status_html`, `progress_html`), and its
    /// directors and themes as links (`responsible_html`, `themes_html`): every list the
    /// initiative is in, its page and the print page show them, and rendering them
    /// there each time was a fifth of the time spent in templates. Problems rendering
    /// them go to `problems` (of every page that shows the item).
    pub(super) fn item(&self, ix: InitiativeIx, problems: &mut Diagnostics) -> &'a tera::Value {
        let (value, found) = self.lists.items[ix.0].get_or_init(|| {
            let mut found = Diagnostics::new();
            let value = tera::Value::from_serializable(&self.views.initiative_item(ix));
            let overdue = self.views.site.initiatives[ix.0].update_overdue();
            let value = self.with_fragments(
                value,
                [
                    ("status_html", "partials/status.html", true),
                    ("progress_html", "partials/progress.html", true),
                    ("overdue_html", "partials/update_overdue.html", overdue),
                ],
                &mut found,
            );
            let value = self.with_links(
                value,
                [("responsible_html", "responsible"), ("themes_html", "themes")],
                &mut found,
            );
            (value, found)
        });
        problems.extend(found.clone());
        value
    }

    /// List items for some initiatives.
    pub(super) fn items_of(
        &self,
        list: &[InitiativeIx],
        problems: &mut Diagnostics,
    ) -> Vec<&'a tera::Value> {
        list.iter().map(|&ix| self.item(ix, problems)).collect()
    }

    /// Renders one page; problems in its texts fail it.
    pub(super) fn page(
        &self,
        page: Page,
        shared: &mut SharedInGroup,
    ) -> Result<OutputFile, Diagnostics> {
        let mut problems = Diagnostics::new();
        let problems_ = &mut problems;
        let result = match page {
            Page::Front => self.front_page(problems_),
            Page::Strategy(ix) => self.strategy_page(ix, shared, problems_),
            Page::Print(ix) => self.print_page(ix, shared),
            Page::Initiative(ix) => self.initiative_page(ix, shared, problems_),
            Page::Themes => self.themes_page(problems_),
            Page::Theme(tx) => self.theme_page(tx, problems_),
            Page::Directors => self.directors_page(),
            Page::Director(dx) => self.director_page(dx, problems_),
            Page::Status => self.status_page(problems_),
            Page::Method => self.method_page(),
            Page::Revisions => self.revisions_page(),
            Page::Changes => self.changes_page(self.changes_since),
            Page::Search => self.search_page(),
            Page::NotFound => self.not_found_page(),
        };
        match result {
            Ok(file) if !problems.has_errors() => Ok(file),
            Ok(_) => Err(problems),
            Err(mut more) => {
                more.extend(problems);
                Err(more)
            }
        }
    }

    /// The badge of a strategy, initiative, theme or director page's subject (`None`
    /// for other pages). Aggregates have no status of their own: their badges are
    /// neutral.
    pub(super) fn badge(&self, page: Page) -> Option<OutputFile> {
        let (label, value, status, title) = self.badge_texts(page)?;
        let bytes = badges::badge(&label, &value, status, &title).into_bytes();
        Some(OutputFile { path: page.badge_file(self.site())?, bytes })
    }

    /// The badge of `page`'s subject as its page shows it: address, text, size.
    pub(super) fn badge_view(&self, page: Page, subject: &str) -> super::views::BadgeView {
        let width =
            self.badge_texts(page).map_or(0, |(label, value, ..)| badges::width(&label, &value));
        self.views.badge(self.badge_url(page), subject, width)
    }

    /// What `page`'s badge says: its label, value, status (for the colour) and title.
    fn badge_texts(&self, page: Page) -> Option<(String, String, Option<Status>, String)> {
        let site = self.site();
        let ui = self.views.ui;
        let fmt = self.views.fmt;
        let (progress, status, subject) = match page {
            Page::Strategy(ix) => {
                let s = &site.strategies[ix.0];
                (s.progress, None, &s.doc.fields.title)
            }
            Page::Initiative(ix) => {
                let i = &site.initiatives[ix.0];
                (i.percent(), Some(i.status), &i.doc.fields.title)
            }
            Page::Theme(ix) => {
                let t = &site.themes[ix.0];
                (t.progress, None, &t.title)
            }
            Page::Director(ix) => {
                let d = &site.directors[ix.0];
                (d.progress, None, &d.doc.fields.name)
            }
            _ => return None,
        };
        let value = match (progress, status) {
            (Some(p), Some(s)) => format!("{} · {}", fmt.percent(p), ui.status_label(s)),
            (Some(p), None) => fmt.percent(p),
            (None, Some(s)) => ui.status_label(s).to_string(),
            (None, None) => ui.not_measured.to_string(),
        };
        let mut title = format!("{subject} – {}: {value}", ui.badge_alt_progress);
        if let Page::Initiative(ix) = page {
            if site.initiatives[ix.0].update_overdue() {
                // Said in the title (read out, shown on hover), not by colour.
                title = format!("{title} ({})", ui.update_overdue.to_lowercase());
            }
        }
        let label = ui.badge_alt_progress.to_lowercase();
        Some((label, value, status, title))
    }
}

pub(super) fn budget_lines<'a>(
    v: &ViewBuilder<'a>,
    lines: &'a [crate::model::BudgetLine],
) -> Vec<BudgetLineView<'a>> {
    lines
        .iter()
        .map(|l| BudgetLineView {
            year: l.year,
            label: l.label.as_deref(),
            target: v.fmt.amount(l.target, l.unit()),
            realised: l.realised.map(|r| v.fmt.amount(r, l.unit())),
        })
        .collect()
}

/// The longest `<title>` written whole, in characters.
const HEAD_TITLE_MAX: usize = 70;

/// `title – site` when that fits in [`HEAD_TITLE_MAX`] characters, else `title` alone,
/// shortened at the last word that fits (with `…`).
fn head_title(title: &str, site: Option<&str>) -> String {
    if let Some(site) = site.filter(|s| !s.is_empty()) {
        let both = format!("{title} – {site}");
        if both.chars().count() <= HEAD_TITLE_MAX {
            return both;
        }
    }
    if title.chars().count() <= HEAD_TITLE_MAX {
        return title.to_string();
    }
    let cut: String = title.chars().take(HEAD_TITLE_MAX - 1).collect();
    let at_word = match cut.rfind(' ') {
        Some(space) if space > HEAD_TITLE_MAX / 2 => &cut[..space],
        _ => cut.as_str(),
    };
    format!("{}…", at_word.trim_end_matches([' ', ',', ':', ';', '–', '-']))
}

/// HTML that retning rendered from a partial, as a template value marked safe: a
/// template prints it as it is, with or without `| safe`. (The built-in theme leaves
/// the filter out: it was called hundreds of thousands of times on a large site, on
/// values that are HTML by construction.)
pub(super) fn html_value(html: String) -> tera::Value {
    tera::Value::from(html).mark_safe()
}

#[cfg(test)]
mod tests {
    use super::head_title;

    #[test]
    fn a_head_title_keeps_the_page_title_first_and_fits_in_seventy_characters() {
        assert_eq!(
            head_title("Cykler", Some("Odsherred – strategier")),
            "Cykler – Odsherred – strategier"
        );
        assert_eq!(head_title("Odsherred", None), "Odsherred");
        // Too long with the site's title: the page's alone.
        let long = "Etablere et tværgående samarbejde om den tidlige indsats for børn";
        assert_eq!(head_title(long, Some("Odsherred Kommune – strategier")), long);
        // Too long alone: shortened at a word, within the limit.
        let longer = format!("{long} og unge i alle dele af kommunen");
        let short = head_title(&longer, Some("Odsherred"));
        assert_eq!(short, "Etablere et tværgående samarbejde om den tidlige indsats for børn og…");
        assert!(short.chars().count() <= 70);
    }
}

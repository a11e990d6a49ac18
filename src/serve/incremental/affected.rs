//! Which pages a change affects: the old and new linked sites compared.

use super::*;

/// True when two documents come from the same source text (same file, same text).
pub(super) fn same_source(a: &Origin, b: &Origin) -> bool {
    a.inline_line == b.inline_line
        && (Arc::ptr_eq(&a.source, &b.source)
            || (a.source.path == b.source.path
                && a.source.front_matter_line == b.source.front_matter_line
                && a.source.text == b.source.text))
}

/// What a change affects, when it is not everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Affected {
    /// Output paths of the pages that may differ.
    pub pages: HashSet<String>,
    /// True when the site-wide files (badges, data, feeds) may differ too.
    pub site_files: bool,
    /// Positions of the initiatives whose list items may differ (their front matter
    /// changed), ascending.
    pub changed_items: Vec<usize>,
}

/// What may differ between a site rendered from `old` and one rendered from `new`
/// (templates and options being equal), or `None` when every page must be rendered.
/// See the module docs for the rules.
pub fn affected_pages(old: &SiteIndex, new: &SiteIndex) -> Option<Affected> {
    use crate::link::{DirectorIx, InitiativeIx, StrategyIx, ThemeIx};
    use render::pages::Page;

    // Anything structural: render everything.
    if old.as_of != new.as_of
        || old.config.base_path != new.config.base_path
        || old.strategies.len() != new.strategies.len()
        || old.directors.len() != new.directors.len()
        || old.themes.len() != new.themes.len()
        || old.initiatives.len() != new.initiatives.len()
        || old.source_urls.len() != new.source_urls.len()
        // A new commit: timelines, revisions and changes may differ anywhere.
        || old.history.source.available().map(|h| &h.head)
            != new.history.source.available().map(|h| &h.head)
    {
        return None;
    }
    match (&old.front_page.origin, &new.front_page.origin) {
        (None, None) => {}
        (Some(a), Some(b)) if same_source(a, b) => {}
        _ => return None,
    }
    for (a, b) in old.strategies.iter().zip(&new.strategies) {
        if !same_source(&a.doc.origin, &b.doc.origin) || a.url != b.url || a.doc.id != b.doc.id {
            return None;
        }
    }
    for (a, b) in old.directors.iter().zip(&new.directors) {
        if !same_source(&a.doc.origin, &b.doc.origin) || a.url != b.url || a.doc.id != b.doc.id {
            return None;
        }
    }
    for (a, b) in old.themes.iter().zip(&new.themes) {
        if a.id != b.id
            || a.title != b.title
            || a.summary != b.summary
            || a.url != b.url
            || a.strategies != b.strategies
        {
            return None;
        }
    }
    for (a, b) in old.initiatives.iter().zip(&new.initiatives) {
        if a.strategy != b.strategy
            || a.doc.id != b.doc.id
            || a.url != b.url
            || (!Arc::ptr_eq(&a.doc.origin.source, &b.doc.origin.source)
                && a.doc.origin.source.path != b.doc.origin.source.path)
            || a.doc.origin.inline_line != b.doc.origin.inline_line
        {
            return None;
        }
    }

    // `index::link` makes `source_urls` from the paths and URLs compared above (and the
    // base path): equal too, without comparing 10,000 paths on every edit.
    debug_assert!(old.source_urls == new.source_urls, "source_urls differ");

    // Only initiatives changed: same positions in both indexes.
    let mut pages: HashSet<String> = HashSet::new();
    let mut lists_changed = false;
    let mut links_changed = false;
    let mut changed_items: Vec<usize> = Vec::new();
    for (k, (a, b)) in old.initiatives.iter().zip(&new.initiatives).enumerate() {
        let text_changed = !same_source(&a.doc.origin, &b.doc.origin);
        let derived_same = a.themes == b.themes
            && a.responsible == b.responsible
            && a.status == b.status
            && a.progress == b.progress
            && a.actions_done == b.actions_done
            && a.budget == b.budget
            && a.follow_up == b.follow_up;
        let links_same = a.related == b.related && a.referenced_by == b.referenced_by;
        if !text_changed {
            if !derived_same {
                // Cannot happen without a structural change; be safe.
                return None;
            }
            if !links_same {
                pages.insert(Page::Initiative(InitiativeIx(k)).file(new));
                links_changed = true;
            }
            continue;
        }
        pages.insert(Page::Initiative(InitiativeIx(k)).file(new));
        // The strategy's print page shows every initiative in full.
        for ix in [a.strategy, b.strategy] {
            pages.insert(Page::Print(ix).file(new));
        }
        let front_matter_same = a.doc.origin.source.front_matter_line
            == b.doc.origin.source.front_matter_line
            && a.doc.origin.source.front_matter() == b.doc.origin.source.front_matter();
        if front_matter_same && derived_same && links_same {
            // Only the Markdown text changed: only the initiative's own page shows it.
            continue;
        }
        // Front matter changed: everything that lists or sums up this initiative.
        lists_changed = true;
        changed_items.push(k);
        if a.status != b.status || a.themes != b.themes || a.responsible != b.responsible {
            // The theme and director indexes count each one's initiatives by status, and
            // the themes index's matrix by theme and director.
            pages.insert(Page::Themes.file(new));
            pages.insert(Page::Directors.file(new));
        }
        for ix in [a.strategy, b.strategy] {
            pages.insert(Page::Strategy(ix).file(new));
        }
        for t in a.themes.iter().chain(&b.themes) {
            pages.insert(Page::Theme(*t).file(new));
        }
        for d in a.responsible.iter().chain(&b.responsible) {
            pages.insert(Page::Director(*d).file(new));
        }
        for r in a.related.iter().chain(&a.referenced_by).chain(&b.related).chain(&b.referenced_by)
        {
            pages.insert(Page::Initiative(*r).file(new));
        }
    }
    if !changed_items.is_empty() {
        // Any initiative whose page lists a changed one, in either index.
        for index in [old, new] {
            for (k, node) in index.initiatives.iter().enumerate() {
                if node
                    .related
                    .iter()
                    .chain(&node.referenced_by)
                    .any(|r| changed_items.contains(&r.0))
                {
                    pages.insert(Page::Initiative(InitiativeIx(k)).file(index));
                }
            }
        }
    }

    // Safety net: aggregates that changed show on their own pages and the overviews.
    for (k, (a, b)) in old.strategies.iter().zip(&new.strategies).enumerate() {
        if a.progress != b.progress || a.budget != b.budget || a.initiatives != b.initiatives {
            pages.insert(Page::Strategy(StrategyIx(k)).file(new));
            pages.insert(Page::Print(StrategyIx(k)).file(new));
            lists_changed = true;
        }
    }
    // The theme and director indexes show each one's own fields (compared above) and
    // aggregates: re-rendered only when an aggregate changed (a title edit leaves them
    // alone).
    for (k, (a, b)) in old.themes.iter().zip(&new.themes).enumerate() {
        if a.progress != b.progress || a.budget != b.budget || a.initiatives != b.initiatives {
            pages.insert(Page::Theme(ThemeIx(k)).file(new));
            for s in &b.strategies {
                pages.insert(Page::Strategy(*s).file(new));
            }
            pages.insert(Page::Themes.file(new));
            lists_changed = true;
        }
    }
    for (k, (a, b)) in old.directors.iter().zip(&new.directors).enumerate() {
        if a.progress != b.progress
            || a.budget != b.budget
            || a.initiatives != b.initiatives
            || a.owns != b.owns
        {
            pages.insert(Page::Director(DirectorIx(k)).file(new));
            pages.insert(Page::Directors.file(new));
            lists_changed = true;
        }
    }
    if old.progress != new.progress {
        lists_changed = true;
    }
    if lists_changed {
        // The revisions and changes pages name initiatives by their titles.
        for fixed in [Page::Front, Page::Status, Page::Method, Page::Revisions, Page::Changes] {
            pages.insert(fixed.file(new));
        }
    }
    // Site-wide files show front matter and what is derived from it, never bodies.
    Some(Affected { pages, site_files: lists_changed || links_changed, changed_items })
}

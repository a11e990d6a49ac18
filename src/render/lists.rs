//! The initiatives' list items and the status page's lists, made once per render and,
//! in `serve`, kept for the next render where a change cannot have touched them.

use std::sync::OnceLock;

use crate::error::Diagnostics;
use crate::link::InitiativeIx;
use crate::model::Status;

/// The initiatives' lists as a render makes them, each once:
/// - each initiative's list item as a template value, with the problems found making
///   it: made when a page first lists the initiative, and shared by every list it is
///   in (strategy, theme, director and status pages, related initiatives);
/// - the status page's lists (`list_html` of a status group), by status.
#[derive(Debug, Default)]
pub struct Lists {
    pub(super) items: Vec<OnceLock<(tera::Value, Diagnostics)>>,
    status_lists: std::sync::Mutex<Vec<StatusList>>,
    /// Whether the status lists are kept (for a next render), or freed with the page.
    keep_status_lists: bool,
}

/// A status group's list as rendered, and the initiatives in it.
#[derive(Debug, Clone)]
struct StatusList {
    status: Status,
    members: Vec<InitiativeIx>,
    html: tera::Value,
}

impl Lists {
    /// Room for the lists of a site with `initiatives` initiatives, none made yet,
    /// for one render.
    pub fn new(initiatives: usize) -> Lists {
        Lists { items: (0..initiatives).map(|_| OnceLock::new()).collect(), ..Lists::default() }
    }

    /// Room for the lists of a site with `initiatives` initiatives, none made yet, all
    /// kept for [`Lists::reusing`].
    pub fn reusable(initiatives: usize) -> Lists {
        Lists { keep_status_lists: true, ..Lists::new(initiatives) }
    }

    /// Room for the lists of the same initiatives, with those already made in
    /// `previous` kept, except the items of `changed` (positions in the site's
    /// initiatives) and the status lists that show them. The caller vouches that
    /// nothing else a list shows has changed: templates, configuration, and the
    /// strategies, themes and directors it names.
    pub fn reusing(previous: &Lists, changed: &[usize]) -> Lists {
        let mut items: Vec<_> = previous
            .items
            .iter()
            .map(|made| match made.get() {
                // A template value's clone shares its maps and lists.
                Some(item) => OnceLock::from(item.clone()),
                None => OnceLock::new(),
            })
            .collect();
        for &ix in changed {
            if let Some(slot) = items.get_mut(ix) {
                *slot = OnceLock::new();
            }
        }
        let mut status_lists =
            previous.status_lists.lock().unwrap_or_else(|e| e.into_inner()).clone();
        status_lists
            .retain(|list| !list.members.iter().any(|ix| changed.binary_search(&ix.0).is_ok()));
        Lists { items, status_lists: std::sync::Mutex::new(status_lists), keep_status_lists: true }
    }

    pub(super) fn len(&self) -> usize {
        self.items.len()
    }

    /// The status list made for `status` with these `members`, if kept.
    pub(super) fn status_list(
        &self,
        status: Status,
        members: &[InitiativeIx],
    ) -> Option<tera::Value> {
        let lists = self.status_lists.lock().unwrap_or_else(|e| e.into_inner());
        lists
            .iter()
            .find(|list| list.status == status && list.members == members)
            .map(|list| list.html.clone())
    }

    pub(super) fn keep_status_list(
        &self,
        status: Status,
        members: Vec<InitiativeIx>,
        html: &tera::Value,
    ) {
        if !self.keep_status_lists {
            return;
        }
        let html = html.clone();
        let mut lists = self.status_lists.lock().unwrap_or_else(|e| e.into_inner());
        lists.retain(|list| list.status != status);
        lists.push(StatusList { status, members, html });
    }
}

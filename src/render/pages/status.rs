//! The status overview: every initiative, grouped by status.

use rayon::prelude::*;
use serde::Serialize;

use crate::error::Diagnostics;
use crate::link::InitiativeIx;
use crate::model::Status;
use crate::render::renderer::Renderer;
use crate::render::views::StatusView;
use crate::render::OutputFile;

use super::Page;

#[derive(Serialize)]
pub(super) struct StatusGroup<'a> {
    pub(super) status: StatusView,
    pub(super) initiatives: Vec<&'a tera::Value>,
    /// The group's list as `partials/initiatives.html` renders it: the groups' lists
    /// are rendered side by side (at 10,000 initiatives, one thread rendering them all
    /// was most of `serve`'s rebuild after a title edit). A template value, so that the
    /// megabytes of a large list are shared, not copied, on their way into the page.
    pub(super) list_html: tera::Value,
}

/// The variables `partials/initiatives.html` is rendered with for a status group.
#[derive(Serialize)]
pub(super) struct StatusListVars<'v, 'a> {
    pub(super) initiatives: &'v [&'a tera::Value],
    pub(super) heading_level: u8,
    pub(super) show_strategy: bool,
    pub(super) show_themes: bool,
}

#[derive(Serialize)]
pub(super) struct StatusData<'a> {
    pub(super) groups: Vec<StatusGroup<'a>>,
    /// Whether any initiative is followed up under a reporting cadence.
    pub(super) follow_up: bool,
    /// The initiatives whose update is overdue.
    pub(super) needs_update: Vec<&'a tera::Value>,
}

impl<'a> Renderer<'a> {
    /// The status overview: initiatives by status.
    pub(in crate::render) fn status_page(
        &self,
        problems: &mut Diagnostics,
    ) -> Result<OutputFile, Diagnostics> {
        let site = self.site();
        let ui = self.views.ui;
        let v = &self.views;
        let members = Status::ALL.iter().filter_map(|&status| {
            let members: Vec<InitiativeIx> = (0..site.initiatives.len())
                .map(InitiativeIx)
                .filter(|i| site.initiatives[i.0].status == status)
                .collect();
            (!members.is_empty()).then_some((status, members))
        });
        let made: Vec<(StatusGroup, Diagnostics)> = members
            .collect::<Vec<_>>()
            .into_par_iter()
            .map(|(status, members)| {
                let mut found = Diagnostics::new();
                let initiatives = self.items_of(&members, &mut found);
                let list_html = self.status_list(status, members, &initiatives, &mut found);
                (StatusGroup { status: v.status(status), initiatives, list_html }, found)
            })
            .collect();
        let groups = made
            .into_iter()
            .map(|(group, found)| {
                problems.extend(found);
                group
            })
            .collect();
        let meta = self.index_meta(
            ui.status_overview,
            ui.status_overview,
            self.paths.status.as_str(),
            Page::Status,
        );
        let all: Vec<InitiativeIx> = (0..site.initiatives.len()).map(InitiativeIx).collect();
        let needs_update = self.items_of(&self.overdue_of(&all), problems);
        let follow_up = site.initiatives.iter().any(|i| i.follow_up.is_some());
        self.emit(Page::Status, meta, StatusData { groups, follow_up, needs_update })
    }

    /// Those of `list` whose update is overdue, in `list`'s order.
    pub(super) fn overdue_of(&self, list: &[InitiativeIx]) -> Vec<InitiativeIx> {
        let site = self.site();
        list.iter().copied().filter(|i| site.initiatives[i.0].update_overdue()).collect()
    }

    /// A status group's list, as `partials/initiatives.html` renders it (kept from the
    /// last render when the same initiatives are in it and their items are kept).
    pub(super) fn status_list(
        &self,
        status: Status,
        members: Vec<InitiativeIx>,
        initiatives: &[&tera::Value],
        problems: &mut Diagnostics,
    ) -> tera::Value {
        if let Some(html) = self.lists.status_list(status, &members) {
            return html;
        }
        let vars = StatusListVars {
            initiatives,
            heading_level: 3,
            show_strategy: true,
            show_themes: true,
        };
        let Some(vars) = tera::Value::from_serializable(&vars).into_map() else {
            return tera::Value::from("");
        };
        match self.templates.render_fragment("partials/initiatives.html", &vars) {
            Ok(html) => {
                let html = crate::render::renderer::html_value(html);
                self.lists.keep_status_list(status, members, &html);
                html
            }
            Err(found) => {
                problems.extend(found);
                tera::Value::from("")
            }
        }
    }
}

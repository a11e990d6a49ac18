//! The theme × director matrix: for each theme and responsible director, how many
//! initiatives and in which statuses, each count linking to that list (the theme
//! page's section for the director). On the themes index for the whole site and on a
//! strategy's page for its own initiatives, where it fits: two themes and two
//! directors at least, and not more cells than a person reads as a table.

use serde::Serialize;

use crate::link::{InitiativeIx, ThemeIx};
use crate::model::Status;
use crate::render::renderer::Renderer;
use crate::render::views::Link;

/// The most cells a matrix has to be shown (beyond, a table is no longer read; the
/// theme and director pages say the same per theme and per director).
const MAX_CELLS: usize = 300;

#[derive(Serialize)]
pub(super) struct MatrixView<'a> {
    /// The columns: directors, in the site's order.
    directors: Vec<Link<'a>>,
    /// The rows: themes, in the site's order.
    rows: Vec<MatrixRow<'a>>,
}

#[derive(Serialize)]
struct MatrixRow<'a> {
    theme: Link<'a>,
    cells: Vec<MatrixCell<'a>>,
}

#[derive(Serialize)]
struct MatrixCell<'a> {
    /// The director's name: the column's heading, repeated where the table is stacked.
    director: &'a str,
    /// Initiatives of the theme the director is responsible (or co-responsible) for.
    count: usize,
    /// The theme page's list of the director's initiatives.
    url: String,
    /// "1 I risiko, 2 Følger planen": the count by status, in words.
    statuses: String,
    /// "Klima – Anne Hansen": what the count is of, for a screen reader's link list.
    label: String,
}

/// A theme's initiatives grouped by responsible director: the lists the matrix links.
#[derive(Serialize)]
pub(super) struct DirectorGroup<'a> {
    /// The director's id, the anchor of the group (`#director-<id>`).
    id: &'a str,
    director: Link<'a>,
    initiatives: Vec<Link<'a>>,
}

impl<'a> Renderer<'a> {
    /// The matrix of `initiatives`, or `None` where it does not fit.
    pub(super) fn matrix(&self, initiatives: &[InitiativeIx]) -> Option<MatrixView<'a>> {
        let site = self.site();
        let v = &self.views;
        let mut theme_at = vec![None; site.themes.len()];
        let mut director_at = vec![None; site.directors.len()];
        for ix in initiatives {
            let node = &site.initiatives[ix.0];
            node.themes.iter().for_each(|t| theme_at[t.0] = Some(0));
            node.responsible.iter().for_each(|d| director_at[d.0] = Some(0));
        }
        let number = |at: &mut Vec<Option<usize>>| {
            let mut n = 0;
            for slot in at.iter_mut().filter(|s| s.is_some()) {
                *slot = Some(n);
                n += 1;
            }
            n
        };
        let (themes, directors) = (number(&mut theme_at), number(&mut director_at));
        if themes < 2 || directors < 2 || themes * directors > MAX_CELLS {
            return None;
        }
        let mut counts = vec![[0usize; Status::ALL.len()]; themes * directors];
        for ix in initiatives {
            let node = &site.initiatives[ix.0];
            let status = Status::ALL.iter().position(|&s| s == node.status).unwrap_or(0);
            for t in node.themes.iter().filter_map(|t| theme_at[t.0]) {
                for d in node.responsible.iter().filter_map(|d| director_at[d.0]) {
                    counts[t * directors + d][status] += 1;
                }
            }
        }
        let director_ixs: Vec<usize> =
            (0..site.directors.len()).filter(|&d| director_at[d].is_some()).collect();
        let rows = (0..site.themes.len())
            .filter_map(|t| Some((t, theme_at[t]?)))
            .map(|(t, row)| {
                let theme = &site.themes[t];
                let cells = director_ixs
                    .iter()
                    .enumerate()
                    .map(|(col, &d)| {
                        let by_status = &counts[row * directors + col];
                        let director = &site.directors[d];
                        MatrixCell {
                            director: &director.doc.fields.name,
                            count: by_status.iter().sum(),
                            url: format!("{}#director-{}", theme.url, director.doc.id),
                            statuses: Status::ALL
                                .iter()
                                .zip(by_status)
                                .filter(|(_, &n)| n > 0)
                                .map(|(&s, n)| {
                                    format!("{} {}", v.fmt.count(*n), v.ui.status_label(s))
                                })
                                .collect::<Vec<_>>()
                                .join(", "),
                            label: format!("{} – {}", theme.title, director.doc.fields.name),
                        }
                    })
                    .collect();
                MatrixRow { theme: v.theme_link(ThemeIx(t)), cells }
            })
            .collect();
        let directors =
            director_ixs.iter().map(|&d| v.director_link(crate::link::DirectorIx(d))).collect();
        Some(MatrixView { directors, rows })
    }

    /// Theme `tx`'s initiatives by responsible director, in the directors' order.
    pub(super) fn by_director(&self, tx: ThemeIx) -> Vec<DirectorGroup<'a>> {
        let site = self.site();
        let mut groups: Vec<Vec<InitiativeIx>> = vec![Vec::new(); site.directors.len()];
        for &ix in &site.themes[tx.0].initiatives {
            for d in &site.initiatives[ix.0].responsible {
                groups[d.0].push(ix);
            }
        }
        groups
            .into_iter()
            .enumerate()
            .filter(|(_, list)| !list.is_empty())
            .map(|(d, list)| DirectorGroup {
                id: &site.directors[d].doc.id,
                director: self.views.director_link(crate::link::DirectorIx(d)),
                initiatives: list.iter().map(|&ix| self.views.initiative_link(ix)).collect(),
            })
            .collect()
    }
}

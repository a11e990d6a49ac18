//! The site as tables: one row per strategy, initiative, goal, action, budget line,
//! director and theme, with typed cells. The CSV files, the data package's schemas and
//! the workbook are all written from these, so they always agree.

use rust_decimal::Decimal;

use crate::link::{GoalNode, InitiativeIx, SiteIndex};
use crate::model::{BudgetLine, Date};

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Text.
    Text,
    /// A whole number (a year, a count).
    Integer,
    /// A decimal number, exactly as written in the source.
    Number,
    /// A percentage from 0 to 100, two decimals.
    Percent,
    /// A date.
    Date,
    /// True or false.
    Boolean,
    /// A web address of a page of the site.
    Url,
}

/// One value.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Nothing (a value not given).
    Empty,
    /// Text (also ids and addresses).
    Text(String),
    /// A number, whole or decimal, exact.
    Number(Decimal),
    /// A date.
    Date(Date),
    /// True or false.
    Bool(bool),
}

/// A column: its name (for programs) and kind.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// `snake_case`, the same in every language.
    pub name: &'static str,
    /// What it holds.
    pub kind: Kind,
}

/// A link from columns of one table to the primary key of another.
#[derive(Debug, Clone, Copy)]
pub struct ForeignKey {
    /// The column here.
    pub column: &'static str,
    /// The table it points into.
    pub table: &'static str,
    /// The column there.
    pub references: &'static str,
}

/// A table of the open data.
#[derive(Debug, Clone)]
pub struct Table {
    /// Its name: the CSV file is `<name>.csv`.
    pub name: &'static str,
    /// Its columns.
    pub columns: Vec<Column>,
    /// Its rows, each with one cell per column.
    pub rows: Vec<Vec<Cell>>,
    /// The column whose values are unique (none for tables of details).
    pub primary_key: Option<&'static str>,
    /// Columns that name rows of other tables.
    pub foreign_keys: Vec<ForeignKey>,
}

const fn col(name: &'static str, kind: Kind) -> Column {
    Column { name, kind }
}

const fn fk(column: &'static str, table: &'static str, references: &'static str) -> ForeignKey {
    ForeignKey { column, table, references }
}

fn text(value: &str) -> Cell {
    Cell::Text(value.to_string())
}

fn opt_text(value: Option<&str>) -> Cell {
    value.map_or(Cell::Empty, text)
}

fn number(value: Option<Decimal>) -> Cell {
    value.map_or(Cell::Empty, Cell::Number)
}

fn date(value: Option<Date>) -> Cell {
    value.map_or(Cell::Empty, Cell::Date)
}

fn count(n: usize) -> Cell {
    Cell::Number(Decimal::from(n))
}

/// `<strategy>/<initiative>`: an initiative's key, unique across the site (as in
/// `site.json`).
pub fn initiative_key(site: &SiteIndex, ix: InitiativeIx) -> String {
    let i = &site.initiatives[ix.0];
    format!("{}/{}", site.strategies[i.strategy.0].doc.id, i.doc.id)
}

/// Makes one table of a site.
pub type MakeTable = fn(&SiteIndex) -> Table;

/// Every table of the site, in the order the data package and the workbook list them:
/// made one at a time, so that a large site's tables are never all in memory at once.
pub const TABLES: [MakeTable; 7] =
    [strategies, initiatives, goals, actions, budget, directors, themes];

/// Every table of the site, made now.
pub fn tables(site: &SiteIndex) -> Vec<Table> {
    TABLES.iter().map(|make| make(site)).collect()
}

fn url(site: &SiteIndex, path: &str) -> Cell {
    Cell::Text(site.config.absolute_url(path))
}

fn strategies(site: &SiteIndex) -> Table {
    use Kind::*;
    let rows = site
        .strategies
        .iter()
        .map(|s| {
            let f = &s.doc.fields;
            vec![
                text(&s.doc.id),
                text(&f.title),
                text(f.status.as_str()),
                f.period.map_or(Cell::Empty, |p| Cell::Number(p.start.into())),
                f.period.map_or(Cell::Empty, |p| Cell::Number(p.end.into())),
                date(f.adopted),
                s.owner.map_or(Cell::Empty, |d| text(&site.directors[d.0].doc.id)),
                number(s.progress.map(crate::model::progress::round_two)),
                count(s.initiatives.len()),
                url(site, &s.url),
            ]
        })
        .collect();
    Table {
        name: "strategies",
        columns: vec![
            col("id", Text),
            col("title", Text),
            col("status", Text),
            col("period_start", Integer),
            col("period_end", Integer),
            col("adopted", Date),
            col("owner", Text),
            col("progress", Percent),
            col("initiative_count", Integer),
            col("url", Url),
        ],
        rows,
        primary_key: Some("id"),
        foreign_keys: vec![fk("owner", "directors", "id")],
    }
}

fn initiatives(site: &SiteIndex) -> Table {
    use Kind::*;
    // The follow-up columns only when the site reports on a cadence: a site without
    // `reporting` keeps the table it always had.
    let follow_up = site.initiatives.iter().any(|i| i.follow_up.is_some());
    let rows = site
        .initiatives
        .iter()
        .enumerate()
        .map(|(k, i)| {
            let f = &i.doc.fields;
            let themes: Vec<&str> = i.themes.iter().map(|t| site.themes[t.0].id.as_str()).collect();
            let responsible: Vec<&str> =
                i.responsible.iter().map(|d| site.directors[d.0].doc.id.as_str()).collect();
            let mut row = vec![
                text(&initiative_key(site, InitiativeIx(k))),
                text(&i.doc.id),
                text(&site.strategies[i.strategy.0].doc.id),
                text(&f.title),
                text(&themes.join(";")),
                text(&responsible.join(";")),
                text(i.status.as_str()),
                number(i.percent().map(crate::model::progress::round_two)),
                date(f.start),
                date(f.due),
                date(f.updated),
                url(site, &i.url),
            ];
            if follow_up {
                // Under a reporting cadence: how often, the last update, the next one's
                // last day and whether it is overdue (empty where no cadence applies).
                let fu = i.follow_up;
                row.extend([
                    fu.map_or(Cell::Empty, |f| text(f.every.as_str())),
                    date(fu.and_then(|f| f.last_update)),
                    date(fu.and_then(|f| f.next_due)),
                    fu.map_or(Cell::Empty, |f| Cell::Bool(f.overdue)),
                ]);
            }
            row
        })
        .collect();
    let mut columns = vec![
        col("key", Text),
        col("id", Text),
        col("strategy", Text),
        col("title", Text),
        col("themes", Text),
        col("responsible", Text),
        col("status", Text),
        col("progress", Percent),
        col("start", Date),
        col("due", Date),
        col("updated", Date),
        col("url", Url),
    ];
    if follow_up {
        columns.extend([
            col("reporting_every", Text),
            col("last_update", Date),
            col("next_update_due", Date),
            col("update_overdue", Boolean),
        ]);
    }
    Table {
        name: "initiatives",
        columns,
        rows,
        primary_key: Some("key"),
        foreign_keys: vec![fk("strategy", "strategies", "id")],
    }
}

fn goals(site: &SiteIndex) -> Table {
    use Kind::*;
    let mut rows = Vec::new();
    let mut row = |strategy: &str, initiative: Option<(String, &str)>, page: &str, g: &GoalNode| {
        let goal = &g.goal;
        let (key, title) =
            initiative.map_or((Cell::Empty, Cell::Empty), |(k, t)| (text(&k), text(t)));
        rows.push(vec![
            text(strategy),
            key,
            title,
            text(&goal.text),
            opt_text(goal.unit.as_deref()),
            number(goal.baseline),
            Cell::Number(goal.target),
            number(goal.current),
            number(g.progress.map(crate::model::progress::round_two)),
            date(goal.due),
            url(site, page),
        ]);
    };
    for s in &site.strategies {
        for goal in &s.goals {
            row(&s.doc.id, None, &s.url, goal);
        }
        for &ix in &s.initiatives {
            let i = &site.initiatives[ix.0];
            for goal in &i.goals {
                row(&s.doc.id, Some((initiative_key(site, ix), &i.doc.fields.title)), &i.url, goal);
            }
        }
    }
    Table {
        name: "goals",
        columns: vec![
            col("strategy", Text),
            col("initiative", Text),
            col("initiative_title", Text),
            col("goal", Text),
            col("unit", Text),
            col("baseline", Number),
            col("target", Number),
            col("current", Number),
            col("progress", Percent),
            col("due", Date),
            col("url", Url),
        ],
        rows,
        primary_key: None,
        foreign_keys: vec![
            fk("strategy", "strategies", "id"),
            fk("initiative", "initiatives", "key"),
        ],
    }
}

fn actions(site: &SiteIndex) -> Table {
    use Kind::*;
    let mut rows = Vec::new();
    for s in &site.strategies {
        for &ix in &s.initiatives {
            let i = &site.initiatives[ix.0];
            let key = initiative_key(site, ix);
            for a in &i.doc.fields.actions {
                rows.push(vec![
                    text(&key),
                    text(&i.doc.fields.title),
                    text(&a.text),
                    Cell::Bool(a.done),
                    date(a.due),
                ]);
            }
        }
    }
    Table {
        name: "actions",
        columns: vec![
            col("initiative", Text),
            col("initiative_title", Text),
            col("action", Text),
            col("done", Boolean),
            col("due", Date),
        ],
        rows,
        primary_key: None,
        foreign_keys: vec![fk("initiative", "initiatives", "key")],
    }
}

fn budget(site: &SiteIndex) -> Table {
    use Kind::*;
    let mut rows = Vec::new();
    let line = |level: &str, strategy: &str, initiative: Cell, l: &BudgetLine| {
        vec![
            text(level),
            text(strategy),
            initiative,
            Cell::Number(l.year.into()),
            opt_text(l.label.as_deref()),
            text(l.unit()),
            Cell::Number(l.target),
            number(l.realised),
        ]
    };
    for s in &site.strategies {
        for l in &s.doc.fields.budget {
            rows.push(line("strategy", &s.doc.id, Cell::Empty, l));
        }
        for &ix in &s.initiatives {
            for l in &site.initiatives[ix.0].doc.fields.budget {
                rows.push(line("initiative", &s.doc.id, text(&initiative_key(site, ix)), l));
            }
        }
    }
    Table {
        name: "budget",
        columns: vec![
            col("level", Text),
            col("strategy", Text),
            col("initiative", Text),
            col("year", Integer),
            col("line", Text),
            col("unit", Text),
            col("budget", Number),
            col("realised", Number),
        ],
        rows,
        primary_key: None,
        foreign_keys: vec![
            fk("strategy", "strategies", "id"),
            fk("initiative", "initiatives", "key"),
        ],
    }
}

fn directors(site: &SiteIndex) -> Table {
    use Kind::*;
    let rows = site
        .directors
        .iter()
        .map(|d| {
            let f = &d.doc.fields;
            vec![
                text(&d.doc.id),
                text(&f.name),
                opt_text(f.title.as_deref()),
                opt_text(f.area.as_deref()),
                opt_text(f.email.as_deref()),
                number(d.progress.map(crate::model::progress::round_two)),
                count(d.initiatives.len()),
                url(site, &d.url),
            ]
        })
        .collect();
    Table {
        name: "directors",
        columns: vec![
            col("id", Text),
            col("name", Text),
            col("role", Text),
            col("area", Text),
            col("email", Text),
            col("progress", Percent),
            col("initiative_count", Integer),
            col("url", Url),
        ],
        rows,
        primary_key: Some("id"),
        foreign_keys: Vec::new(),
    }
}

fn themes(site: &SiteIndex) -> Table {
    use Kind::*;
    let rows = site
        .themes
        .iter()
        .map(|t| {
            let strategies: Vec<&str> =
                t.strategies.iter().map(|s| site.strategies[s.0].doc.id.as_str()).collect();
            vec![
                text(&t.id),
                text(&t.title),
                text(&strategies.join(";")),
                number(t.progress.map(crate::model::progress::round_two)),
                count(t.initiatives.len()),
                url(site, &t.url),
            ]
        })
        .collect();
    Table {
        name: "themes",
        columns: vec![
            col("id", Text),
            col("title", Text),
            col("strategies", Text),
            col("progress", Percent),
            col("initiative_count", Integer),
            col("url", Url),
        ],
        rows,
        primary_key: Some("id"),
        foreign_keys: Vec::new(),
    }
}

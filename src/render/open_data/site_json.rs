//! `/data/site.json`: the whole computed model, as `/data/schema.json` describes it.
//!
//! Numbers are strings in JSON so they stay exact; progress has two decimals, rounded
//! half away from zero. Page addresses are absolute when the site's `base_url` is.
//!
//! Written straight from the linked site: numbers, dates and keys go out through
//! their `Display`, and the lists of initiatives are walked as they are written, so the
//! file (14 MB at 10,000 initiatives) is not first built as a tree of strings.

use std::fmt::{self, Display};

use rust_decimal::Decimal;
use serde::{Serialize, Serializer};

use crate::link::{BudgetSums, GoalNode, InitiativeIx, InitiativeNode, SiteIndex};
use crate::model::progress::round_two;
use crate::model::Date;

/// A value written as its text (a JSON string), without a string made first.
struct Text<T>(T);

impl<T: Display> Serialize for Text<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

/// A date as `YYYY-MM-DD`, as [`crate::i18n::Formatter::iso_date`] writes it.
struct IsoDate(Date);

impl Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let date = self.0;
        if (0..=9999).contains(&date.year()) {
            write!(f, "{:04}-{:02}-{:02}", date.year(), u8::from(date.month()), date.day())
        } else {
            f.write_str(&crate::i18n::Formatter::iso_date(date))
        }
    }
}

/// An initiative's key, `<strategy>/<initiative>`: unique across the site.
struct Key<'a>(&'a SiteIndex, &'a InitiativeNode);

impl Display for Key<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.0.strategies[self.1.strategy.0].doc.id, self.1.doc.id)
    }
}

fn iso(date: Option<Date>) -> Option<Text<IsoDate>> {
    date.map(|d| Text(IsoDate(d)))
}

fn pct(value: Option<Decimal>) -> Option<Text<Decimal>> {
    value.map(|v| Text(round_two(v)))
}

fn number(value: Option<Decimal>) -> Option<Text<Decimal>> {
    value.map(Text)
}

#[derive(Serialize)]
struct SiteJson<'a> {
    title: &'a str,
    organisation: &'a str,
    language: &'static str,
    as_of: Text<IsoDate>,
    progress: Option<Text<Decimal>>,
    strategies: Vec<StrategyJson<'a>>,
    themes: Vec<ThemeJson<'a>>,
    directors: Vec<DirectorJson<'a>>,
    initiatives: Initiatives<'a>,
}

/// Every initiative, each made as it is written.
struct Initiatives<'a>(&'a SiteIndex);

impl Serialize for Initiatives<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let site = self.0;
        serializer.collect_seq(site.initiatives.iter().map(|i| initiative_json(site, i)))
    }
}

#[derive(Serialize)]
struct BudgetJson {
    by_year: Vec<BudgetRowJson>,
    totals: Vec<BudgetRowJson>,
}

#[derive(Serialize)]
struct BudgetRowJson {
    #[serde(skip_serializing_if = "Option::is_none")]
    year: Option<i32>,
    unit: String,
    target: Text<Decimal>,
    realised: Option<Text<Decimal>>,
}

fn budget_json(sums: &BudgetSums) -> BudgetJson {
    BudgetJson {
        by_year: sums
            .rows
            .iter()
            .map(|r| BudgetRowJson {
                year: Some(r.year),
                unit: r.unit.clone(),
                target: Text(r.target),
                realised: number(r.realised),
            })
            .collect(),
        totals: sums
            .totals()
            .into_iter()
            .map(|(unit, target, realised)| BudgetRowJson {
                year: None,
                unit,
                target: Text(target),
                realised: number(realised),
            })
            .collect(),
    }
}

#[derive(Serialize)]
struct StrategyJson<'a> {
    id: &'a str,
    title: &'a str,
    subtitle: Option<&'a str>,
    url: String,
    status: &'static str,
    period: Option<[i32; 2]>,
    adopted: Option<Text<IsoDate>>,
    adopted_by: Option<&'a str>,
    owner: Option<&'a str>,
    progress: Option<Text<Decimal>>,
    themes: Vec<&'a str>,
    initiatives: KeyList<'a>,
    goals: Vec<GoalJson<'a>>,
    budget: BudgetJson,
}

#[derive(Serialize)]
struct ThemeJson<'a> {
    id: &'a str,
    title: &'a str,
    url: String,
    progress: Option<Text<Decimal>>,
    strategies: Vec<&'a str>,
    initiatives: KeyList<'a>,
    budget: BudgetJson,
}

#[derive(Serialize)]
struct DirectorJson<'a> {
    id: &'a str,
    name: &'a str,
    title: Option<&'a str>,
    area: Option<&'a str>,
    email: Option<&'a str>,
    url: String,
    progress: Option<Text<Decimal>>,
    initiatives: KeyList<'a>,
    budget: BudgetJson,
}

#[derive(Serialize)]
struct InitiativeJson<'a> {
    id: &'a str,
    /// `<strategy>/<initiative>`: unique across the site.
    key: Text<Key<'a>>,
    title: &'a str,
    url: String,
    strategy: &'a str,
    themes: Vec<&'a str>,
    responsible: Vec<&'a str>,
    status: &'static str,
    progress: Option<Text<Decimal>>,
    start: Option<Text<IsoDate>>,
    due: Option<Text<IsoDate>>,
    updated: Option<Text<IsoDate>>,
    /// Present only under a reporting cadence (sites without one keep their file).
    #[serde(skip_serializing_if = "Option::is_none")]
    follow_up: Option<FollowUpJson>,
    related: KeyList<'a>,
    referenced_by: KeyList<'a>,
    goals: Vec<GoalJson<'a>>,
    actions: Vec<ActionJson<'a>>,
    budget: BudgetJson,
}

#[derive(Serialize)]
struct FollowUpJson {
    every: &'static str,
    grace_days: u16,
    last_update: Option<Text<IsoDate>>,
    next_update_due: Option<Text<IsoDate>>,
    update_overdue: bool,
}

#[derive(Serialize)]
struct GoalJson<'a> {
    text: &'a str,
    unit: Option<&'a str>,
    baseline: Option<Text<Decimal>>,
    target: Text<Decimal>,
    current: Option<Text<Decimal>>,
    due: Option<Text<IsoDate>>,
    progress: Option<Text<Decimal>>,
    history: Vec<MeasurementJson>,
}

#[derive(Serialize)]
struct MeasurementJson {
    date: Text<IsoDate>,
    value: Text<Decimal>,
}

#[derive(Serialize)]
struct ActionJson<'a> {
    text: &'a str,
    done: bool,
    due: Option<Text<IsoDate>>,
}

fn goal_json(node: &GoalNode) -> GoalJson<'_> {
    let g = &node.goal;
    GoalJson {
        text: &g.text,
        unit: g.unit.as_deref(),
        baseline: number(g.baseline),
        target: Text(g.target),
        current: number(g.current),
        due: iso(g.due),
        progress: pct(node.progress),
        history: g
            .history
            .iter()
            .map(|m| MeasurementJson { date: Text(IsoDate(m.date)), value: Text(m.value) })
            .collect(),
    }
}

/// The keys of a list of initiatives, written as they are walked.
struct KeyList<'a>(&'a SiteIndex, &'a [InitiativeIx]);

impl Serialize for KeyList<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let site = self.0;
        serializer.collect_seq(self.1.iter().map(|i| Text(Key(site, &site.initiatives[i.0]))))
    }
}

/// `/data/site.json`.
pub fn site_json(site: &SiteIndex) -> Vec<u8> {
    let data = SiteJson {
        title: &site.config.title,
        organisation: &site.config.organisation,
        language: site.config.language.code(),
        as_of: Text(IsoDate(site.as_of)),
        progress: pct(site.progress),
        strategies: site
            .strategies
            .iter()
            .map(|s| StrategyJson {
                id: &s.doc.id,
                title: &s.doc.fields.title,
                subtitle: s.doc.fields.subtitle.as_deref(),
                url: site.config.absolute_url(&s.url),
                status: s.doc.fields.status.as_str(),
                period: s.doc.fields.period.map(|p| [p.start, p.end]),
                adopted: iso(s.doc.fields.adopted),
                adopted_by: s.doc.fields.adopted_by.as_deref(),
                owner: s.owner.map(|d| site.directors[d.0].doc.id.as_str()),
                progress: pct(s.progress),
                themes: s.themes.iter().map(|t| site.themes[t.0].id.as_str()).collect(),
                initiatives: KeyList(site, &s.initiatives),
                goals: s.goals.iter().map(goal_json).collect(),
                budget: budget_json(&s.budget),
            })
            .collect(),
        themes: site
            .themes
            .iter()
            .map(|t| ThemeJson {
                id: &t.id,
                title: &t.title,
                url: site.config.absolute_url(&t.url),
                progress: pct(t.progress),
                strategies: t
                    .strategies
                    .iter()
                    .map(|s| site.strategies[s.0].doc.id.as_str())
                    .collect(),
                initiatives: KeyList(site, &t.initiatives),
                budget: budget_json(&t.budget),
            })
            .collect(),
        directors: site
            .directors
            .iter()
            .map(|d| DirectorJson {
                id: &d.doc.id,
                name: &d.doc.fields.name,
                title: d.doc.fields.title.as_deref(),
                area: d.doc.fields.area.as_deref(),
                email: d.doc.fields.email.as_deref(),
                url: site.config.absolute_url(&d.url),
                progress: pct(d.progress),
                initiatives: KeyList(site, &d.initiatives),
                budget: budget_json(&d.budget),
            })
            .collect(),
        initiatives: Initiatives(site),
    };
    // Room for the file at the ~1.5 KB an initiative takes, rather than a buffer copied
    // each time it doubles (to 14 MB on 10,000 initiatives).
    let room = 2048 * site.initiatives.len()
        + 1024 * (site.strategies.len() + site.themes.len() + site.directors.len());
    let mut out = Vec::with_capacity(room);
    if serde_json::to_writer(&mut out, &data).is_err() {
        out.clear();
    }
    out.push(b'\n');
    out
}

/// One initiative as `site.json` has it.
fn initiative_json<'a>(site: &'a SiteIndex, i: &'a InitiativeNode) -> InitiativeJson<'a> {
    InitiativeJson {
        id: &i.doc.id,
        key: Text(Key(site, i)),
        title: &i.doc.fields.title,
        url: site.config.absolute_url(&i.url),
        strategy: &site.strategies[i.strategy.0].doc.id,
        themes: i.themes.iter().map(|t| site.themes[t.0].id.as_str()).collect(),
        responsible: i.responsible.iter().map(|d| site.directors[d.0].doc.id.as_str()).collect(),
        status: i.status.as_str(),
        progress: pct(i.percent()),
        start: iso(i.doc.fields.start),
        due: iso(i.doc.fields.due),
        updated: iso(i.doc.fields.updated),
        follow_up: i.follow_up.map(|f| FollowUpJson {
            every: f.every.as_str(),
            grace_days: f.grace_days,
            last_update: iso(f.last_update),
            next_update_due: iso(f.next_due),
            update_overdue: f.overdue,
        }),
        related: KeyList(site, &i.related),
        referenced_by: KeyList(site, &i.referenced_by),
        goals: i.goals.iter().map(goal_json).collect(),
        actions: i
            .doc
            .fields
            .actions
            .iter()
            .map(|a| ActionJson { text: &a.text, done: a.done, due: iso(a.due) })
            .collect(),
        budget: budget_json(&i.budget),
    }
}

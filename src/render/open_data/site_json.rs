//! `/data/site.json`: the whole computed model, as `/data/schema.json` describes it.
//!
//! Numbers are strings in JSON so they stay exact; progress has two decimals, rounded
//! half away from zero. Page addresses are absolute when the site's `base_url` is.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::link::{BudgetSums, GoalNode, InitiativeNode, SiteIndex};
use crate::model::Date;

fn iso(date: Option<Date>) -> Option<String> {
    date.map(crate::i18n::Formatter::iso_date)
}

fn pct(value: Option<Decimal>) -> Option<String> {
    value.map(crate::model::progress::two_decimals)
}

#[derive(Serialize)]
struct SiteJson<'a> {
    title: &'a str,
    organisation: &'a str,
    language: &'static str,
    as_of: String,
    progress: Option<String>,
    strategies: Vec<StrategyJson<'a>>,
    themes: Vec<ThemeJson<'a>>,
    directors: Vec<DirectorJson<'a>>,
    initiatives: Vec<InitiativeJson<'a>>,
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
    target: String,
    realised: Option<String>,
}

fn budget_json(sums: &BudgetSums) -> BudgetJson {
    BudgetJson {
        by_year: sums
            .rows
            .iter()
            .map(|r| BudgetRowJson {
                year: Some(r.year),
                unit: r.unit.clone(),
                target: r.target.to_string(),
                realised: r.realised.map(|v| v.to_string()),
            })
            .collect(),
        totals: sums
            .totals()
            .into_iter()
            .map(|(unit, target, realised)| BudgetRowJson {
                year: None,
                unit,
                target: target.to_string(),
                realised: realised.map(|v| v.to_string()),
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
    adopted: Option<String>,
    adopted_by: Option<&'a str>,
    owner: Option<&'a str>,
    progress: Option<String>,
    themes: Vec<&'a str>,
    initiatives: Vec<String>,
    goals: Vec<GoalJson<'a>>,
    budget: BudgetJson,
}

#[derive(Serialize)]
struct ThemeJson<'a> {
    id: &'a str,
    title: &'a str,
    url: String,
    progress: Option<String>,
    strategies: Vec<&'a str>,
    initiatives: Vec<String>,
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
    progress: Option<String>,
    initiatives: Vec<String>,
    budget: BudgetJson,
}

#[derive(Serialize)]
struct InitiativeJson<'a> {
    id: &'a str,
    /// `<strategy>/<initiative>`: unique across the site.
    key: String,
    title: &'a str,
    url: String,
    strategy: &'a str,
    themes: Vec<&'a str>,
    responsible: Vec<&'a str>,
    status: &'static str,
    progress: Option<String>,
    start: Option<String>,
    due: Option<String>,
    updated: Option<String>,
    related: Vec<String>,
    referenced_by: Vec<String>,
    goals: Vec<GoalJson<'a>>,
    actions: Vec<ActionJson<'a>>,
    budget: BudgetJson,
}

#[derive(Serialize)]
struct GoalJson<'a> {
    text: &'a str,
    unit: Option<&'a str>,
    baseline: Option<String>,
    target: String,
    current: Option<String>,
    due: Option<String>,
    progress: Option<String>,
    history: Vec<MeasurementJson>,
}

#[derive(Serialize)]
struct MeasurementJson {
    date: String,
    value: String,
}

#[derive(Serialize)]
struct ActionJson<'a> {
    text: &'a str,
    done: bool,
    due: Option<String>,
}

fn goal_json(node: &GoalNode) -> GoalJson<'_> {
    let g = &node.goal;
    GoalJson {
        text: &g.text,
        unit: g.unit.as_deref(),
        baseline: g.baseline.map(|v| v.to_string()),
        target: g.target.to_string(),
        current: g.current.map(|v| v.to_string()),
        due: iso(g.due),
        progress: pct(node.progress),
        history: g
            .history
            .iter()
            .map(|m| MeasurementJson {
                date: crate::i18n::Formatter::iso_date(m.date),
                value: m.value.to_string(),
            })
            .collect(),
    }
}

fn key(site: &SiteIndex, node: &InitiativeNode) -> String {
    format!("{}/{}", site.strategies[node.strategy.0].doc.id, node.doc.id)
}

/// `/data/site.json`.
pub fn site_json(site: &SiteIndex) -> Vec<u8> {
    let init_key = |i: &crate::link::InitiativeIx| key(site, &site.initiatives[i.0]);
    let data = SiteJson {
        title: &site.config.title,
        organisation: &site.config.organisation,
        language: site.config.language.code(),
        as_of: crate::i18n::Formatter::iso_date(site.as_of),
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
                initiatives: s.initiatives.iter().map(init_key).collect(),
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
                initiatives: t.initiatives.iter().map(init_key).collect(),
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
                initiatives: d.initiatives.iter().map(init_key).collect(),
                budget: budget_json(&d.budget),
            })
            .collect(),
        initiatives: site.initiatives.iter().map(|i| initiative_json(site, i)).collect(),
    };
    let mut out = serde_json::to_vec(&data).unwrap_or_default();
    out.push(b'\n');
    out
}

/// One initiative as `site.json` has it.
fn initiative_json<'a>(
    site: &'a SiteIndex,
    i: &'a crate::link::InitiativeNode,
) -> InitiativeJson<'a> {
    let init_key = |i: &crate::link::InitiativeIx| key(site, &site.initiatives[i.0]);
    InitiativeJson {
        id: &i.doc.id,
        key: key(site, i),
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
        related: i.related.iter().map(init_key).collect(),
        referenced_by: i.referenced_by.iter().map(init_key).collect(),
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

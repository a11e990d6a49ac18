//! Budget lines summed by unit and year, for an initiative and for each group of
//! initiatives; a sum too large to keep exactly is one located error.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::located::problem;
use super::{DirectorNode, InitiativeIx, InitiativeNode, StrategyNode, ThemeNode};
use crate::error::{Diagnostics, ProblemKind};
use crate::model::BudgetLine;
use crate::msg;
use crate::yaml::Step::Key;

/// Budget figures summed by unit and year.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BudgetSums {
    /// One row per (unit, year), sorted by unit then year.
    pub rows: Vec<BudgetRow>,
    /// True when a sum (of a year, or of a unit over all years) is too large for an
    /// exact decimal: the figures are then incomplete, and linking reports an error.
    pub overflow: bool,
}

/// The sum of the budget lines of one unit and year.
#[derive(Debug, Clone, PartialEq)]
pub struct BudgetRow {
    /// Unit ("mio. kr.").
    pub unit: String,
    /// Year.
    pub year: i32,
    /// Sum of planned amounts.
    pub target: Decimal,
    /// Sum of realised amounts, when any line gave one.
    pub realised: Option<Decimal>,
}

impl BudgetSums {
    pub(super) fn from_lines<'a>(lines: impl IntoIterator<Item = &'a BudgetLine>) -> Self {
        let mut by_key: BTreeMap<(&str, i32), (Decimal, Option<Decimal>)> = BTreeMap::new();
        let mut overflow = false;
        let mut add = |sum: Decimal, value: Decimal| {
            sum.checked_add(value).unwrap_or_else(|| {
                overflow = true;
                sum
            })
        };
        for line in lines {
            let entry = by_key.entry((line.unit(), line.year)).or_insert((Decimal::ZERO, None));
            entry.0 = add(entry.0, line.target);
            if let Some(realised) = line.realised {
                entry.1 = Some(add(entry.1.unwrap_or(Decimal::ZERO), realised));
            }
        }
        // The totals over all years (`totals`) must fit as well.
        let mut totals: BTreeMap<&str, (Decimal, Decimal)> = BTreeMap::new();
        for (&(unit, _), &(target, realised)) in &by_key {
            let total = totals.entry(unit).or_insert((Decimal::ZERO, Decimal::ZERO));
            total.0 = add(total.0, target);
            total.1 = add(total.1, realised.unwrap_or(Decimal::ZERO));
        }
        let rows = by_key
            .into_iter()
            .map(|((unit, year), (target, realised))| BudgetRow {
                unit: unit.to_string(),
                year,
                target,
                realised,
            })
            .collect();
        BudgetSums { rows, overflow }
    }

    /// Totals over all years, one per unit: (unit, target, realised).
    pub fn totals(&self) -> Vec<(String, Decimal, Option<Decimal>)> {
        let mut out: Vec<(String, Decimal, Option<Decimal>)> = Vec::new();
        for row in &self.rows {
            match out.last_mut() {
                Some(last) if last.0 == row.unit => {
                    last.1 = last.1.checked_add(row.target).unwrap_or(last.1);
                    last.2 = match (last.2, row.realised) {
                        (Some(a), Some(b)) => Some(a.checked_add(b).unwrap_or(a)),
                        (a, b) => a.or(b),
                    };
                }
                _ => out.push((row.unit.clone(), row.target, row.realised)),
            }
        }
        out
    }

    /// True when there are no budget lines.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

/// Budget sums too large for an exact decimal (beyond 79228162514264337593543950335)
/// are an error, reported once, where the amounts are written: at an initiative whose
/// own lines overflow, else at the strategy, else at a theme's or director's first
/// initiative.
pub(super) fn report_overflow(
    initiatives: &[InitiativeNode],
    strategies: &[StrategyNode],
    themes: &[ThemeNode],
    directors: &[DirectorNode],
    problems: &mut Diagnostics,
) {
    let message = |what: crate::i18n::Message| msg!("budget-overflow", what = what);
    let help = msg!("budget-overflow-help");
    let overflows = |list: &[InitiativeIx]| list.iter().any(|i| initiatives[i.0].budget.overflow);
    let mut reported = false;
    for node in initiatives.iter().filter(|n| n.budget.overflow) {
        let what = msg!("budget-of-initiative", id = &node.doc.id);
        problems.push(
            problem(
                ProblemKind::InvalidValue,
                &node.doc.origin,
                Key("budget"),
                None,
                message(what),
            )
            .with_help(help.clone()),
        );
        reported = true;
    }
    for s in strategies.iter().filter(|s| s.budget.overflow && !overflows(&s.initiatives)) {
        let what = msg!("budget-of-strategy", id = &s.doc.id);
        problems.push(
            problem(ProblemKind::InvalidValue, &s.doc.origin, Key("budget"), None, message(what))
                .with_help(help.clone()),
        );
        reported = true;
    }
    if reported {
        return;
    }
    let groups = themes
        .iter()
        .map(|t| (t.budget.overflow, msg!("budget-of-theme", id = &t.id), &t.initiatives))
        .chain(directors.iter().map(|d| {
            (d.budget.overflow, msg!("budget-of-director", id = &d.doc.id), &d.initiatives)
        }));
    for (overflow, what, list) in groups {
        if let (true, Some(first)) = (overflow, list.first()) {
            let origin = &initiatives[first.0].doc.origin;
            problems.push(
                problem(ProblemKind::InvalidValue, origin, Key("budget"), None, message(what))
                    .with_help(help.clone()),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(unit: &str, year: i32, target: &str, realised: Option<&str>) -> BudgetLine {
        let yaml = match realised {
            Some(r) => {
                format!("{{year: {year}, unit: \"{unit}\", target: {target}, realised: {r}}}")
            }
            None => format!("{{year: {year}, unit: \"{unit}\", target: {target}}}"),
        };
        crate::yaml::from_str(&yaml).unwrap()
    }

    #[test]
    fn lines_are_summed_by_unit_and_year_exactly() {
        let lines = [
            line("mio. kr.", 2024, "1.1", Some("0.5")),
            line("mio. kr.", 2024, "2.2", None),
            line("mio. kr.", 2023, "0.3", None),
            line("timer", 2024, "10", None),
        ];
        let sums = BudgetSums::from_lines(&lines);
        assert!(!sums.overflow);
        let rows: Vec<_> = sums
            .rows
            .iter()
            .map(|r| {
                (r.unit.as_str(), r.year, r.target.to_string(), r.realised.map(|d| d.to_string()))
            })
            .collect();
        assert_eq!(
            rows,
            [
                ("mio. kr.", 2023, "0.3".into(), None),
                ("mio. kr.", 2024, "3.3".into(), Some("0.5".into())),
                ("timer", 2024, "10".into(), None),
            ]
        );
        let totals: Vec<_> = sums
            .totals()
            .into_iter()
            .map(|(u, t, r)| (u, t.to_string(), r.map(|d| d.to_string())))
            .collect();
        assert_eq!(
            totals,
            [
                ("mio. kr.".into(), "3.6".into(), Some("0.5".into())),
                ("timer".into(), "10".into(), None)
            ]
        );
    }

    #[test]
    fn a_sum_beyond_an_exact_decimal_is_marked() {
        let big = "79228162514264337593543950335";
        let sums =
            BudgetSums::from_lines(&[line("kr.", 2024, big, None), line("kr.", 2024, "1", None)]);
        assert!(sums.overflow);
        // Each year fits, their total over the years does not.
        let sums =
            BudgetSums::from_lines(&[line("kr.", 2024, big, None), line("kr.", 2025, big, None)]);
        assert!(sums.overflow);
        assert!(!BudgetSums::from_lines(&[line("kr.", 2024, big, None)]).overflow);
    }
}

//! What `check` advises beyond the mistakes `build` stops at: facts an author likely
//! wants to fix but a site may mean (a goal's figures without a unit, a strategy without
//! its years), and a unit in a word processor's quotes. Only `check` says these, as
//! with readability: a build prints what it printed before they were added.

use super::located::warning_at;
use super::{GoalNode, SiteIndex};
use crate::error::{Diagnostic, Diagnostics, Location, ProblemKind};
use crate::model::Origin;
use crate::msg;
use crate::yaml::Step::{Item, Key};

/// Everything `check` advises on a linked site.
pub fn advice(site: &SiteIndex) -> Diagnostics {
    let mut problems = unit_problems(site);
    for strategy in site.strategies.iter().filter(|s| s.doc.fields.period.is_none()) {
        if let Some(d) = period_placeholder(&strategy.doc.id, &strategy.doc.origin) {
            problems.push(d);
        }
    }
    problems
}

/// A strategy whose years are still the commented-out placeholder `retning new` wrote
/// (`# period: 2026-2029`), when the id did not tell them. A strategy that simply has no
/// `period` is not reported: the key is optional.
fn period_placeholder(id: &str, origin: &Origin) -> Option<Diagnostic> {
    let source = &origin.source;
    let line = source.front_matter().lines().position(|l| l.starts_with("# period:"))? + 1;
    let location = Location::at(&source.path, source.file_line(line), 1);
    Some(
        Diagnostic::warning(
            ProblemKind::MissingKey,
            location,
            msg!("strategy-without-period", id = id),
        )
        .with_help(msg!("strategy-without-period-help"))
        .with_source(&source.text)
        .advisory(),
    )
}

/// What `check` says about the units of a site's goals: a unit in a word processor's
/// typographic quotes (shown on the pages as part of the unit), and a goal with no unit
/// at all (advisory: its figures are bare numbers, which may be meant). Only `check`
/// says it, as with readability: a build of a site that built before prints the same.
fn unit_problems(site: &SiteIndex) -> Diagnostics {
    let documents = site
        .strategies
        .iter()
        .map(|s| (s.goals.as_slice(), &s.doc.origin))
        .chain(site.initiatives.iter().map(|i| (i.goals.as_slice(), &i.doc.origin)));
    units_of_documents(documents)
}

/// [`unit_problems`] of documents' goals.
fn units_of_documents<'a>(
    documents: impl Iterator<Item = (&'a [GoalNode], &'a Origin)>,
) -> Diagnostics {
    let mut problems = Diagnostics::new();
    for (goals, origin) in documents {
        for (index, node) in goals.iter().enumerate() {
            let at = |key| [Key("goals"), Item(index), Key(key)];
            let goal = &node.goal;
            match goal.unit.as_deref() {
                Some(unit) if unit.contains(CURLY_QUOTES) => {
                    let straight = unit.trim_matches(CURLY_QUOTES).trim();
                    let message = msg!("unit-curly-quotes", unit = unit);
                    problems.push(
                        warning_at(
                            ProblemKind::InvalidValue,
                            origin,
                            &at("unit"),
                            Some(unit),
                            message,
                        )
                        .with_help(msg!("unit-curly-quotes-help", written = quoted_unit(straight))),
                    );
                }
                None | Some("") => {
                    let message = msg!("goal-without-unit", goal = &goal.text);
                    problems.push(
                        warning_at(
                            ProblemKind::GoalWithoutUnit,
                            origin,
                            &at("target"),
                            None,
                            message,
                        )
                        .with_help(msg!("goal-without-unit-help"))
                        .advisory(),
                    );
                }
                Some(_) => {}
            }
        }
    }
    problems
}

/// The typographic quotes a word processor puts in place of `"` and `'`.
const CURLY_QUOTES: [char; 6] = ['“', '”', '„', '‘', '’', '«'];

/// `unit: …` as it should be written: in straight quotes where YAML needs them.
fn quoted_unit(unit: &str) -> String {
    if unit.starts_with(['%', '@', '`', '*', '&', '!', '[', '{', '#', '|', '>', '\'', '"']) {
        format!("unit: \"{unit}\"")
    } else {
        format!("unit: {unit}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Diagnostics;
    use crate::model::{Goal, SourceFile};
    use std::sync::Arc;

    fn origin(text: &str) -> Origin {
        let source = SourceFile::new(
            "content/plan/a.md".into(),
            format!("---\n{text}---\n"),
            2,
            4..4 + text.len(),
        );
        Origin { source: Arc::new(source), inline_line: None, item: None }
    }

    fn goals(text: &str) -> Vec<GoalNode> {
        #[derive(serde::Deserialize)]
        struct Doc {
            goals: Vec<Goal>,
        }
        let doc: Doc = crate::yaml::from_str(text).unwrap();
        let mut problems = Diagnostics::new();
        super::super::goals::link_goals(&doc.goals, &origin(text), &mut problems)
    }

    fn units_of(goals: Vec<GoalNode>, origin: &Origin) -> Diagnostics {
        units_of_documents(std::iter::once((goals.as_slice(), origin)))
    }

    #[test]
    fn a_unit_in_curly_quotes_and_a_goal_without_unit_are_warned_about() {
        let text = "goals:\n  - text: A\n    target: 20\n    current: 5\n    unit: “%”\n  - text: B\n    target: 3\n    current: 1\n  - text: C\n    target: 3\n    current: 1\n    unit: deltagere\n";
        let origin = origin(text);
        let found = units_of(goals(text), &origin);
        let shown: Vec<(usize, String, Option<String>, bool)> = found
            .iter()
            .map(|d| {
                let help = d.help.as_ref().map(|h| h.to_string());
                (d.location.line.unwrap_or(0), d.message.to_string(), help, d.advisory)
            })
            .collect();
        assert_eq!(shown.len(), 2, "{shown:?}");
        assert_eq!(shown[0].0, 2 + 4);
        assert!(shown[0].1.contains("typographic quotes"), "{shown:?}");
        assert_eq!(shown[0].2.as_deref(), Some("write the unit without them: `unit: \"%\"`"));
        assert!(!shown[0].3, "a mistake: check --strict fails on it");
        assert_eq!(shown[1].0, 2 + 6);
        assert!(shown[1].1.contains("\"B\" has a target but no unit"), "{shown:?}");
        assert!(shown[1].3, "advisory: sites without units still pass check --strict");
    }
}

//! Goals with their progress, and the problems a goal's figures can have.

use super::located::{problem_at, warning_at};
use super::GoalNode;
use crate::error::{Diagnostics, ProblemKind};
use crate::model::progress;
use crate::model::{Goal, Origin};
use crate::msg;
use crate::yaml::Step::{Item, Key};

/// The goals of one document with their progress: an error for each goal whose
/// target equals its baseline, a warning for each without a measured value.
pub(super) fn link_goals(
    goals: &[Goal],
    origin: &Origin,
    problems: &mut Diagnostics,
) -> Vec<GoalNode> {
    goals
        .iter()
        .enumerate()
        .map(|(index, goal)| {
            let at = |key| [Key("goals"), Item(index), Key(key)];
            let progress = match progress::goal_progress(goal.baseline, goal.target, goal.current) {
                Ok(p) => p,
                Err(progress::GoalError::TargetEqualsBaseline) => {
                    problems.push(
                        problem_at(
                            ProblemKind::InvalidValue,
                            origin,
                            &at("target"),
                            None,
                            msg!(
                                "target-equals-baseline",
                                goal = &goal.text,
                                target = goal.target.to_string()
                            ),
                        )
                        .with_help(msg!("target-equals-baseline-help")),
                    );
                    None
                }
            };
            if goal.current.is_none() {
                let message = msg!("goal-without-current", goal = &goal.text);
                problems.push(
                    warning_at(ProblemKind::GoalWithoutCurrent, origin, &at("text"), None, message)
                        .with_help(msg!("goal-without-current-help")),
                );
            }
            GoalNode { goal: goal.clone(), progress }
        })
        .collect()
}

/// What `check` says about the units of a site's goals: a unit in a word processor's
/// typographic quotes (shown on the pages as part of the unit), and a goal with no unit
/// at all (advisory: its figures are bare numbers, which may be meant). Only `check`
/// says it, as with readability: a build of a site that built before prints the same.
pub fn unit_problems(site: &super::SiteIndex) -> Diagnostics {
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
    use crate::model::SourceFile;
    use std::sync::Arc;

    fn lines(found: &Diagnostics) -> Vec<(usize, String)> {
        found.iter().map(|d| (d.location.line.unwrap_or(0), d.message.to_string())).collect()
    }

    fn units_of(goals: Vec<GoalNode>, origin: &Origin) -> Diagnostics {
        units_of_documents(std::iter::once((goals.as_slice(), origin)))
    }

    fn origin(text: &str, item: Option<usize>) -> Origin {
        let yaml_end = text.len();
        let source = SourceFile::new(
            "content/s/index.md".into(),
            format!("---\n{text}---\n"),
            2,
            4..4 + yaml_end,
        );
        Origin { source: Arc::new(source), inline_line: None, item }
    }

    fn goals(text: &str) -> Vec<Goal> {
        #[derive(serde::Deserialize)]
        struct Doc {
            goals: Vec<Goal>,
        }
        crate::yaml::from_str::<Doc>(text).unwrap().goals
    }

    #[test]
    fn two_goals_with_the_same_text_are_each_reported_at_their_own_line() {
        let text = "goals:\n  - text: Same\n    target: 5\n    baseline: 5\n  - text: Same\n    target: 7\n    baseline: 7\n";
        let mut found = Diagnostics::new();
        let linked = link_goals(&goals(text), &origin(text, None), &mut found);
        assert_eq!(linked.len(), 2);
        // File lines: the front matter starts on line 2.
        let mut at = lines(&found);
        at.sort();
        assert_eq!(
            at.iter()
                .map(|(line, message)| (
                    *line,
                    message.starts_with("the goal \"Same\" has a target")
                ))
                .collect::<Vec<_>>(),
            [(2 + 1, false), (2 + 2, true), (2 + 4, false), (2 + 5, true)]
        );
    }

    #[test]
    fn an_inline_initiatives_goals_are_found_under_its_own_item() {
        let text = "initiatives:\n  - id: a\n    goals:\n      - text: G\n        target: 1\n        current: 1\n  - id: b\n    goals:\n      - text: G\n        target: 1\n";
        let mut found = Diagnostics::new();
        let second = goals("goals:\n  - text: G\n    target: 1\n");
        link_goals(&second, &origin(text, Some(1)), &mut found);
        assert_eq!(
            lines(&found),
            [(2 + 8, "the goal \"G\" has no measured value (`current`)".to_string())]
        );
    }

    #[test]
    fn a_unit_in_curly_quotes_and_a_goal_without_unit_are_warned_about() {
        let text = "goals:\n  - text: A\n    target: 20\n    current: 5\n    unit: “%”\n  - text: B\n    target: 3\n    current: 1\n  - text: C\n    target: 3\n    current: 1\n    unit: deltagere\n";
        let mut found = Diagnostics::new();
        let origin = origin(text, None);
        let nodes = link_goals(&goals(text), &origin, &mut found);
        let found = units_of(nodes, &origin);
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

    #[test]
    fn progress_is_computed_and_a_missing_value_is_a_warning() {
        let text = "goals:\n  - {text: Half, baseline: 0, target: 10, current: 5}\n  - {text: None, target: 10}\n";
        let mut found = Diagnostics::new();
        let linked = link_goals(&goals(text), &origin(text, None), &mut found);
        assert_eq!(linked[0].progress.map(|p| p.to_string()).as_deref(), Some("50"));
        assert_eq!(linked[1].progress, None);
        assert_eq!(
            lines(&found),
            [(2 + 2, "the goal \"None\" has no measured value (`current`)".to_string())]
        );
        assert!(!found.has_errors());
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SourceFile;
    use std::sync::Arc;

    fn lines(found: &Diagnostics) -> Vec<(usize, String)> {
        found.iter().map(|d| (d.location.line.unwrap_or(0), d.message.to_string())).collect()
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

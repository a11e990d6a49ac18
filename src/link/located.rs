//! Problems found while linking, located where the author wrote the thing concerned.
//!
//! A place is named by its path in the document's front matter (`goals[1].target`),
//! which the load stage's [`Origin`] anchors (an inline initiative is
//! `initiatives[n]` of its strategy's file), and resolved to a line and column by the
//! document's structure ([`yaml::locate_path`]): two goals with the same text are each
//! reported at their own line.

use crate::error::{did_you_mean, Diagnostic, Location, ProblemKind, Severity};
use crate::i18n::Message;
use crate::model::Origin;
use crate::msg;
use crate::yaml::{self, Step};

/// Where `path` (and `value` inside it, when given) is written in `origin`'s document.
pub(super) fn locate(origin: &Origin, path: &[Step], value: Option<&str>) -> Location {
    let source = &origin.source;
    let mut full = Vec::with_capacity(path.len() + 2);
    if let Some(item) = origin.item {
        full.extend([Step::Key("initiatives"), Step::Item(item)]);
    }
    full.extend_from_slice(path);
    match yaml::locate_path(source.front_matter(), &full, value) {
        Some((line, column)) => Location::at(&source.path, source.file_line(line), column),
        None => match origin.inline_line {
            Some(line) => Location::at(&source.path, source.file_line(line), 1),
            None => Location::file(&source.path),
        },
    }
}

/// An error at `step` (one key of the document, like `Key("due")`).
pub(super) fn problem(
    kind: ProblemKind,
    origin: &Origin,
    step: Step,
    value: Option<&str>,
    message: Message,
) -> Diagnostic {
    problem_at(kind, origin, &[step], value, message)
}

/// An error at `path` in the document.
pub(super) fn problem_at(
    kind: ProblemKind,
    origin: &Origin,
    path: &[Step],
    value: Option<&str>,
    message: Message,
) -> Diagnostic {
    let mut d = Diagnostic::error(kind, locate(origin, path, value), message)
        .with_source(&origin.source.text);
    // Underline the whole value where it stands at the column (`Lars Bo`, not `Lars`).
    if let (Some(value), Some(line), Some(column)) = (value, &d.source_line, d.location.column) {
        let at: String = line.chars().skip(column - 1).collect();
        if at.starts_with(value) {
            d.width = Some(value.chars().count());
        }
    }
    d
}

/// A warning at `step`.
pub(super) fn warning(
    kind: ProblemKind,
    origin: &Origin,
    step: Step,
    value: Option<&str>,
    message: Message,
) -> Diagnostic {
    warning_at(kind, origin, &[step], value, message)
}

/// A warning at `path` in the document.
pub(super) fn warning_at(
    kind: ProblemKind,
    origin: &Origin,
    path: &[Step],
    value: Option<&str>,
    message: Message,
) -> Diagnostic {
    let mut d = problem_at(kind, origin, path, value, message);
    d.severity = Severity::Warning;
    d
}

/// A reference to a `what` that does not exist, with the nearest known id suggested.
pub(super) fn unknown(
    origin: &Origin,
    step: Step,
    what: &str,
    id: &str,
    known: &[&str],
) -> Diagnostic {
    let message = msg!("unknown-reference", what = what, id = id);
    let help = match did_you_mean(id, known.iter().copied()) {
        Some(hint) => hint,
        None if known.is_empty() => msg!("unknown-reference-none-yet", what = what),
        None if known.len() <= 8 => msg!("unknown-reference-known", known = known.join(", ")),
        None => msg!("unknown-reference-many", count = known.len()),
    };
    problem(ProblemKind::UnknownReference, origin, step, Some(id), message).with_help(help)
}

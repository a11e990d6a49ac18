//! Problems found in a site's files, typed and located.
//!
//! Every stage reports problems as [`Diagnostic`]s that carry the file, the line and
//! column (1-based, where known), what was expected and a likely fix. A stage never
//! stops at the first problem: it collects them in [`Diagnostics`] so that an author
//! sees every mistake of a build at once. How diagnostics are shown (terminal, JSON,
//! CI annotations, the serve overlay) lives in `crate::report`, apart from this.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::i18n::Message;

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Fails the build.
    Error,
    /// Reported; fails only `check --strict`.
    Warning,
}

/// The kind of a problem: a stable, machine-readable code (used by `check --format json`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProblemKind {
    /// A file could not be read, or is not UTF-8 text, or is too large.
    Io,
    /// YAML that does not parse, or a value of the wrong type or shape.
    Syntax,
    /// A key that the content model does not know.
    UnknownKey,
    /// A required key is missing.
    MissingKey,
    /// A value that parses but is not allowed (a bad date, progress above 100, ...).
    InvalidValue,
    /// An id that is not lowercase ASCII letters, digits and `-`.
    InvalidId,
    /// Two documents with the same id, or two files for the same URL.
    DuplicateId,
    /// An id that is reserved for the site's own pages.
    ReservedId,
    /// A reference to a director, theme or initiative that does not exist.
    UnknownReference,
    /// A `.md` link in Markdown that points to no document.
    BrokenLink,
    /// A link or image in Markdown whose URL scheme is not http, https, mailto or tel
    /// (`javascript:`, `data:`, ...): it is left out of the page.
    UnsafeUrl,
    /// Two strategies give the same theme different titles.
    ThemeTitleMismatch,
    /// An initiative names no responsible director.
    NoResponsible,
    /// A goal has no measured `current` value.
    GoalWithoutCurrent,
    /// A goal has a target but no `unit`: "20" of what?
    GoalWithoutUnit,
    /// A text that is hard to read: a high LIX, a very long sentence or paragraph.
    Readability,
    /// A draft strategy: left out of `build` unless `--drafts`.
    Draft,
    /// An initiative not reported on within its reporting period and grace days.
    UpdateOverdue,
    /// `base_url` is not a full address: the feed, the sitemap and the data catalogue
    /// are left out.
    RelativeBaseUrl,
    /// `site.yaml` links no accessibility statement.
    NoAccessibilityStatement,
    /// A template that fails to parse or render.
    Template,
    /// The output folder is unsafe or could not be written.
    Output,
}

/// Where a problem is: a file, and a 1-based line and column where known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Location {
    /// The file, relative to the site root where it lies inside it.
    pub file: PathBuf,
    /// 1-based line, if known.
    pub line: Option<usize>,
    /// 1-based column (in characters), if known.
    pub column: Option<usize>,
}

impl Location {
    /// A whole file, no position.
    pub fn file(file: impl Into<PathBuf>) -> Self {
        Location { file: file.into(), line: None, column: None }
    }

    /// A position in a file.
    pub fn at(file: impl Into<PathBuf>, line: usize, column: usize) -> Self {
        Location { file: file.into(), line: Some(line), column: Some(column) }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        Ok(())
    }
}

/// One problem, located, with a suggested fix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// What kind of problem.
    pub kind: ProblemKind,
    /// Where.
    pub location: Location,
    /// What is wrong, in one sentence (put in the reader's language when shown).
    pub message: Message,
    /// The likely fix, if one can be suggested.
    pub help: Option<Message>,
    /// The source line the problem is on, to show under the message.
    #[serde(skip)]
    pub source_line: Option<String>,
    /// How many characters from the column the problem covers (`Lars Bo`, two words),
    /// where known; else the word at the column.
    #[serde(skip)]
    pub width: Option<usize>,
    /// A warning that is a fact worth knowing rather than a mistake (a hard text, an
    /// update that is due): `check --strict` does not fail on it.
    #[serde(skip)]
    pub advisory: bool,
}

impl Diagnostic {
    /// A new error.
    pub fn error(kind: ProblemKind, location: Location, message: Message) -> Self {
        Diagnostic {
            severity: Severity::Error,
            kind,
            location,
            message,
            help: None,
            source_line: None,
            width: None,
            advisory: false,
        }
    }

    /// A new warning.
    pub fn warning(kind: ProblemKind, location: Location, message: Message) -> Self {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(kind, location, message) }
    }

    /// Adds a suggested fix.
    pub fn with_help(mut self, help: Message) -> Self {
        self.help = Some(help);
        self
    }

    /// Attaches the text of the source line the location points at.
    pub fn with_source(mut self, text: &str) -> Self {
        if let Some(line) = self.location.line {
            self.source_line = text.lines().nth(line - 1).map(|l| l.trim_end().to_string());
        }
        self
    }

    /// Marks a warning as advisory: reported, but not failing `check --strict`.
    pub fn advisory(mut self) -> Self {
        self.advisory = true;
        self
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{}: {label}: {}", self.location, self.message)?;
        if let Some(help) = &self.help {
            write!(f, " (help: {help})")?;
        }
        Ok(())
    }
}

/// The problems a stage found, errors and warnings, in a stable order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// No problems.
    pub fn new() -> Self {
        Diagnostics::default()
    }

    /// Adds one problem.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    /// Adds all problems of another collection.
    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    /// True when any problem is an error.
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    /// Number of errors.
    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.is_error()).count()
    }

    /// Number of warnings.
    pub fn warning_count(&self) -> usize {
        self.items.len() - self.error_count()
    }

    /// Number of the problems that fail `check --strict`: errors, and warnings that are
    /// not advisory.
    pub fn strict_failure_count(&self) -> usize {
        self.items.iter().filter(|d| d.is_error() || !d.advisory).count()
    }

    /// True when there are no problems at all.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The problems, sorted by file, line, column, then message.
    pub fn sorted(mut self) -> Self {
        self.items.sort_by(|a, b| {
            (&a.location.file, a.location.line, a.location.column, &a.message).cmp(&(
                &b.location.file,
                b.location.line,
                b.location.column,
                &b.message,
            ))
        });
        self.items.dedup();
        self
    }

    /// Iterates over the problems.
    pub fn iter(&self) -> std::slice::Iter<'_, Diagnostic> {
        self.items.iter()
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(diagnostic: Diagnostic) -> Self {
        Diagnostics { items: vec![diagnostic] }
    }
}

impl FromIterator<Diagnostic> for Diagnostics {
    fn from_iter<I: IntoIterator<Item = Diagnostic>>(iter: I) -> Self {
        Diagnostics { items: iter.into_iter().collect() }
    }
}

/// The nearest candidates to a misspelt name, closest first, at most three.
pub fn nearest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let mut scored: Vec<(usize, &str)> = candidates
        .into_iter()
        .filter_map(|candidate| {
            let distance = strsim::damerau_levenshtein(wanted, candidate);
            let limit = (wanted.chars().count().max(candidate.chars().count()) / 3).max(2);
            let close = distance <= limit
                || (candidate.len() >= 4 && wanted.contains(candidate))
                || (wanted.len() >= 4 && candidate.contains(wanted));
            close.then_some((distance, candidate))
        })
        .collect();
    scored.sort();
    scored.dedup();
    scored.into_iter().take(3).map(|(_, c)| c).collect()
}

/// "did you mean `a`?" / "did you mean `a` or `b`?", or `None` when nothing is close.
pub fn did_you_mean<'a>(
    wanted: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<Message> {
    let near = nearest(wanted, candidates);
    let first = *near.first()?;
    Some(crate::msg!(
        "did-you-mean",
        count = near.len(),
        first = first,
        second = near.get(1).copied().unwrap_or_default(),
        third = near.get(2).copied().unwrap_or_default(),
    ))
}

/// Shortens a path for messages: relative to `root` when inside it.
pub fn display_path(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).map(Path::to_path_buf).unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_nearest_ids() {
        let known = ["thomas-harfot", "gitte-lovgren", "thea-hass"];
        assert_eq!(nearest("thomas-harfort", known), vec!["thomas-harfot"]);
        assert_eq!(
            did_you_mean("thea-has", known).map(|m| m.to_string()).as_deref(),
            Some("did you mean `thea-hass`?")
        );
        assert_eq!(did_you_mean("zzzzzzzz", known), None);
    }

    #[test]
    fn location_display() {
        assert_eq!(Location::at("content/a.md", 3, 7).to_string(), "content/a.md:3:7");
        assert_eq!(Location::file("site.yaml").to_string(), "site.yaml");
    }
}

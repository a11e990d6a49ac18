//! Showing problems to people and machines: terminal text in the style of rustc,
//! JSON lines, GitHub workflow annotations and GitLab code-quality reports.

use std::fmt::Write as _;

use crate::error::{Diagnostic, Diagnostics, Severity};
use crate::i18n::Messages;
use crate::msg;

/// How to print problems.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// For people: location, source line, caret, help.
    #[default]
    Human,
    /// One JSON object per line.
    Json,
    /// `::error file=…,line=…::message` annotations.
    Github,
    /// A GitLab code-quality report: one JSON array (the file a merge request shows).
    Gitlab,
}

/// "error" or "warning" in the reader's language.
pub fn severity_label(severity: Severity, m: &Messages) -> String {
    m.say(match severity {
        Severity::Error => "label-error",
        Severity::Warning => "label-warning",
    })
}

/// Renders one diagnostic for a terminal, in `m`'s language; `colour` adds ANSI colours.
pub fn human(d: &Diagnostic, colour: bool, m: &Messages) -> String {
    let (paint, bold, blue, reset) = if colour {
        (
            match d.severity {
                Severity::Error => "\x1b[1;31m",
                Severity::Warning => "\x1b[1;33m",
            },
            "\x1b[1m",
            "\x1b[1;34m",
            "\x1b[0m",
        )
    } else {
        ("", "", "", "")
    };
    let label = severity_label(d.severity, m);
    let mut out = String::new();
    let message = m.text(&d.message);
    let _ = writeln!(out, "{paint}{label}{reset}{bold}: {}{reset}", visible(&message));
    let _ = writeln!(out, "  {blue}-->{reset} {}", visible(&d.location.to_string()));
    if let (Some(line), Some(full)) = (d.location.line, &d.source_line) {
        // A very long line (minified YAML, say) is shown as a window around the column.
        let (text, column) = window(full, d.location.column.unwrap_or(1));
        let number = line.to_string();
        let gutter = " ".repeat(number.len());
        let _ = writeln!(out, "{blue}{gutter} |{reset}");
        let shown: String = text.chars().map(shown_char).collect();
        let _ = writeln!(out, "{blue}{number} |{reset} {shown}");
        if d.location.column.is_some() {
            // Under each character as many spaces as it takes on screen (a control
            // character is shown as its escape).
            let before: String = text
                .chars()
                .take(column.saturating_sub(1))
                .map(|c| match c {
                    '\t' => "\t".to_string(),
                    c => " ".repeat(shown_char(c).chars().count()),
                })
                .collect();
            let width = d
                .width
                .unwrap_or_else(|| {
                    text.chars()
                        .skip(column.saturating_sub(1))
                        .take_while(|c| {
                            !c.is_whitespace() && !matches!(c, ',' | ']' | '}' | ':' | ')' | '(')
                        })
                        .map(|c| shown_char(c).chars().count())
                        .sum::<usize>()
                })
                .max(1);
            let _ = writeln!(
                out,
                "{blue}{gutter} |{reset} {before}{paint}{}{reset}",
                "^".repeat(width)
            );
        }
    }
    if let Some(help) = &d.help {
        let label = m.say("label-help");
        let _ = writeln!(out, "  {blue}={reset} {bold}{label}{reset}: {}", visible(&m.text(help)));
    }
    out
}

/// `text` with every control character but tab and line break shown as an escape
/// (`\u{1b}`): a file's text in a message must not move the cursor, change colours,
/// set the terminal's title or ring its bell.
fn visible(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().all(|c| c == '\t' || c == '\n' || !c.is_control()) {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(
        text.chars().map(|c| if c == '\n' { "\n".into() } else { shown_char(c) }).collect(),
    )
}

/// How one character of a file is shown: itself, or a control character (C0 but tab,
/// DEL, C1) as its escape.
fn shown_char(c: char) -> std::borrow::Cow<'static, str> {
    if c != '\t' && c.is_control() {
        std::borrow::Cow::Owned(c.escape_unicode().to_string())
    } else {
        std::borrow::Cow::Owned(c.to_string())
    }
}

/// At most [`MAX_SHOWN`] characters of `line` around `column` (1-based), with `…` where
/// cut, and the column within what is shown.
fn window(line: &str, column: usize) -> (String, usize) {
    let chars: Vec<char> = line.chars().collect();
    if chars.len() <= MAX_SHOWN {
        return (line.to_string(), column);
    }
    let start = column.saturating_sub(1).saturating_sub(MAX_SHOWN / 2).min(chars.len() - MAX_SHOWN);
    let end = start + MAX_SHOWN;
    let mut shown = String::new();
    let mut column = column - start;
    if start > 0 {
        shown.push('…');
        column += 1;
    }
    shown.extend(&chars[start..end]);
    if end < chars.len() {
        shown.push('…');
    }
    (shown, column)
}

/// The most characters of a source line shown under a message.
const MAX_SHOWN: usize = 120;

/// One JSON object describing a diagnostic: `code` is the message's id, the same in
/// every language and release; `message` and `help` are in `m`'s language.
pub fn json(d: &Diagnostic, m: &Messages) -> String {
    #[derive(serde::Serialize)]
    struct Line<'a> {
        severity: Severity,
        kind: crate::error::ProblemKind,
        code: &'a str,
        file: String,
        line: Option<usize>,
        column: Option<usize>,
        message: String,
        help: Option<String>,
        language: &'a str,
    }
    serde_json::to_string(&Line {
        severity: d.severity,
        kind: d.kind,
        code: d.message.code(),
        file: d.location.file.display().to_string().replace('\\', "/"),
        line: d.location.line,
        column: d.location.column,
        message: m.text(&d.message),
        help: d.help.as_ref().map(|h| m.text(h)),
        language: m.tag(),
    })
    .unwrap_or_default()
}

/// The message and its help as one line: "message (help: fix)".
fn with_help(d: &Diagnostic, m: &Messages) -> String {
    let mut text = m.text(&d.message);
    if let Some(help) = &d.help {
        let _ = write!(text, " ({}: {})", m.say("label-help"), m.text(help));
    }
    text
}

/// A GitHub Actions workflow annotation; its title is the message's code.
pub fn github(d: &Diagnostic, m: &Messages) -> String {
    let level = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let mut props = format!("file={}", escape_property(&d.location.file.display().to_string()));
    if let Some(line) = d.location.line {
        let _ = write!(props, ",line={line}");
    }
    if let Some(col) = d.location.column {
        let _ = write!(props, ",col={col}");
    }
    let _ = write!(props, ",title={}", escape_property(d.message.code()));
    format!("::{level} {props}::{}", escape_data(&with_help(d, m)))
}

/// GitLab's code-quality report (a subset of Code Climate's issue format): one JSON
/// array of `{description, check_name, fingerprint, severity, location}`. GitLab tells
/// new problems from old by `fingerprint`, so it is a hash of what the problem is and
/// where, stable from one pipeline to the next, made unique by a counter when a file
/// has the same problem twice on one line.
pub fn gitlab(problems: &Diagnostics, m: &Messages) -> String {
    #[derive(serde::Serialize)]
    struct Lines {
        begin: usize,
    }
    #[derive(serde::Serialize)]
    struct Place {
        path: String,
        lines: Lines,
    }
    #[derive(serde::Serialize)]
    struct Issue<'a> {
        description: String,
        check_name: crate::error::ProblemKind,
        fingerprint: String,
        severity: &'a str,
        location: Place,
    }
    let mut seen = std::collections::HashMap::new();
    let issues: Vec<Issue> = problems
        .iter()
        .map(|d| {
            let path = d.location.file.display().to_string().replace('\\', "/");
            let line = d.location.line.unwrap_or(1);
            let description = with_help(d, m);
            // The fingerprint is of the English text: the same problem keeps its
            // fingerprint when the report's language changes.
            let key = format!("{:?}\0{path}\0{line}\0{}", d.kind, d.message);
            let count: &mut u32 = seen.entry(key.clone()).or_default();
            *count += 1;
            let fingerprint = format!("{:016x}{:08x}", fnv1a(key.as_bytes()), *count);
            let severity = match d.severity {
                Severity::Error => "major",
                Severity::Warning => "minor",
            };
            Issue {
                description,
                check_name: d.kind,
                fingerprint,
                severity,
                location: Place { path, lines: Lines { begin: line } },
            }
        })
        .collect();
    serde_json::to_string_pretty(&issues).unwrap_or_else(|_| "[]".into())
}

/// 64-bit FNV-1a: stable across releases and platforms (std's hashers are not).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// A workflow command's data: `%`, CR and LF as GitHub asks, and every other control
/// character as an escape, as in [`human`] (the log is shown in a terminal too).
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
        .chars()
        .map(|c| if c == '\t' { "\t".into() } else { shown_char(c) })
        .collect()
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// "2 errors, 1 warning" in `m`'s language.
pub fn summary(problems: &Diagnostics, m: &Messages) -> String {
    m.text(&msg!(
        "summary-problems",
        errors = problems.error_count(),
        warnings = problems.warning_count()
    ))
}

/// Renders all diagnostics in a format, followed (for people) by a summary line.
pub fn render_all(problems: &Diagnostics, format: Format, colour: bool, m: &Messages) -> String {
    let mut out = String::new();
    if format == Format::Gitlab {
        out.push_str(&gitlab(problems, m));
        out.push('\n');
        return out;
    }
    for d in problems.iter() {
        let text = match format {
            Format::Human => human(d, colour, m),
            Format::Json => json(d, m),
            Format::Github => github(d, m),
            Format::Gitlab => unreachable!("a whole report, above"),
        };
        out.push_str(&text);
        out.push('\n');
    }
    if format == Format::Human && !problems.is_empty() {
        let _ = writeln!(out, "{}", summary(problems, m));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{Location, ProblemKind};

    fn en() -> &'static Messages {
        Messages::english()
    }

    fn sample() -> Diagnostic {
        Diagnostic::error(
            ProblemKind::UnknownReference,
            Location::at("content/s/a.md", 3, 14),
            msg!("unknown-reference", what = "director", id = "thomas-harfort"),
        )
        .with_help(crate::error::did_you_mean("thomas-harfort", ["thomas-harfot"]).unwrap())
        .with_source("---\ntitle: A\nresponsible: thomas-harfort\n---\n")
    }

    #[test]
    fn human_shows_line_and_caret() {
        let text = human(&sample(), false, en());
        assert_eq!(
            text,
            "error: unknown director `thomas-harfort`\n  --> content/s/a.md:3:14\n  |\n3 | responsible: thomas-harfort\n  |              ^^^^^^^^^^^^^^\n  = help: did you mean `thomas-harfot`?\n"
        );
    }

    #[test]
    fn long_lines_are_shown_as_a_window() {
        let line = format!("{}X{}", "a".repeat(5000), "b".repeat(5000));
        let (shown, column) = window(&line, 5001);
        assert!(shown.chars().count() <= MAX_SHOWN + 2);
        assert_eq!(shown.chars().nth(column - 1), Some('X'));
        assert!(shown.starts_with('…') && shown.ends_with('…'));
        assert_eq!(window("short", 3), ("short".to_string(), 3));
    }

    #[test]
    fn machine_formats() {
        let j = json(&sample(), en());
        assert!(j.contains(r#""file":"content/s/a.md","line":3,"column":14"#), "{j}");
        assert_eq!(
            github(&sample(), en()),
            "::error file=content/s/a.md,line=3,col=14,title=unknown-reference::unknown director `thomas-harfort` (help: did you mean `thomas-harfot`?)"
        );
    }

    #[test]
    fn gitlab_code_quality_report() {
        let mut problems = Diagnostics::new();
        problems.push(sample());
        problems.push(sample());
        let warning = Diagnostic::warning(
            ProblemKind::InvalidValue,
            Location::file("site.yaml"),
            msg!("no-accessibility-statement"),
        );
        problems.push(warning);
        let report: serde_json::Value = serde_json::from_str(&gitlab(&problems, en())).unwrap();
        let issues = report.as_array().unwrap();
        assert_eq!(issues.len(), 3);
        assert_eq!(issues[0]["location"]["path"], "content/s/a.md");
        assert_eq!(issues[0]["location"]["lines"]["begin"], 3);
        assert_eq!(issues[0]["severity"], "major");
        assert_eq!(issues[0]["check_name"], "unknown-reference");
        assert!(issues[0]["description"].as_str().unwrap().contains("did you mean"));
        // The same problem twice on one line: two fingerprints, each stable.
        assert_ne!(issues[0]["fingerprint"], issues[1]["fingerprint"]);
        assert_eq!(
            issues[0]["fingerprint"],
            serde_json::from_str::<serde_json::Value>(&gitlab(&problems, en())).unwrap()[0]
                ["fingerprint"]
        );
        // A problem of the whole file is placed at its first line.
        assert_eq!(issues[2]["location"]["lines"]["begin"], 1);
        assert_eq!(issues[2]["severity"], "minor");
        assert_eq!(gitlab(&Diagnostics::new(), en()), "[]");
    }

    #[test]
    fn control_characters_from_files_are_shown_escaped() {
        let line = "title: \u{1b}]0;pwned\u{7}\u{1b}[2J x\u{9b}y";
        let d = Diagnostic::error(
            crate::error::ProblemKind::InvalidValue,
            crate::error::Location::at("content/a\u{1b}[31m.md", 1, 23),
            msg!("unknown-reference", what = "theme", id = "\u{1b}[1mvalue\u{7}"),
        )
        .with_help(msg!("unknown-reference-known", known = "\u{1b}]8;;https://x\u{7}"))
        .with_source(line);
        for out in [human(&d, false, en()), human(&d, true, en()), github(&d, en())] {
            let stripped = out.replace("\u{1b}[1;31m", "").replace("\u{1b}[1m", "");
            let stripped = stripped.replace("\u{1b}[1;34m", "").replace("\u{1b}[0m", "");
            assert!(!stripped.chars().any(|c| c.is_control() && c != '\n' && c != '\t'), "{out:?}");
            assert!(out.contains("\\u{1b}[1mvalue\\u{7}"), "{out}");
        }
        // The caret stays under the column it names, past the escapes.
        let human = human(&d, false, en());
        let shown = human.lines().find(|l| l.starts_with("1 |")).unwrap();
        let caret = human.lines().find(|l| l.trim_end().ends_with('^')).unwrap();
        let at = caret.find('^').unwrap();
        assert_eq!(&shown[at..at + 1], "x", "{human}");
    }
}

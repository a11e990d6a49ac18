//! YAML errors in an author's words: `serde_yaml`'s messages (parser jargon, in
//! English) turned into [`Message`]s that name the key, the line to fix and the fix.
//!
//! The parser reports where it noticed a problem, which is not always where the
//! mistake is: a key without its colon is noticed on the next line, a line indented
//! too far becomes part of the value above it. Those cases are recognised from the
//! text around the reported line and reported at the line to fix.

use super::*;
use crate::i18n::{Arg, Message};
use crate::msg;

pub(super) fn convert_error(error: &serde_yaml::Error, text: &str) -> YamlError {
    let (line, column) = error.location().map(|l| (l.line(), l.column())).unwrap_or((1, 1));
    let mut raw = error.to_string();
    // serde_yaml appends " at line L column C"; the position is reported apart.
    if let Some(cut) = raw.find(" at line ") {
        raw.truncate(cut);
    }
    explain(&raw, text, line, column)
}

/// The lines of the YAML text, 1-based through [`line_at`].
fn line_at(text: &str, line: usize) -> &str {
    text.lines().nth(line.saturating_sub(1)).unwrap_or_default()
}

/// The number of spaces a line starts with.
fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// True for a line that holds nothing for the parser (blank, or a comment).
fn is_blank(line: &str) -> bool {
    let t = line.trim();
    t.is_empty() || t.starts_with('#')
}

/// " in `goals[0].target`", or nothing, as a message argument.
fn within(path: Option<&str>) -> Arg {
    match path {
        Some(path) => msg!("yaml-within", path = path).into(),
        None => Arg::Text(String::new()),
    }
}

/// Turns serde's wording into an author's: names the key, suggests the fix.
fn explain(raw: &str, text: &str, line: usize, column: usize) -> YamlError {
    let at = |kind, message, help: Option<Message>| YamlError { kind, line, column, message, help };
    let (path, detail) = match raw.split_once(": ") {
        Some((p, d)) if !p.contains(' ') && !p.starts_with('\u{1}') => (Some(p), d),
        _ => (None, raw),
    };
    let source_line = line_at(text, line);
    if source_line.contains('\t') || line_at(text, line + 1).starts_with('\t') {
        return at(ProblemKind::Syntax, msg!("yaml-tab"), Some(msg!("yaml-tab-help")));
    }
    // Our own checks of a scalar's text: a number or a date that is not one.
    if let Some((message, _)) = Message::decode(detail) {
        if let Some(moved) = indented_into_value(text, line) {
            return moved;
        }
        let help = match message.id() {
            "value-number-too-long" => Some(msg!("value-number-too-long-help")),
            "value-not-a-number" | "value-decimal-comma" => Some(msg!("value-not-a-number-help")),
            "value-no-such-day" => Some(msg!("value-no-such-day-help")),
            _ => None,
        };
        let message = msg!("yaml-value-problem", problem = message, within = within(path));
        return at(ProblemKind::InvalidValue, message, help);
    }
    if let Some(rest) = detail.strip_prefix("unknown field `") {
        let key = rest.split('`').next().unwrap_or_default();
        let expected: Vec<&str> = rest.split('`').skip(1).filter(|s| is_key_like(s)).collect();
        let help = match (did_you_mean(key, expected.iter().copied()), expected.is_empty()) {
            (Some(guess), false) => {
                Some(msg!("yaml-unknown-key-help-guess", guess = guess, keys = expected.join(", ")))
            }
            (None, false) => Some(msg!("yaml-unknown-key-help", keys = expected.join(", "))),
            (guess, true) => guess,
        };
        let message = msg!("yaml-unknown-key", key = key, within = within(path));
        return at(ProblemKind::UnknownKey, message, help);
    }
    if let Some(rest) = detail.strip_prefix("missing field `") {
        let key = rest.split('`').next().unwrap_or_default();
        if let Some(moved) = key_indented_elsewhere(text, line, column, key) {
            return moved;
        }
        let message = msg!("yaml-missing-key", key = key, within = within(path));
        return at(
            ProblemKind::MissingKey,
            message,
            Some(msg!("yaml-missing-key-help", key = key)),
        );
    }
    if let Some(rest) = detail.strip_prefix("unknown variant `") {
        let value = rest.split('`').next().unwrap_or_default();
        let expected: Vec<&str> = rest.split('`').skip(1).filter(|s| is_key_like(s)).collect();
        let allowed = expected.join(", ");
        let help = match did_you_mean(value, expected.iter().copied()) {
            Some(guess) => msg!("yaml-allowed-values-guess", guess = guess, allowed = allowed),
            None => msg!("yaml-allowed-values", allowed = allowed),
        };
        let message = msg!("yaml-unknown-value", value = value, within = within(path));
        return at(ProblemKind::InvalidValue, message, Some(help));
    }
    if let Some(rest) = detail.strip_prefix("duplicate field `") {
        let key = rest.split('`').next().unwrap_or_default();
        let message = msg!("yaml-duplicate-key", key = key, within = within(path));
        return at(ProblemKind::Syntax, message, Some(msg!("yaml-duplicate-key-help")));
    }
    if detail.contains("duplicate entry") {
        let message = msg!("yaml-duplicate-entry", within = within(path));
        return at(ProblemKind::Syntax, message, Some(msg!("yaml-duplicate-key-help")));
    }
    if detail.contains("cannot start any token") {
        // `unit: %` is the likeliest: `%`, `@` and `` ` `` cannot start a plain value.
        let found = source_line.chars().nth(column.saturating_sub(1)).unwrap_or(' ').to_string();
        let help = match source_line.split_once(": ") {
            Some((key, value)) if !value.trim().is_empty() => msg!(
                "yaml-reserved-start-help-written",
                found = found.as_str(),
                written = format!("{}: {}", key.trim_start(), quoted(value.trim()))
            ),
            _ => msg!("yaml-reserved-start-help", found = found.as_str()),
        };
        let message = msg!("yaml-reserved-start", found = found, within = within(path));
        return at(ProblemKind::Syntax, message, Some(help));
    }
    if detail.contains("could not find expected ':'") {
        if let Some(missing) = missing_colon(text, line) {
            return missing;
        }
    }
    if detail.contains("mapping values are not allowed") {
        if let Some(moved) = indented_into_value(text, line) {
            return moved;
        }
        // `title: Plan: 2030`: a second `: ` in a value.
        let help = match source_line.split_once(": ") {
            Some((key, value)) if value.contains(": ") => msg!(
                "yaml-colon-in-value-help-written",
                written = format!("{}: {}", key.trim_start(), quoted(value.trim()))
            ),
            _ => msg!("yaml-colon-in-value-help"),
        };
        return at(ProblemKind::Syntax, msg!("yaml-colon-in-value"), Some(help));
    }
    if detail.contains("expected ',' or ']'") || detail.contains("expected ',' or '}'") {
        return at(
            ProblemKind::Syntax,
            msg!("yaml-unclosed-bracket", within = within(path)),
            Some(msg!("yaml-unclosed-bracket-help")),
        );
    }
    if detail.contains("did not find expected")
        || detail.contains("could not find expected")
        || detail.contains("while parsing a block")
    {
        if let Some(missing) = missing_colon(text, line) {
            return missing;
        }
        return at(
            ProblemKind::Syntax,
            msg!("yaml-indentation", line = line),
            Some(msg!("yaml-indentation-help")),
        );
    }
    if detail.contains("recursion limit exceeded") {
        return at(ProblemKind::Syntax, msg!("yaml-too-deep"), Some(msg!("yaml-too-deep-help")));
    }
    if let Some(rest) =
        detail.strip_prefix("invalid type: ").or(detail.strip_prefix("invalid value: "))
    {
        if let Some(moved) = indented_into_value(text, line) {
            return moved;
        }
        if let Some((found, expected)) = rest.rsplit_once(", expected ") {
            return wrong_type(found, expected, path, at);
        }
    }
    if detail.contains("too large or has too many digits") {
        return at(
            ProblemKind::InvalidValue,
            msg!("yaml-number-too-large", within = within(path)),
            Some(msg!("value-number-too-long-help")),
        );
    }
    if detail.contains("end of stream") || detail.contains("unexpected end") {
        return at(
            ProblemKind::Syntax,
            msg!("yaml-unclosed", within = within(path)),
            Some(msg!("yaml-unclosed-help")),
        );
    }
    // Anything else the parser says: our words, with its own for a bug report.
    at(
        ProblemKind::Syntax,
        msg!("yaml-unreadable", within = within(path)),
        Some(msg!("yaml-unreadable-help", detail = detail)),
    )
}

/// "invalid type: string "ja", expected a boolean" in an author's words.
fn wrong_type(
    found: &str,
    expected: &str,
    path: Option<&str>,
    at: impl Fn(ProblemKind, Message, Option<Message>) -> YamlError,
) -> YamlError {
    // What was written: a text's own words, or what kind of thing it is.
    let (found_kind, value) = match found.split_once(' ') {
        Some(("string", v)) => ("text", v.trim_matches('"').to_string()),
        Some(("integer" | "floating", v)) => {
            ("number", v.trim_start_matches("point ").trim_matches('`').to_string())
        }
        Some(("boolean", v)) => ("boolean", v.trim_matches('`').to_string()),
        _ => match found {
            "sequence" => ("list", String::new()),
            "map" => ("entry", String::new()),
            "unit value" => ("nothing", String::new()),
            _ => ("other", String::new()),
        },
    };
    let expected_kind = match expected {
        "a boolean" => "boolean",
        "a number" => "number",
        "i32" | "u32" | "u16" | "u64" => "whole-number",
        "a single value" => "single-value",
        "a sequence" => "list",
        "a date (YYYY-MM-DD)" => "date",
        "an id or a list of ids" => "ids",
        e if e.starts_with("struct ") || e.starts_with("a map") => "entry",
        _ => "other",
    };
    let help = match expected_kind {
        "boolean" => msg!("yaml-expected-boolean-help", value = value.as_str()),
        "number" => msg!("yaml-expected-number-help"),
        "whole-number" => msg!("yaml-expected-year-help"),
        "single-value" => msg!("yaml-expected-single-value-help"),
        "list" => msg!("yaml-expected-list-help"),
        "date" => msg!("yaml-expected-date-help"),
        "ids" => msg!("yaml-expected-ids-help"),
        _ => msg!("yaml-expected-entry-help"),
    };
    let message = msg!(
        "yaml-wrong-type",
        found = found_kind,
        value = value,
        expected = expected_kind,
        within = within(path)
    );
    let kind = if expected_kind == "boolean" || found_kind == "text" {
        ProblemKind::InvalidValue
    } else {
        ProblemKind::Syntax
    };
    at(kind, message, Some(help))
}

/// A line with a key and no colon (`theme trafik`), which the parser notices only at
/// a later line: the nearest line at or above `line` that is a plain text at the
/// indentation of a key, followed by a key at the same indentation.
fn missing_colon(text: &str, line: usize) -> Option<YamlError> {
    let lines: Vec<&str> = text.lines().collect();
    let reported = line.min(lines.len()).max(1);
    for number in (1..=reported).rev() {
        let candidate = lines[number - 1];
        if is_blank(candidate) {
            continue;
        }
        let body = candidate.trim_start().trim_start_matches("- ");
        let looks_like_key_and_value = !body.contains(':')
            && !body.starts_with(['"', '\'', '[', '{', '|', '>', '-'])
            && body.split_whitespace().count() >= 1;
        // The key must stand where keys stand: as far in as a key-line next to it.
        let indent = indent_of(candidate);
        let neighbour_key = lines
            .iter()
            .enumerate()
            .filter(|(i, l)| *i + 1 != number && !is_blank(l) && indent_of(l) == indent)
            .any(|(_, l)| {
                l.trim_start().trim_start_matches("- ").contains(": ")
                    || l.trim_end().ends_with(':')
            });
        if looks_like_key_and_value && neighbour_key {
            let (key, value) = body.split_once(char::is_whitespace).unwrap_or((body, ""));
            let written = if value.trim().is_empty() {
                format!("{key}:")
            } else {
                format!("{key}: {}", value.trim())
            };
            return Some(YamlError {
                kind: ProblemKind::Syntax,
                line: number,
                column: indent + 1,
                message: msg!("yaml-missing-colon", line = number, key = key),
                help: Some(msg!("yaml-missing-colon-help", written = written)),
            });
        }
        // Only the line the parser stopped at and the lines just above it are candidates.
        if number + 2 < reported {
            break;
        }
    }
    None
}

/// A key line indented further than the key above it (`baseline: 20` then
/// `      target: 30`): YAML reads it as more of the value above. Reported at the line
/// indented too far, with the indentation to use.
fn indented_into_value(text: &str, line: usize) -> Option<YamlError> {
    let lines: Vec<&str> = text.lines().collect();
    let above = *lines.get(line.checked_sub(1)?)?;
    let (key_above, value_above) = above.trim_start().trim_start_matches("- ").split_once(':')?;
    if value_above.trim().is_empty() || !is_key_like(key_above) {
        return None;
    }
    let key_column = above.len() - above.trim_start().trim_start_matches("- ").len();
    // The next lines that are more indented than the key above, and hold a key.
    let (offset, next) = lines.iter().enumerate().skip(line).find(|(_, l)| !is_blank(l))?;
    let next_key = next.trim_start().split_once(':').map(|(k, _)| k)?;
    if indent_of(next) <= key_column || !is_key_like(next_key) {
        return None;
    }
    Some(YamlError {
        kind: ProblemKind::Syntax,
        line: offset + 1,
        column: indent_of(next) + 1,
        message: msg!(
            "yaml-indented-too-far",
            line = offset + 1,
            key = next_key,
            above = key_above.trim()
        ),
        help: Some(msg!(
            "yaml-indent-help",
            line = offset + 1,
            spaces = key_column,
            written = format!("{}{}", " ".repeat(key_column), next.trim_start())
        )),
    })
}

/// A missing key that is in the file, at another indentation than the entry it belongs
/// to (`target:` indented less than `text:` and `baseline:` of its goal).
fn key_indented_elsewhere(text: &str, line: usize, column: usize, key: &str) -> Option<YamlError> {
    let lines: Vec<&str> = text.lines().collect();
    let entry_column = column.saturating_sub(1);
    // The entry's own keys start at `entry_column`; look below the entry's first line.
    let (offset, found) =
        lines.iter().enumerate().skip(line.saturating_sub(1)).find(|(_, l)| {
            let body = l.trim_start().trim_start_matches("- ");
            body.split_once(':').is_some_and(|(k, _)| k.trim() == key)
        })?;
    let found_column = found.len() - found.trim_start().trim_start_matches("- ").len();
    if found_column == entry_column {
        return None;
    }
    Some(YamlError {
        kind: ProblemKind::Syntax,
        line: offset + 1,
        column: found_column + 1,
        message: msg!(
            "yaml-indented-wrongly",
            line = offset + 1,
            key = key,
            spaces = found_column,
            expected = entry_column
        ),
        help: Some(msg!(
            "yaml-indent-help",
            line = offset + 1,
            spaces = entry_column,
            written = format!("{}{}", " ".repeat(entry_column), found.trim_start())
        )),
    })
}

/// `value` as a quoted YAML text: in double quotes, or in single quotes where it holds
/// a double quote or a backslash.
fn quoted(value: &str) -> String {
    if value.contains(['"', '\\']) {
        format!("'{}'", value.replace('\'', "''"))
    } else {
        format!("\"{value}\"")
    }
}

fn is_key_like(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

//! YAML errors in an author's words: `serde_yaml`'s messages translated, with the
//! fix where one can be suggested.

use super::*;

pub(super) fn convert_error(error: &serde_yaml::Error, text: &str) -> YamlError {
    let (line, column) = error.location().map(|l| (l.line(), l.column())).unwrap_or((1, 1));
    let mut message = error.to_string();
    // serde_yaml appends " at line L column C"; the position is reported apart.
    if let Some(cut) = message.find(" at line ") {
        message.truncate(cut);
    }
    let (kind, message, help) = explain(&message, text, line, column);
    YamlError { kind, line, column, message, help }
}

/// Turns serde's wording into an author's: names the key, suggests the fix.
fn explain(
    raw: &str,
    text: &str,
    line: usize,
    column: usize,
) -> (ProblemKind, String, Option<String>) {
    let (path, detail) = match raw.split_once(": ") {
        Some((p, d)) if !p.contains(' ') => (Some(p), d),
        _ => (None, raw),
    };
    let within = path.map(|p| format!(" in `{p}`")).unwrap_or_default();
    if let Some(rest) = detail.strip_prefix("unknown field `") {
        let key = rest.split('`').next().unwrap_or_default();
        let expected: Vec<&str> = rest.split('`').skip(1).filter(|s| is_key_like(s)).collect();
        let mut help = did_you_mean(key, expected.iter().copied()).unwrap_or_default();
        if !expected.is_empty() {
            if !help.is_empty() {
                help.push(' ');
            }
            help.push_str(&format!("known keys here: {}", expected.join(", ")));
        }
        let help = (!help.is_empty()).then_some(help);
        return (ProblemKind::UnknownKey, format!("unknown key `{key}`{within}"), help);
    }
    if let Some(rest) = detail.strip_prefix("missing field `") {
        let key = rest.split('`').next().unwrap_or_default();
        return (
            ProblemKind::MissingKey,
            format!("missing key `{key}`{within}"),
            Some(format!("add a line `{key}: ...`")),
        );
    }
    if let Some(rest) = detail.strip_prefix("unknown variant `") {
        let value = rest.split('`').next().unwrap_or_default();
        let expected: Vec<&str> = rest.split('`').skip(1).filter(|s| is_key_like(s)).collect();
        let mut help = did_you_mean(value, expected.iter().copied()).unwrap_or_default();
        if !help.is_empty() {
            help.push(' ');
        }
        help.push_str(&format!("allowed: {}", expected.join(", ")));
        return (ProblemKind::InvalidValue, format!("unknown value `{value}`{within}"), Some(help));
    }
    if detail.starts_with("duplicate field `") || detail.contains("duplicate entry") {
        return (
            ProblemKind::Syntax,
            format!("{detail}{within}"),
            Some("each key may appear only once; remove one of them".to_string()),
        );
    }
    let mut help = None;
    let source_line = text.lines().nth(line.saturating_sub(1)).unwrap_or_default();
    if source_line.contains('\t') {
        help = Some("YAML does not allow tabs for indentation; use spaces".to_string());
    } else if detail.contains("cannot start any token") {
        // `unit: %` is the likeliest: `%`, `@` and `` ` `` cannot start a plain value.
        let found = source_line.chars().nth(column.saturating_sub(1)).unwrap_or(' ');
        let help = match source_line.split_once(": ") {
            Some((key, value)) if !value.trim().is_empty() => format!(
                "a value starting with `{found}` must be put in quotes: `{}: {}`",
                key.trim_start(),
                quoted(value.trim())
            ),
            _ => format!("a value starting with `{found}` must be put in quotes"),
        };
        let message = format!("a value cannot start with `{found}` unless it is in quotes{within}");
        return (ProblemKind::Syntax, message, Some(help));
    } else if detail.contains("mapping values are not allowed") {
        help = Some("a value containing `: ` must be put in quotes".to_string());
    } else if detail.contains("did not find expected") || detail.contains("could not find expected")
    {
        help = Some("check the indentation and quotes on this line and the one above".to_string());
    } else if let Some(fix) = value_help(detail) {
        let kind = if detail.starts_with('`') {
            // Our own checks of a scalar's text: a number or a date that is not one.
            ProblemKind::InvalidValue
        } else {
            ProblemKind::Syntax
        };
        return (kind, format!("{}{within}", readable(detail)), Some(fix.to_string()));
    }
    (ProblemKind::Syntax, format!("{detail}{within}"), help)
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

/// The likely fix for a value of the wrong type or form, by what was expected.
fn value_help(detail: &str) -> Option<&'static str> {
    if detail.contains("too large or has too many digits") {
        return Some(
            "round the number, or write it in a larger unit (say `mio. kr.` instead of `kr.`)",
        );
    }
    if detail.ends_with("is not a number") {
        return Some("write only the number, with a point for decimals, like `12.5`; the unit goes in `unit:`");
    }
    if detail.contains("is not a day of the calendar") {
        return Some("check the day and the month; dates are written YYYY-MM-DD");
    }
    if detail.contains("recursion limit exceeded") {
        return Some("values are nested far too deeply; check the indentation");
    }
    let expected = detail.rsplit_once(", expected ")?.1;
    Some(match expected {
        "a single value" => "write one value after the key, like `title: Min titel`; a list or indented keys do not belong here (put a text containing `[` or `{` in quotes)",
        "a number" => "write one number, like `12.5`",
        "i32" => "write the year as a whole number, like `2014`",
        "a boolean" => "write `true` or `false`",
        "a sequence" => "write a list: each item on a line of its own, starting with `- `",
        "a date (YYYY-MM-DD)" => "write the date as YYYY-MM-DD, like 2013-12-01",
        "an id or a list of ids" => "write one id, like `theme: velfaerd`, or a list, like `theme: [velfaerd, miljo]`",
        e if e.starts_with("struct ") => "write the entry as `key: value` lines, indented under it",
        _ => return None,
    })
}

/// serde's type names in an author's words.
fn readable(detail: &str) -> String {
    let mut out = detail.replace("expected i32", "expected a year (a whole number)");
    for (name, what) in [
        ("struct Goal", "a goal (`text`, `target`, ...)"),
        ("struct Measurement", "a measurement (`date` and `value`)"),
        ("struct Action", "an action (`text`, `done`, `due`)"),
        ("struct BudgetLine", "a budget line (`year`, `target`, ...)"),
        ("struct Period", "a period, like `2013-2014` or `{ start: 2013, end: 2014 }`"),
        ("struct ThemeDecl", "a theme (`id` and `title`)"),
        ("struct InitiativeFields", "an initiative (`id`, `title`, ...)"),
    ] {
        out = out.replace(name, what);
    }
    out
}

fn is_key_like(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

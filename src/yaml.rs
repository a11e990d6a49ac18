//! The one place that knows YAML.
//!
//! Front matter and `site.yaml` are deserialized into typed structs here, with
//! `serde_yaml`. Nothing else in the crate names the YAML crate, so it can be swapped.
//!
//! Two rules keep numbers exact and messages precise:
//! - every figure is read from the scalar's own text (`deserialize_str` hands over the
//!   text as written) and parsed into a [`Decimal`], never through `f64`;
//! - YAML errors come back as [`YamlError`] with a 1-based line and column, the
//!   unknown-key case with the nearest known key suggested.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::de::{DeserializeOwned, Deserializer, SeqAccess, Visitor};

use crate::error::{did_you_mean, ProblemKind};

/// A YAML problem, positioned within the YAML text (1-based line and column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    /// What kind of problem.
    pub kind: ProblemKind,
    /// 1-based line within the YAML text.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What is wrong.
    pub message: String,
    /// The likely fix.
    pub help: Option<String>,
}

/// Deserializes YAML text into `T`.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    if text.trim().is_empty() {
        // An empty document is an empty mapping, so that missing required keys are
        // reported by name rather than as "invalid type: unit".
        return serde_yaml::from_str("{}").map_err(|e| convert_error(&e, text));
    }
    serde_yaml::from_str(text).map_err(|e| convert_error(&e, text))
}

fn convert_error(error: &serde_yaml::Error, text: &str) -> YamlError {
    let (line, column) = error.location().map(|l| (l.line(), l.column())).unwrap_or((1, 1));
    let mut message = error.to_string();
    // serde_yaml appends " at line L column C"; the position is reported apart.
    if let Some(cut) = message.find(" at line ") {
        message.truncate(cut);
    }
    let (kind, message, help) = explain(&message, text, line);
    YamlError { kind, line, column, message, help }
}

/// Turns serde's wording into an author's: names the key, suggests the fix.
fn explain(raw: &str, text: &str, line: usize) -> (ProblemKind, String, Option<String>) {
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
    } else if detail.contains("mapping values are not allowed") {
        help = Some("a value containing `: ` must be put in quotes".to_string());
    } else if detail.contains("did not find expected") || detail.contains("could not find expected")
    {
        help = Some("check the indentation and quotes on this line and the one above".to_string());
    }
    (ProblemKind::Syntax, format!("{detail}{within}"), help)
}

fn is_key_like(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// Parses a decimal as written in a source file ("12.5", "-3", "1e3").
pub fn parse_decimal(text: &str) -> Result<Decimal, String> {
    let t = text.trim();
    let parsed = if t.contains(['e', 'E']) {
        Decimal::from_scientific(t).ok()
    } else {
        Decimal::from_str(t.strip_prefix('+').unwrap_or(t)).ok()
    };
    parsed.ok_or_else(|| {
        if t.contains(',') && !t.contains('.') {
            format!(
                "`{t}` is not a number; write decimals with a point, like `{}`",
                t.replace(',', ".")
            )
        } else {
            format!("`{t}` is not a number")
        }
    })
}

/// Parses an ISO date (`2013-12-01`).
pub fn parse_date(text: &str) -> Result<time::Date, String> {
    let t = text.trim();
    let bad = || format!("`{t}` is not a date; write it as YYYY-MM-DD, like 2013-12-01");
    let mut parts = t.splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(bad());
    };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return Err(bad());
    }
    let year: i32 = y.parse().map_err(|_| bad())?;
    let month: u8 = m.parse().map_err(|_| bad())?;
    let day: u8 = d.parse().map_err(|_| bad())?;
    let month = time::Month::try_from(month).map_err(|_| bad())?;
    time::Date::from_calendar_date(year, month, day)
        .map_err(|_| format!("`{t}` is not a day of the calendar"))
}

/// Serde helpers that read scalars from their source text.
pub mod de {
    use super::*;
    use serde::Deserialize;

    struct ScalarText;

    impl<'de> Visitor<'de> for ScalarText {
        type Value = String;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a single value")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<String, E> {
            Ok(v.to_string())
        }
    }

    fn scalar<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
        d.deserialize_str(ScalarText)
    }

    /// Parses a scalar's text inside the visitor, so that a parse error carries the
    /// scalar's position.
    struct Parse<T>(fn(&str) -> Result<T, String>, &'static str);

    impl<'de, T> Visitor<'de> for Parse<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.1)
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
            (self.0)(v).map_err(E::custom)
        }
    }

    /// An exact decimal, deserializable on its own (for `Option`).
    struct ExactDecimal(Decimal);
    impl<'de> serde::Deserialize<'de> for ExactDecimal {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            d.deserialize_str(Parse(parse_decimal, "a number")).map(ExactDecimal)
        }
    }

    /// A date, deserializable on its own (for `Option`).
    struct IsoDate(time::Date);
    impl<'de> serde::Deserialize<'de> for IsoDate {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            d.deserialize_str(Parse(parse_date, "a date (YYYY-MM-DD)")).map(IsoDate)
        }
    }

    /// A required exact decimal.
    pub fn decimal<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        ExactDecimal::deserialize(d).map(|v| v.0)
    }

    /// An optional exact decimal (`~`/`null`/absent is `None`).
    pub fn opt_decimal<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
        Ok(Option::<ExactDecimal>::deserialize(d)?.map(|v| v.0))
    }

    /// A required date.
    pub fn date<'de, D: Deserializer<'de>>(d: D) -> Result<time::Date, D::Error> {
        IsoDate::deserialize(d).map(|v| v.0)
    }

    /// An optional date.
    pub fn opt_date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<time::Date>, D::Error> {
        Ok(Option::<IsoDate>::deserialize(d)?.map(|v| v.0))
    }

    /// Any scalar as its text (so `title: 2013` is the title "2013").
    pub fn text<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
        scalar(d)
    }

    /// An optional scalar as its text.
    pub fn opt_text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
        let text: Option<Text> = serde::Deserialize::deserialize(d)?;
        Ok(text.map(|t| t.0))
    }

    /// A scalar's text, deserializable on its own (for `Option`).
    struct Text(String);
    impl<'de> serde::Deserialize<'de> for Text {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            scalar(d).map(Text)
        }
    }

    /// One id or a list of ids: `theme: a` and `theme: [a, b]` both become a list.
    pub fn one_or_many<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
        struct OneOrMany;
        impl<'de> Visitor<'de> for OneOrMany {
            type Value = Vec<String>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an id or a list of ids")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(vec![v.to_string()])
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
                Ok(vec![v.to_string()])
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
                Ok(vec![v.to_string()])
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
                Ok(Vec::new())
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut ids = Vec::new();
                while let Some(Text(id)) = seq.next_element()? {
                    ids.push(id);
                }
                Ok(ids)
            }
        }
        d.deserialize_any(OneOrMany)
    }
}

/// Finds where `key: value` (or a list item `- value` under `key:`) is written, at or
/// after `from_line` (1-based). Returns the 1-based line and column of the value, or of
/// the key when the value is not on the key's line.
///
/// Used to point semantic errors (an unknown director id, say) at the exact token,
/// which the deserializer does not keep.
pub fn locate(
    text: &str,
    key: &str,
    value: Option<&str>,
    from_line: usize,
) -> Option<(usize, usize)> {
    let mut in_key = None;
    for (index, line) in text.lines().enumerate().skip(from_line.saturating_sub(1)) {
        let number = index + 1;
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let body = trimmed.strip_prefix("- ").unwrap_or(trimmed);
        let body_offset = line.len() - body.len();
        if let Some(after) = body.strip_prefix(key).and_then(|r| r.strip_prefix(':')) {
            match value {
                None => return Some((number, column_of(line, body_offset))),
                Some(v) => {
                    if let Some(pos) = find_token(after, v) {
                        let byte = line.len() - after.len() + pos;
                        return Some((number, column_of(line, byte)));
                    }
                    in_key = Some((indent, number, column_of(line, body_offset)));
                }
            }
            continue;
        }
        if let (Some((key_indent, key_line, key_col)), Some(v)) = (in_key, value) {
            if trimmed.starts_with("- ") && indent >= key_indent {
                if let Some(pos) = find_token(&trimmed[2..], v) {
                    let byte = line.len() - trimmed.len() + 2 + pos;
                    return Some((number, column_of(line, byte)));
                }
            } else if !trimmed.is_empty() && indent <= key_indent {
                return Some((key_line, key_col));
            }
        }
    }
    in_key.map(|(_, l, c)| (l, c))
}

/// Byte offset of `token` in `haystack` as a whole word (not part of a longer id).
fn find_token(haystack: &str, token: &str) -> Option<usize> {
    let is_id_char = |c: char| c.is_alphanumeric() || c == '-' || c == '_' || c == '/';
    let mut start = 0;
    while let Some(found) = haystack[start..].find(token) {
        let at = start + found;
        let before = haystack[..at].chars().next_back();
        let after = haystack[at + token.len()..].chars().next();
        if !before.is_some_and(is_id_char) && !after.is_some_and(is_id_char) {
            return Some(at);
        }
        start = at + token.len().max(1);
    }
    None
}

fn column_of(line: &str, byte: usize) -> usize {
    line[..byte.min(line.len())].chars().count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Sample {
        #[serde(deserialize_with = "de::decimal")]
        value: Decimal,
        #[serde(default, deserialize_with = "de::opt_decimal")]
        other: Option<Decimal>,
        #[serde(default, deserialize_with = "de::one_or_many")]
        ids: Vec<String>,
        #[serde(default, deserialize_with = "de::opt_date")]
        #[allow(dead_code)]
        when: Option<time::Date>,
    }

    #[test]
    fn decimals_are_exact() {
        let s: Sample = from_str("value: 12345678901234567.891\nother: 0.1").unwrap();
        assert_eq!(s.value.to_string(), "12345678901234567.891");
        assert_eq!(s.other.unwrap().to_string(), "0.1");
        let s: Sample = from_str("value: 12.50").unwrap();
        assert_eq!(s.value.to_string(), "12.50");
        let s: Sample = from_str("value: \"2.9\"\nother: ~").unwrap();
        assert_eq!(s.value.to_string(), "2.9");
        assert_eq!(s.other, None);
    }

    #[test]
    fn comma_decimal_gets_a_hint() {
        let e = from_str::<Sample>("value: 12,5").unwrap_err();
        assert_eq!(e.line, 1);
        assert!(e.message.contains("write decimals with a point, like `12.5`"), "{}", e.message);
    }

    #[test]
    fn one_or_many_ids() {
        let s: Sample = from_str("value: 1\nids: a").unwrap();
        assert_eq!(s.ids, vec!["a"]);
        let s: Sample = from_str("value: 1\nids: [a, b]").unwrap();
        assert_eq!(s.ids, vec!["a", "b"]);
    }

    #[test]
    fn unknown_key_is_located_and_suggested() {
        let e = from_str::<Sample>("value: 1\nvalue2: 3\nwhen: 2013-01-01\nidz: a").unwrap_err();
        assert_eq!(e.kind, ProblemKind::UnknownKey);
        assert_eq!((e.line, e.column), (2, 1));
        assert_eq!(e.message, "unknown key `value2`");
        assert!(e.help.unwrap().starts_with("did you mean `value`?"));
    }

    #[test]
    fn missing_key_is_named() {
        let e = from_str::<Sample>("other: 1").unwrap_err();
        assert_eq!(e.kind, ProblemKind::MissingKey);
        assert_eq!(e.message, "missing key `value`");
    }

    #[test]
    fn bad_dates_are_explained() {
        let e = from_str::<Sample>("value: 1\nwhen: 2013-02-30").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.contains("not a day of the calendar"), "{}", e.message);
        let e = from_str::<Sample>("value: 1\nwhen: 1/12/2013").unwrap_err();
        assert!(e.message.contains("YYYY-MM-DD"), "{}", e.message);
    }

    #[test]
    fn tabs_get_a_hint() {
        let e = from_str::<Sample>("value: 1\nids:\n\t- a").unwrap_err();
        assert!(e.help.unwrap_or_default().contains("tabs"));
    }

    #[test]
    fn locate_finds_values_and_list_items() {
        let text = "title: X\nresponsible: thomas-harfort\ntheme:\n  - a\n  - bb\nother: 1\n";
        assert_eq!(locate(text, "responsible", Some("thomas-harfort"), 1), Some((2, 14)));
        assert_eq!(locate(text, "theme", Some("bb"), 1), Some((5, 5)));
        assert_eq!(locate(text, "theme", Some("zz"), 1), Some((3, 1)));
        assert_eq!(locate(text, "title", None, 1), Some((1, 1)));
        // A token must match whole: `a` is not found inside `title`.
        assert_eq!(locate("theme: [ab, a]", "theme", Some("a"), 1), Some((1, 13)));
    }
}

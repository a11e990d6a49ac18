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
    pub message: crate::i18n::Message,
    /// The likely fix.
    pub help: Option<crate::i18n::Message>,
}

/// Deserializes YAML text into `T`.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    if text.trim().is_empty() {
        // An empty document is an empty mapping, so that missing required keys are
        // reported by name rather than as "invalid type: unit".
        return serde_yaml::from_str("{}").map_err(|e| convert_error(&e, text));
    }
    guard::check(text)?;
    serde_yaml::from_str(text).map_err(|e| convert_error(&e, text))
}

/// Deserializes YAML text into `T`, going on past mistakes on lines that stand alone:
/// the line of each mistake found (a date that is not one, a key without its colon, an
/// unknown key, a `- { … }` item) is read as empty and the text read again, so that one
/// save shows every such mistake of a file, and the rest of the document is still
/// there to check (its references, its figures). Stops at a mistake whose line carries
/// more than itself (a list, an indented block), or that is the loss of an emptied line.
/// The value is `Some` when the text, with its mistaken lines left out, is a document.
pub fn from_str_collecting<T: DeserializeOwned>(text: &str) -> (Option<T>, Vec<YamlError>) {
    const MOST: usize = 10;
    let mut errors: Vec<YamlError> = Vec::new();
    let mut current = text.to_string();
    let mut emptied: Vec<String> = Vec::new();
    for _ in 0..MOST {
        match from_str::<T>(&current) {
            Ok(value) => return (Some(value), errors),
            Err(e) => {
                let lost = e.kind == crate::error::ProblemKind::MissingKey
                    && matches!(e.message.get("key"), Some(crate::i18n::Arg::Text(k)) if emptied.contains(k));
                if lost || errors.iter().any(|seen| seen.line == e.line) {
                    return (None, errors);
                }
                let line = e.line;
                errors.push(e);
                match empty_line(&current, line) {
                    Some((repaired, key)) => {
                        current = repaired;
                        emptied.push(key);
                    }
                    None => return (None, errors),
                }
            }
        }
    }
    (None, errors)
}

/// `text` with its 1-based `line` emptied, and the key that line held, when the line
/// stands alone: `key: value` on one line with nothing indented under it, a key
/// without its colon, or a whole `- { … }` item.
fn empty_line(text: &str, line: usize) -> Option<(String, String)> {
    let lines: Vec<&str> = text.split('\n').collect();
    let this = *lines.get(line.checked_sub(1)?)?;
    let indent = this.len() - this.trim_start().len();
    let body = this.trim();
    let key = if let Some(item) = body.strip_prefix("- ") {
        // A flow item closed on its own line, as a whole.
        (item.starts_with('{') && item.ends_with('}')).then(|| "-".to_string())?
    } else {
        let (key, value) = body.split_once(':').unwrap_or((body, ""));
        let value = value.trim();
        let opens_block = value.starts_with(['|', '>'])
            || (value.starts_with('[') && !value.ends_with(']'))
            || (value.starts_with('{') && !value.ends_with('}'));
        if key.is_empty() || body.starts_with('#') || opens_block {
            return None;
        }
        key.split_whitespace().next()?.to_string()
    };
    // Nothing indented under it that would be left without its key.
    let next =
        lines.iter().skip(line).find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
    if next.is_some_and(|n| n.len() - n.trim_start().len() > indent) {
        return None;
    }
    let mut out: Vec<&str> = lines.clone();
    out[line - 1] = "";
    Some((out.join("\n"), key))
}

/// How deeply `[...]` and `{...}` may nest. The content model needs three levels at
/// most (`history: [{ date: ..., value: ... }]`); the YAML reader's time grows with the
/// square of the nesting depth, so thousands of stray brackets would stall a build.
pub const MAX_FLOW_DEPTH: usize = 32;

mod errors;
mod guard;
mod locate;
mod scalars;

use errors::convert_error;
pub use locate::{locate, locate_path, Step};
pub use scalars::{de, parse_date, parse_decimal};

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
        assert!(
            e.message.to_string().contains("write decimals with a point, like `12.5`"),
            "{}",
            e.message
        );
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
        assert!(e.help.unwrap().to_string().starts_with("did you mean `value`?"));
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
        assert!(e.message.to_string().contains("not a day of the calendar"), "{}", e.message);
        let e = from_str::<Sample>("value: 1\nwhen: 1/12/2013").unwrap_err();
        assert!(e.message.to_string().contains("YYYY-MM-DD"), "{}", e.message);
    }

    #[test]
    fn deep_flow_nesting_fails_fast_at_the_bracket() {
        let deep = format!("value: 1\nids: {}", "[".repeat(100_000));
        let started = std::time::Instant::now();
        let e = from_str::<Sample>(&deep).unwrap_err();
        assert!(started.elapsed().as_secs() < 2, "took {:?}", started.elapsed());
        assert_eq!((e.line, e.column), (2, 6 + MAX_FLOW_DEPTH));
        assert!(e.message.to_string().contains("nested more than 32 levels"), "{}", e.message);
        // At the limit itself it is an ordinary type error.
        let at_limit = format!("value: 1\nids: {}{}", "[".repeat(32), "]".repeat(32));
        assert!(!from_str::<Sample>(&at_limit).unwrap_err().message.to_string().contains("nested"));
    }

    #[test]
    fn brackets_in_text_are_not_nesting() {
        // Unbalanced brackets in block scalars, quotes, plain text and comments are text.
        let many = "[{".repeat(40);
        let text = format!(
            "value: 1\nids:\n  - \"{many}\"\n  - '{many} it''s'\n  - a{many}\n# {many}\nwhen: ~\n"
        );
        from_str::<Sample>(&text).unwrap();
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Doc {
            body: String,
            other: String,
        }
        let text = format!("body: |\n  {many}\n\n  \"{many}\nother: >-\n   {many}\n   '{many}\n");
        let doc: Doc = from_str(&text).unwrap();
        assert!(doc.body.starts_with("[{[{"));
    }

    #[test]
    fn the_scan_is_skipped_only_where_it_would_pass() {
        let at_limit = format!("ids: {}{}", "[".repeat(MAX_FLOW_DEPTH), "]".repeat(MAX_FLOW_DEPTH));
        let over =
            format!("ids: {}{}", "[".repeat(MAX_FLOW_DEPTH + 1), "]".repeat(MAX_FLOW_DEPTH + 1));
        for (text, skipped) in [
            ("title: Plan\nthemes: [a, b]\n", true),
            (at_limit.as_str(), true),
            (over.as_str(), false),
            ("value: &v 1\nother: *v", false),
            ("title: \"*Vigtigt*\"", false),
        ] {
            assert_eq!(guard::cannot_fail(text), skipped, "{text}");
            // Where it is skipped, the scan agrees.
            if skipped {
                assert!(guard::Scanner::new(text).run().is_ok(), "{text}");
            }
        }
        assert!(guard::check(&over).is_err());
    }

    #[test]
    fn aliases_are_refused_anchors_are_not() {
        let e = from_str::<Sample>("value: &v 1\nother: *v").unwrap_err();
        assert_eq!((e.line, e.column), (2, 8));
        assert!(e.message.to_string().contains("alias"), "{}", e.message);
        assert!(e.help.unwrap().to_string().contains("put it in quotes"));
        let s: Sample = from_str("value: &v 1\nids: [\"*not-an-alias\", a*b]").unwrap();
        assert_eq!(s.ids, vec!["*not-an-alias", "a*b"]);
    }

    #[test]
    fn numbers_too_large_or_too_precise_are_errors() {
        for text in [
            "1e40",
            "1e-40",
            "1234567890123456789012345678901234567890",
            "0.00000000000000000000000000001",
        ] {
            let e = from_str::<Sample>(&format!("value: {text}")).unwrap_err();
            assert_eq!(e.kind, ProblemKind::InvalidValue, "{text}");
            assert!(
                e.message.to_string().contains("too large or has too many digits"),
                "{}",
                e.message
            );
            assert!(e.help.unwrap().to_string().contains("round the number"));
        }
        // 28 digits still fit, exactly.
        let s: Sample = from_str("value: 1.000000000000000000000000001").unwrap();
        assert_eq!(s.value.to_string(), "1.000000000000000000000000001");
    }

    #[test]
    fn wrong_types_get_a_fix() {
        let e = from_str::<Sample>("value: [1, 2]").unwrap_err();
        assert_eq!(e.message, "a number is needed here in `value`, not a list");
        assert_eq!(
            e.help.as_ref().map(|h| h.to_string()).as_deref(),
            Some("write one number, like `12.5`")
        );
        let e = from_str::<Sample>("value: 1\nids: {a: 1}").unwrap_err();
        assert!(e.help.unwrap().to_string().contains("a list, like"));
        // A Danish author writes `ja`: the fix says what to write instead.
        let e = from_str::<serde_yaml::Value>("done: ja").map(|_| ()).err();
        assert!(e.is_none(), "any value is fine for a Value");
        #[derive(Debug, serde::Deserialize)]
        struct Action {
            #[allow(dead_code)]
            done: bool,
        }
        let e = from_str::<Action>("done: ja").unwrap_err();
        assert_eq!(e.message, "`true` or `false` is needed here in `done`, not the text `ja`");
        let da = crate::i18n::Messages::for_tag("da");
        assert_eq!(
            da.text(e.help.as_ref().unwrap()),
            "skriv `true` for ja eller `false` for nej, ikke `ja`"
        );
    }

    #[test]
    fn mistakes_on_lines_of_their_own_are_all_found_and_the_rest_is_read() {
        let text = "value: 12,5\nwhen: 31-12-2014\nother: 1\n";
        let (value, errors) = from_str_collecting::<Sample>(text);
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [1, 2], "{errors:?}");
        // `value` is required: once its line is left out, nothing more is said of it,
        // and there is no document.
        assert!(value.is_none());
        let (value, errors) =
            from_str_collecting::<Sample>("value: 1\nwhen: 31-12-2014\nother: 2\n");
        assert_eq!(errors.len(), 1);
        let value = value.expect("the rest of the document");
        assert_eq!(value.other.map(|d| d.to_string()).as_deref(), Some("2"));
        // A mistake on a line that carries an indented block stops the reading there.
        let (value, errors) = from_str_collecting::<Sample>("value: 1\nother:\n  - 1\n");
        assert!(value.is_none() && errors.len() == 1, "{errors:?}");
    }

    #[test]
    fn a_key_without_its_colon_is_named_at_its_own_line() {
        let text = "title: Cykler\ntheme trafik\nresponsible: lars-bo\n";
        let e = from_str::<serde_yaml::Value>(text).unwrap_err();
        assert_eq!(e.line, 2, "{e:?}");
        assert_eq!(e.message, "line 2 has no `:` after the key `theme`");
        assert_eq!(
            e.help.map(|h| h.to_string()).as_deref(),
            Some("write a colon and a space after the key: `theme: trafik`")
        );
    }

    #[test]
    fn a_line_indented_too_far_or_too_little_is_named_with_the_indent_to_use() {
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Goal {
            text: String,
            #[serde(deserialize_with = "de::opt_decimal", default)]
            baseline: Option<Decimal>,
            #[serde(deserialize_with = "de::decimal")]
            target: Decimal,
        }
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Doc {
            goals: Vec<Goal>,
        }
        for (text, says) in [
            // Too far: read as more of the value above.
            (
                "goals:\n  - text: G\n    baseline: 20\n      target: 30\n",
                "indented further than `baseline`",
            ),
            // Too little: a key of the list's owner, so the goal lacks `target`.
            (
                "goals:\n  - text: G\n    baseline: 20\n  target: 30\n",
                "(`target`) is indented 2 spaces",
            ),
        ] {
            let e = from_str::<Doc>(text).unwrap_err();
            assert_eq!(e.line, 4, "{e:?}");
            assert!(e.message.to_string().contains(says), "{e:?}");
            assert_eq!(
                e.help.map(|h| h.to_string()).as_deref(),
                Some("indent line 4 by 4 spaces: `    target: 30`")
            );
        }
    }

    #[test]
    fn a_colon_inside_a_value_is_explained_without_parser_words() {
        let e = from_str::<serde_yaml::Value>("title: Plan: 2030\n").unwrap_err();
        assert!(!e.message.to_string().contains("mapping values"), "{e:?}");
        assert_eq!(
            e.help.map(|h| h.to_string()).as_deref(),
            Some("put the value in quotes: `title: \"Plan: 2030\"`")
        );
    }

    #[test]
    fn tabs_get_a_hint() {
        let e = from_str::<Sample>("value: 1\nids:\n\t- a").unwrap_err();
        assert!(e.help.map(|h| h.to_string()).unwrap_or_default().contains("tabs"));
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

    #[test]
    fn a_date_written_another_way_gets_its_iso_form_offered() {
        for (written, iso) in [
            ("31-12-2014", "2014-12-31"),
            ("31.12.2014", "2014-12-31"),
            ("5/1/2014", "2014-01-05"),
            ("2014-1-5", "2014-01-05"),
            ("2014.12.31", "2014-12-31"),
        ] {
            assert_eq!(
                parse_date(written).unwrap_err().to_string(),
                format!("`{written}` is not a date in the form YYYY-MM-DD; write `{iso}`")
            );
        }
        // Nothing to offer where the day is not in the calendar or the form is unclear.
        for written in ["31-02-2014", "12-31-2014", "14-12-31", "31 december 2014", "2014-12"] {
            assert_eq!(
                parse_date(written).unwrap_err().to_string(),
                format!("`{written}` is not a date; write it as YYYY-MM-DD, like 2013-12-01"),
                "{written}"
            );
        }
        assert_eq!(parse_date("2014-12-31").unwrap().to_string(), "2014-12-31");
    }

    #[test]
    fn a_number_with_a_decimal_comma_gets_its_point_form_offered() {
        for (written, offered) in
            [("12,5", "12.5"), ("1.234,5", "1234.5"), ("1 234,50", "1234.50"), ("-0,25", "-0.25")]
        {
            assert_eq!(
                parse_decimal(written).unwrap_err().to_string(),
                format!(
                    "`{written}` is not a number; write decimals with a point, like `{offered}`"
                )
            );
        }
        for written in ["12,5,1", "ca. 12,5", "12,", "12 %"] {
            assert_eq!(
                parse_decimal(written).unwrap_err().to_string(),
                format!("`{written}` is not a number")
            );
        }
    }

    #[test]
    fn a_value_starting_with_a_reserved_character_gets_its_quoted_form() {
        let error = |yaml: &str| from_str::<serde_yaml::Value>(yaml).unwrap_err();
        let e = error("text: G\nunit: %\n");
        assert_eq!((e.line, e.column), (2, 7));
        assert_eq!(e.message, "a value cannot start with `%` unless it is in quotes");
        assert_eq!(
            e.help.as_ref().map(|h| h.to_string()).as_deref(),
            Some("a value starting with `%` must be put in quotes: `unit: \"%\"`")
        );
        let e = error("goals:\n  - text: G\n    unit: % af \"alle\"\n");
        assert_eq!(
            e.help.as_ref().map(|h| h.to_string()).as_deref(),
            Some("a value starting with `%` must be put in quotes: `unit: '% af \"alle\"'`")
        );
        let e = error("email: @kommune.dk\n");
        assert_eq!(
            e.help.as_ref().map(|h| h.to_string()).as_deref(),
            Some("a value starting with `@` must be put in quotes: `email: \"@kommune.dk\"`")
        );
    }
}

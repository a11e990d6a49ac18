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
    guard::check(text)?;
    serde_yaml::from_str(text).map_err(|e| convert_error(&e, text))
}

/// How deeply `[...]` and `{...}` may nest. The content model needs three levels at
/// most (`history: [{ date: ..., value: ... }]`); the YAML reader's time grows with the
/// square of the nesting depth, so thousands of stray brackets would stall a build.
pub const MAX_FLOW_DEPTH: usize = 32;

/// A linear pre-pass over YAML text that refuses, before `serde_yaml` sees it, what
/// would make reading it hang or exhaust memory:
///
/// - flow collections (`[`, `{`) nested deeper than [`MAX_FLOW_DEPTH`]: libyaml's
///   scanner does work proportional to the nesting depth for every token;
/// - aliases (`*name`): each one repeats a whole anchored value, so a few kilobytes can
///   expand to gigabytes (a "billion laughs"); `serde_yaml`'s own repetition limit still
///   allows quadratic growth. The content model has no use for them.
///
/// It follows libyaml's scanner (`unsafe-libyaml`, under `serde_yaml`) token by token:
/// indentation, simple keys, quoted, plain and block scalars, tags, anchors and
/// comments, so that it sees the same `[`, `{` and `*` tokens libyaml does. Where libyaml
/// would stop with a syntax error it carries on, so it can only over-count nesting.
mod guard {
    use super::YamlError;
    use crate::error::ProblemKind;

    pub(super) fn check(text: &str) -> Result<(), YamlError> {
        if cannot_fail(text) {
            return Ok(());
        }
        let mut scanner = Scanner::new(text);
        scanner.run()
    }

    /// Whether the scan would surely pass: it refuses only a `*` and flow nesting
    /// deeper than [`super::MAX_FLOW_DEPTH`], which needs more `[` and `{` than that.
    /// Nearly every front matter is such a text, and a byte count is far cheaper than
    /// the scan (which was a fifth of the time spent reading YAML).
    pub(super) fn cannot_fail(text: &str) -> bool {
        let mut openers = 0;
        for &b in text.as_bytes() {
            match b {
                b'*' => return false,
                b'[' | b'{' => openers += 1,
                _ => {}
            }
        }
        openers <= super::MAX_FLOW_DEPTH
    }

    struct Key {
        index: usize,
        line: usize,
        column: usize,
    }

    pub(super) struct Scanner {
        /// The text as characters, with an end marker `\0` (a NUL in the text becomes
        /// U+0001: both are control characters libyaml refuses).
        chars: Vec<char>,
        pos: usize,
        line: usize,
        column: usize,
        flow: usize,
        indent: isize,
        indents: Vec<isize>,
        simple_key_allowed: bool,
        /// The possible simple key of the block level (flow level 0): it decides the
        /// indentation of a block mapping. Keys inside flow collections never do.
        key: Option<Key>,
    }

    fn is_break(c: char) -> bool {
        matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
    }
    fn is_blank(c: char) -> bool {
        c == ' ' || c == '\t'
    }
    fn is_breakz(c: char) -> bool {
        is_break(c) || c == '\0'
    }
    fn is_blankz(c: char) -> bool {
        is_blank(c) || is_breakz(c)
    }
    fn is_alpha(c: char) -> bool {
        c.is_ascii_alphanumeric() || c == '_' || c == '-'
    }
    fn is_uri(c: char, verbatim: bool) -> bool {
        is_alpha(c) || ";/?:@&=+$.%!~*'()".contains(c) || (verbatim && ",[]".contains(c))
    }

    impl Scanner {
        pub(super) fn new(text: &str) -> Self {
            let mut chars: Vec<char> =
                text.chars().map(|c| if c == '\0' { '\u{1}' } else { c }).collect();
            chars.push('\0');
            Scanner {
                chars,
                pos: 0,
                line: 0,
                column: 0,
                flow: 0,
                indent: -1,
                indents: Vec::new(),
                simple_key_allowed: true,
                key: None,
            }
        }

        fn at(&self, k: usize) -> char {
            self.chars.get(self.pos + k).copied().unwrap_or('\0')
        }
        fn cur(&self) -> char {
            self.at(0)
        }
        fn at_end(&self) -> bool {
            self.pos + 1 >= self.chars.len()
        }
        /// Skips one character that is not a line break.
        fn skip(&mut self) {
            if !self.at_end() {
                self.pos += 1;
                self.column += 1;
            }
        }
        /// Skips one line break (CR LF counts as one).
        fn skip_line(&mut self) {
            if self.cur() == '\r' && self.at(1) == '\n' {
                self.pos += 2;
            } else if !self.at_end() {
                self.pos += 1;
            }
            self.line += 1;
            self.column = 0;
        }
        fn skip_to_break(&mut self) {
            while !is_breakz(self.cur()) {
                self.skip();
            }
        }
        fn document_marker(&self) -> bool {
            self.column == 0
                && ((self.at(0) == '-' && self.at(1) == '-' && self.at(2) == '-')
                    || (self.at(0) == '.' && self.at(1) == '.' && self.at(2) == '.'))
                && is_blankz(self.at(3))
        }
        fn error(&self, message: &str, help: &str) -> YamlError {
            YamlError {
                kind: ProblemKind::Syntax,
                line: self.line + 1,
                column: self.column + 1,
                message: message.to_string(),
                help: Some(help.to_string()),
            }
        }

        fn roll_indent(&mut self, column: usize) {
            if self.flow == 0 && self.indent < column as isize {
                self.indents.push(self.indent);
                self.indent = column as isize;
            }
        }
        fn unroll_indent(&mut self, column: isize) {
            if self.flow == 0 {
                while self.indent > column {
                    self.indent = self.indents.pop().unwrap_or(-1);
                }
            }
        }
        fn save_key(&mut self) {
            if self.flow == 0 && self.simple_key_allowed {
                self.key = Some(Key { index: self.pos, line: self.line, column: self.column });
            }
        }
        fn remove_key(&mut self) {
            if self.flow == 0 {
                self.key = None;
            }
        }

        pub(super) fn run(&mut self) -> Result<(), YamlError> {
            loop {
                self.scan_to_next_token();
                if self
                    .key
                    .as_ref()
                    .is_some_and(|k| k.line < self.line || k.index + 1024 < self.pos)
                {
                    self.key = None;
                }
                self.unroll_indent(self.column as isize);
                if self.at_end() {
                    return Ok(());
                }
                let start = self.pos;
                self.token()?;
                if self.pos == start {
                    // Something libyaml refuses; step over it and carry on.
                    self.skip();
                }
            }
        }

        fn scan_to_next_token(&mut self) {
            loop {
                if self.column == 0 && self.cur() == '\u{feff}' {
                    self.skip();
                }
                while self.cur() == ' '
                    || ((self.flow > 0 || !self.simple_key_allowed) && self.cur() == '\t')
                {
                    self.skip();
                }
                if self.cur() == '#' {
                    self.skip_to_break();
                }
                if !is_break(self.cur()) {
                    return;
                }
                self.skip_line();
                if self.flow == 0 {
                    self.simple_key_allowed = true;
                }
            }
        }

        fn token(&mut self) -> Result<(), YamlError> {
            let c = self.cur();
            let next = self.at(1);
            if self.column == 0 && c == '%' {
                self.unroll_indent(-1);
                self.remove_key();
                self.simple_key_allowed = false;
                self.skip_to_break();
                if is_break(self.cur()) {
                    self.skip_line();
                }
                return Ok(());
            }
            if self.document_marker() {
                self.unroll_indent(-1);
                self.remove_key();
                self.simple_key_allowed = false;
                (0..3).for_each(|_| self.skip());
                return Ok(());
            }
            match c {
                '[' | '{' => {
                    self.save_key();
                    self.flow += 1;
                    if self.flow > super::MAX_FLOW_DEPTH {
                        return Err(self.error(
                            &format!(
                                "values are nested more than {} levels deep here, in `[` and `{{`",
                                super::MAX_FLOW_DEPTH
                            ),
                            "no retning file needs this; look for brackets `[` or `{` that are opened but never closed, and put a text that contains them in quotes",
                        ));
                    }
                    self.simple_key_allowed = true;
                    self.skip();
                }
                ']' | '}' => {
                    self.remove_key();
                    self.flow = self.flow.saturating_sub(1);
                    self.simple_key_allowed = false;
                    self.skip();
                }
                ',' => {
                    self.remove_key();
                    self.simple_key_allowed = true;
                    self.skip();
                }
                '-' if is_blankz(next) => {
                    self.roll_indent(self.column);
                    self.remove_key();
                    self.simple_key_allowed = true;
                    self.skip();
                }
                '?' if self.flow > 0 || is_blankz(next) => {
                    self.roll_indent(self.column);
                    self.remove_key();
                    self.simple_key_allowed = self.flow == 0;
                    self.skip();
                }
                ':' if self.flow > 0 || is_blankz(next) => {
                    match self.key.take() {
                        Some(key) if self.flow == 0 => {
                            self.roll_indent(key.column);
                            self.simple_key_allowed = false;
                        }
                        other => {
                            self.key = other;
                            self.roll_indent(self.column);
                            self.simple_key_allowed = self.flow == 0;
                        }
                    }
                    self.skip();
                }
                '*' => {
                    return Err(self.error(
                        "a value starting with `*` is a YAML alias, and retning does not read aliases",
                        "to write a text that starts with `*`, put it in quotes, like `title: \"*Vigtigt*\"`; to repeat a value, write it out again",
                    ));
                }
                '&' => {
                    self.save_key();
                    self.simple_key_allowed = false;
                    self.skip();
                    while is_alpha(self.cur()) {
                        self.skip();
                    }
                }
                '!' => {
                    self.save_key();
                    self.simple_key_allowed = false;
                    self.tag();
                }
                '|' | '>' if self.flow == 0 => {
                    self.remove_key();
                    self.simple_key_allowed = true;
                    self.block_scalar();
                }
                '\'' | '"' => {
                    self.save_key();
                    self.simple_key_allowed = false;
                    self.quoted(c == '\'');
                }
                _ if self.plain_start(c, next) => {
                    self.save_key();
                    self.simple_key_allowed = false;
                    self.plain();
                }
                _ => {}
            }
            Ok(())
        }

        fn plain_start(&self, c: char, next: char) -> bool {
            !(is_blankz(c) || "-?:,[]{}#&*!|>'\"%@`".contains(c))
                || (c == '-' && !is_blank(next))
                || (self.flow == 0 && (c == '?' || c == ':') && !is_blankz(next))
        }

        fn tag(&mut self) {
            self.skip();
            if self.cur() == '<' {
                self.skip();
                while is_uri(self.cur(), true) {
                    self.skip();
                }
                if self.cur() == '>' {
                    self.skip();
                }
            } else {
                while is_uri(self.cur(), false) {
                    self.skip();
                }
            }
        }

        fn quoted(&mut self, single: bool) {
            let quote = if single { '\'' } else { '"' };
            self.skip();
            while !self.at_end() {
                let c = self.cur();
                if single && c == '\'' && self.at(1) == '\'' {
                    self.skip();
                    self.skip();
                } else if c == quote {
                    self.skip();
                    return;
                } else if !single && c == '\\' {
                    self.skip();
                    if is_break(self.cur()) {
                        self.skip_line();
                    } else {
                        self.skip();
                    }
                } else if is_break(c) {
                    self.skip_line();
                } else {
                    self.skip();
                }
            }
        }

        fn plain(&mut self) {
            let indent = self.indent + 1;
            let mut leading_blanks = false;
            loop {
                if self.document_marker() || self.cur() == '#' {
                    break;
                }
                while !is_blankz(self.cur()) {
                    let c = self.cur();
                    if (c == ':'
                        && (is_blankz(self.at(1))
                            || (self.flow > 0 && ",?[]{}".contains(self.at(1)))))
                        || (self.flow > 0 && ",[]{}".contains(c))
                    {
                        break;
                    }
                    self.skip();
                }
                if !(is_blank(self.cur()) || is_break(self.cur())) {
                    break;
                }
                while is_blank(self.cur()) || is_break(self.cur()) {
                    if is_blank(self.cur()) {
                        self.skip();
                    } else {
                        self.skip_line();
                        leading_blanks = true;
                    }
                }
                if self.flow == 0 && (self.column as isize) < indent {
                    break;
                }
            }
            if leading_blanks {
                self.simple_key_allowed = true;
            }
        }

        fn block_scalar(&mut self) {
            self.skip();
            let mut increment = 0isize;
            let digit = |c: char| c.to_digit(10).filter(|&d| d > 0).map(|d| d as isize);
            if matches!(self.cur(), '+' | '-') {
                self.skip();
                if let Some(d) = digit(self.cur()) {
                    increment = d;
                    self.skip();
                }
            } else if let Some(d) = digit(self.cur()) {
                increment = d;
                self.skip();
                if matches!(self.cur(), '+' | '-') {
                    self.skip();
                }
            }
            while is_blank(self.cur()) {
                self.skip();
            }
            // A comment, or (where libyaml would stop) anything else up to the line's end.
            self.skip_to_break();
            if is_break(self.cur()) {
                self.skip_line();
            }
            let mut indent = 0isize;
            if increment != 0 {
                indent = if self.indent >= 0 { self.indent + increment } else { increment };
            }
            self.block_breaks(&mut indent);
            while self.column as isize == indent && !self.at_end() {
                self.skip_to_break();
                if self.at_end() {
                    break;
                }
                self.skip_line();
                self.block_breaks(&mut indent);
            }
        }

        fn block_breaks(&mut self, indent: &mut isize) {
            let mut max_indent = 0isize;
            loop {
                while (*indent == 0 || (self.column as isize) < *indent) && self.cur() == ' ' {
                    self.skip();
                }
                max_indent = max_indent.max(self.column as isize);
                if !is_break(self.cur()) {
                    break;
                }
                self.skip_line();
            }
            if *indent == 0 {
                *indent = max_indent.max(self.indent + 1).max(1);
            }
        }
    }
}

fn convert_error(error: &serde_yaml::Error, text: &str) -> YamlError {
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

/// Parses a decimal as written in a source file ("12.5", "-3", "1e3").
pub fn parse_decimal(text: &str) -> Result<Decimal, String> {
    let t = text.trim();
    let parsed = if t.contains(['e', 'E']) {
        Decimal::from_scientific(t).ok()
    } else {
        // `from_str_exact`: `from_str` would silently round a 29th digit away.
        Decimal::from_str_exact(t.strip_prefix('+').unwrap_or(t)).ok()
    };
    parsed.ok_or_else(|| {
        if looks_numeric(t) {
            format!("`{t}` is too large or has too many digits for an exact number (at most 28 digits in all)")
        } else if let Some(written) = point_form(t) {
            format!("`{t}` is not a number; write decimals with a point, like `{written}`")
        } else {
            format!("`{t}` is not a number")
        }
    })
}

/// A number written the Nordic way, with a decimal comma and perhaps `.` or spaces
/// between thousands (`12,5`, `1.234,5`, `1 234,5`), as it is written here (`1234.5`).
fn point_form(t: &str) -> Option<String> {
    let (whole, fraction) = t.split_once(',')?;
    let whole: String = whole.chars().filter(|c| !matches!(c, '.' | ' ' | '\u{a0}')).collect();
    let written = format!("{whole}.{fraction}");
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let sign = whole.strip_prefix(['-', '+']).unwrap_or(&whole);
    (digits(sign) && digits(fraction)).then_some(written)
}

/// True for text written like a number (`-12.5`, `1e40`), whether or not it fits.
fn looks_numeric(t: &str) -> bool {
    let t = t.strip_prefix(['+', '-']).unwrap_or(t);
    let (mantissa, exponent) = match t.split_once(['e', 'E']) {
        Some((m, e)) => (m, Some(e.strip_prefix(['+', '-']).unwrap_or(e))),
        None => (t, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = match mantissa.split_once('.') {
        Some((a, b)) => {
            (digits(a) || a.is_empty()) && (digits(b) || b.is_empty()) && mantissa.len() > 1
        }
        None => digits(mantissa),
    };
    mantissa_ok && exponent.is_none_or(digits)
}

/// Parses an ISO date (`2013-12-01`).
pub fn parse_date(text: &str) -> Result<time::Date, String> {
    let t = text.trim();
    let bad = || match iso_form(t) {
        Some(iso) => format!("`{t}` is not a date in the form YYYY-MM-DD; write `{iso}`"),
        None => format!("`{t}` is not a date; write it as YYYY-MM-DD, like 2013-12-01"),
    };
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
    time::Date::from_calendar_date(year, month, day).map_err(|_| {
        let days = month.length(year);
        format!("`{t}` is not a day of the calendar: {month} {year} has {days} days")
    })
}

/// The YYYY-MM-DD form of a day written day first, as Nordic authors do (`31-12-2014`,
/// `31.12.2014`, `5/1/2014`), or year first without leading zeros (`2014-1-5`): the
/// date an error message can offer to write instead.
fn iso_form(t: &str) -> Option<String> {
    let parts: Vec<&str> = t.split(['-', '.', '/']).collect();
    let number = |p: &str| (1..=4).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
    if parts.len() != 3 || !parts.iter().all(|p| number(p)) {
        return None;
    }
    let (year, month, day) = match (parts[0].len(), parts[2].len()) {
        (4, 1..=2) => (parts[0], parts[1], parts[2]),
        (1..=2, 4) => (parts[2], parts[1], parts[0]),
        _ => return None,
    };
    let month = time::Month::try_from(month.parse::<u8>().ok()?).ok()?;
    let date = time::Date::from_calendar_date(year.parse().ok()?, month, day.parse().ok()?).ok()?;
    Some(format!("{:04}-{:02}-{:02}", date.year(), u8::from(date.month()), date.day()))
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
    // The first `key:` line, in case the value is found nowhere.
    let mut fallback = None;
    // A `key:` line with no value on it: its block list may hold the value.
    let mut list_key: Option<usize> = None;
    for (index, line) in text.lines().enumerate().skip(from_line.saturating_sub(1)) {
        let number = index + 1;
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let body = trimmed.strip_prefix("- ").unwrap_or(trimmed);
        let body_offset = line.len() - body.len();
        if let Some(after) = body.strip_prefix(key).and_then(|r| r.strip_prefix(':')) {
            let Some(v) = value else { return Some((number, column_of(line, body_offset))) };
            if let Some(pos) = find_token(after, v) {
                let byte = line.len() - after.len() + pos;
                return Some((number, column_of(line, byte)));
            }
            fallback = fallback.or(Some((number, column_of(line, body_offset))));
            list_key = after.trim().is_empty().then_some(indent);
            continue;
        }
        if let (Some(key_indent), Some(v)) = (list_key, value) {
            if trimmed.starts_with("- ") && indent >= key_indent {
                if let Some(pos) = find_token(&trimmed[2..], v) {
                    let byte = line.len() - trimmed.len() + 2 + pos;
                    return Some((number, column_of(line, byte)));
                }
            } else if !trimmed.is_empty() && indent <= key_indent {
                list_key = None;
            }
        }
    }
    fallback
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
    fn deep_flow_nesting_fails_fast_at_the_bracket() {
        let deep = format!("value: 1\nids: {}", "[".repeat(100_000));
        let started = std::time::Instant::now();
        let e = from_str::<Sample>(&deep).unwrap_err();
        assert!(started.elapsed().as_secs() < 2, "took {:?}", started.elapsed());
        assert_eq!((e.line, e.column), (2, 6 + MAX_FLOW_DEPTH));
        assert!(e.message.contains("nested more than 32 levels"), "{}", e.message);
        // At the limit itself it is an ordinary type error.
        let at_limit = format!("value: 1\nids: {}{}", "[".repeat(32), "]".repeat(32));
        assert!(!from_str::<Sample>(&at_limit).unwrap_err().message.contains("nested"));
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
        assert!(e.message.contains("alias"), "{}", e.message);
        assert!(e.help.unwrap().contains("put it in quotes"));
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
            assert!(e.message.contains("too large or has too many digits"), "{}", e.message);
            assert!(e.help.unwrap().contains("round the number"));
        }
        // 28 digits still fit, exactly.
        let s: Sample = from_str("value: 1.000000000000000000000000001").unwrap();
        assert_eq!(s.value.to_string(), "1.000000000000000000000000001");
    }

    #[test]
    fn wrong_types_get_a_fix() {
        let e = from_str::<Sample>("value: [1, 2]").unwrap_err();
        assert_eq!(e.message, "invalid type: sequence, expected a number in `value`");
        assert_eq!(e.help.as_deref(), Some("write one number, like `12.5`"));
        let e = from_str::<Sample>("value: 1\nids: {a: 1}").unwrap_err();
        assert!(e.help.unwrap().contains("a list, like"));
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
                parse_date(written).unwrap_err(),
                format!("`{written}` is not a date in the form YYYY-MM-DD; write `{iso}`")
            );
        }
        // Nothing to offer where the day is not in the calendar or the form is unclear.
        for written in ["31-02-2014", "12-31-2014", "14-12-31", "31 december 2014", "2014-12"] {
            assert_eq!(
                parse_date(written).unwrap_err(),
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
                parse_decimal(written).unwrap_err(),
                format!(
                    "`{written}` is not a number; write decimals with a point, like `{offered}`"
                )
            );
        }
        for written in ["12,5,1", "ca. 12,5", "12,", "12 %"] {
            assert_eq!(parse_decimal(written).unwrap_err(), format!("`{written}` is not a number"));
        }
    }

    #[test]
    fn a_value_starting_with_a_reserved_character_gets_its_quoted_form() {
        let error = |yaml: &str| from_str::<serde_yaml::Value>(yaml).unwrap_err();
        let e = error("text: G\nunit: %\n");
        assert_eq!((e.line, e.column), (2, 7));
        assert_eq!(e.message, "a value cannot start with `%` unless it is in quotes");
        assert_eq!(
            e.help.as_deref(),
            Some("a value starting with `%` must be put in quotes: `unit: \"%\"`")
        );
        let e = error("goals:\n  - text: G\n    unit: % af \"alle\"\n");
        assert_eq!(
            e.help.as_deref(),
            Some("a value starting with `%` must be put in quotes: `unit: '% af \"alle\"'`")
        );
        let e = error("email: @kommune.dk\n");
        assert_eq!(
            e.help.as_deref(),
            Some("a value starting with `@` must be put in quotes: `email: \"@kommune.dk\"`")
        );
    }
}

//! A linear pre-pass over YAML text that refuses, before `serde_yaml` sees it, what
//! would make reading it hang or exhaust memory:
//!
//! - flow collections (`[`, `{`) nested deeper than [`MAX_FLOW_DEPTH`](super::MAX_FLOW_DEPTH): libyaml's
//!   scanner does work proportional to the nesting depth for every token;
//! - aliases (`*name`): each one repeats a whole anchored value, so a few kilobytes can
//!   expand to gigabytes (a "billion laughs"); `serde_yaml`'s own repetition limit still
//!   allows quadratic growth. The content model has no use for them.
//!
//! It follows libyaml's scanner (`unsafe-libyaml`, under `serde_yaml`) token by token:
//! indentation, simple keys, quoted, plain and block scalars, tags, anchors and
//! comments, so that it sees the same `[`, `{` and `*` tokens libyaml does. Where libyaml
//! would stop with a syntax error it carries on, so it can only over-count nesting.

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
    fn error(&self, message: crate::i18n::Message, help: crate::i18n::Message) -> YamlError {
        YamlError {
            kind: ProblemKind::Syntax,
            line: self.line + 1,
            column: self.column + 1,
            message,
            help: Some(help),
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
            if self.key.as_ref().is_some_and(|k| k.line < self.line || k.index + 1024 < self.pos) {
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
                        crate::msg!("yaml-nested-too-deep", most = super::MAX_FLOW_DEPTH),
                        crate::msg!("yaml-nested-too-deep-help"),
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
                return Err(self.error(crate::msg!("yaml-alias"), crate::msg!("yaml-alias-help")));
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
                    && (is_blankz(self.at(1)) || (self.flow > 0 && ",?[]{}".contains(self.at(1)))))
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

//! How hard the site's texts are to read, for `check`: LIX (Björnsson's
//! *läsbarhetsindex*, used in Danish, Norwegian and Swedish plain-language work), and
//! sentences and paragraphs long enough to lose a reader.
//!
//! LIX = words per sentence + the percentage of long words (more than six letters).
//! Words, long words and sentences are counted as Python's `textstat` counts them
//! (its `lix` is the reference the tests compare with): a word is what is left of a
//! space-separated piece once everything but letters, digits and `_` is taken out; a
//! sentence starts at a word and runs to `.`, `!` or `?`, and one of two words or
//! fewer (a heading, `kr.`) is not counted. The text of a Markdown document is its
//! paragraphs, headings, list items and table cells, each ending a sentence; code is
//! left out.
//!
//! The figures are exact (rust_decimal); a text under [`MIN_WORDS`] words gets no LIX
//! (too short for the figure to mean anything), but its long sentences are still named.

use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use rust_decimal::Decimal;

use crate::error::{Diagnostic, Diagnostics, Location, ProblemKind};

/// Texts shorter than this many words get no LIX.
pub const MIN_WORDS: usize = 40;
/// A sentence longer than this many words gets a warning.
pub const LONG_SENTENCE_WORDS: usize = 30;
/// A paragraph longer than this many words gets a warning.
pub const LONG_PARAGRAPH_WORDS: usize = 120;
/// The LIX above which a text is reported, unless `site.yaml` says otherwise: 55 and
/// over is "very hard" on the usual scale.
pub const DEFAULT_LIX_WARN: u32 = 55;

/// What `site.yaml` asks of readability (`readability:`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Off: no figures, no warnings (`readability: off`).
    pub enabled: bool,
    /// A text with a LIX above this gets a warning (`lix_warn`).
    pub lix_warn: u32,
    /// Whether `check --strict` fails on readability warnings (`strict: true`).
    pub strict: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { enabled: true, lix_warn: DEFAULT_LIX_WARN, strict: false }
    }
}

/// The counts LIX is made from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Lix {
    /// Words.
    pub words: usize,
    /// Words of more than six letters (or digits).
    pub long_words: usize,
    /// Sentences (at least one where there are words).
    pub sentences: usize,
}

impl Lix {
    /// The counts of a plain text.
    pub fn of(text: &str) -> Lix {
        let words: Vec<usize> = word_lengths(text).collect();
        let counted = sentences(text).filter(|s| word_lengths(&text[s.clone()]).count() > 2);
        Lix {
            words: words.len(),
            long_words: words.iter().filter(|&&n| n > 6).count(),
            sentences: if text.is_empty() { 0 } else { counted.count().max(1) },
        }
    }

    /// The figure, to one decimal (half away from zero); 0 for a text without words.
    pub fn score(&self) -> Decimal {
        if self.words == 0 || self.sentences == 0 {
            return Decimal::ZERO;
        }
        let per_sentence = Decimal::from(self.words) / Decimal::from(self.sentences);
        let long_share = Decimal::from(100 * self.long_words) / Decimal::from(self.words);
        let mut score = (per_sentence + long_share)
            .round_dp_with_strategy(1, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
        // Always one decimal, as figures are shown (`56.0`, not `56`).
        score.rescale(1);
        score
    }
}

/// The usual words for a LIX figure (under 25 very easy ... 55 and over very hard).
pub fn level(score: Decimal) -> &'static str {
    match score {
        s if s < Decimal::from(25) => "very easy",
        s if s < Decimal::from(35) => "easy",
        s if s < Decimal::from(45) => "medium",
        s if s < Decimal::from(55) => "hard",
        _ => "very hard",
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The length (in letters and digits) of each word of `text`.
fn word_lengths(text: &str) -> impl Iterator<Item = usize> + '_ {
    text.split_whitespace()
        .map(|piece| piece.chars().filter(|&c| is_word_char(c)).count())
        .filter(|&n| n > 0)
}

/// The sentences of `text` as byte ranges: from a word boundary, through everything
/// but `.`, `!` and `?`, and the run of those that ends it.
fn sentences(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let is_end = |c: char| matches!(c, '.' | '!' | '?');
    let mut at = 0;
    std::iter::from_fn(move || {
        // The next start: a character that is no sentence end, at a word boundary.
        let mut previous_is_word = text[..at].chars().next_back().is_some_and(is_word_char);
        let mut start = None;
        for (i, c) in text[at..].char_indices() {
            let here_is_word = is_word_char(c);
            if !is_end(c) && here_is_word != previous_is_word {
                start = Some(at + i);
                break;
            }
            previous_is_word = here_is_word;
        }
        let start = start?;
        let body_end = text[start..].find(is_end).map_or(text.len(), |i| start + i);
        let end = text[body_end..].find(|c| !is_end(c)).map_or(text.len(), |i| body_end + i);
        at = end;
        Some(start..end)
    })
}

/// A block of a Markdown text (a paragraph, heading, list item or table cell) as plain
/// text, with the byte offset of the block in the Markdown and the offset in the plain
/// text of each line break.
struct Block {
    text: String,
    offset: usize,
    is_paragraph: bool,
}

/// The blocks of `markdown`, code left out. Line breaks inside a block stay `\n`.
fn blocks(markdown: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut current: Option<Block> = None;
    let mut in_code = false;
    for (event, range) in Parser::new(markdown).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(_)) => in_code = true,
            Event::End(TagEnd::CodeBlock) => in_code = false,
            Event::Start(
                tag @ (Tag::Paragraph | Tag::Heading { .. } | Tag::Item | Tag::TableCell),
            ) => {
                if let Some(block) = current.take().filter(|b| !b.text.trim().is_empty()) {
                    blocks.push(block);
                }
                current = Some(Block {
                    text: String::new(),
                    offset: range.start,
                    is_paragraph: matches!(tag, Tag::Paragraph),
                });
            }
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell,
            ) => {
                if let Some(block) = current.take().filter(|b| !b.text.trim().is_empty()) {
                    blocks.push(block);
                }
            }
            Event::Text(text) | Event::Code(text) if !in_code => {
                if let Some(block) = &mut current {
                    block.text.push_str(&text);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(block) = &mut current {
                    block.text.push('\n');
                }
            }
            _ => {}
        }
    }
    blocks.extend(current.filter(|b| !b.text.trim().is_empty()));
    blocks
}

/// The plain text LIX is computed on: each block ends a sentence.
fn plain_text(blocks: &[Block]) -> String {
    let mut text = String::new();
    for block in blocks {
        let trimmed = block.text.trim_end();
        text.push_str(trimmed);
        if !trimmed.ends_with(['.', '!', '?']) {
            text.push('.');
        }
        text.push_str("\n\n");
    }
    text
}

/// A Markdown text of the site and where it is written.
pub struct Text<'a> {
    /// The Markdown.
    pub markdown: &'a str,
    /// The file it is in.
    pub source: &'a crate::model::SourceFile,
}

/// The LIX of one Markdown text, or `None` if it is too short to judge.
pub fn text_lix(markdown: &str) -> Option<Lix> {
    let lix = Lix::of(&plain_text(&blocks(markdown)));
    (lix.words >= MIN_WORDS).then_some(lix)
}

/// The LIX of one judged text of the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    /// The file the text is in.
    pub file: std::path::PathBuf,
    /// Its LIX.
    pub lix: Decimal,
}

/// The readability warnings for `texts`, and each judged text's LIX.
pub fn problems(texts: &[Text<'_>], settings: &Settings) -> (Diagnostics, Vec<Figure>) {
    let mut problems = Diagnostics::new();
    let mut scores = Vec::new();
    if !settings.enabled {
        return (problems, scores);
    }
    for text in texts {
        let start = text.source.text.find(text.markdown);
        let at = |offset: usize| match start {
            Some(start) => {
                let line = text.source.text[..start + offset].matches('\n').count() + 1;
                Location::at(&text.source.path, line, 1)
            }
            None => Location::file(&text.source.path),
        };
        let blocks = blocks(text.markdown);
        let mut long_sentences = Vec::new();
        for block in &blocks {
            let block_line = |offset: usize| {
                let mut location = at(block.offset);
                if let Some(line) = &mut location.line {
                    *line += block.text[..offset].matches('\n').count();
                }
                location
            };
            let words = word_lengths(&block.text).count();
            if block.is_paragraph && words > LONG_PARAGRAPH_WORDS {
                problems.push(warning(
                    block_line(0),
                    crate::msg!("long-paragraph", words = words),
                    crate::msg!("long-paragraph-help"),
                    &text.source.text,
                    settings,
                ));
            }
            for sentence in sentences(&block.text) {
                let words = word_lengths(&block.text[sentence.clone()]).count();
                if words > LONG_SENTENCE_WORDS {
                    let location = block_line(sentence.start);
                    long_sentences.push((
                        words,
                        location.clone(),
                        block.text[sentence].to_string(),
                    ));
                    let message = crate::msg!("long-sentence", words = words);
                    let help = crate::msg!("long-sentence-help");
                    problems.push(warning(location, message, help, &text.source.text, settings));
                }
            }
        }
        let lix = Lix::of(&plain_text(&blocks));
        if lix.words < MIN_WORDS {
            continue;
        }
        let score = lix.score();
        scores.push(Figure { file: text.source.path.clone(), lix: score });
        if score > Decimal::from(settings.lix_warn) {
            long_sentences.sort_by_key(|s| std::cmp::Reverse(s.0));
            // The longest sentences, at most three, each as a message of its own.
            let mut named = long_sentences.iter().take(3).map(|(words, location, sentence)| {
                let start: Vec<&str> = sentence.split_whitespace().take(6).collect();
                crate::msg!(
                    "long-sentence-named",
                    line = location.line.unwrap_or(1),
                    words = *words,
                    start = start.join(" ")
                )
            });
            let mut sentence =
                || named.next().map_or(crate::i18n::Arg::Text(String::new()), Into::into);
            let help = crate::msg!(
                "hard-text-help",
                count = long_sentences.len().min(3),
                first = sentence(),
                second = sentence(),
                third = sentence()
            );
            problems.push(warning(
                at(0),
                crate::msg!(
                    "hard-text",
                    level = level(score).replace(' ', "-"),
                    score = score.to_string(),
                    most = settings.lix_warn
                ),
                help,
                &text.source.text,
                settings,
            ));
        }
    }
    (problems, scores)
}

fn warning(
    location: Location,
    message: crate::i18n::Message,
    help: crate::i18n::Message,
    source: &str,
    settings: &Settings,
) -> Diagnostic {
    let d = Diagnostic::warning(ProblemKind::Readability, location, message)
        .with_help(help)
        .with_source(source);
    if settings.strict {
        d
    } else {
        d.advisory()
    }
}

/// The median of judged texts' LIX (the lower middle one of an even count).
pub fn median(figures: &[Figure]) -> Option<Decimal> {
    let mut sorted: Vec<Decimal> = figures.iter().map(|f| f.lix).collect();
    sorted.sort();
    sorted.get(sorted.len().saturating_sub(1) / 2).copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn score(text: &str) -> String {
        Lix::of(text).score().to_string()
    }

    #[test]
    fn counts_words_long_words_and_sentences_as_textstat_does() {
        let lix = Lix::of("Kommunen vil styrke lokaldemokratiet. Borgerne skal høres tidligt!");
        assert_eq!(lix, Lix { words: 8, long_words: 4, sentences: 2 });
        // Punctuation alone is no word; a hyphenated word is one; digits are letters.
        let lix = Lix::of("Planen – for 2013-2014 – er vedtaget.");
        assert_eq!(lix, Lix { words: 5, long_words: 2, sentences: 1 });
        // A sentence of two words or fewer is not counted (but its words are).
        let lix = Lix::of("Baggrund. Færre unge dropper ud af uddannelserne. Ja.");
        assert_eq!(lix, Lix { words: 8, long_words: 3, sentences: 1 });
        assert_eq!(Lix::of(""), Lix::default());
        assert_eq!(Lix::of("..."), Lix { words: 0, long_words: 0, sentences: 1 });
    }

    #[test]
    fn the_figure_is_words_per_sentence_plus_the_share_of_long_words() {
        // 8 / 2 + 100 * 4 / 8 = 4 + 50
        assert_eq!(
            score("Kommunen vil styrke lokaldemokratiet. Borgerne skal høres tidligt!"),
            "54.0"
        );
        // 7 / 1 + 100 * 0 / 7
        assert_eq!(score("Vi bygger en ny skole i byen."), "7.0");
        // 5 / 1 + 100 * 1 / 5
        assert_eq!(score("Vi renoverer seks gamle skoler."), "25.0");
        // 7 / 1 + 100 * 2 / 7 = 35.571...
        assert_eq!(score("Vi renoverer seks gamle skoler i kommunen."), "35.6");
        assert_eq!(Lix::default().score(), Decimal::ZERO);
        assert_eq!(level(Decimal::from_str("54.9").unwrap()), "hard");
        assert_eq!(level(Decimal::from(55)), "very hard");
    }

    #[test]
    fn sentences_start_at_a_word_and_end_after_their_stops() {
        let text = "  Hej. Er du der?! ja...nej";
        let found: Vec<&str> = sentences(text).map(|r| &text[r]).collect();
        assert_eq!(found, ["Hej.", "Er du der?!", "ja...", "nej"]);
    }

    #[test]
    fn markdown_blocks_each_end_a_sentence_and_code_is_left_out() {
        let md = "# Baggrund\n\nFærre unge dropper ud\nnår de får vejledning.\n\n- et punkt\n- to\n\n```\nkode her\n```\n";
        let text = plain_text(&blocks(md));
        assert_eq!(
            text,
            "Baggrund.\n\nFærre unge dropper ud\nnår de får vejledning.\n\net punkt.\n\nto.\n\n"
        );
    }

    #[test]
    fn medians() {
        let d = |s: &str| Decimal::from_str(s).unwrap();
        let f = |s: &str| Figure { file: "a.md".into(), lix: d(s) };
        assert_eq!(median(&[f("40"), f("30"), f("50")]), Some(d("40")));
        assert_eq!(median(&[f("40"), f("30")]), Some(d("30")));
        assert_eq!(median(&[]), None);
    }

    #[test]
    fn agrees_with_textstat_on_the_reference_texts() {
        // tests/data/lix/expected.json is textstat's LIX of each text, made and checked
        // in CI by tests/data/lix_reference.py.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/lix");
        let expected: std::collections::BTreeMap<String, serde_json::Value> =
            serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap())
                .unwrap();
        assert!(expected.len() >= 6);
        for (name, reference) in expected {
            let text = std::fs::read_to_string(dir.join(&name)).unwrap();
            let ours = Lix::of(&text).score();
            let reference = Decimal::from_str(&reference.to_string()).unwrap();
            assert!(
                (ours - reference).abs() <= Decimal::from_str("0.1").unwrap(),
                "{name}: ours {ours}, textstat {reference}"
            );
        }
    }
}

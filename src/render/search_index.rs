//! The full-text search index behind `/search/`: stemmed, sharded JSON that a small
//! script queries in the browser, with no server-side code.
//!
//! Every strategy, initiative, theme and director is one document. Its words are
//! stemmed with the Snowball stemmer of the site's language (Danish; Norwegian for
//! `nb` and `nn`; Swedish; English), so "strategier" and "strategierne" are indexed as
//! "strategi". The browser has no stemmer: it matches a query word against the stems
//! that are a prefix of it (an inflected form is its stem plus an ending), and against
//! stems that start with it (a word being typed).
//!
//! Files, under `/search/index/`:
//! - `docs.json`: `{"lang": "da", "docs": [[url, title, kind, context], ...]}`;
//! - `<shard>.json`: `{"<stem>": [doc, weight, doc, weight, ...], ...}` for the stems
//!   whose first two characters give the shard's name (their code points in hex,
//!   joined by `-`, so file names stay ASCII).
//!
//! Weights favour titles (8), then goals, actions and summaries (3), then body text (1).
//! Each word is stemmed once per build (a shared vocabulary), so the index costs a small
//! part of a build even for tens of thousands of documents.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::{Mutex, RwLock};

use rayon::prelude::*;
use rust_stemmers::{Algorithm, Stemmer};

use crate::i18n::Language;
use crate::index::SiteIndex;

use super::OutputFile;

/// Where the index is written, relative to the output folder.
pub const INDEX_DIR: &str = "search/index/";

const TITLE: u32 = 8;
const SECONDARY: u32 = 3;
const BODY: u32 = 1;

/// One document to index.
struct Doc<'a> {
    url: &'a str,
    title: &'a str,
    kind: &'static str,
    context: String,
    /// Texts with their weights.
    texts: Vec<(&'a str, u32)>,
}

fn algorithm(language: Language) -> Algorithm {
    match language {
        Language::Da => Algorithm::Danish,
        Language::Nb | Language::Nn => Algorithm::Norwegian,
        Language::Sv => Algorithm::Swedish,
        Language::En => Algorithm::English,
    }
}

/// The shard a stem belongs to: its first two characters' code points in hex.
pub fn shard_of(stem: &str) -> String {
    stem.chars().take(2).map(|c| format!("{:x}", c as u32)).collect::<Vec<_>>().join("-")
}

fn documents(site: &SiteIndex) -> Vec<Doc<'_>> {
    let ui = site.config.language.ui();
    let mut docs = Vec::with_capacity(
        site.strategies.len() + site.initiatives.len() + site.themes.len() + site.directors.len(),
    );
    for s in &site.strategies {
        let f = &s.doc.fields;
        let mut texts = vec![(f.title.as_str(), TITLE), (&*s.doc.body, BODY)];
        texts.extend(f.subtitle.as_deref().map(|t| (t, SECONDARY)));
        texts.extend(f.goals.iter().map(|g| (g.text.as_str(), SECONDARY)));
        texts.extend(f.themes.iter().map(|t| (t.title.as_str(), SECONDARY)));
        texts.extend(f.themes.iter().filter_map(|t| t.summary.as_deref()).map(|t| (t, SECONDARY)));
        let context = f.subtitle.clone().unwrap_or_default();
        docs.push(Doc { url: &s.url, title: &f.title, kind: ui.strategy, context, texts });
    }
    for i in &site.initiatives {
        let f = &i.doc.fields;
        let mut texts = vec![(f.title.as_str(), TITLE), (&*i.doc.body, BODY)];
        texts.extend(f.goals.iter().map(|g| (g.text.as_str(), SECONDARY)));
        texts.extend(f.actions.iter().map(|a| (a.text.as_str(), SECONDARY)));
        let context = site.strategies[i.strategy.0].doc.fields.title.clone();
        docs.push(Doc { url: &i.url, title: &f.title, kind: ui.initiative, context, texts });
    }
    for t in &site.themes {
        let mut texts = vec![(t.title.as_str(), TITLE)];
        texts.extend(t.summary.as_deref().map(|s| (s, SECONDARY)));
        docs.push(Doc {
            url: &t.url,
            title: &t.title,
            kind: ui.theme,
            context: String::new(),
            texts,
        });
    }
    for d in &site.directors {
        let f = &d.doc.fields;
        let mut texts = vec![(f.name.as_str(), TITLE), (&*d.doc.body, BODY)];
        texts.extend(f.title.as_deref().map(|t| (t, SECONDARY)));
        texts.extend(f.area.as_deref().map(|t| (t, SECONDARY)));
        let context = [f.title.as_deref(), f.area.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
        docs.push(Doc { url: &d.url, title: &f.name, kind: ui.director, context, texts });
    }
    docs
}

/// Appends `s` to `out` as a JSON string.
fn json_string(out: &mut String, s: &str) {
    out.push_str(&serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_string()));
}

/// Hash maps keyed by words and stem numbers: foldhash, because SipHash (the standard
/// hasher) was most of the index's cost, and these keys come from the site's own files.
type FastMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

/// Stems interned as numbers, and the stem of every word seen: each distinct word is
/// stemmed once per build, and postings hold numbers rather than strings (a large site
/// has millions of document-stem pairs).
#[derive(Default)]
struct Vocabulary {
    stem_of_word: FastMap<String, u32>,
    ids: FastMap<String, u32>,
    stems: Vec<String>,
}

impl Vocabulary {
    fn stem_id(&mut self, word: &str, stemmer: &Stemmer) -> u32 {
        if let Some(&id) = self.stem_of_word.get(word) {
            return id;
        }
        let stem = stemmer.stem(word).into_owned();
        let next = self.stems.len() as u32;
        let id = *self.ids.entry(stem.clone()).or_insert_with(|| {
            self.stems.push(stem);
            next
        });
        self.stem_of_word.insert(word.to_string(), id);
        id
    }
}

/// A document's words, lowercased, with their summed weights.
fn word_weights<'a>(doc: &Doc<'a>) -> FastMap<Cow<'a, str>, u32> {
    // Sized for a typical page's distinct words, to spare the early regrowths.
    let mut weights: FastMap<Cow<'a, str>, u32> =
        FastMap::with_capacity_and_hasher(256, Default::default());
    for &(text, weight) in &doc.texts {
        for_each_word(text, |word, has_upper| {
            let word =
                if has_upper { Cow::Owned(word.to_lowercase()) } else { Cow::Borrowed(word) };
            *weights.entry(word).or_default() += weight;
        });
    }
    weights
}

/// Calls `f` with each word of `text` (a run of letters and digits of at least two
/// characters) and whether it has an uppercase letter. Works on bytes, decoding only
/// non-ASCII characters: most of the text of a Nordic site is ASCII.
fn for_each_word<'a>(text: &'a str, mut f: impl FnMut(&'a str, bool)) {
    let bytes = text.as_bytes();
    // Start of the current word, its character count (up to 2) and case.
    let mut start = None;
    let mut chars = 0u8;
    let mut upper = false;
    let mut i = 0;
    while i <= bytes.len() {
        let (is_word, len, is_upper) = match bytes.get(i) {
            None => (false, 1, false),
            Some(&b) if b < 0x80 => (b.is_ascii_alphanumeric(), 1, b.is_ascii_uppercase()),
            Some(_) => {
                let c = text[i..].chars().next().unwrap_or(' ');
                (c.is_alphanumeric(), c.len_utf8(), c.is_uppercase())
            }
        };
        if is_word {
            if start.is_none() {
                start = Some(i);
                chars = 0;
                upper = false;
            }
            chars = chars.saturating_add(1).min(2);
            upper |= is_upper;
        } else if let Some(from) = start.take() {
            if chars >= 2 {
                f(&text[from..i], upper);
            }
        }
        i += len;
    }
}

/// A stem and its postings: (document, weight) pairs in document order.
type StemPostings<'a> = (&'a str, &'a [(u32, u32)]);

/// How many documents are taken apart at a time: their (stem, weight) lists are held
/// only until they are added to the postings, not for the whole site at once.
const CHUNK: usize = 1024;

/// Builds the index files.
pub fn build(site: &SiteIndex) -> Vec<OutputFile> {
    let files = Mutex::new(Vec::new());
    let _ = build_each(site, &|file| -> Result<(), std::convert::Infallible> {
        files.lock().unwrap_or_else(|e| e.into_inner()).push(file);
        Ok(())
    });
    let mut files = files.into_inner().unwrap_or_else(|e| e.into_inner());
    files.sort_unstable_by(|a, b| a.path.cmp(&b.path));
    files
}

/// Builds the index files and hands each to `emit` as soon as it is made (from many
/// threads), so the whole index is never held at once; stops at `emit`'s first error.
pub fn build_each<E: Send>(
    site: &SiteIndex,
    emit: &(dyn Fn(OutputFile) -> Result<(), E> + Sync),
) -> Result<(), E> {
    let docs = documents(site);
    let stemmer = Stemmer::create(algorithm(site.config.language));
    // Read-mostly: after the first documents nearly every word is known, so the
    // threads look words up side by side and queue only for new ones.
    let vocabulary: RwLock<Vocabulary> = RwLock::new(Vocabulary::default());
    // stem → postings: (document, weight) pairs in document order.
    let mut postings: Vec<Vec<(u32, u32)>> = Vec::new();
    for (chunk_no, chunk) in docs.chunks(CHUNK).enumerate() {
        let per_doc: Vec<Vec<(u32, u32)>> = chunk
            .par_iter()
            .map(|doc| {
                let weights = word_weights(doc);
                let mut stems: FastMap<u32, u32> = FastMap::default();
                stems.reserve(weights.len());
                let mut unknown = Vec::new();
                {
                    let known = vocabulary.read().unwrap_or_else(|e| e.into_inner());
                    for (word, weight) in weights {
                        match known.stem_of_word.get(&*word) {
                            Some(&id) => *stems.entry(id).or_default() += weight,
                            None => unknown.push((word, weight)),
                        }
                    }
                }
                if !unknown.is_empty() {
                    let mut known = vocabulary.write().unwrap_or_else(|e| e.into_inner());
                    for (word, weight) in unknown {
                        *stems.entry(known.stem_id(&word, &stemmer)).or_default() += weight;
                    }
                }
                stems.into_iter().collect()
            })
            .collect();
        let known = vocabulary.read().unwrap_or_else(|e| e.into_inner()).stems.len();
        postings.resize_with(known, Vec::new);
        for (k, stems) in per_doc.into_iter().enumerate() {
            let doc = (chunk_no * CHUNK + k) as u32;
            for (stem, weight) in stems {
                postings[stem as usize].push((doc, weight));
            }
        }
    }
    let vocabulary = vocabulary.into_inner().unwrap_or_else(|e| e.into_inner());

    // Grouped by shard, stems sorted.
    let mut shards: BTreeMap<String, Vec<StemPostings<'_>>> = BTreeMap::new();
    for (stem, list) in vocabulary.stems.iter().zip(&postings) {
        if stem.chars().nth(1).is_some() {
            shards.entry(shard_of(stem)).or_default().push((stem.as_str(), list.as_slice()));
        }
    }
    for stems in shards.values_mut() {
        stems.sort_unstable_by(|a, b| a.0.cmp(b.0));
    }

    let mut out = String::with_capacity(docs.len() * 160);
    out.push_str("{\"lang\":\"");
    out.push_str(site.config.language.code());
    out.push_str("\",\"docs\":[");
    for (i, doc) in docs.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push('[');
        json_string(&mut out, doc.url);
        out.push(',');
        json_string(&mut out, doc.title);
        out.push(',');
        json_string(&mut out, doc.kind);
        out.push(',');
        json_string(&mut out, &doc.context);
        out.push(']');
    }
    out.push_str("]}\n");
    emit(OutputFile { path: format!("{INDEX_DIR}docs.json"), bytes: out.into_bytes() })?;
    drop(docs);
    shards.into_par_iter().try_for_each(|(shard, stems)| {
        let mut out = String::from("{");
        let mut number = itoa::Buffer::new();
        for (i, (stem, postings)) in stems.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            json_string(&mut out, stem);
            out.push_str(":[");
            for (j, (doc, weight)) in postings.iter().enumerate() {
                if j > 0 {
                    out.push(',');
                }
                out.push_str(number.format(*doc));
                out.push(',');
                out.push_str(number.format(*weight));
            }
            out.push(']');
        }
        out.push_str("}\n");
        emit(OutputFile { path: format!("{INDEX_DIR}{shard}.json"), bytes: out.into_bytes() })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_are_ascii() {
        assert_eq!(shard_of("strategi"), "73-74");
        assert_eq!(shard_of("ældre"), "e6-6c");
        assert_eq!(shard_of("x"), "78");
    }

    #[test]
    fn danish_inflections_share_a_stem_that_prefixes_them() {
        let stemmer = Stemmer::create(Algorithm::Danish);
        for (word, stem_prefix_of) in [("strategierne", "strategi"), ("borgerne", "borger")] {
            let stem = stemmer.stem(stem_prefix_of).into_owned();
            assert!(word.starts_with(&stem), "{word} does not start with the stem {stem}");
            let own = stemmer.stem(word).into_owned();
            assert!(word.starts_with(&own), "{word} does not start with its own stem {own}");
        }
    }

    #[test]
    fn words_split_on_anything_but_letters_and_digits() {
        let mut w = Vec::new();
        for_each_word("Velfærd og kvalitet: 2013-mål, én Å ÆBLE x", |word, upper| {
            w.push((word, upper))
        });
        assert_eq!(
            w,
            vec![
                ("Velfærd", true),
                ("og", false),
                ("kvalitet", false),
                ("2013", false),
                ("mål", false),
                ("én", false),
                ("ÆBLE", true),
            ]
        );
    }

    #[test]
    fn words_are_lowercased_and_weighted() {
        let doc = Doc {
            url: "/x/",
            title: "Ældre",
            kind: "initiative",
            context: String::new(),
            texts: vec![("Ældre borgere", TITLE), ("ældre, i byen: ældre!", BODY)],
        };
        let mut w: Vec<(String, u32)> =
            word_weights(&doc).into_iter().map(|(k, v)| (k.into_owned(), v)).collect();
        w.sort();
        assert_eq!(
            w,
            vec![
                ("borgere".into(), TITLE),
                ("byen".into(), BODY),
                ("ældre".into(), TITLE + 2 * BODY)
            ]
        );
    }
}

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
//! - `docs.json`: `{"lang": "da", "docs": [[url, title, kind, context, snippet], ...]}`,
//!   the snippet being the document's first paragraph as plain text (shown under the
//!   result, the query's words marked);
//! - `<shard>.json`: `{"<stem>": [doc, weight, doc, weight, ...], ...}` for the stems
//!   whose first two characters give the shard's name (their code points in hex,
//!   joined by `-`, so file names stay ASCII).
//!
//! Weights favour titles (8), then goals, actions and summaries (3), then body text (1).
//! Each word is stemmed once per build (a shared vocabulary), so the index costs a small
//! part of a build even for tens of thousands of documents.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, RwLock};

use rayon::prelude::*;
use rust_stemmers::{Algorithm, Stemmer};

use crate::i18n::Language;
use crate::link::SiteIndex;

use super::markdown::plain_summary;
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
    /// Plain text shown under the result.
    snippet: String,
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
        let snippet = plain_summary(&s.doc.body);
        docs.push(Doc { url: &s.url, title: &f.title, kind: ui.strategy, context, snippet, texts });
    }
    for i in &site.initiatives {
        let f = &i.doc.fields;
        let mut texts = vec![(f.title.as_str(), TITLE), (&*i.doc.body, BODY)];
        texts.extend(f.goals.iter().map(|g| (g.text.as_str(), SECONDARY)));
        texts.extend(f.actions.iter().map(|a| (a.text.as_str(), SECONDARY)));
        let context = site.strategies[i.strategy.0].doc.fields.title.clone();
        let snippet = plain_summary(&i.doc.body);
        docs.push(Doc {
            url: &i.url,
            title: &f.title,
            kind: ui.initiative,
            context,
            snippet,
            texts,
        });
    }
    for t in &site.themes {
        let mut texts = vec![(t.title.as_str(), TITLE)];
        texts.extend(t.summary.as_deref().map(|s| (s, SECONDARY)));
        docs.push(Doc {
            url: &t.url,
            title: &t.title,
            kind: ui.theme,
            context: String::new(),
            snippet: t.summary.as_deref().map(plain_summary).unwrap_or_default(),
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
        let snippet = plain_summary(&d.doc.body);
        docs.push(Doc { url: &d.url, title: &f.name, kind: ui.director, context, snippet, texts });
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
        let stem = fold(&stemmer.stem(word));
        let next = self.stems.len() as u32;
        let id = *self.ids.entry(stem.clone()).or_insert_with(|| {
            self.stems.push(stem);
            next
        });
        self.stem_of_word.insert(word.to_string(), id);
        id
    }
}

/// A stem with the Nordic letters written as two (æ → ae, ø → oe, å → aa, ä → ae,
/// ö → oe), so that a query typed without them (on a keyboard without, or as people
/// write in addresses) finds the words, and the other way round; `search.js` folds
/// queries alike.
fn fold(stem: &str) -> String {
    if stem.is_ascii() {
        return stem.to_string();
    }
    let mut out = String::with_capacity(stem.len() + 2);
    for c in stem.chars() {
        match c {
            'æ' | 'ä' => out.push_str("ae"),
            'ø' | 'ö' => out.push_str("oe"),
            'å' => out.push_str("aa"),
            c => out.push(c),
        }
    }
    out
}

/// Numbers the builds of an index, so a thread's [`WordCache`] knows when it is stale.
static BUILDS: AtomicU64 = AtomicU64::new(0);

/// Words a thread has seen in one build, with their stems' numbers: most words of a
/// site recur in every document, so each is looked up here, without a lock, and is
/// stemmed and numbered in the shared [`Vocabulary`] once.
#[derive(Default)]
struct WordCache {
    /// The build (from [`BUILDS`]) the numbers are of.
    build: u64,
    stems: FastMap<Box<str>, u32>,
    /// Room to lowercase a word in.
    lower: String,
    /// A document's weight per stem number while it is taken apart (zero elsewhere),
    /// and the stems it has: summing into an array was a hash-map update per word.
    weights: Vec<u32>,
    touched: Vec<u32>,
}

thread_local! {
    static WORDS: RefCell<WordCache> = RefCell::default();
}

/// A document's stems with their summed weights (a stem's weight is that of all the
/// words it is the stem of).
fn doc_stems(
    doc: &Doc<'_>,
    build: u64,
    vocabulary: &RwLock<Vocabulary>,
    stemmer: &Stemmer,
) -> Vec<(u32, u32)> {
    WORDS.with(|cache| {
        let mut cache = cache.borrow_mut();
        let cache = &mut *cache;
        if cache.build != build {
            cache.stems.clear();
            cache.weights.clear();
            cache.build = build;
        }
        let WordCache { stems, lower, weights, touched, .. } = cache;
        for &(text, weight) in &doc.texts {
            for_each_word(text, |word, has_upper| {
                let word = if has_upper {
                    lowercase_into(word, lower);
                    lower.as_str()
                } else {
                    word
                };
                let stem = match stems.get(word) {
                    Some(&stem) => stem,
                    None => {
                        let stem = stem_of(word, vocabulary, stemmer);
                        stems.insert(word.into(), stem);
                        stem
                    }
                };
                if weights.len() <= stem as usize {
                    weights.resize(stem as usize + 1, 0);
                }
                let sum = &mut weights[stem as usize];
                if *sum == 0 {
                    touched.push(stem);
                }
                *sum += weight;
            });
        }
        touched.drain(..).map(|stem| (stem, std::mem::take(&mut weights[stem as usize]))).collect()
    })
}

/// Puts `word` in lowercase into `out`, as `str::to_lowercase` would, without making a
/// string for the common case of a word whose only capital is its first letter.
fn lowercase_into(word: &str, out: &mut String) {
    out.clear();
    let mut chars = word.chars();
    if let Some(first) = chars.next() {
        // (A capital sigma lowercases by its place in the word: left to the library.)
        if first != 'Σ' && !chars.as_str().chars().any(char::is_uppercase) {
            out.extend(first.to_lowercase());
            out.push_str(chars.as_str());
            return;
        }
    }
    out.push_str(&word.to_lowercase());
}

/// The number of `word`'s stem in the shared vocabulary, adding it if new.
fn stem_of(word: &str, vocabulary: &RwLock<Vocabulary>, stemmer: &Stemmer) -> u32 {
    let known =
        vocabulary.read().unwrap_or_else(|e| e.into_inner()).stem_of_word.get(word).copied();
    known.unwrap_or_else(|| {
        vocabulary.write().unwrap_or_else(|e| e.into_inner()).stem_id(word, stemmer)
    })
}

/// What the character at byte `i` of `text` is: (a letter or digit, uppercase, its
/// length in bytes).
#[inline(always)]
fn char_class(text: &str, i: usize) -> (bool, bool, usize) {
    let bytes = text.as_bytes();
    let b = bytes[i];
    if b < 0x80 {
        return (b.is_ascii_alphanumeric(), b.is_ascii_uppercase(), 1);
    }
    if b == 0xC3 {
        // U+00C0 to U+00FF: the Latin-1 letters (æ, ø, å, ä, ö, é, ...) but for × and ÷,
        // capitals up to U+00DE; without a look in the Unicode tables.
        let c = 0xC0 + u32::from(bytes.get(i + 1).copied().unwrap_or(0) & 0x3F);
        return (c != 0xD7 && c != 0xF7, c <= 0xDE && c != 0xD7, 2);
    }
    let c = text[i..].chars().next().unwrap_or(' ');
    (c.is_alphanumeric(), c.is_uppercase(), c.len_utf8())
}

/// Calls `f` with each word of `text` (a run of letters and digits of at least two
/// characters) and whether it has an uppercase letter. Works on bytes, decoding only
/// non-ASCII characters: most of the text of a Nordic site is ASCII.
fn for_each_word<'a>(text: &'a str, mut f: impl FnMut(&'a str, bool)) {
    let bytes = text.as_bytes();
    let class = |i: usize| char_class(text, i);
    let mut i = 0;
    while i < bytes.len() {
        let (is_word, _, len) = class(i);
        if !is_word {
            i += len;
            continue;
        }
        let start = i;
        let mut upper = false;
        let mut chars = 0usize;
        while i < bytes.len() {
            // The common case first: a lowercase ASCII letter.
            if bytes[i].is_ascii_lowercase() {
                i += 1;
                chars += 1;
                continue;
            }
            let (is_word, is_upper, len) = class(i);
            if !is_word {
                break;
            }
            upper |= is_upper;
            i += len;
            chars += 1;
        }
        if chars >= 2 {
            f(&text[start..i], upper);
        }
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
    let build = BUILDS.fetch_add(1, Ordering::Relaxed) + 1;
    // stem → postings: (document, weight) pairs in document order.
    let mut postings: Vec<Vec<(u32, u32)>> = Vec::new();
    for (chunk_no, chunk) in docs.chunks(CHUNK).enumerate() {
        let per_doc: Vec<Vec<(u32, u32)>> =
            chunk.par_iter().map(|doc| doc_stems(doc, build, &vocabulary, &stemmer)).collect();
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
        out.push(',');
        json_string(&mut out, &doc.snippet);
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
    fn nordic_letters_are_folded_in_stems() {
        assert_eq!(fold("bofællesskab"), "bofaellesskab");
        assert_eq!(fold("grøn"), "groen");
        assert_eq!(fold("håb"), "haab");
        assert_eq!(fold("förändring"), "foeraendring");
        assert_eq!(fold("skole"), "skole");
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
    fn words_are_lowercased_and_weighted_by_stem() {
        let doc = Doc {
            url: "/x/",
            title: "Ældre",
            kind: "initiative",
            context: String::new(),
            snippet: String::new(),
            texts: vec![("Ældre Borgere", TITLE), ("ældre, i byen: ældre! borgerne", BODY)],
        };
        let vocabulary = RwLock::new(Vocabulary::default());
        let stemmer = Stemmer::create(Algorithm::Danish);
        let build = BUILDS.fetch_add(1, Ordering::Relaxed) + 1;
        let stems = doc_stems(&doc, build, &vocabulary, &stemmer);
        let vocabulary = vocabulary.into_inner().expect("lock");
        let mut got: Vec<(&str, u32)> =
            stems.iter().map(|&(id, w)| (vocabulary.stems[id as usize].as_str(), w)).collect();
        got.sort();
        // "borgere" and "borgerne" share the stem "borg"; "i" is too short.
        // Stems are folded: "ældr" is kept as "aeldr".
        assert_eq!(got, vec![("aeldr", TITLE + 2 * BODY), ("borg", TITLE + BODY), ("byen", BODY)]);
    }

    #[test]
    fn latin_1_letters_are_classed_as_the_standard_library_does() {
        for c in '\u{80}'..='\u{7ff}' {
            let text = c.to_string();
            assert_eq!(
                char_class(&text, 0),
                (c.is_alphanumeric(), c.is_uppercase(), c.len_utf8()),
                "{c:?}"
            );
        }
    }

    #[test]
    fn lowercases_as_the_standard_library_does() {
        let mut out = String::new();
        for word in ["Ældre", "ÆLDRE", "Ångström", "ΣΟΦΟΣ", "Σοφος", "x", "İstanbul"]
        {
            lowercase_into(word, &mut out);
            assert_eq!(out, word.to_lowercase(), "{word}");
        }
    }
}

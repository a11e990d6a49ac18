//! Markdown to HTML with pulldown-cmark.
//!
//! - Raw HTML is escaped (shown as text) unless the site sets `allow_html`.
//! - Headings start at `<h2>`: the page title is the page's one `<h1>`. A text that uses
//!   `#` has all its headings one level down (`#` → `<h2>`, `##` → `<h3>`), so that its
//!   outline stays as written; one whose top level is `##` keeps its levels.
//! - Each heading gets an id made from its text as ids are (`## Mål` → `id="maal"`), so
//!   that `[målet](skolestruktur.md#maal)` finds it.
//! - Links to `.md` files are rewritten to the URL of the document they name;
//!   a link to a `.md` file that is no document is reported.
//! - Only `http`, `https`, `mailto`, `tel` and relative URLs are written: a link with
//!   any other scheme (`javascript:`, `data:`, ...) is left out, keeping its text, and
//!   an image with one is shown as its alt text; both are reported.

use crate::collections::HashMap;
use std::path::{Component, Path, PathBuf};

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// What Markdown rendering needs to know about the site.
pub struct MarkdownContext<'a> {
    /// Site path of each source file (`content/a/b.md` → `/a/b/`).
    pub source_urls: &'a HashMap<PathBuf, String>,
    /// Keep raw HTML (it is sanitised afterwards) instead of escaping it.
    pub allow_html: bool,
}

/// The HTML, and the links that could not be written as they are.
pub struct Rendered {
    /// HTML.
    pub html: String,
    /// Link targets (as written) that name no document.
    pub broken_links: Vec<String>,
}

/// The longest a [`plain_summary`] is, in characters (before the ellipsis).
pub const SUMMARY_CHARS: usize = 200;

/// A text's first paragraph as plain text, cut at a word within [`SUMMARY_CHARS`]:
/// for `<meta name="description">` and search results. Headings, Markdown emphasis
/// and raw HTML tags are left out; empty when the text has no paragraph.
pub fn plain_summary(text: &str) -> String {
    let paragraph = text
        .lines()
        .map(str::trim)
        .skip_while(|l| l.is_empty() || l.starts_with('#'))
        .take_while(|l| !l.is_empty());
    // One pass over the paragraph's lines (joined by a space), stopping at the first
    // character past the limit: a summary is made for every page and search entry.
    let mut out = String::new();
    let mut kept = 0;
    let mut in_tag = false;
    let mut longer = false;
    'lines: for (n, line) in paragraph.enumerate() {
        let joint = (n > 0).then_some(' ');
        for c in joint.into_iter().chain(line.chars()) {
            let outside = !in_tag && c != '<';
            in_tag = (in_tag || c == '<') && c != '>';
            if !outside || matches!(c, '>' | '*' | '_' | '`' | '[' | ']' | '#') {
                continue;
            }
            if kept == SUMMARY_CHARS {
                longer = true;
                break 'lines;
            }
            out.push(c);
            kept += 1;
        }
    }
    if longer {
        if let Some(cut) = out.rfind(' ') {
            out.truncate(cut);
        }
        out.push('…');
    }
    out
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_SMART_PUNCTUATION
}

/// Renders `markdown` written in the file `source` (relative to the site root).
pub fn render(markdown: &str, source: &Path, ctx: &MarkdownContext<'_>) -> Rendered {
    let mut broken_links = Vec::new();
    let mut heading_ids = HeadingIds::default();
    // Whether each open link was left out (links do not nest, images may sit in links).
    let mut dropped_links: Vec<bool> = Vec::new();
    let mut dropped_images: Vec<bool> = Vec::new();
    let events =
        Parser::new_ext(markdown, options()).into_offset_iter().filter_map(|(event, range)| {
            match event {
                Event::Html(html) | Event::InlineHtml(html) if !ctx.allow_html => {
                    Some(Event::Text(html))
                }
                Event::Start(Tag::Heading { level, id: None, classes, attrs }) => {
                    let id = heading_ids.next(&heading_text(&markdown[range])).map(CowStr::from);
                    Some(Event::Start(Tag::Heading { level, id, classes, attrs }))
                }
                Event::Start(Tag::Link { ref dest_url, .. } | Tag::Image { ref dest_url, .. })
                    if !is_safe_url(dest_url) =>
                {
                    // Reported for the whole site by `site_link_problems`.
                    match event {
                        Event::Start(Tag::Link { .. }) => dropped_links.push(true),
                        _ => dropped_images.push(true),
                    }
                    None
                }
                Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                    let dest_url = match resolve_md_link(&dest_url, source, ctx.source_urls) {
                        LinkTarget::Document(url) => CowStr::from(url),
                        LinkTarget::Unpublished => {
                            dropped_links.push(true);
                            return None;
                        }
                        LinkTarget::Broken => {
                            broken_links.push(dest_url.to_string());
                            dest_url
                        }
                        LinkTarget::Other => dest_url,
                    };
                    dropped_links.push(false);
                    Some(Event::Start(Tag::Link { link_type, dest_url, title, id }))
                }
                Event::Start(Tag::Image { .. }) => {
                    dropped_images.push(false);
                    Some(event)
                }
                Event::End(TagEnd::Link) => {
                    (!dropped_links.pop().unwrap_or(false)).then_some(event)
                }
                Event::End(TagEnd::Image) => {
                    (!dropped_images.pop().unwrap_or(false)).then_some(event)
                }
                other => Some(other),
            }
        });
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    if may_have_top_level_heading(markdown) {
        // Whether the text uses `#` decides every heading's level: the events are
        // collected and looked through first.
        let mut events: Vec<Event<'_>> = events.collect();
        let uses_top_level = events.iter().any(|event| {
            matches!(event, Event::Start(Tag::Heading { level: HeadingLevel::H1, .. }))
        });
        if uses_top_level {
            for event in &mut events {
                match event {
                    Event::Start(Tag::Heading { level, .. })
                    | Event::End(TagEnd::Heading(level)) => *level = one_down(*level),
                    _ => {}
                }
            }
        }
        pulldown_cmark::html::push_html(&mut html, events.into_iter());
    } else {
        pulldown_cmark::html::push_html(&mut html, events);
    }
    if ctx.allow_html {
        html = crate::render::sanitize::clean(&html);
    }
    Rendered { html, broken_links }
}

/// Whether a link may be written as it is: `http`, `https`, `mailto`, `tel` or no scheme
/// (a relative URL or a fragment). The scheme is read as a browser reads it: after
/// leading spaces and control characters, with tabs and line breaks removed anywhere,
/// in any case (`" JaVa\tScript:"` is `javascript:`). Character references are already
/// decoded by the parser (`&#106;avascript:` arrives as `javascript:`).
pub fn is_safe_url(url: &str) -> bool {
    let chars = url.trim_start_matches(|c: char| c <= ' ').chars();
    let mut scheme = String::new();
    for c in chars.filter(|c| !matches!(c, '\t' | '\n' | '\r')) {
        if c == ':' {
            return scheme.is_empty()
                || matches!(scheme.as_str(), "http" | "https" | "mailto" | "tel");
        }
        let in_scheme = c.is_ascii_alphabetic()
            || (!scheme.is_empty() && (c.is_ascii_digit() || matches!(c, '+' | '-' | '.')));
        if !in_scheme {
            // A `/`, `?`, `#` or anything else a scheme cannot hold, before any `:`:
            // the URL is relative.
            return true;
        }
        scheme.push(c.to_ascii_lowercase());
    }
    true
}

/// Ids the built-in theme gives parts of the pages a body is shown on: a heading whose
/// text makes one of them gets the next free number instead (`main-2`).
const PAGE_IDS: [&str; 23] = [
    "main",
    "site-search-input",
    "goals-heading",
    "actions-heading",
    "budget-heading",
    "progress-heading",
    "initiatives-heading",
    "strategies-heading",
    "related-heading",
    "refby-heading",
    "recent-heading",
    "overall-heading",
    "other-heading",
    "embed-help",
    "budget-chart",
    "budget-chart-title",
    "theme-chart-title",
    "search",
    "search-input",
    "search-status",
    "search-results",
    "search-more",
    "search-failed",
];

/// False only where `markdown` can hold no `#` heading (no `#` alone before a space or
/// a line's end) and no `===` underline: a quick look that spares most texts (whose top
/// level is `##`) collecting their events.
fn may_have_top_level_heading(markdown: &str) -> bool {
    let bytes = markdown.as_bytes();
    let lone_hash = memchr::memchr_iter(b'#', bytes).any(|i| {
        (i == 0 || bytes[i - 1] != b'#')
            && matches!(bytes.get(i + 1), None | Some(b' ' | b'\t' | b'\n' | b'\r'))
    });
    lone_hash
        || memchr::memchr(b'=', bytes).is_some()
            && markdown
                .lines()
                .any(|line| line.trim_start_matches([' ', '\t', '>']).starts_with('='))
}

/// The text of the heading written as `source` (`## Mål *for* 2014` → `Mål for 2014`):
/// a plain `#` line is its text; any other heading is read by parsing it alone (its
/// events in the page come only after its start, where its id is written).
fn heading_text(source: &str) -> std::borrow::Cow<'_, str> {
    let plain = source.trim_start_matches(' ').strip_prefix('#').and_then(|rest| {
        let text = rest.trim_start_matches('#').trim();
        let markup = |b: u8| b"#*_`[]<>&\\!~\n\r".contains(&b);
        (!text.bytes().any(markup)).then_some(text)
    });
    if let Some(text) = plain {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut text = String::new();
    for event in Parser::new_ext(source, options()) {
        if let Event::Text(t) | Event::Code(t) = event {
            text.push_str(&t);
        }
    }
    std::borrow::Cow::Owned(text)
}

/// The ids given to a text's headings so far: each is made from the heading's text as
/// a file name makes an id (`Mål for 2014` → `maal-for-2014`); a second heading with
/// the same text gets `-2`.
///
/// Linear in the number of headings: each text remembers the last number it was given,
/// so a thousand headings with one text do not each try every number again. (Every id
/// below that number was taken when it was tried, and ids are never given back.)
#[derive(Default)]
struct HeadingIds {
    used: std::collections::HashSet<String>,
    last_number: HashMap<String, usize>,
}

impl HeadingIds {
    /// The id for the next heading, with `text`; none where the text makes no id.
    fn next(&mut self, text: &str) -> Option<String> {
        let base = crate::model::suggest_id(text);
        if base.is_empty() {
            return None;
        }
        let taken = |id: &str, used: &std::collections::HashSet<String>| {
            used.contains(id) || PAGE_IDS.contains(&id)
        };
        let mut n = self.last_number.get(&base).copied().unwrap_or(1);
        let mut id = if n == 1 { base.clone() } else { format!("{base}-{n}") };
        while taken(&id, &self.used) {
            n += 1;
            id = format!("{base}-{n}");
        }
        self.last_number.insert(base, n);
        self.used.insert(id.clone());
        Some(id)
    }
}

/// The heading level below `level` (`<h6>` stays `<h6>`).
fn one_down(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H2,
        HeadingLevel::H2 => HeadingLevel::H3,
        HeadingLevel::H3 => HeadingLevel::H4,
        HeadingLevel::H4 => HeadingLevel::H5,
        HeadingLevel::H5 | HeadingLevel::H6 => HeadingLevel::H6,
    }
}

/// Markdown for a short inline text (a summary): no enclosing `<p>` when it is one
/// paragraph.
pub fn render_inline(markdown: &str, source: &Path, ctx: &MarkdownContext<'_>) -> Rendered {
    let mut rendered = render(markdown, source, ctx);
    let trimmed = rendered.html.trim_end();
    if let Some(inner) = trimmed.strip_prefix("<p>").and_then(|s| s.strip_suffix("</p>")) {
        if !inner.contains("<p>") {
            rendered.html = inner.to_string();
        }
    }
    rendered
}

/// `html` (as [`render`] makes it) with every heading moved `by` levels down, at most
/// to `<h6>`: a body shown under a heading of the page's own, as each initiative on a
/// strategy's print page, keeps its headings below that heading rather than beside it.
/// Tags are found by their `<` (text in this HTML never holds one unescaped); a `<h2`
/// inside another tag's quoted value or a comment is left alone.
pub fn shift_headings(html: &str, by: u8) -> std::borrow::Cow<'_, str> {
    let bytes = html.as_bytes();
    let is_heading_tag = |open: usize| {
        let name = if bytes.get(open + 1) == Some(&b'/') { open + 2 } else { open + 1 };
        let heading = matches!(bytes.get(name), Some(b'h' | b'H'))
            && matches!(bytes.get(name + 1), Some(b'1'..=b'6'))
            && matches!(bytes.get(name + 2), Some(b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r'));
        // A `<h2` inside another tag's quoted value, or a comment, is no tag.
        (heading && in_tag(bytes, open).is_none()).then_some(name + 1)
    };
    // The level digit of each heading tag.
    let digits: Vec<usize> = if by == 0 {
        Vec::new()
    } else {
        memchr::memchr_iter(b'<', bytes).filter_map(is_heading_tag).collect()
    };
    if digits.is_empty() {
        return std::borrow::Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut copied = 0;
    for digit in digits {
        out.push_str(&html[copied..digit]);
        out.push(char::from(b'0' + (bytes[digit] - b'0').saturating_add(by).min(6)));
        copied = digit + 1;
    }
    out.push_str(&html[copied..]);
    std::borrow::Cow::Owned(out)
}

/// `html` (as [`render`] makes it) with `prefix` put before every `id` and every link to
/// an id on the same page (`href="#…"`): bodies shown together on one page, as the
/// print page's initiatives, keep their ids (headings, footnotes) apart, and their
/// own links still lead to them.
pub fn prefix_ids<'h>(html: &'h str, prefix: &str) -> std::borrow::Cow<'h, str> {
    let bytes = html.as_bytes();
    // Where the prefix goes: just inside each ` id="` and after each ` href="#` that is
    // an attribute of a tag (found by a fast search, then checked).
    let ids = memchr::memmem::find_iter(bytes, b" id=\"").map(|at| (at + 1, at + 5));
    let links = memchr::memmem::find_iter(bytes, b" href=\"#").map(|at| (at + 1, at + 8));
    let mut points: Vec<usize> = ids
        .chain(links)
        .filter(|&(name, _)| is_attribute(bytes, name))
        .map(|(_, value)| value)
        .collect();
    if prefix.is_empty() || points.is_empty() {
        return std::borrow::Cow::Borrowed(html);
    }
    points.sort_unstable();
    let mut out = String::with_capacity(html.len() + points.len() * prefix.len());
    let mut copied = 0;
    for point in points {
        out.push_str(&html[copied..point]);
        out.push_str(prefix);
        copied = point;
    }
    out.push_str(&html[copied..]);
    std::borrow::Cow::Owned(out)
}

/// True where byte `at` starts an attribute's name inside a tag: after the tag's `<`,
/// outside its quoted values, before its `>`.
fn is_attribute(bytes: &[u8], at: usize) -> bool {
    in_tag(bytes, at) == Some(false)
}

/// Whether byte `at` is inside a tag (or comment), and then whether inside one of its
/// quoted values. Text in this HTML holds no raw `<`, so the last `<` before `at`
/// opens the tag `at` may be in.
fn in_tag(bytes: &[u8], at: usize) -> Option<bool> {
    let open = memchr::memrchr(b'<', &bytes[..at])?;
    if bytes[open..].starts_with(b"<!--") {
        let closed = memchr::memmem::find(&bytes[open..at], b"-->").is_some();
        return (!closed).then_some(true);
    }
    let mut quote = None;
    for &b in &bytes[open + 1..at] {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'>' => return None,
            None => {}
        }
    }
    Some(quote.is_some())
}

mod links;

use links::*;
pub use links::{
    broken_link_problems, find_broken_links, find_unsafe_urls, site_link_problems, site_texts,
    site_unsafe_url_problems,
};

#[cfg(test)]
mod tests;

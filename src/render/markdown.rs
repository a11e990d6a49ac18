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
                    dropped_links.push(false);
                    let dest_url = match resolve_md_link(&dest_url, source, ctx.source_urls) {
                        LinkTarget::Document(url) => CowStr::from(url),
                        LinkTarget::Broken => {
                            broken_links.push(dest_url.to_string());
                            dest_url
                        }
                        LinkTarget::Other => dest_url,
                    };
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

/// The `.md` links in `markdown` that name no document: a parse without rendering, for
/// reporting broken links alongside other errors when the site cannot be rendered.
pub fn find_broken_links(
    markdown: &str,
    source: &Path,
    urls: &HashMap<PathBuf, String>,
) -> Vec<String> {
    Parser::new_ext(markdown, options())
        .filter_map(|event| match event {
            Event::Start(Tag::Link { dest_url, .. }) => {
                match resolve_md_link(&dest_url, source, urls) {
                    LinkTarget::Broken => Some(dest_url.to_string()),
                    _ => None,
                }
            }
            _ => None,
        })
        .collect()
}

/// The link and image URLs in `markdown` that [`render`] leaves out for their scheme,
/// each with the byte offset of its link in `markdown`.
pub fn find_unsafe_urls(markdown: &str) -> Vec<(String, usize)> {
    // No `:` (nor a character reference that could make one): no scheme to look at, and
    // no second parse of the text.
    if !markdown.contains(':') && !markdown.contains("&#") {
        return Vec::new();
    }
    Parser::new_ext(markdown, options())
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. })
                if !is_safe_url(&dest_url) =>
            {
                Some((dest_url.to_string(), range.start))
            }
            _ => None,
        })
        .collect()
}

/// Located errors for broken `.md` links in `source`, suggesting the nearest document
/// as a link that would work from that file.
pub fn broken_link_problems(
    broken: Vec<String>,
    source: &crate::model::SourceFile,
    urls: &HashMap<PathBuf, String>,
) -> Vec<crate::error::Diagnostic> {
    use crate::error::{Diagnostic, ProblemKind};
    let from_dir = source.path.parent().unwrap_or(Path::new(""));
    let mut documents: Vec<&PathBuf> = urls.keys().collect();
    documents.sort();
    let links: Vec<String> = documents.iter().map(|p| relative_link(from_dir, p)).collect();
    broken
        .into_iter()
        .map(|link| {
            let location = link_location(source, &link);
            let path_part = link.split('#').next().unwrap_or(&link);
            let name = Path::new(path_part)
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_default();
            let help = crate::error::did_you_mean(path_part, links.iter().map(String::as_str))
                .or_else(|| {
                    let same_name: Vec<String> = links
                        .iter()
                        .filter(|l| !name.is_empty() && l.ends_with(&name))
                        .map(|l| format!("`{l}`"))
                        .collect();
                    (!same_name.is_empty()).then(|| {
                        format!(
                            "from this file the document is linked as {}",
                            same_name.join(" or ")
                        )
                    })
                })
                .unwrap_or_else(|| {
                    "link to another document's .md file by its path relative to this file"
                        .to_string()
                });
            Diagnostic::error(
                ProblemKind::BrokenLink,
                location,
                format!("the link `{link}` points to no document"),
            )
            .with_help(help)
            .with_source(&source.text)
        })
        .collect()
}

/// Where the link to `link` is written in `source`: the first line that has it (as
/// `](link` or else anywhere), or the whole file.
fn link_location(source: &crate::model::SourceFile, link: &str) -> crate::error::Location {
    use crate::error::Location;
    let position = source.text.lines().enumerate().find_map(|(i, line)| {
        let at = line.find(&format!("]({link}")).map(|b| b + 2).or_else(|| line.find(link))?;
        Some((i + 1, line[..at].chars().count() + 1))
    });
    match position {
        Some((line, column)) => Location::at(&source.path, line, column),
        None => Location::file(&source.path),
    }
}

/// Warnings for the links and images of `text` (written in `source`) left out for an
/// unsafe scheme, each at its link: found from where `text` stands in the file (a body
/// is part of it as written), else by the address.
fn unsafe_url_problems(
    found: Vec<(String, usize)>,
    text: &str,
    source: &crate::model::SourceFile,
) -> Vec<crate::error::Diagnostic> {
    use crate::error::{Diagnostic, Location, ProblemKind};
    let text_start = source.text.find(text);
    found
        .into_iter()
        .map(|(url, offset)| {
            let location = match text_start {
                Some(start) => {
                    let before = &source.text[..start + offset];
                    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
                    let line = before.matches('\n').count() + 1;
                    Location::at(&source.path, line, before[line_start..].chars().count() + 1)
                }
                None => link_location(source, &url),
            };
            let shown: String = url.chars().take(60).collect();
            Diagnostic::warning(
                ProblemKind::UnsafeUrl,
                location,
                format!("the link `{shown}` was left out: its kind of address is not allowed"),
            )
            .with_help(
                "link to a web page (https://...), an e-mail address (mailto:...), a phone \
                 number (tel:...) or another page of the site",
            )
            .with_source(&source.text)
        })
        .collect()
}

/// Every Markdown text of a linked site with the document it is written in: bodies,
/// theme summaries (inline initiatives' bodies are their documents' bodies).
pub fn site_texts(site: &crate::link::SiteIndex) -> Vec<(&str, &crate::model::Origin)> {
    let mut texts: Vec<(&str, &crate::model::Origin)> = Vec::new();
    if let Some(origin) = &site.front_page.origin {
        texts.push((&site.front_page.body, origin));
    }
    for s in &site.strategies {
        texts.push((&s.doc.body, &s.doc.origin));
        for theme in &s.doc.fields.themes {
            if let Some(summary) = &theme.summary {
                texts.push((summary, &s.doc.origin));
            }
        }
    }
    for i in &site.initiatives {
        texts.push((&i.doc.body, &i.doc.origin));
    }
    for d in &site.directors {
        texts.push((&d.doc.body, &d.doc.origin));
    }
    texts
}

/// Broken `.md` links in every document body and theme summary of a linked site.
pub fn site_link_problems(site: &crate::link::SiteIndex) -> crate::error::Diagnostics {
    let mut with_unloaded;
    let urls = if site.unloaded_sources.is_empty() {
        &site.source_urls
    } else {
        with_unloaded = site.source_urls.clone();
        with_unloaded.extend(site.unloaded_sources.iter().map(|p| (p.clone(), String::new())));
        &with_unloaded
    };
    site_texts(site)
        .into_iter()
        .flat_map(|(text, origin)| {
            let broken = find_broken_links(text, &origin.source.path, urls);
            if broken.is_empty() {
                Vec::new()
            } else {
                broken_link_problems(broken, &origin.source, urls)
            }
        })
        .collect()
}

/// Warnings for every link and image of a linked site that pages leave out for its
/// scheme (found in the link stage, so `check`, `build` and `serve` all report them).
pub fn site_unsafe_url_problems(site: &crate::link::SiteIndex) -> crate::error::Diagnostics {
    use rayon::prelude::*;
    let texts = site_texts(site);
    let found: Vec<Vec<crate::error::Diagnostic>> = texts
        .par_iter()
        .map(|(text, origin)| {
            let found = find_unsafe_urls(text);
            if found.is_empty() {
                Vec::new()
            } else {
                unsafe_url_problems(found, text, &origin.source)
            }
        })
        .collect();
    found.into_iter().flatten().collect()
}

/// How a file in `from_dir` links to `target` (both relative to the site root).
fn relative_link(from_dir: &Path, target: &Path) -> String {
    let from: Vec<_> = from_dir.components().collect();
    let to: Vec<_> = target.components().collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = vec!["..".to_string(); from.len() - common];
    parts.extend(to[common..].iter().map(|c| c.as_os_str().to_string_lossy().into_owned()));
    parts.join("/")
}

enum LinkTarget {
    Document(String),
    Broken,
    Other,
}

fn resolve_md_link(dest: &str, source: &Path, urls: &HashMap<PathBuf, String>) -> LinkTarget {
    if dest.contains("://") || dest.starts_with("mailto:") || dest.starts_with('#') {
        return LinkTarget::Other;
    }
    let (path_part, fragment) = match dest.find('#') {
        Some(i) => (&dest[..i], &dest[i..]),
        None => (dest, ""),
    };
    if !path_part.ends_with(".md") {
        return LinkTarget::Other;
    }
    let target = if let Some(from_content) = path_part.strip_prefix('/') {
        PathBuf::from(crate::load::CONTENT_DIR).join(from_content)
    } else {
        source.parent().unwrap_or(Path::new("")).join(path_part)
    };
    let mut target = normalize(&target);
    if !urls.contains_key(&target) && target.starts_with(crate::load::CONTENT_DIR) {
        // `[x](strategy.md)` may name a strategy written as a folder.
        let as_folder = target.with_extension("").join("index.md");
        if urls.contains_key(&as_folder) {
            target = as_folder;
        }
    }
    match urls.get(&target) {
        Some(url) => LinkTarget::Document(format!("{url}{fragment}")),
        None => LinkTarget::Broken,
    }
}

/// Resolves `.` and `..` without touching the file system; `/` separators.
fn normalize(path: &Path) -> PathBuf {
    let mut parts: Vec<String> = Vec::new();
    for component in path.components() {
        match component {
            Component::ParentDir => {
                parts.pop();
            }
            Component::Normal(p) => parts.push(p.to_string_lossy().into_owned()),
            _ => {}
        }
    }
    PathBuf::from(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(urls: &HashMap<PathBuf, String>, allow_html: bool) -> MarkdownContext<'_> {
        MarkdownContext { source_urls: urls, allow_html }
    }

    #[test]
    fn escapes_raw_html_by_default() {
        let urls = HashMap::default();
        let r =
            render("Hi <script>alert(1)</script>", Path::new("content/a.md"), &ctx(&urls, false));
        assert!(r.html.contains("&lt;script&gt;"), "{}", r.html);
        assert!(!r.html.contains("<script>"));
    }

    #[test]
    fn headings_start_below_the_page_title_keeping_their_outline() {
        let urls = HashMap::default();
        let html = |md: &str| render(md, Path::new("content/a.md"), &ctx(&urls, false)).html;
        // A text using `#`: every heading one level down.
        assert_eq!(
            html("# Title\n\n## Sub\n\n###### Six"),
            "<h2 id=\"title\">Title</h2>\n<h3 id=\"sub\">Sub</h3>\n<h6 id=\"six\">Six</h6>\n"
        );
        assert_eq!(
            html("Intro\n=====\n\nMore\n----"),
            "<h2 id=\"intro\">Intro</h2>\n<h3 id=\"more\">More</h3>\n"
        );
        // A text whose top level is `##`: as written.
        assert_eq!(
            html("## Sub\n\n### Subsub"),
            "<h2 id=\"sub\">Sub</h2>\n<h3 id=\"subsub\">Subsub</h3>\n"
        );
        // In a quote or a list, too (those texts have their events collected).
        assert_eq!(
            html("> # Quoted\n\n- Item\n\n  Under\n  ===\n\n## Sub"),
            "<blockquote>\n<h2 id=\"quoted\">Quoted</h2>\n</blockquote>\n<ul>\n<li>\n<p>Item</p>\n\
             <h2 id=\"under\">Under</h2>\n</li>\n</ul>\n<h3 id=\"sub\">Sub</h3>\n"
        );
        assert!(!may_have_top_level_heading("## A ##\n\nText with #hashtag and a = b.\n### B"));
        // A `#` in code is no heading.
        assert_eq!(
            html("## Sub\n\n```\n# comment\n```"),
            "<h2 id=\"sub\">Sub</h2>\n<pre><code># comment\n</code></pre>\n"
        );
    }

    #[test]
    fn rewrites_md_links() {
        let mut urls = HashMap::default();
        urls.insert(PathBuf::from("content/s/index.md"), "/s/".to_string());
        urls.insert(PathBuf::from("content/s/b.md"), "/s/b/".to_string());
        urls.insert(PathBuf::from("content/directors/x.md"), "/directors/x/".to_string());
        let c = ctx(&urls, false);
        let r = render(
            "[b](b.md) [x](../directors/x.md#bio) [s](../s.md) [e](https://e.dk/a.md) [n](nope.md)",
            Path::new("content/s/a.md"),
            &c,
        );
        assert!(r.html.contains(r#"href="/s/b/""#), "{}", r.html);
        assert!(r.html.contains(r#"href="/directors/x/#bio""#), "{}", r.html);
        assert!(r.html.contains(r#"href="/s/""#), "{}", r.html);
        assert!(r.html.contains(r#"href="https://e.dk/a.md""#));
        assert_eq!(r.broken_links, vec!["nope.md"]);
    }

    #[test]
    fn relative_links() {
        assert_eq!(relative_link(Path::new("content/s"), Path::new("content/s/b.md")), "b.md");
        assert_eq!(
            relative_link(Path::new("content/s"), Path::new("content/t/index.md")),
            "../t/index.md"
        );
        assert_eq!(
            relative_link(Path::new("content"), Path::new("content/directors/x.md")),
            "directors/x.md"
        );
    }

    #[test]
    fn inline_summary_has_no_paragraph() {
        let urls = HashMap::default();
        let r = render_inline("Some *text*", Path::new("content/a.md"), &ctx(&urls, false));
        assert_eq!(r.html, "Some <em>text</em>");
    }

    #[test]
    fn shifts_headings_down_to_h6() {
        let html = "<h2>A</h2>\n<p>x <em>y</em></p>\n<h3 id=\"b\">B</h3>\n<h5>C</h5><h6>D</h6>";
        assert_eq!(
            shift_headings(html, 2),
            "<h4>A</h4>\n<p>x <em>y</em></p>\n<h5 id=\"b\">B</h5>\n<h6>C</h6><h6>D</h6>"
        );
        assert_eq!(shift_headings(html, 0), html);
    }

    #[test]
    fn shift_leaves_other_tags_text_and_attributes() {
        // Escaped text, tags that only start like a heading, attribute values holding
        // `<h2>` and `>`, and comments stay as they are.
        let html = "<p>&lt;h2&gt; <hr> <header>x</header> <a title=\"<h2> > '\" href='/h2'>l</a>\
                    <!-- <h2> --></p><H2>Big</H2>";
        assert_eq!(shift_headings(html, 1), html.replace("<H2>Big</H2>", "<H3>Big</H3>"));
    }

    #[test]
    fn shifted_markdown_headings_keep_their_order() {
        let urls = HashMap::default();
        let md = "# One\n\n## Two\n\n### Three\n\n`<h2>` and <h3>raw</h3>";
        let r = render(md, Path::new("content/a.md"), &ctx(&urls, false));
        let shifted = shift_headings(&r.html, 2);
        assert!(
            shifted.starts_with(
                "<h4 id=\"one\">One</h4>\n<h5 id=\"two\">Two</h5>\n<h6 id=\"three\">Three</h6>\n"
            ),
            "{shifted}"
        );
        assert!(
            shifted.contains("<code>&lt;h2&gt;</code> and &lt;h3&gt;raw&lt;/h3&gt;"),
            "{shifted}"
        );
    }

    #[test]
    fn headings_get_ids_from_their_text_unique_on_the_page() {
        let urls = HashMap::default();
        let html = |md: &str| render(md, Path::new("content/a.md"), &ctx(&urls, false)).html;
        assert_eq!(
            html("## Mål for 2014\n\n## Mål for 2014\n\n## Main\n\n### `kode` & *mere*\n\n## !!"),
            "<h2 id=\"maal-for-2014\">Mål for 2014</h2>\n<h2 id=\"maal-for-2014-2\">Mål for 2014</h2>\n\
             <h2 id=\"main-2\">Main</h2>\n<h3 id=\"kode-mere\"><code>kode</code> &amp; <em>mere</em></h3>\n\
             <h2>!!</h2>\n"
        );
    }

    #[test]
    fn prefix_ids_reaches_ids_and_same_page_links_only() {
        let html =
            "<h4 id=\"maal\">Mål</h4>\n<p><a href=\"#maal\">x</a> <a href=\"/s/i/#maal\">y</a> \
                    <a title=\" id=&quot;z\" href=\"#1\">n</a></p><!-- id=\"c\" -->\
                    <div class=\"footnote-definition\" id=\"1\"></div>";
        assert_eq!(
            prefix_ids(html, "i-a--"),
            "<h4 id=\"i-a--maal\">Mål</h4>\n<p><a href=\"#i-a--maal\">x</a> <a href=\"/s/i/#maal\">y</a> \
             <a title=\" id=&quot;z\" href=\"#i-a--1\">n</a></p><!-- id=\"c\" -->\
             <div class=\"footnote-definition\" id=\"i-a--1\"></div>"
        );
        assert_eq!(prefix_ids(html, ""), html);
        assert_eq!(prefix_ids("<p>id=\"x\" as text</p>", "p-"), "<p>id=\"x\" as text</p>");
    }

    #[test]
    fn repeated_heading_texts_number_on_as_before() {
        let mut ids = HeadingIds::default();
        let got: Vec<_> =
            ["a", "a", "a 2", "a", "A", "b", "main", "main"].map(|t| ids.next(t).unwrap()).to_vec();
        assert_eq!(got, ["a", "a-2", "a-2-2", "a-3", "a-4", "b", "main-2", "main-3"]);
        // Thousands of one text: each new id is the next number, found at once.
        let mut ids = HeadingIds::default();
        let last = (0..5000).map(|_| ids.next("Same").unwrap()).last().unwrap();
        assert_eq!(last, "same-5000");
    }

    #[test]
    fn only_web_mail_phone_and_relative_urls_are_safe() {
        for safe in [
            "https://x.dk/a",
            "HTTP://x.dk",
            "mailto:a@x.dk",
            "tel:+4512345678",
            "../a.md#mål",
            "/status/",
            "#top",
            "?q=1",
            "a/b:c",
            "",
            ":x",
        ] {
            assert!(is_safe_url(safe), "{safe}");
        }
        for unsafe_url in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " \u{1}javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "vbscript:msgbox(1)",
            "data:text/html,<script>alert(1)</script>",
            "file:///etc/passwd",
        ] {
            assert!(!is_safe_url(unsafe_url), "{unsafe_url:?}");
        }
    }

    #[test]
    fn unsafe_links_and_images_are_left_out_and_reported() {
        let urls = HashMap::default();
        let md = "[a](javascript:alert(1)) [b](&#106;avascript:alert(2)) [c](JaVaScRiPt:x) \
                  ![d](data:text/html,x) [![e](vbscript:y)](https://x.dk) <javascript:alert(3)> \
                  [ok](https://x.dk/ok)\n\n[r]: javascript:alert(4)\n\n[ref][r]";
        let rendered = render(md, Path::new("content/a.md"), &ctx(&urls, false));
        // Only the two safe links are links; no image is left (an autolink's text stays
        // as text).
        assert_eq!(rendered.html.matches("href=").count(), 2, "{}", rendered.html);
        assert!(!rendered.html.contains("src="), "{}", rendered.html);
        assert!(rendered.html.contains("<a href=\"https://x.dk/ok\">ok</a>"), "{}", rendered.html);
        // The texts stay; an image becomes its alt text; a safe link around an unsafe
        // image stays.
        for text in ["a", "b", "c", "d", "ref"] {
            assert!(rendered.html.contains(text), "{text}: {}", rendered.html);
        }
        assert!(rendered.html.contains("<a href=\"https://x.dk\">e</a>"), "{}", rendered.html);
        let found: Vec<String> = find_unsafe_urls(md).into_iter().map(|(url, _)| url).collect();
        assert_eq!(found.len(), 7, "{found:?}");
        // With raw HTML allowed, the sanitiser has its say too, and Markdown links are
        // still checked.
        let rendered = render(md, Path::new("content/a.md"), &ctx(&urls, true));
        assert_eq!(rendered.html.matches("href=").count(), 2, "{}", rendered.html);
    }
}

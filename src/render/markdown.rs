//! Markdown to HTML with pulldown-cmark.
//!
//! - Raw HTML is escaped (shown as text) unless the site sets `allow_html`.
//! - Headings start at `<h2>`: the page title is the page's one `<h1>`. A text that uses
//!   `#` has all its headings one level down (`#` → `<h2>`, `##` → `<h3>`), so that its
//!   outline stays as written; one whose top level is `##` keeps its levels.
//! - Links to `.md` files are rewritten to the URL of the document they name;
//!   a link to a `.md` file that is no document is reported.

use crate::index::HashMap;
use std::path::{Component, Path, PathBuf};

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// What Markdown rendering needs to know about the site.
pub struct MarkdownContext<'a> {
    /// Site path of each source file (`content/a/b.md` → `/a/b/`).
    pub source_urls: &'a HashMap<PathBuf, String>,
    /// Keep raw HTML (it is sanitised afterwards) instead of escaping it.
    pub allow_html: bool,
}

/// The HTML, and the `.md` links that point nowhere.
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
    // Collected first: whether the text uses `#` decides every heading's level.
    let mut events: Vec<Event<'_>> = Parser::new_ext(markdown, options())
        .map(|event| match event {
            Event::Html(html) | Event::InlineHtml(html) if !ctx.allow_html => Event::Text(html),
            Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                let dest_url = match resolve_md_link(&dest_url, source, ctx.source_urls) {
                    LinkTarget::Document(url) => CowStr::from(url),
                    LinkTarget::Broken => {
                        broken_links.push(dest_url.to_string());
                        dest_url
                    }
                    LinkTarget::Other => dest_url,
                };
                Event::Start(Tag::Link { link_type, dest_url, title, id })
            }
            other => other,
        })
        .collect();
    let uses_top_level = events
        .iter()
        .any(|event| matches!(event, Event::Start(Tag::Heading { level: HeadingLevel::H1, .. })));
    if uses_top_level {
        for event in &mut events {
            match event {
                Event::Start(Tag::Heading { level, .. }) | Event::End(TagEnd::Heading(level)) => {
                    *level = one_down(*level);
                }
                _ => {}
            }
        }
    }
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    if ctx.allow_html {
        html = crate::render::sanitize::clean(&html);
    }
    Rendered { html, broken_links }
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
/// Tags are found by their `<`: text in this HTML never holds one unescaped, and a
/// tag's quoted attribute values are skipped whole.
pub fn shift_headings(html: &str, by: u8) -> std::borrow::Cow<'_, str> {
    if by == 0 || !html.contains("<h") && !html.contains("<H") {
        return std::borrow::Cow::Borrowed(html);
    }
    let bytes = html.as_bytes();
    let mut out = String::with_capacity(html.len());
    let mut copied = 0;
    let mut at = 0;
    while let Some(found) = html[at..].find('<') {
        let open = at + found;
        if html[open..].starts_with("<!--") {
            at = html[open..].find("-->").map_or(html.len(), |end| open + end + 3);
            continue;
        }
        let name = if bytes.get(open + 1) == Some(&b'/') { open + 2 } else { open + 1 };
        let is_heading = matches!(bytes.get(name), Some(b'h' | b'H'))
            && matches!(bytes.get(name + 1), Some(b'1'..=b'6'))
            && matches!(
                bytes.get(name + 2),
                Some(b'>' | b'/') | Some(b' ' | b'\t' | b'\n' | b'\r')
            );
        if is_heading {
            let level = bytes[name + 1] - b'0';
            out.push_str(&html[copied..name + 1]);
            out.push(char::from(b'0' + level.saturating_add(by).min(6)));
            copied = name + 2;
        }
        at = tag_end(bytes, open + 1);
    }
    out.push_str(&html[copied..]);
    std::borrow::Cow::Owned(out)
}

/// The index just past the `>` that closes the tag whose name starts at `from`.
fn tag_end(bytes: &[u8], from: usize) -> usize {
    let mut quote = None;
    for (i, &b) in bytes.iter().enumerate().skip(from) {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if b == q => quote = None,
            (None, b'>') => return i + 1,
            _ => {}
        }
    }
    bytes.len()
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

/// Located errors for broken `.md` links in `source`, suggesting the nearest document
/// as a link that would work from that file.
pub fn broken_link_problems(
    broken: Vec<String>,
    source: &crate::model::SourceFile,
    urls: &HashMap<PathBuf, String>,
) -> Vec<crate::error::Diagnostic> {
    use crate::error::{Diagnostic, Location, ProblemKind};
    let from_dir = source.path.parent().unwrap_or(Path::new(""));
    let mut documents: Vec<&PathBuf> = urls.keys().collect();
    documents.sort();
    let links: Vec<String> = documents.iter().map(|p| relative_link(from_dir, p)).collect();
    broken
        .into_iter()
        .map(|link| {
            let position = source.text.lines().enumerate().find_map(|(i, line)| {
                let at =
                    line.find(&format!("]({link}")).map(|b| b + 2).or_else(|| line.find(&link))?;
                Some((i + 1, line[..at].chars().count() + 1))
            });
            let location = match position {
                Some((line, column)) => Location::at(&source.path, line, column),
                None => Location::file(&source.path),
            };
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

/// Broken `.md` links in every document body and theme summary of a linked site.
pub fn site_link_problems(site: &crate::index::SiteIndex) -> crate::error::Diagnostics {
    let mut with_unloaded;
    let urls = if site.unloaded_sources.is_empty() {
        &site.source_urls
    } else {
        with_unloaded = site.source_urls.clone();
        with_unloaded.extend(site.unloaded_sources.iter().map(|p| (p.clone(), String::new())));
        &with_unloaded
    };
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
        PathBuf::from(crate::content::CONTENT_DIR).join(from_content)
    } else {
        source.parent().unwrap_or(Path::new("")).join(path_part)
    };
    let mut target = normalize(&target);
    if !urls.contains_key(&target) && target.starts_with(crate::content::CONTENT_DIR) {
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
            "<h2>Title</h2>\n<h3>Sub</h3>\n<h6>Six</h6>\n"
        );
        assert_eq!(html("Intro\n=====\n\nMore\n----"), "<h2>Intro</h2>\n<h3>More</h3>\n");
        // A text whose top level is `##`: as written.
        assert_eq!(html("## Sub\n\n### Subsub"), "<h2>Sub</h2>\n<h3>Subsub</h3>\n");
        // A `#` in code is no heading.
        assert_eq!(
            html("## Sub\n\n```\n# comment\n```"),
            "<h2>Sub</h2>\n<pre><code># comment\n</code></pre>\n"
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
        assert!(shifted.starts_with("<h4>One</h4>\n<h5>Two</h5>\n<h6>Three</h6>\n"), "{shifted}");
        assert!(
            shifted.contains("<code>&lt;h2&gt;</code> and &lt;h3&gt;raw&lt;/h3&gt;"),
            "{shifted}"
        );
    }
}

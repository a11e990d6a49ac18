//! Markdown to HTML with pulldown-cmark.
//!
//! - Raw HTML is escaped (shown as text) unless the site sets `allow_html`.
//! - `#` headings become `<h2>`: the page title is the page's one `<h1>`.
//! - Links to `.md` files are rewritten to the URL of the document they name;
//!   a link to a `.md` file that is no document is reported.

use std::collections::HashMap;
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
    let events = Parser::new_ext(markdown, options()).map(|event| match event {
        Event::Html(html) | Event::InlineHtml(html) if !ctx.allow_html => Event::Text(html),
        Event::Start(Tag::Heading { level: HeadingLevel::H1, id, classes, attrs }) => {
            Event::Start(Tag::Heading { level: HeadingLevel::H2, id, classes, attrs })
        }
        Event::End(TagEnd::Heading(HeadingLevel::H1)) => {
            Event::End(TagEnd::Heading(HeadingLevel::H2))
        }
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
    });
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events);
    if ctx.allow_html {
        html = crate::render::sanitize::clean(&html);
    }
    Rendered { html, broken_links }
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
        let urls = HashMap::new();
        let r =
            render("Hi <script>alert(1)</script>", Path::new("content/a.md"), &ctx(&urls, false));
        assert!(r.html.contains("&lt;script&gt;"), "{}", r.html);
        assert!(!r.html.contains("<script>"));
    }

    #[test]
    fn demotes_h1() {
        let urls = HashMap::new();
        let r = render("# Title\n\n## Sub", Path::new("content/a.md"), &ctx(&urls, false));
        assert_eq!(r.html, "<h2>Title</h2>\n<h2>Sub</h2>\n");
    }

    #[test]
    fn rewrites_md_links() {
        let mut urls = HashMap::new();
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
    fn inline_summary_has_no_paragraph() {
        let urls = HashMap::new();
        let r = render_inline("Some *text*", Path::new("content/a.md"), &ctx(&urls, false));
        assert_eq!(r.html, "Some <em>text</em>");
    }
}

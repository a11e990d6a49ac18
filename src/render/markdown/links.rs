//! Links in the Markdown: `.md` links resolved to pages (and reported when broken),
//! URLs with unsafe schemes reported.

use super::*;

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
    // Most texts have a `:` in their prose, few a link with an unusual scheme: the text
    // is parsed a second time only when one may be there.
    if !may_have_unsafe_url(markdown) {
        return Vec::new();
    }
    parse_unsafe_urls(markdown)
}

/// False only when no link or image of `markdown` can have a scheme other than `http`,
/// `https`, `mailto` and `tel`: every `:` in it either follows one of those, or has no
/// scheme before it, or stands where no link destination starts (after `(`, `<` or a
/// reference definition's `:`, and any blanks). A character reference (`&#58;`,
/// `&colon;`) or an escaped `\:` could make a `:`, so any `&` or `\:` says yes.
pub(super) fn may_have_unsafe_url(markdown: &str) -> bool {
    let bytes = markdown.as_bytes();
    if markdown.contains('&') {
        return true;
    }
    let is_scheme_byte = |b: u8| {
        b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.' | b'\t' | b'\n' | b'\r')
    };
    for (colon, _) in markdown.match_indices(':') {
        if colon > 0 && bytes[colon - 1] == b'\\' {
            return true;
        }
        let mut start = colon;
        while start > 0 && is_scheme_byte(bytes[start - 1]) {
            start -= 1;
        }
        let scheme: String = markdown[start..colon]
            .chars()
            .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if scheme.is_empty() || matches!(scheme.as_str(), "http" | "https" | "mailto" | "tel") {
            continue;
        }
        // What the scheme follows, blanks and control characters passed over.
        let mut before = start;
        while before > 0 && bytes[before - 1] <= b' ' {
            before -= 1;
        }
        if before == 0 || matches!(bytes[before - 1], b'(' | b'<' | b':') {
            return true;
        }
    }
    false
}

/// The links and images of `markdown` whose URL is not safe, with their byte offsets.
pub(super) fn parse_unsafe_urls(markdown: &str) -> Vec<(String, usize)> {
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
                    let same_name: Vec<&str> = links
                        .iter()
                        .filter(|l| !name.is_empty() && l.ends_with(&name))
                        .map(String::as_str)
                        .collect();
                    (!same_name.is_empty()).then(|| {
                        crate::msg!("broken-link-same-name-help", links = same_name.join("`, `"))
                    })
                })
                .unwrap_or_else(|| crate::msg!("broken-link-help"));
            Diagnostic::error(
                ProblemKind::BrokenLink,
                location,
                crate::msg!("broken-link", link = &link),
            )
            .with_help(help)
            .with_source(&source.text)
        })
        .collect()
}

/// Where the link to `link` is written in `source`: the first line that has it (as
/// `](link` or else anywhere), or the whole file.
pub(super) fn link_location(
    source: &crate::model::SourceFile,
    link: &str,
) -> crate::error::Location {
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
pub(super) fn unsafe_url_problems(
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
                crate::msg!("unsafe-link", link = shown),
            )
            .with_help(crate::msg!("unsafe-link-help"))
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
pub(super) fn relative_link(from_dir: &Path, target: &Path) -> String {
    let from: Vec<_> = from_dir.components().collect();
    let to: Vec<_> = target.components().collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = vec!["..".to_string(); from.len() - common];
    parts.extend(to[common..].iter().map(|c| c.as_os_str().to_string_lossy().into_owned()));
    parts.join("/")
}

pub(super) enum LinkTarget {
    Document(String),
    /// A document that is not published (a draft, or a file with an error): the link's
    /// text is kept, without the link.
    Unpublished,
    Broken,
    Other,
}

pub(super) fn resolve_md_link(
    dest: &str,
    source: &Path,
    urls: &HashMap<PathBuf, String>,
) -> LinkTarget {
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
        // The link stage lists unpublished documents with no address.
        Some(url) if url.is_empty() => LinkTarget::Unpublished,
        Some(url) => LinkTarget::Document(format!("{url}{fragment}")),
        None => LinkTarget::Broken,
    }
}

/// Resolves `.` and `..` without touching the file system; `/` separators.
pub(super) fn normalize(path: &Path) -> PathBuf {
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

//! Internal addresses made relative to the page that holds them, so that a built site
//! works opened from disk and under any sub-path of a host (as mdBook's books do).
//!
//! Pages are rendered with root-relative addresses (`/plan/cykler/`, from the base
//! path); this pass rewrites every `href`, `src`, `action` and `data-bundle` value that
//! starts with the base path into one relative to the page's folder (`../cykler/`).
//! Full addresses (`https://…`, the canonical address of a site with a full
//! `base_url`), fragments and protocol-relative `//host` are left as they are.

use memchr::memmem;

/// The attributes whose values are addresses the browser follows or loads.
const ADDRESS_ATTRIBUTES: [&[u8]; 4] = [b"href", b"src", b"action", b"data-bundle"];

/// `html`, the page at `file` (`plan/cykler/index.html`), with its internal addresses
/// relative to it. `base_path` is the site's (`/` or `/sub/`).
pub fn relative_addresses(html: Vec<u8>, file: &str, base_path: &str) -> Vec<u8> {
    let needle = format!("=\"{base_path}");
    let up = "../".repeat(file.matches('/').count());
    // The addresses to rewrite, and each one's replacement for the base path: found
    // first, so that the page is copied once into a buffer of its exact size.
    let rewrites: Vec<(usize, &str)> = memmem::find_iter(&html, needle.as_bytes())
        .filter_map(|at| {
            let value = at + needle.len();
            if !is_address_attribute(&html[..at]) || html.get(value) == Some(&b'/') {
                return None;
            }
            // The site's root from its own front page: `./`, never an empty address.
            let root = up.is_empty() && matches!(html.get(value), Some(b'"' | b'#' | b'?'));
            Some((at, if root { "./" } else { up.as_str() }))
        })
        .collect();
    if rewrites.is_empty() {
        return html;
    }
    let size = rewrites.iter().map(|(_, with)| with.len()).sum::<usize>() + html.len()
        - rewrites.len() * base_path.len();
    let mut out = Vec::with_capacity(size);
    let mut copied = 0;
    for (at, with) in rewrites {
        out.extend_from_slice(&html[copied..at + 2]);
        out.extend_from_slice(with.as_bytes());
        copied = at + needle.len();
    }
    out.extend_from_slice(&html[copied..]);
    debug_assert_eq!(out.len(), size);
    out
}

/// True when `before` (the page up to a `="`) ends with one of the address attributes,
/// as an attribute of its own (after a blank).
fn is_address_attribute(before: &[u8]) -> bool {
    ADDRESS_ATTRIBUTES.iter().any(|name| {
        before.ends_with(name)
            && before.len() > name.len()
            && before[before.len() - name.len() - 1].is_ascii_whitespace()
    })
}

#[cfg(test)]
mod tests {
    use super::relative_addresses;

    fn rel(html: &str, file: &str, base: &str) -> String {
        String::from_utf8(relative_addresses(html.as_bytes().to_vec(), file, base)).unwrap()
    }

    #[test]
    fn addresses_are_made_relative_to_the_pages_folder() {
        let html = r#"<a href="/">Forside</a> <a href="/plan/cykler/#maal">Mål</a> <img src="/badges/plan.svg" alt=""> <form action="/search/"></form>"#;
        assert_eq!(
            rel(html, "plan/cykler/index.html", "/"),
            r#"<a href="../../">Forside</a> <a href="../../plan/cykler/#maal">Mål</a> <img src="../../badges/plan.svg" alt=""> <form action="../../search/"></form>"#
        );
        assert_eq!(
            rel(html, "index.html", "/"),
            r#"<a href="./">Forside</a> <a href="plan/cykler/#maal">Mål</a> <img src="badges/plan.svg" alt=""> <form action="search/"></form>"#
        );
        // Under a sub-path: the base path is what is replaced.
        assert_eq!(
            rel(
                r#"<a href="/sub/plan/">P</a><a href="/other/">O</a>"#,
                "themes/index.html",
                "/sub/"
            ),
            r#"<a href="../plan/">P</a><a href="/other/">O</a>"#
        );
    }

    #[test]
    fn other_addresses_and_text_are_left_alone() {
        for html in [
            r#"<a href="https://x.dk/plan/">x</a>"#,
            r##"<a href="#main">x</a>"##,
            r#"<a href="//cdn.example/x.js">x</a>"#,
            r#"<meta property="og:url" content="/plan/">"#,
            r#"<p title="/plan/">x</p> <a xhref="/plan/">x</a>"#,
            "<code>&lt;img src=&quot;/badges/plan.svg&quot;&gt;</code>",
        ] {
            assert_eq!(rel(html, "plan/index.html", "/"), html);
        }
        assert_eq!(
            rel(r#"<div data-bundle="/search/index/">"#, "search/index.html", "/"),
            r#"<div data-bundle="../search/index/">"#
        );
    }
}

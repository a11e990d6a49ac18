//! Helpers shared by the integration tests: temporary sites, running the binary.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The `retning` binary built for these tests.
pub fn retning() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_retning"));
    cmd.env("NO_COLOR", "1");
    // The tests read messages in English unless they ask for a language (`--lang`, or
    // `env_remove("RETNING_LANG")` to get the site's).
    cmd.env("RETNING_LANG", "en");
    cmd
}

/// Path of a fixture site under `tests/fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// The example site at the repository root.
pub fn example_site() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A site in a temporary folder, written file by file or copied from a fixture.
pub struct Site {
    dir: tempfile::TempDir,
}

/// A minimal valid `site.yaml` (Danish, as_of pinned).
pub const SITE_YAML: &str = "title: Testkommune – strategier\norganisation: Testkommune\nbase_url: https://strategi.test.dk\nlanguage: da\nas_of: 2013-06-30\naccessibility_statement: https://was.digst.dk/strategi-test-dk\n";

impl Site {
    /// An empty folder.
    pub fn empty() -> Site {
        Site { dir: tempfile::tempdir().expect("temp dir") }
    }

    /// A folder with a minimal `site.yaml`.
    pub fn new() -> Site {
        let site = Site::empty();
        site.file("site.yaml", SITE_YAML);
        site
    }

    /// A copy of a fixture site.
    pub fn from_fixture(name: &str) -> Site {
        let site = Site::empty();
        copy_dir(&fixture(name), site.path());
        site
    }

    /// Writes a file (creating folders); returns self for chaining.
    pub fn file(&self, relative: &str, text: &str) -> &Site {
        self.bytes(relative, text.as_bytes())
    }

    /// Writes raw bytes.
    pub fn bytes(&self, relative: &str, bytes: &[u8]) -> &Site {
        let path = self.path().join(relative);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, bytes).expect("write");
        self
    }

    /// Removes a file.
    pub fn remove(&self, relative: &str) -> &Site {
        std::fs::remove_file(self.path().join(relative)).expect("remove");
        self
    }

    /// The site's root.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// The default output folder.
    pub fn public(&self) -> PathBuf {
        self.path().join("public")
    }

    /// Runs `retning build --root <site>` (output `<site>/public`).
    pub fn build(&self) -> Output {
        self.build_with(&[])
    }

    /// Runs `retning build --root <site>` with more arguments (`--drafts`).
    pub fn build_with(&self, args: &[&str]) -> Output {
        retning()
            .arg("build")
            .arg("--root")
            .arg(self.path())
            .arg("--output")
            .arg(self.public())
            .args(args)
            .output()
            .expect("run retning")
    }

    /// Runs a build and panics with its stderr unless it succeeds.
    pub fn build_ok(&self) -> Output {
        let out = self.build();
        assert!(out.status.success(), "build failed:\n{}", String::from_utf8_lossy(&out.stderr));
        out
    }

    /// Reads an output file as text. A page comes back with its addresses resolved to
    /// site paths (`../../plan/` → `/plan/`), as a browser resolves them, so that tests
    /// say where links lead; [`Site::read_raw`] gives the bytes as written.
    pub fn read(&self, relative: &str) -> String {
        let text = self.read_raw(relative);
        if relative.ends_with(".html") && relative != "404.html" {
            resolve_addresses(&text, &format!("{}{}", self.base_path(), relative))
        } else {
            text
        }
    }

    /// Reads an output file as text, as written.
    pub fn read_raw(&self, relative: &str) -> String {
        let path = self.public().join(relative);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
    }

    /// The site's base path, from `base_url` in its site.yaml (`/`, `/sub/`).
    pub fn base_path(&self) -> String {
        let config = std::fs::read_to_string(self.path().join("site.yaml")).unwrap_or_default();
        let url = config
            .lines()
            .find_map(|l| l.strip_prefix("base_url:"))
            .map(|v| v.trim().trim_matches('"').to_string())
            .unwrap_or_else(|| "/".into());
        let path = match url.split_once("://") {
            Some((_, rest)) => rest.find('/').map_or("/".to_string(), |i| rest[i..].to_string()),
            None => url,
        };
        if path.ends_with('/') {
            path
        } else {
            format!("{path}/")
        }
    }

    /// Parses `public/data/site.json`.
    pub fn site_json(&self) -> serde_json::Value {
        serde_json::from_str(&self.read("data/site.json")).expect("site.json is JSON")
    }
}

/// Copies a folder tree.
pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk");
        let target = to.join(entry.path().strip_prefix(from).expect("prefix"));
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// stderr as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// stdout as text.
pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

// ---------------------------------------------------------------------------------
// Whole-site helpers: outputs, snapshots, site.json look-ups, HTML fragments.
// ---------------------------------------------------------------------------------

/// Runs `retning build --root <root> --output <output>`.
pub fn build_at(root: &Path, output: &Path) -> Output {
    retning()
        .arg("build")
        .arg("--root")
        .arg(root)
        .arg("--output")
        .arg(output)
        .output()
        .expect("run retning")
}

impl Site {
    /// Runs `retning build` into another output folder.
    pub fn build_to(&self, output: &Path) -> Output {
        build_at(self.path(), output)
    }

    /// True when the output has this file.
    pub fn exists(&self, relative: &str) -> bool {
        self.public().join(relative).is_file()
    }

    /// Reads an output file as bytes.
    pub fn read_bytes(&self, relative: &str) -> Vec<u8> {
        let path = self.public().join(relative);
        std::fs::read(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
    }

    /// The HTML of the page at a site path: `/a/b/` is `a/b/index.html`.
    pub fn page(&self, url: &str) -> String {
        let rel = url.trim_start_matches('/');
        self.read(&format!("{rel}index.html"))
    }

    /// Replaces `from` with `to` in a site file; panics unless `from` occurs exactly once.
    pub fn edit(&self, relative: &str, from: &str, to: &str) -> &Site {
        let path = self.path().join(relative);
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
        assert_eq!(
            text.matches(from).count(),
            1,
            "`{from}` must occur once in {relative}:\n{text}"
        );
        std::fs::write(&path, text.replacen(from, to, 1)).expect("write");
        self
    }

    /// Runs a build that must fail with content errors (exit code 1); returns stderr.
    pub fn build_err(&self) -> String {
        let out = self.build();
        assert_eq!(out.status.code(), Some(1), "expected exit code 1; stderr:\n{}", stderr(&out));
        stderr(&out)
    }
}

/// Every file under `dir` with its bytes, by `/`-separated relative path.
pub fn snapshot(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut files = std::collections::BTreeMap::new();
    if !dir.exists() {
        return files;
    }
    for entry in walkdir::WalkDir::new(dir) {
        let entry = entry.expect("walk");
        // The marker names the site's folder as seen from the output, so it differs
        // between outputs in different places: it is bookkeeping, not the site.
        if entry.file_type().is_file() && entry.file_name() != retning::write::MARKER {
            let rel = entry
                .path()
                .strip_prefix(dir)
                .expect("prefix")
                .to_string_lossy()
                .replace('\\', "/");
            files.insert(rel, std::fs::read(entry.path()).expect("read"));
        }
    }
    files
}

/// The `/`-separated relative paths of every file under `dir`, sorted.
pub fn file_list(dir: &Path) -> Vec<String> {
    snapshot(dir).into_keys().collect()
}

/// The entries of a folder (names only), sorted.
pub fn dir_entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("read_dir {}: {e}", dir.display()))
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The element of a JSON array whose `field` is `value`; panics when there is none.
pub fn find_by<'a>(list: &'a serde_json::Value, field: &str, value: &str) -> &'a serde_json::Value {
    list.as_array()
        .unwrap_or_else(|| panic!("not an array: {list}"))
        .iter()
        .find(|item| item[field] == value)
        .unwrap_or_else(|| panic!("no element with {field} = {value:?} in {list:#}"))
}

/// The element of a JSON array whose `id` is `id`.
pub fn by_id<'a>(list: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    find_by(list, "id", id)
}

/// A JSON array of strings as a `Vec`.
pub fn strings(value: &serde_json::Value) -> Vec<String> {
    value
        .as_array()
        .unwrap_or_else(|| panic!("not an array: {value}"))
        .iter()
        .map(|v| v.as_str().unwrap_or_else(|| panic!("not a string: {v}")).to_string())
        .collect()
}

/// The text from the first `start` up to the next `end` after it (both excluded).
pub fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from =
        text.find(start).unwrap_or_else(|| panic!("`{start}` not found in:\n{text}")) + start.len();
    let len = text[from..].find(end).unwrap_or_else(|| panic!("`{end}` not found after `{start}`"));
    &text[from..from + len]
}

/// `html` without its table cells' `data-label` attributes (the column names that
/// stacked tables show on phones), for tests about the cells' contents.
pub fn without_data_labels(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(" data-label=\"") {
        out.push_str(&rest[..at]);
        let value = &rest[at + " data-label=\"".len()..];
        rest = &value[value.find('"').map_or(value.len(), |end| end + 1)..];
    }
    out.push_str(rest);
    out
}

/// Every `<a href="…">text</a>` in an HTML fragment, as (href, text); tags inside the
/// link text are dropped.
pub fn links(html: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find("<a ") {
        rest = &rest[at..];
        let tag_end = rest.find('>').expect("tag end");
        let tag = &rest[..tag_end];
        let close = rest.find("</a>").expect("</a>");
        let inner = &rest[tag_end + 1..close];
        if let Some(h) = tag.find("href=\"") {
            let href = &tag[h + 6..];
            let href = &href[..href.find('"').expect("quote")];
            out.push((href.to_string(), strip_tags(inner)));
        }
        rest = &rest[close + 4..];
    }
    out
}

/// Text without tags.
pub fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// The breadcrumb trail of a page, as (href, text).
pub fn breadcrumbs(html: &str) -> Vec<(String, String)> {
    if !html.contains("<nav class=\"breadcrumbs") {
        return Vec::new();
    }
    links(between(html, "<nav class=\"breadcrumbs", "</nav>"))
}

/// The `<main>` element's content.
pub fn main_of(html: &str) -> &str {
    between(html, "<main", "</main>")
}

/// (href, text) pairs as owned strings, for comparing with `links`.
pub fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
    items.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

/// The initiatives listed as cards on a page (`partials/initiatives.html`), as
/// (href, title), in page order.
pub fn initiative_cards(html: &str) -> Vec<(String, String)> {
    html.split("class=\"initiative-card__title\">")
        .skip(1)
        .map(|card| links(card).into_iter().next().expect("a link in the card title"))
        .collect()
}

/// The `<dd>` links of the fact whose `<dt>` is `term`, as (href, text).
pub fn fact_links(html: &str, term: &str) -> Vec<(String, String)> {
    let start = format!("<dt>{term}</dt><dd>");
    links(between(html, &start, "</dd>"))
}

/// The block of a printed problem (`error: <message>` / `  --> <location>` and what
/// follows up to the blank line), from human-readable output; panics when it is not
/// there. `location` is `file`, `file:line` or `file:line:column`; it must end the
/// `-->` line.
pub fn problem<'a>(stderr: &'a str, severity: &str, message: &str, location: &str) -> &'a str {
    let head = format!("{severity}: {message}\n  --> {location}\n");
    let start =
        stderr.find(&head).unwrap_or_else(|| panic!("no problem\n{head}in stderr:\n{stderr}"));
    let rest = &stderr[start..];
    &rest[..rest.find("\n\n").map_or(rest.len(), |i| i + 1)]
}

/// The `= help:` text of a printed problem block.
pub fn help_of(block: &str) -> &str {
    let at =
        block.find("= help: ").unwrap_or_else(|| panic!("no help in:\n{block}")) + "= help: ".len();
    block[at..].lines().next().unwrap_or_default()
}

/// `html`, the page at site path `page` (`/plan/cykler/index.html`), with every relative
/// `href`, `src`, `action` and `data-bundle` address resolved to a site path.
pub fn resolve_addresses(html: &str, page: &str) -> String {
    let folder = &page[..page.rfind('/').map_or(0, |i| i + 1)];
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("=\"") {
        let before = &rest[..at];
        out.push_str(&rest[..at + 2]);
        rest = &rest[at + 2..];
        let is_address = ["href", "src", "action", "data-bundle"].iter().any(|name| {
            before.ends_with(name)
                && before[..before.len() - name.len()].ends_with(|c: char| c.is_whitespace())
        });
        let end = rest.find('"').unwrap_or(rest.len());
        let value = &rest[..end];
        let absolute = value.starts_with('/')
            || value.starts_with('#')
            || value.split_once(':').is_some_and(|(scheme, _)| !scheme.contains('/'));
        if is_address && !absolute {
            out.push_str(&resolve(folder, value));
        } else {
            out.push_str(value);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// `relative` (`../a/#x`) resolved against `folder` (`/plan/b/`).
fn resolve(folder: &str, relative: &str) -> String {
    let split = relative.find(['#', '?']).unwrap_or(relative.len());
    let (path, tail) = relative.split_at(split);
    let mut parts: Vec<&str> = folder.split('/').filter(|p| !p.is_empty()).collect();
    let trailing = path.is_empty() || path.ends_with('/') || path.ends_with('.');
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    let mut out = String::from("/");
    out.push_str(&parts.join("/"));
    if trailing && !parts.is_empty() {
        out.push('/');
    }
    out.push_str(tail);
    out
}

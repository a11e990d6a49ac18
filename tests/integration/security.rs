//! What a content author or a careless copy can make a site do: nothing whose real path
//! is outside the site is published, no link with an unsafe scheme is written, text
//! from files cannot drive the terminal, and no input makes a build take very long.
//! (serve's side is in `serve.rs`, the output folder's in `build_output.rs`.)

use std::time::{Duration, Instant};

use crate::support::*;

const INITIATIVE: &str = "content/plan/uddannelse.md";
const STRATEGY: &str = "content/plan/index.md";
const DIRECTOR: &str = "content/directors/gitte-lovgren.md";

fn base() -> Site {
    Site::from_fixture("robust-base")
}

fn edit(site: &Site, relative: &str, from: &str, to: &str) {
    let path = site.path().join(relative);
    let text = std::fs::read_to_string(&path).expect("read");
    assert_eq!(text.matches(from).count(), 1, "`{from}` must occur once in {relative}");
    std::fs::write(&path, text.replacen(from, to, 1)).expect("write");
}

fn check(site: &Site) -> std::process::Output {
    retning().arg("check").arg("--root").arg(site.path()).output().expect("run retning")
}

/// Every file of the output, as text.
fn all_output_text(site: &Site) -> String {
    let mut all = String::new();
    for entry in walkdir::WalkDir::new(site.public()).sort_by_file_name() {
        let entry = entry.expect("walk");
        if entry.file_type().is_file() {
            all.push_str(&String::from_utf8_lossy(&std::fs::read(entry.path()).expect("read")));
        }
    }
    all
}

#[test]
fn unsafe_link_schemes_are_left_out_everywhere_with_a_located_warning() {
    let site = base();
    // A body, a theme summary, an inline initiative's body and a director's bio: each
    // with one of the ways to write a script link.
    edit(
        &site,
        INITIATIVE,
        "Se også [strategien](index.md).",
        "Se [her](JaVaScRiPt:alert(1)) og ![x](data:text/html,<b>x</b>).",
    );
    edit(
        &site,
        STRATEGY,
        "summary: Bedre *velfærd* for pengene.",
        "summary: Bedre [velfærd](&#106;avascript:alert(2)).",
    );
    edit(
        &site,
        STRATEGY,
        "body: Borgerne skal *høres* tidligt.",
        "body: Borgerne skal [høres](vbscript:msgbox(3)).",
    );
    edit(&site, DIRECTOR, "Gitte har ansvaret", "Gitte har [ansvaret]( javascript:alert(4) )");
    let out = site.build_ok();
    let err = stderr(&out);
    // No link or image address in any page has a scheme but the safe ones (the words
    // may stay as text, as in a page's description).
    let all = all_output_text(&site);
    for attribute in ["href=\"", "src=\"", "href='", "src='"] {
        for value in all.split(attribute).skip(1) {
            let value: String = value.chars().take_while(|c| !matches!(c, '"' | '\'')).collect();
            let scheme = value.split_once(':').map(|(s, _)| s.to_lowercase());
            let safe = match scheme.as_deref() {
                None => true,
                Some(s) => {
                    ["http", "https", "mailto", "tel"].contains(&s) || s.contains(['/', '?', '#'])
                }
            };
            assert!(safe, "{attribute}{value}");
        }
    }
    // The link texts stay.
    assert!(site.read("plan/uddannelse/index.html").contains("Se her og x"));
    for (file, line) in [(INITIATIVE, 30), (STRATEGY, 11), (STRATEGY, 26), (DIRECTOR, 7)] {
        assert!(
            err.contains(&format!("--> {file}:{line}:")),
            "no warning at {file}:{line}:\n{err}"
        );
    }
    assert_eq!(err.matches("its kind of address is not allowed").count(), 5, "{err}");
    let checked = check(&site);
    assert!(stderr(&checked).contains("warning: the link `vbscript:msgbox(3)` was left out"));
    let strict = retning().args(["check", "--strict", "--root"]).arg(site.path()).output().unwrap();
    assert_eq!(strict.status.code(), Some(1));
}

#[test]
fn an_accessibility_statement_must_be_a_web_address() {
    let site = base();
    edit(
        &site,
        "site.yaml",
        "description:",
        "accessibility_statement: javascript:alert(1)\ndescription:",
    );
    let out = site.build();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("error: `javascript:alert(1)` is not a web address"), "{err}");
    assert!(err.contains("--> site.yaml:7:"), "{err}");
    assert!(!site.public().exists());
}

#[test]
fn control_characters_from_files_reach_the_terminal_escaped() {
    let site = base();
    // An unknown director id with an escape sequence that would clear the screen and
    // set the window title.
    edit(&site, INITIATIVE, "responsible: gitte-lovgren", "responsible: \"x\\e[2J\\e]0;pwned\\a\"");
    for format in ["human", "github"] {
        let out = retning()
            .args(["check", "--format", format, "--root"])
            .arg(site.path())
            .output()
            .unwrap();
        let err = format!("{}{}", stderr(&out), stdout(&out));
        assert!(!err.is_empty());
        assert!(
            !err.chars().any(|c| c.is_control() && c != '\n' && c != '\t'),
            "{format}: {err:?}"
        );
        assert!(err.contains("\\u{1b}[2J"), "{format}: {err}");
    }
}

#[test]
fn a_file_of_zero_bytes_is_a_binary_file() {
    let site = base();
    site.bytes(INITIATIVE, &[0; 4096]);
    let out = site.build();
    let err = stderr(&out);
    assert!(err.contains("error: this is a binary file, not text"), "{err}");
    assert!(!err.contains("UTF-16"), "{err}");
}

#[test]
fn thousands_of_headings_with_one_text_build_at_once() {
    // Each id used to be found by trying every number from 1 again: 8,000 headings
    // took minutes. The limit only stops a hang; the benchmark measures speed.
    let site = base();
    let body = "## Samme\n\nTekst.\n\n".repeat(8000);
    let text = std::fs::read_to_string(site.path().join(INITIATIVE)).unwrap();
    site.file(INITIATIVE, &format!("{text}\n{body}"));
    let started = Instant::now();
    site.build_ok();
    assert!(started.elapsed() < Duration::from_secs(60), "{:?}", started.elapsed());
    let page = site.read("plan/uddannelse/index.html");
    assert!(page.contains("id=\"samme-8000\""));
    assert!(!page.contains("id=\"samme-8001\""));
}

//! `check` on plain language: a LIX per text, warnings for hard texts and long
//! sentences that `--strict` fails on only when the site asks.

use crate::support::*;

const HARD: &str = "Med henblik på at understøtte en helhedsorienteret og tværfaglig indsats i forhold til borgere med komplekse problemstillinger vil forvaltningen i samarbejde med relevante interessenter og de frivillige foreninger implementere en koordineret sagsbehandlingsmodel. Sammenhængen mellem beskæftigelsesindsatsen, socialpsykiatrien og sundhedsområdet sikres gennem systematisk opfølgning på effekterne af de iværksatte initiativer og tilbagemeldinger.\n";

fn site_with_hard_text(readability: &str) -> Site {
    let site = Site::from_fixture("robust-base");
    let yaml = std::fs::read_to_string(site.path().join("site.yaml")).unwrap();
    site.file("site.yaml", &format!("{yaml}{readability}"));
    let path = "content/plan/uddannelse.md";
    let text = std::fs::read_to_string(site.path().join(path)).unwrap();
    site.file(path, &format!("{text}\n{HARD}"));
    site
}

fn check(site: &Site, strict: bool) -> std::process::Output {
    let mut cmd = retning();
    cmd.arg("check").arg("--root").arg(site.path());
    if strict {
        cmd.arg("--strict");
    }
    cmd.output().expect("run retning")
}

#[test]
fn a_hard_text_is_named_with_its_lix_and_longest_sentence() {
    let site = site_with_hard_text("");
    let out = check(&site, false);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    let block = problem(
        &err,
        "warning",
        "the text is very hard to read: LIX 63.1 (the site warns above 55)",
        "content/plan/uddannelse.md:30:1",
    );
    let text = std::fs::read_to_string(site.path().join("content/plan/uddannelse.md")).unwrap();
    let line = text.lines().position(|l| l.starts_with("Med henblik")).unwrap() + 1;
    let longest = format!(
        "the longest sentences: line {line} (32 words: “Med henblik på at understøtte en …”)"
    );
    assert!(help_of(block).contains(&longest), "{block}");
    let sentence = format!(
        "warning: a sentence of 32 words is hard to follow\n  --> content/plan/uddannelse.md:{line}:1"
    );
    assert!(err.contains(&sentence), "{err}");
    // The figure per text, after the problems.
    assert!(
        err.contains("readability (LIX; under 35 easy, 55 and over very hard): median "),
        "{err}"
    );
    assert!(err.contains("very hard  content/plan/uddannelse.md"), "{err}");
    // Facts about the text, not mistakes: --strict passes.
    assert!(check(&site, true).status.success());
}

#[test]
fn the_site_sets_the_threshold_and_whether_strict_fails() {
    let strict = site_with_hard_text("readability:\n  lix_warn: 90\n  strict: true\n");
    let out = check(&strict, true);
    let err = stderr(&out);
    // Under 90: no LIX warning, but the long sentence now fails --strict.
    assert!(!err.contains("hard to read"), "{err}");
    assert!(err.contains("a sentence of 32 words"), "{err}");
    assert_eq!(out.status.code(), Some(1), "{err}");

    let off = site_with_hard_text("readability: off\n");
    let err = stderr(&check(&off, false));
    assert!(!err.contains("hard to read") && !err.contains("words is hard"), "{err}");
    assert!(!err.contains("readability (LIX"), "{err}");

    let wrong = site_with_hard_text("readability: sometimes\n");
    let err = stderr(&check(&wrong, false));
    assert!(err.contains("error: `readability: sometimes` is not a setting"), "{err}");
}

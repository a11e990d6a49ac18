//! Every message in the reader's language: each problem the fixture sites produce,
//! shown in Danish, Norwegian (bokmål, nynorsk), Swedish and English, is in that
//! language (no text falls back to English silently); the language is chosen as
//! documented; `--help` and the serve error panel follow it.

use crate::support::*;

/// The languages besides English.
const OTHERS: [&str; 4] = ["da", "nb", "nn", "sv"];

/// A site with one of each kind of mistake an author makes (written to the content
/// model), beside the fixture sites' own problems.
fn site_with_mistakes() -> Site {
    let site = Site::from_fixture("kommune");
    site.file(
        "content/direktionsstrategi-2013/fejl-yaml.md",
        "---\ntitle: Cykler\ntheme trafik\nresponsible: lars-bo\n---\n",
    );
    // One mistake of the YAML per file (the first stops the reading of its file).
    let strategy = "content/direktionsstrategi-2013";
    for (name, line) in [
        ("fejl-dato", "due: 31-12-2013"),
        (
            "fejl-komma",
            "goals:\n  - text: Andel\n    baseline: 12,5\n    target: 20\n    unit: \"%\"",
        ),
        ("fejl-ja", "actions:\n  - { text: Male striber, done: ja }"),
        ("fejl-liste", "title: [Cykler, for alle]"),
    ] {
        site.file(
            &format!("{strategy}/{name}.md"),
            &format!("---\ntitle: Cykler\nresponsible: lars-bo\n{line}\n---\n"),
        );
    }
    site.file(
        &format!("{strategy}/fejl-enhed.md"),
        "---\ntitle: Enheder\nresponsible: gitte-lovgren\ngoals:\n  - text: Andel\n    target: 20\n    current: 5\n    unit: “%”\n---\n",
    );
    site.file(
        &format!("{strategy}/fejl-ref.md"),
        "---\ntitle: Flere cykler\nresponsible: lars-bo, anne-hansen\ntheme: ukendt\nprogress: 140\ngoals:\n  - text: Andel\n    target: 20\n    current: 5\n    unit: “%”\n---\nSe [planen](../ingen.md) og [dette](javascript:alert(1)).\n",
    );
    site.file(
        "content/direktionsstrategi-2013/Forkert Navn.md",
        "---\ntitle: Forkert\nresponsible: Lars Bo\nrelated: [forkert-navn]\n---\n",
    );
    site.file("content/tom.md", "");
    site
}

/// `check --format json` in `language`: (code, message, help) per problem, in order.
fn problems_in(site: &Site, language: &str) -> Vec<(String, String, String)> {
    let out = retning()
        .args(["check", "--format", "json", "--lang", language, "--root"])
        .arg(site.path())
        .output()
        .expect("runs");
    stdout(&out)
        .lines()
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            assert_eq!(v["language"], language, "{v}");
            let text = |key: &str| v[key].as_str().unwrap_or_default().to_string();
            (text("code"), text("message"), text("help"))
        })
        .collect()
}

#[test]
fn every_problem_of_the_fixtures_is_shown_in_each_language() {
    let mut sites: Vec<(String, Site)> =
        ["kommune", "status", "budget", "fremdrift", "egen-skabelon", "search", "serve-site"]
            .iter()
            .map(|name| (name.to_string(), Site::from_fixture(name)))
            .collect();
    sites.push(("mistakes".to_string(), site_with_mistakes()));
    // Warnings `check` gives only when a site has no errors.
    let units = Site::from_fixture("kommune");
    units.file(
        "content/direktionsstrategi-2013/enheder.md",
        "---\ntitle: Enheder\nresponsible: gitte-lovgren\ngoals:\n  - text: Andel\n    target: 20\n    current: 5\n    unit: “%”\n  - text: Antal\n    target: 20\n    current: 5\n---\n",
    );
    sites.push(("units".to_string(), units));
    let mut codes = std::collections::BTreeSet::new();
    for (name, site) in &sites {
        let english = problems_in(site, "en");
        for language in OTHERS {
            let translated = problems_in(site, language);
            assert_eq!(translated.len(), english.len(), "{name} in {language}");
            for ((code, message, help), (en_code, en_message, en_help)) in
                translated.iter().zip(&english)
            {
                assert_eq!(code, en_code, "{name}: the same problems in the same order");
                assert_ne!(message, en_message, "{name}, {language}: `{code}` is in English");
                if !help.is_empty() {
                    assert_ne!(
                        help, en_help,
                        "{name}, {language}: the help of `{code}` is in English"
                    );
                }
                codes.insert(code.clone());
            }
        }
    }
    // The mistakes site reaches the messages the issue names.
    for code in [
        "yaml-missing-colon",
        "unknown-reference",
        "progress-out-of-range",
        "value-date-order",
        "value-decimal-comma",
        "yaml-wrong-type",
        "broken-link",
        "unsafe-link",
        "invalid-id-from-file-name",
        "file-empty",
        "unit-curly-quotes",
        "goal-without-unit",
    ] {
        assert!(codes.contains(code), "{code} not produced: {codes:?}");
    }
}

#[test]
fn the_danish_summary_and_help_read_as_danish() {
    let site = site_with_mistakes();
    let out = retning()
        .env_remove("RETNING_LANG")
        .args(["check", "--root"])
        .arg(site.path())
        .output()
        .unwrap();
    let err = stderr(&out);
    // The site's language (da) without being asked.
    assert!(err.contains("fejl: linje 3 mangler `:` efter nøglen `theme`"), "{err}");
    assert!(
        err.contains("= hjælp: skriv kolon og mellemrum efter nøglen: `theme: trafik`"),
        "{err}"
    );
    assert!(
        err.contains(
            "hjælp: skriv flere direktører som en liste: `responsible: [lars-bo, anne-hansen]`"
        ),
        "{err}"
    );
    assert!(err.contains("skriv `true` for ja eller `false` for nej, ikke `ja`"), "{err}");
    let summary = err.lines().rev().find(|l| l.contains(" fejl, ")).expect("a summary");
    assert!(summary.ends_with(" advarsler") || summary.ends_with("1 advarsel"), "{summary}");
    // `responsible: Lars Bo` is underlined whole, and the id is offered.
    assert!(err.contains("responsible: Lars Bo\n  |              ^^^^^^^"), "{err}");
    assert!(err.contains("skriv direktørens id, ikke navnet: `responsible: lars-bo`"), "{err}");
}

#[test]
fn the_language_is_chosen_by_flag_then_variable_then_site_then_system() {
    let site = Site::from_fixture("status");
    let check = |configure: &dyn Fn(&mut std::process::Command)| {
        let mut cmd = retning();
        cmd.env_remove("RETNING_LANG")
            .args(["check", "--format", "json", "--root"])
            .arg(site.path());
        configure(&mut cmd);
        let out = cmd.output().unwrap();
        let first: serde_json::Value =
            serde_json::from_str(stdout(&out).lines().next().expect("a problem")).unwrap();
        first["language"].as_str().unwrap().to_string()
    };
    assert_eq!(check(&|_| {}), "da", "the site's language");
    assert_eq!(
        check(&|c| {
            c.env("LANG", "sv_SE.UTF-8");
        }),
        "da",
        "the site wins over the system"
    );
    assert_eq!(
        check(&|c| {
            c.env("RETNING_LANG", "nb");
        }),
        "nb"
    );
    assert_eq!(
        check(&|c| {
            c.env("RETNING_LANG", "nb").arg("--lang").arg("nn");
        }),
        "nn"
    );
    // Before a site is known, the system's language.
    let out = retning()
        .env_remove("RETNING_LANG")
        .env("LC_ALL", "")
        .env("LANG", "sv_SE.UTF-8")
        .args(["check", "--root", "/no/such/site"])
        .output()
        .unwrap();
    assert!(
        stderr(&out).starts_with("fel: `/no/such/site` är inte en retning-webbplats"),
        "{}",
        stderr(&out)
    );
    let out = retning()
        .env_remove("RETNING_LANG")
        .env("LANG", "C")
        .args(["check", "--root", "/no/such"])
        .output()
        .unwrap();
    assert!(stderr(&out).starts_with("error: "), "English without a known language");
}

#[test]
fn help_is_in_the_users_language() {
    let out = retning().args(["--lang", "da", "--help"]).output().unwrap();
    let help = stdout(&out);
    assert!(help.contains("Brug: retning"), "{help}");
    assert!(help.contains("Kommandoer:") && help.contains("Valgmuligheder:"), "{help}");
    assert!(help.contains("Byg sitet i outputmappen"), "{help}");
    let out = retning().env("RETNING_LANG", "nb").args(["check", "--help"]).output().unwrap();
    assert!(stdout(&out).contains("Sjekk nettstedet for feil og advarsler"), "{}", stdout(&out));
    let out = retning().args(["--help"]).output().unwrap();
    assert!(stdout(&out).contains("Usage: retning"));
}

#[test]
fn command_line_mistakes_are_in_the_users_language_with_the_likely_fix() {
    let run = |lang: &str, args: &[&str]| {
        let out = retning().env("RETNING_LANG", lang).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        stderr(&out)
    };
    assert_eq!(
        run("da", &["bild"]),
        "fejl: `bild` er ikke en retning-kommando (build, serve, new, init, check)\n  = hjælp: mente du `build`?\n"
    );
    assert!(run("nb", &["build", "--outptu", "x"])
        .contains("feil: `--outptu` er ikke et valg her\n  = hjelp: mente du `--output`?"));
    let sv = run("sv", &["check", "--format", "yaml"]);
    assert!(
        sv.contains("`yaml` är inte ett värde för --format")
            && sv.contains("human, json, github, gitlab"),
        "{sv}"
    );
    assert!(run("en", &["build", "--quiet", "--verbose"]).contains("cannot be used together with"));
}

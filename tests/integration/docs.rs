//! The docs describe the format retning reads: the reference page's key tables are
//! exactly the keys retning knows, and the guides' YAML examples use only those keys.

use std::collections::BTreeSet;
use std::path::Path;

use crate::support::*;

fn repo_file(relative: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)).unwrap()
}

/// The keys of each table of the reference page whose rows start with a key
/// (`| `title` | yes | … |`), in the order of the page.
fn reference_tables() -> Vec<BTreeSet<String>> {
    let page = repo_file("docs/reference.md");
    let mut tables = Vec::new();
    let mut current: Option<BTreeSet<String>> = None;
    for line in page.lines() {
        match line.strip_prefix("| `").and_then(|rest| rest.split('`').next()) {
            Some(key) => {
                current.get_or_insert_with(BTreeSet::new).insert(key.to_string());
            }
            None if line.starts_with('|') => {}
            None => tables.extend(current.take()),
        }
    }
    tables.extend(current);
    tables
}

/// The keys retning knows at a place: the "known keys" of the error an unknown key
/// `zzz-unknown` there gives (`check --format json`).
fn known_keys(site: &Site) -> BTreeSet<String> {
    let out =
        retning().args(["check", "--format", "json", "--root"]).arg(site.path()).output().unwrap();
    let text = stdout(&out);
    let problem = text
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .find(|p| p["code"] == "yaml-unknown-key")
        .unwrap_or_else(|| panic!("no unknown-key error in:\n{text}"));
    let help = problem["help"].as_str().unwrap();
    let list = help.rsplit("known keys here: ").next().unwrap();
    list.split(", ").map(str::to_string).collect()
}

/// A site whose one mistake is the key `zzz-unknown` at the place `place` names.
fn site_with_unknown_key(place: &str) -> Site {
    let site = Site::new();
    site.file("content/directors/anne.md", "---\nname: Anne\n---\n");
    let initiative = |extra: &str| format!("---\ntitle: I\nresponsible: anne\n{extra}---\n");
    match place {
        "site.yaml" => {
            site.file("site.yaml", &format!("{SITE_YAML}zzz-unknown: 1\n"));
        }
        "front page" => {
            site.file("content/index.md", "---\nzzz-unknown: 1\n---\n");
        }
        "director" => {
            site.file("content/directors/bo.md", "---\nname: Bo\nzzz-unknown: 1\n---\n");
        }
        "strategy" => {
            site.file("content/plan/index.md", "---\ntitle: P\nzzz-unknown: 1\n---\n");
        }
        "period" => {
            site.file(
                "content/plan/index.md",
                "---\ntitle: P\nperiod: { start: 2013, end: 2014, zzz-unknown: 1 }\n---\n",
            );
        }
        "theme" => {
            site.file(
                "content/plan/index.md",
                "---\ntitle: P\nthemes:\n  - { id: a, title: A, zzz-unknown: 1 }\n---\n",
            );
        }
        other => {
            site.file("content/plan/index.md", "---\ntitle: P\n---\n");
            let extra = match other {
                "initiative" => "zzz-unknown: 1\n",
                "goal" => "goals:\n  - { text: G, target: 1, zzz-unknown: 1 }\n",
                "measurement" => {
                    "goals:\n  - text: G\n    target: 1\n    history:\n      - { date: 2013-01-01, value: 1, zzz-unknown: 1 }\n"
                }
                "action" => "actions:\n  - { text: A, done: true, zzz-unknown: 1 }\n",
                "budget line" => "budget:\n  - { year: 2013, target: 1, zzz-unknown: 1 }\n",
                "reporting" => "reporting: { every: month, zzz-unknown: 1 }\n",
                _ => unreachable!("{other}"),
            };
            site.file("content/plan/i.md", &initiative(extra));
        }
    }
    site
}

#[test]
fn the_reference_lists_exactly_the_keys_retning_reads() {
    let tables = reference_tables();
    // In the order of docs/reference.md.
    let places = [
        "site.yaml",
        "readability",
        "front page",
        "director",
        "strategy",
        "period",
        "theme",
        "initiative",
        "goal",
        "measurement",
        "action",
        "budget line",
        "reporting",
    ];
    assert_eq!(tables.len(), places.len(), "{tables:?}");
    for (place, documented) in places.iter().zip(&tables) {
        if *place == "readability" {
            // Its settings are one of three forms (`off`, `false`, settings): both keys
            // build, and an unknown one does not.
            let site = Site::new();
            site.file(
                "site.yaml",
                &format!("{SITE_YAML}readability: {{ lix_warn: 40, strict: true }}\n"),
            );
            site.file("content/plan.md", "---\ntitle: P\n---\n");
            site.build_ok();
            assert_eq!(documented, &BTreeSet::from(["lix_warn".into(), "strict".into()]));
            continue;
        }
        let known = known_keys(&site_with_unknown_key(place));
        assert_eq!(&known, documented, "docs/reference.md, the table of the {place}");
    }
}

/// The keys of YAML text written as an example (comments and `...` placeholders
/// allowed), every mapping's at every depth.
fn keys_of(yaml: &serde_yaml::Value, into: &mut BTreeSet<String>) {
    match yaml {
        serde_yaml::Value::Mapping(map) => {
            for (key, value) in map {
                if let Some(key) = key.as_str() {
                    into.insert(key.to_string());
                }
                keys_of(value, into);
            }
        }
        serde_yaml::Value::Sequence(items) => items.iter().for_each(|i| keys_of(i, into)),
        _ => {}
    }
}

#[test]
fn the_guides_yaml_examples_use_only_keys_retning_reads() {
    let known: BTreeSet<String> = reference_tables().into_iter().flatten().collect();
    for guide in ["docs/en/guide.md", "docs/da/vejledning.md", "docs/nb/veiledning.md"] {
        let text = repo_file(guide);
        let mut blocks = 0;
        for block in text.split("```yaml\n").skip(1) {
            let block = block.split("```").next().unwrap();
            // A front matter example is the YAML between its `---` lines (a Markdown body
            // may follow); other examples are YAML throughout.
            let yaml = match block.strip_prefix("---\n") {
                Some(rest) => rest.split("\n---").next().unwrap_or_default().to_string(),
                None => block.to_string(),
            };
            let value = serde_yaml::from_str::<serde_yaml::Value>(&yaml)
                .unwrap_or_else(|e| panic!("{guide}: an example is not valid YAML ({e}):\n{yaml}"));
            blocks += 1;
            let mut keys = BTreeSet::new();
            keys_of(&value, &mut keys);
            let unknown: Vec<&String> = keys.iter().filter(|k| !known.contains(*k)).collect();
            assert!(
                unknown.is_empty(),
                "{guide}: an example uses keys retning does not read: {unknown:?}\n{yaml}"
            );
        }
        assert!(blocks >= 8, "{guide}: only {blocks} YAML examples read");
    }
}

#[test]
fn the_readme_links_every_guide_and_the_reference() {
    let readme = repo_file("README.md");
    for link in
        ["docs/en/guide.md", "docs/da/vejledning.md", "docs/nb/veiledning.md", "docs/reference.md"]
    {
        assert!(readme.contains(&format!("({link})")), "README.md does not link {link}");
        assert!(Path::new(env!("CARGO_MANIFEST_DIR")).join(link).is_file(), "{link}");
    }
    assert!(!readme.contains("../shared"), "README.md links outside the repository");
}

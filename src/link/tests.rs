//! The link stage's steps, each on a small site read by the load stage.

use super::*;
use crate::error::Severity;

/// Links the site made of `files` (paths under the site root).
fn linked(files: &[(&str, &str)]) -> (SiteIndex, Diagnostics) {
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in files {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let (documents, mut problems) = crate::load::load(dir.path());
    let as_of = Date::from_calendar_date(2024, time::Month::June, 1).unwrap();
    let site = link(Config::fallback(), documents, as_of, &mut problems);
    (site, problems)
}

fn messages(problems: &Diagnostics, severity: Severity) -> Vec<String> {
    problems.iter().filter(|d| d.severity == severity).map(|d| d.message.to_string()).collect()
}

const ANNE: (&str, &str) = ("content/directors/anne.md", "---\nname: Anne\n---\n");

#[test]
fn ids_a_second_director_with_a_taken_id_is_left_out() {
    let (site, problems) =
        linked(&[ANNE, ("content/directors/b.md", "---\nid: anne\nname: Anne B\n---\n")]);
    assert_eq!(site.directors.len(), 1);
    assert_eq!(site.directors[0].doc.fields.name, "Anne");
    let errors = messages(&problems, Severity::Error);
    assert_eq!(errors.len(), 1);
    assert!(errors[0].starts_with("a second director with the id `anne`"), "{errors:?}");
}

#[test]
fn ids_a_theme_declared_by_two_strategies_is_one_theme_with_both() {
    let (site, problems) = linked(&[
        ("content/a.md", "---\ntitle: A\nthemes:\n  - {id: klima, title: Klima}\n---\n"),
        (
            "content/b.md",
            "---\ntitle: B\nthemes:\n  - {id: klima, title: Klimaet}\n  - {id: klima, title: Klima}\n---\n",
        ),
    ]);
    assert_eq!(site.themes.len(), 1);
    assert_eq!(site.themes[0].title, "Klima");
    assert_eq!(site.themes[0].strategies, [StrategyIx(0), StrategyIx(1)]);
    assert_eq!(site.strategies[1].themes, [ThemeIx(0)]);
    assert_eq!(
        messages(&problems, Severity::Error),
        ["the theme `klima` is listed twice in this strategy"]
    );
    // The other title: a warning at the second strategy's own declaration.
    let mismatch = problems.iter().find(|d| d.severity == Severity::Warning).unwrap();
    assert!(mismatch.message.to_string().contains("is titled \"Klimaet\" here"));
    assert_eq!((mismatch.location.line, mismatch.location.column), (Some(4), Some(24)));
}

#[test]
fn ids_a_reserved_strategy_id_and_a_backwards_period_are_errors() {
    let (_, problems) =
        linked(&[("content/status.md", "---\ntitle: S\nperiod: {start: 2025, end: 2020}\n---\n")]);
    let errors = messages(&problems, Severity::Error);
    assert!(errors[0].starts_with("`status` is reserved"), "{errors:?}");
    assert_eq!(errors[1], "the period starts (2025) after it ends (2020)");
}

#[test]
fn initiative_references_resolve_forwards_and_get_back_links() {
    let (site, problems) = linked(&[
        ANNE,
        ("content/plan/index.md", "---\ntitle: Plan\nthemes: [{id: t, title: T}]\n---\n"),
        ("content/plan/a.md", "---\ntitle: A\nresponsible: anne\ntheme: t\nrelated: [b]\n---\n"),
        ("content/plan/b.md", "---\ntitle: B\nresponsible: [anne, anne]\n---\n"),
    ]);
    assert!(problems.is_empty(), "{problems:?}");
    let [a, b] = &site.initiatives[..] else { panic!() };
    assert_eq!(
        (a.related.as_slice(), b.referenced_by.as_slice()),
        (&[InitiativeIx(1)][..], &[InitiativeIx(0)][..])
    );
    assert_eq!(b.responsible, [DirectorIx(0)]);
    assert_eq!(site.themes[0].initiatives, [InitiativeIx(0)]);
    assert_eq!(site.directors[0].initiatives, [InitiativeIx(0), InitiativeIx(1)]);
    assert_eq!(a.url, "/plan/a/");
}

#[test]
fn initiative_a_theme_of_another_strategy_and_itself_as_related_are_errors() {
    let (_, problems) = linked(&[
        ANNE,
        ("content/x.md", "---\ntitle: X\nthemes: [{id: fremmed, title: F}]\n---\n"),
        ("content/plan/index.md", "---\ntitle: Plan\n---\n"),
        (
            "content/plan/a.md",
            "---\ntitle: A\nresponsible: anne\ntheme: fremmed\nrelated: a\n---\n",
        ),
        ("content/plan/b.md", "---\ntitle: B\nresponsible: ane\n---\n"),
    ]);
    let errors = messages(&problems, Severity::Error);
    assert!(
        errors
            .iter()
            .any(|e| e == "the theme `fremmed` belongs to another strategy, not to `plan`"),
        "{errors:?}"
    );
    assert!(errors.iter().any(|e| e == "an initiative cannot be related to itself"), "{errors:?}");
    let unknown = problems.iter().find(|d| d.message == "unknown director `ane`").unwrap();
    assert_eq!(
        unknown.help.as_ref().map(|h| h.to_string()).as_deref(),
        Some("did you mean `anne`?")
    );
}

#[test]
fn aggregate_progress_leaves_cancelled_initiatives_out_and_budgets_add_up() {
    let (site, _) = linked(&[
        ANNE,
        (
            "content/plan/index.md",
            "---\ntitle: Plan\nbudget: [{year: 2024, unit: mio. kr., target: 1.5}]\n---\n",
        ),
        (
            "content/plan/a.md",
            "---\ntitle: A\nresponsible: anne\nprogress: 20\nbudget: [{year: 2024, unit: mio. kr., target: 2}]\n---\n",
        ),
        ("content/plan/b.md", "---\ntitle: B\nresponsible: anne\nprogress: 60\n---\n"),
        ("content/plan/c.md", "---\ntitle: C\nresponsible: anne\nprogress: 0\nstatus: cancelled\n---\n"),
    ]);
    let strategy = &site.strategies[0];
    assert_eq!(strategy.progress.map(|p| p.to_string()).as_deref(), Some("40"));
    assert_eq!(site.directors[0].progress, strategy.progress);
    assert_eq!(site.progress, strategy.progress);
    assert_eq!(strategy.budget.rows[0].target.to_string(), "3.5");
    assert_eq!(site.directors[0].budget.rows[0].target.to_string(), "2");
    let urls: Vec<&String> = site.source_urls.values().collect();
    assert!(urls.contains(&&"/plan/".to_string()) && urls.contains(&&"/plan/c/".to_string()));
}

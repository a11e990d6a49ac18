//! The skeletons parse, their examples too; documents are placed and linked right.

use super::*;
use crate::model::{InitiativeFields, StrategyFields};

fn day() -> Date {
    date(2025, time::Month::March, 14)
}

fn front(text: &str) -> &str {
    let rest = text.strip_prefix("---\n").expect("opens with ---");
    &rest[..rest.find("\n---\n").expect("closes with ---") + 1]
}

fn strategy_spec(owner: Pick) -> StrategySpec<'static> {
    StrategySpec {
        id: "klima",
        title: "Klima: en plan".into(),
        subtitle: None,
        period: Some((2025, 2028)),
        first_year: 2025,
        adopted_by: None,
        owner,
        status: "draft",
        themes: Vec::new(),
        body: "Tekst\n".into(),
    }
}

fn initiative_spec() -> InitiativeSpec<'static> {
    InitiativeSpec {
        id: "cykler",
        strategy: "klima",
        strategy_title: None,
        strategy_file: "content/klima/index.md",
        title: "Cykler".into(),
        theme: Pick::from_known(None, &["a".into(), "b".into()], true),
        responsible: Pick::from_known(Some("anne".into()), &["anne".into()], true),
        start: None,
        due: None,
        goals: Vec::new(),
        actions: Vec::new(),
        updated: day(),
        body: "Tekst\n".into(),
    }
}

#[test]
fn skeletons_parse_in_every_language_with_examples_off_and_on() {
    for lang in Language::ALL {
        for active in [false, true] {
            let s = strategy_text(lang, &strategy_spec(Pick::from_known(None, &[], false)), active);
            let parsed: StrategyFields = crate::yaml::from_str(front(&s))
                .unwrap_or_else(|e| panic!("{lang} strategy (examples {active}): {e:?}\n{s}"));
            assert_eq!(parsed.title, "Klima: en plan");
            assert_eq!(parsed.themes.len(), usize::from(active));
            assert_eq!(parsed.initiatives.len(), usize::from(active));

            let i = initiative_text(lang, &initiative_spec(), active);
            let parsed: InitiativeFields = crate::yaml::from_str(front(&i))
                .unwrap_or_else(|e| panic!("{lang} initiative (examples {active}): {e:?}\n{i}"));
            assert_eq!(parsed.responsible, vec!["anne".to_string()]);
            assert_eq!(parsed.theme, if active { vec!["a".to_string()] } else { vec![] });
            assert_eq!(parsed.goals.len(), usize::from(active));
            assert_eq!(parsed.actions.len(), 2 * usize::from(active));

            let spec = DirectorSpec {
                id: "anne",
                name: "Anne".into(),
                title: None,
                area: None,
                email: None,
                body: String::new(),
            };
            let d = director_text(lang, &spec, active);
            let parsed: DirectorFields = crate::yaml::from_str(front(&d))
                .unwrap_or_else(|e| panic!("{lang} director: {e:?}\n{d}"));
            assert_eq!(parsed.area.is_some(), active);
        }
    }
}

#[test]
fn comments_are_wrapped_and_in_the_site_language() {
    let s = strategy_text(Language::Da, &strategy_spec(Pick::from_known(None, &[], false)), false);
    assert!(s.contains("# Strategiens titel"), "{s}");
    assert!(s.lines().all(|l| l.chars().count() <= 90), "{s}");
    let s = strategy_text(Language::Sv, &strategy_spec(Pick::from_known(None, &[], false)), false);
    let s = s.replace("\n# ", " ");
    assert!(s.contains("draft (Utkast), adopted (Antagen) eller archived (Arkiverad)."), "{s}");
}

#[test]
fn picks_fill_only_one_candidate() {
    let i = initiative_text(Language::En, &initiative_spec(), false);
    assert!(i.contains("\nresponsible: anne\n"), "{i}");
    assert!(i.contains("# Known ids: a, b.\n# theme: a\n"), "{i}");
}

#[test]
fn init_files_parse() {
    for lang in Language::ALL {
        let options = InitOptions {
            language: lang,
            title: Some("Ærø: strategier #1".into()),
            organisation: None,
            base_url: None,
            accessibility_statement: Some("https://was.digst.dk/strategi-aeroe-dk".into()),
        };
        let files = init_files(lang, &options, day());
        let site = &files[0].1;
        let config = crate::config::parse(site).unwrap_or_else(|e| panic!("{lang}: {e:?}\n{site}"));
        assert_eq!(config.title, "Ærø: strategier #1");
        assert_eq!(config.language, lang);
    }
}

#[test]
fn scalars_quote_when_needed() {
    assert_eq!(scalar("Klima og miljø"), "Klima og miljø");
    assert_eq!(scalar("Klima: plan"), "\"Klima: plan\"");
    assert_eq!(scalar("2025"), "\"2025\"");
    assert_eq!(scalar("no"), "\"no\"");
    assert_eq!(scalar("Say \"hi\" #1"), "\"Say \\\"hi\\\" #1\"");
    assert_eq!(scalar("%"), "\"%\"");
}

#[test]
fn ids_and_titles() {
    assert_eq!(title_from_id("bedre-cykelstier"), "Bedre cykelstier");
    // A director's id is a name: every part of it capitalised.
    assert_eq!(name_from_id("lars-bo"), "Lars Bo");
    assert_eq!(name_from_id("anne-marie-oestergaard"), "Anne Marie Oestergaard");
    assert!(check_id(Kind::Initiative, "Bedre cykelstier")
        .unwrap_err()
        .help
        .unwrap()
        .to_string()
        .contains("did you mean `bedre-cykelstier`? retning new initiative bedre-cykelstier"));
    assert!(check_id(Kind::Strategy, "themes").is_err());
    assert!(check_id(Kind::Initiative, "index").is_err());
    assert!(check_id(Kind::Director, "anne-hansen").is_ok());
}

#[test]
fn rebases_relative_md_links() {
    let text = "---\nthemes:\n  - id: a\n    summary: See [x](x.md)\n---\n[a](other.md#part) [b](/c/d.md) [c](https://e.dk/a.md) [d](<sp ace.md>) [e](img.png)\n\n[ref]: directors/anne.md \"t\"\n";
    let (out, n) = rebase_md_links(text);
    assert_eq!(n, 4, "{out}");
    assert!(out.contains("[x](../x.md)"));
    assert!(out.contains("[a](../other.md#part)"));
    assert!(out.contains("[b](/c/d.md)"));
    assert!(out.contains("[c](https://e.dk/a.md)"));
    assert!(out.contains("[d](<../sp ace.md>)"));
    assert!(out.contains("[e](img.png)"));
    assert!(out.contains("[ref]: ../directors/anne.md \"t\""));
}

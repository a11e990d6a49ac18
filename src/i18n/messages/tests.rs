//! Every language says everything: the same message ids, each with the same
//! arguments, each plural with the forms CLDR gives the language; no id unused.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::*;

/// What one message uses: its variables, and for each select on a variable the
/// variant keys that are plural categories.
#[derive(Debug, Default)]
struct Shape {
    variables: BTreeSet<String>,
    /// (selector variable, the CLDR category keys among its variants).
    plurals: Vec<(String, BTreeSet<String>)>,
}

const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn walk_pattern(pattern: &ast::Pattern<&str>, shape: &mut Shape) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, shape);
        }
    }
}

fn walk_expression(expression: &ast::Expression<&str>, shape: &mut Shape) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, shape);
            let keys: BTreeSet<String> = variants
                .iter()
                .filter_map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } if CATEGORIES.contains(name) => {
                        Some(name.to_string())
                    }
                    _ => None,
                })
                .collect();
            if let ast::InlineExpression::VariableReference { id } = selector {
                // A choice by plural form names some category besides the default.
                if keys.iter().any(|k| k != "other") {
                    shape.plurals.push((id.name.to_string(), keys));
                }
            }
            for variant in variants {
                walk_pattern(&variant.value, shape);
            }
        }
        ast::Expression::Inline(inline) => walk_inline(inline, shape),
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, shape: &mut Shape) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, shape),
        _ => {}
    }
}

/// Every language's messages by id, parsed strictly (a syntax error fails the test).
fn shapes() -> BTreeMap<&'static str, BTreeMap<String, Shape>> {
    let mut languages = BTreeMap::new();
    for (tag, files) in MESSAGE_FILES {
        let mut messages = BTreeMap::new();
        for text in *files {
            let resource = fluent_syntax::parser::parse(*text).unwrap_or_else(|(_, errors)| {
                panic!("{tag}: the .ftl file does not parse: {errors:?}")
            });
            for entry in &resource.body {
                match entry {
                    ast::Entry::Message(message) => {
                        let mut shape = Shape::default();
                        if let Some(value) = &message.value {
                            walk_pattern(value, &mut shape);
                        }
                        let id = message.id.name.to_string();
                        assert!(
                            messages.insert(id.clone(), shape).is_none(),
                            "{tag}: `{id}` twice"
                        );
                    }
                    ast::Entry::Junk { content } => panic!("{tag}: cannot read {content:?}"),
                    _ => {}
                }
            }
        }
        languages.insert(*tag, messages);
    }
    languages
}

/// The plural categories CLDR gives a language's whole numbers and decimals.
fn cldr_categories(tag: &str) -> BTreeSet<String> {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let locale: unic_langid::LanguageIdentifier = tag.parse().expect("a language tag");
    let rules =
        PluralRules::create(locale, PluralRuleType::CARDINAL).expect("CLDR has the language");
    let mut found = BTreeSet::new();
    for n in 0..=200u32 {
        for number in [f64::from(n), f64::from(n) + 0.5] {
            let category = match rules.select(number) {
                Ok(PluralCategory::ZERO) => "zero",
                Ok(PluralCategory::ONE) => "one",
                Ok(PluralCategory::TWO) => "two",
                Ok(PluralCategory::FEW) => "few",
                Ok(PluralCategory::MANY) => "many",
                _ => "other",
            };
            found.insert(category.to_string());
        }
    }
    found
}

#[test]
fn the_five_languages_are_built_in() {
    let tags: Vec<&str> = MESSAGE_FILES.iter().map(|(t, _)| *t).collect();
    for tag in ["da", "en", "nb", "nn", "sv"] {
        assert!(tags.contains(&tag), "{tags:?}");
    }
}

#[test]
fn every_language_has_every_message_with_the_same_arguments_and_its_plural_forms() {
    let languages = shapes();
    let english = &languages["en"];
    for (tag, messages) in &languages {
        let missing: Vec<&String> =
            english.keys().filter(|id| !messages.contains_key(*id)).collect();
        assert!(missing.is_empty(), "{tag} lacks {missing:?}");
        let extra: Vec<&String> = messages.keys().filter(|id| !english.contains_key(*id)).collect();
        assert!(extra.is_empty(), "{tag} has messages English has not: {extra:?}");
        let categories = cldr_categories(tag);
        for (id, shape) in messages {
            assert_eq!(
                shape.variables, english[id].variables,
                "{tag}: `{id}` uses other arguments than in English"
            );
            for (variable, keys) in &shape.plurals {
                assert_eq!(
                    keys, &categories,
                    "{tag}: `{id}` chooses on ${variable} by plural forms {keys:?}, but CLDR gives {tag} {categories:?}"
                );
            }
        }
    }
}

#[test]
fn every_message_is_used_by_the_code() {
    // Every id is written in the code as a string literal (`msg!("id", …)`), except the
    // command line's, which are made from the command and option names (a test in the
    // binary checks those against clap).
    let mut code = String::new();
    for entry in walkdir::WalkDir::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")) {
        let entry = entry.expect("src/ is readable");
        if entry.path().extension().is_some_and(|e| e == "rs") {
            code.push_str(&std::fs::read_to_string(entry.path()).expect("source is text"));
        }
    }
    let languages = shapes();
    let unused: Vec<&String> = languages["en"]
        .keys()
        .filter(|id| !id.starts_with("cli-") && !code.contains(&format!("\"{id}\"")))
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

#[test]
fn every_message_the_code_names_exists() {
    let languages = shapes();
    let english = &languages["en"];
    let mut named = BTreeSet::new();
    for entry in walkdir::WalkDir::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")) {
        let entry = entry.expect("src/ is readable");
        if entry.path().extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(entry.path()).expect("source is text");
            // Code, not its documentation (which shows the macro by example).
            let code: String = text
                .lines()
                .filter(|l| !l.trim_start().starts_with("//") && !l.contains("macro_rules"))
                .collect::<Vec<_>>()
                .join("\n");
            for piece in code.split("msg!(\"").skip(1) {
                named.insert(piece.split('"').next().unwrap_or_default().to_string());
            }
        }
    }
    let unknown: Vec<&String> = named.iter().filter(|id| !english.contains_key(*id)).collect();
    assert!(unknown.is_empty(), "msg! names messages that do not exist: {unknown:?}");
}

#[test]
fn plurals_follow_the_language() {
    let da = Messages::for_tag("da");
    let summary = |errors: usize, warnings: usize| {
        da.text(&crate::msg!("summary-problems", errors = errors, warnings = warnings))
    };
    assert_eq!(summary(1, 1), "1 fejl, 1 advarsel");
    assert_eq!(summary(2, 2), "2 fejl, 2 advarsler");
    assert_eq!(summary(0, 0), "0 fejl, 0 advarsler");
    let en = Messages::english();
    assert_eq!(
        en.text(&crate::msg!("summary-problems", errors = 1, warnings = 3)),
        "1 error, 3 warnings"
    );
    let sv = Messages::for_tag("sv");
    assert_eq!(
        sv.text(&crate::msg!("summary-problems", errors = 2, warnings = 1)),
        "2 fel, 1 varning"
    );
}

#[test]
fn a_message_survives_a_serde_error() {
    let message = crate::msg!(
        "value-no-such-day",
        value = "2013-02-30",
        month = 2u32,
        year = 2013,
        days = 28u32
    );
    let carried = format!("{} at line 3 column 7", message.encode());
    let (back, rest) = Message::decode(&carried).expect("decodes");
    assert_eq!(back.to_string(), message.to_string());
    assert_eq!(rest, " at line 3 column 7");
    assert_eq!(
        Messages::for_tag("da").text(&back),
        "`2013-02-30` er ikke en dag i kalenderen: februar 2013 har 28 dage"
    );
    assert!(Message::decode("plain text").is_none());
}

#[test]
fn languages_are_chosen_from_tags_as_systems_write_them() {
    assert_eq!(known_tag("da_DK.UTF-8"), Some("da"));
    assert_eq!(known_tag("nb-NO"), Some("nb"));
    assert_eq!(known_tag("no"), Some("nb"));
    assert_eq!(known_tag("nn_NO"), Some("nn"));
    assert_eq!(known_tag("sv_SE@euro"), Some("sv"));
    assert_eq!(known_tag("C"), None);
    assert_eq!(known_tag("de_DE"), None);
    assert_eq!(Messages::for_tag("de").tag(), "en");
}

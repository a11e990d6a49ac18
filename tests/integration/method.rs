//! The method page: how progress and status are worked out, with the engine's own
//! numbers and an initiative of the site worked through.

use crate::support::*;

fn kommune() -> Site {
    let site = Site::from_fixture("kommune");
    site.build_ok();
    site
}

#[test]
fn the_method_page_quotes_the_engines_at_risk_limit() {
    let site = kommune();
    let page = site.page("/method/");
    assert!(page.contains("<h1>Sådan beregnes fremdrift og status</h1>"), "{page}");
    let points = retning::model::progress::AT_RISK_POINTS;
    assert_eq!(points, rust_decimal::Decimal::from(25));
    assert!(
        page.contains(&format!("er mere end {points} procentpoint større end fremdriften")),
        "{page}"
    );
    // The rules in the order progress::status tries them, each with the status it gives.
    let order: Vec<usize> = [
        "Har den ansvarlige selv angivet en status",
        "status--done",
        "status--off-track",
        "status--not-started",
        "status--at-risk",
        "status--on-track",
    ]
    .iter()
    .map(|needle| page.find(needle).unwrap_or_else(|| panic!("{needle} not on the page")))
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "rules out of order: {order:?}");
    assert!(page.contains("Status er opgjort pr. 30. juni 2013."));
    // Without reporting, it says nothing is ever overdue.
    assert!(page.contains("Dette site har ingen fast frekvens for opfølgning"));
}

#[test]
fn the_worked_example_agrees_with_the_open_data() {
    let site = kommune();
    let page = site.page("/method/");
    let example = &page[page.find("<h2 id=\"example\">").expect("an example")..];
    let url = text_between(example, "<a href=\"", "\"");
    let id = url.trim_end_matches('/').rsplit('/').next().unwrap();
    let json = site.site_json();
    let initiative =
        json["initiatives"].as_array().unwrap().iter().find(|i| i["id"] == id).unwrap();
    // Its progress, as site.json has it (two decimals), shown rounded on the page.
    let progress: rust_decimal::Decimal = initiative["progress"].as_str().unwrap().parse().unwrap();
    let whole =
        progress.round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    assert!(
        example.contains(&format!(
            "Initiativets fremdrift er gennemsnittet af de målte måls fremdrift: {whole}\u{a0}%."
        )),
        "{example}"
    );
    // Its status, as site.json has it.
    let status = initiative["status"].as_str().unwrap();
    assert!(example.contains(&format!("status--{status}")), "{example}");
    // Each of its goals with its figures, as its own page shows them.
    let own = site.page(&format!("/{}", url.trim_start_matches("../")));
    for goal in initiative["goals"].as_array().unwrap() {
        let text = goal["text"].as_str().unwrap();
        assert!(example.contains(&format!("<th scope=\"row\">{text}</th>")), "{example}");
        assert!(own.contains(text));
    }
    // The at-risk rule's figures: 1 Jan 2013 to 31 Dec 2014, judged on 30 June 2013.
    assert!(example.contains("Fra start 1. januar 2013 til frist 31. december 2014 var 25\u{a0}% af tiden gået pr. 30. juni 2013."), "{example}");
}

fn text_between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text.find(start).expect("start") + start.len();
    &text[from..from + text[from..].find(end).expect("end")]
}

#[test]
fn every_language_has_its_method_page_and_every_legend_links_to_it() {
    let site = Site::from_fixture("kommune");
    for (lang, title) in [
        ("da", "Sådan beregnes fremdrift og status"),
        ("nb", "Slik beregnes framdrift og status"),
        ("nn", "Slik blir framdrift og status rekna ut"),
        ("sv", "Så beräknas framsteg och status"),
        ("en", "How progress and status are worked out"),
    ] {
        site.edit("site.yaml", "language: ", &format!("language: {lang}\n#"));
        site.build_ok();
        let page = site.page("/method/");
        assert!(page.contains(&format!("<h1>{title}</h1>")), "{lang}");
        if lang != "en" {
            // No English fallback anywhere in its text.
            for english in ["progress is", "The rules are tried", "worked out"] {
                assert!(!page.contains(english), "{lang}: `{english}` in\n{page}");
            }
        }
        for url in ["/status/", "/direktionsstrategi-2013/"] {
            assert!(
                site.page(url).contains(&format!("<a href=\"/method/\">{title}</a>")),
                "{lang} {url}"
            );
        }
        site.edit("site.yaml", &format!("language: {lang}\n#"), "language: ");
    }
}

#[test]
fn with_reporting_the_method_page_states_the_cadence() {
    let site = Site::from_fixture("kommune");
    site.edit(
        "site.yaml",
        "language: da\n",
        "language: da\nreporting: { every: half-year, grace_days: 30 }\n",
    );
    site.build_ok();
    let page = site.page("/method/");
    assert!(page.contains("<p>Initiativerne skal opdateres hvert halve år. Der gives 30 dage ekstra efter hver periode.</p>"), "{page}");
}

#[test]
fn method_is_a_reserved_strategy_id() {
    let site = Site::from_fixture("kommune");
    site.edit("content/klimaplan-2014-2017.md", "id: klimaplan", "id: method");
    site.edit(
        "content/direktionsstrategi-2013/uddannelse-til-alle.md",
        "related: [klimaplan/affald]",
        "related: [method/affald]",
    );
    let err = site.build_err();
    assert!(err.contains("`method` is reserved for the site's own pages"), "{err}");
}

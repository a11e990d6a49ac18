//! Numbers, dates and interface text in the site's language: Danish in detail, and
//! the `kommune` fixture built in nb, nn, sv and en. (U+00A0 NO-BREAK SPACE joins a
//! number to its unit and to `%` where CLDR has it.)

use crate::support::*;

const NBSP: char = '\u{a0}';

/// The `kommune` fixture built in another language.
fn kommune_in(language: &str) -> Site {
    let site = Site::from_fixture("kommune");
    site.edit("site.yaml", "language: da", &format!("language: {language}"));
    site.build_ok();
    site
}

#[test]
fn danish_amounts_keep_their_written_precision_with_a_decimal_comma() {
    let site = Site::from_fixture("fremdrift");
    site.build_ok();
    let html = site.page("/maal/uden-udgangspunkt/");
    assert!(html.contains(&format!("<dd>12,5{NBSP}mio. kr.</dd>")), "{html}");
    assert!(html.contains(&format!("<dd>20{NBSP}mio. kr.</dd>")), "{html}");
    let html = site.page("/maal/stigning/");
    assert!(html.contains(&format!("<dd>81,5{NBSP}%</dd>")), "{html}");
    assert!(html.contains(&format!("<dd>78{NBSP}%</dd>")), "{html}");
    let html = site.page("/maal/under-udgangspunkt/");
    assert!(html.contains("<dd>-3</dd>"), "{html}");
}

#[test]
fn danish_dates_are_long_dates() {
    let site = kommune_in("da");
    let html = site.page("/direktionsstrategi-2013/");
    assert!(html.contains(
        "<div><dt>Vedtaget</dt><dd><time datetime=\"2012-11-27\">27. november 2012</time> (Byrådet)</dd></div>"
    ));
    let html = site.page("/direktionsstrategi-2013/uddannelse-til-alle/");
    assert!(html.contains("<time datetime=\"2014-12-31\">31. december 2014</time>"));
    assert!(html.contains("<time datetime=\"2013-05-02\">2. maj 2013</time>"));
    assert!(html.contains("<time datetime=\"2012-10-01\">1. oktober 2012</time>"));
    assert!(html.contains("<p>Udgivet af Testkommune. Status: <time datetime=\"2013-06-30\">30. juni 2013</time>.</p>"));
}

#[test]
fn danish_percentages_are_whole_numbers_rounded_half_away_from_zero() {
    let site = Site::from_fixture("fremdrift");
    site.build_ok();
    let text = |url: &str| {
        let html = site.page(url);
        between(main_of(&html), "<span class=\"progress__text\">", "</span>").to_string()
    };
    assert_eq!(text("/maal/uden-udgangspunkt/"), format!("63{NBSP}%")); // 62.5
    assert_eq!(text("/maal/en-af-tre-handlinger/"), format!("33{NBSP}%")); // 33.33
    assert_eq!(text("/maal/to-af-tre-handlinger/"), format!("67{NBSP}%")); // 66.67
    assert_eq!(text("/maal/afrunding/"), format!("17{NBSP}%")); // 16.83
                                                                // The exact value stays in the value attribute.
    assert!(site.page("/maal/uden-udgangspunkt/").contains("value=\"62.50\""));
}

#[test]
fn danish_budget_amounts_are_grouped_and_exact() {
    let site = Site::from_fixture("budget");
    site.build_ok();
    let html = without_data_labels(&site.page("/anlaeg/"));
    let budget = between(&html, "<table class=\"budget stack\">", "</table>");
    for cell in [
        format!("<td class=\"num\">12.345.678.901.234.567,891{NBSP}kr.</td>"),
        format!("<td class=\"num\">0,3{NBSP}mio. kr.</td>"),
        format!("<td class=\"num\">5,35{NBSP}mio. kr.</td>"),
        format!("<td class=\"num\">47,7{NBSP}mio. kr.</td>"),
        format!("<td class=\"num\">53,35{NBSP}mio. kr.</td>"),
    ] {
        assert!(budget.contains(&cell), "{cell} not in {budget}");
    }
}

#[test]
fn danish_interface_text() {
    let site = kommune_in("da");
    let html = site.page("/klimaplan/cykelstier/");
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"da\">"));
    assert_eq!(breadcrumbs(&html)[0], ("/".to_string(), "Forside".to_string()));
    assert!(html.contains(
        "<li><a href=\"https://was.digst.dk/strategi-test-dk\">Tilgængelighedserklæring</a></li>"
    ));
    assert!(html.contains("I risiko</span>"), "status label");
}

#[test]
fn accessibility_statement_is_linked_from_every_page_footer() {
    let site = kommune_in("da");
    for page in file_list(&site.public()).into_iter().filter(|p| p.ends_with("index.html")) {
        let footer = between(&site.read(&page), "<footer", "</footer>").to_string();
        assert!(
            footer.contains(
                "<a href=\"https://was.digst.dk/strategi-test-dk\">Tilgængelighedserklæring</a>"
            ),
            "{page}: {footer}"
        );
    }
}

#[test]
fn norwegian_bokmal_site() {
    let site = kommune_in("nb");
    let html = site.page("/direktionsstrategi-2013/");
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"nb\">"));
    assert!(html.contains(
        "<dt>Vedtatt</dt><dd><time datetime=\"2012-11-27\">27. november 2012</time> (Byrådet)"
    ));
    assert!(
        without_data_labels(&html).contains(&format!("<td class=\"num\">15,0{NBSP}mio. kr.</td>"))
    );
    let html = site.page("/direktionsstrategi-2013/uddannelse-til-alle/");
    assert!(html.contains(&format!("<dd>81,5{NBSP}%</dd>")));
    assert!(html.contains(
        "<a href=\"https://was.digst.dk/strategi-test-dk\">Tilgjengelighetserklæring</a>"
    ));
    assert!(html.contains(
        "<p>Utgitt av Testkommune. Status: <time datetime=\"2013-06-30\">30. juni 2013</time>.</p>"
    ));
    assert!(site
        .read("badges/klimaplan/cykelstier.svg")
        .contains(&format!(">20{NBSP}% · I faresonen</text>")));
    assert_eq!(site.site_json()["language"], "nb");
    // The CSV is for programs: the same in every language.
    assert!(site.read("data/goals.csv").contains(",81.5,50.00,"));
}

#[test]
fn norwegian_nynorsk_site() {
    let site = kommune_in("nn");
    let html = site.page("/direktionsstrategi-2013/");
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"nn\">"));
    assert!(html
        .contains("<dt>Vedteken</dt><dd><time datetime=\"2012-11-27\">27. november 2012</time>"));
    assert_eq!(breadcrumbs(&html)[0], ("/".to_string(), "Framside".to_string()));
    assert!(
        html.contains("<a href=\"https://was.digst.dk/strategi-test-dk\">Tilgjengeerklæring</a>")
    );
}

#[test]
fn swedish_site() {
    let site = kommune_in("sv");
    let html = site.page("/direktionsstrategi-2013/");
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"sv\">"));
    assert!(html.contains(
        "<dt>Antagen</dt><dd><time datetime=\"2012-11-27\">27 november 2012</time> (Byrådet)"
    ));
    assert!(
        without_data_labels(&html).contains(&format!("<td class=\"num\">15,0{NBSP}mio. kr.</td>"))
    );
    assert_eq!(breadcrumbs(&html)[0], ("/".to_string(), "Startsida".to_string()));
    assert!(html.contains(
        "<a href=\"https://was.digst.dk/strategi-test-dk\">Tillgänglighetsredogörelse</a>"
    ));
    assert!(html.contains(
        "<p>Utgiven av Testkommune. Status: <time datetime=\"2013-06-30\">30 juni 2013</time>.</p>"
    ));
}

#[test]
fn english_site() {
    let site = kommune_in("en");
    let html = site.page("/direktionsstrategi-2013/");
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(html.contains(
        "<dt>Adopted</dt><dd><time datetime=\"2012-11-27\">27 November 2012</time> (Byrådet)"
    ));
    assert!(
        without_data_labels(&html).contains(&format!("<td class=\"num\">15.0{NBSP}mio. kr.</td>"))
    );
    assert_eq!(breadcrumbs(&html)[0], ("/".to_string(), "Home".to_string()));
    let html = site.page("/direktionsstrategi-2013/uddannelse-til-alle/");
    assert!(html.contains("<dd>81.5%</dd>"));
    assert!(html.contains("<span class=\"progress__text\">50%</span>"));
    assert!(html
        .contains("<a href=\"https://was.digst.dk/strategi-test-dk\">Accessibility statement</a>"));
    assert!(site.read("badges/klimaplan/cykelstier.svg").contains(">20% · At risk</text>"));
}

#[test]
fn english_groups_large_amounts_with_commas() {
    let site = Site::from_fixture("budget");
    site.edit("site.yaml", "language: da", "language: en");
    site.build_ok();
    let html = without_data_labels(&site.page("/anlaeg/"));
    assert!(
        html.contains(&format!("<td class=\"num\">12,345,678,901,234,567.891{NBSP}kr.</td>")),
        "{html}"
    );
    assert!(html.contains(&format!("<td class=\"num\">5.35{NBSP}mio. kr.</td>")), "{html}");
}

#[test]
fn site_json_numbers_do_not_depend_on_the_language() {
    let da = kommune_in("da").site_json();
    let en = kommune_in("en").site_json();
    for key in ["strategies", "themes", "directors", "initiatives", "progress"] {
        assert_eq!(da[key], en[key], "{key}");
    }
}

#[test]
fn strategy_page_shows_its_own_budget_lines_with_label_and_local_amount() {
    let site = kommune_in("da");
    let html = site.page("/direktionsstrategi-2013/");
    // content/direktionsstrategi-2013/index.md: year 2013, "Pulje til udvikling", 12.5 mio. kr.
    assert!(html.contains("Pulje til udvikling"), "label missing");
    assert!(html.contains(&format!("12,5{NBSP}mio. kr.")), "amount missing");
}

#[test]
fn pages_say_what_a_status_means_in_the_site_language() {
    let site = Site::from_fixture("status");
    site.build_ok();
    // The status page and each strategy page hold the legend, every status explained.
    for page in ["/status/", "/status-2013/"] {
        let html = site.page(page);
        let legend = between(&html, "<details class=\"status-legend\">", "</details>");
        assert!(legend.contains("<summary>Hvad betyder status?</summary>"), "{page}");
        for (label, meaning) in [
            ("Følger planen", "Fremdriften er højst 25 procentpoint efter"),
            ("I risiko", "Fremdriften er mere end 25 procentpoint efter"),
            ("Forsinket", "Fristen er overskredet"),
            ("Ikke påbegyndt", "Initiativet er ikke gået i gang endnu"),
            ("Gennemført", "Initiativet er gennemført (100 %)"),
            ("Annulleret", "Initiativet er stoppet og tæller ikke med"),
        ] {
            assert!(legend.contains(&format!("<dt>{label}</dt><dd>{meaning}")), "{page}: {label}");
        }
    }
    // An initiative's page says what its own status means, under the status.
    let late = site.page("/status-2013/frist-overskredet/");
    // Its progress's source is said first (here a progress given by hand).
    assert!(late.contains(
        "<p class=\"status-meaning\">Fremdriften er angivet af den ansvarlige. Fristen er overskredet, og initiativet er ikke gennemført.</p>"
    ), "{late}");
    let cancelled = site.page("/status-2013/annulleret/");
    assert!(cancelled.contains("<p class=\"status-meaning\">Fremdriften er angivet af den ansvarlige. Initiativet er stoppet"));
    // In English too.
    site.edit("site.yaml", "language: da", "language: en");
    site.build_ok();
    assert!(site.page("/status/").contains("<summary>What does the status mean?</summary>"));
}

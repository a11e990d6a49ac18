//! Languages, their interface text and their numbers and dates.

use super::*;
use rust_decimal::Decimal;

fn dec(s: &str) -> Decimal {
    s.parse().expect("test decimals are valid")
}

fn fmt(lang: Language) -> Formatter {
    Formatter::new(lang)
}

fn date(year: i32, month: time::Month, day: u8) -> time::Date {
    time::Date::from_calendar_date(year, month, day).expect("test dates are valid")
}

#[test]
fn codes_round_trip() {
    for lang in Language::ALL {
        assert_eq!(Language::parse(lang.code()), Some(lang));
        assert_eq!(lang.code().parse::<Language>(), Ok(lang));
        assert_eq!(lang.to_string(), lang.code());
    }
    let codes: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
    assert_eq!(codes, ["da", "nb", "nn", "sv", "en"]);
}

#[test]
fn parse_is_exact() {
    for bad in ["", "DA", "Da", "no", "da-DK", " da", "nb_NO", "english"] {
        assert_eq!(Language::parse(bad), None, "{bad:?}");
    }
    let err = "no".parse::<Language>().unwrap_err();
    assert_eq!(err.input(), "no");
    assert_eq!(err.to_string(), "unknown language \"no\": expected one of da, nb, nn, sv, en");
}

#[test]
fn language_serialises_as_code() {
    assert_eq!(serde_json::to_string(&Language::Nn).unwrap(), "\"nn\"");
    assert_eq!(serde_json::to_string(&Language::ALL).unwrap(), r#"["da","nb","nn","sv","en"]"#);
}

#[test]
fn formatter_keeps_its_language() {
    for lang in Language::ALL {
        let f = fmt(lang);
        assert_eq!(f.language(), lang);
        assert!(std::ptr::eq(f.ui(), lang.ui()));
    }
}

#[test]
fn formatter_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>(_: &T) {}
    assert_send_sync(&fmt(Language::Da));
}

#[test]
fn number_1234_5_in_every_language() {
    let expected = [
        (Language::Da, "1.234,5"),
        (Language::Nb, "1\u{a0}234,5"),
        (Language::Nn, "1\u{a0}234,5"),
        (Language::Sv, "1\u{a0}234,5"),
        (Language::En, "1,234.5"),
    ];
    for (lang, want) in expected {
        assert_eq!(fmt(lang).number(dec("1234.5")), want, "{lang}");
    }
}

#[test]
fn number_keeps_source_scale() {
    let da = fmt(Language::Da);
    assert_eq!(da.number(dec("12.50")), "12,50");
    assert_eq!(da.number(dec("12.5")), "12,5");
    assert_eq!(da.number(dec("12")), "12");
    assert_eq!(da.number(dec("12.000")), "12,000");
    assert_eq!(da.number(dec("0.1")), "0,1");
    assert_eq!(da.number(dec("0.10")), "0,10");
    assert_eq!(da.number(dec("0")), "0");
    assert_eq!(fmt(Language::En).number(dec("0.1")), "0.1");
    assert_eq!(fmt(Language::Sv).number(dec("0.1")), "0,1");
    assert_eq!(fmt(Language::En).number(dec("12.50")), "12.50");
}

#[test]
fn number_groups_large_values() {
    let v = dec("1234567.891");
    assert_eq!(fmt(Language::Da).number(v), "1.234.567,891");
    assert_eq!(fmt(Language::Nb).number(v), "1\u{a0}234\u{a0}567,891");
    assert_eq!(fmt(Language::Nn).number(v), "1\u{a0}234\u{a0}567,891");
    assert_eq!(fmt(Language::Sv).number(v), "1\u{a0}234\u{a0}567,891");
    assert_eq!(fmt(Language::En).number(v), "1,234,567.891");
    assert_eq!(fmt(Language::Da).number(dec("999")), "999");
    assert_eq!(fmt(Language::Da).number(dec("1000")), "1.000");
}

#[test]
fn number_is_exact_beyond_float_precision() {
    let v = dec("12345678901234567.891");
    assert_eq!(fmt(Language::Da).number(v), "12.345.678.901.234.567,891");
    assert_eq!(fmt(Language::Sv).number(v), "12\u{a0}345\u{a0}678\u{a0}901\u{a0}234\u{a0}567,891");
    assert_eq!(fmt(Language::En).number(v), "12,345,678,901,234,567.891");
    // The largest rust_decimal: 29 digits, far past what an f64 holds.
    assert_eq!(fmt(Language::En).number(Decimal::MAX), "79,228,162,514,264,337,593,543,950,335");
    // The smallest step: 28 decimals.
    assert_eq!(
        fmt(Language::Da).number(dec("0.0000000000000000000000000001")),
        "0,0000000000000000000000000001"
    );
}

#[test]
fn negatives_use_the_cldr_minus_sign() {
    // da and en: U+002D HYPHEN-MINUS; nb, nn and sv: U+2212 MINUS SIGN.
    assert_eq!(fmt(Language::Da).number(dec("-3")), "-3");
    assert_eq!(fmt(Language::Nb).number(dec("-3")), "\u{2212}3");
    assert_eq!(fmt(Language::Nn).number(dec("-3")), "\u{2212}3");
    assert_eq!(fmt(Language::Sv).number(dec("-3")), "\u{2212}3");
    assert_eq!(fmt(Language::En).number(dec("-3")), "-3");
    assert_eq!(fmt(Language::Da).number(dec("-1234.50")), "-1.234,50");
    assert_eq!(fmt(Language::Sv).number(dec("-1234.50")), "\u{2212}1\u{a0}234,50");
    assert_eq!(fmt(Language::En).number(dec("-1234.50")), "-1,234.50");
    assert_eq!(fmt(Language::Nb).number(dec("-0.1")), "\u{2212}0,1");
}

#[test]
fn negative_zero_has_no_sign() {
    let zero = -dec("0.0");
    assert!(zero.is_sign_negative());
    assert_eq!(fmt(Language::Da).number(zero), "0,0");
    assert_eq!(fmt(Language::Sv).number(-Decimal::ZERO), "0");
    assert_eq!(fmt(Language::Da).percent(dec("-0.4")), "0\u{a0}%");
    assert_eq!(fmt(Language::En).percent(dec("-0.49")), "0%");
}

#[test]
fn percent_rounds_half_away_from_zero() {
    let da = fmt(Language::Da);
    assert_eq!(da.percent(dec("62.5")), "63\u{a0}%");
    assert_eq!(da.percent(dec("62.49")), "62\u{a0}%");
    assert_eq!(da.percent(dec("0.5")), "1\u{a0}%");
    assert_eq!(da.percent(dec("100")), "100\u{a0}%");
    assert_eq!(da.percent(dec("100.00")), "100\u{a0}%");
    assert_eq!(da.percent(dec("0")), "0\u{a0}%");
    assert_eq!(da.percent(dec("33.3333333333333333333333")), "33\u{a0}%");
    assert_eq!(da.percent(dec("66.6666666666666666666667")), "67\u{a0}%");
    assert_eq!(da.percent(dec("-0.5")), "-1\u{a0}%");
    assert_eq!(da.percent(dec("-62.5")), "-63\u{a0}%");
    assert_eq!(fmt(Language::Nb).percent(dec("-0.5")), "\u{2212}1\u{a0}%");
    assert_eq!(fmt(Language::En).percent(dec("-0.5")), "-1%");
}

#[test]
fn percent_sign_per_language() {
    let v = dec("62.5");
    assert_eq!(fmt(Language::Da).percent(v), "63\u{a0}%");
    assert_eq!(fmt(Language::Nb).percent(v), "63\u{a0}%");
    assert_eq!(fmt(Language::Nn).percent(v), "63\u{a0}%");
    assert_eq!(fmt(Language::Sv).percent(v), "63\u{a0}%");
    assert_eq!(fmt(Language::En).percent(v), "63%");
    assert_eq!(fmt(Language::Da).percent(dec("1234.5")), "1.235\u{a0}%");
    assert_eq!(fmt(Language::En).percent(dec("1234.5")), "1,235%");
}

#[test]
fn amount_with_unit() {
    let da = fmt(Language::Da);
    assert_eq!(da.amount(dec("12.5"), "mio. kr."), "12,5\u{a0}mio. kr.");
    assert_eq!(da.amount(dec("12.50"), "mio. kr."), "12,50\u{a0}mio. kr.");
    assert_eq!(da.amount(dec("1234.5"), "borgere"), "1.234,5\u{a0}borgere");
    assert_eq!(da.amount(dec("-3"), "mio. kr."), "-3\u{a0}mio. kr.");
    assert_eq!(fmt(Language::Nb).amount(dec("12.5"), "mill. kr."), "12,5\u{a0}mill. kr.");
    assert_eq!(fmt(Language::Sv).amount(dec("-2.5"), "mnkr"), "\u{2212}2,5\u{a0}mnkr");
    assert_eq!(fmt(Language::En).amount(dec("12.5"), "million DKK"), "12.5\u{a0}million DKK");
}

#[test]
fn amount_in_percent_is_not_rounded() {
    assert_eq!(fmt(Language::Da).amount(dec("85"), "%"), "85\u{a0}%");
    assert_eq!(fmt(Language::Da).amount(dec("81.5"), "%"), "81,5\u{a0}%");
    assert_eq!(fmt(Language::Nn).amount(dec("81.5"), "%"), "81,5\u{a0}%");
    assert_eq!(fmt(Language::Sv).amount(dec("81.5"), " % "), "81,5\u{a0}%");
    assert_eq!(fmt(Language::En).amount(dec("85"), "%"), "85%");
    assert_eq!(fmt(Language::En).amount(dec("81.5"), "%"), "81.5%");
}

#[test]
fn amount_without_unit_is_the_number() {
    assert_eq!(fmt(Language::Da).amount(dec("12.5"), ""), "12,5");
    assert_eq!(fmt(Language::Da).amount(dec("12.5"), "  "), "12,5");
    assert_eq!(fmt(Language::En).amount(dec("1234.5"), ""), "1,234.5");
}

#[test]
fn long_dates_in_every_language() {
    let nov = date(2012, time::Month::November, 27);
    let dec1 = date(2013, time::Month::December, 1);
    let expected = [
        (Language::Da, "27. november 2012", "1. december 2013"),
        (Language::Nb, "27. november 2012", "1. desember 2013"),
        (Language::Nn, "27. november 2012", "1. desember 2013"),
        (Language::Sv, "27 november 2012", "1 december 2013"),
        (Language::En, "27 November 2012", "1 December 2013"),
    ];
    for (lang, want_nov, want_dec) in expected {
        let f = fmt(lang);
        assert_eq!(f.date(nov), want_nov, "{lang}");
        assert_eq!(f.date(dec1), want_dec, "{lang}");
    }
}

#[test]
fn long_dates_other_months() {
    assert_eq!(fmt(Language::Da).date(date(2013, time::Month::June, 30)), "30. juni 2013");
    assert_eq!(fmt(Language::Da).date(date(2013, time::Month::May, 2)), "2. maj 2013");
    assert_eq!(fmt(Language::Nb).date(date(2013, time::Month::May, 2)), "2. mai 2013");
    assert_eq!(fmt(Language::Sv).date(date(2014, time::Month::February, 28)), "28 februari 2014");
    assert_eq!(fmt(Language::En).date(date(2014, time::Month::March, 5)), "5 March 2014");
    assert_eq!(fmt(Language::Da).date(date(2024, time::Month::February, 29)), "29. februar 2024");
}

#[test]
fn long_dates_at_the_edges_of_time() {
    let da = fmt(Language::Da);
    assert_eq!(da.date(date(1000, time::Month::January, 1)), "1. januar 1000");
    assert_eq!(da.date(date(999, time::Month::January, 1)), "1. januar 999 e.Kr.");
    assert_eq!(da.date(date(9999, time::Month::December, 31)), "31. december 9999");
    assert_eq!(fmt(Language::En).date(date(0, time::Month::June, 1)), "1 June 1 BC");
    assert_eq!(
        fmt(Language::Sv).date(date(-9999, time::Month::January, 1)),
        "1 januari 10000 f.Kr."
    );
}

#[test]
fn iso_dates() {
    assert_eq!(Formatter::iso_date(date(2012, time::Month::November, 27)), "2012-11-27");
    assert_eq!(Formatter::iso_date(date(2013, time::Month::December, 1)), "2013-12-01");
    assert_eq!(Formatter::iso_date(date(987, time::Month::January, 5)), "0987-01-05");
    assert_eq!(Formatter::iso_date(date(-44, time::Month::March, 15)), "-0044-03-15");
    assert_eq!(Formatter::iso_date(date(0, time::Month::June, 1)), "0000-06-01");
    assert_eq!(Formatter::iso_date(date(9999, time::Month::December, 31)), "9999-12-31");
    // Every day of a year, as `format!` writes it.
    let mut day = date(2024, time::Month::January, 1);
    while day.year() == 2024 {
        let (y, m, d) = (day.year(), u8::from(day.month()), day.day());
        assert_eq!(Formatter::iso_date(day), format!("{y:04}-{m:02}-{d:02}"));
        day = day.next_day().unwrap();
    }
}

#[test]
fn a_remembered_long_date_is_the_one_of_its_language() {
    let day = date(2013, time::Month::June, 30);
    for _ in 0..2 {
        assert_eq!(fmt(Language::Da).date(day), "30. juni 2013");
        assert_eq!(fmt(Language::En).date(day), "30 June 2013");
    }
}

#[test]
fn actions_done_per_language() {
    let cases = [
        (Language::Da, "3 af 5 handlinger gennemført", "1 af 1 handling gennemført"),
        (Language::Nb, "3 av 5 tiltak fullført", "1 av 1 tiltak fullført"),
        (Language::Nn, "3 av 5 tiltak er fullførte", "1 av 1 tiltak er fullført"),
        (Language::Sv, "3 av 5 åtgärder genomförda", "1 av 1 åtgärd genomförd"),
        (Language::En, "3 of 5 actions done", "1 of 1 action done"),
    ];
    for (lang, many, one) in cases {
        let f = fmt(lang);
        assert_eq!(f.actions_done(3, 5), many, "{lang}");
        assert_eq!(f.actions_done(1, 1), one, "{lang}");
    }
    assert_eq!(fmt(Language::Da).actions_done(0, 1), "0 af 1 handling gennemført");
    assert_eq!(fmt(Language::Da).actions_done(0, 0), "0 af 0 handlinger gennemført");
    assert_eq!(fmt(Language::Nn).actions_done(1, 5), "1 av 5 tiltak er fullført");
    assert_eq!(fmt(Language::Sv).actions_done(1, 5), "1 av 5 åtgärder genomförd");
    assert_eq!(fmt(Language::En).actions_done(0, 2), "0 of 2 actions done");
    assert_eq!(fmt(Language::Da).actions_done(1000, 1200), "1.000 af 1.200 handlinger gennemført");
}

#[test]
fn initiative_count_per_language() {
    let cases = [
        (Language::Da, "1 initiativ", "4 initiativer", "0 initiativer"),
        (Language::Nb, "1 initiativ", "4 initiativer", "0 initiativer"),
        (Language::Nn, "1 initiativ", "4 initiativ", "0 initiativ"),
        (Language::Sv, "1 initiativ", "4 initiativ", "0 initiativ"),
        (Language::En, "1 initiative", "4 initiatives", "0 initiatives"),
    ];
    for (lang, one, four, zero) in cases {
        let f = fmt(lang);
        assert_eq!(f.initiative_count(1), one, "{lang}");
        assert_eq!(f.initiative_count(4), four, "{lang}");
        assert_eq!(f.initiative_count(0), zero, "{lang}");
    }
    assert_eq!(fmt(Language::Sv).initiative_count(1234), "1\u{a0}234 initiativ");
}

#[test]
fn count_groups_digits() {
    assert_eq!(fmt(Language::Da).count(1234), "1.234");
    assert_eq!(fmt(Language::Nb).count(1234), "1\u{a0}234");
    assert_eq!(fmt(Language::En).count(7), "7");
}

#[test]
fn ui_text_per_language() {
    assert_eq!(Language::Da.ui().lang_name, "Dansk");
    assert_eq!(Language::Nb.ui().lang_name, "Norsk bokmål");
    assert_eq!(Language::Nn.ui().lang_name, "Norsk nynorsk");
    assert_eq!(Language::Sv.ui().lang_name, "Svenska");
    assert_eq!(Language::En.ui().lang_name, "English");

    let statements: Vec<&str> =
        Language::ALL.iter().map(|l| l.ui().accessibility_statement).collect();
    assert_eq!(
        statements,
        [
            "Tilgængelighedserklæring",
            "Tilgjengelighetserklæring",
            "Tilgjengeerklæring",
            "Tillgänglighetsredogörelse",
            "Accessibility statement"
        ]
    );

    // Bokmål and Nynorsk are two written languages, not one.
    assert_eq!(Language::Nb.ui().responsible, "Ansvarlig");
    assert_eq!(Language::Nn.ui().responsible, "Ansvarleg");
    assert_eq!(Language::Nb.ui().progress, "Fremdrift");
    assert_eq!(Language::Nn.ui().progress, "Framdrift");
    assert_eq!(Language::Nb.ui().goals, "Mål");
    assert_eq!(Language::Nn.ui().actions, "Tiltak");

    let da = Language::Da.ui();
    assert_eq!(da.print_view, "Hele strategien på én side");
    assert_eq!(da.open_data, "Åbne data");
    assert_eq!(da.feed, "Nyheder (Atom)");
    assert_eq!(da.by_theme, "Fremdrift pr. tema");
    assert_eq!(da.errors_in_build, "Byggefejl");
    assert_eq!(da.published_by, "Udgivet af");
    assert_eq!(da.badge_alt_progress, "Fremdrift");
}

#[test]
fn ui_text_has_no_blank_or_padded_field() {
    for lang in Language::ALL {
        let value = serde_json::to_value(lang.ui()).unwrap();
        let fields = value.as_object().unwrap();
        assert!(fields.len() >= 100, "{lang}: {} fields", fields.len());
        for (name, text) in fields {
            let text = text.as_str().unwrap();
            assert!(!text.is_empty(), "{lang}.{name} is empty");
            assert_eq!(text.trim(), text, "{lang}.{name} has outer whitespace");
            assert!(!text.contains("  "), "{lang}.{name} has a double space");
        }
    }
}

#[test]
fn ui_text_differs_from_english_where_it_should() {
    // A guard against a field copied from English and never translated.
    let en = serde_json::to_value(Language::En.ui()).unwrap();
    for lang in [Language::Da, Language::Nb, Language::Nn, Language::Sv] {
        let value = serde_json::to_value(lang.ui()).unwrap();
        for (name, text) in value.as_object().unwrap() {
            let same = *text == en[name];
            // Words that are the same in English and Scandinavian languages.
            let shared = ["budget", "menu", "period", "sitemap", "start", "status"];
            assert!(!same || shared.contains(&name.as_str()), "{lang}.{name} = {text}");
        }
    }
}

#[test]
fn ui_text_serialises_with_field_names() {
    let value = serde_json::to_value(Language::Sv.ui()).unwrap();
    assert_eq!(value["search"], "Sök");
    assert_eq!(value["status_on_track"], "Enligt plan");
}

#[test]
fn status_labels() {
    let da = Language::Da.ui();
    assert_eq!(da.status_label_named("not-started"), Some("Ikke påbegyndt"));
    assert_eq!(da.status_label_named("on-track"), Some("Følger planen"));
    assert_eq!(da.status_label_named("at-risk"), Some("I risiko"));
    assert_eq!(da.status_label_named("off-track"), Some("Forsinket"));
    assert_eq!(da.status_label_named("done"), Some("Gennemført"));
    assert_eq!(da.status_label_named("cancelled"), Some("Annulleret"));
    assert_eq!(da.status_label_named("on_track"), None);
    assert_eq!(da.strategy_status_label("draft"), Some("Udkast"));
    assert_eq!(da.strategy_status_label("adopted"), Some("Vedtaget"));
    assert_eq!(da.strategy_status_label("archived"), Some("Arkiveret"));
    assert_eq!(da.strategy_status_label("done"), None);
    assert_eq!(Language::En.ui().status_label_named("off-track"), Some("Off track"));
}

//! [`Formatter`]: numbers, percentages, amounts and dates as a language writes them
//! (the invariants are in the module above).

use std::fmt::Write as _;
use std::str::FromStr;

use icu_calendar::Gregorian;
use icu_datetime::fieldsets::YMD;
use icu_datetime::input::Date as IcuDate;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_decimal::options::DecimalFormatterOptions;
use icu_decimal::DecimalFormatter;
use rust_decimal::{Decimal, RoundingStrategy};

use super::{Language, UiText};

/// NO-BREAK SPACE: between a number and its unit, and before `%` where it is spaced.
const NBSP: char = '\u{a0}';

/// Locale-aware formatting for one language, built once per site.
///
/// Construction loads CLDR data (cheap with ICU4X's compiled data, but not free);
/// formatting is cheap. `Send + Sync`: share one between rendering threads.
#[derive(Debug, Clone)]
pub struct Formatter {
    lang: Language,
    decimal: DecimalFormatter,
    long_date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
}

// A `Formatter` is shared by the rendering threads. ICU4X's formatters are only
// `Send + Sync` when `icu_provider`'s `sync` feature is on; if this fails to compile,
// add `icu_provider = { version = "2.1", features = ["sync"] }` to Cargo.toml.
const _: fn() = || {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Formatter>();
};

impl Formatter {
    /// Loads the number and date formats of `lang` from ICU4X's compiled CLDR data.
    ///
    /// # Panics
    ///
    /// Only if ICU4X's compiled data lacked the five locales, which the tests rule out.
    #[must_use]
    pub fn new(lang: Language) -> Self {
        let locale = lang.locale();
        let decimal =
            DecimalFormatter::try_new((&locale).into(), DecimalFormatterOptions::default())
                .expect("ICU4X compiled data has decimal symbols for da, nb, nn, sv and en");
        let long_date = FixedCalendarDateTimeFormatter::try_new((&locale).into(), YMD::long())
            .expect("ICU4X compiled data has long date patterns for da, nb, nn, sv and en-GB");
        Formatter { lang, decimal, long_date }
    }

    /// The language this formatter writes.
    #[must_use]
    pub fn language(&self) -> Language {
        self.lang
    }

    /// The interface text of this formatter's language (same as `language().ui()`).
    #[must_use]
    pub fn ui(&self) -> &'static UiText {
        self.lang.ui()
    }

    /// A decimal number, keeping the scale written in the source: `12.50` is "12,50";
    /// `1234.5` is "1.234,5" (da), "1\u{a0}234,5" (nb, nn, sv: the group separator is
    /// U+00A0 NO-BREAK SPACE, as CLDR has it), "1,234.5" (en).
    ///
    /// Negative numbers take the locale's minus sign from CLDR: U+002D HYPHEN-MINUS in
    /// da and en ("-3"), U+2212 MINUS SIGN in nb, nn and sv ("\u{2212}3"). Negative zero
    /// is written without a sign. Every digit is kept: `12345678901234567.891` is exact.
    #[must_use]
    pub fn number(&self, value: Decimal) -> String {
        let mut out = String::new();
        self.write_number(&mut out, value);
        out
    }

    /// A percentage rounded to a whole number, half away from zero (62.5 → 63,
    /// 62.49 → 62, -0.5 → -1): "63\u{a0}%" in da, nb, nn and sv (U+00A0 before `%`),
    /// "63%" in en. `value` is already in percent (`62.5` means 62.5 %).
    #[must_use]
    pub fn percent(&self, value: Decimal) -> String {
        let rounded = value.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
        let mut out = String::new();
        self.write_number(&mut out, rounded);
        out.push_str(self.lang.percent_suffix());
        out
    }

    /// An amount with its unit, keeping the source's precision: `(12.5, "mio. kr.")` is
    /// "12,5\u{a0}mio. kr." (U+00A0 between number and unit).
    ///
    /// The unit `"%"` is written as [`Formatter::percent`] writes it but without rounding:
    /// "85\u{a0}%" and "81,5\u{a0}%" in da, "85%" in en. An empty (or blank) unit gives
    /// just the number. The unit is trimmed and otherwise printed as given.
    #[must_use]
    pub fn amount(&self, value: Decimal, unit: &str) -> String {
        let unit = unit.trim();
        let mut out = String::new();
        self.write_number(&mut out, value);
        if unit == "%" {
            out.push_str(self.lang.percent_suffix());
        } else if !unit.is_empty() {
            out.push(NBSP);
            out.push_str(unit);
        }
        out
    }

    /// A whole count, grouped as the language groups numbers ("1.234" in da).
    #[must_use]
    pub fn count(&self, n: usize) -> String {
        self.number(Decimal::from(n))
    }

    /// A long date: "27. november 2012" (da, nb, nn), "27 november 2012" (sv),
    /// "27 November 2012" (en), from CLDR's long date pattern via ICU4X.
    ///
    /// ICU4X adds the era to years before 1000 ("1. januar 999 e.Kr.", "1 June 1 BC").
    /// A date its Gregorian calendar could not represent would fall back to
    /// [`Formatter::iso_date`]; every `time::Date` (years ±9999) is representable.
    #[must_use]
    pub fn date(&self, date: time::Date) -> String {
        // Remembered per thread: a site shows the same days again and again (deadlines,
        // updates), and ICU's formatting costs some fifty look-ups.
        thread_local! {
            static LONG_DATES: std::cell::RefCell<crate::collections::HashMap<(Language, time::Date), String>> =
                std::cell::RefCell::default();
        }
        LONG_DATES.with(|dates| {
            dates
                .borrow_mut()
                .entry((self.lang, date))
                .or_insert_with(|| {
                    match IcuDate::try_new_gregorian(
                        date.year(),
                        u8::from(date.month()),
                        date.day(),
                    ) {
                        Ok(icu) => self.long_date.format(&icu).to_string(),
                        Err(_) => Self::iso_date(date),
                    }
                })
                .clone()
        })
    }

    /// The ISO 8601 date used in `<time datetime="...">`, the same in every language:
    /// "2012-11-27".
    #[must_use]
    pub fn iso_date(date: time::Date) -> String {
        let (year, month, day) = (date.year(), u8::from(date.month()), date.day());
        if (0..=9999).contains(&year) {
            // Digit by digit: `format!` cost a thousand instructions, on every `<time>`.
            let digit = |n: u32| char::from(b'0' + (n % 10) as u8);
            let year = year.unsigned_abs();
            let mut iso = String::with_capacity(10);
            iso.extend([year / 1000, year / 100, year / 10, year].map(digit));
            iso.push('-');
            iso.extend([u32::from(month) / 10, u32::from(month)].map(digit));
            iso.push('-');
            iso.extend([u32::from(day) / 10, u32::from(day)].map(digit));
            iso
        } else if year >= 0 {
            format!("{year:04}-{month:02}-{day:02}")
        } else {
            // ISO 8601's expanded form: a sign and at least four digits.
            format!("-{:04}-{month:02}-{day:02}", year.unsigned_abs())
        }
    }

    /// How many of an initiative's actions are done: "3 af 5 handlinger gennemført"
    /// (da), "3 av 5 tiltak fullført" (nb), "3 av 5 tiltak er fullførte" (nn),
    /// "3 av 5 åtgärder genomförda" (sv), "3 of 5 actions done" (en).
    ///
    /// The noun agrees with `total` ("1 af 1 handling"); in nn and sv, where the
    /// participle agrees with what is done, it agrees with `done` ("1 av 5 åtgärder
    /// genomförd").
    #[must_use]
    pub fn actions_done(&self, done: usize, total: usize) -> String {
        let (d, t) = (self.count(done), self.count(total));
        let one_total = total == 1;
        let one_done = done == 1;
        match self.lang {
            Language::Da => {
                let noun = if one_total { "handling" } else { "handlinger" };
                format!("{d} af {t} {noun} gennemført")
            }
            Language::Nb => format!("{d} av {t} tiltak fullført"),
            Language::Nn => {
                let participle = if one_done { "fullført" } else { "fullførte" };
                format!("{d} av {t} tiltak er {participle}")
            }
            Language::Sv => {
                let noun = if one_total { "åtgärd" } else { "åtgärder" };
                let participle = if one_done { "genomförd" } else { "genomförda" };
                format!("{d} av {t} {noun} {participle}")
            }
            Language::En => {
                let noun = if one_total { "action" } else { "actions" };
                format!("{d} of {t} {noun} done")
            }
        }
    }

    /// A number of initiatives with the right singular or plural: "1 initiativ" /
    /// "4 initiativer" (da, nb), "1 initiativ" / "4 initiativ" (nn, sv),
    /// "1 initiative" / "4 initiatives" (en). Zero takes the plural.
    #[must_use]
    pub fn initiative_count(&self, n: usize) -> String {
        let one = n == 1;
        let noun = match self.lang {
            Language::Da | Language::Nb => {
                if one {
                    "initiativ"
                } else {
                    "initiativer"
                }
            }
            Language::Nn | Language::Sv => "initiativ",
            Language::En => {
                if one {
                    "initiative"
                } else {
                    "initiatives"
                }
            }
        };
        format!("{} {noun}", self.count(n))
    }

    /// Appends `value` formatted by ICU4X. The value crosses over as its exact decimal
    /// string, never as a float.
    fn write_number(&self, out: &mut String, mut value: Decimal) {
        if value.is_zero() {
            value.set_sign_positive(true);
        }
        let text = value.to_string();
        match fixed_decimal::Decimal::from_str(&text) {
            Ok(fixed) => {
                // Writing into a String cannot fail.
                let _ = write!(out, "{}", self.decimal.format(&fixed));
            }
            // Unreachable: a rust_decimal always prints as a plain decimal string.
            Err(_) => out.push_str(&text),
        }
    }
}

//! Languages, interface text and locale-aware formatting of numbers and dates.
//!
//! A site is written in one [`Language`] (`language:` in `site.yaml`). That choice gives
//! two things:
//!
//! - [`UiText`]: every fixed piece of text the templates print (`{{ t.field }}`), one
//!   hand-written `static` per language.
//! - [`Formatter`]: numbers, percentages, amounts with units, counts and dates written
//!   the way the language writes them.
//!
//! # Invariants
//!
//! - No floating point anywhere. Values arrive as [`rust_decimal::Decimal`] and reach
//!   ICU4X through their decimal string form (`fixed_decimal::Decimal::from_str`), so
//!   `0.1`, `12.50` and `12345678901234567.891` come out digit for digit.
//! - Digits, decimal separator, grouping separator, grouping positions and the minus
//!   sign all come from CLDR through ICU4X's compiled data (`icu_decimal`); nothing
//!   here hand-writes a separator. What CLDR says, for the record:
//!
//!   | language | 1234.5 | -3 |
//!   |---|---|---|
//!   | da | `1.234,5` | `-3` (U+002D HYPHEN-MINUS) |
//!   | nb, nn, sv | `1 234,5` (U+00A0 NO-BREAK SPACE) | `−3` (U+2212 MINUS SIGN) |
//!   | en | `1,234.5` | `-3` (U+002D HYPHEN-MINUS) |
//!
//! - Long dates come from ICU4X's `icu_datetime` (CLDR's long year-month-day pattern in
//!   the Gregorian calendar). English uses the `en-GB` locale, which gives
//!   "27 November 2012" rather than the US "November 27, 2012". `en-GB` formats
//!   numbers exactly like `en`.
//! - The scale written in the source is kept (`12.50` stays `12,50`); only
//!   [`Formatter::percent`] rounds (to a whole number, half away from zero).
//! - Negative zero (`-0`, `-0.0`, or a percentage such as `-0.4` that rounds to zero) is
//!   shown without a sign.
//! - Between a number and its unit, and before `%` where the language spaces it, the
//!   space is U+00A0 NO-BREAK SPACE so the two never wrap apart.
//!
//! A [`Formatter`] loads its CLDR data once (`Formatter::new`) and is `Send + Sync`, so
//! one can be shared by every rendering thread. (ICU4X's data payloads are only
//! `Send + Sync` with `icu_provider`'s `sync` feature on; a compile-time assertion below
//! fails the build if it is missing.)

use std::fmt::{self, Write as _};
use std::str::FromStr;

use icu_calendar::Gregorian;
use icu_datetime::fieldsets::YMD;
use icu_datetime::input::Date as IcuDate;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_decimal::options::DecimalFormatterOptions;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;
use rust_decimal::{Decimal, RoundingStrategy};

/// NO-BREAK SPACE: between a number and its unit, and before `%` where it is spaced.
const NBSP: char = '\u{a0}';

/// A language a site can be written in.
///
/// Serialises as its lowercase code (`"da"`, `"nb"`, ...), the same code `site.yaml`
/// uses and `<html lang>` wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// Danish (`da`).
    Da,
    /// Norwegian Bokmål (`nb`).
    Nb,
    /// Norwegian Nynorsk (`nn`).
    Nn,
    /// Swedish (`sv`).
    Sv,
    /// English (`en`; dates in the British order, "27 November 2012").
    En,
}

impl Language {
    /// Every supported language, in the order they are listed to users.
    pub const ALL: [Language; 5] =
        [Language::Da, Language::Nb, Language::Nn, Language::Sv, Language::En];

    /// The language's code as written in `site.yaml` and in `<html lang>`: `"da"`,
    /// `"nb"`, `"nn"`, `"sv"` or `"en"`.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Language::Da => "da",
            Language::Nb => "nb",
            Language::Nn => "nn",
            Language::Sv => "sv",
            Language::En => "en",
        }
    }

    /// Parses an exact lowercase code (`"da"`, `"nb"`, `"nn"`, `"sv"`, `"en"`); anything
    /// else, including `"DA"`, `"no"` or `"da-DK"`, is `None`.
    #[must_use]
    pub fn parse(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// The interface text in this language.
    #[must_use]
    pub fn ui(self) -> &'static UiText {
        match self {
            Language::Da => &DA,
            Language::Nb => &NB,
            Language::Nn => &NN,
            Language::Sv => &SV,
            Language::En => &EN,
        }
    }

    /// The ICU locale whose CLDR data formats this language. English is `en-GB` for its
    /// day-month-year long dates (its numbers are the same as `en`).
    fn locale(self) -> Locale {
        let tag = match self {
            Language::En => "en-GB",
            other => other.code(),
        };
        tag.parse().expect("the five language tags are valid BCP 47")
    }

    /// What follows a number to make it a percentage: `"\u{a0}%"` or `"%"`, as CLDR's
    /// percent pattern for the language has it.
    fn percent_suffix(self) -> &'static str {
        match self {
            Language::Da | Language::Nb | Language::Nn | Language::Sv => "\u{a0}%",
            Language::En => "%",
        }
    }
}

impl fmt::Display for Language {
    /// Writes the language's code, as [`Language::code`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The error of parsing a [`Language`] from a code that is not one of the five.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseLanguageError {
    input: String,
}

impl ParseLanguageError {
    /// The text that was not a language code.
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }
}

impl fmt::Display for ParseLanguageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown language {:?}: expected one of ", self.input)?;
        for (i, lang) in Language::ALL.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(lang.code())?;
        }
        Ok(())
    }
}

impl std::error::Error for ParseLanguageError {}

impl FromStr for Language {
    type Err = ParseLanguageError;

    /// Parses an exact lowercase code, as [`Language::parse`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Language::parse(s).ok_or_else(|| ParseLanguageError { input: s.to_owned() })
    }
}

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

/// Every fixed piece of interface text, in one language.
///
/// Templates print these as `{{ t.field }}`. Each language has one `static` (see
/// [`Language::ui`]); the texts are written for that language, not translated word for
/// word (Bokmål and Nynorsk differ: "Ansvarlig"/"Ansvarleg", "Fremdrift"/"Framdrift").
/// Sentences end with a full stop; labels and headings do not.
#[derive(Debug, serde::Serialize)]
pub struct UiText {
    /// The language's name in itself ("Dansk").
    pub lang_name: &'static str,
    /// Label for the page language ("Sprog").
    pub language: &'static str,
    /// The skip link to the main content.
    pub skip_to_content: &'static str,
    /// Accessible name of the main navigation.
    pub main_navigation: &'static str,
    /// Accessible name of the breadcrumb trail.
    pub breadcrumbs: &'static str,
    /// The button that opens the navigation on small screens.
    pub menu: &'static str,
    /// The front page, in navigation.
    pub home: &'static str,
    /// Strategies (plural heading).
    pub strategies: &'static str,
    /// Strategy (singular label).
    pub strategy: &'static str,
    /// Themes (plural heading; the theme index).
    pub themes: &'static str,
    /// Theme (singular label).
    pub theme: &'static str,
    /// Initiatives (plural heading).
    pub initiatives: &'static str,
    /// Initiative (singular label).
    pub initiative: &'static str,
    /// Link or heading for the list of every initiative.
    pub all_initiatives: &'static str,
    /// Directors (plural heading; the director index).
    pub directors: &'static str,
    /// Director (singular label).
    pub director: &'static str,
    /// The status page: every initiative by status.
    pub status_overview: &'static str,
    /// Search (link, heading and button).
    pub search: &'static str,
    /// Label of the search field.
    pub search_label: &'static str,
    /// Placeholder text in the search field.
    pub search_placeholder: &'static str,
    /// Shown when JavaScript is off: search needs it; browse the indexes instead.
    pub search_no_js: &'static str,
    /// Shown when a search finds nothing.
    pub search_no_results: &'static str,
    /// Footer link to the accessibility statement.
    pub accessibility_statement: &'static str,
    /// Heading of the 404 page.
    pub page_not_found: &'static str,
    /// Text of the 404 page.
    pub page_not_found_text: &'static str,
    /// Link back to the front page.
    pub back_to_front_page: &'static str,
    /// The director responsible for an initiative.
    pub responsible: &'static str,
    /// A further director sharing responsibility.
    pub co_responsible: &'static str,
    /// Heading on a director's page: what they are responsible for.
    pub responsible_for: &'static str,
    /// The director who owns a strategy.
    pub owner: &'static str,
    /// Goals (plural heading).
    pub goals: &'static str,
    /// Goal (singular label; column heading).
    pub goal: &'static str,
    /// Actions (plural heading of an initiative's checklist).
    pub actions: &'static str,
    /// Action (singular label; column heading).
    pub action: &'static str,
    /// Status of a checklist action that is done (also for screen readers).
    pub action_done: &'static str,
    /// Status of a checklist action that is not done yet.
    pub action_not_done: &'static str,
    /// Budget (heading).
    pub budget: &'static str,
    /// Heading of budget totals per year.
    pub budget_by_year: &'static str,
    /// Year (column heading).
    pub year: &'static str,
    /// The planned, budgeted amount (column heading).
    pub planned: &'static str,
    /// The amount realised so far (column heading).
    pub realised: &'static str,
    /// A sum row ("I alt").
    pub total: &'static str,
    /// A budget line's label (column heading).
    pub label: &'static str,
    /// Heading of an initiative's related initiatives.
    pub related_initiatives: &'static str,
    /// Heading of back-links: the initiatives that mention this one.
    pub referenced_by: &'static str,
    /// Progress (label; column heading).
    pub progress: &'static str,
    /// Progress of everything together (front page, strategy).
    pub overall_progress: &'static str,
    /// A goal's progress from baseline towards target.
    pub progress_of_goal: &'static str,
    /// Progress measured as the share of actions done.
    pub progress_of_actions: &'static str,
    /// Shown where progress is not measured at all.
    pub no_progress: &'static str,
    /// Heading of progress per theme.
    pub by_theme: &'static str,
    /// Status (label; column heading).
    pub status: &'static str,
    /// Precedes the date progress and status are judged on ("Status pr. 30. juni 2013").
    pub as_of: &'static str,
    /// A strategy's period (years).
    pub period: &'static str,
    /// The date a strategy was adopted.
    pub adopted: &'static str,
    /// Who adopted a strategy.
    pub adopted_by: &'static str,
    /// An initiative's start date.
    pub start: &'static str,
    /// A due date.
    pub due: &'static str,
    /// The date of an initiative's last change.
    pub updated: &'static str,
    /// Heading of the most recently updated initiatives.
    pub recently_updated: &'static str,
    /// A goal's value at the start (column heading).
    pub baseline: &'static str,
    /// A goal's target value (column heading).
    pub target: &'static str,
    /// A goal's latest measured value (column heading).
    pub current: &'static str,
    /// A goal's unit (column heading).
    pub unit: &'static str,
    /// Heading of a goal's measurements over time.
    pub history: &'static str,
    /// Date (column heading).
    pub date: &'static str,
    /// Value (column heading).
    pub value: &'static str,
    /// Shown for a goal with no measured value yet.
    pub not_measured: &'static str,
    /// A director's area of responsibility.
    pub area: &'static str,
    /// Email address (label).
    pub email: &'static str,
    /// A person's job title (label).
    pub title: &'static str,
    /// Shown where a list of initiatives is empty.
    pub no_initiatives: &'static str,
    /// Shown where a list of goals is empty.
    pub no_goals: &'static str,
    /// Shown where a list of actions is empty.
    pub no_actions: &'static str,
    /// Shown where there is no budget.
    pub no_budget: &'static str,
    /// Heading of the embeddable progress badge's code.
    pub embed_badge: &'static str,
    /// One sentence: copy this code to show the badge on another site.
    pub embed_badge_help: &'static str,
    /// The word before the percentage in a badge and its text alternative.
    pub badge_alt_progress: &'static str,
    /// A button that copies code to the clipboard.
    pub copy: &'static str,
    /// Confirmation after copying.
    pub copied: &'static str,
    /// Link to the whole strategy on one page (for printing).
    pub print_view: &'static str,
    /// Print (button).
    pub print: &'static str,
    /// Heading of the open-data downloads.
    pub open_data: &'static str,
    /// Link to the site's data as JSON.
    pub download_json: &'static str,
    /// Link to the goals as CSV.
    pub download_csv: &'static str,
    /// Footer link to the open data as an Excel workbook, for people.
    pub download_workbook: &'static str,
    /// Footer link to the open data as CSV files described by a data package, for
    /// programs.
    pub download_package: &'static str,
    /// Link to the Atom feed.
    pub feed: &'static str,
    /// Link to the sitemap.
    pub sitemap: &'static str,
    /// Heading of a table of contents.
    pub contents: &'static str,
    /// Summary (heading or label).
    pub summary: &'static str,
    /// Description (heading or label).
    pub description: &'static str,
    /// Link to the full text of something summarised.
    pub read_more: &'static str,
    /// Short link or button for more of a list.
    pub more: &'static str,
    /// Filter (label or button).
    pub filter: &'static str,
    /// Title of the budget chart.
    pub chart_budget_title: &'static str,
    /// Title of a goal's history chart.
    pub chart_history_title: &'static str,
    /// Title of the chart of progress per initiative.
    pub chart_progress_title: &'static str,
    /// Caption of the goals table.
    pub table_caption_goals: &'static str,
    /// Caption of the budget table.
    pub table_caption_budget: &'static str,
    /// Caption of the actions table.
    pub table_caption_actions: &'static str,
    /// Initiative status `not-started`.
    pub status_not_started: &'static str,
    /// Initiative status `on-track`.
    pub status_on_track: &'static str,
    /// Initiative status `at-risk`.
    pub status_at_risk: &'static str,
    /// Initiative status `off-track`.
    pub status_off_track: &'static str,
    /// Initiative status `done`.
    pub status_done: &'static str,
    /// Initiative status `cancelled`.
    pub status_cancelled: &'static str,
    /// Strategy status `draft`.
    pub strategy_status_draft: &'static str,
    /// Strategy status `adopted`.
    pub strategy_status_adopted: &'static str,
    /// Strategy status `archived`.
    pub strategy_status_archived: &'static str,
    /// Warning (singular label).
    pub warning: &'static str,
    /// Error (singular label).
    pub error: &'static str,
    /// Heading of the build-error overlay.
    pub errors_in_build: &'static str,
    /// Precedes the organisation's name in the footer.
    pub published_by: &'static str,
}

/// The interface text in Danish.
static DA: UiText = UiText {
    lang_name: "Dansk",
    language: "Sprog",
    skip_to_content: "Gå til hovedindhold",
    main_navigation: "Hovednavigation",
    breadcrumbs: "Brødkrummesti",
    menu: "Menu",
    home: "Forside",
    strategies: "Strategier",
    strategy: "Strategi",
    themes: "Temaer",
    theme: "Tema",
    initiatives: "Initiativer",
    initiative: "Initiativ",
    all_initiatives: "Alle initiativer",
    directors: "Direktører",
    director: "Direktør",
    status_overview: "Statusoverblik",
    search: "Søg",
    search_label: "Søg i strategierne",
    search_placeholder: "Skriv et søgeord",
    search_no_js: "Søgningen kræver JavaScript. Du kan i stedet finde rundt via oversigterne over strategier, temaer og direktører.",
    search_no_results: "Søgningen gav ingen resultater.",
    accessibility_statement: "Tilgængelighedserklæring",
    page_not_found: "Siden blev ikke fundet",
    page_not_found_text: "Siden findes ikke, eller den er blevet flyttet. Prøv at søge, eller gå til forsiden.",
    back_to_front_page: "Tilbage til forsiden",
    responsible: "Ansvarlig",
    co_responsible: "Medansvarlig",
    responsible_for: "Ansvarlig for",
    owner: "Ejer",
    goals: "Mål",
    goal: "Mål",
    actions: "Handlinger",
    action: "Handling",
    action_done: "Gennemført",
    action_not_done: "Ikke gennemført",
    budget: "Budget",
    budget_by_year: "Budget pr. år",
    year: "År",
    planned: "Planlagt",
    realised: "Realiseret",
    total: "I alt",
    label: "Post",
    related_initiatives: "Relaterede initiativer",
    referenced_by: "Nævnt i",
    progress: "Fremdrift",
    overall_progress: "Samlet fremdrift",
    progress_of_goal: "Fremdrift mod målet",
    progress_of_actions: "Gennemførte handlinger",
    no_progress: "Fremdrift ikke målt",
    by_theme: "Fremdrift pr. tema",
    status: "Status",
    as_of: "Status pr.",
    period: "Periode",
    adopted: "Vedtaget",
    adopted_by: "Vedtaget af",
    start: "Start",
    due: "Frist",
    updated: "Opdateret",
    recently_updated: "Senest opdateret",
    baseline: "Udgangspunkt",
    target: "Målværdi",
    current: "Seneste måling",
    unit: "Enhed",
    history: "Historik",
    date: "Dato",
    value: "Værdi",
    not_measured: "Ikke målt",
    area: "Ansvarsområde",
    email: "E-mail",
    title: "Titel",
    no_initiatives: "Der er ingen initiativer.",
    no_goals: "Der er ingen mål.",
    no_actions: "Der er ingen handlinger.",
    no_budget: "Der er intet budget.",
    embed_badge: "Indlejr fremdriftsmærke",
    embed_badge_help: "Kopiér koden for at vise mærket på en anden hjemmeside.",
    badge_alt_progress: "Fremdrift",
    copy: "Kopiér",
    copied: "Kopieret",
    print_view: "Hele strategien på én side",
    print: "Udskriv",
    open_data: "Åbne data",
    download_json: "Hent data (JSON)",
    download_csv: "Hent mål (CSV)",
    download_workbook: "Hent tallene i Excel",
    download_package: "Data til programmer (CSV og Data Package)",
    feed: "Nyheder (Atom)",
    sitemap: "Sitemap",
    contents: "Indhold",
    summary: "Resumé",
    description: "Beskrivelse",
    read_more: "Læs mere",
    more: "Mere",
    filter: "Filtrér",
    chart_budget_title: "Budget pr. år: planlagt og realiseret",
    chart_history_title: "Udvikling over tid",
    chart_progress_title: "Fremdrift pr. initiativ",
    table_caption_goals: "Mål med udgangspunkt, målværdi og seneste måling",
    table_caption_budget: "Budget pr. år, planlagt og realiseret",
    table_caption_actions: "Handlinger og om de er gennemført",
    status_not_started: "Ikke påbegyndt",
    status_on_track: "Følger planen",
    status_at_risk: "I risiko",
    status_off_track: "Forsinket",
    status_done: "Gennemført",
    status_cancelled: "Annulleret",
    strategy_status_draft: "Udkast",
    strategy_status_adopted: "Vedtaget",
    strategy_status_archived: "Arkiveret",
    warning: "Advarsel",
    error: "Fejl",
    errors_in_build: "Byggefejl",
    published_by: "Udgivet af",
};

/// The interface text in Norwegian Bokmål.
static NB: UiText = UiText {
    lang_name: "Norsk bokmål",
    language: "Språk",
    skip_to_content: "Gå til hovedinnhold",
    main_navigation: "Hovednavigasjon",
    breadcrumbs: "Brødsmulesti",
    menu: "Meny",
    home: "Forside",
    strategies: "Strategier",
    strategy: "Strategi",
    themes: "Temaer",
    theme: "Tema",
    initiatives: "Initiativer",
    initiative: "Initiativ",
    all_initiatives: "Alle initiativer",
    directors: "Direktører",
    director: "Direktør",
    status_overview: "Statusoversikt",
    search: "Søk",
    search_label: "Søk i strategiene",
    search_placeholder: "Skriv et søkeord",
    search_no_js: "Søket krever JavaScript. Du kan i stedet bla deg fram via oversiktene over strategier, temaer og direktører.",
    search_no_results: "Søket ga ingen treff.",
    accessibility_statement: "Tilgjengelighetserklæring",
    page_not_found: "Fant ikke siden",
    page_not_found_text: "Siden finnes ikke, eller den er flyttet. Prøv å søke, eller gå til forsiden.",
    back_to_front_page: "Tilbake til forsiden",
    responsible: "Ansvarlig",
    co_responsible: "Medansvarlig",
    responsible_for: "Ansvarlig for",
    owner: "Eier",
    goals: "Mål",
    goal: "Mål",
    actions: "Tiltak",
    action: "Tiltak",
    action_done: "Fullført",
    action_not_done: "Ikke fullført",
    budget: "Budsjett",
    budget_by_year: "Budsjett per år",
    year: "År",
    planned: "Planlagt",
    realised: "Realisert",
    total: "Totalt",
    label: "Post",
    related_initiatives: "Relaterte initiativer",
    referenced_by: "Nevnt i",
    progress: "Fremdrift",
    overall_progress: "Samlet fremdrift",
    progress_of_goal: "Fremdrift mot målet",
    progress_of_actions: "Fullførte tiltak",
    no_progress: "Fremdrift ikke målt",
    by_theme: "Fremdrift per tema",
    status: "Status",
    as_of: "Status per",
    period: "Periode",
    adopted: "Vedtatt",
    adopted_by: "Vedtatt av",
    start: "Start",
    due: "Frist",
    updated: "Oppdatert",
    recently_updated: "Nylig oppdatert",
    baseline: "Utgangspunkt",
    target: "Målverdi",
    current: "Siste måling",
    unit: "Enhet",
    history: "Historikk",
    date: "Dato",
    value: "Verdi",
    not_measured: "Ikke målt",
    area: "Ansvarsområde",
    email: "E-post",
    title: "Tittel",
    no_initiatives: "Det er ingen initiativer.",
    no_goals: "Det er ingen mål.",
    no_actions: "Det er ingen tiltak.",
    no_budget: "Det er ikke noe budsjett.",
    embed_badge: "Bygg inn fremdriftsmerke",
    embed_badge_help: "Kopier koden for å vise merket på et annet nettsted.",
    badge_alt_progress: "Fremdrift",
    copy: "Kopier",
    copied: "Kopiert",
    print_view: "Hele strategien på én side",
    print: "Skriv ut",
    open_data: "Åpne data",
    download_json: "Last ned data (JSON)",
    download_csv: "Last ned mål (CSV)",
    download_workbook: "Last ned tallene i Excel",
    download_package: "Data for programmer (CSV og Data Package)",
    feed: "Nyheter (Atom)",
    sitemap: "Nettstedskart",
    contents: "Innhold",
    summary: "Sammendrag",
    description: "Beskrivelse",
    read_more: "Les mer",
    more: "Mer",
    filter: "Filtrer",
    chart_budget_title: "Budsjett per år: planlagt og realisert",
    chart_history_title: "Utvikling over tid",
    chart_progress_title: "Fremdrift per initiativ",
    table_caption_goals: "Mål med utgangspunkt, målverdi og siste måling",
    table_caption_budget: "Budsjett per år, planlagt og realisert",
    table_caption_actions: "Tiltak og om de er fullført",
    status_not_started: "Ikke startet",
    status_on_track: "I rute",
    status_at_risk: "I faresonen",
    status_off_track: "Forsinket",
    status_done: "Fullført",
    status_cancelled: "Avbrutt",
    strategy_status_draft: "Utkast",
    strategy_status_adopted: "Vedtatt",
    strategy_status_archived: "Arkivert",
    warning: "Advarsel",
    error: "Feil",
    errors_in_build: "Byggefeil",
    published_by: "Utgitt av",
};

/// The interface text in Norwegian Nynorsk.
static NN: UiText = UiText {
    lang_name: "Norsk nynorsk",
    language: "Språk",
    skip_to_content: "Gå til hovudinnhald",
    main_navigation: "Hovudnavigasjon",
    breadcrumbs: "Brødsmulesti",
    menu: "Meny",
    home: "Framside",
    strategies: "Strategiar",
    strategy: "Strategi",
    themes: "Tema",
    theme: "Tema",
    initiatives: "Initiativ",
    initiative: "Initiativ",
    all_initiatives: "Alle initiativ",
    directors: "Direktørar",
    director: "Direktør",
    status_overview: "Statusoversikt",
    search: "Søk",
    search_label: "Søk i strategiane",
    search_placeholder: "Skriv eit søkjeord",
    search_no_js: "Søket krev JavaScript. Du kan i staden bla deg fram via oversiktene over strategiar, tema og direktørar.",
    search_no_results: "Søket gav ingen treff.",
    accessibility_statement: "Tilgjengeerklæring",
    page_not_found: "Fann ikkje sida",
    page_not_found_text: "Sida finst ikkje, eller ho er flytta. Prøv å søkje, eller gå til framsida.",
    back_to_front_page: "Tilbake til framsida",
    responsible: "Ansvarleg",
    co_responsible: "Medansvarleg",
    responsible_for: "Ansvarleg for",
    owner: "Eigar",
    goals: "Mål",
    goal: "Mål",
    actions: "Tiltak",
    action: "Tiltak",
    action_done: "Fullført",
    action_not_done: "Ikkje fullført",
    budget: "Budsjett",
    budget_by_year: "Budsjett per år",
    year: "År",
    planned: "Planlagt",
    realised: "Realisert",
    total: "Til saman",
    label: "Post",
    related_initiatives: "Relaterte initiativ",
    referenced_by: "Nemnt i",
    progress: "Framdrift",
    overall_progress: "Samla framdrift",
    progress_of_goal: "Framdrift mot målet",
    progress_of_actions: "Fullførte tiltak",
    no_progress: "Framdrift ikkje målt",
    by_theme: "Framdrift per tema",
    status: "Status",
    as_of: "Status per",
    period: "Periode",
    adopted: "Vedteken",
    adopted_by: "Vedteken av",
    start: "Start",
    due: "Frist",
    updated: "Oppdatert",
    recently_updated: "Nyleg oppdatert",
    baseline: "Utgangspunkt",
    target: "Målverdi",
    current: "Siste måling",
    unit: "Eining",
    history: "Historikk",
    date: "Dato",
    value: "Verdi",
    not_measured: "Ikkje målt",
    area: "Ansvarsområde",
    email: "E-post",
    title: "Tittel",
    no_initiatives: "Det er ingen initiativ.",
    no_goals: "Det er ingen mål.",
    no_actions: "Det er ingen tiltak.",
    no_budget: "Det er ikkje noko budsjett.",
    embed_badge: "Bygg inn framdriftsmerke",
    embed_badge_help: "Kopier koden for å vise merket på ein annan nettstad.",
    badge_alt_progress: "Framdrift",
    copy: "Kopier",
    copied: "Kopiert",
    print_view: "Heile strategien på éi side",
    print: "Skriv ut",
    open_data: "Opne data",
    download_json: "Last ned data (JSON)",
    download_csv: "Last ned mål (CSV)",
    download_workbook: "Last ned tala i Excel",
    download_package: "Data for program (CSV og Data Package)",
    feed: "Nyheiter (Atom)",
    sitemap: "Nettstadkart",
    contents: "Innhald",
    summary: "Samandrag",
    description: "Skildring",
    read_more: "Les meir",
    more: "Meir",
    filter: "Filtrer",
    chart_budget_title: "Budsjett per år: planlagt og realisert",
    chart_history_title: "Utvikling over tid",
    chart_progress_title: "Framdrift per initiativ",
    table_caption_goals: "Mål med utgangspunkt, målverdi og siste måling",
    table_caption_budget: "Budsjett per år, planlagt og realisert",
    table_caption_actions: "Tiltak og om dei er fullførte",
    status_not_started: "Ikkje starta",
    status_on_track: "I rute",
    status_at_risk: "I faresona",
    status_off_track: "Forseinka",
    status_done: "Fullført",
    status_cancelled: "Avbrote",
    strategy_status_draft: "Utkast",
    strategy_status_adopted: "Vedteken",
    strategy_status_archived: "Arkivert",
    warning: "Åtvaring",
    error: "Feil",
    errors_in_build: "Byggjefeil",
    published_by: "Utgjeven av",
};

/// The interface text in Swedish.
static SV: UiText = UiText {
    lang_name: "Svenska",
    language: "Språk",
    skip_to_content: "Gå till huvudinnehållet",
    main_navigation: "Huvudnavigering",
    breadcrumbs: "Brödsmulor",
    menu: "Meny",
    home: "Startsida",
    strategies: "Strategier",
    strategy: "Strategi",
    themes: "Teman",
    theme: "Tema",
    initiatives: "Initiativ",
    initiative: "Initiativ",
    all_initiatives: "Alla initiativ",
    directors: "Direktörer",
    director: "Direktör",
    status_overview: "Statusöversikt",
    search: "Sök",
    search_label: "Sök i strategierna",
    search_placeholder: "Skriv ett sökord",
    search_no_js: "Sökningen kräver JavaScript. Du kan i stället bläddra via översikterna över strategier, teman och direktörer.",
    search_no_results: "Sökningen gav inga träffar.",
    accessibility_statement: "Tillgänglighetsredogörelse",
    page_not_found: "Sidan hittades inte",
    page_not_found_text: "Sidan finns inte, eller så har den flyttats. Försök att söka, eller gå till startsidan.",
    back_to_front_page: "Tillbaka till startsidan",
    responsible: "Ansvarig",
    co_responsible: "Medansvarig",
    responsible_for: "Ansvarig för",
    owner: "Ägare",
    goals: "Mål",
    goal: "Mål",
    actions: "Åtgärder",
    action: "Åtgärd",
    action_done: "Genomförd",
    action_not_done: "Inte genomförd",
    budget: "Budget",
    budget_by_year: "Budget per år",
    year: "År",
    planned: "Planerat",
    realised: "Utfall",
    total: "Totalt",
    label: "Post",
    related_initiatives: "Relaterade initiativ",
    referenced_by: "Nämns i",
    progress: "Framsteg",
    overall_progress: "Samlade framsteg",
    progress_of_goal: "Framsteg mot målet",
    progress_of_actions: "Genomförda åtgärder",
    no_progress: "Framsteg har inte mätts",
    by_theme: "Framsteg per tema",
    status: "Status",
    as_of: "Status per",
    period: "Period",
    adopted: "Antagen",
    adopted_by: "Antagen av",
    start: "Start",
    due: "Slutdatum",
    updated: "Uppdaterad",
    recently_updated: "Senast uppdaterade",
    baseline: "Utgångsvärde",
    target: "Målvärde",
    current: "Senaste mätning",
    unit: "Enhet",
    history: "Historik",
    date: "Datum",
    value: "Värde",
    not_measured: "Inte mätt",
    area: "Ansvarsområde",
    email: "E-post",
    title: "Titel",
    no_initiatives: "Det finns inga initiativ.",
    no_goals: "Det finns inga mål.",
    no_actions: "Det finns inga åtgärder.",
    no_budget: "Det finns ingen budget.",
    embed_badge: "Bädda in framstegsmärke",
    embed_badge_help: "Kopiera koden för att visa märket på en annan webbplats.",
    badge_alt_progress: "Framsteg",
    copy: "Kopiera",
    copied: "Kopierat",
    print_view: "Hela strategin på en sida",
    print: "Skriv ut",
    open_data: "Öppna data",
    download_json: "Ladda ner data (JSON)",
    download_csv: "Ladda ner mål (CSV)",
    download_workbook: "Ladda ner siffrorna i Excel",
    download_package: "Data för program (CSV och Data Package)",
    feed: "Nyheter (Atom)",
    sitemap: "Webbplatskarta",
    contents: "Innehåll",
    summary: "Sammanfattning",
    description: "Beskrivning",
    read_more: "Läs mer",
    more: "Mer",
    filter: "Filtrera",
    chart_budget_title: "Budget per år: planerat och utfall",
    chart_history_title: "Utveckling över tid",
    chart_progress_title: "Framsteg per initiativ",
    table_caption_goals: "Mål med utgångsvärde, målvärde och senaste mätning",
    table_caption_budget: "Budget per år, planerat och utfall",
    table_caption_actions: "Åtgärder och om de är genomförda",
    status_not_started: "Inte påbörjad",
    status_on_track: "Enligt plan",
    status_at_risk: "I riskzonen",
    status_off_track: "Försenad",
    status_done: "Genomförd",
    status_cancelled: "Avbruten",
    strategy_status_draft: "Utkast",
    strategy_status_adopted: "Antagen",
    strategy_status_archived: "Arkiverad",
    warning: "Varning",
    error: "Fel",
    errors_in_build: "Byggfel",
    published_by: "Utgiven av",
};

/// The interface text in English.
static EN: UiText = UiText {
    lang_name: "English",
    language: "Language",
    skip_to_content: "Skip to main content",
    main_navigation: "Main navigation",
    breadcrumbs: "Breadcrumbs",
    menu: "Menu",
    home: "Home",
    strategies: "Strategies",
    strategy: "Strategy",
    themes: "Themes",
    theme: "Theme",
    initiatives: "Initiatives",
    initiative: "Initiative",
    all_initiatives: "All initiatives",
    directors: "Directors",
    director: "Director",
    status_overview: "Status overview",
    search: "Search",
    search_label: "Search the strategies",
    search_placeholder: "Enter a search term",
    search_no_js: "Search needs JavaScript. You can browse the lists of strategies, themes and directors instead.",
    search_no_results: "No results found.",
    accessibility_statement: "Accessibility statement",
    page_not_found: "Page not found",
    page_not_found_text: "The page does not exist, or it has been moved. Try searching, or go to the front page.",
    back_to_front_page: "Back to the front page",
    responsible: "Responsible",
    co_responsible: "Co-responsible",
    responsible_for: "Responsible for",
    owner: "Owner",
    goals: "Goals",
    goal: "Goal",
    actions: "Actions",
    action: "Action",
    action_done: "Done",
    action_not_done: "Not done",
    budget: "Budget",
    budget_by_year: "Budget by year",
    year: "Year",
    planned: "Planned",
    realised: "Realised",
    total: "Total",
    label: "Item",
    related_initiatives: "Related initiatives",
    referenced_by: "Referenced by",
    progress: "Progress",
    overall_progress: "Overall progress",
    progress_of_goal: "Progress towards the goal",
    progress_of_actions: "Actions done",
    no_progress: "Progress not measured",
    by_theme: "Progress by theme",
    status: "Status",
    as_of: "Status as of",
    period: "Period",
    adopted: "Adopted",
    adopted_by: "Adopted by",
    start: "Start",
    due: "Due",
    updated: "Updated",
    recently_updated: "Recently updated",
    baseline: "Baseline",
    target: "Target",
    current: "Current",
    unit: "Unit",
    history: "History",
    date: "Date",
    value: "Value",
    not_measured: "Not measured",
    area: "Area",
    email: "Email",
    title: "Title",
    no_initiatives: "There are no initiatives.",
    no_goals: "There are no goals.",
    no_actions: "There are no actions.",
    no_budget: "There is no budget.",
    embed_badge: "Embed progress badge",
    embed_badge_help: "Copy this code to show the badge on another website.",
    badge_alt_progress: "Progress",
    copy: "Copy",
    copied: "Copied",
    print_view: "The whole strategy on one page",
    print: "Print",
    open_data: "Open data",
    download_json: "Download data (JSON)",
    download_csv: "Download goals (CSV)",
    download_workbook: "Download the figures (Excel)",
    download_package: "Data for software (CSV and Data Package)",
    feed: "News (Atom)",
    sitemap: "Sitemap",
    contents: "Contents",
    summary: "Summary",
    description: "Description",
    read_more: "Read more",
    more: "More",
    filter: "Filter",
    chart_budget_title: "Budget by year: planned and realised",
    chart_history_title: "Development over time",
    chart_progress_title: "Progress by initiative",
    table_caption_goals: "Goals with baseline, target and current value",
    table_caption_budget: "Budget by year, planned and realised",
    table_caption_actions: "Actions and whether they are done",
    status_not_started: "Not started",
    status_on_track: "On track",
    status_at_risk: "At risk",
    status_off_track: "Off track",
    status_done: "Done",
    status_cancelled: "Cancelled",
    strategy_status_draft: "Draft",
    strategy_status_adopted: "Adopted",
    strategy_status_archived: "Archived",
    warning: "Warning",
    error: "Error",
    errors_in_build: "Build errors",
    published_by: "Published by",
};

impl UiText {
    /// The label of an initiative's status.
    pub fn status_label(&self, status: crate::model::Status) -> &'static str {
        use crate::model::Status;
        match status {
            Status::NotStarted => self.status_not_started,
            Status::OnTrack => self.status_on_track,
            Status::AtRisk => self.status_at_risk,
            Status::OffTrack => self.status_off_track,
            Status::Done => self.status_done,
            Status::Cancelled => self.status_cancelled,
        }
    }

    /// The label of an initiative status as the content model spells it
    /// (`not-started`, `on-track`, `at-risk`, `off-track`, `done`, `cancelled`), or
    /// `None` for anything else.
    #[must_use]
    pub fn status_label_named(&self, status: &str) -> Option<&'static str> {
        let status = crate::model::Status::ALL.into_iter().find(|s| s.as_str() == status)?;
        Some(self.status_label(status))
    }

    /// The label of a strategy status as the content model spells it (`draft`,
    /// `adopted`, `archived`), or `None` for anything else.
    #[must_use]
    pub fn strategy_status_label(&self, status: &str) -> Option<&'static str> {
        Some(match status {
            "draft" => self.strategy_status_draft,
            "adopted" => self.strategy_status_adopted,
            "archived" => self.strategy_status_archived,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(
            fmt(Language::Sv).number(v),
            "12\u{a0}345\u{a0}678\u{a0}901\u{a0}234\u{a0}567,891"
        );
        assert_eq!(fmt(Language::En).number(v), "12,345,678,901,234,567.891");
        // The largest rust_decimal: 29 digits, far past what an f64 holds.
        assert_eq!(
            fmt(Language::En).number(Decimal::MAX),
            "79,228,162,514,264,337,593,543,950,335"
        );
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
        assert_eq!(
            fmt(Language::Sv).date(date(2014, time::Month::February, 28)),
            "28 februari 2014"
        );
        assert_eq!(fmt(Language::En).date(date(2014, time::Month::March, 5)), "5 March 2014");
        assert_eq!(
            fmt(Language::Da).date(date(2024, time::Month::February, 29)),
            "29. februar 2024"
        );
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
        assert_eq!(
            fmt(Language::Da).actions_done(1000, 1200),
            "1.000 af 1.200 handlinger gennemført"
        );
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
}

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

use std::fmt;
use std::str::FromStr;

use icu_locale_core::Locale;

mod format;
mod history_text;
pub mod messages;
mod method_text;
mod ui_text;
mod ui_texts;

pub use format::Formatter;
pub use history_text::HistoryText;
pub use messages::{Arg, Message, Messages};
pub use method_text::MethodText;
pub use ui_text::UiText;
use ui_texts::{DA, EN, NB, NN, SV};
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

    /// The words of the site's history in this language.
    #[must_use]
    pub fn history(self) -> &'static HistoryText {
        match self {
            Language::Da => &history_text::DA,
            Language::Nb => &history_text::NB,
            Language::Nn => &history_text::NN,
            Language::Sv => &history_text::SV,
            Language::En => &history_text::EN,
        }
    }

    /// The method page's text in this language.
    #[must_use]
    pub fn method(self) -> &'static MethodText {
        match self {
            Language::Da => &method_text::DA,
            Language::Nb => &method_text::NB,
            Language::Nn => &method_text::NN,
            Language::Sv => &method_text::SV,
            Language::En => &method_text::EN,
        }
    }

    /// The interface text in this language.
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

#[cfg(test)]
mod tests;

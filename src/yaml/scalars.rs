//! Scalars read from their source text: exact decimals, ISO dates, and the serde
//! helpers that hand the text over.

use super::*;
use crate::i18n::Message;
use crate::msg;

/// Parses a decimal as written in a source file ("12.5", "-3", "1e3").
pub fn parse_decimal(text: &str) -> Result<Decimal, Message> {
    let t = text.trim();
    let parsed = if t.contains(['e', 'E']) {
        Decimal::from_scientific(t).ok()
    } else {
        // `from_str_exact`: `from_str` would silently round a 29th digit away.
        Decimal::from_str_exact(t.strip_prefix('+').unwrap_or(t)).ok()
    };
    parsed.ok_or_else(|| {
        if looks_numeric(t) {
            msg!("value-number-too-long", value = t)
        } else if let Some(written) = point_form(t) {
            msg!("value-decimal-comma", value = t, written = written)
        } else {
            msg!("value-not-a-number", value = t)
        }
    })
}

/// A number written the Nordic way, with a decimal comma and perhaps `.` or spaces
/// between thousands (`12,5`, `1.234,5`, `1 234,5`), as it is written here (`1234.5`).
fn point_form(t: &str) -> Option<String> {
    let (whole, fraction) = t.split_once(',')?;
    let whole: String = whole.chars().filter(|c| !matches!(c, '.' | ' ' | '\u{a0}')).collect();
    let written = format!("{whole}.{fraction}");
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let sign = whole.strip_prefix(['-', '+']).unwrap_or(&whole);
    (digits(sign) && digits(fraction)).then_some(written)
}

/// True for text written like a number (`-12.5`, `1e40`), whether or not it fits.
fn looks_numeric(t: &str) -> bool {
    let t = t.strip_prefix(['+', '-']).unwrap_or(t);
    let (mantissa, exponent) = match t.split_once(['e', 'E']) {
        Some((m, e)) => (m, Some(e.strip_prefix(['+', '-']).unwrap_or(e))),
        None => (t, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = match mantissa.split_once('.') {
        Some((a, b)) => {
            (digits(a) || a.is_empty()) && (digits(b) || b.is_empty()) && mantissa.len() > 1
        }
        None => digits(mantissa),
    };
    mantissa_ok && exponent.is_none_or(digits)
}

/// Parses an ISO date (`2013-12-01`).
pub fn parse_date(text: &str) -> Result<time::Date, Message> {
    let t = text.trim();
    let bad = || match iso_form(t) {
        Some(iso) => msg!("value-date-order", value = t, written = iso),
        None => msg!("value-not-a-date", value = t),
    };
    let mut parts = t.splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(bad());
    };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return Err(bad());
    }
    let year: i32 = y.parse().map_err(|_| bad())?;
    let month: u8 = m.parse().map_err(|_| bad())?;
    let day: u8 = d.parse().map_err(|_| bad())?;
    let month = time::Month::try_from(month).map_err(|_| bad())?;
    time::Date::from_calendar_date(year, month, day).map_err(|_| {
        let days = month.length(year);
        msg!(
            "value-no-such-day",
            value = t,
            month = u8::from(month) as u32,
            year = year,
            days = days as u32
        )
    })
}

/// The YYYY-MM-DD form of a day written day first, as Nordic authors do (`31-12-2014`,
/// `31.12.2014`, `5/1/2014`), or year first without leading zeros (`2014-1-5`): the
/// date an error message can offer to write instead.
fn iso_form(t: &str) -> Option<String> {
    let parts: Vec<&str> = t.split(['-', '.', '/']).collect();
    let number = |p: &str| (1..=4).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
    if parts.len() != 3 || !parts.iter().all(|p| number(p)) {
        return None;
    }
    let (year, month, day) = match (parts[0].len(), parts[2].len()) {
        (4, 1..=2) => (parts[0], parts[1], parts[2]),
        (1..=2, 4) => (parts[2], parts[1], parts[0]),
        _ => return None,
    };
    let month = time::Month::try_from(month.parse::<u8>().ok()?).ok()?;
    let date = time::Date::from_calendar_date(year.parse().ok()?, month, day.parse().ok()?).ok()?;
    Some(format!("{:04}-{:02}-{:02}", date.year(), u8::from(date.month()), date.day()))
}

/// Serde helpers that read scalars from their source text.
pub mod de {
    use super::*;
    use serde::Deserialize;

    struct ScalarText;

    impl<'de> Visitor<'de> for ScalarText {
        type Value = String;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a single value")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<String, E> {
            Ok(v.to_string())
        }
    }

    fn scalar<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
        d.deserialize_str(ScalarText)
    }

    /// Parses a scalar's text inside the visitor, so that a parse error carries the
    /// scalar's position.
    struct Parse<T>(fn(&str) -> Result<T, Message>, &'static str);

    impl<'de, T> Visitor<'de> for Parse<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.1)
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
            (self.0)(v).map_err(|m| E::custom(m.encode()))
        }
    }

    /// An exact decimal, deserializable on its own (for `Option`).
    struct ExactDecimal(Decimal);
    impl<'de> serde::Deserialize<'de> for ExactDecimal {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            d.deserialize_str(Parse(parse_decimal, "a number")).map(ExactDecimal)
        }
    }

    /// A date, deserializable on its own (for `Option`).
    struct IsoDate(time::Date);
    impl<'de> serde::Deserialize<'de> for IsoDate {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            d.deserialize_str(Parse(parse_date, "a date (YYYY-MM-DD)")).map(IsoDate)
        }
    }

    /// A required exact decimal.
    pub fn decimal<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        ExactDecimal::deserialize(d).map(|v| v.0)
    }

    /// An optional exact decimal (`~`/`null`/absent is `None`).
    pub fn opt_decimal<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
        Ok(Option::<ExactDecimal>::deserialize(d)?.map(|v| v.0))
    }

    /// A required date.
    pub fn date<'de, D: Deserializer<'de>>(d: D) -> Result<time::Date, D::Error> {
        IsoDate::deserialize(d).map(|v| v.0)
    }

    /// An optional date.
    pub fn opt_date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<time::Date>, D::Error> {
        Ok(Option::<IsoDate>::deserialize(d)?.map(|v| v.0))
    }

    /// Any scalar as its text (so `title: 2013` is the title "2013").
    pub fn text<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
        scalar(d)
    }

    /// An optional scalar as its text.
    pub fn opt_text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
        let text: Option<Text> = serde::Deserialize::deserialize(d)?;
        Ok(text.map(|t| t.0))
    }

    /// A scalar's text, deserializable on its own (for `Option`).
    struct Text(String);
    impl<'de> serde::Deserialize<'de> for Text {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            scalar(d).map(Text)
        }
    }

    /// One id or a list of ids: `theme: a` and `theme: [a, b]` both become a list.
    pub fn one_or_many<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
        struct OneOrMany;
        impl<'de> Visitor<'de> for OneOrMany {
            type Value = Vec<String>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an id or a list of ids")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(vec![v.to_string()])
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
                Ok(vec![v.to_string()])
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
                Ok(vec![v.to_string()])
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
                Ok(Vec::new())
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut ids = Vec::new();
                while let Some(Text(id)) = seq.next_element()? {
                    ids.push(id);
                }
                Ok(ids)
            }
        }
        d.deserialize_any(OneOrMany)
    }
}

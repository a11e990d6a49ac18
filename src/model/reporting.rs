//! Reporting cadence: how often an initiative is to be followed up, and when it is
//! *update overdue* (content model, "Reporting cadence").
//!
//! An initiative is overdue when `as_of` is later than its last update plus one period
//! plus the grace days. Periods are calendar months (a quarter is three), so an update
//! on 31 January with monthly reporting is next due by 28 (or 29) February.

use serde::Deserialize;

use super::Date;

/// How often initiatives are reported on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cadence {
    /// Every month.
    Month,
    /// Every three months.
    Quarter,
    /// Every six months.
    HalfYear,
    /// Every twelve months.
    Year,
}

impl Cadence {
    /// The name the content model and the open data use.
    pub fn as_str(self) -> &'static str {
        match self {
            Cadence::Month => "month",
            Cadence::Quarter => "quarter",
            Cadence::HalfYear => "half-year",
            Cadence::Year => "year",
        }
    }

    /// The period's length in calendar months.
    pub fn months(self) -> u32 {
        match self {
            Cadence::Month => 1,
            Cadence::Quarter => 3,
            Cadence::HalfYear => 6,
            Cadence::Year => 12,
        }
    }
}

/// `reporting:` as written in `site.yaml`, a strategy or an initiative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reporting {
    /// How often.
    pub every: Cadence,
    /// Days allowed after the period before an update counts as overdue.
    #[serde(default)]
    pub grace_days: Option<u16>,
}

/// The first day of the reporting period before the one `date` is in, periods being
/// calendar months, quarters, half-years or years: what "since the last report" counts
/// from (30 June 2013, by quarter: 1 January 2013).
pub fn previous_period_start(date: Date, every: Cadence) -> Date {
    let start_of = |d: Date| {
        let months = every.months() as u8;
        let month0 = (u8::from(d.month()) - 1) / months * months;
        let month = time::Month::try_from(month0 + 1).unwrap_or(time::Month::January);
        Date::from_calendar_date(d.year(), month, 1).unwrap_or(d)
    };
    let this = start_of(date);
    this.previous_day().map_or(this, start_of)
}

/// `date` plus `months` calendar months, the day clamped to the month's last day.
pub fn add_months(date: Date, months: u32) -> Date {
    let month0 = date.month() as u32 - 1 + months;
    let year = date.year() + (month0 / 12) as i32;
    let month = time::Month::try_from((month0 % 12) as u8 + 1).expect("1..=12");
    let last_day = time::util::days_in_month(month, year);
    let day = date.day().min(last_day);
    Date::from_calendar_date(year, month, day).unwrap_or(date)
}

/// The last day an update is on time: `last_update` plus one period plus the grace
/// days. After it, the initiative is update overdue.
pub fn next_update_due(last_update: Date, every: Cadence, grace_days: u16) -> Date {
    let period_end = add_months(last_update, every.months());
    period_end.checked_add(time::Duration::days(i64::from(grace_days))).unwrap_or(period_end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i32, month: u8, day: u8) -> Date {
        Date::from_calendar_date(year, time::Month::try_from(month).unwrap(), day).unwrap()
    }

    #[test]
    fn the_previous_period_starts_a_whole_period_before_the_current_one() {
        assert_eq!(previous_period_start(date(2013, 6, 30), Cadence::Quarter), date(2013, 1, 1));
        assert_eq!(previous_period_start(date(2013, 4, 1), Cadence::Quarter), date(2013, 1, 1));
        assert_eq!(previous_period_start(date(2013, 2, 15), Cadence::Quarter), date(2012, 10, 1));
        assert_eq!(previous_period_start(date(2013, 3, 31), Cadence::Month), date(2013, 2, 1));
        assert_eq!(previous_period_start(date(2013, 1, 5), Cadence::Month), date(2012, 12, 1));
        assert_eq!(previous_period_start(date(2013, 9, 1), Cadence::HalfYear), date(2013, 1, 1));
        assert_eq!(previous_period_start(date(2013, 9, 1), Cadence::Year), date(2012, 1, 1));
    }

    #[test]
    fn periods_are_calendar_months_clamped_to_the_months_end() {
        assert_eq!(add_months(date(2013, 1, 31), 1), date(2013, 2, 28));
        assert_eq!(add_months(date(2012, 1, 31), 1), date(2012, 2, 29));
        assert_eq!(add_months(date(2013, 11, 15), 3), date(2014, 2, 15));
        assert_eq!(add_months(date(2013, 8, 31), 6), date(2014, 2, 28));
        assert_eq!(add_months(date(2013, 6, 27), 12), date(2014, 6, 27));
        assert_eq!(add_months(date(2013, 12, 31), 24), date(2015, 12, 31));
    }

    #[test]
    fn the_update_is_due_one_period_and_the_grace_days_after_the_last() {
        // The content model's example: quarterly, 14 days' grace.
        assert_eq!(next_update_due(date(2013, 6, 27), Cadence::Quarter, 14), date(2013, 10, 11));
        assert_eq!(next_update_due(date(2013, 6, 27), Cadence::Month, 0), date(2013, 7, 27));
        assert_eq!(next_update_due(date(2013, 6, 27), Cadence::HalfYear, 0), date(2013, 12, 27));
        assert_eq!(next_update_due(date(2013, 6, 27), Cadence::Year, 3), date(2014, 6, 30));
    }

    #[test]
    fn cadences_are_read_by_their_content_model_names() {
        #[derive(Deserialize)]
        struct S {
            reporting: Reporting,
        }
        let read = |yaml: &str| crate::yaml::from_str::<S>(yaml).map(|s| s.reporting);
        let r = read("reporting:\n  every: half-year\n  grace_days: 14\n").ok().unwrap();
        assert_eq!((r.every, r.grace_days), (Cadence::HalfYear, Some(14)));
        assert_eq!(read("reporting: { every: month }").ok().unwrap().grace_days, None);
        assert!(read("reporting: { every: fortnight }").is_err());
        assert!(read("reporting: { grace_days: 3 }").is_err());
        assert!(read("reporting: { every: year, often: true }").is_err());
    }
}

//! Progress and status, as the content model defines them. Pure, exact decimal math.
//!
//! Progress is a percentage in `0..=100`, kept unrounded; rounding happens only when a
//! number is shown (`round_percent`, `two_decimals`). Arithmetic is checked, so absurd
//! figures give "no progress" rather than a panic.

use rust_decimal::{Decimal, RoundingStrategy};

use super::{Date, Status};

/// Why a goal's progress cannot be computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GoalError {
    /// `target == baseline`: there is no distance to cover.
    TargetEqualsBaseline,
}

const HUNDRED: Decimal = Decimal::ONE_HUNDRED;

/// How many percentage points progress may lag behind the share of its period that has
/// passed before an initiative is at risk (the content model's rule; the method page
/// quotes this constant).
pub const AT_RISK_POINTS: Decimal = Decimal::from_parts(25, 0, 0, false, 0);

/// A goal's progress: `(current − baseline) / (target − baseline)`, clamped to 0..100 %,
/// baseline 0 when absent. Decrease goals (target below baseline) use the same formula.
/// `None` when there is no `current`.
pub fn goal_progress(
    baseline: Option<Decimal>,
    target: Decimal,
    current: Option<Decimal>,
) -> Result<Option<Decimal>, GoalError> {
    let baseline = baseline.unwrap_or(Decimal::ZERO);
    if target == baseline {
        return Err(GoalError::TargetEqualsBaseline);
    }
    let Some(current) = current else { return Ok(None) };
    let ratio = current
        .checked_sub(baseline)
        .zip(target.checked_sub(baseline))
        .and_then(|(done, distance)| done.checked_div(distance));
    Ok(ratio.map(|r| r.clamp(Decimal::ZERO, Decimal::ONE) * HUNDRED).map(normalize))
}

/// The mean of some percentages; `None` for none.
pub fn mean(values: impl IntoIterator<Item = Decimal>) -> Option<Decimal> {
    let mut sum = Decimal::ZERO;
    let mut count = 0u32;
    for value in values {
        sum = sum.checked_add(value)?;
        count += 1;
    }
    (count > 0).then(|| normalize(sum / Decimal::from(count)))
}

/// `done` of `total` as a percentage; `None` when `total` is 0.
pub fn share(done: usize, total: usize) -> Option<Decimal> {
    (total > 0).then(|| normalize(Decimal::from(done) * HUNDRED / Decimal::from(total)))
}

/// Where an initiative's progress comes from; decides how it is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProgressSource {
    /// The author's `progress` override.
    Override,
    /// The mean of its goals' progress.
    Goals,
    /// The share of its actions done.
    Actions,
}

/// An initiative's progress: the override; else the mean of its measured goals; else the
/// share of actions done; else none.
pub fn initiative_progress(
    progress_override: Option<Decimal>,
    goal_progress: &[Option<Decimal>],
    actions_done: usize,
    actions_total: usize,
) -> Option<(Decimal, ProgressSource)> {
    if let Some(p) = progress_override {
        return Some((p, ProgressSource::Override));
    }
    if let Some(p) = mean(goal_progress.iter().flatten().copied()) {
        return Some((p, ProgressSource::Goals));
    }
    share(actions_done, actions_total).map(|p| (p, ProgressSource::Actions))
}

/// What an initiative's computed status depends on.
#[derive(Debug, Clone, Copy)]
pub struct StatusInput {
    /// The author's `status` override.
    pub status_override: Option<Status>,
    /// Its progress, if any.
    pub progress: Option<Decimal>,
    /// Start date.
    pub start: Option<Date>,
    /// Due date.
    pub due: Option<Date>,
    /// The date status is judged on.
    pub as_of: Date,
}

/// An initiative's status when not given: `done` at 100 %; `off-track` when due before
/// `as_of` and not done; `not-started` when it starts after `as_of`; `at-risk` when the
/// share of start..due passed exceeds progress by more than 25 points (no progress counts
/// as 0); `not-started` without dates and progress; else `on-track`.
pub fn status(input: StatusInput) -> Status {
    if let Some(status) = input.status_override {
        return status;
    }
    if input.progress.is_some_and(|p| p >= HUNDRED) {
        return Status::Done;
    }
    if input.due.is_some_and(|due| due < input.as_of) {
        return Status::OffTrack;
    }
    if input.start.is_some_and(|start| start > input.as_of) {
        return Status::NotStarted;
    }
    if input.progress.is_none() && input.start.is_none() && input.due.is_none() {
        return Status::NotStarted;
    }
    if let (Some(start), Some(due)) = (input.start, input.due) {
        if let Some(elapsed) = elapsed_share(start, due, input.as_of) {
            let behind = elapsed - input.progress.unwrap_or(Decimal::ZERO);
            if behind > AT_RISK_POINTS {
                return Status::AtRisk;
            }
        }
    }
    Status::OnTrack
}

/// The share of `start..due` that has passed on `as_of`, in percent, clamped to 0..100.
/// `None` when the period is empty or reversed.
pub fn elapsed_share(start: Date, due: Date, as_of: Date) -> Option<Decimal> {
    let total = (due - start).whole_days();
    if total <= 0 {
        return None;
    }
    let passed = (as_of - start).whole_days().clamp(0, total);
    Some(Decimal::from(passed) * HUNDRED / Decimal::from(total))
}

/// Rounds a percentage to a whole number, half away from zero (for display).
pub fn round_percent(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
}

/// A value as a decimal string with exactly two decimals, rounded half away from zero
/// (the form `site.json` uses for progress).
pub fn two_decimals(value: Decimal) -> String {
    round_two(value).to_string()
}

/// A value rounded half away from zero to exactly two decimals (`40` → `40.00`).
pub fn round_two(value: Decimal) -> Decimal {
    let mut rounded = value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    rounded.rescale(2);
    rounded
}

/// Sums exactly; `None` on overflow.
pub fn sum(values: impl IntoIterator<Item = Decimal>) -> Option<Decimal> {
    values.into_iter().try_fold(Decimal::ZERO, Decimal::checked_add)
}

/// Drops trailing zeros a division produced (`50.000` → `50`), keeping the value.
fn normalize(value: Decimal) -> Decimal {
    value.normalize()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn date(s: &str) -> Date {
        crate::yaml::parse_date(s).unwrap()
    }

    #[test]
    fn increase_goal() {
        assert_eq!(goal_progress(Some(d("78")), d("85"), Some(d("81.5"))), Ok(Some(d("50"))));
        assert_eq!(goal_progress(Some(d("78")), d("85"), None), Ok(None));
    }

    #[test]
    fn decrease_goal() {
        // Sick days from 12 to 10; measured 11.5: a quarter of the way.
        assert_eq!(goal_progress(Some(d("12")), d("10"), Some(d("11.5"))), Ok(Some(d("25"))));
        // Going the wrong way clamps to 0.
        assert_eq!(goal_progress(Some(d("12")), d("10"), Some(d("13"))), Ok(Some(d("0"))));
    }

    #[test]
    fn clamping() {
        assert_eq!(goal_progress(Some(d("0")), d("10"), Some(d("15"))), Ok(Some(d("100"))));
        assert_eq!(goal_progress(Some(d("5")), d("10"), Some(d("-3"))), Ok(Some(d("0"))));
    }

    #[test]
    fn missing_baseline_is_zero() {
        assert_eq!(goal_progress(None, d("20"), Some(d("12.5"))), Ok(Some(d("62.5"))));
    }

    #[test]
    fn target_equal_to_baseline_is_an_error() {
        assert_eq!(
            goal_progress(Some(d("3")), d("3"), Some(d("3"))),
            Err(GoalError::TargetEqualsBaseline)
        );
        assert_eq!(goal_progress(None, d("0"), None), Err(GoalError::TargetEqualsBaseline));
    }

    #[test]
    fn exact_sums() {
        assert_eq!(sum([d("0.1"), d("0.2")]), Some(d("0.3")));
        assert_eq!(sum([d("0.1"), d("0.2")]).unwrap().to_string(), "0.3");
        assert_eq!(sum([d("3.2"), d("2.15")]).unwrap().to_string(), "5.35");
        assert_eq!(sum([d("2.9"), d("9.8"), d("35")]).unwrap().to_string(), "47.7");
        assert_eq!(sum([d("79228162514264337593543950335"), d("1")]), None);
    }

    #[test]
    fn means_and_shares() {
        assert_eq!(mean([d("50"), d("25")]), Some(d("37.5")));
        assert_eq!(mean([]), None);
        assert_eq!(share(1, 3).map(two_decimals).as_deref(), Some("33.33"));
        assert_eq!(share(2, 3).map(two_decimals).as_deref(), Some("66.67"));
        assert_eq!(share(0, 0), None);
    }

    #[test]
    fn initiative_progress_precedence() {
        let goals = [Some(d("50")), None, Some(d("100"))];
        assert_eq!(
            initiative_progress(Some(d("40")), &goals, 1, 2),
            Some((d("40"), ProgressSource::Override))
        );
        assert_eq!(initiative_progress(None, &goals, 1, 2), Some((d("75"), ProgressSource::Goals)));
        assert_eq!(
            initiative_progress(None, &[None], 1, 4),
            Some((d("25"), ProgressSource::Actions))
        );
        assert_eq!(initiative_progress(None, &[], 0, 0), None);
    }

    #[test]
    fn rounding_only_at_display() {
        assert_eq!(round_percent(d("62.5")), d("63"));
        assert_eq!(round_percent(d("62.49")), d("62"));
        assert_eq!(round_percent(d("-0.5")), d("-1"));
        assert_eq!(two_decimals(d("33.335")), "33.34");
        assert_eq!(two_decimals(d("33.3349")), "33.33");
        assert_eq!(two_decimals(d("50")), "50.00");
        assert_eq!(two_decimals(d("0.005")), "0.01");
    }

    fn input(progress: Option<&str>, start: Option<&str>, due: Option<&str>) -> StatusInput {
        StatusInput {
            status_override: None,
            progress: progress.map(d),
            start: start.map(date),
            due: due.map(date),
            as_of: date("2013-06-30"),
        }
    }

    #[test]
    fn status_rules() {
        assert_eq!(status(input(Some("100"), None, Some("2013-01-01"))), Status::Done);
        assert_eq!(status(input(Some("99"), None, Some("2013-06-29"))), Status::OffTrack);
        assert_eq!(status(input(Some("99"), None, Some("2013-06-30"))), Status::OnTrack);
        assert_eq!(status(input(None, Some("2013-07-01"), None)), Status::NotStarted);
        assert_eq!(status(input(None, None, None)), Status::NotStarted);
        assert_eq!(status(input(Some("10"), None, None)), Status::OnTrack);
        // Half of 2013 passed (181 of 364 days ≈ 49.7 %): 20 % done is 29.7 behind.
        assert_eq!(
            status(input(Some("20"), Some("2013-01-01"), Some("2013-12-31"))),
            Status::AtRisk
        );
        assert_eq!(
            status(input(Some("25"), Some("2013-01-01"), Some("2013-12-31"))),
            Status::OnTrack
        );
        // No progress counts as 0 once time has passed.
        assert_eq!(status(input(None, Some("2013-01-01"), Some("2013-12-31"))), Status::AtRisk);
        let mut overridden = input(Some("100"), None, None);
        overridden.status_override = Some(Status::Cancelled);
        assert_eq!(status(overridden), Status::Cancelled);
    }

    #[test]
    fn elapsed() {
        let s = elapsed_share(date("2013-01-01"), date("2013-01-11"), date("2013-01-06"));
        assert_eq!(s, Some(d("50")));
        let before = elapsed_share(date("2013-01-01"), date("2013-01-11"), date("2012-01-06"));
        assert_eq!(before, Some(d("0")));
        assert_eq!(elapsed_share(date("2013-01-01"), date("2013-01-01"), date("2013-01-06")), None);
    }
}

//! Charts: exact scales, text alternatives, and what they draw.

use super::*;
use crate::i18n::Language;
use std::str::FromStr;

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn da() -> (Formatter, &'static UiText) {
    let fmt = Formatter::new(Language::Da);
    let ui = Language::Da.ui();
    (fmt, ui)
}

#[test]
fn nice_steps_are_round() {
    assert_eq!(nice_step(d("0.9")), Some(d("1")));
    assert_eq!(nice_step(d("4")), Some(d("5")));
    assert_eq!(nice_step(d("2.1")), Some(d("2.5")));
    assert_eq!(nice_step(d("12.5")), Some(d("20")));
    assert_eq!(nice_step(d("0.03")), Some(d("0.05")));
    assert_eq!(nice_step(d("7000")), Some(d("10000")));
    assert_eq!(nice_step(Decimal::ZERO), None);
}

#[test]
fn axis_rounds_out_and_positions_exactly() {
    let axis = Axis::new([d("0"), d("20"), d("12.5")], 5).unwrap();
    assert_eq!((axis.lo, axis.hi, axis.step), (d("0"), d("20"), d("5")));
    // 12.5 of 20 in a 180 high plot from 44: 44 + 7.5 / 20 × 180 = 111.5.
    assert_eq!(axis.position(d("12.5"), 44, 180), Some(d("111.5")));
    assert_eq!(axis.ticks().unwrap(), vec![d("0"), d("5"), d("10"), d("15"), d("20")]);
    let negative = Axis::new([d("-3"), d("0"), d("9")], 4).unwrap();
    assert_eq!((negative.lo, negative.hi), (d("-5"), d("10")));
}

#[test]
fn budget_chart_has_name_description_and_both_series() {
    let (fmt, ui) = da();
    let years = [
        BudgetYear { year: 2013, planned: d("20"), realised: Some(d("12.5")) },
        BudgetYear { year: 2014, planned: d("2.9"), realised: None },
    ];
    let svg = budget_chart("budget-chart", "mio. kr.", &years, &fmt, ui);
    assert!(svg.starts_with("<svg class=\"chart chart--budget\" id=\"budget-chart\" role=\"img\" aria-labelledby=\"budget-chart-title budget-chart-desc\""), "{svg}");
    assert!(svg.contains("<title id=\"budget-chart-title\">Budget pr. år: planlagt og realiseret (mio. kr.)</title>"), "{svg}");
    assert!(svg.contains("2013: Planlagt: 20\u{a0}mio. kr.; Realiseret: 12,5\u{a0}mio. kr. 2014: Planlagt: 2,9\u{a0}mio. kr.</desc>"), "{svg}");
    // Two planned bars and one realised bar (plus one of each in the legend).
    assert_eq!(svg.matches("chart__bar chart__bar--planned").count(), 3);
    assert_eq!(svg.matches("chart__bar chart__bar--realised").count(), 2);
    assert!(svg.contains("url(#budget-chart-hatch)"));
    // Exact scale: axis 0..20, so 12.5 reaches 44 + 180 × 7.5 / 20 = 111.5, and
    // 2.9 reaches 44 + 180 × 17.1 / 20 = 197.9.
    assert!(svg.contains("y=\"111.5\" width=\"26\" height=\"112.5\""), "{svg}");
    assert!(svg.contains("y=\"197.9\" width=\"26\" height=\"26.1\""), "{svg}");
    // The axis names its unit, above its values.
    assert!(svg.contains("<text class=\"chart__unit\" x=\"4\" y=\"32\" font-size=\"12\" fill=\"currentColor\">mio. kr.</text>"), "{svg}");
    assert!(svg.ends_with("</svg>"));
}

#[test]
fn budget_chart_escapes_text_and_is_empty_without_years() {
    let (fmt, ui) = da();
    assert_eq!(budget_chart("b", "kr.", &[], &fmt, ui), "");
    let years = [BudgetYear { year: 2013, planned: d("1"), realised: None }];
    let svg = budget_chart("b", "<kr>", &years, &fmt, ui);
    assert!(!svg.contains("<kr>") && svg.contains("&lt;kr&gt;"), "{svg}");
}

#[test]
fn figures_too_large_to_scale_leave_the_chart_out() {
    let (fmt, ui) = da();
    let years = [BudgetYear { year: 2013, planned: Decimal::MAX, realised: Some(Decimal::MIN) }];
    assert_eq!(budget_chart("b", "kr.", &years, &fmt, ui), "");
}

#[test]
fn history_chart_places_points_by_date() {
    let (fmt, ui) = da();
    let date =
        |y, m, day| Date::from_calendar_date(y, time::Month::try_from(m).unwrap(), day).unwrap();
    let points = [
        Point { date: date(2012, 10, 1), value: d("78") },
        Point { date: date(2013, 4, 1), value: d("81.5") },
    ];
    let svg = history_chart(
        "g1",
        "Flere unge i uddannelse",
        "%",
        &points,
        Some(d("78")),
        d("85"),
        &fmt,
        ui,
    );
    assert!(svg.contains("role=\"img\""));
    assert!(
        svg.contains("<title id=\"g1-title\">Udvikling over tid: Flere unge i uddannelse</title>"),
        "{svg}"
    );
    assert!(svg.contains("1. oktober 2012: 78\u{a0}%. 1. april 2013: 81,5\u{a0}%. Udgangspunkt: 78\u{a0}%. Målværdi: 85\u{a0}%."), "{svg}");
    // Values 78..85 in about 4 steps: step 2, axis 78..86. Plot from y 34 (room for
    // the unit over the axis), 150 high: 78 → 34 + 150 × 8 / 8 = 184;
    // 81.5 → 34 + 150 × 4.5 / 8 = 118.375 → 118.38.
    // x: the first measurement at 64, the last at 64 + 300.
    assert!(svg.contains("points=\"64,184 364,118.38\""), "{svg}");
    assert!(svg.contains(">%</text>"), "the axis names its unit: {svg}");
    assert_eq!(svg.matches("<circle").count(), 2);
    let one = history_chart("g2", "x", "", &points[..1], None, d("85"), &fmt, ui);
    assert!(one.contains("cx=\"214\""), "{one}");
    assert!(!one.contains("polyline"));
    assert_eq!(history_chart("g3", "x", "", &[], None, d("1"), &fmt, ui), "");
}

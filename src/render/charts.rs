//! Inline SVG charts: budget per year, a goal's history, progress by theme.
//!
//! Pure functions from figures to SVG text. Every coordinate is computed with exact
//! decimals (no floats touch a figure) and printed with at most two decimals. Every
//! chart is `role="img"` with a `<title>` and a `<desc>` that says the same numbers in
//! words; the page shows them in a table beside it as well. Colours have at least 3:1
//! contrast against white, and a pattern (hatching), a marker or a text label tells
//! the series apart, so colour is never the only cue. Each element has a `chart__*`
//! class, so a theme's CSS can restyle them (presentation attributes are only
//! defaults).
//!
//! A chart that cannot be drawn exactly (figures so large that scaling them would
//! overflow a decimal) is left out: the functions then return an empty string, and
//! the table still shows the numbers.

use rust_decimal::Decimal;

use crate::i18n::{Formatter, UiText};
use crate::model::Date;

use super::html::escape_attr;

/// Planned bars, the history line and progress bars: dark blue, 8.6:1 on white.
const INK: &str = "#1d4f91";
/// Realised bars (hatched): dark orange, 5.6:1 on white.
const INK_2: &str = "#a34700";
/// Axis lines, ticks and bar tracks: grey, 5.7:1 on white.
const MUTED: &str = "#666666";
/// Grid lines: decorative only.
const GRID: &str = "#d4d4d4";

/// One year of budget sums of one unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BudgetYear {
    /// Year.
    pub year: i32,
    /// Sum of planned amounts.
    pub planned: Decimal,
    /// Sum of realised amounts, if any line gave one.
    pub realised: Option<Decimal>,
}

/// One measurement of a goal.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    /// When.
    pub date: Date,
    /// Value.
    pub value: Decimal,
}

/// One theme's progress.
#[derive(Debug, Clone, PartialEq)]
pub struct ThemeProgress<'a> {
    /// Theme title.
    pub title: &'a str,
    /// Progress in percent (0..100), if measured.
    pub progress: Option<Decimal>,
}

/// A bar chart of planned and realised budget per year, for one unit.
///
/// `id` must be unique on the page (it prefixes the ids of the title, the description
/// and the hatching pattern). Empty when there are no years or the figures are too
/// large to scale.
pub fn budget_chart(
    id: &str,
    unit: &str,
    years: &[BudgetYear],
    fmt: &Formatter,
    ui: &UiText,
) -> String {
    budget_svg(id, unit, years, fmt, ui).unwrap_or_default()
}

fn budget_svg(
    id: &str,
    unit: &str,
    years: &[BudgetYear],
    fmt: &Formatter,
    ui: &UiText,
) -> Option<String> {
    if years.is_empty() {
        return None;
    }
    // Layout, in user units (px at 1:1).
    let (left, right, top, bottom) = (64, 12, 44, 30);
    let group = 80;
    let bar = 26;
    let plot_h = 180;
    // At least as wide as the legend.
    let width = (left + group * years.len() as i64 + right).max(left + 240);
    let height = top + plot_h + bottom;

    let values = years.iter().flat_map(|y| std::iter::once(y.planned).chain(y.realised));
    let axis = Axis::new(values.chain([Decimal::ZERO]), 5)?;
    let y_of = |v: Decimal| axis.position(v, top, plot_h);
    let zero = y_of(Decimal::ZERO)?;

    let title = if unit.trim().is_empty() {
        ui.chart_budget_title.to_string()
    } else {
        format!("{} ({})", ui.chart_budget_title, unit.trim())
    };
    let desc = years
        .iter()
        .map(|y| {
            let planned = format!("{}: {}", ui.planned, fmt.amount(y.planned, unit));
            sentence(match y.realised {
                Some(r) => {
                    format!("{}: {planned}; {}: {}", y.year, ui.realised, fmt.amount(r, unit))
                }
                None => format!("{}: {planned}", y.year),
            })
        })
        .collect::<Vec<_>>()
        .join(" ");

    let mut svg = open_svg(id, "chart chart--budget", width, height, &title, &desc);
    svg.push_str(&format!(
        "<defs><pattern id=\"{id}-hatch\" class=\"chart__hatch\" width=\"6\" height=\"6\" \
         patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">\
         <rect width=\"2.5\" height=\"6\" fill=\"{INK_2}\"/></pattern></defs>"
    ));
    // Legend: solid for planned, hatched for realised.
    svg.push_str(&format!(
        "<g class=\"chart__legend\" font-size=\"13\">\
         <rect class=\"chart__bar chart__bar--planned\" x=\"{left}\" y=\"8\" width=\"14\" height=\"14\" fill=\"{INK}\"/>\
         <text x=\"{}\" y=\"19\" fill=\"currentColor\">{}</text>\
         <rect class=\"chart__bar chart__bar--realised\" x=\"{}\" y=\"8\" width=\"14\" height=\"14\" fill=\"url(#{id}-hatch)\" stroke=\"{INK_2}\" stroke-width=\"1.5\"/>\
         <text x=\"{}\" y=\"19\" fill=\"currentColor\">{}</text></g>",
        left + 20,
        escape_attr(ui.planned),
        left + 120,
        left + 140,
        escape_attr(ui.realised),
    ));
    svg.push_str(&grid(&axis, fmt, left, left + group * years.len() as i64, top, plot_h)?);
    // Bars: planned on the left of each year, realised on the right.
    for (n, y) in years.iter().enumerate() {
        let x0 = left + group * n as i64 + (group - 2 * bar - 4) / 2;
        svg.push_str(&bar_rect(
            "chart__bar chart__bar--planned",
            x0,
            bar,
            zero,
            y_of(y.planned)?,
            &format!("fill=\"{INK}\""),
        ));
        if let Some(r) = y.realised {
            svg.push_str(&bar_rect(
                "chart__bar chart__bar--realised",
                x0 + bar + 4,
                bar,
                zero,
                y_of(r)?,
                &format!("fill=\"url(#{id}-hatch)\" stroke=\"{INK_2}\" stroke-width=\"1.5\""),
            ));
        }
        svg.push_str(&format!(
            "<text class=\"chart__label\" x=\"{}\" y=\"{}\" font-size=\"13\" text-anchor=\"middle\" fill=\"currentColor\">{}</text>",
            left + group * n as i64 + group / 2,
            top + plot_h + 20,
            y.year
        ));
    }
    // The zero line on top of the bars.
    svg.push_str(&format!(
        "<line class=\"chart__axis\" x1=\"{left}\" x2=\"{}\" y1=\"{}\" y2=\"{}\" stroke=\"{MUTED}\" stroke-width=\"1.5\"/>",
        left + group * years.len() as i64,
        num(zero),
        num(zero)
    ));
    svg.push_str("</svg>");
    Some(svg)
}

/// A small line chart of a goal's measurements, with its target (and baseline) as
/// dashed lines.
///
/// `id` must be unique on the page. Empty when there are no measurements or the
/// figures are too large to scale.
#[allow(clippy::too_many_arguments)]
pub fn history_chart(
    id: &str,
    goal: &str,
    unit: &str,
    points: &[Point],
    baseline: Option<Decimal>,
    target: Decimal,
    fmt: &Formatter,
    ui: &UiText,
) -> String {
    history_svg(id, goal, unit, points, baseline, target, fmt, ui).unwrap_or_default()
}

#[allow(clippy::too_many_arguments)]
fn history_svg(
    id: &str,
    goal: &str,
    unit: &str,
    points: &[Point],
    baseline: Option<Decimal>,
    target: Decimal,
    fmt: &Formatter,
    ui: &UiText,
) -> Option<String> {
    let (first, last) = (points.first()?, points.last()?);
    let (left, right, top, bottom) = (64, 24, 20, 40);
    let (plot_w, plot_h) = (300, 150);
    let width = left + plot_w + right;
    let height = top + plot_h + bottom;

    let values = points.iter().map(|p| p.value).chain(baseline).chain([target]);
    let axis = Axis::new(values, 4)?;
    let y_of = |v: Decimal| axis.position(v, top, plot_h);
    // x: days since the first measurement, scaled to the plot; one point sits in the
    // middle. Measurements are oldest first; an out-of-order one is still placed by
    // its date (clamped to the plot).
    let day0 = Decimal::from(first.date.to_julian_day());
    let span = Decimal::from(last.date.to_julian_day()).checked_sub(day0)?;
    let x_of = |date: Date| -> Option<Decimal> {
        if span <= Decimal::ZERO {
            return Some(Decimal::from(left + plot_w / 2));
        }
        let days = Decimal::from(date.to_julian_day()).checked_sub(day0)?;
        let x = days.checked_mul(Decimal::from(plot_w))?.checked_div(span)?;
        Some(Decimal::from(left) + x.clamp(Decimal::ZERO, Decimal::from(plot_w)))
    };

    let title = format!("{}: {goal}", ui.chart_history_title);
    let mut desc = points
        .iter()
        .map(|p| sentence(format!("{}: {}", fmt.date(p.date), fmt.amount(p.value, unit))))
        .collect::<Vec<_>>();
    if let Some(b) = baseline {
        desc.push(sentence(format!("{}: {}", ui.baseline, fmt.amount(b, unit))));
    }
    desc.push(sentence(format!("{}: {}", ui.target, fmt.amount(target, unit))));
    let desc = desc.join(" ");

    let mut svg = open_svg(id, "chart chart--history", width, height, &title, &desc);
    svg.push_str(&grid(&axis, fmt, left, left + plot_w, top, plot_h)?);
    // Reference lines, labelled at their right end.
    let mut refs = vec![(target, ui.target, "chart__target", "6 4")];
    if let Some(b) = baseline {
        refs.push((b, ui.baseline, "chart__baseline", "2 3"));
    }
    for (value, label, class, dash) in refs {
        let y = num(y_of(value)?);
        svg.push_str(&format!(
            "<g class=\"{class}\"><line x1=\"{left}\" x2=\"{}\" y1=\"{y}\" y2=\"{y}\" stroke=\"{INK_2}\" stroke-width=\"1.5\" stroke-dasharray=\"{dash}\"/>\
             <text x=\"{}\" y=\"{}\" font-size=\"12\" text-anchor=\"end\" fill=\"currentColor\">{}</text></g>",
            left + plot_w,
            left + plot_w,
            y_of(value)?.checked_sub(Decimal::from(4)).map(num)?,
            escape_attr(label),
        ));
    }
    // The line and its markers.
    let mut coords = Vec::with_capacity(points.len());
    for p in points {
        coords.push((x_of(p.date)?, y_of(p.value)?));
    }
    if coords.len() > 1 {
        let path =
            coords.iter().map(|(x, y)| format!("{},{}", num(*x), num(*y))).collect::<Vec<_>>();
        svg.push_str(&format!(
            "<polyline class=\"chart__line\" points=\"{}\" fill=\"none\" stroke=\"{INK}\" stroke-width=\"2.5\"/>",
            path.join(" ")
        ));
    }
    for (x, y) in &coords {
        svg.push_str(&format!(
            "<circle class=\"chart__point\" cx=\"{}\" cy=\"{}\" r=\"4.5\" fill=\"{INK}\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>",
            num(*x),
            num(*y)
        ));
    }
    // Dates of the first and last measurement under the axis.
    let base = top + plot_h;
    svg.push_str(&format!(
        "<line class=\"chart__axis\" x1=\"{left}\" x2=\"{}\" y1=\"{base}\" y2=\"{base}\" stroke=\"{MUTED}\" stroke-width=\"1.5\"/>",
        left + plot_w
    ));
    let date_label = |x: i64, anchor: &str, date: Date| {
        format!(
            "<text class=\"chart__label\" x=\"{x}\" y=\"{}\" font-size=\"12\" text-anchor=\"{anchor}\" fill=\"currentColor\">{}</text>",
            base + 20,
            escape_attr(&fmt.date(date))
        )
    };
    if points.len() == 1 || span <= Decimal::ZERO {
        svg.push_str(&date_label(left + plot_w / 2, "middle", first.date));
    } else {
        svg.push_str(&date_label(left, "start", first.date));
        svg.push_str(&date_label(left + plot_w, "end", last.date));
    }
    svg.push_str("</svg>");
    Some(svg)
}

/// Horizontal bars of each theme's progress (0–100 %), each labelled with the theme's
/// title and its percentage ("not measured" in words when there is none).
///
/// `id` must be unique on the page. Empty when there are no themes.
pub fn theme_chart(id: &str, themes: &[ThemeProgress<'_>], fmt: &Formatter, ui: &UiText) -> String {
    theme_svg(id, themes, fmt, ui).unwrap_or_default()
}

fn theme_svg(
    id: &str,
    themes: &[ThemeProgress<'_>],
    fmt: &Formatter,
    ui: &UiText,
) -> Option<String> {
    if themes.is_empty() {
        return None;
    }
    let (left, track, row) = (4, 280, 48);
    let width = left + track + 64;
    let height = row * themes.len() as i64 + 8;
    let desc = themes
        .iter()
        .map(|t| match t.progress {
            Some(p) => sentence(format!("{}: {}", t.title, fmt.percent(p))),
            None => sentence(format!("{}: {}", t.title, ui.no_progress)),
        })
        .collect::<Vec<_>>()
        .join(" ");
    let mut svg = open_svg(id, "chart chart--themes", width, height, ui.by_theme, &desc);
    for (n, t) in themes.iter().enumerate() {
        let y = row * n as i64;
        svg.push_str(&format!(
            "<text class=\"chart__label\" x=\"{left}\" y=\"{}\" font-size=\"13\" fill=\"currentColor\">{}</text>",
            y + 16,
            escape_attr(&shorten(t.title, 44))
        ));
        let bar_y = y + 24;
        match t.progress {
            Some(p) => {
                let p = p.clamp(Decimal::ZERO, Decimal::ONE_HUNDRED);
                let w = p.checked_mul(Decimal::from(track))?.checked_div(Decimal::ONE_HUNDRED)?;
                svg.push_str(&format!(
                    "<rect class=\"chart__track\" x=\"{left}\" y=\"{bar_y}\" width=\"{track}\" height=\"14\" fill=\"none\" stroke=\"{MUTED}\"/>\
                     <rect class=\"chart__bar chart__bar--progress\" x=\"{left}\" y=\"{bar_y}\" width=\"{}\" height=\"14\" fill=\"{INK}\"/>\
                     <text class=\"chart__value\" x=\"{}\" y=\"{}\" font-size=\"13\" fill=\"currentColor\">{}</text>",
                    num(w),
                    left + track + 6,
                    bar_y + 12,
                    escape_attr(&fmt.percent(p)),
                ));
            }
            None => svg.push_str(&format!(
                "<text class=\"chart__value chart__value--none\" x=\"{left}\" y=\"{}\" font-size=\"13\" font-style=\"italic\" fill=\"currentColor\">{}</text>",
                bar_y + 12,
                escape_attr(ui.no_progress)
            )),
        }
    }
    svg.push_str("</svg>");
    Some(svg)
}

/// The opening `<svg>` with its accessible name and description.
fn open_svg(id: &str, class: &str, width: i64, height: i64, title: &str, desc: &str) -> String {
    format!(
        "<svg class=\"{class}\" id=\"{id}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" \
         width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" \
         xmlns=\"http://www.w3.org/2000/svg\">\
         <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        escape_attr(title),
        escape_attr(desc)
    )
}

/// Horizontal grid lines with their values on the left.
fn grid(
    axis: &Axis,
    fmt: &Formatter,
    left: i64,
    right: i64,
    top: i64,
    plot_h: i64,
) -> Option<String> {
    let mut out = String::from("<g class=\"chart__grid\">");
    for tick in axis.ticks()? {
        let y = num(axis.position(tick, top, plot_h)?);
        out.push_str(&format!(
            "<line x1=\"{left}\" x2=\"{right}\" y1=\"{y}\" y2=\"{y}\" stroke=\"{GRID}\"/>\
             <text class=\"chart__tick\" x=\"{}\" y=\"{y}\" dy=\"4\" font-size=\"12\" text-anchor=\"end\" fill=\"currentColor\">{}</text>",
            left - 6,
            escape_attr(&fmt.number(tick.normalize()))
        ));
    }
    out.push_str("</g>");
    Some(out)
}

/// A vertical bar between `zero` and `y` (either may be the top).
fn bar_rect(class: &str, x: i64, width: i64, zero: Decimal, y: Decimal, paint: &str) -> String {
    let (top, h) = if y <= zero { (y, zero - y) } else { (zero, y - zero) };
    format!(
        "<rect class=\"{class}\" x=\"{x}\" y=\"{}\" width=\"{width}\" height=\"{}\" {paint}/>",
        num(top),
        num(h)
    )
}

/// A value axis: from a round number at or below the smallest value to one at or above
/// the largest, in round steps.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Axis {
    lo: Decimal,
    hi: Decimal,
    step: Decimal,
}

impl Axis {
    /// An axis for `values` with about `ticks` steps; `None` when they are too large to
    /// scale exactly.
    fn new(values: impl IntoIterator<Item = Decimal>, ticks: u32) -> Option<Axis> {
        let mut values = values.into_iter();
        let first = values.next()?;
        let (mut lo, mut hi) = (first, first);
        for v in values {
            lo = lo.min(v);
            hi = hi.max(v);
        }
        if lo == hi {
            // One value: an axis around it (from zero, when it is positive).
            if lo > Decimal::ZERO {
                lo = Decimal::ZERO;
            } else if hi < Decimal::ZERO {
                hi = Decimal::ZERO;
            } else {
                hi = Decimal::ONE;
            }
        }
        let step = nice_step(hi.checked_sub(lo)?.checked_div(Decimal::from(ticks))?)?;
        let lo = lo.checked_div(step)?.floor().checked_mul(step)?;
        let hi = hi.checked_div(step)?.ceil().checked_mul(step)?;
        // At most ~12 ticks: rounding out both ends adds at most two steps.
        Some(Axis { lo, hi, step })
    }

    /// The y coordinate of `v` in a plot `height` high starting at `top`.
    fn position(&self, v: Decimal, top: i64, height: i64) -> Option<Decimal> {
        let range = self.hi.checked_sub(self.lo)?;
        let offset = self.hi.checked_sub(v)?.checked_mul(Decimal::from(height))?;
        Some(Decimal::from(top) + offset.checked_div(range)?)
    }

    /// The values of the grid lines, from `lo` to `hi`.
    fn ticks(&self) -> Option<Vec<Decimal>> {
        let mut out = Vec::new();
        let mut v = self.lo;
        while v <= self.hi && out.len() < 16 {
            out.push(v);
            v = v.checked_add(self.step)?;
        }
        Some(out)
    }
}

/// The smallest of 1, 2, 2.5, 5 × 10ⁿ that is at least `raw` (positive).
fn nice_step(raw: Decimal) -> Option<Decimal> {
    if raw <= Decimal::ZERO {
        return None;
    }
    let ten = Decimal::TEN;
    let mut magnitude = Decimal::ONE;
    // A decimal has at most 28 digits either side of the point: 64 rounds is plenty.
    for _ in 0..64 {
        if magnitude > raw {
            match magnitude.checked_div(ten) {
                Some(m) if m > Decimal::ZERO => magnitude = m,
                _ => break,
            }
        } else if magnitude.checked_mul(ten)? <= raw {
            magnitude = magnitude.checked_mul(ten)?;
        } else {
            break;
        }
    }
    [Decimal::ONE, Decimal::TWO, Decimal::new(25, 1), Decimal::from(5), ten]
        .into_iter()
        .filter_map(|f| f.checked_mul(magnitude))
        .find(|s| *s >= raw)
}

/// `text` ending in a full stop (a unit like "mio. kr." already has one).
fn sentence(mut text: String) -> String {
    if !text.ends_with('.') {
        text.push('.');
    }
    text
}

/// A coordinate with at most two decimals, as SVG reads it (`12.5`, `180`).
fn num(v: Decimal) -> String {
    v.round_dp(2).normalize().to_string()
}

/// `text` cut to `max` characters with an ellipsis (the table beside the chart has the
/// whole text).
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out: String = text.chars().take(max - 1).collect();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
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
        let years =
            [BudgetYear { year: 2013, planned: Decimal::MAX, realised: Some(Decimal::MIN) }];
        assert_eq!(budget_chart("b", "kr.", &years, &fmt, ui), "");
    }

    #[test]
    fn history_chart_places_points_by_date() {
        let (fmt, ui) = da();
        let date = |y, m, day| {
            Date::from_calendar_date(y, time::Month::try_from(m).unwrap(), day).unwrap()
        };
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
            svg.contains(
                "<title id=\"g1-title\">Udvikling over tid: Flere unge i uddannelse</title>"
            ),
            "{svg}"
        );
        assert!(svg.contains("1. oktober 2012: 78\u{a0}%. 1. april 2013: 81,5\u{a0}%. Udgangspunkt: 78\u{a0}%. Målværdi: 85\u{a0}%."), "{svg}");
        // Values 78..85 in about 4 steps: step 2, axis 78..86. Plot from y 20, 150 high:
        // 78 → 20 + 150 × 8 / 8 = 170; 81.5 → 20 + 150 × 4.5 / 8 = 104.375 → 104.38.
        // x: the first measurement at 64, the last at 64 + 300.
        assert!(svg.contains("points=\"64,170 364,104.38\""), "{svg}");
        assert_eq!(svg.matches("<circle").count(), 2);
        let one = history_chart("g2", "x", "", &points[..1], None, d("85"), &fmt, ui);
        assert!(one.contains("cx=\"214\""), "{one}");
        assert!(!one.contains("polyline"));
        assert_eq!(history_chart("g3", "x", "", &[], None, d("1"), &fmt, ui), "");
    }

    #[test]
    fn theme_chart_labels_every_bar() {
        let (fmt, ui) = da();
        let themes = [
            ThemeProgress { title: "Velfærd og kvalitet", progress: Some(d("62.5")) },
            ThemeProgress { title: "Erhverv", progress: None },
        ];
        let svg = theme_chart("theme-chart", &themes, &fmt, ui);
        assert!(svg.contains("<title id=\"theme-chart-title\">Fremdrift pr. tema</title>"));
        assert!(
            svg.contains("Velfærd og kvalitet: 63\u{a0}%. Erhverv: Fremdrift ikke målt."),
            "{svg}"
        );
        // 62.5 % of a 280 wide track is 175.
        assert!(svg.contains("width=\"175\" height=\"14\""), "{svg}");
        assert!(svg.contains(">63\u{a0}%</text>"));
        assert!(svg.contains(">Fremdrift ikke målt</text>"));
        assert_eq!(theme_chart("t", &[], &fmt, ui), "");
    }
}

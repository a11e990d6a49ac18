//! A goal's measurements over time, with its target and baseline.

use rust_decimal::Decimal;

use super::*;

/// One measurement of a goal.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    /// When.
    pub date: Date,
    /// Value.
    pub value: Decimal,
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
    let (left, right, top, bottom) = (64, 24, 34, 40);
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
    let desc = history_description(unit, points, baseline, target, fmt, ui);
    let mut svg = open_svg(id, "chart chart--history", width, height, &title, &desc);
    svg.push_str(&grid(&axis, fmt, unit, left, left + plot_w, top, plot_h)?);
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
    svg.push_str(&line_with_markers(&coords));
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

/// What a history chart shows, in sentences: each measurement, the baseline, the target.
fn history_description(
    unit: &str,
    points: &[Point],
    baseline: Option<Decimal>,
    target: Decimal,
    fmt: &Formatter,
    ui: &UiText,
) -> String {
    let mut desc = points
        .iter()
        .map(|p| sentence(format!("{}: {}", fmt.date(p.date), fmt.amount(p.value, unit))))
        .collect::<Vec<_>>();
    if let Some(b) = baseline {
        desc.push(sentence(format!("{}: {}", ui.baseline, fmt.amount(b, unit))));
    }
    desc.push(sentence(format!("{}: {}", ui.target, fmt.amount(target, unit))));
    desc.join(" ")
}

/// A line through `coords` (when there are two or more) and a marker at each.
fn line_with_markers(coords: &[(Decimal, Decimal)]) -> String {
    let mut svg = String::new();
    if coords.len() > 1 {
        let path =
            coords.iter().map(|(x, y)| format!("{},{}", num(*x), num(*y))).collect::<Vec<_>>();
        svg.push_str(&format!(
            "<polyline class=\"chart__line\" points=\"{}\" fill=\"none\" stroke=\"{INK}\" stroke-width=\"2.5\"/>",
            path.join(" ")
        ));
    }
    for (x, y) in coords {
        svg.push_str(&format!(
            "<circle class=\"chart__point\" cx=\"{}\" cy=\"{}\" r=\"4.5\" fill=\"{INK}\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>",
            num(*x),
            num(*y)
        ));
    }
    svg
}

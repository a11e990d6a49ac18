//! Budget per year: planned and realised amounts as bars.

use rust_decimal::Decimal;

use super::*;

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

    let (title, desc) = budget_description(unit, years, fmt, ui);
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
    svg.push_str(&grid(&axis, fmt, unit, left, left + group * years.len() as i64, top, plot_h)?);
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

/// A budget chart's title and what it shows, in sentences: each year's planned and
/// realised amounts.
fn budget_description(
    unit: &str,
    years: &[BudgetYear],
    fmt: &Formatter,
    ui: &UiText,
) -> (String, String) {
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
    (title, desc)
}

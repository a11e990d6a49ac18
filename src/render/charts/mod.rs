//! Inline SVG charts: budget per year and a goal's history. (Progress by theme is a
//! table with a bar per row on the strategy page: one form, not a chart above it too.)
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

mod budget;
mod history;

pub use budget::{budget_chart, BudgetYear};
pub use history::{history_chart, Point};

/// Planned bars, the history line and progress bars: dark blue, 8.6:1 on white.
pub(super) const INK: &str = "#1d4f91";
/// Realised bars (hatched): dark orange, 5.6:1 on white.
pub(super) const INK_2: &str = "#a34700";
/// Axis lines, ticks and bar tracks: grey, 5.7:1 on white.
pub(super) const MUTED: &str = "#666666";
/// Grid lines: decorative only.
pub(super) const GRID: &str = "#d4d4d4";

/// The opening `<svg>` with its accessible name and description.
pub(super) fn open_svg(
    id: &str,
    class: &str,
    width: i64,
    height: i64,
    title: &str,
    desc: &str,
) -> String {
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
/// The horizontal grid lines with their values, and the values' unit over them (so
/// that the axis reads "mio. kr.", not bare numbers; `top` leaves room for it).
pub(super) fn grid(
    axis: &Axis,
    fmt: &Formatter,
    unit: &str,
    left: i64,
    right: i64,
    top: i64,
    plot_h: i64,
) -> Option<String> {
    let mut out = String::from("<g class=\"chart__grid\">");
    if !unit.trim().is_empty() {
        out.push_str(&format!(
            "<text class=\"chart__unit\" x=\"4\" y=\"{}\" font-size=\"12\" fill=\"currentColor\">{}</text>",
            top - 12,
            escape_attr(unit.trim())
        ));
    }
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
pub(super) fn bar_rect(
    class: &str,
    x: i64,
    width: i64,
    zero: Decimal,
    y: Decimal,
    paint: &str,
) -> String {
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
pub(super) struct Axis {
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
pub(super) fn nice_step(raw: Decimal) -> Option<Decimal> {
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
pub(super) fn sentence(mut text: String) -> String {
    if !text.ends_with('.') {
        text.push('.');
    }
    text
}

/// A coordinate with at most two decimals, as SVG reads it (`12.5`, `180`).
pub(super) fn num(v: Decimal) -> String {
    v.round_dp(2).normalize().to_string()
}

#[cfg(test)]
mod tests;

//! Each theme's progress as a horizontal bar.

use rust_decimal::Decimal;

use super::*;

/// One theme's progress.
#[derive(Debug, Clone, PartialEq)]
pub struct ThemeProgress<'a> {
    /// Theme title.
    pub title: &'a str,
    /// Progress in percent (0..100), if measured.
    pub progress: Option<Decimal>,
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

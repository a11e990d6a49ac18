//! Progress badges: small SVGs in the style known from project READMEs
//! ("fremdrift | 62 % · På rette spor").
//!
//! Colours follow status; every colour pair has a contrast of at least 4.5:1 with its
//! white text, and the status is written out, so nothing rests on colour alone.

use crate::model::Status;
use crate::render::html::escape_attr;

/// Background colour of the value half, by status (white text on all of them).
pub fn status_colour(status: Option<Status>) -> &'static str {
    match status {
        Some(Status::OnTrack) => "#1a7335",
        Some(Status::AtRisk) => "#8a4b00",
        Some(Status::OffTrack) => "#b3261e",
        Some(Status::Done) => "#1d5fa8",
        Some(Status::NotStarted) | Some(Status::Cancelled) => "#555b61",
        None => "#555b61",
    }
}

/// Approximate advance width in px of a character in 11 px Verdana/DejaVu Sans, so the
/// badge fits its text without a font measuring step.
fn char_width(c: char) -> u32 {
    match c {
        'i' | 'l' | 'j' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | ' ' | '\u{a0}' | '·' => 4,
        'f' | 't' | 'r' | 'I' | '(' | ')' | '-' => 5,
        'm' | 'w' | 'M' | 'W' | '%' | '@' => 10,
        c if c.is_uppercase() => 8,
        c if c.is_ascii_digit() => 7,
        _ => 7,
    }
}

fn text_width(text: &str) -> u32 {
    text.chars().map(char_width).sum()
}

/// A badge's height, in px.
pub const HEIGHT: u32 = 20;

/// The space around each half's text, in px.
const PAD: u32 = 6;

/// A badge's width, in px: what pages give its `<img>` so nothing shifts as it loads.
pub fn width(label: &str, value: &str) -> u32 {
    text_width(label) + text_width(value) + 4 * PAD
}

/// Renders a badge: `label` on grey, `value` on the status colour.
pub fn badge(label: &str, value: &str, status: Option<Status>, title: &str) -> String {
    let pad = PAD;
    let left = text_width(label) + 2 * pad;
    let right = text_width(value) + 2 * pad;
    let width = left + right;
    debug_assert_eq!(width, self::width(label, value));
    let colour = status_colour(status);
    let label_e = escape_attr(label);
    let value_e = escape_attr(value);
    let title_e = escape_attr(title);
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="20" viewBox="0 0 {width} 20" role="img" aria-label="{title_e}">
<title>{title_e}</title>
<rect width="{left}" height="20" rx="3" fill="#3d4247"/>
<rect x="{left}" width="{right}" height="20" rx="3" fill="{colour}"/>
<rect x="{left}" width="4" height="20" fill="{colour}"/>
<g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">
<text x="{lx}" y="14">{label_e}</text>
<text x="{vx}" y="14">{value_e}</text>
</g>
</svg>
"##,
        lx = pad,
        vx = left + pad,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn badge_has_text_title_and_colour() {
        let svg =
            badge("fremdrift", "62 % · På rette spor", Some(Status::OnTrack), "Fremdrift: 62 %");
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.contains("<title>Fremdrift: 62 %</title>"));
        assert!(svg.contains(">62 % · På rette spor</text>"));
        assert!(svg.contains("#1a7335"));
    }

    #[test]
    fn badge_escapes() {
        let svg = badge("a<b", "x&y", None, "t\"");
        assert!(svg.contains("a&lt;b") && svg.contains("x&amp;y") && svg.contains("t&quot;"));
    }
}

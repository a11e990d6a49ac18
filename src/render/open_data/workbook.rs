//! `/data/<site>.xlsx`: the tables as an Excel workbook for people: one sheet per
//! table, headers in the site's language, real numbers and dates, progress as
//! percentages, the header row frozen, filters on, columns as wide as their content.
//!
//! Excel keeps every number as a binary floating-point value: figures are handed over
//! as exact decimals and Excel shows them as written up to 15 significant digits (the
//! CSV files keep every digit). Text that would run as a formula is neutralised as in
//! the CSV files. The workbook is dated by the site's `as_of`, so the same site always
//! gives the same bytes.
//!
//! What a cell cannot hold does not cost the site its workbook (its link is on every
//! page): a date Excel cannot show (before 1900, as a mistyped `0214-12-31` is) is
//! written as the text the CSV files have, and a text longer than a cell's 32,767
//! characters is cut there, ending in `…` (the CSV files and `site.json` have it whole).

use std::borrow::Cow;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use super::csv::neutralise;
use super::labels;
use super::tables::{Cell, Kind, Table};
use super::xlsx::{holds_date, Style, Value, Xlsx, XlsxError, MAX_TEXT};
use crate::i18n::Formatter;
use crate::link::SiteIndex;

/// A workbook being written, a sheet per table.
pub(super) struct WorkbookWriter {
    book: Xlsx,
    language: crate::i18n::Language,
}

impl WorkbookWriter {
    /// A workbook for `site`, dated by its `as_of`.
    pub(super) fn new(site: &SiteIndex) -> Result<WorkbookWriter, XlsxError> {
        let config = &site.config;
        Ok(WorkbookWriter {
            book: Xlsx::new(&config.title, &config.organisation, site.as_of)?,
            language: config.language,
        })
    }

    /// Adds `table` as a sheet, its rows written as they come.
    pub(super) fn add(&mut self, table: &Table) -> Result<(), XlsxError> {
        let language = self.language;
        let columns = u16::try_from(table.columns.len()).unwrap_or(u16::MAX);
        let rows = u32::try_from(table.rows.len()).unwrap_or(u32::MAX);
        // The cells span the header and every row down to the last with a value.
        let last_row = table
            .rows
            .iter()
            .rposition(|row| row.iter().any(|cell| !is_empty(cell)))
            .map_or(1, |r| u32::try_from(r + 2).unwrap_or(u32::MAX));
        let widths = column_widths(table, language);
        let mut sheet = self.book.sheet(
            labels::table(table.name, language),
            (last_row, columns),
            rows.saturating_add(1),
            &widths,
        )?;
        sheet.row(1)?;
        for (c, column) in (0..).zip(&table.columns) {
            sheet.cell(c, Value::Text(labels::column(column.name, language)), Style::Bold)?;
        }
        for (r, row) in (2..).zip(&table.rows) {
            sheet.row(r)?;
            for (c, (cell, column)) in (0..).zip(row.iter().zip(&table.columns)) {
                write_cell(&mut sheet, c, cell, column.kind)?;
            }
        }
        sheet.finish()
    }

    /// The workbook's bytes.
    pub(super) fn finish(self) -> Result<Vec<u8>, XlsxError> {
        self.book.finish()
    }
}

/// True for a cell the workbook leaves empty.
fn is_empty(cell: &Cell) -> bool {
    match cell {
        Cell::Empty => true,
        Cell::Text(text) => text.is_empty(),
        Cell::Number(_) | Cell::Date(_) | Cell::Bool(_) => false,
    }
}

/// Each column as wide as its widest value (in characters), within reason: the header
/// and its filter button always fit, and a long text wraps at 60 characters' width.
/// (Worked out from the table rather than by the workbook's own autofit, which measured
/// every cell again and was most of the workbook's time on a large site.)
fn column_widths(table: &Table, language: crate::i18n::Language) -> Vec<u16> {
    const FILTER_BUTTON: usize = 3;
    const WIDEST: usize = 60;
    table
        .columns
        .iter()
        .enumerate()
        .map(|(c, column)| {
            let header = labels::column(column.name, language).chars().count() + FILTER_BUTTON;
            let widest =
                table.rows.iter().map(|row| width(&row[c], column.kind)).max().unwrap_or(0);
            u16::try_from(header.max(widest).min(WIDEST) + 1).unwrap_or(u16::MAX)
        })
        .collect()
}

/// How many characters a cell shows.
fn width(cell: &Cell, kind: Kind) -> usize {
    match (cell, kind) {
        (Cell::Empty, _) => 0,
        (Cell::Text(t), _) => t.chars().count(),
        (Cell::Number(_), Kind::Percent) => 8,
        (Cell::Number(n), _) => n.to_string().len(),
        (Cell::Date(_), _) => 10,
        (Cell::Bool(_), _) => 5,
    }
}

fn write_cell(
    sheet: &mut super::xlsx::Sheet<'_>,
    col: u16,
    cell: &Cell,
    kind: Kind,
) -> Result<(), XlsxError> {
    match (cell, kind) {
        (Cell::Empty, _) => Ok(()),
        // Excel keeps binary floating point: up to 15 significant digits show as
        // written (the CSV files keep every digit).
        (Cell::Number(n), Kind::Percent) => {
            let fraction = (*n / Decimal::ONE_HUNDRED).to_f64().unwrap_or_default();
            sheet.cell(col, Value::Number(fraction), Style::Percent)
        }
        (Cell::Number(n), _) => {
            sheet.cell(col, Value::Number(n.to_f64().unwrap_or_default()), Style::Plain)
        }
        (Cell::Date(d), _) if holds_date(*d) => sheet.cell(col, Value::Date(*d), Style::Date),
        (Cell::Date(d), _) => sheet.cell(col, Value::Text(&Formatter::iso_date(*d)), Style::Plain),
        (Cell::Bool(b), _) => sheet.cell(col, Value::Bool(*b), Style::Plain),
        (Cell::Text(t), _) => {
            sheet.cell(col, Value::Text(&fit_in_cell(&neutralise(t))), Style::Plain)
        }
    }
}

/// `text` as a cell holds it: whole, or cut to 32,766 UTF-16 units and `…`.
fn fit_in_cell(text: &str) -> Cow<'_, str> {
    // (A text has no more UTF-16 units than bytes.)
    if text.len() <= MAX_TEXT || text.encode_utf16().count() <= MAX_TEXT {
        return Cow::Borrowed(text);
    }
    let mut units = 0;
    let cut = text
        .char_indices()
        .find(|(_, c)| {
            units += c.len_utf16();
            units > MAX_TEXT - 1
        })
        .map_or(text.len(), |(at, _)| at);
    Cow::Owned(format!("{}…", &text[..cut]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_too_long_for_a_cell_is_cut_to_fit_with_an_ellipsis() {
        let fits = "x".repeat(MAX_TEXT);
        assert!(matches!(fit_in_cell(&fits), Cow::Borrowed(_)));
        // Counted in UTF-16 units, as Excel counts: "ø" is one, "𝄞" two.
        let nordic = "ø".repeat(MAX_TEXT);
        assert!(matches!(fit_in_cell(&nordic), Cow::Borrowed(_)));
        let long = format!("{}𝄞𝄞", "x".repeat(MAX_TEXT - 2));
        let cut = fit_in_cell(&long);
        assert_eq!(cut.encode_utf16().count(), MAX_TEXT - 1);
        assert_eq!(cut, format!("{}…", "x".repeat(MAX_TEXT - 2)), "never half a character");
        let longer = "x".repeat(MAX_TEXT + 10);
        let cut = fit_in_cell(&longer);
        assert_eq!(cut.encode_utf16().count(), MAX_TEXT);
        assert!(cut.ends_with("x…"));
    }
}

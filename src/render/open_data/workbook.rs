//! `/data/<site>.xlsx`: the tables as an Excel workbook for people: one sheet per
//! table, headers in the site's language, real numbers and dates, progress as
//! percentages, the header row frozen, filters on, columns as wide as their content.
//!
//! Excel keeps every number as a binary floating-point value: figures are handed over
//! as exact decimals and Excel shows them as written up to 15 significant digits (the
//! CSV files keep every digit). Text that would run as a formula is neutralised as in
//! the CSV files. The workbook is dated by the site's `as_of`, so the same site always
//! gives the same bytes.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use super::csv::neutralise;
use super::labels;
use super::tables::{Cell, Kind, Table};
use super::xlsx::{Style, Value, Xlsx, XlsxError};
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
        (Cell::Date(d), _) => sheet.cell(col, Value::Date(*d), Style::Date),
        (Cell::Bool(b), _) => sheet.cell(col, Value::Bool(*b), Style::Plain),
        (Cell::Text(t), _) => sheet.cell(col, Value::Text(&neutralise(t)), Style::Plain),
    }
}

//! `/data/<site>.xlsx`: the tables as an Excel workbook for people: one sheet per
//! table, headers in the site's language, real numbers and dates, progress as
//! percentages, the header row frozen, filters on, columns as wide as their content.
//!
//! Excel keeps every number as a binary floating-point value: figures are handed over
//! as exact decimals and Excel shows them as written up to 15 significant digits (the
//! CSV files keep every digit). Text that would run as a formula is neutralised as in
//! the CSV files. The workbook is dated by the site's `as_of`, so the same site always
//! gives the same bytes.

use rust_decimal::Decimal;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use super::csv::neutralise;
use super::labels;
use super::tables::{Cell, Kind, Table};
use crate::link::SiteIndex;

/// A workbook being written, a sheet per table.
pub(super) struct WorkbookWriter {
    book: Workbook,
    language: crate::i18n::Language,
    header: Format,
    percent: Format,
    date: Format,
}

impl WorkbookWriter {
    /// A workbook for `site`, dated by its `as_of`.
    pub(super) fn new(site: &SiteIndex) -> Result<WorkbookWriter, XlsxError> {
        let config = &site.config;
        let mut book = Workbook::new();
        // The fastest deflate: a few per cent larger, a third of the time (the workbook
        // was a large site's slowest file).
        book.set_zip_compression_level(1);
        book.set_properties(
            &DocProperties::new()
                .set_title(&config.title)
                .set_author(&config.organisation)
                .set_creation_datetime(&excel_date(site.as_of)?),
        );
        Ok(WorkbookWriter {
            book,
            language: config.language,
            header: Format::new().set_bold(),
            percent: Format::new().set_num_format("0.00%"),
            date: Format::new().set_num_format("yyyy-mm-dd"),
        })
    }

    /// Adds `table` as a sheet. Its rows go to the sheet's file as they are written
    /// (the workbook's "constant memory" mode), so a large table is not held twice.
    pub(super) fn add(&mut self, table: &Table) -> Result<(), XlsxError> {
        let language = self.language;
        let sheet = self.book.add_worksheet_with_constant_memory()?;
        sheet.set_name(labels::table(table.name, language))?;
        for (c, width) in column_widths(table, language).into_iter().enumerate() {
            sheet.set_column_width(u16::try_from(c).unwrap_or(u16::MAX), width)?;
        }
        for (c, column) in table.columns.iter().enumerate() {
            let c = u16::try_from(c).unwrap_or(u16::MAX);
            sheet.write_string_with_format(
                0,
                c,
                labels::column(column.name, language),
                &self.header,
            )?;
        }
        for (r, row) in table.rows.iter().enumerate() {
            let r = u32::try_from(r + 1).unwrap_or(u32::MAX);
            for (c, (cell, column)) in row.iter().zip(&table.columns).enumerate() {
                let c = u16::try_from(c).unwrap_or(u16::MAX);
                write_cell(sheet, r, c, cell, column.kind, (&self.percent, &self.date))?;
            }
        }
        let last_row = u32::try_from(table.rows.len()).unwrap_or(u32::MAX);
        let last_col = u16::try_from(table.columns.len().saturating_sub(1)).unwrap_or(0);
        sheet.set_freeze_panes(1, 0)?;
        sheet.autofilter(0, 0, last_row, last_col)?;
        Ok(())
    }

    /// The workbook's bytes.
    pub(super) fn finish(mut self) -> Result<Vec<u8>, XlsxError> {
        self.book.save_to_buffer()
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
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    cell: &Cell,
    kind: Kind,
    (percent, date): (&Format, &Format),
) -> Result<(), XlsxError> {
    match (cell, kind) {
        (Cell::Empty, _) => {}
        (Cell::Number(n), Kind::Percent) => {
            sheet.write_with_format(row, col, *n / Decimal::ONE_HUNDRED, percent)?;
        }
        (Cell::Number(n), _) => {
            sheet.write(row, col, *n)?;
        }
        (Cell::Date(d), _) => {
            sheet.write_date_with_format(row, col, &excel_date(*d)?, date)?;
        }
        (Cell::Bool(b), _) => {
            sheet.write_boolean(row, col, *b)?;
        }
        (Cell::Text(t), _) => {
            sheet.write_string(row, col, neutralise(t))?;
        }
    }
    Ok(())
}

fn excel_date(date: crate::model::Date) -> Result<ExcelDateTime, XlsxError> {
    let year =
        u16::try_from(date.year()).map_err(|_| XlsxError::DateTimeRangeError(date.to_string()))?;
    ExcelDateTime::from_ymd(year, u8::from(date.month()), date.day())
}

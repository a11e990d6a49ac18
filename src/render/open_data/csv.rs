//! The CSV files: RFC 4180 (comma, CRLF, quotes where needed), UTF-8 without a byte-order
//! mark, `.` before decimals, ISO dates: the same in every language, because they are
//! for programs (the workbook is for people).
//!
//! A text cell that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`,
//! `@`, a tab or a carriage return) gets a leading `'`, as OWASP advises; numbers stay
//! numbers.

use super::tables::{Cell, Table};

/// A text as a spreadsheet may safely show it: see the module docs.
pub fn neutralise(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}").into()
    } else {
        text.into()
    }
}

/// A cell as CSV text.
fn field(cell: &Cell) -> std::borrow::Cow<'_, str> {
    match cell {
        Cell::Empty => "".into(),
        Cell::Text(text) => neutralise(text),
        Cell::Number(n) => n.to_string().into(),
        Cell::Date(d) => crate::i18n::Formatter::iso_date(*d).into(),
        Cell::Bool(b) => if *b { "true" } else { "false" }.into(),
    }
}

/// `table` as a CSV file with a header row of its column names.
pub(super) fn write(table: &Table) -> Vec<u8> {
    // Room for the file at the ~30 bytes a field takes on a large site, rather than a
    // buffer copied each time it doubles (to 6 MB on 10,000 initiatives).
    let mut out = Vec::with_capacity(32 * table.columns.len() * (table.rows.len() + 1));
    {
        let mut writer =
            csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(&mut out);
        // Writing into memory cannot fail.
        let _ = writer.write_record(table.columns.iter().map(|c| c.name));
        for row in &table.rows {
            // Field by field: a record of borrowed texts without a copy of each.
            for cell in row {
                let _ = writer.write_field(field(cell).as_bytes());
            }
            let _ = writer.write_record(None::<&[u8]>);
        }
        let _ = writer.flush();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::open_data::tables::{Column, Kind};
    use rust_decimal::Decimal;

    #[test]
    fn formulas_are_neutralised_and_numbers_kept_as_written() {
        let table = Table {
            name: "t",
            columns: vec![
                Column { name: "text", kind: Kind::Text },
                Column { name: "n", kind: Kind::Number },
            ],
            rows: vec![
                vec![
                    Cell::Text("=HYPERLINK(\"x\")".into()),
                    Cell::Number("-3.50".parse::<Decimal>().unwrap()),
                ],
                vec![Cell::Text("+1, \"quoted\"".into()), Cell::Empty],
                vec![Cell::Text("@SUM(A1)".into()), Cell::Number(Decimal::from(7))],
                vec![Cell::Text("\tx".into()), Cell::Text("plain".into())],
            ],
            primary_key: None,
            foreign_keys: Vec::new(),
        };
        let text = String::from_utf8(write(&table)).unwrap();
        assert_eq!(
            text,
            "text,n\r\n\"'=HYPERLINK(\"\"x\"\")\",-3.50\r\n\"'+1, \"\"quoted\"\"\",\r\n'@SUM(A1),7\r\n'\tx,plain\r\n"
        );
    }
}

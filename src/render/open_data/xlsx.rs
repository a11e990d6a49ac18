//! A writer of the one kind of Excel workbook the open data needs (Office Open XML,
//! ECMA-376): sheets of text, numbers, dates and true/false values, a bold header row
//! that stays in view, a filter over each table, and set column widths.
//!
//! Its parts are the ones `rust_xlsxwriter` writes for such a workbook, byte for byte
//! (the tests hold them against it): that crate's output is checked against files made
//! by Excel, and the parts were taken from it on purpose. The crate itself was the
//! slowest file of a large build (a map per row, a hashed format per cell, every row
//! through a temporary file): this writer streams each sheet's XML straight into its
//! compressed part.
//!
//! What Excel cannot hold is an error, and the caller leaves the workbook out: a date
//! before 1900 or after 9999, a text of more than 32,767 characters, a sheet of more
//! than 1,048,576 rows.

use std::fmt::Write as _;
use std::io::Write;

use zip::write::{SimpleFileOptions, ZipFileBuilder};
use zip::{CompressionMethod, DateTime, ZipWriter};

/// Why a workbook could not be made.
#[derive(Debug)]
pub(super) enum XlsxError {
    /// A date Excel cannot show (before 1900 or after 9999).
    DateOutOfRange,
    /// A text longer than a cell can hold.
    TextTooLong,
    /// More rows than a sheet holds.
    TooManyRows,
    /// The zip container could not be written (it is written in memory: not expected).
    Zip,
}

impl From<zip::result::ZipError> for XlsxError {
    fn from(_: zip::result::ZipError) -> Self {
        XlsxError::Zip
    }
}

impl From<std::io::Error> for XlsxError {
    fn from(_: std::io::Error) -> Self {
        XlsxError::Zip
    }
}

/// How a cell looks beyond its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Style {
    /// As Excel shows a value by default.
    Plain,
    /// Bold (the header row).
    Bold,
    /// A date as `yyyy-mm-dd`.
    Date,
    /// A fraction as a percentage with two decimals (`0.7592` as `75.92%`).
    Percent,
}

/// A cell's value.
#[derive(Debug, Clone, Copy)]
pub(super) enum Value<'a> {
    Text(&'a str),
    Number(f64),
    Date(crate::model::Date),
    Bool(bool),
}

/// The size of the pieces a sheet's rows are compressed in.
const CHUNK: usize = 8 * 1024;

/// The most rows a sheet holds.
const MAX_ROWS: u32 = 1_048_576;

/// The longest text a cell holds, in UTF-16 units.
pub(super) const MAX_TEXT: usize = 32_767;

/// The widths Excel gives a column of `n` characters: `n` plus five pixels of padding
/// in 7-pixel digits, in 256ths of a character.
fn width_attribute(chars: u16) -> String {
    let pixels = u32::from(chars) * 7 + 5;
    let width = f64::from(pixels * 256 / 7) / 256.0;
    width.to_string()
}

/// A workbook being written: the sheets are compressed as they are added, the other
/// parts written when it is finished (they list the sheets).
pub(super) struct Xlsx {
    title: String,
    author: String,
    created: crate::model::Date,
    sheets: Vec<FinishedSheet>,
    /// The styles in the order of their first use (Excel numbers them so).
    styles: Vec<Style>,
    options: SimpleFileOptions,
}

struct FinishedSheet {
    name: String,
    /// The filter's last column and row (it starts at `A1`).
    filter: (String, u32),
    part: zip::write::PreparedZipFile,
}

/// A sheet being written, row by row.
pub(super) struct Sheet<'book> {
    book: &'book mut Xlsx,
    name: String,
    filter: (String, u32),
    /// The columns' letters, made once.
    columns: Vec<String>,
    xml: ZipFileBuilder,
    /// The XML of the rows not yet compressed, the one being written last (a row
    /// without cells is left out).
    row: Vec<u8>,
    row_number: u32,
    has_cells: bool,
}

impl Xlsx {
    /// A workbook titled `title` by `author`, dated `created` (so that the same site
    /// gives the same bytes).
    pub(super) fn new(
        title: &str,
        author: &str,
        created: crate::model::Date,
    ) -> Result<Xlsx, XlsxError> {
        excel_serial(created)?;
        let options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            // The fastest deflate: a few per cent larger, a third of the time.
            .compression_level(Some(1))
            .unix_permissions(0o600)
            .last_modified_time(DateTime::default())
            .large_file(false);
        Ok(Xlsx {
            title: title.to_string(),
            author: author.to_string(),
            created,
            sheets: Vec::new(),
            styles: Vec::new(),
            options,
        })
    }

    /// Starts a sheet named `name` whose cells span `last_row` rows and `last_col`
    /// columns (1-based, header row included), with a filter over
    /// `filter_rows` × the columns and columns `widths` characters wide. The first row
    /// stays in view.
    pub(super) fn sheet(
        &mut self,
        name: &str,
        (last_row, last_col): (u32, u16),
        filter_rows: u32,
        widths: &[u16],
    ) -> Result<Sheet<'_>, XlsxError> {
        if last_row.max(filter_rows) > MAX_ROWS {
            return Err(XlsxError::TooManyRows);
        }
        let index = self.sheets.len() + 1;
        let mut xml = ZipFileBuilder::new(format!("xl/worksheets/sheet{index}.xml"), self.options)?;
        let last = format!("{}{last_row}", column_letters(last_col));
        let mut head = format!(
            "{XML_DECLARATION}<worksheet xmlns=\"{MAIN_NS}\" xmlns:r=\"{REL_NS}\">\
             <dimension ref=\"A1:{last}\"/><sheetViews><sheetView{} workbookViewId=\"0\">\
             <pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>\
             <selection pane=\"bottomLeft\"/></sheetView></sheetViews>\
             <sheetFormatPr defaultRowHeight=\"15\"/>",
            if index == 1 { " tabSelected=\"1\"" } else { "" },
        );
        if !widths.is_empty() {
            head.push_str("<cols>");
            // Neighbouring columns of one width are one element.
            let mut first = 0;
            while first < widths.len() {
                let mut end = first + 1;
                while end < widths.len() && widths[end] == widths[first] {
                    end += 1;
                }
                let _ = write!(
                    head,
                    "<col min=\"{}\" max=\"{end}\" width=\"{}\" customWidth=\"1\"/>",
                    first + 1,
                    width_attribute(widths[first]),
                );
                first = end;
            }
            head.push_str("</cols>");
        }
        head.push_str("<sheetData>");
        xml.write_all(head.as_bytes())?;
        Ok(Sheet {
            book: self,
            name: name.to_string(),
            filter: (column_letters(last_col), filter_rows),
            columns: (1..=last_col).map(column_letters).collect(),
            xml,
            row: Vec::with_capacity(2 * CHUNK),
            row_number: 0,
            has_cells: false,
        })
    }

    /// The number of `style` in the style sheet (0 for plain), numbering it if new.
    fn style_index(&mut self, style: Style) -> usize {
        if style == Style::Plain {
            return 0;
        }
        match self.styles.iter().position(|&s| s == style) {
            Some(i) => i + 1,
            None => {
                self.styles.push(style);
                self.styles.len()
            }
        }
    }

    /// The workbook's bytes.
    pub(super) fn finish(self) -> Result<Vec<u8>, XlsxError> {
        // Written where it can seek back, each part's local header has its sizes (a
        // stream would need data descriptors after each part).
        let mut zip = ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let part = |zip: &mut ZipWriter<_>, name: &str, xml: &str| -> Result<(), XlsxError> {
            zip.start_file(name, self.options)?;
            zip.write_all(xml.as_bytes())?;
            Ok(())
        };
        part(&mut zip, "[Content_Types].xml", &self.content_types())?;
        part(&mut zip, "_rels/.rels", ROOT_RELS)?;
        part(&mut zip, "xl/_rels/workbook.xml.rels", &self.workbook_rels())?;
        part(&mut zip, "xl/theme/theme1.xml", THEME)?;
        part(&mut zip, "xl/styles.xml", &self.styles_xml())?;
        part(&mut zip, "xl/workbook.xml", &self.workbook_xml())?;
        let (core, app) = (self.core_xml(), self.app_xml());
        for sheet in self.sheets {
            zip.add_prepared_file(sheet.part)?;
        }
        part(&mut zip, "docProps/core.xml", &core)?;
        part(&mut zip, "docProps/app.xml", &app)?;
        Ok(zip.finish()?.into_inner())
    }

    fn content_types(&self) -> String {
        let mut xml = format!(
            "{XML_DECLARATION}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
             <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
             <Default Extension=\"xml\" ContentType=\"application/xml\"/>\
             <Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>\
             <Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
             <Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>\
             <Override PartName=\"/xl/theme/theme1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>\
             <Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        );
        for i in 1..=self.sheets.len() {
            let _ = write!(
                xml,
                "<Override PartName=\"/xl/worksheets/sheet{i}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            );
        }
        xml.push_str("</Types>");
        xml
    }

    fn workbook_rels(&self) -> String {
        let mut xml = format!("{XML_DECLARATION}<Relationships xmlns=\"{PACKAGE_REL_NS}\">");
        let n = self.sheets.len();
        for i in 1..=n {
            let _ = write!(
                xml,
                "<Relationship Id=\"rId{i}\" Type=\"{REL_NS}/worksheet\" Target=\"worksheets/sheet{i}.xml\"/>"
            );
        }
        let _ = write!(
            xml,
            "<Relationship Id=\"rId{}\" Type=\"{REL_NS}/theme\" Target=\"theme/theme1.xml\"/>\
             <Relationship Id=\"rId{}\" Type=\"{REL_NS}/styles\" Target=\"styles.xml\"/></Relationships>",
            n + 1,
            n + 2
        );
        xml
    }

    fn styles_xml(&self) -> String {
        // Number formats are numbered from 164 (below are Excel's own) in order of use.
        let formats: Vec<&str> = self
            .styles
            .iter()
            .filter_map(|s| match s {
                Style::Date => Some("yyyy-mm-dd"),
                Style::Percent => Some("0.00%"),
                Style::Plain | Style::Bold => None,
            })
            .collect();
        let mut xml = format!("{XML_DECLARATION}<styleSheet xmlns=\"{MAIN_NS}\">");
        if !formats.is_empty() {
            let _ = write!(xml, "<numFmts count=\"{}\">", formats.len());
            for (i, code) in formats.iter().enumerate() {
                let _ = write!(xml, "<numFmt numFmtId=\"{}\" formatCode=\"{code}\"/>", 164 + i);
            }
            xml.push_str("</numFmts>");
        }
        let bold = self.styles.contains(&Style::Bold);
        let font = |b: &str| {
            format!(
                "<font>{b}<sz val=\"11\"/><color theme=\"1\"/><name val=\"Calibri\"/><family val=\"2\"/><scheme val=\"minor\"/></font>"
            )
        };
        let _ = write!(xml, "<fonts count=\"{}\">{}", 1 + usize::from(bold), font(""));
        if bold {
            xml.push_str(&font("<b/>"));
        }
        let _ = write!(
            xml,
            "</fonts><fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>\
             <fill><patternFill patternType=\"gray125\"/></fill></fills>\
             <borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
             <cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>\
             <cellXfs count=\"{}\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>",
            1 + self.styles.len()
        );
        let mut next_format = 164;
        for style in &self.styles {
            match style {
                Style::Bold => xml.push_str(
                    "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>",
                ),
                Style::Date | Style::Percent => {
                    let _ = write!(
                        xml,
                        "<xf numFmtId=\"{next_format}\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                    );
                    next_format += 1;
                }
                Style::Plain => {}
            }
        }
        xml.push_str(
            "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>\
             <dxfs count=\"0\"/><tableStyles count=\"0\" defaultTableStyle=\"TableStyleMedium9\" defaultPivotStyle=\"PivotStyleLight16\"/></styleSheet>",
        );
        xml
    }

    fn workbook_xml(&self) -> String {
        let mut xml = format!(
            "{XML_DECLARATION}<workbook xmlns=\"{MAIN_NS}\" xmlns:r=\"{REL_NS}\">\
             <fileVersion appName=\"xl\" lastEdited=\"4\" lowestEdited=\"4\" rupBuild=\"4505\"/>\
             <workbookPr defaultThemeVersion=\"124226\"/><bookViews>\
             <workbookView xWindow=\"240\" yWindow=\"15\" windowWidth=\"16095\" windowHeight=\"9660\"/>\
             </bookViews><sheets>"
        );
        for (i, sheet) in self.sheets.iter().enumerate() {
            let _ = write!(
                xml,
                "<sheet name=\"{}\" sheetId=\"{}\" r:id=\"rId{}\"/>",
                crate::render::html::escape_attr(&sheet.name),
                i + 1,
                i + 1
            );
        }
        xml.push_str("</sheets>");
        if !self.sheets.is_empty() {
            // Each sheet's filter is a hidden name of the workbook; Excel keeps them
            // sorted by their range (which starts with the sheet's name).
            let mut names: Vec<(String, usize)> = self
                .sheets
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let (col, row) = &s.filter;
                    (format!("{}!$A$1:${col}${row}", quote_sheet_name(&s.name)), i)
                })
                .collect();
            names.sort();
            xml.push_str("<definedNames>");
            for (range, i) in names {
                let _ = write!(
                    xml,
                    "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"{i}\" hidden=\"1\">{}</definedName>",
                    escape_text(&range)
                );
            }
            xml.push_str("</definedNames>");
        }
        xml.push_str("<calcPr calcId=\"124519\" fullCalcOnLoad=\"1\"/></workbook>");
        xml
    }

    fn core_xml(&self) -> String {
        let created = format!("{}T00:00:00Z", crate::i18n::Formatter::iso_date(self.created));
        let author = escape_text(&self.author);
        format!(
            "{XML_DECLARATION}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
             xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
             xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
             <dc:title>{}</dc:title><dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy>\
             <dcterms:created xsi:type=\"dcterms:W3CDTF\">{created}</dcterms:created>\
             <dcterms:modified xsi:type=\"dcterms:W3CDTF\">{created}</dcterms:modified></cp:coreProperties>",
            escape_text(&self.title)
        )
    }

    fn app_xml(&self) -> String {
        let n = self.sheets.len();
        let mut xml = format!(
            "{XML_DECLARATION}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" \
             xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">\
             <Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>\
             <HeadingPairs><vt:vector size=\"2\" baseType=\"variant\"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>\
             <vt:variant><vt:i4>{n}</vt:i4></vt:variant></vt:vector></HeadingPairs>\
             <TitlesOfParts><vt:vector size=\"{n}\" baseType=\"lpstr\">"
        );
        for sheet in &self.sheets {
            let _ = write!(xml, "<vt:lpstr>{}</vt:lpstr>", escape_text(&sheet.name));
        }
        xml.push_str(
            "</vt:vector></TitlesOfParts><Company></Company><LinksUpToDate>false</LinksUpToDate>\
             <SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>12.0000</AppVersion></Properties>",
        );
        xml
    }
}

impl Sheet<'_> {
    /// Starts row `number` (1-based; rows go down in order).
    pub(super) fn row(&mut self, number: u32) -> Result<(), XlsxError> {
        self.end_row()?;
        self.row_number = number;
        Ok(())
    }

    /// Writes `value` in column `col` (0-based, left to right) of the current row.
    pub(super) fn cell(
        &mut self,
        col: u16,
        value: Value<'_>,
        style: Style,
    ) -> Result<(), XlsxError> {
        // Excel keeps no empty text: the cell stays empty.
        if let Value::Text("") = value {
            return Ok(());
        }
        if !self.has_cells {
            let _ = write!(self.row, "<row r=\"{}\">", self.row_number);
            self.has_cells = true;
        }
        while self.columns.len() <= usize::from(col) {
            let next = u16::try_from(self.columns.len() + 1).unwrap_or(u16::MAX);
            self.columns.push(column_letters(next));
        }
        let _ = write!(self.row, "<c r=\"{}{}\"", self.columns[usize::from(col)], self.row_number);
        let s = self.book.style_index(style);
        if s > 0 {
            let _ = write!(self.row, " s=\"{s}\"");
        }
        match value {
            Value::Number(n) => {
                let _ = write!(self.row, "><v>{n}</v></c>");
            }
            Value::Date(d) => {
                let _ = write!(self.row, "><v>{}</v></c>", excel_serial(d)?);
            }
            Value::Bool(b) => {
                let _ = write!(self.row, " t=\"b\"><v>{}</v></c>", u8::from(b));
            }
            Value::Text(text) => {
                // (A text has no more UTF-16 units than bytes.)
                if text.len() > MAX_TEXT && text.encode_utf16().count() > MAX_TEXT {
                    return Err(XlsxError::TextTooLong);
                }
                let preserve =
                    text.starts_with(['\t', '\n', ' ']) || text.ends_with(['\t', '\n', ' ']);
                self.row.extend_from_slice(b" t=\"inlineStr\"><is><t");
                if preserve {
                    self.row.extend_from_slice(b" xml:space=\"preserve\"");
                }
                self.row.push(b'>');
                escape_cell_text(text, &mut self.row);
                self.row.extend_from_slice(b"</t></is></c>");
            }
        }
        Ok(())
    }

    fn end_row(&mut self) -> Result<(), XlsxError> {
        if self.has_cells {
            self.row.extend_from_slice(b"</row>");
            self.has_cells = false;
            // Rows go to the compressor in whole chunks, as rust_xlsxwriter's did (the
            // deflated bytes depend on where the input breaks).
            let full = self.row.len() / CHUNK * CHUNK;
            if full > 0 {
                for chunk in self.row[..full].chunks(CHUNK) {
                    self.xml.write_all(chunk)?;
                }
                self.row.drain(..full);
            }
        }
        Ok(())
    }

    /// Ends the sheet and adds it to its workbook.
    pub(super) fn finish(mut self) -> Result<(), XlsxError> {
        self.end_row()?;
        self.xml.write_all(&self.row)?;
        let (col, row) = &self.filter;
        let tail = format!(
            "</sheetData><autoFilter ref=\"A1:{col}{row}\"/>\
             <pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>"
        );
        self.xml.write_all(tail.as_bytes())?;
        self.book.sheets.push(FinishedSheet {
            name: self.name,
            filter: self.filter,
            part: self.xml.finish()?,
        });
        Ok(())
    }
}

/// Column `col` (1-based) as Excel names it: `A` to `Z`, then `AA`, `AB` and so on.
fn column_letters(col: u16) -> String {
    let mut letters = Vec::with_capacity(3);
    let mut n = u32::from(col);
    while n > 0 {
        letters.push(b'A' + ((n - 1) % 26) as u8);
        n = (n - 1) / 26;
    }
    letters.iter().rev().map(|&b| char::from(b)).collect()
}

/// True when Excel can show `date` as a date (from its day 0, 31 December 1899, to
/// 9999-12-31).
pub(super) fn holds_date(date: crate::model::Date) -> bool {
    excel_serial(date).is_ok()
}

/// `date` as Excel counts days: from 1900-01-01 as day 1 (31 December 1899 is its day
/// 0), with Excel's 29 February 1900 (a day that never was, kept for Lotus 1-2-3)
/// counted.
fn excel_serial(date: crate::model::Date) -> Result<i32, XlsxError> {
    // The Julian day number of 1899-12-30: day 0 for the dates from March 1900 on.
    const DAY_ZERO: i32 = 2_415_019;
    let days = date.to_julian_day() - DAY_ZERO;
    if days < 1 || date.year() > 9999 {
        return Err(XlsxError::DateOutOfRange);
    }
    Ok(if days < 61 { days - 1 } else { days })
}

/// A sheet's name as a formula refers to it: quoted unless it is letters, digits,
/// `_` and `.` only and starts with a letter (the open data's names are words).
fn quote_sheet_name(name: &str) -> String {
    let plain = name.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '.')
        && name.starts_with(char::is_alphabetic);
    if plain {
        name.to_string()
    } else {
        format!("'{}'", name.replace('\'', "''"))
    }
}

/// Text in an element: `&`, `<` and `>` as entities.
fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// A cell's text as Excel writes it: `&`, `<`, `>` as entities, control characters and
/// the two non-characters U+FFFE and U+FFFF as `_xHHHH_`, and text that already reads
/// as such an escape with its `_` escaped (`_x005F_`), so that it reads back as written.
fn escape_cell_text(text: &str, out: &mut Vec<u8>) {
    let bytes = text.as_bytes();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        let escape: Option<&str> = match c {
            '&' => Some("&amp;"),
            '<' => Some("&lt;"),
            '>' => Some("&gt;"),
            '\t' | '\n' => None,
            '\0'..='\x1f' | '\u{fffe}' | '\u{ffff}' => {
                out.extend_from_slice(&bytes[start..i]);
                let _ = write!(out, "_x{:04X}_", u32::from(c));
                start = i + c.len_utf8();
                continue;
            }
            '_' if looks_like_escape(&bytes[i..]) => Some("_x005F_"),
            _ => None,
        };
        if let Some(escape) = escape {
            out.extend_from_slice(&bytes[start..i]);
            out.extend_from_slice(escape.as_bytes());
            start = i + c.len_utf8();
        }
    }
    out.extend_from_slice(&bytes[start..]);
}

/// True if `bytes` starts with `_xHHHH_` (four hexadecimal digits).
fn looks_like_escape(bytes: &[u8]) -> bool {
    bytes.len() >= 7
        && bytes[1] == b'x'
        && bytes[2..6].iter().all(u8::is_ascii_hexdigit)
        && bytes[6] == b'_'
}

const XML_DECLARATION: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const MAIN_NS: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL_NS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";

const ROOT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>\
</Relationships>";

/// Excel's default ("Office") theme: the fonts and colours the style sheet refers to.
const THEME: &str = include_str!("theme1.xml");

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;
    use std::io::Read;

    type Row<'a> = Vec<(u16, Value<'a>, Style)>;

    struct TestSheet<'a> {
        name: &'a str,
        widths: Vec<u16>,
        header: Vec<&'a str>,
        rows: Vec<Row<'a>>,
    }

    fn date(y: i32, m: u8, d: u8) -> crate::model::Date {
        crate::model::Date::from_calendar_date(y, time::Month::try_from(m).unwrap(), d).unwrap()
    }

    const TITLE: &str = "Strategier & planer <2026>";
    const AUTHOR: &str = "Testkommune";

    /// The workbook as this module writes it.
    fn ours(sheets: &[TestSheet<'_>], created: crate::model::Date) -> Result<Vec<u8>, XlsxError> {
        let mut book = Xlsx::new(TITLE, AUTHOR, created)?;
        for s in sheets {
            let columns = u16::try_from(s.header.len()).unwrap();
            let rows = u32::try_from(s.rows.len()).unwrap();
            let last_row = s
                .rows
                .iter()
                .rposition(|r| r.iter().any(|(_, v, _)| !matches!(v, Value::Text(""))));
            let last_row = last_row.map_or(1, |r| u32::try_from(r).unwrap() + 2);
            let mut sheet = book.sheet(s.name, (last_row, columns), rows + 1, &s.widths)?;
            sheet.row(1)?;
            for (c, h) in (0..).zip(&s.header) {
                sheet.cell(c, Value::Text(h), Style::Bold)?;
            }
            for (r, row) in (2..).zip(&s.rows) {
                sheet.row(r)?;
                for &(c, value, style) in row {
                    sheet.cell(c, value, style)?;
                }
            }
            sheet.finish()?;
        }
        book.finish()
    }

    /// The same workbook as rust_xlsxwriter writes it.
    fn theirs(
        sheets: &[TestSheet<'_>],
        created: crate::model::Date,
    ) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
        use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook};
        let excel = |d: crate::model::Date| {
            ExcelDateTime::from_ymd(
                u16::try_from(d.year()).unwrap_or(0),
                u8::from(d.month()),
                d.day(),
            )
        };
        let mut book = Workbook::new();
        book.set_zip_compression_level(1);
        book.set_properties(
            &DocProperties::new()
                .set_title(TITLE)
                .set_author(AUTHOR)
                .set_creation_datetime(&excel(created)?),
        );
        let bold = Format::new().set_bold();
        let percent = Format::new().set_num_format("0.00%");
        let date_format = Format::new().set_num_format("yyyy-mm-dd");
        for s in sheets {
            let sheet = book.add_worksheet_with_constant_memory()?;
            sheet.set_name(s.name)?;
            for (c, &w) in (0..).zip(&s.widths) {
                sheet.set_column_width(c, w)?;
            }
            for (c, h) in (0..).zip(&s.header) {
                sheet.write_string_with_format(0, c, *h, &bold)?;
            }
            for (r, row) in (1..).zip(&s.rows) {
                for &(c, value, style) in row {
                    match (value, style) {
                        (Value::Number(n), Style::Percent) => {
                            sheet.write_number_with_format(r, c, n, &percent)?;
                        }
                        (Value::Number(n), _) => {
                            sheet.write_number(r, c, n)?;
                        }
                        (Value::Date(d), _) => {
                            sheet.write_date_with_format(r, c, &excel(d)?, &date_format)?;
                        }
                        (Value::Bool(b), _) => {
                            sheet.write_boolean(r, c, b)?;
                        }
                        (Value::Text(t), _) => {
                            sheet.write_string(r, c, t)?;
                        }
                    }
                }
            }
            let last_col = u16::try_from(s.header.len() - 1).unwrap();
            sheet.set_freeze_panes(1, 0)?;
            sheet.autofilter(0, 0, u32::try_from(s.rows.len()).unwrap(), last_col)?;
        }
        book.save_to_buffer()
    }

    fn parts(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut parts = BTreeMap::new();
        for i in 0..zip.len() {
            let mut file = zip.by_index(i).unwrap();
            let mut data = Vec::new();
            file.read_to_end(&mut data).unwrap();
            parts.insert(file.name().unwrap().to_string(), data);
        }
        parts
    }

    fn names(bytes: &[u8]) -> Vec<String> {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        (0..zip.len()).map(|i| zip.by_index(i).unwrap().name().unwrap().to_string()).collect()
    }

    fn assert_same(sheets: &[TestSheet<'_>]) {
        let created = date(2026, 11, 30);
        let ours = ours(sheets, created).unwrap();
        let theirs = theirs(sheets, created).unwrap();
        let (a, b) = (parts(&ours), parts(&theirs));
        assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
        for (name, part) in &a {
            assert!(
                part == &b[name],
                "{name} differs:\n ours: {}\ntheirs: {}",
                String::from_utf8_lossy(part),
                String::from_utf8_lossy(&b[name])
            );
        }
        // The parts in the same order, too: some readers stream a package.
        let mut theirs_order = names(&theirs);
        let ours_order = names(&ours);
        theirs_order.retain(|n| ours_order.contains(n));
        assert_eq!(ours_order, theirs_order);
    }

    #[test]
    fn parts_are_those_rust_xlsxwriter_writes() {
        let long = "Temaer og indsatser med et meget langt navn";
        let texts = [
            "plain",
            "Æble, øl & å <b>fed</b> > mindre",
            " leading space",
            "trailing tab\t",
            "line\nbreak",
            "control \u{1} \u{8} \u{b} \u{1f} \r and \u{fffe}\u{ffff}",
            "_x0041_ looks escaped, _x004G_ does not, nor _x00 or _x0041",
            "ends in _x1234_",
            "emoji 🎯 and ß",
            "'=SUM(A1)",
        ];
        let mut rows: Vec<Row<'_>> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                vec![
                    (0, Value::Text(t), Style::Plain),
                    (1, Value::Number(i as f64 * 1.25 - 3.0), Style::Plain),
                    (2, Value::Number(0.7592), Style::Percent),
                    (4, Value::Bool(i % 2 == 0), Style::Plain),
                ]
            })
            .collect();
        // Excel's day numbers around its 29 February 1900, and its last day.
        for (y, m, d) in [(1900, 1, 1), (1900, 2, 28), (1900, 3, 1), (2024, 2, 29), (9999, 12, 31)]
        {
            rows.push(vec![(3, Value::Date(date(y, m, d)), Style::Date)]);
        }
        rows.push(vec![(1, Value::Number(123_456_789.123_456_78), Style::Plain)]);
        rows.push(vec![(1, Value::Number(-0.000_001), Style::Plain)]);
        // Empty text is no cell; a row of none is left out (but still filtered).
        rows.push(vec![(0, Value::Text(""), Style::Plain)]);
        let wide: Vec<&str> = (0..30).map(|_| "kolonne").collect();
        let sheets = [
            TestSheet {
                name: "Indsatser",
                widths: vec![12, 12, 9, 14, 61],
                header: vec!["Titel", "Tal", "Fremdrift (%)", "Dato", long],
                rows,
            },
            TestSheet { name: "Tom", widths: vec![5, 6], header: vec!["Id", "Navn"], rows: vec![] },
            TestSheet {
                name: "Bred",
                widths: (0..30).map(|i| 5 + i % 3).collect(),
                header: wide,
                rows: vec![vec![
                    (27, Value::Number(1.0), Style::Plain),
                    (29, Value::Text("AD"), Style::Plain),
                ]],
            },
        ];
        assert_same(&sheets);
    }

    #[test]
    fn a_percentage_used_before_a_date_is_numbered_first() {
        let sheets = [TestSheet {
            name: "Mål",
            widths: vec![10, 10],
            header: vec!["a", "b"],
            rows: vec![
                vec![(1, Value::Number(0.5), Style::Percent)],
                vec![(0, Value::Date(date(2026, 1, 2)), Style::Date)],
            ],
        }];
        assert_same(&sheets);
    }

    #[test]
    fn what_excel_cannot_hold_fails_as_it_did() {
        let one = |value: Value<'static>| {
            let style = if let Value::Date(_) = value { Style::Date } else { Style::Plain };
            [TestSheet {
                name: "Ark",
                widths: vec![5],
                header: vec!["a"],
                rows: vec![vec![(0, value, style)]],
            }]
        };
        let created = date(2026, 1, 1);
        // Excel's day 0 is a date; a day earlier is not. (A date after 9999 cannot be
        // made: the dates' library stops there too.)
        assert_same(&one(Value::Date(date(1899, 12, 31))));
        for early in [date(1899, 12, 30), date(1000, 1, 1)] {
            assert!(ours(&one(Value::Date(early)), created).is_err());
            assert!(theirs(&one(Value::Date(early)), created).is_err());
            assert!(ours(&[], early).is_err());
        }
        // A sheet holds 1,048,576 rows: the header and 1,048,575 more.
        let rows = |n: usize| {
            [TestSheet { name: "Ark", widths: vec![5], header: vec!["a"], rows: vec![vec![]; n] }]
        };
        assert!(ours(&rows(1_048_576), created).is_err());
        assert!(theirs(&rows(1_048_576), created).is_err());
        assert!(ours(&rows(1_048_575), created).is_ok());
        let long: &'static str = "x".repeat(MAX_TEXT + 1).leak();
        assert!(ours(&one(Value::Text(long)), created).is_err());
        assert!(theirs(&one(Value::Text(long)), created).is_err());
        assert_same(&one(Value::Text("ø".repeat(MAX_TEXT).leak())));
    }

    #[test]
    fn sheet_names_are_quoted_as_excel_would() {
        let mut names: Vec<&str> =
            vec!["Budget", "Mål", "Two words", "It's", "2026", "A.b_c", "Æøå"];
        for language in crate::i18n::Language::ALL {
            for table in
                ["strategies", "initiatives", "goals", "actions", "budget", "directors", "themes"]
            {
                names.push(super::super::labels::table(table, language));
            }
        }
        for name in names {
            assert_eq!(
                quote_sheet_name(name),
                rust_xlsxwriter::utility::quote_sheet_name(name),
                "{name}"
            );
        }
    }

    #[test]
    fn columns_are_lettered_as_excel_does() {
        assert_eq!(column_letters(1), "A");
        assert_eq!(column_letters(26), "Z");
        assert_eq!(column_letters(27), "AA");
        assert_eq!(column_letters(52), "AZ");
        assert_eq!(column_letters(703), "AAA");
        assert_eq!(column_letters(16_384), "XFD");
    }
}

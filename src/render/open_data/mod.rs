//! Open data, under `/data/`: for programs, `site.json` (the whole computed model, with
//! its JSON Schema) and CSV files described by a Frictionless data package; for people,
//! an Excel workbook of the same tables; for data portals, a DCAT-AP catalogue.
//!
//! Every table is made once ([`tables`]) and written in each form from that, so the
//! CSV files, the workbook and `site.json` always agree with each other and the pages.

mod catalog;
mod csv;
mod labels;
mod package;
pub mod site_json;
pub mod tables;
mod workbook;
mod xlsx;

pub use csv::neutralise;

use crate::config::Config;
use crate::error::Diagnostics;
use crate::link::SiteIndex;
use crate::render::OutputFile;

/// The folder of the open data, under the site's root.
pub const DIR: &str = "data/";

/// The files of the open data that every site has, whatever its content.
const FIXED_FILES: [&str; 10] = [
    "data/site.json",
    "data/datapackage.json",
    "data/catalog.ttl",
    "data/strategies.csv",
    "data/initiatives.csv",
    "data/goals.csv",
    "data/actions.csv",
    "data/budget.csv",
    "data/directors.csv",
    "data/themes.csv",
];

/// The workbook's file name: the site's title as an id (`direktionsstrategi-2013.xlsx`),
/// so that a downloaded copy says what it is.
pub fn workbook_file(config: &Config) -> String {
    let name = crate::model::suggest_id(&config.title);
    format!("{}.xlsx", if name.is_empty() { "data" } else { name.as_str() })
}

/// The data package's name: the workbook's, without `.xlsx`.
fn package_name(config: &Config) -> String {
    workbook_file(config).trim_end_matches(".xlsx").to_string()
}

/// True for the paths of the open data made from the site (`data/schema.json` is fixed
/// and not among them).
pub fn is_open_data(config: &Config, path: &str) -> bool {
    FIXED_FILES.contains(&path)
        || path.strip_prefix(DIR).is_some_and(|name| name == workbook_file(config))
}

/// Every file of the open data of `site`, sorted by path.
pub fn files(site: &SiteIndex) -> Vec<OutputFile> {
    let files = std::sync::Mutex::new(Vec::new());
    let _ = each(site, &|file| {
        files.lock().unwrap_or_else(|e| e.into_inner()).push(file);
        Ok(())
    });
    let mut files = files.into_inner().unwrap_or_else(|e| e.into_inner());
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files
}

/// Makes every file of the open data of `site` and hands each to `put` as soon as it is
/// made. The tables are made one at a time, each written as CSV and as a sheet of the
/// workbook and then dropped, so a large site's tables are never all in memory.
pub fn each(
    site: &SiteIndex,
    put: &(dyn Fn(OutputFile) -> Result<(), Diagnostics> + Sync),
) -> Result<(), Diagnostics> {
    let config = &site.config;
    let language = config.language;
    put(OutputFile { path: format!("{DIR}site.json"), bytes: site_json::site_json(site) })?;
    // A workbook that cannot be made (a table over Excel's 1,048,576 rows) is left out.
    let mut workbook = workbook::WorkbookWriter::new(site).ok();
    let mut shapes = Vec::with_capacity(tables::TABLES.len());
    for make in tables::TABLES {
        let table = make(site);
        put(OutputFile { path: format!("{DIR}{}.csv", table.name), bytes: csv::write(&table) })?;
        if let Some(book) = &mut workbook {
            if book.add(&table).is_err() {
                workbook = None;
            }
        }
        // The package describes the columns and keys; the rows are done with.
        shapes.push(tables::Table { rows: Vec::new(), ..table });
    }
    let workbook_name = workbook_file(config);
    if let Some(Ok(bytes)) = workbook.map(workbook::WorkbookWriter::finish) {
        put(OutputFile { path: format!("{DIR}{workbook_name}"), bytes })?;
    }
    put(OutputFile {
        path: format!("{DIR}datapackage.json"),
        bytes: package::datapackage(site, &package_name(config), &shapes),
    })?;
    let csv_paths: Vec<String> = shapes.iter().map(|t| format!("{DIR}{}.csv", t.name)).collect();
    let workbook_path = format!("{DIR}{workbook_name}");
    let mut listed: Vec<catalog::DataFile<'_>> = shapes
        .iter()
        .zip(&csv_paths)
        .map(|(t, path)| catalog::DataFile {
            path,
            title: format!("{} (CSV)", labels::table(t.name, language)),
            media_type: "text/csv",
            file_type: "CSV",
        })
        .collect();
    listed.push(catalog::DataFile {
        path: &workbook_path,
        title: format!("{} (Excel)", config.title),
        media_type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        file_type: "XLSX",
    });
    listed.push(catalog::DataFile {
        path: "data/site.json",
        title: labels::table("site", language).to_string(),
        media_type: "application/json",
        file_type: "JSON",
    });
    if let Some(bytes) = catalog::catalog(site, &listed) {
        put(OutputFile { path: format!("{DIR}catalog.ttl"), bytes })?;
    }
    Ok(())
}

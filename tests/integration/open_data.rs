//! The open data under `/data/`: CSV files for programs described by a data package, a
//! workbook for people, a DCAT-AP catalogue for data portals. (The real tools, frictionless,
//! pandas, openpyxl and pySHACL, read them in CI: `tests/data/open_data_check.py`.)

use std::collections::HashSet;

use crate::support::*;

fn rows(site: &Site, file: &str) -> Vec<Vec<String>> {
    let bytes = site.read_bytes(&format!("data/{file}"));
    assert!(!bytes.starts_with(b"\xef\xbb\xbf"), "{file}: no byte-order mark");
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(&bytes[..]);
    reader.records().map(|r| r.expect("RFC 4180").iter().map(String::from).collect()).collect()
}

fn column(table: &[Vec<String>], name: &str) -> Vec<String> {
    let at = table[0].iter().position(|c| c == name).unwrap_or_else(|| panic!("no column {name}"));
    table[1..].iter().map(|r| r[at].clone()).collect()
}

#[test]
fn the_data_package_describes_every_table_and_its_keys_hold() {
    let site = Site::from_fixture("kommune");
    site.build_ok();
    let package: serde_json::Value =
        serde_json::from_str(&site.read("data/datapackage.json")).expect("json");
    let resources = package["resources"].as_array().expect("resources");
    let tables: Vec<&serde_json::Value> =
        resources.iter().filter(|r| r["format"] == "csv").collect();
    assert_eq!(tables.len(), 7);
    for resource in &tables {
        let path = resource["path"].as_str().unwrap();
        let table = rows(&site, path);
        let names: Vec<&str> = resource["schema"]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["name"].as_str().unwrap())
            .collect();
        assert_eq!(table[0], names, "{path}: the header is the schema's fields");
        // Titles for people, in the site's language.
        assert!(resource["schema"]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["title"].is_string()));
        for key in resource["schema"]["foreignKeys"].as_array().into_iter().flatten() {
            let here = column(&table, key["fields"][0].as_str().unwrap());
            let there_path = format!("{}.csv", key["reference"]["resource"].as_str().unwrap());
            let there: HashSet<String> =
                column(&rows(&site, &there_path), key["reference"]["fields"][0].as_str().unwrap())
                    .into_iter()
                    .collect();
            for value in here.iter().filter(|v| !v.is_empty()) {
                assert!(there.contains(value), "{path}: `{value}` is not in {there_path}");
            }
        }
    }
    assert_eq!(package["licenses"][0]["path"], "https://creativecommons.org/licenses/by/4.0/");
    assert_eq!(resources.iter().filter(|r| r["path"] == "site.json").count(), 1);
    let initiatives = rows(&site, "initiatives.csv");
    assert_eq!(initiatives.len() - 1, site.site_json()["initiatives"].as_array().unwrap().len());
    let progress = column(&initiatives, "progress");
    assert!(progress.contains(&"33.33".to_string()), "a plain number, two decimals: {progress:?}");
    assert_eq!(package["resources"][0]["schema"]["fields"][1]["title"], "Titel");
}

#[test]
fn text_that_a_spreadsheet_would_run_as_a_formula_is_neutralised() {
    let site = Site::from_fixture("kommune");
    site.edit(
        "content/klimaplan-2014-2017.md",
        "text: Lavere CO2-udledning",
        "text: \"=HYPERLINK(\\\"https://x.example\\\")\"",
    );
    site.edit("content/klimaplan-2014-2017.md", "unit: tons", "unit: \"+tons\"");
    site.build_ok();
    let goals = rows(&site, "goals.csv");
    let klima = goals.iter().find(|r| r[0] == "klimaplan").expect("the strategy's goal");
    assert_eq!(klima[3], "'=HYPERLINK(\"https://x.example\")");
    assert_eq!(klima[4], "'+tons");
    // Numbers stay numbers, a minus sign and all.
    assert_eq!(klima[6], "60");
    // site.json is for programs: as written.
    assert!(site.read("data/site.json").contains(r#""text":"=HYPERLINK(\"https://x.example\")""#));
}

#[test]
fn the_workbook_is_the_same_bytes_for_the_same_site_and_is_linked_from_every_page() {
    let site = Site::from_fixture("kommune");
    site.build_ok();
    let name = "data/testkommune-strategier.xlsx";
    let first = site.read_bytes(name);
    assert!(first.starts_with(b"PK"), "a zip file");
    std::thread::sleep(std::time::Duration::from_millis(1100));
    site.build_ok();
    assert_eq!(site.read_bytes(name), first, "no build time in the file");
    let html = site.page("/");
    assert!(
        html.contains(
            "href=\"/data/testkommune-strategier.xlsx\" download>Hent tallene i Excel</a>"
        ),
        "{html}"
    );
    assert!(html
        .contains("href=\"/data/datapackage.json\">Data til programmer (CSV og Data Package)</a>"));
}

/// The text of every sheet of the workbook at `name`.
fn sheets(site: &Site, name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(site.read_bytes(name))).expect("zip");
    let mut xml = String::new();
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).expect("part");
        if part.name().expect("name").starts_with("xl/worksheets/") {
            std::io::Read::read_to_string(&mut part, &mut xml).expect("UTF-8");
        }
    }
    xml
}

#[test]
fn what_a_cell_cannot_hold_does_not_cost_the_site_its_workbook() {
    // A mistyped year (Excel shows no date before 1900) and a text longer than a cell.
    let site = Site::from_fixture("kommune");
    let file = "content/direktionsstrategi-2013/Sygefravaer.md";
    site.edit(file, "due: 2013-08-01", "due: 0213-08-01");
    let long = "Sygefraværet skal ned. ".repeat(1500);
    site.edit(file, "title: Mindre sygefravær", &format!("title: \"{long}\""));
    site.build_ok();
    let name = "data/testkommune-strategier.xlsx";
    let xml = sheets(&site, name);
    assert!(xml.contains("<t>0213-08-01</t>"), "the date as the CSV files have it, as text");
    // 1,424 times the 23 characters and 14 more make the 32,766 before `…`.
    assert!(xml.contains("ned. Sygefraværet s…</t>"), "cut to fit a cell");
    assert!(!xml.contains(&long), "the whole text is in the CSV files");
    assert!(site.read("data/actions.csv").contains(",0213-08-01"));
    assert!(site.read("data/initiatives.csv").contains(long.trim_end()));
    assert!(site.page("/").contains("href=\"/data/testkommune-strategier.xlsx\" download>"));
}

#[test]
fn the_catalogue_needs_a_full_address_and_check_says_so() {
    let site = Site::from_fixture("kommune");
    site.build_ok();
    let catalog = site.read("data/catalog.ttl");
    assert!(catalog.contains("<https://strategi.test.dk/data/catalog.ttl#catalog> a dcat:Catalog"));
    assert!(catalog.contains("dcat:downloadURL <https://strategi.test.dk/data/goals.csv>"));
    assert!(catalog.contains("dct:temporal"));

    site.edit("site.yaml", "base_url: https://strategi.test.dk", "base_url: /");
    let out = site.build_ok();
    // One warning, at its line, naming everything left out; none of it is written, and
    // no page links the missing feed.
    let warning = "warning: `base_url: /` is not a full address, so the feeds (atom.xml, revisions.xml), the sitemap (sitemap.xml) and the data catalogue (data/catalog.ttl) are left out";
    assert_eq!(stderr(&out).matches(warning).count(), 1, "{}", stderr(&out));
    assert!(stderr(&out).contains("--> site.yaml:3:1"), "{}", stderr(&out));
    for file in ["data/catalog.ttl", "atom.xml", "sitemap.xml"] {
        assert!(!site.exists(file), "{file}");
    }
    assert!(!site.read("index.html").contains("atom.xml"));
    let out = retning().args(["check", "--root"]).arg(site.path()).output().expect("run");
    assert!(stderr(&out).contains(warning), "{}", stderr(&out));
    assert_eq!(out.status.code(), Some(0));
    let strict = retning().args(["check", "--strict", "--root"]).arg(site.path()).output().unwrap();
    assert_eq!(strict.status.code(), Some(1), "{}", stderr(&strict));
}

#[test]
fn data_licence_takes_an_spdx_id_or_an_address() {
    let site = Site::from_fixture("kommune");
    site.edit("site.yaml", "language: da", "language: da\ndata_licence: NLOD-2.0");
    site.build_ok();
    assert!(site
        .read("data/catalog.ttl")
        .contains("dct:license <https://data.norge.no/nlod/no/2.0>"));
    let package: serde_json::Value =
        serde_json::from_str(&site.read("data/datapackage.json")).expect("json");
    assert_eq!(package["licenses"][0]["name"], "NLOD-2.0");

    site.edit("site.yaml", "data_licence: NLOD-2.0", "data_licence: javascript:alert(1)");
    let out = site.build();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("is neither a licence id (SPDX) nor a web address"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("--> site.yaml:"), "{}", stderr(&out));
}

#[test]
fn the_numbers_in_the_csv_files_are_those_on_the_pages() {
    let site = Site::from_fixture("fremdrift");
    site.build_ok();
    let initiatives = rows(&site, "initiatives.csv");
    let (progress, urls) = (column(&initiatives, "progress"), column(&initiatives, "url"));
    let mut sampled = 0;
    for (progress, url) in progress.iter().zip(&urls).filter(|(p, _)| !p.is_empty()) {
        let html = site.page(url);
        assert!(html.contains(&format!("value=\"{progress}\"")), "{url}: progress {progress}");
        sampled += 1;
    }
    assert!(sampled >= 5, "{sampled} initiatives sampled");
    // Each goal's progress is on its initiative's page too.
    let goals = rows(&site, "goals.csv");
    for (progress, url) in column(&goals, "progress").iter().zip(column(&goals, "url")) {
        if !progress.is_empty() {
            assert!(
                site.page(&url).contains(&format!("value=\"{progress}\"")),
                "{url}: {progress}"
            );
        }
    }
}

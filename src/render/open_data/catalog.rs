//! `/data/catalog.ttl`: a DCAT-AP 2.1.1 catalogue of the open data, for national data
//! portals to harvest (data.norge.no reads DCAT-AP-NO, Denmark uses DCAT-AP-DK): one
//! dataset for the whole site and one per strategy, a distribution per file, publisher,
//! language, licence, temporal coverage and contact point.
//!
//! A catalogue names everything by absolute address, so it is made only when the site's
//! `base_url` is absolute.

use std::fmt::Write as _;

use crate::i18n::{Formatter, Language};
use crate::link::SiteIndex;

use super::labels;

/// A file of the open data, as the catalogue lists it.
pub(super) struct DataFile<'a> {
    /// Its path under the site (`data/goals.csv`).
    pub path: &'a str,
    /// Its title for people.
    pub title: String,
    /// IANA media type (`text/csv`).
    pub media_type: &'static str,
    /// The EU file-type authority's code (`CSV`).
    pub file_type: &'static str,
}

const PREFIXES: &str = "@prefix dcat: <http://www.w3.org/ns/dcat#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
";

/// A Turtle string literal.
fn literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A Turtle IRI reference; characters an IRI may not hold are percent-encoded.
fn iri(address: &str) -> String {
    let mut out = String::from("<");
    for c in address.chars() {
        if c.is_control() || c == ' ' || "<>\"{}|^`\\".contains(c) {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                let _ = write!(out, "%{b:02X}");
            }
        } else {
            out.push(c);
        }
    }
    out.push('>');
    out
}

fn language_code(language: Language) -> &'static str {
    match language {
        Language::Da => "DAN",
        Language::Nb => "NOB",
        Language::Nn => "NNO",
        Language::Sv => "SWE",
        Language::En => "ENG",
    }
}

fn date(date: crate::model::Date) -> String {
    format!("\"{}\"^^xsd:date", Formatter::iso_date(date))
}

/// The catalogue, or `None` when the site has no absolute address.
pub(super) fn catalog(site: &SiteIndex, files: &[DataFile<'_>]) -> Option<Vec<u8>> {
    let config = &site.config;
    config.origin.as_ref()?;
    let language = config.language;
    let tag = language.code();
    let text = |t: &str| format!("{}@{tag}", literal(t));
    let url = |path: &str| config.absolute_url(path);
    let home = url(&config.base_path);
    let me = url(&format!("{}data/catalog.ttl", config.base_path));
    let node = |name: &str| iri(&format!("{me}#{name}"));
    let licence = iri(&config.data_licence.url);
    let lang = iri(&format!(
        "http://publications.europa.eu/resource/authority/language/{}",
        language_code(language)
    ));
    let modified = date(site.as_of);
    let mut out = String::from(PREFIXES);
    let description = config.description.clone().unwrap_or_else(|| {
        labels::catalog_description(language, &config.title, &config.organisation)
    });

    // Datasets: the whole site, then each strategy.
    let mut datasets = vec![node("dataset")];
    datasets.extend(site.strategies.iter().map(|s| node(&format!("strategy-{}", s.doc.id))));
    let _ = write!(
        out,
        "\n{} a dcat:Catalog ;\n    dct:title {} ;\n    dct:description {} ;\n    dct:publisher {} ;\n    foaf:homepage {} ;\n    dct:language {lang} ;\n    dct:license {licence} ;\n    dct:modified {modified} ;\n    dcat:dataset {} .\n",
        node("catalog"),
        text(&config.title),
        text(&description),
        node("publisher"),
        iri(&home),
        datasets.join(", "),
    );
    let _ = write!(
        out,
        "\n{} a foaf:Agent ;\n    foaf:name {} .\n\n{} a vcard:Kind, vcard:Organization ;\n    vcard:fn {} ;\n    vcard:hasURL {} .\n\n{licence} a dct:LicenseDocument .\n\n{lang} a dct:LinguisticSystem .\n",
        node("publisher"),
        literal(&config.organisation),
        node("contact"),
        literal(&config.organisation),
        iri(&home),
    );

    // Distributions: one per file, shared by the datasets.
    let distributions: Vec<String> =
        files.iter().map(|f| node(&format!("file-{}", f.path.replace('/', "-")))).collect();
    for (file, name) in files.iter().zip(&distributions) {
        let address = iri(&url(&format!("{}{}", config.base_path, file.path)));
        let media =
            iri(&format!("http://www.iana.org/assignments/media-types/{}", file.media_type));
        let format = iri(&format!(
            "http://publications.europa.eu/resource/authority/file-type/{}",
            file.file_type
        ));
        let _ = write!(
            out,
            "\n{name} a dcat:Distribution ;\n    dct:title {} ;\n    dcat:accessURL {address} ;\n    dcat:downloadURL {address} ;\n    dcat:mediaType {media} ;\n    dct:format {format} ;\n    dct:license {licence} ;\n    dct:modified {modified} .\n\n{media} a dct:MediaType .\n\n{format} a dct:MediaTypeOrExtent .\n",
            text(&file.title),
        );
    }

    // The whole site's coverage: from the earliest strategy period to the latest.
    let periods: Vec<_> = site.strategies.iter().filter_map(|s| s.doc.fields.period).collect();
    let span = periods.iter().map(|p| p.start).min().zip(periods.iter().map(|p| p.end).max());
    let mut dataset = |name: String,
                       title: &str,
                       description: &str,
                       page: &str,
                       years: Option<(i32, i32)>| {
        let mut temporal = String::new();
        if let Some((start, end)) = years {
            let period = format!("{}-period>", name.trim_end_matches('>'));
            let _ = write!(
                out,
                "\n{period} a dct:PeriodOfTime ;\n    dcat:startDate \"{start:04}-01-01\"^^xsd:date ;\n    dcat:endDate \"{end:04}-12-31\"^^xsd:date .\n"
            );
            temporal = format!("    dct:temporal {period} ;\n");
        }
        // Its landing page (for the whole site: the front page, also the catalogue's
        // home page) is a web page.
        let _ = write!(out, "\n{} a foaf:Document .\n", iri(&url(page)));
        let _ = write!(
            out,
            "\n{name} a dcat:Dataset ;\n    dct:title {} ;\n    dct:description {} ;\n    dct:publisher {} ;\n    dcat:contactPoint {} ;\n    dct:language {lang} ;\n    dct:modified {modified} ;\n    dcat:landingPage {} ;\n{temporal}    dcat:distribution {} .\n",
            text(title),
            text(description),
            node("publisher"),
            node("contact"),
            iri(&url(page)),
            distributions.join(", "),
        );
    };
    dataset(node("dataset"), &config.title, &description, &config.base_path, span);
    for s in &site.strategies {
        let f = &s.doc.fields;
        let about = f.subtitle.clone().unwrap_or_else(|| {
            labels::catalog_description(language, &f.title, &config.organisation)
        });
        dataset(
            node(&format!("strategy-{}", s.doc.id)),
            &f.title,
            &about,
            &s.url,
            f.period.map(|p| (p.start, p.end)),
        );
    }
    Some(out.into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_and_iris_are_escaped() {
        assert_eq!(literal("a \"b\"\n\\"), "\"a \\\"b\\\"\\n\\\\\"");
        assert_eq!(iri("https://x.dk/a b>"), "<https://x.dk/a%20b%3E>");
        assert_eq!(iri("https://x.dk/strategiår/"), "<https://x.dk/strategiår/>");
    }
}

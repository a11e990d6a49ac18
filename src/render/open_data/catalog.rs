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
    let mut turtle = Turtle {
        site,
        out: String::from(PREFIXES),
        me: config.absolute_url(&format!("{}data/catalog.ttl", config.base_path)),
        licence: iri(&config.data_licence.url),
        lang: iri(&format!(
            "http://publications.europa.eu/resource/authority/language/{}",
            language_code(language)
        )),
        modified: date(site.as_of),
    };
    let description = config.description.clone().unwrap_or_else(|| {
        labels::catalog_description(language, &config.title, &config.organisation)
    });
    turtle.catalogue(&description);
    let distributions = turtle.distributions(files);
    // The whole site's coverage: from the earliest strategy period to the latest.
    let periods: Vec<_> = site.strategies.iter().filter_map(|s| s.doc.fields.period).collect();
    let span = periods.iter().map(|p| p.start).min().zip(periods.iter().map(|p| p.end).max());
    let whole = Dataset {
        name: turtle.node("dataset"),
        title: &config.title,
        description: &description,
        page: &config.base_path,
        years: span,
    };
    turtle.dataset(&whole, &distributions);
    for s in &site.strategies {
        let f = &s.doc.fields;
        let about = f.subtitle.clone().unwrap_or_else(|| {
            labels::catalog_description(language, &f.title, &config.organisation)
        });
        let strategy = Dataset {
            name: turtle.node(&format!("strategy-{}", s.doc.id)),
            title: &f.title,
            description: &about,
            page: &s.url,
            years: f.period.map(|p| (p.start, p.end)),
        };
        turtle.dataset(&strategy, &distributions);
    }
    Some(turtle.out.into_bytes())
}

/// The catalogue being written, with what its statements share.
struct Turtle<'a> {
    site: &'a SiteIndex,
    out: String,
    /// The catalogue's own address: its nodes are `<me#name>`.
    me: String,
    licence: String,
    lang: String,
    modified: String,
}

/// A dataset: the whole site, or one strategy.
struct Dataset<'a> {
    name: String,
    title: &'a str,
    description: &'a str,
    /// Its landing page's site path.
    page: &'a str,
    years: Option<(i32, i32)>,
}

impl Turtle<'_> {
    fn node(&self, name: &str) -> String {
        iri(&format!("{}#{name}", self.me))
    }

    /// A literal in the site's language.
    fn text(&self, text: &str) -> String {
        format!("{}@{}", literal(text), self.site.config.language.code())
    }

    fn url(&self, path: &str) -> String {
        self.site.config.absolute_url(path)
    }

    /// The catalogue, its publisher and contact point, licence and language.
    fn catalogue(&mut self, description: &str) {
        let config = &self.site.config;
        let home = self.url(&config.base_path);
        // Datasets: the whole site, then each strategy.
        let mut datasets = vec![self.node("dataset")];
        datasets.extend(
            self.site.strategies.iter().map(|s| self.node(&format!("strategy-{}", s.doc.id))),
        );
        let (lang, licence, modified) = (&self.lang, &self.licence, &self.modified);
        let _ = write!(
            self.out,
            "\n{} a dcat:Catalog ;\n    dct:title {} ;\n    dct:description {} ;\n    dct:publisher {} ;\n    foaf:homepage {} ;\n    dct:language {lang} ;\n    dct:license {licence} ;\n    dct:modified {modified} ;\n    dcat:dataset {} .\n",
            self.node("catalog"),
            self.text(&config.title),
            self.text(description),
            self.node("publisher"),
            iri(&home),
            datasets.join(", "),
        );
        let _ = write!(
            self.out,
            "\n{} a foaf:Agent ;\n    foaf:name {} .\n\n{} a vcard:Kind, vcard:Organization ;\n    vcard:fn {} ;\n    vcard:hasURL {} .\n\n{licence} a dct:LicenseDocument .\n\n{lang} a dct:LinguisticSystem .\n",
            self.node("publisher"),
            literal(&config.organisation),
            self.node("contact"),
            literal(&config.organisation),
            iri(&home),
        );
    }

    /// One distribution per file, shared by the datasets; returns their nodes.
    fn distributions(&mut self, files: &[DataFile<'_>]) -> Vec<String> {
        let base = &self.site.config.base_path;
        let distributions: Vec<String> = files
            .iter()
            .map(|f| self.node(&format!("file-{}", f.path.replace('/', "-"))))
            .collect();
        for (file, name) in files.iter().zip(&distributions) {
            let address = iri(&self.url(&format!("{base}{}", file.path)));
            let media =
                iri(&format!("http://www.iana.org/assignments/media-types/{}", file.media_type));
            let format = iri(&format!(
                "http://publications.europa.eu/resource/authority/file-type/{}",
                file.file_type
            ));
            let title = self.text(&file.title);
            let (licence, modified) = (&self.licence, &self.modified);
            let _ = write!(
                self.out,
                "\n{name} a dcat:Distribution ;\n    dct:title {title} ;\n    dcat:accessURL {address} ;\n    dcat:downloadURL {address} ;\n    dcat:mediaType {media} ;\n    dct:format {format} ;\n    dct:license {licence} ;\n    dct:modified {modified} .\n\n{media} a dct:MediaType .\n\n{format} a dct:MediaTypeOrExtent .\n",
            );
        }
        distributions
    }

    /// A dataset with its period and landing page.
    fn dataset(&mut self, dataset: &Dataset<'_>, distributions: &[String]) {
        let name = &dataset.name;
        let mut temporal = String::new();
        if let Some((start, end)) = dataset.years {
            let period = format!("{}-period>", name.trim_end_matches('>'));
            let _ = write!(
                self.out,
                "\n{period} a dct:PeriodOfTime ;\n    dcat:startDate \"{start:04}-01-01\"^^xsd:date ;\n    dcat:endDate \"{end:04}-12-31\"^^xsd:date .\n"
            );
            temporal = format!("    dct:temporal {period} ;\n");
        }
        // Its landing page (for the whole site: the front page, also the catalogue's
        // home page) is a web page.
        let page = iri(&self.url(dataset.page));
        let _ = write!(self.out, "\n{page} a foaf:Document .\n");
        let (title, description) = (self.text(dataset.title), self.text(dataset.description));
        let (publisher, contact) = (self.node("publisher"), self.node("contact"));
        let (lang, modified) = (&self.lang, &self.modified);
        let _ = write!(
            self.out,
            "\n{name} a dcat:Dataset ;\n    dct:title {title} ;\n    dct:description {description} ;\n    dct:publisher {publisher} ;\n    dcat:contactPoint {contact} ;\n    dct:language {lang} ;\n    dct:modified {modified} ;\n    dcat:landingPage {page} ;\n{temporal}    dcat:distribution {} .\n",
            distributions.join(", "),
        );
    }
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

//! `/sitemap.xml` and `/atom.xml`.

use crate::link::SiteIndex;

use super::OutputFile;

/// The most URLs one sitemap file may list (the sitemap protocol's limit); a larger
/// site gets a sitemap index at `/sitemap.xml` and numbered sitemaps beside it.
pub const SITEMAP_URLS: usize = 50_000;

/// The most entries the feed holds: a feed reader wants what changed lately, and the
/// whole archive of a national portal would be tens of megabytes fetched on every poll.
pub const FEED_ENTRIES: usize = 50;

/// Escapes text for XML.
pub fn escape_xml(s: &str) -> String {
    crate::render::html::escape_attr(s).replace('\'', "&apos;")
}

/// The sitemap: every HTML page, with absolute URLs when `base_url` is absolute. Up to
/// `per_file` pages it is `/sitemap.xml` alone; beyond, `/sitemap.xml` is an index of
/// `/sitemap-1.xml`, `/sitemap-2.xml`, … of `per_file` pages each.
pub fn sitemaps(site: &SiteIndex, page_paths: &[String], per_file: usize) -> Vec<OutputFile> {
    let config = &site.config;
    let urlset = |paths: &[String]| {
        let mut out = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
        );
        for path in paths {
            out.push_str("  <url><loc>");
            out.push_str(&escape_xml(&config.absolute_url(path)));
            out.push_str("</loc></url>\n");
        }
        out.push_str("</urlset>\n");
        out.into_bytes()
    };
    let per_file = per_file.max(1);
    if page_paths.len() <= per_file {
        return vec![OutputFile { path: "sitemap.xml".into(), bytes: urlset(page_paths) }];
    }
    let mut index = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut files = Vec::new();
    for (n, paths) in page_paths.chunks(per_file).enumerate() {
        let path = format!("sitemap-{}.xml", n + 1);
        index.push_str("  <sitemap><loc>");
        index.push_str(&escape_xml(&config.absolute_url(&format!("{}{path}", config.base_path))));
        index.push_str("</loc></sitemap>\n");
        files.push(OutputFile { path, bytes: urlset(paths) });
    }
    index.push_str("</sitemapindex>\n");
    files.push(OutputFile { path: "sitemap.xml".into(), bytes: index.into_bytes() });
    files
}

/// The Atom feed: the [`FEED_ENTRIES`] initiatives updated last (by their `updated`
/// date, then URL), newest first.
pub fn atom(site: &SiteIndex) -> Vec<u8> {
    let mut entries: Vec<_> = site.initiatives.iter().filter(|i| i.updated().is_some()).collect();
    entries.sort_by(|a, b| b.updated().cmp(&a.updated()).then_with(|| a.url.cmp(&b.url)));
    entries.truncate(FEED_ENTRIES);
    let stamp =
        |d: crate::model::Date| format!("{}T00:00:00Z", crate::i18n::Formatter::iso_date(d));
    let feed_updated = entries.first().and_then(|i| i.updated()).unwrap_or(site.as_of);
    let config = &site.config;
    let home = config.absolute_url(&config.base_path);
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n  <title>{}</title>\n  <id>{}</id>\n  <link href=\"{}\"/>\n  <link rel=\"self\" href=\"{}\"/>\n  <updated>{}</updated>\n  <author><name>{}</name></author>\n",
        config.language.code(),
        escape_xml(&config.title),
        escape_xml(&home),
        escape_xml(&home),
        escape_xml(&config.absolute_url(&format!("{}atom.xml", config.base_path))),
        stamp(feed_updated),
        escape_xml(&config.organisation),
    ));
    let ui = config.language.ui();
    for i in entries {
        let url = escape_xml(&config.absolute_url(&i.url));
        let strategy = &site.strategies[i.strategy.0].doc.fields.title;
        let status = ui.status_label(i.status);
        out.push_str(&format!(
            "  <entry>\n    <title>{}</title>\n    <id>{url}</id>\n    <link href=\"{url}\"/>\n    <updated>{}</updated>\n    <summary>{}</summary>\n  </entry>\n",
            escape_xml(&i.doc.fields.title),
            stamp(i.updated().unwrap_or(site.as_of)),
            escape_xml(&format!("{strategy} – {}: {status}", ui.status)),
        ));
    }
    out.push_str("</feed>\n");
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kommune() -> SiteIndex {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/kommune");
        crate::load(&root).unwrap_or_else(|e| panic!("{e:?}")).index
    }

    fn absolute(site: &SiteIndex, paths: &[String]) -> Vec<String> {
        paths.iter().map(|p| site.config.absolute_url(p)).collect()
    }

    fn locs(xml: &[u8]) -> Vec<String> {
        let xml = String::from_utf8(xml.to_vec()).unwrap();
        xml.split("<loc>").skip(1).map(|l| l[..l.find("</loc>").unwrap()].to_string()).collect()
    }

    #[test]
    fn a_sitemap_within_the_limit_is_one_file() {
        let site = kommune();
        let paths: Vec<String> = ["/", "/a/", "/b/"].map(String::from).to_vec();
        let files = sitemaps(&site, &paths, 3);
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].path, "sitemap.xml");
        assert!(String::from_utf8_lossy(&files[0].bytes).contains("<urlset "));
        assert_eq!(locs(&files[0].bytes), absolute(&site, &paths));
    }

    #[test]
    fn a_sitemap_over_the_limit_is_an_index_of_numbered_sitemaps() {
        let site = kommune();
        let paths: Vec<String> = ["/", "/a/", "/b/", "/c/", "/d/"].map(String::from).to_vec();
        let files = sitemaps(&site, &paths, 2);
        let names: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(names, ["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"]);
        let index = &files[3].bytes;
        assert!(String::from_utf8_lossy(index).contains("<sitemapindex "));
        let origin = site.config.absolute_url("/");
        assert_eq!(
            locs(index),
            (1..=3).map(|n| format!("{origin}sitemap-{n}.xml")).collect::<Vec<_>>()
        );
        let listed: Vec<String> = files[..3].iter().flat_map(|f| locs(&f.bytes)).collect();
        assert_eq!(listed, absolute(&site, &paths), "every page once, in order");
        assert!(files[..3].iter().all(|f| locs(&f.bytes).len() <= 2));
    }
}

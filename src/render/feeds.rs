//! `/sitemap.xml` and `/atom.xml`.

use crate::index::SiteIndex;

/// Escapes text for XML.
pub fn escape_xml(s: &str) -> String {
    crate::render::views::escape_attr(s).replace('\'', "&apos;")
}

/// The sitemap: every HTML page, with absolute URLs when `base_url` is absolute.
pub fn sitemap(site: &SiteIndex, page_paths: &[String]) -> Vec<u8> {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for path in page_paths {
        out.push_str("  <url><loc>");
        out.push_str(&escape_xml(&site.config.absolute_url(path)));
        out.push_str("</loc></url>\n");
    }
    out.push_str("</urlset>\n");
    out.into_bytes()
}

/// The Atom feed: initiatives with an `updated` date, newest first.
pub fn atom(site: &SiteIndex) -> Vec<u8> {
    let mut entries: Vec<_> = site.initiatives.iter().filter(|i| i.updated().is_some()).collect();
    entries.sort_by(|a, b| b.updated().cmp(&a.updated()).then_with(|| a.url.cmp(&b.url)));
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
        let status = crate::render::status_label(ui, i.status);
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

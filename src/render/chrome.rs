//! The site's header and footer: the same on every page, so rendered once.

use super::renderer::{html_value, Renderer};
use crate::error::Diagnostics;

/// The parts of every page that do not depend on the page, rendered once from their
/// partials (as Hugo's `partialCached` does) rather than on each of thousands of pages:
/// the site's header (`partials/site_header.html`, once per page kind: it marks the
/// current section) and footer (`partials/site_footer.html`). Each sees `site`, `t`
/// and, the header, `page.kind`; a page gets them as `site_header_html` and
/// `site_footer_html`. Their links are site paths, made relative with the page's.
#[derive(Default)]
pub(super) struct Chrome {
    headers: std::sync::Mutex<Vec<(&'static str, tera::Value)>>,
    footer: std::sync::OnceLock<Result<tera::Value, Diagnostics>>,
}

impl Renderer<'_> {
    /// The header and footer for a page of `kind`.
    pub(super) fn chrome_for(
        &self,
        kind: &'static str,
    ) -> Result<[(&'static str, tera::Value); 2], Diagnostics> {
        let footer = self
            .chrome
            .footer
            .get_or_init(|| {
                let html = self
                    .templates
                    .render_fragment("partials/site_footer.html", &tera::Map::default())?;
                Ok(html_value(html))
            })
            .clone()?;
        let known = {
            let headers = self.chrome.headers.lock().unwrap_or_else(|e| e.into_inner());
            headers.iter().find(|(k, _)| *k == kind).map(|(_, html)| html.clone())
        };
        let header = match known {
            Some(html) => html,
            None => {
                let mut page = tera::Map::default();
                page.insert(tera::value::Key::Str("kind"), tera::Value::from(kind));
                let mut vars = tera::Map::default();
                vars.insert(tera::value::Key::Str("page"), tera::Value::from(page));
                let html =
                    html_value(self.templates.render_fragment("partials/site_header.html", &vars)?);
                let mut headers = self.chrome.headers.lock().unwrap_or_else(|e| e.into_inner());
                headers.push((kind, html.clone()));
                html
            }
        };
        Ok([("site_header_html", header), ("site_footer_html", footer)])
    }
}

//! Cleaning author HTML when a site allows it (`allow_html: true`).
//!
//! ammonia keeps ordinary markup and removes `<script>`, event-handler attributes and
//! `javascript:` URLs; a hand-written filter would miss cases it has long handled.

/// Returns `html` with anything that could run code removed.
pub fn clean(html: &str) -> String {
    ammonia::Builder::default().add_generic_attributes(["id", "class"]).clean(html).to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn removes_scripts_handlers_and_js_urls() {
        let out = super::clean(
            r#"<p onclick="x()">a</p><script>alert(1)</script><a href="javascript:alert(1)">l</a><b>ok</b>"#,
        );
        assert!(!out.contains("script"), "{out}");
        assert!(!out.contains("onclick"), "{out}");
        assert!(!out.contains("javascript:"), "{out}");
        assert!(out.contains("<b>ok</b>"));
    }
}

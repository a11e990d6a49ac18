//! What `serve` reads besides content, kept between builds: the compiled templates
//! with the text each page template depends on, and the static files.

use super::*;

/// Compiles the templates, with the text of each page template's set, read before and
/// after compiling so both are surely the same version.
pub(super) fn load_templates(root: &Path, config: &Config) -> Result<LoadedTemplates, Diagnostics> {
    for _ in 0..5 {
        let before = template_sources(root, config);
        let templates = Templates::load(root, config)?;
        if template_sources(root, config) == before {
            return Ok(LoadedTemplates { templates, sets: Arc::new(template_sets(&before)) });
        }
    }
    // Still changing under us: compile once more, with sets that compare unequal to any
    // others, so every page is rendered (and again on the next change).
    static UNSTABLE: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let templates = Templates::load(root, config)?;
    let n = UNSTABLE.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let sets = template_sources(root, config)
        .into_keys()
        .map(|name| (name, format!("\u{0}unstable {n}")))
        .collect();
    Ok(LoadedTemplates { templates, sets: Arc::new(sets) })
}

/// The text of every template: the built-in ones, replaced or joined by the theme's
/// `templates/**/*.html` (as [`Templates::load`] reads them).
pub(super) fn template_sources(root: &Path, config: &Config) -> BTreeMap<String, String> {
    let mut sources: BTreeMap<String, String> = render::templates::BUILTIN_TEMPLATES
        .iter()
        .map(|(n, t)| (n.to_string(), t.to_string()))
        .collect();
    if let Some(dir) = render::templates::theme_dir(root, config) {
        for (name, path) in render::templates::theme_template_files(root, &dir.join("templates")).0
        {
            let text = load::read_text(&path).unwrap_or_else(|e| format!("\u{0}unreadable: {e}"));
            sources.insert(name, text);
        }
    }
    sources
}

/// For each template, the names and text of every template it may use: itself and,
/// transitively, every template whose quoted name appears in one it uses (Tera names
/// `extends`, `include` and `import` targets only as string literals). A page is
/// rendered again when its template's set changed (or its template has none).
pub(super) fn template_sets(sources: &BTreeMap<String, String>) -> HashMap<String, String> {
    let mentions = |text: &str, name: &str| {
        ['"', '\'', '`'].iter().any(|q| text.contains(&format!("{q}{name}{q}")))
    };
    sources
        .keys()
        .map(|page| {
            let mut used: Vec<&str> = vec![page.as_str()];
            let mut i = 0;
            while i < used.len() {
                if let Some(text) = sources.get(used[i]) {
                    for name in sources.keys() {
                        if !used.contains(&name.as_str()) && mentions(text, name) {
                            used.push(name);
                        }
                    }
                }
                i += 1;
            }
            used.sort_unstable();
            let mut set = String::new();
            for name in used {
                set.push_str(name);
                set.push('\u{0}');
                set.push_str(sources.get(name).map_or("\u{0}missing", String::as_str));
                set.push('\u{0}');
            }
            (page.clone(), set)
        })
        .collect()
}

/// Reads the static files (site and theme) into memory, keyed by output path; a later
/// file with the same output path wins (the site's over the theme's).
pub(super) fn read_statics(root: &Path, config: &Config) -> Result<Statics, Diagnostics> {
    use crate::error::{display_path, Diagnostic, Location, ProblemKind};
    let files = crate::write::static_files(root, config)?;
    let read: Vec<std::io::Result<Vec<u8>>> =
        files.par_iter().map(|f| std::fs::read(&f.source)).collect();
    let mut bytes = BTreeMap::new();
    let mut problems = Diagnostics::new();
    for (file, result) in files.iter().zip(read) {
        match result {
            Ok(b) => {
                bytes.insert(file.dest.clone(), Arc::new(b));
            }
            Err(e) => problems.push(Diagnostic::error(
                ProblemKind::Io,
                Location::file(display_path(root, &file.source)),
                crate::msg!("cannot-read", error = crate::load::io_error(&e)),
            )),
        }
    }
    if problems.has_errors() {
        return Err(problems);
    }
    Ok(Statics { bytes, files, config: config.clone() })
}

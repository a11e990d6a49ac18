//! The theme: Tera templates and static assets.
//!
//! The built-in theme (`themes/default/`) is embedded in the binary. A site's own
//! theme (`themes/<name>/templates/*.html` with `theme: <name>` in `site.yaml`)
//! overrides it file by file: a template with the same name wins, the rest stay.

use std::path::{Path, PathBuf};

use serde::Serialize;
use std::borrow::Cow;

use tera::value::Key;
use tera::{Context, Tera};

use crate::config::Config;
use crate::error::{Diagnostic, Diagnostics, Location, ProblemKind};

macro_rules! builtin {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../../themes/default/templates/", $name)))),*]
    };
}

/// The built-in templates, by name.
pub const BUILTIN_TEMPLATES: &[(&str, &str)] = builtin!(
    "base.html",
    "partials/site_header.html",
    "partials/site_footer.html",
    "partials/status.html",
    "partials/update_overdue.html",
    "partials/needs_update.html",
    "partials/matrix.html",
    "partials/by_director.html",
    "partials/progress.html",
    "partials/links.html",
    "partials/initiatives.html",
    "partials/budget.html",
    "partials/budget_lines.html",
    "partials/index_links.html",
    "partials/badge.html",
    "partials/goals.html",
    "partials/actions.html",
    "partials/status_counts.html",
    "partials/status_legend.html",
    "index.html",
    "strategy.html",
    "initiative.html",
    "themes.html",
    "theme.html",
    "directors.html",
    "director.html",
    "status.html",
    "method.html",
    "revisions.html",
    "changes.html",
    "partials/timeline.html",
    "search.html",
    "print.html",
    "404.html",
);

/// The built-in theme's static files, written under `/static/`.
pub const BUILTIN_STATIC: &[(&str, &[u8])] = &[
    ("retning.css", include_bytes!("../../themes/default/static/retning.css")),
    ("favicon.svg", include_bytes!("../../themes/default/static/favicon.svg")),
    ("search.js", include_bytes!("../../themes/default/static/search.js")),
    ("disk.js", include_bytes!("../../themes/default/static/disk.js")),
];

/// The site's theme folder, if it uses its own theme.
pub fn theme_dir(root: &Path, config: &Config) -> Option<PathBuf> {
    config.theme.as_ref().map(|name| root.join("themes").join(name))
}

/// The theme's templates under `templates` (its `templates/` folder): each `.html` file
/// by its name as pages use it (`/`-separated, relative to the folder) and its path, in
/// name order; links that lead outside the site are problems.
pub fn theme_template_files(
    root: &Path,
    templates: &Path,
) -> (Vec<(String, PathBuf)>, Diagnostics) {
    let mut files = Vec::new();
    let mut problems = Diagnostics::new();
    crate::load::walk::walk(root, templates, &|_| false, &mut |found| match found {
        crate::load::walk::Found::File(path) => {
            if path.extension().is_some_and(|e| e == "html") {
                let name = path
                    .strip_prefix(templates)
                    .unwrap_or(&path)
                    .to_string_lossy()
                    .replace('\\', "/");
                files.push((name, path));
            }
        }
        crate::load::walk::Found::Problem(problem) => problems.push(*problem),
    });
    (files, problems)
}

/// Compiled templates, ready to render pages.
pub struct Templates {
    tera: Tera,
    /// Where each overriding template came from, for messages.
    overrides: Vec<(String, PathBuf)>,
    /// The largest output of each page template so far: a page's buffer starts that
    /// large, rather than growing by doubling (a print page of 400 kB was copied and
    /// faulted in five times over).
    largest: std::collections::HashMap<String, std::sync::atomic::AtomicUsize>,
}

impl Templates {
    /// Compiles the built-in templates merged with the site theme's overrides.
    pub fn load(root: &Path, config: &Config) -> Result<Templates, Diagnostics> {
        let mut problems = Diagnostics::new();
        let mut sources: Vec<(String, String)> =
            BUILTIN_TEMPLATES.iter().map(|(n, t)| (n.to_string(), t.to_string())).collect();
        let mut overrides = Vec::new();
        if let Some(dir) = theme_dir(root, config) {
            if !dir.is_dir() {
                let name = config.theme.as_deref().unwrap_or_default();
                problems.push(
                    Diagnostic::error(
                        ProblemKind::InvalidValue,
                        Location::file(crate::config::CONFIG_FILE),
                        crate::msg!("theme-missing", name = name),
                    )
                    .with_help(crate::msg!("theme-missing-help")),
                );
                return Err(problems);
            }
            let (files, found) = theme_template_files(root, &dir.join("templates"));
            problems.extend(found);
            for (name, path) in files {
                let relative = crate::error::display_path(root, &path);
                match crate::load::read_text(&path) {
                    Ok(text) => {
                        match sources.iter_mut().find(|(n, _)| *n == name) {
                            Some(slot) => slot.1 = text,
                            None => sources.push((name.clone(), text)),
                        }
                        overrides.push((name, relative));
                    }
                    Err(message) => problems.push(Diagnostic::error(
                        ProblemKind::Io,
                        Location::file(relative),
                        message,
                    )),
                }
            }
        }
        let mut tera = Tera::new();
        tera.autoescape_on(vec![".html", ".xml", ".svg"]);
        tera.register_filter("safe", safe);
        tera.register_filter("shift_headings", shift_headings);
        tera.register_filter("prefix_ids", prefix_ids);
        let largest = sources
            .iter()
            .map(|(name, _)| (name.clone(), std::sync::atomic::AtomicUsize::new(16 * 1024)))
            .collect();
        if let Err(error) = tera.add_raw_templates(sources) {
            problems.push(template_problem(&error, &overrides));
        }
        if problems.has_errors() {
            return Err(problems);
        }
        Ok(Templates { tera, overrides, largest })
    }

    /// Sets values every template sees (`site`, `t`).
    pub fn set_global<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) {
        self.tera.global_context().insert(key, value);
    }

    /// Renders a page's template: `page` as the variable `page`, and each field of `data`
    /// (a struct, or a template value that is a map) as a variable of its own.
    ///
    /// `parts` are more variables: parts of the page rendered before it (the site's
    /// header and footer).
    pub fn render_page<M: Serialize, D: Serialize>(
        &self,
        template: &str,
        page: &M,
        data: &D,
        parts: [(&'static str, tera::Value); 2],
    ) -> Result<Vec<u8>, Diagnostics> {
        let fail = |e: tera::Error| template_problem(&e, &self.overrides);
        let mut context = Context::new();
        context.insert_value("page", tera::Value::try_from_serializable(page).map_err(fail)?);
        for (name, value) in parts {
            context.insert_value(name, value);
        }
        let data = tera::Value::try_from_serializable(data).map_err(fail)?;
        for (key, value) in data.into_map().into_iter().flatten() {
            context.insert_value(variable_name(&key), value);
        }
        // Rendered straight into bytes: pages are written as bytes, so the UTF-8 check a
        // String would cost is skipped.
        use std::sync::atomic::Ordering::Relaxed;
        let largest = self.largest.get(template);
        let mut out = Vec::with_capacity(largest.map_or(16 * 1024, |l| l.load(Relaxed)));
        self.tera.render_to(template, &context, &mut out).map_err(fail)?;
        if let Some(largest) = largest {
            largest.fetch_max(out.len(), Relaxed);
        }
        Ok(out)
    }
}

impl Templates {
    /// Renders a partial on its own, with `vars` as its variables (and the globals):
    /// for a part that several pages show alike, rendered once and put in each.
    pub fn render_fragment(&self, template: &str, vars: &tera::Map) -> Result<String, Diagnostics> {
        let mut context = Context::new();
        for (key, value) in vars {
            context.insert_value(variable_name(key), value.clone());
        }
        let mut out = Vec::with_capacity(4 * 1024);
        self.tera
            .render_to(template, &context, &mut out)
            .map_err(|e| template_problem(&e, &self.overrides))?;
        // Tera writes what it is given, and it is given UTF-8 only: no copy is made.
        Ok(String::from_utf8(out)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
    }
}

/// Tera's `safe` filter, without its copy: Tera's own makes a new string of every
/// value it marks, and the values retning marks are its largest (page bodies, lists of
/// hundreds of cards); a string is marked as it is, sharing its text. Anything else
/// becomes its text, marked, as with Tera's own.
fn safe(value: &tera::Value, _: tera::Kwargs, _: &tera::State) -> tera::Value {
    if value.as_str().is_some() {
        value.clone().mark_safe()
    } else {
        tera::Value::safe_string(&value.to_string())
    }
}

/// `{{ body | shift_headings(by=2) | safe }}`: the HTML with its headings `by` levels
/// lower (at most `<h6>`), for a body shown under a heading of the page's own. HTML
/// marked safe stays marked; anything else is text, and stays text to be escaped.
fn shift_headings(
    value: &tera::Value,
    kwargs: tera::Kwargs,
    _: &tera::State,
) -> tera::TeraResult<tera::Value> {
    let by = kwargs.must_get::<u8>("by")?;
    let html = html_text(value, "shift_headings")?;
    Ok(same_safety(value, crate::render::markdown::shift_headings(html, by)))
}

/// `{{ body | prefix_ids(with="initiative-x-") | safe }}`: the HTML with `with` before
/// each of its ids and its links to them, for bodies shown together on one page.
fn prefix_ids(
    value: &tera::Value,
    kwargs: tera::Kwargs,
    _: &tera::State,
) -> tera::TeraResult<tera::Value> {
    let prefix = crate::render::html::escape_attr(kwargs.must_get::<&str>("with")?);
    let html = html_text(value, "prefix_ids")?;
    Ok(same_safety(value, crate::render::markdown::prefix_ids(html, &prefix)))
}

/// The HTML text a filter is given, or an error naming the filter.
fn html_text<'v>(value: &'v tera::Value, filter: &str) -> tera::TeraResult<&'v str> {
    value.as_str().ok_or_else(|| {
        tera::Error::message(format!("{filter} takes HTML text (such as `body`), not {value}"))
    })
}

/// A filter's result: `value` itself where unchanged, else the new text, marked safe
/// as `value` was.
fn same_safety(value: &tera::Value, result: std::borrow::Cow<'_, str>) -> tera::Value {
    match result {
        std::borrow::Cow::Borrowed(_) => value.clone(),
        std::borrow::Cow::Owned(text) if value.is_safe() => tera::Value::from(text).mark_safe(),
        std::borrow::Cow::Owned(text) => tera::Value::from(text),
    }
}

/// A template value's key as a variable name: a struct's field names are static, so
/// they are borrowed rather than copied.
fn variable_name(key: &Key<'static>) -> Cow<'static, str> {
    match key {
        Key::Str(name) => Cow::Borrowed(name),
        other => Cow::Owned(other.as_str().unwrap_or_default().to_string()),
    }
}

fn template_problem(error: &tera::Error, overrides: &[(String, PathBuf)]) -> Diagnostic {
    let mut message = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        message.push_str(": ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    // Tera's report starts with its own "error: "; ours says that already.
    if let Some(rest) = message.strip_prefix("error: ") {
        message = rest.to_string();
    }
    // Name the overriding file when the message names its template.
    let file = overrides
        .iter()
        .find(|(name, _)| message.contains(name.as_str()))
        .map(|(_, path)| path.clone())
        .unwrap_or_else(|| PathBuf::from("themes/default/templates"));
    Diagnostic::error(
        ProblemKind::Template,
        Location::file(file),
        crate::msg!("template-error", detail = message),
    )
    .with_help(crate::msg!("template-error-help"))
}

#[cfg(test)]
mod tests {
    use tera::{Context, Tera};

    /// Renders `template` with Tera's own `safe` filter, then with retning's.
    fn both(template: &str, context: &Context) -> (String, String) {
        let render = |ours: bool| {
            let mut tera = Tera::new();
            tera.autoescape_on(vec![".html"]);
            if ours {
                tera.register_filter("safe", super::safe);
            }
            tera.add_raw_template("t.html", template).unwrap();
            tera.render("t.html", context).unwrap()
        };
        (render(false), render(true))
    }

    #[test]
    fn safe_filter_renders_as_teras_own() {
        let mut context = Context::new();
        context.insert("short", "<b>x</b>");
        context.insert("long", &"<p>Velfærd &amp; sundhed</p>\n".repeat(40));
        context.insert("number", &12.5);
        context.insert("whole", &3);
        context.insert("flag", &true);
        context.insert("nothing", &None::<String>);
        context.insert("list", &["<a>", "b"]);
        let template = "{{ short | safe }}|{{ long | safe }}|{{ number | safe }}|\
            {{ whole | safe }}|{{ flag | safe }}|{{ nothing | safe }}|{{ list | safe }}|\
            {{ short | safe | upper }}|{{ short | upper | safe }}|{{ short }}";
        let (teras, ours) = both(template, &context);
        assert_eq!(ours, teras);
        // Marked strings are not escaped; unmarked ones still are.
        assert!(ours.starts_with("<b>x</b>|<p>Velfærd &amp; sundhed</p>"), "{ours}");
        assert!(ours.ends_with("|&lt;b&gt;x&lt;/b&gt;"), "{ours}");
    }

    #[test]
    fn shift_headings_filter_keeps_html_safe_and_text_escaped() {
        let mut tera = Tera::new();
        tera.autoescape_on(vec![".html"]);
        tera.register_filter("safe", super::safe);
        tera.register_filter("shift_headings", super::shift_headings);
        tera.add_raw_template(
            "t.html",
            "{{ body | safe | shift_headings(by=2) }}|{{ text | shift_headings(by=1) }}",
        )
        .unwrap();
        let mut context = Context::new();
        context.insert("body", "<h2>Mål</h2><p>a</p>");
        context.insert("text", "<h2>x</h2>");
        let out = tera.render("t.html", &context).unwrap();
        assert_eq!(out, "<h4>Mål</h4><p>a</p>|&lt;h3&gt;x&lt;/h3&gt;");
        tera.add_raw_template("bad.html", "{{ 3 | shift_headings(by=1) }}").unwrap();
        assert!(tera.render("bad.html", &context).is_err());
    }

    #[test]
    fn prefix_ids_filter_escapes_its_prefix_and_keeps_safety() {
        let mut tera = Tera::new();
        tera.autoescape_on(vec![".html"]);
        tera.register_filter("safe", super::safe);
        tera.register_filter("prefix_ids", super::prefix_ids);
        tera.add_raw_template("t.html", "{{ body | safe | prefix_ids(with=p) }}").unwrap();
        let mut context = Context::new();
        context.insert("body", "<h2 id=\"maal\">Mål</h2><a href=\"#maal\">m</a>");
        context.insert("p", "x\"y-");
        let out = tera.render("t.html", &context).unwrap();
        assert_eq!(out, "<h2 id=\"x&quot;y-maal\">Mål</h2><a href=\"#x&quot;y-maal\">m</a>");
    }
}

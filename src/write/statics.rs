//! The files a site copies as they are: its `static/` folder (to the output root) and
//! its theme's `static/` folder (to `/static/`), and the rule that decides which of
//! them may stand beside the generated pages.
//!
//! Both folders are walked with [`crate::load::walk`], so nothing outside the site's
//! folder is ever published through a link.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::StaticFile;
use crate::config::Config;
use crate::error::{Diagnostic, Diagnostics, Location, ProblemKind};
use crate::load::{self, walk};
use crate::render;

/// Names in `static/` that are not published: those every folder of the site ignores
/// (`_drafts`, `.DS_Store`, `.git`), except the two hidden names a web server reads
/// from the site itself: `.htaccess` (Apache's settings, see docs/recipes) and
/// `.well-known/` (RFC 8615: `security.txt`, domain verification).
fn is_ignored_static_name(name: &str) -> bool {
    load::is_ignored_name(name) && !matches!(name, ".htaccess" | ".well-known")
}

/// The static files of the site at `root`, theme first, each folder in file-name
/// order; a link that leads outside the site is an error.
pub fn static_files(root: &Path, config: &Config) -> Result<Vec<StaticFile>, Diagnostics> {
    let mut files = Vec::new();
    let mut problems = Diagnostics::new();
    let mut collect = |dir: PathBuf, prefix: &str| {
        walk::walk(root, &dir, &is_ignored_static_name, &mut |found| match found {
            walk::Found::File(path) => {
                let Ok(rel) = path.strip_prefix(&dir) else { return };
                let rel = rel.to_string_lossy().replace('\\', "/");
                files.push(StaticFile { dest: format!("{prefix}{rel}"), source: path });
            }
            walk::Found::Problem(problem) => problems.push(*problem),
        });
    };
    if let Some(theme) = render::templates::theme_dir(root, config) {
        collect(theme.join("static"), "static/");
    }
    collect(root.join("static"), "");
    if problems.has_errors() {
        return Err(problems);
    }
    Ok(files)
}

/// Checks static files against generated ones: a site `static/` file may not take the
/// place of a generated page; a theme asset may replace a built-in one.
pub fn merge_statics(
    config: &Config,
    generated: &[String],
    statics: Vec<StaticFile>,
) -> Result<Vec<StaticFile>, Diagnostics> {
    let generated: HashSet<&str> = generated.iter().map(String::as_str).collect();
    let builtin_assets: HashSet<String> =
        render::templates::BUILTIN_STATIC.iter().map(|(n, _)| format!("static/{n}")).collect();
    let mut problems = Diagnostics::new();
    let mut kept = Vec::new();
    for file in statics {
        // The search index's folder is generated whole; it and the open data are not
        // among `generated` in `serve`, which makes them only when asked for.
        let replaces_generated =
            generated.contains(file.dest.as_str()) || render::is_deferred(config, &file.dest);
        if replaces_generated && !builtin_assets.contains(&file.dest) {
            problems.push(
                Diagnostic::error(
                    ProblemKind::DuplicateId,
                    Location::file(&file.source),
                    crate::msg!("static-replaces-file", dest = &file.dest),
                )
                .with_help(crate::msg!("static-conflict-help")),
            );
        } else {
            kept.push(file);
        }
    }
    if problems.has_errors() {
        return Err(problems);
    }
    Ok(kept)
}

#[cfg(test)]
mod tests {
    use super::is_ignored_static_name;

    #[test]
    fn the_web_servers_hidden_names_are_published_and_other_hidden_names_not() {
        for published in [".htaccess", ".well-known", "logo.svg", "web.config"] {
            assert!(!is_ignored_static_name(published), "{published}");
        }
        for ignored in [".DS_Store", ".git", "_kladde", ".htaccess.swp", ".well-known~"] {
            assert!(is_ignored_static_name(ignored), "{ignored}");
        }
    }
}

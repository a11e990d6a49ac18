//! Walking a folder of the site without ever leaving the site.
//!
//! Every folder retning reads (`content/`, `static/`, a theme's `templates/` and
//! `static/`) is walked here. A symbolic link is followed only when its real path lies
//! inside the site's folder; a link that points outside (`static/passwd.txt ->
//! /etc/passwd`, `static/ssh -> ~/.ssh`) is an error naming the link and its target,
//! and nothing behind it is read, not even a folder listing. A link to a folder that
//! contains the link (`static/src -> ..`) would publish the site into itself; it is an
//! error too. Entries are visited in file-name order, so output is deterministic.

use std::fs;
use std::path::{Path, PathBuf};

use crate::error::{display_path, Diagnostic, Location, ProblemKind};
use crate::i18n::Message;
use crate::msg;

/// What the walk found: a file (by the path it was reached through, inside `dir`), or
/// a problem with the folder or a link in it.
pub enum Found {
    /// A regular file, or a link to one inside the site.
    File(PathBuf),
    /// An unreadable folder, a link outside the site, or a link loop.
    Problem(Box<Diagnostic>),
}

/// Walks `dir` (a folder inside the site at `root`), skipping entries whose name
/// `skip` accepts, and hands each file and problem to `found`. A missing `dir` is no
/// problem: it is simply empty.
pub fn walk(root: &Path, dir: &Path, skip: &dyn Fn(&str) -> bool, found: &mut dyn FnMut(Found)) {
    if fs::symlink_metadata(dir).is_err() {
        return;
    }
    let Ok(root_real) = fs::canonicalize(root) else { return };
    let walker = Walker { root, root_real: &root_real, skip };
    match walker.real_path_inside(dir) {
        Ok(real) => walker.walk_dir(dir, &mut vec![real], found),
        Err(problem) => found(Found::Problem(problem)),
    }
}

/// Checks that the file at `path` (site.yaml, say) really lies inside the site at
/// `root`: a link to a file elsewhere is the same error as in a walk.
pub fn check_inside(root: &Path, path: &Path) -> Result<(), Box<Diagnostic>> {
    if !fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        return Ok(());
    }
    let root_real = fs::canonicalize(root).map_err(|e| {
        Box::new(Diagnostic::error(
            ProblemKind::Io,
            Location::file(path),
            msg!("cannot-read", error = super::text::io_error(&e)),
        ))
    })?;
    let walker = Walker { root, root_real: &root_real, skip: &|_| false };
    walker.real_path_inside(path).map(drop)
}

struct Walker<'a> {
    root: &'a Path,
    root_real: &'a Path,
    skip: &'a dyn Fn(&str) -> bool,
}

impl Walker<'_> {
    /// Visits the entries of `dir`, whose real path and those of the folders above it
    /// (in this walk) are `ancestors`.
    fn walk_dir(&self, dir: &Path, ancestors: &mut Vec<PathBuf>, found: &mut dyn FnMut(Found)) {
        let entries = match fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) => return found(Found::Problem(Box::new(self.cannot_read(dir, &e)))),
        };
        let mut entries: Vec<fs::DirEntry> = entries.flatten().collect();
        entries.sort_by_key(|e| e.file_name());
        for entry in entries {
            if (self.skip)(&entry.file_name().to_string_lossy()) {
                continue;
            }
            let path = entry.path();
            let Ok(kind) = entry.file_type() else { continue };
            if kind.is_symlink() {
                self.follow_link(&path, ancestors, found);
            } else if kind.is_dir() {
                ancestors
                    .push(ancestors.last().expect("the walk's folder").join(entry.file_name()));
                self.walk_dir(&path, ancestors, found);
                ancestors.pop();
            } else if kind.is_file() {
                found(Found::File(path));
            }
        }
    }

    /// Follows a link found in the walk: to a file, a folder, or a problem.
    fn follow_link(&self, link: &Path, ancestors: &mut Vec<PathBuf>, found: &mut dyn FnMut(Found)) {
        let real = match self.real_path_inside(link) {
            Ok(real) => real,
            Err(problem) => return found(Found::Problem(problem)),
        };
        // A link to a folder above it (or to itself) would make the folder contain
        // itself: the site would be published into itself.
        if ancestors.iter().any(|a| a.starts_with(&real)) {
            return found(Found::Problem(Box::new(self.link_problem(
                link,
                msg!("link-loop"),
                msg!("link-loop-help"),
            ))));
        }
        match fs::metadata(&real) {
            Ok(meta) if meta.is_dir() => {
                ancestors.push(real);
                self.walk_dir(link, ancestors, found);
                ancestors.pop();
            }
            Ok(meta) if meta.is_file() => found(Found::File(link.to_path_buf())),
            Ok(_) => {}
            Err(e) => found(Found::Problem(Box::new(self.cannot_read(link, &e)))),
        }
    }

    /// The real path of `path` when it lies inside the site; otherwise the problem.
    fn real_path_inside(&self, path: &Path) -> Result<PathBuf, Box<Diagnostic>> {
        let target = fs::read_link(path).unwrap_or_else(|_| path.to_path_buf());
        match fs::canonicalize(path) {
            Ok(real) if real.starts_with(self.root_real) => Ok(real),
            Ok(real) => Err(Box::new(self.link_problem(
                path,
                msg!("link-outside", target = real.display().to_string()),
                msg!("link-outside-help"),
            ))),
            Err(_) => Err(Box::new(self.link_problem(
                path,
                msg!("link-dangling", target = target.display().to_string()),
                msg!("link-dangling-help"),
            ))),
        }
    }

    fn link_problem(&self, link: &Path, message: Message, help: Message) -> Diagnostic {
        Diagnostic::error(ProblemKind::Io, Location::file(display_path(self.root, link)), message)
            .with_help(help)
    }

    fn cannot_read(&self, path: &Path, error: &std::io::Error) -> Diagnostic {
        self.link_problem(
            path,
            msg!("cannot-read", error = super::text::io_error(error)),
            msg!("cannot-read-help"),
        )
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    fn walk_all(root: &Path, dir: &str) -> (Vec<String>, Vec<String>) {
        let (mut files, mut problems) = (Vec::new(), Vec::new());
        walk(root, &root.join(dir), &|n| n.starts_with('_'), &mut |f| match f {
            Found::File(p) => files.push(display_path(root, &p).display().to_string()),
            Found::Problem(d) => {
                problems.push(format!("{}: {}", d.location.file.display(), d.message))
            }
        });
        (files, problems)
    }

    #[test]
    fn follows_links_inside_and_refuses_links_outside() {
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret.txt"), "x").unwrap();
        let site = tempfile::tempdir().unwrap();
        let root = site.path();
        std::fs::create_dir_all(root.join("static/css")).unwrap();
        std::fs::create_dir_all(root.join("shared")).unwrap();
        std::fs::write(root.join("static/css/a.css"), "a").unwrap();
        std::fs::write(root.join("static/_draft.txt"), "d").unwrap();
        std::fs::write(root.join("shared/logo.svg"), "<svg/>").unwrap();
        symlink(root.join("shared"), root.join("static/shared")).unwrap();
        symlink(root.join("shared/logo.svg"), root.join("static/logo.svg")).unwrap();
        symlink(outside.path().join("secret.txt"), root.join("static/secret.txt")).unwrap();
        symlink(outside.path(), root.join("static/elsewhere")).unwrap();
        symlink("..", root.join("static/src")).unwrap();
        symlink("missing.txt", root.join("static/dangling.txt")).unwrap();
        let (files, problems) = walk_all(root, "static");
        assert_eq!(files, ["static/css/a.css", "static/logo.svg", "static/shared/logo.svg"]);
        assert_eq!(problems.len(), 4, "{problems:?}");
        assert!(problems[0].starts_with("static/dangling.txt: this is a link to `missing.txt`"));
        assert!(problems[1].starts_with("static/elsewhere: this is a link to `"));
        assert!(problems[1].contains("outside the site's folder"));
        assert!(problems[2].starts_with("static/secret.txt: this is a link to `"));
        assert!(problems[2].contains("secret.txt`, outside"));
        assert!(problems[3].starts_with("static/src: a symbolic link here points back"));
    }

    #[test]
    fn a_walked_folder_that_is_itself_a_link_outside_is_refused() {
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("passwd"), "root").unwrap();
        let site = tempfile::tempdir().unwrap();
        symlink(outside.path(), site.path().join("static")).unwrap();
        let (files, problems) = walk_all(site.path(), "static");
        assert!(files.is_empty());
        assert_eq!(problems.len(), 1);
        assert!(problems[0].starts_with("static: this is a link to"), "{problems:?}");
    }

    #[test]
    fn a_missing_folder_is_empty() {
        let site = tempfile::tempdir().unwrap();
        assert_eq!(walk_all(site.path(), "static"), (vec![], vec![]));
    }
}

//! The write stage: the one place that writes a built site to disk.
//!
//! A build is written into a fresh folder beside the output and swapped in only when
//! complete, so a failed or interrupted build never leaves a half-written site and the
//! last good output stays as it was. A marker file tells retning's own output folders
//! apart: a folder without it is never deleted or overwritten.

use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::error::{Diagnostic, Diagnostics, Location, ProblemKind};
use crate::render::OutputFile;

/// The marker file retning puts in every output folder it writes.
pub const MARKER: &str = ".retning-output";

/// A file to copy into the output as it is.
#[derive(Debug, Clone)]
pub struct StaticFile {
    /// Where it is.
    pub source: PathBuf,
    /// Its `/`-separated path in the output.
    pub dest: String,
}

fn output_problem(output: &Path, message: String, help: &str) -> Diagnostics {
    Diagnostics::from_iter([Diagnostic::error(
        ProblemKind::Output,
        Location::file(output),
        message,
    )
    .with_help(help)])
}

/// Absolute, symlink-resolved form of a path that may not exist yet.
fn resolve(path: &Path) -> PathBuf {
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    let mut existing = absolute.clone();
    let mut tail = Vec::new();
    while !existing.exists() {
        match (existing.file_name().map(|n| n.to_os_string()), existing.parent()) {
            (Some(name), Some(parent)) => {
                tail.push(name);
                existing = parent.to_path_buf();
            }
            _ => break,
        }
    }
    let mut resolved = fs::canonicalize(&existing).unwrap_or(existing);
    for part in tail.into_iter().rev() {
        if part == ".." {
            resolved.pop();
        } else if part != "." {
            resolved.push(part);
        }
    }
    resolved
}

/// Refuses an output folder that would overwrite the site's sources: the site root
/// itself, a folder containing it, or `content/`, `static/`, `themes/` (or anything in
/// them), and a non-empty folder retning did not create.
pub fn check_output_dir(root: &Path, output: &Path) -> Result<(), Diagnostics> {
    let root_abs = resolve(root);
    let out_abs = resolve(output);
    let help = "choose an output folder of its own, such as `public` (the default)";
    if out_abs == root_abs || root_abs.starts_with(&out_abs) {
        return Err(output_problem(
            output,
            format!("the output folder `{}` is or contains the site itself; building there would delete the site's files", output.display()),
            help,
        ));
    }
    for protected in ["content", "static", "themes"] {
        let dir = root_abs.join(protected);
        if out_abs.starts_with(&dir) {
            return Err(output_problem(
                output,
                format!(
                    "the output folder `{}` is inside the site's `{protected}/` folder",
                    output.display()
                ),
                help,
            ));
        }
    }
    if out_abs.is_file() {
        return Err(output_problem(
            output,
            format!("`{}` is a file, not a folder", output.display()),
            help,
        ));
    }
    if out_abs.is_dir() && !out_abs.join(MARKER).exists() {
        let empty = fs::read_dir(&out_abs).map(|mut d| d.next().is_none()).unwrap_or(false);
        if !empty {
            return Err(output_problem(
                output,
                format!(
                    "`{}` holds files that retning did not write; it will not replace them",
                    output.display()
                ),
                "empty or remove the folder yourself, or choose another output folder",
            ));
        }
    }
    Ok(())
}

/// Writes `files` and `statics` as the new contents of `output`, atomically.
pub fn write(
    output: &Path,
    files: &[OutputFile],
    statics: &[StaticFile],
) -> Result<(), Diagnostics> {
    let out_abs = resolve(output);
    let parent = out_abs.parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."));
    let name = out_abs
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    let fail = |what: &str, e: std::io::Error| {
        output_problem(
            output,
            format!("{what}: {e}"),
            "check that the folder is writable and the disk is not full",
        )
    };
    fs::create_dir_all(&parent).map_err(|e| fail("cannot create the output's parent folder", e))?;
    let staging = parent.join(format!(".{name}.retning-new"));
    let retired = parent.join(format!(".{name}.retning-old"));
    for leftover in [&staging, &retired] {
        if leftover.exists() {
            fs::remove_dir_all(leftover)
                .map_err(|e| fail("cannot remove a leftover folder of an earlier build", e))?;
        }
    }
    let result = write_tree(&staging, files, statics);
    if let Err(e) = result {
        let _ = fs::remove_dir_all(&staging);
        return Err(fail("cannot write the new site", e));
    }
    if out_abs.exists() {
        fs::rename(&out_abs, &retired).map_err(|e| {
            let _ = fs::remove_dir_all(&staging);
            fail("cannot move the old site aside", e)
        })?;
    }
    if let Err(e) = fs::rename(&staging, &out_abs) {
        // Put the last good site back.
        let _ = fs::rename(&retired, &out_abs);
        let _ = fs::remove_dir_all(&staging);
        return Err(fail("cannot move the new site into place", e));
    }
    let _ = fs::remove_dir_all(&retired);
    Ok(())
}

fn write_tree(dir: &Path, files: &[OutputFile], statics: &[StaticFile]) -> std::io::Result<()> {
    fs::create_dir_all(dir)?;
    let mut folders: Vec<PathBuf> = files
        .iter()
        .map(|f| f.path.as_str())
        .chain(statics.iter().map(|s| s.dest.as_str()))
        .filter_map(|p| Path::new(p).parent().map(Path::to_path_buf))
        .collect();
    folders.sort();
    folders.dedup();
    for folder in &folders {
        fs::create_dir_all(dir.join(folder))?;
    }
    files.par_iter().try_for_each(|f| fs::write(dir.join(&f.path), &f.bytes))?;
    statics.par_iter().try_for_each(|s| fs::copy(&s.source, dir.join(&s.dest)).map(|_| ()))?;
    fs::write(
        dir.join(MARKER),
        "This folder is written by retning; it is replaced on every build.\n",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_dangerous_outputs() {
        let site = tempfile::tempdir().unwrap();
        let root = site.path();
        fs::create_dir_all(root.join("content")).unwrap();
        assert!(check_output_dir(root, root).is_err());
        assert!(check_output_dir(root, &root.join("content")).is_err());
        assert!(check_output_dir(root, &root.join("content/sub")).is_err());
        assert!(check_output_dir(root, &root.join("static")).is_err());
        assert!(check_output_dir(root, &root.join("themes/x")).is_err());
        assert!(check_output_dir(root, root.parent().unwrap()).is_err());
        assert!(check_output_dir(root, &root.join("content/../")).is_err());
        assert!(check_output_dir(root, &root.join("public")).is_ok());
        fs::create_dir_all(root.join("mine")).unwrap();
        fs::write(root.join("mine/keep.txt"), "x").unwrap();
        assert!(check_output_dir(root, &root.join("mine")).is_err());
    }

    #[test]
    fn writes_and_replaces_atomically() {
        let site = tempfile::tempdir().unwrap();
        let out = site.path().join("public");
        let files = vec![OutputFile { path: "a/index.html".into(), bytes: b"one".to_vec() }];
        write(&out, &files, &[]).unwrap();
        assert_eq!(fs::read(out.join("a/index.html")).unwrap(), b"one");
        assert!(out.join(MARKER).exists());
        let files = vec![OutputFile { path: "b.txt".into(), bytes: b"two".to_vec() }];
        write(&out, &files, &[]).unwrap();
        assert!(!out.join("a").exists());
        assert_eq!(fs::read(out.join("b.txt")).unwrap(), b"two");
        let leftovers: Vec<_> =
            fs::read_dir(site.path()).unwrap().flatten().map(|e| e.file_name()).collect();
        assert_eq!(leftovers, vec![std::ffi::OsString::from("public")]);
    }
}

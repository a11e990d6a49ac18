//! The write stage: the one place that writes a built site to disk.
//!
//! A build is written into a fresh folder beside the output and swapped in only when
//! complete, so a failed or interrupted build never leaves a half-written site and the
//! last good output stays as it was. The swap is one step where the OS has one
//! (`renameat2(RENAME_EXCHANGE)` on Linux, `renameatx_np(RENAME_SWAP)` on macOS), and a
//! build stopped between the two renames elsewhere is repaired by the next one
//! ([`recover`]), which never deletes the only complete copy of a site.
//!
//! A marker file tells retning's own output folders apart, and names the site it was
//! written for: a folder without it, or with a marker of another site, is never
//! deleted or overwritten. One build at a time writes an output ([`lock`]).

mod lock;
mod statics;

pub use lock::{lock_path, OutputLock, WhenLocked};
pub use statics::{merge_statics, static_files};

use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::error::{Diagnostic, Diagnostics, Location, ProblemKind};
use crate::i18n::Message;
use crate::msg;
use crate::render::OutputFile;

/// The marker file retning puts in every output folder it writes.
pub const MARKER: &str = ".retning-output";

/// The marker's first line; the second names the site (`site: <path>`).
const MARKER_TEXT: &str = "This folder is written by retning; it is replaced on every build.\n";

/// The marker's text for a site at `root` written into `output`: the site's folder as
/// seen from the output's folder, so that the pair can be moved together.
fn marker_text(root: &Path, output: &Path) -> String {
    format!("{MARKER_TEXT}site: {}\n", site_seen_from(root, output).display())
}

/// `root` relative to `output`'s parent where it can be (`.` for the default output
/// `public/` inside the site), else absolute.
fn site_seen_from(root: &Path, output: &Path) -> PathBuf {
    let root = resolve(root);
    let output = resolve(output);
    let Some(parent) = output.parent() else { return root };
    if let Ok(inside) = root.strip_prefix(parent) {
        return if inside.as_os_str().is_empty() { PathBuf::from(".") } else { inside.into() };
    }
    let mut up = PathBuf::new();
    let mut base = parent;
    loop {
        if let Ok(rest) = root.strip_prefix(base) {
            return up.join(rest);
        }
        match base.parent() {
            Some(next) => {
                up.push("..");
                base = next;
            }
            None => return root,
        }
    }
}

/// Whose output a folder is, by its marker.
#[derive(Debug, PartialEq, Eq)]
enum Owner {
    /// No marker: not retning's.
    Nobody,
    /// This site's (or a marker from before markers named their site).
    ThisSite,
    /// Another site's, or a marker retning did not write.
    Other(String),
}

fn owner(root: &Path, output: &Path) -> Owner {
    let Ok(text) = fs::read_to_string(resolve(output).join(MARKER)) else {
        return Owner::Nobody;
    };
    if text == MARKER_TEXT {
        return Owner::ThisSite;
    }
    match text.strip_prefix(MARKER_TEXT).and_then(|rest| rest.strip_prefix("site: ")) {
        Some(site) if Path::new(site.trim_end()) == site_seen_from(root, output) => Owner::ThisSite,
        Some(site) => Owner::Other(site.trim_end().to_string()),
        None => Owner::Other(String::new()),
    }
}

/// True when `output` holds a site retning wrote (its marker is there), or a build
/// stopped during its swap left one beside it (the next build puts it back): what a
/// failed build may truthfully call "the last good site".
pub fn holds_site(output: &Path) -> bool {
    let (staging, retired) = side_folders(output);
    [resolve(output), staging, retired].iter().any(|dir| dir.join(MARKER).is_file())
}

/// A file to copy into the output as it is.
#[derive(Debug, Clone)]
pub struct StaticFile {
    /// Where it is.
    pub source: PathBuf,
    /// Its `/`-separated path in the output.
    pub dest: String,
}

fn output_problem(output: &Path, message: Message, help: Message) -> Diagnostics {
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
    let help = || msg!("output-folder-help");
    let shown = output.display().to_string();
    if out_abs == root_abs || root_abs.starts_with(&out_abs) {
        return Err(output_problem(output, msg!("output-is-site", output = &shown), help()));
    }
    for protected in ["content", "static", "themes"] {
        let dir = root_abs.join(protected);
        if out_abs.starts_with(&dir) {
            return Err(output_problem(
                output,
                msg!("output-in-sources", output = &shown, folder = protected),
                help(),
            ));
        }
    }
    if out_abs.is_file() {
        return Err(output_problem(output, msg!("output-is-file", output = &shown), help()));
    }
    if !out_abs.is_dir() {
        return Ok(());
    }
    let empty = fs::read_dir(&out_abs).map(|mut d| d.next().is_none()).unwrap_or(false);
    let message = match owner(root, output) {
        Owner::ThisSite => return Ok(()),
        _ if empty => return Ok(()),
        Owner::Nobody | Owner::Other(_) if !out_abs.join(MARKER).exists() => {
            msg!("output-not-ours", output = &shown)
        }
        Owner::Other(site) if !site.is_empty() => {
            msg!("output-other-site", output = &shown, site = site)
        }
        _ => msg!("output-foreign-marker", output = &shown),
    };
    Err(output_problem(output, message, msg!("output-not-ours-help")))
}

/// A new output being written: a staging folder beside the output that replaces it
/// on [`Staging::commit`], and is removed if dropped before that.
pub struct Staging {
    root: PathBuf,
    output: PathBuf,
    target: PathBuf,
    staging: PathBuf,
    retired: PathBuf,
    committed: bool,
    /// The staging folder, open: files are made relative to it.
    #[cfg(unix)]
    folder: Option<rustix::fd::OwnedFd>,
}

impl Staging {
    /// Prepares a staging folder for the site at `root` to replace `output` (which
    /// should have passed [`check_output_dir`]; the caller holds its [`OutputLock`]).
    pub fn begin(root: &Path, output: &Path) -> Result<Staging, Diagnostics> {
        let (staging_path, retired) = side_folders(output);
        let mut staging = Staging {
            root: root.to_path_buf(),
            output: output.to_path_buf(),
            staging: staging_path,
            retired,
            target: resolve(output),
            committed: false,
            #[cfg(unix)]
            folder: None,
        };
        recover(output)?;
        if let Some(parent) = staging.target.parent() {
            fs::create_dir_all(parent).map_err(|e| staging.fail(msg!("write-create-parent"), e))?;
        }
        for leftover in [&staging.staging, &staging.retired] {
            if leftover.exists() {
                fs::remove_dir_all(leftover)
                    .map_err(|e| staging.fail(msg!("write-remove-leftover"), e))?;
            }
        }
        fs::create_dir(&staging.staging)
            .map_err(|e| staging.fail(msg!("write-create-staging"), e))?;
        #[cfg(unix)]
        {
            use rustix::fs::{open, Mode, OFlags};
            staging.folder = open(
                &staging.staging,
                OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
                Mode::empty(),
            )
            .ok();
        }
        Ok(staging)
    }

    fn fail(&self, what: Message, e: std::io::Error) -> Diagnostics {
        output_problem(
            &self.output,
            msg!("write-failed", what = what, error = crate::load::io_error(&e)),
            msg!("write-failed-help"),
        )
    }

    /// Writes one file into the staging folder. Safe to call from many threads.
    pub fn put(&self, file: &OutputFile) -> Result<(), Diagnostics> {
        #[cfg(unix)]
        let written = match &self.folder {
            Some(folder) => put_at(folder, file),
            None => self.put_by_path(file),
        };
        #[cfg(not(unix))]
        let written = self.put_by_path(file);
        written.map_err(|e| self.fail(msg!("write-file", path = &file.path), e))
    }

    /// [`Staging::put`] by the file's whole path.
    fn put_by_path(&self, file: &OutputFile) -> std::io::Result<()> {
        put_with(
            file,
            |folder| fs::create_dir(self.staging.join(folder)),
            |folder| fs::create_dir_all(self.staging.join(folder)),
            || fs::write(self.staging.join(&file.path), &file.bytes),
        )
    }

    /// Copies static files in (after the generated ones). A static file that would take
    /// the place of a generated folder (`static/status` beside the page `/status/`), or
    /// that needs a folder where a generated file or another static file is, is an
    /// error naming the static file; nothing is copied then.
    pub fn copy_statics(&self, statics: &[StaticFile]) -> Result<(), Diagnostics> {
        let files: std::collections::HashSet<&str> =
            statics.iter().map(|s| s.dest.as_str()).collect();
        let mut problems = Diagnostics::new();
        for s in statics {
            let folders = || {
                let mut folder = Path::new(&s.dest).parent();
                std::iter::from_fn(move || {
                    let current = folder.filter(|f| !f.as_os_str().is_empty())?;
                    folder = current.parent();
                    Some(current)
                })
            };
            let message = if self.staging.join(&s.dest).is_dir() {
                Some(msg!("static-replaces-folder", dest = &s.dest))
            } else if let Some(file) = folders().find(|f| {
                self.staging.join(f).is_file() || files.contains(f.to_string_lossy().as_ref())
            }) {
                let name = file.to_string_lossy().replace('\\', "/");
                Some(msg!("static-needs-folder", name = name))
            } else {
                None
            };
            if let Some(message) = message {
                problems.push(
                    Diagnostic::error(ProblemKind::DuplicateId, Location::file(&s.source), message)
                        .with_help(msg!("static-conflict-help")),
                );
            }
        }
        if problems.has_errors() {
            return Err(problems);
        }
        statics.par_iter().try_for_each(|s| {
            let dest = self.staging.join(&s.dest);
            let copy = || -> std::io::Result<()> {
                if let Some(parent) = dest.parent() {
                    fs::create_dir_all(parent)?;
                }
                fs::copy(&s.source, &dest).map(|_| ())
            };
            copy().map_err(|e| {
                self.fail(msg!("write-copy", path = s.source.display().to_string()), e)
            })
        })
    }

    /// Swaps the staging folder in as the output; the old output is removed.
    pub fn commit(mut self) -> Result<(), Diagnostics> {
        // The marker is written last: a staging folder with it is a complete site.
        fs::write(self.staging.join(MARKER), marker_text(&self.root, &self.output))
            .map_err(|e| self.fail(msg!("write-marker"), e))?;
        if self.target.exists() && exchange(&self.staging, &self.target).is_ok() {
            // The old site is now where the staging folder was.
            self.committed = true;
            remove_tree(&self.staging);
            return Ok(());
        }
        if self.target.exists() {
            fs::rename(&self.target, &self.retired)
                .map_err(|e| self.fail(msg!("write-move-aside"), e))?;
        }
        if let Err(e) = fs::rename(&self.staging, &self.target) {
            // Put the last good site back.
            let _ = fs::rename(&self.retired, &self.target);
            return Err(self.fail(msg!("write-move-in"), e));
        }
        self.committed = true;
        remove_tree(&self.retired);
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            remove_tree(&self.staging);
        }
    }
}

/// The staging and retired folders of `output`: `.<name>.retning-new` and
/// `.<name>.retning-old` beside it.
fn side_folders(output: &Path) -> (PathBuf, PathBuf) {
    let target = resolve(output);
    let parent = target.parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."));
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    (parent.join(format!(".{name}.retning-new")), parent.join(format!(".{name}.retning-old")))
}

/// Repairs what a build stopped during its swap left (on systems without a one-step
/// swap): when the output is missing, the newest complete site beside it (the staging
/// folder, whose marker is written last, then the retired one) is moved back in place.
/// Nothing is deleted here; the next [`Staging::begin`] removes what is left over only
/// once the output is in place again.
pub fn recover(output: &Path) -> Result<(), Diagnostics> {
    let target = resolve(output);
    if target.exists() {
        return Ok(());
    }
    let (staging, retired) = side_folders(output);
    for candidate in [staging, retired] {
        if candidate.join(MARKER).is_file() {
            return fs::rename(&candidate, &target).map_err(|e| {
                output_problem(
                    output,
                    msg!(
                        "write-restore-failed",
                        folder = candidate.display().to_string(),
                        error = crate::load::io_error(&e)
                    ),
                    msg!("write-restore-failed-help"),
                )
            });
        }
    }
    Ok(())
}

/// Swaps two folders in one step, where the OS can.
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    #[cfg(any(target_os = "linux", target_os = "android", target_os = "macos", target_os = "ios"))]
    {
        use rustix::fs::{renameat_with, RenameFlags, CWD};
        Ok(renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE)?)
    }
    #[cfg(not(any(
        target_os = "linux",
        target_os = "android",
        target_os = "macos",
        target_os = "ios"
    )))]
    {
        let _ = (a, b);
        Err(std::io::ErrorKind::Unsupported.into())
    }
}

/// Removes a folder tree, its top-level entries in parallel: the last output of a large
/// site holds tens of thousands of files, and unlinking them one by one on one core
/// was a tenth of a build. Errors are ignored (what is left is removed next time).
fn remove_tree(dir: &Path) {
    if let Ok(entries) = fs::read_dir(dir) {
        let entries: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        entries.par_iter().for_each(|path| {
            let _ = if path.is_dir() { fs::remove_dir_all(path) } else { fs::remove_file(path) };
        });
    }
    let _ = fs::remove_dir_all(dir);
}

/// Writes `files` and `statics` as the new contents of `output` for the site at
/// `root`, atomically (the caller holds the output's [`OutputLock`]).
pub fn write(
    root: &Path,
    output: &Path,
    files: &[OutputFile],
    statics: &[StaticFile],
) -> Result<(), Diagnostics> {
    let staging = Staging::begin(root, output)?;
    files.par_iter().try_for_each(|f| staging.put(f))?;
    staging.copy_statics(statics)?;
    staging.commit()
}

/// How a file goes into the staging folder, whichever way the folders and the file are
/// named: a page at `<folder>/index.html` nearly always has a folder of its own that is
/// not there yet, so it is made first (sparing a failed open per page). Other files
/// are written first, their folder made only when missing: most go into a folder that
/// is already there, and a look before each write costs a system call per file.
/// `make_folder` makes one folder (failing with `NotFound` when its parent is missing),
/// `make_folders` a folder with every missing parent.
fn put_with(
    file: &OutputFile,
    make_folder: impl Fn(&str) -> std::io::Result<()>,
    make_folders: impl Fn(&str) -> std::io::Result<()>,
    write: impl Fn() -> std::io::Result<()>,
) -> std::io::Result<()> {
    use std::io::ErrorKind;
    let Some((parent, name)) = file.path.rsplit_once('/') else {
        return write();
    };
    if name == "index.html" {
        match make_folder(parent) {
            Err(e) if e.kind() == ErrorKind::NotFound => make_folders(parent)?,
            Err(e) if e.kind() != ErrorKind::AlreadyExists => return Err(e),
            _ => {}
        }
    }
    match write() {
        Err(e) if e.kind() == ErrorKind::NotFound => {
            make_folders(parent)?;
            write()
        }
        done => done,
    }
}

/// [`Staging::put`] relative to the open staging folder: the kernel walks the two or
/// three parts of the page's own path, not the whole absolute path, for each of the
/// tens of thousands of files (3 % of a 10,000-initiative build).
#[cfg(unix)]
fn put_at(folder: &rustix::fd::OwnedFd, file: &OutputFile) -> std::io::Result<()> {
    use rustix::fs::{mkdirat, openat, Mode, OFlags};
    use std::io::Write;
    // The modes std::fs uses (before the umask).
    let make_folder = |path: &str| -> std::io::Result<()> {
        Ok(mkdirat(folder, path, Mode::from_raw_mode(0o777))?)
    };
    let make_folders = |path: &str| -> std::io::Result<()> {
        for (end, _) in path.match_indices('/').chain([(path.len(), "")]) {
            match make_folder(&path[..end]) {
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                other => other?,
            }
        }
        Ok(())
    };
    let write = || -> std::io::Result<()> {
        let flags = OFlags::WRONLY | OFlags::CREATE | OFlags::TRUNC | OFlags::CLOEXEC;
        let fd = openat(folder, file.path.as_str(), flags, Mode::from_raw_mode(0o666))?;
        fs::File::from(fd).write_all(&file.bytes)
    };
    put_with(file, make_folder, make_folders, write)
}

#[cfg(test)]
mod tests;

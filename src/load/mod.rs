//! The load stage: finds the site's Markdown files and parses them into typed documents.
//!
//! Files are read in parallel; every problem is collected with its file, line and
//! column. Ids come from file and folder names unless front matter sets `id`. Nothing
//! here resolves references between documents: that is the link stage's work.

mod front_matter;
pub mod history;
mod parse;
mod text;
pub mod walk;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::error::{Diagnostic, Diagnostics, Location, ProblemKind};
use crate::i18n::Message;
use crate::model::{
    is_valid_id, suggest_id, Body, Director, DirectorFields, Documents, FrontPage, FrontPageFields,
    Initiative, InitiativeFields, Origin, SourceFile, Strategy, StrategyFields,
};
use crate::msg;
use crate::yaml::{
    self,
    Step::{Item, Key},
};

pub use front_matter::front_matter;
use parse::load_file;
pub use text::{decode_text, io_error, read_text};

/// The content folder's name, under the site root.
pub const CONTENT_DIR: &str = "content";
/// The directors' folder, under `content/`.
pub const DIRECTORS_DIR: &str = "directors";
/// The largest source file read, in bytes. Larger files are an error: nobody writes a
/// strategy that long by hand, and a limit keeps a stray export from exhausting memory.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// What a content file is, by where it lies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileRole {
    /// `content/index.md`.
    FrontPage,
    /// `content/directors/<id>.md`.
    Director,
    /// `content/<id>.md` or `content/<id>/index.md`.
    Strategy,
    /// `content/<strategy>/<id>.md`; carries the strategy folder's name.
    Initiative(String),
}

/// A content file found on disk.
#[derive(Debug, Clone)]
pub struct ContentFile {
    /// Absolute (or root-joined) path.
    pub path: PathBuf,
    /// Path relative to the site root, `/`-separated.
    pub relative: PathBuf,
    /// Its role.
    pub role: FileRole,
}

/// True for names retning skips: `_draft.md`, `.hidden`, editor leftovers.
pub fn is_ignored_name(name: &str) -> bool {
    name.starts_with('_') || name.starts_with('.')
}

/// Finds every content file under `root/content`, sorted by path.
pub fn discover(root: &Path) -> (Vec<ContentFile>, Diagnostics) {
    discover_each(root, &mut |_| {})
}

/// A Markdown file under `content/`, with its role from where it lies.
fn content_file(
    root: &Path,
    content: &Path,
    path: PathBuf,
) -> Result<ContentFile, Box<Diagnostic>> {
    let relative = relative_to(root, &path);
    let parts: Vec<String> = path
        .strip_prefix(content)
        .unwrap_or(&path)
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let role = match parts.as_slice() {
        [name] if name == "index.md" => FileRole::FrontPage,
        [_] => FileRole::Strategy,
        [dir, _] if dir == DIRECTORS_DIR => FileRole::Director,
        [_, name] if name == "index.md" => FileRole::Strategy,
        [dir, _] => FileRole::Initiative(dir.clone()),
        _ => {
            return Err(Box::new(
                Diagnostic::error(
                    ProblemKind::Io,
                    Location::file(&relative),
                    msg!("file-too-deep"),
                )
                .with_help(msg!("file-too-deep-help")),
            ))
        }
    };
    Ok(ContentFile { path, relative, role })
}

/// [`discover`], handing each file to `found` as soon as the walk comes to it (before
/// the checks that need every file), so that it can be parsed meanwhile.
fn discover_each(
    root: &Path,
    found: &mut dyn FnMut(&ContentFile),
) -> (Vec<ContentFile>, Diagnostics) {
    let content = root.join(CONTENT_DIR);
    let mut files = Vec::new();
    let mut problems = Diagnostics::new();
    if !content.is_dir() {
        return (files, problems);
    }
    walk::walk(root, &content, &is_ignored_name, &mut |entry| match entry {
        walk::Found::File(path) if path.extension().is_some_and(|e| e == "md") => {
            match content_file(root, &content, path) {
                Ok(file) => {
                    found(&file);
                    files.push(file);
                }
                Err(problem) => problems.push(*problem),
            }
        }
        walk::Found::File(_) => {}
        walk::Found::Problem(problem) => problems.push(*problem),
    });
    // Every strategy folder needs its index.md.
    let strategy_dirs: std::collections::HashSet<&str> = files
        .iter()
        .filter(|f| {
            f.role == FileRole::Strategy && f.relative.file_name().is_some_and(|n| n == "index.md")
        })
        .filter_map(|f| f.relative.parent().and_then(Path::file_name).and_then(|n| n.to_str()))
        .collect();
    let mut orphans = Vec::new();
    for file in &files {
        if let FileRole::Initiative(dir) = &file.role {
            if !strategy_dirs.contains(dir.as_str()) {
                orphans.push(
                    Diagnostic::error(
                        ProblemKind::MissingKey,
                        Location::file(&file.relative),
                        msg!("initiative-without-strategy", folder = dir),
                    )
                    .with_help(msg!("initiative-without-strategy-help", folder = dir)),
                );
            }
        }
    }
    for d in orphans {
        problems.push(d);
    }
    (files, problems)
}

fn relative_to(root: &Path, path: &Path) -> PathBuf {
    let rel = path.strip_prefix(root).unwrap_or(path);
    // `/` separators everywhere, so messages and URLs look the same on Windows.
    PathBuf::from(rel.to_string_lossy().replace('\\', "/"))
}

/// One parsed file: a document, or the problems that kept it from being one.
#[derive(Debug, Clone)]
enum Parsed {
    Front(FrontPage),
    Director(Director),
    Strategy(Strategy, Vec<Initiative>),
    Initiative(Initiative),
}

/// One content file read and parsed on its own: its document, if it became one, and
/// the problems found in it. `serve` keeps these per file, to re-read only what changed.
#[derive(Debug, Clone)]
pub struct ParsedFile {
    parsed: Option<Parsed>,
    /// The problems found in the file.
    pub problems: Diagnostics,
    /// For a document that failed to parse, the id its file name gives: references to
    /// it are not reported as unknown on top of the file's own error.
    failed_id: Option<String>,
    /// For a document that failed to parse, its path: links to it are not reported as
    /// broken on top of the file's own error.
    failed_path: Option<PathBuf>,
}

/// Reads and parses one content file: what [`load`] does for each file [`discover`]
/// finds. The result depends only on the file's text and its path.
pub fn parse_file(file: &ContentFile) -> ParsedFile {
    let (parsed, problems) = load_file(file);
    let failed_id = match (&parsed, &file.role) {
        (None, FileRole::FrontPage) | (Some(_), _) => None,
        (None, _) => {
            let stem = file.relative.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
            let id = if stem == "index" {
                file.relative.parent().and_then(Path::file_name).and_then(|s| s.to_str())
            } else {
                Some(stem)
            };
            id.map(str::to_string)
        }
    };
    let failed_path = parsed.is_none().then(|| file.relative.clone());
    ParsedFile { parsed, problems, failed_id, failed_path }
}

/// Loads every content file under `root`: the load stage's whole job ([`discover`],
/// [`parse_file`] for each file, [`assemble`]).
pub fn load(root: &Path) -> (Documents, Diagnostics) {
    // Files are parsed as the walk finds them: walking the folders (a stat per file)
    // was a single-threaded start of every build. Numbered in walk order, they are put
    // back in that order after.
    let (sender, receiver) = std::sync::mpsc::channel::<(usize, ContentFile)>();
    let ((_, problems), mut parsed) = rayon::join(
        move || {
            let mut next = 0;
            discover_each(root, &mut |file| {
                // The receiver lives until the walk ends; a failed send cannot happen.
                let _ = sender.send((next, file.clone()));
                next += 1;
            })
        },
        || {
            receiver
                .into_iter()
                .par_bridge()
                .map(|(k, file)| (k, parse_file(&file)))
                .collect::<Vec<(usize, ParsedFile)>>()
        },
    );
    parsed.sort_unstable_by_key(|(k, _)| *k);
    assemble(problems, parsed.into_iter().map(|(_, file)| file))
}

/// Puts parsed files, in [`discover`]'s order, together into the site's documents;
/// `problems` (those `discover` found) come first, then each file's.
pub fn assemble(
    mut problems: Diagnostics,
    files: impl IntoIterator<Item = ParsedFile>,
) -> (Documents, Diagnostics) {
    let files = files.into_iter();
    let mut docs = Documents::default();
    // Most files are initiatives: room for them all at once, not grown by copying.
    let mut file_initiatives: Vec<Initiative> = Vec::with_capacity(files.size_hint().0);
    let mut inline_initiatives: Vec<Initiative> = Vec::new();
    for ParsedFile { parsed, problems: found, failed_id, failed_path } in files {
        problems.extend(found);
        docs.failed_ids.extend(failed_id);
        docs.failed_paths.extend(failed_path);
        match parsed {
            Some(Parsed::Front(front)) => docs.front_page = front,
            Some(Parsed::Director(d)) => docs.directors.push(d),
            Some(Parsed::Strategy(s, inline)) => {
                docs.strategies.push(s);
                inline_initiatives.extend(inline);
            }
            Some(Parsed::Initiative(i)) => file_initiatives.push(i),
            None => {}
        }
    }
    docs.directors.sort_by(|a, b| a.id.cmp(&b.id));
    docs.strategies.sort_by(|a, b| a.id.cmp(&b.id));
    // An initiative file belongs to the strategy of its folder, whatever `id` that
    // strategy's index.md sets.
    let folder_ids: std::collections::HashMap<&str, &str> = docs
        .strategies
        .iter()
        .filter(|s| s.origin.source.path.file_name().is_some_and(|n| n == "index.md"))
        .filter_map(|s| {
            let dir = s.origin.source.path.parent()?.file_name()?.to_str()?;
            Some((dir, s.id.as_str()))
        })
        .collect();
    for initiative in &mut file_initiatives {
        if let Some(id) = folder_ids.get(initiative.strategy.as_str()) {
            if *id != initiative.strategy {
                initiative.strategy = id.to_string();
            }
        }
    }
    // Per strategy: inline initiatives in their written order, then files by name
    // (discovery is sorted, and the sort below is stable).
    let strategy_rank = |id: &str| docs.strategies.binary_search_by(|s| s.id.as_str().cmp(id));
    let mut initiatives = if inline_initiatives.is_empty() {
        file_initiatives
    } else {
        let mut all = inline_initiatives;
        all.extend(file_initiatives);
        all
    };
    // Each key looked up once, not once per comparison (also a stable sort).
    initiatives.sort_by_cached_key(|i| strategy_rank(&i.strategy).unwrap_or(usize::MAX));
    docs.initiatives = initiatives;
    (docs, problems)
}

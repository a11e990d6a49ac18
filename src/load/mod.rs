//! The load stage: finds the site's Markdown files and parses them into typed documents.
//!
//! Files are read in parallel; every problem is collected with its file, line and
//! column. Ids come from file and folder names unless front matter sets `id`. Nothing
//! here resolves references between documents: that is the link stage's work.

mod front_matter;
pub mod walk;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::error::{Diagnostic, Diagnostics, Location, ProblemKind};
use crate::model::{
    is_valid_id, suggest_id, Body, Director, DirectorFields, Documents, FrontPage, FrontPageFields,
    Initiative, InitiativeFields, Origin, SourceFile, Strategy, StrategyFields,
};
use crate::yaml::{
    self,
    Step::{Item, Key},
};

pub use front_matter::front_matter;

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

/// Reads a file as text: at most [`MAX_FILE_BYTES`], UTF-8, BOM removed, CRLF and CR
/// turned into LF (so files from Windows build exactly like files from elsewhere).
pub fn read_text(path: &Path) -> Result<String, String> {
    use std::io::Read as _;
    let too_large = |size: u64| {
        format!(
            "the file is {size} bytes, more than the limit of {MAX_FILE_BYTES} bytes ({} MiB) for one file; split the text into several files, or move the file out of the site if it is not part of it",
            MAX_FILE_BYTES / (1024 * 1024)
        )
    };
    // Opened first and its size asked of the open file: the path is looked up once.
    let file = std::fs::File::open(path).map_err(|e| io_message(path, &e))?;
    let size = file.metadata().map_err(|e| io_message(path, &e))?.len();
    if size > MAX_FILE_BYTES {
        return Err(too_large(size));
    }
    // The size the file has now is read, in one call: asking again for the end of a file
    // was a thousand system calls in a build of 1,000 files. (A file written while it is
    // read is read again: `serve` sees the write.) A size of 0 may be a special file
    // that does not know its size: that is read to its end, at most one byte past the
    // limit. The text is kept as read (not copied), so it gets no slack capacity.
    let limit = if size == 0 { MAX_FILE_BYTES + 1 } else { size };
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(limit).read_to_end(&mut bytes).map_err(|e| io_message(path, &e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    decode_text(bytes)
}

/// Decodes file bytes as [`read_text`] does.
pub fn decode_text(bytes: Vec<u8>) -> Result<String, String> {
    // Windows editors save "Unicode" text as UTF-16 with a byte-order mark (Notepad's
    // "UTF-16 LE"): it is text, read as such.
    let little_endian = match bytes.get(..2) {
        Some([0xff, 0xfe]) => Some(true),
        Some([0xfe, 0xff]) => Some(false),
        _ => None,
    };
    if let Some(little_endian) = little_endian {
        return decode_utf16(&bytes[2..], little_endian)
            .map(|text| decode_text(text.into_bytes()))
            .unwrap_or_else(|| Err("the file starts as UTF-16 (\"Unicode\") text but does not decode as such; open it and save it with the encoding \"UTF-8\"".to_string()));
    }
    if bytes.contains(&0) {
        // UTF-16 without a mark: ASCII letters with a zero byte before or after each
        // (a character's pair holds one zero and one letter; a file of zeros is no text).
        let pairs = bytes.chunks_exact(2);
        let letters = pairs.clone().filter(|pair| (pair[0] == 0) != (pair[1] == 0)).count();
        if bytes.len() >= 4 && letters * 10 >= pairs.len() * 9 {
            return Err(
                "the file is saved as UTF-16 (\"Unicode\") text; open it and save it with the encoding \"UTF-8\"".to_string(),
            );
        }
        return Err(
            "this is a binary file, not text; only Markdown (.md) files belong in content/"
                .to_string(),
        );
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let bytes = e.as_bytes();
        let valid = e.utf8_error().valid_up_to();
        let line = bytes[..valid].iter().filter(|&&b| b == b'\n').count() + 1;
        // Show the line as an old Windows editor meant it (Latin-1 / Windows-1252), so
        // the author sees which word it is: "title: Velfærd".
        let start = bytes[..valid].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let end = bytes[valid..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |i| valid + i);
        let shown: String = bytes[start..end]
            .iter()
            .take(80)
            .map(|&b| match b {
                b'\r' => ' ',
                0x20..=0x7e | 0xa0..=0xff => char::from(b),
                _ => '?',
            })
            .collect();
        format!(
            "not UTF-8 text: line {line} (\"{}\") is in another encoding, probably Latin-1 or Windows-1252 (\"ANSI\") from an older editor; open the file and save it with the encoding \"UTF-8\"",
            shown.trim()
        )
    })?;
    let unmarked = text.strip_prefix('\u{feff}').unwrap_or(&text);
    if unmarked.contains('\r') {
        Ok(unmarked.replace("\r\n", "\n").replace('\r', "\n"))
    } else if unmarked.len() < text.len() {
        Ok(unmarked.to_string())
    } else {
        // The common case: the text as read, not copied.
        Ok(text)
    }
}

/// UTF-16 text (after its byte-order mark), or `None` where it is not whole UTF-16
/// text or holds a NUL.
fn decode_utf16(bytes: &[u8], little_endian: bool) -> Option<String> {
    if !bytes.len().is_multiple_of(2) {
        return None;
    }
    let units = bytes.chunks_exact(2).map(|pair| {
        let pair = [pair[0], pair[1]];
        if little_endian {
            u16::from_le_bytes(pair)
        } else {
            u16::from_be_bytes(pair)
        }
    });
    let text: String = char::decode_utf16(units).collect::<Result<_, _>>().ok()?;
    (!text.contains('\0')).then_some(text)
}

fn io_message(path: &Path, error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => format!("`{}` does not exist", path.display()),
        std::io::ErrorKind::InvalidData => "not UTF-8 text".to_string(),
        _ => format!("cannot read `{}`: {error}", path.display()),
    }
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
            return Err(Box::new(Diagnostic::error(
                ProblemKind::Io,
                Location::file(&relative),
                "a Markdown file this deep in content/ has no place in a site",
            )
            .with_help(
                "put initiatives directly in their strategy's folder (content/<strategy>/<initiative>.md), or rename the file to start with `_` to keep it out of the site",
            )))
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
                        format!("initiative in folder `{dir}`, but that folder has no index.md for its strategy"),
                    )
                    .with_help(format!("add content/{dir}/index.md with the strategy's front matter")),
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

/// Reads and parses one file.
fn load_file(file: &ContentFile) -> (Option<Parsed>, Diagnostics) {
    let mut problems = Diagnostics::new();
    let text = match read_text(&file.path) {
        Ok(text) => text,
        Err(message) => {
            problems.push(Diagnostic::error(
                ProblemKind::Io,
                Location::file(&file.relative),
                message,
            ));
            return (None, problems);
        }
    };
    let split = front_matter::front_matter(&text);
    let (front_matter_line, yaml, body) = match split {
        Ok(split) => split,
        Err(line) => {
            problems.push(
                Diagnostic::error(
                    ProblemKind::Syntax,
                    Location::at(&file.relative, line, 1),
                    "the front matter starting here is not closed",
                )
                .with_help("add a line with only `---` after the last front matter line")
                .with_source(&text),
            );
            return (None, problems);
        }
    };
    let body_start = text.len() - body.len();
    let source = Arc::new(SourceFile::new(file.relative.clone(), text, front_matter_line, yaml));
    let body = Body::InSource { source: source.clone(), start: body_start };
    let origin = Origin { source: source.clone(), inline_line: None, item: None };
    let ctx = FileContext { source: &source };
    let parsed = match &file.role {
        FileRole::FrontPage => {
            let fields: Option<FrontPageFields> = if source.front_matter_line == 0 {
                Some(FrontPageFields::default())
            } else {
                ctx.parse(&mut problems)
            };
            fields.map(|fields| Parsed::Front(FrontPage { fields, body, origin: Some(origin) }))
        }
        FileRole::Director => {
            let fields: Option<DirectorFields> = ctx.require_front_matter(&mut problems);
            fields.map(|fields| {
                let id = ctx.id(fields.id.as_deref(), &mut problems);
                Parsed::Director(Director { id, fields, body, origin })
            })
        }
        FileRole::Strategy => {
            let fields: Option<StrategyFields> = ctx.require_front_matter(&mut problems);
            fields.map(|mut fields| {
                let id = ctx.id(fields.id.as_deref(), &mut problems);
                let inline = std::mem::take(&mut fields.initiatives)
                    .into_iter()
                    .enumerate()
                    .filter_map(|(item, i)| ctx.inline_initiative(&id, item, i, &mut problems))
                    .collect();
                Parsed::Strategy(Strategy { id, fields, body, origin }, inline)
            })
        }
        FileRole::Initiative(strategy_dir) => {
            let fields: Option<InitiativeFields> = ctx.require_front_matter(&mut problems);
            fields.map(|fields| {
                if fields.body.is_some() {
                    problems.push(ctx.problem(
                        ProblemKind::UnknownKey,
                        yaml::locate(source.front_matter(), "body", None, 1),
                        "`body` is only for initiatives written inline in a strategy",
                        Some("write the text below the closing `---` instead"),
                    ));
                }
                let id = ctx.id(fields.id.as_deref(), &mut problems);
                Parsed::Initiative(Initiative {
                    id,
                    strategy: strategy_dir.clone(),
                    fields,
                    body,
                    origin,
                })
            })
        }
    };
    (parsed, problems)
}

/// Parsing helpers for one file, so problems are located consistently.
struct FileContext<'a> {
    source: &'a Arc<SourceFile>,
}

impl FileContext<'_> {
    /// A located problem; `at` is a front-matter position (line, column).
    fn problem(
        &self,
        kind: ProblemKind,
        at: Option<(usize, usize)>,
        message: impl Into<String>,
        help: Option<&str>,
    ) -> Diagnostic {
        let location = match at {
            Some((line, column)) => {
                Location::at(&self.source.path, self.source.file_line(line), column)
            }
            None => Location::file(&self.source.path),
        };
        let d = Diagnostic::error(kind, location, message).with_source(&self.source.text);
        match help {
            Some(help) => d.with_help(help),
            None => d,
        }
    }

    fn parse<T: serde::de::DeserializeOwned>(&self, problems: &mut Diagnostics) -> Option<T> {
        match yaml::from_str(self.source.front_matter()) {
            Ok(value) => Some(value),
            Err(e) => {
                problems.push(self.problem(
                    e.kind,
                    Some((e.line, e.column)),
                    e.message,
                    e.help.as_deref(),
                ));
                None
            }
        }
    }

    fn require_front_matter<T: serde::de::DeserializeOwned>(
        &self,
        problems: &mut Diagnostics,
    ) -> Option<T> {
        if self.source.front_matter_line == 0 {
            let help = "start the file with a line `---`, then the keys (like `title: ...`), then another `---`";
            let message = if self.source.text.trim().is_empty() {
                "the file is empty; it needs front matter"
            } else {
                "the file has no front matter"
            };
            let location = Location::at(&self.source.path, 1, 1);
            problems.push(
                Diagnostic::error(ProblemKind::MissingKey, location, message)
                    .with_help(help)
                    .with_source(&self.source.text),
            );
            return None;
        }
        self.parse(problems)
    }

    /// The document's id: front matter `id`, else the file (or folder, for index.md) name.
    fn id(&self, explicit: Option<&str>, problems: &mut Diagnostics) -> String {
        let path = &self.source.path;
        let from_name = || {
            let stem =
                path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            if stem == "index" {
                path.parent()
                    .and_then(Path::file_name)
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or(stem)
            } else {
                stem
            }
        };
        let (id, at) = match explicit {
            Some(id) => {
                (id.to_string(), yaml::locate(self.source.front_matter(), "id", Some(id), 1))
            }
            None => (from_name(), None),
        };
        if !is_valid_id(&id) {
            let suggestion = suggest_id(&id);
            let (message, help) = if explicit.is_some() {
                (
                    format!("`{id}` is not a valid id: {}", crate::model::id_rule(&id)),
                    format!("write `id: {suggestion}`"),
                )
            } else {
                (
                    format!("the file name gives the id `{id}`, which is not valid: {}", crate::model::id_rule(&id)),
                    format!("rename it to `{suggestion}`, or set `id: {suggestion}` in the front matter"),
                )
            };
            problems.push(self.problem(ProblemKind::InvalidId, at, message, Some(&help)));
        }
        id
    }

    /// The `item`-th initiative of the strategy `strategy`'s `initiatives:` list.
    fn inline_initiative(
        &self,
        strategy: &str,
        item: usize,
        fields: InitiativeFields,
        problems: &mut Diagnostics,
    ) -> Option<Initiative> {
        let front_matter = self.source.front_matter();
        let at = |key, value| {
            yaml::locate_path(front_matter, &[Key("initiatives"), Item(item), Key(key)], value)
        };
        let Some(id) = fields.id.clone() else {
            let at = at("title", Some(&fields.title));
            problems.push(self.problem(
                ProblemKind::MissingKey,
                at,
                format!("the inline initiative `{}` has no `id`", fields.title),
                Some(&format!("add `id: {}`", suggest_id(&fields.title))),
            ));
            return None;
        };
        let at = at("id", Some(&id));
        if !is_valid_id(&id) {
            problems.push(self.problem(
                ProblemKind::InvalidId,
                at,
                format!("`{id}` is not a valid id: {}", crate::model::id_rule(&id)),
                Some(&format!("write `id: {}`", suggest_id(&id))),
            ));
        }
        let body = Body::Inline(fields.body.clone().unwrap_or_default());
        Some(Initiative {
            id,
            strategy: strategy.to_string(),
            fields,
            body,
            origin: Origin {
                source: self.source.clone(),
                inline_line: at.map(|p| p.0),
                item: Some(item),
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::decode_text;

    fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
        std::iter::once(0xfeff)
            .chain(text.encode_utf16())
            .flat_map(|u| if little_endian { u.to_le_bytes() } else { u.to_be_bytes() })
            .collect()
    }

    #[test]
    fn utf16_with_its_mark_is_text_with_unix_line_endings() {
        for little_endian in [true, false] {
            let text = decode_text(utf16("title: Ærø 😀\r\n---\r\nå\r\n", little_endian));
            assert_eq!(text.as_deref(), Ok("title: Ærø 😀\n---\nå\n"));
        }
        // A lone surrogate, an odd byte and a NUL are no text.
        for units in [&[0xfeff_u16, 0xd800, 0x41][..], &[0xfeff, 0x41, 0]] {
            let bytes: Vec<u8> = units.iter().flat_map(|u| u.to_le_bytes()).collect();
            assert!(decode_text(bytes).unwrap_err().contains("does not decode"));
        }
        let mut odd = utf16("ab", true);
        odd.push(b'c');
        assert!(decode_text(odd).unwrap_err().contains("does not decode"));
    }

    #[test]
    fn utf8_stays_as_read_and_binary_is_named() {
        assert_eq!(decode_text(b"\xef\xbb\xbfa\r\nb".to_vec()).as_deref(), Ok("a\nb"));
        assert!(decode_text(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xff\x10".to_vec())
            .unwrap_err()
            .starts_with("this is a binary file"));
        let unmarked: Vec<u8> = "title: x\n".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert!(decode_text(unmarked).unwrap_err().contains("saved as UTF-16"));
        for zeros in [4, 5, 1000] {
            let error = decode_text(vec![0; zeros]).unwrap_err();
            assert!(error.starts_with("this is a binary file"), "{zeros}: {error}");
        }
    }
}

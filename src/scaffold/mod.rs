//! Authoring helpers: `retning new` and `retning init`.
//!
//! - [`new_document`] writes one new content file (a strategy, an initiative or a
//!   director) with a front-matter skeleton whose comments explain every key in the
//!   site's language (`language:` in `site.yaml`).
//! - [`init_site`] writes a whole new site into an empty folder: `site.yaml`, a front
//!   page, one director, one strategy with one theme and one initiative (with a goal and
//!   actions). It builds as it is, without warnings.
//!
//! # Invariants
//!
//! - Nothing is ever overwritten: files are created with `create_new`, and every check
//!   (valid id, free file name, known strategy) happens before the first write.
//! - Every file written here builds: active keys hold valid values; optional keys and
//!   references that cannot be guessed are written as commented-out examples. Deleting
//!   the `# ` in front of an example line gives valid YAML at the right indentation (a
//!   unit test uncomments every example and parses the result with the content model).
//! - A reference is filled in only when there is exactly one candidate (the only
//!   director, the only theme of the strategy); otherwise the known ids are listed in a
//!   comment.
//! - Adding an initiative to a strategy written as one file (`content/<s>.md`) first
//!   moves it to the folder form (`content/<s>/index.md`) and rewrites its relative
//!   `.md` links (`x.md` → `../x.md`) so they keep pointing where they did.
//!
//! The library prints nothing: results come back as [`Scaffolded`] (what was written
//! and moved) or a [`ScaffoldError`] (message and suggested fix), and the binary words
//! them for the terminal.

use std::fmt;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::config::CONFIG_FILE;
use crate::error::did_you_mean;
use crate::i18n::{Language, Message};
use crate::link::RESERVED_IDS;
use crate::load::{self, FileRole, CONTENT_DIR, DIRECTORS_DIR};
use crate::model::{is_valid_id, suggest_id, Date, DirectorFields, StrategyFields};
use crate::msg;

mod documents;
mod skeleton;
mod words;

use documents::*;
use skeleton::*;
use words::*;

/// What `retning new` makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `content/<id>/index.md`.
    Strategy,
    /// `content/<strategy>/<id>.md`.
    Initiative,
    /// `content/directors/<id>.md`.
    Director,
}

impl Kind {
    /// `strategy`, `initiative` or `director`.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Strategy => "strategy",
            Kind::Initiative => "initiative",
            Kind::Director => "director",
        }
    }
}

/// Whether a refusal is the user's to fix on the command line, or the file system's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// An invalid id, an existing file, an unknown strategy, a non-empty folder, no
    /// `site.yaml`: nothing was written (exit code 2).
    Usage,
    /// A file could not be read or written (exit code 1).
    Io,
}

/// Why `new` or `init` wrote nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScaffoldError {
    /// Usage or I/O.
    pub kind: ErrorKind,
    /// What is wrong, in one sentence.
    pub message: Message,
    /// The likely fix.
    pub help: Option<Message>,
}

impl ScaffoldError {
    fn usage(message: Message, help: Message) -> Self {
        ScaffoldError { kind: ErrorKind::Usage, message, help: Some(help) }
    }

    fn io(path: &Path, error: &std::io::Error) -> Self {
        ScaffoldError {
            kind: ErrorKind::Io,
            message: msg!(
                "new-cannot-write",
                path = slash(path),
                error = crate::load::io_error(error)
            ),
            help: None,
        }
    }
}

impl fmt::Display for ScaffoldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message)?;
        if let Some(help) = &self.help {
            write!(f, " (help: {help})")?;
        }
        Ok(())
    }
}

impl std::error::Error for ScaffoldError {}

/// A single-file strategy moved to the folder form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conversion {
    /// `content/<s>.md`.
    pub from: PathBuf,
    /// `content/<s>/index.md`.
    pub to: PathBuf,
    /// How many relative `.md` links in it were rewritten to keep their target.
    pub links_adjusted: usize,
}

/// What `new` or `init` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scaffolded {
    /// Files written, relative to the site root, `/`-separated, in the order written.
    pub created: Vec<PathBuf>,
    /// The strategy a new initiative was put in, when it was picked because it is the
    /// site's only one (no `--strategy`).
    pub picked_strategy: Option<String>,
    /// The strategy file moved to the folder form to make room for an initiative.
    pub converted: Option<Conversion>,
    /// The language the comments were written in.
    pub language: Language,
}

/// Options of `retning init`.
#[derive(Debug, Clone)]
pub struct InitOptions {
    /// The site language (`language:` in `site.yaml`).
    pub language: Language,
    /// The site title; a placeholder in the language when `None`.
    pub title: Option<String>,
    /// The publishing organisation; a placeholder in the language when `None`.
    pub organisation: Option<String>,
    /// The site's address (`base_url:`); `/` when `None`.
    pub base_url: Option<String>,
    /// The address of the site's accessibility statement; a commented-out example (and
    /// so a warning from `build` and `check`) when `None`.
    pub accessibility_statement: Option<String>,
}

/// Writes a new strategy, initiative or director into the site at `root`.
///
/// `id` must be a valid id (else the error suggests one); `strategy` names the strategy
/// of an initiative (file or folder name under `content/`) and may be left out when the
/// site has exactly one. Comments are written in the language of `site.yaml`.
pub fn new_document(
    root: &Path,
    kind: Kind,
    id: &str,
    strategy: Option<&str>,
) -> Result<Scaffolded, ScaffoldError> {
    if let Some((message, help)) = crate::config::not_a_site(root) {
        return Err(ScaffoldError::usage(message, help));
    }
    check_id(kind, id)?;
    if strategy.is_some() && kind != Kind::Initiative {
        return Err(ScaffoldError::usage(
            msg!("new-strategy-option-misplaced", kind = kind.name()),
            msg!("new-strategy-option-misplaced-help", kind = kind.name(), id = id),
        ));
    }
    let survey = Survey::of(root);
    let today = crate::model::today();
    match kind {
        Kind::Strategy => new_strategy(root, &survey, id, today),
        Kind::Initiative => new_initiative(root, &survey, id, strategy, today),
        Kind::Director => new_director(root, &survey, id),
    }
}

/// Writes a new site into `dir` (created when missing; it must be empty).
pub fn init_site(dir: &Path, options: &InitOptions) -> Result<Scaffolded, ScaffoldError> {
    if dir.exists() {
        if !dir.is_dir() {
            return Err(ScaffoldError::usage(
                msg!("init-is-file", dir = dir.display().to_string()),
                msg!("init-is-file-help"),
            ));
        }
        let mut entries = fs::read_dir(dir).map_err(|e| ScaffoldError::io(dir, &e))?;
        if entries.next().is_some() {
            return Err(ScaffoldError::usage(
                msg!("init-not-empty", dir = dir.display().to_string()),
                msg!("init-not-empty-help"),
            ));
        }
    }
    let lang = options.language;
    let files = init_files(lang, options, crate::model::today());
    let mut created = Vec::new();
    for (relative, text) in &files {
        write_new(dir, Path::new(relative), text)?;
        created.push(PathBuf::from(relative));
    }
    Ok(Scaffolded { created, picked_strategy: None, converted: None, language: lang })
}

/// `/`-separated display of a relative path.
fn slash(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

fn check_id(kind: Kind, id: &str) -> Result<(), ScaffoldError> {
    if !is_valid_id(id) {
        let suggestion = suggest_id(id);
        let help = if suggestion.is_empty() {
            msg!("new-id-rule")
        } else {
            msg!("new-id-rule-suggestion", kind = kind.name(), suggestion = suggestion)
        };
        return Err(ScaffoldError::usage(msg!("new-invalid-id", id = id), help));
    }
    if kind == Kind::Strategy && RESERVED_IDS.contains(&id) {
        return Err(ScaffoldError::usage(
            msg!("reserved-id", id = id),
            msg!("new-reserved-id-help", id = id, reserved = RESERVED_IDS.join(", ")),
        ));
    }
    if kind == Kind::Initiative && id == "index" {
        return Err(ScaffoldError::usage(msg!("new-index-id"), msg!("new-choose-another-id")));
    }
    Ok(())
}

/// Creates a file that must not exist yet (and its folders).
fn write_new(root: &Path, relative: &Path, text: &str) -> Result<(), ScaffoldError> {
    let path = root.join(relative);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| ScaffoldError::io(parent, &e))?;
    }
    let mut file = match fs::OpenOptions::new().write(true).create_new(true).open(&path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(exists(relative));
        }
        Err(e) => return Err(ScaffoldError::io(relative, &e)),
    };
    file.write_all(text.as_bytes()).map_err(|e| ScaffoldError::io(relative, &e))
}

fn exists(relative: &Path) -> ScaffoldError {
    ScaffoldError::usage(
        msg!("new-exists", path = slash(relative)),
        msg!("new-never-overwrites-help"),
    )
}

/// What the site already holds, read leniently (a broken file just tells less).
struct Survey {
    language: Language,
    /// Strategies by file or folder name, sorted.
    strategies: Vec<StrategyEntry>,
    /// Director ids, sorted.
    directors: Vec<String>,
}

struct StrategyEntry {
    /// File or folder name: what initiatives' folders are named after.
    name: String,
    /// `content/<s>.md` or `content/<s>/index.md`.
    relative: PathBuf,
    /// Folder form?
    folder: bool,
    /// Parsed front matter, when it parses.
    fields: Option<StrategyFields>,
}

#[derive(Deserialize)]
struct LanguageOnly {
    #[serde(default)]
    language: Option<String>,
}

impl Survey {
    fn of(root: &Path) -> Survey {
        let language = match crate::config::load(root) {
            Ok(config) => config.language,
            // A site.yaml with some other mistake still names its language.
            Err(_) => load::read_text(&root.join(CONFIG_FILE))
                .ok()
                .and_then(|text| crate::yaml::from_str::<LanguageOnly>(&text).ok())
                .and_then(|l| l.language)
                .and_then(|code| Language::parse(code.trim()))
                .unwrap_or(Language::En),
        };
        let (files, _) = load::discover(root);
        let mut strategies = Vec::new();
        let mut directors = Vec::new();
        for file in files {
            match file.role {
                FileRole::Strategy => {
                    let folder = file.relative.file_name().is_some_and(|n| n == "index.md");
                    let name = if folder {
                        file.relative.parent().and_then(Path::file_name)
                    } else {
                        file.relative.file_stem()
                    };
                    let name = name.map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                    let fields = front_matter(&file.path);
                    strategies.push(StrategyEntry {
                        name,
                        relative: file.relative,
                        folder,
                        fields,
                    });
                }
                FileRole::Director => {
                    let stem = file
                        .relative
                        .file_stem()
                        .map(|s| s.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    let id = front_matter::<DirectorFields>(&file.path)
                        .and_then(|f| f.id)
                        .unwrap_or(stem);
                    directors.push(id);
                }
                _ => {}
            }
        }
        // A folder wins over a file of the same name (that pair is an error anyway).
        strategies.sort_by(|a, b| a.name.cmp(&b.name).then(b.folder.cmp(&a.folder)));
        strategies.dedup_by(|a, b| a.name == b.name);
        directors.sort();
        directors.dedup();
        Survey { language, strategies, directors }
    }

    fn strategy_names(&self) -> Vec<&str> {
        self.strategies.iter().map(|s| s.name.as_str()).collect()
    }
}

fn front_matter<T: serde::de::DeserializeOwned>(path: &Path) -> Option<T> {
    let text = load::read_text(path).ok()?;
    let (line, yaml, _) = load::front_matter(&text).ok()?;
    if line == 0 {
        return None;
    }
    crate::yaml::from_str(&text[yaml]).ok()
}

#[cfg(test)]
mod tests;

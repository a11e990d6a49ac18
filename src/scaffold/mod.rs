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

use std::fmt::{self, Write as _};
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::config::CONFIG_FILE;
use crate::error::did_you_mean;
use crate::i18n::Language;
use crate::link::RESERVED_IDS;
use crate::load::{self, FileRole, CONTENT_DIR, DIRECTORS_DIR};
use crate::model::{is_valid_id, suggest_id, Date, DirectorFields, StrategyFields};

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
    pub message: String,
    /// The likely fix.
    pub help: Option<String>,
}

impl ScaffoldError {
    fn usage(message: impl Into<String>, help: impl Into<String>) -> Self {
        ScaffoldError { kind: ErrorKind::Usage, message: message.into(), help: Some(help.into()) }
    }

    fn io(path: &Path, error: &std::io::Error) -> Self {
        ScaffoldError {
            kind: ErrorKind::Io,
            message: format!("cannot write `{}`: {error}", slash(path)),
            help: None,
        }
    }
}

impl fmt::Display for ScaffoldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
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
            format!("--strategy is only for initiatives, not for a {}", kind.name()),
            format!("leave out --strategy: retning new {} {id}", kind.name()),
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
                format!("`{}` is a file, not a folder", dir.display()),
                "give the name of a new folder for the site",
            ));
        }
        let mut entries = fs::read_dir(dir).map_err(|e| ScaffoldError::io(dir, &e))?;
        if entries.next().is_some() {
            return Err(ScaffoldError::usage(
                format!("the folder `{}` is not empty", dir.display()),
                "retning init only writes into a new or empty folder, so it never overwrites anything; give the name of a new folder, like `retning init strategier`",
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
        let rule = "an id is lowercase letters a–z, digits and `-` (no spaces, no æ, ø, å); it becomes the file name and the web address";
        let help = if suggestion.is_empty() {
            rule.to_string()
        } else {
            format!("{rule}; did you mean `{suggestion}`? retning new {} {suggestion}", kind.name())
        };
        return Err(ScaffoldError::usage(format!("`{id}` is not a valid id"), help));
    }
    if kind == Kind::Strategy && RESERVED_IDS.contains(&id) {
        return Err(ScaffoldError::usage(
            format!("`{id}` is reserved for the site's own pages and cannot be a strategy id"),
            format!(
                "choose another id, like `{id}-strategi`; reserved: {}",
                RESERVED_IDS.join(", ")
            ),
        ));
    }
    if kind == Kind::Initiative && id == "index" {
        return Err(ScaffoldError::usage(
            "`index` cannot be an initiative id: index.md in a strategy folder is the strategy itself",
            "choose another id",
        ));
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
        format!("`{}` already exists", slash(relative)),
        "retning never overwrites a file: choose another id, or edit the existing file",
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

fn new_strategy(
    root: &Path,
    survey: &Survey,
    id: &str,
    today: Date,
) -> Result<Scaffolded, ScaffoldError> {
    let single = Path::new(CONTENT_DIR).join(format!("{id}.md"));
    let folder = Path::new(CONTENT_DIR).join(id).join("index.md");
    for existing in [&single, &folder] {
        if root.join(existing).exists() {
            return Err(exists(existing));
        }
    }
    let lang = survey.language;
    let words = words(lang);
    let year = today.year();
    let spec = StrategySpec {
        id,
        title: title_from_id(id),
        subtitle: None,
        period: (year, year + 3),
        adopted_by: None,
        owner: Pick::from_known(None, &survey.directors, false),
        status: "draft",
        themes: Vec::new(),
        body: format!("{}\n", words.s_body),
    };
    let text = strategy_text(lang, &spec, false);
    write_new(root, &folder, &text)?;
    Ok(Scaffolded {
        created: vec![PathBuf::from(slash(&folder))],
        picked_strategy: None,
        converted: None,
        language: lang,
    })
}

fn new_director(root: &Path, survey: &Survey, id: &str) -> Result<Scaffolded, ScaffoldError> {
    let path = Path::new(CONTENT_DIR).join(DIRECTORS_DIR).join(format!("{id}.md"));
    if root.join(&path).exists() || survey.directors.iter().any(|d| d == id) {
        return Err(ScaffoldError::usage(
            format!("there is already a director with the id `{id}`"),
            "retning never overwrites a file: choose another id, or edit the existing file",
        ));
    }
    let lang = survey.language;
    let spec = DirectorSpec {
        id,
        name: title_from_id(id),
        title: None,
        area: None,
        email: None,
        body: String::new(),
    };
    write_new(root, &path, &director_text(lang, &spec, false))?;
    Ok(Scaffolded {
        created: vec![PathBuf::from(slash(&path))],
        picked_strategy: None,
        converted: None,
        language: lang,
    })
}

fn new_initiative(
    root: &Path,
    survey: &Survey,
    id: &str,
    strategy: Option<&str>,
    today: Date,
) -> Result<Scaffolded, ScaffoldError> {
    let names = survey.strategy_names();
    let (entry, picked) = match strategy {
        Some(wanted) => match survey.strategies.iter().find(|s| s.name == wanted) {
            Some(entry) => (entry, false),
            None => {
                let help = match did_you_mean(wanted, names.iter().copied()) {
                    Some(hint) => format!("{hint} strategies: {}", names.join(", ")),
                    None if names.is_empty() => format!(
                        "the site has no strategies yet; make one first: retning new strategy {wanted}"
                    ),
                    None => format!("strategies: {}", names.join(", ")),
                };
                return Err(ScaffoldError::usage(
                    format!("there is no strategy `{wanted}` in content/"),
                    help,
                ));
            }
        },
        None => match survey.strategies.as_slice() {
            [only] => (only, true),
            [] => {
                return Err(ScaffoldError::usage(
                    "the site has no strategy to put the initiative in",
                    "make a strategy first: retning new strategy ID",
                ))
            }
            [first, ..] => {
                return Err(ScaffoldError::usage(
                    format!(
                        "the site has {} strategies; say which one the initiative belongs to",
                        names.len()
                    ),
                    format!(
                        "add --strategy, like: retning new initiative {id} --strategy {}  (strategies: {})",
                        first.name,
                        names.join(", ")
                    ),
                ))
            }
        },
    };
    let s = &entry.name;
    let target = Path::new(CONTENT_DIR).join(s).join(format!("{id}.md"));
    if root.join(&target).exists() {
        return Err(exists(&target));
    }
    let fields = entry.fields.as_ref();
    if fields.is_some_and(|f| f.initiatives.iter().any(|i| i.id.as_deref() == Some(id))) {
        return Err(ScaffoldError::usage(
            format!(
                "the strategy `{s}` already has an initiative `{id}` (written inline in {})",
                slash(&entry.relative)
            ),
            "choose another id, or edit the inline initiative",
        ));
    }
    let lang = survey.language;
    let strategy_file = Path::new(CONTENT_DIR).join(s).join("index.md");
    let theme_ids: Vec<String> =
        fields.map(|f| f.themes.iter().map(|t| t.id.clone()).collect()).unwrap_or_default();
    let only_theme = (theme_ids.len() == 1).then(|| theme_ids[0].clone());
    let only_director = (survey.directors.len() == 1).then(|| survey.directors[0].clone());
    let spec = InitiativeSpec {
        id,
        strategy: s,
        strategy_title: fields.map(|f| f.title.as_str()),
        strategy_file: &slash(&strategy_file),
        title: title_from_id(id),
        theme: Pick::from_known(only_theme, &theme_ids, true),
        responsible: Pick::from_known(only_director, &survey.directors, true),
        start: None,
        due: None,
        goals: Vec::new(),
        actions: Vec::new(),
        updated: today,
        body: format!("{}\n", words(lang).i_body),
    };
    let text = initiative_text(lang, &spec, false);

    // Every check is done: now move the strategy if need be, then write.
    let converted = if entry.folder {
        None
    } else {
        Some(convert_to_folder(root, &entry.relative, &strategy_file)?)
    };
    write_new(root, &target, &text)?;
    Ok(Scaffolded {
        created: vec![PathBuf::from(slash(&target))],
        picked_strategy: picked.then(|| s.clone()),
        converted,
        language: lang,
    })
}

/// Moves `content/<s>.md` to `content/<s>/index.md`, rewriting relative `.md` links.
fn convert_to_folder(root: &Path, from: &Path, to: &Path) -> Result<Conversion, ScaffoldError> {
    if root.join(to).exists() {
        return Err(exists(to));
    }
    let text = fs::read_to_string(root.join(from)).map_err(|e| ScaffoldError {
        kind: ErrorKind::Io,
        message: format!("cannot read `{}`: {e}", slash(from)),
        help: None,
    })?;
    let (rebased, links_adjusted) = rebase_md_links(&text);
    if let Some(parent) = root.join(to).parent() {
        fs::create_dir_all(parent).map_err(|e| ScaffoldError::io(parent, &e))?;
    }
    if links_adjusted == 0 {
        fs::rename(root.join(from), root.join(to)).map_err(|e| ScaffoldError::io(to, &e))?;
    } else {
        write_new(root, to, &rebased)?;
        fs::remove_file(root.join(from)).map_err(|e| ScaffoldError::io(from, &e))?;
    }
    Ok(Conversion {
        from: PathBuf::from(slash(from)),
        to: PathBuf::from(slash(to)),
        links_adjusted,
    })
}

/// Prefixes `../` to every relative `.md` link target in Markdown text (inline links
/// `[x](a.md)` and reference definitions `[x]: a.md`), for a file moved one folder
/// down. Returns the new text and how many links changed.
fn rebase_md_links(text: &str) -> (String, usize) {
    fn relative_md(dest: &str) -> bool {
        let path = dest.split('#').next().unwrap_or("");
        path.ends_with(".md")
            && !path.starts_with('/')
            && !path.contains("://")
            && !path.starts_with("mailto:")
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut count = 0;
    for line in text.split_inclusive('\n') {
        // Reference definitions: `[label]: target`.
        let trimmed = line.trim_start();
        if trimmed.starts_with('[') && line.len() - trimmed.len() <= 3 {
            if let Some(close) = trimmed.find("]:") {
                let after = &trimmed[close + 2..];
                let dest_start = after.len() - after.trim_start().len();
                let dest = after.split_whitespace().next().unwrap_or("");
                let dest = dest.trim_start_matches('<');
                if relative_md(dest.trim_end_matches('>')) {
                    let prefix_len = line.len() - trimmed.len()
                        + close
                        + 2
                        + dest_start
                        + usize::from(after.trim_start().starts_with('<'));
                    out.push_str(&line[..prefix_len]);
                    out.push_str("../");
                    out.push_str(&line[prefix_len..]);
                    count += 1;
                    continue;
                }
            }
        }
        // Inline links: `](target)`.
        let mut rest = line;
        while let Some(i) = rest.find("](") {
            let (head, tail) = rest.split_at(i + 2);
            out.push_str(head);
            let angle = tail.starts_with('<');
            let body = if angle { &tail[1..] } else { tail };
            let end = if angle {
                body.find('>')
            } else {
                body.find(|c: char| c == ')' || c.is_whitespace())
            };
            let dest = &body[..end.unwrap_or(body.len())];
            if relative_md(dest) {
                if angle {
                    out.push('<');
                }
                out.push_str("../");
                count += 1;
                rest = body;
            } else {
                rest = tail;
            }
        }
        out.push_str(rest);
    }
    (out, count)
}

/// `bedre-cykelstier` → `Bedre cykelstier`: a first title for a new document.
fn title_from_id(id: &str) -> String {
    let words = id.replace('-', " ");
    let mut chars = words.trim().chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => id.to_string(),
    }
}

/// A YAML scalar: plain when that is safe, else double-quoted.
fn scalar(s: &str) -> String {
    let plain = !s.is_empty()
        && s.trim() == s
        && !s.starts_with(|c: char| "-?:,[]{}#&*!|>'\"%@`".contains(c) || c.is_ascii_digit())
        && !s.contains(": ")
        && !s.contains(" #")
        && !s.ends_with(':')
        && !s.chars().any(char::is_control)
        && !matches!(
            s.to_ascii_lowercase().as_str(),
            "true" | "false" | "yes" | "no" | "on" | "off" | "null" | "~" | "y" | "n"
        );
    if plain {
        return s.to_string();
    }
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Builds a commented YAML document line by line.
struct Out {
    text: String,
    /// Write examples as active lines (tests use this to check they parse).
    examples_active: bool,
}

impl Out {
    fn new(examples_active: bool) -> Out {
        Out { text: String::from("---\n"), examples_active }
    }

    /// A comment, wrapped at 80 columns, at `indent` spaces.
    fn note(&mut self, indent: usize, text: &str) {
        let pad = " ".repeat(indent);
        let mut line = String::new();
        for word in text.split(' ').filter(|w| !w.is_empty()) {
            if !line.is_empty() && indent + 2 + line.chars().count() + 1 + word.chars().count() > 80
            {
                let _ = writeln!(self.text, "{pad}# {line}");
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        if !line.is_empty() {
            let _ = writeln!(self.text, "{pad}# {line}");
        }
    }

    /// An active YAML line.
    fn line(&mut self, indent: usize, line: &str) {
        let _ = writeln!(self.text, "{}{line}", " ".repeat(indent));
    }

    /// A commented-out example line: deleting `# ` makes it active.
    fn example(&mut self, indent: usize, line: &str) {
        if self.examples_active {
            self.line(indent, line);
        } else {
            let _ = writeln!(self.text, "# {}{line}", " ".repeat(indent));
        }
    }

    fn blank(&mut self) {
        self.text.push('\n');
    }

    /// A key whose value may be known (active) or only exemplified (commented out).
    fn pick(&mut self, key: &str, pick: &Pick, placeholder: &str, w: &Words) {
        match &pick.value {
            Some(value) => {
                if pick.only {
                    self.note(0, w.only_one);
                }
                self.line(0, &format!("{key}: {}", scalar(value)));
            }
            None => {
                if !pick.known.is_empty() {
                    self.note(0, &w.known.replace("{list}", &pick.known.join(", ")));
                }
                let example = pick.known.first().map_or(placeholder, String::as_str);
                self.example(0, &format!("{key}: {example}"));
            }
        }
    }

    fn finish(mut self, body: &str) -> String {
        self.text.push_str("---\n");
        self.text.push_str(body);
        self.text
    }
}

/// A reference to fill in, or to suggest.
struct Pick {
    /// The value to write as an active key.
    value: Option<String>,
    /// Known ids, listed in a comment when there is no value.
    known: Vec<String>,
    /// The value is the only candidate (say so).
    only: bool,
}

impl Pick {
    fn from_known(value: Option<String>, known: &[String], only: bool) -> Pick {
        Pick { only: only && value.is_some(), value, known: known.to_vec() }
    }
}

struct ThemeSpec {
    id: String,
    title: String,
    summary: String,
}

struct StrategySpec<'a> {
    id: &'a str,
    title: String,
    subtitle: Option<String>,
    period: (i32, i32),
    adopted_by: Option<String>,
    owner: Pick,
    status: &'static str,
    themes: Vec<ThemeSpec>,
    body: String,
}

struct GoalSpec {
    text: String,
    unit: String,
    baseline: &'static str,
    target: &'static str,
    current: &'static str,
    due: Date,
    history: Vec<(Date, &'static str)>,
}

struct InitiativeSpec<'a> {
    id: &'a str,
    strategy: &'a str,
    /// The strategy's title, when known (for the opening comment).
    strategy_title: Option<&'a str>,
    strategy_file: &'a str,
    title: String,
    theme: Pick,
    responsible: Pick,
    start: Option<Date>,
    due: Option<Date>,
    goals: Vec<GoalSpec>,
    actions: Vec<(String, bool)>,
    updated: Date,
    body: String,
}

struct DirectorSpec<'a> {
    id: &'a str,
    name: String,
    title: Option<String>,
    area: Option<String>,
    email: Option<String>,
    body: String,
}

fn iso(date: Date) -> String {
    crate::i18n::Formatter::iso_date(date)
}

fn date(year: i32, month: time::Month, day: u8) -> Date {
    Date::from_calendar_date(year, month, day).unwrap_or(Date::MIN)
}

/// Opening comments every skeleton shares.
fn preamble(out: &mut Out, w: &Words, header: &str) {
    out.note(0, header);
    out.note(0, w.intro);
    out.note(0, w.uncomment);
    out.blank();
}

/// "a (A), b (B) or c (C)."
fn labelled_list(w: &Words, items: &[(&str, &str)]) -> String {
    let parts: Vec<String> = items.iter().map(|(k, l)| format!("{k} ({l})")).collect();
    match parts.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            format!("{} {} {last}.", rest.join(", "), w.or)
        }
        Some((last, _)) => format!("{last}."),
        None => String::new(),
    }
}

fn strategy_text(lang: Language, spec: &StrategySpec<'_>, examples_active: bool) -> String {
    let w = words(lang);
    let ui = lang.ui();
    let mut out = Out::new(examples_active);
    preamble(&mut out, w, &w.s_header.replace("{id}", spec.id));
    out.note(0, w.s_title);
    out.line(0, &format!("title: {}", scalar(&spec.title)));
    out.note(0, w.s_subtitle);
    match &spec.subtitle {
        Some(s) => out.line(0, &format!("subtitle: {}", scalar(s))),
        None => out.example(0, &format!("subtitle: {}", scalar(w.ex_subtitle))),
    }
    out.note(0, w.s_period);
    out.line(0, &format!("period: {{ start: {}, end: {} }}", spec.period.0, spec.period.1));
    out.note(0, &format!("{} {}", w.s_adopted, w.dates));
    out.example(0, &format!("adopted: {}-01-15", spec.period.0));
    match &spec.adopted_by {
        Some(by) => out.line(0, &format!("adopted_by: {}", scalar(by))),
        None => out.example(0, &format!("adopted_by: {}", scalar(w.ex_adopted_by))),
    }
    out.note(0, w.s_owner);
    out.pick("owner", &spec.owner, "director-id", w);
    let statuses = labelled_list(
        w,
        &[
            ("draft", ui.strategy_status_draft),
            ("adopted", ui.strategy_status_adopted),
            ("archived", ui.strategy_status_archived),
        ],
    );
    out.note(0, &format!("{} {statuses}", w.s_status));
    out.line(0, &format!("status: {}", spec.status));
    out.blank();
    out.note(0, w.s_themes);
    if spec.themes.is_empty() {
        out.example(0, "themes:");
        out.example(2, &format!("- id: {}", w.ex_theme_id));
        out.example(2, &format!("  title: {}", scalar(w.ex_theme_title)));
        out.example(2, &format!("  summary: {}", scalar(w.ex_theme_summary)));
    } else {
        out.line(0, "themes:");
        for theme in &spec.themes {
            out.line(2, &format!("- id: {}", theme.id));
            out.line(2, &format!("  title: {}", scalar(&theme.title)));
            out.line(2, &format!("  summary: {}", scalar(&theme.summary)));
        }
    }
    out.blank();
    out.note(0, w.s_goals);
    out.example(0, "goals:");
    out.example(2, &format!("- text: {}", scalar(w.ex_goal_text)));
    out.example(2, "  unit: \"%\"");
    out.example(2, "  baseline: 20");
    out.example(2, "  target: 30");
    out.example(2, "  current: 22");
    out.blank();
    out.note(0, w.s_budget);
    out.example(0, "budget:");
    out.example(2, &format!("- year: {}", spec.period.0));
    out.example(2, &format!("  label: {}", scalar(w.ex_budget_label)));
    out.example(2, &format!("  unit: {}", scalar(w.money_unit)));
    out.example(2, "  target: 2.5");
    out.example(2, "  realised: 0.8");
    out.blank();
    out.note(0, w.s_inline);
    out.example(0, "initiatives:");
    out.example(2, &format!("- id: {}", suggest_id(w.ex_inline_title)));
    out.example(2, &format!("  title: {}", scalar(w.ex_inline_title)));
    out.example(2, &format!("  body: {}", scalar(w.ex_inline_body)));
    out.blank();
    out.note(0, w.body_below);
    out.finish(&spec.body)
}

fn initiative_text(lang: Language, spec: &InitiativeSpec<'_>, examples_active: bool) -> String {
    let w = words(lang);
    let ui = lang.ui();
    let mut out = Out::new(examples_active);
    let header = w
        .i_header
        .replace("{strategy_name}", spec.strategy_title.unwrap_or(spec.strategy))
        .replace("{strategy}", spec.strategy)
        .replace("{id}", spec.id);
    preamble(&mut out, w, &header);
    out.note(0, w.i_title);
    out.line(0, &format!("title: {}", scalar(&spec.title)));
    out.note(0, w.i_theme);
    // Only say the strategy has no themes when its front matter could be read (its
    // title is known); a strategy with a mistake in it may well have some.
    if spec.theme.value.is_none() && spec.theme.known.is_empty() && spec.strategy_title.is_some() {
        out.note(0, &w.i_no_themes.replace("{path}", spec.strategy_file));
    }
    out.pick("theme", &spec.theme, "theme-id", w);
    out.note(0, w.i_responsible);
    if spec.responsible.value.is_none() && spec.responsible.known.is_empty() {
        out.note(0, w.i_no_directors);
    }
    out.pick("responsible", &spec.responsible, "director-id", w);
    out.note(0, &format!("{} {}", w.i_dates, w.dates));
    let year = spec.updated.year();
    match spec.start {
        Some(d) => out.line(0, &format!("start: {}", iso(d))),
        None => out.example(0, &format!("start: {year}-01-01")),
    }
    match spec.due {
        Some(d) => out.line(0, &format!("due: {}", iso(d))),
        None => out.example(0, &format!("due: {}-12-31", year + 1)),
    }
    let statuses = labelled_list(
        w,
        &[
            ("not-started", ui.status_not_started),
            ("on-track", ui.status_on_track),
            ("at-risk", ui.status_at_risk),
            ("off-track", ui.status_off_track),
            ("done", ui.status_done),
            ("cancelled", ui.status_cancelled),
        ],
    );
    out.note(0, &format!("{} {statuses}", w.i_status));
    out.example(0, "status: on-track");
    out.note(0, w.i_progress);
    out.example(0, "progress: 40");
    out.blank();
    out.note(0, w.i_goals);
    if spec.goals.is_empty() {
        out.example(0, "goals:");
        out.example(2, &format!("- text: {}", scalar(w.ex_goal_text)));
        out.example(2, "  unit: \"%\"");
        out.example(2, "  baseline: 20");
        out.example(2, "  target: 30");
        out.example(2, "  current: 22");
        out.example(2, &format!("  due: {}-12-31", year + 1));
        out.example(2, "  history:");
        out.example(2, &format!("    - {{ date: {year}-01-01, value: 20 }}"));
        out.example(2, &format!("    - {{ date: {year}-06-01, value: 22 }}"));
    } else {
        out.line(0, "goals:");
        for goal in &spec.goals {
            out.line(2, &format!("- text: {}", scalar(&goal.text)));
            out.line(2, &format!("  unit: {}", scalar(&goal.unit)));
            out.line(2, &format!("  baseline: {}", goal.baseline));
            out.line(2, &format!("  target: {}", goal.target));
            out.line(2, &format!("  current: {}", goal.current));
            out.line(2, &format!("  due: {}", iso(goal.due)));
            if !goal.history.is_empty() {
                out.line(2, "  history:");
                for (d, v) in &goal.history {
                    out.line(2, &format!("    - {{ date: {}, value: {v} }}", iso(*d)));
                }
            }
        }
    }
    out.blank();
    out.note(0, w.i_actions);
    if spec.actions.is_empty() {
        out.example(0, "actions:");
        out.example(2, &format!("- text: {}", scalar(w.ex_action1)));
        out.example(2, "  done: true");
        out.example(2, &format!("- text: {}", scalar(w.ex_action2)));
        out.example(2, "  done: false");
        out.example(2, &format!("  due: {year}-10-01"));
    } else {
        out.line(0, "actions:");
        for (text, done) in &spec.actions {
            out.line(2, &format!("- text: {}", scalar(text)));
            out.line(2, &format!("  done: {done}"));
        }
    }
    out.blank();
    out.note(0, w.i_budget);
    out.example(0, "budget:");
    out.example(2, &format!("- year: {year}"));
    out.example(2, &format!("  label: {}", scalar(w.ex_budget_label)));
    out.example(2, &format!("  unit: {}", scalar(w.money_unit)));
    out.example(2, "  target: 1.5");
    out.example(2, "  realised: 0.5");
    out.note(0, w.i_related);
    out.example(0, "related: [other-initiative]");
    out.note(0, &w.i_updated.replace("{recent}", ui.recently_updated));
    out.line(0, &format!("updated: {}", iso(spec.updated)));
    out.blank();
    out.note(0, w.body_below);
    let mut text = out.finish(&spec.body);
    if examples_active {
        // `related: [other-initiative]` names nothing real; drop it for parsing.
        text = text.replace("related: [other-initiative]\n", "");
    }
    text
}

fn director_text(lang: Language, spec: &DirectorSpec<'_>, examples_active: bool) -> String {
    let w = words(lang);
    let mut out = Out::new(examples_active);
    preamble(&mut out, w, &w.d_header.replace("{id}", spec.id));
    out.note(0, w.d_name);
    out.line(0, &format!("name: {}", scalar(&spec.name)));
    let optional = [
        ("title", w.d_title, &spec.title, w.ex_director_title),
        ("area", w.d_area, &spec.area, w.ex_area),
        ("email", w.d_email, &spec.email, w.ex_email),
    ];
    for (key, note, value, example) in optional {
        out.note(0, note);
        match value {
            Some(v) => out.line(0, &format!("{key}: {}", scalar(v))),
            None => out.example(0, &format!("{key}: {}", scalar(example))),
        }
    }
    out.blank();
    out.note(0, w.d_body);
    out.finish(&spec.body)
}

fn site_yaml(lang: Language, title: &str, organisation: &str, base_url: &str, year: i32) -> String {
    let w = words(lang);
    let mut out = Out::new(false);
    out.text.clear();
    out.note(0, w.y_intro);
    out.note(0, w.intro);
    out.note(0, w.uncomment);
    out.blank();
    out.note(0, w.y_title);
    out.line(0, &format!("title: {}", scalar(title)));
    out.note(0, w.y_organisation);
    out.line(0, &format!("organisation: {}", scalar(organisation)));
    out.note(0, w.y_base_url);
    out.line(0, &format!("base_url: {}", scalar(base_url)));
    out.note(0, w.y_language);
    out.line(0, &format!("language: {}", lang.code()));
    out.note(0, &format!("{} {}", w.y_as_of, w.dates));
    out.example(0, &format!("as_of: {year}-06-30"));
    out.note(0, w.y_description);
    out.example(0, &format!("description: {}", scalar(w.ex_description)));
    out.note(0, w.y_logo);
    out.example(0, "logo: static/logo.svg");
    out.note(0, w.y_a11y);
    out.example(0, "accessibility_statement: https://www.example.org/accessibility");
    out.note(0, w.y_theme);
    out.example(0, "theme: my-theme");
    out.text
}

/// Every file of a new site, relative to its folder.
fn init_files(lang: Language, options: &InitOptions, today: Date) -> Vec<(String, String)> {
    let w = words(lang);
    let s = &w.sample;
    let year = today.year();
    let organisation = options.organisation.clone().unwrap_or_else(|| s.organisation.to_string());
    let title = options.title.clone().unwrap_or_else(|| s.title.replace("{org}", &organisation));
    let director_id = suggest_id(s.director_name);
    let strategy_title = s
        .strategy_title
        .replace("{start}", &year.to_string())
        .replace("{end}", &(year + 3).to_string());
    let fill = |text: &str| {
        text.replace("{org}", &organisation)
            .replace("{director}", s.director_name)
            .replace("{director_id}", &director_id)
            .replace("{strategy}", &strategy_title)
            .replace("{strategy_id}", s.strategy_id)
            .replace("{initiative}", s.initiative_title)
            .replace("{initiative_id}", s.initiative_id)
    };

    let strategy = StrategySpec {
        id: s.strategy_id,
        title: strategy_title.clone(),
        subtitle: Some(s.strategy_subtitle.to_string()),
        period: (year, year + 3),
        adopted_by: Some(w.ex_adopted_by.to_string()),
        owner: Pick::from_known(Some(director_id.clone()), &[], false),
        status: "adopted",
        themes: vec![ThemeSpec {
            id: s.theme_id.to_string(),
            title: s.theme_title.to_string(),
            summary: s.theme_summary.to_string(),
        }],
        body: fill(s.strategy_body),
    };
    let strategy_file = format!("{CONTENT_DIR}/{}/index.md", s.strategy_id);
    let start = date(year, time::Month::January, 1);
    let due = date(year + 1, time::Month::December, 31);
    let initiative = InitiativeSpec {
        id: s.initiative_id,
        strategy: s.strategy_id,
        strategy_title: Some(&strategy_title),
        strategy_file: &strategy_file,
        title: s.initiative_title.to_string(),
        theme: Pick::from_known(Some(s.theme_id.to_string()), &[], false),
        responsible: Pick::from_known(Some(director_id.clone()), &[], false),
        start: Some(start),
        due: Some(due),
        goals: vec![GoalSpec {
            text: s.goal_text.to_string(),
            unit: "%".to_string(),
            baseline: "20",
            target: "30",
            current: "23",
            due,
            history: vec![(start, "20"), (today.max(start), "23")],
        }],
        actions: vec![
            (s.actions[0].to_string(), true),
            (s.actions[1].to_string(), true),
            (s.actions[2].to_string(), false),
        ],
        updated: today,
        body: fill(s.initiative_body),
    };
    let director = DirectorSpec {
        id: &director_id,
        name: s.director_name.to_string(),
        title: Some(s.director_title.to_string()),
        area: Some(s.director_area.to_string()),
        email: Some(format!("{director_id}@example.org")),
        body: fill(s.director_body),
    };
    let mut front = Out::new(false);
    front.note(0, w.front_note);
    let front = front.finish(&fill(s.front_body));
    vec![
        (CONFIG_FILE.to_string(), site_yaml(lang, &title, &organisation, options.base_url.as_deref().unwrap_or("/"), year)),
        (".gitignore".to_string(), "# retning build writes the site here (and locks it with the file beside it)\npublic/\n.public.retning-lock\n".to_string()),
        (format!("{CONTENT_DIR}/index.md"), front),
        (
            format!("{CONTENT_DIR}/{DIRECTORS_DIR}/{director_id}.md"),
            director_text(lang, &director, false),
        ),
        (strategy_file.clone(), strategy_text(lang, &strategy, false)),
        (
            format!("{CONTENT_DIR}/{}/{}.md", s.strategy_id, s.initiative_id),
            initiative_text(lang, &initiative, false),
        ),
    ]
}

/// The comments and sample texts of one language.
struct Words {
    intro: &'static str,
    uncomment: &'static str,
    dates: &'static str,
    known: &'static str,
    only_one: &'static str,
    or: &'static str,
    body_below: &'static str,
    s_header: &'static str,
    s_title: &'static str,
    s_subtitle: &'static str,
    ex_subtitle: &'static str,
    s_period: &'static str,
    s_adopted: &'static str,
    ex_adopted_by: &'static str,
    s_owner: &'static str,
    s_status: &'static str,
    s_themes: &'static str,
    ex_theme_id: &'static str,
    ex_theme_title: &'static str,
    ex_theme_summary: &'static str,
    s_goals: &'static str,
    s_budget: &'static str,
    ex_budget_label: &'static str,
    money_unit: &'static str,
    s_inline: &'static str,
    ex_inline_title: &'static str,
    ex_inline_body: &'static str,
    s_body: &'static str,
    i_header: &'static str,
    i_title: &'static str,
    i_theme: &'static str,
    i_no_themes: &'static str,
    i_responsible: &'static str,
    i_no_directors: &'static str,
    i_dates: &'static str,
    i_status: &'static str,
    i_progress: &'static str,
    i_goals: &'static str,
    ex_goal_text: &'static str,
    i_actions: &'static str,
    ex_action1: &'static str,
    ex_action2: &'static str,
    i_budget: &'static str,
    i_related: &'static str,
    i_updated: &'static str,
    i_body: &'static str,
    d_header: &'static str,
    d_name: &'static str,
    d_title: &'static str,
    ex_director_title: &'static str,
    d_area: &'static str,
    ex_area: &'static str,
    d_email: &'static str,
    ex_email: &'static str,
    d_body: &'static str,
    y_intro: &'static str,
    y_title: &'static str,
    y_organisation: &'static str,
    y_base_url: &'static str,
    y_language: &'static str,
    y_as_of: &'static str,
    y_description: &'static str,
    ex_description: &'static str,
    y_logo: &'static str,
    y_a11y: &'static str,
    y_theme: &'static str,
    front_note: &'static str,
    sample: Sample,
}

/// The sample site `init` writes, in one language.
struct Sample {
    organisation: &'static str,
    /// `{org}` is replaced by the organisation.
    title: &'static str,
    director_name: &'static str,
    director_title: &'static str,
    director_area: &'static str,
    director_body: &'static str,
    strategy_id: &'static str,
    /// `{start}` and `{end}` are years.
    strategy_title: &'static str,
    strategy_subtitle: &'static str,
    strategy_body: &'static str,
    theme_id: &'static str,
    theme_title: &'static str,
    theme_summary: &'static str,
    initiative_id: &'static str,
    initiative_title: &'static str,
    initiative_body: &'static str,
    goal_text: &'static str,
    actions: [&'static str; 3],
    front_body: &'static str,
}

fn words(lang: Language) -> &'static Words {
    match lang {
        Language::Da => &DA,
        Language::Nb => &NB,
        Language::Nn => &NN,
        Language::Sv => &SV,
        Language::En => &EN,
    }
}

static DA: Words = Words {
    intro: "Linjer, der begynder med #, er forklaringer til dig; retning springer dem over.",
    uncomment: "Vil du bruge en linje, der begynder med #, så slet # og mellemrummet efter det. Ryk ind med mellemrum, aldrig med tabulator.",
    dates: "Datoer skrives år-måned-dag, fx 2025-03-31.",
    known: "Kendte id'er: {list}.",
    only_one: "Der er kun én at vælge, så den er sat ind.",
    or: "eller",
    body_below: "Sidens tekst skrives under den sidste linje med ---. Brug ## til overskrifter og en tom linje mellem afsnit.",
    s_header: "Strategi. Siden får adressen /{id}/. Initiativerne er de andre .md-filer i denne mappe (lav et nyt med: retning new initiative ID --strategy {id}).",
    s_title: "Strategiens titel, som den står øverst på siden.",
    s_subtitle: "Valgfri: en undertitel under titlen.",
    ex_subtitle: "En kort undertitel",
    s_period: "De år, strategien gælder for.",
    s_adopted: "Valgfri: hvornår og af hvem strategien blev vedtaget.",
    ex_adopted_by: "Byrådet",
    s_owner: "Valgfri: den direktør, der ejer strategien (filnavnet i content/directors/ uden .md).",
    s_status: "Strategiens status:",
    s_themes: "Strategiens temaer i den rækkefølge, de vises. Hvert tema har et id (små bogstaver a-z, tal og -) og en titel. Initiativerne henviser til temaets id. Et tema med samme id i flere strategier er ét og samme tema.",
    ex_theme_id: "klima-og-miljo",
    ex_theme_title: "Klima og miljø",
    ex_theme_summary: "En eller to sætninger om temaet.",
    s_goals: "Valgfri: mål for hele strategien, skrevet som målene i et initiativ.",
    s_budget: "Valgfri: budgetlinjer. year er året, target det planlagte beløb og realised det, der er nået indtil nu.",
    ex_budget_label: "Planlagt besparelse",
    money_unit: "mio. kr.",
    s_inline: "Valgfri: korte initiativer kan skrives her i stedet for i deres egen fil. De har de samme felter som en initiativfil, og id skal være med.",
    ex_inline_title: "Et kort initiativ",
    ex_inline_body: "Tekst om initiativet.",
    s_body: "Skriv strategiens egen tekst her: baggrund, udfordringer og hvordan den blev til.",
    i_header: "Initiativ i strategien {strategy_name}. Siden får adressen /{strategy}/{id}/.",
    i_title: "Initiativets titel.",
    i_theme: "Det tema i strategien, initiativet hører til (temaets id). Flere temaer: [tema-a, tema-b].",
    i_no_themes: "Strategien har endnu ingen temaer. Tilføj dem under themes: i {path}.",
    i_responsible: "Den ansvarlige direktør: filnavnet i content/directors/ uden .md. Flere (medansvarlige): [id-a, id-b].",
    i_no_directors: "Der er endnu ingen direktører. Lav en med: retning new director ID",
    i_dates: "Valgfri: hvornår arbejdet starter (start), og hvornår det skal være færdigt (due).",
    i_status: "Status regnes ud fra fremdrift og datoer. Skriv den kun, hvis du selv vil bestemme den:",
    i_progress: "Fremdrift i procent (0-100) regnes ud fra mål eller handlinger. Skriv den kun, hvis du selv vil bestemme den.",
    i_goals: "Mål: det, der skal nås, målt i tal. Fremdrift = (current-baseline)/(target-baseline). baseline er værdien ved start (0, hvis den udelades), target er målet, current er den seneste måling, og history er tidligere målinger, ældste først.",
    ex_goal_text: "Flere borgere cykler på arbejde",
    i_actions: "Valgfri: handlinger som tjekliste. done: true, når handlingen er gjort. Har initiativet ingen målte mål, er fremdriften andelen af gjorte handlinger.",
    ex_action1: "Lave en plan",
    ex_action2: "Holde borgermøde",
    i_budget: "Valgfri: budgetlinjer med år, planlagt beløb (target) og opnået beløb (realised).",
    i_related: "Valgfri: relaterede initiativer: deres id i denne strategi eller strategi-id/initiativ-id.",
    i_updated: "Dato for seneste ændring. Bruges til »{recent}« på forsiden og i nyhedsfeedet.",
    i_body: "Beskriv initiativet her: hvad det går ud på, og hvorfor.",
    d_header: "Direktør. Id'et {id} er det, initiativerne skriver under responsible:.",
    d_name: "Fulde navn.",
    d_title: "Valgfri: stillingsbetegnelse.",
    ex_director_title: "Direktør",
    d_area: "Valgfri: ansvarsområde.",
    ex_area: "Børn og unge",
    d_email: "Valgfri: e-mailadresse.",
    ex_email: "navn@kommune.dk",
    d_body: "Valgfri: en kort præsentation af direktøren under den sidste linje med ---.",
    y_intro: "Indstillinger for hele sitet.",
    y_title: "Sitets navn, som det står øverst på alle sider.",
    y_organisation: "Organisationen, der udgiver strategierne. Står i sidefoden.",
    y_base_url: "Sitets adresse, fx https://strategi.kommune.dk. Med / begynder alle links med /, så sitet skal ligge i roden af et domæne.",
    y_language: "Sprog for tekster, tal og datoer: da, nb, nn, sv eller en.",
    y_as_of: "Valgfri: den dato, status og fremdrift opgøres pr. Uden den bruges den dag, sitet bygges.",
    y_description: "Valgfri: en kort beskrivelse af sitet til søgemaskiner.",
    ex_description: "Kommunens strategier og status på arbejdet.",
    y_logo: "Valgfri: et logo, lagt i mappen static/.",
    y_a11y: "Valgfri: adressen på tilgængelighedserklæringen. Den linkes fra sidefoden på alle sider.",
    y_theme: "Valgfri: en mappe under themes/ med egne skabeloner.",
    front_note: "Forsiden. Teksten under den sidste linje med --- står øverst på forsiden. Vil du have en anden overskrift end sitets navn, så skriv den her som title: Overskrift",
    sample: Sample {
        organisation: "Vores kommune",
        title: "{org} – strategier",
        director_name: "Anne Hansen",
        director_title: "Kommunaldirektør",
        director_area: "Tværgående ledelse",
        director_body: "{director} ejer {strategy} og har ansvaret for de indsatser, der går på tværs af kommunen.\n",
        strategy_id: "strategi",
        strategy_title: "Strategi {start}–{end}",
        strategy_subtitle: "Vores prioriteringer for de kommende år",
        strategy_body: "Her står strategiens egen tekst: baggrunden, udfordringerne og hvordan den blev til. Skriv almindelig tekst; en tom linje starter et nyt afsnit.\n\n## Udfordringerne\n\n- Punkter skrives med en bindestreg forrest.\n- **Fed** og *kursiv* skrives med stjerner.\n\nLæs om initiativet [{initiative}]({initiative_id}.md).\n",
        theme_id: "klima-og-miljo",
        theme_title: "Klima og miljø",
        theme_summary: "Mindre udledning og mere natur i kommunen.",
        initiative_id: "flere-cyklister",
        initiative_title: "Flere borgere på cykel",
        initiative_body: "Initiativet skal få flere borgere til at tage cyklen på arbejde. Ansvarlig er [{director}](../directors/{director_id}.md).\n\nMålet og handlingerne i denne fil er eksempler: skift dem ud med jeres egne.\n",
        goal_text: "Andelen af borgere, der cykler på arbejde",
        actions: [
            "Kortlægge de vigtigste cykelruter",
            "Holde borgermøde om nye cykelstier",
            "Anlægge den første nye cykelsti",
        ],
        front_body: "Her kan du følge, hvad {org} har sat sig for, og hvor langt arbejdet er nået.\n\nStart med [{strategy}]({strategy_id}/index.md), eller find et bestemt område under temaer eller direktører.\n",
    },
};

static NB: Words = Words {
    intro: "Linjer som begynner med #, er forklaringer til deg; retning hopper over dem.",
    uncomment: "Vil du bruke en linje som begynner med #, sletter du # og mellomrommet etter. Bruk mellomrom til innrykk, aldri tabulator.",
    dates: "Datoer skrives år-måned-dag, f.eks. 2025-03-31.",
    known: "Kjente id-er: {list}.",
    only_one: "Det finnes bare én å velge, så den er satt inn.",
    or: "eller",
    body_below: "Teksten på siden skrives under den siste linjen med ---. Bruk ## til overskrifter og en tom linje mellom avsnitt.",
    s_header: "Strategi. Siden får adressen /{id}/. Tiltakene er de andre .md-filene i denne mappen (lag et nytt med: retning new initiative ID --strategy {id}).",
    s_title: "Strategiens tittel, slik den står øverst på siden.",
    s_subtitle: "Valgfritt: en undertittel under tittelen.",
    ex_subtitle: "En kort undertittel",
    s_period: "Årene strategien gjelder for.",
    s_adopted: "Valgfritt: når og av hvem strategien ble vedtatt.",
    ex_adopted_by: "Kommunestyret",
    s_owner: "Valgfritt: direktøren som eier strategien (filnavnet i content/directors/ uten .md).",
    s_status: "Strategiens status:",
    s_themes: "Strategiens temaer i den rekkefølgen de vises. Hvert tema har en id (små bokstaver a-z, tall og -) og en tittel. Tiltakene viser til temaets id. Et tema med samme id i flere strategier er ett og samme tema.",
    ex_theme_id: "klima-og-miljo",
    ex_theme_title: "Klima og miljø",
    ex_theme_summary: "En eller to setninger om temaet.",
    s_goals: "Valgfritt: mål for hele strategien, skrevet som målene i et tiltak.",
    s_budget: "Valgfritt: budsjettlinjer. year er året, target det planlagte beløpet og realised det som er oppnådd så langt.",
    ex_budget_label: "Planlagt innsparing",
    money_unit: "mill. kr",
    s_inline: "Valgfritt: korte tiltak kan skrives her i stedet for i egen fil. De har de samme feltene som en tiltaksfil, og id må være med.",
    ex_inline_title: "Et kort tiltak",
    ex_inline_body: "Tekst om tiltaket.",
    s_body: "Skriv strategiens egen tekst her: bakgrunn, utfordringer og hvordan den ble til.",
    i_header: "Tiltak i strategien {strategy_name}. Siden får adressen /{strategy}/{id}/.",
    i_title: "Tiltakets tittel.",
    i_theme: "Temaet i strategien som tiltaket hører til (temaets id). Flere temaer: [tema-a, tema-b].",
    i_no_themes: "Strategien har ingen temaer ennå. Legg dem til under themes: i {path}.",
    i_responsible: "Ansvarlig direktør: filnavnet i content/directors/ uten .md. Flere (medansvarlige): [id-a, id-b].",
    i_no_directors: "Det finnes ingen direktører ennå. Lag en med: retning new director ID",
    i_dates: "Valgfritt: når arbeidet starter (start), og når det skal være ferdig (due).",
    i_status: "Status regnes ut fra framdrift og datoer. Skriv den bare hvis du vil bestemme den selv:",
    i_progress: "Framdrift i prosent (0-100) regnes ut fra mål eller handlinger. Skriv den bare hvis du vil bestemme den selv.",
    i_goals: "Mål: det som skal nås, målt i tall. Framdrift = (current-baseline)/(target-baseline). baseline er verdien ved start (0 hvis den utelates), target er målet, current er siste måling, og history er tidligere målinger, eldste først.",
    ex_goal_text: "Flere innbyggere sykler til jobben",
    i_actions: "Valgfritt: handlinger som sjekkliste. done: true når handlingen er gjort. Har tiltaket ingen målte mål, er framdriften andelen gjorte handlinger.",
    ex_action1: "Lage en plan",
    ex_action2: "Holde folkemøte",
    i_budget: "Valgfritt: budsjettlinjer med år, planlagt beløp (target) og oppnådd beløp (realised).",
    i_related: "Valgfritt: relaterte tiltak: deres id i denne strategien, eller strategi-id/tiltak-id.",
    i_updated: "Dato for siste endring. Brukes til «{recent}» på forsiden og i nyhetsstrømmen.",
    i_body: "Beskriv tiltaket her: hva det går ut på, og hvorfor.",
    d_header: "Direktør. Id-en {id} er det tiltakene skriver under responsible:.",
    d_name: "Fullt navn.",
    d_title: "Valgfritt: stillingstittel.",
    ex_director_title: "Direktør",
    d_area: "Valgfritt: ansvarsområde.",
    ex_area: "Oppvekst",
    d_email: "Valgfritt: e-postadresse.",
    ex_email: "navn@kommune.no",
    d_body: "Valgfritt: en kort presentasjon av direktøren under den siste linjen med ---.",
    y_intro: "Innstillinger for hele nettstedet.",
    y_title: "Nettstedets navn, slik det står øverst på alle sider.",
    y_organisation: "Organisasjonen som gir ut strategiene. Står i bunnteksten.",
    y_base_url: "Nettstedets adresse, f.eks. https://strategi.kommune.no. Med / begynner alle lenker med /, så nettstedet må ligge i roten av et domene.",
    y_language: "Språk for tekster, tall og datoer: da, nb, nn, sv eller en.",
    y_as_of: "Valgfritt: datoen status og framdrift vurderes per. Uten den brukes dagen nettstedet bygges.",
    y_description: "Valgfritt: en kort beskrivelse av nettstedet for søkemotorer.",
    ex_description: "Kommunens strategier og status for arbeidet.",
    y_logo: "Valgfritt: en logo, lagt i mappen static/.",
    y_a11y: "Valgfritt: adressen til tilgjengelighetserklæringen. Den lenkes fra bunnteksten på alle sider.",
    y_theme: "Valgfritt: en mappe under themes/ med egne maler.",
    front_note: "Forsiden. Teksten under den siste linjen med --- står øverst på forsiden. Vil du ha en annen overskrift enn nettstedets navn, skriver du den her som title: Overskrift",
    sample: Sample {
        organisation: "Vår kommune",
        title: "{org} – strategier",
        director_name: "Kari Nordmann",
        director_title: "Kommunedirektør",
        director_area: "Overordnet ledelse",
        director_body: "{director} eier {strategy} og har ansvaret for tiltakene som går på tvers av kommunen.\n",
        strategy_id: "strategi",
        strategy_title: "Strategi {start}–{end}",
        strategy_subtitle: "Våre prioriteringer for de neste årene",
        strategy_body: "Her står strategiens egen tekst: bakgrunnen, utfordringene og hvordan den ble til. Skriv vanlig tekst; en tom linje starter et nytt avsnitt.\n\n## Utfordringene\n\n- Punkter skrives med en bindestrek først.\n- **Fet** og *kursiv* skrives med stjerner.\n\nLes om tiltaket [{initiative}]({initiative_id}.md).\n",
        theme_id: "klima-og-miljo",
        theme_title: "Klima og miljø",
        theme_summary: "Lavere utslipp og mer natur i kommunen.",
        initiative_id: "flere-syklister",
        initiative_title: "Flere innbyggere på sykkel",
        initiative_body: "Tiltaket skal få flere innbyggere til å sykle til jobben. Ansvarlig er [{director}](../directors/{director_id}.md).\n\nMålet og handlingene i denne filen er eksempler: bytt dem ut med deres egne.\n",
        goal_text: "Andelen innbyggere som sykler til jobben",
        actions: [
            "Kartlegge de viktigste sykkelrutene",
            "Holde folkemøte om nye sykkelveier",
            "Bygge den første nye sykkelveien",
        ],
        front_body: "Her kan du følge hva {org} har satt seg fore, og hvor langt arbeidet har kommet.\n\nBegynn med [{strategy}]({strategy_id}/index.md), eller finn et bestemt område under temaer eller direktører.\n",
    },
};

static NN: Words = Words {
    intro: "Linjer som byrjar med #, er forklaringar til deg; retning hoppar over dei.",
    uncomment: "Vil du bruke ei linje som byrjar med #, slettar du # og mellomrommet etter. Bruk mellomrom til innrykk, aldri tabulator.",
    dates: "Datoar skriv du år-månad-dag, t.d. 2025-03-31.",
    known: "Kjende id-ar: {list}.",
    only_one: "Det finst berre éin å velje, så han er sett inn.",
    or: "eller",
    body_below: "Teksten på sida skriv du under den siste linja med ---. Bruk ## til overskrifter og ei tom linje mellom avsnitt.",
    s_header: "Strategi. Sida får adressa /{id}/. Tiltaka er dei andre .md-filene i denne mappa (lag eit nytt med: retning new initiative ID --strategy {id}).",
    s_title: "Tittelen på strategien, slik han står øvst på sida.",
    s_subtitle: "Valfritt: ein undertittel under tittelen.",
    ex_subtitle: "Ein kort undertittel",
    s_period: "Åra strategien gjeld for.",
    s_adopted: "Valfritt: når og av kven strategien vart vedteken.",
    ex_adopted_by: "Kommunestyret",
    s_owner: "Valfritt: direktøren som eig strategien (filnamnet i content/directors/ utan .md).",
    s_status: "Status for strategien:",
    s_themes: "Tema i strategien i den rekkjefølgja dei blir viste. Kvart tema har ein id (små bokstavar a-z, tal og -) og ein tittel. Tiltaka viser til id-en til temaet. Eit tema med same id i fleire strategiar er eitt og same tema.",
    ex_theme_id: "klima-og-miljo",
    ex_theme_title: "Klima og miljø",
    ex_theme_summary: "Ei eller to setningar om temaet.",
    s_goals: "Valfritt: mål for heile strategien, skrivne som måla i eit tiltak.",
    s_budget: "Valfritt: budsjettliner. year er året, target det planlagde beløpet og realised det som er nådd så langt.",
    ex_budget_label: "Planlagd innsparing",
    money_unit: "mill. kr",
    s_inline: "Valfritt: korte tiltak kan skrivast her i staden for i eiga fil. Dei har dei same felta som ei tiltaksfil, og id må vere med.",
    ex_inline_title: "Eit kort tiltak",
    ex_inline_body: "Tekst om tiltaket.",
    s_body: "Skriv den eigne teksten til strategien her: bakgrunn, utfordringar og korleis han vart til.",
    i_header: "Tiltak i strategien {strategy_name}. Sida får adressa /{strategy}/{id}/.",
    i_title: "Tittelen på tiltaket.",
    i_theme: "Temaet i strategien som tiltaket høyrer til (id-en til temaet). Fleire tema: [tema-a, tema-b].",
    i_no_themes: "Strategien har ingen tema enno. Legg dei til under themes: i {path}.",
    i_responsible: "Ansvarleg direktør: filnamnet i content/directors/ utan .md. Fleire (medansvarlege): [id-a, id-b].",
    i_no_directors: "Det finst ingen direktørar enno. Lag ein med: retning new director ID",
    i_dates: "Valfritt: når arbeidet startar (start), og når det skal vere ferdig (due).",
    i_status: "Status blir rekna ut frå framdrift og datoar. Skriv han berre dersom du vil bestemme han sjølv:",
    i_progress: "Framdrift i prosent (0-100) blir rekna ut frå mål eller handlingar. Skriv ho berre dersom du vil bestemme ho sjølv.",
    i_goals: "Mål: det som skal nåast, målt i tal. Framdrift = (current-baseline)/(target-baseline). baseline er verdien ved start (0 om han er utelaten), target er målet, current er den siste målinga, og history er tidlegare målingar, eldste først.",
    ex_goal_text: "Fleire innbyggjarar syklar til jobben",
    i_actions: "Valfritt: handlingar som sjekkliste. done: true når handlinga er gjord. Har tiltaket ingen målte mål, er framdrifta delen av handlingar som er gjorde.",
    ex_action1: "Lage ein plan",
    ex_action2: "Halde folkemøte",
    i_budget: "Valfritt: budsjettliner med år, planlagt beløp (target) og nådd beløp (realised).",
    i_related: "Valfritt: relaterte tiltak: id-en deira i denne strategien, eller strategi-id/tiltak-id.",
    i_updated: "Dato for siste endring. Blir brukt til «{recent}» på framsida og i nyheitsstraumen.",
    i_body: "Skildre tiltaket her: kva det går ut på, og kvifor.",
    d_header: "Direktør. Id-en {id} er det tiltaka skriv under responsible:.",
    d_name: "Fullt namn.",
    d_title: "Valfritt: stillingstittel.",
    ex_director_title: "Direktør",
    d_area: "Valfritt: ansvarsområde.",
    ex_area: "Oppvekst",
    d_email: "Valfritt: e-postadresse.",
    ex_email: "namn@kommune.no",
    d_body: "Valfritt: ein kort presentasjon av direktøren under den siste linja med ---.",
    y_intro: "Innstillingar for heile nettstaden.",
    y_title: "Namnet på nettstaden, slik det står øvst på alle sider.",
    y_organisation: "Organisasjonen som gjev ut strategiane. Står i botnteksten.",
    y_base_url: "Adressa til nettstaden, t.d. https://strategi.kommune.no. Med / byrjar alle lenkjer med /, så nettstaden må liggje i rota av eit domene.",
    y_language: "Språk for tekstar, tal og datoar: da, nb, nn, sv eller en.",
    y_as_of: "Valfritt: datoen status og framdrift blir vurderte per. Utan han blir dagen nettstaden blir bygd, brukt.",
    y_description: "Valfritt: ei kort skildring av nettstaden for søkjemotorar.",
    ex_description: "Strategiane til kommunen og status for arbeidet.",
    y_logo: "Valfritt: ein logo, lagd i mappa static/.",
    y_a11y: "Valfritt: adressa til tilgjengelegheitserklæringa. Ho blir lenkja frå botnteksten på alle sider.",
    y_theme: "Valfritt: ei mappe under themes/ med eigne malar.",
    front_note: "Framsida. Teksten under den siste linja med --- står øvst på framsida. Vil du ha ei anna overskrift enn namnet på nettstaden, skriv du ho her som title: Overskrift",
    sample: Sample {
        organisation: "Kommunen vår",
        title: "{org} – strategiar",
        director_name: "Kari Nordmann",
        director_title: "Kommunedirektør",
        director_area: "Overordna leiing",
        director_body: "{director} eig {strategy} og har ansvaret for tiltaka som går på tvers av kommunen.\n",
        strategy_id: "strategi",
        strategy_title: "Strategi {start}–{end}",
        strategy_subtitle: "Prioriteringane våre for dei neste åra",
        strategy_body: "Her står den eigne teksten til strategien: bakgrunnen, utfordringane og korleis han vart til. Skriv vanleg tekst; ei tom linje startar eit nytt avsnitt.\n\n## Utfordringane\n\n- Punkt skriv du med ein bindestrek først.\n- **Feit** og *kursiv* skriv du med stjerner.\n\nLes om tiltaket [{initiative}]({initiative_id}.md).\n",
        theme_id: "klima-og-miljo",
        theme_title: "Klima og miljø",
        theme_summary: "Lågare utslepp og meir natur i kommunen.",
        initiative_id: "fleire-syklistar",
        initiative_title: "Fleire innbyggjarar på sykkel",
        initiative_body: "Tiltaket skal få fleire innbyggjarar til å sykle til jobben. Ansvarleg er [{director}](../directors/{director_id}.md).\n\nMålet og handlingane i denne fila er døme: byt dei ut med dykkar eigne.\n",
        goal_text: "Delen av innbyggjarane som syklar til jobben",
        actions: [
            "Kartleggje dei viktigaste sykkelrutene",
            "Halde folkemøte om nye sykkelvegar",
            "Byggje den første nye sykkelvegen",
        ],
        front_body: "Her kan du følgje kva {org} har sett seg føre, og kor langt arbeidet har kome.\n\nByrj med [{strategy}]({strategy_id}/index.md), eller finn eit bestemt område under tema eller direktørar.\n",
    },
};

static SV: Words = Words {
    intro: "Rader som börjar med # är förklaringar till dig; retning hoppar över dem.",
    uncomment: "Vill du använda en rad som börjar med #, ta bort # och mellanslaget efter det. Dra in med mellanslag, aldrig med tabb.",
    dates: "Datum skrivs år-månad-dag, t.ex. 2025-03-31.",
    known: "Kända id: {list}.",
    only_one: "Det finns bara ett att välja, så det är ifyllt.",
    or: "eller",
    body_below: "Sidans text skrivs under den sista raden med ---. Använd ## för rubriker och en tom rad mellan stycken.",
    s_header: "Strategi. Sidan får adressen /{id}/. Initiativen är de andra .md-filerna i den här mappen (skapa ett nytt med: retning new initiative ID --strategy {id}).",
    s_title: "Strategins titel, som den står överst på sidan.",
    s_subtitle: "Valfritt: en undertitel under titeln.",
    ex_subtitle: "En kort undertitel",
    s_period: "De år strategin gäller.",
    s_adopted: "Valfritt: när och av vem strategin antogs.",
    ex_adopted_by: "Kommunfullmäktige",
    s_owner: "Valfritt: den direktör som äger strategin (filnamnet i content/directors/ utan .md).",
    s_status: "Strategins status:",
    s_themes: "Strategins teman i den ordning de visas. Varje tema har ett id (små bokstäver a-z, siffror och -) och en titel. Initiativen hänvisar till temats id. Ett tema med samma id i flera strategier är ett och samma tema.",
    ex_theme_id: "klimat-och-miljo",
    ex_theme_title: "Klimat och miljö",
    ex_theme_summary: "En eller två meningar om temat.",
    s_goals: "Valfritt: mål för hela strategin, skrivna som målen i ett initiativ.",
    s_budget: "Valfritt: budgetrader. year är året, target det planerade beloppet och realised det som har uppnåtts hittills.",
    ex_budget_label: "Planerad besparing",
    money_unit: "mnkr",
    s_inline: "Valfritt: korta initiativ kan skrivas här i stället för i en egen fil. De har samma fält som en initiativfil, och id måste finnas med.",
    ex_inline_title: "Ett kort initiativ",
    ex_inline_body: "Text om initiativet.",
    s_body: "Skriv strategins egen text här: bakgrund, utmaningar och hur den kom till.",
    i_header: "Initiativ i strategin {strategy_name}. Sidan får adressen /{strategy}/{id}/.",
    i_title: "Initiativets titel.",
    i_theme: "Det tema i strategin som initiativet hör till (temats id). Flera teman: [tema-a, tema-b].",
    i_no_themes: "Strategin har inga teman än. Lägg till dem under themes: i {path}.",
    i_responsible: "Ansvarig direktör: filnamnet i content/directors/ utan .md. Flera (medansvariga): [id-a, id-b].",
    i_no_directors: "Det finns inga direktörer än. Skapa en med: retning new director ID",
    i_dates: "Valfritt: när arbetet börjar (start) och när det ska vara klart (due).",
    i_status: "Status räknas ut från framsteg och datum. Skriv den bara om du själv vill bestämma den:",
    i_progress: "Framsteg i procent (0-100) räknas ut från mål eller åtgärder. Skriv det bara om du själv vill bestämma det.",
    i_goals: "Mål: det som ska uppnås, mätt i siffror. Framsteg = (current-baseline)/(target-baseline). baseline är värdet vid start (0 om det utelämnas), target är målet, current är den senaste mätningen och history är tidigare mätningar, äldsta först.",
    ex_goal_text: "Fler invånare cyklar till jobbet",
    i_actions: "Valfritt: åtgärder som checklista. done: true när åtgärden är gjord. Har initiativet inga uppmätta mål är framsteget andelen gjorda åtgärder.",
    ex_action1: "Ta fram en plan",
    ex_action2: "Hålla ett medborgarmöte",
    i_budget: "Valfritt: budgetrader med år, planerat belopp (target) och uppnått belopp (realised).",
    i_related: "Valfritt: relaterade initiativ: deras id i den här strategin, eller strategi-id/initiativ-id.",
    i_updated: "Datum för senaste ändring. Används för ”{recent}” på startsidan och i flödet.",
    i_body: "Beskriv initiativet här: vad det går ut på och varför.",
    d_header: "Direktör. Id:t {id} är det som initiativen skriver under responsible:.",
    d_name: "Fullständigt namn.",
    d_title: "Valfritt: befattning.",
    ex_director_title: "Direktör",
    d_area: "Valfritt: ansvarsområde.",
    ex_area: "Barn och unga",
    d_email: "Valfritt: e-postadress.",
    ex_email: "namn@kommun.se",
    d_body: "Valfritt: en kort presentation av direktören under den sista raden med ---.",
    y_intro: "Inställningar för hela webbplatsen.",
    y_title: "Webbplatsens namn, som det står överst på alla sidor.",
    y_organisation: "Organisationen som ger ut strategierna. Står i sidfoten.",
    y_base_url: "Webbplatsens adress, t.ex. https://strategi.kommun.se. Med / börjar alla länkar med /, så webbplatsen måste ligga i roten av en domän.",
    y_language: "Språk för texter, tal och datum: da, nb, nn, sv eller en.",
    y_as_of: "Valfritt: det datum som status och framsteg bedöms per. Utan det används dagen då webbplatsen byggs.",
    y_description: "Valfritt: en kort beskrivning av webbplatsen för sökmotorer.",
    ex_description: "Kommunens strategier och hur arbetet går.",
    y_logo: "Valfritt: en logotyp, lagd i mappen static/.",
    y_a11y: "Valfritt: adressen till tillgänglighetsredogörelsen. Den länkas från sidfoten på alla sidor.",
    y_theme: "Valfritt: en mapp under themes/ med egna mallar.",
    front_note: "Startsidan. Texten under den sista raden med --- står överst på startsidan. Vill du ha en annan rubrik än webbplatsens namn skriver du den här som title: Rubrik",
    sample: Sample {
        organisation: "Vår kommun",
        title: "{org} – strategier",
        director_name: "Anna Svensson",
        director_title: "Kommundirektör",
        director_area: "Övergripande ledning",
        director_body: "{director} äger {strategy} och ansvarar för de insatser som går över hela kommunen.\n",
        strategy_id: "strategi",
        strategy_title: "Strategi {start}–{end}",
        strategy_subtitle: "Våra prioriteringar för de kommande åren",
        strategy_body: "Här står strategins egen text: bakgrunden, utmaningarna och hur den kom till. Skriv vanlig text; en tom rad börjar ett nytt stycke.\n\n## Utmaningarna\n\n- Punkter skrivs med ett bindestreck först.\n- **Fet** och *kursiv* skrivs med asterisker.\n\nLäs om initiativet [{initiative}]({initiative_id}.md).\n",
        theme_id: "klimat-och-miljo",
        theme_title: "Klimat och miljö",
        theme_summary: "Mindre utsläpp och mer natur i kommunen.",
        initiative_id: "fler-cyklister",
        initiative_title: "Fler invånare på cykel",
        initiative_body: "Initiativet ska få fler invånare att cykla till jobbet. Ansvarig är [{director}](../directors/{director_id}.md).\n\nMålet och åtgärderna i den här filen är exempel: byt ut dem mot era egna.\n",
        goal_text: "Andelen invånare som cyklar till jobbet",
        actions: [
            "Kartlägga de viktigaste cykelstråken",
            "Hålla medborgarmöte om nya cykelvägar",
            "Bygga den första nya cykelvägen",
        ],
        front_body: "Här kan du följa vad {org} har föresatt sig och hur långt arbetet har kommit.\n\nBörja med [{strategy}]({strategy_id}/index.md), eller hitta ett visst område under teman eller direktörer.\n",
    },
};

static EN: Words = Words {
    intro: "Lines starting with # are notes for you; retning skips them.",
    uncomment: "To use a line that starts with #, delete the # and the space after it. Indent with spaces, never with tabs.",
    dates: "Dates are written year-month-day, like 2025-03-31.",
    known: "Known ids: {list}.",
    only_one: "There is only one to choose, so it is filled in.",
    or: "or",
    body_below: "The page's text goes below the last line with ---. Use ## for headings and an empty line between paragraphs.",
    s_header: "A strategy. Its page is /{id}/. Its initiatives are the other .md files in this folder (make one with: retning new initiative ID --strategy {id}).",
    s_title: "The strategy's title, as shown at the top of its page.",
    s_subtitle: "Optional: a subtitle shown under the title.",
    ex_subtitle: "A short subtitle",
    s_period: "The years the strategy covers.",
    s_adopted: "Optional: when and by whom the strategy was adopted.",
    ex_adopted_by: "Full Council",
    s_owner: "Optional: the director who owns the strategy (the file name in content/directors/ without .md).",
    s_status: "The strategy's status:",
    s_themes: "The strategy's themes, in the order they are shown. Each theme has an id (lowercase letters a-z, digits and -) and a title. Initiatives refer to a theme by its id. A theme with the same id in several strategies is one theme.",
    ex_theme_id: "climate-and-environment",
    ex_theme_title: "Climate and environment",
    ex_theme_summary: "One or two sentences about the theme.",
    s_goals: "Optional: goals for the whole strategy, written like an initiative's goals.",
    s_budget: "Optional: budget lines. year is the year, target the planned amount and realised what has been achieved so far.",
    ex_budget_label: "Planned savings",
    money_unit: "million",
    s_inline: "Optional: short initiatives can be written here instead of in a file of their own. They take the same keys as an initiative file, and id is required.",
    ex_inline_title: "A short initiative",
    ex_inline_body: "Text about the initiative.",
    s_body: "Write the strategy's own text here: background, challenges and how it was made.",
    i_header: "An initiative of the strategy {strategy_name}. Its page is /{strategy}/{id}/.",
    i_title: "The initiative's title.",
    i_theme: "The theme of the strategy it belongs to (the theme's id). Several themes: [theme-a, theme-b].",
    i_no_themes: "The strategy has no themes yet. Add them under themes: in {path}.",
    i_responsible: "The responsible director: the file name in content/directors/ without .md. Several (co-responsible): [id-a, id-b].",
    i_no_directors: "There are no directors yet. Make one with: retning new director ID",
    i_dates: "Optional: when the work starts (start) and when it is due (due).",
    i_status: "The status is computed from progress and dates. Write it only to set it yourself:",
    i_progress: "Progress in percent (0-100) is computed from goals or actions. Write it only to set it yourself.",
    i_goals: "Goals: what is to be reached, in figures. Progress = (current-baseline)/(target-baseline). baseline is the value at the start (0 if left out), target the value aimed for, current the latest measurement, and history earlier measurements, oldest first.",
    ex_goal_text: "More residents cycle to work",
    i_actions: "Optional: a checklist of actions. done: true when an action is done. Without measured goals, progress is the share of actions done.",
    ex_action1: "Make a plan",
    ex_action2: "Hold a public meeting",
    i_budget: "Optional: budget lines with year, planned amount (target) and amount achieved (realised).",
    i_related: "Optional: related initiatives: their ids in this strategy, or strategy-id/initiative-id.",
    i_updated: "The date of the last change. Used for \"{recent}\" on the front page and in the feed.",
    i_body: "Describe the initiative here: what it is about, and why.",
    d_header: "A director. The id {id} is what initiatives write under responsible:.",
    d_name: "Full name.",
    d_title: "Optional: job title.",
    ex_director_title: "Director",
    d_area: "Optional: area of responsibility.",
    ex_area: "Children and young people",
    d_email: "Optional: e-mail address.",
    ex_email: "name@council.example",
    d_body: "Optional: a short introduction of the director below the last line with ---.",
    y_intro: "Settings for the whole site.",
    y_title: "The site's name, shown at the top of every page.",
    y_organisation: "The organisation publishing the strategies. Shown in the footer.",
    y_base_url: "The site's address, like https://strategy.council.example. With / every link starts with /, so the site must be at the root of a domain.",
    y_language: "Language of texts, numbers and dates: da, nb, nn, sv or en.",
    y_as_of: "Optional: the date status and progress are judged on. Without it, the day the site is built.",
    y_description: "Optional: a short description of the site for search engines.",
    ex_description: "The council's strategies and how the work is going.",
    y_logo: "Optional: a logo, put in the static/ folder.",
    y_a11y: "Optional: the address of the accessibility statement. It is linked from the footer of every page.",
    y_theme: "Optional: a folder under themes/ with templates of your own.",
    front_note: "The front page. The text below the last line with --- is shown at the top of the front page. For a heading other than the site's name, write it here as title: Heading",
    sample: Sample {
        organisation: "Our Council",
        title: "{org} – strategies",
        director_name: "Jane Smith",
        director_title: "Chief Executive",
        director_area: "Cross-cutting leadership",
        director_body: "{director} owns {strategy} and leads the work that cuts across the council.\n",
        strategy_id: "strategy",
        strategy_title: "Strategy {start}–{end}",
        strategy_subtitle: "Our priorities for the coming years",
        strategy_body: "This is the strategy's own text: its background, its challenges and how it was made. Write plain text; an empty line starts a new paragraph.\n\n## The challenges\n\n- Bullet points start with a hyphen.\n- **Bold** and *italics* are written with asterisks.\n\nRead about the initiative [{initiative}]({initiative_id}.md).\n",
        theme_id: "climate-and-environment",
        theme_title: "Climate and environment",
        theme_summary: "Lower emissions and more nature.",
        initiative_id: "more-cycling",
        initiative_title: "More residents cycling",
        initiative_body: "This initiative gets more residents to cycle to work. It is led by [{director}](../directors/{director_id}.md).\n\nThe goal and the actions in this file are examples: replace them with your own.\n",
        goal_text: "Share of residents cycling to work",
        actions: [
            "Map the main cycle routes",
            "Hold a public meeting on new cycle paths",
            "Build the first new cycle path",
        ],
        front_body: "Here you can follow what {org} has set out to do, and how far the work has come.\n\nStart with [{strategy}]({strategy_id}/index.md), or find an area under themes or directors.\n",
    },
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{InitiativeFields, StrategyFields};

    fn day() -> Date {
        date(2025, time::Month::March, 14)
    }

    fn front(text: &str) -> &str {
        let rest = text.strip_prefix("---\n").expect("opens with ---");
        &rest[..rest.find("\n---\n").expect("closes with ---") + 1]
    }

    fn strategy_spec(owner: Pick) -> StrategySpec<'static> {
        StrategySpec {
            id: "klima",
            title: "Klima: en plan".into(),
            subtitle: None,
            period: (2025, 2028),
            adopted_by: None,
            owner,
            status: "draft",
            themes: Vec::new(),
            body: "Tekst\n".into(),
        }
    }

    fn initiative_spec() -> InitiativeSpec<'static> {
        InitiativeSpec {
            id: "cykler",
            strategy: "klima",
            strategy_title: None,
            strategy_file: "content/klima/index.md",
            title: "Cykler".into(),
            theme: Pick::from_known(None, &["a".into(), "b".into()], true),
            responsible: Pick::from_known(Some("anne".into()), &["anne".into()], true),
            start: None,
            due: None,
            goals: Vec::new(),
            actions: Vec::new(),
            updated: day(),
            body: "Tekst\n".into(),
        }
    }

    #[test]
    fn skeletons_parse_in_every_language_with_examples_off_and_on() {
        for lang in Language::ALL {
            for active in [false, true] {
                let s =
                    strategy_text(lang, &strategy_spec(Pick::from_known(None, &[], false)), active);
                let parsed: StrategyFields = crate::yaml::from_str(front(&s))
                    .unwrap_or_else(|e| panic!("{lang} strategy (examples {active}): {e:?}\n{s}"));
                assert_eq!(parsed.title, "Klima: en plan");
                assert_eq!(parsed.themes.len(), usize::from(active));
                assert_eq!(parsed.initiatives.len(), usize::from(active));

                let i = initiative_text(lang, &initiative_spec(), active);
                let parsed: InitiativeFields =
                    crate::yaml::from_str(front(&i)).unwrap_or_else(|e| {
                        panic!("{lang} initiative (examples {active}): {e:?}\n{i}")
                    });
                assert_eq!(parsed.responsible, vec!["anne".to_string()]);
                assert_eq!(parsed.theme, if active { vec!["a".to_string()] } else { vec![] });
                assert_eq!(parsed.goals.len(), usize::from(active));
                assert_eq!(parsed.actions.len(), 2 * usize::from(active));

                let spec = DirectorSpec {
                    id: "anne",
                    name: "Anne".into(),
                    title: None,
                    area: None,
                    email: None,
                    body: String::new(),
                };
                let d = director_text(lang, &spec, active);
                let parsed: DirectorFields = crate::yaml::from_str(front(&d))
                    .unwrap_or_else(|e| panic!("{lang} director: {e:?}\n{d}"));
                assert_eq!(parsed.area.is_some(), active);
            }
        }
    }

    #[test]
    fn comments_are_wrapped_and_in_the_site_language() {
        let s =
            strategy_text(Language::Da, &strategy_spec(Pick::from_known(None, &[], false)), false);
        assert!(s.contains("# Strategiens titel"), "{s}");
        assert!(s.lines().all(|l| l.chars().count() <= 90), "{s}");
        let s =
            strategy_text(Language::Sv, &strategy_spec(Pick::from_known(None, &[], false)), false);
        let s = s.replace("\n# ", " ");
        assert!(s.contains("draft (Utkast), adopted (Antagen) eller archived (Arkiverad)."), "{s}");
    }

    #[test]
    fn picks_fill_only_one_candidate() {
        let i = initiative_text(Language::En, &initiative_spec(), false);
        assert!(i.contains("\nresponsible: anne\n"), "{i}");
        assert!(i.contains("# Known ids: a, b.\n# theme: a\n"), "{i}");
    }

    #[test]
    fn init_files_parse() {
        for lang in Language::ALL {
            let options = InitOptions {
                language: lang,
                title: Some("Ærø: strategier #1".into()),
                organisation: None,
                base_url: None,
            };
            let files = init_files(lang, &options, day());
            let site = &files[0].1;
            let config =
                crate::config::parse(site).unwrap_or_else(|e| panic!("{lang}: {e:?}\n{site}"));
            assert_eq!(config.title, "Ærø: strategier #1");
            assert_eq!(config.language, lang);
        }
    }

    #[test]
    fn scalars_quote_when_needed() {
        assert_eq!(scalar("Klima og miljø"), "Klima og miljø");
        assert_eq!(scalar("Klima: plan"), "\"Klima: plan\"");
        assert_eq!(scalar("2025"), "\"2025\"");
        assert_eq!(scalar("no"), "\"no\"");
        assert_eq!(scalar("Say \"hi\" #1"), "\"Say \\\"hi\\\" #1\"");
        assert_eq!(scalar("%"), "\"%\"");
    }

    #[test]
    fn ids_and_titles() {
        assert_eq!(title_from_id("bedre-cykelstier"), "Bedre cykelstier");
        assert!(check_id(Kind::Initiative, "Bedre cykelstier")
            .unwrap_err()
            .help
            .unwrap()
            .contains("did you mean `bedre-cykelstier`? retning new initiative bedre-cykelstier"));
        assert!(check_id(Kind::Strategy, "themes").is_err());
        assert!(check_id(Kind::Initiative, "index").is_err());
        assert!(check_id(Kind::Director, "anne-hansen").is_ok());
    }

    #[test]
    fn rebases_relative_md_links() {
        let text = "---\nthemes:\n  - id: a\n    summary: See [x](x.md)\n---\n[a](other.md#part) [b](/c/d.md) [c](https://e.dk/a.md) [d](<sp ace.md>) [e](img.png)\n\n[ref]: directors/anne.md \"t\"\n";
        let (out, n) = rebase_md_links(text);
        assert_eq!(n, 4, "{out}");
        assert!(out.contains("[x](../x.md)"));
        assert!(out.contains("[a](../other.md#part)"));
        assert!(out.contains("[b](/c/d.md)"));
        assert!(out.contains("[c](https://e.dk/a.md)"));
        assert!(out.contains("[d](<../sp ace.md>)"));
        assert!(out.contains("[e](img.png)"));
        assert!(out.contains("[ref]: ../directors/anne.md \"t\""));
    }
}

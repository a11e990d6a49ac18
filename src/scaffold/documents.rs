//! Writing one new document: a strategy, a director, an initiative (moving a
//! one-file strategy into its folder form first, its relative links rebased).

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use super::*;

pub(super) fn new_strategy(
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
    let period = period_from_id(id);
    let spec = StrategySpec {
        id,
        title: title_from_id(id),
        subtitle: None,
        period,
        first_year: period.map_or(today.year(), |p| p.0),
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

pub(super) fn new_director(
    root: &Path,
    survey: &Survey,
    id: &str,
) -> Result<Scaffolded, ScaffoldError> {
    let path = Path::new(CONTENT_DIR).join(DIRECTORS_DIR).join(format!("{id}.md"));
    if root.join(&path).exists() || survey.directors.iter().any(|d| d == id) {
        return Err(ScaffoldError::usage(
            msg!("new-director-exists", id = id),
            msg!("new-never-overwrites-help"),
        ));
    }
    let lang = survey.language;
    let spec = DirectorSpec {
        id,
        name: name_from_id(id),
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

pub(super) fn new_initiative(
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
                    Some(hint) => {
                        msg!("new-strategies-guess", guess = hint, names = names.join(", "))
                    }
                    None if names.is_empty() => msg!("new-no-strategies-yet", id = wanted),
                    None => msg!("new-strategies", names = names.join(", ")),
                };
                return Err(ScaffoldError::usage(msg!("new-no-such-strategy", id = wanted), help));
            }
        },
        None => match survey.strategies.as_slice() {
            [only] => (only, true),
            [] => {
                return Err(ScaffoldError::usage(
                    msg!("new-no-strategy"),
                    msg!("new-no-strategy-help"),
                ))
            }
            [first, ..] => {
                return Err(ScaffoldError::usage(
                    msg!("new-which-strategy", count = names.len()),
                    msg!(
                        "new-which-strategy-help",
                        id = id,
                        first = &first.name,
                        names = names.join(", ")
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
            msg!("new-inline-exists", strategy = s, id = id, file = slash(&entry.relative)),
            msg!("new-inline-exists-help"),
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
pub(super) fn convert_to_folder(
    root: &Path,
    from: &Path,
    to: &Path,
) -> Result<Conversion, ScaffoldError> {
    if root.join(to).exists() {
        return Err(exists(to));
    }
    let text = fs::read_to_string(root.join(from)).map_err(|e| ScaffoldError {
        kind: ErrorKind::Io,
        message: msg!("cannot-read-path", path = slash(from), error = crate::load::io_error(&e)),
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
pub(super) fn rebase_md_links(text: &str) -> (String, usize) {
    pub(super) fn relative_md(dest: &str) -> bool {
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

/// `lars-bo` → `Lars Bo`: a director's name from their id, each part a name (a title
/// from an id capitalises its first word only).
pub(super) fn name_from_id(id: &str) -> String {
    id.split('-')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `bedre-cykelstier` → `Bedre cykelstier`: a first title for a new document.
/// The years a strategy covers when its id says both (`klimaplan-2014-2017`): the only
/// case where they are certain. `klimaplan-2030` may be a plan to 2030 or from it.
pub(super) fn period_from_id(id: &str) -> Option<(i32, i32)> {
    let years: Vec<i32> = id
        .split('-')
        .filter(|part| part.len() == 4 && part.bytes().all(|b| b.is_ascii_digit()))
        .filter_map(|part| part.parse().ok())
        .collect();
    match years.as_slice() {
        [start, end] if start <= end => Some((*start, *end)),
        _ => None,
    }
}

pub(super) fn title_from_id(id: &str) -> String {
    let words = id.replace('-', " ");
    let mut chars = words.trim().chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => id.to_string(),
    }
}

/// A YAML scalar: plain when that is safe, else double-quoted.
pub(super) fn scalar(s: &str) -> String {
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

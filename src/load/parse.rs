//! One content file parsed into a typed document, its problems located.

use super::*;

/// Reads and parses one file.
pub(super) fn load_file(file: &ContentFile) -> (Option<Parsed>, Diagnostics) {
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
                    msg!("front-matter-not-closed"),
                )
                .with_help(msg!("front-matter-not-closed-help"))
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
                        msg!("body-key-in-file"),
                        Some(msg!("body-key-in-file-help")),
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
pub(super) struct FileContext<'a> {
    source: &'a Arc<SourceFile>,
}

impl FileContext<'_> {
    /// A located problem; `at` is a front-matter position (line, column).
    fn problem(
        &self,
        kind: ProblemKind,
        at: Option<(usize, usize)>,
        message: Message,
        help: Option<Message>,
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
        // Every mistake of the file that stands on a line of its own is reported, and the
        // rest of the document is still checked (its references, its figures).
        let (value, errors) = yaml::from_str_collecting(self.source.front_matter());
        for e in errors {
            // Lines named in the words count from the file's top, as the location does.
            let first = self.source.front_matter_line;
            problems.push(self.problem(
                e.kind,
                Some((e.line, e.column)),
                e.message.in_file_from(first),
                e.help.map(|h| h.in_file_from(first)),
            ));
        }
        value
    }

    fn require_front_matter<T: serde::de::DeserializeOwned>(
        &self,
        problems: &mut Diagnostics,
    ) -> Option<T> {
        if self.source.front_matter_line == 0 {
            let help = msg!("no-front-matter-help");
            let message = if self.source.text.trim().is_empty() {
                msg!("file-empty")
            } else {
                msg!("no-front-matter")
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
                    msg!("invalid-id", id = &id, rule = crate::model::id_rule(&id)),
                    msg!("invalid-id-help", suggestion = &suggestion),
                )
            } else {
                (
                    msg!("invalid-id-from-file-name", id = &id, rule = crate::model::id_rule(&id)),
                    msg!("invalid-id-from-file-name-help", suggestion = &suggestion),
                )
            };
            problems.push(self.problem(ProblemKind::InvalidId, at, message, Some(help)));
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
                msg!("inline-initiative-without-id", title = &fields.title),
                Some(msg!(
                    "inline-initiative-without-id-help",
                    suggestion = suggest_id(&fields.title)
                )),
            ));
            return None;
        };
        let at = at("id", Some(&id));
        if !is_valid_id(&id) {
            problems.push(self.problem(
                ProblemKind::InvalidId,
                at,
                msg!("invalid-id", id = &id, rule = crate::model::id_rule(&id)),
                Some(msg!("invalid-id-help", suggestion = suggest_id(&id))),
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

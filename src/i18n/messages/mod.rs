//! The tool's own words: every error, warning, help line, summary and `--help` text,
//! in the language of the person reading it.
//!
//! The texts are Project Fluent files, one folder per language beside this module
//! (`da/`, `nb/`, `nn/`, `sv/`, `en/`), embedded in the binary by `build.rs`: a
//! translator adds a language by adding a folder. Code never holds the words; it makes
//! a [`Message`] (an id and its arguments, [`msg!`](crate::msg)) and the report turns
//! it into text with the reader's [`Messages`] at the last moment, so one problem can be
//! shown in Danish in the terminal and in English in a test.
//!
//! Which language: `--lang`, then `RETNING_LANG` ([`set_override`]), then the site's
//! `language`, then (before a site is known) the system's `LC_ALL`, `LC_MESSAGES`,
//! `LANG`; English last. A message missing in a language falls back to English (a
//! test keeps every language complete, so that only happens to a half-done translation).

use std::borrow::Cow;
use std::fmt;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::Language;

/// `(language tag, [.ftl texts])` for every folder under `src/i18n/messages/`.
pub(crate) static MESSAGE_FILES: &[(&str, &[&str])] =
    include!(concat!(env!("OUT_DIR"), "/message_files.rs"));

/// A message for a person, not yet in any language: a Fluent id and its arguments.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Message {
    id: Cow<'static, str>,
    args: Vec<(Cow<'static, str>, Arg)>,
}

/// One argument of a [`Message`].
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Arg {
    /// Text shown as it is: a file name, an id, a value from a file.
    Text(String),
    /// A count: chooses the plural form.
    Count(i64),
    /// Another message, put in the same language first (a "where" or a "what").
    Message(Box<Message>),
}

impl Message {
    /// A message by its id in the `.ftl` files.
    pub fn new(id: &'static str) -> Self {
        Message { id: Cow::Borrowed(id), args: Vec::new() }
    }

    /// A message whose id is made at run time (`--help` texts by command and option);
    /// the completeness test checks those ids apart.
    pub fn new_dynamic(id: &str) -> Self {
        Message { id: Cow::Owned(id.to_string()), args: Vec::new() }
    }

    /// Adds an argument (`{ $name }` in the `.ftl` files).
    #[must_use]
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((Cow::Borrowed(name), value.into()));
        self
    }

    /// The id: stable across languages and releases (`--format json` prints it).
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The message with its `line` argument (a line of the YAML text) counted from
    /// `first_line` of the file instead, as the location beside it is.
    #[must_use]
    pub fn in_file_from(mut self, first_line: usize) -> Self {
        for (name, value) in &mut self.args {
            if let (true, Arg::Count(line)) = (name == "line", &mut *value) {
                *line += i64::try_from(first_line.saturating_sub(1)).unwrap_or(0);
            }
        }
        self
    }

    /// The problem's stable code for machines (`--format json`, GitHub annotations): the
    /// id, or for a message that only places another (`yaml-value-problem`: "… in
    /// `goals[0].target`"), the id of the one it places.
    pub fn code(&self) -> &str {
        match self.get("problem") {
            Some(Arg::Message(inner)) => inner.code(),
            _ => self.id(),
        }
    }

    /// An argument, for code that looks at what a message is about.
    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| n == name).map(|(_, a)| a)
    }

    /// The message as one line of text that passes through a serde error (which only
    /// carries text) and comes back whole with [`Message::decode`].
    pub fn encode(&self) -> String {
        let mut out = format!("{ENCODED}{}", self.id);
        for (name, value) in &self.args {
            let value = match value {
                Arg::Text(t) => format!("t{}", t.replace([SEPARATOR, END], "\u{fffd}")),
                Arg::Count(n) => format!("n{n}"),
                // Nested messages are made only by code, never carried through serde.
                Arg::Message(m) => format!("t{m}"),
            };
            out.push_str(&format!("{SEPARATOR}{name}={value}"));
        }
        out.push(END);
        out
    }

    /// The message [`Message::encode`] wrote at the start of `text`, and what follows
    /// it (serde_yaml appends the position).
    pub fn decode(text: &str) -> Option<(Message, &str)> {
        let rest = text.strip_prefix(ENCODED)?;
        let end = rest.find(END).unwrap_or(rest.len());
        let (body, after) = (&rest[..end], rest.get(end + END.len_utf8()..).unwrap_or_default());
        let mut parts = body.split(SEPARATOR);
        let id = parts.next()?.to_string();
        let mut message = Message { id: Cow::Owned(id), args: Vec::new() };
        for part in parts {
            let (name, value) = part.split_once('=')?;
            let value = match value.split_at_checked(1)? {
                ("n", n) => Arg::Count(n.parse().ok()?),
                (_, t) => Arg::Text(t.to_string()),
            };
            message.args.push((Cow::Owned(name.to_string()), value));
        }
        Some((message, after))
    }
}

/// Marks an encoded message: control characters no YAML scalar in an error can hold
/// unescaped (serde_yaml shows a value's control characters escaped).
const ENCODED: &str = "\u{1}msg:";
const SEPARATOR: char = '\u{1f}';
const END: char = '\u{2}';

/// In English: for tests, logs and `Display` of a diagnostic.
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&Messages::english().text(self))
    }
}

/// A message equals English text when it reads so in English (for tests).
impl PartialEq<&str> for Message {
    fn eq(&self, other: &&str) -> bool {
        Messages::english().text(self) == *other
    }
}

impl serde::Serialize for Message {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl From<String> for Arg {
    fn from(v: String) -> Self {
        Arg::Text(v)
    }
}
impl From<&String> for Arg {
    fn from(v: &String) -> Self {
        Arg::Text(v.clone())
    }
}
impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Arg::Text(v.to_string())
    }
}
impl From<Cow<'_, str>> for Arg {
    fn from(v: Cow<'_, str>) -> Self {
        Arg::Text(v.into_owned())
    }
}
impl From<Message> for Arg {
    fn from(v: Message) -> Self {
        Arg::Message(Box::new(v))
    }
}
macro_rules! count_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(v: $t) -> Self {
                Arg::Count(i64::try_from(v).unwrap_or(i64::MAX))
            }
        }
    )*};
}
count_arg!(usize, u64, u32, u16, i64, i32);

/// Makes a [`Message`]: `msg!("unknown-key", key = name, place = at)`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Message::new($id)$(.arg(stringify!($name), $value))*
    };
}

/// One language's messages.
pub struct Messages {
    tag: &'static str,
    bundle: FluentBundle<FluentResource>,
}

impl fmt::Debug for Messages {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Messages").field("tag", &self.tag).finish()
    }
}

/// The loaded languages, each parsed the first time it is asked for.
fn loaded() -> &'static [OnceLock<Messages>] {
    static LOADED: OnceLock<Vec<OnceLock<Messages>>> = OnceLock::new();
    LOADED.get_or_init(|| MESSAGE_FILES.iter().map(|_| OnceLock::new()).collect())
}

/// The language `--lang` or `RETNING_LANG` asked for, set once by the command line.
static OVERRIDE: OnceLock<Option<&'static str>> = OnceLock::new();

/// Records `--lang` (or, without it, `RETNING_LANG`): it wins over the site's language
/// for the rest of the process. An unknown tag is ignored (the caller says so).
pub fn set_override(tag: Option<&str>) {
    let _ = OVERRIDE.set(tag.and_then(known_tag));
}

/// The tag among the message folders that `requested` names: `da`, `da-DK`,
/// `da_DK.UTF-8`, `no` (Norwegian: bokmål), `nb-NO`.
pub fn known_tag(requested: &str) -> Option<&'static str> {
    let base = requested.split(['.', '@']).next().unwrap_or_default();
    let language = base.split(['_', '-']).next().unwrap_or_default().to_ascii_lowercase();
    let language = match language.as_str() {
        "no" => "nb".to_string(),
        _ => language,
    };
    MESSAGE_FILES.iter().map(|(tag, _)| *tag).find(|tag| *tag == language)
}

/// The language the system asks for: `LC_ALL`, `LC_MESSAGES`, `LANG` (the first one
/// set and not empty, as POSIX orders them), else the user's settings (Windows, macOS),
/// if it is one we have.
fn system_tag() -> Option<&'static str> {
    let from_environment = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|v| !v.is_empty());
    match from_environment {
        Some(value) => known_tag(&value),
        // Windows and macOS keep it in the user's settings, not in the environment.
        None => sys_locale::get_locale().and_then(|locale| known_tag(&locale)),
    }
}

impl Messages {
    /// The messages for a tag among the folders (English for any other).
    pub fn for_tag(tag: &str) -> &'static Messages {
        let index = MESSAGE_FILES
            .iter()
            .position(|(t, _)| *t == tag)
            .or_else(|| MESSAGE_FILES.iter().position(|(t, _)| *t == "en"))
            .expect("the English messages are always built in");
        loaded()[index].get_or_init(|| Messages::load(index))
    }

    /// English: the fallback, and what tests and logs read.
    pub fn english() -> &'static Messages {
        Messages::for_tag("en")
    }

    /// For a site: `--lang`/`RETNING_LANG` if given, else the site's language.
    pub fn for_site(language: Language) -> &'static Messages {
        match OVERRIDE.get().copied().flatten() {
            Some(tag) => Messages::for_tag(tag),
            None => Messages::for_tag(language.code()),
        }
    }

    /// Before a site is known (`init`, usage errors), or when its `site.yaml` names no
    /// language: `--lang`/`RETNING_LANG`, else the system's language, else English.
    pub fn for_system() -> &'static Messages {
        let tag = OVERRIDE.get().copied().flatten().or_else(system_tag).unwrap_or("en");
        Messages::for_tag(tag)
    }

    fn load(index: usize) -> Messages {
        let (tag, files) = MESSAGE_FILES[index];
        let locale = tag.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![locale]);
        // No Unicode isolation marks: terminals and CI logs show them as garbage.
        bundle.set_use_isolating(false);
        for text in files {
            // A file that does not parse is a bug the completeness test catches; what
            // did parse is still used.
            let resource = FluentResource::try_new((*text).to_string()).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(resource);
        }
        Messages { tag, bundle }
    }

    /// The language's tag (`da`, `en`, ...).
    pub fn tag(&self) -> &'static str {
        self.tag
    }

    /// `message` in this language (in English if this language lacks it; the id itself
    /// if no language has it, which a test rules out).
    pub fn text(&self, message: &Message) -> String {
        self.format(message)
            .or_else(|| Messages::english().format(message))
            .unwrap_or_else(|| message.id.to_string())
    }

    /// A message without arguments, by id.
    pub fn say(&self, id: &'static str) -> String {
        self.text(&Message::new(id))
    }

    /// An attribute of a message (`.help`), if it has one here or in English.
    pub fn attribute(&self, id: &str, attribute: &str) -> Option<String> {
        let english = Messages::english();
        [self, english].into_iter().find_map(|messages| {
            let pattern = messages.bundle.get_message(id)?.get_attribute(attribute)?.value();
            let mut errors = Vec::new();
            Some(messages.bundle.format_pattern(pattern, None, &mut errors).into_owned())
        })
    }

    /// True when this language has a message with this id.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    fn format(&self, message: &Message) -> Option<String> {
        let pattern = self.bundle.get_message(&message.id)?.value()?;
        let mut args = FluentArgs::with_capacity(message.args.len());
        for (name, value) in &message.args {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.as_str()),
                Arg::Count(n) => FluentValue::from(*n),
                Arg::Message(inner) => FluentValue::from(self.text(inner)),
            };
            args.set(name.clone(), value);
        }
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(&args), &mut errors);
        Some(text.into_owned())
    }
}

#[cfg(test)]
mod tests;

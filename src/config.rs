//! `site.yaml`: the site's configuration.

use std::path::Path;

use serde::Deserialize;

use crate::error::{did_you_mean, Diagnostic, Diagnostics, Location, ProblemKind};
use crate::i18n::Language;
use crate::model::Date;
use crate::msg;
use crate::yaml::{self, de};

/// The configuration file's name, at the site root.
pub const CONFIG_FILE: &str = "site.yaml";

/// When `root` is not a site (it has no `site.yaml`): what to tell the person, as a
/// message and a fix. Every command says it in these words.
pub fn not_a_site(root: &Path) -> Option<(crate::i18n::Message, crate::i18n::Message)> {
    (!root.join(CONFIG_FILE).is_file())
        .then(|| (msg!("not-a-site", root = root.display().to_string()), msg!("not-a-site-help")))
}

/// The `language:` of the site at `root`, read from the line alone: the language
/// messages are shown in, known even when `site.yaml` has a mistake elsewhere.
pub fn language_of(root: &Path) -> Option<Language> {
    let text = std::fs::read_to_string(root.join(CONFIG_FILE)).ok()?;
    text.lines().find_map(|line| {
        let value = line.strip_prefix("language:")?;
        let value = value.split('#').next().unwrap_or_default();
        Language::parse(value.trim().trim_matches(['"', '\'']))
    })
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    #[serde(deserialize_with = "de::text")]
    title: String,
    #[serde(deserialize_with = "de::text")]
    organisation: String,
    #[serde(deserialize_with = "de::text")]
    base_url: String,
    #[serde(deserialize_with = "de::text")]
    language: String,
    #[serde(default, deserialize_with = "de::opt_date")]
    as_of: Option<Date>,
    #[serde(default, deserialize_with = "de::opt_text")]
    theme: Option<String>,
    #[serde(default, deserialize_with = "de::opt_text")]
    logo: Option<String>,
    #[serde(default, deserialize_with = "de::opt_text")]
    description: Option<String>,
    #[serde(default, deserialize_with = "de::opt_text")]
    accessibility_statement: Option<String>,
    #[serde(default)]
    allow_html: bool,
    #[serde(default)]
    readability: Option<ReadabilityFile>,
    #[serde(default, deserialize_with = "de::opt_text")]
    data_licence: Option<String>,
    #[serde(default)]
    reporting: Option<crate::model::Reporting>,
    #[serde(default)]
    history: Option<bool>,
}

/// `readability:` as written: `off` (or `false`), or settings.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum ReadabilityFile {
    Switch(bool),
    Word(String),
    Settings(ReadabilitySettingsFile),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReadabilitySettingsFile {
    #[serde(default)]
    lix_warn: Option<u32>,
    #[serde(default)]
    strict: bool,
}

/// The site's configuration, validated.
#[derive(Debug, Clone)]
pub struct Config {
    /// Site title.
    pub title: String,
    /// Publishing organisation.
    pub organisation: String,
    /// `base_url` as written.
    pub base_url: String,
    /// The path every internal URL starts with: `/` or `/sub/path/`.
    pub base_path: String,
    /// Scheme and host (`https://x.dk`) when `base_url` is absolute; used for canonical
    /// URLs, the sitemap and the feed.
    pub origin: Option<String>,
    /// UI language and number/date format.
    pub language: Language,
    /// The date progress and status are judged on (default: the build date).
    pub as_of: Option<Date>,
    /// Theme folder name under `themes/`, if not the built-in theme.
    pub theme: Option<String>,
    /// Logo path within the site (under `static/`).
    pub logo: Option<String>,
    /// Site description.
    pub description: Option<String>,
    /// URL of the accessibility statement.
    pub accessibility_statement: Option<String>,
    /// Keep (sanitised) raw HTML in Markdown.
    pub allow_html: bool,
    /// What `check` says about hard texts.
    pub readability: crate::readability::Settings,
    /// The licence of the open data (`data_licence`; CC BY 4.0 when not given).
    pub data_licence: DataLicence,
    /// How often initiatives are reported on (`reporting`; none: nothing is ever
    /// update overdue).
    pub reporting: Option<crate::model::Reporting>,
    /// Read the site's history from git when it is in a repository (`history: false`
    /// turns it off).
    pub history: bool,
    /// What is wrong with `site.yaml` without stopping a build (a relative `base_url`):
    /// reported with the content's problems by `build`, `check` and `serve`.
    pub warnings: Vec<Diagnostic>,
}

impl Config {
    /// A stand-in used when `site.yaml` has errors, so that the content can still be
    /// checked and all problems reported at once. Never used to write a site.
    pub fn fallback() -> Config {
        Config {
            title: String::new(),
            organisation: String::new(),
            base_url: "/".to_string(),
            base_path: "/".to_string(),
            origin: None,
            language: Language::En,
            as_of: None,
            theme: None,
            logo: None,
            description: None,
            accessibility_statement: None,
            allow_html: false,
            readability: crate::readability::Settings::default(),
            data_licence: DataLicence::default(),
            reporting: None,
            history: false,
            warnings: Vec::new(),
        }
    }

    /// An absolute URL for a site path (`/x/`), or the path itself when the site has no
    /// absolute base.
    pub fn absolute_url(&self, path: &str) -> String {
        match &self.origin {
            Some(origin) => format!("{origin}{path}"),
            None => path.to_string(),
        }
    }
}

/// Reads and validates `site.yaml` under `root`.
pub fn load(root: &Path) -> Result<Config, Diagnostics> {
    load_with_text(root).map(|(config, _)| config)
}

/// [`load`], with the text the configuration was parsed from (`serve` keeps it, to tell
/// whether a save changed anything).
pub fn load_with_text(root: &Path) -> Result<(Config, String), Diagnostics> {
    let path = root.join(CONFIG_FILE);
    crate::load::walk::check_inside(root, &path).map_err(|d| Diagnostics::from_iter([*d]))?;
    let text = match crate::load::read_text(&path) {
        Ok(text) => text,
        Err(message) => {
            let help = msg!("no-site-yaml-help");
            let d = Diagnostic::error(ProblemKind::Io, Location::file(CONFIG_FILE), message)
                .with_help(help);
            return Err(Diagnostics::from_iter([d]));
        }
    };
    parse(&text).map(|config| (config, text))
}

/// Validates the text of a `site.yaml`.
pub fn parse(text: &str) -> Result<Config, Diagnostics> {
    let file: ConfigFile = yaml::from_str(text).map_err(|e| {
        let d = Diagnostic::error(e.kind, Location::at(CONFIG_FILE, e.line, e.column), e.message);
        let d = match e.help {
            Some(help) => d.with_help(help),
            None => d,
        };
        Diagnostics::from_iter([d.with_source(text)])
    })?;
    let mut problems = Diagnostics::new();
    let at = |key: &str, value: Option<&str>| {
        let (line, column) = yaml::locate(text, key, value, 1).unwrap_or((1, 1));
        Location::at(CONFIG_FILE, line, column)
    };
    let language = Language::parse(&file.language).unwrap_or_else(|| {
        let codes = Language::ALL.map(Language::code);
        let help = match did_you_mean(&file.language.to_lowercase(), codes) {
            Some(guess) => msg!("unknown-language-help-guess", guess = guess),
            None => msg!("unknown-language-help"),
        };
        problems.push(
            Diagnostic::error(
                ProblemKind::InvalidValue,
                at("language", Some(&file.language)),
                msg!("unknown-language", language = &file.language),
            )
            .with_help(help)
            .with_source(text),
        );
        Language::En
    });
    let (base_path, origin) = match split_base_url(&file.base_url) {
        Some(parts) => parts,
        None => {
            problems.push(
                Diagnostic::error(
                    ProblemKind::InvalidValue,
                    at("base_url", Some(&file.base_url)),
                    msg!("bad-base-url", base_url = &file.base_url),
                )
                .with_help(msg!("bad-base-url-help"))
                .with_source(text),
            );
            ("/".to_string(), None)
        }
    };
    if let Some(theme) = &file.theme {
        let plain = !theme.is_empty()
            && !theme.starts_with('.')
            && theme.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_');
        if !plain {
            problems.push(
                Diagnostic::error(
                    ProblemKind::InvalidValue,
                    at("theme", Some(theme)),
                    msg!("bad-theme-name", theme = theme),
                )
                .with_help(msg!("bad-theme-name-help"))
                .with_source(text),
            );
        }
    }
    if let Some(statement) = &file.accessibility_statement {
        if !is_web_address(statement) {
            problems.push(
                Diagnostic::error(
                    ProblemKind::InvalidValue,
                    at("accessibility_statement", Some(statement)),
                    msg!("not-a-web-address", value = statement),
                )
                .with_help(msg!("accessibility-statement-address-help"))
                .with_source(text),
            );
        }
    }
    let data_licence = match &file.data_licence {
        None => DataLicence::default(),
        Some(written) => DataLicence::parse(written).unwrap_or_else(|| {
            let names: Vec<&str> = KNOWN_LICENCES.iter().map(|(n, _)| *n).collect();
            problems.push(
                Diagnostic::error(
                    ProblemKind::InvalidValue,
                    at("data_licence", Some(written)),
                    msg!("bad-data-licence", value = written),
                )
                .with_help(msg!("bad-data-licence-help", names = names.join(", ")))
                .with_source(text),
            );
            DataLicence::default()
        }),
    };
    let readability = match file.readability {
        None | Some(ReadabilityFile::Switch(true)) => crate::readability::Settings::default(),
        Some(ReadabilityFile::Switch(false)) => {
            crate::readability::Settings { enabled: false, ..Default::default() }
        }
        Some(ReadabilityFile::Word(word)) if word.eq_ignore_ascii_case("off") => {
            crate::readability::Settings { enabled: false, ..Default::default() }
        }
        Some(ReadabilityFile::Word(word)) => {
            problems.push(
                Diagnostic::error(
                    ProblemKind::InvalidValue,
                    at("readability", Some(&word)),
                    msg!("bad-readability", value = &word),
                )
                .with_help(msg!("bad-readability-help"))
                .with_source(text),
            );
            crate::readability::Settings::default()
        }
        Some(ReadabilityFile::Settings(settings)) => crate::readability::Settings {
            enabled: true,
            lix_warn: settings.lix_warn.unwrap_or(crate::readability::DEFAULT_LIX_WARN),
            strict: settings.strict,
        },
    };
    if problems.has_errors() {
        return Err(problems);
    }
    let mut warnings = Vec::new();
    if origin.is_none() {
        warnings.push(relative_base_url(&file.base_url, at("base_url", None)).with_source(text));
    }
    if file.accessibility_statement.is_none() {
        warnings.push(no_accessibility_statement(language, origin.as_deref()));
    }
    Ok(Config {
        title: file.title,
        organisation: file.organisation,
        base_url: file.base_url,
        base_path,
        origin,
        language,
        as_of: file.as_of,
        theme: file.theme.filter(|t| t != "default"),
        logo: file.logo,
        description: file.description,
        accessibility_statement: file.accessibility_statement,
        allow_html: file.allow_html,
        readability,
        data_licence,
        reporting: file.reporting,
        history: file.history.unwrap_or(true),
        warnings,
    })
}

/// A site without `accessibility_statement`: public bodies must link one (the EU web
/// accessibility directive), made where the country makes them. A warning, which
/// `check --strict` fails on.
fn no_accessibility_statement(language: Language, origin: Option<&str>) -> Diagnostic {
    let domain = origin
        .map(|o| o.trim_start_matches("https://").trim_start_matches("http://").replace('.', "-"))
        .unwrap_or_else(|| "<your-domain>".to_string());
    // Where the statement is made depends on the site's country, not on the reader.
    let country = match language {
        Language::Nn => "nb",
        other => other.code(),
    };
    Diagnostic::warning(
        ProblemKind::NoAccessibilityStatement,
        Location::file(CONFIG_FILE),
        msg!("no-accessibility-statement"),
    )
    .with_help(msg!("no-accessibility-statement-help", country = country, domain = domain))
}

/// A `base_url` that is no full address: what needs one is left out. A warning (the
/// site works on the server it is put on), which `check --strict` fails on.
fn relative_base_url(base_url: &str, at: Location) -> Diagnostic {
    Diagnostic::warning(
        ProblemKind::RelativeBaseUrl,
        at,
        msg!("relative-base-url", base_url = base_url),
    )
    .with_help(msg!("relative-base-url-help"))
}

/// The licence the open data is published under (`data_licence` in `site.yaml`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataLicence {
    /// Its address, the licence's identity in the catalogue and the data package.
    pub url: String,
    /// Its short name (`CC-BY-4.0`), as the data package lists it.
    pub name: String,
}

impl Default for DataLicence {
    /// CC BY 4.0: what most Danish and Swedish public bodies publish under.
    fn default() -> DataLicence {
        DataLicence::known("CC-BY-4.0").expect("a known licence")
    }
}

/// The licences `data_licence` may name by their short name (any other is given by its
/// address).
const KNOWN_LICENCES: [(&str, &str); 5] = [
    ("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/"),
    ("CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
    ("CC-BY-SA-4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
    ("NLOD-2.0", "https://data.norge.no/nlod/no/2.0"),
    ("PDDL-1.0", "https://opendatacommons.org/licenses/pddl/1-0/"),
];

impl DataLicence {
    fn known(name: &str) -> Option<DataLicence> {
        KNOWN_LICENCES
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(n, url)| DataLicence { url: url.to_string(), name: n.to_string() })
    }

    /// `data_licence` as written: an SPDX id (those in [`KNOWN_LICENCES`] get their
    /// own address, others their SPDX page), or an `http(s)` address.
    fn parse(text: &str) -> Option<DataLicence> {
        let text = text.trim();
        if let Some(known) = DataLicence::known(text) {
            return Some(known);
        }
        if is_web_address(text) {
            let known = KNOWN_LICENCES.iter().find(|(_, u)| u.eq_ignore_ascii_case(text));
            let name = known.map_or(text, |(n, _)| n).to_string();
            return Some(DataLicence { url: text.to_string(), name });
        }
        let spdx = text.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
            && text.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '+'));
        spdx.then(|| DataLicence {
            url: format!("https://spdx.org/licenses/{text}.html"),
            name: text.to_string(),
        })
    }
}

/// Whether `url` is an absolute `http(s)` address with a host: the only kind a page may
/// link from a field of `site.yaml` (a `javascript:` one would run from every footer).
pub fn is_web_address(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let scheme = ["https://", "http://"].into_iter().find(|s| lower.starts_with(s));
    let rest = scheme.map(|s| &url[s.len()..]);
    rest.is_some_and(|rest| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty() && !url.chars().any(|c| c.is_whitespace() || c.is_control())
    })
}

/// Splits `base_url` into the path all URLs start with and the absolute origin.
fn split_base_url(url: &str) -> Option<(String, Option<String>)> {
    let url = url.trim();
    if url.starts_with('/') {
        return Some((with_slashes(url), None));
    }
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"))?;
    let scheme_len = url.len() - rest.len();
    let (host, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    if host.is_empty() || host.contains(char::is_whitespace) {
        return None;
    }
    Some((with_slashes(path), Some(url[..scheme_len + host.len()].to_string())))
}

fn with_slashes(path: &str) -> String {
    let trimmed = path.trim_matches('/');
    if trimmed.is_empty() {
        "/".to_string()
    } else {
        format!("/{trimmed}/")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = "title: T\norganisation: O\nbase_url: /\nlanguage: da\n";

    #[test]
    fn minimal_config() {
        let c = parse(MINIMAL).unwrap();
        assert_eq!(c.base_path, "/");
        assert_eq!(c.origin, None);
        assert_eq!(c.language, Language::Da);
    }

    #[test]
    fn base_urls() {
        assert_eq!(
            split_base_url("https://strategi.odsherred.dk"),
            Some(("/".into(), Some("https://strategi.odsherred.dk".into())))
        );
        assert_eq!(
            split_base_url("https://x.github.io/repo/"),
            Some(("/repo/".into(), Some("https://x.github.io".into())))
        );
        assert_eq!(split_base_url("strategi.dk"), None);
    }

    #[test]
    fn unknown_key_names_its_line() {
        let e = parse(&format!("{MINIMAL}langauge: da\n")).unwrap_err();
        let d = e.iter().next().unwrap();
        assert_eq!(d.kind, ProblemKind::UnknownKey);
        assert_eq!(d.location.to_string(), "site.yaml:5:1");
        assert!(d.help.as_ref().unwrap().to_string().starts_with("did you mean `language`?"));
        assert_eq!(d.source_line.as_deref(), Some("langauge: da"));
    }

    #[test]
    fn unknown_language() {
        let e = parse("title: T\norganisation: O\nbase_url: /\nlanguage: no\n").unwrap_err();
        let d = e.iter().next().unwrap();
        assert_eq!(d.location.to_string(), "site.yaml:4:11");
        assert!(d.help.as_ref().unwrap().to_string().contains("da, nb, nn, sv, en"));
    }

    #[test]
    fn accessibility_statement_is_a_web_address() {
        let with = |value: &str| parse(&format!("{MINIMAL}accessibility_statement: \"{value}\"\n"));
        assert!(with("https://was.digst.dk/strategi-x-dk").is_ok());
        assert!(with("http://uustatus.no/nb/erklaringer/publisert/x").is_ok());
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,x",
            "//x.dk",
            "https://",
            "www.x.dk",
        ] {
            let problems = with(bad).expect_err(bad);
            let d = problems.iter().next().unwrap();
            assert_eq!(d.location.line, Some(5), "{bad}");
            assert!(d.message.to_string().contains("not a web address"), "{bad}: {}", d.message);
        }
    }
}

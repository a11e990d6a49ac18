//! The domain: strategies, themes, initiatives, directors, goals, budgets.
//!
//! These are the typed documents the load stage produces from front matter. They carry
//! what the author wrote (ids as written, unresolved); the link stage (`crate::link`)
//! resolves ids and computes progress, status and sums.

mod id;
pub mod progress;
pub mod reporting;

pub use reporting::{Cadence, Reporting};

pub use id::{id_rule, is_valid_id, suggest_id, MAX_ID_LEN};

use std::path::PathBuf;
use std::sync::Arc;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::yaml::de;

/// A calendar date (no time of day).
pub type Date = time::Date;

/// A loaded source file: its path relative to the site root and its text.
#[derive(Debug)]
pub struct SourceFile {
    /// Path relative to the site root (`content/x/y.md`), with `/` separators.
    pub path: PathBuf,
    /// The whole text, BOM removed and line endings normalised to `\n`.
    pub text: String,
    /// 1-based line where the YAML front matter starts (0 when the file has none).
    pub front_matter_line: usize,
    /// Where the front matter is in `text`: found once, as messages and `serve`'s
    /// comparisons ask for it many times.
    front_matter: std::ops::Range<usize>,
}

impl SourceFile {
    /// A source file whose front matter starts on `front_matter_line` (0: none) and
    /// lies at `front_matter` in `text` (as `load`'s splitter found them).
    pub fn new(
        path: PathBuf,
        text: String,
        front_matter_line: usize,
        front_matter: std::ops::Range<usize>,
    ) -> SourceFile {
        SourceFile { path, text, front_matter_line, front_matter }
    }

    /// The file's front matter text, if any.
    pub fn front_matter(&self) -> &str {
        &self.text[self.front_matter.clone()]
    }

    /// Turns a position within the front matter into one within the file.
    pub fn file_line(&self, front_matter_line: usize) -> usize {
        self.front_matter_line.saturating_sub(1) + front_matter_line
    }
}

/// A document's Markdown body: a slice of its source file, or (for an inline
/// initiative) the text of its `body` field. Derefs to `str`.
#[derive(Debug, Clone)]
pub enum Body {
    /// The file's text from byte `start` on (the text after the front matter); kept as a
    /// range so a large site does not hold every body twice.
    InSource {
        /// The file.
        source: Arc<SourceFile>,
        /// Byte offset where the body starts.
        start: usize,
    },
    /// A body given as a front-matter field.
    Inline(String),
}

impl Default for Body {
    fn default() -> Self {
        Body::Inline(String::new())
    }
}

impl std::ops::Deref for Body {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            Body::InSource { source, start } => source.text.get(*start..).unwrap_or(""),
            Body::Inline(text) => text,
        }
    }
}

/// Where a document came from.
#[derive(Debug, Clone)]
pub struct Origin {
    /// The file.
    pub source: Arc<SourceFile>,
    /// For an inline initiative, the 1-based line of its entry in the front matter.
    pub inline_line: Option<usize>,
    /// For an inline initiative, its place in the strategy's `initiatives:` list: the
    /// root of the paths that locate its problems.
    pub item: Option<usize>,
}

/// Strategy status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum StrategyStatus {
    /// Not yet adopted.
    Draft,
    /// Adopted and in force (the default).
    #[default]
    Adopted,
    /// No longer in force.
    Archived,
}

impl StrategyStatus {
    /// The name the content model and the open data use.
    pub fn as_str(self) -> &'static str {
        match self {
            StrategyStatus::Draft => "draft",
            StrategyStatus::Adopted => "adopted",
            StrategyStatus::Archived => "archived",
        }
    }
}

/// Initiative status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Past its due date and not done.
    OffTrack,
    /// Behind its schedule by more than 25 points.
    AtRisk,
    /// Running to plan.
    OnTrack,
    /// Not begun.
    NotStarted,
    /// Completed.
    Done,
    /// Stopped; left out of progress means.
    Cancelled,
}

impl Status {
    /// All statuses, in the order the status page lists them (problems first).
    pub const ALL: [Status; 6] = [
        Status::OffTrack,
        Status::AtRisk,
        Status::OnTrack,
        Status::NotStarted,
        Status::Done,
        Status::Cancelled,
    ];

    /// The kebab-case name used in data files and CSS classes.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::NotStarted => "not-started",
            Status::OnTrack => "on-track",
            Status::AtRisk => "at-risk",
            Status::OffTrack => "off-track",
            Status::Done => "done",
            Status::Cancelled => "cancelled",
        }
    }
}

/// An initiative's `status` as written: a status set by hand, or `draft`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InitiativeStatus {
    /// A status set by hand.
    Given(Status),
    /// Not to be published yet: its status is computed as if none were given.
    Draft,
}

impl<'de> Deserialize<'de> for InitiativeStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // The word is judged while the reader is at it, so a problem is placed there.
        struct Word;
        impl serde::de::Visitor<'_> for Word {
            type Value = InitiativeStatus;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a status or `draft`")
            }
            fn visit_str<E: serde::de::Error>(self, word: &str) -> Result<InitiativeStatus, E> {
                // The statuses' own names, and `draft`: an unknown word lists them all.
                const NAMES: [&str; 7] = [
                    "off-track",
                    "at-risk",
                    "on-track",
                    "not-started",
                    "done",
                    "cancelled",
                    "draft",
                ];
                if word == "draft" {
                    return Ok(InitiativeStatus::Draft);
                }
                Status::ALL
                    .into_iter()
                    .find(|s| s.as_str() == word)
                    .map(InitiativeStatus::Given)
                    .ok_or_else(|| E::unknown_variant(word, &NAMES))
            }
        }
        deserializer.deserialize_str(Word)
    }
}

impl InitiativeStatus {
    /// The status set by hand; `None` for a draft.
    pub fn given(self) -> Option<Status> {
        match self {
            InitiativeStatus::Given(status) => Some(status),
            InitiativeStatus::Draft => None,
        }
    }
}

impl InitiativeFields {
    /// The status its author set by hand, if any (a draft sets none).
    pub fn status_given(&self) -> Option<Status> {
        self.status.and_then(InitiativeStatus::given)
    }

    /// Whether it is a draft (`status: draft`).
    pub fn is_draft(&self) -> bool {
        self.status == Some(InitiativeStatus::Draft)
    }
}

/// A strategy's period, in years: `{ start: 2013, end: 2016 }`, or as authors write it
/// in a text, `2013-2016` (any dash) or one year, `2013`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// First year.
    pub start: i32,
    /// Last year.
    pub end: i32,
}

/// The written-out form of a period. (Named `Period` for serde, whose messages name
/// it; `yaml::readable` puts those in an author's words.)
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename = "Period")]
struct PeriodFields {
    start: i32,
    end: i32,
}

impl Period {
    /// `2013-2016`, `2013 – 2016` or `2013`.
    fn parse(text: &str) -> Option<Period> {
        let year = |t: &str| {
            let t = t.trim();
            (t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit())).then(|| t.parse().ok())?
        };
        match text.split_once(['-', '\u{2013}', '\u{2014}']) {
            Some((start, end)) => Some(Period { start: year(start)?, end: year(end)? }),
            None => year(text).map(|y| Period { start: y, end: y }),
        }
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PeriodVisitor;
        impl<'de> serde::de::Visitor<'de> for PeriodVisitor {
            type Value = Period;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct Period")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Period, A::Error> {
                let fields =
                    PeriodFields::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                Ok(Period { start: fields.start, end: fields.end })
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Period, E> {
                Period::parse(v)
                    .ok_or_else(|| E::custom(crate::msg!("value-not-a-period", value = v).encode()))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Period, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Period, E> {
                self.visit_str(&v.to_string())
            }
        }
        deserializer.deserialize_any(PeriodVisitor)
    }
}

/// A theme as a strategy declares it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThemeDecl {
    /// Global theme id.
    #[serde(deserialize_with = "de::text")]
    pub id: String,
    /// Title.
    #[serde(deserialize_with = "de::text")]
    pub title: String,
    /// Optional Markdown summary.
    #[serde(default, deserialize_with = "de::opt_text")]
    pub summary: Option<String>,
}

/// One measurement of a goal.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measurement {
    /// When it was measured.
    #[serde(deserialize_with = "de::date")]
    pub date: Date,
    /// The value measured.
    #[serde(deserialize_with = "de::decimal")]
    pub value: Decimal,
}

/// A goal with a target and, perhaps, a measured value.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    /// What is to be achieved.
    #[serde(deserialize_with = "de::text")]
    pub text: String,
    /// Free-text unit ("%", "mio. kr.", "borgere").
    #[serde(default, deserialize_with = "de::opt_text")]
    pub unit: Option<String>,
    /// Value at the start (0 when absent).
    #[serde(default, deserialize_with = "de::opt_decimal")]
    pub baseline: Option<Decimal>,
    /// Value aimed for.
    #[serde(deserialize_with = "de::decimal")]
    pub target: Decimal,
    /// Latest measured value.
    #[serde(default, deserialize_with = "de::opt_decimal")]
    pub current: Option<Decimal>,
    /// When the target is to be met.
    #[serde(default, deserialize_with = "de::opt_date")]
    pub due: Option<Date>,
    /// Measurements, oldest first.
    #[serde(default)]
    pub history: Vec<Measurement>,
}

/// An item of an initiative's checklist.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// What is to be done.
    #[serde(deserialize_with = "de::text")]
    pub text: String,
    /// Whether it is done.
    #[serde(default)]
    pub done: bool,
    /// When it is due.
    #[serde(default, deserialize_with = "de::opt_date")]
    pub due: Option<Date>,
}

/// A planned (and perhaps realised) amount for a year.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BudgetLine {
    /// Budget year.
    pub year: i32,
    /// What the amount is for.
    #[serde(default, deserialize_with = "de::opt_text")]
    pub label: Option<String>,
    /// Unit, e.g. "mio. kr.".
    #[serde(default, deserialize_with = "de::opt_text")]
    pub unit: Option<String>,
    /// Planned amount.
    #[serde(deserialize_with = "de::decimal")]
    pub target: Decimal,
    /// Amount achieved so far.
    #[serde(default, deserialize_with = "de::opt_decimal")]
    pub realised: Option<Decimal>,
}

impl BudgetLine {
    /// The unit, "" when none was given.
    pub fn unit(&self) -> &str {
        self.unit.as_deref().unwrap_or("")
    }
}

/// The fields of an initiative, as written in its own file or inline in a strategy.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InitiativeFields {
    /// Id; required inline, else the file name.
    #[serde(default, deserialize_with = "de::opt_text")]
    pub id: Option<String>,
    /// Title.
    #[serde(deserialize_with = "de::text")]
    pub title: String,
    /// Theme id(s) of its strategy.
    #[serde(default, deserialize_with = "de::one_or_many")]
    pub theme: Vec<String>,
    /// Director id(s).
    #[serde(default, deserialize_with = "de::one_or_many")]
    pub responsible: Vec<String>,
    /// Start date.
    #[serde(default, deserialize_with = "de::opt_date")]
    pub start: Option<Date>,
    /// Due date.
    #[serde(default, deserialize_with = "de::opt_date")]
    pub due: Option<Date>,
    /// Status override, or `draft` (not published by `build` unless `--drafts`).
    #[serde(default)]
    pub status: Option<InitiativeStatus>,
    /// Progress override, percent 0..100.
    #[serde(default, deserialize_with = "de::opt_decimal")]
    pub progress: Option<Decimal>,
    /// Goals.
    #[serde(default)]
    pub goals: Vec<Goal>,
    /// Checklist.
    #[serde(default)]
    pub actions: Vec<Action>,
    /// Budget lines.
    #[serde(default)]
    pub budget: Vec<BudgetLine>,
    /// Related initiative ids (`id` or `strategy/id`).
    #[serde(default, deserialize_with = "de::one_or_many")]
    pub related: Vec<String>,
    /// Last change.
    #[serde(default, deserialize_with = "de::opt_date")]
    pub updated: Option<Date>,
    /// How often it is reported on, when not as its strategy or the site says.
    #[serde(default)]
    pub reporting: Option<Reporting>,
    /// Inline only: Markdown body.
    #[serde(default, deserialize_with = "de::opt_text")]
    pub body: Option<String>,
}

/// A strategy's front matter.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StrategyFields {
    /// Id override.
    #[serde(default, deserialize_with = "de::opt_text")]
    pub id: Option<String>,
    /// Title.
    #[serde(deserialize_with = "de::text")]
    pub title: String,
    /// Subtitle.
    #[serde(default, deserialize_with = "de::opt_text")]
    pub subtitle: Option<String>,
    /// Years covered.
    #[serde(default)]
    pub period: Option<Period>,
    /// Adoption date.
    #[serde(default, deserialize_with = "de::opt_date")]
    pub adopted: Option<Date>,
    /// Who adopted it.
    #[serde(default, deserialize_with = "de::opt_text")]
    pub adopted_by: Option<String>,
    /// Owning director id.
    #[serde(default, deserialize_with = "de::opt_text")]
    pub owner: Option<String>,
    /// Draft, adopted or archived.
    #[serde(default)]
    pub status: StrategyStatus,
    /// Themes, in order.
    #[serde(default)]
    pub themes: Vec<ThemeDecl>,
    /// Strategy-level goals.
    #[serde(default)]
    pub goals: Vec<Goal>,
    /// Strategy-level budget.
    #[serde(default)]
    pub budget: Vec<BudgetLine>,
    /// Inline initiatives.
    #[serde(default)]
    pub initiatives: Vec<InitiativeFields>,
    /// How often its initiatives are reported on, when not as the site says.
    #[serde(default)]
    pub reporting: Option<Reporting>,
}

/// A director's front matter.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DirectorFields {
    /// Id override.
    #[serde(default, deserialize_with = "de::opt_text")]
    pub id: Option<String>,
    /// Full name.
    #[serde(deserialize_with = "de::text")]
    pub name: String,
    /// Job title.
    #[serde(default, deserialize_with = "de::opt_text")]
    pub title: Option<String>,
    /// Area of responsibility.
    #[serde(default, deserialize_with = "de::opt_text")]
    pub area: Option<String>,
    /// E-mail address.
    #[serde(default, deserialize_with = "de::opt_text")]
    pub email: Option<String>,
}

/// The front page's optional front matter.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontPageFields {
    /// Heading of the front page (defaults to the site title).
    #[serde(default, deserialize_with = "de::opt_text")]
    pub title: Option<String>,
    /// Description for search engines.
    #[serde(default, deserialize_with = "de::opt_text")]
    pub description: Option<String>,
}

/// A director document.
#[derive(Debug, Clone)]
pub struct Director {
    /// Id.
    pub id: String,
    /// Front matter.
    pub fields: DirectorFields,
    /// Markdown biography.
    pub body: Body,
    /// Source.
    pub origin: Origin,
}

/// An initiative document, from a file or inline.
#[derive(Debug, Clone)]
pub struct Initiative {
    /// Id (unique within its strategy).
    pub id: String,
    /// Its strategy's id.
    pub strategy: String,
    /// Front matter.
    pub fields: InitiativeFields,
    /// Markdown body.
    pub body: Body,
    /// Source.
    pub origin: Origin,
}

/// A strategy document.
#[derive(Debug, Clone)]
pub struct Strategy {
    /// Id.
    pub id: String,
    /// Front matter, without its inline initiatives (moved to `Initiative`s).
    pub fields: StrategyFields,
    /// Markdown body.
    pub body: Body,
    /// Source.
    pub origin: Origin,
}

/// The front page text.
#[derive(Debug, Clone, Default)]
pub struct FrontPage {
    /// Front matter.
    pub fields: FrontPageFields,
    /// Markdown body.
    pub body: Body,
    /// Source file, when there is one.
    pub origin: Option<Origin>,
}

/// Everything the load stage read: typed documents, ids as written.
#[derive(Debug, Default)]
pub struct Documents {
    /// `content/index.md`.
    pub front_page: FrontPage,
    /// Directors, sorted by id.
    pub directors: Vec<Director>,
    /// Strategies, sorted by id.
    pub strategies: Vec<Strategy>,
    /// Initiatives: per strategy inline ones in order, then files by name.
    pub initiatives: Vec<Initiative>,
    /// Ids (from file names) of documents whose files failed to parse.
    pub failed_ids: Vec<String>,
    /// Paths of content files that failed to parse.
    pub failed_paths: Vec<PathBuf>,
}

/// Today's date (UTC): what progress is judged on when `site.yaml` gives no `as_of`,
/// and the date new files start from.
pub fn today() -> Date {
    time::OffsetDateTime::now_utc().date()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_period_is_written_out_or_as_said() {
        let period = |yaml: &str| {
            #[derive(Deserialize)]
            struct S {
                period: Period,
            }
            crate::yaml::from_str::<S>(yaml).map(|s| (s.period.start, s.period.end))
        };
        for written in ["{ start: 2013, end: 2016 }", "2013-2016", "2013 – 2016", "\"2013—2016\""]
        {
            assert_eq!(period(&format!("period: {written}")).ok(), Some((2013, 2016)), "{written}");
        }
        assert_eq!(period("period: 2013").ok(), Some((2013, 2013)));
        for wrong in
            ["2013-16", "13-16", "2013-2016-2019", "snart", "{ start: 2013 }", "[2013, 2016]"]
        {
            assert!(period(&format!("period: {wrong}")).is_err(), "{wrong}");
        }
    }
}

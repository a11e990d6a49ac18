//! The skeletons: front matter written line by line with comments in the site's
//! language, examples commented out, references filled in when there is one choice.

use std::fmt::Write as _;

use super::*;
/// Builds a commented YAML document line by line.
pub(super) struct Out {
    pub(super) text: String,
    /// Write examples as active lines (tests use this to check they parse).
    pub(super) examples_active: bool,
}

impl Out {
    pub(super) fn new(examples_active: bool) -> Out {
        Out { text: String::from("---\n"), examples_active }
    }

    /// A comment, wrapped at 80 columns, at `indent` spaces.
    pub(super) fn note(&mut self, indent: usize, text: &str) {
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
    pub(super) fn line(&mut self, indent: usize, line: &str) {
        let _ = writeln!(self.text, "{}{line}", " ".repeat(indent));
    }

    /// A commented-out example line: deleting `# ` makes it active.
    pub(super) fn example(&mut self, indent: usize, line: &str) {
        if self.examples_active {
            self.line(indent, line);
        } else {
            let _ = writeln!(self.text, "# {}{line}", " ".repeat(indent));
        }
    }

    pub(super) fn blank(&mut self) {
        self.text.push('\n');
    }

    /// A key whose value may be known (active) or only exemplified (commented out).
    pub(super) fn pick(&mut self, key: &str, pick: &Pick, placeholder: &str, w: &Words) {
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

    pub(super) fn finish(mut self, body: &str) -> String {
        self.text.push_str("---\n");
        self.text.push_str(body);
        self.text
    }
}

/// A reference to fill in, or to suggest.
pub(super) struct Pick {
    /// The value to write as an active key.
    pub(super) value: Option<String>,
    /// Known ids, listed in a comment when there is no value.
    pub(super) known: Vec<String>,
    /// The value is the only candidate (say so).
    pub(super) only: bool,
}

impl Pick {
    pub(super) fn from_known(value: Option<String>, known: &[String], only: bool) -> Pick {
        Pick { only: only && value.is_some(), value, known: known.to_vec() }
    }
}

pub(super) struct ThemeSpec {
    pub(super) id: String,
    pub(super) title: String,
    pub(super) summary: String,
}

pub(super) struct StrategySpec<'a> {
    pub(super) id: &'a str,
    pub(super) title: String,
    pub(super) subtitle: Option<String>,
    /// The years it covers, where they are certain (both in the id); else a
    /// commented placeholder that `check` reminds of.
    pub(super) period: Option<(i32, i32)>,
    /// The year the examples use (the period's first, else this year).
    pub(super) first_year: i32,
    pub(super) adopted_by: Option<String>,
    pub(super) owner: Pick,
    pub(super) status: &'static str,
    pub(super) themes: Vec<ThemeSpec>,
    pub(super) body: String,
}

pub(super) struct GoalSpec {
    pub(super) text: String,
    pub(super) unit: String,
    pub(super) baseline: &'static str,
    pub(super) target: &'static str,
    pub(super) current: &'static str,
    pub(super) due: Date,
    pub(super) history: Vec<(Date, &'static str)>,
}

pub(super) struct InitiativeSpec<'a> {
    pub(super) id: &'a str,
    pub(super) strategy: &'a str,
    /// The strategy's title, when known (for the opening comment).
    pub(super) strategy_title: Option<&'a str>,
    pub(super) strategy_file: &'a str,
    pub(super) title: String,
    pub(super) theme: Pick,
    pub(super) responsible: Pick,
    pub(super) start: Option<Date>,
    pub(super) due: Option<Date>,
    pub(super) goals: Vec<GoalSpec>,
    pub(super) actions: Vec<(String, bool)>,
    pub(super) updated: Date,
    pub(super) body: String,
}

pub(super) struct DirectorSpec<'a> {
    pub(super) id: &'a str,
    pub(super) name: String,
    pub(super) title: Option<String>,
    pub(super) area: Option<String>,
    pub(super) email: Option<String>,
    pub(super) body: String,
}

pub(super) fn iso(date: Date) -> String {
    crate::i18n::Formatter::iso_date(date)
}

pub(super) fn date(year: i32, month: time::Month, day: u8) -> Date {
    Date::from_calendar_date(year, month, day).unwrap_or(Date::MIN)
}

/// Opening comments every skeleton shares.
pub(super) fn preamble(out: &mut Out, w: &Words, header: &str) {
    out.note(0, header);
    out.note(0, w.intro);
    out.note(0, w.uncomment);
    out.blank();
}

/// "a (A), b (B) or c (C)."
pub(super) fn labelled_list(w: &Words, items: &[(&str, &str)]) -> String {
    let parts: Vec<String> = items.iter().map(|(k, l)| format!("{k} ({l})")).collect();
    match parts.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            format!("{} {} {last}.", rest.join(", "), w.or)
        }
        Some((last, _)) => format!("{last}."),
        None => String::new(),
    }
}

pub(super) fn strategy_text(
    lang: Language,
    spec: &StrategySpec<'_>,
    examples_active: bool,
) -> String {
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
    match spec.period {
        Some((start, end)) => {
            out.note(0, w.s_period);
            out.line(0, &format!("period: {{ start: {start}, end: {end} }}"));
        }
        None => {
            out.note(0, &format!("{} {}", w.s_period, w.s_period_to_fill));
            out.example(0, &format!("period: {}-{}", spec.first_year, spec.first_year + 3));
        }
    }
    out.note(0, &format!("{} {}", w.s_adopted, w.dates));
    out.example(0, &format!("adopted: {}-01-15", spec.first_year));
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
    out.example(2, &format!("- year: {}", spec.first_year));
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

pub(super) fn initiative_text(
    lang: Language,
    spec: &InitiativeSpec<'_>,
    examples_active: bool,
) -> String {
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

pub(super) fn director_text(
    lang: Language,
    spec: &DirectorSpec<'_>,
    examples_active: bool,
) -> String {
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

pub(super) fn site_yaml(
    lang: Language,
    title: &str,
    organisation: &str,
    base_url: &str,
    accessibility_statement: Option<&str>,
    year: i32,
) -> String {
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
    match accessibility_statement {
        Some(address) => out.line(0, &format!("accessibility_statement: {}", scalar(address))),
        None => out.example(0, "accessibility_statement: https://www.example.org/accessibility"),
    }
    out.note(0, w.y_theme);
    out.example(0, "theme: my-theme");
    out.text
}

/// Every file of a new site, relative to its folder.
pub(super) fn init_files(
    lang: Language,
    options: &InitOptions,
    today: Date,
) -> Vec<(String, String)> {
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
        period: Some((year, year + 3)),
        first_year: year,
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
        (CONFIG_FILE.to_string(), site_yaml(
                lang,
                &title,
                &organisation,
                options.base_url.as_deref().unwrap_or("/"),
                options.accessibility_statement.as_deref(),
                year,
            )),
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

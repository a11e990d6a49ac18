//! [`UiText`]: every fixed piece of interface text, one value per language (the
//! values are in `ui_texts`).

/// Every fixed piece of interface text, in one language.
///
/// Templates print these as `{{ t.field }}`. Each language has one `static` (see
/// [`Language::ui`]); the texts are written for that language, not translated word for
/// word (Bokmål and Nynorsk differ: "Ansvarlig"/"Ansvarleg", "Fremdrift"/"Framdrift").
/// Sentences end with a full stop; labels and headings do not.
#[derive(Debug, serde::Serialize)]
pub struct UiText {
    /// The language's name in itself ("Dansk").
    pub lang_name: &'static str,
    /// Label for the page language ("Sprog").
    pub language: &'static str,
    /// The skip link to the main content.
    pub skip_to_content: &'static str,
    /// Accessible name of the main navigation.
    pub main_navigation: &'static str,
    /// Accessible name of the breadcrumb trail.
    pub breadcrumbs: &'static str,
    /// The button that opens the navigation on small screens.
    pub menu: &'static str,
    /// The front page, in navigation.
    pub home: &'static str,
    /// Strategies (plural heading).
    pub strategies: &'static str,
    /// Strategy (singular label).
    pub strategy: &'static str,
    /// Themes (plural heading; the theme index).
    pub themes: &'static str,
    /// Theme (singular label).
    pub theme: &'static str,
    /// Initiatives (plural heading).
    pub initiatives: &'static str,
    /// Initiative (singular label).
    pub initiative: &'static str,
    /// Link or heading for the list of every initiative.
    pub all_initiatives: &'static str,
    /// Directors (plural heading; the director index).
    pub directors: &'static str,
    /// Director (singular label).
    pub director: &'static str,
    /// The status page: every initiative by status.
    pub status_overview: &'static str,
    /// Search (link, heading and button).
    pub search: &'static str,
    /// Label of the search field.
    pub search_label: &'static str,
    /// Placeholder text in the search field.
    pub search_placeholder: &'static str,
    /// Shown when JavaScript is off: search needs it; browse the indexes instead.
    pub search_no_js: &'static str,
    /// The search page opened from disk (file://), where the browser fetches nothing:
    /// search needs the site served.
    pub search_on_disk: &'static str,
    /// Shown when a search finds nothing.
    pub search_no_results: &'static str,
    /// Footer link to the accessibility statement.
    pub accessibility_statement: &'static str,
    /// Heading of the 404 page.
    pub page_not_found: &'static str,
    /// Text of the 404 page.
    pub page_not_found_text: &'static str,
    /// Link back to the front page.
    pub back_to_front_page: &'static str,
    /// The director responsible for an initiative.
    pub responsible: &'static str,
    /// A further director sharing responsibility.
    pub co_responsible: &'static str,
    /// Heading on a director's page: what they are responsible for.
    pub responsible_for: &'static str,
    /// The director who owns a strategy.
    pub owner: &'static str,
    /// Goals (plural heading).
    pub goals: &'static str,
    /// Goal (singular label; column heading).
    pub goal: &'static str,
    /// Actions (plural heading of an initiative's checklist).
    pub actions: &'static str,
    /// Action (singular label; column heading).
    pub action: &'static str,
    /// Status of a checklist action that is done (also for screen readers).
    pub action_done: &'static str,
    /// Status of a checklist action that is not done yet.
    pub action_not_done: &'static str,
    /// Budget (heading).
    pub budget: &'static str,
    /// Heading of budget totals per year.
    pub budget_by_year: &'static str,
    /// Year (column heading).
    pub year: &'static str,
    /// The planned, budgeted amount (column heading).
    pub planned: &'static str,
    /// The amount realised so far (column heading).
    pub realised: &'static str,
    /// A sum row ("I alt").
    pub total: &'static str,
    /// A budget line's label (column heading).
    pub label: &'static str,
    /// Heading of an initiative's related initiatives.
    pub related_initiatives: &'static str,
    /// Heading of back-links: the initiatives that mention this one.
    pub referenced_by: &'static str,
    /// Progress (label; column heading).
    pub progress: &'static str,
    /// Progress of everything together (front page, strategy).
    pub overall_progress: &'static str,
    /// A goal's progress from baseline towards target.
    pub progress_of_goal: &'static str,
    /// Progress measured as the share of actions done.
    pub progress_of_actions: &'static str,
    /// Shown where progress is not measured at all.
    pub no_progress: &'static str,
    /// Heading of progress per theme.
    pub by_theme: &'static str,
    /// Status (label; column heading).
    pub status: &'static str,
    /// Precedes the date progress and status are judged on ("Status pr. 30. juni 2013").
    pub as_of: &'static str,
    /// A strategy's period (years).
    pub period: &'static str,
    /// The date a strategy was adopted.
    pub adopted: &'static str,
    /// Who adopted a strategy.
    pub adopted_by: &'static str,
    /// An initiative's start date.
    pub start: &'static str,
    /// A due date.
    pub due: &'static str,
    /// The date of an initiative's last change.
    pub updated: &'static str,
    /// Heading of the most recently updated initiatives.
    pub recently_updated: &'static str,
    /// A goal's value at the start (column heading).
    pub baseline: &'static str,
    /// A goal's target value (column heading).
    pub target: &'static str,
    /// A goal's latest measured value (column heading).
    pub current: &'static str,
    /// A goal's unit (column heading).
    pub unit: &'static str,
    /// Heading of a goal's measurements over time.
    pub history: &'static str,
    /// Date (column heading).
    pub date: &'static str,
    /// Value (column heading).
    pub value: &'static str,
    /// Shown for a goal with no measured value yet.
    pub not_measured: &'static str,
    /// A director's area of responsibility.
    pub area: &'static str,
    /// Email address (label).
    pub email: &'static str,
    /// A person's job title (label).
    pub title: &'static str,
    /// Shown where a list of initiatives is empty.
    pub no_initiatives: &'static str,
    /// Shown where a list of goals is empty.
    pub no_goals: &'static str,
    /// Shown where a list of actions is empty.
    pub no_actions: &'static str,
    /// Shown where there is no budget.
    pub no_budget: &'static str,
    /// Heading of the embeddable progress badge's code.
    pub embed_badge: &'static str,
    /// One sentence: copy this code to show the badge on another site.
    pub embed_badge_help: &'static str,
    /// The word before the percentage in a badge and its text alternative.
    pub badge_alt_progress: &'static str,
    /// A button that copies code to the clipboard.
    pub copy: &'static str,
    /// Confirmation after copying.
    pub copied: &'static str,
    /// Link to the whole strategy on one page (for printing).
    pub print_view: &'static str,
    /// Print (button).
    pub print: &'static str,
    /// Heading of the open-data downloads.
    pub open_data: &'static str,
    /// Link to the site's data as JSON.
    pub download_json: &'static str,
    /// Link to the goals as CSV.
    pub download_csv: &'static str,
    /// Footer link to the open data as an Excel workbook, for people.
    pub download_workbook: &'static str,
    /// Footer link to the open data as CSV files described by a data package, for
    /// programs.
    pub download_package: &'static str,
    /// Link to the Atom feed.
    pub feed: &'static str,
    /// Link to the sitemap.
    pub sitemap: &'static str,
    /// Heading of a table of contents.
    pub contents: &'static str,
    /// Summary (heading or label).
    pub summary: &'static str,
    /// Description (heading or label).
    pub description: &'static str,
    /// Link to the full text of something summarised.
    pub read_more: &'static str,
    /// Short link or button for more of a list.
    pub more: &'static str,
    /// Filter (label or button).
    pub filter: &'static str,
    /// Title of the budget chart.
    pub chart_budget_title: &'static str,
    /// Title of a goal's history chart.
    pub chart_history_title: &'static str,
    /// Title of the chart of progress per initiative.
    pub chart_progress_title: &'static str,
    /// Caption of the goals table.
    pub table_caption_goals: &'static str,
    /// Caption of the budget table.
    pub table_caption_budget: &'static str,
    /// Caption of the actions table.
    pub table_caption_actions: &'static str,
    /// Initiative status `not-started`.
    pub status_not_started: &'static str,
    /// Initiative status `on-track`.
    pub status_on_track: &'static str,
    /// Initiative status `at-risk`.
    pub status_at_risk: &'static str,
    /// Initiative status `off-track`.
    pub status_off_track: &'static str,
    /// Initiative status `done`.
    pub status_done: &'static str,
    /// Initiative status `cancelled`.
    pub status_cancelled: &'static str,
    /// The heading of the legend that says what each status means.
    pub status_legend: &'static str,
    /// What `on-track` means.
    pub status_on_track_means: &'static str,
    /// What `at-risk` means.
    pub status_at_risk_means: &'static str,
    /// What `off-track` means.
    pub status_off_track_means: &'static str,
    /// What `not-started` means.
    pub status_not_started_means: &'static str,
    /// What `done` means.
    pub status_done_means: &'static str,
    /// What `cancelled` means.
    pub status_cancelled_means: &'static str,
    /// Closes the legend: a status may be set by hand.
    pub status_set_by_hand: &'static str,
    /// Beside an initiative's status when its update is overdue (reporting cadence).
    pub update_overdue: &'static str,
    /// How often initiatives are reported on: month, quarter, half-year, year (after
    /// "reported on", "følges op").
    pub every_month: &'static str,
    /// See `every_month`.
    pub every_quarter: &'static str,
    /// See `every_month`.
    pub every_half_year: &'static str,
    /// See `every_month`.
    pub every_year: &'static str,
    /// The next update's last day, `{date}` and `{every}` filled in.
    pub follow_up_due: &'static str,
    /// An overdue update's last day, `{date}` and `{every}` filled in.
    pub follow_up_overdue: &'static str,
    /// An initiative never updated, with nothing to count from; `{every}` filled in.
    pub follow_up_never: &'static str,
    /// Heading of the list of initiatives whose update is overdue (status and director
    /// pages).
    pub needs_update: &'static str,
    /// Under that heading: what "update overdue" means.
    pub needs_update_means: &'static str,
    /// The method page's title, and the links to it (status legend, footer).
    pub method_link: &'static str,
    /// Beside an initiative's progress: it is the mean of its measured goals'.
    pub progress_from_goals: &'static str,
    /// Beside an initiative's progress: it is the share of actions done.
    pub progress_from_actions: &'static str,
    /// Beside an initiative's progress: the person responsible gave it.
    pub progress_from_override: &'static str,
    /// Heading of the theme × director matrix (themes index, strategy pages).
    pub matrix_heading: &'static str,
    /// Under it: what the numbers are, and that they lead to the lists.
    pub matrix_means: &'static str,
    /// Heading of a theme page's initiatives grouped by responsible director.
    pub by_director: &'static str,
    /// On a strategy's page, when its initiatives have budget lines: the total is the
    /// sum of its own lines and theirs.
    pub budget_total_means: &'static str,
    /// Caption of the strategy's own budget lines.
    pub budget_own_lines: &'static str,
    /// Caption of its initiatives' budget lines.
    pub budget_from_initiatives: &'static str,
    /// Strategy status `draft`.
    pub strategy_status_draft: &'static str,
    /// The banner on a draft strategy's pages and its initiatives' (seen in `serve` and
    /// `build --drafts` only).
    pub draft_banner: &'static str,
    /// Strategy status `adopted`.
    pub strategy_status_adopted: &'static str,
    /// Strategy status `archived`.
    pub strategy_status_archived: &'static str,
    /// Warning (singular label).
    pub warning: &'static str,
    /// Error (singular label).
    pub error: &'static str,
    /// Heading of the build-error overlay.
    pub errors_in_build: &'static str,
    /// Precedes the organisation's name in the footer.
    pub published_by: &'static str,
}

impl UiText {
    /// The label of an initiative's status.
    pub fn status_label(&self, status: crate::model::Status) -> &'static str {
        use crate::model::Status;
        match status {
            Status::NotStarted => self.status_not_started,
            Status::OnTrack => self.status_on_track,
            Status::AtRisk => self.status_at_risk,
            Status::OffTrack => self.status_off_track,
            Status::Done => self.status_done,
            Status::Cancelled => self.status_cancelled,
        }
    }

    /// The label of an initiative status as the content model spells it
    /// (`not-started`, `on-track`, `at-risk`, `off-track`, `done`, `cancelled`), or
    /// `None` for anything else.
    #[must_use]
    pub fn status_label_named(&self, status: &str) -> Option<&'static str> {
        let status = crate::model::Status::ALL.into_iter().find(|s| s.as_str() == status)?;
        Some(self.status_label(status))
    }

    /// How often initiatives are reported on, as said after "reported on".
    pub fn cadence(&self, every: crate::model::Cadence) -> &'static str {
        use crate::model::Cadence;
        match every {
            Cadence::Month => self.every_month,
            Cadence::Quarter => self.every_quarter,
            Cadence::HalfYear => self.every_half_year,
            Cadence::Year => self.every_year,
        }
    }

    /// What an initiative's status means, in a sentence.
    pub fn status_meaning(&self, status: crate::model::Status) -> &'static str {
        use crate::model::Status;
        match status {
            Status::NotStarted => self.status_not_started_means,
            Status::OnTrack => self.status_on_track_means,
            Status::AtRisk => self.status_at_risk_means,
            Status::OffTrack => self.status_off_track_means,
            Status::Done => self.status_done_means,
            Status::Cancelled => self.status_cancelled_means,
        }
    }

    /// The label of a strategy status as the content model spells it (`draft`,
    /// `adopted`, `archived`), or `None` for anything else.
    #[must_use]
    pub fn strategy_status_label(&self, status: &str) -> Option<&'static str> {
        Some(match status {
            "draft" => self.strategy_status_draft,
            "adopted" => self.strategy_status_adopted,
            "archived" => self.strategy_status_archived,
            _ => return None,
        })
    }
}

//! The words of the site's history (timelines, revisions, changes since the last
//! report) in each language: data tables, one `static` per language. `{…}` marks a
//! value filled in when the page is made.

use serde::Serialize;

/// What history pages and timelines say.
#[derive(Debug, Serialize)]
pub struct HistoryText {
    /// Heading of an initiative's or strategy's timeline.
    pub timeline_heading: &'static str,
    /// Under it: where the timeline comes from.
    pub timeline_intro: &'static str,
    /// `{reason}` filled in: history cannot be shown.
    pub unavailable: &'static str,
    /// Reason: `history: false` in site.yaml.
    pub reason_turned_off: &'static str,
    /// Reason: the site is not in git.
    pub reason_not_in_git: &'static str,
    /// Reason: a shallow clone.
    pub reason_shallow: &'static str,
    /// Reason: no commits yet.
    pub reason_no_commits: &'static str,
    /// Reason: the repository could not be read.
    pub reason_unreadable: &'static str,
    /// The document first appeared.
    pub created: &'static str,
    /// Field: title.
    pub title: &'static str,
    /// Field: the status set by hand.
    pub status: &'static str,
    /// Field: the progress set by hand.
    pub progress: &'static str,
    /// Field: responsible.
    pub responsible: &'static str,
    /// Field: start.
    pub start: &'static str,
    /// Field: the deadline.
    pub due: &'static str,
    /// `{goal}` filled in: a goal's target.
    pub goal_target: &'static str,
    /// `{goal}` filled in: a goal's baseline.
    pub goal_baseline: &'static str,
    /// `{goal}` filled in: a goal's deadline.
    pub goal_due: &'static str,
    /// `{goal}` filled in: a goal's measured value.
    pub goal_current: &'static str,
    /// A goal was added.
    pub goal_added: &'static str,
    /// A goal was taken out.
    pub goal_removed: &'static str,
    /// A value that was not given.
    pub not_given: &'static str,
    /// `{what}`, `{from}`, `{to}` filled in: one change.
    pub change: &'static str,
    /// `{what}`, `{from}`, `{to}`, `{date}` filled in: a revision, beside the goal.
    pub revised: &'static str,
    /// Label of the commit message.
    pub note: &'static str,
    /// The revisions page's title.
    pub revisions_title: &'static str,
    /// What the revisions page lists.
    pub revisions_intro: &'static str,
    /// No revisions.
    pub no_revisions: &'static str,
    /// The changes page's title.
    pub changes_title: &'static str,
    /// `{date}` filled in: what the changes page lists.
    pub changes_intro: &'static str,
    /// `{date}` filled in: nothing changed.
    pub no_changes: &'static str,
    /// Column: date.
    pub col_date: &'static str,
    /// Column: what changed.
    pub col_change: &'static str,
    /// Column: the initiative or strategy.
    pub col_subject: &'static str,
    /// `{site}` filled in: the revisions feed's title.
    pub feed_title: &'static str,
    /// The footer's link to the revisions feed.
    pub feed_label: &'static str,
    /// `serve` only: changes in the files not yet committed.
    pub uncommitted: &'static str,
}

pub(super) static DA: HistoryText = HistoryText {
    timeline_heading: "Ændringer over tid",
    timeline_intro: "Hvad der er ændret i planen, og hvornår, ifølge versionshistorikken. Nyeste først.",
    unavailable: "Ændringshistorikken kan ikke vises: {reason}.",
    reason_turned_off: "den er slået fra i webstedets indstillinger",
    reason_not_in_git: "webstedets filer ligger ikke i et git-arkiv",
    reason_shallow: "webstedet er bygget fra en kopi uden den ældre historik",
    reason_no_commits: "der er endnu ikke gemt nogen versioner",
    reason_unreadable: "versionshistorikken kunne ikke læses",
    created: "Oprettet",
    title: "Titel",
    status: "Status (sat manuelt)",
    progress: "Fremdrift (sat manuelt)",
    responsible: "Ansvarlig",
    start: "Start",
    due: "Frist",
    goal_target: "Målværdi for »{goal}«",
    goal_baseline: "Udgangspunkt for »{goal}«",
    goal_due: "Frist for »{goal}«",
    goal_current: "Målt værdi for »{goal}«",
    goal_added: "Nyt mål",
    goal_removed: "Mål taget ud",
    not_given: "ikke angivet",
    change: "{what}: {from} → {to}",
    revised: "{what} ændret fra {from} til {to} den {date}.",
    note: "Note",
    revisions_title: "Revisioner af mål og frister",
    revisions_intro: "Alle ændringer af målværdier, udgangspunkter og frister, nyeste først, ifølge versionshistorikken. En revision er ikke en fejl: den viser, hvor planen er justeret.",
    no_revisions: "Ingen mål eller frister er ændret.",
    changes_title: "Ændringer siden sidste rapport",
    changes_intro: "Indsatser, hvor status, fremdrift, målværdier, målinger eller datoer er ændret siden {date}.",
    no_changes: "Intet er ændret siden {date}.",
    col_date: "Dato",
    col_change: "Ændring",
    col_subject: "Indsats",
    feed_title: "{site}: revisioner og statusændringer",
    feed_label: "Revisioner som feed (Atom)",
    uncommitted: "Ikke gemt i versionshistorikken endnu (vises kun i forhåndsvisningen)",
};

pub(super) static NB: HistoryText = HistoryText {
    timeline_heading: "Endringer over tid",
    timeline_intro: "Hva som er endret i planen, og når, ifølge versjonshistorikken. Nyeste først.",
    unavailable: "Endringshistorikken kan ikke vises: {reason}.",
    reason_turned_off: "den er slått av i innstillingene for nettstedet",
    reason_not_in_git: "filene til nettstedet ligger ikke i et git-arkiv",
    reason_shallow: "nettstedet er bygget fra en kopi uten den eldre historikken",
    reason_no_commits: "ingen versjoner er lagret ennå",
    reason_unreadable: "versjonshistorikken kunne ikke leses",
    created: "Opprettet",
    title: "Tittel",
    status: "Status (satt manuelt)",
    progress: "Fremdrift (satt manuelt)",
    responsible: "Ansvarlig",
    start: "Start",
    due: "Frist",
    goal_target: "Målverdi for «{goal}»",
    goal_baseline: "Utgangspunkt for «{goal}»",
    goal_due: "Frist for «{goal}»",
    goal_current: "Målt verdi for «{goal}»",
    goal_added: "Nytt mål",
    goal_removed: "Mål tatt ut",
    not_given: "ikke oppgitt",
    change: "{what}: {from} → {to}",
    revised: "{what} endret fra {from} til {to} {date}.",
    note: "Merknad",
    revisions_title: "Revisjoner av mål og frister",
    revisions_intro: "Alle endringer av målverdier, utgangspunkt og frister, nyeste først, ifølge versjonshistorikken. En revisjon er ingen feil: den viser hvor planen er justert.",
    no_revisions: "Ingen mål eller frister er endret.",
    changes_title: "Endringer siden forrige rapport",
    changes_intro: "Tiltak der status, fremdrift, målverdier, målinger eller datoer er endret siden {date}.",
    no_changes: "Ingenting er endret siden {date}.",
    col_date: "Dato",
    col_change: "Endring",
    col_subject: "Tiltak",
    feed_title: "{site}: revisjoner og statusendringer",
    feed_label: "Revisjoner som feed (Atom)",
    uncommitted: "Ikke lagret i versjonshistorikken ennå (vises bare i forhåndsvisningen)",
};

pub(super) static NN: HistoryText = HistoryText {
    timeline_heading: "Endringar over tid",
    timeline_intro: "Kva som er endra i planen, og når, ifølgje versjonshistorikken. Nyaste først.",
    unavailable: "Endringshistorikken kan ikkje visast: {reason}.",
    reason_turned_off: "han er slått av i innstillingane for nettstaden",
    reason_not_in_git: "filene til nettstaden ligg ikkje i eit git-arkiv",
    reason_shallow: "nettstaden er bygd frå ein kopi utan den eldre historikken",
    reason_no_commits: "ingen versjonar er lagra enno",
    reason_unreadable: "versjonshistorikken kunne ikkje lesast",
    created: "Oppretta",
    title: "Tittel",
    status: "Status (sett manuelt)",
    progress: "Framdrift (sett manuelt)",
    responsible: "Ansvarleg",
    start: "Start",
    due: "Frist",
    goal_target: "Målverdi for «{goal}»",
    goal_baseline: "Utgangspunkt for «{goal}»",
    goal_due: "Frist for «{goal}»",
    goal_current: "Målt verdi for «{goal}»",
    goal_added: "Nytt mål",
    goal_removed: "Mål teke ut",
    not_given: "ikkje oppgitt",
    change: "{what}: {from} → {to}",
    revised: "{what} endra frå {from} til {to} {date}.",
    note: "Merknad",
    revisions_title: "Revisjonar av mål og fristar",
    revisions_intro: "Alle endringar av målverdiar, utgangspunkt og fristar, nyaste først, ifølgje versjonshistorikken. Ein revisjon er ingen feil: han viser kvar planen er justert.",
    no_revisions: "Ingen mål eller fristar er endra.",
    changes_title: "Endringar sidan førre rapport",
    changes_intro: "Tiltak der status, framdrift, målverdiar, målingar eller datoar er endra sidan {date}.",
    no_changes: "Ingenting er endra sidan {date}.",
    col_date: "Dato",
    col_change: "Endring",
    col_subject: "Tiltak",
    feed_title: "{site}: revisjonar og statusendringar",
    feed_label: "Revisjonar som feed (Atom)",
    uncommitted: "Ikkje lagra i versjonshistorikken enno (blir berre vist i førehandsvisinga)",
};

pub(super) static SV: HistoryText = HistoryText {
    timeline_heading: "Ändringar över tid",
    timeline_intro: "Vad som har ändrats i planen, och när, enligt versionshistoriken. Senaste först.",
    unavailable: "Ändringshistoriken kan inte visas: {reason}.",
    reason_turned_off: "den är avstängd i webbplatsens inställningar",
    reason_not_in_git: "webbplatsens filer ligger inte i ett git-arkiv",
    reason_shallow: "webbplatsen är byggd från en kopia utan den äldre historiken",
    reason_no_commits: "inga versioner har sparats ännu",
    reason_unreadable: "versionshistoriken kunde inte läsas",
    created: "Skapad",
    title: "Titel",
    status: "Status (satt manuellt)",
    progress: "Framsteg (satt manuellt)",
    responsible: "Ansvarig",
    start: "Start",
    due: "Slutdatum",
    goal_target: "Målvärde för ”{goal}”",
    goal_baseline: "Utgångsläge för ”{goal}”",
    goal_due: "Slutdatum för ”{goal}”",
    goal_current: "Uppmätt värde för ”{goal}”",
    goal_added: "Nytt mål",
    goal_removed: "Mål borttaget",
    not_given: "inte angivet",
    change: "{what}: {from} → {to}",
    revised: "{what} ändrat från {from} till {to} den {date}.",
    note: "Anteckning",
    revisions_title: "Revideringar av mål och slutdatum",
    revisions_intro: "Alla ändringar av målvärden, utgångslägen och slutdatum, senaste först, enligt versionshistoriken. En revidering är inget fel: den visar var planen har justerats.",
    no_revisions: "Inga mål eller slutdatum har ändrats.",
    changes_title: "Ändringar sedan förra rapporten",
    changes_intro: "Insatser där status, framsteg, målvärden, mätningar eller datum har ändrats sedan {date}.",
    no_changes: "Ingenting har ändrats sedan {date}.",
    col_date: "Datum",
    col_change: "Ändring",
    col_subject: "Insats",
    feed_title: "{site}: revideringar och statusändringar",
    feed_label: "Revideringar som flöde (Atom)",
    uncommitted: "Inte sparat i versionshistoriken ännu (visas bara i förhandsvisningen)",
};

pub(super) static EN: HistoryText = HistoryText {
    timeline_heading: "Changes over time",
    timeline_intro: "What changed in the plan, and when, according to its version history. Newest first.",
    unavailable: "The history of changes cannot be shown: {reason}.",
    reason_turned_off: "it is turned off in the site's settings",
    reason_not_in_git: "the site's files are not in a git repository",
    reason_shallow: "the site was built from a copy without its older history",
    reason_no_commits: "no versions have been saved yet",
    reason_unreadable: "the version history could not be read",
    created: "Created",
    title: "Title",
    status: "Status (set by hand)",
    progress: "Progress (set by hand)",
    responsible: "Responsible",
    start: "Start",
    due: "Deadline",
    goal_target: "Target of “{goal}”",
    goal_baseline: "Baseline of “{goal}”",
    goal_due: "Deadline of “{goal}”",
    goal_current: "Measured value of “{goal}”",
    goal_added: "New goal",
    goal_removed: "Goal taken out",
    not_given: "not given",
    change: "{what}: {from} → {to}",
    revised: "{what} revised from {from} to {to} on {date}.",
    note: "Note",
    revisions_title: "Revisions of targets and deadlines",
    revisions_intro: "Every change to a target, a baseline or a deadline, newest first, according to the version history. A revision is not a mistake: it shows where the plan was adjusted.",
    no_revisions: "No target or deadline has been changed.",
    changes_title: "Changes since the last report",
    changes_intro: "Initiatives whose status, progress, targets, measurements or dates changed since {date}.",
    no_changes: "Nothing has changed since {date}.",
    col_date: "Date",
    col_change: "Change",
    col_subject: "Initiative",
    feed_title: "{site}: revisions and status changes",
    feed_label: "Revisions feed (Atom)",
    uncommitted: "Not yet committed (shown in the preview only)",
};

//! The words of the open data for people: table and column titles in the site's
//! language (the data package's schema and the workbook's headers). Column and table
//! names themselves (`progress`, `goals.csv`) are English and the same for every site:
//! they are for programs.

use crate::i18n::Language;

/// Titles in da, nb, nn, sv, en.
type Titles = [&'static str; 5];

const COLUMNS: &[(&str, Titles)] = &[
    ("id", ["Id", "Id", "Id", "Id", "Id"]),
    ("key", ["Nøgle", "Nøkkel", "Nøkkel", "Nyckel", "Key"]),
    ("title", ["Titel", "Tittel", "Tittel", "Titel", "Title"]),
    ("status", ["Status", "Status", "Status", "Status", "Status"]),
    ("period_start", ["Periode fra", "Periode fra", "Periode frå", "Period från", "Period from"]),
    ("period_end", ["Periode til", "Periode til", "Periode til", "Period till", "Period to"]),
    ("adopted", ["Vedtaget", "Vedtatt", "Vedteke", "Antagen", "Adopted"]),
    ("owner", ["Ejer", "Eier", "Eigar", "Ägare", "Owner"]),
    (
        "progress",
        ["Fremdrift (%)", "Fremdrift (%)", "Framdrift (%)", "Framsteg (%)", "Progress (%)"],
    ),
    (
        "initiative_count",
        ["Antal indsatser", "Antall tiltak", "Tal på tiltak", "Antal insatser", "Initiatives"],
    ),
    ("url", ["Webadresse", "Nettadresse", "Nettadresse", "Webbadress", "Web address"]),
    ("strategy", ["Strategi", "Strategi", "Strategi", "Strategi", "Strategy"]),
    ("themes", ["Temaer", "Temaer", "Tema", "Teman", "Themes"]),
    ("responsible", ["Ansvarlig", "Ansvarlig", "Ansvarleg", "Ansvarig", "Responsible"]),
    ("start", ["Start", "Start", "Start", "Start", "Start"]),
    ("due", ["Frist", "Frist", "Frist", "Deadline", "Due"]),
    ("updated", ["Opdateret", "Oppdatert", "Oppdatert", "Uppdaterad", "Updated"]),
    (
        "reporting_every",
        ["Følges op", "Følges opp", "Blir følgt opp", "Följs upp", "Reported on every"],
    ),
    (
        "last_update",
        [
            "Senest opdateret",
            "Sist oppdatert",
            "Sist oppdatert",
            "Senast uppdaterad",
            "Last update",
        ],
    ),
    (
        "next_update_due",
        [
            "Næste opdatering senest",
            "Neste oppdatering senest",
            "Neste oppdatering seinast",
            "Nästa uppdatering senast",
            "Next update due",
        ],
    ),
    (
        "update_overdue",
        [
            "Opdatering mangler",
            "Oppdatering mangler",
            "Oppdatering manglar",
            "Uppdatering saknas",
            "Update overdue",
        ],
    ),
    ("initiative", ["Indsats", "Tiltak", "Tiltak", "Insats", "Initiative"]),
    (
        "initiative_title",
        [
            "Indsatsens titel",
            "Tiltakets tittel",
            "Tittel på tiltaket",
            "Insatsens titel",
            "Initiative title",
        ],
    ),
    ("goal", ["Mål", "Mål", "Mål", "Mål", "Goal"]),
    ("unit", ["Enhed", "Enhet", "Eining", "Enhet", "Unit"]),
    ("baseline", ["Udgangspunkt", "Utgangspunkt", "Utgangspunkt", "Utgångsläge", "Baseline"]),
    ("target", ["Mål-værdi", "Målverdi", "Målverdi", "Målvärde", "Target"]),
    ("current", ["Seneste måling", "Siste måling", "Siste måling", "Senaste mätning", "Current"]),
    ("action", ["Handling", "Handling", "Handling", "Åtgärd", "Action"]),
    ("done", ["Udført", "Utført", "Utført", "Utförd", "Done"]),
    ("level", ["Niveau", "Nivå", "Nivå", "Nivå", "Level"]),
    ("year", ["År", "År", "År", "År", "Year"]),
    ("line", ["Post", "Post", "Post", "Post", "Line"]),
    ("budget", ["Budget", "Budsjett", "Budsjett", "Budget", "Budget"]),
    ("realised", ["Realiseret", "Realisert", "Realisert", "Utfall", "Realised"]),
    ("name", ["Navn", "Navn", "Namn", "Namn", "Name"]),
    ("role", ["Stilling", "Stilling", "Stilling", "Befattning", "Role"]),
    ("area", ["Område", "Område", "Område", "Område", "Area"]),
    ("email", ["E-mail", "E-post", "E-post", "E-post", "Email"]),
    ("strategies", ["Strategier", "Strategier", "Strategiar", "Strategier", "Strategies"]),
];

const TABLES: &[(&str, Titles)] = &[
    ("strategies", ["Strategier", "Strategier", "Strategiar", "Strategier", "Strategies"]),
    ("initiatives", ["Indsatser", "Tiltak", "Tiltak", "Insatser", "Initiatives"]),
    ("goals", ["Mål", "Mål", "Mål", "Mål", "Goals"]),
    ("actions", ["Handlinger", "Handlinger", "Handlingar", "Åtgärder", "Actions"]),
    ("budget", ["Budget", "Budsjett", "Budsjett", "Budget", "Budget"]),
    ("directors", ["Ansvarlige", "Ansvarlige", "Ansvarlege", "Ansvariga", "Directors"]),
    ("themes", ["Temaer", "Temaer", "Tema", "Teman", "Themes"]),
    (
        "site",
        [
            "Hele modellen (JSON)",
            "Hele modellen (JSON)",
            "Heile modellen (JSON)",
            "Hela modellen (JSON)",
            "The whole model (JSON)",
        ],
    ),
];

fn index(language: Language) -> usize {
    match language {
        Language::Da => 0,
        Language::Nb => 1,
        Language::Nn => 2,
        Language::Sv => 3,
        Language::En => 4,
    }
}

fn find(table: &[(&str, Titles)], name: &str, language: Language) -> &'static str {
    table.iter().find(|(n, _)| *n == name).map_or("", |(_, titles)| titles[index(language)])
}

/// A column's title for people.
pub(super) fn column(name: &str, language: Language) -> &'static str {
    find(COLUMNS, name, language)
}

/// A table's title for people (also its sheet's name in the workbook).
pub(super) fn table(name: &str, language: Language) -> &'static str {
    find(TABLES, name, language)
}

/// What the catalogue says of the site's (or a strategy's) data, when `site.yaml` has
/// no description (the strategy no subtitle).
pub(super) fn catalog_description(language: Language, title: &str, organisation: &str) -> String {
    match language {
        Language::Da => format!("Opfølgning på {title} fra {organisation}: indsatser, mål, målinger, handlinger og budgetter."),
        Language::Nb => format!("Oppfølging av {title} fra {organisation}: tiltak, mål, målinger, handlinger og budsjetter."),
        Language::Nn => format!("Oppfølging av {title} frå {organisation}: tiltak, mål, målingar, handlingar og budsjett."),
        Language::Sv => format!("Uppföljning av {title} från {organisation}: insatser, mål, mätningar, åtgärder och budgetar."),
        Language::En => format!("Follow-up of {title} by {organisation}: initiatives, goals, measurements, actions and budgets."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_title_is_given_in_every_language() {
        for (name, titles) in COLUMNS.iter().chain(TABLES) {
            assert!(titles.iter().all(|t| !t.is_empty()), "{name}");
        }
        // A sheet name: at most 31 characters, none of []:*?/\
        for (name, titles) in TABLES {
            for t in titles {
                assert!(
                    t.chars().count() <= 31 && !t.contains(['[', ']', ':', '*', '?', '/', '\\']),
                    "{name}: {t}"
                );
            }
        }
    }
}

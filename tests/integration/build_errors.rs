//! Bad input: every error names file:line:column, says what is wrong and suggests the
//! fix, fails the build with exit code 1, and all errors of a build come at once.
//! Warnings do not fail the build. Each test breaks one thing in a copy of the valid
//! `kommune` fixture.

use crate::support::*;

const UTA: &str = "content/direktionsstrategi-2013/uddannelse-til-alle.md";
const STRATEGY: &str = "content/direktionsstrategi-2013/index.md";
const KLIMA: &str = "content/klimaplan-2014-2017.md";
const SERVICE: &str = "content/direktionsstrategi-2013/erhvervsservice.md";

fn kommune() -> Site {
    Site::from_fixture("kommune")
}

/// Asserts the summary line: `N errors, M warnings`.
fn assert_counts(stderr: &str, errors: usize, warnings: usize) {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let line = format!("{}, {}\n", plural(errors, "error"), plural(warnings, "warning"));
    assert!(stderr.contains(&line), "expected `{}` in:\n{stderr}", line.trim_end());
}

// --- Unknown references --------------------------------------------------------------

#[test]
fn unknown_director_is_located_and_the_nearest_director_suggested() {
    let site = kommune();
    site.edit(UTA, "responsible: gitte-lovgren", "responsible: thomas-harfort");
    let err = site.build_err();
    let block = problem(&err, "error", "unknown director `thomas-harfort`", &format!("{UTA}:4:14"));
    assert!(block.contains("4 | responsible: thomas-harfort\n"), "{block}");
    assert_eq!(help_of(block), "did you mean `thomas-harfot`?");
    assert_counts(&err, 1, 0);
}

#[test]
fn unknown_co_responsible_director_in_a_list_is_located() {
    let site = kommune();
    site.edit(
        KLIMA,
        "responsible: [thomas-harfot, thea-hass]",
        "responsible: [thomas-harfot, thea-has]",
    );
    let err = site.build_err();
    let block = problem(&err, "error", "unknown director `thea-has`", &format!("{KLIMA}:28:34"));
    assert_eq!(help_of(block), "did you mean `thea-hass`?");
}

#[test]
fn unknown_strategy_owner_is_an_error() {
    let site = kommune();
    site.edit(STRATEGY, "owner: thea-hass", "owner: thea-haas");
    let err = site.build_err();
    let block = problem(&err, "error", "unknown director `thea-haas`", &format!("{STRATEGY}:7:8"));
    assert_eq!(help_of(block), "did you mean `thea-hass`?");
}

#[test]
fn unknown_theme_is_located_and_the_nearest_theme_suggested() {
    let site = kommune();
    site.edit(KLIMA, "theme: groen-omstilling", "theme: gron-omstilling");
    let err = site.build_err();
    let block =
        problem(&err, "error", "unknown theme `gron-omstilling`", &format!("{KLIMA}:27:12"));
    assert_eq!(help_of(block), "did you mean `groen-omstilling`?");
    assert_counts(&err, 1, 0);
}

#[test]
fn theme_of_another_strategy_is_an_error_naming_the_themes_of_this_one() {
    let site = kommune();
    site.edit(SERVICE, "theme: erhverv-og-bosaetning", "theme: groen-omstilling");
    let err = site.build_err();
    let block = problem(
        &err,
        "error",
        "the theme `groen-omstilling` belongs to another strategy, not to `direktionsstrategi-2013`",
        &format!("{SERVICE}:3:8"),
    );
    assert_eq!(
        help_of(block),
        "add it to the `themes:` of content/direktionsstrategi-2013/index.md, or use one of: velfaerd-og-kvalitet, erhverv-og-bosaetning"
    );
}

#[test]
fn unknown_related_initiative_is_located_and_the_nearest_suggested() {
    let site = kommune();
    site.edit(UTA, "related: [klimaplan/affald]", "related: [klimaplan/afald]");
    let err = site.build_err();
    let block =
        problem(&err, "error", "unknown initiative `klimaplan/afald`", &format!("{UTA}:23:11"));
    assert_eq!(help_of(block), "did you mean `klimaplan/affald`?");
    assert_counts(&err, 1, 0);
}

#[test]
fn unknown_related_initiative_in_an_inline_initiative_is_located() {
    let site = kommune();
    site.edit(STRATEGY, "related: [uddannelse-til-alle]", "related: [udannelse-til-alle]");
    let err = site.build_err();
    let block = problem(
        &err,
        "error",
        "unknown initiative `udannelse-til-alle`",
        &format!("{STRATEGY}:24:15"),
    );
    assert_eq!(help_of(block), "did you mean `uddannelse-til-alle`?");
}

// --- Keys ----------------------------------------------------------------------------

#[test]
fn misspelt_front_matter_key_is_located_with_the_right_key_suggested() {
    let site = kommune();
    site.edit(SERVICE, "due: 2013-03-31", "deu: 2013-03-31");
    let err = site.build_err();
    let block = problem(&err, "error", "unknown key `deu`", &format!("{SERVICE}:5:1"));
    assert!(help_of(block).starts_with("did you mean `due`? "), "{block}");
    assert_counts(&err, 1, 0);
}

#[test]
fn misspelt_key_in_a_goal_is_located() {
    let site = kommune();
    site.edit(UTA, "    current: 81.5", "    curent: 81.5");
    let err = site.build_err();
    let block =
        problem(&err, "error", "unknown key `curent` in `goals[0]`", &format!("{UTA}:13:5"));
    assert!(help_of(block).starts_with("did you mean `current`?"), "{block}");
}

#[test]
fn unknown_key_in_site_yaml_is_an_error_with_its_line() {
    let site = kommune();
    site.edit("site.yaml", "as_of: 2013-06-30\n", "as_of: 2013-06-30\nlangauge: da\n");
    let err = site.build_err();
    let block = problem(&err, "error", "unknown key `langauge`", "site.yaml:6:1");
    assert!(block.contains("6 | langauge: da\n"), "{block}");
    assert!(help_of(block).starts_with("did you mean `language`?"), "{block}");
}

#[test]
fn misspelt_key_in_site_yaml_suggests_the_right_one() {
    let site = kommune();
    site.edit("site.yaml", "organisation: Testkommune", "organization: Testkommune");
    let err = site.build_err();
    let block = problem(&err, "error", "unknown key `organization`", "site.yaml:2:1");
    assert!(help_of(block).starts_with("did you mean `organisation`?"), "{block}");
}

// --- Values --------------------------------------------------------------------------

#[test]
fn goal_with_target_equal_to_baseline_is_an_error() {
    let site = kommune();
    site.edit(UTA, "target: 85", "target: 78");
    let err = site.build_err();
    let block = problem(
        &err,
        "error",
        "the goal \"Flere unge i uddannelse\" has a target equal to its baseline (78), so progress towards it cannot be measured",
        &format!("{UTA}:12:5"),
    );
    assert!(block.contains("12 |     target: 78\n"), "{block}");
    assert!(block.contains("= help: "), "{block}");
}

#[test]
fn goal_with_target_zero_and_no_baseline_is_an_error() {
    let site = kommune();
    site.edit(KLIMA, "    baseline: 100\n    target: 60", "    target: 0");
    let err = site.build_err();
    problem(
        &err,
        "error",
        "the goal \"Lavere CO2-udledning\" has a target equal to its baseline (0), so progress towards it cannot be measured",
        &format!("{KLIMA}:14:5"),
    );
}

#[test]
fn progress_above_100_is_an_error() {
    let site = kommune();
    site.edit("content/direktionsstrategi-2013/skolestruktur.md", "progress: 10", "progress: 140");
    let err = site.build_err();
    let block = problem(
        &err,
        "error",
        "progress is 140, but it must be a percentage from 0 to 100",
        "content/direktionsstrategi-2013/skolestruktur.md:6:1",
    );
    assert_eq!(help_of(block), "write e.g. `progress: 40` for 40 %");
}

#[test]
fn impossible_date_is_located() {
    let site = kommune();
    site.edit(SERVICE, "due: 2013-03-31", "due: 2013-02-30");
    let err = site.build_err();
    assert!(err.contains(&format!("  --> {SERVICE}:5:6\n")), "{err}");
    assert!(err.contains("`2013-02-30` is not a day of the calendar"), "{err}");
}

#[test]
fn decimal_comma_in_a_number_is_an_error_suggesting_a_point() {
    let site = kommune();
    site.edit(UTA, "current: 81.5", "current: 81,5");
    let err = site.build_err();
    assert!(err.contains(&format!("  --> {UTA}:13:14\n")), "{err}");
    assert!(err.contains("write decimals with a point, like `81.5`"), "{err}");
}

// --- Ids -----------------------------------------------------------------------------

#[test]
fn reserved_strategy_id_in_front_matter_is_an_error() {
    let site = kommune();
    site.edit(KLIMA, "id: klimaplan", "id: themes");
    site.edit(UTA, "related: [klimaplan/affald]", "related: [themes/affald]");
    let err = site.build_err();
    let block = problem(
        &err,
        "error",
        "`themes` is reserved for the site's own pages and cannot be a strategy id",
        &format!("{KLIMA}:2:5"),
    );
    assert!(
        help_of(block)
            .contains("reserved: directors, themes, status, badges, data, search, static"),
        "{block}"
    );
    assert_counts(&err, 1, 0);
}

#[test]
fn every_reserved_id_is_refused_as_a_strategy_file_name() {
    for id in ["directors", "themes", "status", "badges", "data", "search", "static"] {
        let site = kommune();
        site.file(
            &format!("content/{id}.md"),
            "---\ntitle: En strategi med et forbudt navn\n---\n",
        );
        let err = site.build_err();
        let message =
            format!("`{id}` is reserved for the site's own pages and cannot be a strategy id");
        let location = format!("content/{id}.md");
        assert!(err.contains(&format!("error: {message}\n  --> {location}")), "{id}:\n{err}");
    }
}

#[test]
fn reserved_strategy_id_from_a_file_name_is_not_located_at_a_theme_id() {
    let site = kommune();
    site.file(
        "content/status.md",
        "---\ntitle: Status\nthemes:\n  - id: drift\n    title: Drift\n---\n",
    );
    let err = site.build_err();
    // Line 4 (`  - id: drift`) is the theme's id, not the strategy's.
    assert!(!err.contains("content/status.md:4:"), "{err}");
    assert!(err.contains("error: `status` is reserved for the site's own pages and cannot be a strategy id\n  --> content/status.md"), "{err}");
}

#[test]
fn duplicate_initiative_id_from_a_file_and_an_inline_entry_is_an_error() {
    let site = kommune();
    site.file(
        "content/direktionsstrategi-2013/lokaldemokrati.md",
        "---\ntitle: Lokaldemokrati igen\nresponsible: thea-hass\n---\n",
    );
    let err = site.build_err();
    let block = problem(
        &err,
        "error",
        "a second initiative with the id `lokaldemokrati` in strategy `direktionsstrategi-2013` (the first is at content/direktionsstrategi-2013/index.md:20); both would be the page /direktionsstrategi-2013/lokaldemokrati/",
        "content/direktionsstrategi-2013/lokaldemokrati.md",
    );
    assert_eq!(help_of(block), "give one of them a different id");
    assert_counts(&err, 1, 0);
}

#[test]
fn duplicate_initiative_id_set_in_front_matter_is_located_at_the_id() {
    let site = kommune();
    site.file(
        "content/direktionsstrategi-2013/Lokal.md",
        "---\nid: lokaldemokrati\ntitle: Lokaldemokrati igen\nresponsible: thea-hass\n---\n",
    );
    let err = site.build_err();
    problem(
        &err,
        "error",
        "a second initiative with the id `lokaldemokrati` in strategy `direktionsstrategi-2013` (the first is at content/direktionsstrategi-2013/index.md:20); both would be the page /direktionsstrategi-2013/lokaldemokrati/",
        "content/direktionsstrategi-2013/Lokal.md:2:5",
    );
}

#[test]
fn duplicate_director_id_is_an_error() {
    let site = kommune();
    site.file("content/directors/gitte.md", "---\nid: gitte-lovgren\nname: Gitte igen\n---\n");
    let err = site.build_err();
    problem(
        &err,
        "error",
        "a second director with the id `gitte-lovgren` (the first is content/directors/gitte-lovgren.md)",
        "content/directors/gitte.md:2:5",
    );
}

#[test]
fn duplicate_strategy_id_from_a_folder_and_a_file_is_an_error() {
    let site = kommune();
    site.file("content/klimaplan/index.md", "---\ntitle: Klima igen\n---\n");
    let err = site.build_err();
    problem(
        &err,
        "error",
        "a second strategy with the id `klimaplan` (the first is content/klimaplan/index.md); both would be the page /klimaplan/",
        &format!("{KLIMA}:3:1"),
    );
}

#[test]
fn duplicate_strategy_id_gives_no_follow_on_errors() {
    let site = kommune();
    site.file("content/klimaplan/index.md", "---\ntitle: Klima igen\n---\n");
    let err = site.build_err();
    assert_counts(&err, 1, 0);
}

#[test]
fn invalid_inline_initiative_id_suggests_a_valid_id() {
    let site = kommune();
    site.edit(KLIMA, "  - id: cykelstier", "  - id: Cykelstier_2013");
    let err = site.build_err();
    let block = problem(
        &err,
        "error",
        "`Cykelstier_2013` is not a valid id: use lowercase letters a–z, digits and `-`",
        &format!("{KLIMA}:25:9"),
    );
    assert_eq!(help_of(block), "write `id: cykelstier-2013`");
}

#[test]
fn invalid_id_in_front_matter_suggests_a_valid_id() {
    let site = kommune();
    site.edit(
        "content/direktionsstrategi-2013/Sygefravaer.md",
        "id: mindre-sygefravaer",
        "id: Mindre Sygefravær",
    );
    let err = site.build_err();
    let block = problem(
        &err,
        "error",
        "`Mindre Sygefravær` is not a valid id: use lowercase letters a–z, digits and `-`",
        "content/direktionsstrategi-2013/Sygefravaer.md:2:5",
    );
    assert_eq!(help_of(block), "write `id: mindre-sygefravaer`");
}

#[test]
fn invalid_id_from_a_file_name_suggests_a_new_name_or_an_id() {
    let site = kommune();
    let from = site.path().join(SERVICE);
    std::fs::rename(&from, from.with_file_name("Erhvervs Service.md")).unwrap();
    let err = site.build_err();
    let block = problem(
        &err,
        "error",
        "the file name gives the id `Erhvervs Service`, which is not valid: use lowercase letters a–z, digits and `-`",
        "content/direktionsstrategi-2013/Erhvervs Service.md",
    );
    assert_eq!(
        help_of(block),
        "rename it to `erhvervs-service`, or set `id: erhvervs-service` in the front matter"
    );
}

#[test]
fn invalid_theme_id_suggests_a_valid_id() {
    let site = kommune();
    site.edit(STRATEGY, "  - id: erhverv-og-bosaetning", "  - id: Erhverv og bosætning");
    let err = site.build_err();
    let block = problem(
        &err,
        "error",
        "`Erhverv og bosætning` is not a valid theme id: use lowercase letters a–z, digits and `-`",
        &format!("{STRATEGY}:12:9"),
    );
    assert_eq!(help_of(block), "write `id: erhverv-og-bosaetning`");
}

#[test]
fn invalid_theme_id_is_located_at_the_theme_even_when_the_strategy_sets_id() {
    let site = kommune();
    site.edit(KLIMA, "  - id: groen-omstilling", "  - id: Grøn omstilling");
    site.edit(KLIMA, "    theme: groen-omstilling", "    theme: Grøn omstilling");
    let err = site.build_err();
    let block = problem(
        &err,
        "error",
        "`Grøn omstilling` is not a valid theme id: use lowercase letters a–z, digits and `-`",
        &format!("{KLIMA}:9:9"),
    );
    assert_eq!(help_of(block), "write `id: gron-omstilling`");
}

#[test]
fn inline_initiative_without_id_is_an_error_suggesting_one() {
    let site = kommune();
    site.edit(KLIMA, "  - id: affald\n    title: Mindre affald", "  - title: Mindre affald");
    let err = site.build_err();
    let block = problem(
        &err,
        "error",
        "the inline initiative `Mindre affald` has no `id`",
        &format!("{KLIMA}:19:12"),
    );
    assert_eq!(help_of(block), "add `id: mindre-affald`");
}

#[test]
fn body_key_in_an_initiative_file_is_an_error() {
    let site = kommune();
    site.edit(SERVICE, "responsible: thomas-harfot\n", "responsible: thomas-harfot\nbody: Tekst\n");
    let err = site.build_err();
    let block = problem(
        &err,
        "error",
        "`body` is only for initiatives written inline in a strategy",
        &format!("{SERVICE}:5:1"),
    );
    assert_eq!(help_of(block), "write the text below the closing `---` instead");
}

#[test]
fn initiative_in_a_folder_without_index_md_is_an_error() {
    let site = kommune();
    site.file("content/plan/los.md", "---\ntitle: Løs\nresponsible: thea-hass\n---\n");
    let err = site.build_err();
    let block = problem(
        &err,
        "error",
        "initiative in folder `plan`, but that folder has no index.md for its strategy",
        "content/plan/los.md",
    );
    assert_eq!(help_of(block), "add content/plan/index.md with the strategy's front matter");
}

// --- Links ---------------------------------------------------------------------------

#[test]
fn broken_md_link_is_an_error_naming_file_line_and_column() {
    let site = kommune();
    site.edit(
        STRATEGY,
        "Direktionsstrategien hænger sammen med [klimaplanen](../klimaplan-2014-2017.md).",
        "See [klimaplanen](../klimaplan-2014.md).",
    );
    let err = site.build_err();
    let block = problem(
        &err,
        "error",
        "the link `../klimaplan-2014.md` points to no document",
        &format!("{STRATEGY}:27:19"),
    );
    assert!(block.contains("27 | See [klimaplanen](../klimaplan-2014.md).\n"), "{block}");
    assert!(block.contains("= help: "), "{block}");
    assert_counts(&err, 1, 0);
}

#[test]
fn broken_md_link_in_an_inline_initiative_body_is_located_in_the_strategy_file() {
    let site = kommune();
    site.edit(
        STRATEGY,
        "body: Se også [erhvervsservice](erhvervsservice.md).",
        "body: See [erhvervsservice](erhvervsservise.md).",
    );
    let err = site.build_err();
    problem(
        &err,
        "error",
        "the link `erhvervsservise.md` points to no document",
        &format!("{STRATEGY}:25:33"),
    );
}

#[test]
fn broken_md_link_column_counts_characters_not_bytes() {
    let site = kommune();
    // `    body: Se også [erhvervsservice](` is 36 characters (37 bytes).
    site.edit(
        STRATEGY,
        "[erhvervsservice](erhvervsservice.md)",
        "[erhvervsservice](erhvervsservise.md)",
    );
    let err = site.build_err();
    problem(
        &err,
        "error",
        "the link `erhvervsservise.md` points to no document",
        &format!("{STRATEGY}:25:37"),
    );
}

#[test]
fn broken_md_link_in_a_director_biography_is_an_error() {
    let site = kommune();
    site.edit(
        "content/directors/gitte-lovgren.md",
        "../direktionsstrategi-2013/uddannelse-til-alle.md",
        "../direktionsstrategi-2013/uddannelse.md",
    );
    let err = site.build_err();
    problem(
        &err,
        "error",
        "the link `../direktionsstrategi-2013/uddannelse.md` points to no document",
        "content/directors/gitte-lovgren.md:7:44",
    );
}

#[test]
fn broken_md_link_suggests_the_nearest_document_as_a_link_from_the_file() {
    let site = kommune();
    site.edit(
        STRATEGY,
        "Direktionsstrategien hænger sammen med [klimaplanen](../klimaplan-2014-2017.md).",
        "See [klimaplanen](../klimaplan-2041-2017.md).",
    );
    let err = site.build_err();
    let block = problem(
        &err,
        "error",
        "the link `../klimaplan-2041-2017.md` points to no document",
        &format!("{STRATEGY}:27:19"),
    );
    assert!(help_of(block).contains("`../klimaplan-2014-2017.md`"), "{block}");
}

// --- All at once ---------------------------------------------------------------------

#[test]
fn all_errors_of_a_build_are_reported_at_once() {
    let site = kommune();
    // Three mistakes in three files, found by the link stage (two) and by parsing (one).
    site.edit(UTA, "responsible: gitte-lovgren", "responsible: thomas-harfort");
    site.edit(KLIMA, "theme: groen-omstilling", "theme: gron-omstilling");
    site.edit(SERVICE, "due: 2013-03-31", "deu: 2013-03-31");
    let err = site.build_err();
    problem(&err, "error", "unknown director `thomas-harfort`", &format!("{UTA}:4:14"));
    problem(&err, "error", "unknown theme `gron-omstilling`", &format!("{KLIMA}:27:12"));
    problem(&err, "error", "unknown key `deu`", &format!("{SERVICE}:5:1"));
    assert_counts(&err, 3, 0);
    // Sorted by file: content/direktionsstrategi-2013/… before content/klimaplan-….
    assert!(err.find("unknown key `deu`") < err.find("unknown director"), "{err}");
    assert!(err.find("unknown director") < err.find("unknown theme"), "{err}");
}

#[test]
fn errors_in_site_yaml_and_in_content_are_reported_together() {
    let site = kommune();
    site.edit("site.yaml", "as_of: 2013-06-30\n", "as_of: 2013-06-30\nlangauge: da\n");
    site.edit(UTA, "responsible: gitte-lovgren", "responsible: thomas-harfort");
    let err = site.build_err();
    problem(&err, "error", "unknown key `langauge`", "site.yaml:6:1");
    problem(&err, "error", "unknown director `thomas-harfort`", &format!("{UTA}:4:14"));
}

#[test]
fn broken_md_link_is_reported_together_with_other_errors() {
    let site = kommune();
    site.edit(
        STRATEGY,
        "Direktionsstrategien hænger sammen med [klimaplanen](../klimaplan-2014-2017.md).",
        "See [klimaplanen](../klimaplan-2014.md).",
    );
    site.edit(KLIMA, "responsible: gitte-lovgren", "responsible: gitte-lovgrn");
    let err = site.build_err();
    problem(&err, "error", "unknown director `gitte-lovgrn`", &format!("{KLIMA}:22:18"));
    problem(
        &err,
        "error",
        "the link `../klimaplan-2014.md` points to no document",
        &format!("{STRATEGY}:27:19"),
    );
    assert_counts(&err, 2, 0);
}

#[test]
fn a_file_that_fails_to_parse_causes_no_follow_on_unknown_reference_errors() {
    let site = kommune();
    // uddannelse-til-alle.md no longer parses; lokaldemokrati (inline) names it as related.
    site.edit(UTA, "    current: 81.5", "    curent: 81.5");
    let err = site.build_err();
    problem(&err, "error", "unknown key `curent` in `goals[0]`", &format!("{UTA}:13:5"));
    assert!(!err.contains("unknown initiative `uddannelse-til-alle`"), "{err}");
    // The rest of the file is still read: its goal, without the misspelt line, has no
    // measured value, which is said too.
    assert!(err.contains("the goal \"Flere unge i uddannelse\" has no measured value"), "{err}");
    assert_counts(&err, 1, 1);
}

#[test]
fn every_mistake_on_a_line_of_its_own_is_reported_in_one_go_with_the_rest_of_the_file() {
    let site = kommune();
    site.edit(UTA, "start: 2013-01-01", "start: 01-01-2013");
    site.edit(UTA, "theme: velfaerd-og-kvalitet", "theme velfaerd-og-kvalitet");
    site.edit(UTA, "    baseline: 78", "    baseline: 78,5");
    site.edit(UTA, "responsible: gitte-lovgren", "responsible: gitte-lovgrem");
    let err = site.build_err();
    // Three mistakes of the YAML, each at its line, and the misspelt director too.
    problem(&err, "error", "line 3 has no `:` after the key `theme`", &format!("{UTA}:3:1"));
    problem(
        &err,
        "error",
        "`01-01-2013` is not a date in the form YYYY-MM-DD; write `2013-01-01` in `start`",
        &format!("{UTA}:5:8"),
    );
    problem(
        &err,
        "error",
        "`78,5` is not a number; write decimals with a point, like `78.5` in `goals[0].baseline`",
        &format!("{UTA}:11:15"),
    );
    problem(&err, "error", "unknown director `gitte-lovgrem`", &format!("{UTA}:4:14"));
    assert_counts(&err, 4, 0);
}

// --- Exit codes ----------------------------------------------------------------------

#[test]
fn a_folder_without_site_yaml_is_a_usage_error() {
    let site = Site::empty();
    site.file("content/plan.md", "---\ntitle: Plan\n---\n");
    let out = site.build();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("has no site.yaml"), "{}", stderr(&out));
    assert!(!site.public().exists());
}

// --- Warnings ------------------------------------------------------------------------

#[test]
fn warnings_are_printed_but_do_not_fail_the_build() {
    let site = kommune();
    site.edit(KLIMA, "    title: Velfærd og kvalitet", "    title: Velfærd & kvalitet");
    site.edit(SERVICE, "responsible: thomas-harfot\n", "");
    site.edit(UTA, "    current: 81.5\n", "");
    let out = site.build();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    problem(
        &err,
        "warning",
        "the initiative `erhvervsservice` has no responsible director",
        &format!("{SERVICE}:2:1"),
    );
    problem(
        &err,
        "warning",
        "the goal \"Flere unge i uddannelse\" has no measured value (`current`)",
        &format!("{UTA}:9:5"),
    );
    assert!(
        err.contains(
            "warning: the theme `velfaerd-og-kvalitet` is titled \"Velfærd & kvalitet\" here but \"Velfærd og kvalitet\" in another strategy; the first title is used\n  --> content/klimaplan-2014-2017.md"
        ),
        "{err}"
    );
    assert_counts(&err, 0, 3);
    // The site is written, with the first title.
    let json = site.site_json();
    assert_eq!(by_id(&json["themes"], "velfaerd-og-kvalitet")["title"], "Velfærd og kvalitet");
    assert_eq!(
        by_id(&json["initiatives"], "erhvervsservice")["responsible"],
        serde_json::json!([])
    );
    assert_eq!(
        by_id(&json["initiatives"], "uddannelse-til-alle")["progress"],
        serde_json::Value::Null
    );
}

#[test]
fn theme_title_mismatch_warning_points_at_the_theme_title() {
    let site = kommune();
    site.edit(KLIMA, "    title: Velfærd og kvalitet", "    title: Velfærd & kvalitet");
    let out = site.build();
    let err = stderr(&out);
    problem(
        &err,
        "warning",
        "the theme `velfaerd-og-kvalitet` is titled \"Velfærd & kvalitet\" here but \"Velfærd og kvalitet\" in another strategy; the first title is used",
        &format!("{KLIMA}:8:12"),
    );
}

#[test]
fn check_strict_fails_on_warnings_that_build_accepts() {
    let site = kommune();
    site.edit(SERVICE, "responsible: thomas-harfot\n", "");
    site.build_ok();
    let check = |strict: bool| {
        let mut cmd = retning();
        cmd.arg("check").arg("--root").arg(site.path());
        if strict {
            cmd.arg("--strict");
        }
        cmd.output().unwrap()
    };
    assert_eq!(check(false).status.code(), Some(0));
    let strict = check(true);
    assert_eq!(strict.status.code(), Some(1), "{}", stderr(&strict));
    assert!(
        stderr(&strict).contains("the initiative `erhvervsservice` has no responsible director")
    );
}

#[test]
fn valid_fixtures_build_without_any_problem() {
    let site = Site::from_fixture("kommune");
    let err = stderr(&site.build_ok());
    assert!(err.starts_with("built ") && !err.contains("warning"), "kommune:\n{err}");
    // These are written for `base_url: /`: the one warning is that it is no full address.
    for name in ["status", "budget", "egen-skabelon"] {
        let site = Site::from_fixture(name);
        let err = stderr(&site.build_ok());
        assert!(err.starts_with("warning: `base_url: /` is not a full address"), "{name}:\n{err}");
        assert_counts(&err, 0, 1);
    }
    // fremdrift has two goals without `current`, on purpose, and `base_url: /`: warnings only.
    let site = Site::from_fixture("fremdrift");
    let err = stderr(&site.build_ok());
    assert_counts(&err, 0, 3);
}

#[test]
fn warning_for_a_flow_style_goal_is_located_at_the_goal() {
    let site = Site::from_fixture("fremdrift");
    let err = stderr(&site.build_ok());
    // content/maal.md line 74: `      - { text: Ikke målt, baseline: 0, target: 10 }`
    let message =
        "warning: the goal \"Ikke målt\" has no measured value (`current`)\n  --> content/maal.md:";
    assert!(err.contains(&format!("{message}74:")), "{err}");
    assert!(err.contains(&format!("{message}83:")), "{err}");
}

#[test]
fn goals_with_the_same_text_are_each_reported_at_their_own_line() {
    // Found by their place in the document, not by their text: each warning and error
    // points at its own goal, also in the second of two inline initiatives.
    let site = Site::new();
    site.file("content/directors/anne.md", "---\nname: Anne\n---\n");
    site.file(
        "content/plan/index.md",
        "---
title: Plan
initiatives:
  - id: en
    title: En
    responsible: anne
    goals:
      - text: Samme mål
        target: 10
      - text: Samme mål
        baseline: 4
        target: 4
  - id: to
    title: To
    responsible: anne
    goals:
      - text: Samme mål
        target: 10
---
",
    );
    let out = site.build();
    let err = stderr(&out);
    let at = |severity: &str, message: &str, line: usize, column: usize| {
        let wanted =
            format!("{severity}: {message}\n  --> content/plan/index.md:{line}:{column}\n");
        assert!(err.contains(&wanted), "wanted {wanted:?} in:\n{err}");
    };
    let unmeasured = "the goal \"Samme mål\" has no measured value (`current`)";
    at("warning", unmeasured, 8, 9);
    at("warning", unmeasured, 10, 9);
    at("warning", unmeasured, 17, 9);
    at(
        "error",
        "the goal \"Samme mål\" has a target equal to its baseline (4), so progress towards it cannot be measured",
        12,
        9,
    );
}

#[test]
fn a_site_without_an_accessibility_statement_is_warned_and_fails_check_strict() {
    let site = Site::new();
    site.edit("site.yaml", "accessibility_statement: https://was.digst.dk/strategi-test-dk\n", "");
    site.file("content/directors/anne.md", "---\nname: Anne\n---\n");
    let out = site.build_ok();
    let err = stderr(&out);
    assert!(
        err.contains("warning: the site links no accessibility statement (`accessibility_statement` in site.yaml)"),
        "{err}"
    );
    // A Danish site is told where such statements are made, with its own address.
    assert!(err.contains("https://was.digst.dk/strategi-test-dk"), "{err}");
    let strict = retning().args(["check", "--strict", "--root"]).arg(site.path()).output().unwrap();
    assert_eq!(strict.status.code(), Some(1), "{}", stderr(&strict));
    // Norwegian sites are pointed to uustatus.no.
    site.edit("site.yaml", "language: da", "language: nb");
    assert!(stderr(&site.build_ok()).contains("uustatus.no"));
}

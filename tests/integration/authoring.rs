//! Authoring: `retning init`, `retning new`, what `check` prints in each format and
//! which exit code it gives, and the terminal behaviour of `build` (`--quiet`,
//! `--verbose`, nothing but plain lines when stderr is not a terminal).

use std::path::Path;

use crate::support::*;

const LANGUAGES: [&str; 5] = ["da", "nb", "nn", "sv", "en"];

/// Runs `retning <args>` and returns its output.
fn run(args: &[&str], root: &Path) -> std::process::Output {
    retning().args(args).arg("--root").arg(root).output().expect("run retning")
}

fn init(dir: &Path, args: &[&str]) -> std::process::Output {
    retning().arg("init").arg(dir).args(args).output().expect("run retning")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

/// Every file under `dir`, relative, `/`-separated, sorted.
fn files(dir: &Path) -> Vec<String> {
    file_list(dir)
}

// --- retning init -------------------------------------------------------------------

#[test]
fn init_makes_a_site_that_checks_strict_and_builds_without_warnings_in_every_language() {
    for lang in LANGUAGES {
        let parent = tempfile::tempdir().unwrap();
        let dir = parent.path().join("ny-side");
        let out = init(
            &dir,
            &[
                "--language",
                lang,
                "--base-url",
                "https://strategi.example.dk",
                "--accessibility-statement",
                "https://was.digst.dk/strategi-example-dk",
            ],
        );
        assert!(out.status.success(), "{lang}: {}", stderr(&out));
        assert_eq!(
            files(&dir).len(),
            6,
            "{lang}: site.yaml, .gitignore, front page, director, strategy, initiative: {:?}",
            files(&dir)
        );

        let check = run(&["check", "--strict"], &dir);
        assert_eq!(check.status.code(), Some(0), "{lang}: {}", stderr(&check));
        let said = stderr(&check);
        assert!(said.ends_with("no errors\n") && !said.contains("warning"), "{lang}: {said}");

        let public = parent.path().join("public");
        let build = build_at(&dir, &public);
        assert!(build.status.success(), "{lang}: {}", stderr(&build));
        let err = stderr(&build);
        assert!(!err.contains("warning"), "{lang}: {err}");
        assert!(err.starts_with("built "), "{lang}: {err}");

        let json: serde_json::Value =
            serde_json::from_str(&read(&public.join("data/site.json"))).unwrap();
        assert_eq!(json["strategies"].as_array().unwrap().len(), 1, "{lang}");
        let initiatives = json["initiatives"].as_array().unwrap();
        assert_eq!(initiatives.len(), 1, "{lang}");
        let initiative = &initiatives[0];
        // baseline 20, target 30, current 23: 30 %.
        assert_eq!(initiative["progress"], "30.00", "{lang}: {initiative}");
        assert_eq!(initiative["goals"][0]["progress"], "30.00", "{lang}");
        assert_eq!(initiative["responsible"].as_array().unwrap().len(), 1, "{lang}");
        assert_eq!(initiative["themes"].as_array().unwrap().len(), 1, "{lang}");
        assert_eq!(json["directors"].as_array().unwrap().len(), 1, "{lang}");
        assert!(public.join("index.html").is_file());
    }
}

#[test]
fn init_writes_notes_in_the_chosen_language_and_takes_title_and_organisation() {
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("site");
    let out = init(
        &dir,
        &["--language", "sv", "--title", "Ærø: strategier #1", "--organisation", "Ærø Kommun"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let yaml = read(&dir.join("site.yaml"));
    assert!(yaml.contains("# Rader som börjar med # är förklaringar till dig"), "{yaml}");
    assert!(yaml.contains("\nlanguage: sv\n"), "{yaml}");
    assert!(yaml.contains("\ntitle: \"Ærø: strategier #1\"\n"), "{yaml}");
    assert!(yaml.contains("\norganisation: Ærø Kommun\n"), "{yaml}");
    let initiative = read(&dir.join("content/strategi/fler-cyklister.md"));
    assert!(initiative.contains("# Mål: det som ska uppnås"), "{initiative}");

    let public = parent.path().join("public");
    let build = build_at(&dir, &public);
    assert!(build.status.success(), "{}", stderr(&build));
    let html = read(&public.join("index.html"));
    assert!(html.contains("<title>Ærø: strategier #1</title>"), "{html}");
    assert!(html.contains("Ærø Kommun"));
    assert!(html.contains("<html lang=\"sv\""));
}

#[test]
fn init_defaults_to_danish_and_tells_what_to_do_next() {
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("site");
    let out = init(&dir, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("  content/strategi/flere-cyklister.md\n"), "{err}");
    assert!(err.contains("retning serve"), "{err}");
    assert!(err.contains("retning build"), "{err}");
    let yaml = read(&dir.join("site.yaml"));
    assert!(yaml.contains("\nlanguage: da\n"), "{yaml}");
    assert!(yaml.contains("# Linjer, der begynder med #, er forklaringer til dig"), "{yaml}");
}

#[test]
fn init_uses_an_existing_empty_folder() {
    let dir = tempfile::tempdir().unwrap();
    let out = init(dir.path(), &["--language", "en"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(dir.path().join("content/strategy/more-cycling.md").is_file());
}

#[test]
fn init_refuses_a_folder_that_is_not_empty() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.txt"), "mine").unwrap();
    let out = init(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.starts_with("error: the folder `"), "{err}");
    assert!(err.contains("is not empty"), "{err}");
    assert!(err.contains("= help: "), "{err}");
    assert_eq!(files(dir.path()), vec!["notes.txt"]);
    assert_eq!(read(&dir.path().join("notes.txt")), "mine");
}

#[test]
fn init_refuses_an_unknown_language() {
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("site");
    let out = init(&dir, &["--language", "de"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("da, nb, nn, sv, en"), "{}", stderr(&out));
    assert!(!dir.exists());
}

// --- retning new --------------------------------------------------------------------

fn new(site: &Site, args: &[&str]) -> std::process::Output {
    let mut all = vec!["new"];
    all.extend_from_slice(args);
    run(&all, site.path())
}

#[test]
fn new_director_strategy_and_initiative_build_and_check_strict() {
    let site = Site::new();
    let out = new(&site, &["director", "anne-hansen"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("created content/directors/anne-hansen.md\n"));
    let out = new(&site, &["strategy", "klimaplan"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("created content/klimaplan/index.md\n"));
    let out = new(&site, &["initiative", "bedre-cykelstier"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("the site has one strategy, `klimaplan`; the initiative goes there"),
        "{err}"
    );
    assert!(err.contains("created content/klimaplan/bedre-cykelstier.md\n"), "{err}");

    let director = read(&site.path().join("content/directors/anne-hansen.md"));
    assert!(director.contains("\nname: Anne Hansen\n"), "{director}");
    let strategy = read(&site.path().join("content/klimaplan/index.md"));
    assert!(strategy.contains("\ntitle: Klimaplan\n"), "{strategy}");
    assert!(strategy.contains("\nstatus: draft\n"), "{strategy}");
    assert!(strategy.contains("# Strategiens titel, som den står øverst på siden.\n"));
    let initiative = read(&site.path().join("content/klimaplan/bedre-cykelstier.md"));
    // The only director is filled in; the strategy has no themes yet, which is said.
    assert!(initiative.contains("\nresponsible: anne-hansen\n"), "{initiative}");
    assert!(initiative.contains("Strategien har endnu ingen temaer."), "{initiative}");
    assert!(initiative.contains("\n# theme: theme-id\n"), "{initiative}");
    assert!(initiative.contains("\n# goals:\n#   - text: "), "{initiative}");

    let check = run(&["check", "--strict"], site.path());
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
    // A new strategy is a draft: `build` leaves it out (and says so) until it is
    // adopted; `build --drafts` shows it.
    let out = site.build_ok();
    assert!(stderr(&out).contains("the strategy `klimaplan` is a draft"), "{}", stderr(&out));
    assert!(!site.public().join("klimaplan").exists());
    assert!(site.build_with(&["--drafts"]).status.success());
    assert!(site.page("/klimaplan/bedre-cykelstier/").contains("Bedre cykelstier"));
    assert!(site.page("/directors/anne-hansen/").contains("Bedre cykelstier"));
}

#[test]
fn new_strategy_guesses_only_certain_years_and_check_asks_for_the_rest() {
    let site = Site::new();
    // Both years in the id: certain.
    assert!(new(&site, &["strategy", "klimaplan-2014-2017"]).status.success());
    let both = read(&site.path().join("content/klimaplan-2014-2017/index.md"));
    assert!(both.contains("\nperiod: { start: 2014, end: 2017 }\n"), "{both}");
    // One year: a plan to 2030, or from it? A placeholder, commented out.
    assert!(new(&site, &["strategy", "klimaplan-2030"]).status.success());
    let one = read(&site.path().join("content/klimaplan-2030/index.md"));
    assert!(!one.contains("\nperiod:"), "{one}");
    assert!(one.contains("\n# period: "), "{one}");
    assert!(one.contains("minder dig om det"), "{one}");
    assert!(one.contains("\ntitle: Klimaplan 2030\n"), "{one}");
    // check reminds (advisory: --strict still passes, the build is unchanged).
    let err = stderr(&run(&["check"], site.path()));
    assert!(
        err.contains("the strategy `klimaplan-2030` does not say which years it covers"),
        "{err}"
    );
    assert!(!err.contains("`klimaplan-2014-2017` does not say"), "{err}");
    assert_eq!(run(&["check", "--strict"], site.path()).status.code(), Some(0));
    // Filled in as the note says: the reminder goes.
    site.edit("content/klimaplan-2030/index.md", "# period: ", "period: ");
    let err = stderr(&run(&["check"], site.path()));
    assert!(!err.contains("does not say which years"), "{err}");
}

#[test]
fn new_files_build_in_every_language_and_their_notes_use_it() {
    let opening = [
        ("da", "# Linjer, der begynder med #"),
        ("nb", "# Linjer som begynner med #"),
        ("nn", "# Linjer som byrjar med #"),
        ("sv", "# Rader som börjar med #"),
        ("en", "# Lines starting with #"),
    ];
    for (lang, words) in opening {
        let site = Site::new();
        site.file("site.yaml", &SITE_YAML.replace("language: da", &format!("language: {lang}")));
        for args in [
            &["director", "anne"][..],
            &["director", "bo"],
            &["strategy", "plan"],
            &["initiative", "cykler", "--strategy", "plan"],
        ] {
            let out = new(&site, args);
            assert!(out.status.success(), "{lang} {args:?}: {}", stderr(&out));
        }
        let initiative = read(&site.path().join("content/plan/cykler.md"));
        assert!(initiative.contains(words), "{lang}:\n{initiative}");
        // Two directors: none is picked, both are listed.
        assert!(initiative.contains("anne, bo."), "{lang}:\n{initiative}");
        assert!(initiative.contains("\n# responsible: anne\n"), "{lang}:\n{initiative}");
        let out = site.build_with(&["--drafts"]);
        assert!(out.status.success(), "{lang}: {}", stderr(&out));
        // The initiative has no responsible director yet: a warning, not an error.
        assert!(stderr(&out).contains("has no responsible director"), "{lang}");
    }
}

#[test]
fn new_initiative_fills_in_the_only_theme_and_lists_several() {
    let site = Site::new();
    site.file("content/directors/anne.md", "---\nname: Anne\n---\n");
    site.file(
        "content/en/index.md",
        "---\ntitle: En\nthemes:\n  - id: klima\n    title: Klima\n---\n",
    );
    site.file(
        "content/to/index.md",
        "---\ntitle: To\nthemes:\n  - id: klima\n    title: Klima\n  - id: trafik\n    title: Trafik\n---\n",
    );
    assert!(new(&site, &["initiative", "a", "--strategy", "en"]).status.success());
    assert!(new(&site, &["initiative", "b", "--strategy", "to"]).status.success());
    let a = read(&site.path().join("content/en/a.md"));
    assert!(a.contains("\ntheme: klima\n"), "{a}");
    let b = read(&site.path().join("content/to/b.md"));
    assert!(b.contains("# Kendte id'er: klima, trafik.\n# theme: klima\n"), "{b}");
    assert!(b.contains("# Initiativ i strategien To. Siden får adressen /to/b/."), "{b}");
    let check = run(&["check", "--strict"], site.path());
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
}

#[test]
fn new_initiative_moves_a_single_file_strategy_into_a_folder_and_keeps_its_links() {
    let site = Site::new();
    site.file("content/directors/anne.md", "---\nname: Anne\n---\n");
    let strategy = "---\ntitle: Plan\nthemes:\n  - id: klima\n    title: Klima\n    summary: Se [Anne](directors/anne.md).\n---\nLæs om [Anne](directors/anne.md#bio) og [forsiden](/index.md).\n";
    site.file("content/plan.md", strategy);
    site.file("content/index.md", "Forsiden.\n");
    site.build_ok();
    let before = site.page("/plan/");

    let out = new(&site, &["initiative", "cykler"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("moved content/plan.md to content/plan/index.md"), "{err}");
    assert!(err.contains("adjusted 2 .md links"), "{err}");
    assert!(!site.path().join("content/plan.md").exists());
    let moved = read(&site.path().join("content/plan/index.md"));
    assert_eq!(
        moved,
        strategy
            .replace("(directors/anne.md)", "(../directors/anne.md)")
            .replace("(directors/anne.md#bio)", "(../directors/anne.md#bio)")
    );
    let initiative = read(&site.path().join("content/plan/cykler.md"));
    assert!(initiative.contains("\ntheme: klima\n"), "{initiative}");
    assert!(initiative.contains("\nresponsible: anne\n"), "{initiative}");

    let check = run(&["check", "--strict"], site.path());
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
    site.build_ok();
    let after = site.page("/plan/");
    assert!(after.contains("href=\"/directors/anne/#bio\""), "{after}");
    assert!(before.contains("href=\"/directors/anne/#bio\""), "{before}");
    assert!(site.page("/plan/cykler/").contains("Cykler"));
}

#[test]
fn new_refuses_an_invalid_id_and_suggests_one() {
    let site = Site::new();
    site.file("content/plan/index.md", "---\ntitle: Plan\n---\n");
    let out = new(&site, &["initiative", "Bedre Cykelstier på Ærø"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: `Bedre Cykelstier på Ærø` is not a valid id\n  = help: an id is lowercase letters a–z, digits and `-` (no spaces, no æ, ø, å); it becomes the file name and the web address; did you mean `bedre-cykelstier-paa-aero`? retning new initiative bedre-cykelstier-paa-aero\n"
    );
    assert_eq!(files(&site.path().join("content")), vec!["plan/index.md"]);
}

#[test]
fn new_refuses_to_overwrite() {
    let site = Site::new();
    site.file("content/directors/anne.md", "---\nname: Anne Hansen\n---\nMin tekst.\n");
    site.file("content/plan/index.md", "---\ntitle: Plan\n---\n");
    site.file("content/plan/cykler.md", "---\ntitle: Cykler\n---\nMin tekst.\n");
    for (args, message) in [
        (&["director", "anne"][..], "error: there is already a director with the id `anne`\n"),
        (&["initiative", "cykler"], "error: `content/plan/cykler.md` already exists\n"),
        (&["strategy", "plan"], "error: `content/plan/index.md` already exists\n"),
    ] {
        let out = new(&site, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).starts_with(message), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains("retning never overwrites a file"));
    }
    assert_eq!(
        read(&site.path().join("content/directors/anne.md")),
        "---\nname: Anne Hansen\n---\nMin tekst.\n"
    );
    assert_eq!(
        read(&site.path().join("content/plan/cykler.md")),
        "---\ntitle: Cykler\n---\nMin tekst.\n"
    );
}

#[test]
fn new_refuses_an_inline_initiative_id_that_is_taken() {
    let site = Site::new();
    site.file(
        "content/plan/index.md",
        "---\ntitle: Plan\ninitiatives:\n  - id: cykler\n    title: Cykler\n---\n",
    );
    let out = new(&site, &["initiative", "cykler"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out)
        .contains("already has an initiative `cykler` (written inline in content/plan/index.md)"));
    assert!(!site.path().join("content/plan/cykler.md").exists());
}

#[test]
fn new_initiative_asks_which_strategy_when_there_are_several() {
    let site = Site::new();
    site.file("content/klimaplan/index.md", "---\ntitle: Klima\n---\n");
    site.file("content/skoleplan.md", "---\ntitle: Skole\n---\n");

    let out = new(&site, &["initiative", "cykler"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: the site has 2 strategies; say which one the initiative belongs to\n  = help: add --strategy, like: retning new initiative cykler --strategy klimaplan  (strategies: klimaplan, skoleplan)\n"
    );

    let out = new(&site, &["initiative", "cykler", "--strategy", "klimaplann"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: there is no strategy `klimaplann` in content/\n  = help: did you mean `klimaplan`? strategies: klimaplan, skoleplan\n"
    );

    let out = new(&site, &["initiative", "cykler", "--strategy", "klimaplan"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stderr(&out).contains("the site has one strategy"));
    assert!(site.path().join("content/klimaplan/cykler.md").is_file());
    assert!(site.path().join("content/skoleplan.md").is_file(), "the other strategy stays");
}

#[test]
fn new_refusals_for_missing_strategy_reserved_ids_and_misplaced_options() {
    let site = Site::new();
    let out = new(&site, &["initiative", "cykler"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("make a strategy first: retning new strategy ID"));

    let out = new(&site, &["strategy", "status"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("`status` is reserved for the site's own pages"));

    let out = new(&site, &["initiative", "index", "--strategy", "x"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("`index` cannot be an initiative id"));

    let out = new(&site, &["director", "anne", "--strategy", "plan"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--strategy is only for initiatives"));

    let out = new(&site, &["tema", "klima"]);
    assert_eq!(out.status.code(), Some(2), "clap refuses an unknown kind");
    assert!(stderr(&out).contains("strategy, initiative, director"), "{}", stderr(&out));

    assert_eq!(files(site.path()), vec!["site.yaml"], "nothing was written");
}

#[test]
fn new_outside_a_site_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let out =
        retning().args(["new", "director", "anne", "--root"]).arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("is not a retning site: it has no site.yaml"));
    assert!(stderr(&out).contains("retning init DIR"));
    assert!(files(dir.path()).is_empty());
}

#[test]
fn new_reads_the_language_even_from_a_site_yaml_with_another_mistake() {
    let site = Site::new();
    site.file(
        "site.yaml",
        &format!("{}tittel: x\n", SITE_YAML.replace("language: da", "language: nn")),
    );
    let out = new(&site, &["director", "kari"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = read(&site.path().join("content/directors/kari.md"));
    assert!(text.contains("# Linjer som byrjar med #"), "{text}");
}

// --- retning check --------------------------------------------------------------------

/// A site with one error (an unknown director) and one warning (a goal without a
/// measured value).
fn site_with_problems() -> Site {
    let site = Site::new();
    site.file("content/directors/anne.md", "---\nname: Anne\n---\n");
    site.file(
        "content/plan/index.md",
        "---\ntitle: Plan\nthemes:\n  - id: klima\n    title: Klima\n---\n",
    );
    site.file(
        "content/plan/cykler.md",
        "---\ntitle: Cykler\ntheme: klima\nresponsible: ane\ngoals:\n  - text: Flere cyklister\n    target: 30\n    unit: cyklister\n---\n",
    );
    site
}

/// A site with only the warning.
fn site_with_warning() -> Site {
    let site = site_with_problems();
    site.edit("content/plan/cykler.md", "responsible: ane", "responsible: anne");
    site
}

#[test]
fn check_human_output_has_location_source_line_caret_and_help() {
    let site = site_with_problems();
    let out = run(&["check"], site.path());
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "", "human output goes to stderr");
    assert_eq!(
        stderr(&out),
        "error: unknown director `ane`\n  --> content/plan/cykler.md:4:14\n  |\n4 | responsible: ane\n  |              ^^^\n  = help: did you mean `anne`?\n\nwarning: the goal \"Flere cyklister\" has no measured value (`current`)\n  --> content/plan/cykler.md:6:5\n  |\n6 |   - text: Flere cyklister\n  |     ^^^^\n  = help: add `current: <latest value>` when it has been measured\n\n1 error, 1 warning\n"
    );
    let err = stderr(&out);
    let block = problem(&err, "error", "unknown director `ane`", "content/plan/cykler.md:4:14");
    assert_eq!(help_of(block), "did you mean `anne`?");
}

#[test]
fn check_json_prints_one_object_per_line() {
    let site = site_with_problems();
    let out = run(&["check", "--format", "json"], site.path());
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out), "", "machine output goes to stdout alone");
    let text = stdout(&out);
    let lines: Vec<serde_json::Value> =
        text.lines().map(|l| serde_json::from_str(l).expect("each line is JSON")).collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert_eq!(
        lines[0],
        serde_json::json!({
            "severity": "error",
            "kind": "unknown-reference",
            "code": "unknown-reference",
            "file": "content/plan/cykler.md",
            "line": 4,
            "column": 14,
            "message": "unknown director `ane`",
            "help": "did you mean `anne`?",
            "language": "en",
        })
    );
    assert_eq!(lines[1]["severity"], "warning");
    assert_eq!(lines[1]["kind"], "goal-without-current");
    assert_eq!(lines[1]["code"], "goal-without-current");
    assert_eq!(lines[1]["line"], 6);
    assert_eq!(lines[1]["column"], 5);
    for line in &lines {
        let keys: Vec<&str> = line.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys.len(), 9, "{line}");
        for key in
            ["severity", "kind", "code", "file", "line", "column", "message", "help", "language"]
        {
            assert!(line.get(key).is_some(), "{key} in {line}");
        }
    }
}

#[test]
fn check_github_prints_workflow_annotations() {
    let site = site_with_problems();
    let out = run(&["check", "--format", "github"], site.path());
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stdout(&out),
        "::error file=content/plan/cykler.md,line=4,col=14,title=unknown-reference::unknown director `ane` (help: did you mean `anne`?)\n::warning file=content/plan/cykler.md,line=6,col=5,title=goal-without-current::the goal \"Flere cyklister\" has no measured value (`current`) (help: add `current: <latest value>` when it has been measured)\n"
    );
}

#[test]
fn check_gitlab_writes_a_code_quality_report() {
    let site = site_with_problems();
    let out = run(&["check", "--format", "gitlab"], site.path());
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("one JSON array");
    let issues = report.as_array().expect("an array");
    assert_eq!(issues.len(), 2, "{report}");
    assert_eq!(issues[0]["location"]["path"], "content/plan/cykler.md");
    assert_eq!(issues[0]["location"]["lines"]["begin"], 4);
    assert_eq!(issues[0]["severity"], "major");
    assert_eq!(issues[1]["severity"], "minor");
    // Nothing to report, even under --quiet: still a report file GitLab can read.
    let clean = site_with_warning();
    clean.edit("content/plan/cykler.md", "    target: 30\n", "    target: 30\n    current: 12\n");
    for args in [&["check", "--format", "gitlab"][..], &["check", "--quiet", "--format", "gitlab"]]
    {
        let out = run(args, clean.path());
        assert_eq!(out.status.code(), Some(0));
        assert_eq!(stdout(&out), "[]\n", "{args:?}");
    }
}

#[test]
fn check_exit_codes() {
    // Clean: 0, "no errors".
    let clean = site_with_warning();
    clean.edit("content/plan/cykler.md", "    target: 30\n", "    target: 30\n    current: 12\n");
    let out = run(&["check"], clean.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // Outside git, the one line on why the pages show no history of changes.
    assert_eq!(
        stderr(&out),
        "history: not shown on the pages, because the site's folder is not in a git repository\nno errors\n"
    );
    let out = run(&["check", "--strict"], clean.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    for format in ["json", "github"] {
        let out = run(&["check", "--format", format], clean.path());
        assert_eq!(out.status.code(), Some(0));
        assert_eq!(stdout(&out), "", "{format}: nothing to report");
    }

    // Warnings only: 0 without --strict, 1 with it, in every format.
    let warned = site_with_warning();
    for format in ["human", "json", "github"] {
        let out = run(&["check", "--format", format], warned.path());
        assert_eq!(out.status.code(), Some(0), "{format}");
        let out = run(&["check", "--strict", "--format", format], warned.path());
        assert_eq!(out.status.code(), Some(1), "{format} --strict");
    }
    let out = run(&["check"], warned.path());
    // One summary, not "0 errors, 1 warning" and then "no errors".
    assert!(stderr(&out).ends_with("0 errors, 1 warning\n"), "{}", stderr(&out));
    assert!(!stderr(&out).contains("no errors"), "{}", stderr(&out));

    // Errors: 1, with or without --strict.
    let broken = site_with_problems();
    assert_eq!(run(&["check"], broken.path()).status.code(), Some(1));
    assert_eq!(run(&["check", "--strict"], broken.path()).status.code(), Some(1));

    // Usage errors: 2.
    let nowhere = tempfile::tempdir().unwrap();
    let out = run(&["check"], nowhere.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("is not a retning site: it has no site.yaml"),
        "{}",
        stderr(&out)
    );
    let out = run(&["check", "--format", "xml"], clean.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("human, json, github, gitlab"), "{}", stderr(&out));
    let out = run(&["check", "--stirct"], clean.path());
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn check_quiet_prints_errors_only() {
    let warned = site_with_warning();
    let out = run(&["check", "--quiet"], warned.path());
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stderr(&out), "");
    // Under --strict the warning is what fails the check, so it is shown.
    let out = run(&["check", "--quiet", "--strict"], warned.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).starts_with("warning: the goal"), "{}", stderr(&out));
    let broken = site_with_problems();
    let out = run(&["check", "-q"], broken.path());
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.starts_with("error: unknown director `ane`"), "{err}");
    assert!(!err.contains("warning"), "errors only: {err}");
}

// --- build on the terminal --------------------------------------------------------------

#[test]
fn build_verbose_prints_a_timing_line_per_stage() {
    let site = site_with_warning();
    let out = retning()
        .args(["build", "--verbose", "--root"])
        .arg(site.path())
        .arg("--output")
        .arg(site.public())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    let stages: Vec<&str> = err
        .lines()
        .filter(|l| l.starts_with("  ") && l.contains(" ms "))
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(stages, ["load", "link", "render", "write"], "{err}");
    // front page? no; one director, one strategy, one initiative.
    let load = err.lines().find(|l| l.trim_start().starts_with("load")).unwrap();
    assert!(load.ends_with(" 3 documents"), "{load}");
    let render = err.lines().find(|l| l.trim_start().starts_with("render")).unwrap();
    assert!(render.ends_with(" files"), "{render}");
    assert!(err.contains("warning: the goal"), "warnings still shown: {err}");
    assert!(err.lines().last().unwrap().starts_with("built "), "{err}");

    let out = run(&["check", "--verbose"], site.path());
    let err = stderr(&out);
    let stages: Vec<&str> = err
        .lines()
        .filter(|l| l.starts_with("  ") && l.contains(" ms "))
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(stages, ["load", "link", "render"], "{err}");
}

#[test]
fn build_quiet_prints_nothing_on_success_and_errors_on_failure() {
    let site = site_with_warning();
    let out = retning()
        .args(["build", "-q", "--root"])
        .arg(site.path())
        .arg("--output")
        .arg(site.public())
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(stderr(&out), "");
    assert_eq!(stdout(&out), "");

    let broken = site_with_problems();
    let out = retning()
        .args(["build", "--quiet", "--root"])
        .arg(broken.path())
        .arg("--output")
        .arg(broken.public())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).starts_with("error: unknown director `ane`"), "{}", stderr(&out));
    assert!(!stderr(&out).contains("warning"), "{}", stderr(&out));
}

#[test]
fn build_output_off_a_terminal_is_plain_lines() {
    // stderr is a pipe here, and NO_COLOR is not set: still no colour, no spinner.
    let site = site_with_problems();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_retning"))
        .env_remove("NO_COLOR")
        .args(["build", "--verbose", "--root"])
        .arg(site.path())
        .arg("--output")
        .arg(site.public())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(!err.contains('\x1b'), "no escape codes off a terminal: {err:?}");
    assert!(!err.contains('\r'), "no spinner redraws off a terminal: {err:?}");
    assert!(err.starts_with("  load "), "{err}");
}

/// Runs `retning <args>` under a pseudo-terminal (with `script`), so stderr is a
/// terminal; `None` when `script` is not available.
fn on_a_terminal(args: &str, no_color: bool) -> Option<String> {
    let command = format!("'{}' {args}", env!("CARGO_BIN_EXE_retning"));
    let mut script = std::process::Command::new("script");
    script.env("RETNING_LANG", "en");
    script.args(["-qec", &command, "/dev/null"]);
    if no_color {
        script.env("NO_COLOR", "1");
    } else {
        script.env_remove("NO_COLOR");
    }
    let out = script.output().ok()?;
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn colour_only_on_a_terminal_and_never_with_no_color() {
    let site = site_with_problems();
    let args = format!("check --root '{}'", site.path().display());
    let Some(coloured) = on_a_terminal(&args, false) else {
        eprintln!("skipped: no `script` to make a terminal");
        return;
    };
    assert!(coloured.contains("\x1b[1;31merror\x1b[0m"), "{coloured:?}");
    let plain = on_a_terminal(&args, true).unwrap();
    assert!(!plain.contains('\x1b'), "NO_COLOR: {plain:?}");
    assert!(plain.contains("error: unknown director `ane`"), "{plain:?}");
}

#[test]
fn a_spinner_on_a_terminal_is_cleared_before_the_result() {
    let site = site_with_warning();
    let args =
        format!("build --root '{}' --output '{}'", site.path().display(), site.public().display());
    let Some(out) = on_a_terminal(&args, true) else {
        eprintln!("skipped: no `script` to make a terminal");
        return;
    };
    let last = out.trim_end().rsplit('\n').next().unwrap_or_default();
    assert!(last.starts_with("built "), "{out:?}");
    // A small site builds in less than the spinner's delay; should this machine be
    // slow enough to show it, it must be gone before anything else is printed.
    if let Some(frame) = out.rfind("building") {
        assert!(out[frame..].contains("\r\x1b[2K"), "spinner not cleared: {out:?}");
    }
}

// --- docs stay true ---------------------------------------------------------------------

fn repo_file(relative: &str) -> String {
    read(&Path::new(env!("CARGO_MANIFEST_DIR")).join(relative))
}

#[test]
fn the_base_html_example_in_the_template_reference_builds() {
    let reference = repo_file("docs/templates.md");
    let start = reference.find("```html\n").expect("an html example") + "```html\n".len();
    let example = &reference[start..start + reference[start..].find("```").unwrap()];
    let site = Site::new();
    site.file("site.yaml", &format!("{SITE_YAML}theme: kommune\nlogo: static/logo.svg\n"));
    site.file("static/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    site.file("themes/kommune/templates/base.html", example);
    site.file("themes/kommune/static/kommune.css", "body { color: black }\n");
    site.file("content/directors/anne.md", "---\nname: Anne\n---\n");
    site.file("content/plan/index.md", "---\ntitle: Plan\n---\nTekst.\n");
    site.file("content/plan/a.md", "---\ntitle: Cykler\nresponsible: anne\n---\n");
    site.build_ok();
    let page = site.page("/plan/a/");
    assert!(page.contains("/static/kommune.css"), "{page}");
    assert!(page.contains("<img src=\"/logo.svg\" alt=\"\">"), "{page}");
    assert!(page.contains("<h1>Cykler</h1>"), "the built-in initiative.html extends it: {page}");
    assert!(site.exists("static/kommune.css"));
    assert!(site.exists("logo.svg"), "static/ goes to the output root");
}

#[test]
fn the_template_reference_lists_every_t_field() {
    let reference = repo_file("docs/templates.md");
    let i18n = repo_file("src/i18n/ui_text.rs");
    let start = i18n.find("pub struct UiText {").unwrap();
    let body = &i18n[start..start + i18n[start..].find("\n}\n").unwrap()];
    let fields: Vec<&str> = body
        .lines()
        .filter_map(|l| l.trim().strip_prefix("pub ")?.split(':').next())
        .filter(|f| !f.contains(' '))
        .collect();
    assert!(fields.len() > 50, "{fields:?}");
    let missing: Vec<&&str> =
        fields.iter().filter(|f| !reference.contains(&format!("| `t.{f}` |"))).collect();
    assert!(missing.is_empty(), "docs/templates.md lacks t fields: {missing:?}");
}

/// The worked examples of section 7 and 8 of the guides (docs/en/guide.md,
/// docs/da/vejledning.md), built: if this fails, fix the guides too.
#[test]
fn the_guides_worked_examples_hold() {
    let site = Site::new();
    site.file("content/directors/anne.md", "---\nname: Anne\n---\n");
    site.file("content/directors/bo.md", "---\nname: Bo\n---\n");
    site.file(
        "content/plan/index.md",
        "---\ntitle: Plan\nthemes:\n  - id: velfaerd\n    title: Velfærd\n  - id: okonomi\n    title: Økonomi\nbudget:\n  - year: 2013\n    unit: mio. kr.\n    target: 1.5\n---\n",
    );
    site.file(
        "content/plan/a.md",
        "---\ntitle: A\ntheme: [velfaerd, okonomi]\nresponsible: [anne, bo]\nstart: 2013-01-01\ndue: 2014-12-31\ngoals:\n  - text: Unge i uddannelse\n    baseline: 78\n    target: 85\n    current: 81.5\n  - text: Sygefravær\n    baseline: 12\n    target: 9\n    current: 10.5\n  - text: Besparelse\n    target: 20\n    current: 12.5\n  - text: Ikke målt\n    baseline: 78\n    target: 85\nbudget:\n  - year: 2013\n    unit: mio. kr.\n    target: 2.5\n    realised: 1.25\n  - year: 2014\n    unit: mio. kr.\n    target: 4\n---\n",
    );
    site.file(
        "content/plan/b.md",
        "---\ntitle: B\ntheme: velfaerd\nresponsible: anne\nstart: 2012-01-01\ndue: 2013-12-31\nactions:\n  - { text: x, done: true }\n  - { text: y, done: true }\n  - { text: z, done: false }\n  - { text: v, done: false }\n  - { text: w, done: false }\n---\n",
    );
    site.file(
        "content/plan/c.md",
        "---\ntitle: C\nresponsible: bo\ndue: 2013-05-31\nprogress: 90\n---\n",
    );
    site.file(
        "content/plan/d.md",
        "---\ntitle: D\nresponsible: bo\nstatus: cancelled\nprogress: 10\n---\n",
    );
    site.file(
        "content/plan/e.md",
        "---\ntitle: E\nresponsible: bo\nstart: 2012-01-01\ndue: 2013-12-31\nprogress: 60\n---\n",
    );
    site.file(
        "content/plan/f.md",
        "---\ntitle: F\nresponsible: bo\nstart: 2013-09-01\ndue: 2014-06-30\n---\n",
    );
    site.file(
        "content/plan/g.md",
        "---\ntitle: G\nresponsible: bo\ngoals:\n  - text: Over\n    baseline: 78\n    target: 85\n    current: 90\n  - text: Tilbage\n    baseline: 78\n    target: 85\n    current: 75\n---\n",
    );
    site.build_ok();
    let json = site.site_json();
    let initiative = |id: &str| by_id(&json["initiatives"], id).clone();
    let a = initiative("a");
    let goals: Vec<serde_json::Value> =
        a["goals"].as_array().unwrap().iter().map(|g| g["progress"].clone()).collect();
    assert_eq!(
        serde_json::Value::from(goals),
        serde_json::json!(["50.00", "50.00", "62.50", null])
    );
    assert!(a["goals"][3]["progress"].is_null());
    assert_eq!(a["progress"], "54.17");
    assert_eq!(a["status"], "on-track");
    let b = initiative("b");
    assert_eq!((b["progress"].as_str(), b["status"].as_str()), (Some("40.00"), Some("at-risk")));
    let c = initiative("c");
    assert_eq!(c["status"], "off-track");
    assert_eq!(initiative("e")["status"], "on-track");
    assert_eq!(initiative("f")["status"], "not-started");
    let g = initiative("g");
    assert_eq!(g["goals"][0]["progress"], "100.00");
    assert_eq!(g["goals"][1]["progress"], "0.00");
    // g (50 %) and e (60 %) are here only for the status table; without them the
    // strategy's mean is (54.17 + 40 + 90) / 3.
    // The guides' strategy example is (54.17 + 40 + 90) / 3 = 61.39 (d is cancelled);
    // e (60 %) and g (50 %) are here for the status and goal tables, so the mean here
    // is (54.1666… + 40 + 90 + 60 + 50) / 5.
    assert_eq!(json["strategies"][0]["progress"], "58.83");
    // Budget: the strategy has its own line plus the initiative's; both directors and
    // both themes count the co-responsible initiative's budget fully.
    assert_eq!(json["strategies"][0]["budget"]["totals"][0]["target"], "8.0");
    assert_eq!(json["strategies"][0]["budget"]["by_year"][0]["target"], "4.0");
    for list in ["directors", "themes"] {
        for item in json[list].as_array().unwrap() {
            if item["id"] == "anne"
                || item["id"] == "bo"
                || item["id"] == "velfaerd"
                || item["id"] == "okonomi"
            {
                assert_eq!(item["budget"]["totals"][0]["target"], "6.5", "{list}: {item}");
            }
        }
    }
    let page = site.page("/plan/");
    assert!(page.contains("4,0\u{a0}mio. kr."), "a sum keeps the written precision");
}

#[test]
fn new_initiative_in_a_strategy_with_a_mistake_does_not_claim_it_has_no_themes() {
    let site = Site::new();
    site.file(
        "content/plan/index.md",
        "---\ntitle: Plan\nthemes:\n  - id: klima\n    titel: Klima\n---\n",
    );
    let out = new(&site, &["initiative", "cykler"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = read(&site.path().join("content/plan/cykler.md"));
    assert!(!text.contains("ingen temaer"), "{text}");
    assert!(text.contains("# Initiativ i strategien plan."), "{text}");
    // The strategy's own mistake is still reported, at its line.
    let check = run(&["check"], site.path());
    assert_eq!(check.status.code(), Some(1));
    assert!(stderr(&check).contains("content/plan/index.md:5:"), "{}", stderr(&check));
}

// --- partials rendered once per initiative -------------------------------------------------

fn site_with_goals_and_actions() -> Site {
    let site = Site::new();
    site.file("content/directors/anne.md", "---\nname: Anne\n---\n");
    site.file("content/plan/index.md", "---\ntitle: Plan\n---\nTekst.\n");
    site.file(
        "content/plan/a.md",
        "---\ntitle: Cykler\nresponsible: anne\ngoals:\n  - text: Flere cyklister\n    baseline: 10\n    target: 30\n    current: 20\n    history:\n      - { date: 2013-01-01, value: 12 }\n      - { date: 2013-06-01, value: 20 }\nactions:\n  - { text: Male striber, done: true }\n  - { text: Tælle cykler, done: false }\n---\n",
    );
    site
}

/// [`site_with_goals_and_actions`] with a theme that overrides `partials`
/// (`(path under templates/, text)`).
fn site_with_partials(partials: &[(&str, &str)]) -> Site {
    let site = site_with_goals_and_actions();
    site.file("site.yaml", &format!("{SITE_YAML}theme: kommune\n"));
    for (partial, text) in partials {
        site.file(&format!("themes/kommune/templates/{partial}"), text);
    }
    site
}

#[test]
fn goals_and_actions_are_the_same_on_the_initiative_page_and_the_print_page() {
    let site = site_with_goals_and_actions();
    site.build_ok();
    let page = site.page("/plan/a/");
    let print = site.page("/print/plan/");
    let part = |html: &str, start: &str, end: &str| {
        let from = html.find(start).unwrap_or_else(|| panic!("no {start} in {html}"));
        let to = from + html[from..].find(end).unwrap() + end.len();
        html[from..to].to_string()
    };
    let goals = part(&page, "<ul class=\"goal-list\">", "</ul>\n");
    assert!(goals.contains("id=\"i-a-goal-1\""), "{goals}");
    assert_eq!(goals, part(&print, "<ul class=\"goal-list\">", "</ul>\n"));
    let actions = part(&page, "<p class=\"progress\"><progress", "</ul>\n");
    assert!(actions.contains("aria-label=\"Gennemførte handlinger: Cykler\""), "{actions}");
    assert!(actions.contains("Ikke gennemført:</span> Tælle cykler"), "{actions}");
    assert_eq!(actions, part(&print, "<p class=\"progress\"><progress", "</ul>\n"));
}

#[test]
fn an_overridden_actions_partial_shows_on_both_pages() {
    let site = site_with_partials(&[(
        "partials/actions.html",
        "<ol class=\"mine\">{% for a in actions %}<li>{{ a.text }} ({{ item.title }})</li>{% endfor %}</ol>",
    )]);
    site.build_ok();
    for url in ["/plan/a/", "/print/plan/"] {
        let html = site.page(url);
        assert!(
            html.contains("<ol class=\"mine\"><li>Male striber (Cykler)</li><li>Tælle cykler (Cykler)</li></ol>"),
            "{url}: {html}"
        );
    }
}

#[test]
fn the_site_header_and_footer_are_their_partials_with_the_pages_kind_and_links() {
    let header = "<header class=\"mine\">{{ page.kind }}|<a href=\"{{ site.base }}status/\">{{ t.status_overview }}</a></header>\n";
    let site = site_with_partials(&[
        ("partials/site_header.html", header),
        ("partials/site_footer.html", "<footer class=\"mine\">{{ site.organisation }}</footer>\n"),
    ]);
    site.build_ok();
    // Each page kind has its header, its links relative to each page as in the page's
    // own text.
    for (file, kind, status) in [
        ("plan/a/index.html", "initiative", "../../status/"),
        ("plan/index.html", "strategy", "../status/"),
        ("status/index.html", "status", "../status/"),
        ("index.html", "front", "status/"),
    ] {
        let html = site.read_raw(file);
        let header = format!(
            "<body class=\"page-{kind}\">\n<header class=\"mine\">{kind}|<a href=\"{status}\">Statusoverblik</a></header>\n"
        );
        assert!(html.contains(&header), "{file}: {html}");
        assert!(html.contains("<footer class=\"mine\">Testkommune</footer>\n"), "{file}: {html}");
    }
    // The header is made once per kind of page: a page's own fields are not there, and
    // the message says which it has.
    site.file(
        "themes/kommune/templates/partials/site_header.html",
        "<header>{{ page.title }}</header>\n",
    );
    let out = site.build();
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("partials/site_header.html") && err.contains("Available fields: kind"),
        "{err}"
    );
}

#[test]
fn an_initiatives_status_and_progress_are_the_same_wherever_it_is_shown() {
    let site = site_with_goals_and_actions();
    site.build_ok();
    let page = site.page("/plan/a/");
    let status = "<span class=\"status status--on-track\">";
    let progress = "<meter class=\"progress__bar\" min=\"0\" max=\"100\" value=\"50.00\" aria-label=\"Fremdrift: Cykler\">50\u{a0}%</meter>";
    assert!(page.contains(status) && page.contains(progress), "{page}");
    for url in ["/plan/", "/print/plan/", "/directors/anne/", "/status/"] {
        let html = site.page(url);
        assert!(html.contains(status), "{url}: {html}");
        assert!(html.contains(progress), "{url}: {html}");
    }
}

#[test]
fn overridden_status_and_progress_partials_show_in_every_list_and_page() {
    let site = site_with_partials(&[
        ("partials/status.html", "<b class=\"mine\">{{ status.label }}</b>"),
        (
            "partials/progress.html",
            "<i class=\"mine\">{{ progress_label }}={% if progress %}{{ progress.text }}{% else %}-{% endif %}</i>",
        ),
    ]);
    site.build_ok();
    for url in ["/plan/a/", "/plan/", "/print/plan/", "/directors/anne/", "/status/"] {
        let html = site.page(url);
        assert!(html.contains("<b class=\"mine\">Følger planen</b>"), "{url}: {html}");
        assert!(
            html.contains("<i class=\"mine\">Fremdrift: Cykler=50\u{a0}%</i>"),
            "{url}: {html}"
        );
        assert!(!html.contains("status__icon"), "{url}: the built-in partial is not used: {html}");
    }
}

#[test]
fn an_overridden_links_partial_shows_an_initiatives_directors_and_themes_everywhere() {
    let site = site_with_partials(&[(
        "partials/links.html",
        "{% for l in links %}[{{ l.title }}]{% endfor %}",
    )]);
    site.file(
        "content/plan/index.md",
        "---\ntitle: Plan\nthemes:\n  - { id: trafik, title: Trafik }\n---\nTekst.\n",
    );
    let initiative = std::fs::read_to_string(site.path().join("content/plan/a.md"))
        .unwrap()
        .replace("responsible: anne", "responsible: anne\ntheme: trafik");
    site.file("content/plan/a.md", &initiative);
    site.build_ok();
    // The initiative's page shows both lists; a theme page's cards its directors only.
    let page = site.page("/plan/a/");
    assert!(page.contains("<dd>[Anne]</dd>") && page.contains("<dd>[Trafik]</dd>"), "{page}");
    for url in ["/status/", "/directors/anne/", "/plan/", "/themes/trafik/"] {
        let html = site.page(url);
        assert!(html.contains("<dd>[Anne]</dd>"), "{url}: {html}");
        assert!(
            !html.contains("<dd><a href=\"/directors/anne/\">"),
            "{url}: the built-in partial is not used: {html}"
        );
    }
}

#[test]
fn an_overridden_initiative_list_shows_on_the_status_page_and_every_other_list() {
    let site = site_with_partials(&[(
        "partials/initiatives.html",
        "<ol class=\"mine\">{% for item in initiatives %}<li>h{{ heading_level }} {{ item.title }} \
         strategy={{ show_strategy }} themes={{ show_themes }}</li>{% endfor %}</ol>",
    )]);
    site.build_ok();
    for (url, flags) in [
        ("/status/", "strategy=true themes=true"),
        ("/directors/anne/", "strategy=true themes=true"),
        ("/plan/", "strategy=false themes=false"),
    ] {
        let html = site.page(url);
        assert!(html.contains(&format!("<li>h3 Cykler {flags}</li>")), "{url}: {html}");
        assert!(!html.contains("initiative-card"), "{url}: the built-in partial is not used");
    }
}

#[test]
fn an_error_in_an_overridden_initiative_list_fails_the_build_naming_it() {
    fails_with_a_broken_partial("partials/initiatives.html", "initiatives");
}

/// Builds the site with `partial` overridden by a template that reads a field that is
/// not there; asserts that the build fails naming the partial and writes nothing.
fn fails_with_a_broken_partial(partial: &str, variable: &str) -> Site {
    let site = site_with_partials(&[(partial, &format!("{{{{ {variable}.missing.field }}}}"))]);
    let out = site.build();
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains(partial), "{err}");
    assert!(
        err.contains("error: a template could not be used: Field `missing` is not defined"),
        "{err}"
    );
    assert!(!err.contains("error: error:"), "{err}");
    assert!(!site.public().exists(), "nothing written: {err}");
    site
}

#[test]
fn an_error_in_an_overridden_status_partial_fails_the_build_naming_it() {
    let site = fails_with_a_broken_partial("partials/status.html", "status");
    // Once for the initiative (whose status is rendered once, whichever pages show
    // it), and once for each other place that includes the partial.
    let check = run(&["check", "--format", "json"], site.path());
    let report = String::from_utf8_lossy(&check.stdout);
    let of_the_initiative =
        report.lines().filter(|l| l.contains("Field `missing`") && !l.contains("called from"));
    assert_eq!(of_the_initiative.count(), 1, "{report}");
}

#[test]
fn an_error_in_an_overridden_goals_partial_fails_the_build_naming_it() {
    fails_with_a_broken_partial("partials/goals.html", "goals");
}

#[test]
fn version_names_the_commit() {
    // Built from a git checkout (as the tests are), the version names its commit, so a
    // problem report says exactly which code it is about.
    let out = retning().arg("--version").output().unwrap();
    assert!(out.status.success());
    let text = stdout(&out);
    let expected_start = format!("retning {} (commit ", env!("CARGO_PKG_VERSION"));
    assert!(text.starts_with(&expected_start), "{text}");
    let commit = text[expected_start.len()..].trim_end().trim_end_matches(')');
    assert!(
        commit.len() == 10 && commit.chars().all(|c| c.is_ascii_hexdigit()),
        "no commit in {text}"
    );
}

//! History from git: timelines, revisions, changes since the last report, the feed; a
//! shallow clone and a site outside git. The repository is made by scripted commits
//! with fixed dates (`tests/fixtures/history.sh`) and what the pages say is compared
//! with what `git log --follow -p` shows.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::*;

/// A git repository of the `search` fixture with the scripted history.
struct HistorySite {
    _dir: tempfile::TempDir,
    root: PathBuf,
}

fn history_site() -> HistorySite {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("site");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/history.sh");
    let out = Command::new("bash").arg(&script).arg(&root).output().expect("run bash");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    HistorySite { _dir: dir, root }
}

fn git(root: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .args(args)
        .current_dir(root)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .output()
        .expect("run git");
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8")
}

fn built(root: &Path, extra: &[&str]) -> (tempfile::TempDir, PathBuf) {
    let out = tempfile::tempdir().expect("tempdir");
    let public = out.path().join("public");
    let run = retning()
        .arg("build")
        .arg("--root")
        .arg(root)
        .arg("--output")
        .arg(&public)
        .args(extra)
        .output()
        .expect("run retning");
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    (out, public)
}

fn page(public: &Path, url: &str) -> String {
    std::fs::read_to_string(public.join(url.trim_start_matches('/')).join("index.html"))
        .unwrap_or_else(|e| panic!("{url}: {e}"))
}

/// One value change `git log -p` shows: the commit's date, the key, old and new value.
#[derive(Debug, PartialEq)]
struct Patched {
    date: String,
    key: String,
    from: Option<String>,
    to: Option<String>,
}

/// The key changes of `git log --follow -p` for `path`, newest first.
fn git_log_changes(root: &Path, path: &str) -> Vec<Patched> {
    let log = git(
        root,
        &["log", "--follow", "--date=short", "--format=commit-date %ad", "-p", "--", path],
    );
    let mut out = Vec::new();
    let mut date = String::new();
    let mut removed: Vec<(String, String)> = Vec::new();
    let flush = |date: &str, removed: &mut Vec<(String, String)>, out: &mut Vec<Patched>| {
        for (key, value) in removed.drain(..) {
            out.push(Patched { date: date.into(), key, from: Some(value), to: None });
        }
    };
    for line in log.lines() {
        if let Some(d) = line.strip_prefix("commit-date ") {
            flush(&date, &mut removed, &mut out);
            date = d.to_string();
            continue;
        }
        let (sign, rest) = match line.chars().next() {
            Some(c @ ('-' | '+')) if !line.starts_with("---") && !line.starts_with("+++") => {
                (c, &line[1..])
            }
            _ => continue,
        };
        let Some((key, value)) = rest.trim().split_once(": ") else { continue };
        if !["target", "due", "status", "current"].contains(&key) {
            continue;
        }
        let (key, value) = (key.to_string(), value.to_string());
        if sign == '-' {
            removed.push((key, value));
        } else if let Some(k) = removed.iter().position(|(k, _)| *k == key) {
            let (_, from) = removed.remove(k);
            out.push(Patched { date: date.clone(), key, from: Some(from), to: Some(value) });
        } else {
            out.push(Patched { date: date.clone(), key, from: None, to: Some(value) });
        }
    }
    flush(&date, &mut removed, &mut out);
    // The first commit's lines are the file's creation, not changes.
    let first = last_date(&log);
    out.retain(|p| p.date != first);
    out
}

fn last_date(log: &str) -> String {
    log.lines().rev().find_map(|l| l.strip_prefix("commit-date ")).unwrap_or_default().to_string()
}

#[test]
fn the_timeline_shows_every_change_git_log_follow_shows_across_the_rename() {
    let site = history_site();
    let (_out, public) = built(&site.root, &[]);
    let html = page(&public, "/kommuneplan/dialogmoeder/");
    let timeline = strip_tags(between(&html, "<h2 id=\"timeline-heading\">", "</section>"));
    let expected = git_log_changes(&site.root, "content/kommuneplan/dialogmoeder.md");
    // Two target revisions, the deadline moved, the status set and taken out, a new
    // measurement after the rename.
    assert_eq!(expected.len(), 6, "{expected:?}");
    let shown = |p: &Patched| -> String {
        let value = |v: &Option<String>| match (p.key.as_str(), v.as_deref()) {
            (_, None) => "ikke angivet".to_string(),
            ("target" | "current", Some(n)) => format!("{n}\u{a0}deltagere"),
            ("due", Some("2026-10-01")) => "1. oktober 2026".into(),
            ("due", Some("2027-03-31")) => "31. marts 2027".into(),
            ("status", Some("at-risk")) => "I risiko".into(),
            (_, Some(other)) => other.to_string(),
        };
        let what = match p.key.as_str() {
            "target" => "Målværdi for »Flere deltagere i dialogmøderne«",
            "current" => "Målt værdi for »Flere deltagere i dialogmøderne«",
            "due" => "Frist",
            "status" => "Status (sat manuelt)",
            other => panic!("unexpected key {other}"),
        };
        format!("{what}: {} → {}", value(&p.from), value(&p.to))
    };
    // Each change in the order git shows them (newest first), under its date.
    let mut at = 0;
    for p in &expected {
        let sentence = shown(p);
        let found = timeline[at..]
            .find(&sentence)
            .unwrap_or_else(|| panic!("{sentence:?} not after position {at} in:\n{timeline}"));
        let date = format_date(&p.date);
        let dated = timeline[..at + found].rfind(&date);
        assert!(dated.is_some_and(|d| d >= at.saturating_sub(40)), "{date} before {sentence}");
        at += found + sentence.len();
    }
    // The creation last, with the first commit's message as its note.
    assert!(timeline[at..].contains("10. januar 2026"), "{timeline}");
    assert!(timeline[at..].contains("Oprettet"));
    assert!(timeline.contains("Note: Målet nedjusteret efter budgetforliget"));
    // The rename alone changed nothing that is followed: no entry of its own.
    assert!(!timeline.contains("10. juni 2026"), "{timeline}");
}

fn format_date(iso: &str) -> String {
    let months = [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ];
    let parts: Vec<usize> = iso.split('-').map(|p| p.parse().unwrap()).collect();
    format!("{}. {} {}", parts[2], months[parts[1] - 1], parts[0])
}

#[test]
fn revisions_are_marked_beside_the_goal_and_listed_newest_first() {
    let site = history_site();
    let (_out, public) = built(&site.root, &[]);
    let html = page(&public, "/kommuneplan/dialogmoeder/");
    let marks: Vec<String> = html
        .split("<p class=\"goal__revision\">")
        .skip(1)
        .map(|p| p[..p.find("</p>").unwrap()].to_string())
        .collect();
    assert_eq!(
        marks,
        [
            "Målværdi for »Flere deltagere i dialogmøderne« ændret fra 120\u{a0}deltagere til 110\u{a0}deltagere den 2. februar 2026.",
            "Målværdi for »Flere deltagere i dialogmøderne« ændret fra 110\u{a0}deltagere til 100\u{a0}deltagere den 3. marts 2026.",
        ]
    );
    let revisions = page(&public, "/revisions/");
    let rows: Vec<String> = revisions
        .split("<tr><th scope=\"row\">")
        .skip(1)
        .map(|r| strip_tags(&r[..r.find("</tr>").unwrap()]))
        .collect();
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert!(
        rows[0].starts_with(
            "4. april 2026Dialogmøder i lokalområderneFrist: 1. oktober 2026 → 31. marts 2027"
        ),
        "{rows:?}"
    );
    assert!(rows[1].contains("110\u{a0}deltagere → 100\u{a0}deltagere"), "{rows:?}");
    assert!(rows[2].contains("120\u{a0}deltagere → 110\u{a0}deltagere"), "{rows:?}");
    assert!(rows[2].ends_with("Målet nedjusteret efter budgetforliget"), "{rows:?}");
    assert!(revisions.contains("href=\"../kommuneplan/dialogmoeder/\""), "links to the initiative");
    // Every page's footer leads to the revisions and the changes pages.
    let front = std::fs::read_to_string(public.join("index.html")).unwrap();
    assert!(front.contains(">Revisioner af mål og frister</a>"));
    assert!(front.contains(">Ændringer siden sidste rapport</a>"));
}

#[test]
fn the_changes_page_counts_from_the_last_report_or_since_a_date_or_tag() {
    let site = history_site();
    // as_of 30 June 2026, no cadence: since the start of the quarter before (1 January).
    let (_out, public) = built(&site.root, &[]);
    let changes = page(&public, "/changes/");
    assert!(changes.contains("er ændret siden 1. januar 2026."), "{changes}");
    assert_eq!(
        changes.matches("<section class=\"changed\"").count(),
        5,
        "every initiative was created since"
    );
    // Since the tag set at the deadline's move (4 April): only the later changes.
    let (_out, public) = built(&site.root, &["--since", "rapport-1"]);
    let changes = strip_tags(&page(&public, "/changes/"));
    assert!(changes.contains("er ændret siden 4. april 2026."), "{changes}");
    assert!(changes.contains("Dialogmøder i lokalområderne"));
    assert!(!changes.contains("Flere cykelstier"), "unchanged since: {changes}");
    assert!(changes.contains("75\u{a0}deltagere → 90\u{a0}deltagere"));
    assert!(changes.contains("Frist: 1. oktober 2026 → 31. marts 2027"));
    assert!(!changes.contains("3. marts 2026"), "before the date: {changes}");
    let (_out, public) = built(&site.root, &["--since", "2026-06-01"]);
    let changes = strip_tags(&page(&public, "/changes/"));
    assert!(changes.contains("20. juni 2026") && changes.contains("6. juni 2026"));
    assert!(!changes.contains("5. maj 2026"), "{changes}");
    // Neither a date nor a tag: said, and nothing built.
    let out = retning()
        .args(["build", "--since", "sidste-uge", "--root"])
        .arg(&site.root)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("`--since sidste-uge` is neither a date nor a tag"));
}

#[test]
fn the_feed_lists_revisions_and_status_changes_newest_first() {
    let site = history_site();
    let config = site.root.join("site.yaml");
    let yaml = std::fs::read_to_string(&config)
        .unwrap()
        .replace("base_url: /", "base_url: https://plan.example.dk");
    std::fs::write(&config, yaml).unwrap();
    let (_out, public) = built(&site.root, &[]);
    let feed = std::fs::read_to_string(public.join("revisions.xml")).unwrap();
    let titles: Vec<&str> =
        feed.split("<entry>").skip(1).map(|e| between(e, "<title>", "</title>")).collect();
    assert_eq!(titles.len(), 5, "{feed}");
    assert!(titles[0].contains("Status (sat manuelt): I risiko → ikke angivet"), "{titles:?}");
    assert!(titles[4].contains("120\u{a0}deltagere → 110\u{a0}deltagere"), "{titles:?}");
    assert!(feed.contains("<updated>2026-06-06T00:00:00Z</updated>"));
    assert!(feed.contains("<link href=\"https://plan.example.dk/kommuneplan/dialogmoeder/\"/>"));
}

#[test]
fn the_same_commit_builds_the_same_bytes() {
    let site = history_site();
    let (_a, first) = built(&site.root, &[]);
    let (_b, second) = built(&site.root, &[]);
    assert_eq!(snapshot(&first), snapshot(&second));
}

#[test]
fn a_shallow_clone_builds_and_says_history_is_not_available_and_check_says_why_once() {
    let site = history_site();
    let clone = site.root.parent().unwrap().join("shallow");
    let url = format!("file://{}", site.root.display());
    git(
        site.root.parent().unwrap(),
        &["clone", "-q", "--depth", "1", &url, clone.to_str().unwrap()],
    );
    let (_out, public) = built(&clone, &[]);
    let html = page(&public, "/kommuneplan/dialogmoeder/");
    assert!(html.contains("Ændringshistorikken kan ikke vises: webstedet er bygget fra en kopi uden den ældre historik."), "{html}");
    assert!(!html.contains("goal__revision"));
    assert!(page(&public, "/revisions/").contains("Ændringshistorikken kan ikke vises"));
    let out = retning().arg("check").arg("--root").arg(&clone).output().expect("run");
    assert!(out.status.success());
    let said = stderr(&out);
    assert_eq!(said.matches("history: not shown on the pages").count(), 1, "{said}");
    assert!(said.contains("shallow clone"), "{said}");
}

#[test]
fn outside_git_pages_say_so_and_history_false_turns_it_off() {
    let site = Site::from_fixture("search");
    site.build_ok();
    let html = site.page("/kommuneplan/dialog/");
    assert!(html.contains("webstedets filer ligger ikke i et git-arkiv"), "{html}");
    let out = retning().arg("check").arg("--root").arg(site.path()).output().expect("run");
    assert_eq!(stderr(&out).matches("history: not shown on the pages, because the site's folder is not in a git repository").count(), 1);
    site.edit("site.yaml", "language: da", "language: da\nhistory: false");
    site.build_ok();
    let html = site.page("/kommuneplan/dialog/");
    assert!(!html.contains("timeline-heading"), "no timeline when turned off");
    let out = retning().arg("check").arg("--root").arg(site.path()).output().expect("run");
    assert!(!stderr(&out).contains("history:"), "{}", stderr(&out));
}

#[test]
fn the_last_commit_counts_as_an_update_for_follow_up() {
    let site = history_site();
    // Monthly, no `updated`: the goal's measurements are from April 2026 (overdue by
    // 30 June); the last commit (20 June) makes the initiative up to date.
    let config = site.root.join("site.yaml");
    let yaml = std::fs::read_to_string(&config).unwrap() + "reporting:\n  every: month\n";
    std::fs::write(&config, yaml).unwrap();
    let (_out, public) = built(&site.root, &[]);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(public.join("data/site.json")).unwrap())
            .unwrap();
    let dialog = json["initiatives"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "dialogmoeder")
        .expect("the renamed initiative");
    assert_eq!(dialog["follow_up"]["last_update"], "2026-06-20", "{dialog}");
    assert_eq!(dialog["follow_up"]["update_overdue"], false, "{dialog}");
}

#[test]
fn an_inline_initiatives_changes_are_read_from_its_strategy_file() {
    let site = Site::from_fixture("robust-base");
    let root = site.path();
    let commit = |date: &str, message: &str| {
        let out = Command::new("git")
            .args(["commit", "-q", "-a", "-m", message])
            .current_dir(root)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_AUTHOR_DATE", format!("{date}T10:00:00+01:00"))
            .env("GIT_COMMITTER_DATE", format!("{date}T10:00:00+01:00"))
            .output()
            .expect("git commit");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    };
    git(root, &["init", "-q", "."]);
    git(root, &["config", "user.name", "Gitte Løvgren"]);
    git(root, &["config", "user.email", "gitte@example.dk"]);
    git(root, &["config", "commit.gpgsign", "false"]);
    git(root, &["add", "-A"]);
    commit("2013-01-05", "Strategien vedtaget");
    // `progress: 40` is a number in YAML: read as written, not lost.
    site.edit("content/plan/index.md", "    progress: 40\n", "    progress: 55\n");
    commit("2013-03-05", "Fremdrift opdateret efter første kvartal");
    site.build_ok();
    let html = site.page("/plan/lokaldemokrati/");
    let timeline = strip_tags(between(&html, "<h2 id=\"timeline-heading\">", "</section>"));
    assert!(timeline.contains("5. marts 2013"), "{timeline}");
    assert!(timeline.contains("Fremdrift (sat manuelt): 40\u{a0}% → 55\u{a0}%"), "{timeline}");
    assert!(timeline.contains("Note: Fremdrift opdateret efter første kvartal"));
    assert!(timeline.contains("Oprettet"));
}

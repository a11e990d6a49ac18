//! What a content author or a careless copy can make a site do: nothing whose real path
//! is outside the site is published, no link with an unsafe scheme is written, text
//! from files cannot drive the terminal, and no input makes a build take very long.
//! (serve's side is in `serve.rs`, the output folder's in `build_output.rs`.)

use std::time::{Duration, Instant};

use crate::support::*;

const INITIATIVE: &str = "content/plan/uddannelse.md";
const STRATEGY: &str = "content/plan/index.md";
const DIRECTOR: &str = "content/directors/gitte-lovgren.md";

fn base() -> Site {
    Site::from_fixture("robust-base")
}

fn edit(site: &Site, relative: &str, from: &str, to: &str) {
    let path = site.path().join(relative);
    let text = std::fs::read_to_string(&path).expect("read");
    assert_eq!(text.matches(from).count(), 1, "`{from}` must occur once in {relative}");
    std::fs::write(&path, text.replacen(from, to, 1)).expect("write");
}

fn check(site: &Site) -> std::process::Output {
    retning().arg("check").arg("--root").arg(site.path()).output().expect("run retning")
}

/// Every file of the output, as text.
fn all_output_text(site: &Site) -> String {
    let mut all = String::new();
    for entry in walkdir::WalkDir::new(site.public()).sort_by_file_name() {
        let entry = entry.expect("walk");
        if entry.file_type().is_file() {
            all.push_str(&String::from_utf8_lossy(&std::fs::read(entry.path()).expect("read")));
        }
    }
    all
}

#[test]
fn unsafe_link_schemes_are_left_out_everywhere_with_a_located_warning() {
    let site = base();
    // A body, a theme summary, an inline initiative's body and a director's bio: each
    // with one of the ways to write a script link.
    edit(
        &site,
        INITIATIVE,
        "Se også [strategien](index.md).",
        "Se [her](JaVaScRiPt:alert(1)) og ![x](data:text/html,<b>x</b>).",
    );
    edit(
        &site,
        STRATEGY,
        "summary: Bedre *velfærd* for pengene.",
        "summary: Bedre [velfærd](&#106;avascript:alert(2)).",
    );
    edit(
        &site,
        STRATEGY,
        "body: Borgerne skal *høres* tidligt.",
        "body: Borgerne skal [høres](vbscript:msgbox(3)).",
    );
    edit(&site, DIRECTOR, "Gitte har ansvaret", "Gitte har [ansvaret]( javascript:alert(4) )");
    let out = site.build_ok();
    let err = stderr(&out);
    // No link or image address in any page has a scheme but the safe ones (the words
    // may stay as text, as in a page's description).
    let all = all_output_text(&site);
    for attribute in ["href=\"", "src=\"", "href='", "src='"] {
        for value in all.split(attribute).skip(1) {
            let value: String = value.chars().take_while(|c| !matches!(c, '"' | '\'')).collect();
            let scheme = value.split_once(':').map(|(s, _)| s.to_lowercase());
            let safe = match scheme.as_deref() {
                None => true,
                Some(s) => {
                    ["http", "https", "mailto", "tel"].contains(&s) || s.contains(['/', '?', '#'])
                }
            };
            assert!(safe, "{attribute}{value}");
        }
    }
    // The link texts stay.
    assert!(site.read("plan/uddannelse/index.html").contains("Se her og x"));
    for (file, line) in [(INITIATIVE, 30), (STRATEGY, 11), (STRATEGY, 26), (DIRECTOR, 7)] {
        assert!(
            err.contains(&format!("--> {file}:{line}:")),
            "no warning at {file}:{line}:\n{err}"
        );
    }
    assert_eq!(err.matches("its kind of address is not allowed").count(), 5, "{err}");
    let checked = check(&site);
    assert!(stderr(&checked).contains("warning: the link `vbscript:msgbox(3)` was left out"));
    let strict = retning().args(["check", "--strict", "--root"]).arg(site.path()).output().unwrap();
    assert_eq!(strict.status.code(), Some(1));
}

#[test]
fn an_accessibility_statement_must_be_a_web_address() {
    let site = base();
    edit(
        &site,
        "site.yaml",
        "accessibility_statement: https://was.digst.dk/strategi-test-dk",
        "accessibility_statement: javascript:alert(1)",
    );
    let out = site.build();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("error: `javascript:alert(1)` is not a web address"), "{err}");
    assert!(err.contains("--> site.yaml:6:"), "{err}");
    assert!(!site.public().exists());
}

#[test]
fn control_characters_from_files_reach_the_terminal_escaped() {
    let site = base();
    // An unknown director id with an escape sequence that would clear the screen and
    // set the window title.
    edit(&site, INITIATIVE, "responsible: gitte-lovgren", "responsible: \"x\\e[2J\\e]0;pwned\\a\"");
    for format in ["human", "github"] {
        let out = retning()
            .args(["check", "--format", format, "--root"])
            .arg(site.path())
            .output()
            .unwrap();
        let err = format!("{}{}", stderr(&out), stdout(&out));
        assert!(!err.is_empty());
        assert!(
            !err.chars().any(|c| c.is_control() && c != '\n' && c != '\t'),
            "{format}: {err:?}"
        );
        assert!(err.contains("\\u{1b}[2J"), "{format}: {err}");
    }
}

#[test]
fn a_file_of_zero_bytes_is_a_binary_file() {
    let site = base();
    site.bytes(INITIATIVE, &[0; 4096]);
    let out = site.build();
    let err = stderr(&out);
    assert!(err.contains("error: this is a binary file, not text"), "{err}");
    assert!(!err.contains("UTF-16"), "{err}");
}

#[test]
fn thousands_of_headings_with_one_text_build_at_once() {
    // Each id used to be found by trying every number from 1 again: 8,000 headings
    // took minutes. The limit only stops a hang; the benchmark measures speed.
    let site = base();
    let body = "## Samme\n\nTekst.\n\n".repeat(8000);
    let text = std::fs::read_to_string(site.path().join(INITIATIVE)).unwrap();
    site.file(INITIATIVE, &format!("{text}\n{body}"));
    let started = Instant::now();
    site.build_ok();
    assert!(started.elapsed() < Duration::from_secs(60), "{:?}", started.elapsed());
    let page = site.read("plan/uddannelse/index.html");
    assert!(page.contains("id=\"samme-8000\""));
    assert!(!page.contains("id=\"samme-8001\""));
}

/// A secret outside the site, and the site with links to it.
#[cfg(unix)]
fn site_linking_outside() -> (Site, tempfile::TempDir) {
    use std::os::unix::fs::symlink;
    let outside = tempfile::tempdir().expect("tempdir");
    std::fs::write(outside.path().join("passwd"), "root:SECRET-OUTSIDE:0:0").expect("write");
    std::fs::create_dir(outside.path().join("ssh")).expect("mkdir");
    std::fs::write(outside.path().join("ssh/id_rsa"), "SECRET-KEY").expect("write");
    let site = base();
    std::fs::create_dir_all(site.path().join("static")).expect("mkdir");
    symlink(outside.path().join("passwd"), site.path().join("static/passwd.txt")).expect("link");
    symlink(outside.path().join("ssh"), site.path().join("static/ssh")).expect("link");
    (site, outside)
}

#[cfg(unix)]
#[test]
fn links_to_files_and_folders_outside_the_site_fail_the_build_and_name_their_target() {
    let (site, outside) = site_linking_outside();
    let out = site.build();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stderr(&out);
    let real = outside.path().canonicalize().expect("real");
    for (link, target) in
        [("static/passwd.txt", real.join("passwd")), ("static/ssh", real.join("ssh"))]
    {
        let expected = format!(
            "error: this is a link to `{}`, outside the site's folder; retning reads nothing outside the site, so it is not published\n  --> {link}\n",
            target.display()
        );
        assert!(text.contains(&expected), "{text}");
    }
    assert!(!site.public().exists(), "nothing is written");
    // check says the same, without building.
    let checked = check(&site);
    assert_eq!(checked.status.code(), Some(1));
    assert!(stderr(&checked).contains("static/passwd.txt"), "{}", stderr(&checked));
}

#[cfg(unix)]
#[test]
fn a_link_back_up_the_tree_is_refused_and_links_inside_the_site_are_followed() {
    use std::os::unix::fs::symlink;
    let site = base();
    std::fs::create_dir_all(site.path().join("assets")).expect("mkdir");
    std::fs::write(
        site.path().join("assets/logo.svg"),
        "<svg xmlns='http://www.w3.org/2000/svg'/>",
    )
    .expect("write");
    std::fs::create_dir_all(site.path().join("static")).expect("mkdir");
    symlink("../assets", site.path().join("static/assets")).expect("link");
    site.build_ok();
    assert!(site.exists("assets/logo.svg"), "a link inside the site is followed");

    symlink("..", site.path().join("static/src")).expect("link");
    let out = site.build();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("static/src"), "{}", stderr(&out));
    assert!(stderr(&out).contains("points back to a folder above it"), "{}", stderr(&out));
    assert!(!site.exists("src/site.yaml"), "the site is not published into itself");
}

#[cfg(unix)]
#[test]
fn content_site_yaml_and_theme_links_outside_are_refused() {
    use std::os::unix::fs::symlink;
    let outside = tempfile::tempdir().expect("tempdir");
    std::fs::write(outside.path().join("passwd"), "root:SECRET-OUTSIDE:0:0").expect("write");
    std::fs::create_dir_all(outside.path().join("theme/templates")).expect("mkdir");
    std::fs::create_dir_all(outside.path().join("theme/static")).expect("mkdir");
    std::fs::write(outside.path().join("theme/static/x.txt"), "SECRET-THEME").expect("write");

    // content/index.md -> a file outside.
    let site = base();
    std::fs::remove_file(site.path().join("content/index.md")).expect("rm");
    symlink(outside.path().join("passwd"), site.path().join("content/index.md")).expect("link");
    let out = site.build();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("content/index.md"), "{}", stderr(&out));
    assert!(!stderr(&out).contains("SECRET-OUTSIDE"), "its text is never read");

    // A theme folder that is a link outside.
    let site = base();
    std::fs::create_dir_all(site.path().join("themes")).expect("mkdir");
    symlink(outside.path().join("theme"), site.path().join("themes/mine")).expect("link");
    let config = std::fs::read_to_string(site.path().join("site.yaml")).expect("read");
    std::fs::write(site.path().join("site.yaml"), format!("{config}theme: mine\n")).expect("write");
    let out = site.build();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("themes/mine/"), "{}", stderr(&out));

    // site.yaml itself a link to a file outside.
    let site = base();
    let config = std::fs::read_to_string(site.path().join("site.yaml")).expect("read");
    std::fs::write(outside.path().join("site.yaml"), config).expect("write");
    std::fs::remove_file(site.path().join("site.yaml")).expect("rm");
    symlink(outside.path().join("site.yaml"), site.path().join("site.yaml")).expect("link");
    let out = site.build();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("outside the site's folder"), "{}", stderr(&out));
}

/// The base site with `n` more initiatives, so that a build takes long enough for two
/// to overlap.
fn larger_site(n: usize) -> Site {
    let site = base();
    let text = std::fs::read_to_string(site.path().join(INITIATIVE)).expect("read");
    let text =
        text.replace("related: [lokaldemokrati]\n", "").replace("(index.md)", "(../plan/index.md)");
    for i in 0..n {
        site.file(&format!("content/plan/kopi-{i:04}.md"), &text);
    }
    site
}

#[test]
fn two_builds_into_one_output_take_turns_and_leave_a_complete_site() {
    let site = larger_site(400);
    site.build_ok();
    let expected = snapshot(&site.public());
    let start = |_| {
        retning()
            .arg("build")
            .arg("--root")
            .arg(site.path())
            .arg("--output")
            .arg(site.public())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("run retning")
    };
    for _ in 0..3 {
        let builds: Vec<_> = (0..2).map(start).collect();
        for build in builds {
            let out = build.wait_with_output().expect("wait");
            assert!(out.status.success(), "{}", stderr(&out));
        }
        assert_eq!(snapshot(&site.public()), expected, "the output is one whole site");
    }
}

#[test]
fn a_build_waits_for_the_output_lock_or_fails_at_once_with_no_wait() {
    let site = base();
    site.build_ok();
    // Hold the output's lock as another build would.
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(retning::write::lock_path(&site.public()))
        .expect("lock file");
    lock.lock().expect("lock");

    let mut no_wait = retning();
    no_wait.arg("build").arg("--no-wait").arg("--root").arg(site.path());
    let out = no_wait.arg("--output").arg(site.public()).output().expect("run");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("another retning build is writing"), "{}", stderr(&out));

    let waiting = retning()
        .arg("build")
        .arg("--root")
        .arg(site.path())
        .arg("--output")
        .arg(site.public())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run");
    std::thread::sleep(Duration::from_millis(1500));
    let mut waiting = waiting;
    assert!(waiting.try_wait().expect("poll").is_none(), "the second build waits for the lock");
    drop(lock);
    let out = waiting.wait_with_output().expect("wait");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("waiting for it to finish"), "{}", stderr(&out));
}

#[test]
fn a_failed_first_build_does_not_claim_a_last_good_site() {
    let site = base();
    edit(&site, INITIATIVE, "theme: velfaerd-og-kvalitet", "theme: nowhere");
    let out = site.build();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("nothing was written; there is no earlier site in"),
        "{}",
        stderr(&out)
    );
    assert!(!stderr(&out).contains("unchanged"), "{}", stderr(&out));
}

#[test]
fn an_id_too_long_for_a_file_name_is_a_check_error_at_its_line() {
    let site = base();
    let long = "meget-lang-".repeat(30);
    edit(
        &site,
        INITIATIVE,
        "title: Uddannelse til alle\n",
        &format!("title: Uddannelse til alle\nid: {long}x\n"),
    );
    let out = check(&site);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stderr(&out);
    assert!(text.contains("it has 331 characters, and an id may have at most 100"), "{text}");
    assert!(text.contains(&format!("--> {INITIATIVE}:3:5")), "{text}");
    let out = site.build();
    assert_eq!(out.status.code(), Some(1), "a content error, not a disk error: {}", stderr(&out));
}

//! The output folder: a failed build leaves the last good output byte-identical,
//! dangerous output folders are refused with exit code 2 and nothing is deleted,
//! builds are deterministic, and a site theme overrides single templates.

use std::path::{Path, PathBuf};

use crate::support::*;

/// A site copied from a fixture into `<outer>/site`, so that its parent folder is a
/// temporary folder of its own that can be checked too.
struct Nested {
    outer: tempfile::TempDir,
}

impl Nested {
    fn new(fixture_name: &str) -> Nested {
        let outer = tempfile::tempdir().unwrap();
        copy_dir(&fixture(fixture_name), &outer.path().join("site"));
        Nested { outer }
    }

    fn outer(&self) -> &Path {
        self.outer.path()
    }

    fn root(&self) -> PathBuf {
        self.outer.path().join("site")
    }
}

// --- Failed builds -------------------------------------------------------------------

fn assert_failed_build_keeps_output(break_site: impl Fn(&Site)) {
    let site = Site::from_fixture("kommune");
    site.build_ok();
    let before = snapshot(&site.public());
    assert!(before.len() > 40, "the first build wrote the site");
    break_site(&site);
    let siblings = dir_entries(site.path());
    let out = site.build();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("nothing was written; the last good site in "),
        "{}",
        stderr(&out)
    );
    assert!(snapshot(&site.public()) == before, "the output changed after a failed build");
    assert_eq!(dir_entries(site.path()), siblings, "a failed build left files beside the output");
}

#[test]
fn content_error_leaves_the_previous_output_byte_identical() {
    assert_failed_build_keeps_output(|site| {
        site.edit(
            "content/direktionsstrategi-2013/uddannelse-til-alle.md",
            "responsible: gitte-lovgren",
            "responsible: thomas-harfort",
        );
        // A change that would alter many pages, had it been written.
        site.edit("site.yaml", "title: Testkommune – strategier", "title: Ændret titel");
    });
}

#[test]
fn broken_link_error_leaves_the_previous_output_byte_identical() {
    assert_failed_build_keeps_output(|site| {
        site.edit("content/index.md", "(direktionsstrategi-2013.md)", "(findes-ikke.md)");
    });
}

#[test]
fn template_error_leaves_the_previous_output_byte_identical() {
    assert_failed_build_keeps_output(|site| {
        site.edit("site.yaml", "as_of: 2013-06-30\n", "as_of: 2013-06-30\ntheme: kommune\n");
        site.file("themes/kommune/templates/theme.html", "{% extends \"base.html\" %}{% block content %}{{ theme.title | nosuchfilter }}{% endblock content %}");
    });
}

#[test]
fn site_yaml_error_leaves_the_previous_output_byte_identical() {
    assert_failed_build_keeps_output(|site| {
        site.edit("site.yaml", "language: da", "language: dk");
    });
}

#[test]
fn failed_first_build_creates_no_output_folder() {
    let site = Site::from_fixture("kommune");
    site.edit(
        "content/klimaplan-2014-2017.md",
        "theme: groen-omstilling",
        "theme: gron-omstilling",
    );
    let before = dir_entries(site.path());
    site.build_err();
    assert!(!site.public().exists());
    assert_eq!(dir_entries(site.path()), before);
}

#[test]
fn rebuild_replaces_the_previous_output_entirely() {
    let site = Site::from_fixture("kommune");
    site.build_ok();
    assert!(site.exists("direktionsstrategi-2013/skolestruktur/index.html"));
    std::fs::remove_file(site.path().join("content/direktionsstrategi-2013/skolestruktur.md"))
        .unwrap();
    site.build_ok();
    assert!(!site.public().join("direktionsstrategi-2013/skolestruktur").exists());
    assert!(!site.exists("badges/direktionsstrategi-2013/skolestruktur.svg"));
    assert!(!site.read("sitemap.xml").contains("skolestruktur"));
    // Only the output folder (and its empty lock file) lies beside the sources: no
    // staging leftovers.
    assert_eq!(
        dir_entries(site.path()),
        [".public.retning-lock", "content", "public", "site.yaml", "static"]
    );
}

// --- Dangerous output folders --------------------------------------------------------

/// Builds `nested` into `output` and asserts the refusal: exit code 2, the message, and
/// not one file of the outer folder (site and all) changed, added or removed.
fn assert_refused(nested: &Nested, output: &Path, message: &str) {
    let before = snapshot(nested.outer());
    let out = build_at(&nested.root(), output);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "output {}:\n{err}", output.display());
    assert!(err.contains(message), "output {}: expected `{message}` in:\n{err}", output.display());
    assert!(!err.contains("nothing was written"), "a usage error is not a content error:\n{err}");
    assert!(
        snapshot(nested.outer()) == before,
        "files changed after refusing {}",
        output.display()
    );
}

#[test]
fn output_into_the_site_root_is_refused() {
    let nested = Nested::new("kommune");
    assert_refused(&nested, &nested.root(), "is or contains the site itself");
    assert_refused(&nested, &nested.root().join("content/.."), "is or contains the site itself");
    assert_refused(&nested, &nested.root().join("."), "is or contains the site itself");
}

#[test]
fn output_into_a_parent_of_the_site_is_refused() {
    let nested = Nested::new("kommune");
    assert_refused(&nested, nested.outer(), "is or contains the site itself");
    assert_refused(&nested, &nested.root().join(".."), "is or contains the site itself");
}

#[test]
fn output_into_content_static_or_themes_is_refused() {
    let nested = Nested::new("egen-skabelon");
    std::fs::create_dir_all(nested.root().join("static")).unwrap();
    std::fs::write(nested.root().join("static/logo.svg"), "<svg/>").unwrap();
    let root = nested.root();
    assert_refused(&nested, &root.join("content"), "inside the site's `content/` folder");
    assert_refused(&nested, &root.join("content/public"), "inside the site's `content/` folder");
    assert_refused(&nested, &root.join("content/directors"), "inside the site's `content/` folder");
    assert_refused(&nested, &root.join("static"), "inside the site's `static/` folder");
    assert_refused(&nested, &root.join("static/site"), "inside the site's `static/` folder");
    assert_refused(&nested, &root.join("themes"), "inside the site's `themes/` folder");
    assert_refused(
        &nested,
        &root.join("themes/kommune/static"),
        "inside the site's `themes/` folder",
    );
}

#[test]
fn output_into_a_non_empty_folder_retning_did_not_create_is_refused() {
    let nested = Nested::new("kommune");
    let mine = nested.outer().join("mine");
    std::fs::create_dir_all(mine.join("sub")).unwrap();
    std::fs::write(mine.join("keep.txt"), "mine").unwrap();
    std::fs::write(mine.join("sub/index.html"), "<p>mine</p>").unwrap();
    assert_refused(&nested, &mine, "holds files that retning did not write");
    // A folder holding only a hidden file is not empty either.
    let hidden = nested.outer().join("hidden");
    std::fs::create_dir_all(&hidden).unwrap();
    std::fs::write(hidden.join(".keep"), "").unwrap();
    assert_refused(&nested, &hidden, "holds files that retning did not write");
}

#[test]
fn output_through_a_symlink_into_content_is_refused() {
    let nested = Nested::new("kommune");
    let link = nested.outer().join("out");
    #[cfg(unix)]
    std::os::unix::fs::symlink(nested.root().join("content"), &link).unwrap();
    #[cfg(not(unix))]
    return;
    assert_refused(&nested, &link, "inside the site's `content/` folder");
}

#[test]
fn output_into_an_empty_folder_or_a_new_one_is_accepted() {
    let nested = Nested::new("kommune");
    let empty = nested.outer().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let out = build_at(&nested.root(), &empty);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(empty.join("index.html").is_file());
    let deep = nested.outer().join("a/b/c");
    let out = build_at(&nested.root(), &deep);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(deep.join("klimaplan/index.html").is_file());
    // A folder retning wrote may be written again.
    let out = build_at(&nested.root(), &deep);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

// --- Determinism ---------------------------------------------------------------------

#[test]
fn two_builds_of_the_same_site_are_byte_identical() {
    let site = Site::from_fixture("kommune");
    let other = tempfile::tempdir().unwrap();
    let second = other.path().join("elsewhere");
    site.build_ok();
    let out = site.build_to(&second);
    assert!(out.status.success(), "{}", stderr(&out));
    let (a, b) = (snapshot(&site.public()), snapshot(&second));
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (path, bytes) in &a {
        assert!(bytes == &b[path], "{path} differs between two builds");
    }
}

#[test]
fn rebuilding_in_place_and_from_another_copy_gives_the_same_bytes() {
    let first = Site::from_fixture("kommune");
    first.build_ok();
    let before = snapshot(&first.public());
    first.build_ok();
    assert!(snapshot(&first.public()) == before, "a rebuild changed the output");
    let copy = Site::from_fixture("kommune");
    copy.build_ok();
    assert!(snapshot(&copy.public()) == before, "another copy of the site built differently");
}

#[test]
fn every_fixture_builds_deterministically() {
    for name in ["fremdrift", "status", "budget", "egen-skabelon"] {
        let site = Site::from_fixture(name);
        site.build_ok();
        let other = tempfile::tempdir().unwrap();
        let out = site.build_to(&other.path().join("public"));
        assert!(out.status.success(), "{name}: {}", stderr(&out));
        assert!(
            snapshot(&site.public()) == snapshot(&other.path().join("public")),
            "{name} differs"
        );
    }
}

// --- Site theme ----------------------------------------------------------------------

#[test]
fn site_theme_template_overrides_only_its_own_page() {
    let themed = Site::from_fixture("egen-skabelon");
    themed.build_ok();
    let html = themed.page("/directors/anne/");
    let main = main_of(&html);
    assert!(main.contains("<h1 class=\"kommune-direktoer\">Anne Andersen</h1>"), "{main}");
    assert!(main.contains("<p class=\"kommune-mark\">Kommunens egen direktørside</p>"), "{main}");
    assert!(
        main.contains("<a class=\"kommune-initiativ\" href=\"/plan/bedre-drift/\">Bedre drift</a>"),
        "{main}"
    );
    // The override extends the built-in base.html.
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"da\">"));
    assert!(html.contains("<footer class=\"site-footer\">"));

    // Every other page is exactly what the built-in theme makes.
    let plain = Site::from_fixture("egen-skabelon");
    plain.edit("site.yaml", "theme: kommune\n", "");
    std::fs::remove_dir_all(plain.path().join("themes")).unwrap();
    plain.build_ok();
    assert!(!main_of(&plain.page("/directors/anne/")).contains("kommune-mark"));
    let (a, b) = (snapshot(&themed.public()), snapshot(&plain.public()));
    for (path, bytes) in &b {
        if path == "directors/anne/index.html" {
            continue;
        }
        assert!(a.get(path) == Some(bytes), "{path} differs from the built-in theme's");
    }
}

#[test]
fn site_theme_static_files_are_copied_under_static() {
    let site = Site::from_fixture("egen-skabelon");
    site.build_ok();
    assert_eq!(
        site.read_bytes("static/kommune.css"),
        std::fs::read(fixture("egen-skabelon").join("themes/kommune/static/kommune.css")).unwrap()
    );
    // The built-in assets stay.
    assert!(site.exists("static/retning.css"));
    assert!(site.exists("static/favicon.svg"));
}

#[test]
fn site_theme_may_replace_a_built_in_asset() {
    let site = Site::from_fixture("egen-skabelon");
    site.file("themes/kommune/static/retning.css", "/* kommunens stylesheet */\n");
    site.build_ok();
    assert_eq!(site.read("static/retning.css"), "/* kommunens stylesheet */\n");
}

#[test]
fn theme_default_is_the_built_in_theme() {
    let site = Site::from_fixture("egen-skabelon");
    site.edit("site.yaml", "theme: kommune", "theme: default");
    site.build_ok();
    assert!(!site.page("/directors/anne/").contains("kommune-mark"));
}

#[test]
fn a_theme_that_does_not_exist_is_an_error() {
    let site = Site::from_fixture("egen-skabelon");
    site.edit("site.yaml", "theme: kommune", "theme: kommunen");
    let err = site.build_err();
    assert!(
        err.contains("the theme `kommunen` does not exist: there is no folder themes/kommunen/"),
        "{err}"
    );
    assert!(err.contains("  --> site.yaml"), "{err}");
}

#[test]
fn a_broken_theme_template_is_an_error_naming_the_file() {
    let site = Site::from_fixture("egen-skabelon");
    site.file(
        "themes/kommune/templates/director.html",
        "{% extends \"base.html\" %}{% block content %}{{ director.name }\n",
    );
    let err = site.build_err();
    assert!(err.contains("  --> themes/kommune/templates/director.html"), "{err}");
    assert!(!site.public().exists());
}

//! Incremental rebuilds give what full builds give, for edits made one by one and at random.

//! Incremental rebuilds against full builds of the same files, after many edits.

use super::*;
use crate::serve::watch::classify;

const LIVE: &str = "<script>/* live */</script>";

fn fixture() -> tempfile::TempDir {
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/serve-site");
    let dir = tempfile::tempdir().expect("temp dir");
    for entry in walkdir::WalkDir::new(&from) {
        let entry = entry.expect("walk");
        let to = dir.path().join(entry.path().strip_prefix(&from).expect("prefix"));
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&to).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &to).expect("copy");
        }
    }
    dir
}

/// What `retning build` writes, with the same live-reload script, in memory.
fn full_build(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut site = crate::load(root).unwrap_or_else(|e| panic!("full build failed: {e:?}"));
    let options = RenderOptions { live_reload: LIVE.into(), ..RenderOptions::default() };
    let files = render::render(&site.index, &mut site.templates, &options).expect("render");
    let paths: Vec<String> = files.iter().map(|f| f.path.clone()).collect();
    let statics = crate::write::static_files(root, &site.index.config).expect("statics");
    let statics =
        crate::write::merge_statics(&site.index.config, &paths, statics).expect("statics");
    let mut out: BTreeMap<String, Vec<u8>> = files.into_iter().map(|f| (f.path, f.bytes)).collect();
    for s in statics {
        out.insert(s.dest, std::fs::read(&s.source).expect("read static"));
    }
    out
}

struct Session {
    dir: tempfile::TempDir,
    root: PathBuf,
    builder: Builder,
}

impl Session {
    /// With `events_complete`, the builder trusts that the changes it is given name
    /// every changed file, as the native watcher's do.
    fn new(events_complete: bool) -> Session {
        let dir = fixture();
        let root = dir.path().canonicalize().expect("canonical");
        let mut builder = Builder::new(&root, LIVE);
        builder.set_events_complete(events_complete);
        let first = builder.rebuild(&Changes::everything()).expect("first build");
        assert!(first.full);
        let mut s = Session { dir, root, builder };
        s.check_files();
        s
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    /// The changes a watcher reports for `rels`; `modified_only` when the files
    /// were there before and were only written to.
    fn changes(&self, rels: &[&str], modified_only: bool) -> Changes {
        let mut changes = Changes { modified_only, ..Changes::default() };
        for rel in rels {
            let path = self.path(rel);
            if let Some(kind) = classify(&self.root, self.builder.theme_dir().as_deref(), &path) {
                changes.kinds.insert(kind);
                changes.paths.insert(path);
            }
        }
        changes
    }

    fn write(&mut self, rel: &str, text: &str) -> Rebuilt {
        let path = self.path(rel);
        let existed = path.is_file();
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, text).expect("write");
        self.rebuild_after(&[rel], existed)
    }

    fn edit(&mut self, rel: &str, from: &str, to: &str) -> Rebuilt {
        let text = std::fs::read_to_string(self.path(rel)).expect("read");
        assert!(text.contains(from), "`{from}` not in {rel}:\n{text}");
        self.write(rel, &text.replacen(from, to, 1))
    }

    /// Rebuilds after files were created, removed or renamed.
    fn rebuild(&mut self, rels: &[&str]) -> Rebuilt {
        self.rebuild_after(rels, false)
    }

    fn rebuild_after(&mut self, rels: &[&str], modified_only: bool) -> Rebuilt {
        let changes = self.changes(rels, modified_only);
        let rebuilt = self
            .builder
            .rebuild(&changes)
            .unwrap_or_else(|e| panic!("rebuild after {rels:?} failed: {e:?}"));
        self.check_files();
        rebuilt
    }

    /// The incremental result is exactly a full build.
    fn check_files(&mut self) {
        let expected = full_build(&self.root);
        let files = self.builder.files().expect("a good build");
        let got: BTreeMap<String, Vec<u8>> =
            files.iter().map(|(p, b)| (p.to_string(), b.to_vec())).collect();
        assert_eq!(files.len(), got.len(), "OutputMap::len");
        let missing: Vec<&String> = expected.keys().filter(|p| !got.contains_key(*p)).collect();
        let extra: Vec<&String> = got.keys().filter(|p| !expected.contains_key(*p)).collect();
        let differ: Vec<&String> = expected
            .iter()
            .filter(|(p, b)| got.get(*p).is_some_and(|g| g != *b))
            .map(|(p, _)| p)
            .collect();
        assert!(
            missing.is_empty() && extra.is_empty() && differ.is_empty(),
            "incremental != full build: missing {missing:?}, extra {extra:?}, differing {differ:?}"
        );
    }
}

#[test]
fn edits_match_full_builds() {
    edits(false);
}

#[test]
fn edits_match_full_builds_with_complete_events() {
    edits(true);
}

fn edits(events_complete: bool) {
    let mut s = Session::new(events_complete);
    // Text only: its page and its strategy's print page (and the search index, made
    // when asked for, which `check_files` does).
    let before = s.builder.files().expect("a good build");
    let r = s.edit("content/klima/sol.md", "Solceller er billige.", "Solceller er billige nu.");
    assert_eq!((r.rendered, r.full), (2, false));
    assert_eq!(r.changed, ["klima/sol/index.html", "print/klima/index.html"]);
    let shard =
        format!("{}{}.json", render::search::BUNDLE_DIR, render::search_index::shard_of("nu"));
    assert_ne!(before.get(&shard), r.files.get(&shard), "the search index holds the text too");
    // Front matter: progress, title, theme, responsible, related, status, dates.
    s.edit("content/klima/sol.md", "current: 40", "current: 90");
    s.edit(
        "content/klima/sol.md",
        "title: Solceller på skolerne",
        "title: Solceller på alle skoler",
    );
    s.edit("content/klima/sol.md", "theme: energi", "theme: natur");
    s.edit("content/klima/sol.md", "responsible: anna", "responsible: bo");
    s.edit("content/klima/sol.md", "related: [vind]", "related: []");
    s.edit(
        "content/velfaerd/mad.md",
        "responsible: bo",
        "responsible: bo\nrelated: [klima/sol]\nstatus: off-track",
    );
    s.edit("content/velfaerd/hjem.md", "updated: 2014-06-01", "updated: 2014-06-20");
    s.edit("content/klima/vind.md", "target: 10", "target: 12");
    // New, renamed and deleted files.
    s.write(
        "content/klima/ny.md",
        "---\ntitle: Ny indsats\ntheme: energi\nresponsible: anna\n---\nNy.\n",
    );
    std::fs::rename(s.path("content/klima/ny.md"), s.path("content/klima/nyere.md"))
        .expect("rename");
    s.rebuild(&["content/klima/ny.md", "content/klima/nyere.md"]);
    std::fs::remove_file(s.path("content/velfaerd/mad.md")).expect("remove");
    s.rebuild(&["content/velfaerd/mad.md"]);
    // Strategy (with its inline initiative), director and front page.
    s.edit("content/klima/index.md", "Vi planter 1000 træer.", "Vi planter 2000 træer.");
    s.edit("content/directors/anna.md", "Anna Andersen", "Anna Andersson");
    s.edit("content/index.md", "Her følger du", "Her kan du følge");
    // Errors keep the last good build; fixing them builds again.
    let before = s.builder.files().expect("good");
    std::fs::write(s.path("content/velfaerd/hjem.md"), "---\ntitle: [broken\n---\n")
        .expect("write");
    let changes = s.changes(&["content/velfaerd/hjem.md"], true);
    let errors = s.builder.rebuild(&changes).expect_err("a broken file is an error");
    assert!(errors.iter().any(|d| d.location.file.ends_with("hjem.md")), "{errors:?}");
    assert!(Arc::ptr_eq(&before, &s.builder.files().expect("good")));
    s.write(
        "content/velfaerd/hjem.md",
        "---\ntitle: Hjemmehjælp igen\ntheme: omsorg\nresponsible: bo\n---\nIgen.\n",
    );
    // Templates: only the pages using a changed template.
    let r = s.edit("themes/mine/templates/404.html", "(Testby)", "(Testby by)");
    assert_eq!((r.rendered, r.full), (1, false));
    let initiative = render::templates::BUILTIN_TEMPLATES
        .iter()
        .find(|(n, _)| *n == "initiative.html")
        .expect("built-in initiative.html")
        .1;
    let mine =
        initiative.replacen("{% endblock content %}", "<p>mine</p>{% endblock content %}", 1);
    let r = s.write("themes/mine/templates/initiative.html", &mine);
    assert!(!r.full && r.rendered >= 4, "{} rendered", r.rendered);
    std::fs::remove_file(s.path("themes/mine/templates/initiative.html")).expect("remove");
    s.rebuild(&["themes/mine/templates/initiative.html"]);
    // Static files, the theme's and the site's.
    s.write("static/ny.txt", "hej\n");
    let r = s.edit("themes/mine/static/mine.css", "#123456", "#654321");
    assert!(r.assets_changed && r.rendered == 0, "{r:?}");
    // A folder renamed: a strategy gets a new id.
    s.edit("content/klima/vind.md", "related: [velfaerd/hjem]", "related: []");
    std::fs::rename(s.path("content/velfaerd"), s.path("content/omsorg")).expect("rename");
    s.rebuild(&["content/velfaerd", "content/omsorg"]);
    // site.yaml: everything.
    let r = s.edit("site.yaml", "title: Testby – strategier", "title: Testby – planer");
    assert!(r.full);
    drop(s.dir);
}

#[test]
fn follow_up_edits_match_full_builds() {
    // Whether an initiative's update is overdue shows on its page, its cards, its
    // director's page and the status page: each edit that moves it is checked against
    // a full build (the status and director pages re-rendered with it).
    let mut s = Session::new(false);
    let r = s.edit("site.yaml", "language: da", "language: da\nreporting:\n  every: quarter");
    assert!(r.full);
    // vind (updated 2014-03-01) is overdue on 2014-06-30; a new update puts it right.
    let r = s.edit("content/klima/vind.md", "updated: 2014-03-01", "updated: 2014-06-20");
    assert!(r.changed.iter().any(|p| p == "status/index.html"), "{:?}", r.changed);
    assert!(r.changed.iter().any(|p| p == "directors/anna/index.html"), "{:?}", r.changed);
    s.edit("content/klima/vind.md", "updated: 2014-06-20", "updated: 2013-01-01");
    // A strategy's own cadence, and an initiative's.
    s.edit("content/klima/index.md", "title:", "reporting: { every: year }\ntitle:");
    s.edit(
        "content/velfaerd/hjem.md",
        "updated: 2014-06-01",
        "updated: 2014-06-01\nreporting: { every: month, grace_days: 10 }",
    );
    s.edit("content/velfaerd/hjem.md", "grace_days: 10", "grace_days: 40");
    drop(s.dir);
}

#[cfg(unix)]
#[test]
fn linked_files_are_looked_at_without_events() {
    // A file reached through a symbolic link changes without an event naming it:
    // with complete events, it is still read again on the next rebuild.
    // (The file lies elsewhere in the site: a link outside it is refused.)
    let mut s = Session::new(true);
    std::fs::create_dir_all(s.path("shared")).expect("mkdir");
    let target = s.path("shared/lys.md");
    let text = "---\ntitle: Gadelys\ntheme: energi\nresponsible: anna\n---\nLED.\n";
    std::fs::write(&target, text).expect("write");
    std::os::unix::fs::symlink(&target, s.path("content/klima/lys.md")).expect("symlink");
    s.rebuild(&["content/klima/lys.md"]);
    std::fs::write(&target, text.replace("LED.", "LED overalt.")).expect("write");
    // A later edit elsewhere, the only one named.
    s.edit("content/klima/sol.md", "Solceller er billige.", "Solceller er billige nu.");
    let page = s.builder.files().expect("good").get("klima/lys/index.html").cloned();
    let page = String::from_utf8(page.expect("the linked page").to_vec()).expect("utf-8");
    assert!(page.contains("LED overalt."), "{page}");
}

/// A small deterministic generator, so the random edits are the same every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

#[test]
fn random_edits_match_full_builds() {
    random_edits(false);
}

#[test]
fn random_edits_match_full_builds_with_complete_events() {
    random_edits(true);
}

fn random_edits(events_complete: bool) {
    let mut s = Session::new(events_complete);
    let mut rng = Lcg(20140630);
    let files = [
        "content/klima/sol.md",
        "content/klima/vind.md",
        "content/velfaerd/hjem.md",
        "content/velfaerd/mad.md",
    ];
    let keys = [
        ("title", vec!["Alfa", "Beta", "Gamma"]),
        ("status", vec!["on-track", "at-risk", "done", "cancelled", "not-started"]),
        ("progress", vec!["10", "55", "100"]),
        ("updated", vec!["2014-01-02", "2014-06-29", "2013-12-24"]),
        ("due", vec!["2014-02-01", "2016-01-01"]),
    ];
    for round in 0..40 {
        let file = files[rng.next(files.len())];
        let text = std::fs::read_to_string(s.path(file)).expect("read");
        let (front, body) =
            text.trim_start_matches("---\n").split_once("\n---\n").expect("front matter");
        let mut lines: Vec<String> = front.lines().map(str::to_string).collect();
        let mut body = body.to_string();
        match rng.next(4) {
            0 => body.push_str(&format!("\nRunde {round}.\n")),
            1 | 2 => {
                let (key, values) = &keys[rng.next(keys.len())];
                let value = values[rng.next(values.len())];
                lines.retain(|l| !l.starts_with(&format!("{key}:")));
                lines.push(format!("{key}: {value}"));
            }
            _ => {
                // Toggle a relation to another initiative.
                let targets = ["klima/sol", "klima/vind", "velfaerd/hjem", "velfaerd/mad"];
                let target = targets[rng.next(targets.len())];
                let own = file.trim_start_matches("content/").trim_end_matches(".md");
                lines.retain(|l| !l.starts_with("related:"));
                if target != own && rng.next(2) == 0 {
                    lines.push(format!("related: [{target}]"));
                }
            }
        }
        let r = s.write(file, &format!("---\n{}\n---\n{body}", lines.join("\n")));
        assert!(!r.full, "round {round}: an edit of one initiative rendered everything");
    }
}

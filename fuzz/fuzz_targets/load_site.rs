#![no_main]
//! A whole site around one fuzzed file: the bytes are written as an initiative,
//! `content/plan/fuzz.md`, of an otherwise valid site, which is then loaded, linked and
//! rendered (in memory; nothing is written). Content errors are expected; a panic, a
//! hang or a blow-up in memory is a bug.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

const SITE_YAML: &str =
    "title: Fuzzkommune\norganisation: Fuzzkommune\nbase_url: /\nlanguage: da\nas_of: 2013-06-30\n";
const DIRECTOR: &str = "---\nname: Gitte Løvgren\n---\nBio.\n";
const STRATEGY: &str = "---\ntitle: Plan\nperiod: { start: 2013, end: 2014 }\nthemes:\n  - id: velfaerd\n    title: Velfærd\ninitiatives:\n  - id: inline\n    title: Inline\n    theme: velfaerd\n    responsible: gitte\n    progress: 10\n---\nTekst med [link](fuzz.md).\n";
const OTHER: &str =
    "---\ntitle: Anden\ntheme: velfaerd\nresponsible: gitte\nrelated: [fuzz]\n---\n";

/// The site, made once; each run only rewrites the fuzzed file.
fn site() -> &'static Path {
    static SITE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_dir, root) = SITE.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path().to_path_buf();
        let write = |rel: &str, text: &str| {
            let path = root.join(rel);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            std::fs::write(path, text).expect("write");
        };
        write("site.yaml", SITE_YAML);
        write("content/directors/gitte.md", DIRECTOR);
        write("content/plan/index.md", STRATEGY);
        write("content/plan/anden.md", OTHER);
        (dir, root)
    });
    root
}

fuzz_target!(|data: &[u8]| {
    let root = site();
    std::fs::write(root.join("content/plan/fuzz.md"), data).expect("write the fuzzed file");
    if let Ok(mut site) = retning::load(root) {
        let _ = retning::render::render(
            &site.index,
            &mut site.templates,
            &retning::RenderOptions::default(),
        );
    }
});

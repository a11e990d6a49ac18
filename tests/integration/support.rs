//! Helpers shared by the integration tests: temporary sites, running the binary.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The `retning` binary built for these tests.
pub fn retning() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_retning"));
    cmd.env("NO_COLOR", "1");
    cmd
}

/// Path of a fixture site under `tests/fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// The example site at the repository root.
pub fn example_site() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A site in a temporary folder, written file by file or copied from a fixture.
pub struct Site {
    dir: tempfile::TempDir,
}

/// A minimal valid `site.yaml` (Danish, as_of pinned).
pub const SITE_YAML: &str = "title: Testkommune – strategier\norganisation: Testkommune\nbase_url: /\nlanguage: da\nas_of: 2013-06-30\n";

impl Site {
    /// An empty folder.
    pub fn empty() -> Site {
        Site { dir: tempfile::tempdir().expect("temp dir") }
    }

    /// A folder with a minimal `site.yaml`.
    pub fn new() -> Site {
        let site = Site::empty();
        site.file("site.yaml", SITE_YAML);
        site
    }

    /// A copy of a fixture site.
    pub fn from_fixture(name: &str) -> Site {
        let site = Site::empty();
        copy_dir(&fixture(name), site.path());
        site
    }

    /// Writes a file (creating folders); returns self for chaining.
    pub fn file(&self, relative: &str, text: &str) -> &Site {
        self.bytes(relative, text.as_bytes())
    }

    /// Writes raw bytes.
    pub fn bytes(&self, relative: &str, bytes: &[u8]) -> &Site {
        let path = self.path().join(relative);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, bytes).expect("write");
        self
    }

    /// Removes a file.
    pub fn remove(&self, relative: &str) -> &Site {
        std::fs::remove_file(self.path().join(relative)).expect("remove");
        self
    }

    /// The site's root.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// The default output folder.
    pub fn public(&self) -> PathBuf {
        self.path().join("public")
    }

    /// Runs `retning build --root <site>` (output `<site>/public`).
    pub fn build(&self) -> Output {
        retning().arg("build").arg("--root").arg(self.path()).arg("--output").arg(self.public()).output().expect("run retning")
    }

    /// Runs a build and panics with its stderr unless it succeeds.
    pub fn build_ok(&self) -> Output {
        let out = self.build();
        assert!(out.status.success(), "build failed:\n{}", String::from_utf8_lossy(&out.stderr));
        out
    }

    /// Reads an output file as text.
    pub fn read(&self, relative: &str) -> String {
        let path = self.public().join(relative);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
    }

    /// Parses `public/data/site.json`.
    pub fn site_json(&self) -> serde_json::Value {
        serde_json::from_str(&self.read("data/site.json")).expect("site.json is JSON")
    }
}

/// Copies a folder tree.
pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk");
        let target = to.join(entry.path().strip_prefix(from).expect("prefix"));
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// stderr as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// stdout as text.
pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

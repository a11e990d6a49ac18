//! Puts the commit a binary was built from into `retning --version`
//! (`retning 0.1.0 (commit 1a2b3c4d5e)`), so a problem report names the exact code.
//!
//! From a git checkout: `git rev-parse`. From a packaged crate (`cargo install
//! retning`, where there is no `.git`): the commit cargo recorded when packaging, in
//! `.cargo_vcs_info.json`. Neither: the version alone.

use std::path::Path;
use std::process::Command;

fn main() {
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let manifest_dir = Path::new(&manifest_dir);
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let commit = commit_from_git(manifest_dir).or_else(|| commit_from_package(manifest_dir));
    let long = match commit {
        Some(commit) => format!("{version} (commit {commit})"),
        None => version,
    };
    println!("cargo:rustc-env=RETNING_LONG_VERSION={long}");
    embed_message_files(manifest_dir);
    println!("cargo:rerun-if-changed=build.rs");
    watch_if_present(&manifest_dir.join(".cargo_vcs_info.json"));
}

/// Builds again when `path` changes. A path that is not there is not named: cargo takes
/// a missing file for a changed one and would compile the crate again at every build
/// (`.git/packed-refs` before git first packs its refs, `.cargo_vcs_info.json` outside
/// a package). A ref that moves into `packed-refs` later removes its loose file, which
/// is watched, so a new commit is still noticed.
fn watch_if_present(path: &Path) {
    if path.exists() {
        println!("cargo:rerun-if-changed={}", path.display());
    }
}

/// Every `src/i18n/messages/<language>/*.ftl`, embedded in the binary as a table of
/// `(language, [files])`: a language is a folder, so adding one is adding a folder.
fn embed_message_files(manifest_dir: &Path) {
    let root = manifest_dir.join("src/i18n/messages");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut languages: Vec<(String, Vec<std::path::PathBuf>)> = Vec::new();
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .map(|entries| entries.flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect())
        .unwrap_or_default();
    dirs.sort();
    for dir in dirs {
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .map(|entries| {
                entries
                    .flatten()
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        for file in &files {
            println!("cargo:rerun-if-changed={}", file.display());
        }
        let name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        languages.push((name, files));
    }
    let mut code = String::from("&[\n");
    for (language, files) in &languages {
        code.push_str(&format!("    ({language:?}, &["));
        for file in files {
            code.push_str(&format!("include_str!({:?}), ", file.display().to_string()));
        }
        code.push_str("]),\n");
    }
    code.push_str("]\n");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out).join("message_files.rs"), code).expect("OUT_DIR is writable");
}

fn git(dir: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("git").arg("-C").arg(dir).args(args).output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    (out.status.success() && !text.trim().is_empty()).then(|| text.trim().to_string())
}

fn commit_from_git(dir: &Path) -> Option<String> {
    // Only when this very folder is the top of a checkout (a packaged crate unpacked
    // inside someone else's repository must not take that repository's commit).
    let top = git(dir, &["rev-parse", "--show-toplevel"])?;
    if Path::new(&top).canonicalize().ok()? != dir.canonicalize().ok()? {
        return None;
    }
    let commit = git(dir, &["rev-parse", "--short=10", "HEAD"])?;
    // Build again when HEAD moves: a new commit, a checkout of another branch.
    for path in ["HEAD", "packed-refs"] {
        if let Some(file) = git(dir, &["rev-parse", "--git-path", path]) {
            watch_if_present(&dir.join(file));
        }
    }
    if let Some(branch) = git(dir, &["symbolic-ref", "-q", "HEAD"]) {
        if let Some(file) = git(dir, &["rev-parse", "--git-path", &branch]) {
            // In a fresh clone the branch is in packed-refs only: its folder shows the
            // loose file that the next commit writes.
            let file = dir.join(file);
            match file.parent().filter(|_| !file.exists()) {
                Some(folder) => watch_if_present(folder),
                None => watch_if_present(&file),
            }
        }
    }
    Some(commit)
}

fn commit_from_package(dir: &Path) -> Option<String> {
    // {"git": {"sha1": "…", "dirty": false}, "path_in_vcs": ""}: a dozen bytes of JSON
    // whose one field is found without a JSON parser (build scripts keep no deps).
    let text = std::fs::read_to_string(dir.join(".cargo_vcs_info.json")).ok()?;
    let after = &text[text.find("\"sha1\"")? + 6..];
    let start = after.find('"')? + 1;
    let sha: String = after[start..].chars().take_while(char::is_ascii_hexdigit).collect();
    (sha.len() >= 10).then(|| sha[..10].to_string())
}

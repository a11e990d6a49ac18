//! `retning build` on whole sites.

use crate::support::*;

#[test]
fn example_site_builds() {
    let out = retning()
        .args(["build", "--output"])
        .arg(tempfile::tempdir().unwrap().path().join("out"))
        .current_dir(example_site())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
}

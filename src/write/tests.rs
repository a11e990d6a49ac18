//! The write stage: outputs refused, staged, swapped and recovered.

use super::*;

#[test]
fn refuses_dangerous_outputs() {
    let site = tempfile::tempdir().unwrap();
    let root = site.path();
    fs::create_dir_all(root.join("content")).unwrap();
    assert!(check_output_dir(root, root).is_err());
    assert!(check_output_dir(root, &root.join("content")).is_err());
    assert!(check_output_dir(root, &root.join("content/sub")).is_err());
    assert!(check_output_dir(root, &root.join("static")).is_err());
    assert!(check_output_dir(root, &root.join("themes/x")).is_err());
    assert!(check_output_dir(root, root.parent().unwrap()).is_err());
    assert!(check_output_dir(root, &root.join("content/../")).is_err());
    assert!(check_output_dir(root, &root.join("public")).is_ok());
    fs::create_dir_all(root.join("mine")).unwrap();
    fs::write(root.join("mine/keep.txt"), "x").unwrap();
    assert!(check_output_dir(root, &root.join("mine")).is_err());
}

#[test]
fn writes_and_replaces_atomically() {
    let site = tempfile::tempdir().unwrap();
    let out = site.path().join("public");
    let files = vec![OutputFile { path: "a/index.html".into(), bytes: b"one".to_vec() }];
    write(site.path(), &out, &files, &[]).unwrap();
    assert_eq!(fs::read(out.join("a/index.html")).unwrap(), b"one");
    assert!(out.join(MARKER).exists());
    let files = vec![OutputFile { path: "b.txt".into(), bytes: b"two".to_vec() }];
    write(site.path(), &out, &files, &[]).unwrap();
    assert!(!out.join("a").exists());
    assert_eq!(fs::read(out.join("b.txt")).unwrap(), b"two");
    let leftovers: Vec<_> =
        fs::read_dir(site.path()).unwrap().flatten().map(|e| e.file_name()).collect();
    assert_eq!(leftovers, vec![std::ffi::OsString::from("public")]);
}

#[test]
fn makes_every_missing_folder_of_a_file() {
    let site = tempfile::tempdir().unwrap();
    let out = site.path().join("public");
    let file = |path: &str, text: &str| OutputFile { path: path.into(), bytes: text.into() };
    let files = vec![
        file("top.txt", "0"),
        file("a/b/c/index.html", "1"),
        file("a/b/index.html", "2"),
        file("a/b/d/e.svg", "3"),
        file("x/y/z.svg", "4"),
        file("x/y/z2.svg", "5"),
        // Beside a page whose folder another thread may be making at the same time.
        // (Files are written in parallel: two with one path would race, and the
        // pipeline never makes two.)
        file("a/b/c/f.svg", "6"),
    ];
    write(site.path(), &out, &files, &[]).unwrap();
    for (path, text) in [
        ("top.txt", "0"),
        ("a/b/c/index.html", "1"),
        ("a/b/c/f.svg", "6"),
        ("a/b/index.html", "2"),
        ("a/b/d/e.svg", "3"),
        ("x/y/z.svg", "4"),
        ("x/y/z2.svg", "5"),
    ] {
        assert_eq!(fs::read_to_string(out.join(path)).unwrap(), text, "{path}");
    }
    // A file where a folder is needed is an error, not a panic.
    let clash = vec![file("a", "x"), file("a/b/index.html", "y")];
    assert!(write(site.path(), &site.path().join("other"), &clash, &[]).is_err());
    // The same by whole paths (other platforms, or where the staging folder could
    // not be opened).
    let out = site.path().join("by-path");
    #[allow(unused_mut)]
    let mut staging = Staging::begin(site.path(), &out).unwrap();
    #[cfg(unix)]
    {
        staging.folder = None;
    }
    for f in &files {
        staging.put(f).unwrap();
    }
    staging.commit().unwrap();
    assert_eq!(fs::read_to_string(out.join("a/b/c/index.html")).unwrap(), "1");
    assert_eq!(fs::read_to_string(out.join("a/b/c/f.svg")).unwrap(), "6");
    assert_eq!(fs::read_to_string(out.join("x/y/z2.svg")).unwrap(), "5");
    assert_eq!(fs::read_to_string(out.join("a/b/d/e.svg")).unwrap(), "3");
}

#[test]
fn a_stopped_swap_is_repaired_and_the_only_site_kept() {
    let site = tempfile::tempdir().unwrap();
    let out = site.path().join("public");
    let file = |text: &str| vec![OutputFile { path: "index.html".into(), bytes: text.into() }];
    write(site.path(), &out, &file("old"), &[]).unwrap();
    // Stopped after the old site was moved aside, before the new one was moved in.
    let (staging, retired) = side_folders(&out);
    fs::rename(&out, &retired).unwrap();
    recover(&out).unwrap();
    assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "old");
    // Both complete: the newer (the staging folder, marker written) wins.
    fs::rename(&out, &retired).unwrap();
    fs::create_dir(&staging).unwrap();
    fs::write(staging.join("index.html"), "new").unwrap();
    fs::write(staging.join(MARKER), marker_text(site.path(), &out)).unwrap();
    recover(&out).unwrap();
    assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "new");
    // A half-written staging folder (no marker) is never taken for a site.
    fs::remove_dir_all(&out).unwrap();
    fs::create_dir(&staging).unwrap();
    fs::write(staging.join("index.html"), "half").unwrap();
    recover(&out).unwrap();
    assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "old");
    // The next build removes the leftovers once the output is in place.
    write(site.path(), &out, &file("next"), &[]).unwrap();
    assert!(!staging.exists() && !retired.exists());
}

#[test]
fn the_marker_names_its_site() {
    let dir = tempfile::tempdir().unwrap();
    let (one, two) = (dir.path().join("one"), dir.path().join("two"));
    let out = dir.path().join("out");
    let files = vec![OutputFile { path: "index.html".into(), bytes: b"x".to_vec() }];
    write(&one, &out, &files, &[]).unwrap();
    assert_eq!(fs::read_to_string(out.join(MARKER)).unwrap(), format!("{MARKER_TEXT}site: one\n"));
    assert!(check_output_dir(&one, &out).is_ok());
    let other = check_output_dir(&two, &out).unwrap_err();
    assert!(other.iter().next().unwrap().message.to_string().contains("for another site (`one`)"));
    // A marker written by hand (`touch x/.retning-output`) does not make a folder
    // retning's to wipe.
    let foreign = dir.path().join("foreign");
    fs::create_dir(&foreign).unwrap();
    fs::write(foreign.join("keep.txt"), "mine").unwrap();
    fs::write(foreign.join(MARKER), "").unwrap();
    assert!(check_output_dir(&one, &foreign).is_err());
    // A marker from before markers named their site still counts as retning's.
    fs::write(out.join(MARKER), MARKER_TEXT).unwrap();
    assert!(check_output_dir(&two, &out).is_ok());
    // The default output inside the site records `.`.
    write(&one, &one.join("public"), &files, &[]).unwrap();
    let text = fs::read_to_string(one.join("public").join(MARKER)).unwrap();
    assert!(text.ends_with("site: .\n"), "{text}");
}

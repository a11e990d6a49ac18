//! Hostile and careless input: files from Word and Windows, typing mistakes, and inputs
//! built to hang or exhaust a YAML reader. Every case must end in a clear error (file,
//! line where it makes sense, a fix) or an exact build, never in a panic or a hang, and
//! a failed build must leave the last good output as it was.
//!
//! Each test starts from `tests/fixtures/robust-base` (a small valid site) and breaks
//! one thing. Builds run with a time limit, so a hang fails the test instead of CI.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::support::*;

/// The initiative file the tests break, and its text in the fixture.
const INITIATIVE: &str = "content/plan/uddannelse.md";

fn base() -> Site {
    Site::from_fixture("robust-base")
}

/// Replacing text in a site file.
trait EditText {
    /// Replaces `from` (which must occur exactly once) with `to` in a site file.
    fn edit_text(&self, relative: &str, from: &str, to: &str);
}

impl EditText for Site {
    fn edit_text(&self, relative: &str, from: &str, to: &str) {
        let path = self.path().join(relative);
        let text = std::fs::read_to_string(&path).expect("read");
        assert_eq!(text.matches(from).count(), 1, "`{from}` must occur once in {relative}");
        std::fs::write(&path, text.replacen(from, to, 1)).expect("write");
    }
}

/// An initiative file with this front matter (and a short body).
fn initiative(front_matter: &str) -> String {
    format!("---\n{front_matter}---\nTekst.\n")
}

/// Runs a command with a time limit: a hang is a test failure, not a stuck CI job.
/// stdout and stderr are read while it runs, so a long message cannot block it.
fn run_limited(mut cmd: Command, limit: Duration) -> (Output, Duration) {
    let started = Instant::now();
    let mut child =
        cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("start retning");
    let pipe = |mut r: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = r.read_to_end(&mut buf);
            buf
        })
    };
    let out = pipe(Box::new(child.stdout.take().expect("stdout")));
    let err = pipe(Box::new(child.stderr.take().expect("stderr")));
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("retning ran for more than {limit:?}: it hangs on this input");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let elapsed = started.elapsed();
    let output = Output {
        status,
        stdout: out.join().expect("stdout thread"),
        stderr: err.join().expect("stderr thread"),
    };
    (output, elapsed)
}

/// `retning build` of `site` into its `public/`, with a time limit.
fn build_limited(site: &Site, limit: Duration) -> (Output, Duration) {
    let mut cmd = retning();
    cmd.arg("build").arg("--root").arg(site.path()).arg("--output").arg(site.public());
    run_limited(cmd, limit)
}

/// Builds `site` (at most 20 s) and checks that it failed as a content error should:
/// exit code 1, no panic, every expected line in stderr (the message, the location
/// `--> file:line:column`, the `= help:` line with the fix), and the closing
/// "nothing was written". Returns stderr.
fn assert_build_fails(site: &Site, expected: &[&str]) -> String {
    let (out, _) = build_limited(site, Duration::from_secs(20));
    let err = stderr(&out);
    assert_no_panic(&err);
    assert_eq!(out.status.code(), Some(1), "exit code; stderr:\n{err}");
    for line in expected {
        assert!(err.contains(line), "expected `{line}` in stderr:\n{err}");
    }
    assert!(err.contains("nothing was written; "), "{err}");
    err
}

fn assert_no_panic(stderr: &str) {
    for sign in ["panicked", "RUST_BACKTRACE", "stack backtrace", "thread '"] {
        assert!(!stderr.contains(sign), "panic text `{sign}` in stderr:\n{stderr}");
    }
}

/// Every file of a folder, by relative path, with its bytes (`support::snapshot` in
/// spirit; kept here so this module needs only the basic helpers).
fn files_of(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.expect("walk");
        if entry.file_type().is_file() {
            let rel = entry.path().strip_prefix(dir).expect("prefix");
            files.insert(
                rel.to_string_lossy().replace('\\', "/"),
                std::fs::read(entry.path()).expect("read"),
            );
        }
    }
    files
}

/// A hash of every file's path and bytes (to compare whole outputs cheaply).
fn hash_tree(dir: &Path) -> Vec<(String, u64)> {
    use std::hash::{Hash, Hasher};
    files_of(dir)
        .into_iter()
        .map(|(path, bytes)| {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            bytes.hash(&mut h);
            (path, h.finish())
        })
        .collect()
}

// ---------------------------------------------------------------------------------
// YAML: malformed, wrong types, deep nesting, aliases, tabs.
// ---------------------------------------------------------------------------------

#[test]
fn malformed_yaml_is_located_with_a_fix() {
    let site = base();
    site.file(INITIATIVE, &initiative("title: Uddannelse: for alle\nresponsible: gitte-lovgren\n"));
    assert_build_fails(
        &site,
        &[
            "error: the value on this line contains `: `, which YAML reads as the start of another key",
            "--> content/plan/uddannelse.md:2:18",
            "= help: put the value in quotes: `title: \"Uddannelse: for alle\"`",
        ],
    );
    // A flow list that is never closed.
    site.file(
        INITIATIVE,
        &initiative("title: X\ntheme: [velfaerd-og-kvalitet\nresponsible: gitte-lovgren\n"),
    );
    assert_build_fails(
        &site,
        &["--> content/plan/uddannelse.md:", "= help: close it on the same line with `]`"],
    );
}

#[test]
fn a_list_where_a_text_goes_is_an_error_with_a_fix() {
    let site = base();
    site.file(
        INITIATIVE,
        &initiative("title: [Uddannelse, til alle]\nresponsible: gitte-lovgren\n"),
    );
    assert_build_fails(
        &site,
        &[
            "error: one value is needed here in `title`, not a list",
            "--> content/plan/uddannelse.md:2:8",
            "= help: write one value after the key, like `title: Min titel`",
        ],
    );
}

#[test]
fn a_text_where_a_number_goes_is_an_error_with_a_fix() {
    let site = base();
    site.file(INITIATIVE, &initiative("title: X\nresponsible: gitte-lovgren\nprogress: fyrre\n"));
    assert_build_fails(
        &site,
        &[
            "error: `fyrre` is not a number in `progress`",
            "--> content/plan/uddannelse.md:4:11",
            "= help: write only the number, with a point for decimals, like `12.5`",
        ],
    );
    site.file(
        INITIATIVE,
        &initiative(
            "title: X\nresponsible: gitte-lovgren\nbudget:\n  - year: to tusind\n    target: 1\n",
        ),
    );
    assert_build_fails(
        &site,
        &[
            "error: a whole number is needed here in `budget[0].year`, not the text `to tusind`",
            "--> content/plan/uddannelse.md:5:11",
            "= help: write the year as a whole number, like `2014`",
        ],
    );
}

#[test]
fn a_text_where_a_list_of_entries_goes_is_an_error_with_a_fix() {
    let site = base();
    site.file(
        INITIATIVE,
        &initiative("title: X\nresponsible: gitte-lovgren\ngoals: flere unge i job\n"),
    );
    assert_build_fails(
        &site,
        &[
            "error: a list is needed here in `goals`, not the text `flere unge i job`",
            "--> content/plan/uddannelse.md:4:8",
            "= help: write a list: each item on a line of its own, starting with `- `",
        ],
    );
}

#[test]
fn ten_thousand_nested_brackets_fail_fast() {
    let site = base();
    let deep = format!("title: X\nresponsible: {}\n", "[".repeat(10_000));
    site.file(INITIATIVE, &initiative(&deep));
    let (out, took) = build_limited(&site, Duration::from_secs(20));
    let err = stderr(&out);
    assert_no_panic(&err);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("error: values are nested more than 32 levels deep here, in `[` and `{`"),
        "{err}"
    );
    // Line 3 of the file; the 33rd `[` is column 14 + 32.
    assert!(err.contains("--> content/plan/uddannelse.md:3:46"), "{err}");
    assert!(err.contains("= help: no retning file needs this; look for brackets"), "{err}");
    assert!(took < Duration::from_secs(5), "took {took:?}");
}

#[test]
fn many_more_nested_brackets_still_fail_fast() {
    // 200,000 levels: before the depth limit, the YAML reader took minutes (its time
    // grows with the square of the depth).
    let site = base();
    let deep =
        format!("title: X\nresponsible: gitte-lovgren\ntheme: {}\n", "{a: [".repeat(100_000));
    site.file(INITIATIVE, &initiative(&deep));
    let (out, took) = build_limited(&site, Duration::from_secs(20));
    let err = stderr(&out);
    assert_no_panic(&err);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("--> content/plan/uddannelse.md:4:"), "{err}");
    assert!(err.contains("nested more than 32 levels"), "{err}");
    assert!(took < Duration::from_secs(5), "took {took:?}");
}

#[test]
fn billion_laughs_fails_fast_at_the_first_alias() {
    let site = base();
    let mut yaml = String::from("title: X\nresponsible: gitte-lovgren\nrelated: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (name, prev) in ["b", "c", "d", "e", "f", "g", "h", "i"]
        .iter()
        .zip(["a", "b", "c", "d", "e", "f", "g", "h"])
    {
        let list = vec![format!("*{prev}"); 9].join(", ");
        yaml.push_str(&format!("x{name}: &{name} [{list}]\n"));
    }
    site.file(INITIATIVE, &initiative(&yaml));
    let (out, took) = build_limited(&site, Duration::from_secs(20));
    let err = stderr(&out);
    assert_no_panic(&err);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(
            "error: a value starting with `*` is a YAML alias, and retning does not read aliases"
        ),
        "{err}"
    );
    assert!(err.contains("--> content/plan/uddannelse.md:5:9"), "{err}");
    assert!(
        err.contains("= help: to write a text that starts with `*`, put it in quotes"),
        "{err}"
    );
    assert!(took < Duration::from_secs(5), "took {took:?}");
}

#[test]
fn aliases_that_serde_yaml_would_expand_quadratically_fail_fast() {
    // serde_yaml allows 100 alias jumps per event, but each jump may repeat a large
    // value: 20,000 aliases of a goal with 20,000 measurements (a 0.9 MB file) used to
    // run until memory ran out.
    let site = base();
    let mut yaml = String::from("title: X\nresponsible: gitte-lovgren\ngoals:\n  - &g\n    text: x\n    target: 1\n    history:\n");
    yaml.push_str(&"      - { date: 2013-01-01, value: 1 }\n".repeat(20_000));
    yaml.push_str(&"  - *g\n".repeat(20_000));
    site.file(INITIATIVE, &initiative(&yaml));
    let (out, took) = build_limited(&site, Duration::from_secs(20));
    let err = stderr(&out);
    assert_no_panic(&err);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("is a YAML alias"), "{err}");
    assert!(err.contains("--> content/plan/uddannelse.md:20009:5"), "{err}");
    assert!(took < Duration::from_secs(5), "took {took:?}");
}

#[test]
fn a_star_at_the_start_of_a_text_gets_the_quoting_fix() {
    let site = base();
    site.file(INITIATIVE, &initiative("title: *Vigtigt* for alle\nresponsible: gitte-lovgren\n"));
    assert_build_fails(
        &site,
        &[
            "--> content/plan/uddannelse.md:2:8",
            "= help: to write a text that starts with `*`, put it in quotes, like `title: \"*Vigtigt*\"`",
        ],
    );
    // Quoted, it is an ordinary title.
    site.file(
        INITIATIVE,
        &initiative("title: \"*Vigtigt* for alle\"\nresponsible: gitte-lovgren\n"),
    );
    site.build_ok();
    assert!(site.read("plan/uddannelse/index.html").contains("<h1>*Vigtigt* for alle</h1>"));
}

#[test]
fn an_unquoted_percent_unit_gets_its_quoted_form() {
    let site = base();
    site.file(
        INITIATIVE,
        &initiative(
            "title: X\nresponsible: gitte-lovgren\ngoals:\n  - text: Andel\n    unit: %\n    target: 85\n",
        ),
    );
    assert_build_fails(
        &site,
        &[
            "error: a value cannot start with `%` unless it is in quotes",
            "--> content/plan/uddannelse.md:6:11",
            "= help: a value starting with `%` must be put in quotes: `unit: \"%\"`",
        ],
    );
    site.edit_text(INITIATIVE, "unit: %", "unit: \"%\"");
    site.build_ok();
}

#[test]
fn tabs_for_indentation_get_the_spaces_hint() {
    let site = base();
    site.file(
        INITIATIVE,
        &initiative("title: X\nresponsible: gitte-lovgren\nactions:\n\t- text: Ring til skolen\n"),
    );
    assert_build_fails(
        &site,
        &[
            "--> content/plan/uddannelse.md:5:1",
            "= help: YAML does not allow tabs for indentation; use spaces",
        ],
    );
}

// ---------------------------------------------------------------------------------
// Files: size, encoding, binary, BOM and line endings, empty, unclosed, links.
// ---------------------------------------------------------------------------------

#[test]
fn a_file_over_the_size_limit_names_the_limit() {
    let site = base();
    let mut text = initiative("title: X\nresponsible: gitte-lovgren\n");
    text.push_str(&"Lang tekst. ".repeat(400_000)); // 4.8 MB
    site.file(INITIATIVE, &text);
    let len = std::fs::metadata(site.path().join(INITIATIVE)).unwrap().len();
    assert_build_fails(
        &site,
        &[
            &format!("error: the file is {len} bytes, more than the limit of 4194304 bytes (4 MiB) for one file; split the text into several files"),
            "--> content/plan/uddannelse.md\n",
        ],
    );
}

#[test]
fn a_latin1_file_from_an_old_windows_editor_is_named_with_its_line() {
    let site = base();
    // "Velfærd" saved as Latin-1 / Windows-1252: æ is the single byte 0xE6.
    let mut bytes = b"---\r\ntitle: Velf".to_vec();
    bytes.push(0xE6);
    bytes.extend_from_slice(b"rd\r\nresponsible: gitte-lovgren\r\n---\r\nTekst.\r\n");
    site.bytes(INITIATIVE, &bytes);
    assert_build_fails(
        &site,
        &[
            "error: not UTF-8 text: line 2 (\"title: Velfærd\") is in another encoding, probably Latin-1 or Windows-1252 (\"ANSI\") from an older editor; open the file and save it with the encoding \"UTF-8\"",
            "--> content/plan/uddannelse.md\n",
        ],
    );
}

/// `text` as Notepad saves "Unicode": UTF-16, with a byte-order mark unless `mark` is
/// false.
fn utf16(text: &str, little_endian: bool, mark: bool) -> Vec<u8> {
    let mut bytes = Vec::new();
    for unit in std::iter::once(0xfeff).filter(|_| mark).chain(text.encode_utf16()) {
        let pair = if little_endian { unit.to_le_bytes() } else { unit.to_be_bytes() };
        bytes.extend_from_slice(&pair);
    }
    bytes
}

#[test]
fn a_utf16_file_from_notepad_is_read_as_text() {
    for little_endian in [true, false] {
        let site = base();
        let text = "---\r\ntitle: Velfærd for ældre 😀\r\nresponsible: gitte-lovgren\r\n\
                    theme: velfaerd-og-kvalitet\r\n---\r\nTekst på dansk.\r\n";
        site.bytes(INITIATIVE, &utf16(text, little_endian, true));
        site.build_ok();
        let page = site.page("/plan/uddannelse/");
        assert!(page.contains("<h1>Velfærd for ældre 😀</h1>"), "{page}");
        assert!(page.contains("<p>Tekst på dansk.</p>"), "{page}");
    }
}

#[test]
fn a_utf16_file_without_its_mark_is_named_with_the_fix() {
    let site = base();
    let text = "---\ntitle: Velfærd\nresponsible: gitte-lovgren\n---\nTekst.\n";
    site.bytes(INITIATIVE, &utf16(text, true, false));
    assert_build_fails(
        &site,
        &[
            "error: the file is saved as UTF-16 (\"Unicode\") text; open it and save it with the encoding \"UTF-8\"",
            "--> content/plan/uddannelse.md\n",
        ],
    );
    // Cut in the middle of a character: named as UTF-16 that does not decode.
    let mut cut = utf16(text, true, true);
    cut.pop();
    site.bytes(INITIATIVE, &cut);
    assert_build_fails(
        &site,
        &["error: the file starts as UTF-16 (\"Unicode\") text but does not decode as such"],
    );
}

#[test]
fn a_binary_file_is_named() {
    let site = base();
    // A PNG saved with a .md name.
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend((0..=255u8).cycle().take(3000));
    site.bytes(INITIATIVE, &png);
    assert_build_fails(
        &site,
        &[
            "error: this is a binary file, not text; only Markdown (.md) files belong in content/",
            "--> content/plan/uddannelse.md\n",
        ],
    );
}

/// The site's text files rewritten with another line ending and, perhaps, a BOM.
fn windows_copy(newline: &str, bom: bool) -> Site {
    let site = base();
    for entry in walkdir::WalkDir::new(site.path()) {
        let entry = entry.unwrap();
        let path = entry.path();
        let is_text = path.extension().is_some_and(|e| e == "md" || e == "yaml");
        if entry.file_type().is_file() && is_text {
            let text = std::fs::read_to_string(path).unwrap().replace('\n', newline);
            let bytes = if bom { format!("\u{feff}{text}") } else { text };
            std::fs::write(path, bytes).unwrap();
        }
    }
    site
}

#[test]
fn bom_and_crlf_build_exactly_like_lf() {
    let lf = base();
    lf.build_ok();
    let expected = files_of(&lf.public());
    assert!(expected.len() > 20, "{:?}", expected.keys());
    for (name, newline, bom) in [
        ("CRLF + BOM", "\r\n", true),
        ("CRLF", "\r\n", false),
        ("BOM", "\n", true),
        ("CR", "\r", false),
    ] {
        let site = windows_copy(newline, bom);
        let raw = std::fs::read(site.path().join(INITIATIVE)).unwrap();
        assert_eq!(raw.starts_with("\u{feff}".as_bytes()), bom);
        let (out, _) = build_limited(&site, Duration::from_secs(20));
        assert!(out.status.success(), "{name}: {}", stderr(&out));
        let got = files_of(&site.public());
        assert_eq!(got.keys().collect::<Vec<_>>(), expected.keys().collect::<Vec<_>>(), "{name}");
        for (path, bytes) in &expected {
            assert!(got[path] == *bytes, "{name}: {path} differs from the LF build");
        }
    }
}

#[test]
fn crlf_error_positions_are_the_same_as_lf() {
    let site = windows_copy("\r\n", true);
    site.edit_text(INITIATIVE, "due: 2014-12-31\r\nupdated", "due: 2014-02-30\r\nupdated");
    assert_build_fails(&site, &["--> content/plan/uddannelse.md:6:6"]);
}

#[test]
fn empty_files_say_what_they_need() {
    let site = base();
    site.file(INITIATIVE, "");
    assert_build_fails(
        &site,
        &[
            "error: the file is empty; it needs front matter",
            "--> content/plan/uddannelse.md:1:1",
            "= help: start the file with a line `---`, then the keys (like `title: ...`), then another `---`",
        ],
    );
    // A director and a strategy likewise.
    site.file(INITIATIVE, &initiative("title: X\nresponsible: gitte-lovgren\n"));
    site.file("content/directors/gitte-lovgren.md", "\n\n");
    assert_build_fails(
        &site,
        &[
            "error: the file is empty; it needs front matter",
            "--> content/directors/gitte-lovgren.md:1:1",
        ],
    );
    // The front page may be empty: its front matter is optional.
    let site = base();
    site.file("content/index.md", "");
    site.build_ok();
}

#[test]
fn front_matter_without_a_closing_line_is_located() {
    let site = base();
    site.file(INITIATIVE, "---\ntitle: X\nresponsible: gitte-lovgren\n\nTekst uden afslutning.\n");
    assert_build_fails(
        &site,
        &[
            "error: the front matter starting here is not closed",
            "--> content/plan/uddannelse.md:1:1",
            "= help: add a line with only `---` after the last front matter line",
        ],
    );
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_in_content_is_named_with_a_fix() {
    let site = base();
    std::os::unix::fs::symlink("..", site.path().join("content/plan/tilbage")).unwrap();
    let err = assert_build_fails(
        &site,
        &[
            "error: a symbolic link here points back to a folder above it, so the folder would contain itself without end",
            "--> content/plan/tilbage\n",
            "= help: remove the link, or rename it to start with `_` so that retning skips it",
        ],
    );
    assert_eq!(err.matches("error:").count(), 1, "{err}");
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_under_an_ignored_name_is_ignored() {
    // Names starting with `_` or `.` are ignored, loops included (it used to fail).
    let site = base();
    std::os::unix::fs::symlink("..", site.path().join("content/plan/_arkiv")).unwrap();
    std::os::unix::fs::symlink("../..", site.path().join("content/.cache")).unwrap();
    let (out, _) = build_limited(&site, Duration::from_secs(20));
    assert!(out.status.success(), "{}", stderr(&out));
}

// ---------------------------------------------------------------------------------
// Ids and URLs.
// ---------------------------------------------------------------------------------

#[test]
fn an_id_given_both_as_a_file_and_inline_is_a_duplicate() {
    let site = base();
    site.file(
        "content/plan/lokaldemokrati.md",
        &initiative("title: Lokaldemokrati\nresponsible: gitte-lovgren\n"),
    );
    assert_build_fails(
        &site,
        &[
            "error: a second initiative with the id `lokaldemokrati` in strategy `plan` (the first is at content/plan/index.md:21); both would be the page /plan/lokaldemokrati/",
            "--> content/plan/lokaldemokrati.md",
            "= help: give one of them a different id",
        ],
    );
}

#[test]
fn two_files_for_one_url_are_an_error() {
    let site = base();
    site.file("content/plan.md", "---\ntitle: Endnu en plan\n---\n");
    assert_build_fails(
        &site,
        &[
            "error: a second strategy with the id `plan` (the first is content/plan/index.md); both would be the page /plan/",
            "--> content/plan.md:2:1",
            "= help: keep one of the two files, or set a different `id` in one of them",
        ],
    );
}

#[test]
fn ids_with_danish_letters_or_spaces_get_the_suggested_id() {
    let site = base();
    site.file(
        "content/plan/Mindre sygefravær.md",
        &initiative(
            "title: Mindre sygefravær\ntheme: velfaerd-og-kvalitet\nresponsible: gitte-lovgren\n",
        ),
    );
    assert_build_fails(
        &site,
        &[
            "error: the file name gives the id `Mindre sygefravær`, which is not valid: use lowercase letters a–z, digits and `-`",
            "--> content/plan/Mindre sygefravær.md",
            "= help: rename it to `mindre-sygefravaer`, or set `id: mindre-sygefravaer` in the front matter",
        ],
    );
    // The same with an explicit id, located at the value.
    let site = base();
    site.file(
        "content/plan/sygefravaer.md",
        &initiative("title: Mindre sygefravær\nid: Børn og Unge Å\nresponsible: gitte-lovgren\n"),
    );
    assert_build_fails(
        &site,
        &[
            "error: `Børn og Unge Å` is not a valid id: use lowercase letters a–z, digits and `-`",
            "--> content/plan/sygefravaer.md:3:5",
            "= help: write `id: born-og-unge-aa`",
        ],
    );
}

// ---------------------------------------------------------------------------------
// Numbers and dates.
// ---------------------------------------------------------------------------------

#[test]
fn numbers_too_large_for_an_exact_decimal_are_errors() {
    for (number, column) in [("1e40", 13), ("1234567890123456789012345678901234567890", 13)] {
        let site = base();
        site.edit_text(INITIATIVE, "    target: 85\n", &format!("    target: {number}\n"));
        assert_build_fails(
            &site,
            &[
                &format!("error: `{number}` is too large or has too many digits for an exact number (at most 28 digits in all) in `goals[0].target`"),
                &format!("--> content/plan/uddannelse.md:12:{column}"),
                "= help: round the number, or write it in a larger unit (say `mio. kr.` instead of `kr.`)",
            ],
        );
    }
}

#[test]
fn a_29th_digit_is_an_error_not_silently_rounded() {
    // `Decimal::from_str` rounds it away; numbers must stay exactly as written.
    let site = base();
    site.edit_text(
        INITIATIVE,
        "    current: 81.5\n",
        "    current: 81.50000000000000000000000000001\n",
    );
    assert_build_fails(
        &site,
        &[
            "error: `81.50000000000000000000000000001` is too large or has too many digits for an exact number",
            "--> content/plan/uddannelse.md:13:14",
        ],
    );
}

#[test]
fn the_largest_decimals_do_not_overflow() {
    let site = base();
    site.edit_text(
        INITIATIVE,
        "    baseline: 78\n    target: 85\n    current: 81.5\n",
        "    baseline: -79228162514264337593543950335\n    target: 79228162514264337593543950335\n    current: 79228162514264337593543950335\n",
    );
    let (out, _) = build_limited(&site, Duration::from_secs(20));
    assert_no_panic(&stderr(&out));
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn budget_sums_too_large_for_a_decimal_are_an_error_not_a_wrong_total() {
    // The strategy's 2.9 (2013) and the initiative's maximum (2014) fit each year, but
    // not the strategy's total; the total used to leave the 2014 line out silently.
    let site = base();
    site.edit_text(INITIATIVE, "    target: 9.8\n", "    target: 79228162514264337593543950335\n");
    assert_build_fails(
        &site,
        &[
            "error: the budget amounts of the strategy `plan` and its initiatives add up to more than retning can sum exactly (about 7.9 × 10^28)",
            "--> content/plan/index.md:14:1",
            "= help: check the amounts for typing errors, or write them in a larger unit (say `mio. kr.` instead of `kr.`)",
        ],
    );
    // Two lines of one initiative and one year: reported at the initiative only.
    let site = base();
    site.edit_text(
        INITIATIVE,
        "    target: 9.8\n",
        "    target: 79228162514264337593543950335\n  - year: 2014\n    unit: mio. kr.\n    target: 1\n",
    );
    let err = assert_build_fails(
        &site,
        &[
            "error: the budget amounts of the initiative `uddannelse` add up to more than retning can sum exactly",
            "--> content/plan/uddannelse.md:24:1",
        ],
    );
    assert_eq!(err.matches("add up to more than").count(), 1, "{err}");
}

#[test]
fn a_date_that_is_not_in_the_calendar_is_an_error() {
    let site = base();
    site.edit_text(INITIATIVE, "due: 2014-12-31\nupdated", "due: 2013-02-30\nupdated");
    assert_build_fails(
        &site,
        &[
            "error: `2013-02-30` is not a day of the calendar: February 2013 has 28 days in `due`",
            "--> content/plan/uddannelse.md:6:6",
            "= help: check the day and the month; dates are written YYYY-MM-DD",
        ],
    );
}

#[test]
fn a_date_written_day_first_is_an_error_offering_its_iso_form() {
    let site = base();
    site.edit_text(INITIATIVE, "due: 2014-12-31\nupdated", "due: 31.12.2014\nupdated");
    assert_build_fails(
        &site,
        &[
            "error: `31.12.2014` is not a date in the form YYYY-MM-DD; write `2014-12-31` in `due`",
            "--> content/plan/uddannelse.md:6:6",
        ],
    );
}

// ---------------------------------------------------------------------------------
// HTML: escaped by default, sanitised with allow_html, titles always escaped.
// ---------------------------------------------------------------------------------

const HOSTILE_BODY: &str = "Hej <b>fed</b> <script>alert(1)</script>\n\n\
<p onclick=\"evil()\">afsnit</p> <a href=\"javascript:alert(2)\">link</a> \
<a href=\"JaVaScRiPt:alert(3)\">l2</a> <img src=\"x.png\" onerror=\"alert(4)\"> \
<svg onload=alert(5)></svg> <iframe src=\"https://example.com\"></iframe>\n";

fn hostile_site(allow_html: bool) -> Site {
    let site = base();
    if allow_html {
        let config = std::fs::read_to_string(site.path().join("site.yaml")).unwrap();
        site.file("site.yaml", &format!("{config}allow_html: true\n"));
    }
    site.file(
        INITIATIVE,
        &format!("---\ntitle: X\ntheme: velfaerd-og-kvalitet\nresponsible: gitte-lovgren\n---\n{HOSTILE_BODY}"),
    );
    site.build_ok();
    site
}

fn prose(html: &str) -> &str {
    let start = html.find("<div class=\"prose\">").expect("prose");
    let len = html[start..].find("</div>").expect("end of prose");
    &html[start..start + len]
}

/// The markup in `html` that could run code: `<script>`, `<iframe>`, `<object>` and
/// `<embed>` tags, `on…` event-handler attributes, and `javascript:` URLs. Only real
/// tags count (escaped text such as `&lt;p onclick=…&gt;` is text); attribute values
/// are read with their quotes.
fn dangerous_markup(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    let bytes = html.as_bytes();
    let mut i = 0;
    while let Some(at) = html[i..].find('<') {
        let mut p = i + at + 1;
        let name_start = p;
        while p < bytes.len()
            && (bytes[p].is_ascii_alphanumeric() || bytes[p] == b'/' || bytes[p] == b'!')
        {
            p += 1;
        }
        let closing = html[name_start..p].starts_with('/');
        let tag = html[name_start..p].trim_start_matches('/').to_ascii_lowercase();
        if !closing && ["script", "iframe", "object", "embed"].contains(&tag.as_str()) {
            found.push(format!("<{tag}>"));
        }
        // Attributes up to `>`.
        loop {
            while p < bytes.len() && bytes[p].is_ascii_whitespace() {
                p += 1;
            }
            if p >= bytes.len() || bytes[p] == b'>' || tag.starts_with('!') {
                break;
            }
            let attr_start = p;
            while p < bytes.len() && !b" \t\n=>".contains(&bytes[p]) {
                p += 1;
            }
            let attr = html[attr_start..p].to_ascii_lowercase();
            let mut value = String::new();
            if p < bytes.len() && bytes[p] == b'=' {
                p += 1;
                let quote = bytes.get(p).copied().filter(|q| *q == b'"' || *q == b'\'');
                let value_start = if quote.is_some() { p + 1 } else { p };
                p = value_start;
                while p < bytes.len()
                    && match quote {
                        Some(q) => bytes[p] != q,
                        None => !bytes[p].is_ascii_whitespace() && bytes[p] != b'>',
                    }
                {
                    p += 1;
                }
                value = html[value_start..p.min(bytes.len())].to_ascii_lowercase();
                if quote.is_some() {
                    p += 1;
                }
            }
            if attr.starts_with("on") {
                found.push(format!("<{tag} {attr}=…>"));
            }
            if value.trim_start().starts_with("javascript:") {
                found.push(format!("<{tag} {attr}=\"{value}\">"));
            }
            if p == attr_start {
                p += 1;
            }
        }
        i = p.min(html.len());
    }
    found
}

/// Every HTML and SVG file of an output with markup that could run code.
/// A page without the theme's own scripts (`static/disk.js` on every page,
/// `static/search.js` on the search page), at whatever depth the page links them.
fn without_theme_scripts(page: &str) -> String {
    let mut text = page.to_string();
    for script in ["disk.js", "search.js"] {
        // The 404 page's addresses start at the site's root (it is shown at any address).
        let prefixes = (0..8).rev().map(|depth| "../".repeat(depth)).chain(["/".to_string()]);
        for prefix in prefixes {
            text = text
                .replace(&format!("<script src=\"{prefix}static/{script}\" defer></script>"), "");
        }
    }
    text
}

fn dangerous_files(public: &Path) -> Vec<(String, Vec<String>)> {
    files_of(public)
        .into_iter()
        .filter(|(path, _)| {
            path.ends_with(".html") || path.ends_with(".svg") || path.ends_with(".xml")
        })
        .map(|(path, bytes)| {
            (path, dangerous_markup(&without_theme_scripts(&String::from_utf8_lossy(&bytes))))
        })
        .filter(|(_, found)| !found.is_empty())
        .collect()
}

#[test]
fn the_markup_check_finds_what_it_should() {
    let found = dangerous_markup(
        "<p class=\"a\">&lt;script&gt; &lt;p onclick=&quot;x&quot;&gt;</p><IMG SRC=x OnError='a()'><a href=\" JavaScript:x\">l</a><script>x</script>",
    );
    assert_eq!(found, vec!["<img onerror=…>", "<a href=\" javascript:x\">", "<script>"]);
}

#[test]
fn raw_html_in_markdown_is_escaped_by_default() {
    let site = hostile_site(false);
    let page = site.read("plan/uddannelse/index.html");
    let body = prose(&page);
    assert!(
        body.contains("Hej &lt;b&gt;fed&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;"),
        "{body}"
    );
    assert!(body.contains("&lt;p onclick=\"evil()\"&gt;afsnit&lt;/p&gt;"), "{body}");
    assert!(body.contains("&lt;a href=\"javascript:alert(2)\"&gt;link&lt;/a&gt;"), "{body}");
    // The only tags in the text are the paragraph Markdown made (the second line is an
    // HTML block, shown as text).
    let tags: Vec<&str> = body.split('<').skip(1).map(|t| &t[..t.find('>').unwrap() + 1]).collect();
    assert_eq!(tags, ["div class=\"prose\">", "p>", "/p>"], "{body}");
    assert_eq!(dangerous_files(&site.public()), Vec::<(String, Vec<String>)>::new());
}

#[test]
fn allow_html_keeps_markup_but_removes_scripts_handlers_and_javascript_urls() {
    let site = hostile_site(true);
    let page = site.read_raw("plan/uddannelse/index.html");
    let body = prose(&page);
    assert!(body.contains("Hej <b>fed</b>"), "{body}");
    assert!(body.contains("<p>afsnit</p>"), "{body}");
    assert!(body.contains("<img src=\"x.png\">"), "{body}");
    assert!(body.contains("<a rel=\"noopener noreferrer\">link</a>"), "{body}");
    let lower = body.to_lowercase();
    for bad in ["<script", "alert(", "onclick", "onerror", "onload", "javascript:", "<iframe"] {
        assert!(!lower.contains(bad), "`{bad}` in {body}");
    }
    // No file of the site has markup that runs code.
    assert_eq!(dangerous_files(&site.public()), Vec::<(String, Vec<String>)>::new());
}

#[test]
fn titles_and_other_front_matter_text_are_always_escaped() {
    for allow_html in [false, true] {
        let site = base();
        if allow_html {
            let config = std::fs::read_to_string(site.path().join("site.yaml")).unwrap();
            site.file("site.yaml", &format!("{config}allow_html: true\n"));
        }
        site.edit_text(
            INITIATIVE,
            "title: Uddannelse til alle\n",
            "title: <script>alert(\"t\")</script> & \"Titel\"\n",
        );
        site.edit_text(INITIATIVE, "    unit: \"%\"\n", "    unit: <b onclick=x()>%</b>\n");
        site.edit_text(
            "content/directors/gitte-lovgren.md",
            "name: Gitte Løvgren",
            "name: Gitte <img src=x onerror=alert(1)>",
        );
        site.build_ok();
        let escaped = "&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; &amp; &quot;Titel&quot;";
        let page = site.read("plan/uddannelse/index.html");
        assert!(page.contains(&format!("<h1>{escaped}</h1>")), "allow_html {allow_html}");
        assert!(page.contains(&format!("<title>{escaped} – ")), "allow_html {allow_html}");
        assert!(page.contains("&lt;b onclick=x()&gt;%&lt;/b&gt;"), "allow_html {allow_html}");
        let badge = site.read("badges/plan/uddannelse.svg");
        assert!(badge.contains(escaped), "{badge}");
        let feed = site.read("atom.xml");
        assert!(feed.contains("&lt;script&gt;"), "{feed}");
        for (path, bytes) in files_of(&site.public()) {
            let text = String::from_utf8_lossy(&bytes);
            let data = path.ends_with(".json") || path.ends_with(".csv");
            if !data {
                assert!(!text.contains("<script>alert"), "raw title in {path}");
                assert!(!text.contains("<img src=x"), "raw name in {path}");
                assert!(!text.contains("<b onclick"), "raw unit in {path}");
            }
        }
        assert_eq!(dangerous_files(&site.public()), Vec::<(String, Vec<String>)>::new());
        // In the open data the title is the text as written: JSON escapes it itself.
        let json = site.site_json();
        let titles = json.to_string();
        assert!(titles.contains("<script>alert(\\\"t\\\")</script> & \\\"Titel\\\""), "{titles}");
    }
}

// ---------------------------------------------------------------------------------
// Output safety.
// ---------------------------------------------------------------------------------

#[test]
fn a_failed_build_leaves_the_last_output_byte_identical() {
    let site = base();
    site.build_ok();
    let before = hash_tree(&site.public());
    let listing = |dir: &Path| {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    let root_before = listing(site.path());
    // One bad edit of each kind: YAML, a reference, a static clash, an encoding.
    site.edit_text(INITIATIVE, "title: Uddannelse til alle", "title: [Uddannelse");
    let err = assert_build_fails(&site, &["--> content/plan/uddannelse.md:"]);
    assert!(err.contains("nothing was written; the last good site in"), "{err}");
    assert_eq!(hash_tree(&site.public()), before);
    site.edit_text(INITIATIVE, "title: [Uddannelse", "title: Uddannelse til alle");
    site.edit_text(INITIATIVE, "responsible: gitte-lovgren", "responsible: gitte-lovgrn");
    assert_build_fails(
        &site,
        &["error: unknown director `gitte-lovgrn`", "did you mean `gitte-lovgren`?"],
    );
    assert_eq!(hash_tree(&site.public()), before);
    site.edit_text(INITIATIVE, "responsible: gitte-lovgrn", "responsible: gitte-lovgren");
    site.file("static/status", "status-side");
    assert_build_fails(
        &site,
        &["error: the static file would take the place of the generated folder `/status/`"],
    );
    assert_eq!(hash_tree(&site.public()), before);
    site.remove("static/status");
    site.bytes("content/plan/ny.md", b"---\ntitle: Sm\xf8rrebr\xf8d\n---\n");
    assert_build_fails(&site, &["error: not UTF-8 text: line 2"]);
    assert_eq!(hash_tree(&site.public()), before);
    // No staging folders were left beside the output.
    assert_eq!(listing(site.path()), root_before);
    // And the next good build replaces it.
    site.remove("content/plan/ny.md");
    site.build_ok();
    assert_eq!(hash_tree(&site.public()), before);
}

#[test]
fn a_build_never_deletes_files_it_did_not_create() {
    let site = base();
    // A folder of the author's own, not empty and without retning's marker.
    site.file("public/index.html", "min egen side");
    site.file("public/rapport.pdf", "PDF");
    let (out, _) = build_limited(&site, Duration::from_secs(20));
    let err = stderr(&out);
    assert_no_panic(&err);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("holds files that retning did not write; it will not replace them"),
        "{err}"
    );
    assert!(
        err.contains(
            "= help: empty or remove the folder yourself, or choose another output folder"
        ),
        "{err}"
    );
    assert_eq!(site.read("index.html"), "min egen side");
    assert_eq!(site.read("rapport.pdf"), "PDF");
    assert_eq!(files_of(&site.public()).len(), 2);
    // A marker made by hand (`touch public/.retning-output`) does not make the folder
    // retning's to replace.
    site.file("public/.retning-output", "");
    let (out, _) = build_limited(&site, Duration::from_secs(20));
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("has a marker file that retning did not write"), "{err}");
    assert_eq!(site.read("rapport.pdf"), "PDF");
    // Nor is another site's output this site's to replace.
    let other = base();
    other.build_ok();
    let out = site.build_to(&other.public());
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("was written by retning for another site"), "{}", stderr(&out));
    assert!(other.public().join("index.html").is_file());
    // With the marker of this site's last build, the folder is replaced as a whole.
    site.file(
        "public/.retning-output",
        "This folder is written by retning; it is replaced on every build.\nsite: .\n",
    );
    site.build_ok();
    assert!(!site.public().join("rapport.pdf").exists());
    assert!(site.public().join(".retning-output").is_file());
    assert!(site.read("index.html").contains("<html"));
}

#[test]
fn the_output_may_not_be_the_site_or_its_sources() {
    let site = base();
    for output in [".", "content", "static", "content/plan"] {
        let before = files_of(site.path());
        let (out, _) = run_limited(
            {
                let mut cmd = retning();
                cmd.arg("build")
                    .arg("--root")
                    .arg(site.path())
                    .arg("--output")
                    .arg(site.path().join(output));
                cmd
            },
            Duration::from_secs(20),
        );
        let err = stderr(&out);
        assert_no_panic(&err);
        assert_eq!(out.status.code(), Some(2), "{output}: {err}");
        assert!(
            err.contains("= help: choose an output folder of its own, such as `public`"),
            "{err}"
        );
        assert_eq!(files_of(site.path()), before, "{output}");
    }
}

#[test]
fn static_files_that_clash_with_generated_pages_are_errors() {
    let site = base();
    site.file("static/status/index.html", "min status");
    site.file("static/atom.xml", "<feed/>");
    let err = assert_build_fails(
        &site,
        &[
            "error: the static file would replace the generated `/atom.xml`",
            "error: the static file would replace the generated `/status/index.html`",
            "= help: rename or move the static file; generated pages cannot be replaced from static/",
        ],
    );
    assert!(err.contains("static/atom.xml\n"), "{err}");
    assert!(err.contains("static/status/index.html\n"), "{err}");
    assert!(!site.public().exists());
}

#[test]
fn a_static_file_in_the_place_of_a_generated_folder_is_an_error() {
    // It used to fail while writing, as "Is a directory (os error 21)" with a hint about
    // disk space, naming neither the file nor the clash.
    let site = base();
    site.file("static/status", "min status");
    site.file("static/atom.xml/x.txt", "x");
    let err = assert_build_fails(
        &site,
        &[
            "error: the static file would take the place of the generated folder `/status/`",
            "error: the static file needs a folder `/atom.xml/`, but `/atom.xml` is a file of the site",
            "= help: rename or move the static file; generated pages cannot be replaced from static/",
        ],
    );
    assert!(err.contains("static/status\n"), "{err}");
    assert!(!err.contains("os error"), "{err}");
    let leftovers: Vec<_> = std::fs::read_dir(site.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        // The (empty) lock file stays, as cargo's does: see `write::lock`.
        .filter(|n| n.contains("retning") && !n.ends_with(".retning-lock"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

//! The benchmark "floor": the least work any generator must do for a corpus.
//!
//! ```text
//! cargo build --release --example bench_floor
//! target/release/examples/bench_floor --root DIR --output DIR
//! ```
//!
//! Reads every `.md` file under `DIR/content` (walkdir), drops the front matter (the
//! lines between a leading `---` line and the next `---` line; a file that does not
//! start with `---` is all body), renders the Markdown body to HTML with pulldown-cmark
//! (tables on, as the corpus bodies contain GFM tables) and writes the HTML, unwrapped,
//! to one `index.html` per document, in parallel with rayon:
//!
//! ```text
//! content/a/b.md      ->  OUT/a/b/index.html
//! content/a/index.md  ->  OUT/a/index.html
//! content/index.md    ->  OUT/index.html
//! ```
//!
//! No templates, no model, no cross-references, no feeds: `bench/run.sh` reports
//! retning's median time over this program's as the "floor ratio".

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use pulldown_cmark::{html, Options, Parser};
use rayon::prelude::*;
use walkdir::WalkDir;

const USAGE: &str = "usage: bench_floor --root DIR --output DIR";

fn main() -> ExitCode {
    let (root, output) = match parse_args(std::env::args().skip(1)) {
        Ok(v) => v,
        Err(msg) => {
            eprintln!("bench_floor: {msg}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&root, &output) {
        Ok(n) => {
            println!("bench_floor: {n} documents -> {}", output.display());
            ExitCode::SUCCESS
        }
        Err(msg) => {
            eprintln!("bench_floor: {msg}");
            ExitCode::FAILURE
        }
    }
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<(PathBuf, PathBuf), String> {
    let (mut root, mut output) = (None, None);
    while let Some(arg) = args.next() {
        let slot = match arg.as_str() {
            "--root" => &mut root,
            "--output" => &mut output,
            "-h" | "--help" => return Err("help".into()),
            other => return Err(format!("unexpected argument {other:?}")),
        };
        *slot = Some(PathBuf::from(args.next().ok_or(format!("{arg} needs a value"))?));
    }
    Ok((root.ok_or("--root is required")?, output.ok_or("--output is required")?))
}

fn run(root: &Path, output: &Path) -> Result<usize, String> {
    let content = root.join("content");
    let mut sources = Vec::new();
    for entry in WalkDir::new(&content) {
        let entry = entry.map_err(|e| format!("walking {}: {e}", content.display()))?;
        if entry.file_type().is_file() && entry.path().extension().is_some_and(|x| x == "md") {
            sources.push(entry.into_path());
        }
    }
    sources.par_iter().try_for_each(|src| render_one(&content, src, output))?;
    Ok(sources.len())
}

fn render_one(content: &Path, src: &Path, output: &Path) -> Result<(), String> {
    let text = fs::read_to_string(src).map_err(|e| format!("{}: {e}", src.display()))?;
    let body = strip_front_matter(&text);

    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    let mut out = String::with_capacity(body.len() + body.len() / 2);
    html::push_html(&mut out, Parser::new_ext(body, options));

    let dest = output.join(page_dir(content, src)).join("index.html");
    if let Some(dir) = dest.parent() {
        fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    fs::write(&dest, out).map_err(|e| format!("{}: {e}", dest.display()))
}

/// The body after the front matter between the first two `---` lines.
fn strip_front_matter(text: &str) -> &str {
    let mut lines = text.split_inclusive('\n');
    let mut pos = match lines.next() {
        Some(first) if first.trim_end() == "---" => first.len(),
        _ => return text,
    };
    for line in lines {
        pos += line.len();
        if line.trim_end() == "---" {
            return &text[pos..];
        }
    }
    text // unclosed front matter: render it all, as a floor need not judge
}

/// `a/b.md` -> `a/b`, `a/index.md` -> `a`, `index.md` -> `` (all relative to content/).
fn page_dir(content: &Path, src: &Path) -> PathBuf {
    let rel = src.strip_prefix(content).unwrap_or(src);
    if rel.file_stem().is_some_and(|s| s == "index" || s == "_index") {
        rel.parent().map(Path::to_path_buf).unwrap_or_default()
    } else {
        rel.with_extension("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter() {
        assert_eq!(strip_front_matter("---\na: 1\n---\n# Hi\n"), "# Hi\n");
        assert_eq!(strip_front_matter("---\r\na: 1\r\n---\r\nx"), "x");
        assert_eq!(strip_front_matter("# Hi\n---\n"), "# Hi\n---\n");
        assert_eq!(strip_front_matter("---\n---\nbody"), "body");
    }

    #[test]
    fn pages() {
        let c = Path::new("/r/content");
        assert_eq!(page_dir(c, Path::new("/r/content/a/b.md")), Path::new("a/b"));
        assert_eq!(page_dir(c, Path::new("/r/content/a/index.md")), Path::new("a"));
        assert_eq!(page_dir(c, Path::new("/r/content/index.md")), Path::new(""));
    }
}

//! Splitting a Markdown file into YAML front matter and body.

use std::ops::Range;

/// The one front-matter splitter, for text already LF-normalised: the 1-based line
/// where the YAML starts (0 without front matter), where the YAML is in `text`, and the
/// body. Front matter is the text between a first line `---` and the next line `---`.
/// `Err(1)` when the opening `---` is never closed.
pub fn front_matter(text: &str) -> Result<(usize, Range<usize>, &str), usize> {
    let first_line = text.lines().next().unwrap_or("");
    if first_line.trim_end() != "---" {
        return Ok((0, 0..0, text));
    }
    let start = (first_line.len() + 1).min(text.len());
    let mut offset = start;
    for line in text.get(start..).unwrap_or("").split_inclusive('\n') {
        if line.trim_end() == "---" {
            let body = text.get(offset + line.len()..).unwrap_or("");
            return Ok((2, start..offset, body));
        }
        offset += line.len();
    }
    Err(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split_front_matter(text: &str) -> Result<(usize, &str), usize> {
        front_matter(text).map(|(line, _, body)| (line, body))
    }

    #[test]
    fn splits() {
        assert_eq!(split_front_matter("---\na: 1\n---\nbody\n"), Ok((2, "body\n")));
        assert_eq!(split_front_matter("---\n---\n"), Ok((2, "")));
        assert_eq!(split_front_matter("---  \na: 1\n--- \nbody"), Ok((2, "body")));
        assert_eq!(split_front_matter("no front matter"), Ok((0, "no front matter")));
        assert_eq!(split_front_matter(""), Ok((0, "")));
        assert_eq!(split_front_matter("---\na: 1\n"), Err(1));
        assert_eq!(split_front_matter("---\na: 1\n---"), Ok((2, "")));
    }

    #[test]
    fn the_yaml_is_the_text_between_the_markers() {
        let yaml = |text: &str| front_matter(text).map(|(_, range, _)| text[range].to_string());
        assert_eq!(
            yaml("---\ntitle: X\ngoals: []\n---\nBody\n---\nmore\n"),
            Ok("title: X\ngoals: []\n".into())
        );
        assert_eq!(yaml("---\n---\nBody\n"), Ok(String::new()));
        assert_eq!(yaml("---\ntitle: X\n--- \n"), Ok("title: X\n".into()));
        assert_eq!(yaml("Body only\n"), Ok(String::new()));
        assert_eq!(yaml("---"), Err(1));
    }
}

//! Splitting a Markdown file into YAML front matter and body.

/// Splits text (already LF-normalised) into the 1-based line where the front matter's
/// YAML starts (0 when there is no front matter) and the body.
///
/// Front matter is the text between a first line `---` and the next line `---`.
/// `Err(1)` when the opening `---` is never closed.
pub fn split_front_matter(text: &str) -> Result<(usize, &str), usize> {
    let first_line = text.lines().next().unwrap_or("");
    if first_line.trim_end() != "---" {
        return Ok((0, text));
    }
    let mut offset = first_line.len() + 1;
    for line in text.get(offset..).unwrap_or("").split_inclusive('\n') {
        offset += line.len();
        if line.trim_end() == "---" {
            return Ok((2, text.get(offset..).unwrap_or("")));
        }
    }
    Err(1)
}

#[cfg(test)]
mod tests {
    use super::*;

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
}

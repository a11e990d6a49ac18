//! Finding where a key or value is written, to point a problem at its token.

/// Finds where `key: value` (or a list item `- value` under `key:`) is written, at or
/// after `from_line` (1-based). Returns the 1-based line and column of the value, or of
/// the key when the value is not on the key's line.
///
/// Used to point semantic errors (an unknown director id, say) at the exact token,
/// which the deserializer does not keep.
pub fn locate(
    text: &str,
    key: &str,
    value: Option<&str>,
    from_line: usize,
) -> Option<(usize, usize)> {
    // The first `key:` line, in case the value is found nowhere.
    let mut fallback = None;
    // A `key:` line with no value on it: its block list may hold the value.
    let mut list_key: Option<usize> = None;
    for (index, line) in text.lines().enumerate().skip(from_line.saturating_sub(1)) {
        let number = index + 1;
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let body = trimmed.strip_prefix("- ").unwrap_or(trimmed);
        let body_offset = line.len() - body.len();
        if let Some(after) = body.strip_prefix(key).and_then(|r| r.strip_prefix(':')) {
            let Some(v) = value else { return Some((number, column_of(line, body_offset))) };
            if let Some(pos) = find_token(after, v) {
                let byte = line.len() - after.len() + pos;
                return Some((number, column_of(line, byte)));
            }
            fallback = fallback.or(Some((number, column_of(line, body_offset))));
            list_key = after.trim().is_empty().then_some(indent);
            continue;
        }
        if let (Some(key_indent), Some(v)) = (list_key, value) {
            if trimmed.starts_with("- ") && indent >= key_indent {
                if let Some(pos) = find_token(&trimmed[2..], v) {
                    let byte = line.len() - trimmed.len() + 2 + pos;
                    return Some((number, column_of(line, byte)));
                }
            } else if !trimmed.is_empty() && indent <= key_indent {
                list_key = None;
            }
        }
    }
    fallback
}

/// Byte offset of `token` in `haystack` as a whole word (not part of a longer id).
fn find_token(haystack: &str, token: &str) -> Option<usize> {
    let is_id_char = |c: char| c.is_alphanumeric() || c == '-' || c == '_' || c == '/';
    let mut start = 0;
    while let Some(found) = haystack[start..].find(token) {
        let at = start + found;
        let before = haystack[..at].chars().next_back();
        let after = haystack[at + token.len()..].chars().next();
        if !before.is_some_and(is_id_char) && !after.is_some_and(is_id_char) {
            return Some(at);
        }
        start = at + token.len().max(1);
    }
    None
}

fn column_of(line: &str, byte: usize) -> usize {
    line[..byte.min(line.len())].chars().count() + 1
}

/// One step of a path into a YAML document: a key of a mapping, or the n-th (0-based)
/// item of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// `key:` in a mapping.
    Key(&'static str),
    /// The item at this position of a list.
    Item(usize),
}

/// A line of block YAML as its structure sees it: `- - key: v` is two list-item
/// marks and a line `key: v`, each at the column it starts at.
#[derive(Debug, Clone, Copy)]
struct Piece<'a> {
    /// 1-based line.
    line: usize,
    /// 0-based byte offset in the line, which is its indentation for structure.
    indent: usize,
    /// The text from `indent` on; `-` for a list-item mark.
    text: &'a str,
    is_item: bool,
}

fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut pieces = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let mut rest = line.trim_start_matches(' ');
        let mut indent = line.len() - rest.len();
        if rest.is_empty() || rest.starts_with('#') {
            continue;
        }
        while rest == "-" || rest.starts_with("- ") {
            pieces.push(Piece { line: index + 1, indent, text: "-", is_item: true });
            let after = rest[1..].trim_start_matches(' ');
            indent += rest.len() - after.len();
            rest = after;
        }
        if !rest.is_empty() && !rest.starts_with('#') {
            pieces.push(Piece { line: index + 1, indent, text: rest, is_item: false });
        }
    }
    pieces
}

/// Byte offset just after `key:` in a flow mapping's text (`{ text: a, target: 3 }`).
fn flow_key(text: &str, key: &str) -> Option<usize> {
    let mut start = 0;
    while let Some(found) = text[start..].find(key) {
        let at = start + found;
        let before = text[..at].trim_end().chars().next_back();
        if matches!(before, Some('{' | ',')) && text[at + key.len()..].starts_with(':') {
            return Some(at);
        }
        start = at + key.len();
    }
    None
}

/// Finds the node at `path` in block-style YAML (as authors write front matter) and
/// returns the 1-based line and column of its key, or of its item's content; with a
/// `value`, of that value's token inside the node when it is there. Found by the
/// document's structure, not by searching for text: two list items with the same
/// text are told apart by their place. Where the path cannot be followed to its end
/// (a flow-style list, say), the deepest node found is returned; `None` when not even
/// its first step is there.
pub fn locate_path(text: &str, path: &[Step], value: Option<&str>) -> Option<(usize, usize)> {
    let all = pieces(text);
    let lines: Vec<&str> = text.lines().collect();
    let column = |piece: &Piece<'_>, byte: usize| {
        let line = lines[piece.line - 1];
        Some((piece.line, column_of(line, piece.indent + byte)))
    };
    // The pieces of the current node: from `lo` to `hi`.
    let (mut lo, mut hi) = (0, all.len());
    let mut found = None;
    for step in path {
        let level = all[lo..hi].iter().map(|p| p.indent).min()?;
        match *step {
            Step::Key(key) => {
                let first = all.get(lo)?;
                if first.text.starts_with('{') && !first.is_item {
                    let Some(at) = flow_key(first.text, key) else { return found };
                    // The value, when asked for: up to the entry's end.
                    let entry = &first.text[at..];
                    let entry = &entry[..entry.find([',', '}']).unwrap_or(entry.len())];
                    let pos = value.and_then(|v| find_token(entry, v)).unwrap_or(0);
                    return column(first, at + pos);
                }
                let Some(k) = (lo..hi).find(|&i| {
                    let p = &all[i];
                    p.indent == level
                        && !p.is_item
                        && p.text.strip_prefix(key).is_some_and(|r| {
                            r.starts_with(':') && (r.len() == 1 || r[1..].starts_with(' '))
                        })
                }) else {
                    return found;
                };
                found = column(&all[k], 0);
                let key_piece = all[k];
                // The value: deeper pieces, and list items at the key's own indent.
                let end = (k + 1..hi)
                    .find(|&i| {
                        let p = &all[i];
                        p.indent < key_piece.indent || (p.indent == key_piece.indent && !p.is_item)
                    })
                    .unwrap_or(hi);
                // A value on the key's line (`key: [a, b]`, `key: x`) is its own piece.
                let inline = &key_piece.text[key.len() + 1..];
                if !inline.trim().is_empty() {
                    if let Some(v) = value {
                        if let Some(pos) = find_token(inline, v) {
                            return column(&key_piece, key.len() + 1 + pos);
                        }
                    }
                    return found;
                }
                lo = k + 1;
                hi = end;
                if lo >= hi {
                    return found;
                }
            }
            Step::Item(n) => {
                let Some(m) = (lo..hi).filter(|&i| all[i].is_item && all[i].indent == level).nth(n)
                else {
                    return found;
                };
                let mark = all[m];
                let end = (m + 1..hi).find(|&i| all[i].indent <= mark.indent).unwrap_or(hi);
                found = match all.get(m + 1) {
                    Some(content) if m + 1 < end && content.line == mark.line => column(content, 0),
                    _ => column(&mark, 0),
                };
                lo = m + 1;
                hi = end;
                if lo >= hi {
                    return found;
                }
            }
        }
    }
    if let Some(v) = value {
        // A block list under the node: the item that is the value.
        for p in &all[lo..hi] {
            if !p.is_item {
                if let Some(pos) = find_token(p.text, v) {
                    return column(p, pos);
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::{locate_path, Step::*};

    const DOC: &str = "\
title: Plan
initiatives:
  - id: a
    title: A
    goals:
      - text: Same
        target: 10
      - text: Same
        target: 20
  - id: b
    # a comment
    goals:
    - {text: Same, target: 5}
    responsible: [x, yy]
    theme:
      - t1
      - t2
";

    #[test]
    fn items_with_the_same_text_are_told_apart_by_their_place() {
        let at = |path: &[_]| locate_path(DOC, path, None);
        assert_eq!(
            at(&[Key("initiatives"), Item(0), Key("goals"), Item(0), Key("target")]),
            Some((7, 9))
        );
        assert_eq!(
            at(&[Key("initiatives"), Item(0), Key("goals"), Item(1), Key("target")]),
            Some((9, 9))
        );
        assert_eq!(at(&[Key("initiatives"), Item(0), Key("goals"), Item(1)]), Some((8, 9)));
        assert_eq!(at(&[Key("initiatives"), Item(1)]), Some((10, 5)));
        // A list at its key's own indent, and a flow mapping as an item.
        assert_eq!(
            at(&[Key("initiatives"), Item(1), Key("goals"), Item(0), Key("target")]),
            Some((13, 20))
        );
    }

    #[test]
    fn values_are_found_inside_their_node_only() {
        let at = |path: &[_], value| locate_path(DOC, path, Some(value));
        assert_eq!(at(&[Key("initiatives"), Item(1), Key("responsible")], "yy"), Some((14, 22)));
        assert_eq!(at(&[Key("initiatives"), Item(1), Key("theme")], "t2"), Some((17, 9)));
        // Not found: the key is the place.
        assert_eq!(at(&[Key("initiatives"), Item(1), Key("theme")], "t9"), Some((15, 5)));
    }

    #[test]
    fn a_path_that_cannot_be_followed_gives_the_deepest_node_found() {
        let at = |path: &[_]| locate_path(DOC, path, None);
        assert_eq!(at(&[Key("initiatives"), Item(0), Key("due")]), Some((3, 5)));
        assert_eq!(at(&[Key("initiatives"), Item(5)]), Some((2, 1)));
        assert_eq!(at(&[Key("nothing")]), None);
        assert_eq!(
            locate_path("goals: [{text: a, target: 1}]", &[Key("goals"), Item(0)], None),
            Some((1, 1))
        );
    }
}

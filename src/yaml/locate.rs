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

//! Reading a file as text: UTF-8 as written, UTF-16 and Windows-1252 named or
//! decoded, binary refused, line endings made `\n`.

use std::path::Path;

use super::MAX_FILE_BYTES;
use crate::i18n::{Arg, Message};
use crate::msg;

/// Reads a file as text: at most [`MAX_FILE_BYTES`], UTF-8, BOM removed, CRLF and CR
/// turned into LF (so files from Windows build exactly like files from elsewhere).
pub fn read_text(path: &Path) -> Result<String, Message> {
    use std::io::Read as _;
    let too_large = |size: u64| {
        msg!(
            "file-too-large",
            size = size,
            limit = MAX_FILE_BYTES,
            mib = MAX_FILE_BYTES / (1024 * 1024)
        )
    };
    // Opened first and its size asked of the open file: the path is looked up once.
    let file = std::fs::File::open(path).map_err(|e| io_message(path, &e))?;
    let size = file.metadata().map_err(|e| io_message(path, &e))?.len();
    if size > MAX_FILE_BYTES {
        return Err(too_large(size));
    }
    // The size the file has now is read, in one call: asking again for the end of a file
    // was a thousand system calls in a build of 1,000 files. (A file written while it is
    // read is read again: `serve` sees the write.) A size of 0 may be a special file
    // that does not know its size: that is read to its end, at most one byte past the
    // limit. The text is kept as read (not copied), so it gets no slack capacity.
    let limit = if size == 0 { MAX_FILE_BYTES + 1 } else { size };
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(limit).read_to_end(&mut bytes).map_err(|e| io_message(path, &e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    decode_text(bytes)
}

/// Decodes file bytes as [`read_text`] does.
pub fn decode_text(bytes: Vec<u8>) -> Result<String, Message> {
    // Windows editors save "Unicode" text as UTF-16 with a byte-order mark (Notepad's
    // "UTF-16 LE"): it is text, read as such.
    let little_endian = match bytes.get(..2) {
        Some([0xff, 0xfe]) => Some(true),
        Some([0xfe, 0xff]) => Some(false),
        _ => None,
    };
    if let Some(little_endian) = little_endian {
        return decode_utf16(&bytes[2..], little_endian)
            .map(|text| decode_text(text.into_bytes()))
            .unwrap_or_else(|| Err(msg!("file-broken-utf16")));
    }
    if bytes.contains(&0) {
        // UTF-16 without a mark: ASCII letters with a zero byte before or after each
        // (a character's pair holds one zero and one letter; a file of zeros is no text).
        let pairs = bytes.chunks_exact(2);
        let letters = pairs.clone().filter(|pair| (pair[0] == 0) != (pair[1] == 0)).count();
        if bytes.len() >= 4 && letters * 10 >= pairs.len() * 9 {
            return Err(msg!("file-utf16"));
        }
        return Err(msg!("file-binary"));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let bytes = e.as_bytes();
        let valid = e.utf8_error().valid_up_to();
        let line = bytes[..valid].iter().filter(|&&b| b == b'\n').count() + 1;
        // Show the line as an old Windows editor meant it (Latin-1 / Windows-1252), so
        // the author sees which word it is: "title: Velfærd".
        let start = bytes[..valid].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let end =
            bytes[valid..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |i| valid + i);
        let shown: String = bytes[start..end]
            .iter()
            .take(80)
            .map(|&b| match b {
                b'\r' => ' ',
                0x20..=0x7e | 0xa0..=0xff => char::from(b),
                _ => '?',
            })
            .collect();
        msg!("file-not-utf8", line = line, shown = shown.trim())
    })?;
    let unmarked = text.strip_prefix('\u{feff}').unwrap_or(&text);
    if unmarked.contains('\r') {
        Ok(unmarked.replace("\r\n", "\n").replace('\r', "\n"))
    } else if unmarked.len() < text.len() {
        Ok(unmarked.to_string())
    } else {
        // The common case: the text as read, not copied.
        Ok(text)
    }
}

/// UTF-16 text (after its byte-order mark), or `None` where it is not whole UTF-16
/// text or holds a NUL.
pub(super) fn decode_utf16(bytes: &[u8], little_endian: bool) -> Option<String> {
    if !bytes.len().is_multiple_of(2) {
        return None;
    }
    let units = bytes.chunks_exact(2).map(|pair| {
        let pair = [pair[0], pair[1]];
        if little_endian {
            u16::from_le_bytes(pair)
        } else {
            u16::from_be_bytes(pair)
        }
    });
    let text: String = char::decode_utf16(units).collect::<Result<_, _>>().ok()?;
    (!text.contains('\0')).then_some(text)
}

pub(super) fn io_message(path: &Path, error: &std::io::Error) -> Message {
    match error.kind() {
        std::io::ErrorKind::NotFound => {
            msg!("file-does-not-exist", path = path.display().to_string())
        }
        std::io::ErrorKind::InvalidData => msg!("file-not-utf8-short"),
        _ => msg!("cannot-read-path", path = path.display().to_string(), error = io_error(error)),
    }
}

/// Why the system refused, in the reader's language where the reason is a common one
/// (the system's own words otherwise).
pub fn io_error(error: &std::io::Error) -> Arg {
    match error.kind() {
        std::io::ErrorKind::NotFound => msg!("io-not-found").into(),
        std::io::ErrorKind::PermissionDenied => msg!("io-permission-denied").into(),
        std::io::ErrorKind::AlreadyExists => msg!("io-already-exists").into(),
        _ => Arg::Text(error.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::decode_text;

    fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
        std::iter::once(0xfeff)
            .chain(text.encode_utf16())
            .flat_map(|u| if little_endian { u.to_le_bytes() } else { u.to_be_bytes() })
            .collect()
    }

    #[test]
    fn utf16_with_its_mark_is_text_with_unix_line_endings() {
        for little_endian in [true, false] {
            let text = decode_text(utf16("title: Ærø 😀\r\n---\r\nå\r\n", little_endian));
            assert_eq!(text.as_deref(), Ok("title: Ærø 😀\n---\nå\n"));
        }
        // A lone surrogate, an odd byte and a NUL are no text.
        for units in [&[0xfeff_u16, 0xd800, 0x41][..], &[0xfeff, 0x41, 0]] {
            let bytes: Vec<u8> = units.iter().flat_map(|u| u.to_le_bytes()).collect();
            assert!(decode_text(bytes).unwrap_err().to_string().contains("does not decode"));
        }
        let mut odd = utf16("ab", true);
        odd.push(b'c');
        assert!(decode_text(odd).unwrap_err().to_string().contains("does not decode"));
    }

    #[test]
    fn utf8_stays_as_read_and_binary_is_named() {
        assert_eq!(decode_text(b"\xef\xbb\xbfa\r\nb".to_vec()).as_deref(), Ok("a\nb"));
        assert!(decode_text(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xff\x10".to_vec())
            .unwrap_err()
            .to_string()
            .starts_with("this is a binary file"));
        let unmarked: Vec<u8> = "title: x\n".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert!(decode_text(unmarked).unwrap_err().to_string().contains("saved as UTF-16"));
        for zeros in [4, 5, 1000] {
            let error = decode_text(vec![0; zeros]).unwrap_err();
            assert!(error.to_string().starts_with("this is a binary file"), "{zeros}: {error}");
        }
    }
}

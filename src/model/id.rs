//! Ids: what makes one valid, and the id an author most likely meant.

/// The longest id, in characters: an id is a file and folder name on every system
/// that builds or serves the site, and a part of web addresses people share.
pub const MAX_ID_LEN: usize = 100;

/// True when `id` is lowercase ASCII letters, digits and `-`, at most [`MAX_ID_LEN`].
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// What an invalid `id` should be, for the end of a message ("… is not a valid id:
/// {rule}").
pub fn id_rule(id: &str) -> crate::i18n::Message {
    if id.len() > MAX_ID_LEN && is_valid_id(&id[..MAX_ID_LEN]) {
        crate::msg!("id-rule-too-long", length = id.len(), most = MAX_ID_LEN)
    } else {
        crate::msg!("id-rule-characters")
    }
}

/// The id an author most likely meant: `Mindre sygefravær` → `mindre-sygefravaer`.
pub fn suggest_id(raw: &str) -> String {
    let mut out = String::new();
    for c in raw.chars().flat_map(char::to_lowercase) {
        let piece = match c {
            'æ' | 'ä' => "ae",
            'ø' | 'ö' => "o",
            'å' => "aa",
            'é' | 'è' | 'ê' => "e",
            'ü' => "u",
            c if c.is_ascii_alphanumeric() => {
                out.push(c);
                continue;
            }
            _ => "-",
        };
        out.push_str(piece);
    }
    let mut suggestion = String::new();
    for part in out.split('-').filter(|p| !p.is_empty()) {
        let separator = usize::from(!suggestion.is_empty());
        if suggestion.len() + separator + part.len() > MAX_ID_LEN {
            break;
        }
        if separator == 1 {
            suggestion.push('-');
        }
        suggestion.push_str(part);
    }
    suggestion
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        assert!(is_valid_id("velfaerd-og-kvalitet"));
        assert!(is_valid_id("2013"));
        assert!(!is_valid_id("Velfærd"));
        assert!(!is_valid_id("a b"));
        assert!(!is_valid_id(""));
        assert_eq!(suggest_id("Mindre sygefravær"), "mindre-sygefravaer");
        assert_eq!(suggest_id("Børn & unge  "), "born-unge");
        assert_eq!(suggest_id("Å_blå"), "aa-blaa");
        let long = "ord-".repeat(40);
        assert!(!is_valid_id(&long[..101]));
        assert!(is_valid_id(&long[..99]));
        assert!(id_rule(&long[..103]).to_string().starts_with("it has 103 characters"));
        assert!(id_rule("Velfærd").to_string().starts_with("use lowercase"));
        let suggested = suggest_id(&long);
        assert!(is_valid_id(&suggested) && suggested.len() == 99, "{suggested}");
    }
}

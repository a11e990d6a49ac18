#![no_main]
//! Front matter as authors write it: any bytes, decoded as retning decodes a file
//! (UTF-8, BOM, CRLF), split into front matter and body, and read into each kind of
//! document's fields; the same text as a `site.yaml`. Errors are expected; a panic, a
//! hang (libFuzzer's `-timeout`) or a blow-up in memory (`-rss_limit_mb`) is a bug.

use libfuzzer_sys::fuzz_target;
use retning::load::{decode_text, front_matter};
use retning::model::{DirectorFields, InitiativeFields, SourceFile, StrategyFields};
use retning::yaml;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = decode_text(data.to_vec()) else { return };
    if let Ok((front_matter_line, yaml_range, _body)) = front_matter(&text) {
        let source =
            SourceFile::new("content/s/fuzz.md".into(), text.clone(), front_matter_line, yaml_range);
        let yaml_text = source.front_matter();
        let _ = yaml::from_str::<StrategyFields>(yaml_text);
        let _ = yaml::from_str::<InitiativeFields>(yaml_text);
        let _ = yaml::from_str::<DirectorFields>(yaml_text);
        // Past the first mistake: lines emptied one by one and the text read again.
        let _ = yaml::from_str_collecting::<InitiativeFields>(yaml_text);
        // Messages point at keys and values with `locate`; it reads the same text.
        for (key, value) in [("title", None), ("id", Some("a")), ("theme", Some("x-y"))] {
            let _ = yaml::locate(yaml_text, key, value, 1);
        }
    }
    // `site.yaml` goes through the same YAML reader.
    let _ = retning::config::parse(&text);
});

#![no_main]
//! `retning serve`'s request handling, as a client on the network could drive it: any
//! bytes as a request head, read by the transport's parser; a head it accepts is
//! answered by the handler and written out; its target is resolved against an output
//! under two base paths (one not ASCII). A panic is a bug, and so is a response head
//! that holds anything but visible ASCII lines: nothing a client sends may split a
//! header.

use std::sync::Arc;

use libfuzzer_sys::fuzz_target;
use retning::serve::http::{parse_head, response_bytes};
use retning::serve::server::{answer, resolve, Shared, Snapshot, Target};

const FILES: [&str; 5] = ["index.html", "a/index.html", "æ/index.html", "data/site.json", "404.html"];

fuzz_target!(|data: &[u8]| {
    let Some(Ok(request)) = parse_head(data) else { return };
    for base in ["/", "/strategiår/"] {
        if let Target::File(path) = resolve(&request.target, base, |p| FILES.contains(&p)) {
            assert!(FILES.contains(&path.as_str()), "{path}");
        }
    }
    let shared = Shared::new(
        Snapshot {
            files: None,
            panel: Some(Arc::from("<p>errors</p>")),
            base_path: "/strategiår/".into(),
            build: "b1".into(),
        },
        true,
        retning::i18n::Messages::english(),
    );
    let reply = answer(&request, &shared);
    let bytes = response_bytes(&reply, request.method == "HEAD", request.keep_alive);
    let head_end = bytes.windows(4).position(|w| w == b"\r\n\r\n").expect("a response head");
    // Up to and with the last line's CRLF: every line of the head ends in one.
    let head = &bytes[..head_end + 2];
    for line in head.split_inclusive(|&b| b == b'\n') {
        let line = line.strip_suffix(b"\r\n").expect("lines end in CRLF");
        assert!(line.iter().all(|b| (0x20..0x7f).contains(b)), "{:?}", String::from_utf8_lossy(line));
    }
});

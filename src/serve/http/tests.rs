//! The HTTP parser and responses.

use super::*;

fn head(text: &str) -> Option<Result<Request, u16>> {
    parse_head(text.as_bytes())
}

#[test]
fn reads_a_request_head() {
    let request = head("GET /a/?q=1 HTTP/1.1\r\nHost: localhost:1111\r\n\r\n").unwrap().unwrap();
    assert_eq!(request.method, "GET");
    assert_eq!(request.target, "/a/?q=1");
    assert_eq!(request.host.as_deref(), Some("localhost:1111"));
    assert!(request.keep_alive);
    assert!(!request.has_body);
    let request = head("GET / HTTP/1.0\nConnection: keep-alive\n\n").unwrap().unwrap();
    assert!(request.keep_alive);
    let request = head("GET / HTTP/1.1\r\nConnection: close\r\n\r\n").unwrap().unwrap();
    assert!(!request.keep_alive);
    let request = head("GET / HTTP/1.1\r\nContent-Length: 5\r\n\r\n").unwrap().unwrap();
    assert!(request.has_body);
    assert_eq!(head("GET / HTTP/1.1\r\n\r\n").map(|r| r.is_ok()), Some(true));
}

#[test]
fn waits_for_the_whole_head() {
    assert_eq!(head("GET / HTTP/1.1\r\nHost: x\r\n"), None);
    assert_eq!(head("GET / HT"), None);
    assert_eq!(parse_len(b"GET / HTTP/1.1\r\nHost: x\r\n\r\nGET"), Some(27));
}

#[test]
fn refuses_what_could_split_a_header() {
    for bad in [
        "GET /a\rLocation: http://evil/ HTTP/1.1\r\n\r\n",
        "GET /a\x00 HTTP/1.1\r\n\r\n",
        "GET /a\x1b[31m HTTP/1.1\r\n\r\n",
        "GET /\u{e6} HTTP/1.1\r\n\r\n",
        "GET  / HTTP/1.1\r\n\r\n",
        "GET /a b HTTP/1.1\r\n\r\n",
        "GET /a\nX: y HTTP/1.1\r\n\r\n",
        "get / HTTP/1.1\r\n\r\n",
        "GET / HTTP/1.1\r\nNoColon\r\n\r\n",
    ] {
        assert_eq!(head(bad), Some(Err(400)), "{bad:?}");
    }
    assert_eq!(head("GET / HTTP/2.0\r\n\r\n"), Some(Err(505)));
}

#[test]
fn limits_the_head() {
    let long_line = format!("GET /{} HTTP/1.1\r\n\r\n", "a".repeat(MAX_REQUEST_LINE));
    assert_eq!(head(&long_line), Some(Err(414)));
    let unfinished = format!("GET /{}", "a".repeat(MAX_REQUEST_LINE));
    assert_eq!(head(&unfinished), Some(Err(414)));
    let big_headers = format!("GET / HTTP/1.1\r\nX: {}\r\n\r\n", "a".repeat(MAX_HEADERS));
    assert_eq!(head(&big_headers), Some(Err(431)));
    let unfinished = format!("GET / HTTP/1.1\r\nX: {}", "a".repeat(MAX_HEADERS));
    assert_eq!(head(&unfinished), Some(Err(431)));
}

#[test]
fn header_values_cannot_break_lines() {
    assert_eq!(header_value("/strategiår/"), "/strategi%C3%A5r/");
    assert_eq!(header_value("/a\r\nSet-Cookie: x"), "/a%0D%0ASet-Cookie: x");
    assert_eq!(header_value("text/html; charset=utf-8"), "text/html; charset=utf-8");
}

#[test]
fn writes_responses() {
    let reply = Reply::text(404, "nope");
    let bytes = String::from_utf8(response_bytes(&reply, false, true)).unwrap();
    assert_eq!(
        bytes,
        "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 4\r\nConnection: keep-alive\r\n\r\nnope"
    );
    let bytes = String::from_utf8(response_bytes(&reply, true, false)).unwrap();
    assert!(bytes.ends_with("Content-Length: 4\r\nConnection: close\r\n\r\n"), "{bytes}");
}

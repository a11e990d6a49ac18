//! The HTTP side of `serve`: answers requests from the built site in memory, streams
//! reload notices to pages (Server-Sent Events), and shows errors on every page.
//!
//! Safety: only files of the built output are served, looked up by exact path in the
//! in-memory output map, so nothing else on disk can be reached. Request paths are
//! still checked first ([`resolve`]): a `..` or `.` segment (raw or percent-encoded),
//! an encoded `/` or `\`, a raw backslash, a NUL, an empty segment (`//`), or a target
//! that is not an absolute path (`http://…`, `*`) is refused with 400. A missing file
//! gets 404 with the site's own `404.html`.
//!
//! Live reload: every page carries [`live_reload_script`]; it listens on
//! [`EVENTS_PATH`] and reloads when a rebuild changed its page (or every page: an asset
//! changed, errors appeared or went). Each HTML response sets a cookie with the build
//! it came from, and every (re)connection starts with a `hello` naming the current
//! build, so a page that missed a rebuild (it loaded just before one, or the server
//! restarted) reloads too.

use std::io::Write;
use std::net::TcpStream;
use std::sync::{Arc, Mutex, RwLock};
use std::thread;
use std::time::Duration;

use super::http::{header_value, EventStreams, Listening, Reply, Request, Running};

use crate::error::Diagnostics;
use crate::i18n::Messages;
use crate::serve::incremental::OutputMap;

/// Where pages listen for reload notices.
pub const EVENTS_PATH: &str = "/__retning/events";

/// The cookie that tells a page which build it came from.
const BUILD_COOKIE: &str = "retning_build";

/// How often an idle event stream gets a comment, so dead connections are noticed.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// The script `serve` puts before `</body>` of every page: reloads the page when a
/// rebuild changed it, and reconnects (then reloads) after a server restart.
pub fn live_reload_script() -> String {
    format!(
        r#"<script>/* retning serve: live reload */(() => {{
const here = decodeURI(location.pathname).replace(/\/index\.html$/, "/");
const seen = document.cookie.match(/(?:^|;\s*){BUILD_COOKIE}=([^;]+)/);
let build = seen ? decodeURIComponent(seen[1]) : null;
const connect = () => {{
  const events = new EventSource("{EVENTS_PATH}");
  events.addEventListener("hello", (e) => {{
    const now = JSON.parse(e.data).build;
    if (build !== null && now !== build) location.reload();
    build = now;
  }});
  events.addEventListener("reload", (e) => {{
    const notice = JSON.parse(e.data);
    build = notice.build;
    if (notice.all || notice.pages.includes(here)) location.reload();
  }});
  events.onerror = () => {{
    if (events.readyState === EventSource.CLOSED) setTimeout(connect, 1000);
  }};
}};
connect();
}})();</script>
"#
    )
}

/// What the server answers from: replaced whole after every rebuild.
#[derive(Clone)]
pub struct Snapshot {
    /// The last good build's files, if there was one.
    pub files: Option<Arc<OutputMap>>,
    /// The error panel to show on every page while the sources have errors.
    pub panel: Option<Arc<str>>,
    /// The site's base path (`/` or `/sub/`).
    pub base_path: String,
    /// Names this state; changes whenever what is served changes.
    pub build: String,
}

/// At most this many pages listen for reload notices at once; more are answered 503.
pub const MAX_EVENT_STREAMS: usize = 256;

/// State shared by the request handlers and the rebuild loop.
pub struct Shared {
    snapshot: RwLock<Arc<Snapshot>>,
    /// Pages listening for reload notices: their connections, written without blocking
    /// (a page that does not read its notices is dropped, never waited for).
    clients: Mutex<Vec<TcpStream>>,
    /// Event streams answered but not yet handed over ([`EventStreams::reserve`]):
    /// counted with `clients` (and changed only under its lock), so that requests
    /// answered side by side cannot pass the limit together.
    reserved: std::sync::atomic::AtomicUsize,
    loopback_hosts_only: bool,
    /// The language of what the server says to a browser in its own words.
    messages: RwLock<&'static Messages>,
}

impl Shared {
    /// Starts with `snapshot`. With `loopback_hosts_only` (for a server bound to a
    /// loopback address), requests naming another host (`Host:`) are refused, so a web
    /// page elsewhere cannot reach the server through a DNS name it controls. What the
    /// server says itself (a page that is not there, a refused request, the page shown
    /// before the site has built) is in the language of `messages`.
    pub fn new(
        snapshot: Snapshot,
        loopback_hosts_only: bool,
        messages: &'static Messages,
    ) -> Shared {
        Shared {
            snapshot: RwLock::new(Arc::new(snapshot)),
            clients: Mutex::new(Vec::new()),
            reserved: std::sync::atomic::AtomicUsize::new(0),
            loopback_hosts_only,
            messages: RwLock::new(messages),
        }
    }

    /// Speaks `messages` from now on (the site's language has changed).
    pub fn set_messages(&self, messages: &'static Messages) {
        *self.messages.write().unwrap_or_else(|e| e.into_inner()) = messages;
    }

    fn messages(&self) -> &'static Messages {
        *self.messages.read().unwrap_or_else(|e| e.into_inner())
    }

    /// What is served now.
    pub fn snapshot(&self) -> Arc<Snapshot> {
        self.snapshot.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Serves `snapshot` from now on, then tells the pages: every page when `all`,
    /// else the pages at the site paths `pages`.
    pub fn publish(&self, snapshot: Snapshot, all: bool, pages: &[String]) {
        let build = snapshot.build.clone();
        *self.snapshot.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(snapshot);
        let notice = serde_json::json!({ "build": build, "all": all, "pages": pages });
        self.send_all(format!("event: reload\ndata: {notice}\n\n").as_bytes());
    }

    /// Writes `message` to every listening page, dropping those that are gone or do
    /// not keep up.
    fn send_all(&self, message: &[u8]) {
        let mut clients = self.clients.lock().unwrap_or_else(|e| e.into_inner());
        clients.retain_mut(|client| matches!(client.write(message), Ok(n) if n == message.len()));
    }

    /// Number of pages listening for reload notices.
    pub fn listeners(&self) -> usize {
        self.clients.lock().unwrap_or_else(|e| e.into_inner()).len()
    }
}

impl EventStreams for Shared {
    fn reserve(&self) -> bool {
        use std::sync::atomic::Ordering::SeqCst;
        let clients = self.clients.lock().unwrap_or_else(|e| e.into_inner());
        if clients.len() + self.reserved.load(SeqCst) >= MAX_EVENT_STREAMS {
            return false;
        }
        self.reserved.fetch_add(1, SeqCst);
        true
    }

    fn release(&self) {
        let _clients = self.clients.lock().unwrap_or_else(|e| e.into_inner());
        let _ = self.reserved.fetch_update(
            std::sync::atomic::Ordering::SeqCst,
            std::sync::atomic::Ordering::SeqCst,
            |n| n.checked_sub(1),
        );
    }

    fn adopt(&self, stream: TcpStream) -> bool {
        let mut clients = self.clients.lock().unwrap_or_else(|e| e.into_inner());
        let _ = self.reserved.fetch_update(
            std::sync::atomic::Ordering::SeqCst,
            std::sync::atomic::Ordering::SeqCst,
            |n| n.checked_sub(1),
        );
        if stream.set_nonblocking(true).is_err() {
            return false;
        }
        clients.push(stream);
        true
    }
}

/// The site path of an output file, for reload notices: `a/b/index.html` → `/a/b/`.
pub fn site_path(base_path: &str, output_path: &str) -> String {
    let path = output_path.strip_suffix("index.html").unwrap_or(output_path);
    format!("{base_path}{path}")
}

/// Starts answering requests on `listening` from `shared` until [`Running::stop`].
pub fn start(listening: Listening, shared: Arc<Shared>) -> std::io::Result<Running> {
    let handler_shared = shared.clone();
    let handler = Arc::new(move |request: &Request| answer(request, &handler_shared));
    let running = listening.start(handler, shared.clone())?;
    // Idle event streams get a comment now and then, so dead connections are noticed.
    let weak = Arc::downgrade(&shared);
    thread::Builder::new().name("retning-keep-alive".into()).spawn(move || loop {
        thread::sleep(KEEP_ALIVE);
        match weak.upgrade() {
            Some(shared) => shared.send_all(b": keep-alive\n\n"),
            None => return,
        }
    })?;
    Ok(running)
}

/// Where a request target leads.
#[derive(Debug, PartialEq, Eq)]
pub enum Target {
    /// An output file, by its output path.
    File(String),
    /// A folder asked for without its trailing `/`, or the site outside its base path:
    /// redirect to this site path.
    Redirect(String),
    /// No such file.
    NotFound,
    /// A path that tries to leave the output or is malformed.
    Bad,
}

/// Decodes `%XX` escapes; `None` when an escape is malformed or the result is not
/// UTF-8.
fn percent_decode(segment: &str) -> Option<String> {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            let hex = std::str::from_utf8(hex).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Resolves a request target (path and query, as sent) to an output file, checking
/// it first (see the module docs). `has` tells whether an output path exists.
pub fn resolve(target: &str, base_path: &str, has: impl Fn(&str) -> bool) -> Target {
    let path = target.split(['?', '#']).next().unwrap_or_default();
    let Some(rest) = path.strip_prefix('/') else { return Target::Bad };
    if path.contains('\\') {
        return Target::Bad;
    }
    let raw: Vec<&str> = rest.split('/').collect();
    let mut segments = Vec::with_capacity(raw.len());
    for (i, segment) in raw.iter().enumerate() {
        let Some(decoded) = percent_decode(segment) else { return Target::Bad };
        let last = i + 1 == raw.len();
        if decoded.is_empty() && !last {
            return Target::Bad;
        }
        if decoded == "."
            || decoded == ".."
            || decoded.contains(['/', '\\', '\0'])
            || decoded.chars().any(char::is_control)
        {
            return Target::Bad;
        }
        segments.push(decoded);
    }
    let decoded = format!("/{}", segments.join("/"));
    let rel = match decoded.strip_prefix(base_path) {
        Some(rel) => rel.to_string(),
        None if format!("{decoded}/") == base_path => return Target::Redirect(base_path.into()),
        None => return Target::NotFound,
    };
    let file = if rel.is_empty() || rel.ends_with('/') { format!("{rel}index.html") } else { rel };
    if has(&file) {
        return Target::File(file);
    }
    if !file.ends_with("index.html") && has(&format!("{file}/index.html")) {
        return Target::Redirect(format!("{base_path}{file}/"));
    }
    Target::NotFound
}

/// The `Content-Type` for an output path, by its extension.
pub fn content_type(path: &str) -> &'static str {
    let ext = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" | "map" => "application/json; charset=utf-8",
        "webmanifest" => "application/manifest+json; charset=utf-8",
        "xml" => "application/xml; charset=utf-8",
        "atom" => "application/atom+xml; charset=utf-8",
        "rss" => "application/rss+xml; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "ttl" => "text/turtle; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "md" => "text/markdown; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        "mp4" => "video/mp4",
        "webm" => "video/webm",
        "mp3" => "audio/mpeg",
        "zip" => "application/zip",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "application/octet-stream",
    }
}

/// Escapes text for HTML.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// The error panel shown on every page while the sources have errors: a `role="alert"`
/// section with a heading and one item per error, in the words the terminal shows
/// ([`crate::report::human`] without colour).
pub fn error_panel(problems: &Diagnostics, m: &Messages) -> String {
    let count = problems.error_count();
    let mut items = String::new();
    for d in problems.iter().filter(|d| d.is_error()) {
        items.push_str("<li style=\"margin:0 0 .75rem\"><pre style=\"margin:0;padding:.5rem;background:#fff;color:#1a1a1a;border:1px solid #8a8a8a;white-space:pre-wrap;overflow-wrap:anywhere;font:0.875rem/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace\">");
        items.push_str(&escape(crate::report::human(d, false, m).trim_end()));
        items.push_str("</pre></li>");
    }
    let title = escape(&m.text(&crate::msg!("panel-title", errors = count)));
    let advice = escape(&m.say("panel-advice"));
    let lang = m.tag();
    format!(
        "<section id=\"retning-errors\" role=\"alert\" aria-labelledby=\"retning-errors-title\" lang=\"{lang}\" style=\"all:initial;display:block;box-sizing:border-box;margin:0;padding:1rem;background:#fdecea;color:#1a1a1a;border:4px solid #b00020;font:1rem/1.5 system-ui,sans-serif\">\
<h2 id=\"retning-errors-title\" style=\"margin:0 0 .75rem;font:bold 1.25rem/1.3 system-ui,sans-serif;color:#1a1a1a\">{title}</h2>\
<p style=\"margin:0 0 .75rem\">{advice}</p>\
<ul style=\"margin:0;padding:0;list-style:none\">{items}</ul></section>"
    )
}

/// Puts `panel` at the start of the page's `<body>` (or at the very start when there
/// is no `<body>` tag).
pub fn inject_panel(html: &[u8], panel: &str) -> Vec<u8> {
    let at = find_ascii_ci(html, b"<body")
        .and_then(|start| html[start..].iter().position(|&b| b == b'>').map(|end| start + end + 1))
        .unwrap_or(0);
    let mut out = Vec::with_capacity(html.len() + panel.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(panel.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

fn find_ascii_ci(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle))
}

/// The page shown while the site has never built: the error panel does the talking.
fn placeholder_page(m: &Messages) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title></head><body><main><h1>{heading}</h1><p>{text}</p></main>{script}</body></html>\n",
        lang = m.tag(),
        title = escape(&m.say("serve-page-not-built-title")),
        heading = escape(&m.say("serve-page-not-built-heading")),
        text = escape(&m.say("serve-page-not-built-text")),
        script = live_reload_script()
    )
}

/// A short answer in plain text, in the server's language, for a request it does not
/// answer with a page.
fn plain(status: u16, text: String, extra: Vec<(&'static str, String)>) -> Reply {
    reply(status, "text/plain; charset=utf-8", format!("{status}: {text}\n").into_bytes(), extra)
}

fn reply(
    status: u16,
    content_type: &str,
    body: Vec<u8>,
    extra: Vec<(&'static str, String)>,
) -> Reply {
    let mut headers = vec![
        ("Content-Type", content_type.to_string()),
        ("Cache-Control", "no-store".to_string()),
        ("X-Content-Type-Options", "nosniff".to_string()),
    ];
    headers.extend(extra);
    Reply { status, headers, body, event_stream: false }
}

/// Answers one request from what is served now. Pure but for reading `shared`: the
/// transport ([`super::http`]) does the I/O.
pub fn answer(request: &Request, shared: &Shared) -> Reply {
    let m = shared.messages();
    let is_head = request.method == "HEAD";
    if !is_head && request.method != "GET" {
        let allow = vec![("Allow", "GET, HEAD".to_string())];
        return plain(405, m.say("serve-http-method"), allow);
    }
    if shared.loopback_hosts_only {
        if let Some(host) = request.host.as_deref().filter(|h| !is_loopback_host(h)) {
            let text = m.text(&crate::msg!("serve-http-other-host", host = header_value(host)));
            return plain(403, text, Vec::new());
        }
    }
    let url = request.target.as_str();
    if url.split('?').next() == Some(EVENTS_PATH) {
        return event_stream(shared, is_head);
    }
    let snap = shared.snapshot();
    let cookie =
        vec![("Set-Cookie", format!("{BUILD_COOKIE}={}; Path=/; SameSite=Strict", snap.build))];
    let Some(files) = &snap.files else {
        // Never built: every page is the placeholder with the errors.
        let page = placeholder_page(m);
        let body = match &snap.panel {
            Some(panel) => inject_panel(page.as_bytes(), panel),
            None => page.into_bytes(),
        };
        return reply(503, "text/html; charset=utf-8", body, cookie);
    };
    let html = |bytes: &[u8]| match &snap.panel {
        Some(panel) => inject_panel(bytes, panel),
        None => bytes.to_vec(),
    };
    match resolve(url, &snap.base_path, |p| files.contains_key(p)) {
        Target::File(path) => {
            let bytes = files.get(&path).expect("`resolve` found it in the same files");
            let kind = content_type(&path);
            if kind.starts_with("text/html") {
                reply(200, kind, html(bytes), cookie)
            } else {
                reply(200, kind, bytes.to_vec(), Vec::new())
            }
        }
        Target::Redirect(to) => {
            let query = url.find('?').map(|i| &url[i..]).unwrap_or_default();
            // `header_value` percent-encodes what is not ASCII (a base path such as
            // `/strategiår/`), which is what a Location must hold.
            reply(
                301,
                "text/plain; charset=utf-8",
                Vec::new(),
                vec![("Location", format!("{to}{query}"))],
            )
        }
        Target::NotFound => {
            let body = match files.get("404.html") {
                Some(page) => html(page),
                None => format!(
                    "<!DOCTYPE html><html lang=\"{}\"><title>404</title><h1>{}</h1></html>",
                    m.tag(),
                    escape(&m.say("serve-http-not-found"))
                )
                .into_bytes(),
            };
            reply(404, "text/html; charset=utf-8", body, cookie)
        }
        Target::Bad => plain(400, m.say("serve-http-bad-request"), Vec::new()),
    }
}

/// The start of an event stream: its head and a `hello` naming the current build;
/// the transport then hands the connection to [`Shared`].
fn event_stream(shared: &Shared, is_head: bool) -> Reply {
    if shared.listeners() >= MAX_EVENT_STREAMS {
        return reply(
            503,
            "text/plain; charset=utf-8",
            b"too many open pages\n".to_vec(),
            Vec::new(),
        );
    }
    let hello = serde_json::json!({ "build": shared.snapshot().build });
    let body = format!("retry: 1000\n\nevent: hello\ndata: {hello}\n\n").into_bytes();
    Reply {
        status: 200,
        headers: vec![
            ("Content-Type", "text/event-stream".into()),
            ("Cache-Control", "no-store".into()),
            ("X-Accel-Buffering", "no".into()),
        ],
        body: if is_head { Vec::new() } else { body },
        event_stream: !is_head,
    }
}

/// True for a `Host:` value naming this machine: `localhost` (or a name under it) or
/// a loopback address, with or without a port.
pub fn is_loopback_host(host: &str) -> bool {
    let name = match host.strip_prefix('[') {
        Some(rest) => rest.split(']').next().unwrap_or_default(),
        None => host.rsplit_once(':').map_or(host, |(name, _)| name),
    };
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    name == "localhost"
        || name.ends_with(".localhost")
        || name.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files() -> impl Fn(&str) -> bool {
        |p: &str| ["index.html", "a/index.html", "a/b/index.html", "static/x.css"].contains(&p)
    }

    #[test]
    fn resolves_paths() {
        let r = |t: &str| resolve(t, "/", files());
        assert_eq!(r("/"), Target::File("index.html".into()));
        assert_eq!(r("/?x=1"), Target::File("index.html".into()));
        assert_eq!(r("/a/"), Target::File("a/index.html".into()));
        assert_eq!(r("/a/b/index.html"), Target::File("a/b/index.html".into()));
        assert_eq!(r("/a"), Target::Redirect("/a/".into()));
        assert_eq!(r("/static/x.css"), Target::File("static/x.css".into()));
        assert_eq!(r("/%61/"), Target::File("a/index.html".into()));
        assert_eq!(r("/nope/"), Target::NotFound);
    }

    #[test]
    fn refuses_traversal() {
        let r = |t: &str| resolve(t, "/", files());
        for bad in [
            "/../etc/passwd",
            "/a/../../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/%2E%2E/%2e%2e/etc/passwd",
            "/a/%2f..%2f..%2fetc/passwd",
            "/..%2fetc%2fpasswd",
            "/..%5cetc",
            "/a\\..\\..\\etc",
            "//etc/passwd",
            "http://example.com/etc/passwd",
            "etc/passwd",
            "/./index.html",
            "/a/%00",
            "/%zz",
            "*",
        ] {
            assert_eq!(r(bad), Target::Bad, "{bad}");
        }
    }

    #[test]
    fn base_path() {
        let r = |t: &str| resolve(t, "/sub/", files());
        assert_eq!(r("/sub/"), Target::File("index.html".into()));
        assert_eq!(r("/sub"), Target::Redirect("/sub/".into()));
        assert_eq!(r("/a/"), Target::NotFound);
        assert_eq!(r("/sub/a"), Target::Redirect("/sub/a/".into()));
    }

    #[test]
    fn panel_goes_after_body() {
        let page = b"<html><body class=\"x\"><p>hi</p></body></html>";
        let out = String::from_utf8(inject_panel(page, "<!--P-->")).unwrap();
        assert_eq!(out, "<html><body class=\"x\"><!--P--><p>hi</p></body></html>");
        assert_eq!(inject_panel(b"<p>x</p>", "P"), b"P<p>x</p>");
    }

    #[test]
    fn types() {
        assert_eq!(content_type("a/index.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("static/retning.css"), "text/css; charset=utf-8");
        assert_eq!(content_type("badges/a.svg"), "image/svg+xml");
        assert_eq!(content_type("data/site.json"), "application/json; charset=utf-8");
        assert_eq!(content_type("data/goals.csv"), "text/csv; charset=utf-8");
        assert_eq!(content_type("atom.xml"), "application/xml; charset=utf-8");
        assert_eq!(content_type("x.woff2"), "font/woff2");
        assert_eq!(content_type("x.PDF"), "application/pdf");
        assert_eq!(content_type("x.JPG"), "image/jpeg");
        assert_eq!(site_path("/", "a/b/index.html"), "/a/b/");
        assert_eq!(site_path("/sub/", "404.html"), "/sub/404.html");
    }

    #[test]
    fn loopback_hosts() {
        for ok in [
            "localhost",
            "localhost:1111",
            "127.0.0.1:80",
            "[::1]:1111",
            "a.localhost",
            "127.1.2.3",
        ] {
            assert!(is_loopback_host(ok), "{ok}");
        }
        for bad in ["example.com", "evil.com:1111", "10.0.0.1", "localhost.evil.com", "[::2]:80"] {
            assert!(!is_loopback_host(bad), "{bad}");
        }
    }
}

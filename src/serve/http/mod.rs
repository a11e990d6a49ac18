//! The HTTP/1.1 transport of `serve`: accepts connections, reads request heads within
//! limits, and hands each complete request to a handler on a small, fixed pool of
//! worker threads. The handler ([`super::server::answer`]) decides what to answer; this
//! module only moves bytes.
//!
//! Promises (each tested over a raw socket in `tests/integration/serve_http.rs`):
//! - A fixed number of threads, whatever the clients do: one poller thread holds every
//!   idle or half-sent connection (a readiness poller: epoll, kqueue or IOCP), and
//!   [`WORKERS`] threads answer complete requests. A thousand idle connections cost
//!   no threads, and a normal request is still answered at once.
//! - Limits: a request line over [`MAX_REQUEST_LINE`] bytes is answered `414`, a header
//!   block over [`MAX_HEADERS`] bytes `431`; at most [`MAX_CONNECTIONS`] connections
//!   are open (more are answered `503` and closed); a connection that sends nothing
//!   for [`IDLE_TIMEOUT`] is closed; a response that cannot be written within
//!   [`WRITE_TIMEOUT`] is abandoned.
//! - A control character or space inside the request target (a bare CR or LF among
//!   them) is a `400`: nothing from the target can split a response header.
//! - A panic in the handler becomes a `500`, and the worker lives on.
//! - Only `GET` and `HEAD` are served, so a request with a body is answered and the
//!   connection closed (its body is never read as a next request).

use std::collections::HashMap;
use std::io::{self, ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use polling::{Event, Events, Poller};

/// Threads that answer complete requests.
pub const WORKERS: usize = 4;
/// The longest request line (method, target, version) read; longer is `414`.
pub const MAX_REQUEST_LINE: usize = 8 * 1024;
/// The largest header block read; larger is `431`.
pub const MAX_HEADERS: usize = 8 * 1024;
/// Connections open at once, idle ones included; more are answered `503`.
pub const MAX_CONNECTIONS: usize = 4096;
/// How long a connection may stay open without sending a complete request.
pub const IDLE_TIMEOUT: Duration = Duration::from_secs(15);
/// How long writing one response may take.
pub const WRITE_TIMEOUT: Duration = Duration::from_secs(10);

/// The poller's key for the listening socket (connection keys count from 1).
const LISTENER_KEY: usize = 0;

/// A request head, as the handler sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// `GET`, `HEAD`, ...
    pub method: String,
    /// The request target as sent (path and query); never holds a control character or
    /// a space.
    pub target: String,
    /// The `Host:` header, if sent.
    pub host: Option<String>,
    /// Whether the client asked to keep the connection (HTTP/1.1 without
    /// `Connection: close`, or HTTP/1.0 with `Connection: keep-alive`).
    pub keep_alive: bool,
    /// Whether the request announces a body (`Content-Length` > 0 or
    /// `Transfer-Encoding`).
    pub has_body: bool,
}

/// What to send back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    /// The status code.
    pub status: u16,
    /// Headers besides `Content-Length` and `Connection` (which the transport writes).
    /// Values are written as given: make them with [`header_value`].
    pub headers: Vec<(&'static str, String)>,
    /// The body (not sent for `HEAD`, but counted in `Content-Length`).
    pub body: Vec<u8>,
    /// An event stream: the connection is handed to [`EventStreams`] after the head
    /// and `body` are written, instead of being kept for the next request.
    pub event_stream: bool,
}

impl Reply {
    /// A plain-text reply.
    pub fn text(status: u16, text: &str) -> Reply {
        Reply {
            status,
            headers: vec![("Content-Type", "text/plain; charset=utf-8".into())],
            body: text.as_bytes().to_vec(),
            event_stream: false,
        }
    }
}

/// A header value safe to write: every byte outside visible ASCII (controls, CR, LF,
/// non-ASCII) is percent-encoded, so no value can end a header or start another.
pub fn header_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for &b in value.as_bytes() {
        if (0x20..0x7f).contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Where event-stream connections go once their head is written: kept by whoever
/// sends the events (the server's [`super::server::Shared`]).
pub trait EventStreams: Send + Sync {
    /// Takes a place for one more stream before its head is written; `false` when
    /// there are too many (the request is then answered `503`).
    fn reserve(&self) -> bool;
    /// Gives back a place taken by [`EventStreams::reserve`] whose head could not be
    /// written.
    fn release(&self);
    /// Takes a connection, in the place reserved for it, whose response head has been
    /// written; `false` when it is not taken, and the connection is closed.
    fn adopt(&self, stream: TcpStream) -> bool;
}

/// The request handler.
pub type Handler = dyn Fn(&Request) -> Reply + Send + Sync;

/// How many connections may be open: [`MAX_CONNECTIONS`], or fewer when the process
/// may not open that many files (on Unix the soft limit is first raised to the hard
/// one; 1,024 is a common soft limit), keeping 64 for the site's own files.
fn connection_limit() -> usize {
    #[cfg(unix)]
    {
        use rustix::process::{getrlimit, setrlimit, Resource};
        let mut limit = getrlimit(Resource::Nofile);
        if limit.current != limit.maximum {
            limit.current = limit.maximum;
            let _ = setrlimit(Resource::Nofile, limit);
        }
        let files = getrlimit(Resource::Nofile).current.unwrap_or(u64::MAX);
        let files = usize::try_from(files).unwrap_or(usize::MAX);
        MAX_CONNECTIONS.min(files.saturating_sub(64).max(16))
    }
    #[cfg(not(unix))]
    MAX_CONNECTIONS
}

/// A socket bound and listening, not yet answering.
pub struct Listening {
    listener: TcpListener,
}

/// Binds `addr`, with TCP_NODELAY (accepted connections inherit it), so a response is
/// not held back waiting for the browser's delayed ACK.
pub fn listen(addr: SocketAddr) -> io::Result<Listening> {
    let listener = TcpListener::bind(addr)?;
    socket2::SockRef::from(&listener).set_tcp_nodelay(true)?;
    listener.set_nonblocking(true)?;
    Ok(Listening { listener })
}

impl Listening {
    /// The address actually bound (the port, when 0 was asked for).
    pub fn local_addr(&self) -> io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// Starts answering with `handler` until [`Running::stop`].
    pub fn start(
        self,
        handler: Arc<Handler>,
        streams: Arc<dyn EventStreams>,
    ) -> io::Result<Running> {
        let max_connections = connection_limit();
        let poller = Arc::new(Poller::new()?);
        // SAFETY: the listener is deleted from the poller before it is dropped (at the
        // end of `poll_loop`, which owns it).
        unsafe { poller.add(&self.listener, Event::readable(LISTENER_KEY))? };
        let stop = Arc::new(AtomicBool::new(false));
        let (jobs_tx, jobs_rx) = mpsc::channel::<Job>();
        let (back_tx, back_rx) = mpsc::channel::<Connection>();
        let jobs_rx = Arc::new(Mutex::new(jobs_rx));
        let mut threads = Vec::with_capacity(WORKERS + 1);
        for i in 0..WORKERS {
            let worker = Worker {
                jobs: jobs_rx.clone(),
                back: back_tx.clone(),
                poller: poller.clone(),
                handler: handler.clone(),
                streams: streams.clone(),
            };
            threads.push(
                thread::Builder::new()
                    .name(format!("retning-http-{i}"))
                    .spawn(move || worker.run())?,
            );
        }
        drop(back_tx);
        let poll = PollLoop {
            listener: self.listener,
            poller: poller.clone(),
            jobs: jobs_tx,
            back: back_rx,
            stop: stop.clone(),
            open: HashMap::new(),
            next_key: 1,
            max_connections,
        };
        threads.push(
            thread::Builder::new().name("retning-http-poll".into()).spawn(move || poll.run())?,
        );
        Ok(Running { poller, stop, threads })
    }
}

/// The server at work.
pub struct Running {
    poller: Arc<Poller>,
    stop: Arc<AtomicBool>,
    threads: Vec<JoinHandle<()>>,
}

impl Running {
    /// Stops accepting and answering; returns when every thread has ended (a worker
    /// ends after the response it is writing, at most [`WRITE_TIMEOUT`]).
    pub fn stop(self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = self.poller.notify();
        for thread in self.threads {
            let _ = thread.join();
        }
    }
}

/// A client connection between requests.
struct Connection {
    stream: TcpStream,
    /// Bytes read that are not yet a whole request head.
    buffer: Vec<u8>,
    last_active: Instant,
}

/// A complete request head to answer, or a limit to report.
struct Job {
    connection: Connection,
    head: Result<Request, u16>,
}

struct PollLoop {
    listener: TcpListener,
    poller: Arc<Poller>,
    jobs: Sender<Job>,
    back: Receiver<Connection>,
    stop: Arc<AtomicBool>,
    open: HashMap<usize, Connection>,
    next_key: usize,
    max_connections: usize,
}

impl PollLoop {
    fn run(mut self) {
        let mut events = Events::new();
        let mut last_sweep = Instant::now();
        while !self.stop.load(Ordering::SeqCst) {
            events.clear();
            if let Err(e) = self.poller.wait(&mut events, Some(Duration::from_secs(1))) {
                if e.kind() != ErrorKind::Interrupted {
                    break;
                }
            }
            for event in events.iter() {
                if event.key == LISTENER_KEY {
                    self.accept_all();
                } else {
                    self.read_from(event.key);
                }
            }
            while let Ok(connection) = self.back.try_recv() {
                self.watch(connection);
            }
            if last_sweep.elapsed() >= Duration::from_secs(1) {
                self.close_idle();
                last_sweep = Instant::now();
            }
        }
        for (_, connection) in self.open.drain() {
            let _ = self.poller.delete(&connection.stream);
        }
        let _ = self.poller.delete(&self.listener);
        // Dropping `jobs` ends the workers once the queue is empty.
    }

    fn accept_all(&mut self) {
        loop {
            match self.listener.accept() {
                Ok((mut stream, _)) => {
                    if self.open.len() >= self.max_connections {
                        let _ = stream.set_nonblocking(true);
                        let _ = stream.write_all(
                            b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                        );
                        continue;
                    }
                    let connection =
                        Connection { stream, buffer: Vec::new(), last_active: Instant::now() };
                    self.watch(connection);
                }
                Err(e) if e.kind() == ErrorKind::WouldBlock => break,
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                // Out of descriptors and the like: try again on the next event.
                Err(_) => break,
            }
        }
        let _ = self.poller.modify(&self.listener, Event::readable(LISTENER_KEY));
    }

    /// Watches a connection for its next request.
    fn watch(&mut self, connection: Connection) {
        if connection.stream.set_nonblocking(true).is_err() {
            return;
        }
        let key = self.next_key;
        self.next_key += 1;
        // SAFETY: every connection is deleted from the poller before it is dropped
        // (`read_from`, `close_idle` and the end of `run`).
        if unsafe { self.poller.add(&connection.stream, Event::readable(key)) }.is_ok() {
            self.open.insert(key, connection);
        }
    }

    fn read_from(&mut self, key: usize) {
        let Some(connection) = self.open.get_mut(&key) else { return };
        let mut chunk = [0u8; 4096];
        let mut closed = false;
        loop {
            match connection.stream.read(&mut chunk) {
                Ok(0) => {
                    closed = true;
                    break;
                }
                Ok(n) => {
                    connection.buffer.extend_from_slice(&chunk[..n]);
                    connection.last_active = Instant::now();
                    if connection.buffer.len() > MAX_REQUEST_LINE + MAX_HEADERS + 4 {
                        break;
                    }
                }
                Err(e) if e.kind() == ErrorKind::WouldBlock => break,
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(_) => {
                    closed = true;
                    break;
                }
            }
        }
        let head = if closed { None } else { parse_head(&connection.buffer) };
        if closed || head.is_some() {
            let connection = self.open.remove(&key).expect("looked up above");
            let _ = self.poller.delete(&connection.stream);
            if let Some(head) = head {
                let _ = self.jobs.send(Job { connection, head });
            }
        } else {
            let _ = self.poller.modify(&connection.stream, Event::readable(key));
        }
    }

    fn close_idle(&mut self) {
        let idle: Vec<usize> = self
            .open
            .iter()
            .filter(|(_, c)| c.last_active.elapsed() >= IDLE_TIMEOUT)
            .map(|(k, _)| *k)
            .collect();
        for key in idle {
            if let Some(connection) = self.open.remove(&key) {
                let _ = self.poller.delete(&connection.stream);
            }
        }
    }
}

/// Reads a request head from the start of `buffer`: `None` while it is incomplete
/// (and within the limits), else the request or the status that refuses it.
pub fn parse_head(buffer: &[u8]) -> Option<Result<Request, u16>> {
    let line_end = buffer.iter().position(|&b| b == b'\n');
    let Some(line_end) = line_end else {
        return (buffer.len() > MAX_REQUEST_LINE).then_some(Err(414));
    };
    if line_end > MAX_REQUEST_LINE {
        return Some(Err(414));
    }
    let rest = &buffer[line_end + 1..];
    let headers_end = find_blank_line(rest);
    let Some(headers_end) = headers_end else {
        return (rest.len() > MAX_HEADERS).then_some(Err(431));
    };
    if headers_end > MAX_HEADERS {
        return Some(Err(431));
    }
    let line = buffer[..line_end].strip_suffix(b"\r").unwrap_or(&buffer[..line_end]);
    Some(parse_request(line, &rest[..headers_end]))
}

/// Where the header block ends (the index of its terminating empty line), if it does.
fn find_blank_line(rest: &[u8]) -> Option<usize> {
    if rest.starts_with(b"\r\n") || rest.starts_with(b"\n") {
        return Some(0);
    }
    let mut i = 0;
    while let Some(n) = rest[i..].iter().position(|&b| b == b'\n') {
        let after = i + n + 1;
        let next = &rest[after..];
        if next.starts_with(b"\r\n") || next.starts_with(b"\n") {
            return Some(after);
        }
        i = after;
    }
    None
}

fn parse_request(line: &[u8], headers: &[u8]) -> Result<Request, u16> {
    let mut parts = line.split(|&b| b == b' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(400);
    };
    if method.is_empty() || !method.iter().all(u8::is_ascii_uppercase) {
        return Err(400);
    }
    // Visible ASCII only: no control character (CR, LF, NUL, ...), no space, nothing
    // that could end up splitting a header.
    if target.is_empty() || !target.iter().all(|b| (0x21..0x7f).contains(b)) {
        return Err(400);
    }
    let http11 = match version {
        b"HTTP/1.1" => true,
        b"HTTP/1.0" => false,
        _ => return Err(505),
    };
    let mut request = Request {
        method: String::from_utf8_lossy(method).into_owned(),
        target: String::from_utf8_lossy(target).into_owned(),
        host: None,
        keep_alive: http11,
        has_body: false,
    };
    for raw in headers.split(|&b| b == b'\n') {
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        if raw.is_empty() {
            continue;
        }
        let Some(colon) = raw.iter().position(|&b| b == b':') else { return Err(400) };
        let name = String::from_utf8_lossy(&raw[..colon]).to_ascii_lowercase();
        let value = String::from_utf8_lossy(&raw[colon + 1..]).trim().to_string();
        match name.as_str() {
            "host" => request.host = Some(value),
            "connection" => {
                let value = value.to_ascii_lowercase();
                if value.split(',').any(|v| v.trim() == "close") {
                    request.keep_alive = false;
                } else if value.split(',').any(|v| v.trim() == "keep-alive") {
                    request.keep_alive = true;
                }
            }
            "content-length" => request.has_body |= value != "0",
            "transfer-encoding" => request.has_body = true,
            _ => {}
        }
    }
    Ok(request)
}

struct Worker {
    jobs: Arc<Mutex<Receiver<Job>>>,
    back: Sender<Connection>,
    poller: Arc<Poller>,
    handler: Arc<Handler>,
    streams: Arc<dyn EventStreams>,
}

impl Worker {
    fn run(self) {
        loop {
            let job = self.jobs.lock().unwrap_or_else(|e| e.into_inner()).recv();
            let Ok(Job { connection, head }) = job else { return };
            self.answer(connection, head);
        }
    }

    fn answer(&self, mut connection: Connection, head: Result<Request, u16>) {
        let (reply, is_head, keep) = match &head {
            Ok(request) => {
                let reply = catch_unwind(AssertUnwindSafe(|| (self.handler)(request)))
                    .unwrap_or_else(|_| Reply::text(500, "500 Internal Server Error\n"));
                // A request with a body, or bytes after the head (pipelining, which
                // browsers do not do), end the connection after this answer.
                let head_len = parse_len(&connection.buffer);
                let keep = request.keep_alive
                    && !request.has_body
                    && head_len == Some(connection.buffer.len())
                    && !reply.event_stream;
                (reply, request.method == "HEAD", keep)
            }
            Err(status) => (Reply::text(*status, &format!("{}\n", reason(*status))), false, false),
        };
        // An event stream takes its place before its head is written, so that streams
        // answered side by side cannot pass the limit together.
        let reply = if reply.event_stream && !self.streams.reserve() {
            Reply::text(503, "too many open pages\n")
        } else {
            reply
        };
        let stream = &mut connection.stream;
        let written = stream.set_nonblocking(false).is_ok()
            && stream.set_write_timeout(Some(WRITE_TIMEOUT)).is_ok()
            && {
                let bytes = response_bytes(&reply, is_head, keep);
                stream.write_all(&bytes).and_then(|()| stream.flush()).is_ok()
            };
        if !written {
            if reply.event_stream {
                self.streams.release();
            }
            return;
        }
        if reply.event_stream {
            self.streams.adopt(connection.stream);
        } else if keep {
            connection.buffer.clear();
            connection.last_active = Instant::now();
            if self.back.send(connection).is_ok() {
                let _ = self.poller.notify();
            }
        }
    }
}

/// The length of the complete request head at the start of `buffer`.
fn parse_len(buffer: &[u8]) -> Option<usize> {
    let line_end = buffer.iter().position(|&b| b == b'\n')?;
    let rest = &buffer[line_end + 1..];
    let blank = find_blank_line(rest)?;
    let blank_len = if rest[blank..].starts_with(b"\r\n") { 2 } else { 1 };
    Some(line_end + 1 + blank + blank_len)
}

/// The bytes of a response: status line, headers, body.
pub fn response_bytes(reply: &Reply, is_head: bool, keep_alive: bool) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {} {}\r\n", reply.status, reason(reply.status));
    for (name, value) in &reply.headers {
        out.push_str(name);
        out.push_str(": ");
        out.push_str(&header_value(value));
        out.push_str("\r\n");
    }
    if reply.event_stream {
        out.push_str("Connection: close\r\n\r\n");
    } else {
        out.push_str(&format!("Content-Length: {}\r\n", reply.body.len()));
        out.push_str(if keep_alive {
            "Connection: keep-alive\r\n\r\n"
        } else {
            "Connection: close\r\n\r\n"
        });
    }
    let mut bytes = out.into_bytes();
    if !is_head {
        bytes.extend_from_slice(&reply.body);
    }
    bytes
}

/// The reason phrase of a status code.
fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        414 => "URI Too Long",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        505 => "HTTP Version Not Supported",
        _ => "Unknown",
    }
}

#[cfg(test)]
mod tests;

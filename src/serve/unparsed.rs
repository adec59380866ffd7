//! Requests refused below the application: a request head that hyper cannot
//! read (a path over 64 KiB, a head over [`MAX_HEAD_BYTES`] or with more
//! than 100 headers, a malformed `Content-Length`) gets hyper's own answer,
//! a bare status with an empty body, before any handler runs. hyper has no
//! hook for it, so the connection's writes are watched: hyper's automatic
//! answer is replaced by a problem document, and a log line and a metric
//! are written, like every other error.
//!
//! hyper's automatic answer is told from the application's by its form: a
//! 400, 414 or 431 without a `Content-Type`. Every answer the application
//! gives with one of those statuses is a problem document, which has one.

use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll, ready};
use std::time::Duration;

use axum::http::StatusCode;
use hyper::rt::{Read, ReadBufCursor, Write};

use super::app::Shared;
use super::log;
use super::problem::{Outcome, Problem};

/// The most a request head may take (hyper's read buffer): what one
/// connection can hold while its head arrives, 64 MiB at 1 024 connections.
pub const MAX_HEAD_BYTES: usize = 64 * 1024;

/// A connection's socket, with hyper's automatic answers replaced.
#[derive(Debug)]
pub struct Watched<I> {
    io: I,
    shared: Arc<Shared>,
    /// The replacement still to be written, and how much of it is.
    pending: Option<(Vec<u8>, usize)>,
}

impl<I> Watched<I> {
    /// Watches `io`, counting replaced answers in the service's metrics.
    pub fn new(io: I, shared: Arc<Shared>) -> Self {
        Watched {
            io,
            shared,
            pending: None,
        }
    }
}

impl<I: Write + Unpin> Watched<I> {
    /// Writes what is pending of a replacement.
    fn poll_pending(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        while let Some((bytes, done)) = &mut self.pending {
            if *done == bytes.len() {
                self.pending = None;
                break;
            }
            let n = ready!(Pin::new(&mut self.io).poll_write(cx, &bytes[*done..]))?;
            if n == 0 {
                return Poll::Ready(Err(io::ErrorKind::WriteZero.into()));
            }
            *done += n;
        }
        Poll::Ready(Ok(()))
    }

    /// Takes `buf` as written if it is hyper's automatic answer, queueing
    /// the problem document in its place.
    fn replaced(&mut self, buf: &[u8]) -> bool {
        let Some(status) = automatic_answer(buf) else {
            return false;
        };
        let problem = problem_for(status);
        self.shared
            .metrics
            .record("unparsed", status.as_u16(), Duration::ZERO);
        let id = log::request_id(None);
        log::request(&log::RequestLine {
            id: &id,
            method: None,
            endpoint: "unparsed",
            status: status.as_u16(),
            duration: Duration::ZERO,
            outcome: &Outcome {
                problem: Some(problem.kind),
                ..Outcome::default()
            },
        });
        self.pending = Some((answer(&problem, &id, date_line(buf)), 0));
        true
    }
}

impl<I: Read + Unpin> Read for Watched<I> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: ReadBufCursor<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_read(cx, buf)
    }
}

impl<I: Write + Unpin> Write for Watched<I> {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        ready!(this.poll_pending(cx))?;
        if this.replaced(buf) {
            // Started now; the rest goes out on the flush hyper makes.
            if let Poll::Ready(Err(e)) = this.poll_pending(cx) {
                return Poll::Ready(Err(e));
            }
            return Poll::Ready(Ok(buf.len()));
        }
        Pin::new(&mut this.io).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        ready!(this.poll_pending(cx))?;
        if let Some(first) = bufs.iter().find(|b| !b.is_empty())
            && this.replaced(first)
        {
            if let Poll::Ready(Err(e)) = this.poll_pending(cx) {
                return Poll::Ready(Err(e));
            }
            return Poll::Ready(Ok(first.len()));
        }
        Pin::new(&mut this.io).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.io.is_write_vectored()
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        ready!(this.poll_pending(cx))?;
        Pin::new(&mut this.io).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        ready!(this.poll_pending(cx))?;
        Pin::new(&mut this.io).poll_shutdown(cx)
    }
}

/// The status of hyper's automatic answer, if `buf` begins with one: a
/// whole head of status 400, 414 or 431 that has no `Content-Type`.
fn automatic_answer(buf: &[u8]) -> Option<StatusCode> {
    let rest = buf
        .strip_prefix(b"HTTP/1.1 ")
        .or_else(|| buf.strip_prefix(b"HTTP/1.0 "))?;
    let status = match rest.get(..4)? {
        b"400 " => StatusCode::BAD_REQUEST,
        b"414 " => StatusCode::URI_TOO_LONG,
        b"431 " => StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
        _ => return None,
    };
    let end = buf.windows(4).position(|w| w == b"\r\n\r\n")?;
    let typed = buf[..end]
        .split(|&b| b == b'\n')
        .any(|line| line.to_ascii_lowercase().starts_with(b"content-type:"));
    (!typed).then_some(status)
}

/// hyper's `Date` line, kept in the replacement.
fn date_line(buf: &[u8]) -> Option<&[u8]> {
    let end = buf.windows(4).position(|w| w == b"\r\n\r\n")?;
    buf[..end]
        .split(|&b| b == b'\n')
        .find(|line| line.to_ascii_lowercase().starts_with(b"date:"))
        .map(|line| line.strip_suffix(b"\r").unwrap_or(line))
}

/// The problem for each automatic status.
fn problem_for(status: StatusCode) -> Problem {
    match status {
        StatusCode::URI_TOO_LONG => Problem::new(
            status,
            "uri-too-long",
            "The request's path and query are too long",
            "the path and query may be at most 64 KiB; send the model and its \
             assets in the request body, and only options in the query",
        ),
        StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE => Problem::new(
            status,
            "headers-too-large",
            "The request's headers are too large",
            format!(
                "a request may have at most 100 headers and {} KiB of request line \
                 and headers together; send fewer or shorter headers",
                MAX_HEAD_BYTES / 1024
            ),
        ),
        _ => Problem::new(
            status,
            "bad-request",
            "The request is not well-formed HTTP/1.1",
            "the request line or a header cannot be read (for example a \
             Content-Length that is not one number, or a character not allowed \
             in a header); send a well-formed HTTP/1.1 request",
        ),
    }
}

/// The whole answer: head and problem document; the connection closes
/// after it, as hyper's would.
fn answer(problem: &Problem, id: &str, date: Option<&[u8]>) -> Vec<u8> {
    let body = serde_json::to_vec_pretty(&problem.to_json()).expect("JSON always serialises");
    let status = problem.status;
    let mut out = format!(
        "HTTP/1.1 {} {}\r\ncontent-type: application/problem+json\r\ncontent-length: {}\r\nconnection: close\r\nx-request-id: {id}\r\n",
        status.as_u16(),
        status.canonical_reason().unwrap_or(""),
        body.len()
    )
    .into_bytes();
    if let Some(date) = date {
        out.extend_from_slice(date);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"\r\n");
    out.extend_from_slice(&body);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hypers_bare_answer_is_told_from_a_problem_document() {
        let bare = b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-length: 0\r\ndate: Sun, 06 Dec 2026 01:00:00 GMT\r\n\r\n";
        assert_eq!(
            automatic_answer(bare),
            Some(StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE)
        );
        assert_eq!(
            date_line(bare),
            Some(&b"date: Sun, 06 Dec 2026 01:00:00 GMT"[..])
        );
        let ours = b"HTTP/1.1 400 Bad Request\r\ncontent-type: application/problem+json\r\ncontent-length: 99\r\n\r\n{";
        assert_eq!(automatic_answer(ours), None);
        let fine = b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n";
        assert_eq!(automatic_answer(fine), None);
        // A body that happens to start like a head is not a whole head.
        assert_eq!(automatic_answer(b"HTTP/1.1 400 "), None);
    }

    #[test]
    fn the_replacement_is_a_problem_document_that_closes() {
        let p = problem_for(StatusCode::URI_TOO_LONG);
        let bytes = answer(&p, "1-2", Some(b"date: x"));
        let text = String::from_utf8(bytes).unwrap();
        let (head, body) = text.split_once("\r\n\r\n").unwrap();
        assert!(head.starts_with("HTTP/1.1 414 URI Too Long\r\n"), "{head}");
        assert!(head.contains("connection: close"));
        assert!(head.contains("x-request-id: 1-2"));
        assert!(head.contains(&format!("content-length: {}", body.len())));
        let doc: serde_json::Value = serde_json::from_str(body).unwrap();
        assert_eq!(doc["type"], "urn:seloste:problem:uri-too-long");
        assert_eq!(doc["status"], 414);
    }
}

//! The service's log: one JSON line on standard error per request (id,
//! method, endpoint, status, duration, the document identity, documents
//! made, the problem kind) and one per event of the process (listening,
//! draining, stopped).
//!
//! Never the model's content, the problem's detail (which can quote the
//! model), a query string, a header or the client's address: a notice model
//! holds names, addresses and phone numbers of people, and a log is kept
//! longer and read by more people than the documents are.

use std::io::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use serde_json::{Value, json};

use super::problem::Outcome;

/// What one request's line says.
#[derive(Debug)]
pub struct RequestLine<'a> {
    /// The request id (also in the `X-Request-Id` answer header).
    pub id: &'a str,
    /// The method; none for a request whose head could not be read.
    pub method: Option<&'a str>,
    /// The route's name, never the path as sent.
    pub endpoint: &'static str,
    /// The status answered.
    pub status: u16,
    /// From the headers to the answer.
    pub duration: Duration,
    /// What the handler recorded.
    pub outcome: &'a Outcome,
}

/// Writes the line for a request.
pub fn request(line: &RequestLine<'_>) {
    write(json!({
        "time": now(),
        "event": "request",
        "id": line.id,
        "method": line.method,
        "endpoint": line.endpoint,
        "status": line.status,
        "duration_ms": (line.duration.as_secs_f64() * 1000.0 * 10.0).round() / 10.0,
        "identity": line.outcome.identity,
        "documents": line.outcome.documents,
        "problem": line.outcome.problem,
    }));
}

/// Writes the line of a process event, with its fields.
pub fn event(event: &str, fields: Value) {
    let mut line = json!({ "time": now(), "event": event });
    if let (Some(line), Value::Object(fields)) = (line.as_object_mut(), fields) {
        line.extend(fields);
    }
    write(line);
}

fn write(line: Value) {
    let mut err = std::io::stderr().lock();
    // A log that cannot be written must not stop the answer.
    let _ = writeln!(err, "{line}");
}

fn now() -> String {
    time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// A request id: the client's `X-Request-Id` when it is short and plain
/// (so that a contract system can follow its own id), else one made here,
/// unique in the process and across its restarts.
pub fn request_id(given: Option<&str>) -> String {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    if let Some(id) = given.filter(|id| {
        !id.is_empty()
            && id.len() <= 64
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_.:".contains(&b))
    }) {
        return id.to_string();
    }
    let start = START.get_or_init(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as u64)
    });
    format!("{start:x}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

static START: std::sync::OnceLock<u64> = std::sync::OnceLock::new();

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_client_id_is_kept_and_another_replaced() {
        assert_eq!(request_id(Some("order-1234")), "order-1234");
        let made = request_id(Some("bad id\n"));
        assert_ne!(made, "bad id\n");
        assert_ne!(request_id(None), request_id(None));
    }
}

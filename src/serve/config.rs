//! What `seloste serve` is told on its command line, with the defaults
//! README.md documents.

use std::net::SocketAddr;
use std::time::Duration;

use super::auth::Token;

/// The service's settings.
#[derive(Debug, Clone)]
pub struct Config {
    /// Where to listen (default `127.0.0.1:8080`: only this machine).
    pub listen: SocketAddr,
    /// Threads that load, check and render (default: one per core).
    pub workers: usize,
    /// Requests that may wait for a worker; one more is refused with 503.
    pub queue: usize,
    /// The largest model body (TOML or JSON), and model part.
    pub max_model_bytes: u64,
    /// The largest PDF or multipart body.
    pub max_upload_bytes: u64,
    /// The most request bytes held in memory at once, over all requests;
    /// past it a request is refused with 503.
    pub max_buffered_bytes: u64,
    /// How long a client may take to send a request's headers.
    pub header_timeout: Duration,
    /// How long a client may take to send a request's body, in all.
    pub body_timeout: Duration,
    /// How long SIGTERM waits for the requests in flight.
    pub drain_timeout: Duration,
    /// Connections served at once; more wait to be accepted.
    pub max_connections: usize,
    /// The bearer token every request but `/healthz` must carry, if any.
    pub token: Option<Token>,
}

impl Config {
    /// The defaults, listening on `listen`.
    pub fn new(listen: SocketAddr) -> Self {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        Config {
            listen,
            workers: cores,
            queue: 4 * cores,
            max_model_bytes: MIB,
            max_upload_bytes: 25 * MIB,
            max_buffered_bytes: 256 * MIB,
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(30),
            drain_timeout: Duration::from_secs(30),
            max_connections: 1024,
            token: None,
        }
    }
}

const MIB: u64 = 1024 * 1024;

/// A size: bytes, or a number with KiB, MiB (or K, M).
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (n, unit) = t.split_at(split);
    let n: u64 = n
        .parse()
        .map_err(|_| format!("'{s}' is not a size, e.g. 1048576, 512KiB or 25MiB"))?;
    let factor = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kib" | "kb" => 1024,
        "m" | "mib" | "mb" => MIB,
        _ => return Err(format!("'{s}': the units are KiB and MiB, e.g. 25MiB")),
    };
    n.checked_mul(factor)
        .filter(|&b| b > 0)
        .ok_or_else(|| format!("'{s}' is not a usable size"))
}

/// A duration: seconds, or a number with s or ms.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let t = s.trim();
    let (n, ms) = if let Some(n) = t.strip_suffix("ms") {
        (n, true)
    } else {
        (t.strip_suffix('s').unwrap_or(t), false)
    };
    let n: u64 = n
        .trim()
        .parse()
        .map_err(|_| format!("'{s}' is not a duration, e.g. 10s or 500ms"))?;
    Ok(if ms {
        Duration::from_millis(n)
    } else {
        Duration::from_secs(n)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_durations_read_as_written() {
        assert_eq!(parse_size("1048576"), Ok(MIB));
        assert_eq!(parse_size("512KiB"), Ok(512 * 1024));
        assert_eq!(parse_size("25MiB"), Ok(25 * MIB));
        assert!(parse_size("2GiB").is_err());
        assert!(parse_size("0").is_err());
        assert_eq!(parse_duration("10s"), Ok(Duration::from_secs(10)));
        assert_eq!(parse_duration("7"), Ok(Duration::from_secs(7)));
        assert_eq!(parse_duration("500ms"), Ok(Duration::from_millis(500)));
        assert!(parse_duration("soon").is_err());
    }
}

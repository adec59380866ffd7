//! `GET /metrics`: counters in the Prometheus text format (version 0.0.4).
//!
//! A handful of series, written out by hand: requests by endpoint and
//! status, a latency histogram by endpoint, documents made, requests in
//! flight and requests refused for want of room. Endpoints are the routes'
//! own names (an unknown path counts as `other`), so that the series cannot
//! multiply with what clients send.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::time::Duration;

/// The upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 12] = [
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

/// The service's counters, shared by every request.
#[derive(Debug, Default)]
pub struct Metrics {
    requests: Mutex<BTreeMap<(&'static str, u16), u64>>,
    latency: Mutex<BTreeMap<&'static str, Histogram>>,
    documents: AtomicU64,
    in_flight: AtomicI64,
    refused: AtomicU64,
    answered: AtomicU64,
}

#[derive(Debug, Default, Clone)]
struct Histogram {
    /// Counts per bucket (not cumulative), the last for +Inf.
    counts: [u64; BUCKETS.len() + 1],
    sum: f64,
}

/// Marks a request in flight until it is dropped, so that a request whose
/// client goes away mid-way is counted out too.
#[derive(Debug)]
pub struct InFlight<'a>(&'a Metrics);

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.in_flight.fetch_sub(1, Ordering::Relaxed);
    }
}

impl Metrics {
    /// A request begins.
    pub fn begin(&self) -> InFlight<'_> {
        self.in_flight.fetch_add(1, Ordering::Relaxed);
        InFlight(self)
    }

    /// The requests answered so far.
    pub fn answered(&self) -> u64 {
        self.answered.load(Ordering::Relaxed)
    }

    /// The requests being read, waiting or worked on.
    pub fn in_flight(&self) -> i64 {
        self.in_flight.load(Ordering::Relaxed)
    }

    /// A request to `endpoint` was answered with `status` after `elapsed`.
    pub fn record(&self, endpoint: &'static str, status: u16, elapsed: Duration) {
        self.answered.fetch_add(1, Ordering::Relaxed);
        *self
            .requests
            .lock()
            .expect("no panic while counting")
            .entry((endpoint, status))
            .or_default() += 1;
        let secs = elapsed.as_secs_f64();
        let mut latency = self.latency.lock().expect("no panic while counting");
        let h = latency.entry(endpoint).or_default();
        let i = BUCKETS
            .iter()
            .position(|&b| secs <= b)
            .unwrap_or(BUCKETS.len());
        h.counts[i] += 1;
        h.sum += secs;
    }

    /// `n` documents were made.
    pub fn documents(&self, n: usize) {
        self.documents.fetch_add(n as u64, Ordering::Relaxed);
    }

    /// A request was refused for want of room (503).
    pub fn refused(&self) {
        self.refused.fetch_add(1, Ordering::Relaxed);
    }

    /// The text format.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let requests = self
            .requests
            .lock()
            .expect("no panic while counting")
            .clone();
        let latency = self
            .latency
            .lock()
            .expect("no panic while counting")
            .clone();
        // Writing to a String cannot fail.
        let _ = (|| -> std::fmt::Result {
            writeln!(
                out,
                "# HELP seloste_requests_total Requests answered, by endpoint and status."
            )?;
            writeln!(out, "# TYPE seloste_requests_total counter")?;
            for ((endpoint, status), n) in &requests {
                writeln!(
                    out,
                    "seloste_requests_total{{endpoint=\"{endpoint}\",status=\"{status}\"}} {n}"
                )?;
            }
            writeln!(
                out,
                "# HELP seloste_request_duration_seconds Time from a request's headers to its answer."
            )?;
            writeln!(out, "# TYPE seloste_request_duration_seconds histogram")?;
            for (endpoint, h) in &latency {
                let mut cumulative = 0;
                for (i, bound) in BUCKETS.iter().enumerate() {
                    cumulative += h.counts[i];
                    writeln!(
                        out,
                        "seloste_request_duration_seconds_bucket{{endpoint=\"{endpoint}\",le=\"{bound}\"}} {cumulative}"
                    )?;
                }
                cumulative += h.counts[BUCKETS.len()];
                writeln!(
                    out,
                    "seloste_request_duration_seconds_bucket{{endpoint=\"{endpoint}\",le=\"+Inf\"}} {cumulative}"
                )?;
                writeln!(
                    out,
                    "seloste_request_duration_seconds_sum{{endpoint=\"{endpoint}\"}} {}",
                    h.sum
                )?;
                writeln!(
                    out,
                    "seloste_request_duration_seconds_count{{endpoint=\"{endpoint}\"}} {cumulative}"
                )?;
            }
            writeln!(
                out,
                "# HELP seloste_documents_rendered_total PDF documents made."
            )?;
            writeln!(out, "# TYPE seloste_documents_rendered_total counter")?;
            writeln!(
                out,
                "seloste_documents_rendered_total {}",
                self.documents.load(Ordering::Relaxed)
            )?;
            writeln!(
                out,
                "# HELP seloste_requests_in_flight Requests being read, waiting or worked on."
            )?;
            writeln!(out, "# TYPE seloste_requests_in_flight gauge")?;
            writeln!(
                out,
                "seloste_requests_in_flight {}",
                self.in_flight.load(Ordering::Relaxed)
            )?;
            writeln!(
                out,
                "# HELP seloste_requests_refused_total Requests refused with 503 because the queue or the memory for request bodies was full."
            )?;
            writeln!(out, "# TYPE seloste_requests_refused_total counter")?;
            writeln!(
                out,
                "seloste_requests_refused_total {}",
                self.refused.load(Ordering::Relaxed)
            )
        })();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_show_in_the_text_format() {
        let m = Metrics::default();
        {
            let _a = m.begin();
            let _b = m.begin();
            assert!(m.render().contains("seloste_requests_in_flight 2\n"));
        }
        m.record("/v1/render", 200, Duration::from_millis(30));
        m.record("/v1/render", 200, Duration::from_millis(300));
        m.record("/v1/render", 503, Duration::from_millis(1));
        m.documents(2);
        m.refused();
        let text = m.render();
        for line in [
            "seloste_requests_total{endpoint=\"/v1/render\",status=\"200\"} 2",
            "seloste_requests_total{endpoint=\"/v1/render\",status=\"503\"} 1",
            "seloste_request_duration_seconds_bucket{endpoint=\"/v1/render\",le=\"0.05\"} 2",
            "seloste_request_duration_seconds_bucket{endpoint=\"/v1/render\",le=\"+Inf\"} 3",
            "seloste_request_duration_seconds_count{endpoint=\"/v1/render\"} 3",
            "seloste_documents_rendered_total 2",
            "seloste_requests_in_flight 0",
            "seloste_requests_refused_total 1",
        ] {
            assert!(text.contains(&format!("{line}\n")), "{line} in:\n{text}");
        }
    }
}

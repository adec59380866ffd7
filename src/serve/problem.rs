//! Every answer that is not the thing asked for: an RFC 9457 problem
//! document (`application/problem+json`) that says what is wrong, where
//! (line, column, field) and how to fix it, as the command line would.
//!
//! A problem about the model carries the whole report, in the form of
//! `seloste check --format json`, so a program can show each finding at its
//! field. Its `detail` is the first error in the command line's plain form.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use std::borrow::Cow;

use crate::Report;
use crate::diagnostic::Said;

/// The prefix of every problem type: `urn:seloste:problem:invalid-model`.
pub const TYPE_PREFIX: &str = "urn:seloste:problem:";

/// An answer that explains a failure.
#[derive(Debug)]
pub struct Problem {
    /// The HTTP status.
    pub status: StatusCode,
    /// The kind, after [`TYPE_PREFIX`]; also what the log records.
    pub kind: &'static str,
    /// The kind in words, the same for every problem of the kind (said in
    /// the report's language for a problem of the model).
    pub title: Cow<'static, str>,
    /// This occurrence: what, where and how to fix it.
    pub detail: String,
    /// The findings, for a problem of the model (boxed: problems travel
    /// in `Result`s, and most have none).
    pub report: Option<Box<Report>>,
    /// Seconds to wait before trying again (503).
    pub retry_after: Option<u64>,
}

impl Problem {
    /// A problem of `kind` with `status`.
    pub fn new(
        status: StatusCode,
        kind: &'static str,
        title: &'static str,
        detail: impl Into<String>,
    ) -> Self {
        Problem {
            status,
            kind,
            title: Cow::Borrowed(title),
            detail: detail.into(),
            report: None,
            retry_after: None,
        }
    }

    /// A query parameter that is unknown or has a wrong value.
    pub fn bad_option(detail: impl Into<String>) -> Self {
        Problem::new(
            StatusCode::BAD_REQUEST,
            "bad-option",
            "A query parameter is unknown or has a wrong value",
            detail,
        )
    }

    /// A request body that is not what its type says.
    pub fn bad_body(detail: impl Into<String>) -> Self {
        Problem::new(
            StatusCode::BAD_REQUEST,
            "bad-body",
            "The request body cannot be read",
            detail,
        )
    }

    /// The model cannot be read, or does not pass the check: 422 with the
    /// report.
    pub fn rejected(report: Report) -> Self {
        let first = report
            .diagnostics
            .iter()
            .find(|d| d.is_error())
            .or(report.diagnostics.first());
        let mut detail = first.map_or_else(
            || format!("{} cannot be used", report.file),
            |d| d.plain_in(&report.file, report.lang()),
        );
        let lang = report.lang();
        let more = report.errors().saturating_sub(1);
        if more > 0 {
            let more = Said::new("problem-more-errors").count("count", more);
            detail.push_str(&format!("\n({})", more.in_lang(lang)));
        }
        Problem {
            report: Some(Box::new(report)),
            title: Cow::Owned(Said::new("problem-invalid-model").in_lang(lang)),
            ..Problem::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid-model",
                "The model is invalid or incomplete; the notice is not made",
                detail,
            )
        }
    }

    /// A document could not be made from a model that passed the check: a
    /// bug of seloste, the one 500.
    pub fn failed(report: Report) -> Self {
        Problem {
            detail: report.to_string(),
            report: Some(Box::new(report)),
            ..Problem::internal("the document could not be made")
        }
    }

    /// A failure of seloste itself.
    pub fn internal(detail: impl Into<String>) -> Self {
        Problem::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "seloste failed; this is a bug, please report it with the model",
            detail,
        )
    }

    /// The service is busy: try again after `seconds`.
    pub fn busy(detail: impl Into<String>, seconds: u64) -> Self {
        Problem {
            retry_after: Some(seconds),
            ..Problem::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "busy",
                "The service is busy; try again after Retry-After seconds",
                detail,
            )
        }
    }

    /// The service is stopping: the request should go to another instance
    /// (or here again, if it comes back up).
    pub fn draining() -> Self {
        Problem {
            retry_after: Some(1),
            ..Problem::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "draining",
                "The service is stopping and takes no new work",
                "the service finishes the requests it has and stops; send the request again",
            )
        }
    }

    /// The problem document.
    pub fn to_json(&self) -> Value {
        let mut doc = json!({
            "type": format!("{TYPE_PREFIX}{}", self.kind),
            "title": self.title,
            "status": self.status.as_u16(),
            "detail": self.detail,
        });
        if let Some(report) = &self.report {
            doc["report"] = serde_json::to_value(report).expect("a report always serialises");
        }
        doc
    }
}

/// What a handler records about its answer for the log line and the
/// metrics, beside the status: never the model's content.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    /// The document identity (version) of the model, once known.
    pub identity: Option<String>,
    /// The documents made.
    pub documents: usize,
    /// The problem kind, for an answer that is a problem.
    pub problem: Option<&'static str>,
    /// Refused for want of room (queue, memory).
    pub refused: bool,
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let body = serde_json::to_vec_pretty(&self.to_json()).expect("JSON always serialises");
        let mut response = (self.status, body).into_response();
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        if let Some(s) = self.retry_after {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(s));
        }
        // The rest of a body that was not read cannot be told from the
        // next request: close the connection after the answer.
        if matches!(
            self.status,
            StatusCode::REQUEST_TIMEOUT | StatusCode::PAYLOAD_TOO_LARGE
        ) {
            headers.insert(header::CONNECTION, HeaderValue::from_static("close"));
        }
        if self.status == StatusCode::UNAUTHORIZED {
            headers.insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"seloste\""),
            );
        }
        response.extensions_mut().insert(Outcome {
            identity: None,
            documents: 0,
            problem: Some(self.kind),
            refused: self.retry_after.is_some(),
        });
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Diagnostic;

    #[test]
    fn a_rejected_model_says_where_and_carries_the_report() {
        let report = Report::one(
            "request",
            Diagnostic::message("it is broken").help("mend it"),
        );
        let p = Problem::rejected(report);
        let doc = p.to_json();
        assert_eq!(doc["status"], 422);
        assert_eq!(doc["type"], "urn:seloste:problem:invalid-model");
        assert_eq!(
            doc["detail"],
            "request: error[invalid-model]: it is broken\n  help: mend it"
        );
        assert_eq!(doc["report"]["findings"][0]["message"], "it is broken");
    }

    #[test]
    fn busy_says_when_to_come_back() {
        let r = Problem::busy("full", 2).into_response();
        assert_eq!(r.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(r.headers()[header::RETRY_AFTER], "2");
        assert_eq!(
            r.headers()[header::CONTENT_TYPE],
            "application/problem+json"
        );
    }
}

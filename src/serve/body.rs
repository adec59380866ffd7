//! Reading what a request sends: a model (TOML or JSON), a PDF made by
//! seloste, or a `multipart/form-data` form with the model and the files it
//! names, all within limits.
//!
//! The whole body is read before any worker is asked for, under one deadline
//! for the whole body (not per chunk: a client sending a byte a second would
//! reset that forever), so a slow client holds a connection and a little
//! memory, never a worker. Every byte held counts against one budget shared
//! by all requests, so memory stays bounded however many clients send at
//! once.

use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::{FromRequest, Multipart, Request};
use axum::http::{StatusCode, header};
use http_body_util::BodyExt;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::{Format, InMemory};

use super::problem::Problem;

/// What a request sent for the model.
#[derive(Debug)]
pub enum Input {
    /// A model file's text.
    Model {
        /// The text.
        text: String,
        /// Its syntax.
        format: Format,
    },
    /// A PDF made by seloste, with the model attached.
    Pdf(Vec<u8>),
}

/// A request's model and the files it may name.
#[derive(Debug)]
pub struct Received {
    /// The model.
    pub input: Input,
    /// The other parts of a form, by name (the paths the model names).
    pub assets: InMemory,
    /// The name the documents are given: the model part's file name
    /// without extension and language tag, else `notice`.
    pub stem: String,
    /// The budget the body holds until the answer is made.
    pub held: Held,
}

/// The body limits.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// A model body or part.
    pub model: u64,
    /// A PDF or multipart body.
    pub upload: u64,
    /// The whole body, from the headers on.
    pub timeout: Duration,
}

/// The memory all request bodies together may hold, in KiB.
#[derive(Debug, Clone)]
pub struct Budget(Arc<Semaphore>);

/// Part of the budget, given back when dropped.
#[derive(Debug)]
pub struct Held(Option<OwnedSemaphorePermit>);

impl Budget {
    /// A budget of `bytes`.
    pub fn new(bytes: u64) -> Self {
        let kib = usize::try_from(bytes / 1024)
            .unwrap_or(usize::MAX)
            .clamp(1, Semaphore::MAX_PERMITS);
        Budget(Arc::new(Semaphore::new(kib)))
    }

    /// Takes room for `bytes` more into `held`, or refuses with 503.
    fn take(&self, held: &mut Held, bytes: usize) -> Result<(), Problem> {
        let kib = u32::try_from(bytes.div_ceil(1024)).unwrap_or(u32::MAX);
        if kib == 0 {
            return Ok(());
        }
        let permit = Arc::clone(&self.0)
            .try_acquire_many_owned(kib)
            .map_err(|_| {
                Problem::busy(
                    "the service holds as many request bodies as its memory allows",
                    1,
                )
            })?;
        match &mut held.0 {
            Some(p) => p.merge(permit),
            None => held.0 = Some(permit),
        }
        Ok(())
    }
}

/// What the `Content-Type` says is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A model in this syntax.
    Model(Format),
    /// A PDF.
    Pdf,
    /// A form with parts.
    Form,
}

/// The media types of a model, a PDF and a form.
pub const ACCEPTED: &str = "application/toml, application/json, application/pdf or \
                            multipart/form-data";

/// The kind of body `content_type` announces, among `allowed`.
pub fn kind(content_type: Option<&str>, allowed: &[Kind]) -> Result<Kind, Problem> {
    let essence = content_type
        .map(|c| {
            c.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        })
        .unwrap_or_default();
    let kind = match essence.as_str() {
        "application/toml" | "text/toml" | "application/x-toml" => Some(Kind::Model(Format::Toml)),
        "application/json" | "text/json" => Some(Kind::Model(Format::Json)),
        "application/pdf" => Some(Kind::Pdf),
        "multipart/form-data" => Some(Kind::Form),
        _ => None,
    };
    kind.filter(|k| allowed.contains(k)).ok_or_else(|| {
        let wanted = if allowed == [Kind::Pdf] {
            "application/pdf"
        } else {
            ACCEPTED
        };
        Problem::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported-media-type",
            "The request body is of a type this endpoint does not take",
            if essence.is_empty() {
                format!("the request has no Content-Type; send {wanted}")
            } else {
                format!("'{essence}' is not taken here; send {wanted}")
            },
        )
    })
}

/// Reads the body of `request`, of `kind`, within `limits` and `budget`.
pub async fn receive(
    request: Request,
    kind: Kind,
    limits: Limits,
    budget: &Budget,
) -> Result<Received, Problem> {
    let limit = match kind {
        Kind::Model(_) => limits.model,
        Kind::Pdf | Kind::Form => limits.upload,
    };
    let (parts, body) = request.into_parts();
    let declared = parts
        .headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    // Far too large: answered at once, and the connection closed.
    if declared.is_some_and(|n| n > limit + DRAIN) {
        return Err(too_large(limit));
    }
    let mut held = Held(None);
    let bytes = tokio::time::timeout(limits.timeout, collect(body, limit, budget, &mut held))
        .await
        .map_err(|_| {
            Problem::new(
                StatusCode::REQUEST_TIMEOUT,
                "body-timeout",
                "The request body was not sent in time",
                format!(
                    "the body was not sent within {} s; send it at once, or raise --body-timeout",
                    limits.timeout.as_secs()
                ),
            )
        })??;
    let (input, assets, stem) = match kind {
        Kind::Model(format) => (model(bytes, format)?, InMemory::new(), "notice".into()),
        Kind::Pdf => (Input::Pdf(bytes), InMemory::new(), "notice".into()),
        Kind::Form => {
            let request = Request::from_parts(parts, Body::from(bytes));
            form(request, limits).await?
        }
    };
    Ok(Received {
        input,
        assets,
        stem,
        held,
    })
}

/// How much of a body over its limit is read and dropped, so that a client
/// that sends it whole before reading (as most do) gets the 413 rather than
/// a broken connection.
const DRAIN: u64 = 16 * 1024 * 1024;

/// The body, as long as it stays within `limit` and the budget.
async fn collect(
    mut body: Body,
    limit: u64,
    budget: &Budget,
    held: &mut Held,
) -> Result<Vec<u8>, Problem> {
    let mut bytes = Vec::new();
    let mut over: u64 = 0;
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|e| Problem::bad_body(format!("the body broke off: {e}")))?;
        let Ok(data) = frame.into_data() else {
            continue;
        };
        if over > 0 || (bytes.len() + data.len()) as u64 > limit {
            over += data.len() as u64;
            if over > DRAIN {
                break;
            }
            continue;
        }
        budget.take(held, data.len())?;
        bytes.extend_from_slice(&data);
    }
    if over > 0 {
        return Err(too_large(limit));
    }
    Ok(bytes)
}

fn too_large(limit: u64) -> Problem {
    Problem::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        "too-large",
        "The request body is larger than the service takes",
        format!(
            "the body is larger than {} KiB, the limit for this kind of body; a notice model is \
             a few kilobytes (the limits are set with --max-model-size and --max-upload-size)",
            limit / 1024
        ),
    )
}

/// A model's text, which must be UTF-8.
fn model(bytes: Vec<u8>, format: Format) -> Result<Input, Problem> {
    let text = String::from_utf8(bytes).map_err(|e| {
        Problem::bad_body(format!(
            "the model is not UTF-8 text (byte {} is not); save it as UTF-8, or send a PDF as \
             application/pdf",
            e.utf8_error().valid_up_to()
        ))
    })?;
    Ok(Input::Model { text, format })
}

/// The parts of a form: `model` (a model file or a PDF), and each other
/// part a file the model names, under its path.
async fn form(request: Request, limits: Limits) -> Result<(Input, InMemory, String), Problem> {
    let bad = |e: &dyn std::fmt::Display| {
        Problem::bad_body(format!(
            "the multipart/form-data body cannot be read: {e}; send a part named 'model' and \
             one part per file the model names, named by its path"
        ))
    };
    let mut multipart = Multipart::from_request(request, &())
        .await
        .map_err(|e| bad(&e.body_text()))?;
    let mut model_part = None;
    let mut assets = InMemory::new();
    while let Some(field) = multipart.next_field().await.map_err(|e| bad(&e))? {
        let name = field.name().unwrap_or("").to_string();
        let file_name = field.file_name().map(str::to_string);
        let content_type = field.content_type().map(str::to_string);
        let data = field.bytes().await.map_err(|e| bad(&e))?.to_vec();
        if name == "model" {
            if model_part.is_some() {
                return Err(Problem::bad_body(
                    "the form has two parts named 'model'; send one",
                ));
            }
            model_part = Some((data, file_name, content_type));
        } else if name.is_empty() {
            return Err(Problem::bad_body(
                "a part of the form has no name; name each file by the path the model gives it",
            ));
        } else {
            assets
                .insert(&name, data)
                .map_err(|e| Problem::bad_body(format!("the part '{name}' cannot be used: {e}")))?;
        }
    }
    let Some((data, file_name, content_type)) = model_part else {
        return Err(Problem::bad_body(
            "the form has no part named 'model'; send the model (or a PDF made by seloste) in \
             a part named 'model'",
        ));
    };
    let stem = file_name
        .as_deref()
        .map(|f| crate::naming::notice_stem(std::path::Path::new(f)))
        .filter(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_graphic() && b != b'"'))
        .unwrap_or_else(|| "notice".into());
    let named = |ext: &str| {
        file_name
            .as_deref()
            .is_some_and(|f| f.to_ascii_lowercase().ends_with(ext))
    };
    let kind = match content_type.as_deref() {
        Some(c) if !c.starts_with("application/octet-stream") && !c.starts_with("text/plain") => {
            kind(
                Some(c),
                &[
                    Kind::Model(Format::Toml),
                    Kind::Model(Format::Json),
                    Kind::Pdf,
                ],
            )?
        }
        _ if data.starts_with(b"%PDF-") || named(".pdf") => Kind::Pdf,
        _ if named(".json") => Kind::Model(Format::Json),
        _ => Kind::Model(Format::Toml),
    };
    let input = match kind {
        Kind::Model(format) => {
            if data.len() as u64 > limits.model {
                return Err(too_large(limits.model));
            }
            model(data, format)?
        }
        _ => Input::Pdf(data),
    };
    Ok((input, assets, stem))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_content_type_decides_the_kind() {
        let all = [
            Kind::Model(Format::Toml),
            Kind::Model(Format::Json),
            Kind::Pdf,
            Kind::Form,
        ];
        assert_eq!(
            kind(Some("application/toml; charset=utf-8"), &all).unwrap(),
            Kind::Model(Format::Toml)
        );
        assert_eq!(
            kind(Some("multipart/form-data; boundary=x"), &all).unwrap(),
            Kind::Form
        );
        let p = kind(Some("text/html"), &all).unwrap_err();
        assert_eq!(p.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
        assert!(p.detail.contains("'text/html' is not taken here"));
        assert!(
            kind(None, &all)
                .unwrap_err()
                .detail
                .contains("no Content-Type")
        );
        assert!(kind(Some("application/toml"), &[Kind::Pdf]).is_err());
    }

    #[test]
    fn the_budget_is_shared_and_given_back() {
        let budget = Budget::new(4 * 1024);
        let mut a = Held(None);
        budget.take(&mut a, 3 * 1024).unwrap();
        let mut b = Held(None);
        assert_eq!(
            budget.take(&mut b, 2 * 1024).unwrap_err().status,
            StatusCode::SERVICE_UNAVAILABLE
        );
        drop(a);
        budget.take(&mut b, 2 * 1024).unwrap();
    }
}

//! The routes, their handlers, and the layers every request passes:
//! request id, log line and metrics ([`observe`]), the bearer token
//! ([`authorise`]), and a caught panic turned into a problem document.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use axum::Router;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, MatchedPath, RawQuery, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
use serde_json::json;
use sha2::{Digest, Sha256};
use tower_http::catch_panic::CatchPanicLayer;

use crate::{Engine, Format, Input, Job, Report};

use super::accept::Accept;
use super::body::{self, Budget, Kind, Limits, Received};
use super::config::Config;
use super::metrics::Metrics;
use super::options;
use super::pool::Pool;
use super::problem::{Outcome, Problem};
use super::{auth::Token, log, openapi};
use crate::DocumentKind;

/// What every request shares: the engine (fonts, template, typst's caches),
/// the pool, the counters and the limits.
#[derive(Debug)]
pub struct Shared {
    engine: Arc<Engine>,
    pool: Pool,
    /// The counters `/metrics` shows.
    pub metrics: Metrics,
    pub(crate) limits: Limits,
    pub(crate) budget: Budget,
    pub(crate) token: Option<Token>,
    /// Set on SIGTERM: `/healthz` answers 503 so that a load balancer
    /// sends no more.
    pub draining: AtomicBool,
    schema: String,
}

pub type AppState = State<Arc<Shared>>;

/// The name the model is given in diagnostics, as `check` names a file.
const MODEL_NAME: &str = "request";

/// The shared state for `config`: the engine is loaded and the workers
/// started here, once.
pub fn shared(config: &Config) -> Arc<Shared> {
    Arc::new(Shared {
        engine: Arc::new(Engine::new()),
        pool: Pool::new(config.workers, config.queue),
        metrics: Metrics::default(),
        limits: Limits {
            model: config.max_model_bytes,
            upload: config.max_upload_bytes,
            timeout: config.body_timeout,
        },
        budget: Budget::new(config.max_buffered_bytes),
        token: config.token.clone(),
        draining: AtomicBool::new(false),
        schema: format!(
            "{}\n",
            serde_json::to_string_pretty(&crate::model::schema())
                .expect("a JSON value always serialises")
        ),
    })
}

/// The routes and layers.
pub fn router(shared: Arc<Shared>) -> Router {
    let work = Router::new()
        .route("/v1/render", post(render))
        .route("/v1/check", post(check))
        .route("/v1/extract", post(extract))
        .route("/v1/model", post(super::page::convert::model))
        .route_layer(middleware::from_fn_with_state(
            shared.clone(),
            refuse_while_draining,
        ));
    let api = Router::new()
        .merge(work)
        .route("/v1/catalog", get(catalog))
        .route("/v1/starter", get(super::page::starter))
        .route("/v1/examples/{name}", get(super::page::example))
        .route("/v1/schema", get(schema))
        .route("/v1/openapi.json", get(openapi))
        .route("/metrics", get(metrics))
        .route_layer(middleware::from_fn_with_state(shared.clone(), authorise));
    Router::new()
        .merge(api)
        .route("/", get(super::page::page))
        .route("/page/{file}", get(super::page::asset))
        .route("/healthz", get(healthz))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        // Bodies are read, within the service's own limits, by `body`.
        .layer(DefaultBodyLimit::disable())
        .layer(CatchPanicLayer::custom(
            |panic: Box<dyn std::any::Any + Send>| {
                let what = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                Problem::internal(format!("the request made seloste panic: {what}")).into_response()
            },
        ))
        .layer(middleware::from_fn_with_state(shared.clone(), observe))
        .with_state(shared)
}

/// Refuses new work once the service drains: it would keep the drain
/// going, or be cut off by the stop.
async fn refuse_while_draining(State(shared): AppState, request: Request, next: Next) -> Response {
    if shared.draining.load(Ordering::Relaxed) {
        return Problem::draining().into_response();
    }
    next.run(request).await
}

/// Gives each request an id, counts it, and writes its log line.
async fn observe(State(shared): AppState, request: Request, next: Next) -> Response {
    let start = Instant::now();
    let _in_flight = shared.metrics.begin();
    let id = log::request_id(
        request
            .headers()
            .get("x-request-id")
            .and_then(|v| v.to_str().ok()),
    );
    let endpoint = endpoint(
        request.extensions().get::<MatchedPath>(),
        request.uri().path(),
    );
    let method = request.method().to_string();
    let mut response = next.run(request).await;
    let elapsed = start.elapsed();
    let status = response.status().as_u16();
    let outcome = response
        .extensions()
        .get::<Outcome>()
        .cloned()
        .unwrap_or_default();
    shared.metrics.record(endpoint, status, elapsed);
    shared.metrics.documents(outcome.documents);
    if outcome.refused {
        shared.metrics.refused();
    }
    if let Ok(v) = HeaderValue::from_str(&id) {
        response.headers_mut().insert("x-request-id", v);
    }
    log::request(&log::RequestLine {
        id: &id,
        method: Some(&method),
        endpoint,
        status,
        duration: elapsed,
        outcome: &outcome,
    });
    response
}

/// The route's own name, never what the client sent.
fn endpoint(matched: Option<&MatchedPath>, path: &str) -> &'static str {
    const ROUTES: [&str; 13] = [
        "/v1/model",
        "/",
        "/page/{file}",
        "/v1/starter",
        "/v1/examples/{name}",
        "/v1/render",
        "/v1/check",
        "/v1/extract",
        "/v1/catalog",
        "/v1/schema",
        "/v1/openapi.json",
        "/metrics",
        "/healthz",
    ];
    let path = matched.map_or(path, MatchedPath::as_str);
    ROUTES.into_iter().find(|r| *r == path).unwrap_or("other")
}

/// Lets a request through only with the bearer token, when one is set.
async fn authorise(State(shared): AppState, request: Request, next: Next) -> Response {
    if let Some(token) = &shared.token
        && !token.admits(
            request
                .headers()
                .get(header::AUTHORIZATION)
                .map(HeaderValue::as_bytes),
        )
    {
        return Problem::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "The request does not carry the service's token",
            "send the token as 'Authorization: Bearer TOKEN'",
        )
        .into_response();
    }
    next.run(request).await
}

async fn not_found(request: Request) -> Problem {
    Problem::new(
        StatusCode::NOT_FOUND,
        "not-found",
        "There is nothing at this path",
        format!(
            "nothing is at '{}'; GET /v1/openapi.json lists the endpoints",
            request.uri().path()
        ),
    )
}

async fn method_not_allowed(request: Request) -> Problem {
    Problem::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method-not-allowed",
        "The endpoint does not take this method",
        format!(
            "{} is not taken at '{}'; GET /v1/openapi.json lists the methods",
            request.method(),
            request.uri().path()
        ),
    )
}

/// Runs `job` on the pool and waits for it; a full queue is 503.
pub(crate) async fn on_pool<R: Send + 'static>(
    shared: &Shared,
    job: impl FnOnce() -> R + Send + 'static,
) -> Result<R, Problem> {
    let receiver = shared.pool.submit(job).map_err(|_| {
        Problem::busy(
            format!(
                "all {} workers are busy and the queue is full; try again shortly",
                shared.pool.workers()
            ),
            1,
        )
    })?;
    match receiver.await {
        Ok(Ok(r)) => Ok(r),
        Ok(Err(panicked)) => Err(Problem::internal(format!(
            "the work panicked: {}",
            panicked.0
        ))),
        Err(_) => Err(Problem::internal("a worker stopped")),
    }
}

/// The job a request asks for: its model, named `request` in diagnostics
/// as `check` names a file, and the files sent with it.
fn job(received: Received, request: crate::Request) -> (Job, super::body::Held) {
    let input = match received.input {
        body::Input::Model { text, format } => Input::Model {
            text,
            format,
            name: MODEL_NAME.to_string(),
        },
        body::Input::Pdf(bytes) => Input::Pdf {
            bytes,
            name: MODEL_NAME.to_string(),
        },
    };
    let job = Job::new(input, request)
        .assets(received.assets)
        .stem(received.stem);
    (job, received.held)
}

const MODEL_KINDS: [Kind; 4] = [
    Kind::Model(Format::Toml),
    Kind::Model(Format::Json),
    Kind::Pdf,
    Kind::Form,
];

async fn receive(shared: &Shared, request: Request) -> Result<Received, Problem> {
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let kind = body::kind(content_type.as_deref(), &MODEL_KINDS)?;
    body::receive(request, kind, shared.limits, &shared.budget).await
}

/// `POST /v1/render`: the PDF, or a ZIP of several.
async fn render(
    State(shared): AppState,
    RawQuery(query): RawQuery,
    request: Request,
) -> Result<Response, Problem> {
    let asked = options::request(query.as_deref(), true)?;
    let lang = words_of(&request);
    let accept = Accept::parse(
        request
            .headers()
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok()),
    );
    if !asked.layouts.is_empty() {
        as_zip(
            &accept,
            asked.layouts.len() * asked.kinds.len(),
            asked.kinds[0],
        )?;
    }
    let (job, held) = job(receive(&shared, request).await?, asked);
    let stem = job.document_stem();
    let engine = Arc::clone(&shared.engine);
    let made = on_pool(&shared, move || job.run(&engine)).await?;
    drop(held);
    let made = match made {
        Ok(m) => m,
        Err(failure) => {
            let identity = failure.identity.clone();
            let problem = if failure.is_input_error() {
                Problem::rejected(failure.report.in_lang(lang))
            } else {
                Problem::failed(failure.report)
            };
            let mut response = problem.into_response();
            if let Some(o) = response.extensions_mut().get_mut::<Outcome>() {
                o.identity = identity;
            }
            return Ok(response);
        }
    };
    answer_documents(made, &stem, &accept)
}

/// Whether `documents` documents go out as one ZIP (else as the one
/// document, of `kind`), as `Accept` allows; refused when it allows
/// neither. Decided before any work when the request names its layouts, so
/// that a refusal costs nothing.
fn as_zip(accept: &Accept, documents: usize, kind: DocumentKind) -> Result<bool, Problem> {
    let several = documents > 1;
    let media = kind.media_type().split(';').next().unwrap_or_default();
    let as_zip = accept.names("application/zip") || (several && accept.accepts("application/zip"));
    if !as_zip && (several || !accept.accepts(media)) {
        return Err(Problem::new(
            StatusCode::NOT_ACCEPTABLE,
            "not-acceptable",
            "The answer cannot be given in a type the request accepts",
            if several {
                format!(
                    "{documents} documents were asked for, which come as one ZIP; accept \
                     application/zip or ask for one layout"
                )
            } else {
                format!("the document comes as {media} (or application/zip); accept one of them")
            },
        ));
    }
    Ok(as_zip)
}

/// The documents as one document or a ZIP, as `Accept` allows.
fn answer_documents(made: crate::Made, stem: &str, accept: &Accept) -> Result<Response, Problem> {
    let first = made.documents.first().map_or(DocumentKind::Pdf, |d| d.kind);
    let as_zip = as_zip(accept, made.documents.len(), first)?;
    let mut layouts: Vec<String> = made
        .documents
        .iter()
        .map(|d| d.layout.to_string())
        .collect();
    layouts.dedup();
    let pages: usize = made.documents.iter().map(|d| d.pages).sum();
    let (bytes, content_type, file_name) = if as_zip {
        let files: Vec<(String, &[u8])> = made
            .documents
            .iter()
            .map(|d| (d.name.clone(), d.bytes.as_slice()))
            .collect();
        let bytes = super::archive::zip(&files, made.updated)
            .map_err(|e| Problem::internal(format!("the ZIP could not be made: {e}")))?;
        (bytes, "application/zip", format!("{stem}.zip"))
    } else {
        let d = &made.documents[0];
        (d.bytes.clone(), d.kind.media_type(), d.name.clone())
    };
    let etag = format!("\"{}\"", crate::hex::lower(&Sha256::digest(&bytes)));
    let documents = made.documents.len();
    let mut response = Response::new(Body::from(bytes));
    let headers = response.headers_mut();
    let set = |headers: &mut HeaderMap, name: &'static str, value: String| {
        if let Ok(v) = HeaderValue::from_str(&value) {
            headers.insert(name, v);
        }
    };
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    set(headers, "etag", etag);
    set(
        headers,
        "content-disposition",
        format!("attachment; filename=\"{file_name}\""),
    );
    set(headers, "seloste-identity", header_text(&made.identity));
    set(headers, "seloste-layouts", layouts.join(","));
    set(headers, "seloste-pages", pages.to_string());
    set(
        headers,
        "seloste-warnings",
        made.warnings.diagnostics.len().to_string(),
    );
    response.extensions_mut().insert(Outcome {
        identity: Some(made.identity),
        documents,
        ..Outcome::default()
    });
    Ok(response)
}

/// What `header_text` encodes: controls, every byte of a letter beyond
/// ASCII, and `%` itself, so that the value decodes back unambiguously.
const NOT_HEADER_TEXT: &AsciiSet = &CONTROLS.add(b'%');

/// A header value for `text`: printable ASCII as it is, anything else
/// percent-encoded as UTF-8 (a version may be written in any script).
fn header_text(text: &str) -> String {
    utf8_percent_encode(text, NOT_HEADER_TEXT).to_string()
}

/// The language of the findings' messages: `Accept-Language`.
fn words_of(request: &Request) -> crate::Lang {
    super::accept::language(
        request
            .headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    )
}

/// `POST /v1/check`: the report of `seloste check --format json`. A model
/// that does not pass is still a 200: the report is the answer.
async fn check(
    State(shared): AppState,
    RawQuery(query): RawQuery,
    request: Request,
) -> Result<Response, Problem> {
    let asked = options::request(query.as_deref(), false)?;
    let lang = words_of(&request);
    let (job, _held) = job(receive(&shared, request).await?, asked);
    let crate::Verdict { report, identity } = on_pool(&shared, move || job.check()).await?;
    let report = report.in_lang(lang);
    let mut response = (
        [(header::CONTENT_TYPE, "application/json")],
        format!("{}\n", Report::check_document(&[report])),
    )
        .into_response();
    response.extensions_mut().insert(Outcome {
        identity,
        ..Outcome::default()
    });
    Ok(response)
}

/// `POST /v1/extract`: the model attached to a PDF made by seloste.
async fn extract(
    State(shared): AppState,
    RawQuery(query): RawQuery,
    request: Request,
) -> Result<Response, Problem> {
    options::none(query.as_deref(), "/v1/extract")?;
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let kind = body::kind(content_type.as_deref(), &[Kind::Pdf])?;
    let received = body::receive(request, kind, shared.limits, &shared.budget).await?;
    let body::Input::Pdf(pdf) = received.input else {
        return Err(Problem::internal("a PDF body was read as a model"));
    };
    let model = on_pool(&shared, move || {
        crate::notice::attached_model_in(&pdf, MODEL_NAME)
    })
    .await?
    .map_err(Problem::rejected)?;
    let content_type = match model.format() {
        Format::Toml => "application/toml",
        Format::Json => "application/json",
    };
    Ok((
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{}\"", model.name),
            ),
        ],
        model.bytes,
    )
        .into_response())
}

/// `GET /v1/catalog?lang=&section=`: the catalogue's clauses.
async fn catalog(RawQuery(query): RawQuery) -> Result<Response, Problem> {
    let (lang, section) = options::catalog(query.as_deref())?;
    let sections = crate::clauses::clauses(lang, section.as_deref()).map_err(|e| match e {
        crate::clauses::ClausesError::UnknownSection { .. } => {
            Problem::bad_option(format!("section: {e}"))
        }
        crate::clauses::ClausesError::Catalogue(e) => Problem::internal(e.to_string()),
    })?;
    Ok(json_response(
        StatusCode::OK,
        &json!({ "lang": lang, "sections": sections }),
    ))
}

/// `GET /v1/schema`: the JSON Schema of the model, as `seloste schema`
/// prints it.
async fn schema(State(shared): AppState, RawQuery(query): RawQuery) -> Result<Response, Problem> {
    options::none(query.as_deref(), "/v1/schema")?;
    Ok((
        [(header::CONTENT_TYPE, "application/schema+json")],
        shared.schema.clone(),
    )
        .into_response())
}

/// `GET /v1/openapi.json`: the description of this API.
async fn openapi(RawQuery(query): RawQuery) -> Result<Response, Problem> {
    options::none(query.as_deref(), "/v1/openapi.json")?;
    Ok((
        [(header::CONTENT_TYPE, "application/json")],
        openapi::DOCUMENT,
    )
        .into_response())
}

/// `GET /healthz`: 200 while serving, 503 once draining.
async fn healthz(State(shared): AppState) -> Response {
    if shared.draining.load(Ordering::Relaxed) {
        json_response(
            StatusCode::SERVICE_UNAVAILABLE,
            &json!({ "status": "draining" }),
        )
    } else {
        json_response(StatusCode::OK, &json!({ "status": "ok" }))
    }
}

/// `GET /metrics`.
async fn metrics(State(shared): AppState) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        shared.metrics.render(),
    )
        .into_response()
}

fn json_response(status: StatusCode, value: &serde_json::Value) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        format!(
            "{}\n",
            serde_json::to_string_pretty(value).expect("JSON always serialises")
        ),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_version_in_any_script_fits_a_header() {
        assert_eq!(header_text("2.1 (kevät)"), "2.1 (kev%C3%A4t)");
        assert_eq!(header_text("#ab12cd34"), "#ab12cd34");
    }
}

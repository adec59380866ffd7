//! The office's page at `/`: open or start a notice, check it as it is
//! written, preview it, and take away its PDFs, web page and model — in the
//! browser, with nothing stored on the server.
//!
//! The page is rendered here in the language of `?lang=` or
//! `Accept-Language` (its words are in `locales/*/page.ftl`); a small
//! script of its own (`page.js`, no library, no build step) calls the same
//! API as any program (`/v1/check`, `/v1/render`, `/v1/extract`, and
//! `/v1/starter`, `/v1/examples/NAME` for the notices to start from), with
//! the service's token when it has one. The draft lives in the browser's
//! `localStorage`. The page carries a strict Content-Security-Policy: its
//! own script and style only, no inline script, no framing, no cookies.

pub mod convert;
mod form;
mod html;

use axum::extract::{Path, RawQuery, Request};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::problem::Problem;
use crate::Lang;

/// The page's script and style, compiled in.
const SCRIPT: &str = include_str!("page.js");
const FORM: &str = include_str!("form.js");
const STYLE: &str = include_str!("page.css");

/// The examples a notice can start from: name, model.
pub const EXAMPLES: [(&str, &str); 4] = [
    ("iljoja", include_str!("../../../examples/iljoja.toml")),
    (
        "puutarhapuoti",
        include_str!("../../../examples/puutarhapuoti.toml"),
    ),
    ("yhdistys", include_str!("../../../examples/yhdistys.toml")),
    ("webkoti", include_str!("../../../examples/webkoti.toml")),
];

/// `GET /`: the page, in the language asked.
pub async fn page(
    axum::extract::State(shared): super::app::AppState,
    RawQuery(query): RawQuery,
    request: Request,
) -> Result<Response, Problem> {
    let lang = match query.as_deref() {
        None | Some("") => super::accept::language(
            request
                .headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok()),
        ),
        Some(q) => match q.strip_prefix("lang=").map(str::parse::<Lang>) {
            Some(Ok(lang)) => lang,
            _ => {
                return Err(Problem::bad_option(format!(
                    "'{q}' is not a query of the page: give lang=fi, lang=sv or lang=en"
                )));
            }
        },
    };
    let body = page_of(lang, shared.token.is_some());
    Ok(secured(
        (
            [
                (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                (header::CONTENT_LANGUAGE, lang.code()),
            ],
            body,
        )
            .into_response(),
    ))
}

/// The page in `lang`, with or without the key's form: made once for each
/// of the six, at the first request (the form's description walks the
/// schema and the catalogue), then served as it is.
fn page_of(lang: Lang, token: bool) -> &'static str {
    static PAGES: std::sync::LazyLock<Vec<((Lang, bool), String)>> =
        std::sync::LazyLock::new(|| {
            Lang::ALL
                .into_iter()
                .flat_map(|l| [(l, false), (l, true)])
                .map(|(l, t)| ((l, t), html::page(l, t)))
                .collect()
        });
    PAGES
        .iter()
        .find(|(k, _)| *k == (lang, token))
        .map(|(_, page)| page.as_str())
        .expect("every language with and without the key")
}

/// `GET /page/page.js`, `GET /page/page.css`.
pub async fn asset(Path(file): Path<String>) -> Result<Response, Problem> {
    let (kind, text) = match file.as_str() {
        "page.js" => ("text/javascript; charset=utf-8", SCRIPT),
        "form.js" => ("text/javascript; charset=utf-8", FORM),
        "page.css" => ("text/css; charset=utf-8", STYLE),
        _ => return Err(not_here(&format!("/page/{file}"))),
    };
    Ok(secured(
        (
            [
                (header::CONTENT_TYPE, kind),
                (header::CACHE_CONTROL, "no-cache"),
            ],
            text,
        )
            .into_response(),
    ))
}

/// `GET /v1/starter?lang=fi`: the commented starter model of `seloste
/// init`, its comments in `lang`, dated today.
pub async fn starter(RawQuery(query): RawQuery) -> Result<Response, Problem> {
    let lang = match query.as_deref() {
        None | Some("") => Lang::Fi,
        Some(q) => q
            .strip_prefix("lang=")
            .and_then(|l| l.parse::<Lang>().ok())
            .ok_or_else(|| {
                Problem::bad_option(format!(
                    "'{q}' is not a query of /v1/starter: give lang=fi, lang=sv or lang=en"
                ))
            })?,
    };
    let today = crate::today(None).map_err(|e| Problem::internal(e.to_string()))?;
    let catalogue =
        crate::i18n::Catalogue::builtin().map_err(|e| Problem::internal(e.to_string()))?;
    let text = crate::starter::starter(catalogue, lang, today)
        .map_err(|e| Problem::internal(e.to_string()))?;
    Ok((
        [(header::CONTENT_TYPE, "application/toml; charset=utf-8")],
        text,
    )
        .into_response())
}

/// `GET /v1/examples/NAME`: one of the examples of the repository.
pub async fn example(Path(name): Path<String>) -> Result<Response, Problem> {
    let (_, text) = EXAMPLES
        .iter()
        .find(|(n, _)| *n == name)
        .ok_or_else(|| not_here(&format!("/v1/examples/{name}")))?;
    Ok((
        [(header::CONTENT_TYPE, "application/toml; charset=utf-8")],
        *text,
    )
        .into_response())
}

fn not_here(path: &str) -> Problem {
    Problem::new(
        StatusCode::NOT_FOUND,
        "not-found",
        "There is nothing at this path",
        format!("nothing is at '{path}'; GET /v1/openapi.json lists the endpoints"),
    )
}

/// The Content-Security-Policy of the page: its own script, style and
/// requests; the preview's inline style by its hash; pictures inside the
/// notice as data; nothing framed and no framing.
pub fn policy() -> String {
    let styles: String = crate::html::style_hashes()
        .iter()
        .map(|h| format!(" 'sha256-{h}'"))
        .collect();
    format!(
        "default-src 'none'; script-src 'self'; style-src 'self'{styles}; img-src 'self' data:; \
         connect-src 'self'; frame-src 'self'; form-action 'none'; base-uri 'none'; \
         frame-ancestors 'none'"
    )
}

/// `response` with the page's security headers (the policy hashed once).
fn secured(mut response: Response) -> Response {
    static POLICY: std::sync::LazyLock<HeaderValue> = std::sync::LazyLock::new(|| {
        HeaderValue::from_str(&policy()).expect("the policy is a valid header value")
    });
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_SECURITY_POLICY, POLICY.clone());
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_allows_no_inline_script_and_no_framing() {
        let p = policy();
        assert!(p.contains("script-src 'self';"), "{p}");
        assert!(!p.contains("unsafe"), "{p}");
        assert!(p.contains("frame-ancestors 'none'"), "{p}");
        assert_eq!(p.matches("'sha256-").count(), 2, "{p}");
    }

    #[test]
    fn every_example_is_a_model_that_passes() {
        for (name, text) in EXAMPLES {
            let loaded = crate::model::parse(text, crate::model::Format::Toml)
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(!loaded.notice.controllers.is_empty(), "{name}");
        }
    }
}

//! `POST /v1/model?format=json|toml`: a model file as the other syntax, as
//! its author structured it (not as seloste reads it), so that the page's
//! form can show a TOML model and write the form's changes back as TOML.
//!
//! TOML → JSON is the model's raw value (the same one the schema and the
//! placeholder check see); JSON → TOML writes tables after the plain values
//! of each table, as TOML needs, and drops `null` (TOML has none). Comments
//! of a TOML file do not survive a round trip through JSON.

use axum::extract::{RawQuery, Request, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde_json::Value;

use super::super::app::AppState;
use super::super::body::{self, Kind};
use super::super::problem::Problem;
use crate::model::Format;

/// `POST /v1/model`.
pub async fn model(
    State(shared): AppState,
    RawQuery(query): RawQuery,
    request: Request,
) -> Result<Response, Problem> {
    let to = match query.as_deref() {
        None | Some("") | Some("format=json") => Format::Json,
        Some("format=toml") => Format::Toml,
        Some(q) => {
            return Err(Problem::bad_option(format!(
                "'{q}' is not a query of /v1/model: give format=json or format=toml"
            )));
        }
    };
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let kind = body::kind(
        content_type.as_deref(),
        &[Kind::Model(Format::Toml), Kind::Model(Format::Json)],
    )?;
    let received = body::receive(request, kind, shared.limits, &shared.budget).await?;
    let body::Input::Model { text, format } = received.input else {
        return Err(Problem::internal("a model body was read as a PDF"));
    };
    let converted =
        super::super::app::on_pool(&shared, move || convert(&text, format, to)).await??;
    let media = match to {
        Format::Json => "application/json",
        Format::Toml => "application/toml; charset=utf-8",
    };
    Ok(([(header::CONTENT_TYPE, media)], converted).into_response())
}

/// `text` (a model in `from`) in the syntax `to`; a text that is no TOML or
/// JSON at all is refused with its place, as the check would say it.
pub fn convert(text: &str, from: Format, to: Format) -> Result<String, Problem> {
    crate::model::within_limits(text, from)
        .map_err(|d| Problem::rejected(crate::Report::one("model", d)))?;
    if from == to {
        return Ok(text.to_string());
    }
    let value = crate::model::to_json(text, from).ok_or_else(|| {
        let problem = match crate::model::parse(text, from) {
            Err(d) => d,
            Ok(_) => crate::Diagnostic::message("the model cannot be read"),
        };
        Problem::rejected(crate::Report::one("model", problem))
    })?;
    Ok(match to {
        Format::Json => format!(
            "{}\n",
            serde_json::to_string_pretty(&value).expect("JSON always serialises")
        ),
        Format::Toml => to_toml(&value)?,
    })
}

/// A JSON value as a TOML document.
fn to_toml(value: &Value) -> Result<String, Problem> {
    fn clean(v: &Value) -> Option<toml::Value> {
        Some(match v {
            Value::Null => return None,
            Value::Bool(b) => toml::Value::Boolean(*b),
            Value::Number(n) => match n.as_i64() {
                Some(i) => toml::Value::Integer(i),
                None => toml::Value::Float(n.as_f64()?),
            },
            Value::String(s) => toml::Value::String(s.clone()),
            Value::Array(a) => toml::Value::Array(a.iter().filter_map(clean).collect()),
            Value::Object(o) => toml::Value::Table(
                o.iter()
                    .filter_map(|(k, v)| Some((k.clone(), clean(v)?)))
                    .collect(),
            ),
        })
    }
    let Some(toml::Value::Table(table)) = clean(value) else {
        return Err(Problem::bad_body(
            "a model is a JSON object: { \"document\": …, \"controllers\": [ … ], … }",
        ));
    };
    toml::to_string(&table).map_err(|e| Problem::internal(format!("the model as TOML: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    const MODEL: &str = include_str!("../../../tests/fixtures/complete.toml");

    #[test]
    fn a_model_goes_to_json_and_back_to_the_same_model() {
        let json = convert(MODEL, Format::Toml, Format::Json).unwrap();
        let back = convert(&json, Format::Json, Format::Toml).unwrap();
        let a = crate::model::to_json(MODEL, Format::Toml).unwrap();
        let b = crate::model::to_json(&back, Format::Toml).unwrap();
        assert_eq!(a, b, "{back}");
        // And it is still the same model to seloste.
        let parsed = crate::model::parse(&back, Format::Toml).unwrap();
        assert_eq!(parsed.notice.controllers[0].name, "Webkoti");
    }

    #[test]
    fn nulls_are_left_out_and_broken_text_is_refused_with_its_place() {
        let t = convert(
            r#"{"a": null, "b": [1, null], "c": {"d": null}}"#,
            Format::Json,
            Format::Toml,
        )
        .unwrap();
        assert!(!t.contains("null") && t.contains("b = [1]"), "{t}");
        let p = convert("name = \n", Format::Toml, Format::Json).unwrap_err();
        assert_eq!(p.kind, "invalid-model");
        // The shape's limits, counted before anything is built.
        let deep = format!("a = {}1{}\n", "[".repeat(50_000), "]".repeat(50_000));
        let p = convert(&deep, Format::Toml, Format::Json).unwrap_err();
        assert_eq!(p.kind, "invalid-model");
        assert!(p.detail.contains("levels deep"), "{}", p.detail);
    }
}

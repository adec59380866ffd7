//! The query parameters of each endpoint, read strictly: an unknown name, a
//! name given twice or a value that does not parse is a 400 that names it
//! and says what would be right, as the command line does for its options.
//!
//! The names are the command line's without the dashes in front
//! (`?lang=fi+sv&fallback=fi&deny-warnings=true`). A `+` is a plus, not a
//! space, so that `lang=fi+sv` means the side-by-side layout as it does on
//! the command line.

use percent_encoding::percent_decode_str;

use crate::{Date, DocumentKind, Lang, Layout, Request};

use super::problem::Problem;

/// The parameters of a query, decoded, in order.
fn pairs(query: Option<&str>) -> Result<Vec<(String, String)>, Problem> {
    let mut out = Vec::new();
    for part in query.unwrap_or("").split('&').filter(|p| !p.is_empty()) {
        let (k, v) = part.split_once('=').unwrap_or((part, ""));
        let decode = |s: &str| {
            percent_decode_str(s)
                .decode_utf8()
                .map(|c| c.into_owned())
                .map_err(|_| Problem::bad_option(format!("'{s}' is not UTF-8 when decoded")))
        };
        out.push((decode(k)?, decode(v)?));
    }
    Ok(out)
}

/// The parameters of `query`, each of `known` at most once (those in
/// `lists` may repeat); any other name is refused with the nearest known one.
fn read<'a>(
    query: Option<&str>,
    endpoint: &str,
    known: &[&'a str],
    lists: &[&str],
) -> Result<Vec<(&'a str, String)>, Problem> {
    let mut out: Vec<(&'a str, String)> = Vec::new();
    for (k, v) in pairs(query)? {
        let Some(&name) = known.iter().find(|n| **n == k) else {
            let hint = crate::diagnostic::nearest(&k, known.iter().copied())
                .map(|n| format!("did you mean '{n}'? "))
                .unwrap_or_default();
            return Err(Problem::bad_option(format!(
                "unknown parameter '{k}' for {endpoint}; {hint}the parameters are: {}",
                if known.is_empty() {
                    "none".to_string()
                } else {
                    known.join(", ")
                }
            )));
        };
        if !lists.contains(&name) && out.iter().any(|(n, _)| *n == name) {
            return Err(Problem::bad_option(format!(
                "the parameter '{name}' is given twice; give it once"
            )));
        }
        out.push((name, v));
    }
    Ok(out)
}

/// No parameters at all.
pub fn none(query: Option<&str>, endpoint: &str) -> Result<(), Problem> {
    read(query, endpoint, &[], &[]).map(|_| ())
}

/// The layouts of `lang=fi,sv&lang=fi+sv`, in order, each once.
fn layouts(values: &[&str]) -> Result<Vec<Layout>, Problem> {
    let mut out: Vec<Layout> = Vec::new();
    for v in values.iter().flat_map(|v| v.split(',')) {
        let layout: Layout = v.trim().parse().map_err(|e| {
            Problem::bad_option(format!(
                "lang: {e}; give languages as fi, sv, en, comma-separated, or two joined \
                 with + for a side-by-side document (fi+sv)"
            ))
        })?;
        if !out.contains(&layout) {
            out.push(layout);
        }
    }
    Ok(out)
}

/// The kinds of `format=pdf,html&format=html-fragment`, in order, each once.
fn kinds(values: &[&str]) -> Result<Vec<DocumentKind>, Problem> {
    let mut out: Vec<DocumentKind> = Vec::new();
    for v in values.iter().flat_map(|v| v.split(',')) {
        let kind: DocumentKind = v
            .trim()
            .parse()
            .map_err(|e| Problem::bad_option(format!("format: {e}")))?;
        if !out.contains(&kind) {
            out.push(kind);
        }
    }
    Ok(out)
}

fn lang(name: &str, v: &str) -> Result<Lang, Problem> {
    v.parse()
        .map_err(|e| Problem::bad_option(format!("{name}: {e}")))
}

fn flag(name: &str, v: &str) -> Result<bool, Problem> {
    match v {
        "" | "true" | "1" => Ok(true),
        "false" | "0" => Ok(false),
        _ => Err(Problem::bad_option(format!(
            "{name}: '{v}' is not true or false"
        ))),
    }
}

fn date(v: &str) -> Result<Date, Problem> {
    Date::parse(v).map_err(|e| Problem::bad_option(format!("today: {e}")))
}

const CHECK: &[&str] = &["lang", "fallback", "deny-warnings", "today"];
const RENDER: &[&str] = &[
    "lang",
    "fallback",
    "deny-warnings",
    "today",
    "signature-field",
    "embed-model",
    "format",
];

/// The library's request that the parameters of `POST /v1/check`
/// (`render` false) or `/v1/render` describe; today is the date given, else
/// as the command line takes it (`SOURCE_DATE_EPOCH`, else the clock).
pub fn request(query: Option<&str>, render: bool) -> Result<Request, Problem> {
    let (endpoint, known) = if render {
        ("/v1/render", RENDER)
    } else {
        ("/v1/check", CHECK)
    };
    let given = read(query, endpoint, known, &["lang", "format"])?;
    let today = match given.iter().find(|(n, _)| *n == "today") {
        Some((_, v)) => date(v)?,
        None => crate::today(None).map_err(|e| Problem::internal(e.to_string()))?,
    };
    let langs: Vec<&str> = given
        .iter()
        .filter(|(n, _)| *n == "lang")
        .map(|(_, v)| v.as_str())
        .collect();
    let formats: Vec<&str> = given
        .iter()
        .filter(|(n, _)| *n == "format")
        .map(|(_, v)| v.as_str())
        .collect();
    let mut request = Request::new(today)
        .layouts(layouts(&langs)?)
        .kinds(kinds(&formats)?);
    for (name, v) in &given {
        request = match *name {
            "fallback" => request.fallback(Some(lang(name, v)?)),
            "deny-warnings" => request.deny_warnings(flag(name, v)?),
            "signature-field" => request.signature_field(flag(name, v)?),
            "embed-model" => request.embed_model(flag(name, v)?),
            _ => request,
        };
    }
    Ok(request)
}

/// The parameters of `GET /v1/catalog`: the language (default fi) and the
/// section, if one.
pub fn catalog(query: Option<&str>) -> Result<(Lang, Option<String>), Problem> {
    let given = read(query, "/v1/catalog", &["lang", "section"], &[])?;
    let mut out = (Lang::Fi, None);
    for (name, v) in given {
        match name {
            "lang" => out.0 = lang(name, &v)?,
            _ => out.1 = Some(v),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plus_joins_two_languages_and_commas_list_documents() {
        let a = request(Some("lang=fi+sv,en&lang=fi%2Bsv&deny-warnings"), true).unwrap();
        assert_eq!(
            a.layouts,
            vec![
                Layout::Parallel(Lang::Fi, Lang::Sv),
                Layout::Single(Lang::En)
            ]
        );
        assert!(a.deny_warnings && a.signature_field && a.embed_model);
        let a = request(Some("embed-model=false&today=2026-01-02"), true).unwrap();
        assert!(!a.embed_model);
        assert_eq!(Some(a.today), Date::parse("2026-01-02").ok());
        assert_eq!(a.kinds, vec![DocumentKind::Pdf]);
        let a = request(Some("format=html,pdf&format=html-fragment,html"), true).unwrap();
        assert_eq!(
            a.kinds,
            vec![
                DocumentKind::Html,
                DocumentKind::Pdf,
                DocumentKind::HtmlFragment
            ]
        );
        let e = request(Some("format=docx"), true).unwrap_err().detail;
        assert!(e.contains("'docx' is not a document format"), "{e}");
    }

    #[test]
    fn unknown_repeated_and_wrong_parameters_are_named() {
        let detail = |q| request(Some(q), false).unwrap_err().detail;
        assert!(detail("lang=de").contains("unknown language 'de'"));
        assert!(detail("langs=fi").contains("did you mean 'lang'?"));
        assert!(detail("signature-field=false").contains("unknown parameter 'signature-field'"));
        assert!(detail("today=1.1.2026").starts_with("today: "));
        assert!(detail("fallback=fi&fallback=sv").contains("given twice"));
        assert!(detail("deny-warnings=yes").contains("not true or false"));
        assert!(none(Some("x=1"), "/healthz").is_err());
        assert_eq!(
            catalog(Some("lang=sv&section=purpose")).unwrap().0,
            Lang::Sv
        );
    }
}

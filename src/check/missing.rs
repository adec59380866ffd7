//! The required fields a model leaves out, all of them in one run, each
//! under its rule where the GDPR has one: a missing contact email is
//! `no-contact` with its article, as an empty one is, not only a
//! complaint that the file cannot be read.

use super::rules::NO_CONTACT;
use super::{invalid, locate};
use crate::diagnostic::{Diagnostic, FieldPath, Said, Segment};
use crate::model::{Format, SourceMap, missing_fields, to_json};

/// What each missing required field of the model in `text` is told, in
/// file order; empty when the text does not parse or misses nothing.
pub fn missing_field_findings(text: &str, format: Format) -> Vec<Diagnostic> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Some(raw) = to_json(body, format) else {
        return Vec::new();
    };
    let map = match format {
        Format::Toml => SourceMap::toml(body),
        Format::Json => SourceMap::plain(body),
    };
    missing_fields(&raw)
        .into_iter()
        .map(|path| {
            let at = locate(&map, format, &path);
            finding(path).or_at(at)
        })
        .collect()
}

/// Whether `d` is the parser's own complaint of one missing field, which
/// [`missing_field_findings`] says again with the others.
pub fn is_missing_field(d: &Diagnostic) -> bool {
    d.said_id() == Some("missing-field")
}

fn finding(path: FieldPath) -> Diagnostic {
    let keys: Vec<&str> = path
        .segments()
        .iter()
        .filter_map(|s| match s {
            Segment::Key(k) => Some(k.as_str()),
            Segment::Index(_) => None,
        })
        .collect();
    if matches!(keys.as_slice(), ["contact"] | ["contact", "email"]) {
        let rule = NO_CONTACT.0;
        return Diagnostic::said(
            Some(path),
            Said::new("no-contact-empty"),
            Some(Said::new("no-contact-help")),
        )
        .rule(rule.id, rule.severity, rule.article);
    }
    let field = keys.last().copied().unwrap_or_default().to_string();
    invalid(Diagnostic::said(
        Some(path),
        Said::new("missing-field").arg("field", field),
        Some(Said::new("missing-field-help")),
    ))
}

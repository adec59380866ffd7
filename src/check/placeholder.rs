//! Placeholders: values written as `"<…>"` that the author has still to
//! fill in, as the starter model of `seloste init` has them.
//!
//! They are found in the file as written (see `model::to_json`), so that any
//! string counts — a name, a business ID, an own text in one language —
//! and each is reported at its own path.

use serde_json::Value;

use super::{Context, Hit, Rule, Said, Severity};
use crate::model::FieldPath;

/// `placeholder-not-filled`.
pub const RULE: Rule = Rule {
    id: "placeholder-not-filled",
    severity: Severity::Error,
    article: "Art. 13, 14",
};

/// Whether a string is a placeholder: it starts with `<` and ends with `>`.
pub fn is_placeholder(s: &str) -> bool {
    let s = s.trim();
    s.len() > 2 && s.starts_with('<') && s.ends_with('>')
}

/// The paths of every placeholder in the file.
pub fn paths(raw: Option<&Value>) -> Vec<FieldPath> {
    let mut out = Vec::new();
    if let Some(v) = raw {
        walk(v, FieldPath::root(), &mut |path, _| out.push(path));
    }
    out
}

/// The rule: one finding per placeholder.
pub fn run(ctx: &Context) -> Vec<Hit> {
    let mut hits = Vec::new();
    if let Some(v) = ctx.raw {
        walk(v, FieldPath::root(), &mut |path, s| {
            hits.push(Hit::new(
                path,
                Said::new("placeholder").arg("value", s),
                Said::new("placeholder-help"),
            ))
        });
    }
    hits
}

fn walk(v: &Value, at: FieldPath, found: &mut dyn FnMut(FieldPath, &str)) {
    match v {
        Value::String(s) if is_placeholder(s) => found(at, s.trim()),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(item, at.index(i), found);
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                walk(item, at.key(k), found);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_placeholders_anywhere_with_their_paths() {
        let v = serde_json::json!({
            "controllers": [{"name": "<name>", "city": "Oulu"}],
            "purposes": [{"purpose": {"fi": " <tarkoitus> "}}],
            "document": {"intro": "a <b> c"}
        });
        let p: Vec<String> = paths(Some(&v)).iter().map(|p| p.to_string()).collect();
        assert_eq!(p, ["controllers[0].name", "purposes[0].purpose.fi"]);
        assert!(!is_placeholder("<>") && !is_placeholder("x <y>"));
    }
}

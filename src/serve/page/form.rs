//! What the page's form is made of, in one language: the parts of the form
//! in the order the notice prints its sections, each with the model's
//! top-level fields it holds, and a label and help for every field of the
//! model (`locales/*/form.ftl`). The fields themselves, their kinds and
//! lists, come from the model's JSON Schema and the clauses from the
//! catalogue (`/v1/schema`, `/v1/catalog`), so a new field or clause
//! appears in the form without a change to the page.

use serde_json::{Map, Value, json};

use crate::Lang;
use crate::diagnostic::catalogue;

/// The parts of the form: the notice's heading (a message of the notice's
/// catalogue) and the top-level fields under it. A field of the schema in
/// no part goes to the last one, so none is left out.
const PARTS: [(&str, &[&str]); 17] = [
    (
        "heading-controller",
        &[
            "controllers",
            "joint-controllers",
            "eu-representative",
            "dpo",
            "dpo-required",
        ],
    ),
    ("heading-contact", &["contact"]),
    ("heading-register", &["document"]),
    (
        "heading-purposes",
        &["purposes", "purposes-note", "further-processing"],
    ),
    (
        "heading-data",
        &["data", "special-categories", "identity-code"],
    ),
    ("heading-subjects", &["subjects", "subjects-note"]),
    ("heading-sources", &["sources"]),
    ("heading-recipients", &["recipients", "directories"]),
    ("heading-transfers", &["transfers"]),
    ("heading-retention", &["retention"]),
    ("heading-surveillance", &["surveillance", "recording"]),
    ("heading-cookies", &["cookies", "analytics"]),
    ("heading-automated", &["automated-decisions"]),
    (
        "heading-requirement",
        &["requirement", "requirement-consequences"],
    ),
    (
        "heading-rights",
        &[
            "rights-request",
            "consent-withdrawal",
            "requests",
            "authority",
        ],
    ),
    ("heading-security", &["security", "manual-material"]),
    ("heading-systems", &["systems", "signature", "wording"]),
];

/// The form's parts and the fields' words in `lang`, as the page's script
/// takes them: `{"parts": [{"heading", "fields"}], "fields": {PATH: {"label",
/// "help"}}}`, PATH as `controllers[].name`.
pub fn description(lang: Lang) -> Value {
    let schema = crate::model::schema();
    let top: Vec<String> = schema["properties"]
        .as_object()
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default();
    let notice = crate::i18n::Catalogue::builtin().ok();
    let heading = |id: &str| {
        let mut args = crate::i18n::FluentArgs::new();
        args.set("count", crate::i18n::FluentValue::from(1));
        notice
            .and_then(|c| c.format(lang, id, Some(&args)).ok())
            .unwrap_or_else(|| id.to_string())
    };
    let mut parts: Vec<Value> = PARTS
        .iter()
        .map(|(id, fields)| json!({ "heading": heading(id), "fields": fields }))
        .collect();
    let placed: Vec<&str> = PARTS.iter().flat_map(|(_, f)| f.iter().copied()).collect();
    let rest: Vec<&String> = top
        .iter()
        .filter(|f| !placed.contains(&f.as_str()))
        .collect();
    if let Some(last) = parts.last_mut()
        && let Some(fields) = last["fields"].as_array_mut()
    {
        fields.extend(rest.into_iter().map(|f| Value::from(f.as_str())));
    }
    let mut fields = Map::new();
    let c = catalogue();
    for id in c
        .ids()
        .filter(|id| id.starts_with("field-") && !id.ends_with("-help"))
    {
        let help = format!("{id}-help");
        let text = |id: &str| c.text(lang, id).or_else(|_| c.text(Lang::En, id)).ok();
        fields.insert(
            id.to_string(),
            json!({ "label": text(id), "help": text(&help) }),
        );
    }
    // The values of the model's enumerations in words, by the schema's
    // definition: a legal basis as the notice names it, a language by name.
    let said = |id: &str| {
        notice
            .and_then(|n| n.text(lang, id).ok())
            .or_else(|| c.text(lang, id).ok())
    };
    let mut enums = Map::new();
    for (def, prefix, suffix) in [
        ("Basis", "basis-", ""),
        ("Lang", "page-lang-", ""),
        ("Authority", "authority-", "-name"),
        ("Role", "label-role-", ""),
    ] {
        let values = schema["definitions"][def]["oneOf"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| v["const"].as_str())
            .filter_map(|v| {
                Some((
                    v.to_string(),
                    Value::from(said(&format!("{prefix}{v}{suffix}"))?),
                ))
            })
            .collect::<Map<_, _>>();
        enums.insert(def.to_string(), values.into());
    }
    json!({ "parts": parts, "fields": fields, "enums": enums })
}

/// The message id of a field's label: `controllers[].name` is
/// `field-controllers-name` (the page's script names them so too).
#[cfg(test)]
fn label_id(path: &str) -> String {
    format!("field-{}", path.replace("[]", "").replace('.', "-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every field of the schema, as `a.b[].c`, with its description.
    fn schema_fields() -> Vec<(String, String)> {
        fn walk(node: &Value, defs: &Value, path: &str, out: &mut Vec<(String, String)>) {
            let (node, name) = match node["$ref"].as_str() {
                Some(r) => {
                    let name = r.rsplit('/').next().unwrap();
                    (&defs[name], Some(name))
                }
                None => (node, None),
            };
            // Texts and names per language are edited language by
            // language, labelled by the language.
            if matches!(name, Some("Text" | "LocalName")) {
                return;
            }
            if let Some([one]) = node["allOf"].as_array().map(Vec::as_slice) {
                return walk(one, defs, path, out);
            }
            if let Some(any) = node["anyOf"].as_array() {
                for a in any.iter().filter(|a| a["type"] != "null") {
                    walk(a, defs, path, out);
                }
                return;
            }
            if let Some(props) = node["properties"].as_object() {
                for (k, v) in props {
                    let p = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    };
                    let d = v["description"].as_str().unwrap_or_default();
                    out.push((
                        p.clone(),
                        d.split_whitespace().collect::<Vec<_>>().join(" "),
                    ));
                    walk(v, defs, &p, out);
                }
            } else if node["type"] == "array" {
                walk(&node["items"], defs, &format!("{path}[]"), out);
            }
        }
        let schema = crate::model::schema();
        let mut out = Vec::new();
        walk(&schema, &schema["definitions"], "", &mut out);
        out
    }

    #[test]
    fn every_field_of_the_schema_has_a_label_in_every_language() {
        let c = catalogue();
        let fields = schema_fields();
        assert!(fields.len() > 100, "{}", fields.len());
        for (path, description) in &fields {
            let id = label_id(path);
            for lang in Lang::ALL {
                let label = c.text(lang, &id);
                assert!(label.is_ok(), "no label {id} for {path} in {lang}");
            }
            // The English help is the schema's own description.
            if !description.is_empty() {
                let help = c.text(Lang::En, &format!("{id}-help")).unwrap();
                assert_eq!(&help, description, "{path}");
            }
        }
    }

    #[test]
    fn every_top_level_field_is_in_a_part_once() {
        let d = description(Lang::Fi);
        let mut placed: Vec<String> = d["parts"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|p| p["fields"].as_array().unwrap().clone())
            .map(|f| f.as_str().unwrap().to_string())
            .collect();
        let n = placed.len();
        placed.sort();
        placed.dedup();
        assert_eq!(placed.len(), n, "a field in two parts");
        let schema = crate::model::schema();
        let mut top: Vec<String> = schema["properties"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        top.sort();
        assert_eq!(placed, top);
        assert_eq!(d["parts"][0]["heading"], "Rekisterinpitäjä");
        assert!(d["fields"]["field-controllers-name"]["label"].is_string());
    }
}

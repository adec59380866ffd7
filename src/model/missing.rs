//! Every required field a model leaves out, found at once.
//!
//! serde stops at the first missing field, so a model without its contact
//! email, its date and its purposes would be told of one, fixed, and run
//! again, three times over. The model's JSON Schema knows which fields each
//! table requires (it is derived from the same types), so the file's raw
//! value is walked against it and every absent one is named.

use std::sync::LazyLock;

use serde_json::{Map, Value};

use super::schema::schema;
use crate::diagnostic::FieldPath;

static SCHEMA: LazyLock<Value> = LazyLock::new(schema);

/// The paths of the required fields that `raw` (the file as JSON) leaves
/// out, in the schema's order, tables before what is inside them.
pub fn missing_fields(raw: &Value) -> Vec<FieldPath> {
    let mut found = Vec::new();
    walk(&SCHEMA, raw, &FieldPath::root(), &mut found);
    found
}

/// The schema `node` stands for: a `$ref` followed to its definition, and
/// a reference with a description beside it (draft 7 writes it as `allOf`
/// of the one reference) too.
fn resolve(node: &Value) -> &Value {
    if let Some([one]) = node
        .get("allOf")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
    {
        return resolve(one);
    }
    match node.get("$ref").and_then(Value::as_str) {
        Some(r) => r
            .strip_prefix("#/")
            .and_then(|p| SCHEMA.pointer(&format!("/{p}")))
            .map_or(node, resolve),
        None => node,
    }
}

/// The alternative of `node` (an `Option<T>` is `anyOf [T, null]`) that
/// describes a table, when the value is one and exactly one does.
fn table_schema(node: &Value) -> Option<&Map<String, Value>> {
    let node = resolve(node);
    if node.get("properties").is_some() {
        return node.as_object();
    }
    let alternatives = node
        .get("anyOf")
        .or_else(|| node.get("oneOf"))
        .and_then(Value::as_array)?;
    let tables: Vec<_> = alternatives
        .iter()
        .filter_map(|a| {
            let a = resolve(a);
            a.get("properties").and(a.as_object())
        })
        .collect();
    match tables.as_slice() {
        [one] => Some(one),
        _ => None,
    }
}

/// The schema of the items of a list `node` describes.
fn items_schema(node: &Value) -> Option<&Value> {
    let node = resolve(node);
    node.get("items").or_else(|| {
        node.get("anyOf")?
            .as_array()?
            .iter()
            .find_map(|a| resolve(a).get("items"))
    })
}

fn walk(node: &Value, value: &Value, at: &FieldPath, found: &mut Vec<FieldPath>) {
    match value {
        Value::Object(fields) => {
            let Some(table) = table_schema(node) else {
                return;
            };
            let required = table.get("required").and_then(Value::as_array);
            for name in required.into_iter().flatten().filter_map(Value::as_str) {
                if !fields.contains_key(name) {
                    found.push(at.key(name));
                }
            }
            let properties = table.get("properties").and_then(Value::as_object);
            for (name, field) in properties.into_iter().flatten() {
                if let Some(v) = fields.get(name) {
                    walk(field, v, &at.key(name), found);
                }
            }
        }
        Value::Array(items) => {
            if let Some(item) = items_schema(node) {
                for (i, v) in items.iter().enumerate() {
                    walk(item, v, &at.index(i), found);
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Format, to_json};

    const BASE: &str = include_str!("../../tests/fixtures/complete.toml");

    fn missing(src: &str) -> Vec<String> {
        let raw = to_json(src, Format::Toml).unwrap();
        let mut paths: Vec<String> = missing_fields(&raw).iter().map(|p| p.to_string()).collect();
        paths.sort();
        paths
    }

    #[test]
    fn a_complete_model_misses_nothing() {
        assert_eq!(missing(BASE), Vec::<String>::new());
    }

    #[test]
    fn every_missing_field_is_named_at_every_depth() {
        let src = BASE
            .replace("email = \"admin@webkoti.com\"\n", "")
            .replace("updated = 2026-11-01\n", "")
            .replace("city = \"Rovaniemi\"\n", "");
        assert_eq!(
            missing(&src),
            ["contact.email", "controllers[0].city", "document.updated"]
        );
        let no_purposes = BASE.replace(
            "[[purposes]]\npurpose = \"billing\"\nbasis = \"contract\"\n",
            "",
        );
        assert_eq!(missing(&no_purposes), ["purposes"]);
    }
}

//! The model file as a plain JSON value, exactly as its author structured it.
//!
//! Two things need the file rather than the parsed [`Model`](super::Model):
//! finding placeholders left in any string (serde has already turned a bare
//! key into a clause, and plain strings carry no path), and validating a
//! TOML model against the JSON Schema, which speaks JSON only. TOML dates
//! become `YYYY-MM-DD` strings, which is how the schema describes them.

use serde_json::{Map, Number, Value};

use super::load::Format;

/// Parses `text` into a JSON value; `None` when it is not valid TOML or JSON
/// (loading reports that, with its line and column).
pub fn to_json(text: &str, format: Format) -> Option<Value> {
    match format {
        Format::Json => serde_json::from_str(text).ok(),
        Format::Toml => text.parse::<toml::Table>().ok().map(|t| table(&t)),
    }
}

fn table(t: &toml::Table) -> Value {
    Value::Object(
        t.iter()
            .map(|(k, v)| (k.clone(), value(v)))
            .collect::<Map<_, _>>(),
    )
}

fn value(v: &toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::String(s.clone()),
        toml::Value::Integer(i) => Value::Number((*i).into()),
        toml::Value::Float(f) => Number::from_f64(*f).map_or(Value::Null, Value::Number),
        toml::Value::Boolean(b) => Value::Bool(*b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.iter().map(value).collect()),
        toml::Value::Table(t) => table(t),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_becomes_the_same_structure_in_json() {
        let v = to_json(
            "a = [1, { fi = \"x\" }]\n[document]\nupdated = 2023-05-01\n",
            Format::Toml,
        )
        .unwrap();
        assert_eq!(
            v,
            serde_json::json!({"a": [1, {"fi": "x"}], "document": {"updated": "2023-05-01"}})
        );
    }

    #[test]
    fn broken_input_gives_nothing() {
        assert_eq!(to_json("a = ", Format::Toml), None);
        assert_eq!(to_json("{", Format::Json), None);
    }
}

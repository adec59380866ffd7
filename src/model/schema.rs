//! The JSON Schema of the model, for editors that complete and validate a
//! model while it is typed (Taplo / Even Better TOML, VS Code).
//!
//! The schema is derived from the model types with `schemars`, so it cannot
//! drift from them; only the three types with hand-written `Deserialize`
//! impls ([`Text`], [`Source`], [`Date`]) get hand-written schemas here, each
//! describing exactly the forms their visitor accepts. Draft 7 is used
//! because editor tooling supports it more widely than 2020-12. A test
//! (below) validates the examples and the starter model under the schema and
//! proves that malformed models are refused by both the schema and serde.
//!
//! What the schema cannot know — whether a catalogue key exists, business ID
//! check digits, the completeness rules — is left to `seloste check`.

use std::borrow::Cow;

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

use super::{Date, Model, Source, Text};

/// The JSON Schema of a notice model, as a JSON value.
pub fn schema() -> serde_json::Value {
    let mut schema = SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<Model>();
    schema.insert(
        "title".to_string(),
        "seloste notice model (GDPR privacy notice)".into(),
    );
    schema.to_value()
}

impl JsonSchema for Text {
    fn schema_name() -> Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let own = |lang: &str| {
            json_schema!({
                "description": format!(
                    "The text in {lang}. A blank line starts a new paragraph; lines that start \
                     with \"- \" are the items of a list; web and email addresses become links."
                ),
                "type": "string",
                "minLength": 1
            })
        };
        let made_from = |lang: &str| {
            json_schema!({
                "description": format!(
                    "What the {lang} translation was made from, written by `seloste translate \
                     --merge`: the source language and a fingerprint of its text then, e.g. \
                     \"fi:1a2b3c4d\". When the source changes, the translation is stale."
                ),
                "type": "string",
                "pattern": "^(fi|sv|en):[0-9a-f]{8}$"
            })
        };
        json_schema!({
            "description": "A text of the notice: a catalogue key (`seloste catalog` lists them), \
                own text per language, a name that is the same in every language, or a \
                catalogue key with the values its clause needs.",
            "anyOf": [
                {
                    "description": "A catalogue key, looked up in the field's namespace, e.g. \"billing\". \
                        For a name such as \"Seafile\" write { all = \"Seafile\" }.",
                    "type": "string"
                },
                {
                    "description": "Own text, one string per language: { fi = \"…\", sv = \"…\", en = \"…\" }.",
                    "type": "object",
                    "properties": {
                        "fi": own("Finnish"), "sv": own("Swedish"), "en": own("English"),
                        "fi-from": made_from("Finnish"), "sv-from": made_from("Swedish"),
                        "en-from": made_from("English")
                    },
                    "additionalProperties": false,
                    "anyOf": [{"required": ["fi"]}, {"required": ["sv"]}, {"required": ["en"]}]
                },
                {
                    "description": "A name that is the same in every language (a product, system or \
                        company), written once and printed as written: { all = \"PPG Manager\" }.",
                    "type": "object",
                    "properties": {"all": {
                        "description": "The name, as it is printed in every language (one line).",
                        "type": "string",
                        "minLength": 1
                    }},
                    "required": ["all"],
                    "additionalProperties": false
                },
                {
                    "description": "A catalogue key with values: { key = \"contract-plus-years\", years = 6 }.",
                    "type": "object",
                    "properties": {"key": {"type": "string"}},
                    "required": ["key"],
                    "additionalProperties": {"type": ["number", "string"]},
                    "not": {"anyOf": [
                        {"required": ["fi"]}, {"required": ["sv"]}, {"required": ["en"]},
                        {"required": ["all"]}
                    ]}
                }
            ]
        })
    }
}

impl JsonSchema for Source {
    fn schema_name() -> Cow<'static, str> {
        "Source".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let text = generator.subschema_for::<Text>();
        json_schema!({
            "description": "A source of personal data: a catalogue key (\"ytj\") or a table.",
            "anyOf": [
                {"description": "A catalogue key of the source- namespace.", "type": "string"},
                {
                    "type": "object",
                    "properties": {
                        "source": text,
                        "details": text,
                        "public": {
                            "description": "Whether the source is publicly accessible (Art. 14(2)(f)).",
                            "type": "boolean"
                        }
                    },
                    "required": ["source"],
                    "additionalProperties": false
                }
            ]
        })
    }
}

impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A date, YYYY-MM-DD (a TOML date, or a string in JSON).",
            "type": "string",
            "format": "date"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Format, parse, to_json};
    use std::path::Path;

    fn validator() -> jsonschema::Validator {
        jsonschema::draft7::options()
            .should_validate_formats(true)
            .build(&schema())
            .expect("the schema is a valid draft 7 schema")
    }

    fn example(name: &str) -> String {
        let p = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("examples/{name}.toml"));
        std::fs::read_to_string(p).unwrap()
    }

    /// Whether serde and the schema accept `src`; they must agree.
    fn both(src: &str) -> (bool, bool) {
        let serde_ok = parse(src, Format::Toml).is_ok();
        let json = to_json(src, Format::Toml).expect("test models are TOML");
        (serde_ok, validator().is_valid(&json))
    }

    #[test]
    fn the_examples_and_the_starter_model_are_valid_under_the_schema() {
        let cat = crate::i18n::Catalogue::builtin().unwrap();
        let today = Date::parse("2026-01-01").unwrap();
        let mut models = vec![
            example("iljoja"),
            example("webkoti"),
            example("puutarhapuoti"),
        ];
        for lang in crate::Lang::ALL {
            models.push(crate::starter::starter(cat, lang, today).unwrap());
        }
        let v = validator();
        for m in &models {
            let json = to_json(m, Format::Toml).unwrap();
            let errors: Vec<String> = v.iter_errors(&json).map(|e| e.to_string()).collect();
            assert!(errors.is_empty(), "{errors:#?}\n{m}");
            assert!(parse(m, Format::Toml).is_ok());
        }
    }

    const VALID: &str = include_str!("../../tests/fixtures/complete.toml");

    #[test]
    fn a_valid_model_passes_both() {
        assert_eq!(both(VALID), (true, true));
        let keyed = VALID.replace(
            "purpose = \"billing\"",
            "purpose = { key = \"billing\", n = 3, s = \"x\" }",
        );
        assert_eq!(both(&keyed), (true, true));
        let named = VALID.replace(
            "purpose = \"billing\"",
            "purpose = { all = \"PPG Manager\" }",
        );
        assert_eq!(both(&named), (true, true));
    }

    #[test]
    fn invalid_models_are_refused_by_both() {
        let cases = [
            ("unknown field", VALID.replace("postal-code", "postcode")),
            (
                "unknown basis",
                VALID.replace("\"contract\"", "\"contrakt\""),
            ),
            (
                "unknown language",
                VALID.replace("\"billing\"", "{ fi = \"x\", de = \"y\" }"),
            ),
            (
                "key and language",
                VALID.replace("\"billing\"", "{ key = \"billing\", fi = \"y\" }"),
            ),
            ("empty text", VALID.replace("\"billing\"", "{}")),
            (
                "a name with a language",
                VALID.replace("\"billing\"", "{ all = \"Seafile\", fi = \"y\" }"),
            ),
            (
                "a name with a key",
                VALID.replace("\"billing\"", "{ all = \"Seafile\", key = \"billing\" }"),
            ),
            (
                "public not a flag",
                VALID.replace(
                    "source = \"customer\"",
                    "source = \"customer\"\npublic = \"yes\"",
                ),
            ),
            ("no contact", VALID.replace("[contact]", "[contact2]")),
            (
                "a time with the date",
                VALID.replace("2026-11-01", "\"1.11.2026\""),
            ),
            (
                "unknown language code",
                VALID.replace("languages = [\"fi\"]", "languages = [\"de\"]"),
            ),
        ];
        for (what, src) in cases {
            assert_eq!(both(&src), (false, false), "{what}:\n{src}");
        }
    }
}

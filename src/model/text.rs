//! Text in the model: a catalogue key, or the organisation's own wording.
//!
//! A model written in catalogue keys translates itself; own text carries its
//! languages with it; a name (a product, a system, a company) is the same in
//! every language and is written once. All are written as plain TOML, so the
//! forms are told apart by shape: a string is a key, a table with `key` is a
//! key with variables, a table with `all` is a name, any other table is own
//! text keyed by language.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

use crate::diagnostic::Said;
use crate::lang::Lang;

/// A text of the notice.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Text {
    /// A standard clause from the catalogue, looked up in its field's namespace.
    Key(Clause),
    /// Wording of the organisation's own, per language.
    Own(OwnText),
    /// A name that every language writes alike ("PPG Manager", "Seafile"),
    /// written once as `{ all = "…" }`: printed as written in every
    /// language, complete in every language, never looked up in the
    /// catalogue. A bare string cannot be this form, because a bare string
    /// is a catalogue key, and a mistyped key must not print as a name.
    Same {
        /// The text, printed as written.
        all: String,
    },
}

/// A reference to a catalogue clause, with the variables it needs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Clause {
    /// The key within the field's namespace, e.g. `billing`.
    pub key: String,
    /// Variables for the Fluent message, e.g. `years = 3`.
    #[serde(flatten)]
    pub args: BTreeMap<String, ArgValue>,
}

/// A variable given to a catalogue clause.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ArgValue {
    /// A whole number, e.g. a number of years (Fluent selects plural forms on it).
    Int(i64),
    /// A decimal number.
    Float(f64),
    /// A string, printed as it is.
    Str(String),
}

/// Own text, one string per language; a language may be missing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OwnText {
    /// Finnish.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fi: Option<String>,
    /// Swedish.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sv: Option<String>,
    /// English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
    /// What each translation was made from, as `translate --merge` records
    /// it beside the text (`sv-from = "fi:1a2b3c4d"`): the source language
    /// and the [`fingerprint`] of its text then. A source edited since
    /// makes the translation stale. (Read by the text's own visitor;
    /// nothing serialises a model back.)
    #[serde(skip)]
    pub made_from: BTreeMap<Lang, String>,
}

/// The key beside a translation that records what it was made from.
pub fn made_from_key(lang: Lang) -> String {
    format!("{}-from", lang.code())
}

/// The language whose record a key is (`sv-from` is Swedish's), if it is one.
pub fn made_from_lang(key: &str) -> Option<Lang> {
    key.strip_suffix("-from")?.parse().ok()
}

/// The record of a translation made from `source` in `from`:
/// `fi:1a2b3c4d`.
pub fn made_from_record(from: Lang, source: &str) -> String {
    format!("{}:{}", from.code(), fingerprint(source))
}

/// A short fingerprint of a text: the first 8 hex digits of its SHA-256.
fn fingerprint(text: &str) -> String {
    crate::hex::sha256_prefix(text.as_bytes())
}

impl OwnText {
    /// The text in `lang`, if the model gives it.
    pub fn get(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::Fi => self.fi.as_deref(),
            Lang::Sv => self.sv.as_deref(),
            Lang::En => self.en.as_deref(),
        }
    }

    /// The source language of the translation in `lang` when that source
    /// has been edited since the translation was made from it.
    pub fn stale(&self, lang: Lang) -> Option<Lang> {
        self.get(lang)?;
        let record = self.made_from.get(&lang)?;
        let from: Lang = record.split_once(':')?.0.parse().ok()?;
        let source = self.get(from)?;
        (made_from_record(from, source) != *record).then_some(from)
    }

    /// The first `-from` record that cannot be what `translate --merge`
    /// wrote: a fingerprint that is not one, a translation or a source the
    /// text does not have, or a text translated from itself. Such a record
    /// would silently keep `translation-stale` from ever judging the text.
    fn wrong_record(&self) -> Option<Said> {
        self.made_from.iter().find_map(|(&lang, record)| {
            let field = made_from_key(lang);
            let parsed = record.split_once(':').and_then(|(from, print)| {
                let from: Lang = from.parse().ok()?;
                let hex = print.len() == 8
                    && print
                        .bytes()
                        .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
                hex.then_some(from)
            });
            let Some(from) = parsed else {
                return Some(
                    Said::new("made-from-malformed")
                        .arg("field", field)
                        .arg("raw", record.clone()),
                );
            };
            if from == lang || self.get(lang).is_none() || self.get(from).is_none() {
                return Some(
                    Said::new("made-from-orphan")
                        .arg("field", field)
                        .arg("lang", lang.code())
                        .arg("from", from.code()),
                );
            }
            None
        })
    }

    /// The languages this text is written in.
    pub fn langs(&self) -> Vec<Lang> {
        Lang::ALL
            .into_iter()
            .filter(|&l| self.get(l).is_some())
            .collect()
    }
}

impl Text {
    /// A catalogue key without variables.
    pub fn key(key: &str) -> Self {
        Text::Key(Clause {
            key: key.to_string(),
            args: BTreeMap::new(),
        })
    }

    /// The catalogue key of the text, if it is one (own text has none).
    pub fn key_name(&self) -> Option<&str> {
        match self {
            Text::Key(c) => Some(&c.key),
            Text::Own(_) | Text::Same { .. } => None,
        }
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor)
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(
            "a catalogue key (\"billing\"), own text ({ fi = \"…\", sv = \"…\", en = \"…\" }), \
             a name the same in every language ({ all = \"…\" }) \
             or a key with variables ({ key = \"…\", years = 3 })",
        )
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
        Ok(Text::key(v))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
        let mut key = None;
        let mut args = BTreeMap::new();
        let mut own = OwnText::default();
        let mut has_lang = false;
        let mut all = None;
        while let Some(name) = map.next_key::<String>()? {
            let slot = match name.as_str() {
                "fi" => Some(&mut own.fi),
                "sv" => Some(&mut own.sv),
                "en" => Some(&mut own.en),
                _ => None,
            };
            let made_from = made_from_lang(&name);
            if let Some(slot) = slot {
                *slot = Some(map.next_value()?);
                has_lang = true;
            } else if let Some(lang) = made_from {
                own.made_from.insert(lang, map.next_value::<String>()?);
            } else if name == "key" {
                key = Some(map.next_value::<String>()?);
            } else if name == "all" {
                all = Some(map.next_value::<String>()?);
            } else {
                args.insert(name, map.next_value::<ArgValue>()?);
            }
        }
        if let Some(all) = all {
            return if key.is_some() || has_lang || !args.is_empty() {
                Err(de::Error::custom(Said::new("text-all-alone").encode()))
            } else {
                Ok(Text::Same { all })
            };
        }
        if let Some(wrong) = own.wrong_record() {
            return Err(de::Error::custom(wrong.encode()));
        }
        match (key, has_lang) {
            (Some(key), false) => Ok(Text::Key(Clause { key, args })),
            (Some(_), true) => Err(de::Error::custom(Said::new("text-key-and-own").encode())),
            (None, true) if args.is_empty() => Ok(Text::Own(own)),
            (None, _) => {
                let unknown = args.keys().next().map(String::as_str).unwrap_or("");
                if unknown.is_empty() {
                    Err(de::Error::custom(Said::new("text-empty").encode()))
                } else {
                    Err(de::Error::custom(
                        Said::new("text-unknown-language")
                            .arg("language", unknown)
                            .encode(),
                    ))
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct Holder {
        t: Text,
    }

    fn parse(src: &str) -> Result<Text, toml::de::Error> {
        toml::from_str::<Holder>(src).map(|h| h.t)
    }

    /// Why `src` is refused, as the catalogue says it in English.
    fn refused(src: &str) -> String {
        let e = parse(src).unwrap_err();
        Said::decode(e.message())
            .unwrap_or_else(|| panic!("not a catalogue message: {e}"))
            .in_lang(Lang::En)
    }

    #[test]
    fn a_string_is_a_key() {
        assert_eq!(parse(r#"t = "billing""#).unwrap(), Text::key("billing"));
    }

    #[test]
    fn a_table_of_languages_is_own_text() {
        let t = parse(r#"t = { fi = "Hei", en = "Hi" }"#).unwrap();
        let Text::Own(own) = t else {
            panic!("not own text")
        };
        assert_eq!(own.get(Lang::Fi), Some("Hei"));
        assert_eq!(own.get(Lang::Sv), None);
        assert_eq!(own.langs(), vec![Lang::Fi, Lang::En]);
    }

    #[test]
    fn a_key_with_variables() {
        let t = parse(r#"t = { key = "contract-plus-years", years = 6 }"#).unwrap();
        let Text::Key(c) = t else { panic!("not a key") };
        assert_eq!(c.key, "contract-plus-years");
        assert_eq!(c.args["years"], ArgValue::Int(6));
    }

    #[test]
    fn a_translation_record_that_translate_cannot_have_written_is_refused() {
        let good = made_from_record(Lang::Fi, "Hei");
        assert!(
            parse(&format!(
                r#"t = {{ fi = "Hei", sv = "Hej", sv-from = "{good}" }}"#
            ))
            .is_ok()
        );
        assert_eq!(
            refused(r#"t = { fi = "Hei", sv = "Hej", sv-from = "fi:XYZ" }"#),
            "sv-from = \"fi:XYZ\" is not the record of a translation's source that seloste \
             translate --merge writes (a language and 8 hex digits, e.g. \"fi:1a2b3c4d\")"
        );
        assert_eq!(
            refused(r#"t = { fi = "Hei", sv-from = "fi:1a2b3c4d" }"#),
            "sv-from says that the sv text was translated from fi, but the text does not have \
             both languages"
        );
        // A text translated from itself, and a record on a catalogue key.
        assert!(
            refused(r#"t = { sv = "Hej", sv-from = "sv:1a2b3c4d" }"#).starts_with("sv-from says")
        );
        assert!(
            refused(r#"t = { key = "billing", sv-from = "fi:1a2b3c4d" }"#)
                .starts_with("sv-from says")
        );
    }

    #[test]
    fn an_unknown_language_is_refused() {
        let e = refused(r#"t = { fi = "Hei", de = "Hallo" }"#);
        assert_eq!(e, "unknown language `de` in own text");
    }

    #[test]
    fn a_table_with_all_is_a_name_for_every_language() {
        let t = parse(r#"t = { all = "PPG Manager" }"#).unwrap();
        assert_eq!(
            t,
            Text::Same {
                all: "PPG Manager".into()
            }
        );
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(json, r#"{"all":"PPG Manager"}"#);
    }

    #[test]
    fn a_name_with_languages_or_a_key_is_refused() {
        for src in [
            r#"t = { all = "Seafile", fi = "Seafile-pilvi" }"#,
            r#"t = { all = "Seafile", key = "x" }"#,
            r#"t = { all = "Seafile", years = 3 }"#,
        ] {
            let e = refused(src);
            assert!(e.contains("stands alone"), "{src}: {e}");
        }
    }

    #[test]
    fn key_and_language_together_are_refused() {
        let e = refused(r#"t = { key = "x", fi = "Hei" }"#);
        assert!(e.contains("not both"), "{e}");
    }

    #[test]
    fn a_translation_is_stale_once_its_source_changes() {
        let made = |fi: &str| {
            parse(&format!(
                "t = {{ fi = \"{fi}\", sv = \"Fakturering\", sv-from = \"fi:{}\" }}",
                fingerprint("Laskutus")
            ))
        };
        let Text::Own(same) = made("Laskutus").unwrap() else {
            panic!()
        };
        assert_eq!(same.stale(Lang::Sv), None);
        let Text::Own(edited) = made("Laskutus ja perintä").unwrap() else {
            panic!()
        };
        assert_eq!(edited.stale(Lang::Sv), Some(Lang::Fi));
        // The source itself is never stale, nor a text without the record.
        assert_eq!(edited.stale(Lang::Fi), None);
        let Text::Own(plain) = parse("t = { fi = \"a\", sv = \"b\" }").unwrap() else {
            panic!()
        };
        assert_eq!(plain.stale(Lang::Sv), None);
        // The fingerprint is the start of the SHA-256 (computed elsewhere).
        assert_eq!(fingerprint("kanta-asiakasnumero"), "326643b6");
    }
}

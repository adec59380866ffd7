//! Reading a model file into a [`Model`], with located, explained errors.

use std::path::Path;

use super::Model;
use super::counts::{self, Limit, MAX_DEPTH, MAX_ITEMS};
use super::explain::explain;
use super::source_map::SourceMap;
use crate::diagnostic::{Diagnostic, FieldPath, Said};

/// The syntax a model is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// TOML, the format people write.
    Toml,
    /// JSON, for programs that generate models.
    Json,
}

impl Format {
    /// The format of a file, by its extension (TOML unless `.json`).
    pub fn of(path: &Path) -> Format {
        match path.extension().and_then(|e| e.to_str()) {
            Some(e) if e.eq_ignore_ascii_case("json") => Format::Json,
            _ => Format::Toml,
        }
    }
}

/// A parsed model with what is needed to point back into its file.
#[derive(Debug)]
pub struct Loaded {
    /// The model.
    pub notice: Model,
    /// Positions of its fields.
    pub map: SourceMap,
    /// The file's text, exactly as read (it is attached to the PDF as is).
    pub text: String,
    /// The syntax it was written in.
    pub format: Format,
}

/// Parses a model from text.
///
/// A UTF-8 byte order mark at the start is skipped, in TOML and JSON alike
/// (Windows editors write one); lines and columns count from after it, as
/// an editor shows them. `text` is kept as it is, mark and all.
pub fn parse(text: &str, format: Format) -> Result<Loaded, Diagnostic> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Counted before anything is built: parsing costs by keys, not bytes.
    counts::check(body, format).map_err(|over| over_limit(body, &over))?;
    let (notice, map) = match format {
        Format::Toml => {
            let map = SourceMap::toml(body);
            (parse_toml(body, &map)?, map)
        }
        Format::Json => (parse_json(body)?, SourceMap::plain(body)),
    };
    Ok(Loaded {
        notice,
        map,
        text: text.to_string(),
        format,
    })
}

/// Whether `text` stays within the limits of a model's shape (keys and
/// values, depth), counted before anything is built from it: what reads a
/// model's raw value without parsing it (the page's conversion) asks first.
pub fn within_limits(text: &str, format: Format) -> Result<(), Diagnostic> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    counts::check(body, format).map_err(|over| over_limit(body, &over))
}

/// The problem of a file that crosses a limit of its shape, where it does.
fn over_limit(text: &str, over: &counts::OverLimit) -> Diagnostic {
    let message = match over.what {
        Limit::Items => Said::new("model-too-many-items"),
        Limit::Depth => Said::new("model-too-deep"),
    };
    Diagnostic::said(
        None,
        message
            .arg("items", MAX_ITEMS.to_string())
            .arg("depth", MAX_DEPTH.to_string()),
        Some(
            Said::new("model-limits-help")
                .arg("items", MAX_ITEMS.to_string())
                .arg("depth", MAX_DEPTH.to_string()),
        ),
    )
    .or_at(Some(SourceMap::location_in(text, over.offset)))
}

fn parse_toml(text: &str, map: &SourceMap) -> Result<Model, Diagnostic> {
    let syntax = |e: toml::de::Error| {
        let mut p = Diagnostic::message(e.message().trim_end())
            .or_at(e.span().map(|s| map.location_of_offset(s.start)));
        explain(&mut p, text, Format::Toml);
        p
    };
    let de = toml::Deserializer::parse(text).map_err(syntax)?;
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = FieldPath::from_serde(e.path());
        let inner = e.into_inner();
        let location = inner
            .span()
            .map(|s| map.location_of_offset(s.start))
            .or_else(|| map.locate(&path));
        let mut p = Diagnostic::at(path, inner.message().trim_end()).or_at(location);
        explain(&mut p, text, Format::Toml);
        p
    })
}

/// Parses a JSON model as strictly as TOML is parsed: nothing may follow
/// the model, and no object may name a key twice (serde_json would keep the
/// last value silently, e.g. the second `fi` of an own text).
fn parse_json(text: &str) -> Result<Model, Diagnostic> {
    let mut de = serde_json::Deserializer::from_str(text);
    let located = |e: serde_path_to_error::Error<serde_json::Error>| {
        json_problem(FieldPath::from_serde(e.path()), e.into_inner(), text)
    };
    serde_path_to_error::deserialize::<_, UniqueKeys>(&mut de).map_err(located)?;
    de.end()
        .map_err(|e| json_problem(FieldPath::root(), e, text))?;
    let mut de = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut de).map_err(located)
}

/// A JSON problem with its field path, line and column.
fn json_problem(path: FieldPath, inner: serde_json::Error, text: &str) -> Diagnostic {
    let message = inner.to_string();
    // serde_json appends " at line L column C"; the location is shown apart.
    let message = message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(m, _)| m)
        .to_string();
    let mut p = Diagnostic::at(path, message).or_at(Some(super::Location {
        line: inner.line(),
        column: inner.column(),
    }));
    explain(&mut p, text, Format::Json);
    p
}

/// Any JSON value whose objects each name a key at most once.
struct UniqueKeys;

impl<'de> serde::Deserialize<'de> for UniqueKeys {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(UniqueKeys)
    }
}

impl<'de> serde::de::Visitor<'de> for UniqueKeys {
    type Value = UniqueKeys;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self, A::Error> {
        let mut seen = std::collections::HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if !seen.insert(key.clone()) {
                return Err(serde::de::Error::custom(format_args!(
                    "duplicate key `{key}`"
                )));
            }
            map.next_value::<UniqueKeys>()?;
        }
        Ok(UniqueKeys)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self, A::Error> {
        while seq.next_element::<UniqueKeys>()?.is_some() {}
        Ok(UniqueKeys)
    }

    fn visit_bool<E>(self, _: bool) -> Result<Self, E> {
        Ok(UniqueKeys)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Self, E> {
        Ok(UniqueKeys)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Self, E> {
        Ok(UniqueKeys)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Self, E> {
        Ok(UniqueKeys)
    }
    fn visit_str<E>(self, _: &str) -> Result<Self, E> {
        Ok(UniqueKeys)
    }
    fn visit_unit<E>(self) -> Result<Self, E> {
        Ok(UniqueKeys)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = include_str!("../../tests/fixtures/complete.toml");

    fn toml_problem(src: &str) -> Diagnostic {
        match parse(src, Format::Toml) {
            Ok(_) => panic!("parsed"),
            Err(p) => p,
        }
    }

    #[test]
    fn parses_a_minimal_model() {
        let l = parse(MINIMAL, Format::Toml).unwrap();
        assert_eq!(l.notice.controllers[0].country, "FI");
        assert_eq!(l.notice.purposes.len(), 1);
    }

    #[test]
    fn a_field_v2_renamed_says_its_new_name() {
        let src = MINIMAL.replace("[contact]", "[representative]\nname = \"X\"\n\n[contact]");
        let p = toml_problem(&src);
        assert_eq!(
            p.message,
            "`representative` is called `eu-representative` since model v2"
        );
        assert!(
            p.help
                .unwrap()
                .starts_with("rename `representative` to `eu-representative`")
        );
        assert_eq!(p.path.unwrap().to_string(), "representative");
    }

    #[test]
    fn an_unknown_field_gets_its_path_line_and_nearest_name() {
        let src = MINIMAL.replace("postal-code", "postcode");
        let p = toml_problem(&src);
        assert_eq!(p.path.unwrap().to_string(), "controllers[0].postcode");
        assert_eq!(p.message, "unknown field `postcode`");
        assert_eq!(p.help.as_deref(), Some("did you mean `postal-code`?"));
        assert_eq!(p.location.unwrap().line, 15);
    }

    #[test]
    fn an_unknown_basis_suggests_the_right_one() {
        let src = MINIMAL.replace("\"contract\"", "\"contrakt\"");
        let p = toml_problem(&src);
        assert_eq!(p.path.unwrap().to_string(), "purposes[0].basis");
        assert_eq!(p.help.as_deref(), Some("did you mean `contract`?"));
        assert_eq!(p.location.unwrap().line, 24);
    }

    #[test]
    fn what_an_office_writes_is_answered_with_the_line_fixed() {
        let date = toml_problem(&MINIMAL.replace("updated = 2026-11-01", "updated = 5.12.2026"));
        assert_eq!(
            date.message,
            "the date 5.12.2026 is written as dates are in Finnish; a model writes dates year first"
        );
        assert_eq!(date.help.as_deref(), Some("write updated = 2026-12-05"));
        let number = toml_problem(&MINIMAL.replace("\"96500\"", "96500"));
        assert_eq!(
            number.help.as_deref(),
            Some("put it in quotation marks: postal-code = \"96500\"")
        );
        assert_eq!(
            number.path.unwrap().to_string(),
            "controllers[0].postal-code"
        );
        let quotes = toml_problem(&MINIMAL.replace(
            "name = \"Webkoti\"\nbusiness-id",
            "name = \"Kahvila \"Kuppila\" Oy\"\nbusiness-id",
        ));
        assert_eq!(
            quotes.message,
            "a quotation mark inside a text ends the text"
        );
        assert!(
            quotes
                .help
                .as_deref()
                .unwrap()
                .ends_with(": name = 'Kahvila \"Kuppila\" Oy'"),
            "{quotes:?}"
        );
    }

    #[test]
    fn a_top_level_field_after_a_table_is_told_where_it_goes() {
        let p = toml_problem(&format!("{MINIMAL}\nconsent-withdrawal = \"by-email\"\n"));
        assert_eq!(
            p.message,
            "`consent-withdrawal` belongs at the top of the file, but here it is read as a field of [recipients]"
        );
        assert!(
            p.help
                .unwrap()
                .starts_with("move the line above the first [table] header")
        );
    }

    #[test]
    fn malformed_toml_gets_line_and_column() {
        let src = MINIMAL.replace("city = \"Rovaniemi\"", "city = Rovaniemi");
        let p = toml_problem(&src);
        let loc = p.location.unwrap();
        assert_eq!((loc.line, loc.column), (16, 8));
    }

    #[test]
    fn json_is_as_strict_as_toml() {
        let json = r#"{"document": {"updated": "2023-05-01"}, "controllers": [],
            "contact": {"name": "x", "email": "y"}, "purposes": []}"#;
        assert!(parse(json, Format::Json).is_ok());
        let trailing = format!("{json}\n{{\"x\": 1}}");
        let p = parse(&trailing, Format::Json).err().unwrap();
        assert_eq!(p.message, "something follows the end of the model");
        assert_eq!(p.location.unwrap().line, 3);
        let twice = json.replace(r#""name": "x""#, r#""name": "x", "name": "z""#);
        let p = parse(&twice, Format::Json).err().unwrap();
        assert_eq!(p.message, "the key `name` is given twice");
        assert_eq!(p.path.unwrap().to_string(), "contact");
        assert_eq!(p.location.unwrap().line, 2);
    }

    #[test]
    fn a_byte_order_mark_is_skipped_in_both_formats() {
        let json = "\u{feff}{\"document\": {\"updated\": \"2023-05-01\"}, \"controllers\": [],\n\
                    \"contact\": {\"name\": \"x\", \"email\": \"y\"}, \"purposes\": []}";
        let l = parse(json, Format::Json).unwrap();
        assert_eq!(l.text, json, "the text is kept as read");
        let toml = format!("\u{feff}{MINIMAL}");
        assert!(parse(&toml, Format::Toml).is_ok());
        let bad = toml.replace("postal-code", "postcode");
        assert_eq!(toml_problem(&bad).location.unwrap().line, 15);
    }

    #[test]
    fn json_models_are_accepted_and_located() {
        let json = r#"{"document": {"updated": "2023-05-01"}, "controllers": [],
            "contact": {"name": "x", "email": "y"}, "purposes": [], "colour": 1}"#;
        let p = parse(json, Format::Json).err().unwrap();
        assert_eq!(p.message, "unknown field `colour`");
        assert_eq!(p.location.unwrap().line, 2);
    }
}

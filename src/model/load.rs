//! Reading a model file into a [`Notice`], with located, explained errors.

use std::path::Path;

use super::Notice;
use super::path::FieldPath;
use super::source_map::SourceMap;
use crate::diagnostic::{Diagnostic, nearest};

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
    pub notice: Notice,
    /// Positions of its fields.
    pub map: SourceMap,
    /// The file's text, exactly as read (it is attached to the PDF as is).
    pub text: String,
    /// The syntax it was written in.
    pub format: Format,
}

/// Parses a model from text.
pub fn parse(text: &str, format: Format) -> Result<Loaded, Diagnostic> {
    let (notice, map) = match format {
        Format::Toml => {
            let map = SourceMap::toml(text);
            (parse_toml(text, &map)?, map)
        }
        Format::Json => (parse_json(text)?, SourceMap::plain(text)),
    };
    Ok(Loaded {
        notice,
        map,
        text: text.to_string(),
        format,
    })
}

fn parse_toml(text: &str, map: &SourceMap) -> Result<Notice, Diagnostic> {
    let syntax = |e: toml::de::Error| {
        let mut p = Diagnostic::message(e.message().trim_end())
            .or_at(e.span().map(|s| map.location_of_offset(s.start)));
        explain(&mut p);
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
        explain(&mut p);
        p
    })
}

fn parse_json(text: &str) -> Result<Notice, Diagnostic> {
    let mut de = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = FieldPath::from_serde(e.path());
        let inner = e.into_inner();
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
        explain(&mut p);
        p
    })
}

/// Adds a suggestion to serde's "unknown field/variant `x`, expected one of …".
fn explain(p: &mut Diagnostic) {
    let msg = p.message.clone();
    for (what, noun) in [("unknown field `", "field"), ("unknown variant `", "value")] {
        let Some(rest) = msg.find(what).map(|i| &msg[i + what.len()..]) else {
            continue;
        };
        let Some((word, expected)) = rest.split_once('`') else {
            continue;
        };
        let candidates: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        p.help = Some(match nearest(word, candidates.iter().copied()) {
            Some(best) => format!("did you mean `{best}`?"),
            None if candidates.is_empty() => format!("remove the {noun} `{word}`"),
            None => format!("valid names here: {}", candidates.join(", ")),
        });
        // Keep the first line; the candidates are in the help now.
        p.message = format!("unknown {noun} `{word}`");
        return;
    }
    if msg.contains("missing field `") {
        p.help = Some("add the field; see docs/model.md for what it holds".to_string());
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
    fn malformed_toml_gets_line_and_column() {
        let src = MINIMAL.replace("city = \"Rovaniemi\"", "city = Rovaniemi");
        let p = toml_problem(&src);
        let loc = p.location.unwrap();
        assert_eq!((loc.line, loc.column), (16, 8));
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

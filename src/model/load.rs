//! Reading a model file into a [`Model`], with located, explained errors.

use std::path::Path;

use super::Model;
use super::counts::{self, Limit, MAX_DEPTH, MAX_ITEMS};
use super::source_map::SourceMap;
use crate::diagnostic::{Diagnostic, Said, nearest};
use crate::diagnostic::{FieldPath, Segment};

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

/// The problem of a file that crosses a limit of its shape, where it does.
fn over_limit(text: &str, over: &counts::OverLimit) -> Diagnostic {
    let message = match over.what {
        Limit::Items => format!(
            "the model holds more than {MAX_ITEMS} keys and values; a notice model has a few \
             hundred"
        ),
        Limit::Depth => format!(
            "the model nests tables, arrays and the parts of dotted keys more than {MAX_DEPTH} \
             levels deep; a notice model nests five or six"
        ),
    };
    Diagnostic::message(message)
        .or_at(Some(SourceMap::location_in(text, over.offset)))
        .help(format!(
            "a model file holds at most {MAX_ITEMS} keys and values, nested at most {MAX_DEPTH} \
             levels (docs/model.md, Limits): this file is not a notice model, or a program wrote \
             it wrongly"
        ))
}

fn parse_toml(text: &str, map: &SourceMap) -> Result<Model, Diagnostic> {
    let syntax = |e: toml::de::Error| {
        let mut p = Diagnostic::message(e.message().trim_end())
            .or_at(e.span().map(|s| map.location_of_offset(s.start)));
        explain(&mut p);
        explain_line(&mut p, text);
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
        explain_line(&mut p, text);
        p
    })
}

/// What people from an office write that TOML does not take, said with the
/// line written as it should be: a date the Finnish way (`5.12.2026`), a
/// number where text goes (`postal-code = 33100`), quotation marks inside
/// a text (`"Kahvila "Kuppila" Oy"`).
fn explain_line(p: &mut Diagnostic, text: &str) {
    let Some(line) = p
        .location
        .and_then(|l| text.lines().nth(l.line.checked_sub(1)?))
    else {
        return;
    };
    let Some((key, value)) = line.split_once('=') else {
        return;
    };
    let (key, value) = (key.trim(), value.trim());
    let said = |m: Said, h: Said| Diagnostic::said(None, m, Some(h));
    let found = if let Some(iso) = finnish_date(value) {
        said(
            Said::new("toml-date-written-finnish").arg("value", value),
            Said::new("toml-date-written-finnish-help").arg("line", format!("{key} = {iso}")),
        )
    } else if p.message.starts_with("invalid type: integer")
        && p.message.contains("expected a string")
        && value.chars().all(|c| c.is_ascii_digit())
    {
        said(
            Said::new("toml-number-as-text").arg("value", value),
            Said::new("toml-number-as-text-help").arg("line", format!("{key} = \"{value}\"")),
        )
    } else if let Some(inner) = quoted_with_quotes(value) {
        let fixed = if inner.contains('\'') {
            format!("{key} = \"{}\"", inner.replace('"', "\\\""))
        } else {
            format!("{key} = '{inner}'")
        };
        said(
            Said::new("toml-quote-in-text"),
            Said::new("toml-quote-in-text-help").arg("line", fixed),
        )
    } else {
        return;
    };
    p.message = found.message;
    p.help = found.help;
    p.said = found.said;
}

/// `5.12.2026` as `2026-12-05`, if `value` is a date written so.
fn finnish_date(value: &str) -> Option<String> {
    let mut parts = value.split('.');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.chars().all(|c| c.is_ascii_digit())
    };
    if parts.next().is_some() || !digits(d, 1..=2) || !digits(m, 1..=2) || !digits(y, 4..=4) {
        return None;
    }
    let (d, m): (u32, u32) = (d.parse().ok()?, m.parse().ok()?);
    ((1..=31).contains(&d) && (1..=12).contains(&m)).then(|| format!("{y}-{m:02}-{d:02}"))
}

/// The text between the outer quotation marks of `value`, if it has more
/// of them inside than TOML allows.
fn quoted_with_quotes(value: &str) -> Option<&str> {
    let inner = value.strip_prefix('"')?.strip_suffix('"')?;
    (inner.contains('"') && !inner.contains("\\\"")).then_some(inner)
}

/// Parses a JSON model as strictly as TOML is parsed: nothing may follow
/// the model, and no object may name a key twice (serde_json would keep the
/// last value silently, e.g. the second `fi` of an own text).
fn parse_json(text: &str) -> Result<Model, Diagnostic> {
    let mut de = serde_json::Deserializer::from_str(text);
    let located = |e: serde_path_to_error::Error<serde_json::Error>| {
        json_problem(FieldPath::from_serde(e.path()), e.into_inner())
    };
    serde_path_to_error::deserialize::<_, UniqueKeys>(&mut de).map_err(located)?;
    de.end().map_err(|e| json_problem(FieldPath::root(), e))?;
    let mut de = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut de).map_err(located)
}

/// A JSON problem with its field path, line and column.
fn json_problem(path: FieldPath, inner: serde_json::Error) -> Diagnostic {
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
    if p.message.starts_with("duplicate ") {
        p.help = Some("a key is named once in each object: keep one".to_string());
    } else if p.message == "trailing characters" {
        p.help = Some("the model ends at its closing `}`: remove what follows it".to_string());
    }
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

/// A field that an older model wrote under another name: loading names
/// the new one instead of calling the old one unknown.
struct Renamed {
    old: &'static str,
    new: &'static str,
    why: &'static str,
}

/// The fields that were renamed, each told by its new name where the old one stood
/// (the new name must be a field of the same table, so that a model's own
/// `representative` elsewhere is not misread).
const RENAMED: &[Renamed] = &[Renamed {
    old: "representative",
    new: "eu-representative",
    why: "it is the representative in the Union of a controller established outside the \
          EU/EEA (Art. 27); the contact person for data protection matters is [contact]",
}];

/// A field a table does not take because it would not be printed there,
/// though a table like it takes it: told with where it belongs.
struct NotHere {
    /// The table's key, and the table as a reader finds it in the model.
    table: &'static str,
    shown: &'static str,
    field: &'static str,
    help: &'static str,
}

const NOT_HERE: &[NotHere] = &[
    NotHere {
        table: "post-to",
        shown: "[requests.post-to]",
        field: "email",
        help: "[requests.post-to] is where letters are posted: a name and a postal address, \
               printed as one line. Requests by email go to the email of [contact], which the \
               `by-email` procedure prints: remove `email` here, or give it in [contact]",
    },
    NotHere {
        table: "post-to",
        shown: "[requests.post-to]",
        field: "phone",
        help: "[requests.post-to] is where letters are posted: a name and a postal address, \
               printed as one line. The telephone number for data protection matters is the \
               phone of [contact]: remove `phone` here, or give it in [contact]",
    },
];

/// The fields of the top of a model file, from its schema.
static TOP_LEVEL: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    super::schema::schema()["properties"]
        .as_object()
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default()
});

/// A field of the top of the file written after a `[table]` header, which
/// TOML then reads as the table's: said so, with where the line goes.
fn top_level_field_in_a_table(p: &mut Diagnostic) -> bool {
    let Some(path) = &p.path else {
        return false;
    };
    let [table @ .., Segment::Key(field)] = path.segments() else {
        return false;
    };
    if table.is_empty()
        || !p.message.starts_with(&format!("unknown field `{field}`"))
        || !TOP_LEVEL.iter().any(|f| f == field)
    {
        return false;
    }
    let table = path.to_string();
    let table = table
        .strip_suffix(&format!(".{field}"))
        .unwrap_or(&table)
        .to_string();
    let said = Diagnostic::said(
        None,
        Said::new("top-level-field-in-table")
            .arg("field", field.clone())
            .arg("table", table),
        Some(Said::new("top-level-field-in-table-help").arg("field", field.clone())),
    );
    p.message = said.message;
    p.help = said.help;
    p.said = said.said;
    true
}

/// Adds a suggestion to serde's "unknown field/variant `x`, expected one of …".
fn explain(p: &mut Diagnostic) {
    if top_level_field_in_a_table(p) {
        return;
    }
    let msg = p.message.clone();
    if let Some(path) = &p.path
        && let [.., Segment::Key(table), Segment::Key(field)] = path.segments()
        && msg.starts_with(&format!("unknown field `{field}`"))
        && let Some(n) = NOT_HERE
            .iter()
            .find(|n| n.table == table && n.field == field)
    {
        p.message = format!(
            "`{field}` is not printed in {}, so it is not taken there",
            n.shown
        );
        p.help = Some(n.help.to_string());
        return;
    }
    for (what, noun) in [("unknown field `", "field"), ("unknown variant `", "value")] {
        let Some(rest) = msg.find(what).map(|i| &msg[i + what.len()..]) else {
            continue;
        };
        let Some((word, expected)) = rest.split_once('`') else {
            continue;
        };
        let candidates: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        if let Some(r) = RENAMED
            .iter()
            .find(|r| r.old == word && candidates.contains(&r.new))
        {
            p.message = format!("`{}` is called `{}` since model v2", r.old, r.new);
            p.help = Some(format!("rename `{}` to `{}`: {}", r.old, r.new, r.why));
            return;
        }
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
        assert_eq!(finnish_date("31.1.2026").as_deref(), Some("2026-01-31"));
        assert_eq!(finnish_date("1.13.2026"), None);
        assert_eq!(finnish_date("2026-01-31"), None);
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
        assert_eq!(p.message, "trailing characters");
        assert_eq!(p.location.unwrap().line, 3);
        let twice = json.replace(r#""name": "x""#, r#""name": "x", "name": "z""#);
        let p = parse(&twice, Format::Json).err().unwrap();
        assert_eq!(p.message, "duplicate key `name`");
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

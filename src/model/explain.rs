//! What the parsers say about a model that cannot be read, said again as a
//! person from an office can act on it, in the diagnostics catalogue's
//! words (and so in fi, sv and en).
//!
//! toml, serde_json and serde speak in English phrases of their own
//! ("unknown field `x`, expected one of …", "invalid type: integer `5`,
//! expected a string"); the shapes seloste knows become catalogue messages
//! with the parts as arguments, the rest is shown as the parser wrote it
//! inside a catalogue frame. The model's own deserializers send catalogue
//! messages through serde encoded ([`Said::encode`]).

use super::load::Format;
use crate::diagnostic::{Diagnostic, Said, Segment, nearest};

/// Says `p` (the parser's message, at its place) as seloste explains it.
pub(super) fn explain(p: &mut Diagnostic, text: &str, format: Format) {
    if explain_line(p, text) || top_level_field_in_a_table(p) {
        return;
    }
    let msg = p.message.clone();
    if let Some(said) = Said::decode(&msg) {
        let help = said.help();
        p.say(said, help);
        return;
    }
    if not_here(p, &msg) || unknown(p, &msg) {
        return;
    }
    if let Some(field) = between(&msg, "missing field `", "`") {
        let field = field.to_string();
        p.say(
            Said::new("missing-field").arg("field", field),
            Some(Said::new("missing-field-help")),
        );
    } else if let Some(key) = between(&msg, "duplicate key `", "`") {
        let key = key.to_string();
        p.say(
            Said::new("duplicate-key").arg("key", key),
            Some(Said::new("duplicate-key-help")),
        );
    } else if msg == "trailing characters" {
        p.say(
            Said::new("json-trailing"),
            Some(Said::new("json-trailing-help")),
        );
    } else if let Some((found, expected)) = ["invalid type: ", "invalid value: "]
        .iter()
        .find_map(|start| msg.strip_prefix(start)?.split_once(", expected "))
    {
        let (found, expected) = (found_kind(found), expected_kind(expected));
        p.say(
            Said::new("invalid-type")
                .said("found", found)
                .said("expected", expected),
            Some(Said::new("invalid-type-help")),
        );
    } else {
        let help = match format {
            Format::Toml => Said::new("toml-syntax-help"),
            Format::Json => Said::new("json-syntax-help"),
        };
        p.say(Said::new("not-read").arg("detail", msg), Some(help));
    }
}

/// The text between `start` and the next `end` in `s`.
fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let rest = &s[s.find(start)? + start.len()..];
    rest.split_once(end).map(|(x, _)| x)
}

/// What serde found, as its `Unexpected` writes it ("integer `5`").
fn found_kind(found: &str) -> Said {
    let quoted = |prefix: &str, q: char| {
        found
            .strip_prefix(prefix)?
            .strip_prefix(q)?
            .strip_suffix(q)
            .map(str::to_string)
    };
    if let Some(n) = quoted("integer ", '`').or_else(|| quoted("floating point ", '`')) {
        Said::new("found-number").arg("value", n)
    } else if let Some(s) = quoted("string ", '"') {
        Said::new("found-text").arg("value", s)
    } else if let Some(b) = quoted("boolean ", '`') {
        Said::new("found-truth").arg("value", b)
    } else {
        match found {
            "sequence" => Said::new("found-list"),
            "map" => Said::new("found-table"),
            other => Said::new("as-written").arg("text", other),
        }
    }
}

/// What serde expected, as a type's `expecting` writes it ("a string").
fn expected_kind(expected: &str) -> Said {
    let id = match expected {
        "a string" => "expected-text",
        "a sequence" => "expected-list",
        "a boolean" => "expected-truth",
        "a date such as 2023-05-01" => "expected-date",
        "u8" | "u16" | "u32" | "u64" | "usize" | "i32" | "i64" | "an integer" => {
            "expected-whole-number"
        }
        "f32" | "f64" | "a number" => "expected-number",
        e if e.starts_with("struct ") || e == "a map" => "expected-table",
        e if e.starts_with("a catalogue key (\"billing\")") => "expected-text-or-clause",
        e if e.starts_with("a catalogue key (\"ytj\")") => "expected-source",
        other => return Said::new("as-written").arg("text", other),
    };
    Said::new(id)
}

/// serde's "unknown field/variant `x`, expected one of …", said with the
/// nearest name, the valid names, or the new name of a renamed field.
fn unknown(p: &mut Diagnostic, msg: &str) -> bool {
    for (what, kind) in [("unknown field `", "field"), ("unknown variant `", "value")] {
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
            p.say(
                Said::new("renamed-field")
                    .arg("old", r.old)
                    .arg("new", r.new),
                Some(Said::new(r.why)),
            );
            return true;
        }
        let help = match nearest(word, candidates.iter().copied()) {
            Some(best) => Said::new("did-you-mean").arg("name", best),
            None if candidates.is_empty() => Said::new(match kind {
                "field" => "remove-field",
                _ => "remove-value",
            })
            .arg("name", word),
            None => Said::new("valid-names").arg("names", candidates.join(", ")),
        };
        let message = match kind {
            "field" => "unknown-field",
            _ => "unknown-value",
        };
        p.say(Said::new(message).arg("name", word), Some(help));
        return true;
    }
    false
}

/// A field that an older model wrote under another name: loading names
/// the new one instead of calling the old one unknown.
struct Renamed {
    old: &'static str,
    new: &'static str,
    /// The catalogue's message saying why it was renamed.
    why: &'static str,
}

/// The fields that were renamed, each told by its new name where the old one stood
/// (the new name must be a field of the same table, so that a model's own
/// `representative` elsewhere is not misread).
const RENAMED: &[Renamed] = &[Renamed {
    old: "representative",
    new: "eu-representative",
    why: "renamed-representative-help",
}];

/// A field a table does not take because it would not be printed there,
/// though a table like it takes it: told with where it belongs.
struct NotHere {
    /// The table's key, and the table as a reader finds it in the model.
    table: &'static str,
    shown: &'static str,
    field: &'static str,
    /// The catalogue's message saying where it belongs.
    help: &'static str,
}

const NOT_HERE: &[NotHere] = &[
    NotHere {
        table: "post-to",
        shown: "[requests.post-to]",
        field: "email",
        help: "not-here-post-to-email-help",
    },
    NotHere {
        table: "post-to",
        shown: "[requests.post-to]",
        field: "phone",
        help: "not-here-post-to-phone-help",
    },
];

/// A field of [`NOT_HERE`], said with where it belongs.
fn not_here(p: &mut Diagnostic, msg: &str) -> bool {
    let Some(path) = &p.path else {
        return false;
    };
    let [.., Segment::Key(table), Segment::Key(field)] = path.segments() else {
        return false;
    };
    let Some(n) = NOT_HERE
        .iter()
        .find(|n| n.table == table && n.field == field)
    else {
        return false;
    };
    if !msg.starts_with(&format!("unknown field `{field}`")) {
        return false;
    }
    p.say(
        Said::new("not-here")
            .arg("field", n.field)
            .arg("table", n.shown),
        Some(Said::new(n.help)),
    );
    true
}

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
    let field = field.clone();
    let table = path.to_string();
    let table = table
        .strip_suffix(&format!(".{field}"))
        .unwrap_or(&table)
        .to_string();
    p.say(
        Said::new("top-level-field-in-table")
            .arg("field", field.clone())
            .arg("table", table),
        Some(Said::new("top-level-field-in-table-help").arg("field", field)),
    );
    true
}

/// What people from an office write that TOML does not take, said with the
/// line written as it should be: a date the Finnish way (`5.12.2026`), a
/// number where text goes (`postal-code = 33100`), quotation marks inside
/// a text (`"Kahvila "Kuppila" Oy"`).
fn explain_line(p: &mut Diagnostic, text: &str) -> bool {
    let Some(line) = p
        .location
        .and_then(|l| text.lines().nth(l.line.checked_sub(1)?))
    else {
        return false;
    };
    let Some((key, value)) = line.split_once('=') else {
        return false;
    };
    let (key, value) = (key.trim(), value.trim());
    let (message, help) = if let Some(iso) = finnish_date(value) {
        (
            Said::new("toml-date-written-finnish").arg("value", value),
            Said::new("toml-date-written-finnish-help").arg("line", format!("{key} = {iso}")),
        )
    } else if p.message.starts_with("invalid type: integer")
        && p.message.contains("expected a string")
        && value.chars().all(|c| c.is_ascii_digit())
    {
        (
            Said::new("toml-number-as-text").arg("value", value),
            Said::new("toml-number-as-text-help").arg("line", format!("{key} = \"{value}\"")),
        )
    } else if let Some(inner) = quoted_with_quotes(value) {
        let fixed = if inner.contains('\'') {
            format!("{key} = \"{}\"", inner.replace('"', "\\\""))
        } else {
            format!("{key} = '{inner}'")
        };
        (
            Said::new("toml-quote-in-text"),
            Said::new("toml-quote-in-text-help").arg("line", fixed),
        )
    } else {
        return false;
    };
    p.say(message, Some(help));
    true
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    fn said(msg: &str) -> Diagnostic {
        let mut p = Diagnostic::message(msg);
        explain(&mut p, "", Format::Toml);
        p
    }

    #[test]
    fn a_wrong_type_names_what_was_written_and_what_the_field_takes() {
        let mut p = said("invalid type: integer `33100`, expected a string");
        assert_eq!(
            p.message,
            "the number 33100 is written here, but this field takes text in quotation marks"
        );
        p.in_lang(Lang::Fi);
        assert!(p.message.contains("33100"), "{}", p.message);
        assert!(!p.message.contains("written here"), "{}", p.message);
        let p = said("invalid type: sequence, expected a boolean");
        assert_eq!(
            p.message,
            "a list is written here, but this field takes true or false"
        );
    }

    #[test]
    fn a_message_the_parser_wrote_is_kept_inside_the_frame() {
        let mut p = said("invalid string\nexpected `\"`, `'`");
        assert!(p.message.contains("invalid string"), "{}", p.message);
        p.in_lang(Lang::Sv);
        assert!(p.message.contains("invalid string"), "{}", p.message);
        assert!(p.help.unwrap().contains("key = value"));
    }

    #[test]
    fn an_encoded_message_of_a_deserializer_is_said_in_the_language_asked() {
        let encoded = Said::new("not-a-date").arg("value", "2026-13-01").encode();
        let mut p = said(&format!("{encoded} at line 3 column 5"));
        assert_eq!(p.message, "'2026-13-01' is not a date");
        p.in_lang(Lang::Fi);
        assert!(p.message.starts_with("'2026-13-01'"), "{}", p.message);
        assert!(!p.message.contains("line 3"), "{}", p.message);
    }

    #[test]
    fn finnish_dates_are_recognised_only_when_they_are_dates() {
        assert_eq!(finnish_date("5.12.2026").as_deref(), Some("2026-12-05"));
        assert_eq!(finnish_date("31.1.2027").as_deref(), Some("2027-01-31"));
        for not in [
            "5.12",
            "1.5",
            "32.1.2026",
            "5.13.2026",
            "a.b.cdef",
            "5.12.26",
        ] {
            assert_eq!(finnish_date(not), None, "{not}");
        }
    }
}

//! What the strings of a model may hold, judged before anything is
//! typeset: characters the fonts can print, and sizes a notice can have.
//!
//! Without these checks such a model passes `seloste check` and fails late:
//! an emoji or a control character fails the PDF export with no field or
//! line; a 10 MB own text takes gigabytes and minutes to typeset; a footer
//! listing hundreds of controllers runs off the page. Every string of the
//! file is looked at where its author wrote it (`to_json`), so each
//! problem is at its own field and line.

use std::collections::HashSet;

use serde_json::Value;

use super::{Diagnostic, Loaded, Text};
use crate::diagnostic::{FieldPath, Said};
use crate::lang::Lang;

/// The longest one-line value (a name, an address, a telephone number, a
/// value given to a clause), in characters.
pub const MAX_LINE_CHARS: usize = 300;

/// The longest own text, in characters, in each language: about three
/// pages.
pub const MAX_TEXT_CHARS: usize = 10_000;

/// The most text a model may hold in one language, in characters: about
/// fifteen pages, besides the catalogue's clauses.
pub const MAX_CHARS_PER_LANG: usize = 50_000;

/// The most controllers: the footer of every page lists them all.
pub const MAX_CONTROLLERS: usize = 20;

/// The most items in any one list (purposes, data, processors, …).
pub const MAX_LIST_ITEMS: usize = 100;

/// The most texts (catalogue keys and own texts) in a model.
pub const MAX_TEXTS: usize = 300;

/// Fields whose strings are not printed: paths of files, and a name
/// validated as a PDF field name.
const NOT_PRINTED: [&[&str]; 3] = [
    &["document", "logo", "path"],
    &["wording"],
    &["signature", "field-name"],
];

/// What a string of the model is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A value on one line: a name, an address, a variable of a clause.
    Line,
    /// Own text in a language: may hold line breaks and tabs.
    Own(Lang),
}

/// Every problem of size and characters in `loaded`; `printable` says which
/// characters the fonts have.
pub fn validate_limits(
    loaded: &Loaded,
    raw: Option<&serde_json::Value>,
    printable: &dyn Fn(char) -> bool,
) -> Vec<Diagnostic> {
    let notice = &loaded.notice;
    let mut problems = Vec::new();
    let root = FieldPath::root;
    if notice.controllers.len() > MAX_CONTROLLERS {
        problems.push(
            Diagnostic::said_at(
                root().key("controllers").index(MAX_CONTROLLERS),
                Said::new("too-many-controllers")
                    .arg("count", notice.controllers.len().to_string())
                    .arg("max", MAX_CONTROLLERS.to_string()),
            )
            .help_said(Said::new("too-many-controllers-help")),
        );
    }
    let texts = notice.texts();
    if let Some(t) = texts.get(MAX_TEXTS) {
        problems.push(
            Diagnostic::said_at(
                t.path.clone(),
                Said::new("too-many-texts")
                    .arg("count", texts.len().to_string())
                    .arg("max", MAX_TEXTS.to_string()),
            )
            .help_said(Said::new("too-many-texts-help")),
        );
    }
    // What each string of the file is, by where it stands.
    let mut keys = HashSet::new();
    let mut own = HashSet::new();
    for t in &texts {
        match t.text {
            Text::Key(_) => {
                keys.insert(t.path.clone());
                keys.insert(t.path.key("key"));
            }
            Text::Own(_) => {
                for lang in Lang::ALL {
                    own.insert((t.path.key(lang.code()), lang));
                }
            }
            // A name is a one-line value, counted in every language.
            Text::Same { .. } => {}
        }
    }
    let Some(raw) = raw else {
        return problems;
    };
    let mut strings = Vec::new();
    walk(raw, FieldPath::root(), &mut strings, &mut problems);
    let mut totals = [0usize; 3];
    let mut longest: [Option<(usize, FieldPath)>; 3] = [None, None, None];
    for (path, s) in strings {
        if keys.contains(&path) || NOT_PRINTED.iter().any(|p| is_at(&path, p)) {
            continue;
        }
        let kind = Lang::ALL
            .into_iter()
            .find(|&l| own.contains(&(path.clone(), l)))
            .map_or(Kind::Line, Kind::Own);
        let len = s.chars().count();
        for (i, lang) in Lang::ALL.into_iter().enumerate() {
            if kind == Kind::Line || kind == Kind::Own(lang) {
                totals[i] += len;
            }
            if kind == Kind::Own(lang) && longest[i].as_ref().is_none_or(|(n, _)| len > *n) {
                longest[i] = Some((len, path.clone()));
            }
        }
        if let Some(d) = check_length(&path, len, kind) {
            problems.push(d);
        }
        if let Some(d) = check_chars(&path, s, kind, printable) {
            problems.push(d);
        }
    }
    for (i, lang) in Lang::ALL.into_iter().enumerate() {
        if totals[i] > MAX_CHARS_PER_LANG {
            let at = longest[i]
                .take()
                .map_or_else(FieldPath::root, |(_, path)| path);
            problems.push(
                Diagnostic::said_at(
                    at,
                    Said::new("too-much-text")
                        .arg("lang", lang.code())
                        .arg("count", totals[i].to_string())
                        .arg("max", MAX_CHARS_PER_LANG.to_string()),
                )
                .help_said(Said::new("too-much-text-help")),
            );
        }
    }
    problems
}

/// Whether `path` is the field `at` (keys only).
fn is_at(path: &FieldPath, at: &[&str]) -> bool {
    let segs = path.segments();
    segs.len() == at.len()
        && segs
            .iter()
            .zip(at)
            .all(|(s, k)| matches!(s, super::Segment::Key(key) if key == k))
}

/// Every string of the file with its path; a list longer than
/// [`MAX_LIST_ITEMS`] is a problem of its own (the controllers have a
/// smaller limit, checked above).
fn walk<'v>(
    v: &'v Value,
    at: FieldPath,
    out: &mut Vec<(FieldPath, &'v str)>,
    problems: &mut Vec<Diagnostic>,
) {
    match v {
        Value::String(s) => out.push((at, s)),
        Value::Array(items) => {
            if items.len() > MAX_LIST_ITEMS {
                problems.push(
                    Diagnostic::said_at(
                        at.index(MAX_LIST_ITEMS),
                        Said::new("too-many-items")
                            .arg("count", items.len().to_string())
                            .arg("max", MAX_LIST_ITEMS.to_string()),
                    )
                    .help_said(Said::new("too-many-items-help")),
                );
            }
            for (i, item) in items.iter().enumerate() {
                walk(item, at.index(i), out, problems);
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                walk(item, at.key(k), out, problems);
            }
        }
        _ => {}
    }
}

fn check_length(path: &FieldPath, len: usize, kind: Kind) -> Option<Diagnostic> {
    let (limit, what) = match kind {
        Kind::Line => (MAX_LINE_CHARS, "value-too-long"),
        Kind::Own(_) => (MAX_TEXT_CHARS, "own-text-too-long"),
    };
    (len > limit).then(|| {
        let said = Said::new(what)
            .arg("count", len.to_string())
            .arg("max", limit.to_string());
        let help = said.help();
        Diagnostic::said(Some(path.clone()), said, help)
    })
}

/// The first character of `s` that cannot be printed in a `kind` field,
/// as a diagnostic that says which, where and what to do.
fn check_chars(
    path: &FieldPath,
    s: &str,
    kind: Kind,
    printable: &dyn Fn(char) -> bool,
) -> Option<Diagnostic> {
    let mut bad = s
        .chars()
        .enumerate()
        .filter_map(|(i, c)| refusal(c, kind, printable).map(|why| (i, c, why)));
    let (at, c, (why, help)) = bad.next()?;
    let more = bad.count();
    Some(Diagnostic::said(
        Some(path.clone()),
        Said::new("refused-char")
            .arg("char", describe(c))
            .arg("at", (at + 1).to_string())
            .said("why", why)
            .count("more", more),
        Some(help),
    ))
}

/// A character as a message names it: `'é' (U+00E9)`, or only its code
/// point when it is invisible.
pub fn describe(c: char) -> String {
    let code = format!("U+{:04X}", u32::from(c));
    let invisible = c.is_control()
        || c.is_whitespace()
        || is_format(c)
        || is_private_use(c)
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
        || matches!(c, '\u{FDD0}'..='\u{FDEF}')
        || u32::from(c) & 0xFFFE == 0xFFFE;
    if invisible {
        code
    } else {
        format!("'{c}' ({code})")
    }
}

/// Why `c` may not stand in a text of several lines (an own text, a
/// message of an organisation's wording), and how to fix it; `None` if it
/// may.
pub(crate) fn refused_in_text(c: char, printable: &dyn Fn(char) -> bool) -> Option<(Said, Said)> {
    refusal(c, Kind::Own(Lang::Fi), printable)
}

/// Why `c` may not stand in a `kind` field, and how to fix it; `None` if
/// it may.
fn refusal(c: char, kind: Kind, printable: &dyn Fn(char) -> bool) -> Option<(Said, Said)> {
    let line = matches!(c, '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}');
    let id = if line {
        match kind {
            Kind::Own(_) if c != '\u{2028}' && c != '\u{2029}' => return None,
            Kind::Own(_) => "char-line-separator",
            Kind::Line => "char-line-break",
        }
    } else if c.is_control() {
        "char-control"
    } else if matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}') {
        "char-bidi"
    } else if c == '\u{FEFF}' {
        "char-bom"
    } else if matches!(c, '\u{FDD0}'..='\u{FDEF}') || u32::from(c) & 0xFFFE == 0xFFFE {
        "char-noncharacter"
    } else if is_private_use(c) {
        "char-private-use"
    } else if printable(c) || c.is_whitespace() || is_format(c) {
        return None;
    } else {
        script(c).unwrap_or("char-not-in-font")
    };
    let why = Said::new(id);
    let help = why
        .help()
        .unwrap_or_else(|| Said::new("char-not-in-font-help"));
    Some((why, help))
}

/// Invisible characters that typst handles without a glyph: joiners,
/// direction marks, the word joiner, variation selectors.
fn is_format(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{2060}'..='\u{2064}'
            | '\u{FE00}'..='\u{FE0F}'
    )
}

fn is_private_use(c: char) -> bool {
    matches!(
        c,
        '\u{E000}'..='\u{F8FF}' | '\u{F0000}'..='\u{FFFFD}' | '\u{100000}'..='\u{10FFFD}'
    )
}

/// A word for the writing system of characters the font lacks, so that
/// the message says more than a code point.
fn script(c: char) -> Option<&'static str> {
    Some(match u32::from(c) {
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFE => {
            "char-arabic"
        }
        0x0E00..=0x0E7F => "char-thai",
        0x0900..=0x0DFF => "char-indic",
        0x3040..=0x30FF => "char-kana",
        0xAC00..=0xD7AF | 0x1100..=0x11FF => "char-korean",
        0x2E80..=0x2FFF
        | 0x3000..=0x303F
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF
        | 0x20000..=0x3FFFF => "char-cjk",
        0x1F000..=0x1FAFF | 0x2600..=0x27BF => "char-emoji",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Format, parse, to_json};

    const MODEL: &str = include_str!("../../tests/fixtures/complete.toml");

    fn latin(c: char) -> bool {
        u32::from(c) < 0x0250 && !c.is_control()
    }

    fn problems(model: &str) -> Vec<Diagnostic> {
        let loaded = parse(model, Format::Toml).expect("the model parses");
        let raw = to_json(&loaded.text, loaded.format);
        validate_limits(&loaded, raw.as_ref(), &latin)
    }

    fn messages(model: &str) -> Vec<String> {
        problems(model)
            .into_iter()
            .map(|d| format!("{}: {}", d.path.unwrap(), d.message))
            .collect()
    }

    #[test]
    fn the_complete_model_is_within_every_limit() {
        assert_eq!(messages(MODEL), Vec::<String>::new());
    }

    #[test]
    fn unprintable_characters_are_named_at_their_field() {
        let m = MODEL
            .replace(
                "name = \"Webkoti\"\nbusiness",
                "name = \"Web\\u202Ekoti\"\nbusiness",
            )
            .replace(
                "subjects = [\"customers\"]",
                "subjects = [{ fi = \"Asiakkaat 😀 ja 😀\\nrivi\\tsarake\" }, { fi = \"中文\" }]",
            )
            .replace("city = \"Rovaniemi\"", "city = \"Rova\\u0000niemi\\nx\"");
        let mut got = messages(&m);
        got.sort();
        assert_eq!(
            got,
            [
                "controllers[0].city: U+0000 at character 5 of the text is a control character \
                 (and 1 more such character)",
                "controllers[0].name: U+202E at character 4 of the text is a bidirectional \
                 formatting character, which can make a text read otherwise than it is written",
                "subjects[0].fi: '😀' (U+1F600) at character 11 of the text is an emoji or \
                 pictograph, which the font seloste prints with does not have (and 1 more such \
                 character)",
                "subjects[1].fi: '中' (U+4E2D) at character 1 of the text is a CJK character, \
                 which the font seloste prints with does not have (and 1 more such character)",
            ],
            "{got:#?}"
        );
    }

    #[test]
    fn keys_paths_and_invisible_marks_are_not_judged_as_print() {
        let m = MODEL.replace(
            "subjects = [\"customers\"]",
            "subjects = [{ fi = \"tieto\\u00ADsuoja\\u200Bx\\uFE0F\\u2060\" }]\n\
             wording = \"sanasto\\u202E\"",
        );
        assert_eq!(messages(&m), Vec::<String>::new());
        for c in ["FEFF", "FFFE", "E000", "007F", "0085", "2028", "0007"] {
            let m = MODEL.replace("\"customers\"", &format!("{{ fi = \"a\\u{c}b\" }}"));
            assert_eq!(problems(&m).len(), 1, "U+{c}");
        }
    }

    #[test]
    fn sizes_beyond_the_limits_are_refused_where_they_are() {
        let long_name = "x".repeat(MAX_LINE_CHARS + 1);
        let m = MODEL.replace(
            "name = \"Webkoti\"\nbusiness",
            &format!("name = \"{long_name}\"\nbusiness"),
        );
        assert_eq!(
            messages(&m),
            [format!(
                "controllers[0].name: the value is {} characters long, more than {MAX_LINE_CHARS}",
                MAX_LINE_CHARS + 1
            )]
        );
        let text = "sana ".repeat(MAX_TEXT_CHARS / 5 + 1);
        let m = MODEL.replace("\"customers\"", &format!("{{ fi = \"{text}\" }}"));
        assert_eq!(
            messages(&m),
            ["subjects[0].fi: the own text is 10005 characters long, more than 10000"]
        );
        let texts: Vec<String> = (0..6)
            .map(|_| format!("{{ fi = \"{}\" }}", "sana ".repeat(1800)))
            .collect();
        let m = MODEL.replace("\"customers\"", &texts.join(", "));
        assert_eq!(
            messages(&m),
            [
                "subjects[0].fi: the model's texts in fi add up to 54093 characters, more than a \
              notice may hold (50000, about fifteen pages); this is the longest"
            ]
        );
        let many = vec!["\"customers\""; MAX_LIST_ITEMS + 1].join(", ");
        let m = MODEL.replace("\"customers\"", &many);
        assert_eq!(
            messages(&m),
            ["subjects[100]: the list has 101 items; a list of the notice has at most 100"]
        );
    }

    #[test]
    fn a_footer_of_too_many_controllers_is_refused() {
        let (head, rest) = MODEL.split_once("[[controllers]]").unwrap();
        let (controller, tail) = rest.split_once("[contact]").unwrap();
        let many = format!("[[controllers]]{controller}").repeat(MAX_CONTROLLERS + 1);
        let m = format!("{head}{many}[contact]{tail}");
        assert_eq!(
            messages(&m),
            [
                "controllers[20]: the model names 21 controllers; a notice has at most 20 (the \
              footer of every page lists each one)"
            ]
        );
    }
}

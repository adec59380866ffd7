//! The translation workflow for own texts: list what lacks a language, write
//! it out for a translator, and merge the translations back into the model.
//!
//! Catalogue keys translate themselves; only the model's own texts
//! (`{ fi = "…" }`) need a translator. The file for the translator is either
//! a TOML fragment, one table per text keyed by its field path, or a Fluent
//! file with one message per text and the source in a comment above it.
//! Merging only ever fills in a language the model lacks, and refuses an
//! entry whose source text in the model has changed since the file was
//! written, so a translation is never attached to a text it does not
//! translate. The model is edited with `toml_edit`, which keeps its comments
//! and layout.

use std::collections::BTreeMap;

use toml_edit::{DocumentMut, Item, Table, Value};

use crate::diagnostic::Said;
use crate::lang::Lang;
use crate::model::{
    Diagnostic, FieldPath, Format, Model, OwnText, Segment, SourceMap, Text,
    TomlNodeMut as NodeMut, made_from_key, made_from_lang, made_from_record,
};

/// An own text that lacks the target language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Untranslated {
    /// Where it is in the model.
    pub path: FieldPath,
    /// The language it is translated from.
    pub from: Lang,
    /// The text in that language.
    pub source: String,
}

/// Every own text of `notice` without a `to` version, in document order,
/// each with the text to translate from: in `from` if it has it, else in the
/// first promised language it has, else in any.
pub fn untranslated(notice: &Model, to: Lang, from: Option<Lang>) -> Vec<Untranslated> {
    let mut order: Vec<Lang> = from.into_iter().collect();
    order.extend(notice.document.languages.iter().copied());
    order.extend(Lang::ALL);
    let mut offered = std::collections::HashSet::new();
    notice
        .texts()
        .into_iter()
        .filter_map(|t| {
            let Text::Own(own) = t.text else { return None };
            if own.get(to).is_some() {
                return None;
            }
            let (from, source) = order
                .iter()
                .find_map(|&l| own.get(l).map(|s| (l, s.to_string())))?;
            // A text written twice is offered once; the merge fills both.
            offered
                .insert((from, source.clone()))
                .then_some(Untranslated {
                    path: t.path,
                    from,
                    source,
                })
        })
        .collect()
}

/// A translation whose source has been edited since it was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stale {
    /// Where it is in the model.
    pub path: FieldPath,
    /// The language it was translated from.
    pub from: Lang,
    /// The source as it reads now.
    pub source: String,
    /// The translation, made from an earlier source.
    pub translation: String,
}

/// Every own text whose `to` translation is stale ([`OwnText::stale`]).
pub fn stale(notice: &Model, to: Lang) -> Vec<Stale> {
    notice
        .texts()
        .into_iter()
        .filter_map(|t| {
            let Text::Own(own) = t.text else { return None };
            let from = own.stale(to)?;
            Some(Stale {
                path: t.path,
                from,
                source: own.get(from)?.to_string(),
                translation: own.get(to)?.to_string(),
            })
        })
        .collect()
}

/// The name of a language in English, for the files' instructions.
fn english_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Fi => "Finnish",
        Lang::Sv => "Swedish",
        Lang::En => "English",
    }
}

/// A TOML fragment for a translator: one table per text, keyed by its field
/// path, with the source and an empty target to fill in.
pub fn to_toml(model: &str, to: Lang, items: &[Untranslated]) -> String {
    let mut doc = DocumentMut::new();
    for it in items {
        let mut t = Table::new();
        t.insert(it.from.code(), toml_edit::value(it.source.as_str()));
        t.insert(to.code(), toml_edit::value(""));
        doc.insert(&it.path.to_string(), Item::Table(t));
    }
    format!(
        "# Texts of {model} to translate into {} ({to}).\n\
         # Write each translation between the empty quotes after `{to} =` and leave the rest\n\
         # as it is; a text left empty is skipped. Then merge the file into the model:\n\
         #   seloste translate {model} --merge THIS-FILE\n\n{doc}",
        english_name(to),
    )
}

/// Whether `head` (the start of a file) is a translator's TOML file that
/// [`to_toml`] wrote, rather than a model: its header says so.
pub fn is_translator_file(head: &str) -> bool {
    let mut lines = head.lines();
    lines
        .next()
        .is_some_and(|l| l.starts_with("# Texts of ") && l.contains(" to translate into "))
        && head.contains("#   seloste translate ")
}

/// The Fluent message id of a field path: `purposes[3].purpose` is
/// `purposes-3-purpose`.
pub fn message_id(path: &FieldPath) -> String {
    path.segments()
        .iter()
        .map(|s| match s {
            Segment::Key(k) => k.clone(),
            Segment::Index(i) => i.to_string(),
        })
        .collect::<Vec<_>>()
        .join("-")
}

/// The marker line that names the target language of a Fluent file.
const FTL_TARGET: &str = "### seloste-translate to=";

/// A Fluent file for a translator: one message per text, empty, with the
/// field path and the source text in the comment above it.
pub fn to_ftl(model: &str, to: Lang, items: &[Untranslated]) -> String {
    let mut out = format!(
        "### Texts of {model} to translate into {} ({to}).\n\
         ### Write each translation after the `=` of its message, on the same line; a long\n\
         ### text may go on over lines that start with four spaces. A message left empty is\n\
         ### skipped. Then merge the file into the model:\n\
         ###   seloste translate {model} --merge THIS-FILE\n\
         {FTL_TARGET}{to}\n",
        english_name(to),
    );
    for it in items {
        out.push_str(&format!("\n# {} ({}):\n", it.path, it.from));
        for line in it.source.lines() {
            out.push_str(&format!("# {line}\n"));
        }
        out.push_str(&format!("{} =\n", message_id(&it.path)));
    }
    out
}

/// One translated text of a translator's file.
#[derive(Debug, Clone)]
struct Entry {
    /// The field path.
    path: FieldPath,
    /// The texts the file gives, by language; an empty one was not translated.
    texts: BTreeMap<Lang, String>,
    /// Where the entry is in the file.
    location: Option<crate::model::Location>,
}

/// What a merge did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Merged {
    /// The model's new text.
    pub text: String,
    /// The texts filled in, with the language.
    pub filled: Vec<(FieldPath, Lang)>,
    /// The texts the translator left empty.
    pub skipped: Vec<(FieldPath, Lang)>,
}

/// Merges the translator's file `file_text` (named `file` in problems) into
/// the TOML model `model_text`. Every problem is reported and nothing is
/// merged if there is one.
pub fn merge(
    notice: &Model,
    model_text: &str,
    format: Format,
    file: &str,
    file_text: &str,
) -> Result<Merged, Vec<Diagnostic>> {
    if format != Format::Toml {
        return Err(vec![
            Diagnostic::said_in_file(file, None, Said::new("merge-json"))
                .help_said(Said::new("merge-json-help")),
        ]);
    }
    let entries = if file.ends_with(".ftl") {
        read_ftl(notice, file, file_text)?
    } else {
        read_toml(file, file_text)?
    };
    let own: BTreeMap<String, &OwnText> = notice
        .texts()
        .into_iter()
        .filter_map(|t| match t.text {
            Text::Own(o) => Some((t.path.to_string(), o)),
            Text::Key(_) | Text::Same { .. } => None,
        })
        .collect();
    let mut doc: DocumentMut = model_text.parse().map_err(|e: toml_edit::TomlError| {
        vec![Diagnostic::said_in_file(
            file,
            None,
            Said::new("merge-model-unparsed").arg("detail", e.to_string()),
        )]
    })?;
    let mut problems = Vec::new();
    let mut merged = Merged::default();
    for e in &entries {
        let at = |msg: Said| {
            let mut p = Diagnostic::said_in_file(file, e.location, msg);
            p.path = Some(e.path.clone());
            p
        };
        let Some(model_text) = own.get(&e.path.to_string()) else {
            problems.push(
                at(Said::new("merge-no-own-text")).help_said(Said::new("merge-made-again-help")),
            );
            continue;
        };
        for (&lang, text) in &e.texts {
            match (model_text.get(lang), text.is_empty()) {
                (None, true) => merged.skipped.push((e.path.clone(), lang)),
                (None, false) => {
                    // The source is the language the entry gives as the
                    // model has it; the same text elsewhere in the model,
                    // offered once, gets the same translation.
                    let source = e.texts.iter().find(|&(&l, t)| {
                        l != lang && !t.is_empty() && model_text.get(l) == Some(t.as_str())
                    });
                    let mut paths = vec![e.path.clone()];
                    if let Some((&from, source)) = source {
                        paths.extend(
                            own.iter()
                                .filter(|(p, o)| {
                                    **p != e.path.to_string()
                                        && o.get(lang).is_none()
                                        && o.get(from) == Some(source.as_str())
                                })
                                .map(|(p, _)| parse_path(p)),
                        );
                    }
                    for path in paths {
                        let mut written = fill(&mut doc, &path, lang.code(), text);
                        if let (Ok(()), Some((&from, source))) = (&written, source) {
                            let record = made_from_record(from, source);
                            written = fill(&mut doc, &path, &made_from_key(lang), &record);
                        }
                        if let Err(msg) = written {
                            problems.push(at(Said::new("as-written").arg("text", msg)));
                        }
                        merged.filled.push((path, lang));
                    }
                }
                (Some(current), _) if current == text => {}
                (Some(_), true) => {}
                (Some(_), false) => problems.push(
                    at(Said::new("merge-text-changed").arg("lang", lang.code()))
                        .help_said(Said::new("merge-text-changed-help").arg("lang", lang.code())),
                ),
            }
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    merged.text = doc.to_string();
    Ok(merged)
}

/// The entries of a TOML fragment: `["path"]` tables of language = text.
fn read_toml(file: &str, text: &str) -> Result<Vec<Entry>, Vec<Diagnostic>> {
    let map = SourceMap::toml(text);
    let doc: DocumentMut = text.parse().map_err(|e: toml_edit::TomlError| {
        let location = e.span().map(|s| map.location_of_offset(s.start));
        vec![Diagnostic::said_in_file(
            file,
            location,
            Said::new("not-read").arg("detail", e.message().trim_end()),
        )]
    })?;
    let mut problems = Vec::new();
    let mut entries = Vec::new();
    for (key, item) in doc.iter() {
        let location = map.locate(&FieldPath::root().key(key));
        let Some(table) = item.as_table_like() else {
            problems.push(
                Diagnostic::said_in_file(
                    file,
                    location,
                    Said::new("merge-not-a-table").arg("key", key),
                )
                .help_said(Said::new("merge-not-a-table-help")),
            );
            continue;
        };
        let mut texts = BTreeMap::new();
        for (lang, value) in table.iter() {
            let (Ok(l), Some(s)) = (lang.parse::<Lang>(), value.as_str()) else {
                problems.push(
                    Diagnostic::said_in_file(
                        file,
                        location,
                        Said::new("merge-not-a-language")
                            .arg("key", key)
                            .arg("lang", lang),
                    )
                    .help_said(Said::new("merge-not-a-language-help")),
                );
                continue;
            };
            texts.insert(l, s.to_string());
        }
        entries.push(Entry {
            path: parse_path(key),
            texts,
            location,
        });
    }
    if problems.is_empty() {
        Ok(entries)
    } else {
        Err(problems)
    }
}

/// The entries of a Fluent file: messages named by their field path, the
/// target language in the header, the source text in each comment.
fn read_ftl(notice: &Model, file: &str, text: &str) -> Result<Vec<Entry>, Vec<Diagnostic>> {
    use fluent_syntax::ast::{self, Entry as FtlEntry};
    let Some(to) = text
        .lines()
        .find_map(|l| l.strip_prefix(FTL_TARGET))
        .and_then(|l| l.trim().parse::<Lang>().ok())
    else {
        return Err(vec![
            Diagnostic::said_in_file(file, None, Said::new("merge-no-target"))
                .help_said(Said::new("merge-no-target-help").arg("header", FTL_TARGET.trim())),
        ]);
    };
    let by_id: BTreeMap<String, FieldPath> = notice
        .texts()
        .into_iter()
        .map(|t| (message_id(&t.path), t.path))
        .collect();
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let mut problems = Vec::new();
    let mut entries = Vec::new();
    for entry in &resource.body {
        let (id, value, comment) = match entry {
            FtlEntry::Message(m) => (m.id.name, m.value.as_ref(), m.comment.as_ref()),
            FtlEntry::Junk { content } => {
                // A message left empty is junk to Fluent: skip it, by its id.
                let id = content.split('=').next().unwrap_or("").trim();
                if let Some(path) = by_id.get(id) {
                    entries.push(Entry {
                        path: path.clone(),
                        texts: BTreeMap::from([(to, String::new())]),
                        location: None,
                    });
                    continue;
                }
                problems.push(
                    Diagnostic::said_in_file(
                        file,
                        Some(SourceMap::plain(text).location_of_offset(offset_of(text, content))),
                        Said::new("merge-syntax"),
                    )
                    .help_said(Said::new("merge-syntax-help")),
                );
                continue;
            }
            _ => continue,
        };
        let location = Some(crate::i18n::message_location(text, id));
        let Some(path) = by_id.get(id) else {
            problems.push(
                Diagnostic::said_in_file(
                    file,
                    location,
                    Said::new("merge-unknown-id").arg("id", id),
                )
                .help_said(Said::new("merge-made-again-help")),
            );
            continue;
        };
        let mut texts = BTreeMap::new();
        let mut translation = String::new();
        for el in value.map(|p| p.elements.as_slice()).unwrap_or_default() {
            match el {
                ast::PatternElement::TextElement { value } => translation.push_str(value),
                ast::PatternElement::Placeable {
                    expression:
                        ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
                } => translation.push_str(value),
                ast::PatternElement::Placeable { .. } => problems.push(
                    Diagnostic::said_in_file(
                        file,
                        location,
                        Said::new("merge-placeable").arg("id", id),
                    )
                    .help_said(Said::new("merge-placeable-help")),
                ),
            }
        }
        let translation = translation.split_whitespace().collect::<Vec<_>>().join(" ");
        texts.insert(to, translation);
        if let Some((lang, source)) = comment.and_then(|c| source_of(path, c)) {
            texts.insert(lang, source);
        }
        entries.push(Entry {
            path: path.clone(),
            texts,
            location,
        });
    }
    if problems.is_empty() {
        Ok(entries)
    } else {
        Err(problems)
    }
}

/// The source text and its language from a message's comment as
/// [`to_ftl`] writes it: `path (fi):` then the text.
fn source_of(
    path: &FieldPath,
    comment: &fluent_syntax::ast::Comment<&str>,
) -> Option<(Lang, String)> {
    let (first, rest) = comment.content.split_first()?;
    let lang = first
        .strip_prefix(&format!("{path} ("))?
        .strip_suffix("):")?
        .parse()
        .ok()?;
    Some((lang, rest.join("\n")))
}

fn offset_of(text: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(text.as_ptr() as usize)
}

/// A field path as [`FieldPath`]'s `Display` writes it.
fn parse_path(s: &str) -> FieldPath {
    let mut path = FieldPath::root();
    for part in s.split('.') {
        let (key, indices) = part.split_once('[').map_or((part, ""), |(k, r)| (k, r));
        if !key.is_empty() {
            path = path.key(key);
        }
        for i in indices.split('[').filter(|s| !s.is_empty()) {
            match i.trim_end_matches(']').parse() {
                Ok(n) => path = path.index(n),
                Err(_) => path = path.key(i),
            }
        }
    }
    path
}

/// Adds `key = text` (a language, or what a translation was made from) to
/// the own text at `path`, an inline or a standard table, keeping the
/// languages in the order fi, sv, en.
fn fill(doc: &mut DocumentMut, path: &FieldPath, key: &str, text: &str) -> Result<(), String> {
    let not_found = || format!("cannot find {path} in the model's TOML");
    let mut node = NodeMut::Table(doc.as_table_mut());
    for seg in path.segments() {
        node = node.child(seg).ok_or_else(not_found)?;
    }
    // fi, sv, en, each language's `-from` record right after it.
    let order = |k: &str| match made_from_lang(k) {
        Some(l) => l as usize * 2 + 1,
        None => k.parse::<Lang>().map_or(9, |l| l as usize * 2),
    };
    match node {
        NodeMut::Table(t) | NodeMut::Item(Item::Table(t)) => {
            t.insert(key, toml_edit::value(text));
            t.sort_values_by(|a, _, b, _| order(a).cmp(&order(b)));
        }
        NodeMut::Item(Item::Value(Value::InlineTable(t)))
        | NodeMut::Value(Value::InlineTable(t)) => {
            t.insert(key, Value::from(text));
            t.sort_values_by(|a, _, b, _| order(a).cmp(&order(b)));
            t.fmt();
        }
        _ => return Err(not_found()),
    }
    Ok(())
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_translators_file_is_told_from_a_model() {
        let file = to_toml("notice.toml", Lang::Sv, &[]);
        assert!(is_translator_file(&file), "{file}");
        assert!(!is_translator_file(
            "# Texts of our notice\nretention = [\"x\"]\n"
        ));
        assert!(!is_translator_file(include_str!(
            "../examples/webkoti.toml"
        )));
    }

    use super::*;
    use crate::model::parse;

    const MODEL: &str = include_str!("../tests/fixtures/register-table.toml");

    fn notice() -> Model {
        parse(MODEL, Format::Toml).unwrap().notice
    }

    #[test]
    fn lists_own_texts_without_the_language() {
        let items = untranslated(&notice(), Lang::Sv, None);
        let paths: Vec<String> = items.iter().map(|i| i.path.to_string()).collect();
        assert_eq!(
            paths,
            ["document.register", "purposes-note", "purposes[2].purpose"]
        );
        assert_eq!(items[1].source, "Kerromme tässä.");
        let from_en = untranslated(&notice(), Lang::Sv, Some(Lang::En));
        assert_eq!(from_en[1].from, Lang::En);
        assert_eq!(from_en[0].from, Lang::Fi, "a text without en falls back");
    }

    #[test]
    fn a_filled_toml_fragment_merges_and_keeps_the_model_as_written() {
        let n = notice();
        let items = untranslated(&n, Lang::Sv, None);
        let file = to_toml("m.toml", Lang::Sv, &items)
            .replacen("sv = \"\"", "sv = \"Eget register\"", 1)
            .replacen("sv = \"\"", "sv = \"Vi berättar här.\"", 1);
        let m = merge(&n, MODEL, Format::Toml, "t.toml", &file).unwrap();
        assert_eq!(m.filled.len(), 2, "{file}\n{m:?}");
        assert_eq!(m.skipped.len(), 1);
        assert!(m.text.starts_with("# The model.\n"), "{}", m.text);
        assert!(
            m.text.contains(
                "purposes-note = { fi = \"Kerromme tässä.\", sv = \"Vi berättar här.\", sv-from = \"fi:106802d0\", en = \"We tell here.\" }   # a note"
            ),
            "{}",
            m.text
        );
        assert!(
            m.text
                .contains("[document.register]\nfi = \"Oma rekisteri\"\nsv = \"Eget register\"\nsv-from = \"fi:75d7becc\"\n"),
            "{}",
            m.text
        );
        let again = parse(&m.text, Format::Toml).unwrap();
        assert!(untranslated(&again.notice, Lang::Sv, None).len() == 1);
    }

    #[test]
    fn a_filled_ftl_file_merges() {
        let n = notice();
        let items = untranslated(&n, Lang::Sv, None);
        let file = to_ftl("m.toml", Lang::Sv, &items).replace(
            "purposes-2-purpose =\n",
            "purposes-2-purpose = utlottning\n    av priser\n",
        );
        let m = merge(&n, MODEL, Format::Toml, "t.ftl", &file).unwrap();
        assert_eq!(
            m.filled,
            vec![(parse_path("purposes[2].purpose"), Lang::Sv)]
        );
        assert_eq!(m.skipped.len(), 2);
        assert!(
            m.text
                .contains("purpose = { fi = \"arvonta\", sv = \"utlottning av priser\", sv-from = \"fi:5b0c32ca\" }")
        );
    }

    #[test]
    fn a_changed_source_is_refused() {
        let n = notice();
        let items = untranslated(&n, Lang::Sv, None);
        let file = to_toml("m.toml", Lang::Sv, &items)
            .replace("Oma rekisteri", "Vanha rekisteri")
            .replacen("sv = \"\"", "sv = \"Eget register\"", 1);
        let ps = merge(&n, MODEL, Format::Toml, "t.toml", &file).unwrap_err();
        assert_eq!(ps.len(), 1);
        let r = ps[0].plain("m.toml");
        assert!(r.starts_with("t.toml:"), "{r}");
        assert!(
            r.contains("document.register: the model's fi text here is not the one in the file"),
            "{r}"
        );
    }

    #[test]
    fn unknown_paths_are_refused() {
        let n = notice();
        let file = "[\"purposes[9].purpose\"]\nfi = \"x\"\nsv = \"y\"\n";
        let ps = merge(&n, MODEL, Format::Toml, "t.toml", file).unwrap_err();
        let r = ps[0].plain("m");
        assert!(
            r.contains("t.toml:1:1: error[invalid-model]: purposes[9].purpose: the model has no own text here"),
            "{r}"
        );
    }

    #[test]
    fn paths_round_trip() {
        for p in [
            "document.register",
            "purposes[2].purpose",
            "recipients.processors[0].service",
            "security.manual[1]",
        ] {
            assert_eq!(parse_path(p).to_string(), p);
        }
        assert_eq!(
            message_id(&parse_path("purposes[2].purpose")),
            "purposes-2-purpose"
        );
    }
}

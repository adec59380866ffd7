//! Proof that the catalogue is complete: every message exists in fi, sv and
//! en with the same variables, none is empty, and none is left untranslated
//! (the same text as in another language) unless it is a proper name,
//! a number or an address, listed in `SAME_IN_EVERY_LANGUAGE`.

use std::collections::{BTreeMap, BTreeSet};

use super::embedded::FILES;
use super::variables::message_variables;
use crate::lang::Lang;

/// Messages whose text may be the same in two languages, and why.
const SAME_IN_EVERY_LANGUAGE: &[(&str, &str)] = &[
    ("authority-fi-phone", "a telephone number"),
    ("label-organisation", "the same word in Swedish and English"),
    ("authority-fi-email", "an email address"),
    ("authority-fi-web", "a web address"),
    ("date", "fi and sv write dates the same way: 1.5.2023"),
    (
        "signature-place-date",
        "fi and sv write place and date the same way",
    ),
    (
        "item-purpose-interest",
        "may be pure punctuation around two variables",
    ),
    (
        "item-right-procedure",
        "punctuation around a right and its procedure",
    ),
    (
        "item-transfer-country",
        "punctuation around a country and its grounds",
    ),
    (
        "item-transfer-country-recipients",
        "punctuation around a country, its recipients and its grounds",
    ),
    ("label-version", "\"Version\" in both Swedish and English"),
    ("label-page", "fi and sv write page numbers alike: 1 (5)"),
    (
        "address-line",
        "fi and sv write an address alike: only punctuation around variables",
    ),
];

/// Country names that are spelled the same in two of the languages.
fn same_by_nature(id: &str) -> bool {
    id.starts_with("country-") || id.starts_with("service-") || id.starts_with("system-")
}

type Messages = BTreeMap<String, (String, BTreeSet<String>)>;

fn messages(lang: Lang) -> Messages {
    let mut out = Messages::new();
    for file in FILES.iter().filter(|f| f.lang == lang) {
        let res = fluent_syntax::parser::parse(file.text)
            .unwrap_or_else(|(_, e)| panic!("{lang}/{}: {e:?}", file.name));
        let vars = message_variables(res.body.iter());
        for entry in &res.body {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                let id = m.id.name.to_string();
                let text = serialize_value(m);
                let v = vars.get(&id).cloned().unwrap_or_default();
                assert!(
                    out.insert(id.clone(), (text, v)).is_none(),
                    "{lang}/{}: '{id}' defined twice",
                    file.name
                );
            }
        }
    }
    out
}

fn serialize_value(m: &fluent_syntax::ast::Message<&str>) -> String {
    use fluent_syntax::ast::PatternElement;
    let Some(p) = &m.value else {
        return String::new();
    };
    p.elements
        .iter()
        .map(|e| match e {
            PatternElement::TextElement { value } => value.to_string(),
            PatternElement::Placeable { expression } => format!("{expression:?}"),
        })
        .collect()
}

#[test]
fn every_message_exists_in_every_language_with_the_same_variables() {
    let all: BTreeMap<Lang, Messages> = Lang::ALL.iter().map(|&l| (l, messages(l))).collect();
    let ids: BTreeSet<&String> = all.values().flat_map(|m| m.keys()).collect();
    let mut problems = Vec::new();
    for id in ids {
        let mut vars_seen: Option<(Lang, &BTreeSet<String>)> = None;
        for lang in Lang::ALL {
            let Some((text, vars)) = all[&lang].get(id) else {
                problems.push(format!("'{id}' is missing in {lang}"));
                continue;
            };
            if text.trim().is_empty() {
                problems.push(format!("'{id}' is empty in {lang}"));
            }
            match vars_seen {
                None => vars_seen = Some((lang, vars)),
                Some((first, v)) if v != vars => problems.push(format!(
                    "'{id}' uses {vars:?} in {lang} but {v:?} in {first}"
                )),
                _ => {}
            }
        }
    }
    assert!(
        problems.is_empty(),
        "catalogue incomplete:\n{}",
        problems.join("\n")
    );
}

#[test]
fn no_message_is_left_untranslated() {
    let all: BTreeMap<Lang, Messages> = Lang::ALL.iter().map(|&l| (l, messages(l))).collect();
    let mut problems = Vec::new();
    for (id, (fi, _)) in &all[&Lang::Fi] {
        if SAME_IN_EVERY_LANGUAGE.iter().any(|(i, _)| i == id) || same_by_nature(id) {
            continue;
        }
        let sv = all[&Lang::Sv].get(id).map(|m| &m.0);
        let en = all[&Lang::En].get(id).map(|m| &m.0);
        // A text with letters that reads the same in two languages was not translated.
        let wordy = |t: &String| t.chars().filter(|c| c.is_alphabetic()).count() > 3;
        for (a, la, b, lb) in [
            (Some(fi), "fi", sv, "sv"),
            (Some(fi), "fi", en, "en"),
            (sv, "sv", en, "en"),
        ] {
            if let (Some(a), Some(b)) = (a, b)
                && a == b
                && wordy(a)
            {
                problems.push(format!("'{id}' is the same in {la} and {lb}: {a:?}"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "untranslated messages:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_exceptions_exist() {
    let fi = messages(Lang::Fi);
    for (id, _) in SAME_IN_EVERY_LANGUAGE {
        assert!(fi.contains_key(*id), "exception '{id}' names no message");
    }
}

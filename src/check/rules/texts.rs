//! The notice as text: own wording, languages, placeholders and the date
//! (Art. 12(1): concise, transparent, intelligible, in clear and plain
//! language).
//!
//! "Shorter than a sentence" is judged only where the catalogue's own style
//! writes complete sentences (retention, disclosures, transfers, …; list
//! items such as purposes and data categories are noun phrases and may be
//! one word): fewer than three words, or no closing `.`, `!` or `?`.

use super::Declared;
use crate::check::{Context, Hit, Rule, Said, Severity, placeholder};
use crate::lang::Lang;
use crate::model::{self, FieldPath, Text};

/// Namespaces whose clauses are complete sentences.
const SENTENCE_NAMESPACES: [&str; 12] = [
    "clause",
    "disclosure",
    "transfer",
    "safeguard",
    "retention",
    "surveillance",
    "cookies",
    "automated",
    "requirement",
    "request",
    "withdrawal",
    "security",
];

/// `own-text-too-short`.
pub const OWN_TEXT_TOO_SHORT: Declared = (
    Rule {
        id: "own-text-too-short",
        severity: Severity::Warning,
        article: "Art. 12(1)",
    },
    own_text_too_short,
);

fn is_sentence(s: &str) -> bool {
    let s = s.trim().trim_end_matches(['"', '\'', '”', '’', '»', ')']);
    s.split_whitespace().count() >= 3 && s.ends_with(['.', '!', '?'])
}

fn own_text_too_short(ctx: &Context) -> Vec<Hit> {
    let logo = FieldPath::root().key("document").key("logo");
    let mut hits = Vec::new();
    for t in ctx.notice.texts() {
        let Text::Own(own) = t.text else { continue };
        if !SENTENCE_NAMESPACES.contains(&t.namespace.name) || t.path.starts_with(&logo) {
            continue;
        }
        let short: Vec<String> = Lang::ALL
            .iter()
            .filter_map(|&l| own.get(l).map(|s| (l, s)))
            .filter(|(_, s)| !s.trim().is_empty() && !is_sentence(s))
            .map(|(l, s)| format!("{l} '{}'", s.trim()))
            .collect();
        if !short.is_empty() {
            hits.push(Hit::new(
                t.path,
                Said::new("own-text-too-short").arg("texts", short.join(", ")),
                Said::new("own-text-too-short-help").arg("section", t.namespace.to_string()),
            ));
        }
    }
    hits
}

/// Namespaces whose texts are printed as items of a bulleted list (or the
/// cells of the processors' table): noun phrases that start with a capital
/// letter and end without a full stop, in every language.
const ITEM_NAMESPACES: [&str; 6] = ["purpose", "data", "subject", "source", "system", "service"];

/// Namespaces whose items are sentences: they start with a capital letter
/// too (their full stop is `own-text-too-short`'s to judge).
const SENTENCE_ITEM_NAMESPACES: [&str; 1] = ["security"];

/// Abbreviations whose full stop may end a noun phrase.
const ABBREVIATIONS: [&str; 12] = [
    "etc.", "jne.", "ym.", "yms.", "mm.", "esim.", "osv.", "m.m.", "bl.a.", "inc.", "ltd.", "co.",
];

/// `list-item-style`.
pub const LIST_ITEM_STYLE: Declared = (
    Rule {
        id: "list-item-style",
        severity: Severity::Warning,
        article: "Art. 12(1)",
    },
    list_item_style,
);

/// What is wrong with `item` as a list item of `namespace`, if anything: the
/// diagnostics message that says it.
pub fn list_style_problem(namespace: &str, item: &str) -> Option<&'static str> {
    let noun_phrase = ITEM_NAMESPACES.contains(&namespace);
    if !noun_phrase && !SENTENCE_ITEM_NAMESPACES.contains(&namespace) {
        return None;
    }
    let t = item.trim();
    let start = t.trim_start_matches(|c: char| !c.is_alphanumeric());
    let first_word = start.split_whitespace().next().unwrap_or("");
    // A word with a capital or a digit after its first letter ("eKirjasto",
    // "iPhone", "e2e") is a name as its owner writes it.
    let named = first_word
        .chars()
        .skip(1)
        .any(|c| c.is_uppercase() || c.is_ascii_digit());
    if start.chars().next().is_some_and(char::is_lowercase) && !named {
        return Some("list-item-lower-case");
    }
    let last_word = t.split_whitespace().last().unwrap_or("").to_lowercase();
    if noun_phrase
        && t.ends_with('.')
        && !t.ends_with("..")
        && !ABBREVIATIONS.contains(&last_word.as_str())
    {
        return Some("list-item-full-stop");
    }
    None
}

fn list_item_style(ctx: &Context) -> Vec<Hit> {
    let mut hits = Vec::new();
    for t in ctx.notice.texts() {
        let Text::Own(own) = t.text else { continue };
        let found: Vec<Said> = Lang::ALL
            .iter()
            .filter_map(|&l| own.get(l).map(|s| (l, s)))
            .filter_map(|(l, s)| {
                list_style_problem(t.namespace.name, s)
                    .map(|p| Said::new(p).arg("lang", l.code()).arg("text", s.trim()))
            })
            .collect();
        if !found.is_empty() {
            hits.push(Hit::new(
                t.path,
                Said::new("list-item-style").join("items", found, "; "),
                Said::new("list-item-style-help"),
            ));
        }
    }
    hits
}

/// `outdated`.
pub const OUTDATED: Declared = (
    Rule {
        id: "outdated",
        severity: Severity::Warning,
        article: "Art. 12(1)",
    },
    outdated,
);

fn outdated(ctx: &Context) -> Vec<Hit> {
    let u = ctx.notice.document.updated;
    let t = ctx.today;
    // Compared as (year, month, day), so that 29 February needs no special case.
    if (t.year, t.month, t.day) <= (u.year + 2, u.month, u.day) {
        return Vec::new();
    }
    vec![Hit::new(
        FieldPath::root().key("document").key("updated"),
        Said::new("outdated")
            .arg("updated", u.to_string())
            .arg("today", t.to_string()),
        Said::new("outdated-help"),
    )]
}

/// `language-incomplete`: the languages of the documents asked for (by
/// default, every language `document.languages` promises). A gap here is an
/// error, because the document cannot be printed; `--fallback` fills it with
/// another language, marked.
pub const LANGUAGE_INCOMPLETE: Declared = (
    Rule {
        id: "language-incomplete",
        severity: Severity::Error,
        article: "Art. 12(1)",
    },
    language_incomplete,
);

fn language_incomplete(ctx: &Context) -> Vec<Hit> {
    model::validate_langs(ctx.notice, ctx.langs, ctx.fallback)
        .into_iter()
        .filter_map(|d| {
            let (message, help) = *d.said?;
            Some(Hit::new(d.path.unwrap_or_default(), message, help?))
        })
        .collect()
}

/// `placeholder-not-filled`, which lives beside the placeholder detection.
pub const PLACEHOLDER_NOT_FILLED: Declared = (placeholder::RULE, placeholder::run);

/// `translation-stale`.
pub const TRANSLATION_STALE: Declared = (
    Rule {
        id: "translation-stale",
        severity: Severity::Warning,
        article: "Art. 12(1)",
    },
    translation_stale,
);

/// A translation whose source was edited after it was made may no longer
/// say the same: the notice would tell readers of one language something
/// else than those of another. `translate --merge` records what each
/// translation was made from (`sv-from`); a model without the record is
/// not judged.
fn translation_stale(ctx: &Context) -> Vec<Hit> {
    let mut hits = Vec::new();
    for t in ctx.notice.texts() {
        let Text::Own(own) = t.text else { continue };
        for lang in Lang::ALL {
            let Some(from) = own.stale(lang) else {
                continue;
            };
            hits.push(Hit::new(
                t.path.key(lang.code()),
                Said::new("translation-stale")
                    .arg("lang", lang.code())
                    .arg("from", from.code()),
                Said::new("translation-stale-help").arg("lang", lang.code()),
            ));
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences() {
        assert!(is_sentence("Tietoja säilytetään kuusi vuotta."));
        assert!(is_sentence("We keep it (for six years)."));
        assert!(is_sentence("Vi sparar allt i \"tio år.\""));
        assert!(!is_sentence("Kuusi vuotta"));
        assert!(!is_sentence("Ei."));
        assert!(!is_sentence("We keep data for six years"));
    }

    #[test]
    fn list_items_start_with_a_capital_and_noun_phrases_end_without_a_full_stop() {
        assert_eq!(list_style_problem("purpose", "Laskutus"), None);
        assert_eq!(list_style_problem("purpose", "«Kanta-asiakasedut»"), None);
        assert_eq!(list_style_problem("data", "IP-osoite"), None);
        assert_eq!(list_style_problem("system", "eKirjasto-palvelu"), None);
        assert_eq!(list_style_problem("data", "Nimi, osoite jne."), None);
        assert_eq!(
            list_style_problem("purpose", "managing loyalty benefits"),
            Some("list-item-lower-case")
        );
        assert_eq!(
            list_style_problem("subject", "Asiakkaat."),
            Some("list-item-full-stop")
        );
        assert_eq!(
            list_style_problem("security", "paperit säilytetään lukitussa tilassa."),
            Some("list-item-lower-case")
        );
        assert_eq!(
            list_style_problem("security", "Paperit säilytetään lukitussa tilassa."),
            None
        );
        // Not a list item: an interest follows a colon, in lower case.
        assert_eq!(list_style_problem("interest", "asiakassuhteen hoito"), None);
    }

    /// The catalogue's own items follow the style its own texts are held to,
    /// in every language, so that the two look alike in a list.
    #[test]
    fn the_catalogue_follows_the_list_style() {
        let cat = crate::i18n::Catalogue::builtin().unwrap();
        let mut wrong = Vec::new();
        for id in cat.ids() {
            let Some((ns, _)) = model::split_id(id) else {
                continue;
            };
            for lang in Lang::ALL {
                let Ok(text) = cat.text(lang, id) else {
                    continue;
                };
                if let Some(p) = list_style_problem(ns.name, &text) {
                    wrong.push(format!("{lang} {id} = {text}: {p}"));
                }
            }
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[test]
    fn the_sentence_namespaces_are_namespaces_of_the_model() {
        for ns in ITEM_NAMESPACES.iter().chain(&SENTENCE_ITEM_NAMESPACES) {
            assert!(
                crate::model::NAMESPACES.iter().any(|n| n.name == *ns),
                "{ns}"
            );
        }
        for ns in SENTENCE_NAMESPACES {
            assert!(
                crate::model::NAMESPACES.iter().any(|n| n.name == ns),
                "{ns}"
            );
        }
    }
}

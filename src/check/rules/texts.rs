//! The notice as text: own wording, languages, placeholders and the date
//! (Art. 12(1): concise, transparent, intelligible, in clear and plain
//! language).
//!
//! "Shorter than a sentence" is judged only where the catalogue's own style
//! writes complete sentences (retention, disclosures, transfers, …; list
//! items such as purposes and data categories are noun phrases and may be
//! one word): fewer than three words, or no closing `.`, `!` or `?`.

use super::Declared;
use crate::check::{Context, Hit, Rule, Severity, placeholder};
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
        checks: "Own text where the notice needs a sentence (retention, disclosures, transfers, \
                 safeguards, …) is at least one: three words or more, ending with `.`, `!` or `?`.",
        fix: "Write out the sentence, or use a catalogue clause (`seloste catalog`).",
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
                format!("own text is shorter than a sentence: {}", short.join(", ")),
                format!(
                    "write at least one full sentence, or use a catalogue clause (`seloste \
                     catalog --section {}`)",
                    t.namespace
                ),
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
        checks: "`document.updated` is at most two years before today: an older notice has \
                 probably drifted from the processing it describes.",
        fix: "Review the notice against the processing today and set `document.updated` (and \
              `version`) to the date of the review.",
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
        format!("the notice was last updated on {u}, more than two years before today ({t})"),
        "review the notice against what you do today, then set updated (and version) to the \
         date of the review",
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
        checks: "Every own text has every language of the documents asked for (by default, \
                 those `document.languages` promises), or the fallback language.",
        fix: "Add the missing language to the text, use a catalogue key (which translates \
              itself), render with --fallback LANG, or stop promising the language.",
    },
    language_incomplete,
);

fn language_incomplete(ctx: &Context) -> Vec<Hit> {
    model::validate_langs(ctx.notice, ctx.langs, ctx.fallback)
        .into_iter()
        .map(|d| Hit {
            path: d.path.unwrap_or_default(),
            message: d.message,
            help: d.help.unwrap_or_default(),
        })
        .collect()
}

/// `placeholder-not-filled`, which lives beside the placeholder detection.
pub const PLACEHOLDER_NOT_FILLED: Declared = (placeholder::RULE, placeholder::run);

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
    fn the_sentence_namespaces_are_namespaces_of_the_model() {
        for ns in SENTENCE_NAMESPACES {
            assert!(
                crate::model::NAMESPACES.iter().any(|n| n.name == ns),
                "{ns}"
            );
        }
    }
}

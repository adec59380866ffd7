//! The catalogue namespaces: which keys each field of the model takes.
//!
//! A key in the model is looked up as `<namespace>-<key>` (`purpose =
//! "billing"` is `purpose-billing`). `seloste catalog` lists the keys by
//! namespace, so that an author can find a clause without reading `.ftl`
//! files; tests prove that every namespace the model uses is listed and
//! that every clause of the catalogue belongs to one.

/// A namespace and the fields that take its keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Namespace {
    /// The Fluent prefix without its hyphen, e.g. `purpose`.
    pub name: &'static str,
    /// The fields, as `docs/model.md` writes them.
    pub fields: &'static str,
}

const fn ns(name: &'static str, fields: &'static str) -> Namespace {
    Namespace { name, fields }
}

/// Every namespace, in the order of the model.
pub const NAMESPACES: &[Namespace] = &[
    ns("register", "document.register"),
    ns(
        "clause",
        "document.intro, purposes-note, subjects-note, document.logo.alt",
    ),
    ns("purpose", "purposes[].purpose"),
    ns("interest", "purposes[].interest"),
    ns("data", "data[]"),
    ns("subject", "subjects[]"),
    ns("source", "sources[].source"),
    ns("source-details", "sources[].details"),
    ns("disclosure", "recipients.disclosures[]"),
    ns("service", "recipients.processors[].service"),
    ns("transfer", "transfers.texts[]"),
    ns("safeguard", "transfers.safeguards[]"),
    ns("retention", "retention[]"),
    ns("surveillance", "surveillance[]"),
    ns("cookies", "cookies[]"),
    ns("automated", "automated-decisions"),
    ns("requirement", "requirement"),
    ns("request", "rights-request"),
    ns("withdrawal", "consent-withdrawal"),
    ns("security", "security.manual[], security.electronic[]"),
    ns("system", "systems[]"),
    ns("title", "signature.title"),
    ns(
        "country",
        "controllers[].country, representative.country, recipients.processors[].country \
         (ISO 3166 codes)",
    ),
];

/// The namespace of a catalogue id and the key within it (the longest
/// matching prefix: `source-details-x` is in `source-details`, not `source`).
pub fn split_id(id: &str) -> Option<(&'static Namespace, &str)> {
    NAMESPACES
        .iter()
        .filter_map(|n| {
            id.strip_prefix(n.name)
                .and_then(|rest| rest.strip_prefix('-'))
                .map(|key| (n, key))
        })
        .max_by_key(|(n, _)| n.name.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Format, parse};

    /// A model with every text field filled in.
    const FULL: &str = include_str!("../../tests/fixtures/every-namespace.toml");

    #[test]
    fn every_namespace_of_the_model_is_listed() {
        let notice = parse(FULL, Format::Toml).unwrap().notice;
        let texts = notice.texts();
        for t in &texts {
            assert!(
                NAMESPACES.iter().any(|n| n.name == t.namespace),
                "{} ({}) is not listed",
                t.namespace,
                t.path
            );
        }
        for n in NAMESPACES.iter().filter(|n| n.name != "country") {
            assert!(
                texts.iter().any(|t| t.namespace == n.name),
                "no field of FULL uses {}",
                n.name
            );
        }
    }

    #[test]
    fn every_clause_of_the_catalogue_belongs_to_a_namespace() {
        for file in crate::i18n::FILES
            .iter()
            .filter(|f| f.name == "clauses.ftl")
        {
            let res = fluent_syntax::parser::parse(file.text).unwrap();
            for entry in &res.body {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    assert!(split_id(m.id.name).is_some(), "{}", m.id.name);
                }
            }
        }
    }

    #[test]
    fn the_longest_prefix_wins() {
        assert_eq!(
            split_id("source-details-x").unwrap().0.name,
            "source-details"
        );
        assert_eq!(split_id("source-ytj").unwrap().1, "ytj");
        assert_eq!(split_id("heading-data"), None);
    }
}

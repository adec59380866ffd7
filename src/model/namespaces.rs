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

/// The prefix of the namespace's catalogue ids: `purpose` of `purpose-billing`.
impl std::fmt::Display for Namespace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name)
    }
}

/// The namespaces by name, for the code that looks a field's key up.
impl Namespace {
    /// `register-…` keys.
    pub const REGISTER: Namespace = ns("register", "document.register");
    /// `clause-…` keys: the free-standing paragraphs.
    pub const CLAUSE: Namespace = ns(
        "clause",
        "document.intro, purposes-note, subjects-note, document.logo.alt",
    );
    /// `purpose-…` keys.
    pub const PURPOSE: Namespace = ns("purpose", "purposes[].purpose");
    /// `interest-…` keys.
    pub const INTEREST: Namespace = ns("interest", "purposes[].interest");
    /// `data-…` keys.
    pub const DATA: Namespace = ns("data", "data[]");
    /// `subject-…` keys.
    pub const SUBJECT: Namespace = ns("subject", "subjects[]");
    /// `source-…` keys.
    pub const SOURCE: Namespace = ns("source", "sources[].source");
    /// `source-details-…` keys.
    pub const SOURCE_DETAILS: Namespace = ns("source-details", "sources[].details");
    /// `disclosure-…` keys.
    pub const DISCLOSURE: Namespace = ns("disclosure", "recipients.disclosures[]");
    /// `service-…` keys.
    pub const SERVICE: Namespace = ns("service", "recipients.processors[].service");
    /// `transfer-…` keys.
    pub const TRANSFER: Namespace = ns("transfer", "transfers.texts[]");
    /// `safeguard-…` keys.
    pub const SAFEGUARD: Namespace = ns("safeguard", "transfers.safeguards[]");
    /// `retention-…` keys.
    pub const RETENTION: Namespace = ns("retention", "retention[]");
    /// `surveillance-…` keys.
    pub const SURVEILLANCE: Namespace = ns("surveillance", "surveillance[]");
    /// `cookies-…` keys.
    pub const COOKIES: Namespace = ns("cookies", "cookies[]");
    /// `automated-…` keys.
    pub const AUTOMATED: Namespace = ns("automated", "automated-decisions");
    /// `requirement-…` keys.
    pub const REQUIREMENT: Namespace = ns("requirement", "requirement");
    /// `request-…` keys.
    pub const REQUEST: Namespace = ns("request", "rights-request");
    /// `withdrawal-…` keys.
    pub const WITHDRAWAL: Namespace = ns("withdrawal", "consent-withdrawal");
    /// `security-…` keys.
    pub const SECURITY: Namespace = ns("security", "security.manual[], security.electronic[]");
    /// `system-…` keys.
    pub const SYSTEM: Namespace = ns("system", "systems[]");
    /// `country-…` names, by ISO 3166 code.
    pub const COUNTRY: Namespace = ns(
        "country",
        "controllers[].country, eu-representative.country, dpo.country, \
         recipients.processors[].country, transfers.countries[].country, \
         requests.post-to.country (ISO 3166 codes)",
    );
    /// `title-…` keys.
    pub const TITLE: Namespace = ns("title", "signature.title");
    /// `registration-…` keys: what a controller's registration number is.
    pub const REGISTRATION: Namespace = ns("registration", "controllers[].registration.label");
    /// `joint-…` keys: the essence of joint controllers' arrangement.
    pub const JOINT: Namespace = ns("joint", "joint-controllers.arrangement");
    // The namespaces of the optional sections (src/model/sections/).
    /// `copy-…` keys: how a copy of the safeguards is obtained.
    pub const COPY: Namespace = ns("copy", "transfers.copy");
    /// `special-…` keys: special categories of personal data (Art. 9(1)).
    pub const SPECIAL: Namespace = ns("special", "special-categories.data[]");
    /// `condition-…` keys: the conditions of Art. 9(2).
    pub const CONDITION: Namespace = ns("condition", "special-categories.conditions[]");
    /// `criminal-…` keys: criminal data and its authority (Art. 10).
    pub const CRIMINAL: Namespace = ns("criminal", "special-categories.criminal[]");
    /// `identity-code-…` keys: grounds for processing personal identity codes.
    pub const IDENTITY_CODE: Namespace = ns("identity-code", "identity-code[]");
    /// `recording-…` keys: call and message recording.
    pub const RECORDING: Namespace = ns(
        "recording",
        "recording.recorded[], recording.purposes[], recording.retention",
    );
    /// `listener-…` keys: who may listen to recordings.
    pub const LISTENER: Namespace = ns("listener", "recording.listeners[]");
    /// `directory-…` keys: directories and mailing lists.
    pub const DIRECTORY: Namespace = ns("directory", "directories.published[]");
    /// `refusal-…` keys: how publication is refused.
    pub const REFUSAL: Namespace = ns("refusal", "directories.refusal");
    /// `analytics-…` keys: named web analytics services.
    pub const ANALYTICS: Namespace = ns("analytics", "analytics[]");
    /// `consequence-…` keys: what follows from not providing the data.
    pub const CONSEQUENCE: Namespace = ns("consequence", "requirement-consequences[]");
    /// `further-…` keys: further processing and informing (Art. 13(3), 14(3), 14(4)).
    pub const FURTHER: Namespace = ns("further", "further-processing[]");
    /// `procedure-…` keys: how the rights are used.
    pub const PROCEDURE: Namespace = ns(
        "procedure",
        "requests.procedure[], requests.access, requests.rectification, requests.erasure, \
         requests.restriction, requests.portability, requests.objection, requests.withdrawal, \
         requests.complaint",
    );
    /// `manual-…` keys: manual (paper) material and where it is kept.
    pub const MANUAL: Namespace = ns("manual", "manual-material[]");
}

/// Every namespace, in the order of the model.
pub const NAMESPACES: &[Namespace] = &[
    Namespace::REGISTER,
    Namespace::CLAUSE,
    Namespace::REGISTRATION,
    Namespace::JOINT,
    Namespace::PURPOSE,
    Namespace::INTEREST,
    Namespace::DATA,
    Namespace::SUBJECT,
    Namespace::SOURCE,
    Namespace::SOURCE_DETAILS,
    Namespace::DISCLOSURE,
    Namespace::SERVICE,
    Namespace::TRANSFER,
    Namespace::SAFEGUARD,
    Namespace::RETENTION,
    Namespace::SURVEILLANCE,
    Namespace::COOKIES,
    Namespace::AUTOMATED,
    Namespace::REQUIREMENT,
    Namespace::REQUEST,
    Namespace::WITHDRAWAL,
    Namespace::SECURITY,
    Namespace::SYSTEM,
    Namespace::TITLE,
    Namespace::COPY,
    Namespace::SPECIAL,
    Namespace::CONDITION,
    Namespace::CRIMINAL,
    Namespace::IDENTITY_CODE,
    Namespace::RECORDING,
    Namespace::LISTENER,
    Namespace::DIRECTORY,
    Namespace::REFUSAL,
    Namespace::ANALYTICS,
    Namespace::CONSEQUENCE,
    Namespace::FURTHER,
    Namespace::PROCEDURE,
    Namespace::MANUAL,
    Namespace::COUNTRY,
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
                NAMESPACES.contains(&t.namespace),
                "{} ({}) is not listed",
                t.namespace,
                t.path
            );
        }
        for n in NAMESPACES.iter().filter(|n| n.name != "country") {
            assert!(
                texts.iter().any(|t| t.namespace == *n),
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

//! What a catalogue clause means in law, where the rules and the view depend
//! on it: which clauses describe direct marketing (Art. 21(2)), which rest
//! on consent (Art. 6(1)(a), 7(3)), and what ground for a transfer each
//! safeguard is (Art. 45, 46).
//!
//! The wording of a clause lives in the Fluent catalogue; its legal meaning
//! lives here, in typed tables keyed by namespace and key, as
//! [`NAMESPACES`](super::NAMESPACES) keeps the namespaces. Own text cannot be
//! read this way, so a purpose in own text says it is direct marketing with
//! `direct-marketing = true`. Tests prove that every key listed here is a
//! clause of the catalogue and that every safeguard clause is classified.

use super::{Basis, FieldPath, Model, Text};

/// Catalogue clauses (namespace, key) that describe processing for direct
/// marketing, including profiling related to it: wherever one of them is in
/// a notice, the Art. 21(2) right to object applies, whatever the purpose's
/// legal basis.
pub const DIRECT_MARKETING: &[(&str, &str)] = &[
    ("purpose", "direct-marketing"),
    ("purpose", "direct-marketing-companies"),
    ("purpose", "direct-marketing-persons"),
    ("purpose", "newsletter"),
    ("interest", "marketing-to-companies"),
    ("interest", "marketing-existing-customers"),
    ("service", "newsletter"),
    ("retention", "marketing-until-objection"),
    ("retention", "newsletter-until-unsubscribed"),
    ("cookies", "marketing-with-consent"),
    ("automated", "marketing-segmentation"),
    // Model v2: mailing lists for direct marketing and advertising pixels.
    ("directory", "mailing-lists"),
    ("analytics", "meta-pixel"),
    ("analytics", "linkedin-insight"),
];

/// Catalogue clauses (namespace, key) that say the processing they describe
/// rests on the data subject's consent, outside the purposes' bases: a
/// notice with one of them must say how consent is withdrawn, and the
/// rights that consent brings are printed.
pub const CONSENT: &[(&str, &str)] = &[
    ("cookies", "analytics-with-consent"),
    ("cookies", "marketing-with-consent"),
    // "Data processed on the basis of your consent is kept until …"
    ("retention", "until-consent-withdrawn"),
    ("retention", "newsletter-until-unsubscribed"),
    // Profiling for advertising, with consent to the cookies that do it.
    ("automated", "advertising-profiling"),
    // Model v2: the cookie banner, explicit consent to special categories
    // (Art. 9(2)(a)) and to a transfer (Art. 49(1)(a)), and consent to
    // processing the personal identity code.
    ("cookies", "consent-banner"),
    ("condition", "explicit-consent"),
    ("safeguard", "derogation-explicit-consent"),
    ("identity-code", "consent"),
];

/// What a safeguard clause is, as a ground for a transfer to a third
/// country.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ground {
    /// An adequacy decision of the Commission (Art. 45): nothing to copy.
    Adequacy,
    /// Appropriate safeguards of Art. 46 (standard contractual clauses,
    /// binding corporate rules of Art. 47): the notice must also say how a
    /// copy of them is obtained (Art. 13(1)(f), 14(1)(f)).
    Appropriate,
    /// Not a ground at all, but the means to obtain a copy of the
    /// safeguards: printed as a sentence of its own after them.
    Copy,
    /// A derogation for a specific situation (Art. 49(1)): a ground for a
    /// transfer where there is neither an adequacy decision nor appropriate
    /// safeguards.
    Derogation,
}

/// Every safeguard clause of the catalogue (`safeguard-<key>`) and what it is.
pub const SAFEGUARDS: &[(&str, Ground)] = &[
    ("adequacy-decision", Ground::Adequacy),
    ("standard-contractual-clauses", Ground::Appropriate),
    ("data-privacy-framework", Ground::Adequacy),
    ("binding-corporate-rules", Ground::Appropriate),
    ("copy-on-request", Ground::Copy),
    ("derogation-explicit-consent", Ground::Derogation),
    ("derogation-contract", Ground::Derogation),
    ("derogation-legal-claims", Ground::Derogation),
];

/// What a safeguard is: `None` for own text and for keys the catalogue does
/// not classify (an organisation's own clause), which seloste cannot judge.
pub fn ground(text: &Text) -> Option<Ground> {
    let Text::Key(c) = text else { return None };
    SAFEGUARDS
        .iter()
        .find(|(k, _)| *k == c.key)
        .map(|&(_, ground)| ground)
}

fn listed(table: &[(&str, &str)], namespace: &str, text: &Text) -> bool {
    matches!(text, Text::Key(c) if table.iter().any(|&(n, k)| n == namespace && k == c.key))
}

impl Model {
    /// The first place where the notice describes direct marketing: a
    /// purpose marked `direct-marketing = true`, or a catalogue clause of
    /// [`DIRECT_MARKETING`]. `None` when it does not.
    pub fn direct_marketing(&self) -> Option<FieldPath> {
        // Purposes come first in the model, so a flag is the earliest place.
        if let Some(i) = self.purposes.iter().position(|p| p.direct_marketing) {
            let at = FieldPath::root().key("purposes").index(i);
            return Some(at.key("direct-marketing"));
        }
        self.texts()
            .into_iter()
            .find(|t| listed(DIRECT_MARKETING, t.namespace.name, t.text))
            .map(|t| t.path)
    }

    /// The first place where the notice relies on consent: a purpose based
    /// on it, or a catalogue clause of [`CONSENT`]. `None` when it does not.
    pub fn consent(&self) -> Option<FieldPath> {
        if let Some(i) = self
            .purposes
            .iter()
            .position(|p| p.basis == Some(Basis::Consent))
        {
            return Some(FieldPath::root().key("purposes").index(i).key("basis"));
        }
        self.texts()
            .into_iter()
            .find(|t| listed(CONSENT, t.namespace.name, t.text))
            .map(|t| t.path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Catalogue;
    use crate::model::{Format, NAMESPACES, parse};

    fn catalogue() -> &'static Catalogue {
        Catalogue::builtin().unwrap()
    }

    #[test]
    fn every_listed_clause_is_in_the_catalogue() {
        for &(ns, key) in DIRECT_MARKETING.iter().chain(CONSENT) {
            assert!(NAMESPACES.iter().any(|n| n.name == ns), "{ns}");
            assert!(catalogue().contains(&format!("{ns}-{key}")), "{ns}-{key}");
        }
        for (key, _) in SAFEGUARDS {
            assert!(catalogue().contains(&format!("safeguard-{key}")), "{key}");
        }
    }

    #[test]
    fn every_safeguard_of_the_catalogue_is_classified() {
        for id in catalogue().ids().filter(|id| id.starts_with("safeguard-")) {
            let key = &id["safeguard-".len()..];
            assert!(
                SAFEGUARDS.iter().any(|(k, _)| *k == key),
                "{id} is not in SAFEGUARDS: is it a ground of Art. 45, 46, or the means to a copy?"
            );
        }
    }

    #[test]
    fn every_consent_cookie_clause_is_listed() {
        // A cookie clause that speaks of consent relies on it.
        for id in catalogue()
            .ids()
            .filter(|id| id.starts_with("cookies-") && id.contains("consent"))
        {
            let key = &id["cookies-".len()..];
            assert!(
                CONSENT.contains(&("cookies", key)),
                "{id} is not in CONSENT"
            );
        }
    }

    fn notice(extra: &str) -> Model {
        let src = format!(
            "{extra}\n{}",
            include_str!("../../tests/fixtures/complete.toml")
        );
        parse(&src, Format::Toml).unwrap().notice
    }

    #[test]
    fn direct_marketing_is_found_in_keys_and_flags() {
        assert_eq!(notice("").direct_marketing(), None);
        assert_eq!(
            notice("cookies = [\"marketing-with-consent\"]")
                .direct_marketing()
                .unwrap()
                .to_string(),
            "cookies[0]"
        );
        let own = notice("").purposes.len();
        let mut n = notice("");
        n.purposes.push(n.purposes[0].clone());
        n.purposes[own].direct_marketing = true;
        assert_eq!(
            n.direct_marketing().unwrap().to_string(),
            format!("purposes[{own}].direct-marketing")
        );
    }

    #[test]
    fn consent_is_found_in_bases_and_clauses() {
        assert_eq!(notice("").consent(), None);
        assert_eq!(
            notice("cookies = [\"necessary-only\", \"analytics-with-consent\"]")
                .consent()
                .unwrap()
                .to_string(),
            "cookies[1]"
        );
        let src = include_str!("../../tests/fixtures/complete.toml")
            .replace("\"until-no-longer-needed\"", "\"until-consent-withdrawn\"");
        let kept_until_withdrawn = parse(&src, Format::Toml).unwrap().notice;
        assert_eq!(
            kept_until_withdrawn.consent().unwrap().to_string(),
            "retention[0]"
        );
    }
}

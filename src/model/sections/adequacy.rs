//! The third countries with an adequacy decision of the Commission in force
//! (Art. 45(3)), as of the catalogue's date (checked 2026-12; the
//! Commission's list: "Adequacy decisions", commission.europa.eu).
//!
//! The decision and its date are wording, so they live in the catalogue as
//! `adequacy-<code>` (notice.ftl), where a reader sees them; which countries
//! have one is law the rules depend on, so it lives here. A test proves that
//! every country listed has its message and its country name.

/// ISO 3166 codes of the countries and territories with an adequacy
/// decision in force. Some decisions cover part of a country's recipients
/// only (Canada: commercial organisations under PIPEDA; Japan: the private
/// sector under the APPI; the United States: organisations certified under
/// the EU–U.S. Data Privacy Framework); the catalogue's wording says so.
pub const ADEQUACY: &[&str] = &[
    "AD", "AR", "CA", "CH", "FO", "GB", "GG", "IL", "IM", "JE", "JP", "KR", "NZ", "US", "UY",
];

/// Whether the country (any case) has an adequacy decision in force.
pub fn has_adequacy(code: &str) -> bool {
    ADEQUACY.iter().any(|c| c.eq_ignore_ascii_case(code))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Catalogue;

    #[test]
    fn every_adequate_country_has_its_decision_and_name_in_every_language() {
        let cat = Catalogue::builtin().unwrap();
        for code in ADEQUACY {
            let c = code.to_ascii_lowercase();
            for id in [format!("adequacy-{c}"), format!("country-{c}")] {
                assert!(cat.contains(&id), "{id}");
            }
        }
        assert!(has_adequacy("us") && has_adequacy("GB"));
        assert!(!has_adequacy("CN") && !has_adequacy("IN") && !has_adequacy("AU"));
    }
}

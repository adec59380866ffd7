//! The European Economic Area: where the GDPR applies, so that data kept
//! there is not "transferred to a third country" (Chapter V) and a
//! controller established there needs no representative (Art. 27).

/// The EU member states and Iceland, Liechtenstein and Norway (ISO 3166-1).
const EEA: [&str; 30] = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
    "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "LI", "NO",
];

/// Whether a country code (any case) is in the EEA.
pub fn in_eea(code: &str) -> bool {
    EEA.iter().any(|c| c.eq_ignore_ascii_case(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_members_and_third_countries() {
        assert!(in_eea("fi") && in_eea("NO") && in_eea("IE"));
        assert!(!in_eea("US") && !in_eea("GB") && !in_eea("CH"));
    }

    #[test]
    fn every_eea_country_is_in_the_catalogue() {
        let cat = crate::i18n::Catalogue::builtin().unwrap();
        for c in EEA {
            let id = format!("country-{}", c.to_ascii_lowercase());
            assert!(cat.contains(&id), "{id}");
        }
    }
}

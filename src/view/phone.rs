//! Telephone numbers as the reader of each language dials them.
//!
//! A Finnish notice prints a number as the organisation writes it for its
//! customers (`040 7503288`). An English notice is read by someone who may be
//! abroad, for whom a number with the national trunk prefix `0` cannot be
//! dialled: it is written in international form (`+358 40 7503288`). The
//! grouping is kept as given: regrouping would need the numbering plan, and a
//! customer recognises the digits they already know. A page with an English
//! column writes every column's numbers the English way, so that the two
//! columns and the footer print one number alike.
//!
//! The trunk prefix is never printed with the country code in any language:
//! `+358 (0)9 3157 6885` is written `+358 9 3157 6885`. The "(0)" form is
//! misdialled from abroad (`+35809…`) and is not how the number is written in
//! Finland either (the international form is +358 9…, the national 09…).

use crate::lang::Lang;

/// The country calling code of a controller's country, where seloste knows
/// the national trunk prefix to be `0`. Finland is the country of the notices
/// seloste is made for; the Nordic neighbours are there because a Finnish
/// company's representative or group contact often is.
fn calling_code(country: &str) -> Option<&'static str> {
    match country.to_ascii_uppercase().as_str() {
        "FI" | "AX" => Some("358"),
        "SE" => Some("46"),
        _ => None,
    }
}

/// `number` as printed in a document in `lang`, for a party in `country`
/// (ISO code): national numbers become international in English.
pub fn written(number: &str, country: &str, lang: Lang) -> String {
    let number = &without_bracketed_trunk_prefix(number);
    if lang != Lang::En {
        return number.to_string();
    }
    let trimmed = number.trim_start();
    let mut digits = trimmed.chars();
    // A trunk prefix is one `0` followed by a non-zero digit; `00…` is
    // already an international call prefix.
    let national =
        digits.next() == Some('0') && digits.next().is_some_and(|d| ('1'..='9').contains(&d));
    match calling_code(country) {
        Some(code) if national => format!("+{code} {}", &trimmed[1..]),
        _ => number.to_string(),
    }
}

/// `+358 (0)9 3157 6885` as `+358 9 3157 6885`: a "(0)" after an
/// international number's country code is dropped. Where the 0 is dialled
/// from abroad too (Italy, San Marino, the Vatican: +39 06…), only the
/// parentheses are. Any other number is returned as it is.
fn without_bracketed_trunk_prefix(number: &str) -> String {
    let Some(at) = number.find("(0)") else {
        return number.to_string();
    };
    let (before, after) = (number[..at].trim_end(), number[at + 3..].trim_start());
    let code = before
        .strip_prefix('+')
        .or_else(|| before.strip_prefix("00"))
        .filter(|c| !c.is_empty() && c.chars().all(|d| d.is_ascii_digit()));
    match code {
        Some("39" | "378" | "379") => format!("{before} 0{after}"),
        Some(_) => format!("{before} {after}"),
        None => number.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_documents_write_finnish_numbers_in_international_form() {
        assert_eq!(written("040 7503288", "FI", Lang::En), "+358 40 7503288");
        assert_eq!(written("09 3157 6885", "fi", Lang::En), "+358 9 3157 6885");
        assert_eq!(written("08-123 456 78", "SE", Lang::En), "+46 8-123 456 78");
    }

    #[test]
    fn finnish_and_swedish_documents_keep_the_number_as_written() {
        assert_eq!(written("040 7503288", "FI", Lang::Fi), "040 7503288");
        assert_eq!(written("040 7503288", "FI", Lang::Sv), "040 7503288");
    }

    #[test]
    fn international_numbers_and_unknown_plans_are_left_alone() {
        for n in ["00358 40 7503288", "0", "tel. 040 1", "(0)9 3157 6885"] {
            assert_eq!(written(n, "FI", Lang::En), n);
        }
        // Not every country drops a trunk 0 the same way (Italy keeps it).
        assert_eq!(written("06 1234 5678", "IT", Lang::En), "06 1234 5678");
    }

    #[test]
    fn the_trunk_prefix_in_parentheses_is_never_printed_with_the_country_code() {
        for lang in Lang::ALL {
            assert_eq!(
                written("+358 (0)9 3157 6885", "FI", lang),
                "+358 9 3157 6885"
            );
            assert_eq!(
                written("+358(0)40 750 3288", "FI", lang),
                "+358 40 750 3288"
            );
            assert_eq!(written("00358 (0) 9 123", "FI", lang), "00358 9 123");
            assert_eq!(
                written("+39 (0)6 1234 5678", "IT", lang),
                "+39 06 1234 5678"
            );
        }
    }
}

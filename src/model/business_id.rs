//! The Finnish Business ID (Y-tunnus) and the EU VAT number derived from it.
//!
//! A mistyped business ID on a legal notice names the wrong company, so the
//! check digit is verified rather than trusting the model.

use std::fmt;

/// Why a business ID is not valid.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BusinessIdError {
    /// Not seven digits, a hyphen and one digit.
    #[error("'{0}' is not of the form 1234567-8 (seven digits, a hyphen, a check digit)")]
    Format(String),
    /// The check digit does not match the seven digits.
    #[error("the check digit of '{given}' is wrong: for {digits} it would be {expected}")]
    CheckDigit {
        /// The ID as written.
        given: String,
        /// Its seven digits.
        digits: String,
        /// The correct check digit, or a note that none exists.
        expected: String,
    },
}

impl BusinessIdError {
    /// The error as the diagnostics catalogue says it, for the controller
    /// named by the argument `controller` that the caller adds.
    pub(crate) fn said(&self) -> crate::diagnostic::Said {
        use crate::diagnostic::Said;
        match self {
            BusinessIdError::Format(given) => Said::new("business-id-format").arg("given", given),
            BusinessIdError::CheckDigit {
                given,
                digits,
                expected,
            } if expected.parse::<u8>().is_err() => Said::new("business-id-impossible")
                .arg("given", given)
                .arg("digits", digits),
            BusinessIdError::CheckDigit {
                given,
                digits,
                expected,
            } => Said::new("business-id-check-digit")
                .arg("given", given)
                .arg("digits", digits)
                .arg("expected", expected),
        }
    }
}

/// A valid business ID, e.g. `2039096-6`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct BusinessId {
    digits: [u8; 8],
}

const WEIGHTS: [u32; 7] = [7, 9, 10, 5, 8, 4, 2];

impl BusinessId {
    /// Parses and verifies a business ID. An old six-digit ID is accepted with
    /// its leading zero omitted (`123456-7` is `0123456-7`).
    pub fn parse(s: &str) -> Result<BusinessId, BusinessIdError> {
        let format_error = || BusinessIdError::Format(s.to_string());
        let (body, check) = s.trim().split_once('-').ok_or_else(format_error)?;
        let body = match body.len() {
            6 => format!("0{body}"),
            7 => body.to_string(),
            _ => return Err(format_error()),
        };
        if check.len() != 1
            || !body
                .bytes()
                .chain(check.bytes())
                .all(|b| b.is_ascii_digit())
        {
            return Err(format_error());
        }
        let mut digits = [0u8; 8];
        for (slot, b) in digits.iter_mut().zip(body.bytes().chain(check.bytes())) {
            *slot = b - b'0';
        }
        let sum: u32 = digits[..7]
            .iter()
            .zip(WEIGHTS)
            .map(|(&d, w)| u32::from(d) * w)
            .sum();
        let expected = match sum % 11 {
            0 => Some(0),
            1 => None,
            r => Some(11 - r as u8),
        };
        if expected != Some(digits[7]) {
            return Err(BusinessIdError::CheckDigit {
                given: s.to_string(),
                digits: body,
                expected: match expected {
                    Some(d) => d.to_string(),
                    None => "none: no valid business ID starts with these digits".to_string(),
                },
            });
        }
        Ok(BusinessId { digits })
    }

    /// The EU VAT number: `FI` and the eight digits, e.g. `FI20390966`.
    pub fn vat_number(&self) -> String {
        let mut s = String::from("FI");
        s.extend(self.digits.iter().map(|d| char::from(b'0' + d)));
        s
    }
}

impl fmt::Display for BusinessId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.digits[..7] {
            write!(f, "{d}")?;
        }
        write!(f, "-{}", self.digits[7])
    }
}

/// A business ID as the model writes it, parsed once when the model is
/// read. The text stays for messages and for a model still being written
/// (a placeholder, `"<Y-tunnus>"`, is no ID yet but must not stop the
/// checks); the notice prints only what parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BusinessIdField {
    text: String,
    parsed: Result<BusinessId, BusinessIdError>,
}

impl BusinessIdField {
    /// The field holding `text`.
    pub fn new(text: impl Into<String>) -> Self {
        let text = text.into();
        BusinessIdField {
            parsed: BusinessId::parse(&text),
            text,
        }
    }

    /// The text as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The business ID, or why the text is none.
    pub fn parsed(&self) -> Result<&BusinessId, &BusinessIdError> {
        self.parsed.as_ref()
    }
}

impl serde::Serialize for BusinessIdField {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text)
    }
}

impl<'de> serde::Deserialize<'de> for BusinessIdField {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(BusinessIdField::new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_field_keeps_its_text_and_parses_once() {
        let good = BusinessIdField::new("2039096-6");
        assert_eq!(good.as_str(), "2039096-6");
        assert_eq!(good.parsed().unwrap().vat_number(), "FI20390966");
        let placeholder = BusinessIdField::new("<Y-tunnus>");
        assert!(matches!(
            placeholder.parsed(),
            Err(BusinessIdError::Format(_))
        ));
        let json = serde_json::to_string(&placeholder).unwrap();
        assert_eq!(json, "\"<Y-tunnus>\"");
        let back: BusinessIdField = serde_json::from_str(&json).unwrap();
        assert_eq!(back, placeholder);
    }

    #[test]
    fn valid_ids_and_their_vat_numbers() {
        for (id, vat) in [
            ("2039096-6", "FI20390966"),
            ("3221893-6", "FI32218936"),
            ("1759068-4", "FI17590684"),
        ] {
            let b = BusinessId::parse(id).unwrap();
            assert_eq!(b.to_string(), id);
            assert_eq!(b.vat_number(), vat);
        }
    }

    #[test]
    fn six_digit_ids_get_their_leading_zero() {
        // 0737546-2 is a real-world style old ID with a leading zero.
        let b = BusinessId::parse("737546-2").unwrap();
        assert_eq!(b.to_string(), "0737546-2");
    }

    #[test]
    fn wrong_check_digit_is_explained() {
        let e = BusinessId::parse("2039096-5").unwrap_err();
        assert_eq!(
            e.to_string(),
            "the check digit of '2039096-5' is wrong: for 2039096 it would be 6"
        );
    }

    #[test]
    fn malformed_ids_are_refused() {
        for bad in [
            "",
            "2039096",
            "20390966",
            "2039096-66",
            "203909a-6",
            "FI20390966",
        ] {
            assert!(
                matches!(BusinessId::parse(bad), Err(BusinessIdError::Format(_))),
                "{bad}"
            );
        }
    }
}

//! The VAT number a controller prints, and only when it says it is
//! VAT-registered.
//!
//! A Finnish VAT number is `FI` and the business ID's digits, so it could be
//! derived for anyone; but a business that is not VAT-registered must not
//! carry one, so the model says so (`vat = true`) or writes the number
//! (`vat-number`), which is then checked against the business ID.

use super::Controller;
use super::business_id::BusinessId;

/// Why a controller's VAT number cannot be printed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VatError {
    /// `vat = true` without a business ID to derive the number from.
    #[error("vat = true, but there is no business ID to derive the VAT number from")]
    NoBusinessId,
    /// Not two letters and 2–12 letters or digits.
    #[error("'{0}' is not a VAT number: two letters of the country and 2 to 12 letters or digits")]
    Format(String),
    /// A Finnish VAT number whose digits are not a valid business ID.
    #[error("'{0}' is not a Finnish VAT number: FI and the eight digits of a valid business ID")]
    Finnish(String),
    /// A Finnish VAT number that is not the controller's business ID's.
    #[error("'{given}' is not the VAT number of business ID {business_id}: that is {expected}")]
    Mismatch {
        /// The number as written.
        given: String,
        /// The business ID.
        business_id: String,
        /// The VAT number of the business ID.
        expected: String,
    },
}

impl VatError {
    /// The error as the diagnostics catalogue says it, for the controller
    /// named by the argument `controller` that the caller adds.
    pub(crate) fn said(&self) -> crate::diagnostic::Said {
        use crate::diagnostic::Said;
        match self {
            VatError::NoBusinessId => Said::new("vat-no-business-id"),
            VatError::Format(given) => Said::new("vat-format").arg("given", given),
            VatError::Finnish(given) => Said::new("vat-not-finnish").arg("given", given),
            VatError::Mismatch {
                given,
                business_id,
                expected,
            } => Said::new("vat-mismatch")
                .arg("given", given)
                .arg("business-id", business_id)
                .arg("expected", expected),
        }
    }
}

impl Controller {
    /// The VAT number to print, or `None` for a controller not marked
    /// VAT-registered (or whose business ID is itself wrong, which is
    /// reported at the business ID).
    pub fn vat_number(&self) -> Result<Option<String>, VatError> {
        let business_id = self.business_id.as_ref().and_then(|b| b.parsed().ok());
        match &self.vat_number {
            Some(written) => written_vat(written, business_id).map(Some),
            None if !self.vat => Ok(None),
            None => match (business_id, &self.business_id) {
                (Some(b), _) => Ok(Some(b.vat_number())),
                (None, Some(_)) => Ok(None),
                (None, None) => Err(VatError::NoBusinessId),
            },
        }
    }
}

/// A VAT number as written, normalised (`fi 2039 0966` is `FI20390966`)
/// and checked.
fn written_vat(written: &str, business_id: Option<&BusinessId>) -> Result<String, VatError> {
    let vat: String = written
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    let (country, rest) = vat.split_at_checked(2).unwrap_or((&vat, ""));
    let well_formed = country.chars().all(|c| c.is_ascii_uppercase())
        && country.len() == 2
        && (2..=12).contains(&rest.len())
        && rest.chars().all(|c| c.is_ascii_alphanumeric());
    if !well_formed {
        return Err(VatError::Format(written.to_string()));
    }
    if country != "FI" {
        return Ok(vat);
    }
    let as_id = (rest.len() == 8 && rest.chars().all(|c| c.is_ascii_digit()))
        .then(|| BusinessId::parse(&format!("{}-{}", &rest[..7], &rest[7..])).ok())
        .flatten()
        .ok_or_else(|| VatError::Finnish(written.to_string()))?;
    match business_id {
        Some(b) if *b != as_id => Err(VatError::Mismatch {
            given: written.to_string(),
            business_id: b.to_string(),
            expected: b.vat_number(),
        }),
        _ => Ok(vat),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::BusinessIdField;

    fn controller(business_id: Option<&str>, vat: bool, vat_number: Option<&str>) -> Controller {
        Controller {
            name: "Oy".into(),
            business_id: business_id.map(BusinessIdField::new),
            registration: None,
            vat,
            vat_number: vat_number.map(str::to_string),
            street: "Katu 1".into(),
            postal_code: "00100".into(),
            city: "Helsinki".into(),
            country: "FI".into(),
            phone: None,
            email: None,
            web: None,
        }
    }

    #[test]
    fn nothing_is_printed_unless_the_model_says_vat_registered() {
        assert_eq!(
            controller(Some("2039096-6"), false, None).vat_number(),
            Ok(None)
        );
        assert_eq!(controller(None, false, None).vat_number(), Ok(None));
    }

    #[test]
    fn vat_true_derives_the_number_from_the_business_id() {
        assert_eq!(
            controller(Some("2039096-6"), true, None).vat_number(),
            Ok(Some("FI20390966".into()))
        );
        assert_eq!(
            controller(None, true, None).vat_number(),
            Err(VatError::NoBusinessId)
        );
        // A wrong business ID is reported there, not twice.
        assert_eq!(
            controller(Some("2039096-5"), true, None).vat_number(),
            Ok(None)
        );
    }

    #[test]
    fn a_written_number_is_normalised_and_checked() {
        assert_eq!(
            controller(Some("2039096-6"), false, Some("fi 2039 0966")).vat_number(),
            Ok(Some("FI20390966".into()))
        );
        assert!(matches!(
            controller(Some("2039096-6"), false, Some("FI32218936")).vat_number(),
            Err(VatError::Mismatch { expected, .. }) if expected == "FI20390966"
        ));
        assert_eq!(
            controller(None, false, Some("FI20390965")).vat_number(),
            Err(VatError::Finnish("FI20390965".into()))
        );
        assert_eq!(
            controller(None, false, Some("SE556677889901")).vat_number(),
            Ok(Some("SE556677889901".into()))
        );
        for bad in ["20390966", "F120390966", "SE1", "SE55667788990123"] {
            assert_eq!(
                controller(None, false, Some(bad)).vat_number(),
                Err(VatError::Format(bad.into())),
                "{bad}"
            );
        }
    }
}

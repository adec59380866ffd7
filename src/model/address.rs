//! A postal address, one concept however a party of the model writes it:
//! the controller's is required and has a country, the contact's and the
//! representative's and the DPO's are optional in every part.

use super::{Contact, Controller, Dpo, Party};

/// A postal address, borrowed from a party of the model.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Address<'a> {
    /// Street and number.
    pub street: Option<&'a str>,
    /// Postal code.
    pub postal_code: Option<&'a str>,
    /// Post town.
    pub city: Option<&'a str>,
    /// Country as an ISO 3166 code, when the party has one of its own.
    pub country: Option<&'a str>,
}

impl Address<'_> {
    /// The postal code and the town, joined by a no-break space (a line
    /// never parts them); empty when neither is given.
    pub fn town(&self) -> String {
        [self.postal_code, self.city]
            .into_iter()
            .flatten()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("\u{a0}")
    }

    /// Street, postal code and town on one line, as every language writes
    /// them (`Mustikkapolku 1 A 5, 96500 Rovaniemi`); `None` when none is
    /// given. The country is the language's to write. The code and the town
    /// are joined by a no-break space: a line never parts them.
    pub fn line(&self) -> Option<String> {
        let town = self.town();
        let parts: Vec<&str> = [self.street, Some(town.as_str())]
            .into_iter()
            .flatten()
            .filter(|s| !s.is_empty())
            .collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    }
}

impl Controller {
    /// The controller's address.
    pub fn address(&self) -> Address<'_> {
        Address {
            street: Some(&self.street),
            postal_code: Some(&self.postal_code),
            city: Some(&self.city),
            country: Some(&self.country),
        }
    }
}

impl Contact {
    /// Where requests may be posted, if anywhere; the contact has no
    /// country of its own (it is the controller's).
    pub fn address(&self) -> Address<'_> {
        Address {
            street: self.street.as_deref(),
            postal_code: self.postal_code.as_deref(),
            city: self.city.as_deref(),
            country: None,
        }
    }
}

impl Dpo {
    /// Where the officer may be written to, if anywhere; the country is the
    /// controller's unless the officer's own is given.
    pub fn address(&self) -> Address<'_> {
        Address {
            street: self.street.as_deref(),
            postal_code: self.postal_code.as_deref(),
            city: self.city.as_deref(),
            country: self.country.as_deref(),
        }
    }
}

impl super::PostTo {
    /// The address requests are posted to.
    pub fn address(&self) -> Address<'_> {
        Address {
            street: self.street.as_deref(),
            postal_code: self.postal_code.as_deref(),
            city: self.city.as_deref(),
            country: self.country.as_deref(),
        }
    }
}

impl Party {
    /// The representative's address.
    pub fn address(&self) -> Address<'_> {
        Address {
            street: self.street.as_deref(),
            postal_code: self.postal_code.as_deref(),
            city: self.city.as_deref(),
            country: self.country.as_deref(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_leaves_out_what_is_not_given() {
        let full = Address {
            street: Some("Niittykatu 28"),
            postal_code: Some("04400"),
            city: Some("Järvenpää"),
            country: Some("FI"),
        };
        assert_eq!(
            full.line().as_deref(),
            Some("Niittykatu 28, 04400\u{a0}Järvenpää")
        );
        let town = Address {
            city: Some("Espoo"),
            ..Address::default()
        };
        assert_eq!(town.line().as_deref(), Some("Espoo"));
        assert_eq!(Address::default().line(), None);
    }
}

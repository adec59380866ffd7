//! A calendar date in the model (`updated = 2023-05-01`).
//!
//! TOML has a native date type and JSON does not, so both a TOML date and a
//! `"YYYY-MM-DD"` string are accepted. Only a plain date is meaningful here:
//! a time of day or an offset is refused rather than silently dropped.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::diagnostic::Said;

/// A date (year, month, day), checked to exist in the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The year, e.g. 2023.
    pub year: i32,
    /// The month, 1–12.
    pub month: u8,
    /// The day of the month, 1–31.
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD`, checking that the day exists.
    pub fn parse(s: &str) -> Result<Date, String> {
        let format = time::macros::format_description!("[year]-[month]-[day]");
        let d = time::Date::parse(s, &format)
            .map_err(|_| format!("'{s}' is not a date: write it as YYYY-MM-DD, e.g. 2023-05-01"))?;
        Ok(Date {
            year: d.year(),
            month: d.month() as u8,
            day: d.day(),
        })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(DateVisitor)
    }
}

struct DateVisitor;

impl<'de> Visitor<'de> for DateVisitor {
    type Value = Date;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a date such as 2023-05-01")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Date, E> {
        Date::parse(v).map_err(|_| E::custom(Said::new("not-a-date").arg("value", v).encode()))
    }

    /// TOML hands its native date-times over as a one-entry map holding the
    /// date as a string.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Date, A::Error> {
        let Some((_, raw)) = map.next_entry::<String, String>()? else {
            return Err(de::Error::custom(Said::new("expected-a-date").encode()));
        };
        Date::parse(&raw)
            .map_err(|_| de::Error::custom(Said::new("not-a-plain-date").arg("raw", raw).encode()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct H {
        d: Date,
    }

    #[test]
    fn accepts_toml_dates_and_strings() {
        let d = toml::from_str::<H>("d = 2023-05-01").unwrap().d;
        assert_eq!((d.year, d.month, d.day), (2023, 5, 1));
        let d = serde_json::from_str::<H>(r#"{"d":"2024-02-29"}"#)
            .unwrap()
            .d;
        assert_eq!(d.to_string(), "2024-02-29");
    }

    #[test]
    fn refuses_impossible_dates_and_times() {
        assert!(toml::from_str::<H>("d = 2023-02-30").is_err());
        assert!(toml::from_str::<H>("d = 2023-05-01T10:00:00").is_err());
        assert!(serde_json::from_str::<H>(r#"{"d":"1.5.2023"}"#).is_err());
    }
}

//! "Today" for the checks and the starter model, decided once per run (the
//! command line) or per request (the service).
//!
//! The checks never read the clock (tests stay deterministic, renders
//! byte-identical); a program asks here: the date it was given, else
//! `SOURCE_DATE_EPOCH` (the reproducible-builds convention, so that a CI run
//! can pin the date), else the system clock in UTC.

use crate::model::Date;

/// `SOURCE_DATE_EPOCH` is set but is not a number of seconds.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "SOURCE_DATE_EPOCH is '{0}', not a number of seconds since 1970; unset it or give the date"
)]
pub struct BadSourceDateEpoch(pub String);

/// The date to take as today: `given`, else `SOURCE_DATE_EPOCH`, else the
/// system clock (UTC).
pub fn today(given: Option<Date>) -> Result<Date, BadSourceDateEpoch> {
    if let Some(d) = given {
        return Ok(d);
    }
    let now = match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(s) => s
            .trim()
            .parse::<i64>()
            .ok()
            .and_then(|secs| time::OffsetDateTime::from_unix_timestamp(secs).ok())
            .ok_or(BadSourceDateEpoch(s))?,
        Err(_) => time::OffsetDateTime::now_utc(),
    };
    let d = now.date();
    Ok(Date {
        year: d.year(),
        month: d.month() as u8,
        day: d.day(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_given_date_is_taken_as_it_is() {
        let d = Date::parse("2026-02-03").unwrap();
        assert_eq!(today(Some(d)), Ok(d));
    }
}

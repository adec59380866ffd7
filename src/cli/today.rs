//! "Today" for the checks and the starter model, decided once per run.
//!
//! The library never reads the clock (tests stay deterministic, renders
//! byte-identical); the command line takes `--today`, else
//! `SOURCE_DATE_EPOCH` (the reproducible-builds convention, so a CI run can
//! pin the date), else the system clock in UTC.

use seloste::model::Date;

use super::CliError;

/// The date to use as today.
pub fn resolve(given: Option<Date>) -> Result<Date, CliError> {
    if let Some(d) = given {
        return Ok(d);
    }
    let now = match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(s) => s
            .trim()
            .parse::<i64>()
            .ok()
            .and_then(|secs| time::OffsetDateTime::from_unix_timestamp(secs).ok())
            .ok_or_else(|| {
                CliError::Usage(format!(
                    "SOURCE_DATE_EPOCH is '{s}', not a number of seconds since 1970; \
                     unset it or give --today YYYY-MM-DD"
                ))
            })?,
        Err(_) => time::OffsetDateTime::now_utc(),
    };
    let d = now.date();
    Ok(Date {
        year: d.year(),
        month: d.month() as u8,
        day: d.day(),
    })
}

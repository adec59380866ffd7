//! "Today" for the checks and the starter model: `--today`, else
//! `SOURCE_DATE_EPOCH`, else the clock (see [`crate::today`]).

use crate::model::Date;

use super::CliError;

/// The date to use as today.
pub fn resolve(given: Option<Date>) -> Result<Date, CliError> {
    crate::today(given).map_err(|e| {
        CliError::Usage(super::ui::say(
            crate::diagnostic::Said::new("cli-today").arg("error", e.to_string()),
        ))
    })
}

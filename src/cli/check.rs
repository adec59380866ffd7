//! `seloste check`: everything `render` would judge, for each model,
//! reported for people or as JSON.
//!
//! Every model is checked and reported even when an earlier one fails; the
//! exit status says whether any had errors.

use std::io::Write;

use super::args::{CheckArgs, ReportFormat};
use super::{CliError, request};
use crate::Report;
use crate::diagnostic::Said;
use crate::error::Error;

pub fn run(args: CheckArgs) -> Result<(), CliError> {
    let request = request::request(&args.check)?;
    let reports: Vec<Report> = args
        .models
        .iter()
        .map(|path| {
            request::job(path, request.clone(), &args.check)
                .check()
                .report
                .in_lang(super::ui::lang())
        })
        .collect();

    let write_failed = |source| Error::Write {
        path: "-".into(),
        source,
    };
    let mut out = anstream::stdout().lock();
    match args.format {
        ReportFormat::Json => {
            writeln!(out, "{}", Report::check_document(&reports)).map_err(write_failed)?
        }
        ReportFormat::Human => {
            for r in &reports {
                r.write_human(&mut out).map_err(write_failed)?;
                r.write_summary(&mut out).map_err(write_failed)?;
            }
        }
    }
    out.flush().map_err(write_failed)?;

    let failed = reports.iter().filter(|r| !r.passed()).count();
    match (failed, reports.len()) {
        (0, _) => Ok(()),
        (_, 1) => Err(CliError::Reported(
            Said::new("cli-not-passed")
                .arg("file", reports[0].file.clone())
                .in_lang(super::ui::lang()),
        )),
        (f, n) => Err(CliError::Reported(
            Said::new("cli-not-passed-many")
                .arg("failed", f.to_string())
                .arg("count", n.to_string())
                .in_lang(super::ui::lang()),
        )),
    }
}

//! `seloste check`: validation and the GDPR completeness rules for each
//! model, reported for people or as JSON.
//!
//! Every model is checked and reported even when an earlier one fails; the
//! exit status says whether any had errors.

use std::io::Write;
use std::path::Path;

use super::CliError;
use super::args::{CheckArgs, ReportFormat};
use super::report::{self, ModelReport};
use super::today;
use seloste::check::{self, Finding, Options};
use seloste::model::Problem;
use seloste::{Error, pipeline};

pub fn run(args: CheckArgs) -> Result<(), CliError> {
    let options = Options {
        today: today::resolve(args.check.today)?,
        deny_warnings: args.check.deny_warnings,
    };
    let reports: Vec<ModelReport> = args
        .models
        .iter()
        .map(|path| check_one(path, &options))
        .collect();

    let write_failed = |source| Error::Write {
        path: "-".into(),
        source,
    };
    let mut out = anstream::stdout().lock();
    match args.format {
        ReportFormat::Json => writeln!(out, "{}", report::json(&reports)).map_err(write_failed)?,
        ReportFormat::Human => {
            for r in &reports {
                report::findings(&mut out, r).map_err(write_failed)?;
                report::summary(&mut out, r).map_err(write_failed)?;
            }
        }
    }
    out.flush().map_err(write_failed)?;

    let failed = reports.iter().filter(|r| !r.passed).count();
    match (failed, reports.len()) {
        (0, _) => Ok(()),
        (_, 1) => Err(CliError::Reported(format!(
            "{} does not pass the check",
            reports[0].file
        ))),
        (f, n) => Err(CliError::Reported(format!(
            "{f} of {n} models do not pass the check"
        ))),
    }
}

/// Loads and checks one model (a model file, or the model attached to a PDF
/// made by seloste); a file that cannot be read or parsed is an
/// `invalid-model` finding like any other.
fn check_one(path: &Path, options: &Options) -> ModelReport {
    let file = path.display().to_string();
    let invalid = |problems: Vec<Problem>| -> Vec<Finding> {
        problems
            .into_iter()
            .map(|p| check::invalid(p, options))
            .collect()
    };
    let (source, findings) = match pipeline::load(path, &file) {
        // The model's own wording folder counts: its keys are catalogue keys.
        Ok(loaded) => match pipeline::catalogue(&loaded, &file) {
            Ok(catalogue) => {
                let findings = check::check(&loaded, &catalogue, options);
                (Some(loaded.text), findings)
            }
            Err(Error::Invalid { problems, .. }) => (Some(loaded.text), invalid(problems)),
            Err(e) => (Some(loaded.text), vec![unreadable(e, options)]),
        },
        // The source is shown with the problem when it is text (not a PDF).
        Err(Error::Invalid { problems, .. }) => {
            (std::fs::read_to_string(path).ok(), invalid(problems))
        }
        Err(e) => (None, vec![unreadable(e, options)]),
    };
    ModelReport::new(file, source, findings)
}

/// A file that could not be read, or a PDF without a model in it.
fn unreadable(e: Error, options: &Options) -> Finding {
    let help = match e {
        Error::Read { .. } => "check the path; `seloste init` writes a starter model to begin with",
        Error::Attachment { .. } => {
            "give the model file, or a PDF that seloste made with its model attached"
        }
        _ => "follow the message; `docs/model.md` describes every field",
    };
    check::invalid(Problem::message(e.to_string()).help(help), options)
}

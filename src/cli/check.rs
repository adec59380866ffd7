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
use seloste::model::{self, LoadError, Problem};
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

/// Loads and checks one model; a file that cannot be read or parsed is an
/// `invalid-model` finding like any other.
fn check_one(path: &Path, options: &Options) -> ModelReport {
    let file = path.display().to_string();
    let (source, findings) = match model::load(path) {
        // The model's own wording folder counts: its keys are catalogue keys.
        Ok(loaded) => match pipeline::catalogue(&loaded, &file) {
            Ok(catalogue) => {
                let findings = check::check(&loaded, &catalogue, options);
                (Some(loaded.text), findings)
            }
            Err(Error::Invalid { problems, .. }) => {
                let findings = problems
                    .into_iter()
                    .map(|p| check::invalid(p, options))
                    .collect();
                (Some(loaded.text), findings)
            }
            Err(e) => (Some(loaded.text), vec![unreadable_catalogue(e, options)]),
        },
        Err(LoadError::Invalid(p)) => (
            std::fs::read_to_string(path).ok(),
            vec![check::invalid(p, options)],
        ),
        Err(e @ LoadError::Read { .. }) => (None, vec![unreadable(e, options)]),
    };
    ModelReport::new(file, source, findings)
}

fn unreadable(e: LoadError, options: &Options) -> Finding {
    let problem = Problem::message(e.to_string())
        .help("check the path; `seloste init` writes a starter model to begin with");
    check::invalid(problem, options)
}

/// The catalogue could not be built for reasons other than the model's
/// wording (which are located problems).
fn unreadable_catalogue(e: Error, options: &Options) -> Finding {
    check::invalid(Problem::message(e.to_string()), options)
}

//! `seloste check`: everything `render` would judge, for each model,
//! reported for people or as JSON.
//!
//! Every model is checked and reported even when an earlier one fails; the
//! exit status says whether any had errors.

use std::io::Write;

use super::args::{CheckArgs, ReportFormat};
use super::ui::{lang, say};
use super::{CliError, request};
use crate::Report;
use crate::check::rules;
use crate::diagnostic::Said;
use crate::diagnostic::{article, nearest, word};
use crate::error::Error;

pub fn run(args: CheckArgs) -> Result<(), CliError> {
    if let Some(rule) = &args.explain {
        return explain(rule);
    }
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

/// `--explain RULE`: the rule's id, severity and article, what it checks and
/// how to fix what it finds, in the user's language.
fn explain(id: &str) -> Result<(), CliError> {
    let Some(rule) = rules().find(|r| r.id == id) else {
        let ids: Vec<&str> = rules().map(|r| r.id).collect();
        let help = match nearest(id, ids.iter().copied()) {
            Some(best) => Said::new("did-you-mean").arg("name", best),
            None => Said::new("valid-names").arg("names", ids.join(", ")),
        };
        return Err(CliError::Usage(say(Said::new("cli-no-such-rule")
            .arg("rule", id)
            .said("help", help))));
    };
    let l = lang();
    let severity = word(
        match rule.severity {
            crate::diagnostic::Severity::Error => "report-error",
            crate::diagnostic::Severity::Warning => "report-warning",
        },
        l,
    );
    let mut text = format!("{} ({severity}", rule.id);
    if rule.article != "—" {
        let cited = Said::new("report-gdpr").arg("article", article::in_lang(rule.article, l));
        text.push_str(&format!(", {}", say(cited)));
    }
    text.push_str(&format!(
        ")\n\n{}\n\n{}: {}\n",
        rule.checks(l),
        word("report-help", l),
        rule.fix(l)
    ));
    super::write_stdout(&mut std::io::stdout().lock(), text.as_bytes())
}

//! `seloste render`: a model to one PDF per language layout, or many models
//! as a batch.

use std::path::Path;

use super::args::RenderArgs;
use super::write::{self, Target};
use super::{CliError, batch, inputs, request};
use crate::{Engine, Failure, Layout, Report, Stage};

pub fn run(args: RenderArgs) -> Result<(), CliError> {
    let models = inputs::models(&args.models)?;
    match &models[..] {
        [] if args.jobs.is_none() => Err(CliError::Usage(super::ui::say(
            crate::diagnostic::Said::new("cli-no-model"),
        ))),
        [one]
            if args.jobs.is_none()
                && args.models.len() == 1
                && !args.models[0].is_dir()
                && args.report.is_none()
                && args.shard.is_none() =>
        {
            run_one(&args, one)
        }
        _ => batch::run(&args, models),
    }
}

/// One model: its documents to a file, a folder or standard output.
fn run_one(args: &RenderArgs, model: &Path) -> Result<(), CliError> {
    let target = Target::from_output(args.output.as_deref());
    let kinds = target.kinds(&args.format)?;
    let layouts = |layouts: &[Layout]| {
        let layouts = layouts
            .iter()
            .map(Layout::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        match &kinds[..] {
            [_] => layouts,
            kinds => super::ui::say(
                crate::diagnostic::Said::new("cli-layouts-each-as")
                    .arg("layouts", layouts)
                    .arg(
                        "kinds",
                        kinds
                            .iter()
                            .map(|k| k.name())
                            .collect::<Vec<_>>()
                            .join(" + "),
                    ),
            ),
        }
    };
    // Layouts asked for on the command line are judged before any work.
    let asked = &args.check.lang;
    if !asked.is_empty() {
        target.takes(asked.len() * kinds.len(), || layouts(asked))?;
    }
    let request = request::render(args)?.kinds(kinds.clone());
    let made = request::job(model, request, &args.check)
        .run(&Engine::new())
        .map_err(rejected)?;
    show(&made.warnings);
    let mut made_layouts: Vec<Layout> = made.documents.iter().map(|d| d.layout).collect();
    made_layouts.dedup();
    target.takes(made.documents.len(), || layouts(&made_layouts))?;

    if let Target::Stdout = target {
        let mut out = std::io::stdout().lock();
        for d in &made.documents {
            super::write_stdout(&mut out, &d.bytes)?;
        }
        return Ok(());
    }
    let paths = target.paths(&made.documents);
    // Only now that every document exists is anything created on disk.
    let dir = match &target {
        Target::Dir(dir) => Some(dir.as_path()),
        _ => None,
    };
    write::documents(&paths, &made.documents, dir, model, args.replace_signed)?;
    if !args.quiet {
        for path in &paths {
            eprintln!("{}", super::ui::wrote(path));
        }
    }
    Ok(())
}

/// A failed job as the command line reports it.
fn rejected(failure: Failure) -> CliError {
    let outcome = match failure.stage {
        Stage::Check => "cli-not-printed",
        _ => "cli-nothing-written",
    };
    CliError::Rejected(failure.report, outcome)
}

/// Shows a report's diagnostics on standard error, which stays free of PDF
/// bytes when the document goes to standard output.
fn show(report: &Report) {
    if report.is_empty() {
        return;
    }
    let mut err = anstream::stderr().lock();
    let report = report.clone().in_lang(super::ui::lang());
    // Failing to show a warning must not fail the render.
    let _ = report
        .write_human(&mut err)
        .and_then(|()| report.write_summary(&mut err));
}

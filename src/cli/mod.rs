//! The command-line program: a thin layer over the library.

mod args;
mod batch;
mod catalog;
mod check;
mod dev_view;
mod extract;
mod init;
mod inputs;
mod lines;
mod render;
mod request;
mod schema;
mod serve;
mod today;
mod translate;
mod ui;
mod write;

use std::io::Write;

use crate::Report;
use crate::diagnostic::word;
use crate::error::Error;
use args::{Cli, Command};

/// How a command failed, which decides what is shown and the exit status.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The command line asks for something impossible (exit 2).
    #[error("{0}")]
    Usage(String),
    /// The model, or a file it names, is wrong; the report says how, and
    /// the diagnostics message named says what was left unwritten (exit 1).
    #[error("{}", .0.file)]
    Rejected(Report, &'static str),
    /// The document could not be made or written (exit 1).
    #[error(transparent)]
    Failed(#[from] Error),
    /// The findings have been reported already; this sums them up (exit 1).
    #[error("{0}")]
    Reported(String),
    /// Stopped by Ctrl-C or SIGTERM before the end (exit 130, as a shell
    /// reports a process ended by SIGINT).
    #[error("{0}")]
    Interrupted(String),
}

impl From<Report> for CliError {
    fn from(report: Report) -> Self {
        CliError::Rejected(report, "cli-nothing-written")
    }
}

impl CliError {
    /// Shows the failure on standard error and gives the exit status. A
    /// closed standard output (`seloste render -o - … | head`) is no
    /// failure: the reader has what it wanted, and the exit is quiet.
    pub fn report(&self) -> i32 {
        let mut err = anstream::stderr().lock();
        // What cannot be shown on standard error cannot be shown at all.
        let _ = match self {
            CliError::Failed(Error::Write { path, source })
                if path.as_os_str() == "-" && source.kind() == std::io::ErrorKind::BrokenPipe =>
            {
                return 0;
            }
            CliError::Rejected(report, outcome) => {
                let report = report.clone().in_lang(ui::lang());
                report
                    .write_human(&mut err)
                    .and_then(|()| report.write_summary(&mut err))
                    .and_then(|()| {
                        writeln!(
                            err,
                            "{}: {}: {}",
                            word("report-error", ui::lang()),
                            report.file,
                            word(outcome, ui::lang())
                        )
                    })
            }
            CliError::Failed(Error::Write { path, source }) => writeln!(
                err,
                "{}: {}",
                word("report-error", ui::lang()),
                ui::say(
                    crate::diagnostic::Said::new("cli-cannot-write")
                        .arg("path", path.display().to_string())
                        .said("why", crate::diagnostic::io_said(source))
                )
            ),
            other => writeln!(err, "{}: {other}", word("report-error", ui::lang())),
        };
        match self {
            CliError::Usage(_) => 2,
            CliError::Interrupted(_) => 130,
            _ => 1,
        }
    }
}

/// Writes `bytes` to `out` (standard output) and flushes it; a failure is
/// a write error of `-`, which [`CliError::report`] keeps quiet about when
/// the reader has gone.
pub fn write_stdout(out: &mut dyn Write, bytes: &[u8]) -> Result<(), CliError> {
    out.write_all(bytes)
        .and_then(|()| out.flush())
        .map_err(|source| {
            Error::Write {
                path: "-".into(),
                source,
            }
            .into()
        })
}

/// Parses the command line, runs it, and exits with its status.
pub fn main() {
    use clap::Parser;
    let parsed = args::Cli::parse();
    // The languages of a notice are typeset on rayon's global pool, whose
    // threads need more stack than the default for typst.
    rayon::ThreadPoolBuilder::new()
        .stack_size(crate::STACK_SIZE)
        .build_global()
        .expect("the global thread pool is built once, first");
    if let Err(e) = run(parsed) {
        std::process::exit(e.report());
    }
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<(), CliError> {
    ui::init(cli.ui_lang);
    match cli.command {
        Command::Render(args) => render::run(args),
        Command::Translate(args) => translate::run(args),
        Command::Check(args) => check::run(args),
        Command::Init(args) => init::run(args),
        Command::Schema => schema::run(),
        Command::Catalog(args) => catalog::run(args),
        Command::Extract(args) => extract::run(args),
        Command::DevView(args) => dev_view::run(args),
        Command::Serve(args) => serve::run(args),
    }
}

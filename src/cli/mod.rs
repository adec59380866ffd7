//! The command-line program: a thin layer over the library.

pub mod args;
mod catalog;
mod check;
mod dev_view;
mod extract;
mod init;
mod render;
mod report;
mod schema;
mod stem;
mod today;
mod translate;

use args::{Cli, Command};

/// How a command failed, which decides the exit status.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The command line asks for something impossible (exit 2).
    #[error("{0}")]
    Usage(String),
    /// The input is invalid or the document could not be made (exit 1).
    #[error(transparent)]
    Failed(#[from] seloste::Error),
    /// The findings have been reported already; this sums them up (exit 1).
    #[error("{0}")]
    Reported(String),
}

impl CliError {
    /// The process exit status for this failure.
    pub fn exit_code(&self) -> i32 {
        match self {
            CliError::Usage(_) => 2,
            CliError::Failed(_) | CliError::Reported(_) => 1,
        }
    }
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<(), CliError> {
    match cli.command {
        Command::Render(args) => render::run(args),
        Command::Translate(args) => translate::run(args),
        Command::Check(args) => check::run(args),
        Command::Init(args) => init::run(args),
        Command::Schema => schema::run(),
        Command::Catalog(args) => catalog::run(args),
        Command::Extract(args) => extract::run(args),
        Command::DevView(args) => dev_view::run(args),
    }
}

//! The command line, as clap derive structs and nothing else.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use seloste::Layout;

/// Makes GDPR privacy notices (tietosuojaseloste, dataskyddsbeskrivning) as
/// archival, accessible PDFs in Finnish, Swedish and English.
#[derive(Debug, Parser)]
#[command(name = "seloste", version, about, long_about = None)]
#[command(after_help = "\
Exit status: 0 when everything was written, 1 when the model is invalid or a \
document could not be made (nothing is written then), 2 when the command line \
is wrong.

Example: seloste render examples/iljoja.toml --lang fi,sv -o out/")]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Render a notice model (TOML or JSON) to PDF, one file per language.
    #[command(after_help = "\
Files are named <model>.<lang>.pdf (e.g. iljoja.fi.pdf, iljoja.fi+sv.pdf) in the \
output folder. Every language is checked before anything is written: if one \
language cannot be made, no file is written.

Examples:
  seloste render notice.toml                  languages the model promises, into .
  seloste render notice.toml --lang sv -o -   Swedish, to standard output
  seloste render notice.toml --lang fi+sv     Finnish and Swedish side by side
  seloste render notice.toml -o notice.pdf    one language, to that file")]
    Render(RenderArgs),
    /// Compile the template with a view file (for template development).
    #[command(hide = true)]
    DevView(DevViewArgs),
}

/// Arguments of `seloste render`.
#[derive(Debug, Args)]
pub struct RenderArgs {
    /// The notice model (.toml, or .json).
    pub model: PathBuf,
    /// Languages to render, comma-separated: fi, sv, en, or two joined by a
    /// plus sign for a side-by-side document (fi+sv). Default: the languages
    /// the model promises in document.languages.
    #[arg(short, long, value_delimiter = ',', value_name = "LANGS")]
    pub lang: Vec<Layout>,
    /// Where to write: a file name ending in .pdf (one language only), - for
    /// standard output (one language only), or else a folder, made if it does
    /// not exist (default: the current folder).
    #[arg(short, long, value_name = "FILE|DIR|-")]
    pub output: Option<PathBuf>,
    /// Do not list the files written.
    #[arg(short, long)]
    pub quiet: bool,
}

/// Arguments of `seloste dev-view`.
#[derive(Debug, Args)]
pub struct DevViewArgs {
    /// A view file in the format of typst-templates/README.md.
    pub view: PathBuf,
    /// The PDF to write.
    #[arg(short, long)]
    pub output: PathBuf,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }
}

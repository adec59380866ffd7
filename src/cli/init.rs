//! `seloste init`: the commented starter model, written where asked.

use std::path::Path;

use super::CliError;
use super::args::InitArgs;
use super::today;
use super::ui::say;
use crate::diagnostic::Said;
use crate::error::Error;
use crate::i18n::Catalogue;
use crate::{output, starter};

pub fn run(args: InitArgs) -> Result<(), CliError> {
    let today = today::resolve(args.today)?;
    let catalogue = Catalogue::builtin().map_err(Error::from)?;
    let text = starter::starter(catalogue, args.lang, today).map_err(Error::from)?;
    let path = &args.output;
    if path == Path::new("-") {
        return super::write_stdout(&mut std::io::stdout().lock(), text.as_bytes());
    }
    if path.exists() && !args.force {
        return Err(CliError::Usage(say(
            Said::new("cli-init-exists").arg("path", path.display().to_string())
        )));
    }
    output::write_atomic(path, text.as_bytes())?;
    eprintln!(
        "{}",
        say(Said::new("cli-init-wrote").arg("path", path.display().to_string()))
    );
    Ok(())
}

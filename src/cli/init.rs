//! `seloste init`: the commented starter model, written where asked.

use std::path::Path;

use super::CliError;
use super::args::InitArgs;
use super::today;
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
        return Err(CliError::Usage(format!(
            "'{}' already exists; give --force to overwrite it, or -o another file",
            path.display()
        )));
    }
    output::write_atomic(path, text.as_bytes())?;
    eprintln!(
        "wrote {0}: replace every \"<…>\" placeholder, then run: seloste check {0}",
        path.display()
    );
    Ok(())
}

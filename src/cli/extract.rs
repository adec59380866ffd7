//! `seloste extract`: the model attached to a PDF, written back out.

use std::path::{Path, PathBuf};

use super::CliError;
use super::args::ExtractArgs;
use super::ui::{say, wrote};
use crate::diagnostic::Said;
use crate::error::Error;
use crate::notice::attached_model;
use crate::output;

pub fn run(args: ExtractArgs) -> Result<(), CliError> {
    let model = attached_model(&args.pdf)?;
    let default_name = format!(
        "{}.{}",
        crate::naming::notice_stem(&args.pdf),
        model.extension()
    );
    // Only a file the user named is replaced; a default name never
    // overwrites a model that someone may have edited since.
    let (path, replace) = match args.output.as_deref() {
        Some(p) if p == Path::new("-") => {
            return super::write_stdout(&mut std::io::stdout().lock(), &model.bytes);
        }
        Some(p) if p.is_dir() || p.to_string_lossy().ends_with('/') => {
            std::fs::create_dir_all(p).map_err(|source| Error::Write {
                path: p.to_path_buf(),
                source,
            })?;
            (p.join(&default_name), false)
        }
        Some(p) => (p.to_path_buf(), true),
        None => (PathBuf::from(&default_name), false),
    };
    if !replace && path.exists() && std::fs::read(&path).ok().as_ref() != Some(&model.bytes) {
        return Err(CliError::Usage(say(
            Said::new("cli-extract-exists").arg("path", path.display().to_string())
        )));
    }
    output::write_atomic(&path, &model.bytes)?;
    if !args.quiet {
        eprintln!("{}", wrote(&path));
    }
    Ok(())
}

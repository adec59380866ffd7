//! The models a render names: files as they are, the model files of a
//! folder, and the paths listed on standard input.

use std::path::{Path, PathBuf};

use super::{CliError, lines};

/// The models named on the command line: files as they are, the model files
/// (`.toml`, `.json`) of a folder in name order, and for `-` the paths read
/// from standard input, one a line.
pub fn models(given: &[PathBuf]) -> Result<Vec<PathBuf>, CliError> {
    let mut out = Vec::new();
    for path in given {
        if path == Path::new("-") {
            for line in lines::read(std::io::stdin().lock(), "the list of models")? {
                let path = line.text.map_err(|why| {
                    CliError::Usage(format!(
                        "line {} of the list of models on standard input: {why}",
                        line.number
                    ))
                })?;
                out.push(PathBuf::from(path));
            }
        } else if path.is_dir() {
            let mut models: Vec<PathBuf> = std::fs::read_dir(path)
                .map_err(|e| CliError::Usage(format!("cannot read '{}': {e}", path.display())))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.is_file()
                        && p.extension().is_some_and(|e| {
                            e.eq_ignore_ascii_case("toml") || e.eq_ignore_ascii_case("json")
                        })
                })
                .collect();
            models.sort();
            out.extend(models);
        } else {
            out.push(path.clone());
        }
    }
    Ok(out)
}

//! The models a render names: files as they are, the model files of a
//! folder, and the paths listed on standard input.

use std::path::{Path, PathBuf};

use super::ui::{cannot_read, say};
use super::{CliError, lines};
use crate::diagnostic::Said;

/// The models named on the command line: files as they are, the model files
/// (`.toml`, `.json`) of a folder in name order, and for `-` the paths read
/// from standard input, one a line.
pub fn models(given: &[PathBuf]) -> Result<Vec<PathBuf>, CliError> {
    let mut out = Vec::new();
    for path in given {
        if path == Path::new("-") {
            let what = say(Said::new("cli-the-list-of-models"));
            for line in lines::read(std::io::stdin().lock(), &what)? {
                let path = line.text.map_err(|why| {
                    CliError::Usage(say(Said::new("cli-list-line")
                        .arg("number", line.number.to_string())
                        .arg("why", why)))
                })?;
                out.push(PathBuf::from(path));
            }
        } else if path.is_dir() {
            let mut models: Vec<PathBuf> = std::fs::read_dir(path)
                .map_err(|e| CliError::Usage(cannot_read(path, &e)))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.is_file()
                        && p.extension().is_some_and(|e| {
                            e.eq_ignore_ascii_case("toml") || e.eq_ignore_ascii_case("json")
                        })
                })
                .filter(|p| !translators_file(p))
                .collect();
            models.sort();
            out.extend(models);
        } else {
            out.push(path.clone());
        }
    }
    Ok(out)
}

/// Whether the file at `path` is a translator's file that `seloste
/// translate` wrote beside the model: it is no model, so a folder's run
/// passes it over, saying so.
fn translators_file(path: &Path) -> bool {
    use std::io::Read;
    let mut head = Vec::new();
    let read = std::fs::File::open(path)
        .and_then(|f| f.take(4096).read_to_end(&mut head))
        .is_ok();
    let is = read && crate::translate::is_translator_file(&String::from_utf8_lossy(&head));
    if is {
        eprintln!(
            "{}",
            say(Said::new("cli-translators-file").arg("path", path.display().to_string()))
        );
    }
    is
}

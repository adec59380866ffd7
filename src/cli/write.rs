//! Where a notice's documents go, judged once from `-o` for a single
//! render and for a batch alike, and writing them there: atomically, never
//! over the model they were made from, never over a signed PDF unless told.

use std::path::{Path, PathBuf};

use super::CliError;
use super::ui::say;
use crate::diagnostic::Said;
use crate::error::Error;
use crate::output;
use crate::{Document, DocumentKind};

/// Where the documents go.
pub enum Target {
    /// Standard output (`-o -`): one document.
    Stdout,
    /// A file (`-o notice.pdf`, `-o notice.html`): one document.
    File(PathBuf),
    /// A folder, made if need be: `DIR/<stem>.<layout>.pdf`.
    Dir(PathBuf),
}

impl Target {
    /// What `-o` names: `-`, a name ending in `.pdf` or `.html` (in any
    /// case), or else a folder (default: the current one).
    pub fn from_output(output: Option<&Path>) -> Target {
        match output {
            None => Target::Dir(PathBuf::from(".")),
            Some(p) if p == Path::new("-") => Target::Stdout,
            Some(p) if p.is_dir() || file_kind(p).is_none() => Target::Dir(p.to_path_buf()),
            Some(p) => Target::File(p.to_path_buf()),
        }
    }

    /// The kinds of document to make: those asked with `--format`, else
    /// what the file's name ends in, else a PDF. A file whose ending says
    /// another format than the one asked is refused.
    pub fn kinds(&self, asked: &[DocumentKind]) -> Result<Vec<DocumentKind>, CliError> {
        let named = match self {
            Target::File(p) => file_kind(p).map(|k| (p, k)),
            _ => None,
        };
        match (asked, named) {
            ([], Some((_, kind))) => Ok(vec![kind]),
            ([], None) => Ok(vec![DocumentKind::Pdf]),
            ([one], Some((p, kind))) if one.is_html() != kind.is_html() => {
                Err(CliError::Usage(say(Said::new(if kind.is_html() {
                    "cli-named-html"
                } else {
                    "cli-named-pdf"
                })
                .arg("path", p.display().to_string())
                .arg("format", one.to_string())
                .arg("extension", one.extension()))))
            }
            (asked, _) => Ok(asked.to_vec()),
        }
    }

    /// Refuses a target that cannot take `count` documents (`what` says
    /// which): standard output and a file take one.
    pub fn takes(&self, count: usize, what: impl Fn() -> String) -> Result<(), CliError> {
        let one = match self {
            Target::Dir(_) => return Ok(()),
            Target::Stdout => Said::new("cli-standard-output"),
            Target::File(p) => Said::new("cli-the-file").arg("path", p.display().to_string()),
        };
        if count == 1 {
            return Ok(());
        }
        Err(CliError::Usage(say(Said::new("cli-takes-one")
            .said("one", one)
            .count("count", count)
            .arg("what", what()))))
    }

    /// The path each document goes to; none for standard output.
    pub fn paths(&self, documents: &[Document]) -> Vec<PathBuf> {
        documents
            .iter()
            .filter_map(|d| match self {
                Target::Stdout => None,
                Target::File(p) => Some(p.clone()),
                Target::Dir(dir) => Some(dir.join(&d.name)),
            })
            .collect()
    }
}

/// The kind of document a file name ends in: `.pdf`, `.html` or `.htm`.
fn file_kind(p: &Path) -> Option<DocumentKind> {
    let ext = p.extension()?.to_string_lossy().to_ascii_lowercase();
    match ext.as_str() {
        "pdf" => Some(DocumentKind::Pdf),
        "html" | "htm" => Some(DocumentKind::Html),
        _ => None,
    }
}

/// Writes `documents` to `paths` (as [`Target::paths`] gave them), all or
/// none replaced, after refusing a path that is the model `input` or a
/// signed PDF (unless `replace_signed`); the folder `dir` is made, if given,
/// only once nothing is refused.
pub fn documents(
    paths: &[PathBuf],
    documents: &[Document],
    dir: Option<&Path>,
    input: &Path,
    replace_signed: bool,
) -> Result<(), CliError> {
    for path in paths {
        guard(path, input, replace_signed)?;
    }
    if let Some(dir) = dir {
        folder(dir)?;
    }
    let files: Vec<(&Path, &[u8])> = paths
        .iter()
        .zip(documents)
        .map(|(p, d)| (p.as_path(), d.bytes.as_slice()))
        .collect();
    output::write_all_atomic(&files)?;
    Ok(())
}

/// Makes the folder `dir` if it does not exist.
fn folder(dir: &Path) -> Result<(), CliError> {
    if dir.is_dir() {
        return Ok(());
    }
    std::fs::create_dir_all(dir).map_err(|source| {
        Error::Write {
            path: dir.to_path_buf(),
            source,
        }
        .into()
    })
}

/// Refuses to write over the model the notice was made from (a signed PDF
/// rendered again in its own folder would destroy the signature) or over a
/// signed PDF, unless `replace_signed` says so.
fn guard(path: &Path, input: &Path, replace_signed: bool) -> Result<(), CliError> {
    let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if same(path, input) {
        return Err(CliError::Usage(say(
            Said::new("cli-write-over-input").arg("path", path.display().to_string())
        )));
    }
    if !replace_signed && is_signed(path) {
        return Err(CliError::Usage(say(
            Said::new("cli-write-over-signed").arg("path", path.display().to_string())
        )));
    }
    Ok(())
}

/// Whether the file at `path` is a PDF with a digital signature in it (a
/// signature dictionary's `/ByteRange`).
fn is_signed(path: &Path) -> bool {
    std::fs::read(path)
        .map(|bytes| crate::pdf::is_pdf(&bytes) && bytes.windows(10).any(|w| w == b"/ByteRange"))
        .unwrap_or(false)
}

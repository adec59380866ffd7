//! Reading a model: from its file, or from the PDF it is attached to.

use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::model::{self, Format, Loaded};
use crate::pdf;

/// Loads a model file, or the model attached to a PDF made by seloste. A PDF
/// is told by its first bytes (`%PDF-`) or its name; relative paths in
/// its model (a logo, a wording folder) are resolved against the PDF's
/// folder. Read failures are [`Error::Read`], a PDF without a readable model
/// [`Error::Attachment`], and parse failures [`Error::Invalid`].
pub fn load(path: &Path, file: &str) -> Result<Loaded, Error> {
    let read_error = |source| Error::Read {
        path: path.to_path_buf(),
        source,
    };
    let bytes = std::fs::read(path).map_err(read_error)?;
    let base_dir = path
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    // A file named *.pdf that is not one is a damaged or mistaken download;
    // "not a PDF" says that better than a TOML syntax error would.
    let named_pdf = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
    let (bytes, format, attachment) = if pdf::is_pdf(&bytes) || named_pdf {
        let model = pdf::attached_model(&bytes).map_err(|source| Error::Attachment {
            path: path.to_path_buf(),
            source,
        })?;
        let format = model.format();
        (model.bytes, format, Some(model.name))
    } else {
        (bytes, Format::of(path), None)
    };
    let text = String::from_utf8(bytes).map_err(|_| {
        read_error(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            "it is neither UTF-8 text nor a PDF",
        ))
    })?;
    let file = match &attachment {
        Some(name) => format!("{file} (attached {name})"),
        None => file.to_string(),
    };
    let mut loaded = model::parse(&text, format, base_dir).map_err(|p| Error::Invalid {
        file,
        problems: vec![p],
    })?;
    loaded.attachment = attachment;
    Ok(loaded)
}

/// Parses `text` as a model in the format of `loaded` (e.g. a model just
/// edited by a merge), as an error naming `file` if it is no longer valid.
pub fn parse_check(text: &str, loaded: &Loaded, file: &str) -> Result<(), Error> {
    model::parse(text, loaded.format, loaded.base_dir.clone())
        .map(|_| ())
        .map_err(|p| Error::Invalid {
            file: file.to_string(),
            problems: vec![p],
        })
}

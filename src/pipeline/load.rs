//! Reading a model: from its file, or from the PDF it is attached to.

use std::path::Path;

use crate::error::Error;
use crate::model::{self, Format, Loaded};
use crate::pdf::{self, AttachedModel};

/// Loads a model file, or the model attached to a PDF made by seloste. A PDF
/// is told by its first bytes (`%PDF-`) or its name; relative paths in
/// its model (a logo, a wording folder) are resolved against the PDF's
/// folder. Read failures are [`Error::Read`], a PDF without a readable model
/// [`Error::Attachment`], and parse failures [`Error::Invalid`].
pub fn load(path: &Path, file: &str) -> Result<Loaded, Error> {
    let bytes = read(path)?;
    // A file named *.pdf that is not one is a damaged or mistaken download;
    // "not a PDF" says that better than a TOML syntax error would.
    let named_pdf = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
    let (bytes, format, attachment) = if pdf::is_pdf(&bytes) || named_pdf {
        let model = attached_in(path, &bytes)?;
        let format = model.format();
        (model.bytes, format, Some(model.name))
    } else {
        (bytes, Format::of(path), None)
    };
    let text = String::from_utf8(bytes).map_err(|_| Error::Read {
        path: path.to_path_buf(),
        source: std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            "it is neither UTF-8 text nor a PDF",
        ),
    })?;
    let mut loaded =
        model::parse(&text, format, model::base_dir(path)).map_err(|p| Error::Invalid {
            file: shown_name(file, attachment.as_deref()),
            problems: vec![p],
        })?;
    loaded.attachment = attachment;
    Ok(loaded)
}

/// The model attached to the PDF at `path`, as `seloste extract` writes it.
pub fn attached_model(path: &Path) -> Result<AttachedModel, Error> {
    attached_in(path, &read(path)?)
}

/// How problems name a model: its file, or the attachment in the PDF it
/// was read from, whose lines they count.
pub(super) fn shown_name(file: &str, attachment: Option<&str>) -> String {
    match attachment {
        Some(name) => format!("{file} (attached {name})"),
        None => file.to_string(),
    }
}

fn read(path: &Path) -> Result<Vec<u8>, Error> {
    std::fs::read(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })
}

fn attached_in(path: &Path, bytes: &[u8]) -> Result<AttachedModel, Error> {
    pdf::attached_model(bytes).map_err(|source| Error::Attachment {
        path: path.to_path_buf(),
        source,
    })
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

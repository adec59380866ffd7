//! Reading a model: from text, from its file, or from the PDF it is attached
//! to. Every failure is a [`Report`] naming the file, so that `check` and
//! `render` show a file that cannot be read as they show any other problem.

use std::path::Path;
use std::sync::Arc;

use super::Notice;
use crate::diagnostic::{Diagnostic, Report, Said, io_said};
use crate::model::{self, Format};
use crate::pdf::{self, AttachedModel};

/// The largest model file read: a real notice is a few kilobytes, and the
/// limit keeps `seloste check /dev/zero` from reading until memory runs out.
pub const MAX_MODEL_BYTES: u64 = 4 * 1024 * 1024;

/// The largest PDF read for its attached model.
pub const MAX_PDF_BYTES: u64 = 64 * 1024 * 1024;

/// The model in `text`, named `name` in diagnostics.
pub(super) fn from_text(text: &str, format: Format, name: &str) -> Result<Notice, Report> {
    match model::parse(text, format) {
        Ok(loaded) => Ok(Notice {
            source: Arc::from(loaded.text.as_str()),
            loaded,
            name: name.to_string(),
            from_pdf: false,
        }),
        Err(d) => Err(unreadable(text, format, name, d)),
    }
}

/// The report of a model that cannot be read. The parser stops at its first
/// problem: when that is a missing field, every required field the file
/// leaves out is named (only then is the file read a second time, as a
/// plain value, so that a hostile file costs no more than before).
fn unreadable(text: &str, format: Format, name: &str, d: Diagnostic) -> Report {
    let mut report = Report::new(name).with_source(Arc::from(text));
    if crate::check::is_missing_field(&d) {
        report.diagnostics = crate::check::missing_field_findings(text, format);
    }
    if report.diagnostics.is_empty() {
        report.diagnostics.push(crate::check::invalid(d));
    }
    report.sort();
    report
}

/// The model attached to the PDF `bytes`, named after the PDF and the
/// attachment (`received.pdf (attached model.toml)`): its lines are the
/// attachment's.
pub(super) fn from_pdf(bytes: &[u8], name: &str) -> Result<Notice, Report> {
    let model = pdf::attached_model(bytes).map_err(|e| {
        Report::one(
            name,
            Diagnostic::said(
                None,
                Said::new("pdf-no-model").arg("detail", e.to_string()),
                Some(Said::new("pdf-no-model-help")),
            ),
        )
    })?;
    let shown = format!("{name} (attached {})", model.name);
    let format = model.format();
    let text = String::from_utf8(model.bytes).map_err(|_| {
        Report::one(
            &shown,
            Diagnostic::said(
                None,
                Said::new("pdf-model-not-utf8"),
                Some(Said::new("pdf-model-not-utf8-help")),
            ),
        )
    })?;
    let mut notice = from_text(&text, format, &shown)?;
    notice.from_pdf = true;
    Ok(notice)
}

/// The model in the file at `path`: a model file, or a PDF made by seloste
/// (told by its first bytes, `%PDF-`, or its name).
pub(super) fn from_path(path: &Path) -> Result<Notice, Report> {
    let name = path.display().to_string();
    let named_pdf = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
    // Read as much as a PDF may be: the first bytes tell which it is.
    let bytes = read(path, MAX_PDF_BYTES).map_err(|d| Report::one(&name, d))?;
    // A file named *.pdf that is not one is a damaged or mistaken download;
    // "not a PDF" says that better than a TOML syntax error would.
    if pdf::is_pdf(&bytes) || named_pdf {
        return from_pdf(&bytes, &name);
    }
    if bytes.len() as u64 > MAX_MODEL_BYTES {
        return Err(Report::one(&name, too_large(MAX_MODEL_BYTES)));
    }
    let text = String::from_utf8(bytes).map_err(|_| {
        Report::one(
            &name,
            Diagnostic::said(
                None,
                Said::new("file-not-text"),
                Some(Said::new("file-not-text-help")),
            ),
        )
    })?;
    from_text(&text, Format::of(path), &name)
}

/// The model attached to the PDF at `path`, as `seloste extract` writes it.
pub fn attached_model(path: &Path) -> Result<AttachedModel, Report> {
    let name = path.display().to_string();
    let bytes = read(path, MAX_PDF_BYTES).map_err(|d| Report::one(&name, d))?;
    attached_model_in(&bytes, &name)
}

/// The model attached to the PDF `bytes` (received rather than read from a
/// file), naming the PDF `name` in the report of why there is none.
pub fn attached_model_in(bytes: &[u8], name: &str) -> Result<AttachedModel, Report> {
    pdf::attached_model(bytes).map_err(|e| {
        Report::one(
            name,
            Diagnostic::said(
                None,
                Said::new("pdf-no-model").arg("detail", e.to_string()),
                Some(Said::new("pdf-no-model-extract-help")),
            ),
        )
    })
}

/// Reads a regular file of at most `limit` bytes: a device or a FIFO named
/// as a model would otherwise be read forever or block.
fn read(path: &Path, limit: u64) -> Result<Vec<u8>, Diagnostic> {
    use std::io::Read;
    let cannot = |e: std::io::Error| {
        Diagnostic::said(
            None,
            Said::new("cannot-read")
                .arg("path", path.display().to_string())
                .said("why", io_said(&e)),
            Some(Said::new("cannot-read-help")),
        )
    };
    let meta = std::fs::metadata(path).map_err(cannot)?;
    if !meta.is_file() {
        return Err(Diagnostic::said(
            None,
            Said::new("not-a-regular-file"),
            Some(Said::new("not-a-regular-file-help")),
        ));
    }
    let file = std::fs::File::open(path).map_err(cannot)?;
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(limit));
    }
    Ok(bytes)
}

fn too_large(limit: u64) -> Diagnostic {
    Diagnostic::said(
        None,
        Said::new("file-too-large").arg("mib", (limit / 1024 / 1024).to_string()),
        Some(Said::new("file-too-large-help")),
    )
}

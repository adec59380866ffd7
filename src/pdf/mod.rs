//! Work on the PDF after typst has written it: the signature field, and
//! reading the attached model back.
//!
//! typst writes the pages, the tags, the metadata and the attached model
//! (`pdf.attach` in the template). Form fields are beyond typst and krilla,
//! so the signature field is appended as an incremental update with lopdf:
//! typst's bytes stay an exact prefix of the file, and everything typst
//! checked for PDF/A and PDF/UA stays as it was.

mod attachment;
mod lazy;
mod signature;

pub use attachment::{AttachedModel, MODEL_JSON, MODEL_TOML, attached_model};
pub use signature::{SignatureField, add_signature_field};

/// Whether `bytes` look like a PDF: they start with `%PDF-`, as every PDF
/// must (ISO 32000-1, 7.5.2). The file name is not consulted.
pub fn is_pdf(bytes: &[u8]) -> bool {
    bytes.starts_with(b"%PDF-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pdf_is_recognised_by_its_magic_not_its_name() {
        assert!(is_pdf(b"%PDF-1.7\n..."));
        assert!(!is_pdf(b"[document]\nupdated = 2023-05-01\n"));
        assert!(!is_pdf(b""));
    }
}

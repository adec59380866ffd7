//! Several documents answered as one ZIP, for `POST /v1/render` with more
//! than one layout.
//!
//! The entries are stored, not compressed (a PDF's streams are compressed
//! already), in the order of the layouts, each dated with the model's
//! `document.updated`: the same request gives the same bytes, and so the
//! same ETag, every time.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use crate::Date;

/// The ZIP of `files` (name, bytes), dated `date`.
pub fn zip(files: &[(String, &[u8])], date: Date) -> Result<Vec<u8>, zip::result::ZipError> {
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    // A ZIP date runs from 1980 to 2107; a model's date outside it (which
    // the checks would have flagged) is clamped rather than refused.
    let year = date.year.clamp(1980, 2107) as u16;
    let modified =
        DateTime::from_date_and_time(year, date.month, date.day, 0, 0, 0).unwrap_or_default();
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Stored)
        .last_modified_time(modified)
        .unix_permissions(0o644);
    for (name, bytes) in files {
        writer.start_file(name.as_str(), options)?;
        writer.write_all(bytes)?;
    }
    Ok(writer.finish()?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_files_give_the_same_bytes() {
        let date = Date::parse("2026-01-31").unwrap();
        let files = [
            ("a.fi.pdf".to_string(), &b"%PDF-1"[..]),
            ("a.sv.pdf".to_string(), &b"%PDF-2"[..]),
        ];
        let one = zip(&files, date).unwrap();
        assert_eq!(one, zip(&files, date).unwrap());
        let mut archive = zip::ZipArchive::new(Cursor::new(one)).unwrap();
        assert_eq!(archive.len(), 2);
        let mut text = String::new();
        std::io::Read::read_to_string(&mut archive.by_name("a.sv.pdf").unwrap(), &mut text)
            .unwrap();
        assert_eq!(text, "%PDF-2");
    }
}

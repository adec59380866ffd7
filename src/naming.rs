//! The names a notice's files share: `notice` for `notice.toml`,
//! `notice.fi.pdf` and `notice.fi+sv.pdf`. The command line names the files
//! it writes this way, and the service the documents it answers with (the
//! file name it suggests, the entries of a ZIP), so that the two agree.

use std::path::Path;

use crate::document_kind::DocumentKind;
use crate::lang::Layout;

/// A notice's name without folder, extension and language tag:
/// `out/notice.fi+sv.pdf` gives `notice`.
pub fn notice_stem(path: &Path) -> String {
    let stem = path
        .file_stem()
        .map_or_else(|| "notice".into(), |s| s.to_string_lossy().into_owned());
    match stem.rsplit_once('.') {
        Some((name, tag)) if !name.is_empty() && tag.parse::<Layout>().is_ok() => name.to_string(),
        _ => stem,
    }
}

/// The file name of the document in `layout` of the notice named `stem`,
/// made as `kind`: `notice.fi+sv.pdf`, `notice.sv.html`.
pub fn document_name(stem: &str, layout: Layout, kind: DocumentKind) -> String {
    format!("{stem}.{}.{}", layout.file_tag(), kind.extension())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn the_language_tag_is_dropped_from_the_name() {
        assert_eq!(notice_stem(Path::new("out/iljoja.fi.pdf")), "iljoja");
        assert_eq!(notice_stem(Path::new("iljoja.fi+sv.pdf")), "iljoja");
        assert_eq!(notice_stem(Path::new("v1.2.pdf")), "v1.2");
        assert_eq!(notice_stem(Path::new("notice.pdf")), "notice");
    }

    #[test]
    fn a_document_is_named_by_its_layout() {
        assert_eq!(
            document_name(
                "iljoja",
                Layout::Parallel(Lang::Fi, Lang::Sv),
                DocumentKind::Pdf
            ),
            "iljoja.fi+sv.pdf"
        );
    }
}

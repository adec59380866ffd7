//! The name a notice's files share: `notice` for `notice.toml`,
//! `notice.fi.pdf` and `notice.fi+sv.pdf`.

use std::path::Path;

use seloste::Layout;

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_tag_is_dropped_from_the_name() {
        assert_eq!(notice_stem(Path::new("out/iljoja.fi.pdf")), "iljoja");
        assert_eq!(notice_stem(Path::new("iljoja.fi+sv.pdf")), "iljoja");
        assert_eq!(notice_stem(Path::new("v1.2.pdf")), "v1.2");
        assert_eq!(notice_stem(Path::new("notice.pdf")), "notice");
    }
}

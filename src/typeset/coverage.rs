//! Which characters the bundled fonts can print.
//!
//! typst prints a character no font has as a blank box (`.notdef`), which
//! PDF/A and PDF/UA forbid, so the export fails, naming neither the field nor
//! the line. Validation asks [`printable`] first, for every string of the
//! model, and says where.

use std::sync::OnceLock;

use typst::foundations::Bytes;
use typst::text::Font;

use super::assets::FONTS;

/// Whether some face of the bundled fonts has a glyph for `c`. typst takes a
/// glyph missing from the bold face from another face of the family, so the
/// faces together are what can be printed.
pub fn printable(c: char) -> bool {
    static FACES: OnceLock<Vec<Font>> = OnceLock::new();
    FACES
        .get_or_init(|| {
            FONTS
                .iter()
                .flat_map(|data| Font::iter(Bytes::new(*data)))
                .collect()
        })
        .iter()
        .any(|f| f.info().coverage.contains(u32::from(c)))
}

#[cfg(test)]
mod tests {
    use super::printable;

    #[test]
    fn the_fonts_cover_the_notice_languages_and_not_emoji_or_cjk() {
        for c in "AaÅåÄäÖöŠšŽžÉéÜüßØøÆæ€§@–—‘’“”«»…αβЖжאב0123456789 \u{a0}".chars()
        {
            assert!(printable(c), "{c:?} U+{:04X}", u32::from(c));
        }
        for c in [
            '😀', '中', 'ا', 'ก', '\u{0}', '\u{7}', '\u{fffe}', '\u{e000}',
        ] {
            assert!(!printable(c), "{c:?} U+{:04X}", u32::from(c));
        }
    }
}

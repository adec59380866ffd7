//! The logo a model declares, read for the typst world.
//!
//! The file is judged before typst sees it, by what it says of itself: a
//! PNG or JPEG by the dimensions in its header (a 450 KB PNG may declare
//! 60 000 × 60 000 pixels, gigabytes once decoded), an SVG by its size and
//! by refusing entity declarations (a few hundred bytes of nested entities
//! expand to gigabytes) and compressed or embedded images that are not
//! themselves within the limits. Typst then decodes only what fits.

use std::path::Path;

use crate::assets::AssetSource;
use crate::model::{Diagnostic, FieldPath, Model};

/// The most pixels a raster logo (or a raster image inside an SVG logo)
/// may have: 10 megapixels, e.g. 4000 × 2500. A logo printed at most 60 mm
/// wide and 16 mm high needs about 1400 × 380 pixels even at 600 dpi;
/// decoded, 10 megapixels of 16-bit RGBA are 80 MB.
pub const MAX_LOGO_PIXELS: u64 = 10_000_000;

/// The most pixels along either side of a raster logo.
pub const MAX_LOGO_SIDE: u32 = 10_000;

/// The largest SVG logo: an SVG logo is a few kilobytes.
pub const MAX_SVG_BYTES: usize = 1024 * 1024;

/// How deep SVG images may be nested in SVG images (as `data:` URLs).
const MAX_SVG_NESTING: usize = 2;

/// Reads the logo the model declares from `assets`; the world serves it at
/// a fixed path chosen by its format. Problems are at `document.logo.path`.
pub fn read_logo(
    notice: &Model,
    assets: &dyn AssetSource,
) -> Result<Option<(&'static str, Vec<u8>)>, Diagnostic> {
    let Some(logo) = &notice.document.logo else {
        return Ok(None);
    };
    let at = FieldPath::root().key("document").key("logo").key("path");
    let ext = Path::new(&logo.path)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let (vpath, kind) = match ext.as_deref() {
        Some("svg") => ("/assets/logo.svg", Kind::Svg),
        Some("png") => ("/assets/logo.png", Kind::Png),
        Some("jpg" | "jpeg") => ("/assets/logo.jpg", Kind::Jpeg),
        _ => {
            return Err(Diagnostic::at(
                at,
                format!("'{}' is not an SVG, PNG or JPEG file", logo.path),
            )
            .help("give the logo as a .svg, .png or .jpg file"));
        }
    };
    let data = assets.read(&logo.path).map_err(|e| {
        Diagnostic::at(at.clone(), format!("cannot use the logo: {e}")).help(e.help().unwrap_or(
            "put the logo in the model's folder (or a folder below it) and give its path \
             relative to the model file",
        ))
    })?;
    inspect(kind, &data, 0).map_err(|p| {
        Diagnostic::at(
            at,
            format!("cannot use the logo '{}': {}", logo.path, p.what),
        )
        .help(p.help)
    })?;
    Ok(Some((vpath, data)))
}

/// The formats a logo may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Png,
    Jpeg,
    Svg,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Png => "PNG",
            Kind::Jpeg => "JPEG",
            Kind::Svg => "SVG",
        }
    }
}

/// What is wrong with a logo file, and how to fix it.
#[derive(Debug)]
struct Problem {
    what: String,
    help: String,
}

fn problem(what: impl Into<String>, help: impl Into<String>) -> Problem {
    Problem {
        what: what.into(),
        help: help.into(),
    }
}

/// Judges `data` as a logo of `kind`; `depth` counts SVGs around it.
fn inspect(kind: Kind, data: &[u8], depth: usize) -> Result<(), Problem> {
    match kind {
        Kind::Png | Kind::Jpeg => {
            let dims = match kind {
                Kind::Png => png_size(data),
                _ => jpeg_size(data),
            };
            let Some((w, h)) = dims else {
                let actual = sniff(data).map_or(String::new(), |k| format!(" (it is a {k} file)"));
                return Err(problem(
                    format!("it is not a {} file{actual}", kind.name()),
                    "save the logo as PNG, JPEG or SVG, and name the file by its format (.png, \
                     .jpg, .svg)",
                ));
            };
            check_pixels(w, h)
        }
        Kind::Svg => check_svg(data, depth),
    }
}

/// What a file is by its first bytes, when it is an image of another kind.
fn sniff(data: &[u8]) -> Option<&'static str> {
    if data.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("PNG")
    } else if data.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("JPEG")
    } else if data.starts_with(b"GIF8") {
        Some("GIF")
    } else if data.len() > 12 && &data[..4] == b"RIFF" && &data[8..12] == b"WEBP" {
        Some("WebP")
    } else if data.starts_with(&[0x1F, 0x8B]) {
        Some("gzip-compressed")
    } else if data.starts_with(b"%PDF-") {
        Some("PDF")
    } else {
        None
    }
}

fn check_pixels(w: u32, h: u32) -> Result<(), Problem> {
    let help = format!(
        "scale the logo down to at most {MAX_LOGO_SIDE} pixels a side and {} megapixels in all \
         (it is printed at most 60 mm wide and 16 mm high: about 1400 × 380 pixels is sharp even \
         at 600 dpi)",
        MAX_LOGO_PIXELS / 1_000_000
    );
    if w == 0 || h == 0 {
        return Err(problem(format!("it declares {w} × {h} pixels"), help));
    }
    if w > MAX_LOGO_SIDE || h > MAX_LOGO_SIDE || u64::from(w) * u64::from(h) > MAX_LOGO_PIXELS {
        return Err(problem(
            format!(
                "it is {w} × {h} pixels ({:.1} megapixels), larger than a logo may be",
                u64::from(w) as f64 * u64::from(h) as f64 / 1e6
            ),
            help,
        ));
    }
    Ok(())
}

/// The width and height a PNG declares in its header (IHDR, which must
/// come first), or `None` if it is not a PNG.
fn png_size(data: &[u8]) -> Option<(u32, u32)> {
    let rest = data.strip_prefix(b"\x89PNG\r\n\x1a\n")?;
    if rest.len() < 16 || &rest[4..8] != b"IHDR" {
        return None;
    }
    let be = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    Some((be(&rest[8..12]), be(&rest[12..16])))
}

/// The width and height a JPEG declares in its first frame header (SOFn),
/// or `None` if it is not a JPEG or has no frame.
fn jpeg_size(data: &[u8]) -> Option<(u32, u32)> {
    let mut i = 2;
    if !data.starts_with(&[0xFF, 0xD8]) {
        return None;
    }
    loop {
        // Markers may be padded with any number of 0xFF.
        while *data.get(i)? == 0xFF && *data.get(i + 1)? == 0xFF {
            i += 1;
        }
        if *data.get(i)? != 0xFF {
            return None;
        }
        let marker = *data.get(i + 1)?;
        i += 2;
        match marker {
            // Markers without a length.
            0x01 | 0xD0..=0xD7 => continue,
            // End of image, or start of scan before any frame header.
            0xD9 | 0xDA => return None,
            _ => {}
        }
        let len = usize::from(u16::from_be_bytes([*data.get(i)?, *data.get(i + 1)?]));
        if len < 2 {
            return None;
        }
        // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC).
        if matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC) {
            let seg = data.get(i + 2..i + 7)?;
            let h = u16::from_be_bytes([seg[1], seg[2]]);
            let w = u16::from_be_bytes([seg[3], seg[4]]);
            return Some((u32::from(w), u32::from(h)));
        }
        i += len;
    }
}

/// An SVG logo: plain UTF-8 text of at most [`MAX_SVG_BYTES`], without
/// entity declarations, whose embedded images are logos within the limits.
fn check_svg(data: &[u8], depth: usize) -> Result<(), Problem> {
    if data.len() > MAX_SVG_BYTES {
        return Err(problem(
            format!(
                "the SVG is {} KiB, larger than {} KiB",
                data.len() / 1024,
                MAX_SVG_BYTES / 1024
            ),
            "simplify the drawing or export it again without embedded pictures and fonts; or \
             give the logo as a PNG",
        ));
    }
    if let Some(k) = sniff(data) {
        return Err(problem(
            format!("it is not an SVG file (it is a {k} file)"),
            "give a plain, uncompressed SVG (not .svgz), or name the file by its format",
        ));
    }
    let Ok(text) = std::str::from_utf8(data) else {
        return Err(problem(
            "the SVG is not UTF-8 text",
            "save the SVG as UTF-8 (any drawing program's plain SVG export does)",
        ));
    };
    if contains_ignore_case(text, "<!ENTITY") {
        return Err(problem(
            "the SVG declares XML entities (<!ENTITY …>), which can expand to gigabytes",
            "remove the <!DOCTYPE …> with its entity declarations and write their text out; \
             a plain SVG export from a drawing program has none",
        ));
    }
    for (mime, payload) in data_urls(text) {
        let kind = match mime.as_str() {
            "image/png" => Kind::Png,
            "image/jpeg" | "image/jpg" => Kind::Jpeg,
            "image/svg+xml" if depth < MAX_SVG_NESTING => Kind::Svg,
            _ => {
                return Err(problem(
                    format!("the SVG embeds a picture of type {mime}"),
                    "an SVG logo may embed PNG and JPEG pictures only; or give the logo as a \
                     PNG",
                ));
            }
        };
        let Some(bytes) = payload else {
            return Err(problem(
                format!("the SVG embeds a {mime} picture that is not valid base64"),
                "export the SVG again, or give the logo as a PNG",
            ));
        };
        inspect(kind, &bytes, depth + 1).map_err(|p| Problem {
            what: format!(
                "the {} picture embedded in the SVG: {}",
                kind.name(),
                p.what
            ),
            help: p.help,
        })?;
    }
    Ok(())
}

fn contains_ignore_case(haystack: &str, needle: &str) -> bool {
    haystack
        .as_bytes()
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// The `data:` URLs of an SVG: each one's media type, lowercased, and its
/// decoded bytes (`None` when they cannot be decoded). usvg decodes such
/// images itself, so they are judged as a logo would be.
fn data_urls(text: &str) -> Vec<(String, Option<Vec<u8>>)> {
    let mut out = Vec::new();
    let lower = text.to_ascii_lowercase();
    let mut from = 0;
    while let Some(pos) = lower[from..].find("data:") {
        let start = from + pos + "data:".len();
        // The URL ends at the attribute's closing quote (or a bracket in CSS).
        let end = lower[start..]
            .find(['"', '\'', ')', '<'])
            .map_or(lower.len(), |e| start + e);
        from = end;
        let url = &text[start..end];
        let Some((header, body)) = url.split_once(',') else {
            continue;
        };
        let header = header.trim().to_ascii_lowercase();
        let mime = header.split(';').next().unwrap_or("").trim().to_string();
        if !mime.starts_with("image/") {
            continue;
        }
        let bytes = if header.split(';').any(|p| p.trim() == "base64") {
            base64(body)
        } else {
            Some(percent_decode(body))
        };
        out.push((mime, bytes));
    }
    out
}

/// Decodes base64, skipping whitespace (and XML's `&#10;`-free line breaks).
fn base64(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let mut acc = 0u32;
    let mut bits = 0;
    for b in text.bytes() {
        let v = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'=' => break,
            b' ' | b'\n' | b'\r' | b'\t' => continue,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

fn percent_decode(text: &str) -> Vec<u8> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && let Some(v) = b
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok())
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(v);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A PNG signature and header declaring `w` × `h`, and nothing more.
    fn png_header(w: u32, h: u32) -> Vec<u8> {
        let mut v = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        v.extend(w.to_be_bytes());
        v.extend(h.to_be_bytes());
        v.extend([8, 6, 0, 0, 0, 0, 0, 0, 0]);
        v
    }

    /// A JPEG start with an APP0 segment and a SOF2 frame header.
    fn jpeg_header(w: u16, h: u16) -> Vec<u8> {
        let mut v = vec![
            0xFF, 0xD8, 0xFF, 0xE0, 0, 4, b'J', b'F', 0xFF, 0xFF, 0xC2, 0, 11, 8,
        ];
        v.extend(h.to_be_bytes());
        v.extend(w.to_be_bytes());
        v.extend([1, 1, 0x11, 0]);
        v
    }

    fn b64(data: &[u8]) -> String {
        const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut s = String::new();
        for c in data.chunks(3) {
            let n = (u32::from(c[0]) << 16)
                | (u32::from(*c.get(1).unwrap_or(&0)) << 8)
                | u32::from(*c.get(2).unwrap_or(&0));
            for i in 0..=c.len() {
                s.push(A[(n >> (18 - 6 * i) & 63) as usize] as char);
            }
        }
        s
    }

    #[test]
    fn raster_dimensions_are_read_from_the_header() {
        assert_eq!(
            png_size(&png_header(60_000, 60_000)),
            Some((60_000, 60_000))
        );
        assert_eq!(jpeg_size(&jpeg_header(640, 480)), Some((640, 480)));
        assert_eq!(png_size(b"GIF89a"), None);
        assert_eq!(jpeg_size(&[0xFF, 0xD8, 0xFF, 0xD9]), None);
        assert_eq!(jpeg_size(&[0xFF, 0xD8, 0xFF]), None);
    }

    #[test]
    fn logos_beyond_the_pixel_limits_are_refused() {
        assert!(inspect(Kind::Png, &png_header(1400, 380), 0).is_ok());
        assert!(inspect(Kind::Png, &png_header(4000, 2500), 0).is_ok());
        let p = inspect(Kind::Png, &png_header(60_000, 60_000), 0).unwrap_err();
        assert!(
            p.what.contains("60000 × 60000 pixels (3600.0 megapixels)"),
            "{}",
            p.what
        );
        assert!(inspect(Kind::Png, &png_header(10_001, 10), 0).is_err());
        assert!(inspect(Kind::Png, &png_header(0, 10), 0).is_err());
        assert!(inspect(Kind::Jpeg, &jpeg_header(4000, 2501), 0).is_err());
        assert!(inspect(Kind::Jpeg, &jpeg_header(4000, 2500), 0).is_ok());
    }

    #[test]
    fn a_file_of_another_format_is_named() {
        let p = inspect(Kind::Png, b"GIF89a....", 0).unwrap_err();
        assert_eq!(p.what, "it is not a PNG file (it is a GIF file)");
        let p = inspect(Kind::Svg, &[0x1F, 0x8B, 8, 0], 0).unwrap_err();
        assert!(p.what.contains("gzip"), "{}", p.what);
        assert!(inspect(Kind::Jpeg, &png_header(10, 10), 0).is_err());
    }

    #[test]
    fn svg_entities_and_large_svgs_are_refused() {
        let ok = br#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>"#;
        assert!(inspect(Kind::Svg, ok, 0).is_ok());
        let laughs = br#"<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!entity b "&a;&a;">]><svg>&b;</svg>"#;
        let p = inspect(Kind::Svg, laughs, 0).unwrap_err();
        assert!(p.what.contains("entities"), "{}", p.what);
        let big = vec![b' '; MAX_SVG_BYTES + 1];
        assert!(inspect(Kind::Svg, &big, 0).is_err());
        assert!(inspect(Kind::Svg, b"<svg>\xff</svg>", 0).is_err());
    }

    #[test]
    fn pictures_embedded_in_an_svg_are_held_to_the_same_limits() {
        let svg = |mime: &str, data: &[u8]| {
            format!(
                "<svg><image href=\"data:{mime};base64,{}\"/></svg>",
                b64(data)
            )
        };
        let small = svg("image/png", &png_header(100, 100));
        assert!(inspect(Kind::Svg, small.as_bytes(), 0).is_ok());
        let huge = svg("image/png", &png_header(60_000, 60_000));
        let p = inspect(Kind::Svg, huge.as_bytes(), 0).unwrap_err();
        assert!(
            p.what
                .starts_with("the PNG picture embedded in the SVG: it is 60000"),
            "{}",
            p.what
        );
        let inner = svg("image/png", &png_header(60_000, 60_000));
        let nested = svg("image/svg+xml", inner.as_bytes());
        assert!(inspect(Kind::Svg, nested.as_bytes(), 0).is_err());
        let gif = svg("image/gif", b"GIF89a");
        assert!(inspect(Kind::Svg, gif.as_bytes(), 0).is_err());
        assert_eq!(base64(&b64(b"hello, world")).unwrap(), b"hello, world");
    }
}

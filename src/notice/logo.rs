//! The logo a model declares, read for the typst world.
//!
//! The file is decoded where the model is checked, by the decoders typst
//! decodes it with when it prints (`image` for PNG and JPEG, `usvg` for
//! SVG, with typst's options), so that `check` refuses every logo `render`
//! could not print, at the `logo` field. Before it is decoded it is judged
//! by what it says of itself: a PNG or JPEG by the dimensions in its header
//! (a 450 KB PNG may declare 60 000 × 60 000 pixels, gigabytes once
//! decoded), an SVG by its size and by refusing entity declarations (a few
//! hundred bytes of nested entities expand to gigabytes). An SVG may link
//! to no file (typst would not be allowed to read it), and the pictures it
//! embeds are judged as a logo is.

use std::io::Cursor;
use std::path::Path;
use std::sync::Mutex;

use image::codecs::jpeg::JpegDecoder;
use image::codecs::png::PngDecoder;
use image::{ImageDecoder, ImageError, ImageFormat, ImageResult, Limits};

use crate::assets::AssetSource;
use crate::diagnostic::Said;
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
            return Err(Diagnostic::said_at(
                at,
                Said::new("logo-kind").arg("path", logo.path.clone()),
            )
            .help_said(Said::new("logo-kind-help")));
        }
    };
    let data = assets.read(&logo.path).map_err(|e| {
        Diagnostic::said_at(at.clone(), Said::new("logo-unusable").said("why", e.said()))
            .help_said(e.help().unwrap_or_else(|| Said::new("logo-unusable-help")))
    })?;
    inspect(kind, &data, 0).map_err(|p| {
        Diagnostic::said_at(
            at,
            Said::new("logo-refused")
                .arg("path", logo.path.clone())
                .said("why", p.what),
        )
        .help_said(p.help)
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
#[derive(Debug, Clone)]
struct Problem {
    what: Said,
    help: Said,
}

/// The problem `what` (a message of the diagnostics catalogue), with its
/// help `what-help`.
fn problem(what: Said) -> Problem {
    let help = what
        .help()
        .unwrap_or_else(|| Said::new("logo-export-again"));
    Problem { what, help }
}

/// Judges `data` as a logo of `kind`; `depth` counts SVGs around it.
fn inspect(kind: Kind, data: &[u8], depth: usize) -> Result<(), Problem> {
    if data.is_empty() {
        return Err(problem(Said::new("logo-empty")));
    }
    match kind {
        Kind::Png | Kind::Jpeg => check_raster(kind, data),
        Kind::Svg => check_svg(data, depth),
    }
}

/// What a file is by its first bytes, as the image decoder tells formats
/// apart, or as gzip or PDF.
fn sniff(data: &[u8]) -> Option<String> {
    if let Ok(format) = image::guess_format(data) {
        return Some(format_name(format));
    }
    if data.starts_with(&[0x1F, 0x8B]) {
        Some("gzip-compressed".into())
    } else if data.starts_with(b"%PDF-") {
        Some("PDF".into())
    } else {
        None
    }
}

fn format_name(format: ImageFormat) -> String {
    match format {
        ImageFormat::Png => "PNG".into(),
        ImageFormat::Jpeg => "JPEG".into(),
        ImageFormat::Gif => "GIF".into(),
        ImageFormat::WebP => "WebP".into(),
        other => other
            .extensions_str()
            .first()
            .map_or_else(|| format!("{other:?}"), |e| e.to_ascii_uppercase()),
    }
}

/// A PNG or JPEG: its header within the limits, then decoded whole as typst
/// decodes it.
fn check_raster(kind: Kind, data: &[u8]) -> Result<(), Problem> {
    let expected = match kind {
        Kind::Png => ImageFormat::Png,
        _ => ImageFormat::Jpeg,
    };
    if image::guess_format(data).ok() != Some(expected) {
        let said = match sniff(data) {
            Some(actual) => Said::new("logo-not-kind-but").arg("actual", actual),
            None => Said::new("logo-not-kind"),
        };
        return Err(Problem {
            what: said.arg("kind", kind.name()),
            help: Said::new("logo-not-kind-help"),
        });
    }
    // The dimensions its header declares, judged before a decoder is made:
    // making one reads on to the image data.
    if let Ok(size) = imagesize::blob_size(data) {
        let side = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        check_pixels(side(size.width), side(size.height))?;
    }
    let undecodable = |e: ImageError| {
        problem(
            Said::new("logo-undecodable")
                .arg("kind", kind.name())
                .arg("detail", e.to_string()),
        )
    };
    let cursor = Cursor::new(data);
    match kind {
        Kind::Png => decode(PngDecoder::new(cursor)),
        _ => decode(JpegDecoder::new(cursor)),
    }
    .map_err(|e| match e {
        Decoded::Image(e) => undecodable(e),
        Decoded::Limits(p) => p,
    })
}

/// Why a raster could not be decoded.
enum Decoded {
    Image(ImageError),
    Limits(Problem),
}

/// Decodes as typst's `RasterImage` does, after judging the dimensions.
fn decode<D: ImageDecoder>(decoder: ImageResult<D>) -> Result<(), Decoded> {
    let mut decoder = decoder.map_err(Decoded::Image)?;
    let (w, h) = decoder.dimensions();
    check_pixels(w, h).map_err(Decoded::Limits)?;
    // typst reads the colour profile and ignores one it cannot read.
    let _ = decoder.icc_profile();
    decoder
        .set_limits(Limits::default())
        .map_err(Decoded::Image)?;
    image::DynamicImage::from_decoder(decoder).map_err(Decoded::Image)?;
    Ok(())
}

fn check_pixels(w: u32, h: u32) -> Result<(), Problem> {
    let help = Said::new("logo-pixels-help")
        .arg("side", MAX_LOGO_SIDE.to_string())
        .arg("megapixels", (MAX_LOGO_PIXELS / 1_000_000).to_string());
    let said = |id| {
        Said::new(id)
            .arg("w", w.to_string())
            .arg("h", h.to_string())
    };
    if w == 0 || h == 0 {
        return Err(Problem {
            what: said("logo-no-pixels"),
            help,
        });
    }
    if w > MAX_LOGO_SIDE || h > MAX_LOGO_SIDE || u64::from(w) * u64::from(h) > MAX_LOGO_PIXELS {
        let megapixels = u64::from(w) as f64 * u64::from(h) as f64 / 1e6;
        return Err(Problem {
            what: said("logo-too-many-pixels").arg("megapixels", format!("{megapixels:.1}")),
            help,
        });
    }
    Ok(())
}

/// An SVG logo: plain UTF-8 text of at most [`MAX_SVG_BYTES`], without
/// entity declarations, that usvg reads with typst's options, that links to
/// no file, and whose embedded pictures are logos within the limits.
fn check_svg(data: &[u8], depth: usize) -> Result<(), Problem> {
    if data.len() > MAX_SVG_BYTES {
        return Err(problem(
            Said::new("logo-svg-too-large")
                .arg("kib", (data.len() / 1024).to_string())
                .arg("max", (MAX_SVG_BYTES / 1024).to_string()),
        ));
    }
    if let Some(k) = sniff(data) {
        return Err(problem(Said::new("logo-not-svg").arg("actual", k)));
    }
    let Ok(text) = std::str::from_utf8(data) else {
        return Err(problem(Said::new("logo-svg-not-utf8")));
    };
    if contains_ignore_case(text, "<!ENTITY") {
        return Err(problem(Said::new("logo-svg-entities")));
    }
    // The first problem found while usvg reads the drawing: a link to a
    // file, or an embedded picture that is no logo.
    let found: Mutex<Option<Problem>> = Mutex::new(None);
    let report = |p: Problem| {
        let mut found = found.lock().unwrap_or_else(|e| e.into_inner());
        found.get_or_insert(p);
    };
    let options = usvg::Options {
        // As typst's: no default font, no folder to read files from.
        font_family: String::new(),
        resources_dir: None,
        image_href_resolver: usvg::ImageHrefResolver {
            resolve_data: Box::new(|mime, bytes, opts| {
                match embedded(mime, &bytes, depth) {
                    Ok(Some(_)) => {
                        (usvg::ImageHrefResolver::default_data_resolver())(mime, bytes, opts)
                    }
                    // A nested SVG has been read and judged already.
                    Ok(None) => None,
                    Err(p) => {
                        report(p);
                        None
                    }
                }
            }),
            resolve_string: Box::new(|href, _| {
                report(problem(Said::new("logo-svg-link").arg("href", href)));
                None
            }),
        },
        ..usvg::Options::default()
    };
    let parsed = usvg::Tree::from_data(data, &options);
    drop(options);
    if let Some(p) = found.into_inner().unwrap_or_else(|e| e.into_inner()) {
        return Err(p);
    }
    parsed.map(|_| ()).map_err(svg_problem)
}

/// What usvg's error says to the author of the logo.
fn svg_problem(e: usvg::Error) -> Problem {
    match e {
        usvg::Error::ElementsLimitReached
        | usvg::Error::ParsingFailed(
            usvg::roxmltree::Error::NodesLimitReached
            | usvg::roxmltree::Error::AttributesLimitReached
            | usvg::roxmltree::Error::NamespacesLimitReached,
        ) => problem(Said::new("logo-svg-too-many")),
        usvg::Error::InvalidSize => problem(Said::new("logo-svg-size")),
        usvg::Error::NotAnUtf8Str | usvg::Error::MalformedGZip => {
            problem(Said::new("logo-svg-not-utf8"))
        }
        usvg::Error::ParsingFailed(e) => {
            problem(Said::new("logo-svg-unreadable").arg("detail", e.to_string()))
        }
    }
}

/// Judges a picture embedded in an SVG (a `data:` URL usvg has decoded):
/// `Ok(Some(kind))` for a PNG or JPEG usvg may go on with, `Ok(None)` for an
/// SVG that was read and judged here.
fn embedded(mime: &str, bytes: &[u8], depth: usize) -> Result<Option<Kind>, Problem> {
    let kind = match mime {
        "image/png" => Kind::Png,
        "image/jpeg" | "image/jpg" => Kind::Jpeg,
        "image/svg+xml" if depth < MAX_SVG_NESTING => Kind::Svg,
        // usvg tells a picture without its type by its bytes.
        "text/plain" => match image::guess_format(bytes) {
            Ok(ImageFormat::Png) => Kind::Png,
            Ok(ImageFormat::Jpeg) => Kind::Jpeg,
            Ok(other) => return Err(embeds(&format_name(other))),
            Err(_) if depth < MAX_SVG_NESTING => Kind::Svg,
            Err(_) => return Err(embeds(mime)),
        },
        _ => return Err(embeds(mime)),
    };
    inspect(kind, bytes, depth + 1).map_err(|p| Problem {
        what: Said::new("logo-svg-embedded")
            .arg("kind", kind.name())
            .said("why", p.what),
        help: p.help,
    })?;
    Ok((kind != Kind::Svg).then_some(kind))
}

fn embeds(what: &str) -> Problem {
    problem(Said::new("logo-svg-embeds").arg("kind", what))
}

fn contains_ignore_case(haystack: &str, needle: &str) -> bool {
    haystack
        .as_bytes()
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine;

    /// The standard CRC-32 of PNG chunks.
    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = !0u32;
        for &b in bytes {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
        let mut out = (data.len() as u32).to_be_bytes().to_vec();
        out.extend(kind);
        out.extend(data);
        out.extend(crc32(&[&kind[..], data].concat()).to_be_bytes());
        out
    }

    /// A PNG of `w` × `h` black grey pixels, whole when `whole`, else its
    /// signature and header only.
    fn png(w: u32, h: u32, whole: bool) -> Vec<u8> {
        let mut ihdr = w.to_be_bytes().to_vec();
        ihdr.extend(h.to_be_bytes());
        ihdr.extend([8, 0, 0, 0, 0]);
        let mut v = b"\x89PNG\r\n\x1a\n".to_vec();
        v.extend(chunk(b"IHDR", &ihdr));
        if whole {
            let raw = vec![0u8; (1 + w as usize) * h as usize];
            v.extend(chunk(
                b"IDAT",
                &miniz_oxide::deflate::compress_to_vec_zlib(&raw, 6),
            ));
            v.extend(chunk(b"IEND", &[]));
        }
        v
    }

    /// A JPEG start with an APP0 segment and a SOF2 frame header.
    fn jpeg_header(w: u16, h: u16) -> Vec<u8> {
        let mut v = vec![
            0xFF, 0xD8, 0xFF, 0xE0, 0, 4, b'J', b'F', 0xFF, 0xC2, 0, 11, 8,
        ];
        v.extend(h.to_be_bytes());
        v.extend(w.to_be_bytes());
        v.extend([1, 1, 0x11, 0]);
        v
    }

    /// A problem as it reads in English.
    #[derive(Debug)]
    struct Shown {
        what: String,
    }

    fn inspect(kind: Kind, data: &[u8], depth: usize) -> Result<(), Shown> {
        super::inspect(kind, data, depth).map_err(|p| Shown {
            what: p.what.in_lang(crate::Lang::En),
        })
    }

    fn b64(data: &[u8]) -> String {
        base64::engine::general_purpose::STANDARD.encode(data)
    }

    #[test]
    fn logos_beyond_the_pixel_limits_are_refused_by_their_header() {
        assert!(inspect(Kind::Png, &png(140, 38, true), 0).is_ok());
        let p = inspect(Kind::Png, &png(60_000, 60_000, false), 0).unwrap_err();
        assert!(
            p.what.contains("60000 × 60000 pixels (3600.0 megapixels)"),
            "{}",
            p.what
        );
        assert!(inspect(Kind::Png, &png(10_001, 10, false), 0).is_err());
        let p = inspect(Kind::Jpeg, &jpeg_header(4000, 2501), 0).unwrap_err();
        assert!(p.what.contains("4000 × 2501 pixels"), "{}", p.what);
    }

    #[test]
    fn a_logo_is_decoded_whole() {
        // A header within the limits and nothing after it.
        let p = inspect(Kind::Png, &png(4000, 2500, false), 0).unwrap_err();
        assert!(
            p.what.starts_with("it cannot be decoded as a PNG image"),
            "{}",
            p.what
        );
        let p = inspect(Kind::Jpeg, &jpeg_header(640, 480), 0).unwrap_err();
        assert!(
            p.what.starts_with("it cannot be decoded as a JPEG image"),
            "{}",
            p.what
        );
        let p = inspect(Kind::Svg, b"hello", 0).unwrap_err();
        assert!(p.what.starts_with("it is not an SVG drawing"), "{}", p.what);
        let p = inspect(Kind::Svg, b"", 0).unwrap_err();
        assert_eq!(p.what, "the file is empty");
    }

    #[test]
    fn a_file_of_another_format_is_named() {
        let p = inspect(Kind::Png, b"GIF89a....", 0).unwrap_err();
        assert_eq!(p.what, "it is not a PNG file (it is a GIF file)");
        let p = inspect(Kind::Svg, &[0x1F, 0x8B, 8, 0], 0).unwrap_err();
        assert!(p.what.contains("gzip"), "{}", p.what);
        let p = inspect(Kind::Jpeg, &png(10, 10, true), 0).unwrap_err();
        assert_eq!(p.what, "it is not a JPEG file (it is a PNG file)");
    }

    #[test]
    fn svg_entities_links_and_large_svgs_are_refused() {
        let ok = br#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>"#;
        assert!(inspect(Kind::Svg, ok, 0).is_ok());
        let laughs = br#"<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!entity b "&a;&a;">]><svg>&b;</svg>"#;
        let p = inspect(Kind::Svg, laughs, 0).unwrap_err();
        assert!(p.what.contains("entities"), "{}", p.what);
        let big = vec![b' '; MAX_SVG_BYTES + 1];
        assert!(inspect(Kind::Svg, &big, 0).is_err());
        assert!(inspect(Kind::Svg, b"<svg>\xff</svg>", 0).is_err());
        for href in ["file:///etc/passwd", "https://example.com/a.png", "a.png"] {
            let svg = format!(
                r#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><image width="5" height="5" href="{href}"/></svg>"#
            );
            let p = inspect(Kind::Svg, svg.as_bytes(), 0).unwrap_err();
            assert!(p.what.contains(&format!("'{href}'")), "{}", p.what);
        }
    }

    #[test]
    fn pictures_embedded_in_an_svg_are_held_to_the_same_limits() {
        let svg = |mime: &str, data: &[u8]| {
            format!(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">\
                 <image width=\"10\" height=\"10\" href=\"data:{mime};base64,{}\"/></svg>",
                b64(data)
            )
        };
        let small = svg("image/png", &png(100, 100, true));
        assert!(inspect(Kind::Svg, small.as_bytes(), 0).is_ok());
        let huge = svg("image/png", &png(60_000, 60_000, false));
        let p = inspect(Kind::Svg, huge.as_bytes(), 0).unwrap_err();
        assert!(
            p.what
                .starts_with("the PNG picture embedded in the SVG: it is 60000"),
            "{}",
            p.what
        );
        let broken = svg("image/png", &png(100, 100, false));
        let p = inspect(Kind::Svg, broken.as_bytes(), 0).unwrap_err();
        assert!(p.what.contains("cannot be decoded"), "{}", p.what);
        let inner = svg("image/png", &png(60_000, 60_000, false));
        let nested = svg("image/svg+xml", inner.as_bytes());
        assert!(inspect(Kind::Svg, nested.as_bytes(), 0).is_err());
        let gif = svg("image/gif", b"GIF89a");
        assert!(inspect(Kind::Svg, gif.as_bytes(), 0).is_err());
    }
}

//! The logo a model declares, read for the typst world.

use std::path::Path;

use crate::assets::AssetSource;
use crate::model::{Diagnostic, FieldPath, Notice};

/// Reads the logo the model declares from `assets`; the world serves it at
/// a fixed path chosen by its format. Problems are at `document.logo.path`.
pub fn read_logo(
    notice: &Notice,
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
    let vpath = match ext.as_deref() {
        Some("svg") => "/assets/logo.svg",
        Some("png") => "/assets/logo.png",
        Some("jpg" | "jpeg") => "/assets/logo.jpg",
        _ => {
            return Err(Diagnostic::at(
                at,
                format!("'{}' is not an SVG, PNG or JPEG file", logo.path),
            )
            .help("give the logo as a .svg, .png or .jpg file"));
        }
    };
    let data = assets.read(&logo.path).map_err(|e| {
        Diagnostic::at(at, format!("cannot use the logo: {e}")).help(
            "put the logo in the model's folder (or a folder below it) and give its path \
             relative to the model file",
        )
    })?;
    Ok(Some((vpath, data)))
}

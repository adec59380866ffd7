//! The logo a model declares, read for the typst world.

use std::path::Path;

use crate::model::{FieldPath, Loaded, Problem};

/// Reads the logo the model declares; the world serves it at a fixed path
/// chosen by its format.
pub fn read_logo(loaded: &Loaded) -> Result<Option<(&'static str, Vec<u8>)>, Problem> {
    let Some(logo) = &loaded.notice.document.logo else {
        return Ok(None);
    };
    let at = FieldPath::root().key("document").key("logo").key("path");
    let locate = |p: Problem| Problem {
        location: loaded.map.locate(&at),
        ..p
    };
    let ext = Path::new(&logo.path)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let vpath = match ext.as_deref() {
        Some("svg") => "/assets/logo.svg",
        Some("png") => "/assets/logo.png",
        Some("jpg" | "jpeg") => "/assets/logo.jpg",
        _ => {
            return Err(locate(
                Problem::at(
                    at.clone(),
                    format!("'{}' is not an SVG, PNG or JPEG file", logo.path),
                )
                .help("give the logo as a .svg, .png or .jpg file"),
            ));
        }
    };
    let file = loaded.base_dir.join(&logo.path);
    let data = std::fs::read(&file).map_err(|e| {
        locate(
            Problem::at(
                at.clone(),
                format!("cannot read the logo '{}': {e}", file.display()),
            )
            .help("the path is relative to the model file"),
        )
    })?;
    Ok(Some((vpath, data)))
}

//! Typesetting a view into PDF/A bytes with the embedded typst engine.

mod assets;
mod marks;
mod world;

use typst::WorldExt;
use typst::diag::{Severity, SourceDiagnostic};
use typst::foundations::{Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

pub use marks::{SIGNATURE_LINE, SignatureArea};
pub use world::{Asset, DATA_PATH, Engine, NoticeWorld};

/// The PDF standards a notice conforms to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Archival {
    /// PDF/A-2a with PDF/UA-1: archival and accessible.
    A2a,
    /// PDF/A-3a with PDF/UA-1: as A-2a, and files may be attached.
    A3a,
}

/// What the PDF carries besides the pages.
#[derive(Debug, Clone)]
pub struct PdfSettings {
    /// A stable identifier of the document (hashed into the PDF's ID), so the
    /// same notice gives the same bytes in every run.
    pub ident: String,
    /// The document's date, used when the template sets none.
    pub date: (i32, u8, u8),
    /// The standards to enforce.
    pub archival: Archival,
}

/// Typst could not typeset the notice, or the result breaks a PDF standard.
/// For a valid model this is a bug in seloste's template.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("typesetting failed:\n{}", .0.join("\n"))]
pub struct RenderError(pub Vec<String>);

/// A typeset notice: the PDF as typst wrote it, and where the template
/// reserved room for a signature.
#[derive(Debug, Clone)]
pub struct Typeset {
    /// The PDF bytes.
    pub pdf: Vec<u8>,
    /// The signature area, if the notice has a signature block.
    pub signature_area: Option<SignatureArea>,
}

/// Compiles the template with `data` as `/data.json` and exports a PDF.
pub fn render(
    engine: &Engine,
    data: Vec<u8>,
    assets: Vec<Asset>,
    settings: &PdfSettings,
) -> Result<Vec<u8>, RenderError> {
    typeset(engine, data, assets, settings).map(|t| t.pdf)
}

/// As [`render`], and also reads where the template marked the signature line.
pub fn typeset(
    engine: &Engine,
    data: Vec<u8>,
    assets: Vec<Asset>,
    settings: &PdfSettings,
) -> Result<Typeset, RenderError> {
    let world = NoticeWorld::new(engine, data, assets);
    let result = typesetting(&world, settings);
    // Without eviction a batch grows by megabytes per document; the shared
    // engine keeps what matters (fonts, template) warm anyway.
    typst::comemo::evict(0);
    result
}

fn typesetting(world: &NoticeWorld, settings: &PdfSettings) -> Result<Typeset, RenderError> {
    let warned = typst::compile::<PagedDocument>(world);
    let document = warned
        .output
        .map_err(|d| RenderError(diagnostics(world, &d)))?;
    let signature_area = marks::signature_area(&document).map_err(|e| RenderError(vec![e]))?;
    let standards = match settings.archival {
        Archival::A2a => [PdfStandard::A_2a, PdfStandard::Ua_1],
        Archival::A3a => [PdfStandard::A_3a, PdfStandard::Ua_1],
    };
    let (y, m, d) = settings.date;
    let options = PdfOptions {
        ident: Smart::Custom(settings.ident.clone()),
        creator: Smart::Custom(Some(format!("seloste {}", env!("CARGO_PKG_VERSION")))),
        timestamp: Datetime::from_ymd(y, m, d).map(Timestamp::new_utc),
        standards: PdfStandards::new(&standards)
            .map_err(|e| RenderError(vec![e.message().to_string()]))?,
        ..PdfOptions::default()
    };
    let pdf =
        typst_pdf::pdf(&document, &options).map_err(|d| RenderError(diagnostics(world, &d)))?;
    Ok(Typeset {
        pdf,
        signature_area,
    })
}

/// Diagnostics as lines with their place in the template.
fn diagnostics(world: &NoticeWorld, diags: &[SourceDiagnostic]) -> Vec<String> {
    diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| {
            let mut line = String::new();
            if let Some(range) = world.range(d.span) {
                let text = assets::TEMPLATE;
                let at = text[..range.start.min(text.len())].matches('\n').count() + 1;
                line.push_str(&format!("notice.typ:{at}: "));
            }
            line.push_str(&d.message);
            for hint in &d.hints {
                line.push_str(&format!("\n  hint: {}", hint.v));
            }
            line
        })
        .collect()
}

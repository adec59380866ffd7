//! Typesetting a view into PDF/A bytes with the embedded typst engine.

mod assets;
mod coverage;
mod marks;
mod world;

use typst::WorldExt;
use typst::diag::{Severity, SourceDiagnostic};

use crate::diagnostic::{self, Diagnostic, Severity as DiagSeverity};
use crate::model::{Date, Location};
use typst::foundations::{Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

pub use assets::{TEMPLATE, TEMPLATE_NAME};
pub use coverage::printable;
pub use marks::SignatureArea;
pub use world::{Asset, Engine, NoticeWorld};
#[cfg(feature = "bench")]
pub use world::{DATA_PATH, Eviction};

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
    pub date: Date,
    /// The standards to enforce.
    pub archival: Archival,
}

/// A typeset notice: the PDF as typst wrote it, where the template reserved
/// room for a signature, and what typst warned about.
#[derive(Debug, Clone)]
pub struct Typeset {
    /// The PDF bytes.
    pub pdf: Vec<u8>,
    /// The signature area, if the notice has a signature block.
    pub signature_area: Option<SignatureArea>,
    /// How many pages it has.
    pub pages: usize,
    /// typst's warnings, as `template` diagnostics.
    pub warnings: Vec<Diagnostic>,
}

/// Compiles the template with `data` as `/data.json` and exports a PDF.
/// typst's errors, and the breaches of a PDF standard it reports, come back
/// as `template` diagnostics in the template: for a checked model they
/// are bugs in seloste.
pub fn typeset(
    engine: &Engine,
    data: Vec<u8>,
    assets: Vec<Asset>,
    settings: &PdfSettings,
) -> Result<Typeset, Vec<Diagnostic>> {
    engine.document_begins();
    let world = NoticeWorld::new(engine, data, assets);
    let result = typesetting(&world, settings);
    engine.document_done();
    result
}

fn typesetting(world: &NoticeWorld, settings: &PdfSettings) -> Result<Typeset, Vec<Diagnostic>> {
    let warned = typst::compile::<PagedDocument>(world);
    let mut warnings = diagnostics(world, &warned.warnings);
    let document = warned.output.map_err(|d| diagnostics(world, &d))?;
    let signature_area =
        marks::signature_area(&document).map_err(|e| vec![template_error(None, e)])?;
    let options = pdf_options(settings)?;
    let pdf = typst_pdf::pdf(&document, &options).map_err(|d| diagnostics(world, &d))?;
    warnings.sort_by_key(|d| d.location.map(|l| (l.line, l.column)));
    Ok(Typeset {
        pages: document.pages().len(),
        pdf,
        signature_area,
        warnings,
    })
}

/// The options typst's PDF export is given for `settings`: the same for a
/// notice and for the benchmark that compiles its view with typst alone.
pub fn pdf_options(settings: &PdfSettings) -> Result<PdfOptions, Vec<Diagnostic>> {
    let standards = match settings.archival {
        Archival::A2a => [PdfStandard::A_2a, PdfStandard::Ua_1],
        Archival::A3a => [PdfStandard::A_3a, PdfStandard::Ua_1],
    };
    let Date { year, month, day } = settings.date;
    Ok(PdfOptions {
        ident: Smart::Custom(settings.ident.clone()),
        creator: Smart::Custom(Some(format!("seloste {}", env!("CARGO_PKG_VERSION")))),
        timestamp: Datetime::from_ymd(year, month, day).map(Timestamp::new_utc),
        standards: PdfStandards::new(&standards)
            .map_err(|e| vec![template_error(None, e.message().to_string())])?,
        ..PdfOptions::default()
    })
}

/// An error of the template (a bug in seloste, whatever the model).
fn template_error(location: Option<Location>, message: String) -> Diagnostic {
    let mut d = Diagnostic::bug(diagnostic::TEMPLATE, message);
    d.file = Some(assets::TEMPLATE_NAME.to_string());
    d.or_at(location)
}

/// typst's diagnostics with their place in the template.
fn diagnostics(world: &NoticeWorld, diags: &[SourceDiagnostic]) -> Vec<Diagnostic> {
    diags
        .iter()
        .map(|d| {
            let location = world.range(d.span).map(|range| {
                let text = assets::TEMPLATE;
                let before = &text[..range.start.min(text.len())];
                let line_start = before.rfind('\n').map_or(0, |i| i + 1);
                Location {
                    line: before.matches('\n').count() + 1,
                    column: before[line_start..].chars().count() + 1,
                }
            });
            let mut message = d.message.to_string();
            for hint in &d.hints {
                message.push_str(&format!("; hint: {}", hint.v));
            }
            let mut out = template_error(location, message);
            if d.severity == Severity::Warning {
                out.severity = DiagSeverity::Warning;
            }
            out
        })
        .collect()
}

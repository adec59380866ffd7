//! The front door: a loaded model ([`Notice`]), what is asked of it
//! ([`Request`]), and the one stage that decides whether it may be printed
//! ([`Notice::checked`]), which the documents are then made from.
//!
//! Validation, the languages of the documents asked for, the files the model
//! names and the GDPR rules are judged in one place, [`Notice::check`], so
//! that `seloste check` and `seloste render` (and the service, and a batch)
//! cannot disagree: a [`Checked`] notice exists only for a model whose report
//! has no errors, and it renders only the layouts it was checked for.

mod catalogue;
mod checked;
mod load;
mod logo;
mod request;

use std::path::Path;
use std::sync::Arc;

pub use catalogue::ModelCatalogue;
pub use checked::Checked;
#[cfg(feature = "bench")]
pub use checked::TypstInput;
pub use load::{attached_model, attached_model_in};
pub use request::Request;

use crate::assets::AssetSource;
use crate::diagnostic::{CATALOGUE, Diagnostic, Report};
use crate::lang::{Lang, Layout};
use crate::model::{self, Format, Loaded};
use crate::typeset::Asset;
use catalogue::CatalogueProblem;

/// Why a notice was not made ready to render.
#[derive(Debug)]
pub enum Refusal {
    /// The model has errors; the report says which.
    Model(Report),
    /// seloste's own catalogue cannot be read: a bug in seloste, not in
    /// the model.
    Catalogue(Report),
}

/// A notice model, read and parsed, with its text and its name for
/// diagnostics.
#[derive(Debug)]
pub struct Notice {
    loaded: Loaded,
    /// The model's text, shared with the reports that quote it.
    source: Arc<str>,
    /// The file as the user named it, or the PDF and its attachment.
    name: String,
    /// Whether it was read from a PDF, whose folder is not the model's own.
    from_pdf: bool,
}

impl Notice {
    /// Reads the model file at `path` (TOML, or JSON by its `.json` name),
    /// or the model attached to a PDF that seloste made.
    pub fn load(path: &Path) -> Result<Notice, Report> {
        load::from_path(path)
    }

    /// Parses a model from `text`, naming it `name` in diagnostics.
    pub fn from_text(text: &str, format: Format, name: &str) -> Result<Notice, Report> {
        load::from_text(text, format, name)
    }

    /// Reads the model attached to the PDF `bytes`, naming it after `name`.
    pub fn from_pdf(bytes: &[u8], name: &str) -> Result<Notice, Report> {
        load::from_pdf(bytes, name)
    }

    /// The name diagnostics give the model.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The model.
    pub fn model(&self) -> &model::Model {
        &self.loaded.notice
    }

    /// The model with its source map, for the parts of seloste that edit
    /// the file (translations).
    #[doc(hidden)]
    pub fn loaded(&self) -> &Loaded {
        &self.loaded
    }

    /// The model's text, exactly as it is attached to the PDF.
    pub fn text(&self) -> &str {
        &self.loaded.text
    }

    /// The syntax it is written in.
    pub fn format(&self) -> Format {
        self.loaded.format
    }

    /// Whether it was read from a PDF. The files such a model names are
    /// relative to a folder that is not its own (whoever sent the PDF chose
    /// them), so a caller should give it no assets unless told where they are.
    pub fn is_from_pdf(&self) -> bool {
        self.from_pdf
    }

    /// The documents made when none are asked for: the model's side-by-side
    /// layout, if any, and each other language it promises alone.
    pub fn default_layouts(&self) -> Vec<Layout> {
        self.loaded.notice.default_layouts()
    }

    /// The version printed in the letterhead and written to the metadata.
    pub fn identity(&self) -> String {
        self.loaded.identity()
    }

    /// Everything wrong with the model for `request`, its files read from
    /// `assets`: validation, languages, the logo and wording, the GDPR
    /// rules. The same report [`Notice::checked`] refuses a model with.
    pub fn check(&self, request: &Request, assets: &dyn AssetSource) -> Report {
        match self.inspect(request, assets) {
            Ok((report, _)) | Err(Refusal::Model(report) | Refusal::Catalogue(report)) => report,
        }
    }

    /// The model made ready to render for `request`, or the report of why it
    /// may not be: any error (warnings raised to errors when the request
    /// denies them). The warnings travel with the checked notice.
    pub fn checked(
        &self,
        request: &Request,
        assets: &dyn AssetSource,
    ) -> Result<Checked<'_>, Refusal> {
        let (report, parts) = self.inspect(request, assets)?;
        if !report.passed() {
            return Err(Refusal::Model(report));
        }
        Ok(Checked::new(self, request, parts, report))
    }

    /// The report, and what a checked notice needs if it passes; `Err` when
    /// the model cannot be judged at all (its wording cannot be read, or the
    /// built-in catalogue is broken).
    fn inspect(
        &self,
        request: &Request,
        assets: &dyn AssetSource,
    ) -> Result<(Report, Parts), Refusal> {
        let mut report = Report::new(&self.name).with_source(self.source.clone());
        let catalogue = match catalogue::catalogue(self.model(), assets) {
            Ok(c) => c,
            Err(CatalogueProblem::Builtin(e)) => {
                report.diagnostics.push(Diagnostic::bug(
                    CATALOGUE,
                    format!("seloste's own catalogue cannot be read: {e}"),
                ));
                return Err(Refusal::Catalogue(report));
            }
            Err(CatalogueProblem::Wording(w)) => {
                for (file, text) in w.sources {
                    report.add_source(file, Arc::from(text));
                }
                report.diagnostics.extend(
                    self.located(w.diagnostics)
                        .into_iter()
                        .map(crate::check::invalid),
                );
                report.sort();
                return Err(Refusal::Model(report));
            }
        };
        let layouts = request.layouts_for(self);
        let mut langs: Vec<Lang> = layouts.iter().flat_map(|l| l.langs()).collect();
        langs.sort();
        langs.dedup();
        // The file as its author structured it, parsed once for the limits,
        // the placeholders and the rules.
        let raw = model::to_json(&self.loaded.text, self.loaded.format);
        let mut problems = model::validate(self.model(), &catalogue, &self.loaded.map);
        problems.extend(model::validate_limits(
            &self.loaded,
            raw.as_ref(),
            &crate::typeset::printable,
        ));
        let logo = match logo::read_logo(self.model(), assets) {
            Ok(logo) => logo.map(|(path, data)| Asset {
                path,
                data: typst::foundations::Bytes::new(data),
            }),
            Err(d) => {
                problems.push(d);
                None
            }
        };
        let options = request.check_options(langs);
        report.diagnostics =
            crate::check::run(&self.loaded, raw.as_ref(), &catalogue, &options, problems);
        report.sort();
        Ok((
            report,
            Parts {
                catalogue,
                layouts,
                logo,
            },
        ))
    }

    /// `diagnostics` put on their lines of the model, where they are at a
    /// field of it.
    fn located(&self, diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
        diagnostics
            .into_iter()
            .map(|d| {
                let at = match (&d.file, &d.path) {
                    (None, Some(path)) => self.loaded.map.locate(path),
                    _ => None,
                };
                d.or_at(at)
            })
            .collect()
    }
}

/// What the check prepared that the documents are made from.
#[derive(Debug)]
struct Parts {
    catalogue: ModelCatalogue,
    layouts: Vec<Layout>,
    logo: Option<Asset>,
}

//! From a loaded model to PDF bytes: validate once, then render each layout.
//!
//! Validation covers every language of every requested layout before any
//! document is typeset, so that a run either produces all its files or none.
//! Then the GDPR completeness rules run (`check`): an error stops the run as
//! well, and warnings travel with the [`Prepared`] model for the caller to
//! show. Rendering typesets the view with typst, then adds what typst does
//! not make: the signature field.

mod catalogue;
mod load;
mod logo;

use fluent_bundle::FluentArgs;

use crate::check::{self, Finding};
use crate::error::Error;
use crate::i18n::Catalogue;
use crate::lang::{Lang, Layout};
use crate::model::{self, Format, Loaded};
use crate::pdf::{self, FieldError, SignatureField};
use crate::render::{self, Archival, Asset, Engine, PdfSettings};
use crate::view::{self, AttachmentView};
use typst::foundations::Bytes;

pub use catalogue::{ModelCatalogue, catalogue};
pub use load::{attached_model, load, parse_check};

/// How a model is prepared and rendered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// How the completeness checks run.
    pub checks: check::Options,
    /// The language an own text that lacks a requested language is printed
    /// in, marked as such, instead of the gap being an error.
    pub fallback: Option<Lang>,
    /// An empty signature field over the signature line, when the model has
    /// a signature block and does not turn the field off.
    pub signature_field: bool,
    /// The model file attached to the PDF (which makes it PDF/A-3a rather
    /// than PDF/A-2a), so the notice can be made again from the PDF alone.
    pub embed_model: bool,
}

impl Options {
    /// Checks as of `today`, warnings allowed, no fallback; a signature
    /// field and the model attached.
    pub fn checked_at(today: model::Date) -> Self {
        Options {
            checks: check::Options {
                today,
                deny_warnings: false,
            },
            fallback: None,
            signature_field: true,
            embed_model: true,
        }
    }
}

/// The name problems give the model: the file, or the attachment in the PDF
/// it was read from.
fn file_name(loaded: &Loaded, file: &str) -> String {
    load::shown_name(file, loaded.attachment.as_deref())
}

/// A model that passed validation and the checks for a set of layouts, with
/// its assets read.
pub struct Prepared<'a> {
    loaded: &'a Loaded,
    /// The logo as the world serves it.
    logo: Option<Asset>,
    /// The model file as the world serves it for attachment, when it is
    /// attached.
    model_file: Option<Asset>,
    /// The version printed and written into the metadata.
    identity: String,
    options: Options,
    warnings: Vec<Finding>,
}

/// Validates `loaded` for `layouts` and runs the completeness checks, naming
/// the file as `file` in problems.
pub fn prepare<'a>(
    loaded: &'a Loaded,
    catalogue: &Catalogue,
    layouts: &[Layout],
    file: &str,
    options: &Options,
) -> Result<Prepared<'a>, Error> {
    let mut langs: Vec<Lang> = layouts.iter().flat_map(|l| l.langs()).collect();
    langs.sort();
    langs.dedup();
    let mut problems = model::validate(&loaded.notice, catalogue, &loaded.map);
    problems.extend(model::validate_langs_with_fallback(
        &loaded.notice,
        &langs,
        options.fallback,
        &loaded.map,
    ));
    let logo = match logo::read_logo(loaded) {
        Ok(logo) => logo,
        Err(p) => {
            problems.push(p);
            None
        }
    };
    if !problems.is_empty() {
        return Err(Error::Invalid {
            file: file_name(loaded, file),
            problems,
        });
    }
    let findings = check::check_rules(loaded, catalogue, &options.checks);
    if check::has_errors(&findings) {
        return Err(Error::Incomplete {
            file: file_name(loaded, file),
            findings,
        });
    }
    let model_file = options.embed_model.then(|| Asset {
        path: match loaded.format {
            Format::Toml => pdf::MODEL_TOML,
            Format::Json => pdf::MODEL_JSON,
        },
        data: Bytes::new(loaded.text.as_bytes().to_vec()),
    });
    Ok(Prepared {
        loaded,
        logo: logo.map(|(path, data)| Asset {
            path,
            data: Bytes::new(data),
        }),
        model_file,
        identity: loaded.identity(),
        options: *options,
        warnings: findings,
    })
}

impl Prepared<'_> {
    /// What the checks found that does not stop the notice (warnings).
    pub fn warnings(&self) -> &[Finding] {
        &self.warnings
    }

    /// Renders each of `layouts`, in that order, side by side on the
    /// machine's cores: typst typesets one document on one thread, so three
    /// languages take the time of two (or one) on a small machine. The result
    /// is the same as rendering them one by one; the first failure, in
    /// layout order, is returned.
    pub fn render_all(
        &self,
        engine: &Engine,
        catalogue: &Catalogue,
        layouts: &[Layout],
    ) -> Result<Vec<Vec<u8>>, Error> {
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(layouts.len());
        // Thread t takes layouts t, t + threads, …; the results are put back
        // in layout order.
        let mut rendered: Vec<(usize, Result<Vec<u8>, Error>)> = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads)
                .map(|t| {
                    scope.spawn(move || {
                        layouts
                            .iter()
                            .enumerate()
                            .skip(t)
                            .step_by(threads)
                            .map(|(i, &layout)| (i, self.render(engine, catalogue, layout)))
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            workers
                .into_iter()
                .flat_map(|w| w.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
                .collect()
        });
        rendered.sort_by_key(|(i, _)| *i);
        rendered.into_iter().map(|(_, pdf)| pdf).collect()
    }

    /// Renders one layout to PDF bytes.
    pub fn render(
        &self,
        engine: &Engine,
        catalogue: &Catalogue,
        layout: Layout,
    ) -> Result<Vec<u8>, Error> {
        let options = self.options;
        let notice = &self.loaded.notice;
        let logo_path = self.logo.as_ref().map(|a| a.path);
        let mut view =
            view::build_with_fallback(notice, layout, catalogue, logo_path, options.fallback)?;
        view.version = Some(self.identity.clone());
        let mut assets: Vec<Asset> = self.logo.iter().cloned().collect();
        if let Some(file) = &self.model_file {
            view.attachment = Some(AttachmentView {
                path: file.path.to_string(),
                mime_type: match self.loaded.format {
                    Format::Toml => "application/toml",
                    Format::Json => "application/json",
                }
                .to_string(),
                description: view::in_each_lang(catalogue, layout, "attachment-model", None)?,
            });
            assets.push(file.clone());
        }
        let data = serde_json::to_vec(&view).expect("the view is plain data");
        let d = notice.document.updated;
        let first_id = notice
            .controllers
            .first()
            .map_or("", |c| c.business_id.as_str());
        let settings = PdfSettings {
            ident: format!("seloste/{first_id}/{layout}"),
            date: (d.year, d.month, d.day),
            archival: if self.model_file.is_some() {
                Archival::A3a
            } else {
                Archival::A2a
            },
        };
        let typeset = render::typeset(engine, data, assets, &settings)?;
        let Some(field) = self.signature_field(catalogue, layout)? else {
            return Ok(typeset.pdf);
        };
        let area = typeset
            .signature_area
            .ok_or_else(|| FieldError::new("the template marked no signature line"))?;
        Ok(pdf::add_signature_field(typeset.pdf, &area, &field)?)
    }

    /// The signature field to add, if any.
    fn signature_field(
        &self,
        catalogue: &Catalogue,
        layout: Layout,
    ) -> Result<Option<SignatureField>, Error> {
        let Some(signature) = &self.loaded.notice.signature else {
            return Ok(None);
        };
        if !self.options.signature_field || !signature.field {
            return Ok(None);
        }
        let mut args = FluentArgs::new();
        args.set("signer", signature.signer.clone());
        Ok(Some(SignatureField {
            name: signature.field_name.clone(),
            tooltip: view::in_each_lang(catalogue, layout, "label-signature-field", Some(&args))?,
        }))
    }
}

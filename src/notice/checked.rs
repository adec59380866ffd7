//! A notice that passed the check, and the documents made from it.

use std::sync::Arc;

use fluent_bundle::FluentArgs;
use rayon::prelude::*;
use typst::foundations::Bytes;

use super::{Notice, Parts, Request};
use crate::diagnostic::{Diagnostic, POST_PROCESSING, Report};
use crate::lang::Layout;
use crate::model::Format;
use crate::pdf::{self, SignatureField};
use crate::typeset::{self, Archival, Asset, Engine, PdfSettings, TEMPLATE, TEMPLATE_NAME};
use crate::view;

/// A notice whose report has no errors, ready to be rendered in the layouts
/// it was checked for.
#[derive(Debug)]
pub struct Checked<'a> {
    notice: &'a Notice,
    parts: Parts,
    request: Request,
    /// The model file as the world serves it for attachment, when attached.
    model_file: Option<Asset>,
    /// The version printed and written into the metadata.
    identity: String,
    warnings: Report,
}

/// What typst is given to make one document.
#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct TypstInput {
    /// The view, served as `/data.json`.
    pub data: Vec<u8>,
    /// The files the view names (the logo, the attached model).
    pub assets: Vec<Asset>,
    /// What the PDF carries besides the pages.
    pub settings: PdfSettings,
}

/// One document made.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Rendered {
    /// Its layout.
    pub layout: Layout,
    /// The PDF.
    pub pdf: Vec<u8>,
    /// How many pages it has.
    pub pages: usize,
    /// What typst warned about while making it (bugs of the template, which
    /// do not stop the document).
    pub warnings: Vec<Diagnostic>,
}

impl<'a> Checked<'a> {
    pub(super) fn new(
        notice: &'a Notice,
        request: &Request,
        parts: Parts,
        warnings: Report,
    ) -> Self {
        let model_file = request.embed_model.then(|| Asset {
            path: match notice.format() {
                Format::Toml => pdf::MODEL_TOML,
                Format::Json => pdf::MODEL_JSON,
            },
            data: Bytes::new(notice.text().as_bytes().to_vec()),
        });
        Checked {
            notice,
            parts,
            request: request.clone(),
            model_file,
            identity: notice.identity(),
            warnings,
        }
    }

    /// What the check found that does not stop the notice (warnings); empty
    /// when it found nothing.
    pub fn warnings(&self) -> &Report {
        &self.warnings
    }

    /// The layouts it was checked for, in the order asked.
    pub fn layouts(&self) -> &[Layout] {
        &self.parts.layouts
    }

    /// The notice.
    pub fn notice(&self) -> &Notice {
        self.notice
    }

    /// The version printed in the letterhead and written to the metadata.
    pub fn identity(&self) -> &str {
        &self.identity
    }

    /// Renders every layout, in order, side by side on the rayon pool the
    /// caller runs in (`pool.install(|| checked.render(&engine))`), or the
    /// global one: typst typesets one document on one thread, so the
    /// languages of a notice are made in the time of one on enough cores.
    /// The first failure, in layout order, is returned. Give the pool's
    /// threads [`STACK_SIZE`](crate::STACK_SIZE) of stack.
    ///
    /// typst parallelises inside a document on the same pool. A batch that
    /// made each document a job of that pool would let a worker waiting in
    /// typst take another whole document onto its stack, and another; run
    /// the documents of a batch on threads of their own (or a pool typst
    /// does not use), as `benches/render.rs` does.
    pub fn render(&self, engine: &Engine) -> Result<Vec<Rendered>, Report> {
        let layouts = &self.parts.layouts;
        // One layout is made on this thread: a worker of the caller's pool
        // that waited on a parallel call would take other jobs of the pool
        // (other documents of a batch) onto its own stack meanwhile, and a
        // few typst compilations stacked on one another overflow it.
        if let [layout] = layouts[..] {
            return self.render_one(engine, layout).map(|d| vec![d]);
        }
        layouts
            .par_iter()
            .map(|&layout| self.render_one(engine, layout))
            .collect::<Vec<_>>()
            .into_iter()
            .collect()
    }

    fn render_one(&self, engine: &Engine, layout: Layout) -> Result<Rendered, Report> {
        let bug = |e: &dyn std::fmt::Display| {
            self.failure(vec![Diagnostic::bug(POST_PROCESSING, e.to_string())])
        };
        let TypstInput {
            data,
            assets,
            settings,
        } = self.prepare(layout)?;
        let typeset =
            typeset::typeset(engine, data, assets, &settings).map_err(|d| self.failure(d))?;
        let pdf = match self.signature_field(layout).map_err(|e| bug(&e))? {
            None => typeset.pdf,
            Some(field) => {
                let area = typeset
                    .signature_area
                    .ok_or_else(|| bug(&"the template marked no signature line"))?;
                pdf::add_signature_field(typeset.pdf, &area, &field).map_err(|e| bug(&e))?
            }
        };
        Ok(Rendered {
            layout,
            pages: typeset.pages,
            pdf,
            warnings: typeset.warnings,
        })
    }

    /// What typst is given for `layout`: the view as `/data.json`, the
    /// files it names and the PDF's settings. The benchmark compiles the same
    /// input with typst alone, to measure what seloste adds around it.
    #[doc(hidden)]
    pub fn typst_input(&self, layout: Layout) -> Result<TypstInput, Report> {
        if !self.parts.layouts.contains(&layout) {
            return Err(self.failure(vec![Diagnostic::bug(
                POST_PROCESSING,
                format!("the layout {layout} was not checked; check it before rendering it"),
            )]));
        }
        self.prepare(layout)
    }

    /// The view of the notice in `layout`, for the PDF or (`web`) for the
    /// web page.
    fn view(&self, layout: Layout, web: bool) -> Result<view::View, Report> {
        let mime_type = match self.notice.format() {
            Format::Toml => "application/toml",
            Format::Json => "application/json",
        };
        let options = view::Options {
            logo_path: self.parts.logo.as_ref().map(|a| a.path),
            fallback: self.request.fallback,
            version: Some(&self.identity),
            attachment: match &self.model_file {
                Some(file) if !web => Some((file.path, mime_type)),
                _ => None,
            },
            web,
        };
        view::build(self.notice.model(), layout, &self.parts.catalogue, &options)
            .map_err(|e| self.failure(vec![Diagnostic::bug(POST_PROCESSING, e.to_string())]))
    }

    /// The notice in `layout` as a web page (or, `fragment`, the part of
    /// one); `alternates` are the language tags and file names of the same
    /// notice in other languages, linked from the page's head.
    pub fn html(
        &self,
        layout: Layout,
        fragment: bool,
        alternates: &[(String, String)],
    ) -> Result<Vec<u8>, Report> {
        let view = self.view(layout, true)?;
        let logo = self.parts.logo.as_ref().map(|a| {
            let mime = match a.path.rsplit('.').next() {
                Some("svg") => "image/svg+xml",
                Some("png") => "image/png",
                _ => "image/jpeg",
            };
            (mime, a.data.as_slice())
        });
        Ok(crate::html::write(&crate::html::Page {
            view: &view,
            logo,
            alternates,
            fragment,
        })
        .into_bytes())
    }

    fn prepare(&self, layout: Layout) -> Result<TypstInput, Report> {
        let notice = self.notice.model();
        let view = self.view(layout, false)?;
        let mut assets: Vec<Asset> = self.parts.logo.iter().cloned().collect();
        assets.extend(self.model_file.iter().cloned());
        let data = serde_json::to_vec(&view).expect("the view is plain data");
        let first_id = notice.controllers.first().map_or("", |c| {
            c.business_id
                .as_ref()
                .map_or(c.name.as_str(), |b| b.as_str())
        });
        let settings = PdfSettings {
            ident: format!("seloste/{first_id}/{layout}"),
            date: notice.document.updated,
            archival: if self.model_file.is_some() {
                Archival::A3a
            } else {
                Archival::A2a
            },
        };
        Ok(TypstInput {
            data,
            assets,
            settings,
        })
    }

    /// A report of a document that could not be made, quoting the template.
    fn failure(&self, diagnostics: Vec<Diagnostic>) -> Report {
        let mut report = Report::new(self.notice.name());
        report.add_source(TEMPLATE_NAME, Arc::from(TEMPLATE));
        report.diagnostics = diagnostics;
        report
    }

    /// The signature field to add, if any.
    fn signature_field(
        &self,
        layout: Layout,
    ) -> Result<Option<SignatureField>, crate::i18n::CatalogueError> {
        let Some(signature) = &self.notice.model().signature else {
            return Ok(None);
        };
        if !self.request.signature_field || !signature.field {
            return Ok(None);
        }
        let mut args = FluentArgs::new();
        args.set("signer", signature.signer.clone());
        Ok(Some(SignatureField {
            name: signature.field_name.clone(),
            tooltip: view::in_each_lang(
                &self.parts.catalogue,
                layout,
                "label-signature-field",
                Some(&args),
            )?,
        }))
    }
}

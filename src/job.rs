//! One job, one run: what is asked of seloste ([`Job`]) and the one place
//! where a model is loaded, checked and typeset into documents ([`Job::run`]).
//!
//! Every front end — a single `seloste render`, each notice of a batch, each
//! request to the service — builds a `Job` from its own input and turns the
//! [`Made`] documents (or the [`Failure`]) into files, report lines or HTTP
//! answers. None of them writes load → check → render itself, so they cannot
//! come to disagree about what a model gives.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use sha2::{Digest, Sha256};

use crate::assets::{AssetSource, Folder, NoAssets};
use crate::diagnostic::{Diagnostic, Report};
use crate::document_kind::DocumentKind;
use crate::lang::Layout;
use crate::model::{Date, Format};
use crate::naming::{document_name, notice_stem};
use crate::notice::{Notice, Refusal, Request};
use crate::typeset::{Engine, TEMPLATE, TEMPLATE_NAME};

/// What a job reads its model from.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Input {
    /// A model file (TOML, or JSON by its `.json` name) or a PDF that
    /// seloste made, read from its path; the files it names come from its
    /// own folder unless [`Job::assets`] names another source.
    File(PathBuf),
    /// A model's text as received, named `name` in diagnostics.
    Model {
        /// The text.
        text: String,
        /// The syntax it is written in.
        format: Format,
        /// The name diagnostics give it.
        name: String,
    },
    /// The bytes of a PDF that seloste made, whose attached model is used.
    Pdf {
        /// The PDF.
        bytes: Vec<u8>,
        /// The name diagnostics give it.
        name: String,
    },
}

/// What is asked: a model, the documents to make of it and how, and where
/// the files it names come from. Built once from a front end's own input,
/// then [checked](Job::check) or [run](Job::run).
///
/// ```
/// use seloste::{Date, Engine, Input, Job, Lang, Layout, Request};
///
/// let model = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/webkoti.toml");
/// let request = Request::new(Date::parse("2026-01-01").unwrap())
///     .layouts(vec![Layout::Single(Lang::Fi), Layout::Single(Lang::Sv)]);
/// let made = Job::new(Input::File(model), request)
///     .run(&Engine::new())
///     .map_err(|failure| failure.to_string())?;
/// assert_eq!(made.documents[1].name, "webkoti.sv.pdf");
/// assert!(made.documents[1].bytes.starts_with(b"%PDF-"));
/// # Ok::<(), String>(())
/// ```
#[derive(Debug)]
pub struct Job {
    input: Input,
    request: Request,
    assets: Option<Box<dyn AssetSource>>,
    stem: Option<String>,
}

/// The documents a job made.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Made {
    /// The version printed in the letterhead and written to the metadata.
    pub identity: String,
    /// The date the model says the notice was updated.
    pub updated: Date,
    /// What the check found that does not stop the notice, and what typst
    /// warned about while typesetting (bugs of the template); empty when
    /// nothing was found.
    pub warnings: Report,
    /// One document per layout, in the order asked.
    pub documents: Vec<Document>,
}

/// One document made.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Document {
    /// Its layout.
    pub layout: Layout,
    /// What it is made as.
    pub kind: DocumentKind,
    /// Its file name, `<stem>.<layout>.<extension>` (`notice.fi+sv.pdf`,
    /// `notice.sv.html`).
    pub name: String,
    /// The PDF or the HTML.
    pub bytes: Vec<u8>,
    /// How many pages it has; 0 for a web page, which has none.
    pub pages: usize,
    /// What typst warned about while making this document.
    pub warnings: Vec<Diagnostic>,
}

/// What a check of a model found.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Verdict {
    /// Every error and warning; [`Report::passed`] says whether it may be
    /// printed.
    pub report: Report,
    /// The notice's version, when the model could be read.
    pub identity: Option<String>,
}

/// Why a job made no documents.
#[derive(Debug)]
#[non_exhaustive]
pub struct Failure {
    /// Which step stopped it.
    pub stage: Stage,
    /// Every diagnostic, with the text they quote.
    pub report: Report,
    /// The notice's version, when the model could be read.
    pub identity: Option<String>,
}

/// The step of a job that failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Stage {
    /// The model (or the PDF it is attached to) could not be read or parsed.
    Load,
    /// The model has errors: the notice may not be printed as it stands.
    Check,
    /// seloste's own catalogue could not be read: a bug in seloste.
    Catalogue,
    /// A checked notice could not be typeset or finished: a bug in seloste.
    Typeset,
}

impl Failure {
    /// Whether the input is at fault (it can be fixed by whoever sent it),
    /// rather than seloste.
    pub fn is_input_error(&self) -> bool {
        matches!(self.stage, Stage::Load | Stage::Check)
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.report.fmt(f)
    }
}

impl std::error::Error for Failure {}

impl Job {
    /// A job for `input`, asking what `request` says.
    pub fn new(input: Input, request: Request) -> Self {
        Job {
            input,
            request,
            assets: None,
            stem: None,
        }
    }

    /// Reads the files the model names (its logo, its wording) from
    /// `source` instead of the model's own folder. A model that came as
    /// text or inside a PDF reads no files unless a source is given.
    pub fn assets(mut self, source: impl AssetSource + 'static) -> Self {
        self.assets = Some(Box::new(source));
        self
    }

    /// Names the documents `<stem>.<layout>.pdf`; by default after the
    /// model (`notice.toml` and `notice.fi.pdf` give `notice`).
    pub fn stem(mut self, stem: impl Into<String>) -> Self {
        self.stem = Some(stem.into());
        self
    }

    /// What is asked.
    pub fn request(&self) -> &Request {
        &self.request
    }

    /// The name the documents are given before their layout.
    pub fn document_stem(&self) -> String {
        match (&self.stem, &self.input) {
            (Some(stem), _) => stem.clone(),
            (None, Input::File(path)) => notice_stem(path),
            (None, Input::Model { name, .. } | Input::Pdf { name, .. }) => {
                notice_stem(Path::new(name))
            }
        }
    }

    /// The model, read.
    pub(crate) fn load(&self) -> Result<Notice, Report> {
        match &self.input {
            Input::File(path) => Notice::load(path),
            Input::Model { text, format, name } => Notice::from_text(text, *format, name),
            Input::Pdf { bytes, name } => Notice::from_pdf(bytes, name),
        }
    }

    /// Calls `f` with where the files `notice` names come from.
    fn with_source<R>(&self, notice: &Notice, f: impl FnOnce(&dyn AssetSource) -> R) -> R {
        if let Some(source) = &self.assets {
            return f(&**source);
        }
        match &self.input {
            Input::File(path) if !notice.is_from_pdf() => f(&Folder::beside(path)),
            Input::File(_) | Input::Pdf { .. } => f(&NoAssets::new("assets-from-pdf")),
            Input::Model { .. } => f(&NoAssets::new("assets-from-text")),
        }
    }

    /// Everything wrong with the model for this request, as `seloste check`
    /// reports it: a model that cannot be read is a report of that.
    pub fn check(&self) -> Verdict {
        match self.load() {
            Ok(notice) => Verdict {
                report: self.with_source(&notice, |source| notice.check(&self.request, source)),
                identity: Some(notice.identity()),
            },
            Err(report) => Verdict {
                report,
                identity: None,
            },
        }
    }

    /// Loads, checks and typesets the model into one document per layout,
    /// in the order asked, all or none. Layouts are typeset side by side on
    /// the rayon pool the caller runs in (see [`STACK_SIZE`](crate::STACK_SIZE)).
    pub fn run(&self, engine: &Engine) -> Result<Made, Failure> {
        let failure = |stage, report, identity| Failure {
            stage,
            report,
            identity,
        };
        let notice = self.load().map_err(|r| failure(Stage::Load, r, None))?;
        let identity = notice.identity();
        let checked = self
            .with_source(&notice, |source| notice.checked(&self.request, source))
            .map_err(|refusal| match refusal {
                Refusal::Model(r) => failure(Stage::Check, r, Some(identity.clone())),
                Refusal::Catalogue(r) => failure(Stage::Catalogue, r, Some(identity.clone())),
            })?;
        let kinds = &self.request.kinds;
        let rendered = if kinds.contains(&DocumentKind::Pdf) {
            checked
                .render(engine)
                .map_err(|r| failure(Stage::Typeset, r, Some(identity.clone())))?
        } else {
            Vec::new()
        };
        let mut warnings = checked.warnings().clone();
        if rendered.iter().any(|d| !d.warnings.is_empty()) {
            warnings.add_source(TEMPLATE_NAME, Arc::from(TEMPLATE));
            warnings
                .diagnostics
                .extend(rendered.iter().flat_map(|d| d.warnings.iter().cloned()));
        }
        let stem = self.document_stem();
        let mut pdfs = rendered.into_iter();
        let mut documents = Vec::new();
        for &layout in checked.layouts() {
            for &kind in kinds {
                documents.push(match kind {
                    DocumentKind::Pdf => {
                        let d = pdfs.next().expect("a PDF for every layout");
                        Document {
                            layout,
                            kind,
                            name: document_name(&stem, layout, kind),
                            bytes: d.pdf,
                            pages: d.pages,
                            warnings: d.warnings,
                        }
                    }
                    _ => {
                        let alternates = alternates(&stem, checked.layouts(), layout, kind);
                        let html = checked
                            .html(layout, kind == DocumentKind::HtmlFragment, &alternates)
                            .map_err(|r| failure(Stage::Typeset, r, Some(identity.clone())))?;
                        Document {
                            layout,
                            kind,
                            name: document_name(&stem, layout, kind),
                            bytes: html,
                            pages: 0,
                            warnings: Vec::new(),
                        }
                    }
                });
            }
        }
        Ok(Made {
            identity,
            updated: notice.model().document.updated,
            warnings,
            documents,
        })
    }
}

impl Document {
    /// The SHA-256 of the document in lower-case hex, as a contract system
    /// records what it attached.
    pub fn sha256(&self) -> String {
        crate::hex::lower(&Sha256::digest(&self.bytes))
    }
}

/// The language tags and file names of the one-language pages made beside
/// the page in `layout`, for its `<link rel="alternate" hreflang>`.
fn alternates(
    stem: &str,
    layouts: &[Layout],
    layout: Layout,
    kind: DocumentKind,
) -> Vec<(String, String)> {
    layouts
        .iter()
        .filter(|&&other| other != layout)
        .filter_map(|&other| match other {
            Layout::Single(lang) => {
                Some((lang.code().to_string(), document_name(stem, other, kind)))
            }
            Layout::Parallel(..) => None,
        })
        .collect()
}

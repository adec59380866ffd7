//! What is asked of a notice: which documents, checked how, with what
//! added to the PDF.

use crate::check;
use crate::document_kind::DocumentKind;
use crate::lang::{Lang, Layout};
use crate::model::Date;

use super::Notice;

/// The documents to make of a notice and how. Built with [`Request::new`]
/// and the setters, so that options can be added without breaking callers.
///
/// ```
/// use seloste::{Date, Lang, Layout, Request};
/// let request = Request::new(Date::parse("2026-01-01").unwrap())
///     .layouts(vec![Layout::Single(Lang::Fi), "fi+sv".parse().unwrap()])
///     .fallback(Some(Lang::Fi));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Request {
    /// The documents, one per layout; empty for the model's default: its
    /// side-by-side layout, if it has one, and each other language it
    /// promises alone.
    pub layouts: Vec<Layout>,
    /// The date taken as today: the checks never read the clock, so that
    /// the same model and request always give the same result.
    pub today: Date,
    /// Whether warnings stop the notice as errors do.
    pub deny_warnings: bool,
    /// The language an own text that lacks a requested language is printed
    /// in, marked as such, instead of the gap being an error.
    pub fallback: Option<Lang>,
    /// An empty signature field over the signature line, when the model has
    /// a signature block and does not turn the field off.
    pub signature_field: bool,
    /// The model file attached to the PDF (PDF/A-3a rather than PDF/A-2a),
    /// so that the notice can be made again from the PDF alone.
    pub embed_model: bool,
    /// What each layout is made as: a PDF, a web page, or both; in the
    /// order the documents come.
    pub kinds: Vec<DocumentKind>,
}

impl Request {
    /// The model's default documents, checked as of `today`: warnings
    /// allowed, no fallback, a signature field and the model attached.
    pub fn new(today: Date) -> Self {
        Request {
            layouts: Vec::new(),
            today,
            deny_warnings: false,
            fallback: None,
            signature_field: true,
            embed_model: true,
            kinds: vec![DocumentKind::Pdf],
        }
    }

    /// Each layout made as these kinds of document (none: a PDF).
    pub fn kinds(mut self, kinds: Vec<DocumentKind>) -> Self {
        self.kinds = if kinds.is_empty() {
            vec![DocumentKind::Pdf]
        } else {
            kinds
        };
        self
    }

    /// These documents rather than the model's default.
    pub fn layouts(mut self, layouts: Vec<Layout>) -> Self {
        self.layouts = layouts;
        self
    }

    /// Whether warnings count as errors.
    pub fn deny_warnings(mut self, deny: bool) -> Self {
        self.deny_warnings = deny;
        self
    }

    /// The language to print an own text in where it lacks one asked for.
    pub fn fallback(mut self, fallback: Option<Lang>) -> Self {
        self.fallback = fallback;
        self
    }

    /// Whether to add the empty signature field.
    pub fn signature_field(mut self, on: bool) -> Self {
        self.signature_field = on;
        self
    }

    /// Whether to attach the model to the PDF.
    pub fn embed_model(mut self, on: bool) -> Self {
        self.embed_model = on;
        self
    }

    /// The layouts asked for, or the model's default.
    pub fn layouts_for(&self, notice: &Notice) -> Vec<Layout> {
        if self.layouts.is_empty() {
            notice.default_layouts()
        } else {
            self.layouts.clone()
        }
    }

    /// How the rules are run for documents in `langs`.
    pub(super) fn check_options(&self, langs: Vec<Lang>) -> check::Options {
        check::Options {
            deny_warnings: self.deny_warnings,
            fallback: self.fallback,
            ..check::Options::new(self.today, langs)
        }
    }
}

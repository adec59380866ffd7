//! The errors of the library, one type per stage, gathered in [`Error`].

use std::path::PathBuf;

use crate::check::Finding;
use crate::i18n::CatalogueError;
use crate::model::Problem;
use crate::pdf::{AttachmentError, FieldError};
use crate::render::RenderError;
use crate::view::ViewError;

/// Anything that can stop a notice from being made.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The model file could not be read.
    #[error("cannot read '{}': {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The model is not valid; each problem names its field and line.
    #[error("{}", render_problems(file, problems))]
    Invalid {
        /// The model's file name as the user gave it.
        file: String,
        /// Everything wrong with it.
        problems: Vec<Problem>,
    },
    /// The notice would be incomplete or wrong under GDPR Art. 13/14: the
    /// completeness checks found errors (warnings are listed too).
    #[error("{}", render_findings(file, findings))]
    Incomplete {
        /// The model's file name as the user gave it.
        file: String,
        /// Everything the checks found.
        findings: Vec<Finding>,
    },
    /// The built-in catalogue is broken (a bug in seloste).
    #[error("the catalogue is broken: {0}")]
    Catalogue(#[from] CatalogueError),
    /// The view could not be built (a bug: validation should have caught it).
    #[error("cannot prepare the document: {0}")]
    View(#[from] ViewError),
    /// Typst failed (a bug in the template).
    #[error(transparent)]
    Render(#[from] RenderError),
    /// A PDF given as input holds no model that can be read.
    #[error("cannot read a notice model from '{}': {source}", path.display())]
    Attachment {
        /// The PDF.
        path: PathBuf,
        /// What is wrong with it.
        source: AttachmentError,
    },
    /// The signature field could not be added (a bug in seloste).
    #[error(transparent)]
    SignatureField(#[from] FieldError),
    /// The output could not be written.
    #[error("cannot write '{}': {source}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

impl Error {
    /// Whether the user's input is at fault (exit code 1) rather than seloste.
    pub fn is_input_error(&self) -> bool {
        matches!(
            self,
            Error::Read { .. }
                | Error::Invalid { .. }
                | Error::Incomplete { .. }
                | Error::Attachment { .. }
                | Error::Write { .. }
        )
    }
}

fn render_problems(file: &str, problems: &[Problem]) -> String {
    let mut s = String::new();
    for (i, p) in problems.iter().enumerate() {
        if i > 0 {
            s.push('\n');
        }
        s.push_str(&p.render(file));
    }
    s
}

fn render_findings(file: &str, findings: &[Finding]) -> String {
    findings
        .iter()
        .map(|f| f.render(file))
        .collect::<Vec<_>>()
        .join("\n")
}

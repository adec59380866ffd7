//! seloste turns a notice model (how an organisation processes personal data)
//! into GDPR privacy notices as archival, accessible PDFs in Finnish, Swedish
//! and English.
//!
//! The stages, each a module: [`model`] (parse and validate), [`check`] (the
//! GDPR Art. 13/14 completeness rules), [`i18n`] (the Fluent catalogue),
//! [`view`] (the notice resolved to one or two languages), [`render`] (typst
//! to PDF/A), [`pdf`] (the signature field, the attached model), [`pipeline`]
//! (the stages in order) and [`output`] (atomic writes); [`starter`] is the
//! model `seloste init` writes and [`translate`] takes own texts to a
//! translator and back. The command-line program is a thin layer over
//! [`pipeline`].

pub mod check;
pub mod error;
pub mod i18n;
pub mod lang;
pub mod model;
pub mod output;
pub mod pdf;
pub mod pipeline;
pub mod render;
pub mod starter;
pub mod translate;
pub mod view;

pub use error::Error;
pub use lang::{Lang, Layout};

//! The errors of the library that are not about a notice's content.
//!
//! Everything a model can be wrong in is a report of diagnostics; what is
//! left is writing the result, and seloste's own catalogue.

use std::path::PathBuf;

use crate::i18n::CatalogueError;

/// Anything that can stop a notice from being made.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The built-in catalogue is broken (a bug in seloste).
    #[error("the catalogue is broken: {0}")]
    Catalogue(#[from] CatalogueError),
    /// The output could not be written.
    #[error("cannot write '{}': {source}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

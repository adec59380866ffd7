//! Why a view could not be built.

use crate::i18n::CatalogueError;
use crate::lang::Lang;

/// Why a view could not be built. Validation catches these first for user
/// input, so reaching one means an incomplete catalogue or an unchecked model.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ViewError {
    /// A catalogue message is missing or could not be formatted.
    #[error(transparent)]
    Catalogue(#[from] CatalogueError),
    /// An own text lacks the language (validation normally reports it first,
    /// with the field).
    #[error("an own text has no {lang} version")]
    MissingLanguage {
        /// The language.
        lang: Lang,
    },
    /// A purpose has no legal basis (`seloste check` reports it first, as
    /// `purpose-without-basis`).
    #[error("purposes[{purpose}] has no legal basis")]
    NoBasis {
        /// The purpose's index.
        purpose: usize,
    },
}

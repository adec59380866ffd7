//! The catalogue a model is rendered and checked with.

use std::ops::Deref;

use crate::assets::AssetSource;
use crate::diagnostic::Said;
use crate::i18n::{Catalogue, CatalogueError, Wording, WordingProblems};
use crate::model::{Diagnostic, FieldPath, Model};

/// The catalogue a model is rendered with: the built-in one, shared, or a
/// catalogue of its own when the model names a wording folder.
#[derive(Debug)]
pub enum ModelCatalogue {
    /// The built-in catalogue.
    Builtin(&'static Catalogue),
    /// The built-in catalogue with the organisation's wording.
    Own(Box<Catalogue>),
}

impl Deref for ModelCatalogue {
    type Target = Catalogue;

    fn deref(&self) -> &Catalogue {
        match self {
            ModelCatalogue::Builtin(c) => c,
            ModelCatalogue::Own(c) => c,
        }
    }
}

/// Why the catalogue of a model could not be made.
pub enum CatalogueProblem {
    /// The built-in catalogue is broken (a bug).
    Builtin(CatalogueError),
    /// The wording folder is missing or its files are wrong: diagnostics in
    /// the model (at `wording`) or in the `.ftl` files, with their texts.
    Wording(WordingProblems),
}

/// The catalogue for `notice`: the built-in one plus the wording folder the
/// model names, read from `assets`.
pub fn catalogue(
    notice: &Model,
    assets: &dyn AssetSource,
) -> Result<ModelCatalogue, CatalogueProblem> {
    let builtin = Catalogue::builtin().map_err(CatalogueProblem::Builtin)?;
    let Some(folder) = &notice.wording else {
        return Ok(ModelCatalogue::Builtin(builtin));
    };
    let files = assets.list(folder).map_err(|e| {
        CatalogueProblem::Wording(WordingProblems {
            diagnostics: vec![
                Diagnostic::said_at(
                    FieldPath::root().key("wording"),
                    Said::new("wording-folder-unusable").said("why", e.said()),
                )
                .help_said(
                    e.help()
                        .unwrap_or_else(|| Said::new("wording-folder-unusable-help")),
                ),
            ],
            sources: Vec::new(),
        })
    })?;
    let catalogue =
        Wording::read(assets, folder, &files, builtin).map_err(CatalogueProblem::Wording)?;
    Ok(ModelCatalogue::Own(Box::new(catalogue)))
}

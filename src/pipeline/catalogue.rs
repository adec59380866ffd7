//! The catalogue a model is rendered and checked with.

use std::ops::Deref;

use crate::error::Error;
use crate::i18n::{Catalogue, Wording};
use crate::model::{FieldPath, Loaded, Problem};

/// The catalogue a model is rendered with: the built-in one, shared, or a
/// catalogue of its own when the model names a wording folder.
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

/// The catalogue for `loaded`: the built-in one plus the wording folder the
/// model names, if any. Problems in the wording name their `.ftl` file.
pub fn catalogue(loaded: &Loaded, file: &str) -> Result<ModelCatalogue, Error> {
    let builtin = Catalogue::builtin()?;
    let Some(folder) = &loaded.notice.wording else {
        return Ok(ModelCatalogue::Builtin(builtin));
    };
    let invalid = |problems| Error::Invalid {
        file: super::file_name(loaded, file),
        problems,
    };
    let dir = loaded.base_dir.join(folder);
    if !dir.is_dir() {
        let at = FieldPath::root().key("wording");
        let mut p = Problem::at(
            at.clone(),
            format!("the wording folder '{}' does not exist", dir.display()),
        )
        .help("the path is relative to the model file; the folder holds fi/, sv/ and en/ folders of .ftl files");
        p.location = loaded.map.locate(&at);
        return Err(invalid(vec![p]));
    }
    let wording = Wording::read(&dir, builtin).map_err(invalid)?;
    Ok(ModelCatalogue::Own(Box::new(
        builtin.with_wording(&wording),
    )))
}

//! From a loaded model to PDF bytes: validate once, then render each layout.
//!
//! Validation covers every language of every requested layout before any
//! document is typeset, so that a run either produces all its files or none.
//! Then the GDPR completeness rules run (`check`): an error stops the run as
//! well, and warnings travel with the [`Prepared`] model for the caller to
//! show.

use std::ops::Deref;
use std::path::Path;

use crate::check::{self, Finding};
use crate::error::Error;
use crate::i18n::{Catalogue, Wording};
use crate::lang::{Lang, Layout};
use crate::model::{self, FieldPath, Loaded, Problem};
use crate::render::{self, Archival, Asset, Engine, PdfSettings};
use crate::view;

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
        file: file.to_string(),
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

/// A model that passed validation for a set of layouts, with its assets read.
pub struct Prepared<'a> {
    loaded: &'a Loaded,
    logo: Option<(&'static str, Vec<u8>)>,
    fallback: Option<Lang>,
    warnings: Vec<Finding>,
}

/// How a model is prepared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// How the completeness checks run.
    pub checks: check::Options,
    /// The language an own text that lacks a requested language is printed
    /// in, marked as such, instead of the gap being an error.
    pub fallback: Option<Lang>,
}

impl Options {
    /// Checks as of `today`, warnings allowed, no fallback.
    pub fn checked_at(today: model::Date) -> Self {
        Options {
            checks: check::Options {
                today,
                deny_warnings: false,
            },
            fallback: None,
        }
    }
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
    let fallback = options.fallback;
    let mut langs: Vec<Lang> = layouts.iter().flat_map(|l| l.langs()).collect();
    langs.sort();
    langs.dedup();
    let mut problems = model::validate(&loaded.notice, catalogue, &loaded.map);
    problems.extend(model::validate_langs_with_fallback(
        &loaded.notice,
        &langs,
        fallback,
        &loaded.map,
    ));
    let logo = match read_logo(loaded) {
        Ok(logo) => logo,
        Err(p) => {
            problems.push(p);
            None
        }
    };
    if !problems.is_empty() {
        return Err(Error::Invalid {
            file: file.to_string(),
            problems,
        });
    }
    let findings = check::check_rules(loaded, catalogue, &options.checks);
    if check::has_errors(&findings) {
        return Err(Error::Incomplete {
            file: file.to_string(),
            findings,
        });
    }
    Ok(Prepared {
        loaded,
        logo,
        fallback,
        warnings: findings,
    })
}

/// Reads the logo the model declares; the world serves it at a fixed path
/// chosen by its format.
fn read_logo(loaded: &Loaded) -> Result<Option<(&'static str, Vec<u8>)>, Problem> {
    let Some(logo) = &loaded.notice.document.logo else {
        return Ok(None);
    };
    let at = FieldPath::root().key("document").key("logo").key("path");
    let locate = |p: Problem| Problem {
        location: loaded.map.locate(&at),
        ..p
    };
    let ext = Path::new(&logo.path)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let vpath = match ext.as_deref() {
        Some("svg") => "/assets/logo.svg",
        Some("png") => "/assets/logo.png",
        Some("jpg" | "jpeg") => "/assets/logo.jpg",
        _ => {
            return Err(locate(
                Problem::at(
                    at.clone(),
                    format!("'{}' is not an SVG, PNG or JPEG file", logo.path),
                )
                .help("give the logo as a .svg, .png or .jpg file"),
            ));
        }
    };
    let file = loaded.base_dir.join(&logo.path);
    let data = std::fs::read(&file).map_err(|e| {
        locate(
            Problem::at(
                at.clone(),
                format!("cannot read the logo '{}': {e}", file.display()),
            )
            .help("the path is relative to the model file"),
        )
    })?;
    Ok(Some((vpath, data)))
}

impl Prepared<'_> {
    /// What the checks found that does not stop the notice (warnings).
    pub fn warnings(&self) -> &[Finding] {
        &self.warnings
    }

    /// Renders one layout to PDF bytes.
    pub fn render(
        &self,
        engine: &Engine,
        catalogue: &Catalogue,
        layout: Layout,
    ) -> Result<Vec<u8>, Error> {
        let notice = &self.loaded.notice;
        let logo_path = self.logo.as_ref().map(|(p, _)| *p);
        let view = view::build_with_fallback(notice, layout, catalogue, logo_path, self.fallback)?;
        let data = serde_json::to_vec(&view).expect("the view is plain data");
        let assets = self
            .logo
            .iter()
            .map(|(path, data)| Asset {
                path,
                data: typst::foundations::Bytes::new(data.clone()),
            })
            .collect();
        let d = notice.document.updated;
        let first_id = notice
            .controllers
            .first()
            .map_or("", |c| c.business_id.as_str());
        let settings = PdfSettings {
            ident: format!("seloste/{first_id}/{layout}"),
            date: (d.year, d.month, d.day),
            archival: Archival::A2a,
        };
        Ok(render::render(engine, data, assets, &settings)?)
    }
}

/// Parses `text` as a model in the format of `loaded` (e.g. a model just
/// edited by a merge), as an error naming `file` if it is no longer valid.
pub fn parse_check(text: &str, loaded: &Loaded, file: &str) -> Result<(), Error> {
    model::parse(text, loaded.format, loaded.base_dir.clone())
        .map(|_| ())
        .map_err(|p| Error::Invalid {
            file: file.to_string(),
            problems: vec![p],
        })
}

/// Loads a model file, mapping read failures to [`Error::Read`] and parse
/// failures to [`Error::Invalid`].
pub fn load(path: &Path, file: &str) -> Result<Loaded, Error> {
    model::load(path).map_err(|e| match e {
        model::LoadError::Read { path, source } => Error::Read { path, source },
        model::LoadError::Invalid(p) => Error::Invalid {
            file: file.to_string(),
            problems: vec![p],
        },
    })
}

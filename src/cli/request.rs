//! From the check options of the command line to the library's request
//! and asset source, the same for `check` and `render`.

use std::path::Path;

use super::CliError;
use super::args::CheckOpts;
use super::today;
use seloste::{AssetSource, Folder, NoAssets, Notice, Request};

/// The request `opts` describe, before the options only `render` has.
pub fn request(opts: &CheckOpts) -> Result<Request, CliError> {
    Ok(Request::new(today::resolve(opts.today)?)
        .layouts(opts.lang.clone())
        .fallback(opts.fallback)
        .deny_warnings(opts.deny_warnings))
}

/// Where the files `notice` names come from: `--assets DIR`, else the model
/// file's folder, else (a model read from a PDF) nowhere.
pub fn assets(notice: &Notice, model: &Path, opts: &CheckOpts) -> Box<dyn AssetSource> {
    match &opts.assets {
        Some(dir) => Box::new(Folder::new(dir)),
        None if notice.is_from_pdf() => Box::new(NoAssets::new(
            "a model read from a PDF reads no files unless you name their folder with --assets DIR",
        )),
        None => Box::new(Folder::beside(model)),
    }
}

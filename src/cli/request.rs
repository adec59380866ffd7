//! From the check options of the command line to the library's request and
//! job, the same for `check` and `render`.

use std::path::Path;

use super::CliError;
use super::args::{CheckOpts, RenderArgs};
use super::today;
use crate::{Folder, Input, Job, Request};

/// The request `opts` describe, before the options only `render` has.
pub fn request(opts: &CheckOpts) -> Result<Request, CliError> {
    Ok(Request::new(today::resolve(opts.today)?)
        .layouts(opts.lang.clone())
        .fallback(opts.fallback)
        .deny_warnings(opts.deny_warnings))
}

/// The request of `seloste render`: the check's options and the PDF's.
pub fn render(args: &RenderArgs) -> Result<Request, CliError> {
    Ok(request(&args.check)?
        .signature_field(!args.no_signature_field)
        .embed_model(!args.no_embed_model)
        .kinds(args.format.clone()))
}

/// The job of the model file (or PDF) at `model`: its files come from
/// `--assets DIR`, else from its own folder (a model read from a PDF from
/// nowhere, since whoever made the PDF chose its paths).
pub fn job(model: &Path, request: Request, opts: &CheckOpts) -> Job {
    let job = Job::new(Input::File(model.to_path_buf()), request);
    match &opts.assets {
        Some(dir) => job.assets(Folder::new(dir)),
        None => job,
    }
}

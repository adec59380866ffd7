//! `seloste render`: a model to one PDF per language layout.

use std::path::{Path, PathBuf};

use super::args::RenderArgs;
use super::{CliError, request};
use seloste::{Engine, Error, Layout, Notice, Report, output};

/// Where the PDFs go, decided from `-o` before any work is done.
enum Target {
    Stdout,
    File(PathBuf),
    Dir(PathBuf),
}

fn target(output: Option<&Path>, layouts: &[Layout]) -> Result<Target, CliError> {
    let one = |what: &str| {
        if layouts.len() == 1 {
            Ok(())
        } else {
            Err(CliError::Usage(format!(
                "{what} takes one language, but {} were asked for ({}); give a folder with -o DIR",
                layouts.len(),
                layouts
                    .iter()
                    .map(Layout::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            )))
        }
    };
    Ok(match output {
        None => Target::Dir(PathBuf::from(".")),
        Some(p) if p == Path::new("-") => {
            one("standard output (-o -)")?;
            Target::Stdout
        }
        // A name ending in .pdf is a file; anything else is a folder, made if need be.
        Some(p) if p.is_dir() || !is_pdf_name(p) => Target::Dir(p.to_path_buf()),
        Some(p) => {
            one(&format!("the file '{}'", p.display()))?;
            Target::File(p.to_path_buf())
        }
    })
}

fn is_pdf_name(p: &Path) -> bool {
    p.extension().is_some_and(|e| e.eq_ignore_ascii_case("pdf"))
}

pub fn run(args: RenderArgs) -> Result<(), CliError> {
    let models = super::batch::inputs(&args.models)?;
    match &models[..] {
        [] if args.jobs.is_none() => Err(CliError::Usage("no model to render".into())),
        [one]
            if args.jobs.is_none()
                && args.models.len() == 1
                && !args.models[0].is_dir()
                && args.report.is_none()
                && args.shard.is_none() =>
        {
            run_one(&args, one)
        }
        _ => super::batch::run(&args, models),
    }
}

/// One model: its documents to a file, a folder or standard output.
fn run_one(args: &RenderArgs, model: &Path) -> Result<(), CliError> {
    let notice = Notice::load(model)?;
    let assets = request::assets(&notice, model, &args.check);
    let request = request::request(&args.check)?
        .signature_field(!args.no_signature_field)
        .embed_model(!args.no_embed_model);
    let layouts = request.layouts_for(&notice);
    let target = target(args.output.as_deref(), &layouts)?;
    let checked = notice.checked(&request, &*assets).map_err(|report| {
        CliError::Rejected(report, "the notice is not printed, nothing was written")
    })?;
    show(checked.warnings());
    let documents = checked.render(&Engine::new())?;
    for d in &documents {
        let mut warnings = Report::new(checked.notice().name());
        warnings.diagnostics = d.warnings.clone();
        show(&warnings);
    }

    // A PDF's name carries its language tag: notice.fi.pdf makes notice.sv.pdf.
    let stem = seloste::notice_stem(model);
    let paths: Vec<PathBuf> = documents
        .iter()
        .filter_map(|d| match &target {
            Target::Stdout => None,
            Target::File(p) => Some(p.clone()),
            Target::Dir(dir) => Some(dir.join(seloste::document_name(&stem, d.layout))),
        })
        .collect();
    for path in &paths {
        guard(path, model, args.replace_signed)?;
    }
    if let Target::Stdout = target {
        let mut out = std::io::stdout().lock();
        for d in &documents {
            super::write_stdout(&mut out, &d.pdf)?;
        }
        return Ok(());
    }
    // Only now that every document exists is anything created on disk.
    if let Target::Dir(dir) = &target
        && !dir.is_dir()
    {
        std::fs::create_dir_all(dir).map_err(|source| Error::Write {
            path: dir.clone(),
            source,
        })?;
    }
    let files: Vec<(&Path, &[u8])> = paths
        .iter()
        .zip(&documents)
        .map(|(p, d)| (p.as_path(), d.pdf.as_slice()))
        .collect();
    output::write_all_atomic(&files)?;
    if !args.quiet {
        for path in &paths {
            eprintln!("wrote {}", path.display());
        }
    }
    Ok(())
}

/// Refuses to write over the model the notice was made from (a signed PDF
/// rendered again in its own folder would destroy the signature) or over a
/// signed PDF, unless `replace_signed` says so.
pub(super) fn guard(path: &Path, input: &Path, replace_signed: bool) -> Result<(), CliError> {
    let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if same(path, input) {
        return Err(CliError::Usage(format!(
            "'{}' is the file the notice is read from; write the new notice elsewhere with -o",
            path.display()
        )));
    }
    if !replace_signed && is_signed(path) {
        return Err(CliError::Usage(format!(
            "'{}' is a signed PDF; write the new notice elsewhere with -o, or replace it with \
             --replace-signed",
            path.display()
        )));
    }
    Ok(())
}

/// Whether the file at `path` is a PDF with a digital signature in it (a
/// signature dictionary's `/ByteRange`).
fn is_signed(path: &Path) -> bool {
    std::fs::read(path)
        .map(|bytes| seloste::pdf::is_pdf(&bytes) && bytes.windows(10).any(|w| w == b"/ByteRange"))
        .unwrap_or(false)
}

/// Shows a report's diagnostics on standard error, which stays free of PDF
/// bytes when the document goes to standard output.
fn show(report: &Report) {
    if report.is_empty() {
        return;
    }
    let mut err = anstream::stderr().lock();
    // Failing to show a warning must not fail the render.
    let _ = report
        .write_human(&mut err)
        .and_then(|()| report.write_summary(&mut err));
}

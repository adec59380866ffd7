//! `seloste render`: a model to one PDF per language layout.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::CliError;
use super::args::RenderArgs;
use super::report::{self, ModelReport};
use super::today;
use seloste::check;
use seloste::render::Engine;
use seloste::{Error, Layout, output, pipeline};

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
    let file = args.model.display().to_string();
    let loaded = pipeline::load(&args.model, &file)?;
    let layouts: Vec<Layout> = if args.lang.is_empty() {
        loaded.notice.default_layouts()
    } else {
        args.lang.clone()
    };
    let target = target(args.output.as_deref(), &layouts)?;
    let catalogue = pipeline::catalogue(&loaded, &file)?;
    let options = pipeline::Options {
        checks: check::Options {
            today: today::resolve(args.check.today)?,
            deny_warnings: args.check.deny_warnings,
        },
        fallback: args.fallback,
        signature_field: !args.no_signature_field,
        embed_model: !args.no_embed_model,
    };
    let prepared = match pipeline::prepare(&loaded, &catalogue, &layouts, &file, &options) {
        Ok(p) => p,
        Err(Error::Incomplete { file, findings }) => {
            let r = ModelReport::new(file, Some(loaded.text.clone()), findings);
            show(&r);
            return Err(CliError::Reported(format!(
                "{}: the notice is incomplete ({} errors), nothing was written",
                r.file, r.errors
            )));
        }
        Err(e) => return Err(e.into()),
    };
    if !prepared.warnings().is_empty() {
        show(&ModelReport::new(
            file.clone(),
            Some(loaded.text.clone()),
            prepared.warnings().to_vec(),
        ));
    }
    let engine = Engine::new();
    let pdfs = layouts
        .iter()
        .copied()
        .zip(prepared.render_all(&engine, &catalogue, &layouts)?);

    // Only now that every document exists is anything created on disk.
    if let Target::Dir(dir) = &target
        && !dir.is_dir()
    {
        std::fs::create_dir_all(dir).map_err(|source| Error::Write {
            path: dir.clone(),
            source,
        })?;
    }
    // A PDF's name carries its language tag: notice.fi.pdf makes notice.sv.pdf.
    let stem = super::stem::notice_stem(&args.model);
    for (layout, pdf) in pdfs {
        let path = match &target {
            Target::Stdout => {
                let mut out = std::io::stdout().lock();
                out.write_all(&pdf)
                    .and_then(|()| out.flush())
                    .map_err(|source| Error::Write {
                        path: "-".into(),
                        source,
                    })?;
                continue;
            }
            Target::File(p) => p.clone(),
            Target::Dir(d) => d.join(format!("{stem}.{}.pdf", layout.file_tag())),
        };
        output::write_atomic(&path, &pdf)?;
        if !args.quiet {
            eprintln!("wrote {}", path.display());
        }
    }
    Ok(())
}

/// Shows the checks' findings on standard error, which stays free of PDF
/// bytes when the document goes to standard output.
fn show(r: &ModelReport) {
    let mut err = anstream::stderr().lock();
    // Failing to show a warning must not fail the render.
    let _ = report::findings(&mut err, r).and_then(|()| report::summary(&mut err, r));
}

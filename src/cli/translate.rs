//! `seloste translate`: own texts that lack a language, out to a translator
//! and back into the model.

use std::io::Write;
use std::path::Path;

use super::CliError;
use super::args::{TranslateArgs, TranslationFormat};
use super::ui::say;
use crate::diagnostic::Said;
use crate::error::Error;
use crate::notice::Notice;
use crate::translate::{self, Untranslated};
use crate::{Diagnostic, Lang, Report, output};

pub fn run(args: TranslateArgs) -> Result<(), CliError> {
    let notice = Notice::load(&args.model)?;
    let file = notice.name().to_string();
    let loaded = notice.loaded();
    match (args.to, &args.merge) {
        (Some(to), None) => {
            let items = translate::untranslated(&loaded.notice, to, args.from);
            match &args.output {
                None => {
                    list(&file, to, &items)?;
                    list_stale(&translate::stale(&loaded.notice, to))
                }
                Some(out) => write(&file, to, &items, out, args.format),
            }
        }
        (None, Some(merge)) => merge_file(&args.model, &notice, merge, args.output.as_deref()),
        _ => Err(CliError::Usage(say(Said::new("cli-translate-to-or-merge")))),
    }
}

/// Prints each text to translate on standard output, one per line.
fn list(file: &str, to: Lang, items: &[Untranslated]) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    for it in items {
        writeln!(
            out,
            "{} ({}): {}",
            it.path,
            it.from,
            it.source.replace('\n', " ")
        )
        .map_err(|source| Error::Write {
            path: "-".into(),
            source,
        })?;
    }
    eprintln!("{}", say(summary(file, to, items.len())));
    Ok(())
}

/// Prints each stale translation with the source as it reads now and the
/// translation made from an earlier one, so that the translator sees what
/// to bring up to date.
fn list_stale(stale: &[translate::Stale]) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    for s in stale {
        let said = Said::new("cli-translate-stale")
            .arg("path", s.path.to_string())
            .arg("from", s.from.code())
            .arg("source", s.source.replace('\n', " "))
            .arg("translation", s.translation.replace('\n', " "));
        writeln!(out, "{}", say(said)).map_err(|source| Error::Write {
            path: "-".into(),
            source,
        })?;
    }
    Ok(())
}

fn summary(file: &str, to: Lang, n: usize) -> Said {
    Said::new("cli-translate-summary")
        .count("count", n)
        .arg("file", file)
        .arg("lang", to.code())
}

/// Writes the file for a translator, unless there is nothing to translate.
fn write(
    file: &str,
    to: Lang,
    items: &[Untranslated],
    out: &Path,
    format: Option<TranslationFormat>,
) -> Result<(), CliError> {
    if items.is_empty() {
        eprintln!(
            "{}",
            say(Said::new("cli-translate-nothing").said("summary", summary(file, to, 0)))
        );
        return Ok(());
    }
    let format = format.unwrap_or(match out.extension().and_then(|e| e.to_str()) {
        Some("ftl") => TranslationFormat::Ftl,
        _ => TranslationFormat::Toml,
    });
    let name = Path::new(file)
        .file_name()
        .map_or_else(|| file.to_string(), |n| n.to_string_lossy().into_owned());
    let text = match format {
        TranslationFormat::Toml => translate::to_toml(&name, to, items),
        TranslationFormat::Ftl => translate::to_ftl(&name, to, items),
    };
    output::write_atomic(out, text.as_bytes())?;
    eprintln!(
        "{}",
        say(Said::new("cli-translate-wrote")
            .said("summary", summary(file, to, items.len()))
            .arg("path", out.display().to_string()))
    );
    Ok(())
}

/// Merges a translated file into the model and writes the model (or `-o`).
fn merge_file(
    model: &Path,
    notice: &Notice,
    merge: &Path,
    out: Option<&Path>,
) -> Result<(), CliError> {
    let loaded = notice.loaded();
    let shown = merge.display().to_string();
    let text = std::fs::read_to_string(merge).map_err(|e| {
        Report::one(
            &shown,
            Diagnostic::said(
                None,
                Said::new("cannot-read")
                    .arg("path", shown.clone())
                    .said("why", crate::diagnostic::io_said(&e)),
                None,
            ),
        )
    })?;
    let merged = translate::merge(&loaded.notice, &loaded.text, loaded.format, &shown, &text)
        .map_err(|problems| {
            let mut report = Report::new(&shown).with_source(text.as_str().into());
            report.diagnostics = problems;
            report
        })?;
    // The merged model must still be a model: a bug here must not reach the file.
    Notice::from_text(&merged.text, loaded.format, notice.name())?;
    let target = out.unwrap_or(model);
    if !merged.filled.is_empty() || out.is_some() {
        output::write_atomic(target, merged.text.as_bytes())?;
    }
    for (path, lang) in &merged.skipped {
        eprintln!(
            "{}",
            say(Said::new("cli-translate-left-empty")
                .arg("path", path.to_string())
                .arg("lang", lang.code()))
        );
    }
    eprintln!(
        "{}",
        say(Said::new("cli-translate-merged")
            .count("count", merged.filled.len())
            .arg("path", target.display().to_string()))
    );
    Ok(())
}

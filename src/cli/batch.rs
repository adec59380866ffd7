//! `seloste render` of many models in one process: every model is loaded,
//! checked and rendered on the machine's cores, the fonts, template and
//! catalogue loaded once; a bad model is reported and the others written.
//!
//! The models are spread over plain threads (`crate::threads::on_threads`), not
//! over rayon's pool, which typst uses inside each document.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use serde::Serialize;

use super::args::RenderArgs;
use super::ui::{cannot_read, say};
use super::write::{self, Target};
use super::{CliError, lines, request};
use crate::diagnostic::Said;
use crate::{Diagnostic, Engine, Report, Request, output};

/// The shard of `n` a model belongs to: FNV-1a of its path as given, so
/// that it is the same on every machine and run.
pub fn shard_of(model: &Path, n: u64) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in model.to_string_lossy().bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash % n
}

/// One line of `--report`: what became of one document (or of a model that
/// made none).
#[derive(Debug, Serialize)]
struct Line {
    input: String,
    layout: Option<String>,
    output: Option<String>,
    sha256: Option<String>,
    pages: Option<usize>,
    identity: Option<String>,
    warnings: Vec<Diagnostic>,
    error: Option<String>,
}

/// What one model gave: its report lines, and the diagnostics to show.
struct Outcome {
    lines: Vec<Line>,
    /// The line of the jobs file that asked for it, if one did.
    at: Option<String>,
    shown: Option<Report>,
    documents: usize,
    failed: bool,
}

/// One notice of a batch to make: a model, its layouts (empty: the model's default)
/// and the folder its documents go to; or a line of `--jobs` that could not
/// be read, reported in its place.
struct Item {
    model: PathBuf,
    layouts: Vec<crate::Layout>,
    dir: PathBuf,
    /// The line of the jobs file that asked for it (`jobs.jsonl:4`).
    at: Option<String>,
    /// What is wrong with the job line, with its number.
    bad: Option<String>,
}

/// One line of `--jobs FILE.jsonl`.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct JobLine {
    model: PathBuf,
    #[serde(default)]
    layouts: Vec<String>,
    #[serde(default)]
    output: Option<PathBuf>,
}

/// The jobs of `--jobs FILE.jsonl`: `{"model": PATH, "layouts": ["fi",
/// "fi+sv"], "output": "DIR"}` a line, the output a folder inside `base`.
/// A line that cannot be used is a job that fails with its line number.
fn read_jobs(file: &Path, base: &Path) -> Result<Vec<Item>, CliError> {
    let opened = std::fs::File::open(file).map_err(|e| CliError::Usage(cannot_read(file, &e)))?;
    let lines = lines::read(
        std::io::BufReader::new(opened),
        &say(Said::new("cli-the-jobs-file").arg("path", file.display().to_string())),
    )?;
    let mut jobs = Vec::new();
    for line in lines {
        let at = format!("{}:{}", file.display(), line.number);
        let bad = |why: String| Item {
            model: PathBuf::from(&at),
            layouts: Vec::new(),
            dir: base.to_path_buf(),
            at: None,
            bad: Some(format!("{at}: {why}")),
        };
        let line = match line.text {
            Ok(text) => text,
            Err(why) => {
                jobs.push(bad(why));
                continue;
            }
        };
        // serde would also read a struct from an array (`["a.toml"]`); a
        // job is written as an object only.
        if !line.starts_with('{') {
            jobs.push(bad(say(Said::new("cli-not-a-job"))));
            continue;
        }
        let job: JobLine = match serde_json::from_str(&line) {
            Ok(j) => j,
            Err(e) => {
                jobs.push(bad(say(
                    Said::new("cli-not-a-job-because").arg("detail", e.to_string())
                )));
                continue;
            }
        };
        if let Some(why) = [
            ("model", &job.model),
            ("output", &job.output.clone().unwrap_or_default()),
        ]
        .into_iter()
        .find_map(|(field, path)| unusable_path(field, path))
        {
            jobs.push(bad(why));
            continue;
        }
        let layouts: Result<Vec<crate::Layout>, _> =
            job.layouts.iter().map(|l| l.parse()).collect();
        let layouts = match layouts {
            Ok(l) => l,
            Err(e) => {
                jobs.push(bad(format!("{e}")));
                continue;
            }
        };
        let output = job.output.unwrap_or_default();
        let inside = output.components().all(|c| {
            matches!(
                c,
                std::path::Component::Normal(_) | std::path::Component::CurDir
            )
        });
        if !inside {
            jobs.push(bad(say(Said::new("cli-job-output-outside")
                .arg("output", output.display().to_string())
                .arg("base", base.display().to_string()))));
            continue;
        }
        jobs.push(Item {
            model: job.model,
            layouts,
            dir: base.join(output),
            at: Some(at),
            bad: None,
        });
    }
    Ok(jobs)
}

/// Why a path given in a job cannot name a file, if it cannot: the system
/// refuses a NUL byte, a path longer than 4 096 bytes and a name longer than
/// 255, and would fail the job only when writing.
fn unusable_path(field: &str, path: &Path) -> Option<String> {
    let bytes = path.as_os_str().as_encoded_bytes();
    let why = |id| Some(say(Said::new(id).arg("field", field)));
    if bytes.contains(&0) {
        return why("cli-job-path-nul");
    }
    if bytes.len() > 4096 {
        return why("cli-job-path-too-long");
    }
    if path.components().any(|c| c.as_os_str().len() > 255) {
        return why("cli-job-name-too-long");
    }
    None
}

/// Renders every model (or every job of `--jobs`) into the folder `-o`
/// names (default: the current one), reports each failure with its
/// diagnostics, and fails at the end when any failed.
pub fn run(args: &RenderArgs, models: Vec<PathBuf>) -> Result<(), CliError> {
    let Target::Dir(base) = Target::from_output(args.output.as_deref()) else {
        return Err(CliError::Usage(say(Said::new("cli-several-need-a-folder"))));
    };
    let mut jobs: Vec<Item> = models
        .into_iter()
        .map(|model| Item {
            model,
            layouts: args.check.lang.clone(),
            dir: base.clone(),
            at: None,
            bad: None,
        })
        .collect();
    if let Some(file) = &args.jobs {
        jobs.extend(read_jobs(file, &base)?);
    }
    if let Some((k, n)) = args.shard {
        jobs.retain(|j| shard_of(&j.model, n) == k);
        if jobs.is_empty() {
            // An empty share is no error: a small batch over many shards.
            if !args.quiet {
                eprintln!(
                    "{}",
                    say(Said::new("cli-shard-empty")
                        .arg("k", k.to_string())
                        .arg("n", n.to_string()))
                );
            }
            return Ok(());
        }
    }
    // Two jobs whose files would have the same names: refused before any
    // work, since one would silently replace the other.
    let mut names: Vec<(PathBuf, &Path)> = jobs
        .iter()
        .filter(|j| j.bad.is_none())
        .map(|j| {
            (
                j.dir.join(crate::naming::notice_stem(&j.model)),
                j.model.as_path(),
            )
        })
        .collect();
    names.sort();
    if let Some(w) = names.windows(2).find(|w| w[0].0 == w[1].0) {
        return Err(CliError::Usage(say(Said::new("cli-same-names")
            .arg("a", w[0].1.display().to_string())
            .arg("b", w[1].1.display().to_string())
            .arg("stem", w[0].0.display().to_string()))));
    }
    if let Some(report) = &args.report {
        judge_report(report, &jobs, args.jobs.as_deref())?;
    }
    let request = request::render(args)?;
    let models = jobs.len();

    let real_base = real_path(&base).map_err(CliError::Usage)?;
    let engine = Engine::new();
    let started = Instant::now();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let bar = progress(models as u64, args.quiet);
    // Ctrl-C (or SIGTERM) stops the batch between notices: those under way
    // are finished and written whole, no other is begun, and no temporary
    // file is left behind.
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    {
        let stop = stop.clone();
        // A handler may already be set (the library used twice in one
        // process); the batch then simply runs to its end.
        let _ = ctrlc::set_handler(move || stop.store(true, std::sync::atomic::Ordering::SeqCst));
    }
    let outcomes = crate::threads::on_threads(threads, &jobs, |_, job| {
        if stop.load(std::sync::atomic::Ordering::SeqCst) {
            return None;
        }
        let outcome = one(job, &real_base, args, &request, &engine);
        bar.inc(1);
        Some(outcome)
    });
    bar.finish_and_clear();
    let interrupted = outcomes.iter().any(Option::is_none);
    let outcomes: Vec<Outcome> = outcomes.into_iter().flatten().collect();

    let mut err = anstream::stderr().lock();
    let (mut documents, mut failed) = (0, 0);
    for o in &outcomes {
        documents += o.documents;
        failed += usize::from(o.failed);
        if let Some(report) = &o.shown {
            // Failing to show a diagnostic must not fail the batch.
            if let Some(at) = &o.at {
                let _ = writeln!(
                    err,
                    "{}",
                    say(Said::new("cli-job-failed").arg("at", at.clone()))
                );
            }
            let report = report.clone().in_lang(super::ui::lang());
            let _ = report
                .write_human(&mut err)
                .and_then(|()| report.write_summary(&mut err));
        }
    }
    if let Some(path) = &args.report {
        let mut text = String::new();
        for o in &outcomes {
            for line in &o.lines {
                text.push_str(&serde_json::to_string(line).expect("a report line serialises"));
                text.push('\n');
            }
        }
        write_report(path, text.as_bytes())?;
    }
    let seconds = started.elapsed().as_secs_f64();
    if !args.quiet {
        let _ = writeln!(
            err,
            "{}",
            say(Said::new("cli-batch-summary")
                .count("documents", documents)
                .count("models", models)
                .arg("seconds", format!("{seconds:.1}"))
                .arg(
                    "rate",
                    format!("{:.1}", documents as f64 / seconds.max(1e-9))
                )
                .count("failed", failed))
        );
    }
    if interrupted {
        return Err(CliError::Interrupted(say(Said::new("cli-interrupted")
            .count("made", outcomes.len())
            .count("models", models))));
    }
    match failed {
        0 => Ok(()),
        n => Err(CliError::Reported(say(Said::new("cli-batch-failed")
            .count("failed", n)
            .count("models", models)))),
    }
}

/// A progress bar on standard error when it is a terminal (notices done of
/// all, the rate, the time left); nothing in a pipe, a log or with --quiet.
fn progress(notices: u64, quiet: bool) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if quiet || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(notices);
    bar.set_style(
        indicatif::ProgressStyle::with_template(&say(Said::new("cli-progress")))
            .or_else(|_| {
                indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len}, {per_sec}, {eta}")
            })
            .expect("the template is valid"),
    );
    bar
}

/// Refuses, before any work, a `--report` that would replace what the
/// batch reads or writes: a model, the jobs file, or one of the documents.
fn judge_report(report: &Path, jobs: &[Item], jobs_file: Option<&Path>) -> Result<(), CliError> {
    if is_special(report) {
        return Ok(());
    }
    let place = |p: &Path| p.canonicalize().or_else(|_| std::path::absolute(p)).ok();
    let refuse = |what: Said| {
        Err(CliError::Usage(say(Said::new("cli-report-refused")
            .arg("report", report.display().to_string())
            .said("what", what))))
    };
    let Some(at) = place(report) else {
        return Ok(());
    };
    if let Some(file) = jobs_file
        && place(file).as_ref() == Some(&at)
    {
        return refuse(Said::new("cli-report-is-jobs"));
    }
    let name = report.file_name().map(|n| n.to_string_lossy().into_owned());
    for job in jobs.iter().filter(|j| j.bad.is_none()) {
        if place(&job.model).as_ref() == Some(&at) {
            return refuse(
                Said::new("cli-report-is-model").arg("path", job.model.display().to_string()),
            );
        }
        let stem = crate::naming::notice_stem(&job.model);
        let in_its_folder = place(&job.dir).is_some_and(|dir| at.parent() == Some(dir.as_path()));
        if in_its_folder
            && name
                .as_deref()
                .is_some_and(|n| n.starts_with(&format!("{stem}.")) && n.ends_with(".pdf"))
        {
            return refuse(
                Said::new("cli-report-is-document").arg("path", job.model.display().to_string()),
            );
        }
    }
    Ok(())
}

/// Whether `path` is a FIFO, a device or a socket: written to, never
/// replaced by a new file.
fn is_special(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir())
}

/// Writes the report whole (atomically), or into a FIFO or device as it is.
fn write_report(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    if is_special(path) {
        use std::io::Write as _;
        return std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .and_then(|mut f| f.write_all(bytes))
            .map_err(|source| {
                crate::error::Error::Write {
                    path: path.to_path_buf(),
                    source,
                }
                .into()
            });
    }
    Ok(output::write_atomic(path, bytes)?)
}

/// Where `p` really is: the deepest part of it that exists, with its
/// symbolic links resolved, and the rest (which a write will make) after it.
fn real_path(p: &Path) -> Result<PathBuf, String> {
    let unresolved = || say(Said::new("cli-cannot-resolve").arg("path", p.display().to_string()));
    let absolute = std::path::absolute(p).map_err(|_| unresolved())?;
    let (found, real) = absolute
        .ancestors()
        .find_map(|a| Some((a, a.canonicalize().ok()?)))
        .ok_or_else(unresolved)?;
    let rest = absolute.strip_prefix(found).unwrap_or(Path::new(""));
    Ok(real.join(rest))
}

/// Refuses to write a job's documents anywhere but inside the folder `-o`
/// names (`real_base`, resolved once by [`real_path`]), as it really is: a folder inside it that is a symbolic
/// link out of it would take them elsewhere, and an existing document that
/// is a link would have the batch replace a file it did not make.
fn confine(real_base: &Path, dir: &Path, paths: &[PathBuf]) -> Result<(), String> {
    let real_dir = real_path(dir)?;
    if !real_dir.starts_with(real_base) {
        return Err(say(Said::new("cli-job-link-out")
            .arg("dir", dir.display().to_string())
            .arg("base", real_base.display().to_string())));
    }
    for path in paths {
        if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(say(
                Said::new("cli-job-link").arg("path", path.display().to_string())
            ));
        }
    }
    Ok(())
}

/// Makes and writes the documents of one job.
fn one(
    job: &Item,
    real_base: &Path,
    args: &RenderArgs,
    request: &Request,
    engine: &Engine,
) -> Outcome {
    let (model, dir) = (job.model.as_path(), job.dir.as_path());
    let input = model.display().to_string();
    let failure = |report: Report| Outcome {
        lines: vec![Line {
            input: input.clone(),
            layout: None,
            output: None,
            sha256: None,
            pages: None,
            identity: None,
            warnings: Vec::new(),
            error: Some(report.to_string()),
        }],
        at: job.at.clone(),
        shown: Some(report),
        documents: 0,
        failed: true,
    };
    if let Some(why) = &job.bad {
        return failure(Report::one(&input, Diagnostic::message(why.clone())));
    }
    let request = request.clone().layouts(job.layouts.clone());
    let lang = super::ui::lang();
    let made = match request::job(model, request, &args.check).run(engine) {
        Ok(mut made) => {
            made.warnings = made.warnings.in_lang(lang);
            made
        }
        Err(failure_) => return failure(failure_.report.in_lang(lang)),
    };
    let paths = Target::Dir(dir.to_path_buf()).paths(&made.documents);
    if let Err(why) = confine(real_base, dir, &paths) {
        return failure(Report::one(&input, Diagnostic::output(why)));
    }
    if let Err(e) = write::documents(
        &paths,
        &made.documents,
        Some(dir),
        model,
        args.replace_signed,
    ) {
        let why = match &e {
            CliError::Failed(crate::error::Error::Write { path, source }) => {
                say(Said::new("cli-cannot-write")
                    .arg("path", path.display().to_string())
                    .said("why", crate::diagnostic::io_said(source)))
            }
            other => other.to_string(),
        };
        return failure(Report::one(&input, Diagnostic::output(why)));
    }
    Outcome {
        lines: made
            .documents
            .iter()
            .zip(&paths)
            .map(|(d, p)| Line {
                input: input.clone(),
                layout: Some(d.layout.to_string()),
                output: Some(p.display().to_string()),
                sha256: Some(d.sha256()),
                pages: Some(d.pages),
                identity: Some(made.identity.clone()),
                warnings: made
                    .warnings
                    .diagnostics
                    .iter()
                    .filter(|w| w.rule != crate::diagnostic::TEMPLATE)
                    .chain(&d.warnings)
                    .cloned()
                    .collect(),
                error: None,
            })
            .collect(),
        at: None,
        shown: (!made.warnings.is_empty()).then(|| made.warnings.clone()),
        documents: made.documents.len(),
        failed: false,
    }
}

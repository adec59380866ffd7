//! In-process benchmark: the examples in one and three languages, and a batch.
//!
//! Run with `cargo bench --bench render`. Prints medians of several runs
//! and the peak resident memory of the process (VmHWM), which is what a long
//! batch in a contract system cares about.
//!
//! - `SELOSTE_BENCH_RUNS` (15): runs of each example; 0 leaves out the
//!   examples and the batch of 100, so that the peak memory printed is the
//!   big batch's alone;
//! - `SELOSTE_BENCH_DOCS` (3000), `SELOSTE_BENCH_THREADS` (2): the big
//!   batch of varied documents; 0 documents leaves it out;
//! - `SELOSTE_BENCH_MAX_AGE`: the eviction age (default: threads + 2).

use std::path::Path;
use std::time::{Duration, Instant};

use seloste::bench::{Engine, Notice};
use seloste::{Folder, Lang, Layout, Request};

const BATCH: usize = 100;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// A memory figure of this process from `/proc/self/status`, in MiB:
/// `VmHWM` (the peak) or `VmRSS` (now).
fn status_mib(field: &str) -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn peak_rss_mib() -> f64 {
    status_mib("VmHWM")
}

/// Loads, checks and renders a model as the CLI does: the whole pipeline.
fn render(engine: &Engine, file: &Path, layouts: &[Layout]) -> usize {
    let notice = Notice::load(file).expect("example loads");
    // Checked as of the model's own date, so that `outdated` never fires.
    let request = Request::new(notice.model().document.updated).layouts(layouts.to_vec());
    let checked = notice
        .checked(&request, &Folder::beside(file))
        .expect("example is valid");
    // As the CLI does: the layouts side by side on the machine's cores.
    checked
        .render(engine)
        .expect("renders")
        .iter()
        .map(|d| d.bytes.len())
        .sum()
}

fn main() {
    rayon::ThreadPoolBuilder::new()
        .stack_size(seloste::STACK_SIZE)
        .build_global()
        .expect("the global pool is built first");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let eviction = match std::env::var("SELOSTE_BENCH_MAX_AGE")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        Some(max_age) => seloste::bench::Eviction::Aged { max_age },
        None => seloste::bench::Eviction::default(),
    };
    println!("eviction: {eviction:?}");
    let t0 = Instant::now();
    let engine = Engine::with_eviction(eviction);
    println!(
        "start-up (fonts): {:.1} ms",
        t0.elapsed().as_secs_f64() * 1e3
    );

    let runs: usize = std::env::var("SELOSTE_BENCH_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(15);
    if runs > 0 {
        examples(&engine, &root, runs);
    }

    let docs: usize = std::env::var("SELOSTE_BENCH_DOCS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3000);
    let threads: usize = std::env::var("SELOSTE_BENCH_THREADS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2);
    if docs > 0 {
        batch_on_threads(&engine, &root, threads, docs);
    }
}

/// The examples in one and three languages, `runs` times each, then a
/// batch of 100 documents one after another.
fn examples(engine: &Engine, root: &Path, runs: usize) {
    let one = [Layout::Single(Lang::Fi)];
    let three = Lang::ALL.map(Layout::Single);
    for name in ["iljoja", "webkoti"] {
        let file = root.join(format!("{name}.toml"));
        for (label, layouts) in [("1 language", &one[..]), ("3 languages", &three[..])] {
            let times: Vec<Duration> = (0..runs)
                .map(|_| {
                    let t = Instant::now();
                    render(engine, &file, layouts);
                    t.elapsed()
                })
                .collect();
            println!(
                "{name}, {label}: median {:.1} ms",
                median(times).as_secs_f64() * 1e3
            );
        }
    }

    let file = root.join("iljoja.toml");
    let t = Instant::now();
    for i in 0..BATCH {
        render(engine, &file, &[Layout::Single(Lang::ALL[i % 3])]);
    }
    let per = t.elapsed().as_secs_f64() * 1e3 / BATCH as f64;
    println!("batch of {BATCH} documents: {per:.1} ms per document");
    println!("peak memory (VmHWM): {:.1} MiB", peak_rss_mib());
}

/// Current resident memory of the process, in MiB.
fn rss_mib() -> f64 {
    status_mib("VmRSS")
}

/// `docs` documents of varied models (each a different text, so typst's
/// cache cannot simply hand back the last one) on `threads` threads,
/// sharing one engine: the resident memory sampled every 100
/// documents shows whether the eviction policy keeps it flat.
fn batch_on_threads(engine: &Engine, root: &Path, threads: usize, docs: usize) {
    use std::sync::atomic::{AtomicUsize, Ordering};

    let models: Vec<(std::path::PathBuf, String, &str)> =
        [("iljoja", "ILJOJA Networks"), ("webkoti", "Webkoti")]
            .iter()
            .map(|(name, controller)| {
                let file = root.join(format!("{name}.toml"));
                let text = std::fs::read_to_string(&file).expect("example");
                (file, text, *controller)
            })
            .collect();
    let done = AtomicUsize::new(0);
    let samples = std::sync::Mutex::new(Vec::new());
    let t = Instant::now();
    let indices: Vec<usize> = (0..docs).collect();
    seloste::bench::on_threads(threads, &indices, |_, &i| {
        let (file, text, controller) = &models[i % models.len()];
        let text = text.replacen(controller, &format!("{controller} {i}"), 1);
        let notice = Notice::from_text(&text, seloste::Format::Toml, "bench.toml")
            .expect("a varied example loads");
        let request = Request::new(notice.model().document.updated)
            .layouts(vec![Layout::Single(Lang::ALL[i % 3])]);
        let checked = notice
            .checked(&request, &Folder::beside(file))
            .expect("a varied example is valid");
        checked.render(engine).expect("renders");
        let n = done.fetch_add(1, Ordering::Relaxed) + 1;
        if n.is_multiple_of(100) {
            samples.lock().unwrap().push((n, rss_mib()));
        }
    });
    let per = t.elapsed().as_secs_f64() * 1e3 / docs as f64;
    let mut samples = samples.into_inner().unwrap();
    samples.sort_by_key(|(n, _)| *n);
    println!(
        "{docs} documents on {threads} threads: {per:.1} ms per document, {:.0} per second",
        1e3 / per
    );
    let line: Vec<String> = samples
        .iter()
        .filter(|(n, _)| n.is_multiple_of(if docs > 1000 { 500 } else { 100 }))
        .map(|(n, mib)| format!("{n}: {mib:.0}"))
        .collect();
    println!("resident memory (MiB) after documents: {}", line.join(", "));
    let at = |k: usize| samples.iter().find(|(n, _)| *n == k).map(|(_, m)| *m);
    if let (Some(first), Some(last)) = (at(500), samples.last().map(|(_, m)| *m)) {
        println!(
            "last sample against the one at 500: {:+.1} %",
            (last - first) / first * 100.0
        );
    }
    println!("peak memory (VmHWM): {:.1} MiB", peak_rss_mib());
}

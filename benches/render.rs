//! In-process benchmark: the examples in one and three languages, and a batch.
//!
//! Run with `cargo bench`. Prints medians of several runs and the peak
//! resident memory of the process (VmHWM), which is what a long batch in a
//! contract system cares about.

use std::path::Path;
use std::time::{Duration, Instant};

use seloste::i18n::Catalogue;
use seloste::lang::{Lang, Layout};
use seloste::render::Engine;
use seloste::{model, pipeline};

const RUNS: usize = 15;
const BATCH: usize = 100;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn peak_rss_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn render(engine: &Engine, cat: &Catalogue, file: &Path, layouts: &[Layout]) -> usize {
    let loaded = model::load(file).expect("example loads");
    // Checked as of the model's own date, so that `outdated` never fires.
    let options = pipeline::Options::checked_at(loaded.notice.document.updated);
    let prepared =
        pipeline::prepare(&loaded, cat, layouts, "bench", &options).expect("example is valid");
    // As the CLI does: the layouts side by side on the machine's cores.
    prepared
        .render_all(engine, cat, layouts)
        .expect("renders")
        .iter()
        .map(Vec::len)
        .sum()
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let t0 = Instant::now();
    let cat = Catalogue::builtin().expect("catalogue");
    let engine = Engine::new();
    println!(
        "start-up (catalogue + fonts): {:.1} ms",
        t0.elapsed().as_secs_f64() * 1e3
    );

    let one = [Layout::Single(Lang::Fi)];
    let three = Lang::ALL.map(Layout::Single);
    for name in ["iljoja", "webkoti"] {
        let file = root.join(format!("{name}.toml"));
        for (label, layouts) in [("1 language", &one[..]), ("3 languages", &three[..])] {
            let times: Vec<Duration> = (0..RUNS)
                .map(|_| {
                    let t = Instant::now();
                    render(&engine, cat, &file, layouts);
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
        render(&engine, cat, &file, &[Layout::Single(Lang::ALL[i % 3])]);
    }
    let per = t.elapsed().as_secs_f64() * 1e3 / BATCH as f64;
    println!("batch of {BATCH} documents: {per:.1} ms per document");
    println!("peak memory (VmHWM): {:.1} MiB", peak_rss_mib());
}

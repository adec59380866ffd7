//! The notice as a web page against the PDF: per example in Finnish, the
//! whole job (read, check, view, then HTML or typst and PDF) made one way
//! and the other alternately in one process, medians of several runs; with
//! typst's cache emptied before every PDF (a model never seen before, as a
//! contract system sends them) and kept (the same model again).
//!
//! Run with `cargo bench --bench html`; `SELOSTE_BENCH_RUNS` (21).

use std::path::Path;
use std::time::{Duration, Instant};

use seloste::{DocumentKind, Engine, Input, Job, Lang, Layout, Request};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// One job of `file` in Finnish made as `kind`: its time and its size.
fn make(engine: &Engine, file: &Path, kind: DocumentKind, cold: bool) -> (Duration, usize) {
    if cold {
        typst::comemo::evict(0);
    }
    // Checked as of a fixed day, so that `outdated` never fires.
    let today = seloste::Date::parse("2026-12-01").expect("a date");
    let request = Request::new(today)
        .layouts(vec![Layout::Single(Lang::Fi)])
        .kinds(vec![kind]);
    let start = Instant::now();
    let made = Job::new(Input::File(file.to_path_buf()), request)
        .run(engine)
        .expect("the example is made");
    (start.elapsed(), made.documents[0].bytes.len())
}

fn main() {
    rayon::ThreadPoolBuilder::new()
        .stack_size(seloste::STACK_SIZE)
        .build_global()
        .expect("the global pool is built first");
    let runs: usize = std::env::var("SELOSTE_BENCH_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(21);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let engine = Engine::new();
    println!("{runs} runs each, alternately; medians");
    println!(
        "| example | PDF, cold cache | PDF, warm cache | HTML | HTML / PDF (cold, warm) | PDF bytes | HTML bytes |"
    );
    println!("|---|---|---|---|---|---|---|");
    for name in [
        "iljoja",
        "iljoja-fi-sv",
        "puutarhapuoti",
        "webkoti",
        "yhdistys",
    ] {
        let file = root.join(format!("{name}.toml"));
        // Warm: fonts, catalogue and typst's caches as a service has them.
        make(&engine, &file, DocumentKind::Pdf, false);
        make(&engine, &file, DocumentKind::Html, false);
        let (mut cold, mut warm, mut html) = (Vec::new(), Vec::new(), Vec::new());
        let (mut pdf_bytes, mut html_bytes) = (0, 0);
        for _ in 0..runs {
            cold.push(make(&engine, &file, DocumentKind::Pdf, true).0);
            let (t, n) = make(&engine, &file, DocumentKind::Pdf, false);
            warm.push(t);
            pdf_bytes = n;
            let (t, n) = make(&engine, &file, DocumentKind::Html, false);
            html.push(t);
            html_bytes = n;
        }
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        let (c, w, h) = (median(cold), median(warm), median(html));
        println!(
            "| {name} | {:.2} ms | {:.2} ms | {:.2} ms | {:.1} %, {:.1} % | {pdf_bytes} | {html_bytes} |",
            ms(c),
            ms(w),
            ms(h),
            ms(h) / ms(c) * 100.0,
            ms(h) / ms(w) * 100.0
        );
    }
}

//! What seloste costs over its engine, side by side in one process.
//!
//! For each example (`examples/*.toml`) in one language, alternately:
//!
//! - **pipeline**: what `seloste render` does for it — read and parse the
//!   model, check it, build the view, typeset, export the PDF, add the
//!   signature field — through the library's front door;
//! - **engine**: typst alone on the same input — the same world (template,
//!   fonts, `/data.json`, logo, attached model) compiled and exported with
//!   the same PDF options, nothing before or after.
//!
//! typst's cache is emptied before every run of either, so both start from
//! the same state (as one `seloste render` process does); the medians and
//! the overhead are printed per example.
//!
//! ```text
//! cargo bench --bench overhead                  # bench profile (release)
//! SELOSTE_BENCH_RUNS=21 SELOSTE_BENCH_LANG=sv cargo bench --bench overhead
//! cargo bench --bench overhead -- --export DIR  # typst projects for the typst CLI
//! ```
//!
//! `--export DIR` writes, per example, the typst project the engine compiles
//! (`notice.typ`, `data.json`, the logo, the model) under `DIR/NAME/`, and
//! the `typst compile` arguments that match seloste's PDF options, for
//! `scripts/bench-typst` to time one process against the other.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use seloste::bench::{self as render, Checked, Engine, Eviction, Notice, NoticeWorld, TypstInput};
use seloste::{Folder, Lang, Layout, Request};
use typst_layout::PagedDocument;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn env<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

/// The checked notice for `layout`, as of the model's own date.
fn checked<'a>(notice: &'a Notice, file: &Path, layout: Layout) -> Checked<'a> {
    let request = Request::new(notice.model().document.updated).layouts(vec![layout]);
    notice
        .checked(&request, &Folder::beside(file))
        .expect("the example is valid")
}

/// The whole pipeline, from the file to the finished PDF.
fn pipeline(engine: &Engine, file: &Path, layout: Layout) -> Vec<u8> {
    let notice = Notice::load(file).expect("the example loads");
    let mut docs = checked(&notice, file, layout)
        .render(engine)
        .expect("the example renders");
    docs.pop().expect("one document").pdf
}

/// typst alone: compile the same world and export it with the same options.
fn engine_only(engine: &Engine, input: &TypstInput) -> Vec<u8> {
    let world = NoticeWorld::new(engine, input.data.clone(), input.assets.clone());
    let document = typst::compile::<PagedDocument>(&world)
        .output
        .expect("the template compiles");
    let options = render::pdf_options(&input.settings).expect("valid standards");
    typst_pdf::pdf(&document, &options).expect("the PDF exports")
}

fn examples() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("examples/")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
}

/// The layout the example is measured in: `lang` when the model promises
/// it, else its first language.
fn layout_of(notice: &Notice, lang: Lang) -> Layout {
    let langs: Vec<Lang> = notice
        .default_layouts()
        .iter()
        .flat_map(|l| l.langs())
        .collect();
    Layout::Single(if langs.contains(&lang) {
        lang
    } else {
        langs[0]
    })
}

fn main() {
    rayon::ThreadPoolBuilder::new()
        .stack_size(seloste::STACK_SIZE)
        .build_global()
        .expect("the global pool is built first");
    let args: Vec<String> = std::env::args().collect();
    let export = args
        .iter()
        .position(|a| a == "--export")
        .map(|i| PathBuf::from(args.get(i + 1).expect("--export DIR")));
    let runs: usize = env("SELOSTE_BENCH_RUNS", 11);
    let lang: Lang = std::env::var("SELOSTE_BENCH_LANG")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(Lang::Fi);
    // The cache is emptied by hand before each run.
    let engine = Engine::with_eviction(Eviction::Never);

    if let Some(dir) = export {
        for file in examples() {
            export_project(&file, lang, &dir);
        }
        return;
    }

    println!(
        "{:<22} {:>12} {:>12} {:>12} {:>9}",
        "example", "pipeline ms", "engine ms", "overhead ms", "overhead"
    );
    let mut total = (Duration::ZERO, Duration::ZERO);
    for file in examples() {
        let notice = Notice::load(&file).expect("the example loads");
        let layout = layout_of(&notice, lang);
        let input = checked(&notice, &file, layout)
            .typst_input(layout)
            .expect("the view builds");
        // One of each first, from the same empty cache: pages faulted in,
        // lazy statics built (an instruction count of the whole run then
        // compares like with like).
        typst::comemo::evict(0);
        pipeline(&engine, &file, layout);
        typst::comemo::evict(0);
        engine_only(&engine, &input);
        let (mut whole, mut alone) = (Vec::new(), Vec::new());
        for _ in 0..runs {
            typst::comemo::evict(0);
            let t = Instant::now();
            std::hint::black_box(pipeline(&engine, &file, layout));
            whole.push(t.elapsed());
            typst::comemo::evict(0);
            let t = Instant::now();
            std::hint::black_box(engine_only(&engine, &input));
            alone.push(t.elapsed());
        }
        let (whole, alone) = (median(whole), median(alone));
        total.0 += whole;
        total.1 += alone;
        let name = file.file_stem().unwrap().to_string_lossy();
        println!(
            "{:<22} {:>12.1} {:>12.1} {:>12.1} {:>8.1} %",
            format!("{name} ({layout})"),
            ms(whole),
            ms(alone),
            ms(whole) - ms(alone),
            (ms(whole) / ms(alone) - 1.0) * 100.0
        );
    }
    println!(
        "{:<22} {:>12.1} {:>12.1} {:>12.1} {:>8.1} %   (medians of {runs} runs, cold cache)",
        "all",
        ms(total.0),
        ms(total.1),
        ms(total.0) - ms(total.1),
        (ms(total.0) / ms(total.1) - 1.0) * 100.0
    );
}

/// Writes the typst project the engine compiles for `file` under
/// `dir/NAME/`, with `typst-args` holding the matching `typst compile`
/// options, one a line.
fn export_project(file: &Path, lang: Lang, dir: &Path) {
    let notice = Notice::load(file).expect("the example loads");
    let layout = layout_of(&notice, lang);
    let input = checked(&notice, file, layout)
        .typst_input(layout)
        .expect("the view builds");
    let name = file.file_stem().unwrap().to_string_lossy().into_owned();
    let project = dir.join(&name);
    let write = |path: &str, bytes: &[u8]| {
        let to = project.join(path.trim_start_matches('/'));
        std::fs::create_dir_all(to.parent().unwrap()).expect("a folder");
        std::fs::write(&to, bytes).expect("a file");
    };
    write(render::DATA_PATH, &input.data);
    write("/notice.typ", render::TEMPLATE.as_bytes());
    for asset in &input.assets {
        write(asset.path, asset.data.as_slice());
    }
    let standards = match input.settings.archival {
        render::Archival::A2a => "a-2a,ua-1",
        render::Archival::A3a => "a-3a,ua-1",
    };
    let args = ["--pdf-standard", standards].join("\n");
    write("/typst-args", format!("{args}\n").as_bytes());
    println!("{name} ({layout}): {}", project.display());
}

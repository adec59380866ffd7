//! A contract system makes the Finnish and Swedish notices of a model in
//! memory, as it would to attach them to a contract, and writes them out
//! here only to show them: `cargo run --example embed` (add
//! `--no-default-features` to build the library alone).

use seloste::{Engine, Format, Input, Job, Lang, Layout, Request, today};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let model = std::fs::read_to_string("examples/webkoti.toml")?;
    let input = Input::Model {
        text: model,
        format: Format::Toml,
        name: "webkoti.toml".into(),
    };
    let request = Request::new(today(None)?)
        .layouts(vec![Layout::Single(Lang::Fi), Layout::Single(Lang::Sv)]);
    let made = Job::new(input, request).run(&Engine::new())?;
    for document in &made.documents {
        std::fs::write(&document.name, &document.bytes)?;
        println!(
            "{} ({} pages, sha256 {})",
            document.name,
            document.pages,
            document.sha256()
        );
    }
    Ok(())
}

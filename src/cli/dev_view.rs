//! `seloste dev-view`: the template compiled with a hand-written view, with
//! the same fonts, world and PDF standards as a real render.

use super::CliError;
use super::args::DevViewArgs;
use seloste::Error;
use seloste::render::{self, Archival, Engine, PdfSettings};

pub fn run(args: DevViewArgs) -> Result<(), CliError> {
    let data = std::fs::read(&args.view).map_err(|source| Error::Read {
        path: args.view.clone(),
        source,
    })?;
    let settings = PdfSettings {
        ident: "seloste/dev-view".to_string(),
        date: (2026, 1, 1),
        archival: Archival::A2a,
    };
    let pdf = render::render(&Engine::new(), data, Vec::new(), &settings).map_err(Error::from)?;
    seloste::output::write_atomic(&args.output, &pdf)?;
    Ok(())
}

//! `seloste dev-view`: the template compiled with a hand-written view, with
//! the same fonts, world and PDF standards as a real render.

use super::CliError;
use super::args::DevViewArgs;
use crate::typeset::{self, Archival, Engine, PdfSettings};
use crate::{Date, Report};

pub fn run(args: DevViewArgs) -> Result<(), CliError> {
    let data = std::fs::read(&args.view)
        .map_err(|e| CliError::Usage(format!("cannot read '{}': {e}", args.view.display())))?;
    let settings = PdfSettings {
        ident: "seloste/dev-view".to_string(),
        date: Date::parse("2026-01-01").expect("a date"),
        archival: Archival::A2a,
    };
    let typeset = typeset::typeset(&Engine::new(), data, Vec::new(), &settings).map_err(|d| {
        let mut report = Report::new(args.view.display().to_string());
        report.add_source(typeset::TEMPLATE_NAME, typeset::TEMPLATE.into());
        report.diagnostics = d;
        CliError::from(report)
    })?;
    crate::output::write_atomic(&args.output, &typeset.pdf)?;
    Ok(())
}

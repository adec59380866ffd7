//! `seloste catalog`: the catalogue keys of each section with their text
//! (see [`crate::clauses`]), for people.

use anstyle::Style;

use super::CliError;
use super::args::CatalogArgs;
use crate::clauses::ClausesError;
use crate::error::Error;

const BOLD: Style = Style::new().bold();

pub fn run(args: CatalogArgs) -> Result<(), CliError> {
    let sections =
        crate::clauses::clauses(args.lang, args.section.as_deref()).map_err(|e| match e {
            ClausesError::UnknownSection { .. } => CliError::Usage(e.to_string()),
            ClausesError::Catalogue(e) => Error::from(e).into(),
        })?;
    let mut text = String::new();
    for (i, section) in sections.iter().enumerate() {
        if i > 0 {
            text.push('\n');
        }
        text.push_str(&format!(
            "{BOLD}{}{BOLD:#}  ({})\n",
            section.name, section.fields
        ));
        let width = section
            .clauses
            .iter()
            .map(|c| c.key.len())
            .max()
            .unwrap_or(0);
        for c in &section.clauses {
            text.push_str(&format!("  {:width$}  {}\n", c.key, c.text));
            if !c.values.is_empty() {
                let pad = " ".repeat(width);
                text.push_str(&format!("  {pad}  (values: {})\n", c.values.join(", ")));
            }
        }
    }
    super::write_stdout(&mut anstream::stdout().lock(), text.as_bytes())
}

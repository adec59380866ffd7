//! `seloste catalog`: the catalogue keys of each section with their text,
//! so that an author finds the key for a clause without reading `.ftl` files.
//!
//! A section is a namespace of the model (`purpose`, `retention`, …); keys
//! are shown as the model writes them, without the namespace prefix, and a
//! clause that needs values says which (`years`), written as
//! `{ key = "…", years = … }` in the model.

use std::collections::BTreeMap;

use anstyle::Style;

use super::CliError;
use super::args::CatalogArgs;
use seloste::i18n::{Catalogue, FluentValue};
use seloste::model::{GLOBAL_VARIABLES, NAMESPACES, Namespace, split_id};
use seloste::{Error, Lang};

const BOLD: Style = Style::new().bold();

pub fn run(args: CatalogArgs) -> Result<(), CliError> {
    let sections: Vec<&Namespace> = match &args.section {
        None => NAMESPACES.iter().collect(),
        Some(s) => vec![
            NAMESPACES
                .iter()
                .find(|n| n.name == s.as_str())
                .ok_or_else(|| unknown_section(s))?,
        ],
    };
    let catalogue = Catalogue::builtin().map_err(Error::from)?;
    let mut keys: BTreeMap<&str, Vec<(&str, &str)>> = BTreeMap::new();
    for id in catalogue.ids() {
        if let Some((ns, key)) = split_id(id) {
            keys.entry(ns.name).or_default().push((key, id));
        }
    }
    let mut out = anstream::stdout().lock();
    let mut text = String::new();
    for (i, ns) in sections.iter().enumerate() {
        if i > 0 {
            text.push('\n');
        }
        text.push_str(&format!("{BOLD}{}{BOLD:#}  ({})\n", ns.name, ns.fields));
        let entries = keys.get(ns.name).map(Vec::as_slice).unwrap_or_default();
        let width = entries.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
        for (key, id) in entries {
            let key = if ns.name == "country" {
                key.to_ascii_uppercase()
            } else {
                key.to_string()
            };
            let (message, values) = sample(catalogue, args.lang, id)?;
            text.push_str(&format!("  {key:width$}  {message}\n"));
            if !values.is_empty() {
                let pad = " ".repeat(width);
                text.push_str(&format!("  {pad}  (values: {})\n", values.join(", ")));
            }
        }
    }
    super::write_stdout(&mut out, text.as_bytes())
}

/// A message on one line with each variable shown as `{$name}`, and the
/// values the model must give (those seloste does not provide itself).
fn sample(catalogue: &Catalogue, lang: Lang, id: &str) -> Result<(String, Vec<String>), CliError> {
    let vars = catalogue.variables(id).cloned().unwrap_or_default();
    let mut args = seloste::i18n::FluentArgs::new();
    for v in &vars {
        args.set(v.clone(), FluentValue::from(format!("{{${v}}}")));
    }
    let text = catalogue
        .format(lang, id, Some(&args))
        .map_err(Error::from)?;
    let values = vars
        .into_iter()
        .filter(|v| !GLOBAL_VARIABLES.contains(&v.as_str()))
        .collect();
    Ok((
        text.split_whitespace().collect::<Vec<_>>().join(" "),
        values,
    ))
}

fn unknown_section(given: &str) -> CliError {
    let names: Vec<&str> = NAMESPACES.iter().map(|n| n.name).collect();
    CliError::Usage(format!(
        "unknown section '{given}'; the sections are: {}",
        names.join(", ")
    ))
}

//! The catalogue's clauses, section by section, with their text in one
//! language: what `seloste catalog` prints and `GET /v1/catalog` answers, so
//! that an author finds the key for a clause without reading `.ftl` files.
//!
//! A section is a namespace of the model (`purpose`, `retention`, …); keys
//! are given as the model writes them, without the namespace prefix, and a
//! clause that needs values says which (`years`), written as
//! `{ key = "…", years = … }` in the model.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::i18n::{Catalogue, CatalogueError, FluentArgs, FluentValue};
use crate::lang::Lang;
use crate::model::{GLOBAL_VARIABLES, NAMESPACES, Namespace, split_id};

/// One section of the catalogue.
#[derive(Debug, Clone, Serialize)]
pub struct Section {
    /// Its name, e.g. `purpose`.
    pub name: &'static str,
    /// The fields of the model its keys are written in.
    pub fields: &'static str,
    /// Its clauses, by key.
    pub clauses: Vec<Clause>,
}

/// One clause of a section.
#[derive(Debug, Clone, Serialize)]
pub struct Clause {
    /// The key as the model writes it (`billing`; a country in capitals).
    pub key: String,
    /// The text on one line, each value shown as `{$name}`.
    pub text: String,
    /// The values the model must give with the key.
    pub values: Vec<String>,
}

/// Why the clauses cannot be listed.
#[derive(Debug, thiserror::Error)]
pub enum ClausesError {
    /// No section has that name.
    #[error("unknown section '{given}'; the sections are: {}", known.join(", "))]
    UnknownSection {
        /// The name asked for.
        given: String,
        /// The sections there are.
        known: Vec<&'static str>,
    },
    /// The built-in catalogue cannot be read (a bug).
    #[error(transparent)]
    Catalogue(#[from] CatalogueError),
}

/// The sections (all, or the one named `section`) with their clauses in `lang`.
pub fn clauses(lang: Lang, section: Option<&str>) -> Result<Vec<Section>, ClausesError> {
    let sections: Vec<&Namespace> = match section {
        None => NAMESPACES.iter().collect(),
        Some(s) => vec![NAMESPACES.iter().find(|n| n.name == s).ok_or_else(|| {
            ClausesError::UnknownSection {
                given: s.to_string(),
                known: NAMESPACES.iter().map(|n| n.name).collect(),
            }
        })?],
    };
    let catalogue = Catalogue::builtin()?;
    let mut keys: BTreeMap<&str, Vec<(&str, &str)>> = BTreeMap::new();
    for id in catalogue.ids() {
        if let Some((ns, key)) = split_id(id) {
            keys.entry(ns.name).or_default().push((key, id));
        }
    }
    sections
        .into_iter()
        .map(|ns| {
            let entries = keys.get(ns.name).map(Vec::as_slice).unwrap_or_default();
            let clauses = entries
                .iter()
                .map(|(key, id)| {
                    let (text, values) = sample(catalogue, lang, id)?;
                    Ok(Clause {
                        key: if ns.name == "country" {
                            key.to_ascii_uppercase()
                        } else {
                            key.to_string()
                        },
                        text,
                        values,
                    })
                })
                .collect::<Result<_, ClausesError>>()?;
            Ok(Section {
                name: ns.name,
                fields: ns.fields,
                clauses,
            })
        })
        .collect()
}

/// A message on one line with each variable shown as `{$name}`, and the
/// values the model must give (those seloste does not provide itself).
fn sample(
    catalogue: &Catalogue,
    lang: Lang,
    id: &str,
) -> Result<(String, Vec<String>), ClausesError> {
    let vars = catalogue.variables(id).cloned().unwrap_or_default();
    let mut args = FluentArgs::new();
    for v in &vars {
        args.set(v.clone(), FluentValue::from(format!("{{${v}}}")));
    }
    let text = catalogue.format(lang, id, Some(&args))?;
    let values = vars
        .into_iter()
        .filter(|v| !GLOBAL_VARIABLES.contains(&v.as_str()))
        .collect();
    Ok((
        text.split_whitespace().collect::<Vec<_>>().join(" "),
        values,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_section_or_a_clear_refusal() {
        let purposes = clauses(Lang::Fi, Some("purpose")).unwrap();
        assert_eq!(purposes.len(), 1);
        assert!(purposes[0].clauses.iter().any(|c| c.key == "billing"));
        let err = clauses(Lang::Fi, Some("purposes")).unwrap_err().to_string();
        assert!(err.contains("unknown section 'purposes'") && err.contains("purpose"));
    }
}

//! Where the data comes from (Art. 14(2)(f)).
//!
//! Data "from other sources" is any data not given by the data subject
//! themself — which, in the catalogue, is every source but `data-subject`:
//! even `customer` is another source for the customer's contact persons.
//! The model cannot say that nothing comes from elsewhere, so a notice that
//! names no source at all leaves the reader unable to tell Art. 13 from
//! Art. 14 processing: `source-not-named` asks for at least one source
//! (`data-subject` is enough when everybody gives their own data).

use super::Declared;
use crate::check::{Context, Hit, Rule, Said, Severity, key};
use crate::model::FieldPath;

/// Catalogue sources that are public registers: anyone may consult them.
const PUBLIC_REGISTERS: [&str; 5] = ["ytj", "prh", "prh-associations", "vies", "tieke"];

/// `source-not-named`.
pub const SOURCE_NOT_NAMED: Declared = (
    Rule {
        id: "source-not-named",
        severity: Severity::Error,
        article: "Art. 14(2)(f)",
    },
    source_not_named,
);

fn source_not_named(ctx: &Context) -> Vec<Hit> {
    if !ctx.notice.sources.is_empty() {
        return Vec::new();
    }
    vec![Hit::new(
        FieldPath::root().key("sources"),
        Said::new("no-sources"),
        Said::new("no-sources-help"),
    )]
}

/// `public-source-not-marked`.
pub const PUBLIC_SOURCE_NOT_MARKED: Declared = (
    Rule {
        id: "public-source-not-marked",
        severity: Severity::Warning,
        article: "Art. 14(2)(f)",
    },
    public_source_not_marked,
);

fn public_source_not_marked(ctx: &Context) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (i, s) in ctx.notice.sources.iter().enumerate() {
        let Some(k) = key(&s.source) else { continue };
        if PUBLIC_REGISTERS.contains(&k) && !s.public {
            hits.push(Hit::new(
                FieldPath::root().key("sources").index(i).key("public"),
                Said::new("public-source-not-marked").arg("source", k),
                Said::new("public-source-not-marked-help").arg("source", k),
            ));
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_public_registers_are_catalogue_sources() {
        let cat = crate::i18n::Catalogue::builtin().unwrap();
        for k in PUBLIC_REGISTERS {
            assert!(cat.contains(&format!("source-{k}")), "{k}");
        }
    }
}

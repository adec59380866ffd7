//! Transfers outside the EU/EEA (Art. 13(1)(f), Chapter V).
//!
//! The view prints "not transferred outside the EU/EEA" whenever the model
//! says `outside-eea = false` and nothing else, so a processor in a third
//! country would make that sentence false: `transfer-not-declared` compares
//! the processors' countries with the declaration.

use super::Declared;
use crate::check::eea::in_eea;
use crate::check::{Context, Hit, Rule, Severity};
use crate::model::FieldPath;

/// `transfer-without-safeguard`.
pub const TRANSFER_WITHOUT_SAFEGUARD: Declared = (
    Rule {
        id: "transfer-without-safeguard",
        severity: Severity::Error,
        article: "Art. 13(1)(f), 14(1)(f)",
        checks: "Transfers outside the EU/EEA (`transfers.outside-eea = true`) name at least one \
                 safeguard: an adequacy decision, standard contractual clauses, binding corporate \
                 rules, …",
        fix: "List the safeguards in `transfers.safeguards` (`seloste catalog --section \
              safeguard`).",
    },
    transfer_without_safeguard,
);

fn transfer_without_safeguard(ctx: &Context) -> Vec<Hit> {
    let t = &ctx.notice.transfers;
    if !t.outside_eea || !t.safeguards.is_empty() {
        return Vec::new();
    }
    vec![Hit::new(
        FieldPath::root().key("transfers").key("safeguards"),
        "data is transferred outside the EU/EEA, but no safeguard is named",
        "list them, e.g. safeguards = [\"standard-contractual-clauses\"] (`seloste catalog \
         --section safeguard`)",
    )]
}

/// `transfer-not-declared`.
pub const TRANSFER_NOT_DECLARED: Declared = (
    Rule {
        id: "transfer-not-declared",
        severity: Severity::Error,
        article: "Art. 13(1)(f), 14(1)(f)",
        checks: "No processor processes the data outside the EU/EEA while `transfers.outside-eea` \
                 is false (the notice would then say that nothing leaves the EU/EEA).",
        fix: "Set `transfers.outside-eea = true` and name the safeguards, or correct the \
              processor's country.",
    },
    transfer_not_declared,
);

fn transfer_not_declared(ctx: &Context) -> Vec<Hit> {
    let n = ctx.notice;
    if n.transfers.outside_eea {
        return Vec::new();
    }
    let mut hits = Vec::new();
    for (i, p) in n.recipients.processors.iter().enumerate() {
        let Some(country) = p.country.as_deref() else {
            continue;
        };
        if !in_eea(country) {
            hits.push(Hit::new(
                FieldPath::root()
                    .key("recipients")
                    .key("processors")
                    .index(i)
                    .key("country"),
                format!(
                    "the processor '{}' processes the data in {}, outside the EU/EEA, but \
                     transfers.outside-eea is false",
                    p.name,
                    country.to_ascii_uppercase()
                ),
                "set outside-eea = true under [transfers] and list the safeguards",
            ));
        }
    }
    hits
}

//! Transfers judged country by country (Art. 44–49): a processor in a third
//! country needs a ground that covers its country, and an adequacy decision
//! can be relied on only for a country that has one in force.
//!
//! A ground covers a country when it is an Art. 46 safeguard, an Art. 49
//! derogation or own text (which seloste cannot judge), named for the
//! country in `transfers.countries` or generally in `transfers.safeguards`;
//! an adequacy decision covers only the countries of
//! [`ADEQUACY`](crate::model::ADEQUACY), and the Data Privacy Framework only
//! the United States.

use super::Declared;
use crate::check::eea::in_eea;
use crate::check::{Context, Hit, Rule, Said, Severity, describe};
use crate::model::{FieldPath, Ground, Text, ground, has_adequacy};

/// Whether `g` is a ground for a transfer to `country`.
fn covers(g: &Text, country: &str) -> bool {
    match ground(g) {
        Some(Ground::Copy) => false,
        Some(Ground::Adequacy) => adequacy_applies(g, country),
        _ => true,
    }
}

/// Whether an adequacy clause can be relied on for `country`.
fn adequacy_applies(g: &Text, country: &str) -> bool {
    match g {
        Text::Key(c) if c.key == "data-privacy-framework" => country.eq_ignore_ascii_case("US"),
        _ => has_adequacy(country),
    }
}

/// `transfer-without-ground`.
pub const TRANSFER_WITHOUT_GROUND: Declared = (
    Rule {
        id: "transfer-without-ground",
        severity: Severity::Error,
        article: "Art. 44, 13(1)(f), 14(1)(f)",
    },
    transfer_without_ground,
);

fn transfer_without_ground(ctx: &Context) -> Vec<Hit> {
    let t = &ctx.notice.transfers;
    // Undeclared transfers are `transfer-not-declared`'s, no safeguard at
    // all `transfer-without-safeguard`'s: one finding for one mistake.
    if !t.outside_eea
        || !t
            .safeguards
            .iter()
            .chain(t.countries.iter().flat_map(|c| &c.grounds))
            .any(|g| ground(g) != Some(Ground::Copy))
    {
        return Vec::new();
    }
    let mut hits = Vec::new();
    for (i, p) in ctx.notice.recipients.processors.iter().enumerate() {
        let Some(country) = p.country.as_deref().filter(|c| !in_eea(c)) else {
            continue;
        };
        let named = t
            .countries
            .iter()
            .filter(|c| c.country.eq_ignore_ascii_case(country))
            .flat_map(|c| &c.grounds);
        if named.chain(&t.safeguards).any(|g| covers(g, country)) {
            continue;
        }
        hits.push(Hit::new(
            FieldPath::root()
                .key("recipients")
                .key("processors")
                .index(i)
                .key("country"),
            Said::new("transfer-without-ground")
                .arg("processor", p.name.clone())
                .arg("country", country.to_ascii_uppercase()),
            Said::new("transfer-without-ground-help").arg("country", country.to_ascii_uppercase()),
        ));
    }
    hits
}

/// `adequacy-decision-not-in-force`.
pub const ADEQUACY_DECISION_NOT_IN_FORCE: Declared = (
    Rule {
        id: "adequacy-decision-not-in-force",
        severity: Severity::Error,
        article: "Art. 45(1), 13(1)(f)",
    },
    adequacy_decision_not_in_force,
);

fn adequacy_decision_not_in_force(ctx: &Context) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (i, c) in ctx.notice.transfers.countries.iter().enumerate() {
        for (j, g) in c.grounds.iter().enumerate() {
            if ground(g) != Some(Ground::Adequacy) || adequacy_applies(g, &c.country) {
                continue;
            }
            hits.push(Hit::new(
                FieldPath::root()
                    .key("transfers")
                    .key("countries")
                    .index(i)
                    .key("grounds")
                    .index(j),
                Said::new("adequacy-decision-not-in-force")
                    .arg("country", c.country.to_ascii_uppercase())
                    .arg("ground", describe(g)),
                Said::new("adequacy-decision-not-in-force-help"),
            ));
        }
    }
    hits
}

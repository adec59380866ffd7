//! Transfers outside the EU/EEA (Art. 13(1)(f), Chapter V).
//!
//! The view prints "not transferred outside the EU/EEA" whenever the model
//! says `outside-eea = false` and nothing else, so a processor in a third
//! country would make that sentence false: `transfer-not-declared` compares
//! the processors' countries with the declaration, and
//! `processor-location-unknown` refuses to let it stand on a processor whose
//! country is not known, which nobody can judge. When data does leave the
//! EU/EEA, the same unknown country hides which transfer rests on which
//! ground, which Art. 13(1)(f) asks of each transfer.
//!
//! What a safeguard is comes from the catalogue's metadata
//! (`model::SAFEGUARDS`): an adequacy decision (Art. 45) or appropriate
//! safeguards (Art. 46) are grounds for a transfer; `copy-on-request` is not
//! one, but the "means by which to obtain a copy" that Art. 13(1)(f) asks for
//! whenever the grounds are Art. 46 safeguards. Own text and an
//! organisation's own clauses cannot be classified: they count as grounds,
//! and never as the means to a copy.

use super::Declared;
use crate::check::eea::in_eea;
use crate::check::{Context, Hit, Rule, Said, Severity, describe};
use crate::model::{FieldPath, Ground, Text, ground};

fn transfers() -> FieldPath {
    FieldPath::root().key("transfers")
}

/// `transfer-without-safeguard`.
pub const TRANSFER_WITHOUT_SAFEGUARD: Declared = (
    Rule {
        id: "transfer-without-safeguard",
        severity: Severity::Error,
        article: "Art. 13(1)(f), 14(1)(f)",
    },
    transfer_without_safeguard,
);

/// Whether a safeguard is a ground for a transfer (own text is taken to be).
fn is_ground(text: &Text) -> bool {
    ground(text) != Some(Ground::Copy)
}

fn transfer_without_safeguard(ctx: &Context) -> Vec<Hit> {
    let t = &ctx.notice.transfers;
    let by_country = t.countries.iter().flat_map(|c| &c.grounds);
    if !t.outside_eea || t.safeguards.iter().chain(by_country).any(is_ground) {
        return Vec::new();
    }
    let message = if t.safeguards.is_empty() {
        Said::new("transfer-without-safeguard")
    } else {
        Said::new("transfer-without-safeguard-copy")
    };
    vec![Hit::new(
        transfers().key("safeguards"),
        message,
        Said::new("transfer-without-safeguard-help"),
    )]
}

/// `safeguard-copy-not-offered`.
pub const SAFEGUARD_COPY_NOT_OFFERED: Declared = (
    Rule {
        id: "safeguard-copy-not-offered",
        severity: Severity::Error,
        article: "Art. 13(1)(f), 14(1)(f)",
    },
    safeguard_copy_not_offered,
);

fn safeguard_copy_not_offered(ctx: &Context) -> Vec<Hit> {
    let t = &ctx.notice.transfers;
    let safeguards = &t.safeguards;
    if t.copy.is_some() || safeguards.iter().any(|s| ground(s) == Some(Ground::Copy)) {
        return Vec::new();
    }
    let appropriate = |s: &Text| ground(s) == Some(Ground::Appropriate);
    let by_country = t.countries.iter().enumerate().flat_map(|(i, c)| {
        c.grounds.iter().enumerate().map(move |(j, g)| {
            let at = transfers()
                .key("countries")
                .index(i)
                .key("grounds")
                .index(j);
            (at, g)
        })
    });
    let Some((at, s)) = safeguards
        .iter()
        .enumerate()
        .map(|(i, s)| (transfers().key("safeguards").index(i), s))
        .chain(by_country)
        .find(|(_, s)| appropriate(s))
    else {
        return Vec::new();
    };
    vec![Hit::new(
        at,
        Said::new("safeguard-copy-not-offered").arg("safeguard", describe(s)),
        Said::new("safeguard-copy-not-offered-help"),
    )]
}

/// `transfer-not-declared`.
pub const TRANSFER_NOT_DECLARED: Declared = (
    Rule {
        id: "transfer-not-declared",
        severity: Severity::Error,
        article: "Art. 13(1)(f), 14(1)(f)",
    },
    transfer_not_declared,
);

/// The analytics clauses whose text says that the service transfers data
/// to the United States (a test holds this list against the catalogue).
pub const ANALYTICS_TO_US: [&str; 2] = ["google-analytics", "microsoft-clarity"];

fn transfer_not_declared(ctx: &Context) -> Vec<Hit> {
    let n = ctx.notice;
    if n.transfers.outside_eea {
        return Vec::new();
    }
    let mut hits = Vec::new();
    for (i, a) in n.analytics.iter().enumerate() {
        if let Text::Key(c) = a
            && ANALYTICS_TO_US.contains(&c.key.as_str())
        {
            hits.push(Hit::new(
                FieldPath::root().key("analytics").index(i),
                Said::new("analytics-outside-eea-undeclared").arg("clause", c.key.clone()),
                Said::new("analytics-outside-eea-undeclared-help"),
            ));
        }
    }
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
                Said::new("processor-outside-eea-undeclared")
                    .arg("processor", p.name.clone())
                    .arg("country", country.to_ascii_uppercase()),
                Said::new("processor-outside-eea-undeclared-help"),
            ));
        }
    }
    for (i, c) in n.transfers.countries.iter().enumerate() {
        if !in_eea(&c.country) {
            hits.push(Hit::new(
                transfers().key("countries").index(i).key("country"),
                Said::new("country-outside-eea-undeclared")
                    .arg("country", c.country.to_ascii_uppercase()),
                Said::new("country-outside-eea-undeclared-help"),
            ));
        }
    }
    hits
}

/// `processor-location-unknown`.
pub const PROCESSOR_LOCATION_UNKNOWN: Declared = (
    Rule {
        id: "processor-location-unknown",
        severity: Severity::Error,
        article: "Art. 13(1)(f), 14(1)(f)",
    },
    processor_location_unknown,
);

fn processor_location_unknown(ctx: &Context) -> Vec<Hit> {
    let n = ctx.notice;
    let (message, help) = if n.transfers.outside_eea {
        (
            "processor-country-unknown-transfer",
            "processor-country-unknown-transfer-help",
        )
    } else {
        (
            "processor-country-unknown",
            "processor-country-unknown-help",
        )
    };
    let mut hits = Vec::new();
    for (i, p) in n.recipients.processors.iter().enumerate() {
        if p.country.as_deref().is_some_and(|c| !c.trim().is_empty()) {
            continue;
        }
        hits.push(Hit::new(
            FieldPath::root()
                .key("recipients")
                .key("processors")
                .index(i),
            Said::new(message).arg("processor", p.name.clone()),
            Said::new(help),
        ));
    }
    hits
}

/// `safeguard-without-transfer`.
pub const SAFEGUARD_WITHOUT_TRANSFER: Declared = (
    Rule {
        id: "safeguard-without-transfer",
        severity: Severity::Warning,
        article: "Art. 13(1)(f), 12(1)",
    },
    safeguard_without_transfer,
);

fn safeguard_without_transfer(ctx: &Context) -> Vec<Hit> {
    let t = &ctx.notice.transfers;
    if t.outside_eea || t.safeguards.is_empty() {
        return Vec::new();
    }
    vec![Hit::new(
        transfers().key("safeguards"),
        Said::new("safeguards-without-transfer"),
        Said::new("safeguards-without-transfer-help"),
    )]
}

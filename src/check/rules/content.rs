//! Elements of Art. 13 and 14 that the model holds as optional fields: a
//! notice without them renders, but says nothing where the GDPR requires an
//! answer. A missing retention period is an error (every notice needs one),
//! and so are missing data categories when data comes from anyone but the
//! data subject (Art. 14(1)(d) requires them then; Art. 13 does not, so a
//! notice whose only source is the data subject is not asked for them). The
//! others are warnings, because a notice may legitimately answer them
//! elsewhere or the element may not apply, and the fix is one line.

use super::Declared;
use crate::check::{Context, Hit, Rule, Said, Severity, describe, key};
use crate::model::{Basis, FieldPath};

/// `no-retention`.
pub const NO_RETENTION: Declared = (
    Rule {
        id: "no-retention",
        severity: Severity::Error,
        article: "Art. 13(2)(a), 14(2)(a)",
    },
    no_retention,
);

fn no_retention(ctx: &Context) -> Vec<Hit> {
    if !ctx.notice.retention.is_empty() {
        return Vec::new();
    }
    vec![Hit::new(
        FieldPath::root().key("retention"),
        Said::new("no-retention"),
        Said::new("no-retention-help"),
    )]
}

/// `retention-criterion-not-stated`.
pub const RETENTION_CRITERION_NOT_STATED: Declared = (
    Rule {
        id: "retention-criterion-not-stated",
        severity: Severity::Warning,
        article: "Art. 13(2)(a), 14(2)(a)",
    },
    retention_criterion_not_stated,
);

/// Retention clauses that state a period set by law, not by the
/// controller: they do not say how long the rest of the data is kept.
const STATUTORY_RETENTION: &[&str] = &["accounting-law"];

/// "As long as necessary" restates the storage-limitation principle
/// instead of answering Art. 13(2)(a) (WP260 rev.01, paragraph on
/// retention: "it is not sufficient to generically state that personal
/// data will be kept as long as necessary"). It is a warning, not an error,
/// because the clause is true and often right beside a real criterion.
fn retention_criterion_not_stated(ctx: &Context) -> Vec<Hit> {
    let retention = &ctx.notice.retention;
    let Some(i) = retention
        .iter()
        .position(|t| key(t) == Some("until-no-longer-needed"))
    else {
        return Vec::new();
    };
    let criterion = retention.iter().any(|t| match key(t) {
        Some(k) => k != "until-no-longer-needed" && !STATUTORY_RETENTION.contains(&k),
        None => true, // own text states its own criterion
    });
    if criterion {
        return Vec::new();
    }
    vec![Hit::new(
        FieldPath::root().key("retention").index(i),
        Said::new("retention-criterion-not-stated"),
        Said::new("retention-criterion-not-stated-help"),
    )]
}

/// `no-data-categories`.
pub const NO_DATA_CATEGORIES: Declared = (
    Rule {
        id: "no-data-categories",
        severity: Severity::Error,
        article: "Art. 14(1)(d)",
    },
    no_data_categories,
);

/// The first source other than the data subject (own text is taken to be
/// one), or the sources field when none is named: where Art. 14 applies.
fn other_source(ctx: &Context) -> Option<FieldPath> {
    let sources = &ctx.notice.sources;
    if sources.is_empty() {
        return Some(FieldPath::root().key("sources"));
    }
    sources
        .iter()
        .position(|s| key(&s.source) != Some("data-subject"))
        .map(|i| FieldPath::root().key("sources").index(i))
}

fn no_data_categories(ctx: &Context) -> Vec<Hit> {
    if !ctx.notice.data.is_empty() {
        return Vec::new();
    }
    let Some(source) = other_source(ctx) else {
        return Vec::new();
    };
    let message = match source.to_string().as_str() {
        "sources" => Said::new("no-data-categories-unnamed"),
        at => Said::new("no-data-categories-other").arg("source", at),
    };
    vec![Hit::new(
        FieldPath::root().key("data"),
        message,
        Said::new("no-data-categories-help"),
    )]
}

/// `no-recipients`.
pub const NO_RECIPIENTS: Declared = (
    Rule {
        id: "no-recipients",
        severity: Severity::Warning,
        article: "Art. 13(1)(e), 14(1)(e)",
    },
    no_recipients,
);

fn no_recipients(ctx: &Context) -> Vec<Hit> {
    let r = &ctx.notice.recipients;
    if !r.disclosures.is_empty() || !r.processors.is_empty() {
        return Vec::new();
    }
    vec![Hit::new(
        FieldPath::root().key("recipients"),
        Said::new("no-recipients"),
        Said::new("no-recipients-help"),
    )]
}

/// `automated-decisions-not-addressed`.
pub const AUTOMATED_DECISIONS_NOT_ADDRESSED: Declared = (
    Rule {
        id: "automated-decisions-not-addressed",
        severity: Severity::Warning,
        article: "Art. 13(2)(f), 14(2)(g)",
    },
    automated_decisions_not_addressed,
);

fn automated_decisions_not_addressed(ctx: &Context) -> Vec<Hit> {
    if ctx.notice.automated_decisions.is_some() {
        return Vec::new();
    }
    vec![Hit::new(
        FieldPath::root().key("automated-decisions"),
        Said::new("automated-decisions-not-addressed"),
        Said::new("automated-decisions-not-addressed-help"),
    )]
}

/// `requirement-not-stated`.
pub const REQUIREMENT_NOT_STATED: Declared = (
    Rule {
        id: "requirement-not-stated",
        severity: Severity::Warning,
        article: "Art. 13(2)(e)",
    },
    requirement_not_stated,
);

fn requirement_not_stated(ctx: &Context) -> Vec<Hit> {
    if ctx.notice.requirement.is_some() {
        return Vec::new();
    }
    vec![Hit::new(
        FieldPath::root().key("requirement"),
        Said::new("requirement-not-stated"),
        Said::new("requirement-not-stated-help"),
    )]
}

/// `requirement-contradicts-basis`.
pub const REQUIREMENT_CONTRADICTS_BASIS: Declared = (
    Rule {
        id: "requirement-contradicts-basis",
        severity: Severity::Error,
        article: "Art. 13(2)(e), 6(1)(c)",
    },
    requirement_contradicts_basis,
);

fn requirement_contradicts_basis(ctx: &Context) -> Vec<Hit> {
    let n = ctx.notice;
    if n.requirement.as_ref().and_then(key) != Some("voluntary") {
        return Vec::new();
    }
    let Some(i) = n
        .purposes
        .iter()
        .position(|p| p.basis == Some(Basis::LegalObligation))
    else {
        return Vec::new();
    };
    vec![Hit::new(
        FieldPath::root().key("requirement"),
        Said::new("requirement-contradicts-basis").arg("purpose", describe(&n.purposes[i].purpose)),
        Said::new("requirement-contradicts-basis-help"),
    )]
}

//! Purposes and their legal bases (Art. 6(1), 13(1)(c)(d), 13(2)(c)).
//!
//! The rights section is derived from the bases, so the right to withdraw
//! consent is printed whenever a purpose rests on consent, or a catalogue
//! clause does (consent-based cookies, `model::CONSENT`); what the model
//! alone can leave out is *how* consent is withdrawn, which the transparency
//! guidelines (WP260 rev.01, annex, on Art. 13(2)(c)) require together with
//! the right, since withdrawing must be as easy as giving consent (Art.
//! 7(3)). That is what `consent-without-withdrawal` checks.

use super::Declared;
use crate::check::{Context, Hit, Rule, Said, Severity, describe, key};
use crate::model::{Basis, FieldPath};

fn purpose_path(i: usize) -> FieldPath {
    FieldPath::root().key("purposes").index(i)
}

/// `purpose-without-basis`.
pub const PURPOSE_WITHOUT_BASIS: Declared = (
    Rule {
        id: "purpose-without-basis",
        severity: Severity::Error,
        article: "Art. 13(1)(c), 14(1)(c)",
    },
    purpose_without_basis,
);

fn purpose_without_basis(ctx: &Context) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (i, p) in ctx.notice.purposes.iter().enumerate() {
        if p.basis.is_none() {
            hits.push(Hit::new(
                purpose_path(i).key("basis"),
                Said::new("purpose-without-basis").arg("purpose", describe(&p.purpose)),
                Said::new("purpose-without-basis-help"),
            ));
        }
    }
    hits
}

/// `legitimate-interest-not-stated`.
pub const LEGITIMATE_INTEREST_NOT_STATED: Declared = (
    Rule {
        id: "legitimate-interest-not-stated",
        severity: Severity::Error,
        article: "Art. 13(1)(d), 14(2)(b)",
    },
    legitimate_interest_not_stated,
);

fn legitimate_interest_not_stated(ctx: &Context) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (i, p) in ctx.notice.purposes.iter().enumerate() {
        if p.basis == Some(Basis::LegitimateInterests) && p.interest.is_none() {
            hits.push(Hit::new(
                purpose_path(i).key("interest"),
                Said::new("legitimate-interest-not-stated").arg("purpose", describe(&p.purpose)),
                Said::new("legitimate-interest-not-stated-help"),
            ));
        }
    }
    hits
}

/// `interest-without-legitimate-interests`.
pub const INTEREST_WITHOUT_LEGITIMATE_INTERESTS: Declared = (
    Rule {
        id: "interest-without-legitimate-interests",
        severity: Severity::Error,
        article: "Art. 13(1)(c)(d)",
    },
    interest_without_legitimate_interests,
);

fn interest_without_legitimate_interests(ctx: &Context) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (i, p) in ctx.notice.purposes.iter().enumerate() {
        let Some(basis) = p.basis else { continue };
        if p.interest.is_some() && basis != Basis::LegitimateInterests {
            hits.push(Hit::new(
                purpose_path(i).key("interest"),
                Said::new("interest-without-legitimate-interests")
                    .arg("purpose", describe(&p.purpose))
                    .arg("basis", basis.name()),
                Said::new("interest-without-legitimate-interests-help"),
            ));
        }
    }
    hits
}

/// `consent-without-withdrawal`.
pub const CONSENT_WITHOUT_WITHDRAWAL: Declared = (
    Rule {
        id: "consent-without-withdrawal",
        severity: Severity::Error,
        article: "Art. 13(2)(c), 14(2)(d), 7(3)",
    },
    consent_without_withdrawal,
);

fn consent_without_withdrawal(ctx: &Context) -> Vec<Hit> {
    let n = ctx.notice;
    // Said with the rights, or with the other procedures of [requests].
    let said = n.consent_withdrawal.is_some()
        || n.requests.as_ref().is_some_and(|q| q.withdrawal.is_some());
    if said {
        return Vec::new();
    }
    let Some(path) = n.consent() else {
        return Vec::new();
    };
    let what = match n.purposes.iter().find(|p| p.basis == Some(Basis::Consent)) {
        Some(p) => {
            Said::new("consent-without-withdrawal-purpose").arg("purpose", describe(&p.purpose))
        }
        None => {
            let clause = n.texts().into_iter().find(|t| t.path == path);
            let text = clause.map(|t| describe(t.text)).unwrap_or_default();
            Said::new("consent-without-withdrawal-clause")
                .arg("clause", text)
                .arg("path", path.to_string())
        }
    };
    vec![Hit::new(
        path,
        what,
        Said::new("consent-without-withdrawal-help"),
    )]
}

/// `withdrawal-without-consent`.
pub const WITHDRAWAL_WITHOUT_CONSENT: Declared = (
    Rule {
        id: "withdrawal-without-consent",
        severity: Severity::Warning,
        article: "Art. 13(2)(c)",
    },
    withdrawal_without_consent,
);

fn withdrawal_without_consent(ctx: &Context) -> Vec<Hit> {
    let n = ctx.notice;
    if n.consent_withdrawal.is_none() || n.consent().is_some() {
        return Vec::new();
    }
    vec![Hit::new(
        FieldPath::root().key("consent-withdrawal"),
        Said::new("withdrawal-without-consent"),
        Said::new("withdrawal-without-consent-help"),
    )]
}

/// `contact-persons-without-interest`.
pub const CONTACT_PERSONS_WITHOUT_INTEREST: Declared = (
    Rule {
        id: "contact-persons-without-interest",
        severity: Severity::Warning,
        article: "Art. 6(1)(f), 13(1)(c), 13(1)(d)",
    },
    contact_persons_without_interest,
);

/// The subjects whose data comes with an organisation's contract without
/// their being a party to it.
const CONTACT_SUBJECTS: &[&str] = &[
    "customer-contacts",
    "customer-users",
    "customer-technical-contacts",
    "partner-contacts",
    "supplier-contacts",
    "company-representatives",
];

/// The interests that cover a contact person's data.
const CONTACT_INTERESTS: &[&str] = &["contact-persons", "customer-relationship"];

/// Art. 6(1)(b) covers only processing necessary for a contract to which
/// the data subject is party (EDPB Guidelines 2/2019, paragraphs 26–27): a
/// corporate customer's contact persons are not, so their data rests on
/// the controller's legitimate interest, which the notice states. A
/// warning: whether a person is a party (a sole trader, say) is a fact the
/// model cannot tell.
fn contact_persons_without_interest(ctx: &Context) -> Vec<Hit> {
    let n = ctx.notice;
    let Some(i) = n
        .subjects
        .iter()
        .position(|t| key(t).is_some_and(|k| CONTACT_SUBJECTS.contains(&k)))
    else {
        return Vec::new();
    };
    let covered = n.purposes.iter().any(|p| {
        p.basis == Some(Basis::LegitimateInterests)
            && p.interest
                .as_ref()
                .is_some_and(|t| key(t).is_none_or(|k| CONTACT_INTERESTS.contains(&k)))
    });
    if covered {
        return Vec::new();
    }
    vec![Hit::new(
        FieldPath::root().key("subjects").index(i),
        Said::new("contact-persons-without-interest").arg("subjects", describe(&n.subjects[i])),
        Said::new("contact-persons-without-interest-help"),
    )]
}

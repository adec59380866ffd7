//! Who the data subject deals with: the controllers and what identifies
//! them, joint controllers' arrangement, the contact, the representative in
//! the Union and the data protection officer (Art. 13(1)(a)(b), 26, 27, 37).
//!
//! Whether a DPO is required (Art. 37(1)) turns on facts the model does not
//! hold — the scale of the processing, whether it is a core activity — so
//! `dpo-consider` only warns, and only when the model shows a sign that
//! Art. 37(1) may apply: processing in the public interest (public bodies),
//! or surveillance and usage data (regular and systematic monitoring, which
//! the DPO guidelines WP243 illustrate with CCTV and telecoms). The author
//! records the assessment with `dpo-required`.

use super::Declared;
use crate::check::eea::in_eea;
use crate::check::{Context, Hit, Rule, Said, Severity, key};
use crate::model::{Basis, FieldPath, Text};

/// `no-contact`.
pub const NO_CONTACT: Declared = (
    Rule {
        id: "no-contact",
        severity: Severity::Error,
        article: "Art. 13(1)(a), 14(1)(a), 12(2)",
    },
    no_contact,
);

fn looks_like_email(s: &str) -> bool {
    let s = s.trim();
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !s.contains(char::is_whitespace)
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
}

fn no_contact(ctx: &Context) -> Vec<Hit> {
    let email = &ctx.notice.contact.email;
    if looks_like_email(email) {
        return Vec::new();
    }
    let what = if email.trim().is_empty() {
        Said::new("no-contact-empty")
    } else {
        Said::new("no-contact-unusable").arg("email", email.clone())
    };
    vec![Hit::new(
        FieldPath::root().key("contact").key("email"),
        what,
        Said::new("no-contact-help"),
    )]
}

/// `contact-phone-missing`.
pub const CONTACT_PHONE_MISSING: Declared = (
    Rule {
        id: "contact-phone-missing",
        severity: Severity::Error,
        article: "Art. 13(1)(a)",
    },
    contact_phone_missing,
);

fn contact_phone_missing(ctx: &Context) -> Vec<Hit> {
    let n = ctx.notice;
    if n.contact
        .phone
        .as_deref()
        .is_some_and(|p| !p.trim().is_empty())
    {
        return Vec::new();
    }
    let mut hits = Vec::new();
    for t in n.texts() {
        let Text::Key(clause) = t.text else { continue };
        let id = format!("{}-{}", t.namespace, clause.key);
        let uses_phone = ctx
            .catalogue
            .variables(&id)
            .is_some_and(|v| v.contains("contact-phone"));
        if uses_phone {
            hits.push(Hit::new(
                t.path,
                Said::new("contact-phone-missing").arg("clause", clause.key.clone()),
                Said::new("contact-phone-missing-help"),
            ));
        }
    }
    hits
}

/// `representative-missing`.
pub const REPRESENTATIVE_MISSING: Declared = (
    Rule {
        id: "representative-missing",
        severity: Severity::Error,
        article: "Art. 13(1)(a), 27",
    },
    representative_missing,
);

fn representative_missing(ctx: &Context) -> Vec<Hit> {
    let n = ctx.notice;
    if n.eu_representative.is_some() {
        return Vec::new();
    }
    let outside = n.controllers.iter().position(|c| !in_eea(&c.country));
    outside
        .map(|i| {
            let c = &n.controllers[i];
            Hit::new(
                FieldPath::root().key("controllers").index(i).key("country"),
                Said::new("representative-missing")
                    .arg("controller", c.name.clone())
                    .arg("country", c.country.to_ascii_uppercase()),
                Said::new("representative-missing-help"),
            )
        })
        .into_iter()
        .collect()
}

/// `no-business-id`.
pub const NO_BUSINESS_ID: Declared = (
    Rule {
        id: "no-business-id",
        severity: Severity::Warning,
        article: "Art. 13(1)(a), 14(1)(a)",
    },
    no_business_id,
);

fn no_business_id(ctx: &Context) -> Vec<Hit> {
    let n = ctx.notice;
    n.controllers
        .iter()
        .enumerate()
        .filter(|(_, c)| c.business_id.is_none() && c.registration.is_none())
        .map(|(i, c)| {
            Hit::new(
                FieldPath::root().key("controllers").index(i).key("name"),
                Said::new("no-business-id").arg("controller", c.name.clone()),
                Said::new("no-business-id-help"),
            )
        })
        .collect()
}

/// `eu-representative-in-eea`.
pub const EU_REPRESENTATIVE_IN_EEA: Declared = (
    Rule {
        id: "eu-representative-in-eea",
        severity: Severity::Warning,
        article: "Art. 27(1)",
    },
    eu_representative_in_eea,
);

fn eu_representative_in_eea(ctx: &Context) -> Vec<Hit> {
    let n = ctx.notice;
    let all_in_eea = n.controllers.iter().all(|c| in_eea(&c.country));
    if n.eu_representative.is_none() || !all_in_eea || n.controllers.is_empty() {
        return Vec::new();
    }
    vec![Hit::new(
        FieldPath::root().key("eu-representative"),
        Said::new("eu-representative-in-eea"),
        Said::new("eu-representative-in-eea-help"),
    )]
}

/// `joint-arrangement-missing`.
pub const JOINT_ARRANGEMENT_MISSING: Declared = (
    Rule {
        id: "joint-arrangement-missing",
        severity: Severity::Warning,
        article: "Art. 26(2)",
    },
    joint_arrangement_missing,
);

fn joint_arrangement_missing(ctx: &Context) -> Vec<Hit> {
    let n = ctx.notice;
    if n.controllers.len() < 2 || n.joint_controllers.is_some() {
        return Vec::new();
    }
    vec![Hit::new(
        FieldPath::root().key("controllers").index(1),
        Said::new("joint-arrangement-missing").arg("count", n.controllers.len().to_string()),
        Said::new("joint-arrangement-missing-help"),
    )]
}

/// `joint-controllers-alone`.
pub const JOINT_CONTROLLERS_ALONE: Declared = (
    Rule {
        id: "joint-controllers-alone",
        severity: Severity::Error,
        article: "Art. 26(1)",
    },
    joint_controllers_alone,
);

fn joint_controllers_alone(ctx: &Context) -> Vec<Hit> {
    let n = ctx.notice;
    if n.joint_controllers.is_none() || n.controllers.len() != 1 {
        return Vec::new();
    }
    vec![Hit::new(
        FieldPath::root().key("joint-controllers"),
        Said::new("joint-arrangement-single"),
        Said::new("joint-arrangement-single-help"),
    )]
}

/// `dpo-missing`.
pub const DPO_MISSING: Declared = (
    Rule {
        id: "dpo-missing",
        severity: Severity::Error,
        article: "Art. 13(1)(b), 37",
    },
    dpo_missing,
);

fn dpo_missing(ctx: &Context) -> Vec<Hit> {
    let n = ctx.notice;
    if n.dpo_required != Some(true) || n.dpo.is_some() {
        return Vec::new();
    }
    vec![Hit::new(
        FieldPath::root().key("dpo-required"),
        Said::new("dpo-required-missing"),
        Said::new("dpo-required-missing-help"),
    )]
}

/// `dpo-consider`.
pub const DPO_CONSIDER: Declared = (
    Rule {
        id: "dpo-consider",
        severity: Severity::Warning,
        article: "Art. 13(1)(b), 37(1)",
    },
    dpo_consider,
);

/// Data categories that come from monitoring people's behaviour.
const MONITORING_DATA: [&str; 4] = [
    "usage-data",
    "camera-recordings",
    "call-recordings",
    "access-control-events",
];

/// Data categories of electronic communications that track people: the
/// core of a telecoms operator's or an ISP's processing, which WP243 (2.1.4)
/// names as regular and systematic monitoring.
const COMMUNICATIONS_DATA: [&str; 2] = ["traffic-data", "location-data"];

/// Purposes that are monitoring by nature.
const MONITORING_PURPOSES: [&str; 2] = ["surveillance", "camera-surveillance"];

/// Purposes that process traffic or location data.
const COMMUNICATIONS_PURPOSES: [&str; 1] = ["traffic-data"];

/// The message for traffic and location data: the core of a telecoms
/// operator's processing, and regular and systematic monitoring.
const COMMUNICATIONS: &str = "dpo-consider-communications";

/// The message for surveillance, which is regular and systematic
/// monitoring (Art. 37(1)(b)).
const SURVEILLANCE: &str = "dpo-consider-surveillance";

/// The first sign in the model that Art. 37(1) may apply, and the message
/// that says why.
fn dpo_sign(ctx: &Context) -> Option<(FieldPath, &'static str)> {
    let n = ctx.notice;
    let root = FieldPath::root;
    for (i, p) in n.purposes.iter().enumerate() {
        if p.basis == Some(Basis::PublicTask) {
            let why = "dpo-consider-public-task";
            return Some((root().key("purposes").index(i).key("basis"), why));
        }
        if key(&p.purpose).is_some_and(|k| MONITORING_PURPOSES.contains(&k)) {
            return Some((root().key("purposes").index(i).key("purpose"), SURVEILLANCE));
        }
        if key(&p.purpose).is_some_and(|k| COMMUNICATIONS_PURPOSES.contains(&k)) {
            return Some((
                root().key("purposes").index(i).key("purpose"),
                COMMUNICATIONS,
            ));
        }
    }
    if !n.surveillance.is_empty() {
        return Some((root().key("surveillance").index(0), SURVEILLANCE));
    }
    n.data.iter().enumerate().find_map(|(i, t)| {
        let k = key(t)?;
        let why = if MONITORING_DATA.contains(&k) {
            "dpo-consider-monitoring"
        } else if COMMUNICATIONS_DATA.contains(&k) {
            COMMUNICATIONS
        } else {
            return None;
        };
        Some((root().key("data").index(i), why))
    })
}

fn dpo_consider(ctx: &Context) -> Vec<Hit> {
    let n = ctx.notice;
    if n.dpo.is_some() || n.dpo_required.is_some() {
        return Vec::new();
    }
    dpo_sign(ctx)
        .map(|(path, why)| Hit::new(path, Said::new(why), Said::new("dpo-consider-help")))
        .into_iter()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_addresses() {
        assert!(looks_like_email("tietosuoja@example.fi"));
        for bad in [
            "",
            "tietosuoja",
            "a@b",
            "@x.fi",
            "a b@x.fi",
            "a@.fi",
            "a@x.fi.",
        ] {
            assert!(!looks_like_email(bad), "{bad}");
        }
    }

    #[test]
    fn the_monitoring_keys_are_in_the_catalogue() {
        let cat = crate::i18n::Catalogue::builtin().unwrap();
        for k in MONITORING_DATA.iter().chain(&COMMUNICATIONS_DATA) {
            assert!(cat.contains(&format!("data-{k}")), "{k}");
        }
        for k in MONITORING_PURPOSES.iter().chain(&COMMUNICATIONS_PURPOSES) {
            assert!(cat.contains(&format!("purpose-{k}")), "{k}");
        }
    }
}

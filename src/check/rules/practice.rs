//! The customary sections of Finnish notices beyond Art. 13/14's core: call
//! recording, directories and mailing lists, how requests are made, web
//! analytics, and the consequence of not providing data. Each rule asks
//! for what the GDPR (or the Act on Electronic Communications Services,
//! 917/2014) requires once the section says the processing happens.

use super::Declared;
use crate::check::{Context, Hit, Rule, Said, Severity, key};
use crate::model::{ArgValue, CONSENT, FieldPath, Text};

/// `recording-incomplete`.
pub const RECORDING_INCOMPLETE: Declared = (
    Rule {
        id: "recording-incomplete",
        severity: Severity::Warning,
        article: "Art. 13(1)(c), 13(2)(a)",
    },
    recording_incomplete,
);

/// A notice that names recorded calls only as a source or a data category
/// says the recording happens and never why or for how long, which
/// Art. 13(1)(c) and 13(2)(a) ask of every processing; the `[recording]`
/// section is where both are said, so the rule asks for it.
fn recording_incomplete(ctx: &Context) -> Vec<Hit> {
    let n = ctx.notice;
    let Some(r) = n.recording.as_ref().filter(|r| !r.is_empty()) else {
        return recording_said_elsewhere(ctx).into_iter().collect();
    };
    let at = FieldPath::root().key("recording");
    let mut hits = Vec::new();
    if r.purposes.is_empty() {
        hits.push(Hit::new(
            at.key("purposes"),
            Said::new("recording-without-purpose"),
            Said::new("recording-without-purpose-help"),
        ));
    }
    if r.retention.is_none() {
        hits.push(Hit::new(
            at.key("retention"),
            Said::new("recording-without-retention"),
            Said::new("recording-without-retention-help"),
        ));
    }
    hits
}

/// The first entry outside `[recording]` that says calls are recorded: a
/// source, a data category or a surveillance clause.
fn recording_said_elsewhere(ctx: &Context) -> Option<Hit> {
    let n = ctx.notice;
    let in_texts = |field: &'static str, texts: &[Text], wanted: &str| {
        let i = texts.iter().position(|t| key(t) == Some(wanted))?;
        Some(FieldPath::root().key(field).index(i))
    };
    let at = n
        .sources
        .iter()
        .position(|s| key(&s.source) == Some("recorded-calls-emails"))
        .map(|i| FieldPath::root().key("sources").index(i))
        .or_else(|| in_texts("data", &n.data, "call-recordings"))
        .or_else(|| in_texts("surveillance", &n.surveillance, "call-recording"))?;
    Some(Hit::new(
        at,
        Said::new("recording-not-described"),
        Said::new("recording-not-described-help"),
    ))
}

/// `directory-refusal-not-stated`.
pub const DIRECTORY_REFUSAL_NOT_STATED: Declared = (
    Rule {
        id: "directory-refusal-not-stated",
        severity: Severity::Error,
        article: "Art. 21(2), 21(4), 13(2)(b)",
    },
    directory_refusal_not_stated,
);

fn directory_refusal_not_stated(ctx: &Context) -> Vec<Hit> {
    let Some(d) = &ctx.notice.directories else {
        return Vec::new();
    };
    if d.published.is_empty() || d.refusal.is_some() {
        return Vec::new();
    }
    vec![Hit::new(
        FieldPath::root().key("directories").key("refusal"),
        Said::new("directory-without-refusal"),
        Said::new("directory-without-refusal-help"),
    )]
}

/// `request-address-missing`.
pub const REQUEST_ADDRESS_MISSING: Declared = (
    Rule {
        id: "request-address-missing",
        severity: Severity::Error,
        article: "Art. 12(2), 13(1)(a)",
    },
    request_address_missing,
);

fn request_address_missing(ctx: &Context) -> Vec<Hit> {
    let n = ctx.notice;
    let Some(q) = &n.requests else {
        return Vec::new();
    };
    let Some(i) = q.procedure.iter().position(|t| key(t) == Some("by-post")) else {
        return Vec::new();
    };
    let has = |s: &Option<String>| s.as_deref().is_some_and(|s| !s.trim().is_empty());
    let address = match &q.post_to {
        Some(p) => has(&p.street) && has(&p.city),
        None => has(&n.contact.street) && has(&n.contact.city),
    };
    if address {
        return Vec::new();
    }
    vec![Hit::new(
        FieldPath::root().key("requests").key("procedure").index(i),
        Said::new("post-without-address"),
        Said::new("post-without-address-help"),
    )]
}

/// `signed-request-only`.
pub const SIGNED_REQUEST_ONLY: Declared = (
    Rule {
        id: "signed-request-only",
        severity: Severity::Error,
        article: "Art. 12(2)",
    },
    signed_request_only,
);

/// The ways of making a request besides a signed letter.
const OTHER_WAYS: [&str; 3] = ["by-email", "in-person", "access-form"];

fn signed_request_only(ctx: &Context) -> Vec<Hit> {
    let Some(q) = &ctx.notice.requests else {
        return Vec::new();
    };
    let Some(i) = q
        .procedure
        .iter()
        .position(|t| key(t) == Some("in-writing-signed"))
    else {
        return Vec::new();
    };
    // Own text may well offer another way: only clauses are judged.
    let other = q
        .procedure
        .iter()
        .any(|t| key(t).is_none_or(|k| OTHER_WAYS.contains(&k)));
    if other {
        return Vec::new();
    }
    vec![Hit::new(
        FieldPath::root().key("requests").key("procedure").index(i),
        Said::new("signed-request-only"),
        Said::new("signed-request-only-help"),
    )]
}

/// Analytics clauses that store or read data on the visitor's device for a
/// third party's service: consent is needed (Act 917/2014, section 205).
const ANALYTICS_NEEDING_CONSENT: [&str; 8] = [
    "google-analytics",
    "google-analytics-demographics",
    "matomo-cloud",
    "siteimprove",
    "hotjar",
    "microsoft-clarity",
    "meta-pixel",
    "linkedin-insight",
];

/// `analytics-without-consent`.
pub const ANALYTICS_WITHOUT_CONSENT: Declared = (
    Rule {
        id: "analytics-without-consent",
        severity: Severity::Warning,
        article: "Art. 6(1)(a), 7, 13(1)(c)",
    },
    analytics_without_consent,
);

fn analytics_without_consent(ctx: &Context) -> Vec<Hit> {
    let n = ctx.notice;
    let Some(i) = n
        .analytics
        .iter()
        .position(|t| key(t).is_some_and(|k| ANALYTICS_NEEDING_CONSENT.contains(&k)))
    else {
        return Vec::new();
    };
    let consent = n.cookies.iter().any(|t| match t {
        Text::Own(_) | Text::Same { .. } => true,
        Text::Key(c) => CONSENT.contains(&("cookies", c.key.as_str())),
    });
    if consent {
        return Vec::new();
    }
    vec![Hit::new(
        FieldPath::root().key("analytics").index(i),
        Said::new("analytics-without-consent"),
        Said::new("analytics-without-consent-help"),
    )]
}

/// `analytics-retention-not-stated`.
pub const ANALYTICS_RETENTION_NOT_STATED: Declared = (
    Rule {
        id: "analytics-retention-not-stated",
        severity: Severity::Warning,
        article: "Art. 13(2)(a)",
    },
    analytics_retention_not_stated,
);

/// The retention clause that says how long analytics data is kept.
const ANALYTICS_RETENTION: &str = "analytics-months";

/// Web analytics and advertising measurement keep data of their own (visits,
/// identifiers, events) beside the register's; the retention section's
/// periods for customer data say nothing of it. Own retention text may
/// say it, so with one the rule keeps quiet.
fn analytics_retention_not_stated(ctx: &Context) -> Vec<Hit> {
    let n = ctx.notice;
    if n.analytics.is_empty() {
        return Vec::new();
    }
    let stated = n.retention.iter().any(|t| {
        matches!(t, Text::Own(_) | Text::Same { .. }) || key(t) == Some(ANALYTICS_RETENTION)
    });
    if stated {
        return Vec::new();
    }
    vec![Hit::new(
        FieldPath::root().key("analytics").index(0),
        Said::new("analytics-retention-not-stated"),
        Said::new("analytics-retention-not-stated-help"),
    )]
}

/// Requirement clauses that state the form of the requirement without its
/// consequence.
const REQUIREMENT_WITHOUT_CONSEQUENCE: [&str; 4] =
    ["law", "contractual", "to-enter-contract", "partly"];

/// `requirement-consequence-not-stated`.
pub const REQUIREMENT_CONSEQUENCE_NOT_STATED: Declared = (
    Rule {
        id: "requirement-consequence-not-stated",
        severity: Severity::Warning,
        article: "Art. 13(2)(e)",
    },
    requirement_consequence_not_stated,
);

fn requirement_consequence_not_stated(ctx: &Context) -> Vec<Hit> {
    let n = ctx.notice;
    let bare = n
        .requirement
        .as_ref()
        .and_then(key)
        .is_some_and(|k| REQUIREMENT_WITHOUT_CONSEQUENCE.contains(&k));
    if !bare || !n.requirement_consequences.is_empty() {
        return Vec::new();
    }
    vec![Hit::new(
        FieldPath::root().key("requirement-consequences"),
        Said::new("consequences-not-stated"),
        Said::new("consequences-not-stated-help"),
    )]
}

/// `camera-recordings-kept-long`.
pub const CAMERA_RECORDINGS_KEPT_LONG: Declared = (
    Rule {
        id: "camera-recordings-kept-long",
        severity: Severity::Warning,
        article: "Art. 5(1)(c), 5(1)(e), 13(2)(a)",
    },
    camera_recordings_kept_long,
);

/// The hours beyond which the EDPB asks the controller to argue the
/// storage of camera recordings (Guidelines 3/2019 on processing of
/// personal data through video devices, paragraph 121: recordings should
/// in most cases be erased after a few days, and "the longer the storage
/// period set (especially when beyond 72 hours), the more argumentation
/// for the legitimacy of the purpose and the necessity of storage has to
/// be provided"): guidance that the supervisory authorities, the Finnish
/// Data Protection Ombudsman among them, adopted together.
const CAMERA_HOURS_WITHOUT_REASON: i64 = 72;

/// The clause that gives the reason for keeping recordings longer.
const CAMERA_REASON: &str = "kept-longer-incidents-found-late";

/// A warning, not an error: a longer period can be right, but the notice
/// then says why, so that a reader (and the Ombudsman) can judge it. The
/// reason is the catalogue's clause or the organisation's own text.
fn camera_recordings_kept_long(ctx: &Context) -> Vec<Hit> {
    let s = &ctx.notice.surveillance;
    let reason_given = s
        .iter()
        .any(|t| matches!(t, Text::Own(_)) || key(t) == Some(CAMERA_REASON));
    if reason_given {
        return Vec::new();
    }
    let hours = |t: &Text| -> Option<i64> {
        let Text::Key(c) = t else { return None };
        let int = |name: &str| match c.args.get(name) {
            Some(ArgValue::Int(n)) => Some(*n),
            _ => None,
        };
        match c.key.as_str() {
            "equipment-rooms" | "recordings-kept-years" => {
                int("years").map(|y| y.saturating_mul(365 * 24))
            }
            "recordings-kept-days" => int("days").map(|d| d.saturating_mul(24)),
            _ => None,
        }
    };
    s.iter()
        .enumerate()
        .filter(|(_, t)| hours(t).is_some_and(|h| h > CAMERA_HOURS_WITHOUT_REASON))
        .map(|(i, _)| {
            Hit::new(
                FieldPath::root().key("surveillance").index(i),
                Said::new("camera-recordings-kept-long"),
                Said::new("camera-recordings-kept-long-help"),
            )
        })
        .collect()
}

/// `use-without-purpose`.
pub const USE_WITHOUT_PURPOSE: Declared = (
    Rule {
        id: "use-without-purpose",
        severity: Severity::Warning,
        article: "Art. 5(1)(b), 13(1)(c), 14(1)(c)",
    },
    use_without_purpose,
);

/// Which purposes cover a published list (`directories.published[]`).
const DIRECTORY_PURPOSES: &[(&str, &[&str])] = &[
    ("subscriber-directory", &["subscriber-directories"]),
    ("mailing-lists", &["mailing-list-disclosure"]),
    ("member-list", &["membership-register"]),
];

/// A section that says data is recorded, used for training or disclosed
/// for lists describes a processing of its own, which Art. 13(1)(c) asks
/// to be among the purposes with its legal basis; without it the notice
/// says the processing happens and never on what ground. Purposes in own
/// text cannot be classified, so with one the rule keeps quiet.
fn use_without_purpose(ctx: &Context) -> Vec<Hit> {
    let n = ctx.notice;
    let mut purposes = Vec::new();
    for p in &n.purposes {
        match key(&p.purpose) {
            Some(k) => purposes.push(k),
            None => return Vec::new(),
        }
    }
    let covered = |wanted: &[&str]| wanted.iter().any(|w| purposes.contains(w));
    let mut uses: Vec<(FieldPath, &str)> = Vec::new();
    if let Some(r) = n.recording.as_ref().filter(|r| !r.recorded.is_empty()) {
        let at = FieldPath::root().key("recording");
        if !covered(&["call-recording"]) {
            uses.push((at.key("recorded"), "call-recording"));
        }
        if r.training && !covered(&["staff-training"]) {
            uses.push((at.key("training"), "staff-training"));
        }
    }
    if let Some(d) = &n.directories {
        for (i, t) in d.published.iter().enumerate() {
            let Some((_, wanted)) = DIRECTORY_PURPOSES.iter().find(|(k, _)| key(t) == Some(k))
            else {
                continue;
            };
            if !covered(wanted) {
                let at = FieldPath::root()
                    .key("directories")
                    .key("published")
                    .index(i);
                uses.push((at, wanted[0]));
            }
        }
    }
    uses.into_iter()
        .map(|(at, purpose)| {
            Hit::new(
                at,
                Said::new("use-without-purpose").arg("purpose", purpose.to_string()),
                Said::new("use-without-purpose-help").arg("purpose", purpose.to_string()),
            )
        })
        .collect()
}

//! Special categories (Art. 9), and personal identity codes (Data
//! Protection Act 1050/2018, section 29, under Art. 87).
//!
//! Processing special categories is prohibited unless a condition of Art.
//! 9(2) applies, so a notice that lists them without one describes
//! processing that is unlawful as written: an error. A personal identity
//! code may be processed only on the grounds of section 29; a notice that
//! lists identity codes among the data without saying on which is likely
//! incomplete: a warning.

use super::Declared;
use crate::check::{Context, Hit, Rule, Said, Severity, key};
use crate::model::FieldPath;

/// `special-category-without-condition`.
pub const SPECIAL_CATEGORY_WITHOUT_CONDITION: Declared = (
    Rule {
        id: "special-category-without-condition",
        severity: Severity::Error,
        article: "Art. 9(1), 9(2), 13(1)(c)",
    },
    special_category_without_condition,
);

fn special_category_without_condition(ctx: &Context) -> Vec<Hit> {
    let Some(s) = &ctx.notice.special_categories else {
        return Vec::new();
    };
    if s.data.is_empty() || !s.conditions.is_empty() {
        return Vec::new();
    }
    vec![Hit::new(
        FieldPath::root()
            .key("special-categories")
            .key("conditions"),
        Said::new("special-without-condition"),
        Said::new("special-without-condition-help"),
    )]
}

/// Data catalogue keys that contain the personal identity code.
const IDENTITY_CODE_DATA: [&str; 2] = ["identity-code", "identity-code-or-business-id"];

/// `identity-code-ground-not-stated`.
pub const IDENTITY_CODE_GROUND_NOT_STATED: Declared = (
    Rule {
        id: "identity-code-ground-not-stated",
        severity: Severity::Warning,
        article: "Art. 87, 13(1)(c)",
    },
    identity_code_ground_not_stated,
);

fn identity_code_ground_not_stated(ctx: &Context) -> Vec<Hit> {
    let n = ctx.notice;
    if !n.identity_code.is_empty() {
        return Vec::new();
    }
    let Some(i) = n
        .data
        .iter()
        .position(|t| key(t).is_some_and(|k| IDENTITY_CODE_DATA.contains(&k)))
    else {
        return Vec::new();
    };
    vec![Hit::new(
        FieldPath::root().key("data").index(i),
        Said::new("identity-code-without-ground"),
        Said::new("identity-code-without-ground-help"),
    )]
}

//! The rules, one function each, grouped by the part of the notice they
//! look at. [`CHECKS`] is the registry: a rule that is not listed here does
//! not run, and the README test would not find it either.

mod basis;
mod content;
mod countries;
mod parties;
mod practice;
mod sources;
mod special;
mod texts;
mod transfers;

use super::{Context, Hit, Rule};

pub use parties::NO_CONTACT;
#[cfg(test)]
pub use transfers::ANALYTICS_TO_US;

/// A rule with the function that applies it.
pub struct Check {
    /// What the rule is.
    pub rule: &'static Rule,
    /// Applies it to a model.
    pub run: fn(&Context) -> Vec<Hit>,
}

macro_rules! checks {
    ($($module:ident :: $name:ident),* $(,)?) => {
        &[$(Check { rule: &$module::$name.0, run: $module::$name.1 }),*]
    };
}

/// Every rule, in the order of the README's table.
pub const CHECKS: &[Check] = checks![
    basis::PURPOSE_WITHOUT_BASIS,
    basis::LEGITIMATE_INTEREST_NOT_STATED,
    basis::INTEREST_WITHOUT_LEGITIMATE_INTERESTS,
    basis::CONSENT_WITHOUT_WITHDRAWAL,
    basis::WITHDRAWAL_WITHOUT_CONSENT,
    basis::CONTACT_PERSONS_WITHOUT_INTEREST,
    sources::SOURCE_NOT_NAMED,
    sources::PUBLIC_SOURCE_NOT_MARKED,
    transfers::TRANSFER_WITHOUT_SAFEGUARD,
    transfers::SAFEGUARD_COPY_NOT_OFFERED,
    transfers::SAFEGUARD_WITHOUT_TRANSFER,
    transfers::TRANSFER_NOT_DECLARED,
    transfers::PROCESSOR_LOCATION_UNKNOWN,
    countries::TRANSFER_WITHOUT_GROUND,
    countries::ADEQUACY_DECISION_NOT_IN_FORCE,
    content::NO_RETENTION,
    content::RETENTION_CRITERION_NOT_STATED,
    parties::NO_BUSINESS_ID,
    parties::JOINT_ARRANGEMENT_MISSING,
    parties::JOINT_CONTROLLERS_ALONE,
    parties::NO_CONTACT,
    parties::CONTACT_PHONE_MISSING,
    parties::REPRESENTATIVE_MISSING,
    parties::EU_REPRESENTATIVE_IN_EEA,
    parties::DPO_MISSING,
    parties::DPO_CONSIDER,
    content::NO_DATA_CATEGORIES,
    content::NO_RECIPIENTS,
    content::AUTOMATED_DECISIONS_NOT_ADDRESSED,
    content::REQUIREMENT_NOT_STATED,
    content::REQUIREMENT_CONTRADICTS_BASIS,
    practice::REQUIREMENT_CONSEQUENCE_NOT_STATED,
    special::SPECIAL_CATEGORY_WITHOUT_CONDITION,
    special::IDENTITY_CODE_GROUND_NOT_STATED,
    practice::RECORDING_INCOMPLETE,
    practice::CAMERA_RECORDINGS_KEPT_LONG,
    practice::USE_WITHOUT_PURPOSE,
    practice::DIRECTORY_REFUSAL_NOT_STATED,
    practice::ANALYTICS_WITHOUT_CONSENT,
    practice::ANALYTICS_RETENTION_NOT_STATED,
    practice::REQUEST_ADDRESS_MISSING,
    practice::SIGNED_REQUEST_ONLY,
    texts::OWN_TEXT_TOO_SHORT,
    texts::LIST_ITEM_STYLE,
    texts::OUTDATED,
    texts::LANGUAGE_INCOMPLETE,
    texts::TRANSLATION_STALE,
    texts::PLACEHOLDER_NOT_FILLED,
];

/// A rule's metadata with its function, as each module declares it.
type Declared = (Rule, fn(&Context) -> Vec<Hit>);

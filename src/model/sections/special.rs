//! Special categories of personal data (Art. 9) and personal data relating
//! to criminal convictions and offences (Art. 10).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::Text;

/// Special categories and criminal data, with what permits processing them.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct SpecialCategories {
    /// The special categories of personal data processed (Art. 9(1)):
    /// `special-…` clauses (e.g. `health`, `trade-union-membership`) or own text.
    #[serde(default)]
    pub data: Vec<Text>,
    /// The conditions of Art. 9(2) under which they are processed:
    /// `condition-…` clauses, one for each point of Art. 9(2) (e.g.
    /// `explicit-consent`, `employment-law`, `legal-claims`), or own text.
    /// Required when `data` is given (`special-category-without-condition`).
    #[serde(default)]
    pub conditions: Vec<Text>,
    /// Personal data relating to criminal convictions and offences and the
    /// law that authorises processing it (Art. 10): `criminal-…` clauses or
    /// own text, each a sentence.
    #[serde(default)]
    pub criminal: Vec<Text>,
}

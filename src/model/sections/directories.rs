//! Subscriber directories and mailing lists: data published or disclosed
//! unless the data subject refuses, so the notice must say how to refuse.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::Text;

/// Publication in directories and disclosure for mailing lists.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Directories {
    /// What is published or disclosed unless refused: `directory-…` clauses,
    /// e.g. `subscriber-directory` (the Act on Electronic Communications
    /// Services, 917/2014: name, address and number in directories and
    /// directory enquiry services) or `mailing-lists` (names and addresses
    /// disclosed for direct marketing), or own text.
    #[serde(default)]
    pub published: Vec<Text>,
    /// How the data subject refuses publication or disclosure, free of
    /// charge: a `refusal-…` clause or own text. Required when anything is
    /// published (`directory-refusal-not-stated`).
    #[serde(default)]
    pub refusal: Option<Text>,
}

//! Recording of customer service calls and messages: what is recorded, why,
//! how long it is kept, whether it trains staff and who may listen.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::Text;

/// Call and message recording in customer service.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Recording {
    /// What is recorded and how the caller is told: `recording-…` clauses
    /// (e.g. `calls`, `calls-and-messages`, `told-at-start`) or own text.
    #[serde(default)]
    pub recorded: Vec<Text>,
    /// Why recordings are made (Art. 13(1)(c)): `recording-…` clauses (e.g.
    /// `purpose-verify-transactions`, `purpose-quality`) or own text.
    #[serde(default)]
    pub purposes: Vec<Text>,
    /// How long recordings are kept (Art. 13(2)(a)): a `recording-…` clause
    /// (e.g. `until-transaction-verified`, `{ key = "kept-months", months = 6 }`)
    /// or own text.
    #[serde(default)]
    pub retention: Option<Text>,
    /// Whether recordings are also used to train customer service staff;
    /// the notice then says so.
    #[serde(default)]
    pub training: bool,
    /// Who may listen to the recordings: `listener-…` clauses (e.g.
    /// `customer-service-supervisors`) or own text.
    #[serde(default)]
    pub listeners: Vec<Text>,
}

impl Recording {
    /// Whether the table says anything at all.
    pub fn is_empty(&self) -> bool {
        self.recorded.is_empty()
            && self.purposes.is_empty()
            && self.retention.is_none()
            && !self.training
            && self.listeners.is_empty()
    }
}

//! The optional sections that real Finnish notices carry beside the core of
//! Art. 13/14:
//! manual material, how each right is used, call and message recording,
//! directories and mailing lists, web analytics, special categories and
//! criminal data, personal identity codes, transfers per country, further
//! processing and the consequences of not providing data.
//!
//! Every field here is optional: a model without them loads and prints
//! only the core sections. Each concern is a small module of its own; the
//! texts they hold are registered in [`Model::texts`](super::Model::texts)
//! like every other text, so validation, translation and the limits see them.

mod adequacy;
mod directories;
mod recording;
mod requests;
mod special;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use adequacy::has_adequacy;
pub use directories::Directories;
pub use recording::Recording;
pub use requests::{PostTo, RIGHTS, Requests};
pub use special::SpecialCategories;

use super::Text;

/// Transfers to one third country: who receives the data there and on what
/// ground (Art. 13(1)(f), 14(1)(f), Chapter V).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct CountryTransfer {
    /// The recipient country as an ISO 3166 code, e.g. `US`.
    pub country: String,
    /// Who receives the data there, e.g. `Google LLC`; printed after the
    /// country's name.
    #[serde(default)]
    pub recipients: Option<String>,
    /// The grounds of the transfer (`seloste catalog --section safeguard`):
    /// `adequacy-decision` prints the Commission's decision for this country
    /// with its date (Art. 45), `standard-contractual-clauses` or
    /// `binding-corporate-rules` are Art. 46 safeguards, `derogation-…` keys
    /// the derogations of Art. 49; or own text.
    #[serde(default)]
    pub grounds: Vec<Text>,
}

use super::{FieldPath, Model, Namespace, TextRef};

impl Model {
    /// The texts of the optional sections with their paths and namespaces,
    /// in document order; [`Model::texts`] appends them to the core texts.
    pub(super) fn section_texts(&self) -> Vec<TextRef<'_>> {
        let root = FieldPath::root;
        let mut all: Vec<(FieldPath, Namespace, &Text)> = Vec::new();
        let tr = root().key("transfers");
        for (i, c) in self.transfers.countries.iter().enumerate() {
            let at = tr.key("countries").index(i).key("grounds");
            all.extend(list(at, Namespace::SAFEGUARD, &c.grounds));
        }
        if let Some(t) = &self.transfers.copy {
            all.push((tr.key("copy"), Namespace::COPY, t));
        }
        if let Some(s) = &self.special_categories {
            let at = root().key("special-categories");
            all.extend(list(at.key("data"), Namespace::SPECIAL, &s.data));
            all.extend(list(
                at.key("conditions"),
                Namespace::CONDITION,
                &s.conditions,
            ));
            all.extend(list(at.key("criminal"), Namespace::CRIMINAL, &s.criminal));
        }
        all.extend(list(
            root().key("identity-code"),
            Namespace::IDENTITY_CODE,
            &self.identity_code,
        ));
        if let Some(r) = &self.recording {
            let at = root().key("recording");
            all.extend(list(at.key("recorded"), Namespace::RECORDING, &r.recorded));
            all.extend(list(at.key("purposes"), Namespace::RECORDING, &r.purposes));
            if let Some(t) = &r.retention {
                all.push((at.key("retention"), Namespace::RECORDING, t));
            }
            all.extend(list(at.key("listeners"), Namespace::LISTENER, &r.listeners));
        }
        if let Some(d) = &self.directories {
            let at = root().key("directories");
            all.extend(list(
                at.key("published"),
                Namespace::DIRECTORY,
                &d.published,
            ));
            if let Some(t) = &d.refusal {
                all.push((at.key("refusal"), Namespace::REFUSAL, t));
            }
        }
        all.extend(list(
            root().key("analytics"),
            Namespace::ANALYTICS,
            &self.analytics,
        ));
        all.extend(list(
            root().key("requirement-consequences"),
            Namespace::CONSEQUENCE,
            &self.requirement_consequences,
        ));
        all.extend(list(
            root().key("further-processing"),
            Namespace::FURTHER,
            &self.further_processing,
        ));
        if let Some(r) = &self.requests {
            let at = root().key("requests");
            all.extend(list(
                at.key("procedure"),
                Namespace::PROCEDURE,
                &r.procedure,
            ));
            for (field, get) in RIGHTS {
                if let Some(t) = get(r) {
                    all.push((at.key(field), Namespace::PROCEDURE, t));
                }
            }
        }
        all.extend(list(
            root().key("manual-material"),
            Namespace::MANUAL,
            &self.manual_material,
        ));
        all.into_iter()
            .map(|(path, namespace, text)| TextRef {
                path,
                namespace,
                text,
            })
            .collect()
    }
}

/// The texts of a list field, each with its index.
fn list(field: FieldPath, ns: Namespace, texts: &[Text]) -> Vec<(FieldPath, Namespace, &Text)> {
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| (field.index(i), ns, t))
        .collect()
}

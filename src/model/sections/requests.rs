//! How a data subject uses the rights: one general procedure (in writing,
//! signed, by post to a named person, by email; proof of identity; the
//! languages requests are taken in) and, optionally, a procedure of its own
//! for each right. The one-month time limit of Art. 12(3) is printed with
//! the general procedure, always.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::model::Text;

/// How requests concerning the rights are made (Art. 12(2), 12(3), 12(6)).
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Requests {
    /// The general procedure, sentence by sentence: `procedure-…` clauses
    /// (e.g. `in-writing-signed`, `by-post`, `by-email`, `identity-proof`)
    /// or own text. `by-post` prints `post-to` (or the contact's address).
    #[serde(default)]
    pub procedure: Vec<Text>,
    /// The person (or unit) and address requests are posted to.
    #[serde(default)]
    pub post_to: Option<PostTo>,
    /// The languages requests may be made in, e.g. `["fi", "sv", "en"]`.
    #[serde(default)]
    pub languages: Vec<Lang>,
    /// How the right of access is used (Art. 15): a `procedure-…` clause or own text.
    #[serde(default)]
    pub access: Option<Text>,
    /// How the right to rectification is used (Art. 16).
    #[serde(default)]
    pub rectification: Option<Text>,
    /// How the right to erasure is used (Art. 17).
    #[serde(default)]
    pub erasure: Option<Text>,
    /// How the right to restriction of processing is used (Art. 18).
    #[serde(default)]
    pub restriction: Option<Text>,
    /// How the right to data portability is used (Art. 20).
    #[serde(default)]
    pub portability: Option<Text>,
    /// How the right to object is used (Art. 21).
    #[serde(default)]
    pub objection: Option<Text>,
    /// How consent is withdrawn (Art. 7(3)); `consent-withdrawal` says it in
    /// one sentence with the rights, this with the other procedures.
    #[serde(default)]
    pub withdrawal: Option<Text>,
    /// How a complaint is lodged with the supervisory authority (Art. 77).
    #[serde(default)]
    pub complaint: Option<Text>,
}

/// Where written requests are posted: a name and a postal address, printed
/// as one line after "Requests by post to". It has no email or telephone:
/// those would not be printed here, and requests by email go to the
/// contact's email (`[contact]`, printed by the `by-email` procedure).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct PostTo {
    /// The person's or unit's name.
    pub name: String,
    /// Street address.
    #[serde(default)]
    pub street: Option<String>,
    /// Postal code.
    #[serde(default)]
    pub postal_code: Option<String>,
    /// Post town.
    #[serde(default)]
    pub city: Option<String>,
    /// Country as an ISO 3166 code, when not the controller's.
    #[serde(default)]
    pub country: Option<String>,
}

/// A right's field in `[requests]`, as the model and the catalogue's
/// `label-request-<field>` name it, with its procedure.
pub type RightProcedure = (&'static str, fn(&Requests) -> Option<&Text>);

/// The rights in the order the notice lists them.
pub const RIGHTS: &[RightProcedure] = &[
    ("access", |r| r.access.as_ref()),
    ("rectification", |r| r.rectification.as_ref()),
    ("erasure", |r| r.erasure.as_ref()),
    ("restriction", |r| r.restriction.as_ref()),
    ("portability", |r| r.portability.as_ref()),
    ("objection", |r| r.objection.as_ref()),
    ("withdrawal", |r| r.withdrawal.as_ref()),
    ("complaint", |r| r.complaint.as_ref()),
];

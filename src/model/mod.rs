//! The notice model: how an organisation processes personal data.
//!
//! These types are the file format (TOML or JSON, kebab-case, unknown fields
//! refused), so every field carries the doc comment a model author needs.
//! Loading, locating errors and validation live in the submodules; see
//! `docs/model.md` for the format with examples.

mod address;
mod business_id;
mod counts;
mod date;
mod explain;
mod identity;
mod limits;
mod load;
mod local_name;
mod meaning;
mod missing;
mod namespaces;

mod raw;
mod schema;
mod sections;
mod source_map;
mod text;
mod toml_walk;
mod validate;
mod vat;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use crate::diagnostic::{Diagnostic, FieldPath, Location, Segment};
pub use address::Address;
pub use business_id::BusinessIdField;
pub use date::Date;
pub use limits::{MAX_TEXT_CHARS, validate_limits};
pub(crate) use limits::{describe as describe_char, refused_in_text};
pub use load::{Format, Loaded, parse, within_limits};
pub use local_name::LocalName;
pub use meaning::{CONSENT, Ground, ground};
pub use missing::missing_fields;
pub use namespaces::{NAMESPACES, Namespace, split_id};
pub use raw::to_json;
pub use schema::schema;
pub use sections::{
    CountryTransfer, Directories, PostTo, RIGHTS, Recording, Requests, SpecialCategories,
    has_adequacy,
};
pub use source_map::SourceMap;
pub use text::{ArgValue, Clause, OwnText, Text, made_from_key, made_from_lang, made_from_record};
pub use toml_walk::NodeMut as TomlNodeMut;
pub use validate::{GLOBAL_VARIABLES, validate, validate_langs};
pub use vat::VatError;

use crate::lang::{Lang, Layout};

/// A notice model, as written by its author.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Model {
    /// What the document is and when it was last updated.
    pub document: Document,
    /// The controllers; several for a group or for joint controllers.
    pub controllers: Vec<Controller>,
    /// Whom a data subject contacts about the register (Art. 13(1)(a)): the
    /// contact person or unit, Finnish notices' *yhteyshenkilö*, which is
    /// not the representative in the Union.
    pub contact: Contact,
    /// The representative in the Union (Art. 27), which only a controller
    /// established outside the EU/EEA has. Called `representative` in model
    /// v1.
    #[serde(default)]
    pub eu_representative: Option<Party>,
    /// What joint controllers have arranged between them (Art. 26(2)), when
    /// the controllers are joint controllers.
    #[serde(default)]
    pub joint_controllers: Option<JointControllers>,
    /// The data protection officer (Art. 37), if one is designated.
    #[serde(default)]
    pub dpo: Option<Dpo>,
    /// Whether Art. 37(1) requires a data protection officer, as the
    /// controller has assessed it. Not printed: `true` without `[dpo]` is an
    /// error of `seloste check`, and `false` records that the assessment was
    /// made, which silences its `dpo-consider` warning.
    #[serde(default)]
    pub dpo_required: Option<bool>,
    /// A text printed before the purposes, e.g. who counts as a customer.
    #[serde(default)]
    pub purposes_note: Option<Text>,
    /// The purposes of processing, each with its legal basis (Art. 13(1)(c)).
    pub purposes: Vec<Purpose>,
    /// The categories of personal data (Art. 14(1)(d)).
    #[serde(default)]
    pub data: Vec<Text>,
    /// The groups of people whose data is processed.
    #[serde(default)]
    pub subjects: Vec<Text>,
    /// A text printed after the data subject groups.
    #[serde(default)]
    pub subjects_note: Option<Text>,
    /// Where the data comes from (Art. 14(2)(f)).
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Who receives the data: disclosures and processors (Art. 13(1)(e)).
    #[serde(default)]
    pub recipients: Recipients,
    /// Transfers outside the EU/EEA, their grounds and safeguards (Art. 13(1)(f)).
    #[serde(default)]
    pub transfers: Transfers,
    /// How long the data is kept, or the criteria (Art. 13(2)(a)).
    #[serde(default)]
    pub retention: Vec<Text>,
    /// Camera surveillance, visitor logs and call recording.
    #[serde(default)]
    pub surveillance: Vec<Text>,
    /// Cookies and web analytics.
    #[serde(default)]
    pub cookies: Vec<Text>,
    /// Automated decision-making, including profiling (Art. 13(2)(f)).
    #[serde(default)]
    pub automated_decisions: Option<Text>,
    /// Whether providing the data is a statutory or contractual requirement,
    /// and what follows from not providing it (Art. 13(2)(e)).
    #[serde(default)]
    pub requirement: Option<Text>,
    /// How a data subject makes a request to exercise their rights.
    #[serde(default)]
    pub rights_request: Option<Text>,
    /// How consent is withdrawn (Art. 7(3), 13(2)(c)); printed with the
    /// rights when a purpose is based on consent.
    #[serde(default)]
    pub consent_withdrawal: Option<Text>,
    /// The supervisory authority a complaint goes to (Art. 13(2)(d)).
    #[serde(default)]
    pub authority: Authority,
    /// How the register is protected.
    #[serde(default)]
    pub security: Security,
    /// The information systems used.
    #[serde(default)]
    pub systems: Vec<Text>,
    /// The signature block at the end of the notice.
    #[serde(default)]
    pub signature: Option<Signature>,
    /// A folder of the organisation's own Fluent files (`fi/`, `sv/`, `en/`
    /// of `.ftl` files), relative to the model, that replace catalogue
    /// messages or add clauses under new keys.
    #[serde(default)]
    pub wording: Option<String>,
    // The optional sections (src/model/sections/).
    /// Manual (paper) material: what paper files there are and where they
    /// are kept, as `manual-…` clauses or own text (how they are protected
    /// stays in `security.manual`).
    #[serde(default)]
    pub manual_material: Vec<Text>,
    /// How the rights are used: the general procedure and one per right
    /// (Art. 12(2), 12(3)). `rights-request` still works beside it.
    #[serde(default)]
    pub requests: Option<Requests>,
    /// Recording of customer service calls and messages.
    #[serde(default)]
    pub recording: Option<Recording>,
    /// Subscriber directories and mailing lists, published unless refused.
    #[serde(default)]
    pub directories: Option<Directories>,
    /// The web analytics services used, as `analytics-…` clauses (Google
    /// Analytics, Matomo, …, some with a value for a link) or own text;
    /// printed in the cookies section.
    #[serde(default)]
    pub analytics: Vec<Text>,
    /// Special categories of personal data (Art. 9) and criminal data (Art. 10).
    #[serde(default)]
    pub special_categories: Option<SpecialCategories>,
    /// On what ground personal identity codes are processed (Finnish Data
    /// Protection Act 1050/2018, section 29): `identity-code-…` clauses or
    /// own text.
    #[serde(default)]
    pub identity_code: Vec<Text>,
    /// Further processing for a new purpose (Art. 13(3), 14(4)) and when
    /// data from other sources is told of (Art. 14(3)): `further-…` clauses
    /// or own text.
    #[serde(default)]
    pub further_processing: Vec<Text>,
    /// What follows from not providing the data (Art. 13(2)(e)), beside
    /// `requirement`: `consequence-…` clauses (e.g. `no-connection`) or own text.
    #[serde(default)]
    pub requirement_consequences: Vec<Text>,
}

/// What the document is.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Document {
    /// The register's name.
    #[serde(default)]
    pub register: Option<Text>,
    /// When the notice was last updated; also the PDF's date.
    pub updated: Date,
    /// A version printed in the letterhead, e.g. `2023.1`.
    #[serde(default)]
    pub version: Option<String>,
    /// The languages the notice is promised in; rendered by default.
    #[serde(default = "default_languages")]
    pub languages: Vec<Lang>,
    /// Two promised languages printed side by side in one document, e.g.
    /// `fi+sv`: rendered by default instead of one document for each.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub layout: Option<Layout>,
    /// A paragraph under the title.
    #[serde(default)]
    pub intro: Option<Text>,
    /// A logo for the letterhead.
    #[serde(default)]
    pub logo: Option<Logo>,
}

fn default_languages() -> Vec<Lang> {
    vec![Lang::Fi]
}

/// A logo image, relative to the model file.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Logo {
    /// Path to an SVG, PNG or JPEG file, relative to the model.
    pub path: String,
    /// What the logo shows, for screen readers (required by PDF/UA).
    pub alt: Text,
}

/// A controller (Art. 13(1)(a)).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Controller {
    /// The registered name.
    pub name: String,
    /// The Finnish Business ID (Y-tunnus), e.g. `2039096-6`, checked by its
    /// check digit. Optional: an association or a foreign controller may
    /// have none (`seloste check` warns `no-business-id` unless a
    /// `registration` is given).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub business_id: Option<BusinessIdField>,
    /// Another registration that identifies the controller: a foreign
    /// company's number in its own country's register, or a Finnish
    /// association's number in the Register of Associations.
    #[serde(default)]
    pub registration: Option<Registration>,
    /// Whether the controller is VAT-registered: its VAT number (`FI` and
    /// the business ID's digits) is then printed, labelled. Never printed
    /// otherwise.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub vat: bool,
    /// The VAT number, when it is not derived from a Finnish business ID
    /// (a foreign controller's), e.g. `SE556677889901`; a Finnish one must
    /// agree with `business-id`. Printed, labelled; implies `vat = true`.
    #[serde(default)]
    pub vat_number: Option<String>,
    /// Street address.
    pub street: String,
    /// Postal code.
    pub postal_code: String,
    /// Post town.
    pub city: String,
    /// Country as an ISO 3166 code; Finland unless said otherwise.
    #[serde(default = "default_country")]
    pub country: String,
    /// Telephone number.
    #[serde(default)]
    pub phone: Option<String>,
    /// Email address.
    #[serde(default)]
    pub email: Option<String>,
    /// Web address.
    #[serde(default)]
    pub web: Option<String>,
}

fn default_country() -> String {
    "FI".to_string()
}

/// The contact for matters concerning the register.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Contact {
    /// A person's or a unit's name: written once, or per language for a unit that has a name in each (asiakaspalvelu, kundtjänst).
    pub name: LocalName,
    /// Email address for requests.
    pub email: String,
    /// Telephone number.
    #[serde(default)]
    pub phone: Option<String>,
    /// Street address, if requests may be posted.
    #[serde(default)]
    pub street: Option<String>,
    /// Postal code.
    #[serde(default)]
    pub postal_code: Option<String>,
    /// Post town.
    #[serde(default)]
    pub city: Option<String>,
}

/// A representative in the Union (Art. 27).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Party {
    /// Name.
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
    /// Country as an ISO 3166 code.
    #[serde(default)]
    pub country: Option<String>,
    /// Email address.
    #[serde(default)]
    pub email: Option<String>,
    /// Telephone number.
    #[serde(default)]
    pub phone: Option<String>,
}

/// A registration other than a Finnish business ID.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Registration {
    /// What the number is, printed as its label: a catalogue key of the
    /// `registration-` namespace (`association-register`,
    /// `trade-register`, `number`) or own text, e.g.
    /// `{ fi = "Companies House -numero", sv = …, en = "Companies House number" }`.
    pub label: Text,
    /// The number as the register writes it, e.g. `212.345` or `01234567`.
    pub number: String,
}

/// What joint controllers have arranged (Art. 26).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct JointControllers {
    /// The essence of the arrangement: who is responsible for what, in
    /// particular for informing data subjects and answering their requests
    /// (Art. 26(2)). Namespace `joint-`.
    pub arrangement: Text,
    /// The name of the controller that is the contact point for data
    /// subjects (Art. 26(1)), one of `controllers[].name`. Data subjects may
    /// still exercise their rights against each controller (Art. 26(3)),
    /// which the notice says.
    #[serde(default)]
    pub contact_point: Option<String>,
}

/// A data protection officer (Art. 37), who may be external: a group's, a
/// municipality's or a service company's.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Dpo {
    /// Name; may be left out when a role address is given.
    #[serde(default)]
    pub name: Option<String>,
    /// The organisation the officer belongs to, when it is not the
    /// controller (an external DPO).
    #[serde(default)]
    pub organisation: Option<String>,
    /// Email address.
    pub email: String,
    /// Telephone number.
    #[serde(default)]
    pub phone: Option<String>,
    /// Street address, where the officer may be written to.
    #[serde(default)]
    pub street: Option<String>,
    /// Postal code.
    #[serde(default)]
    pub postal_code: Option<String>,
    /// Post town.
    #[serde(default)]
    pub city: Option<String>,
    /// Country as an ISO 3166 code, when it is not the controller's.
    #[serde(default)]
    pub country: Option<String>,
}

/// A purpose of processing with its legal basis.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Purpose {
    /// What the data is used for.
    pub purpose: Text,
    /// The legal basis under Art. 6(1). Required: a model without one still
    /// loads, so that `seloste check` can report it with its article, but it
    /// cannot be rendered.
    #[serde(default)]
    pub basis: Option<Basis>,
    /// The legitimate interest pursued, when the basis is legitimate interests.
    #[serde(default)]
    pub interest: Option<Text>,
    /// Whether the purpose is direct marketing, including profiling related
    /// to it: the notice then prints the Art. 21(2) right to object to it,
    /// separately and clearly, whatever the basis. Catalogue purposes that
    /// are direct marketing (`direct-marketing`, `newsletter`, …) are marked
    /// by the catalogue; set this for a purpose written as own text.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub direct_marketing: bool,
}

/// A legal basis under Art. 6(1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    /// Art. 6(1)(a).
    Consent,
    /// Art. 6(1)(b).
    Contract,
    /// Art. 6(1)(c).
    LegalObligation,
    /// Art. 6(1)(d).
    VitalInterests,
    /// Art. 6(1)(e).
    PublicTask,
    /// Art. 6(1)(f).
    LegitimateInterests,
}

impl Basis {
    /// The name used in the model and in catalogue ids (`basis-<name>`).
    pub fn name(self) -> &'static str {
        match self {
            Basis::Consent => "consent",
            Basis::Contract => "contract",
            Basis::LegalObligation => "legal-obligation",
            Basis::VitalInterests => "vital-interests",
            Basis::PublicTask => "public-task",
            Basis::LegitimateInterests => "legitimate-interests",
        }
    }
}

/// A source of personal data; a bare string is a catalogue key.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Source {
    /// The source.
    pub source: Text,
    /// What is obtained from it.
    pub details: Option<Text>,
    /// Whether the source is publicly accessible (Art. 14(2)(f)).
    pub public: bool,
}

/// The table form of [`Source`].
#[derive(Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct SourceTable {
    source: Text,
    #[serde(default)]
    details: Option<Text>,
    #[serde(default)]
    public: bool,
}

impl<'de> Deserialize<'de> for Source {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Source;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a catalogue key (\"ytj\") or a table { source = …, details = … }")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Source, E> {
                Ok(Source {
                    source: Text::key(v),
                    details: None,
                    public: false,
                })
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Source, A::Error> {
                let t =
                    SourceTable::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                Ok(Source {
                    source: t.source,
                    details: t.details,
                    public: t.public,
                })
            }
        }
        d.deserialize_any(V)
    }
}

/// Recipients of the data.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Recipients {
    /// Regular disclosures and the rules for them.
    #[serde(default)]
    pub disclosures: Vec<Text>,
    /// Processors and third-party services.
    #[serde(default)]
    pub processors: Vec<Processor>,
}

/// A processor or third-party service.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Processor {
    /// The company, e.g. `Microsoft`.
    pub name: String,
    /// The service it provides.
    pub service: Text,
    /// Where the data is processed, as an ISO 3166 code.
    #[serde(default)]
    pub country: Option<String>,
    /// A link to its privacy policy.
    #[serde(default)]
    pub policy: Option<String>,
    /// A processor processes the data on our behalf; an independent
    /// controller, such as a payment institution, also uses the data it
    /// receives for its own purposes.
    #[serde(default)]
    pub role: Role,
}

/// A recipient's role in the processors' table: the reader's rights and the
/// privacy notice that governs differ between the two, so the table says
/// which when its rows differ.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// A processor (Art. 28): it processes the data on our behalf.
    #[default]
    Processor,
    /// An independent controller: it decides for itself why and how it
    /// processes the data it receives, under its own privacy notice.
    Controller,
}

/// Transfers outside the EU/EEA.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Transfers {
    /// Whether any data is transferred outside the EU/EEA.
    #[serde(default)]
    pub outside_eea: bool,
    /// What the notice says about transfers.
    #[serde(default)]
    pub texts: Vec<Text>,
    /// The grounds and safeguards of the transfers (Art. 45, 46).
    #[serde(default)]
    pub safeguards: Vec<Text>,
    /// The transfers country by country, each with its grounds: the
    /// Commission's adequacy decision for the country (printed with its
    /// date), Art. 46 safeguards or Art. 49 derogations.
    #[serde(default)]
    pub countries: Vec<CountryTransfer>,
    /// How a copy of the safeguards is obtained (Art. 13(1)(f)): a `copy-…`
    /// clause or own text, printed after the grounds. (`copy-on-request`
    /// among `safeguards` still works as in v1.)
    #[serde(default)]
    pub copy: Option<Text>,
}

/// How the register is protected.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Security {
    /// Manual (paper) material.
    #[serde(default)]
    pub manual: Vec<Text>,
    /// Electronically processed data.
    #[serde(default)]
    pub electronic: Vec<Text>,
}

/// A supervisory authority.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Authority {
    /// The Office of the Data Protection Ombudsman (Finland).
    #[default]
    Fi,
}

impl Authority {
    /// The id used in catalogue messages (`authority-<id>-name`).
    pub fn id(self) -> &'static str {
        match self {
            Authority::Fi => "fi",
        }
    }
}

/// The signature block.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Signature {
    /// Where the notice is signed: a town written once is printed in each language's form of its name (Tampere, Tammerfors), or written per language.
    pub place: LocalName,
    /// Who signs it.
    pub signer: String,
    /// The signer's title.
    #[serde(default)]
    pub title: Option<Text>,
    /// Whether the PDF gets an empty digital signature field over the
    /// signature line (on by default).
    #[serde(default = "yes")]
    pub field: bool,
    /// The signature field's name, which signing tools ask for.
    #[serde(default = "default_field_name")]
    pub field_name: String,
}

fn yes() -> bool {
    true
}

fn default_field_name() -> String {
    "Signature1".to_string()
}

/// A text of the model with where it stands and the namespace of its keys.
#[derive(Debug, Clone)]
pub struct TextRef<'a> {
    /// Where the text is in the model.
    pub path: FieldPath,
    /// The catalogue namespace its key is looked up in, e.g. `purpose`.
    pub namespace: Namespace,
    /// The text.
    pub text: &'a Text,
}

impl Model {
    /// The country of the notice's own contact details (the contact, the
    /// DPO): those of the first controller, who speaks for the others.
    pub fn country(&self) -> &str {
        self.controllers
            .first()
            .map_or("FI", |c| c.country.as_str())
    }

    /// Every text of the model with its path and namespace, in document order.
    ///
    /// Validation, translation and the completeness checks all walk this one
    /// list, so a new text field is registered here once.
    pub fn texts(&self) -> Vec<TextRef<'_>> {
        let mut out = Vec::new();
        let mut push = |path: FieldPath, namespace, text| {
            out.push(TextRef {
                path,
                namespace,
                text,
            })
        };
        let root = FieldPath::root;
        let doc = root().key("document");
        if let Some(t) = &self.document.register {
            push(doc.key("register"), Namespace::REGISTER, t);
        }
        if let Some(t) = &self.document.intro {
            push(doc.key("intro"), Namespace::CLAUSE, t);
        }
        if let Some(logo) = &self.document.logo {
            push(doc.key("logo").key("alt"), Namespace::CLAUSE, &logo.alt);
        }
        for (i, c) in self.controllers.iter().enumerate() {
            if let Some(r) = &c.registration {
                let at = root().key("controllers").index(i).key("registration");
                push(at.key("label"), Namespace::REGISTRATION, &r.label);
            }
        }
        if let Some(j) = &self.joint_controllers {
            let at = root().key("joint-controllers").key("arrangement");
            push(at, Namespace::JOINT, &j.arrangement);
        }
        if let Some(t) = &self.purposes_note {
            push(root().key("purposes-note"), Namespace::CLAUSE, t);
        }
        for (i, p) in self.purposes.iter().enumerate() {
            let at = root().key("purposes").index(i);
            push(at.key("purpose"), Namespace::PURPOSE, &p.purpose);
            if let Some(t) = &p.interest {
                push(at.key("interest"), Namespace::INTEREST, t);
            }
        }
        for (i, t) in self.data.iter().enumerate() {
            push(root().key("data").index(i), Namespace::DATA, t);
        }
        for (i, t) in self.subjects.iter().enumerate() {
            push(root().key("subjects").index(i), Namespace::SUBJECT, t);
        }
        if let Some(t) = &self.subjects_note {
            push(root().key("subjects-note"), Namespace::CLAUSE, t);
        }
        for (i, s) in self.sources.iter().enumerate() {
            let at = root().key("sources").index(i);
            push(at.key("source"), Namespace::SOURCE, &s.source);
            if let Some(t) = &s.details {
                push(at.key("details"), Namespace::SOURCE_DETAILS, t);
            }
        }
        let rec = root().key("recipients");
        for (i, t) in self.recipients.disclosures.iter().enumerate() {
            push(rec.key("disclosures").index(i), Namespace::DISCLOSURE, t);
        }
        for (i, p) in self.recipients.processors.iter().enumerate() {
            push(
                rec.key("processors").index(i).key("service"),
                Namespace::SERVICE,
                &p.service,
            );
        }
        let tr = root().key("transfers");
        for (i, t) in self.transfers.texts.iter().enumerate() {
            push(tr.key("texts").index(i), Namespace::TRANSFER, t);
        }
        for (i, t) in self.transfers.safeguards.iter().enumerate() {
            push(tr.key("safeguards").index(i), Namespace::SAFEGUARD, t);
        }
        for (field, ns, list) in [
            ("retention", Namespace::RETENTION, &self.retention),
            ("surveillance", Namespace::SURVEILLANCE, &self.surveillance),
            ("cookies", Namespace::COOKIES, &self.cookies),
        ] {
            for (i, t) in list.iter().enumerate() {
                push(root().key(field).index(i), ns, t);
            }
        }
        for (field, ns, text) in [
            (
                "automated-decisions",
                Namespace::AUTOMATED,
                &self.automated_decisions,
            ),
            ("requirement", Namespace::REQUIREMENT, &self.requirement),
            ("rights-request", Namespace::REQUEST, &self.rights_request),
            (
                "consent-withdrawal",
                Namespace::WITHDRAWAL,
                &self.consent_withdrawal,
            ),
        ] {
            if let Some(t) = text {
                push(root().key(field), ns, t);
            }
        }
        let sec = root().key("security");
        for (field, list) in [
            ("manual", &self.security.manual),
            ("electronic", &self.security.electronic),
        ] {
            for (i, t) in list.iter().enumerate() {
                push(sec.key(field).index(i), Namespace::SECURITY, t);
            }
        }
        for (i, t) in self.systems.iter().enumerate() {
            push(root().key("systems").index(i), Namespace::SYSTEM, t);
        }
        if let Some(t) = self.signature.as_ref().and_then(|s| s.title.as_ref()) {
            push(root().key("signature").key("title"), Namespace::TITLE, t);
        }
        out.extend(self.section_texts());
        out
    }

    /// The country codes the model names, with their paths.
    pub fn countries(&self) -> Vec<(FieldPath, &str)> {
        let mut out = Vec::new();
        for (i, c) in self.controllers.iter().enumerate() {
            out.push((
                FieldPath::root().key("controllers").index(i).key("country"),
                c.country.as_str(),
            ));
        }
        if let Some(c) = self
            .eu_representative
            .as_ref()
            .and_then(|r| r.country.as_deref())
        {
            out.push((FieldPath::root().key("eu-representative").key("country"), c));
        }
        if let Some(c) = self.dpo.as_ref().and_then(|d| d.country.as_deref()) {
            out.push((FieldPath::root().key("dpo").key("country"), c));
        }
        for (i, t) in self.transfers.countries.iter().enumerate() {
            let at = FieldPath::root().key("transfers").key("countries").index(i);
            out.push((at.key("country"), t.country.as_str()));
        }
        if let Some(c) = self
            .requests
            .as_ref()
            .and_then(|r| r.post_to.as_ref())
            .and_then(|p| p.country.as_deref())
        {
            let at = FieldPath::root().key("requests").key("post-to");
            out.push((at.key("country"), c));
        }
        for (i, p) in self.recipients.processors.iter().enumerate() {
            if let Some(c) = p.country.as_deref() {
                let at = FieldPath::root()
                    .key("recipients")
                    .key("processors")
                    .index(i);
                out.push((at.key("country"), c));
            }
        }
        out
    }

    /// The documents rendered when no languages are asked for: the side-by-side
    /// layout if the model has one, and each other promised language alone.
    pub fn default_layouts(&self) -> Vec<Layout> {
        let paired = self.document.layout.map(Layout::langs).unwrap_or_default();
        let mut out: Vec<Layout> = self.document.layout.into_iter().collect();
        out.extend(
            self.document
                .languages
                .iter()
                .filter(|l| !paired.contains(l))
                .map(|&l| Layout::Single(l)),
        );
        out
    }

    /// The legal bases the purposes use, each once, in order of first use.
    pub fn bases(&self) -> Vec<Basis> {
        let mut out: Vec<Basis> = Vec::new();
        for basis in self.purposes.iter().filter_map(|p| p.basis) {
            if !out.contains(&basis) {
                out.push(basis);
            }
        }
        out
    }
}

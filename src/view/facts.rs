//! What the notice says, as data rather than prose, in the document's first
//! language: the source of the machine-readable copy in the HTML notice
//! (JSON-LD). Every string is one the notice prints.

use serde::Serialize;

use super::error::ViewError;
use super::resolve::Resolver;
use super::sections::printed_rights;
use crate::model::{Model, Namespace, Text};

/// The facts of a notice.
#[derive(Debug, Clone, Serialize)]
pub struct Facts {
    /// The language of the texts.
    pub lang: String,
    /// The controllers.
    pub controllers: Vec<Party>,
    /// The contact for data protection matters: its email address.
    pub contact_email: String,
    /// Each purpose with its basis (`consent`, `contract`, …).
    pub purposes: Vec<(String, &'static str)>,
    /// The personal data, as the notice lists it.
    pub data: Vec<String>,
    /// The categories of data subjects.
    pub subjects: Vec<String>,
    /// The processors.
    pub processors: Vec<Recipient>,
    /// The regular disclosures, as written.
    pub disclosures: Vec<String>,
    /// The countries data is transferred to (ISO 3166 codes).
    pub countries: Vec<String>,
    /// The retention, as written.
    pub retention: Vec<String>,
    /// The rights the notice lists (`access`, `erasure`, …).
    pub rights: Vec<&'static str>,
    /// The supervisory authority's name.
    pub authority: String,
}

/// A controller.
#[derive(Debug, Clone, Serialize)]
pub struct Party {
    /// Its name.
    pub name: String,
    /// Its business ID, as printed.
    pub business_id: Option<String>,
    /// Its email address.
    pub email: Option<String>,
    /// Its web address.
    pub web: Option<String>,
    /// Its country (ISO 3166).
    pub country: String,
}

/// A processor.
#[derive(Debug, Clone, Serialize)]
pub struct Recipient {
    /// The company.
    pub name: String,
    /// The service it provides, as printed.
    pub service: String,
    /// Its country (ISO 3166), if known.
    pub country: Option<String>,
}

/// The facts of `n` in the resolver's language.
pub(super) fn facts(r: &Resolver, n: &Model) -> Result<Facts, ViewError> {
    let texts = |namespace: Namespace, texts: &[Text]| {
        texts
            .iter()
            .map(|t| r.text(namespace, t).map(|t| t.flatten()))
            .collect::<Result<Vec<_>, _>>()
    };
    let mut purposes = Vec::new();
    for p in &n.purposes {
        if let Some(basis) = p.basis {
            purposes.push((
                r.text(Namespace::PURPOSE, &p.purpose)?.flatten(),
                basis.name(),
            ));
        }
    }
    let mut processors = Vec::new();
    for p in &n.recipients.processors {
        processors.push(Recipient {
            name: p.name.clone(),
            service: r.text(Namespace::SERVICE, &p.service)?.flatten(),
            country: p.country.clone(),
        });
    }
    Ok(Facts {
        lang: r.lang.code().to_string(),
        controllers: n
            .controllers
            .iter()
            .map(|c| Party {
                name: c.name.clone(),
                business_id: c
                    .business_id
                    .as_ref()
                    .and_then(|b| b.parsed().ok())
                    .map(|b| b.to_string()),
                email: c.email.clone(),
                web: c.web.clone(),
                country: c.country.clone(),
            })
            .collect(),
        contact_email: n.contact.email.clone(),
        purposes,
        data: texts(Namespace::DATA, &n.data)?,
        subjects: texts(Namespace::SUBJECT, &n.subjects)?,
        processors,
        disclosures: texts(Namespace::DISCLOSURE, &n.recipients.disclosures)?,
        countries: n
            .transfers
            .countries
            .iter()
            .map(|c| c.country.clone())
            .collect(),
        retention: texts(Namespace::RETENTION, &n.retention)?,
        rights: printed_rights(n),
        authority: r.fixed(&format!("authority-{}-name", n.authority.id()))?,
    })
}

//! The machine-readable copy of the notice inside its page: JSON-LD in the
//! terms of the W3C Data Privacy Vocabulary (DPV, `https://w3id.org/dpv#`)
//! and its GDPR extension, where DPV has a term; the mapping is documented
//! in `docs/html.md`.

use serde_json::{Value, json};

use crate::view::{Facts, View};

/// DPV's GDPR concept of a legal basis of Art. 6(1).
fn basis(name: &str) -> &'static str {
    match name {
        "consent" => "eu-gdpr:A6-1-a",
        "contract" => "eu-gdpr:A6-1-b",
        "legal-obligation" => "eu-gdpr:A6-1-c",
        "vital-interests" => "eu-gdpr:A6-1-d",
        "public-task" => "eu-gdpr:A6-1-e",
        _ => "eu-gdpr:A6-1-f",
    }
}

/// DPV's GDPR concept of a right the notice lists.
fn right(name: &str) -> &'static str {
    match name {
        "access" => "eu-gdpr:A15",
        "rectification" => "eu-gdpr:A16",
        "erasure" => "eu-gdpr:A17",
        "restriction" => "eu-gdpr:A18",
        "portability" => "eu-gdpr:A20",
        "withdraw-consent" => "eu-gdpr:A7-3",
        _ => "eu-gdpr:A21",
    }
}

fn country(code: &str) -> Value {
    json!({ "@id": format!("loc:{}", code.to_ascii_uppercase()) })
}

fn described(kind: &str, texts: &[String]) -> Vec<Value> {
    texts
        .iter()
        .map(|t| json!({ "@type": kind, "dct:description": t }))
        .collect()
}

/// The JSON-LD document of a notice whose view was built for the web.
pub fn document(view: &View, facts: &Facts) -> Value {
    let [y, m, d] = view.date;
    let mut doc = json!({
        "@context": {
            "dpv": "https://w3id.org/dpv#",
            "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
            "loc": "https://w3id.org/dpv/loc#",
            "dct": "http://purl.org/dc/terms/",
            "schema": "https://schema.org/",
            "@language": facts.lang,
        },
        "@type": "dpv:PrivacyNotice",
        "dct:title": view.title,
        "dct:language": facts.lang,
        "dct:modified": { "@value": format!("{y:04}-{m:02}-{d:02}"), "@type": "http://www.w3.org/2001/XMLSchema#date" },
        "dpv:hasDataController": facts.controllers.iter().map(|c| {
            let mut party = json!({
                "@type": "dpv:DataController",
                "schema:name": c.name,
                "dpv:hasCountry": country(&c.country),
            });
            if let Some(id) = &c.business_id {
                party["schema:identifier"] = json!(id);
            }
            if let Some(email) = &c.email {
                party["schema:email"] = json!(email);
            }
            if let Some(web) = &c.web {
                party["schema:url"] = json!(web);
            }
            party
        }).collect::<Vec<_>>(),
        "schema:contactPoint": { "@type": "schema:ContactPoint", "schema:email": facts.contact_email },
        "dpv:hasPersonalDataHandling": facts.purposes.iter().map(|(purpose, b)| json!({
            "@type": "dpv:PersonalDataHandling",
            "dpv:hasPurpose": { "@type": "dpv:Purpose", "dct:description": purpose },
            "dpv:hasLegalBasis": { "@id": basis(b) },
        })).collect::<Vec<_>>(),
        "dpv:hasPersonalData": described("dpv:PersonalData", &facts.data),
        "dpv:hasDataSubject": described("dpv:DataSubject", &facts.subjects),
        "dpv:hasDataProcessor": facts.processors.iter().map(|p| {
            let mut processor = json!({
                "@type": "dpv:DataProcessor",
                "schema:name": p.name,
                "dct:description": p.service,
            });
            if let Some(c) = &p.country {
                processor["dpv:hasCountry"] = country(c);
            }
            processor
        }).collect::<Vec<_>>(),
        "dpv:hasRecipient": described("dpv:Recipient", &facts.disclosures),
        "dpv:hasThirdCountry": facts.countries.iter().map(|c| country(c)).collect::<Vec<_>>(),
        "dpv:hasStorageCondition": described("dpv:StorageDuration", &facts.retention),
        "dpv:hasRight": facts.rights.iter().map(|r| json!({ "@id": right(r) })).collect::<Vec<_>>(),
        "dpv:hasAuthority": { "@type": "dpv:SupervisoryAuthority", "schema:name": facts.authority },
    });
    if let Some(v) = &view.identity {
        doc["dct:identifier"] = json!(v);
    }
    doc
}

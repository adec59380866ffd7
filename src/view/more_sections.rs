//! The content of the sections model v2 added (issue 11, item 3), in one
//! language: special categories and criminal data, personal identity codes,
//! call and message recording, directories and mailing lists, further
//! processing, how to use the rights and manual material; and the parts
//! they add to v1 sections (transfers per country, named web analytics).
//!
//! Like the v1 sections, each returns `None` when the model has nothing for
//! it, so that v1 models print exactly what they printed before.

use fluent_bundle::FluentValue;

use super::Block;
use super::build::ViewError;
use super::resolve::Resolver;
use super::rich::Rich;
use super::sections::{Content, bullets, list, para, paras, rows};
use crate::model::{Ground, Namespace, Notice, RIGHTS, Text, ground, has_adequacy};

/// A bold lead-in line from the catalogue.
fn label(r: &Resolver, id: &str) -> Result<Block, ViewError> {
    Ok(Block::Label { text: r.fixed(id)? })
}

/// `Some(blocks)` unless there are none.
fn some(blocks: Vec<Block>) -> Content {
    Ok((!blocks.is_empty()).then_some(blocks))
}

/// Special categories (Art. 9(1)) with their Art. 9(2) conditions, and
/// criminal data (Art. 10).
pub fn special(r: &Resolver, n: &Notice) -> Content {
    let Some(s) = &n.special_categories else {
        return Ok(None);
    };
    let mut blocks = Vec::new();
    if let Some(mut b) = bullets(r, Namespace::SPECIAL, &s.data)? {
        blocks.push(label(r, "label-special-data")?);
        blocks.append(&mut b);
    }
    if let Some(mut b) = bullets(r, Namespace::CONDITION, &s.conditions)? {
        blocks.push(label(r, "label-special-conditions")?);
        blocks.append(&mut b);
    }
    blocks.extend(paras(r, Namespace::CRIMINAL, &s.criminal)?.unwrap_or_default());
    some(blocks)
}

/// The grounds for processing personal identity codes (Data Protection Act
/// 1050/2018, section 29).
pub fn identity_code(r: &Resolver, n: &Notice) -> Content {
    paras(r, Namespace::IDENTITY_CODE, &n.identity_code)
}

/// Recording of customer service calls and messages.
pub fn recording(r: &Resolver, n: &Notice) -> Content {
    let Some(rec) = n.recording.as_ref().filter(|rec| !rec.is_empty()) else {
        return Ok(None);
    };
    let mut blocks = Vec::new();
    for texts in [&rec.recorded, &rec.purposes] {
        blocks.extend(paras(r, Namespace::RECORDING, texts)?.unwrap_or_default());
    }
    if let Some(t) = &rec.retention {
        blocks.push(para(r.text(Namespace::RECORDING, t)?));
    }
    if rec.training {
        blocks.push(para(r.fixed("text-recording-training")?));
    }
    if let Some(mut b) = bullets(r, Namespace::LISTENER, &rec.listeners)? {
        blocks.push(label(r, "label-recording-listeners")?);
        blocks.append(&mut b);
    }
    some(blocks)
}

/// Directories and mailing lists, and how to refuse publication.
pub fn directories(r: &Resolver, n: &Notice) -> Content {
    let Some(d) = &n.directories else {
        return Ok(None);
    };
    let mut blocks = paras(r, Namespace::DIRECTORY, &d.published)?.unwrap_or_default();
    if let Some(t) = &d.refusal {
        blocks.push(para(r.text(Namespace::REFUSAL, t)?));
    }
    some(blocks)
}

/// Further processing for a new purpose and when data from other sources is
/// told of (Art. 13(3), 14(3), 14(4)).
pub fn further(r: &Resolver, n: &Notice) -> Content {
    paras(r, Namespace::FURTHER, &n.further_processing)
}

/// Manual (paper) material and where it is kept.
pub fn manual(r: &Resolver, n: &Notice) -> Content {
    paras(r, Namespace::MANUAL, &n.manual_material)
}

/// How the rights are used: the general procedure, the address requests
/// are posted to, the languages they are taken in, the time limit of Art.
/// 12(3), and a procedure for each right the model gives one.
pub fn requests(r: &Resolver, n: &Notice) -> Content {
    let Some(q) = &n.requests else {
        return Ok(None);
    };
    let mut blocks = paras(r, Namespace::PROCEDURE, &q.procedure)?.unwrap_or_default();
    let by_post = q
        .procedure
        .iter()
        .any(|t| matches!(t, Text::Key(c) if c.key == "by-post"));
    let post_to = match &q.post_to {
        Some(p) => Some((p.name.clone(), r.address(&p.address(), Some(n.country()))?)),
        None if by_post => Some((
            n.contact.name.clone(),
            r.address(&n.contact.address(), Some(n.country()))?,
        )),
        None => None,
    };
    if let Some((name, address)) = post_to {
        let value = match address {
            Some(a) => format!("{name}, {a}"),
            None => name,
        };
        blocks.push(rows(r, &[("label-request-post-to", Some(value))])?);
    }
    if !q.languages.is_empty() {
        let names = q
            .languages
            .iter()
            .map(|l| r.fixed(&format!("label-request-language-{}", l.code())))
            .collect::<Result<Vec<_>, _>>()?;
        let joined = join_or(r, &names)?;
        blocks.push(para(r.fixed_with(
            "text-request-languages",
            &[("languages", FluentValue::from(joined))],
        )?));
    }
    // Every `request-` clause of the catalogue already gives the time limit;
    // beside one (printed with the rights), it is not said twice.
    if !matches!(n.rights_request, Some(Text::Key(_))) {
        blocks.push(para(r.fixed("text-request-response")?));
    }
    let mut items = Vec::new();
    for (field, get) in RIGHTS {
        if let Some(t) = get(q) {
            let right = Rich::plain(r.fixed(&format!("label-request-{field}"))?);
            let procedure = r.text(Namespace::PROCEDURE, t)?;
            items.push(r.fixed_rich(
                "item-right-procedure",
                &[("right", right), ("procedure", procedure)],
            )?);
        }
    }
    if !items.is_empty() {
        blocks.push(label(r, "label-request-rights")?);
        blocks.push(list(items));
    }
    Ok(Some(blocks))
}

/// Names joined as the language joins alternatives: "A, B or C".
fn join_or(r: &Resolver, names: &[String]) -> Result<String, ViewError> {
    Ok(match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), r.fixed("joiner-or")?),
    })
}

/// The transfers country by country, then how a copy of the safeguards is
/// obtained: blocks appended to the v1 transfers section.
pub fn transfer_countries(r: &Resolver, n: &Notice) -> Result<Vec<Block>, ViewError> {
    let t = &n.transfers;
    let mut blocks = Vec::new();
    let mut items = Vec::new();
    for c in &t.countries {
        let mut grounds = Rich::default();
        for g in &c.grounds {
            if !grounds.is_empty() {
                grounds.push_str(" ");
            }
            grounds.append(country_ground(r, &c.country, g)?);
        }
        let country = Rich::plain(r.country(&c.country)?);
        items.push(match &c.recipients {
            Some(who) => r.fixed_rich(
                "item-transfer-country-recipients",
                &[
                    ("country", country),
                    ("recipients", Rich::plain(who.clone())),
                    ("grounds", grounds),
                ],
            )?,
            None => r.fixed_rich(
                "item-transfer-country",
                &[("country", country), ("grounds", grounds)],
            )?,
        });
    }
    if !items.is_empty() {
        blocks.push(label(r, "label-transfer-countries")?);
        blocks.push(list(items));
    }
    if let Some(copy) = &t.copy {
        blocks.push(para(r.text(Namespace::COPY, copy)?));
    }
    Ok(blocks)
}

/// A ground of a transfer to `country`: the generic adequacy clause becomes
/// the Commission's decision for that country, with its date.
fn country_ground(r: &Resolver, country: &str, g: &Text) -> Result<Rich, ViewError> {
    let generic_adequacy = matches!(g, Text::Key(c) if c.key == "adequacy-decision");
    if generic_adequacy && ground(g) == Some(Ground::Adequacy) && has_adequacy(country) {
        return Ok(Rich::plain(
            r.fixed(&format!("adequacy-{}", country.to_ascii_lowercase()))?,
        ));
    }
    r.text(Namespace::SAFEGUARD, g)
}

/// The named web analytics services, under their label: blocks appended to
/// the cookies section.
pub fn analytics(r: &Resolver, n: &Notice) -> Result<Vec<Block>, ViewError> {
    let Some(mut sentences) = paras(r, Namespace::ANALYTICS, &n.analytics)? else {
        return Ok(Vec::new());
    };
    let mut blocks = vec![label(r, "label-analytics")?];
    blocks.append(&mut sentences);
    Ok(blocks)
}

//! What the transfers and cookies sections add for named countries and
//! services, in one language: the transfers country by country with their
//! grounds, and the named web analytics services.

use super::blocks::{label, list, para, paras};
use super::data::Block;
use super::error::ViewError;
use super::resolve::Resolver;
use super::rich::Rich;
use crate::model::{Ground, Model, Namespace, Text, ground, has_adequacy};

/// The transfers country by country, then how a copy of the safeguards is
/// obtained: blocks appended to the transfers section.
pub fn transfer_countries(r: &Resolver, n: &Model) -> Result<Vec<Block>, ViewError> {
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
pub fn analytics(r: &Resolver, n: &Model) -> Result<Vec<Block>, ViewError> {
    let Some(mut sentences) = paras(r, Namespace::ANALYTICS, &n.analytics)? else {
        return Ok(Vec::new());
    };
    let mut blocks = vec![label(r, "label-analytics")?];
    blocks.append(&mut sentences);
    Ok(blocks)
}

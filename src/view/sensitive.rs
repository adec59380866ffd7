//! Data that the law guards more closely, in one language: special
//! categories and criminal data (Art. 9 and 10), and personal identity
//! codes (Data Protection Act 1050/2018, section 29).

use super::blocks::{Content, bullets, label, paras, some};
use super::resolve::Resolver;
use crate::model::{Model, Namespace};

/// Special categories (Art. 9(1)) with their Art. 9(2) conditions, and
/// criminal data (Art. 10).
pub fn special(r: &Resolver, n: &Model) -> Content {
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
pub fn identity_code(r: &Resolver, n: &Model) -> Content {
    paras(r, Namespace::IDENTITY_CODE, &n.identity_code)
}

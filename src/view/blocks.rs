//! The blocks a section is made of (paragraphs, lists, labelled rows,
//! lead-in lines), shared by the functions that make each section.

use super::data::Block;
use super::error::ViewError;
use super::resolve::Resolver;
use super::rich::Rich;
use crate::model::{Namespace, Text};

/// What a section function gives: its blocks, or `None` when the model has
/// nothing for the section (which then disappears in every language alike).
pub(super) type Content = Result<Option<Vec<Block>>, ViewError>;

pub(super) fn para(text: impl Into<Rich>) -> Block {
    Block::Para { text: text.into() }
}

pub(super) fn list(items: Vec<Rich>) -> Block {
    Block::List { items }
}

/// Paragraphs for a list of sentence clauses (an own text may hold several,
/// and lists); `None` when there are none.
pub(super) fn paras(r: &Resolver, namespace: Namespace, texts: &[Text]) -> Content {
    if texts.is_empty() {
        return Ok(None);
    }
    Ok(Some(r.flows(namespace, texts)?))
}

/// A bulleted list for a list of item clauses; `None` when there are none.
pub(super) fn bullets(r: &Resolver, namespace: Namespace, texts: &[Text]) -> Content {
    if texts.is_empty() {
        return Ok(None);
    }
    Ok(Some(vec![list(r.texts(namespace, texts)?)]))
}

/// A field's value as printed: an email or web address linked (by its
/// label), anything else as written.
fn field_value(label: &str, v: &str) -> Rich {
    match label {
        "label-email" => Rich::email(v),
        "label-web" => Rich::web(v),
        _ => Rich::plain(v),
    }
}

/// Label/value rows, leaving out values the model does not give.
pub(super) fn rows(r: &Resolver, pairs: &[(&str, Option<String>)]) -> Result<Block, ViewError> {
    let mut rows = Vec::new();
    for (label, value) in pairs {
        rows.extend(labelled(r, label, value.clone())?);
    }
    Ok(Block::Fields { rows })
}

/// A bold lead-in line from the catalogue.
pub(super) fn label(r: &Resolver, id: &str) -> Result<Block, ViewError> {
    Ok(Block::Label { text: r.fixed(id)? })
}

/// `Some(blocks)` unless there are none.
pub(super) fn some(blocks: Vec<Block>) -> Content {
    Ok((!blocks.is_empty()).then_some(blocks))
}

/// A label/value row, or `None` when the model gives no value.
pub(super) fn labelled(
    r: &Resolver,
    label: &str,
    value: Option<String>,
) -> Result<Option<(String, Rich)>, ViewError> {
    match value.filter(|v| !v.is_empty()) {
        Some(v) => Ok(Some((r.fixed(label)?, field_value(label, &v)))),
        None => Ok(None),
    }
}

/// A catalogue message's `yes` / `no` selector for `b`.
pub fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

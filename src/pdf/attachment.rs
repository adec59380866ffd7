//! Reading the attached notice model back out of a PDF.
//!
//! The template attaches the model file under a fixed name, `model.toml` or
//! `model.json` (the virtual paths the world serves it at, without the
//! slash), so the name tells the format and the PDF's bytes do not depend on
//! what the model file was called. The attachment is found through the
//! catalog's `/EmbeddedFiles` name tree, as every PDF reader finds it.

use std::collections::HashSet;

use lopdf::{Dictionary, Document, Object};

use crate::model::Format;

/// The virtual path of a TOML model, and (without the slash) its name in the PDF.
pub const MODEL_TOML: &str = "/model.toml";
/// The virtual path of a JSON model, and (without the slash) its name in the PDF.
pub const MODEL_JSON: &str = "/model.json";

/// The largest model seloste reads back; models are a few kilobytes, and the
/// limit keeps a hostile PDF from inflating a small stream into gigabytes.
const MAX_MODEL_BYTES: usize = 16 << 20;

/// A model file found attached to a PDF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttachedModel {
    /// Its name in the PDF: `model.toml` or `model.json`.
    pub name: String,
    /// The file's bytes, exactly as they were attached.
    pub bytes: Vec<u8>,
}

impl AttachedModel {
    /// The model's syntax, from its name.
    pub fn format(&self) -> Format {
        if self.name == MODEL_JSON[1..] {
            Format::Json
        } else {
            Format::Toml
        }
    }

    /// The extension a file of this model gets: `toml` or `json`.
    pub fn extension(&self) -> &'static str {
        match self.format() {
            Format::Json => "json",
            Format::Toml => "toml",
        }
    }
}

/// Why no model could be read from a file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AttachmentError {
    /// The file is not a PDF at all.
    #[error("it is not a PDF file (it does not start with %PDF-)")]
    NotPdf,
    /// The file starts like a PDF but cannot be read as one.
    #[error("the PDF is damaged: {0}")]
    Damaged(String),
    /// The PDF has no attached model.
    #[error(
        "the PDF has no attached notice model (it was not made by seloste, or made with --no-embed-model)"
    )]
    NoModel,
}

/// The model attached to `pdf`.
pub fn attached_model(pdf: &[u8]) -> Result<AttachedModel, AttachmentError> {
    if !super::is_pdf(pdf) {
        return Err(AttachmentError::NotPdf);
    }
    let damaged = |e: lopdf::Error| AttachmentError::Damaged(e.to_string());
    let doc = Document::load_mem(pdf).map_err(damaged)?;
    let catalog = doc.catalog().map_err(damaged)?;
    let Some(tree) = lookup(&doc, catalog, b"Names").and_then(|names| {
        let names = names.as_dict().ok()?;
        lookup(&doc, names, b"EmbeddedFiles")?.as_dict().ok()
    }) else {
        return Err(AttachmentError::NoModel);
    };
    for spec in name_tree_entries(&doc, tree) {
        let Some(name) = file_name(&doc, spec) else {
            continue;
        };
        if name != MODEL_TOML[1..] && name != MODEL_JSON[1..] {
            continue;
        }
        let stream = lookup(&doc, spec, b"EF")
            .and_then(|ef| ef.as_dict().ok())
            .and_then(|ef| lookup(&doc, ef, b"UF").or_else(|| lookup(&doc, ef, b"F")))
            .and_then(|s| s.as_stream().ok())
            .ok_or_else(|| {
                AttachmentError::Damaged(format!("the attachment {name} has no data"))
            })?;
        let bytes = stream
            .get_plain_content_with_limit(MAX_MODEL_BYTES)
            .map_err(damaged)?;
        return Ok(AttachedModel { name, bytes });
    }
    Err(AttachmentError::NoModel)
}

/// `dict[key]`, following a reference.
fn lookup<'a>(doc: &'a Document, dict: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    let value = dict.get(key).ok()?;
    doc.dereference(value).ok().map(|(_, v)| v)
}

/// The most name tree nodes visited. A real attachment tree is one node
/// (seloste writes one file); the bound keeps a tree of millions of direct
/// (unreferenced) nodes from costing more than reading it did.
const MAX_TREE_NODES: usize = 10_000;

/// The values of a name tree (file specifications), depth-first.
///
/// The walk is iterative and visits each referenced object once: a hostile
/// PDF whose `/Kids` list a node itself, or one node many times, would
/// otherwise be walked round the cycle (or `kids^depth` times) and hang
/// `extract` and `render`. Direct (unreferenced) kids cannot form a cycle,
/// and [`MAX_TREE_NODES`] bounds how many nodes are visited in all.
fn name_tree_entries<'a>(doc: &'a Document, root: &'a Dictionary) -> Vec<&'a Dictionary> {
    let mut out = Vec::new();
    let mut visited = HashSet::new();
    let mut stack = vec![root];
    let mut nodes = 0;
    while let Some(node) = stack.pop() {
        nodes += 1;
        if nodes > MAX_TREE_NODES {
            break;
        }
        if let Some(Object::Array(names)) = lookup(doc, node, b"Names") {
            for value in names.iter().skip(1).step_by(2) {
                if let Ok((_, Object::Dictionary(spec))) = doc.dereference(value) {
                    out.push(spec);
                }
            }
        }
        if let Some(Object::Array(kids)) = lookup(doc, node, b"Kids") {
            // Pushed in reverse, so that kids are visited in their order.
            for kid in kids.iter().rev() {
                if let Ok((id, Object::Dictionary(kid))) = doc.dereference(kid)
                    && id.is_none_or(|id| visited.insert(id))
                {
                    stack.push(kid);
                }
            }
        }
    }
    out
}

/// A file specification's file name: `/UF`, else `/F`.
fn file_name(doc: &Document, spec: &Dictionary) -> Option<String> {
    let name = lookup(doc, spec, b"UF").or_else(|| lookup(doc, spec, b"F"))?;
    lopdf::decode_text_string(name).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_file_is_not_a_pdf() {
        assert_eq!(
            attached_model(b"[document]\n").unwrap_err(),
            AttachmentError::NotPdf
        );
    }

    #[test]
    fn a_truncated_pdf_is_damaged() {
        let e = attached_model(b"%PDF-1.7\n1 0 obj\n<<").unwrap_err();
        assert!(matches!(e, AttachmentError::Damaged(_)), "{e:?}");
    }
}

//! Reading the attached notice model back out of a PDF.
//!
//! The template attaches the model file under a fixed name, `model.toml` or
//! `model.json` (the virtual paths the world serves it at, without the
//! slash), so the name tells the format and the PDF's bytes do not depend on
//! what the model file was called. The attachment is found through the
//! catalog's `/EmbeddedFiles` name tree, as every PDF reader finds it.

use std::collections::HashSet;

use lopdf::{Dictionary, Object};

use super::lazy::{Pdf, ReadError};

use crate::model::Format;

/// The virtual path of a TOML model, and (without the slash) its name in the PDF.
pub const MODEL_TOML: &str = "/model.toml";
/// The virtual path of a JSON model, and (without the slash) its name in the PDF.
pub const MODEL_JSON: &str = "/model.json";

/// The largest model seloste reads back: as large as a model file may be
/// (`MAX_MODEL_BYTES` of the notice). Models are a few kilobytes.
const MAX_MODEL_BYTES: usize = 4 << 20;

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
    /// Reading the PDF would cost more than seloste spends on one: a
    /// stream that inflates to more than 8 MiB, streams that inflate to
    /// more than 32 MiB in all, more than 10 000 objects on the way.
    #[error("{0}")]
    TooCostly(String),
    /// The PDF has no attached model.
    #[error(
        "the PDF has no attached notice model (it was not made by seloste, or made with --no-embed-model)"
    )]
    NoModel,
}

/// The model attached to `pdf`.
///
/// Only the objects on the way from the trailer to the attachment are read
/// (see [`lazy`](super::lazy)): the catalog, the name tree of embedded files,
/// the file specifications and the one stream. What that costs is bounded;
/// a PDF that would cost more is refused with [`AttachmentError::TooCostly`].
pub fn attached_model(pdf: &[u8]) -> Result<AttachedModel, AttachmentError> {
    if !super::is_pdf(pdf) {
        return Err(AttachmentError::NotPdf);
    }
    let doc = Pdf::open(pdf)?;
    let root = doc
        .get(doc.trailer(), b"Root")?
        .ok_or_else(|| AttachmentError::Damaged("the trailer names no catalog".into()))?;
    let Object::Dictionary(catalog) = root else {
        return Err(AttachmentError::Damaged(
            "the catalog is not a dictionary".into(),
        ));
    };
    let Some(Object::Dictionary(names)) = doc.get(&catalog, b"Names")? else {
        return Err(AttachmentError::NoModel);
    };
    let Some(Object::Dictionary(tree)) = doc.get(&names, b"EmbeddedFiles")? else {
        return Err(AttachmentError::NoModel);
    };
    for spec in name_tree_entries(&doc, tree)? {
        let Some(name) = file_name(&doc, &spec)? else {
            continue;
        };
        if name != MODEL_TOML[1..] && name != MODEL_JSON[1..] {
            continue;
        }
        let no_data = || AttachmentError::Damaged(format!("the attachment {name} has no data"));
        let Some(Object::Dictionary(ef)) = doc.get(&spec, b"EF")? else {
            return Err(no_data());
        };
        let stream = match doc.get(&ef, b"UF")? {
            Some(s) => Some(s),
            None => doc.get(&ef, b"F")?,
        };
        let Some(Object::Stream(stream)) = stream else {
            return Err(no_data());
        };
        let bytes = doc.decode(&stream, MAX_MODEL_BYTES + 1)?;
        if bytes.len() > MAX_MODEL_BYTES {
            return Err(AttachmentError::TooCostly(format!(
                "the attached model is larger than {} MiB",
                MAX_MODEL_BYTES >> 20
            )));
        }
        return Ok(AttachedModel { name, bytes });
    }
    Err(AttachmentError::NoModel)
}

impl From<ReadError> for AttachmentError {
    fn from(e: ReadError) -> Self {
        match e {
            ReadError::Damaged(what) => AttachmentError::Damaged(what),
            ReadError::Bound(what) => AttachmentError::TooCostly(what),
        }
    }
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
fn name_tree_entries(doc: &Pdf, root: Dictionary) -> Result<Vec<Dictionary>, AttachmentError> {
    let mut out = Vec::new();
    let mut visited = HashSet::new();
    let mut stack = vec![root];
    let mut nodes = 0;
    while let Some(node) = stack.pop() {
        nodes += 1;
        if nodes > MAX_TREE_NODES {
            break;
        }
        if let Some(Object::Array(names)) = doc.get(&node, b"Names")? {
            for value in names.iter().skip(1).step_by(2) {
                if let Object::Dictionary(spec) = doc.resolve(value)? {
                    out.push(spec);
                }
            }
        }
        if let Some(Object::Array(kids)) = doc.get(&node, b"Kids")? {
            // Pushed in reverse, so that kids are visited in their order.
            for kid in kids.iter().rev() {
                if let Object::Reference(id) = kid
                    && !visited.insert(*id)
                {
                    continue;
                }
                if let Object::Dictionary(kid) = doc.resolve(kid)? {
                    stack.push(kid);
                }
            }
        }
    }
    Ok(out)
}

/// A file specification's file name: `/UF`, else `/F`.
fn file_name(doc: &Pdf, spec: &Dictionary) -> Result<Option<String>, AttachmentError> {
    let name = match doc.get(spec, b"UF")? {
        Some(n) => Some(n),
        None => doc.get(spec, b"F")?,
    };
    Ok(name.and_then(|n| lopdf::decode_text_string(&n).ok()))
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

    /// A PDF whose catalog, name tree and file specification are compressed
    /// in an object stream, found through a cross-reference stream with a
    /// PNG predictor (as pyHanko and qpdf write them), attaching `model`.
    fn compressed_pdf(model: &[u8]) -> Vec<u8> {
        let z = |d: &[u8]| miniz_oxide::deflate::compress_to_vec_zlib(d, 6);
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 3 0 R >> >>",
            "<< /Type /Pages /Kids [] /Count 0 >>",
            "<< /Kids [4 0 R] >>",
            "<< /Limits [(model.toml) (model.toml)] /Names [(model.toml) 5 0 R] >>",
            "<< /Type /Filespec /F (model.toml) /UF <FEFF006D006F00640065006C002E0074006F006D006C> /EF << /F 7 0 R >> >>",
        ];
        let mut header = String::new();
        let mut body = String::new();
        for (i, o) in objects.iter().enumerate() {
            header += &format!("{} {} ", i + 1, body.len());
            body += o;
            body += "\n";
        }
        let objstm = z(format!("{header}{body}").as_bytes());
        let mut pdf = b"%PDF-1.7\n".to_vec();
        let mut offsets = Vec::new();
        offsets.push(pdf.len());
        pdf.extend(
            format!(
                "6 0 obj\n<< /Type /ObjStm /N 5 /First {} /Filter /FlateDecode /Length {} >>\nstream\n",
                header.len(),
                objstm.len()
            )
            .bytes(),
        );
        pdf.extend(&objstm);
        pdf.extend(b"\nendstream\nendobj\n");
        let data = z(model);
        offsets.push(pdf.len());
        pdf.extend(
            b"7 0 obj\n<< /Type /EmbeddedFile /Filter /FlateDecode /Length 8 0 R >>\nstream\n",
        );
        pdf.extend(&data);
        pdf.extend(b"\nendstream\nendobj\n");
        offsets.push(pdf.len());
        pdf.extend(format!("8 0 obj\n{}\nendobj\n", data.len()).bytes());
        let xref_at = pdf.len();
        // Rows of W [1 2 1], each after a PNG "Up" predictor byte.
        let mut rows: Vec<[u8; 4]> = vec![[0, 0, 0, 0]];
        for i in 0..5u8 {
            rows.push([2, 0, 6, i]);
        }
        for o in offsets.iter().chain([&xref_at]) {
            rows.push([1, (o >> 8) as u8, *o as u8, 0]);
        }
        let mut raw = Vec::new();
        let mut prev = [0u8; 4];
        for row in &rows {
            raw.push(2);
            for k in 0..4 {
                raw.push(row[k].wrapping_sub(prev[k]));
            }
            prev = *row;
        }
        let xref = z(&raw);
        pdf.extend(
            format!(
                "9 0 obj\n<< /Type /XRef /Size 10 /W [1 2 1] /Root 1 0 R /Filter /FlateDecode \
                 /DecodeParms << /Predictor 12 /Columns 4 >> /Length {} >>\nstream\n",
                xref.len()
            )
            .bytes(),
        );
        pdf.extend(&xref);
        pdf.extend(format!("\nendstream\nendobj\nstartxref\n{xref_at}\n%%EOF\n").bytes());
        pdf
    }

    #[test]
    fn an_attachment_behind_object_and_xref_streams_is_found() {
        let model = b"[document]\nupdated = 2026-11-01\n";
        let pdf = compressed_pdf(model);
        let found = attached_model(&pdf).unwrap();
        assert_eq!(found.name, "model.toml");
        assert_eq!(found.bytes, model);
        // The same file with its offsets moved (bytes added at the start
        // of the body): the objects are found by scanning.
        let mut moved = pdf.clone();
        moved.splice(9..9, *b"% moved\n");
        assert_eq!(attached_model(&moved).unwrap().bytes, model);
        // An attachment larger than a model may be is refused.
        let big = vec![b'#'; MAX_MODEL_BYTES + 1];
        let e = attached_model(&compressed_pdf(&big)).unwrap_err();
        assert!(matches!(e, AttachmentError::TooCostly(_)), "{e:?}");
    }

    #[test]
    fn a_truncated_pdf_is_damaged() {
        let e = attached_model(b"%PDF-1.7\n1 0 obj\n<<").unwrap_err();
        assert!(matches!(e, AttachmentError::Damaged(_)), "{e:?}");
    }
}

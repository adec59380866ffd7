//! The empty signature field over the printed signature line.
//!
//! The field is appended to typst's PDF as an incremental update, so typst's
//! bytes stay an exact prefix of the file. What it takes to keep the file
//! PDF/A-2 (or -3) and PDF/UA-1 conformant, item by item:
//!
//! - the field is merged with its widget annotation: `/FT /Sig`, a partial
//!   name `/T`, an alternate name `/TU` in the document's language(s) for
//!   assistive technology (PDF/UA-1 7.18.1);
//! - `/F 4`: printed, never hidden (PDF/A-2 6.3.2);
//! - an appearance dictionary with only `/N`, an empty form XObject
//!   (PDF/A-2 6.3.3); no `/A` or `/AA` actions (6.4.1);
//! - the catalog's `/AcroForm` lists the field and sets `/SigFlags 1`
//!   (SignaturesExist); it has no `/NeedAppearances` (6.4.1);
//! - the page lists the widget in `/Annots` and has `/Tabs /S` (PDF/UA-1 7.18.3);
//! - the widget is tagged: a `Form` structure element whose only child is an
//!   object reference (`/OBJR`) to the widget, appended to the document
//!   element (the signature block is the template's last content, so reading
//!   order is kept); the widget's `/StructParent` is a new key of the
//!   structure tree's ParentTree, whose value is the `Form` element
//!   (PDF/UA-1 7.18.4, ISO 32000-1 14.7.4.4).

use lopdf::{Dictionary, Document, IncrementalDocument, Object, ObjectId, Stream, dictionary};

use crate::typeset::SignatureArea;

/// The field to add.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureField {
    /// Its name (`/T`), which signing tools ask for, e.g. `Signature1`.
    pub name: String,
    /// What it is, for assistive technology (`/TU`), in the document's language(s).
    pub tooltip: String,
}

/// The field could not be added: typst's output is not shaped as expected.
/// A bug in seloste, never the user's input.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot add the signature field: {0}")]
pub struct FieldError(String);

impl From<lopdf::Error> for FieldError {
    fn from(e: lopdf::Error) -> Self {
        FieldError(e.to_string())
    }
}

/// Appends `field` over `area` to `pdf`, returning the whole updated file.
pub fn add_signature_field(
    pdf: Vec<u8>,
    area: &SignatureArea,
    field: &SignatureField,
) -> Result<Vec<u8>, FieldError> {
    let document = Document::load_mem(&pdf)?;
    let mut update = IncrementalDocument::create_from(pdf, document);
    let found = Found::in_document(update.get_prev_documents(), area)?;
    let rect = rectangle(area);

    let new = &mut update.new_document;
    let appearance = new.add_object(empty_appearance(area.width, area.height));
    let widget_id = new.new_object_id();
    let form_id = new.new_object_id();
    new.objects.insert(
        widget_id,
        Object::Dictionary(dictionary! {
            "Type" => "Annot",
            "Subtype" => "Widget",
            "FT" => "Sig",
            "T" => lopdf::text_string(&field.name),
            "TU" => lopdf::text_string(&field.tooltip),
            "F" => 4,
            "Rect" => rect.iter().map(|&v| Object::Real(v as f32)).collect::<Vec<_>>(),
            "P" => found.page,
            "AP" => dictionary! { "N" => appearance },
            "StructParent" => found.parent_key,
        }),
    );
    new.objects.insert(
        form_id,
        Object::Dictionary(dictionary! {
            "Type" => "StructElem",
            "S" => "Form",
            "P" => found.document_elem,
            "Pg" => found.page,
            "K" => dictionary! {
                "Type" => "OBJR",
                "Obj" => widget_id,
                "Pg" => found.page,
            },
        }),
    );
    let acro_form = new.add_object(dictionary! {
        "Fields" => vec![Object::Reference(widget_id)],
        "SigFlags" => 1,
    });

    let page = edit(&mut update, found.page)?;
    page.set("Tabs", Object::Name(b"S".to_vec()));
    append_to_array(&mut update, found.page, b"Annots", widget_id)?;
    append_to_array(&mut update, found.document_elem, b"K", form_id)?;
    add_to_parent_tree(&mut update, &found, form_id)?;
    edit(&mut update, found.catalog)?.set("AcroForm", acro_form);

    let mut out = Vec::new();
    update
        .save_to(&mut out)
        .map_err(|e| FieldError(e.to_string()))?;
    Ok(out)
}

/// The field's rectangle in PDF user space (origin at the bottom left):
/// the area above the line, `[left, bottom, right, top]`.
fn rectangle(area: &SignatureArea) -> [f64; 4] {
    let bottom = area.page_height - area.y;
    [area.x, bottom, area.x + area.width, bottom + area.height]
}

/// An empty form XObject: the field shows nothing until it is signed.
fn empty_appearance(width: f64, height: f64) -> Stream {
    let dict = dictionary! {
        "Type" => "XObject",
        "Subtype" => "Form",
        "BBox" => vec![0.into(), 0.into(), Object::Real(width as f32), Object::Real(height as f32)],
        "Resources" => Dictionary::new(),
    };
    Stream::new(dict, Vec::new())
}

/// The objects of typst's PDF that the update changes or points to.
struct Found {
    catalog: ObjectId,
    page: ObjectId,
    struct_tree_root: ObjectId,
    document_elem: ObjectId,
    parent_key: i64,
}

impl Found {
    fn in_document(doc: &Document, area: &SignatureArea) -> Result<Found, FieldError> {
        let catalog = doc.trailer.get(b"Root")?.as_reference()?;
        let catalog_dict = doc.get_dictionary(catalog)?;
        if catalog_dict.has(b"AcroForm") {
            return Err(FieldError("the PDF already has a form".into()));
        }
        let page = *doc
            .get_pages()
            .get(&(area.page as u32 + 1))
            .ok_or_else(|| FieldError(format!("the PDF has no page {}", area.page + 1)))?;
        let media_box = doc.get_dictionary(page)?.get_deref(b"MediaBox", doc)?;
        let height = match media_box.as_array()?.as_slice() {
            [_, y0, _, y1] => f64::from(y1.as_float()? - y0.as_float()?),
            _ => return Err(FieldError("the page's MediaBox is malformed".into())),
        };
        if (height - area.page_height).abs() > 0.01 {
            return Err(FieldError(format!(
                "the page is {height} pt high in the PDF but {} pt in the layout",
                area.page_height
            )));
        }
        let struct_tree_root = catalog_dict
            .get(b"StructTreeRoot")
            .and_then(Object::as_reference)
            .map_err(|_| FieldError("the PDF is not tagged".into()))?;
        let root = doc.get_dictionary(struct_tree_root)?;
        let document_elem = match root.get(b"K")? {
            Object::Reference(id) => *id,
            Object::Array(kids) => kids
                .iter()
                .find_map(|k| k.as_reference().ok())
                .ok_or_else(|| FieldError("the structure tree is empty".into()))?,
            _ => {
                return Err(FieldError(
                    "the structure tree has no document element".into(),
                ));
            }
        };
        let parent_key = match root.get(b"ParentTreeNextKey") {
            Ok(k) => k.as_i64()?,
            Err(_) => next_key(doc, root.get_deref(b"ParentTree", doc)?.as_dict()?)?,
        };
        Ok(Found {
            catalog,
            page,
            struct_tree_root,
            document_elem,
            parent_key,
        })
    }
}

/// One more than the largest key of a number tree.
fn next_key(doc: &Document, node: &Dictionary) -> Result<i64, FieldError> {
    let mut max = -1;
    if let Ok(nums) = node.get(b"Nums").and_then(Object::as_array) {
        for key in nums.iter().step_by(2) {
            max = max.max(key.as_i64()?);
        }
    }
    if let Ok(kids) = node.get(b"Kids").and_then(Object::as_array) {
        for kid in kids {
            let kid = doc.get_dictionary(kid.as_reference()?)?;
            max = max.max(next_key(doc, kid)? - 1);
        }
    }
    Ok(max + 1)
}

/// The dictionary `id` in the update, copied there from typst's PDF first.
fn edit(update: &mut IncrementalDocument, id: ObjectId) -> Result<&mut Dictionary, FieldError> {
    update.opt_clone_object_to_new_document(id)?;
    Ok(update.new_document.get_dictionary_mut(id)?)
}

/// Appends a reference to the array `key` of the dictionary `id`, which may
/// be missing, a single object (made an array), or a reference to an array.
fn append_to_array(
    update: &mut IncrementalDocument,
    id: ObjectId,
    key: &[u8],
    item: ObjectId,
) -> Result<(), FieldError> {
    let current = edit(update, id)?.get(key).ok().cloned();
    let items = match current {
        None => vec![Object::Reference(item)],
        Some(Object::Array(mut items)) => {
            items.push(Object::Reference(item));
            items
        }
        Some(Object::Reference(array_id)) => {
            let mut items = update
                .get_prev_documents()
                .get_object(array_id)?
                .as_array()?
                .clone();
            items.push(Object::Reference(item));
            update
                .new_document
                .objects
                .insert(array_id, Object::Array(items));
            return Ok(());
        }
        Some(single) => vec![single, Object::Reference(item)],
    };
    edit(update, id)?.set(key, items);
    Ok(())
}

/// Adds `key → elem` to the structure tree's ParentTree and moves
/// ParentTreeNextKey on. The key is larger than every key in the tree, so it
/// goes at the end: of the flat `/Nums` typst writes, or as a new last leaf
/// of a tree with `/Kids`.
fn add_to_parent_tree(
    update: &mut IncrementalDocument,
    found: &Found,
    elem: ObjectId,
) -> Result<(), FieldError> {
    let key = found.parent_key;
    let entry = vec![Object::Integer(key), Object::Reference(elem)];
    let (indirect, direct) = {
        let root = edit(update, found.struct_tree_root)?;
        root.set("ParentTreeNextKey", key + 1);
        match root.get(b"ParentTree") {
            Ok(Object::Reference(id)) => (Some(*id), None),
            Ok(Object::Dictionary(tree)) => (None, Some(tree.clone())),
            _ => (None, None),
        }
    };
    let mut tree = match indirect {
        Some(id) => update.get_prev_documents().get_dictionary(id)?.clone(),
        None => direct.unwrap_or_default(),
    };
    if let Ok(kids) = tree.get_mut(b"Kids").and_then(Object::as_array_mut) {
        let leaf = update.new_document.add_object(dictionary! {
            "Limits" => vec![Object::Integer(key), Object::Integer(key)],
            "Nums" => entry,
        });
        kids.push(Object::Reference(leaf));
    } else if let Ok(nums) = tree.get_mut(b"Nums").and_then(Object::as_array_mut) {
        nums.extend(entry);
    } else {
        tree.set("Nums", entry);
    }
    match indirect {
        Some(id) => {
            update
                .new_document
                .objects
                .insert(id, Object::Dictionary(tree));
        }
        None => edit(update, found.struct_tree_root)?.set("ParentTree", tree),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_field_sits_above_the_line_in_pdf_coordinates() {
        let area = SignatureArea {
            page: 0,
            x: 100.0,
            y: 700.0,
            width: 198.0,
            height: 51.0,
            page_height: 842.0,
        };
        assert_eq!(rectangle(&area), [100.0, 142.0, 298.0, 193.0]);
    }
}

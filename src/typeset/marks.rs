//! Places the template marks for the code that works on the PDF afterwards.
//!
//! The template puts `#metadata((width: …, height: …)) <signature-line>` at
//! the left end of the printed signature line; the value is the size of the
//! signature area above it. Reading the size from the mark keeps the template
//! the one place where the signature block's numbers are decided.

use typst::foundations::{Label, Value};
use typst::introspection::{Introspector, MetadataElem};
use typst::utils::{Numeric, PicoStr};
use typst_layout::PagedDocument;

/// The label of the signature line's mark in the template.
pub const SIGNATURE_LINE: &str = "signature-line";

/// The signature area the template reserved, in points, measured as typst
/// does: from the top-left corner of the page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SignatureArea {
    /// The page, counted from 0.
    pub page: usize,
    /// The left end of the signature line, from the left edge.
    pub x: f64,
    /// The signature line, from the top edge.
    pub y: f64,
    /// The area's width (the line's length).
    pub width: f64,
    /// The area's height above the line.
    pub height: f64,
    /// The page's height, to turn these into PDF coordinates.
    pub page_height: f64,
}

/// The signature area of a typeset notice, or `None` if it has no signature
/// block. An unreadable mark is a bug in the template and an error.
pub fn signature_area(document: &PagedDocument) -> Result<Option<SignatureArea>, String> {
    let label = Label::new(PicoStr::intern(SIGNATURE_LINE)).expect("the label is not empty");
    let introspector = document.introspector();
    if introspector.label_count(label) == 0 {
        return Ok(None);
    }
    let mark = introspector
        .query_label(label)
        .map_err(|e| format!("<{SIGNATURE_LINE}>: {e}"))?;
    let bad = |what: &str| format!("<{SIGNATURE_LINE}>: {what}");
    let value = &mark
        .to_packed::<MetadataElem>()
        .ok_or_else(|| bad("is not a metadata element"))?
        .value;
    let Value::Dict(dict) = value else {
        return Err(bad("the value is not a dictionary (width: …, height: …)"));
    };
    let length = |key: &str| match dict.get(key) {
        Ok(Value::Length(l)) if l.em.is_zero() => Ok(l.abs),
        _ => Err(bad(&format!("'{key}' is not an absolute length"))),
    };
    let (width, height) = (length("width")?, length("height")?);
    let position = mark
        .location()
        .and_then(|loc| introspector.position(loc))
        .ok_or_else(|| bad("has no position on a page"))?;
    let page = position.page.get() - 1;
    let frame = &document.pages()[page].frame;
    Ok(Some(SignatureArea {
        page,
        x: position.point.x.to_pt(),
        y: position.point.y.to_pt(),
        width: width.to_pt(),
        height: height.to_pt(),
        page_height: frame.height().to_pt(),
    }))
}

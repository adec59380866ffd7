//! How the data is handled in practice, in one language: call and message
//! recording, directories and mailing lists, further processing for a new
//! purpose, and manual (paper) material.

use super::blocks::{Content, bullets, label, para, paras, some, yes_no};
use super::resolve::Resolver;
use crate::model::{Model, Namespace};

/// Recording of customer service calls and messages.
pub fn recording(r: &Resolver, n: &Model) -> Content {
    let Some(rec) = n.recording.as_ref().filter(|rec| !rec.is_empty()) else {
        return Ok(None);
    };
    let mut blocks = Vec::new();
    for texts in [&rec.recorded, &rec.purposes] {
        blocks.extend(paras(r, Namespace::RECORDING, texts)?.unwrap_or_default());
    }
    // Training is one of the purposes; it says how long its copies are
    // kept, before the period of the rest.
    if rec.training {
        blocks.push(para(r.fixed_with(
            "text-recording-training",
            &[("retention", yes_no(rec.retention.is_some()).into())],
        )?));
    }
    if let Some(t) = &rec.retention {
        blocks.push(para(r.text(Namespace::RECORDING, t)?));
    }
    if let Some(mut b) = bullets(r, Namespace::LISTENER, &rec.listeners)? {
        blocks.push(label(r, "label-recording-listeners")?);
        blocks.append(&mut b);
    }
    some(blocks)
}

/// Directories and mailing lists, and how to refuse publication.
pub fn directories(r: &Resolver, n: &Model) -> Content {
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
pub fn further(r: &Resolver, n: &Model) -> Content {
    paras(r, Namespace::FURTHER, &n.further_processing)
}

/// Manual (paper) material and where it is kept.
pub fn manual(r: &Resolver, n: &Model) -> Content {
    paras(r, Namespace::MANUAL, &n.manual_material)
}

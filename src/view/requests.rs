//! How a data subject uses the rights, in one language: the procedure, the
//! address, the languages, the time limit and each right's own way.

use fluent_bundle::FluentValue;

use super::blocks::{Content, label, list, para, paras, rows};
use super::error::ViewError;
use super::resolve::Resolver;
use super::rich::Rich;
use crate::model::{Model, Namespace, RIGHTS, Text};

/// How the rights are used: the general procedure, the address requests
/// are posted to, the languages they are taken in, the time limit of Art.
/// 12(3), and a procedure for each right the model gives one.
pub fn requests(r: &Resolver, n: &Model) -> Content {
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
            n.contact.name.in_lang(r.lang).to_string(),
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

//! The content of each numbered section, in one language.
//!
//! Each function returns `None` when the model has nothing for the section,
//! so the section and its number disappear in every language alike.

use super::blocks::{Content, bullets, labelled, list, para, paras, rows, yes_no};
use super::data::Block;
use super::error::ViewError;
use super::resolve::Resolver;
use super::rich::Rich;
use super::{practices, requests, sensitive, transfers};
use crate::model::{Basis, Ground, Model, Namespace, Role, Text, ground};
use fluent_bundle::FluentValue;

/// A section: its id (also the `heading-<id>` message) and its content.
pub type SectionFn = fn(&Resolver, &Model) -> Content;

/// Every section, in the order the notice prints them.
pub const SECTIONS: &[(&str, SectionFn)] = &[
    ("controller", controller),
    ("contact", contact),
    ("purposes", purposes),
    ("data", data),
    ("special", sensitive::special),
    ("identity-code", sensitive::identity_code),
    ("subjects", subjects),
    ("sources", sources),
    ("recipients", recipients),
    ("transfers", transfers),
    ("retention", retention),
    ("surveillance", surveillance),
    ("recording", practices::recording),
    ("cookies", cookies),
    ("directories", practices::directories),
    ("automated", automated),
    ("requirement", requirement),
    ("further", practices::further),
    ("rights", rights),
    ("objection", objection),
    ("requests", requests::requests),
    ("complaint", complaint),
    ("security", security),
    ("systems", systems),
    ("manual", practices::manual),
];

fn controller(r: &Resolver, n: &Model) -> Content {
    let mut blocks = Vec::new();
    if n.controllers.len() > 1 {
        blocks.push(para(r.fixed_with("text-several-controllers", &[])?));
    }
    if let Some(j) = &n.joint_controllers {
        blocks.push(para(r.text(Namespace::JOINT, &j.arrangement)?));
        if let Some(point) = &j.contact_point {
            blocks.push(para(r.fixed_with(
                "text-joint-contact-point",
                &[("name", FluentValue::from(point.clone()))],
            )?));
        }
        blocks.push(para(r.fixed("text-joint-rights")?));
    }
    for c in &n.controllers {
        let mut fields = vec![
            labelled(r, "label-name", Some(c.name.clone()))?,
            labelled(
                r,
                "label-business-id",
                c.business_id
                    .as_ref()
                    .and_then(|b| b.parsed().ok())
                    .map(ToString::to_string),
            )?,
        ];
        if let Some(reg) = &c.registration {
            let label = r.text(Namespace::REGISTRATION, &reg.label)?.flatten();
            fields.push(Some((label, Rich::plain(reg.number.clone()))));
        }
        // A number that cannot be printed is refused when the model is
        // checked; none is printed unless the model says VAT-registered.
        fields.push(labelled(r, "label-vat", c.vat_number().ok().flatten())?);
        fields.push(labelled(
            r,
            "label-address",
            r.address(&c.address(), None)?,
        )?);
        fields.push(labelled(
            r,
            "label-phone",
            c.phone.as_deref().map(|p| r.phone(p, &c.country)),
        )?);
        fields.push(labelled(r, "label-email", c.email.clone())?);
        fields.push(labelled(r, "label-web", c.web.clone())?);
        blocks.push(Block::Fields {
            rows: fields.into_iter().flatten().collect(),
        });
    }
    Ok(Some(blocks))
}

fn contact(r: &Resolver, n: &Model) -> Content {
    let c = &n.contact;
    let mut blocks = vec![rows(
        r,
        &[
            ("label-name", Some(c.name.in_lang(r.lang).to_string())),
            ("label-email", Some(c.email.clone())),
            (
                "label-phone",
                c.phone.as_deref().map(|p| r.phone(p, n.country())),
            ),
            (
                "label-address",
                // The contact has no country of its own: it is the controller's.
                r.address(&c.address(), Some(n.country()))?,
            ),
        ],
    )?];
    if let Some(d) = &n.dpo {
        blocks.push(Block::Label {
            text: r.fixed("label-dpo")?,
        });
        // An external officer's telephone number is of the officer's country.
        let country = d.country.as_deref().unwrap_or(n.country());
        blocks.push(rows(
            r,
            &[
                ("label-name", d.name.clone()),
                ("label-organisation", d.organisation.clone()),
                ("label-email", Some(d.email.clone())),
                (
                    "label-phone",
                    d.phone.as_deref().map(|p| r.phone(p, country)),
                ),
                ("label-address", r.address(&d.address(), Some(n.country()))?),
            ],
        )?);
    }
    if let Some(p) = &n.eu_representative {
        let addr = r.address(&p.address(), None)?;
        blocks.push(Block::Label {
            text: r.fixed("label-representative")?,
        });
        blocks.push(rows(
            r,
            &[
                ("label-name", Some(p.name.clone())),
                ("label-address", addr),
                ("label-email", p.email.clone()),
                (
                    "label-phone",
                    p.phone
                        .as_deref()
                        .map(|ph| r.phone(ph, p.country.as_deref().unwrap_or(""))),
                ),
            ],
        )?);
    }
    Ok(Some(blocks))
}

fn purposes(r: &Resolver, n: &Model) -> Content {
    if let Some(i) = n.purposes.iter().position(|p| p.basis.is_none()) {
        return Err(ViewError::NoBasis { purpose: i });
    }
    let mut blocks = Vec::new();
    if let Some(t) = &n.purposes_note {
        blocks.extend(r.flow(Namespace::CLAUSE, t)?);
    }
    for basis in n.bases() {
        blocks.push(Block::Label {
            text: r.fixed(&format!("basis-{}", basis.name()))?,
        });
        let mut items = Vec::new();
        for p in n.purposes.iter().filter(|p| p.basis == Some(basis)) {
            let purpose = r.text(Namespace::PURPOSE, &p.purpose)?;
            items.push(match &p.interest {
                Some(i) => r.fixed_rich(
                    "item-purpose-interest",
                    &[
                        ("purpose", purpose),
                        ("interest", r.text(Namespace::INTEREST, i)?),
                    ],
                )?,
                None => purpose,
            });
        }
        blocks.push(list(items));
    }
    Ok(Some(blocks))
}

fn data(r: &Resolver, n: &Model) -> Content {
    bullets(r, Namespace::DATA, &n.data)
}

fn subjects(r: &Resolver, n: &Model) -> Content {
    let Some(mut blocks) = bullets(r, Namespace::SUBJECT, &n.subjects)? else {
        return Ok(None);
    };
    if let Some(t) = &n.subjects_note {
        blocks.extend(r.flow(Namespace::CLAUSE, t)?);
    }
    Ok(Some(blocks))
}

fn sources(r: &Resolver, n: &Model) -> Content {
    if n.sources.is_empty() {
        return Ok(None);
    }
    let public = r.fixed("label-public-source")?;
    let mut items = Vec::new();
    for s in &n.sources {
        let mut item = r.text(Namespace::SOURCE, &s.source)?;
        // "Patentti- ja rekisterihallitus (PRH), julkinen lähde": a name
        // may end in parentheses already, so the marker never takes them.
        if s.public {
            item.push_str(&format!(", {public}"));
        }
        if let Some(d) = &s.details {
            item.push_str(": ");
            item.append(r.text(Namespace::SOURCE_DETAILS, d)?);
        }
        items.push(item);
    }
    Ok(Some(vec![list(items)]))
}

fn recipients(r: &Resolver, n: &Model) -> Content {
    let rec = &n.recipients;
    let mut blocks = paras(r, Namespace::DISCLOSURE, &rec.disclosures)?.unwrap_or_default();
    if !rec.processors.is_empty() {
        // Which roles the rows have: the intro says what each means, and
        // the independent controllers are marked only when the rows differ.
        let controllers = rec
            .processors
            .iter()
            .filter(|p| p.role == Role::Controller)
            .count();
        let roles = match controllers {
            0 => "processors",
            c if c == rec.processors.len() => "controllers",
            _ => "mixed",
        };
        blocks.push(para(r.fixed_with(
            "text-processors-intro",
            &[("roles", FluentValue::from(roles))],
        )?));
        let header = [
            "label-processor-service",
            "label-processor-name",
            "label-processor-country",
            "label-processor-policy",
        ]
        .iter()
        .map(|id| r.fixed(id))
        .collect::<Result<Vec<_>, _>>()?;
        let mut rows = Vec::new();
        for p in &rec.processors {
            rows.push(vec![
                r.text(Namespace::SERVICE, &p.service)?,
                // Marked under the name, not in a column of its own: a
                // fifth column leaves none of them room for a whole word.
                // The mark on a line of its own keeps the column as wide as
                // the names and the mark whole; side by side, the name is
                // printed once over each language's mark.
                Rich::plain(if roles == "mixed" && p.role == Role::Controller {
                    format!("{}\n{}", p.name, r.fixed("text-independent-controller")?)
                } else {
                    p.name.clone()
                }),
                Rich::plain(match &p.country {
                    Some(c) => r.country(c)?,
                    None => String::new(),
                }),
                p.policy.as_deref().map_or_else(Rich::default, Rich::web),
            ]);
        }
        blocks.push(table_without_empty_columns(header, rows));
    }
    Ok((!blocks.is_empty()).then_some(blocks))
}

/// A table without the columns no row fills (e.g. no processor's country is
/// known): an empty column only takes width from the others.
fn table_without_empty_columns(header: Vec<String>, rows: Vec<Vec<Rich>>) -> Block {
    let keep: Vec<bool> = (0..header.len())
        .map(|c| rows.iter().any(|r| !r[c].is_empty()))
        .collect();
    fn pick<T>(cells: Vec<T>, keep: &[bool]) -> Vec<T> {
        cells
            .into_iter()
            .zip(keep)
            .filter_map(|(cell, &k)| k.then_some(cell))
            .collect()
    }
    // A cell left empty in a column others fill reads as a mistake in
    // printing: it says "–", nothing given.
    let filled = |row: Vec<Rich>| {
        row.into_iter()
            .map(|cell| {
                if cell.is_empty() {
                    Rich::plain("–".to_string())
                } else {
                    cell
                }
            })
            .collect()
    };
    Block::Table {
        header: pick(header, &keep),
        rows: rows.into_iter().map(|r| filled(pick(r, &keep))).collect(),
    }
}

fn transfers(r: &Resolver, n: &Model) -> Content {
    let t = &n.transfers;
    // Where the data is stored ("within the EU") does not say whether it
    // leaves: a notice that transfers nothing says so, whatever else it says,
    // and first, where "Euroopan talousalue (ETA)" is written out before
    // the texts that abbreviate it (the English and Swedish headings write
    // out the EEA / EES).
    let mut blocks = Vec::new();
    if !t.outside_eea {
        blocks.push(para(r.fixed("text-no-transfers")?));
    }
    blocks.extend(paras(r, Namespace::TRANSFER, &t.texts)?.unwrap_or_default());
    // The grounds as a list; how to obtain a copy of them is not one of
    // them, but a sentence of its own after the list (Art. 13(1)(f)).
    let (copy, grounds): (Vec<Text>, Vec<Text>) = t
        .safeguards
        .iter()
        .cloned()
        .partition(|s| ground(s) == Some(Ground::Copy));
    if let Some(mut list) = bullets(r, Namespace::SAFEGUARD, &grounds)? {
        blocks.append(&mut list);
    }
    if let Some(mut sentences) = paras(r, Namespace::SAFEGUARD, &copy)? {
        blocks.append(&mut sentences);
    }
    blocks.append(&mut transfers::transfer_countries(r, n)?);
    Ok((!blocks.is_empty()).then_some(blocks))
}

fn retention(r: &Resolver, n: &Model) -> Content {
    paras(r, Namespace::RETENTION, &n.retention)
}

fn surveillance(r: &Resolver, n: &Model) -> Content {
    paras(r, Namespace::SURVEILLANCE, &n.surveillance)
}

fn cookies(r: &Resolver, n: &Model) -> Content {
    let mut blocks = paras(r, Namespace::COOKIES, &n.cookies)?.unwrap_or_default();
    blocks.append(&mut transfers::analytics(r, n)?);
    Ok((!blocks.is_empty()).then_some(blocks))
}

fn automated(r: &Resolver, n: &Model) -> Content {
    n.automated_decisions
        .as_ref()
        .map(|t| r.flow(Namespace::AUTOMATED, t))
        .transpose()
}

fn requirement(r: &Resolver, n: &Model) -> Content {
    let mut blocks = Vec::new();
    if let Some(t) = &n.requirement {
        blocks.extend(r.flow(Namespace::REQUIREMENT, t)?);
    }
    if let Some(mut consequences) = paras(r, Namespace::CONSEQUENCE, &n.requirement_consequences)? {
        blocks.append(&mut consequences);
    }
    Ok((!blocks.is_empty()).then_some(blocks))
}

/// Whether the notice must show the Art. 21 right to object: processing on
/// legitimate interests or a public task (21(1)), or direct marketing on any
/// basis, consent included (21(2)), as the purposes and the catalogue's
/// clauses say (`Model::direct_marketing`).
fn objection_grounds(n: &Model) -> (bool, bool) {
    let bases = n.bases();
    let general = bases.contains(&Basis::LegitimateInterests) || bases.contains(&Basis::PublicTask);
    (general, n.direct_marketing().is_some())
}

/// The rights the rights section lists (each a `right-<name>` message), in
/// its order: those every data subject has, and those the bases bring.
pub(super) fn printed_rights(n: &Model) -> Vec<&'static str> {
    // Consent is relied on by a purpose's basis or by a clause such as
    // consent-based cookies: both bring its rights (Art. 7(3), 20(1)(a)).
    let consent = n.consent().is_some();
    let mut rights = vec!["access", "rectification", "erasure", "restriction"];
    if consent || n.bases().contains(&Basis::Contract) {
        rights.push("portability");
    }
    if consent {
        rights.push("withdraw-consent");
    }
    let (general, marketing) = objection_grounds(n);
    if general || marketing {
        rights.push("object");
    }
    rights
}

fn rights(r: &Resolver, n: &Model) -> Content {
    let consent = n.consent().is_some();
    let items = printed_rights(n)
        .into_iter()
        .map(|right| r.fixed(&format!("right-{right}")))
        .collect::<Result<Vec<_>, _>>()?;
    // With a `[requests]` table the procedure has a section of its own, so
    // the one-sentence default is printed only when neither is given.
    let request = match (&n.rights_request, &n.requests) {
        (Some(t), _) => Some(r.flow(Namespace::REQUEST, t)?),
        (None, Some(_)) => None,
        (None, None) => Some(r.flow(Namespace::REQUEST, &Text::key("by-email"))?),
    };
    let mut blocks = vec![
        para(r.fixed("text-rights-intro")?),
        list(items.into_iter().map(Rich::from).collect()),
    ];
    if let Some(t) = n.consent_withdrawal.as_ref()
        && consent
    {
        blocks.extend(r.flow(Namespace::WITHDRAWAL, t)?);
    }
    blocks.extend(request.into_iter().flatten());
    Ok(Some(blocks))
}

fn objection(r: &Resolver, n: &Model) -> Content {
    let (general, marketing) = objection_grounds(n);
    let mut paragraphs = Vec::new();
    if general {
        // Art. 21(1) names processing for a public task beside legitimate
        // interests; a company's notice that has none says only what it does.
        let public = n
            .purposes
            .iter()
            .any(|p| p.basis == Some(Basis::PublicTask));
        paragraphs.push(r.fixed_with("text-objection", &[("public", yes_no(public).into())])?);
    }
    if marketing {
        paragraphs.push(r.fixed("text-objection-marketing")?);
    }
    Ok((!paragraphs.is_empty()).then(|| {
        vec![Block::Callout {
            title: None,
            paragraphs: paragraphs.into_iter().map(Rich::from).collect(),
        }]
    }))
}

fn complaint(r: &Resolver, n: &Model) -> Content {
    let a = n.authority.id();
    let id = |field: &str| format!("authority-{a}-{field}");
    Ok(Some(vec![
        para(r.fixed("text-complaint")?),
        Block::Fields {
            rows: vec![
                (r.fixed("label-name")?, r.fixed(&id("name"))?.into()),
                (
                    r.fixed("label-visiting-address")?,
                    r.fixed(&id("visiting"))?.into(),
                ),
                (
                    r.fixed("label-postal-address")?,
                    r.fixed(&id("postal"))?.into(),
                ),
                (r.fixed("label-phone")?, r.fixed(&id("phone"))?.into()),
                (
                    r.fixed("label-email")?,
                    Rich::email(&r.fixed(&id("email"))?),
                ),
                (r.fixed("label-web")?, Rich::web(&r.fixed(&id("web"))?)),
            ],
        },
    ]))
}

fn security(r: &Resolver, n: &Model) -> Content {
    let mut blocks = Vec::new();
    for (label, texts) in [
        ("label-security-manual", &n.security.manual),
        ("label-security-electronic", &n.security.electronic),
    ] {
        if let Some(mut b) = bullets(r, Namespace::SECURITY, texts)? {
            blocks.push(Block::Label {
                text: r.fixed(label)?,
            });
            blocks.append(&mut b);
        }
    }
    Ok((!blocks.is_empty()).then_some(blocks))
}

fn systems(r: &Resolver, n: &Model) -> Content {
    bullets(r, Namespace::SYSTEM, &n.systems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_table_columns_are_dropped_and_empty_cells_say_so() {
        let p = |s: &str| Rich::plain(s);
        let t = table_without_empty_columns(
            vec!["a".into(), "b".into(), "c".into()],
            vec![vec![p("1"), p(""), p("x")], vec![p("2"), p(""), p("")]],
        );
        assert_eq!(
            t,
            Block::Table {
                header: vec!["a".into(), "c".into()],
                rows: vec![vec![p("1"), p("x")], vec![p("2"), p("–")]],
            }
        );
    }
}

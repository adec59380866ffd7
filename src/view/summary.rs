//! The first layer of the notice online (WP260 rev.01, the layered
//! approach): the essentials in a few lines, each leading to the section
//! that says it in full. Only the HTML prints it; every line is made of what
//! the full notice prints too (the model's names and texts, the catalogue's
//! basis and authority names), so the two cannot disagree.

use serde::Serialize;

use super::error::ViewError;
use super::resolve::Resolver;
use super::rich::Rich;
use crate::model::{Model, Namespace, Role};

/// The first layer in one language.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// Language code.
    pub lang: String,
    /// "In brief".
    pub heading: String,
    /// What the first layer is, and that the full notice follows.
    pub lead: String,
    /// The essentials, in the order of the notice.
    pub items: Vec<SummaryItem>,
    /// "Contents", the heading of the list of sections.
    pub contents: String,
}

/// One of the essentials.
#[derive(Debug, Clone, Serialize)]
pub struct SummaryItem {
    /// What it is about: "Why we process your data".
    pub label: String,
    /// What the notice says, one line each (may be none: then the item is
    /// only its link).
    pub lines: Vec<Rich>,
    /// The section that says it in full (its id, the page's anchor).
    pub section: &'static str,
}

/// The first layer of `n` in the resolver's language; `sections` are the
/// ids of the sections the notice prints, so that no line leads nowhere.
pub(super) fn summary(r: &Resolver, n: &Model, sections: &[&str]) -> Result<Summary, ViewError> {
    let mut items = Vec::new();
    let mut item = |label: &str, lines: Vec<Rich>, section: &'static str| {
        if sections.contains(&section) {
            items.push((label.to_string(), lines, section));
        }
    };
    let names: Vec<String> = n.controllers.iter().map(|c| c.name.clone()).collect();
    item(
        "summary-controller",
        vec![Rich::plain(names.join(", "))],
        "controller",
    );
    let mut reach = Rich::email(&n.contact.email);
    if let Some(phone) = &n.contact.phone {
        reach.push_str(", ");
        reach.push_str(&r.phone(phone, n.country()));
    }
    item("summary-contact", vec![reach], "contact");
    let mut purposes = Vec::new();
    for basis in n.bases() {
        let basis_name = r.fixed(&format!("basis-{}", basis.name()))?;
        for p in n.purposes.iter().filter(|p| p.basis == Some(basis)) {
            let mut line = r.text(Namespace::PURPOSE, &p.purpose)?;
            line.push_str(" – ");
            line.push_str(&basis_name);
            purposes.push(line);
        }
    }
    item("summary-purposes", purposes, "purposes");
    // Those to whom data is disclosed (authorities, mailing-list companies,
    // a joint controller) receive it as much as the processors do; a
    // processor and an independent controller are named apart, as the
    // table marks them.
    let mut recipients = r.texts(Namespace::DISCLOSURE, &n.recipients.disclosures)?;
    for (role, id) in [
        (Role::Processor, "summary-processors"),
        (Role::Controller, "summary-independent-controllers"),
    ] {
        let names: Vec<&str> = n
            .recipients
            .processors
            .iter()
            .filter(|p| p.role == role)
            .map(|p| p.name.as_str())
            .collect();
        if !names.is_empty() {
            recipients.push(Rich::plain(
                r.fixed_with(id, &[("names", names.join(", ").into())])?,
            ));
        }
    }
    item("summary-recipients", recipients, "recipients");
    let transfers = if n.transfers.outside_eea {
        let countries = n
            .transfers
            .countries
            .iter()
            .map(|c| r.country(&c.country))
            .collect::<Result<Vec<_>, _>>()?;
        if countries.is_empty() {
            Vec::new()
        } else {
            vec![Rich::plain(countries.join(", "))]
        }
    } else {
        // The sentence the transfers section opens with in this case.
        vec![Rich::plain(r.fixed("text-no-transfers")?)]
    };
    item("summary-transfers", transfers, "transfers");
    item("summary-retention", Vec::new(), "retention");
    item("summary-rights", Vec::new(), "rights");
    item("summary-requests", Vec::new(), "requests");
    let authority = r.fixed(&format!("authority-{}-name", n.authority.id()))?;
    item(
        "summary-complaint",
        vec![Rich::plain(authority)],
        "complaint",
    );
    Ok(Summary {
        lang: r.lang.code().to_string(),
        heading: r.fixed("summary-heading")?,
        lead: r.fixed("summary-lead")?,
        contents: r.fixed("html-contents")?,
        items: items
            .into_iter()
            .map(|(label, lines, section)| {
                Ok(SummaryItem {
                    label: r.fixed(&label)?,
                    lines,
                    section,
                })
            })
            .collect::<Result<_, ViewError>>()?,
    })
}

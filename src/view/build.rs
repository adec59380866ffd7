//! Assembling the [`View`] of a notice for a language layout.

use fluent_bundle::{FluentArgs, FluentValue};

use super::data::{
    AttachmentView, Column, DocTexts, Footer, LogoView, PagePiece, Section, SignatureColumn,
    SignatureView, View,
};
use super::error::ViewError;
use super::resolve::Resolver;
use super::sections::SECTIONS;
use crate::i18n::{Catalogue, CatalogueError};
use crate::lang::{Lang, Layout};
use crate::model::{Model, Namespace};

/// How a view is built beyond the notice and its layout.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options<'a> {
    /// The virtual path the world serves the logo at, if the model has one.
    pub logo_path: Option<&'a str>,
    /// The language an own text that lacks one of the layout's is taken in,
    /// marked (the check has made sure it has that language).
    pub fallback: Option<Lang>,
    /// The model's identity written to the metadata (its version, or a
    /// hash of the file); the letterhead prints only a version the model
    /// gives.
    pub version: Option<&'a str>,
    /// The model file attached to the PDF, if it is: the virtual path the
    /// world serves it at, and its media type.
    pub attachment: Option<(&'a str, &'a str)>,
    /// For the web: the first layer and the facts of the machine-readable
    /// copy are built too.
    pub web: bool,
}

/// Builds the view of `notice` in `layout`.
pub fn build(
    notice: &Model,
    layout: Layout,
    catalogue: &Catalogue,
    options: &Options,
) -> Result<View, ViewError> {
    let (logo_path, fallback) = (options.logo_path, options.fallback);
    let page = layout.langs();
    let resolvers = page
        .iter()
        .map(|&l| Resolver::new(catalogue, l, &page, fallback, notice))
        .collect::<Result<Vec<_>, _>>()?;
    let names: Vec<String> = notice.controllers.iter().map(|c| c.name.clone()).collect();

    let heading_vars = super::headings::variables(notice);
    let mut sections = Vec::new();
    for (id, content) in SECTIONS {
        let mut columns = Vec::new();
        for r in &resolvers {
            let Some(blocks) = content(r, notice)? else {
                break;
            };
            let heading = r.fixed_with(&format!("heading-{id}"), &heading_vars)?;
            columns.push(Column {
                lang: r.lang.code().to_string(),
                heading,
                blocks,
            });
        }
        if !columns.is_empty() {
            sections.push(Section {
                id,
                number: sections.len() + 1,
                columns,
            });
        }
    }

    let printed: Vec<&str> = sections.iter().map(|s| s.id).collect();
    let (summary, facts) = if options.web {
        (
            resolvers
                .iter()
                .map(|r| super::summary::summary(r, notice, &printed))
                .collect::<Result<Vec<_>, _>>()?,
            Some(super::facts::facts(&resolvers[0], notice)?),
        )
    } else {
        (Vec::new(), None)
    };
    let texts = resolvers
        .iter()
        .map(|r| doc_texts(r, notice))
        .collect::<Result<Vec<_>, _>>()?;
    let title = format!(
        "{} – {}",
        texts
            .iter()
            .map(|t| t.title.as_str())
            .collect::<Vec<_>>()
            .join(" / "),
        names.join(" / ")
    );
    let d = notice.document.updated;
    Ok(View {
        langs: resolvers
            .iter()
            .map(|r| r.lang.code().to_string())
            .collect(),
        title,
        date: [d.year, i32::from(d.month), i32::from(d.day)],
        logo: match (&notice.document.logo, logo_path) {
            (Some(logo), Some(path)) => Some(LogoView {
                path: path.to_string(),
                alt: resolvers
                    .iter()
                    .map(|r| r.text(Namespace::CLAUSE, &logo.alt).map(|t| t.flatten()))
                    .collect::<Result<_, _>>()?,
            }),
            _ => None,
        },
        version: notice.document.version.clone(),
        identity: options.version.map(str::to_string),
        footer: footer(&resolvers, notice)?,
        signature: signature(&resolvers, notice)?,
        attachment: match options.attachment {
            Some((path, mime_type)) => Some(AttachmentView {
                path: path.to_string(),
                mime_type: mime_type.to_string(),
                description: in_each_lang(catalogue, layout, "attachment-model", None)?,
            }),
            None => None,
        },
        controllers: names,
        names: proper_names(notice, &resolvers)?,
        texts,
        sections,
        summary,
        facts,
    })
}

/// The names of people, organisations and places in the model: the
/// controllers, their towns, the contact, the DPO, the representative, the
/// processors and the signature's place and signer, and the names of the
/// countries the model names, in each language of the document. Longest
/// first, so that a name inside a longer one is not matched first.
fn proper_names(notice: &Model, resolvers: &[Resolver]) -> Result<Vec<String>, ViewError> {
    let codes = notice
        .controllers
        .iter()
        .map(|c| c.country.as_str())
        .chain(
            notice
                .recipients
                .processors
                .iter()
                .filter_map(|p| p.country.as_deref()),
        )
        .chain(
            notice
                .transfers
                .countries
                .iter()
                .map(|c| c.country.as_str()),
        );
    let mut countries = Vec::new();
    for code in codes {
        for r in resolvers {
            countries.push(r.country(code)?);
        }
    }
    let mut names: Vec<&str> = countries.iter().map(String::as_str).collect();
    for c in &notice.controllers {
        names.extend([c.name.as_str(), c.city.as_str()]);
    }
    names.extend(notice.contact.name.forms());
    names.extend(notice.contact.city.as_deref());
    if let Some(dpo) = &notice.dpo {
        names.extend(dpo.name.as_deref());
        names.extend(dpo.organisation.as_deref());
    }
    if let Some(r) = &notice.eu_representative {
        names.push(&r.name);
    }
    names.extend(notice.recipients.processors.iter().map(|p| p.name.as_str()));
    if let Some(s) = &notice.signature {
        names.extend(s.place.forms());
        names.extend(resolvers.iter().map(|r| s.place.place_in(r.lang)));
        names.push(&s.signer);
    }
    let mut names: Vec<String> = names
        .into_iter()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string)
        .collect();
    names.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
    names.dedup();
    Ok(names)
}

/// The page number as the catalogue writes it (`label-page`, with `$page`
/// and `$total`), cut into text and the places of the two numbers: the
/// message is formatted with private-use stand-ins for them.
fn page_number(r: &Resolver) -> Result<Vec<PagePiece>, ViewError> {
    const PAGE: char = '\u{e000}';
    const TOTAL: char = '\u{e001}';
    let formatted = r.fixed_with(
        "label-page",
        &[
            ("page", FluentValue::from(PAGE.to_string())),
            ("total", FluentValue::from(TOTAL.to_string())),
        ],
    )?;
    let mut pieces = Vec::new();
    let mut text = String::new();
    for c in formatted.chars() {
        let number = match c {
            PAGE => PagePiece::Page,
            TOTAL => PagePiece::Total,
            _ => {
                text.push(c);
                continue;
            }
        };
        if !text.is_empty() {
            pieces.push(PagePiece::Text(std::mem::take(&mut text)));
        }
        pieces.push(number);
    }
    if !text.is_empty() {
        pieces.push(PagePiece::Text(text));
    }
    Ok(pieces)
}

fn doc_texts(r: &Resolver, n: &Model) -> Result<DocTexts, ViewError> {
    let doc = &n.document;
    Ok(DocTexts {
        lang: r.lang.code().to_string(),
        title: r.fixed("doc-title")?,
        subtitle: r.fixed("doc-subtitle")?,
        register: doc
            .register
            .as_ref()
            .map(|t| r.text(Namespace::REGISTER, t))
            .transpose()?,
        updated_label: r.fixed("label-updated")?,
        updated: r.date(doc.updated)?,
        version_label: r.fixed("label-version")?,
        intro: doc
            .intro
            .as_ref()
            .map(|t| r.flow(Namespace::CLAUSE, t))
            .transpose()?,
        page_number: page_number(r)?,
    })
}

/// The footer of the reference notice: names, the first controller's address
/// (country in every language of the document), contact lines (telephone
/// numbers in international form when a column is English), and each
/// controller's business ID, registration and VAT number, labelled.
fn footer(resolvers: &[Resolver], n: &Model) -> Result<Footer, ViewError> {
    let names = n
        .controllers
        .iter()
        .map(|c| c.name.as_str())
        .collect::<Vec<_>>();
    let mut address = Vec::new();
    if let Some(c) = n.controllers.first() {
        address.push(c.street.clone());
        address.push(c.address().town());
        let countries = resolvers
            .iter()
            .map(|r| r.country(&c.country))
            .collect::<Result<Vec<_>, _>>()?;
        address.push(said_once(countries));
    }
    let mut contact: Vec<String> = Vec::new();
    let mut add = |v: Option<String>| {
        if let Some(v) = v.filter(|v| !v.is_empty() && !contact.contains(v)) {
            contact.push(v);
        }
    };
    // One footer serves every column; each resolver writes numbers for the
    // page's reader (abroad, if one column is English).
    for c in &n.controllers {
        let phone = c
            .phone
            .as_deref()
            .map(|p| resolvers[0].phone(p, &c.country));
        add(phone);
    }
    // The footer is a page artifact, which PDF/UA-1 forbids to hold links:
    // its addresses are printed, and linked in the controller's section.
    for c in &n.controllers {
        add(c.web.clone());
    }
    for c in &n.controllers {
        add(c.email.clone());
    }
    // Each language's label said once ("Y-tunnus / FO-nummer 2039096-6"),
    // and only the numbers the model gives: no label without a number.
    let label = |id: &str| -> Result<String, ViewError> {
        let texts = resolvers.iter().map(|r| r.fixed(id));
        Ok(said_once(texts.collect::<Result<_, _>>()?))
    };
    let mut ids = Vec::new();
    for c in &n.controllers {
        let mut own = Vec::new();
        if let Some(b) = c.business_id.as_ref().and_then(|b| b.parsed().ok()) {
            own.push(format!("{} {b}", label("label-business-id")?));
        }
        if let Some(reg) = &c.registration {
            let texts = resolvers
                .iter()
                .map(|r| Ok(r.text(Namespace::REGISTRATION, &reg.label)?.flatten()));
            let what = said_once(texts.collect::<Result<_, ViewError>>()?);
            own.push(format!("{what} {}", reg.number));
        }
        if let Some(vat) = c.vat_number().ok().flatten() {
            own.push(format!("{} {vat}", label("label-vat")?));
        }
        // With two controllers or more, each company's numbers are one line
        // under its name: "ILJOJA Oy: Y-tunnus 3221893-6 · ALV-tunniste …"
        // (a middle dot, not a comma, after which Swedish would want the
        // next label in lower case).
        if n.controllers.len() > 1 && !own.is_empty() {
            ids.push(format!("{}: {}", c.name, own.join(" · ")));
        } else {
            ids.extend(own);
        }
    }
    Ok(Footer {
        names: names.join(" · "),
        address,
        contact,
        ids,
    })
}

fn signature(resolvers: &[Resolver], n: &Model) -> Result<Option<SignatureView>, ViewError> {
    let Some(s) = &n.signature else {
        return Ok(None);
    };
    let columns = resolvers
        .iter()
        .map(|r| {
            let date = r.date(n.document.updated)?;
            let place = s.place.place_in(r.lang).to_string();
            Ok(SignatureColumn {
                lang: r.lang.code().to_string(),
                place_date_label: r.fixed("label-place-date")?,
                place_date: r.fixed_with(
                    "signature-place-date",
                    &[
                        ("place", FluentValue::from(place.clone())),
                        ("date", FluentValue::from(date.clone())),
                    ],
                )?,
                place,
                date,
                signature_label: r.fixed("label-signature")?,
                signer: s.signer.clone(),
                title: s
                    .title
                    .as_ref()
                    .map(|t| r.text(Namespace::TITLE, t))
                    .transpose()?,
            })
        })
        .collect::<Result<Vec<_>, ViewError>>()?;
    Ok(Some(SignatureView { columns }))
}

/// The texts of a document's languages joined with " / ", each said once: a
/// name two languages write alike ("Finland" in sv and en) is not repeated.
fn said_once(texts: Vec<String>) -> String {
    let mut once: Vec<String> = Vec::new();
    for t in texts {
        if !once.contains(&t) {
            once.push(t);
        }
    }
    once.join(" / ")
}

/// A catalogue message in each language of `layout`, said once: for
/// what belongs to the whole PDF rather than to a column (the signature
/// field's description, the attachment's).
pub fn in_each_lang(
    catalogue: &Catalogue,
    layout: Layout,
    id: &str,
    args: Option<&FluentArgs>,
) -> Result<String, CatalogueError> {
    let texts = layout
        .langs()
        .into_iter()
        .map(|lang| catalogue.format(lang, id, args))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(said_once(texts))
}

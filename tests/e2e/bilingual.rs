//! The bilingual example: one PDF with Finnish and Swedish side by side,
//! both read back from it, each column tagged with its own language.
//!
//! poppler's `pdfinfo -struct-text` shows the tagged text of both columns
//! but not the `/Lang` of structure elements, so the languages are read from
//! the structure tree with lopdf (a dev-dependency).

use std::collections::BTreeSet;

use crate::support::*;

/// Renders the bilingual example with the layouts it declares.
fn render() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let model = example("iljoja-fi-sv");
    let out = seloste(
        dir.path(),
        &["render", model.to_str().unwrap(), "-o", "out/"],
    );
    assert_ok(&out);
    assert_eq!(
        files_in(&dir.path().join("out")),
        ["iljoja-fi-sv.fi+sv.pdf"],
        "document.layout makes one side-by-side document the default"
    );
    let pdf = dir.path().join("out/iljoja-fi-sv.fi+sv.pdf");
    (dir, pdf)
}

/// Text without white space or soft hyphens (see `catalogue.rs`).
fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{ad}')
        .collect()
}

/// Every own text of a model in fi or sv, with its language: the tables
/// whose keys are languages.
fn own_texts(v: &toml::Value, out: &mut Vec<(&str, String)>) {
    match v {
        toml::Value::Array(a) => a.iter().for_each(|v| own_texts(v, out)),
        toml::Value::Table(t) => {
            for (lang, text) in [("fi", t.get("fi")), ("sv", t.get("sv"))] {
                if let Some(toml::Value::String(s)) = text {
                    out.push((lang, s.clone()));
                }
            }
            t.values().for_each(|v| own_texts(v, out));
        }
        _ => {}
    }
}

#[test]
fn both_languages_are_read_back_from_their_columns_of_the_one_pdf() {
    let (_dir, pdf) = render();
    // Each column read on its own, over all pages: the left half of an A4
    // page is Finnish, the right half Swedish.
    let left = squash(&pdf_area_text(&pdf, 0, 297));
    let right = squash(&pdf_area_text(&pdf, 298, 297));
    // The headings, and every own text of the model in its language.
    let mut wanted: Vec<(&str, String)> = Vec::new();
    for lang in ["fi", "sv"] {
        wanted.extend(
            headings("iljoja-fi-sv", lang)
                .into_iter()
                .map(|h| (lang, h)),
        );
    }
    let model: toml::Value =
        toml::from_str(&std::fs::read_to_string(example("iljoja-fi-sv")).unwrap()).unwrap();
    own_texts(&model, &mut wanted);
    // The clauses the model names by key, as the catalogue words them.
    let cat = crate::ftl::Ftl::builtin();
    let mut ids: Vec<String> = Vec::new();
    for (field, namespace) in [
        ("data", "data"),
        ("subjects", "subject"),
        ("retention", "retention"),
    ] {
        // A clause with values ({ key = …, years = 2 }) is printed with
        // them, which the catalogue's bare text is not.
        for key in model[field]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|k| k.as_str())
        {
            ids.push(format!("{namespace}-{key}"));
        }
    }
    for p in model["purposes"].as_array().unwrap() {
        ids.push(format!("purpose-{}", p["purpose"].as_str().unwrap()));
    }
    for (code, lang) in [("fi", seloste::Lang::Fi), ("sv", seloste::Lang::Sv)] {
        for id in &ids {
            wanted.push((code, cat.text(lang, id).unwrap()));
        }
        wanted.push((code, "ILJOJA Networks".to_string()));
        wanted.push((code, "tuki@palvelimet.net".to_string()));
    }
    assert!(wanted.len() > 50, "{wanted:?}");
    let mut missing = Vec::new();
    for (lang, w) in &wanted {
        let text = if *lang == "fi" { &left } else { &right };
        if !text.contains(&squash(w)) {
            missing.push(format!("({lang}): {w}"));
        }
    }
    assert!(
        missing.is_empty(),
        "not in the PDF:\n{}",
        missing.join("\n")
    );
    let full = pdf_text(&pdf);
    assert!(
        full.contains("Tietosuojaseloste / Dataskyddsbeskrivning"),
        "{full}"
    );
}

#[test]
fn pdfinfo_shows_the_tagged_text_of_both_columns() {
    let (_dir, pdf) = render();
    let tags = tool("pdfinfo", &["-struct-text", pdf.to_str().unwrap()]);
    for heading in [
        "Rekisterinpitäjä",
        "Personuppgiftsansvarig",
        "Rekisteröidyn oikeudet",
        "Den registrerades rättigheter",
    ] {
        assert!(
            tags.contains(&format!("\"{heading}\"")),
            "'{heading}' is not tagged:\n{tags}"
        );
    }
}

/// The level-1 headings of a PDF's structure tree with the language each is
/// in: its own `/Lang`, else the nearest ancestor's, else the document's.
fn headings_with_lang(pdf: &[u8]) -> Vec<(String, String)> {
    use lopdf::{Dictionary, Document, Object};
    let doc = Document::load_mem(pdf).unwrap();
    let catalog = doc.catalog().unwrap();
    let doc_lang = text_of(catalog.get(b"Lang").unwrap());
    let root = deref(&doc, catalog.get(b"StructTreeRoot").unwrap());
    let mut out = Vec::new();
    fn walk(doc: &Document, node: &Object, lang: &str, out: &mut Vec<(String, String)>) {
        match deref(doc, node) {
            Object::Array(items) => items.iter().for_each(|k| walk(doc, k, lang, out)),
            Object::Dictionary(d) => elem(doc, d, lang, out),
            _ => {}
        }
    }
    fn elem(doc: &Document, d: &Dictionary, lang: &str, out: &mut Vec<(String, String)>) {
        let lang = d.get(b"Lang").map_or(lang.to_string(), text_of);
        if d.get(b"S").and_then(Object::as_name).ok() == Some(b"H1".as_slice())
            && let Ok(title) = d.get(b"T")
        {
            // A heading may join its short last word with a no-break space.
            out.push((lang.clone(), text_of(title).replace('\u{a0}', " ")));
        }
        if let Ok(k) = d.get(b"K") {
            walk(doc, k, &lang, out);
        }
    }
    walk(
        &doc,
        &Object::Dictionary(root.as_dict().unwrap().clone()),
        &doc_lang,
        &mut out,
    );
    out
}

fn deref<'a>(doc: &'a lopdf::Document, o: &'a lopdf::Object) -> &'a lopdf::Object {
    match o {
        lopdf::Object::Reference(id) => doc.get_object(*id).unwrap(),
        o => o,
    }
}

/// A PDF text string: UTF-16BE with a byte order mark, else ASCII.
fn text_of(o: &lopdf::Object) -> String {
    let bytes = o.as_str().unwrap();
    match bytes {
        [0xfe, 0xff, rest @ ..] => String::from_utf16(
            &rest
                .chunks(2)
                .map(|c| u16::from_be_bytes([c[0], c[1]]))
                .collect::<Vec<_>>(),
        )
        .unwrap(),
        _ => String::from_utf8_lossy(bytes).into_owned(),
    }
}

#[test]
fn each_column_is_tagged_with_its_language() {
    let (_dir, pdf) = render();
    let found: BTreeSet<(String, String)> = headings_with_lang(&std::fs::read(&pdf).unwrap())
        .into_iter()
        .collect();
    for lang in ["fi", "sv"] {
        for heading in headings("iljoja-fi-sv", lang) {
            let want = (lang.to_string(), heading);
            assert!(
                found.contains(&want),
                "heading {want:?} not tagged with its language; found: {found:#?}"
            );
        }
    }
    let langs: BTreeSet<&str> = found.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(langs, BTreeSet::from(["fi", "sv"]));
}

#[test]
fn a_side_by_side_page_has_one_page_number() {
    let dir = tempfile::tempdir().unwrap();
    render_example(dir.path(), "iljoja", "sv+en");
    let text = tool(
        "pdftotext",
        &[
            "-layout",
            dir.path().join("out/iljoja.sv+en.pdf").to_str().unwrap(),
            "-",
        ],
    );
    let pages: usize = tool(
        "pdfinfo",
        &[dir.path().join("out/iljoja.sv+en.pdf").to_str().unwrap()],
    )
    .lines()
    .find_map(|l| l.strip_prefix("Pages:"))
    .unwrap()
    .trim()
    .parse()
    .unwrap();
    for page in 1..=pages {
        assert!(
            text.contains(&format!("{page} ({pages})")),
            "page {page}: {text}"
        );
        assert!(
            !text.contains(&format!("Page {page} of {pages}")),
            "page {page} twice"
        );
    }
}

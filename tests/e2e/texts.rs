//! Texts as people write them: names written once for
//! every language, paragraphs and lists in own text, web and email addresses
//! as real, tagged PDF links, and the list style. Each test renders with the
//! real binary and reads the PDF back: pdftotext for the words, lopdf for the
//! link annotations and the structure tree, pdfinfo for the tags.

use std::collections::BTreeSet;
use std::path::Path;

use lopdf::{Dictionary, Document, Object, ObjectId};

use crate::support::*;

/// A complete model in fi, sv and en with names, own text in paragraphs and
/// lists, and addresses in every place the notice prints them.
const MODEL: &str = r#"
data = ["name", "contact-details"]
subjects = ["customers"]
systems = [{ all = "PPG Manager" }, { all = "Seafile" }, "email"]
retention = [{ fi = """
Säilytämme tiedot sopimuksen ajan. Ehdot: www.texts-test.fi/ehdot.

Sen jälkeen säilytämme:
- laskut kuusi vuotta
- tukipyynnöt kaksi vuotta, ks.
  https://texts-test.fi/tuki
Merkintä *ei lihava* #emph[ei] = ei otsikko $x$.""", sv = """
Vi sparar uppgifterna under avtalets löptid. Villkor: www.texts-test.fi/ehdot.

Därefter sparar vi:
- fakturor i sex år
- supportärenden i två år, se
  https://texts-test.fi/tuki
Märkning *inte fet* #emph[inte] = ingen rubrik $x$.""", en = """
We keep the data while the contract is in force. Terms: www.texts-test.fi/ehdot.

After that we keep:
- invoices for six years
- support requests for two years, see
  https://texts-test.fi/tuki
Mark *not bold* #emph[not] = no heading $x$.""" }]
automated-decisions = "none"
requirement = "contract"

[document]
updated = 2026-11-01
languages = ["fi", "sv", "en"]

[[controllers]]
name = "Webkoti"
business-id = "1759068-4"
street = "Mustikkapolku 1 A 5"
postal-code = "96500"
city = "Rovaniemi"
email = "info@texts-test.fi"
web = "www.texts-test.fi"

[contact]
name = "Webkoti"
email = "admin@texts-test.fi"

[[purposes]]
purpose = "billing"
basis = "contract"

[[sources]]
source = "customer"

[recipients]
disclosures = [{ fi = "Kysy lisää: tietosuoja@texts-test.fi.", sv = "Fråga mer: tietosuoja@texts-test.fi.", en = "Ask more: tietosuoja@texts-test.fi." }]

[[recipients.processors]]
name = "Seafile Ltd"
service = { all = "Seafile" }
country = "FI"
policy = "https://policy.texts-test.fi/privacy"
"#;

/// The URIs every rendering of [`MODEL`] links, whatever its language.
const URIS: [&str; 8] = [
    "mailto:info@texts-test.fi",
    "https://www.texts-test.fi",
    "mailto:admin@texts-test.fi",
    "https://www.texts-test.fi/ehdot",
    "https://texts-test.fi/tuki",
    "mailto:tietosuoja@texts-test.fi",
    "https://policy.texts-test.fi/privacy",
    "mailto:tietosuoja@om.fi",
];

fn write_model(dir: &Path, text: &str) {
    std::fs::write(dir.join("texts.toml"), text).unwrap();
}

fn render(dir: &Path, layout: &str) -> std::path::PathBuf {
    let out = seloste(
        dir,
        &["render", "texts.toml", "--lang", layout, "-o", "out/"],
    );
    assert_ok(&out);
    dir.join("out").join(format!("texts.{layout}.pdf"))
}

#[test]
fn names_paragraphs_lists_and_markup_print_as_written_in_every_layout() {
    let dir = tempfile::tempdir().unwrap();
    write_model(dir.path(), MODEL);
    let check = seloste(dir.path(), &["check", "texts.toml"]);
    assert_ok(&check);
    assert!(
        !String::from_utf8_lossy(&check.stdout).contains("warning"),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
    for layout in ["fi", "sv", "en", "fi+sv"] {
        let text = pdf_body_text(&render(dir.path(), layout));
        // The names, once each in every language's list of systems (and
        // Seafile again in the processors' table).
        for name in ["PPG Manager", "Seafile Ltd"] {
            assert!(text.contains(name), "{layout}: {name} missing:\n{text}");
        }
        let columns = if layout == "fi+sv" { 2 } else { 1 };
        assert_eq!(
            text.matches("PPG Manager").count(),
            columns,
            "{layout}:\n{text}"
        );
        // Markup in own text comes out letter for letter.
        for markup in ["*", "#emph[", "= ", "$x$"] {
            assert!(
                text.contains(markup),
                "{layout}: {markup:?} missing:\n{text}"
            );
        }
    }
    // The list items follow their lead-in in order, each after a bullet.
    let fi = pdf_body_text(&dir.path().join("out/texts.fi.pdf"));
    let at = |s: &str| fi.find(s).unwrap_or_else(|| panic!("{s:?} missing:\n{fi}"));
    assert!(at("Sen jälkeen säilytämme:") < at("• laskut kuusi vuotta"));
    assert!(
        at("• laskut kuusi vuotta")
            < at("• tukipyynnöt kaksi vuotta, ks. https://texts-test.fi/tuki")
    );
    assert!(at("https://texts-test.fi/tuki") < at("Merkintä *ei lihava*"));
    // A translator is asked for nothing: the names are complete.
    let out = seloste(dir.path(), &["translate", "texts.toml", "--to", "sv"]);
    assert_ok(&out);
    assert!(
        !String::from_utf8_lossy(&out.stdout).contains("systems"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn paragraphs_and_list_items_are_tagged_as_such() {
    let dir = tempfile::tempdir().unwrap();
    write_model(dir.path(), MODEL);
    let pdf = render(dir.path(), "en");
    let tags = tool("pdfinfo", &["-struct-text", pdf.to_str().unwrap()]);
    // An element's text may be given in several strings, a line each (a
    // paragraph's last words are set apart so that they are not
    // hyphenated): each run of them read as one text, at its first line.
    let mut runs: Vec<(usize, String)> = Vec::new();
    let mut last = None;
    for (i, line) in tags.lines().enumerate() {
        let t = line.trim_start();
        match (t.strip_prefix('"').and_then(|t| t.strip_suffix('"')), last) {
            (Some(text), Some(l)) if l + 1 == i => {
                runs.last_mut().unwrap().1.push_str(text);
                last = Some(i);
            }
            (Some(text), _) => {
                runs.push((i, text.to_string()));
                last = Some(i);
            }
            (None, _) => last = None,
        }
    }
    let para = |s: &str| {
        runs.iter()
            .find(|(_, text)| text.contains(s))
            .map(|(i, _)| *i)
            .unwrap_or_else(|| panic!("{s:?} not tagged:\n{tags}"))
    };
    // Two paragraphs before the list: two P elements.
    let first = para("We keep the data while the contract is in force.");
    let second = para("After that we keep:");
    assert!(first < second);
    assert!(
        tags.lines()
            .nth(second - 1)
            .unwrap()
            .trim_start()
            .starts_with("P"),
        "{tags}"
    );
    let item = para("invoices for six years");
    let before: Vec<&str> = tags.lines().take(item).collect();
    assert!(
        before
            .iter()
            .rev()
            .take(4)
            .any(|l| l.trim_start().starts_with("LBody") || l.trim_start().starts_with("LI")),
        "the item is not in a list item:\n{}",
        before[before.len().saturating_sub(8)..].join("\n")
    );
}

#[test]
fn a_bare_string_that_looks_like_a_name_is_answered_with_the_name_form() {
    let dir = tempfile::tempdir().unwrap();
    write_model(
        dir.path(),
        &MODEL.replace(r#"{ all = "PPG Manager" }"#, r#""PPG Manager""#),
    );
    let out = seloste(dir.path(), &["check", "texts.toml"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("'PPG Manager' is not a catalogue key"),
        "{text}"
    );
    assert!(text.contains(r#"{ all = "PPG Manager" }"#), "{text}");
    assert!(text.contains("texts.toml:4:"), "{text}");
    assert!(!dir.path().join("out").exists());
}

/// The `/URI` of every link annotation of every page, with the annotation's
/// id and its alternative text (`/Contents`).
fn link_annotations(doc: &Document) -> Vec<(ObjectId, String, String)> {
    let mut out = Vec::new();
    for page in doc.get_pages().values() {
        let page = doc.get_dictionary(*page).unwrap();
        let Ok(annots) = page.get(b"Annots") else {
            continue;
        };
        let annots = match annots {
            Object::Reference(id) => doc.get_object(*id).unwrap().as_array().unwrap(),
            o => o.as_array().unwrap(),
        };
        for a in annots {
            let id = a.as_reference().unwrap();
            let annot = doc.get_dictionary(id).unwrap();
            if annot.get(b"Subtype").unwrap().as_name().unwrap() != b"Link" {
                continue;
            }
            let action = deref_dict(doc, annot.get(b"A").unwrap());
            assert_eq!(action.get(b"S").unwrap().as_name().unwrap(), b"URI");
            let uri =
                String::from_utf8(action.get(b"URI").unwrap().as_str().unwrap().to_vec()).unwrap();
            let alt = annot
                .get(b"Contents")
                .map(|c| lopdf::decode_text_string(c).unwrap())
                .unwrap_or_default();
            out.push((id, uri, alt));
        }
    }
    out
}

fn deref_dict<'a>(doc: &'a Document, o: &'a Object) -> &'a Dictionary {
    match o {
        Object::Reference(id) => doc.get_dictionary(*id).unwrap(),
        o => o.as_dict().unwrap(),
    }
}

/// The annotations the structure tree's `Link` elements hold through their
/// `/OBJR` children.
fn tagged_links(doc: &Document) -> BTreeSet<ObjectId> {
    fn walk(doc: &Document, o: &Object, in_link: bool, out: &mut BTreeSet<ObjectId>) {
        let o = match o {
            Object::Reference(id) => match doc.get_object(*id) {
                Ok(o) => o,
                Err(_) => return,
            },
            o => o,
        };
        match o {
            Object::Array(items) => {
                for i in items {
                    walk(doc, i, in_link, out);
                }
            }
            Object::Dictionary(d) => {
                let ty = d
                    .get(b"Type")
                    .and_then(Object::as_name)
                    .unwrap_or(b"".as_slice());
                if ty == b"OBJR" {
                    if in_link && let Ok(Object::Reference(id)) = d.get(b"Obj") {
                        out.insert(*id);
                    }
                    return;
                }
                let is_link = d
                    .get(b"S")
                    .and_then(Object::as_name)
                    .is_ok_and(|s| s == b"Link");
                if let Ok(k) = d.get(b"K") {
                    walk(doc, k, in_link || is_link, out);
                }
            }
            _ => {}
        }
    }
    let catalog = doc.catalog().unwrap();
    let root = deref_dict(doc, catalog.get(b"StructTreeRoot").unwrap());
    let mut out = BTreeSet::new();
    walk(doc, root.get(b"K").unwrap(), false, &mut out);
    out
}

#[test]
fn addresses_are_tagged_link_annotations_with_their_uris() {
    let dir = tempfile::tempdir().unwrap();
    write_model(dir.path(), MODEL);
    for layout in ["fi", "sv", "en", "fi+sv"] {
        let pdf = render(dir.path(), layout);
        let doc = Document::load(&pdf).unwrap();
        let links = link_annotations(&doc);
        let uris: BTreeSet<&str> = links.iter().map(|(_, u, _)| u.as_str()).collect();
        for uri in URIS {
            assert!(uris.contains(uri), "{layout}: no link to {uri}: {uris:#?}");
        }
        // The authority's web address, in the page of the document's language.
        assert!(
            uris.iter()
                .any(|u| u.starts_with("https://www.tietosuoja.fi")),
            "{layout}: {uris:#?}"
        );
        // Nothing else is linked: every URI is one of the notice's addresses.
        for u in &uris {
            assert!(
                URIS.contains(u) || u.starts_with("https://www.tietosuoja.fi"),
                "{layout}: unexpected link {u}"
            );
        }
        // Every annotation is tagged: a Link element holds it, and it has
        // alternative text that names its address.
        let tagged = tagged_links(&doc);
        for (id, uri, alt) in &links {
            assert!(
                tagged.contains(id),
                "{layout}: {uri} is not in a Link element"
            );
            let address = uri
                .trim_start_matches("mailto:")
                .trim_start_matches("https://");
            assert!(
                alt.contains(address),
                "{layout}: alt text {alt:?} for {uri}"
            );
        }
        // poppler sees the Link elements too, and the addresses print as written.
        let tags = tool("pdfinfo", &["-struct-text", pdf.to_str().unwrap()]);
        assert!(tags.contains("Link"), "{layout}: {tags}");
        // (pdftotext reads a line break inside a long address as a space.)
        let text = pdf_text(&pdf).replace(' ', "");
        for written in [
            "www.texts-test.fi",
            "admin@texts-test.fi",
            "https://policy.texts-test.fi/privacy",
        ] {
            assert!(
                text.contains(written),
                "{layout}: {written} not printed:\n{text}"
            );
        }
        assert!(
            !text.contains("https://www.texts-test.fi"),
            "{layout}: the scheme is not printed"
        );
    }
}

#[test]
fn own_list_items_out_of_style_are_warned_about() {
    let dir = tempfile::tempdir().unwrap();
    write_model(
        dir.path(),
        &MODEL.replace(
            r#"purpose = "billing""#,
            r#"purpose = { fi = "Kanta-asiakasedut", sv = "Stamkundsförmåner", en = "managing loyalty benefits" }"#,
        ),
    );
    let out = seloste(dir.path(), &["check", "texts.toml"]);
    assert_ok(&out);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("warning[list-item-style]"), "{text}");
    assert!(
        text.contains("en 'managing loyalty benefits' starts with a lower-case letter"),
        "{text}"
    );
    let denied = seloste(dir.path(), &["check", "texts.toml", "--deny-warnings"]);
    assert_eq!(denied.status.code(), Some(1));
}

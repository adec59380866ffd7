//! The optional sections read back from the PDFs:
//! each heading in each language, alone and side by side, with the facts
//! the sections must print (the adequacy decision and its date, the time
//! limit of Art. 12(3), the address requests are posted to).

use crate::support::*;

/// Each new section's heading, in fi, sv and en, as a reader sees it.
const HEADINGS: &[[&str; 3]] = &[
    [
        "Erityiset henkilötietoryhmät ja rikostiedot",
        "Särskilda kategorier av personuppgifter och uppgifter om brott",
        "Special categories of personal data and criminal data",
    ],
    [
        "Henkilötunnus",
        "Personbeteckning",
        "Personal identity code",
    ],
    // The fixture records calls only.
    [
        "Puhelujen tallentaminen",
        "Inspelning av samtal",
        "Call recording",
    ],
    [
        "Luettelopalvelut ja osoiteluettelot",
        "Katalogtjänster och adressregister",
        "Directories and mailing lists",
    ],
    [
        "Käsittely muihin tarkoituksiin",
        "Behandling för andra ändamål",
        "Processing for other purposes",
    ],
    [
        "Miten käytät oikeuksiasi",
        "Så här utövar du dina rättigheter",
        "How to exercise your rights",
    ],
    [
        "Paperiaineiston säilytys",
        "Förvaring av pappersmaterial",
        "Storage of paper records",
    ],
];

/// Facts each language must print: the US adequacy decision with its date,
/// the Art. 12(3) time limit, the named addressee of posted requests, the
/// Art. 9(2) condition and the Matomo opt-out link given as a value.
fn facts(lang: usize) -> [&'static str; 6] {
    [
        [
            "10.7.2023 antamaan täytäntöönpanopäätökseen (EU) 2023/1795",
            "(EU) 2023/1795 av den 10 juli 2023",
            "(EU) 2023/1795 of 10 July 2023",
        ][lang],
        ["(12 artiklan 3 kohta)", "(artikel 12.3)", "(Article 12(3))"][lang],
        ["Matti Meikäläinen, Mustikkapolku 1 A 5, 96500 Rovaniemi"; 3][lang],
        [
            "(9 artiklan 2 kohdan b alakohta)",
            "(artikel 9.2 b)",
            "(Article 9(2)(b))",
        ][lang],
        ["https://example.fi/optout"; 3][lang],
        [
            "suomeksi tai ruotsiksi",
            "finska eller svenska",
            "Finnish or Swedish",
        ][lang],
    ]
}

fn render(dir: &std::path::Path, layouts: &str) {
    let model = repo().join("tests/fixtures/sections.toml");
    assert_ok(&seloste(
        dir,
        &[
            "render",
            model.to_str().unwrap(),
            "--lang",
            layouts,
            "-o",
            "out/",
        ],
    ));
}

#[test]
fn every_new_section_is_printed_with_its_heading_in_each_language() {
    let dir = tempfile::tempdir().unwrap();
    render(dir.path(), "fi,sv,en");
    for (i, lang) in ["fi", "sv", "en"].iter().enumerate() {
        let text = pdf_text(&dir.path().join(format!("out/sections.{lang}.pdf")));
        for h in HEADINGS {
            assert!(
                text.contains(h[i]),
                "{lang}: no heading '{}' in:\n{text}",
                h[i]
            );
        }
        // A web address may break after a slash at a line end.
        let joined = text.replace("/ ", "/");
        for fact in facts(i) {
            assert!(joined.contains(fact), "{lang}: no '{fact}' in:\n{text}");
        }
    }
}

#[test]
fn side_by_side_both_columns_carry_the_new_headings() {
    let dir = tempfile::tempdir().unwrap();
    render(dir.path(), "fi+sv");
    let text = pdf_text(&dir.path().join("out/sections.fi+sv.pdf"));
    for h in HEADINGS {
        for heading in &h[..2] {
            assert!(
                text.contains(heading),
                "fi+sv: no heading '{heading}' in:\n{text}"
            );
        }
    }
}

#[test]
fn a_v1_model_prints_none_of_the_new_sections() {
    let dir = tempfile::tempdir().unwrap();
    let model = repo().join("tests/fixtures/complete.toml");
    assert_ok(&seloste(
        dir.path(),
        &[
            "render",
            model.to_str().unwrap(),
            "--lang",
            "en",
            "-o",
            "out/",
        ],
    ));
    let text = pdf_text(&dir.path().join("out/complete.en.pdf"));
    for h in HEADINGS {
        assert!(
            !text.contains(h[2]),
            "'{}' printed for a model without the optional sections",
            h[2]
        );
    }
    // The one-sentence request procedure is still printed.
    assert!(text.contains("You can send requests concerning your rights by email"));
}

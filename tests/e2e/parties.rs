//! Organisations as they are: a controller without a business ID,
//! a VAT number only when the model says VAT-registered, an external DPO
//! with an address, the representative in the Union apart from the contact,
//! joint controllers' arrangement. Each test renders a real PDF and reads it
//! back as a reader would.

use std::path::PathBuf;

use crate::support::*;

/// Renders `model` in each of `langs` and returns the folder (kept alive by
/// the caller) with the text of each PDF.
fn texts(model: &str, langs: &[&str]) -> (tempfile::TempDir, Vec<(String, String)>) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("model.toml"), model).unwrap();
    let out = seloste(
        dir.path(),
        &[
            "render",
            "model.toml",
            "--lang",
            &langs.join(","),
            "-o",
            "out/",
        ],
    );
    assert_ok(&out);
    let texts = langs
        .iter()
        .map(|l| {
            let pdf: PathBuf = dir.path().join(format!("out/model.{l}.pdf"));
            (l.to_string(), pdf_text(&pdf))
        })
        .collect();
    (dir, texts)
}

fn replaced(from: &str, to: &str) -> String {
    assert!(COMPLETE_MODEL.contains(from), "{from:?}");
    COMPLETE_MODEL.replacen(from, to, 1)
}

const BUSINESS_ID: &str = "business-id = \"1759068-4\"";

#[test]
fn no_vat_number_unless_the_model_says_vat_registered() {
    let (_d, plain) = texts(COMPLETE_MODEL, &["fi", "sv", "en"]);
    for (lang, text) in &plain {
        assert!(text.contains("1759068-4"), "{lang}: {text}");
        assert!(!text.contains("FI17590684"), "{lang}: a VAT number: {text}");
        for label in ["ALV", "Momsnummer", "VAT"] {
            assert!(!text.contains(label), "{lang}: {label} printed: {text}");
        }
    }
    let vat = replaced(BUSINESS_ID, &format!("{BUSINESS_ID}\nvat = true"));
    let (_d, registered) = texts(&vat, &["fi", "sv", "en"]);
    for ((lang, text), label) in registered
        .iter()
        .zip(["ALV-tunniste", "Momsnummer", "VAT number"])
    {
        // Labelled, in the controller's fields and in every page's footer.
        assert!(
            text.contains(&format!("{label} FI17590684")),
            "{lang}: {text}"
        );
        assert!(text.matches("FI17590684").count() >= 2, "{lang}: {text}");
    }
}

#[test]
fn a_controller_without_a_business_id_prints_no_label_for_it() {
    let model = replaced(&format!("{BUSINESS_ID}\n"), "");
    let (_d, texts) = texts(&model, &["fi", "sv", "en", "fi+sv"]);
    for (lang, text) in &texts {
        for label in ["Y-tunnus", "FO-nummer", "Business ID", "1759068-4"] {
            assert!(!text.contains(label), "{lang}: {label} printed: {text}");
        }
        assert!(text.contains("Webkoti"), "{lang}");
    }
}

#[test]
fn an_association_prints_its_register_number_with_its_label() {
    let model = replaced(
        BUSINESS_ID,
        "registration = { label = \"association-register\", number = \"212.345\" }",
    );
    let (_d, texts) = texts(&model, &["fi", "sv", "en"]);
    for ((lang, text), label) in texts.iter().zip([
        "Yhdistysrekisterinumero",
        "Föreningsregisternummer",
        "Register of Associations number",
    ]) {
        // Footer: label and number together.
        assert!(text.contains(&format!("{label} 212.345")), "{lang}: {text}");
        assert!(!text.contains("Y-tunnus"), "{lang}");
    }
}

#[test]
fn an_external_dpo_is_printed_with_the_address() {
    let model = format!(
        "{COMPLETE_MODEL}\n[dpo]\nname = \"Tiina Tietosuoja\"\norganisation = \"Tietosuojapalvelu \
         Oy\"\nemail = \"dpo@tietosuojapalvelu.fi\"\nstreet = \"Satamakatu 5\"\npostal-code = \
         \"00160\"\ncity = \"Helsinki\"\n"
    );
    let (_d, texts) = texts(&model, &["fi", "sv", "en"]);
    for ((lang, text), (label, country)) in texts.iter().zip([
        ("Tietosuojavastaava", ""),
        ("Dataskyddsombud", ""),
        ("Data protection officer", ", Finland"),
    ]) {
        assert!(text.contains(label), "{lang}: {text}");
        assert!(text.contains("Tietosuojapalvelu Oy"), "{lang}: {text}");
        assert!(
            text.contains(&format!("Satamakatu 5, 00160 Helsinki{country}")),
            "{lang}: {text}"
        );
    }
}

#[test]
fn the_representative_in_the_union_has_its_own_heading() {
    let abroad = replaced(
        "city = \"Rovaniemi\"",
        "city = \"Austin\"\ncountry = \"US\"",
    );
    let model = format!(
        "{abroad}\n[eu-representative]\nname = \"EU Rep Ltd\"\nstreet = \"Main Street 1\"\n\
         city = \"Dublin\"\ncountry = \"IE\"\n"
    );
    let (_d, texts) = texts(&model, &["fi", "en"]);
    assert!(texts[0].1.contains("Edustaja unionissa"), "{}", texts[0].1);
    assert!(
        texts[1].1.contains("Representative in the Union"),
        "{}",
        texts[1].1
    );
    assert!(texts[1].1.contains("EU Rep Ltd"));
}

#[test]
fn a_v1_representative_is_told_its_new_name_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let model = format!("{COMPLETE_MODEL}\n[representative]\nname = \"EU Rep Ltd\"\n");
    std::fs::write(dir.path().join("model.toml"), model).unwrap();
    let out = seloste(dir.path(), &["render", "model.toml", "-o", "out/"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("`representative` is called `eu-representative` since model v2"),
        "{err}"
    );
    assert!(err.contains("model.toml:32:"), "{err}");
    assert!(!dir.path().join("out").exists());
}

#[test]
fn joint_controllers_print_their_arrangement_and_contact_point() {
    let (_d, texts) = {
        let dir = tempfile::tempdir().unwrap();
        let out = seloste(
            dir.path(),
            &[
                "render",
                example("iljoja").to_str().unwrap(),
                "--lang",
                "fi,sv,en",
                "-o",
                "out/",
            ],
        );
        assert_ok(&out);
        let texts: Vec<String> = ["fi", "sv", "en"]
            .iter()
            .map(|l| pdf_text(&dir.path().join(format!("out/iljoja.{l}.pdf"))))
            .collect();
        (dir, texts)
    };
    for (text, (point, rights)) in texts.iter().zip([
        (
            "Rekisteröityjen yhteyspisteenä toimii ILJOJA Networks.",
            "kutakin rekisterinpitäjää vastaan",
        ),
        (
            "Kontaktpunkt för de registrerade är ILJOJA Networks.",
            "gentemot var och en av de personuppgiftsansvariga",
        ),
        (
            "The contact point for data subjects is ILJOJA Networks.",
            "in respect of and against each of the controllers",
        ),
    ]) {
        assert!(text.contains(point), "{text}");
        assert!(text.contains(rights), "{text}");
    }
}

#[test]
fn with_two_controllers_the_footer_names_the_company_of_each_number() {
    let dir = tempfile::tempdir().unwrap();
    render_example(dir.path(), "iljoja", "fi");
    let text = tool(
        "pdftotext",
        &[
            "-layout",
            dir.path().join("out/iljoja.fi.pdf").to_str().unwrap(),
            "-",
        ],
    );
    // The footer of every page, and nowhere a number without its company.
    let pages = text.matches("ILJOJA Oy: Y-tunnus 3221893-6").count();
    assert!(pages >= 2, "{text}");
    assert_eq!(
        text.matches("ILJOJA Networks: Y-tunnus 2039096-6").count(),
        pages
    );
    assert!(
        !text.contains("\nY-tunnus 3221893-6") && !text.contains("   Y-tunnus 3221893-6"),
        "{text}"
    );
}

//! An organisation's own wording: a folder of .ftl files beside the model
//! that adds clauses under new keys and replaces built-in messages. Problems
//! in it name the .ftl file and line; nothing is written then.

use std::path::Path;

use crate::support::*;

const MODEL: &str = include_str!("../fixtures/wording.toml");

const FI: &str = "# Our own wording.\n\
purpose-loyalty = kanta-asiakasedut { $years ->\n    [one] vuoden\n   *[other] { $years } vuoden\n} ajan\n\
purpose-billing = laskujen lähettäminen\n";
const SV: &str =
    "purpose-loyalty = stamkundsförmåner i { $years } år\npurpose-billing = utskick av fakturor\n";
const EN: &str =
    "purpose-loyalty = Loyalty benefits for { $years } years\npurpose-billing = Sending invoices\n";

fn folder(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("model.toml"), MODEL).unwrap();
    for (path, text) in files {
        let p = dir.path().join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    dir
}

fn render(dir: &Path) -> std::process::Output {
    seloste(
        dir,
        &["render", "model.toml", "--lang", "fi,sv,en", "-o", "out/"],
    )
}

#[test]
fn own_wording_adds_and_replaces_clauses_in_every_language() {
    let dir = folder(&[
        ("wording/fi/own.ftl", FI),
        ("wording/sv/own.ftl", SV),
        ("wording/en/own.ftl", EN),
    ]);
    assert_ok(&render(dir.path()));
    for (lang, want) in [
        (
            "fi",
            ["kanta-asiakasedut 2 vuoden ajan", "laskujen lähettäminen"],
        ),
        ("sv", ["stamkundsförmåner i 2 år", "utskick av fakturor"]),
        ("en", ["Loyalty benefits for 2 years", "Sending invoices"]),
    ] {
        let text = pdf_text(&dir.path().join(format!("out/model.{lang}.pdf")));
        for w in want {
            assert!(text.contains(w), "{lang}: '{w}' not in:\n{text}");
        }
    }
}

#[test]
fn a_syntax_error_in_the_wording_names_file_and_line() {
    let dir = folder(&[
        ("wording/fi/own.ftl", FI),
        ("wording/sv/own.ftl", "purpose-loyalty stamkundsförmåner\n"),
        ("wording/en/own.ftl", EN),
    ]);
    let out = render(dir.path());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    let file = Path::new("wording").join("sv").join("own.ftl");
    assert!(
        err.contains(&format!("{}:1:", file.display())) && err.contains("invalid Fluent syntax"),
        "{err}"
    );
    assert!(!dir.path().join("out").exists());
}

#[test]
fn a_message_missing_in_a_language_or_with_other_variables_is_refused() {
    let dir = folder(&[
        ("wording/fi/own.ftl", FI),
        (
            "wording/sv/own.ftl",
            "purpose-loyalty = stamkundsförmåner\n",
        ),
        (
            "wording/en/own.ftl",
            "purpose-loyalty = Loyalty benefits for { $years } years\n",
        ),
    ]);
    let out = render(dir.path());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("message 'purpose-billing' is in fi but not in sv, en"),
        "{err}"
    );
    assert!(
        err.contains("message 'purpose-loyalty' uses no variables in sv but $years in fi"),
        "{err}"
    );
    assert!(err.contains("own.ftl:"), "{err}");
    assert!(!dir.path().join("out").exists());
}

#[test]
fn a_missing_wording_folder_is_located_in_the_model() {
    let dir = folder(&[]);
    let out = render(dir.path());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(
            "cannot use the wording folder: 'wording' does not exist\n --> model.toml:1:11"
        ),
        "{err}"
    );
    assert!(!dir.path().join("out").exists());
}

#[test]
fn an_added_key_is_unknown_without_the_wording() {
    let dir = folder(&[]);
    std::fs::write(
        dir.path().join("model.toml"),
        MODEL.replace("wording = \"wording\"\n", ""),
    )
    .unwrap();
    let out = render(dir.path());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("'loyalty' is not a catalogue key"), "{err}");
}

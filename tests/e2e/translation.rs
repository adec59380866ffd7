//! The translation workflow run as a user runs it: list the own texts that
//! lack a language, write a file for a translator, merge it back, and render
//! an incomplete language with a marked fallback. On error: exit status 1,
//! the file and line named, nothing written.

use std::path::Path;

use crate::support::*;

/// A model with three own texts: one in fi and sv, two in fi only.
const MODEL: &str = include_str!("../fixtures/own-texts.toml");

fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("model.toml"), MODEL).unwrap();
    dir
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn read(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).unwrap()
}

#[test]
fn lists_every_own_text_without_the_language() {
    let dir = folder();
    let out = seloste(dir.path(), &["translate", "model.toml", "--to", "sv"]);
    assert_ok(&out);
    assert_eq!(
        stdout(&out),
        "purposes[1].purpose (fi): kanta-asiakasetujen hallinta\ndata[1] (fi): kanta-asiakasnumero\n"
    );
    assert!(stderr(&out).contains("2 own texts of model.toml have no sv version"));
    assert_eq!(files_in(dir.path()), ["model.toml"]);

    let out = seloste(dir.path(), &["translate", "model.toml", "--to", "fi"]);
    assert_ok(&out);
    assert_eq!(stdout(&out), "");
    assert!(stderr(&out).contains("every own text of model.toml has a fi version"));
}

#[test]
fn a_toml_file_for_the_translator_merges_back_keeping_the_model_as_written() {
    let dir = folder();
    let out = seloste(
        dir.path(),
        &[
            "translate",
            "model.toml",
            "--to",
            "sv",
            "-o",
            "model.sv.toml",
        ],
    );
    assert_ok(&out);
    let file = read(dir.path(), "model.sv.toml");
    assert!(
        file.contains("[\"data[1]\"]\nfi = \"kanta-asiakasnumero\"\nsv = \"\"\n"),
        "{file}"
    );
    // The translator fills in one text and leaves the other empty.
    let filled = file.replace(
        "fi = \"kanta-asiakasnumero\"\nsv = \"\"",
        "fi = \"kanta-asiakasnumero\"\nsv = \"stamkundsnummer\"",
    );
    std::fs::write(dir.path().join("model.sv.toml"), filled).unwrap();
    let out = seloste(
        dir.path(),
        &["translate", "model.toml", "--merge", "model.sv.toml"],
    );
    assert_ok(&out);
    let err = stderr(&out);
    assert!(
        err.contains("merged 1 translation into model.toml"),
        "{err}"
    );
    assert!(
        err.contains("left empty, not merged: purposes[1].purpose (sv)"),
        "{err}"
    );
    let model = read(dir.path(), "model.toml");
    assert_eq!(
        model,
        MODEL.replace(
            "{ fi = \"kanta-asiakasnumero\" }",
            // What the translation was made from: fi, and the first 8 hex
            // digits of the SHA-256 of its text.
            "{ fi = \"kanta-asiakasnumero\", sv = \"stamkundsnummer\", sv-from = \"fi:326643b6\" }"
        ),
        "only the translation is added; comments and layout stay"
    );
    let out = seloste(dir.path(), &["translate", "model.toml", "--to", "sv"]);
    assert_eq!(
        stdout(&out),
        "purposes[1].purpose (fi): kanta-asiakasetujen hallinta\n"
    );
}

#[test]
fn an_ftl_file_for_the_translator_merges_back() {
    let dir = folder();
    let out = seloste(
        dir.path(),
        &[
            "translate",
            "model.toml",
            "--to",
            "en",
            "-o",
            "model.en.ftl",
        ],
    );
    assert_ok(&out);
    let file = read(dir.path(), "model.en.ftl");
    assert!(
        file.contains(
            "# purposes[1].purpose (fi):\n# kanta-asiakasetujen hallinta\npurposes-1-purpose =\n"
        ),
        "{file}"
    );
    let filled = file
        .replace("data-1 =\n", "data-1 = Loyalty card number\n")
        .replace(
            "purposes-1-purpose =\n",
            "purposes-1-purpose = Managing loyalty\n    benefits\n",
        )
        .replace(
            "document-register =\n",
            "document-register = Loyalty register\n",
        );
    std::fs::write(dir.path().join("model.en.ftl"), filled).unwrap();
    let out = seloste(
        dir.path(),
        &[
            "translate",
            "model.toml",
            "--merge",
            "model.en.ftl",
            "-o",
            "merged.toml",
        ],
    );
    assert_ok(&out);
    assert_eq!(
        read(dir.path(), "model.toml"),
        MODEL,
        "-o leaves the model alone"
    );
    let merged = read(dir.path(), "merged.toml");
    for want in [
        "register = { fi = \"Kanta-asiakasrekisteri\", sv = \"Stamkundsregister\", en = \"Loyalty register\", en-from = \"fi:2ced0162\" }",
        "{ fi = \"kanta-asiakasnumero\", en = \"Loyalty card number\", en-from = \"fi:326643b6\" }",
        "purpose = { fi = \"kanta-asiakasetujen hallinta\", en = \"Managing loyalty benefits\", en-from = \"fi:48202eea\" }",
    ] {
        assert!(merged.contains(want), "{want}\nnot in:\n{merged}");
    }
    let out = seloste(
        dir.path(),
        &["render", "merged.toml", "--lang", "en", "-o", "out/"],
    );
    assert_ok(&out);
    let text = pdf_text(&dir.path().join("out/merged.en.pdf"));
    assert!(text.contains("Managing loyalty benefits"), "{text}");
}

#[test]
fn a_merge_with_a_problem_names_the_line_and_writes_nothing() {
    let dir = folder();
    let file = "[\"purposes[1].purpose\"]\nfi = \"kanta-asiakasedut\"\nsv = \"stamkundsförmåner\"\n\n\
                [\"purposes[7].purpose\"]\nfi = \"x\"\nsv = \"y\"\n";
    std::fs::write(dir.path().join("t.toml"), file).unwrap();
    let out = seloste(
        dir.path(),
        &["translate", "model.toml", "--merge", "t.toml"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("error[invalid-model]: the model's fi text here is not the one in the file\n --> t.toml:1:1"),
        "{err}"
    );
    assert!(
        err.contains("error[invalid-model]: the model has no own text here\n --> t.toml:5:1")
            && err.contains("^ purposes[7].purpose"),
        "{err}"
    );
    assert_eq!(read(dir.path(), "model.toml"), MODEL);
    assert_eq!(files_in(dir.path()), ["model.toml", "t.toml"]);

    std::fs::write(dir.path().join("t.toml"), "[\"data[1]\"\nfi = 1\n").unwrap();
    let out = seloste(
        dir.path(),
        &["translate", "model.toml", "--merge", "t.toml"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("t.toml:1:"), "{}", stderr(&out));
    assert_eq!(read(dir.path(), "model.toml"), MODEL);
}

#[test]
fn the_command_line_is_checked() {
    let dir = folder();
    let out = seloste(dir.path(), &["translate", "model.toml"]);
    assert_eq!(out.status.code(), Some(2));
    let out = seloste(dir.path(), &["translate", "model.toml", "--to", "de"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("unknown language 'de'"));
    let out = seloste(
        dir.path(),
        &["translate", "model.toml", "--to", "sv", "--merge", "x.toml"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(files_in(dir.path()), ["model.toml"]);
}

#[test]
fn an_incomplete_language_names_each_missing_text() {
    let dir = folder();
    let out = seloste(
        dir.path(),
        &["render", "model.toml", "--lang", "sv", "-o", "out/"],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("error[language-incomplete]: own text has no sv version (it has: fi)\n --> model.toml:2:17"),
        "{err}"
    );
    assert!(err.contains("^ purposes[1].purpose"), "{err}");
    assert!(err.contains("--fallback"), "{err}");
    assert_eq!(files_in(dir.path()), ["model.toml"]);
}

#[test]
fn a_fallback_is_printed_marked_and_tagged_in_its_language() {
    let dir = folder();
    let out = seloste(
        dir.path(),
        &[
            "render",
            "model.toml",
            "--lang",
            "sv,fi+sv",
            "--fallback",
            "fi",
            "-o",
            "out/",
        ],
    );
    assert_ok(&out);
    let sv = pdf_text(&dir.path().join("out/model.sv.pdf"));
    assert!(sv.contains("kanta-asiakasnumero (på finska)"), "{sv}");
    assert!(
        sv.contains("kanta-asiakasetujen hallinta (på finska)"),
        "{sv}"
    );
    assert!(sv.contains("Stamkundsregister"), "{sv}");
    // The Finnish text inside the Swedish document is tagged as Finnish.
    let pdf = std::fs::read(dir.path().join("out/model.sv.pdf")).unwrap();
    let spans = spans_with_lang(&pdf);
    assert!(spans.contains(&"fi".to_string()), "{spans:?}");
    let both = pdf_text(&dir.path().join("out/model.fi+sv.pdf"));
    assert!(both.contains("kanta-asiakasnumero (på finska)"), "{both}");

    // A fallback that the text lacks too is still an error.
    let out = seloste(
        dir.path(),
        &[
            "render",
            "model.toml",
            "--lang",
            "sv",
            "--fallback",
            "en",
            "-o",
            "x/",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("own text has no sv version, nor one in the fallback language en"),
        "{}",
        stderr(&out)
    );
    assert!(!dir.path().join("x").exists());
}

/// The `/Lang` of every structure element and every marked-content span
/// that has one: typst tags a paragraph with the language of its first text
/// and a run in another language inside it with a span of that language.
fn spans_with_lang(pdf: &[u8]) -> Vec<String> {
    use lopdf::Object;
    let doc = lopdf::Document::load_mem(pdf).unwrap();
    let lang = |d: &lopdf::Dictionary| {
        d.get(b"Lang")
            .and_then(Object::as_str)
            .ok()
            .map(|l| String::from_utf8_lossy(l).into_owned())
    };
    let mut out: Vec<String> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.get(b"Type").and_then(Object::as_name).ok() == Some(b"StructElem".as_slice()))
        .filter_map(lang)
        .collect();
    for (_, page) in doc.get_pages() {
        let content = doc.get_and_decode_page_content(page).unwrap();
        for op in content.operations {
            if op.operator == "BDC"
                && let Some(Object::Dictionary(d)) = op.operands.get(1)
            {
                out.extend(lang(d));
            }
        }
    }
    out
}

/// Issue 23, item 19: a merge records what each translation was made from;
/// once the source is edited, `check` warns at the translation's line and
/// `translate --to` lists it with the source as it reads now. A text
/// written twice is offered once and merged into both places.
#[test]
fn a_translation_whose_source_changed_is_stale() {
    let dir = tempfile::tempdir().unwrap();
    let model = COMPLETE_MODEL
        .replacen(
            "purpose = \"billing\"",
            "purpose = { fi = \"Laskutus ja perintä\" }",
            1,
        )
        .replacen("languages = [\"fi\"]", "languages = [\"fi\", \"sv\"]", 1)
        .replacen(
            "disclosures = [\"authorities-by-law\"]",
            "disclosures = [\"authorities-by-law\"]\n\n[[recipients.processors]]\n\
             name = \"Perintä Oy\"\ncountry = \"FI\"\nservice = { fi = \"Laskutus ja perintä\" }",
            1,
        );
    std::fs::write(dir.path().join("model.toml"), &model).unwrap();
    // Offered once, though written twice.
    let out = seloste(
        dir.path(),
        &["translate", "model.toml", "--to", "sv", "-o", "sv.toml"],
    );
    assert_ok(&out);
    let file = read(dir.path(), "sv.toml");
    assert_eq!(file.matches("Laskutus ja perintä").count(), 1, "{file}");
    std::fs::write(
        dir.path().join("sv.toml"),
        file.replacen("sv = \"\"", "sv = \"Fakturering och indrivning\"", 1),
    )
    .unwrap();
    assert_ok(&seloste(
        dir.path(),
        &["translate", "model.toml", "--merge", "sv.toml"],
    ));
    let merged = read(dir.path(), "model.toml");
    // Both places translated, each with the fingerprint of its source (the
    // first 8 hex digits of the SHA-256 of "Laskutus ja perintä").
    let record = "sv = \"Fakturering och indrivning\", sv-from = \"fi:75fa4a95\"";
    assert_eq!(merged.matches(record).count(), 2, "{merged}");
    let check = |dir: &Path| {
        check_findings(dir)
            .iter()
            .filter(|f| f["rule"] == "translation-stale")
            .map(|f| {
                (
                    f["path"].as_str().unwrap().to_string(),
                    f["location"]["line"].as_u64().unwrap_or(0),
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(check(dir.path()), []);
    // The Finnish purpose is edited; its Swedish translation is now stale,
    // the processor's, whose source is unchanged, is not.
    let edited = merged.replacen(
        "purpose = { fi = \"Laskutus ja perintä\"",
        "purpose = { fi = \"Laskutus, perintä ja maksumuistutukset\"",
        1,
    );
    std::fs::write(dir.path().join("model.toml"), &edited).unwrap();
    let line = edited
        .lines()
        .position(|l| l.contains("maksumuistutukset"))
        .unwrap() as u64
        + 1;
    assert_eq!(
        check(dir.path()),
        [("purposes[0].purpose.sv".to_string(), line)]
    );
    let out = seloste(dir.path(), &["translate", "model.toml", "--to", "sv"]);
    assert_ok(&out);
    let listed = stdout(&out);
    assert!(listed.contains("purposes[0].purpose: stale"), "{listed}");
    assert!(
        listed.contains("Laskutus, perintä ja maksumuistutukset"),
        "{listed}"
    );
    assert!(listed.contains("Fakturering och indrivning"), "{listed}");
    assert!(!listed.contains("processors"), "{listed}");
}

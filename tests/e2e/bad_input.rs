//! Bad input is refused with a message that says what, where and how to fix
//! it; the exit status is 1; nothing is written. Text that looks like typst
//! markup is printed literally.

use std::path::Path;

use crate::support::*;

/// Writes `model` as `model.toml` in a fresh folder and renders it.
fn run(model: &str, args: &[&str]) -> (tempfile::TempDir, std::process::Output) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("model.toml"), model).unwrap();
    let mut all = vec!["render", "model.toml", "-o", "out/"];
    all.extend_from_slice(args);
    let out = seloste(dir.path(), &all);
    (dir, out)
}

/// Asserts exit status 1, that stderr contains every `needle`, and that no
/// PDF (nor any temporary file) was written.
fn assert_refused(dir: &Path, out: &std::process::Output, needles: &[&str]) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "exit status; stderr:\n{err}");
    for n in needles {
        assert!(err.contains(n), "stderr lacks {n:?}:\n{err}");
    }
    let out_dir = dir.join("out");
    if out_dir.exists() {
        assert!(
            files_in(&out_dir).is_empty(),
            "files were written: {:?}",
            files_in(&out_dir)
        );
    }
    assert_eq!(
        files_in(dir),
        vec!["model.toml"],
        "stray files beside the model"
    );
}

#[test]
fn the_valid_model_renders() {
    let (dir, out) = run(COMPLETE_MODEL, &[]);
    assert_ok(&out);
    assert!(dir.path().join("out/model.fi.pdf").exists());
}

#[test]
fn malformed_toml_names_line_and_column() {
    let model = COMPLETE_MODEL.replace("city = \"Rovaniemi\"", "city = Rovaniemi");
    let (dir, out) = run(&model, &[]);
    assert_refused(
        dir.path(),
        &out,
        &["--> model.toml:16:8\n", "string", "16 | city = Rovaniemi"],
    );
}

#[test]
fn an_unknown_field_names_its_path_and_the_nearest_name() {
    let model = COMPLETE_MODEL.replace("postal-code", "postcode");
    let (dir, out) = run(&model, &[]);
    assert_refused(
        dir.path(),
        &out,
        &[
            "error[invalid-model]: unknown field `postcode`",
            "--> model.toml:15:1",
            "^^^^^^^^ controllers[0].postcode",
            "did you mean `postal-code`?",
        ],
    );
}

#[test]
fn an_unknown_catalogue_key_gets_a_suggestion() {
    let model = COMPLETE_MODEL.replace("purpose = \"billing\"", "purpose = \"biling\"");
    let (dir, out) = run(&model, &[]);
    assert_refused(
        dir.path(),
        &out,
        &[
            "error[invalid-model]: 'biling' is not a catalogue key",
            "--> model.toml:23:11",
            "^^^^^^^^ purposes[0].purpose",
            "did you mean 'billing'?",
            "For your own text write { fi = ",
        ],
    );
}

#[test]
fn a_wrong_business_id_names_the_controller_and_the_reason() {
    let model = COMPLETE_MODEL.replace("1759068-4", "1759068-5");
    let (dir, out) = run(&model, &[]);
    assert_refused(
        dir.path(),
        &out,
        &[
            "--> model.toml:13:15",
            "^^^^^^^^^^^ controllers[0].business-id",
            "controller 'Webkoti'",
            "check digit of '1759068-5' is wrong: for 1759068 it would be 4",
        ],
    );
}

#[test]
fn own_text_missing_a_language_names_the_field_and_writes_nothing() {
    let model = COMPLETE_MODEL.replace(
        "languages = [\"fi\"]",
        "languages = [\"fi\"]\nregister = { fi = \"Asiakasrekisteri\" }",
    );
    let (dir, out) = run(&model, &["--lang", "fi,sv"]);
    assert_refused(
        dir.path(),
        &out,
        &[
            "error[language-incomplete]: own text has no sv version",
            "--> model.toml:10:12",
            "^ document.register",
        ],
    );
}

#[test]
fn a_missing_file_is_an_input_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = seloste(dir.path(), &["render", "nope.toml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read 'nope.toml'"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--> nope.toml"));
}

#[test]
fn typst_markup_in_text_is_printed_literally() {
    let evil = r#"#read("/etc/passwd") *bold* _em_ ] $x^2$ <l> @ref \ #let x = 1"#;
    let model = COMPLETE_MODEL.replace(
        "languages = [\"fi\"]",
        &format!("languages = [\"fi\"]\nintro = {{ fi = '''{evil}''' }}"),
    );
    let (dir, out) = run(&model, &[]);
    assert_ok(&out);
    let text = pdf_text(&dir.path().join("out/model.fi.pdf"));
    assert!(text.contains(evil), "not literal:\n{text}");
    assert!(!text.contains("root:"), "a file was read");
}

#[test]
fn a_layout_must_be_two_promised_languages() {
    let model = COMPLETE_MODEL.replace(
        "languages = [\"fi\"]",
        "languages = [\"fi\"]\nlayout = \"fi+sv\"",
    );
    let (dir, out) = run(&model, &[]);
    assert_refused(
        dir.path(),
        &out,
        &[
            "error[invalid-model]: layout 'fi+sv' prints sv, which document.languages does not promise",
            "--> model.toml:10:10",
            "^^^^^^^ document.layout",
            "add \"sv\" to document.languages",
        ],
    );
}

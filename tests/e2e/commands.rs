//! `seloste init`, `seloste schema` and `seloste catalog`.

use crate::support::*;

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn init_writes_a_starter_that_fails_until_its_placeholders_are_filled() {
    let dir = tempfile::tempdir().unwrap();
    let out = seloste(dir.path(), &["init", "--today", "2026-11-22"]);
    assert_ok(&out);
    assert!(stderr(&out).contains("seloste check notice.toml"));
    let text = std::fs::read_to_string(dir.path().join("notice.toml")).unwrap();
    assert!(text.contains("# Rekisterinpitäjä"), "{text}");
    assert!(text.contains("updated = 2026-11-22"));

    let check = ["check", "--today", "2026-11-22", "notice.toml"];
    let out = seloste(dir.path(), &check);
    assert_eq!(out.status.code(), Some(1));
    let report = stdout(&out);
    assert_eq!(
        report.matches("error[placeholder-not-filled]").count(),
        8,
        "{report}"
    );
    assert!(report.contains("controllers[0].business-id"), "{report}");
    assert!(report.contains("notice.toml: 8 errors"), "{report}");

    let filled = text
        .replace(
            "\"<yrityksen tai yhteisön virallinen nimi>\"",
            "\"Webkoti\"",
        )
        .replace("\"<Y-tunnus, esim. 1234567-1>\"", "\"1759068-4\"")
        .replace("\"<katuosoite>\"", "\"Mustikkapolku 1 A 5\"")
        .replace("\"<postinumero>\"", "\"96500\"")
        .replace("\"<postitoimipaikka>\"", "\"Rovaniemi\"")
        .replace("\"<yrityksen sähköpostiosoite>\"", "\"admin@webkoti.com\"")
        .replace("\"<yhteyshenkilön tai yksikön nimi>\"", "\"Webkoti\"")
        .replace(
            "\"<sähköpostiosoite rekisteriä koskeville pyynnöille>\"",
            "\"admin@webkoti.com\"",
        );
    std::fs::write(dir.path().join("notice.toml"), filled).unwrap();
    let mut strict = check.to_vec();
    strict.insert(1, "--deny-warnings");
    let out = seloste(dir.path(), &strict);
    assert_ok(&out);
    assert!(stdout(&out).contains("notice.toml: no findings"));
}

#[test]
fn init_refuses_to_overwrite_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("mine.toml"), "keep").unwrap();
    let out = seloste(dir.path(), &["init", "-o", "mine.toml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--force"));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("mine.toml")).unwrap(),
        "keep"
    );
    let out = seloste(
        dir.path(),
        &["init", "-o", "mine.toml", "--force", "--lang", "sv"],
    );
    assert_ok(&out);
    let text = std::fs::read_to_string(dir.path().join("mine.toml")).unwrap();
    assert!(text.contains("# Den personuppgiftsansvarige"), "{text}");
}

#[test]
fn init_to_standard_output_in_english() {
    let dir = tempfile::tempdir().unwrap();
    let out = seloste(dir.path(), &["init", "--lang", "en", "-o", "-"]);
    assert_ok(&out);
    assert!(stdout(&out).contains("name = \"<the organisation's registered name>\""));
    assert!(files_in(dir.path()).is_empty());
}

#[test]
fn schema_is_a_draft_7_json_schema_of_the_model() {
    let dir = tempfile::tempdir().unwrap();
    let out = seloste(dir.path(), &["schema"]);
    assert_ok(&out);
    let schema: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    assert_eq!(schema["additionalProperties"], false);
    let required = schema["required"].as_array().unwrap();
    for field in ["document", "controllers", "contact", "purposes"] {
        assert!(required.contains(&field.into()), "{field} not required");
    }
    assert!(schema["properties"]["consent-withdrawal"].is_object());
    assert!(schema["definitions"]["Text"]["anyOf"].is_array());
}

#[test]
fn catalog_lists_a_section_with_its_texts() {
    let dir = tempfile::tempdir().unwrap();
    let out = seloste(
        dir.path(),
        &["catalog", "--lang", "en", "--section", "retention"],
    );
    assert_ok(&out);
    let text = stdout(&out);
    assert!(text.starts_with("retention  (retention[])\n"), "{text}");
    assert!(text.contains("  accounting-law "), "{text}");
    assert!(
        text.contains("for as long as the contract is in force and for {$years} years"),
        "{text}"
    );
    assert!(text.contains("(values: years)"), "{text}");
    assert!(
        !text.contains("billing"),
        "another section leaked in:\n{text}"
    );
}

#[test]
fn catalog_sections_do_not_overlap() {
    let dir = tempfile::tempdir().unwrap();
    let out = seloste(dir.path(), &["catalog", "--section", "source"]);
    assert_ok(&out);
    let text = stdout(&out);
    assert!(text.contains("  ytj "), "{text}");
    assert!(
        !text.contains("basic-company-data"),
        "source-details leaked:\n{text}"
    );
    let all = stdout(&seloste(dir.path(), &["catalog"]));
    assert!(all.contains("source-details  (sources[].details)"));
    assert!(all.contains("  FI  Suomi"), "{all}");
}

#[test]
fn an_unknown_section_is_a_usage_error_naming_the_sections() {
    let dir = tempfile::tempdir().unwrap();
    let out = seloste(dir.path(), &["catalog", "--section", "purposes"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("unknown section 'purposes'"), "{err}");
    assert!(err.contains("purpose, interest, data"), "{err}");
}

#[test]
fn a_closed_standard_output_ends_quietly() {
    // The reader (`| head -c 0`) has gone before the PDF is written: as
    // ripgrep does, seloste stops without an error and exits 0.
    let dir = tempfile::tempdir().unwrap();
    let model = example("webkoti");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_seloste"))
        .args(["render", model.to_str().unwrap(), "--lang", "fi", "-o", "-"])
        .current_dir(dir.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

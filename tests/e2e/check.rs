//! `seloste check`, and the same checks inside `seloste render`: findings
//! with rule, article, path and line:column; exit status 0 / 1 / 2; JSON for
//! programs; colour only on a terminal or when forced.

use std::path::Path;
use std::process::{Command, Output};

use crate::support::*;

/// A model that breaks `no-retention` (an error) and nothing else.
fn no_retention() -> String {
    COMPLETE_MODEL.replace("retention = [\"until-no-longer-needed\", { key = \"customer-relationship-plus-years\", years = 2 }]\n", "")
}

/// A model that breaks `requirement-not-stated` (a warning) and nothing else.
fn no_requirement() -> String {
    COMPLETE_MODEL.replace("requirement = \"contract\"\n", "")
}

/// Runs seloste in `dir` with extra environment variables.
fn seloste_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_seloste"));
    cmd.args(args).current_dir(dir);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("the seloste binary runs")
}

/// Writes the models into a fresh folder and runs `seloste check` with
/// `args` (a fixed --today) on them.
fn check(models: &[(&str, &str)], args: &[&str]) -> Output {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in models {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let mut all = vec!["check", "--today", "2027-01-01"];
    all.extend_from_slice(args);
    all.extend(models.iter().map(|(n, _)| *n));
    seloste_env(dir.path(), &all, &[("NO_COLOR", "1")])
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn the_examples_pass_with_no_findings() {
    let dir = tempfile::tempdir().unwrap();
    let examples = [
        "iljoja",
        "webkoti",
        "iljoja-fi-sv",
        "puutarhapuoti",
        "yhdistys",
    ]
    .map(example);
    let mut args = vec!["check", "--deny-warnings", "--today", "2027-01-01"];
    args.extend(examples.iter().map(|p| p.to_str().unwrap()));
    let out = seloste(dir.path(), &args);
    assert_ok(&out);
    let text = stdout(&out);
    assert_eq!(text.matches(": no findings").count(), 5, "{text}");
}

#[test]
fn an_error_is_reported_with_rule_article_place_and_help() {
    let out = check(&[("model.toml", &no_retention())], &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    for needle in [
        "error[no-retention]: the notice does not say how long the data is kept",
        " --> model.toml:1:1",
        "1 | data = [\"name\", \"contact-details\"]",
        "^^^^ retention",
        "= note: GDPR Art. 13(2)(a), 14(2)(a)",
        "= help: add retention = [",
        "model.toml: 1 error",
    ] {
        assert!(text.contains(needle), "no {needle:?} in:\n{text}");
    }
    assert!(!text.contains('\u{1b}'), "colour in a pipe:\n{text:?}");
    assert!(stderr(&out).contains("model.toml does not pass the check"));
}

#[test]
fn warnings_alone_pass_unless_denied() {
    let out = check(&[("model.toml", &no_requirement())], &[]);
    assert_ok(&out);
    assert!(stdout(&out).contains("warning[requirement-not-stated]"));
    assert!(stdout(&out).contains("model.toml: 1 warning"));

    let out = check(&[("model.toml", &no_requirement())], &["--deny-warnings"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("error[requirement-not-stated]"));
}

#[test]
fn every_model_is_reported_and_the_status_says_whether_any_failed() {
    let out = check(
        &[
            ("bad.toml", &no_retention()),
            ("good.toml", COMPLETE_MODEL),
            ("missing.toml", "x"),
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains("bad.toml: 1 error"), "{text}");
    assert!(text.contains("good.toml: no findings"), "{text}");
    assert!(text.contains("error[invalid-model]"), "{text}");
    assert!(stderr(&out).contains("2 of 3 models do not pass the check"));
}

#[test]
fn an_unreadable_file_is_an_invalid_model() {
    let dir = tempfile::tempdir().unwrap();
    let out = seloste(dir.path(), &["check", "nope.toml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("error[invalid-model]: cannot read 'nope.toml'"));
    assert!(stdout(&out).contains("--> nope.toml"));
}

#[test]
fn json_output_for_programs() {
    let out = check(
        &[("a.toml", &no_retention()), ("b.toml", &no_requirement())],
        &["--format", "json"],
    );
    assert_eq!(out.status.code(), Some(1));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert_eq!(doc["passed"], false);
    let a = &doc["models"][0];
    assert_eq!(a["file"], "a.toml");
    assert_eq!(a["passed"], false);
    assert_eq!(a["errors"], 1);
    let f = &a["findings"][0];
    assert_eq!(f["rule"], "no-retention");
    assert_eq!(f["severity"], "error");
    assert_eq!(f["article"], "Art. 13(2)(a), 14(2)(a)");
    assert_eq!(f["path"], "retention");
    assert_eq!(f["location"], serde_json::json!({"line": 1, "column": 1}));
    assert!(f["help"].as_str().unwrap().contains("retention"));
    let b = &doc["models"][1];
    assert_eq!(
        (b["passed"].clone(), b["warnings"].clone()),
        (true.into(), 1.into())
    );
}

#[test]
fn colour_when_forced_and_never_with_no_color() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("m.toml"), no_retention()).unwrap();
    let args = ["check", "--today", "2027-01-01", "m.toml"];
    let forced = seloste_env(dir.path(), &args, &[("CLICOLOR_FORCE", "1")]);
    assert!(stdout(&forced).contains("\u{1b}["), "{:?}", stdout(&forced));
    let plain = seloste_env(dir.path(), &args, &[("NO_COLOR", "1")]);
    assert!(!stdout(&plain).contains('\u{1b}'));
}

#[test]
fn today_comes_from_the_flag_or_source_date_epoch() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("m.toml"), COMPLETE_MODEL).unwrap();
    // 2026-12-01 and 2029-01-01 as seconds since 1970.
    let within = seloste_env(
        dir.path(),
        &["check", "--deny-warnings", "m.toml"],
        &[("SOURCE_DATE_EPOCH", "1796083200")],
    );
    assert_ok(&within);
    let later = seloste_env(
        dir.path(),
        &["check", "m.toml"],
        &[("SOURCE_DATE_EPOCH", "1861920000")],
    );
    assert!(
        stdout(&later).contains("warning[outdated]"),
        "{}",
        stdout(&later)
    );
    assert!(stdout(&later).contains("today (2029-01-01)"));
    let flag_wins = seloste_env(
        dir.path(),
        &[
            "check",
            "--deny-warnings",
            "--today",
            "2027-01-01",
            "m.toml",
        ],
        &[("SOURCE_DATE_EPOCH", "1861920000")],
    );
    assert_ok(&flag_wins);
    let bad = seloste_env(
        dir.path(),
        &["check", "m.toml"],
        &[("SOURCE_DATE_EPOCH", "yesterday")],
    );
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn usage_errors_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["check"][..],
        &["check", "--format", "xml", "m.toml"],
        &["check", "--today", "1.1.2027", "m.toml"],
    ] {
        let out = seloste(dir.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
    }
}

#[test]
fn render_refuses_an_incomplete_notice_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("m.toml"), no_retention()).unwrap();
    let out = seloste_env(
        dir.path(),
        &["render", "--today", "2027-01-01", "m.toml", "-o", "out/"],
        &[("NO_COLOR", "1")],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("error[no-retention]"), "{err}");
    assert!(err.contains(" --> m.toml:1:1"), "{err}");
    assert!(err.contains("nothing was written"), "{err}");
    assert_eq!(files_in(dir.path()), ["m.toml"]);
}

#[test]
fn render_shows_warnings_and_writes_unless_they_are_denied() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("m.toml"), no_requirement()).unwrap();
    let args = ["render", "--today", "2027-01-01", "m.toml", "-o", "out/"];
    let out = seloste_env(dir.path(), &args, &[("NO_COLOR", "1")]);
    assert_ok(&out);
    assert!(stderr(&out).contains("warning[requirement-not-stated]"));
    assert!(dir.path().join("out/m.fi.pdf").exists());

    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("m.toml"), no_requirement()).unwrap();
    let mut denied = args.to_vec();
    denied.push("--deny-warnings");
    let out = seloste_env(dir.path(), &denied, &[("NO_COLOR", "1")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("error[requirement-not-stated]"));
    assert_eq!(files_in(dir.path()), ["m.toml"]);
}

/// Issue 23, item 13: a model that leaves out three required fields is told
/// of all three in one run, in file order, each under its rule: the contact
/// email under `no-contact` with its article, in the user's language too.
#[test]
fn every_missing_required_field_is_reported_at_once() {
    let model = COMPLETE_MODEL
        .replace("updated = 2026-11-01\n", "")
        .replace("city = \"Rovaniemi\"\n", "")
        .replace("email = \"admin@webkoti.com\"\n", "");
    let out = check(&[("model.toml", &model)], &["--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = report["models"][0]["findings"].as_array().unwrap();
    let found: Vec<(&str, &str)> = findings
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap(),
                f["path"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("invalid-model", "document.updated"),
            ("invalid-model", "controllers[0].city"),
            ("no-contact", "contact.email"),
        ]
    );
    assert_eq!(findings[2]["article"], "Art. 13(1)(a), 14(1)(a), 12(2)");
    let out = check(&[("model.toml", &model)], &["--ui-lang", "fi"]);
    let text = stdout(&out);
    assert!(text.contains("virhe[no-contact]"), "{text}");
    assert!(text.contains("model.toml: 3 virhettä"), "{text}");
}

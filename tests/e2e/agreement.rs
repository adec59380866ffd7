//! `seloste check` and `seloste render` judge every model alike: a model
//! that check passes renders, and one that check refuses is not rendered,
//! with the same diagnostics.

use std::path::Path;

use crate::support::*;

/// The verdicts of `check` and `render` on the model `file` in `dir`, with
/// `args` given to both: (check's exit status, render's, check's output,
/// render's error output).
fn verdicts(dir: &Path, file: &str, args: &[&str]) -> (i32, i32, String, String) {
    let mut check = vec!["check", file];
    check.extend_from_slice(args);
    let checked = seloste(dir, &check);
    let mut render = vec!["render", file, "-o", "out/", "--quiet"];
    render.extend_from_slice(args);
    let rendered = seloste(dir, &render);
    (
        checked.status.code().unwrap_or(-1),
        rendered.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&checked.stdout).into_owned(),
        String::from_utf8_lossy(&rendered.stderr).into_owned(),
    )
}

/// Asserts that check and render agree on `model` (written as `model.toml`
/// beside `extra` files), and returns the shared verdict: true for passed.
fn agree(what: &str, model: &str, extra: &[(&str, &[u8])], args: &[&str]) -> bool {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("m");
    std::fs::create_dir_all(&d).unwrap();
    std::fs::write(d.join("model.toml"), model).unwrap();
    for (path, bytes) in extra {
        let p = dir.path().join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
    }
    let (check, render, check_out, render_err) = verdicts(&d, "model.toml", args);
    assert!(
        matches!(check, 0 | 1) && matches!(render, 0 | 1),
        "{what}: exit statuses {check} and {render}\ncheck:\n{check_out}\nrender:\n{render_err}"
    );
    assert_eq!(
        check, render,
        "{what}: check and render disagree\ncheck:\n{check_out}\nrender:\n{render_err}\nmodel:\n{model}"
    );
    if check == 1 {
        // The same diagnostics, first lines alike: `error[rule]: message`.
        let firsts = |s: &str| -> Vec<String> {
            s.lines()
                .filter(|l| l.starts_with("error[") || l.starts_with("warning["))
                .map(str::to_string)
                .collect()
        };
        assert_eq!(
            firsts(&check_out),
            firsts(&render_err),
            "{what}: the diagnostics differ"
        );
    }
    check == 0
}

const SVG: &[u8] = br#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>"#;

#[test]
fn check_and_render_agree_on_every_example() {
    let dir = repo().join("examples");
    for name in ["iljoja", "webkoti", "iljoja-fi-sv"] {
        let out = tempfile::tempdir().unwrap();
        let file = dir.join(format!("{name}.toml"));
        let file = file.to_str().unwrap();
        let (check, render, c, r) = verdicts(out.path(), file, &[]);
        assert_eq!((check, render), (0, 0), "{name}\n{c}\n{r}");
    }
}

#[test]
fn check_and_render_agree_on_bad_input() {
    let m = COMPLETE_MODEL;
    let logo = |path: &str| {
        m.replace(
            "languages = [\"fi\"]",
            &format!("languages = [\"fi\"]\nlogo = {{ path = \"{path}\", alt = {{ fi = \"Webkotin logo\" }} }}"),
        )
    };
    // What, the model, files beside it, the arguments, whether it passes.
    type Case<'a> = (
        &'a str,
        String,
        Vec<(&'a str, &'a [u8])>,
        Vec<&'a str>,
        bool,
    );
    let cases: Vec<Case> = vec![
        ("complete", m.to_string(), vec![], vec![], true),
        (
            "malformed",
            m.replace("city = \"Rovaniemi\"", "city = Rovaniemi"),
            vec![],
            vec![],
            false,
        ),
        (
            "unknown field",
            m.replace("postal-code", "postcode"),
            vec![],
            vec![],
            false,
        ),
        (
            "check digit",
            m.replace("1759068-4", "1759068-5"),
            vec![],
            vec![],
            false,
        ),
        (
            "unknown key",
            m.replace("\"billing\"", "\"biling\""),
            vec![],
            vec![],
            false,
        ),
        (
            "promised language missing",
            m.replace("languages = [\"fi\"]", "languages = [\"fi\", \"sv\"]")
                .replace(
                    "[\"until-no-longer-needed\", { key = \"customer-relationship-plus-years\", years = 2 }]",
                    "[{ fi = \"Tiedot poistetaan vuoden kuluttua.\" }]",
                ),
            vec![],
            vec![],
            false,
        ),
        (
            "promised language missing, with a fallback",
            m.replace("languages = [\"fi\"]", "languages = [\"fi\", \"sv\"]")
                .replace(
                    "[\"until-no-longer-needed\", { key = \"customer-relationship-plus-years\", years = 2 }]",
                    "[{ fi = \"Tiedot poistetaan vuoden kuluttua.\" }]",
                ),
            vec![],
            vec!["--fallback", "fi"],
            true,
        ),
        (
            "asked language missing",
            m.replace(
                "[\"until-no-longer-needed\", { key = \"customer-relationship-plus-years\", years = 2 }]",
                "[{ fi = \"Tiedot poistetaan vuoden kuluttua.\" }]",
            ),
            vec![],
            vec!["--lang", "en"],
            false,
        ),
        (
            "logo in the folder",
            logo("logo.svg"),
            vec![("m/logo.svg", SVG)],
            vec![],
            true,
        ),
        ("logo missing", logo("logo.svg"), vec![], vec![], false),
        (
            "logo outside the folder",
            logo("../secret.svg"),
            vec![("secret.svg", SVG)],
            vec![],
            false,
        ),
        (
            "logo at an absolute path",
            logo("/etc/passwd.svg"),
            vec![],
            vec![],
            false,
        ),
        (
            "wording folder missing",
            m.replace("data = [", "wording = \"wording\"\ndata = ["),
            vec![],
            vec![],
            false,
        ),
        (
            "wording folder outside",
            m.replace("data = [", "wording = \"..\"\ndata = ["),
            vec![],
            vec![],
            false,
        ),
        (
            "no retention",
            m.replace("retention = [\"until-no-longer-needed\", { key = \"customer-relationship-plus-years\", years = 2 }]\n", ""),
            vec![],
            vec![],
            false,
        ),
        (
            "a warning",
            m.replace("requirement = \"contract\"\n", ""),
            vec![],
            vec![],
            true,
        ),
        (
            "a denied warning",
            m.replace("requirement = \"contract\"\n", ""),
            vec![],
            vec!["--deny-warnings"],
            false,
        ),
        (
            "placeholder",
            m.replace("\"Webkoti\"", "\"<nimi>\""),
            vec![],
            vec![],
            false,
        ),
        ("empty", String::new(), vec![], vec![], false),
    ];
    for (what, model, extra, args, passes) in cases {
        assert_eq!(agree(what, &model, &extra, &args), passes, "{what}");
    }
}

#[test]
fn a_logo_outside_the_folder_is_refused_by_both_with_the_same_diagnostic() {
    let model = COMPLETE_MODEL.replace(
        "languages = [\"fi\"]",
        "languages = [\"fi\"]\nlogo = { path = \"../secret.svg\", alt = { fi = \"Webkotin logo\" } }",
    );
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("m");
    std::fs::create_dir_all(&d).unwrap();
    std::fs::write(d.join("model.toml"), &model).unwrap();
    std::fs::write(dir.path().join("secret.svg"), SVG).unwrap();
    let (check, render, check_out, render_err) = verdicts(&d, "model.toml", &[]);
    assert_eq!((check, render), (1, 1));
    for out in [&check_out, &render_err] {
        assert!(
            out.contains("error[invalid-model]: cannot use the logo: '../secret.svg' is outside the model's folder"),
            "{out}"
        );
        assert!(out.contains("--> model.toml:10:"), "{out}");
        assert!(out.contains("document.logo.path"), "{out}");
    }
    assert!(!d.join("out").exists());
}

/// Every model made by leaving one line out of the complete model: a
/// generated set of broken (and some still valid) models.
#[test]
fn check_and_render_agree_on_every_model_missing_a_line() {
    let lines: Vec<&str> = COMPLETE_MODEL.lines().collect();
    let mut passed = 0;
    let mut refused = 0;
    for i in 0..lines.len() {
        if lines[i].trim().is_empty() {
            continue;
        }
        let model: String = lines
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .map(|(_, l)| format!("{l}\n"))
            .collect();
        if agree(&format!("without line {}", i + 1), &model, &[], &[]) {
            passed += 1;
        } else {
            refused += 1;
        }
    }
    // Both verdicts occur, so the comparison above means something.
    assert!(
        passed > 0 && refused > 0,
        "{passed} passed, {refused} refused"
    );
}

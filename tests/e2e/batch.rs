//! Many models in one run: every good document is written, every bad model
//! reported with its diagnostics, and a JSON line per document says what
//! was written.

use std::io::Write;
use std::process::{Command, Stdio};

use sha2::{Digest, Sha256};

use crate::support::*;

/// A folder `in/` with the examples and a model that does not parse.
fn inputs() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    for name in ["iljoja", "webkoti", "iljoja-fi-sv"] {
        std::fs::copy(example(name), input.join(format!("{name}.toml"))).unwrap();
    }
    std::fs::write(input.join("broken.toml"), "data = [\n").unwrap();
    std::fs::write(input.join("notes.txt"), "not a model\n").unwrap();
    dir
}

#[test]
fn a_batch_writes_every_good_document_and_reports_every_bad_model() {
    let dir = inputs();
    let out = seloste(
        dir.path(),
        &[
            "render",
            "in",
            "--lang",
            "fi,sv",
            "-o",
            "out",
            "--report",
            "report.jsonl",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "one model is bad");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--> in/broken.toml:1:9"), "{err}");
    assert!(err.contains("rendered 6 documents of 4 models"), "{err}");
    assert!(err.contains("1 failed"), "{err}");
    assert_eq!(
        files_in(&dir.path().join("out")),
        [
            "iljoja-fi-sv.fi.pdf",
            "iljoja-fi-sv.sv.pdf",
            "iljoja.fi.pdf",
            "iljoja.sv.pdf",
            "webkoti.fi.pdf",
            "webkoti.sv.pdf",
        ]
    );

    let report = std::fs::read_to_string(dir.path().join("report.jsonl")).unwrap();
    let lines: Vec<serde_json::Value> = report
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 7, "{report}");
    let bad: Vec<&serde_json::Value> = lines.iter().filter(|l| !l["error"].is_null()).collect();
    assert_eq!(bad.len(), 1);
    assert_eq!(bad[0]["input"], "in/broken.toml");
    assert!(
        bad[0]["error"]
            .as_str()
            .unwrap()
            .contains("in/broken.toml:1:9")
    );
    for line in lines.iter().filter(|l| l["error"].is_null()) {
        let path = dir.path().join(line["output"].as_str().unwrap());
        let bytes = std::fs::read(&path).unwrap();
        let digest: String = Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(line["sha256"], digest.as_str(), "{line}");
        let info = tool("pdfinfo", &[path.to_str().unwrap()]);
        let pages = info
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .map(|n| n.trim().to_string())
            .unwrap();
        assert_eq!(line["pages"].to_string(), pages, "{line}");
        assert!(line["identity"].is_string());
    }
}

#[test]
fn models_can_be_listed_on_standard_input() {
    let dir = inputs();
    let mut child = Command::new(env!("CARGO_BIN_EXE_seloste"))
        .args(["render", "-", "--lang", "en", "-o", "out", "--quiet"])
        .current_dir(dir.path())
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"in/webkoti.toml\n\nin/iljoja.toml\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_ok(&out);
    assert_eq!(
        files_in(&dir.path().join("out")),
        ["iljoja.en.pdf", "webkoti.en.pdf"]
    );
}

#[test]
fn two_models_writing_the_same_files_are_refused_before_any_work() {
    let dir = inputs();
    std::fs::create_dir(dir.path().join("other")).unwrap();
    std::fs::copy(example("webkoti"), dir.path().join("other/webkoti.toml")).unwrap();
    let out = seloste(
        dir.path(),
        &[
            "render",
            "in/webkoti.toml",
            "other/webkoti.toml",
            "-o",
            "out",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("would both be written as out/webkoti.*.pdf"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!dir.path().join("out").exists());
}

#[test]
fn shards_are_disjoint_and_together_every_model() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    let text = std::fs::read_to_string(example("webkoti")).unwrap();
    let names: Vec<String> = (0..12).map(|i| format!("m{i:02}")).collect();
    for name in &names {
        std::fs::write(input.join(format!("{name}.toml")), &text).unwrap();
    }
    let n = 3;
    let mut all: Vec<String> = Vec::new();
    for k in 0..n {
        // Each shard a process of its own, as on separate machines.
        let out_dir = format!("out{k}");
        let shard = format!("{k}/{n}");
        let out = seloste(
            dir.path(),
            &[
                "render", "in", "--lang", "fi", "-o", &out_dir, "--shard", &shard, "--quiet",
            ],
        );
        assert_ok(&out);
        let path = dir.path().join(&out_dir);
        if path.exists() {
            all.extend(files_in(&path));
        }
    }
    let before = all.len();
    all.sort();
    all.dedup();
    assert_eq!(all.len(), before, "a model was rendered by two shards");
    let expected: Vec<String> = names.iter().map(|n| format!("{n}.fi.pdf")).collect();
    assert_eq!(all, expected, "the shards together are every model");

    let out = seloste(dir.path(), &["render", "in", "--shard", "3/3"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn no_progress_is_drawn_when_standard_error_is_no_terminal() {
    let dir = inputs();
    let out = seloste(dir.path(), &["render", "in", "--lang", "fi", "-o", "out"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains('\r') && !err.contains('\u{1b}'), "{err:?}");
    assert!(!err.contains("notices,"), "{err}");
    // The summary line is still there, for the log.
    assert!(err.contains("rendered 3 documents of 4 models"), "{err}");
}

#[test]
fn a_job_list_runs_every_good_line_and_reports_each_bad_one_by_its_number() {
    let dir = inputs();
    let jobs = [
        r#"{"model": "in/webkoti.toml", "layouts": ["fi", "sv+en"], "output": "web"}"#,
        r#"this is not json"#,
        r#"{"model": "in/iljoja.toml", "layouts": ["de"]}"#,
        r#"{"model": "in/missing.toml"}"#,
        r#"{"model": "in/iljoja.toml", "output": "../outside"}"#,
        r#"{"model": "in/iljoja.toml", "layouts": ["en"]}"#,
    ];
    std::fs::write(dir.path().join("jobs.jsonl"), jobs.join("\n")).unwrap();
    let out = seloste(
        dir.path(),
        &[
            "render",
            "--jobs",
            "jobs.jsonl",
            "-o",
            "out",
            "--report",
            "report.jsonl",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("jobs.jsonl:2: not a job"), "{err}");
    assert!(
        err.contains("jobs.jsonl:3:") && err.contains("'de'"),
        "{err}"
    );
    assert!(err.contains("--> in/missing.toml"), "{err}");
    assert!(err.contains("jobs.jsonl:4: this job failed:"), "{err}");
    assert!(
        err.contains("jobs.jsonl:5: the output '../outside' is outside"),
        "{err}"
    );
    assert_eq!(files_in(&dir.path().join("out")), ["iljoja.en.pdf", "web"]);
    assert_eq!(
        files_in(&dir.path().join("out/web")),
        ["webkoti.fi.pdf", "webkoti.sv+en.pdf"]
    );
    assert!(!dir.path().join("outside").exists());
    let report = std::fs::read_to_string(dir.path().join("report.jsonl")).unwrap();
    assert_eq!(
        report.lines().count(),
        7,
        "3 documents and 4 failures:\n{report}"
    );
}

#[test]
fn two_jobs_writing_the_same_files_are_refused_before_any_work() {
    let dir = inputs();
    let jobs = r#"{"model": "in/webkoti.toml", "layouts": ["fi"]}
{"model": "in/webkoti.toml", "layouts": ["sv"]}"#;
    std::fs::write(dir.path().join("jobs.jsonl"), jobs).unwrap();
    let out = seloste(dir.path(), &["render", "--jobs", "jobs.jsonl", "-o", "out"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!dir.path().join("out").exists());
}

/// Ctrl-C stops a batch between notices. The signal is sent once the first
/// notice is written, so the handler is set (it is set before any work), and
/// the batch has 300 notices: to end before the signal it would have to make
/// the other 299 (897 documents) in the one poll of 20 ms this test waits to
/// send it. So neither the outcome nor what is checked depends on how fast
/// the machine is; the only time limit is a guard against a hang.
#[test]
fn an_interrupted_batch_leaves_only_whole_files() {
    const MODELS: usize = 300;
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    let text = std::fs::read_to_string(example("iljoja")).unwrap();
    for i in 0..MODELS {
        std::fs::write(input.join(format!("n{i:03}.toml")), &text).unwrap();
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_seloste"))
        .args(["render", "in", "--lang", "fi,sv,en", "-o", "out"])
        .current_dir(dir.path())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Once a notice is written, as a user pressing Ctrl-C would.
    let out_dir = dir.path().join("out");
    let pdfs = || out_dir.exists() && files_in(&out_dir).iter().any(|f| f.ends_with(".pdf"));
    let start = std::time::Instant::now();
    while !pdfs() {
        if let Some(status) = child.try_wait().unwrap() {
            panic!("the batch ended ({status}) before writing a notice");
        }
        if start.elapsed() > std::time::Duration::from_secs(600) {
            child.kill().unwrap();
            panic!("no notice written after 10 minutes: the batch hangs");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    signal(child.id(), "INT");
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{err}");
    // `interrupted: K of 300 notices were made, each written whole`
    let whole = format!(" of {MODELS} notices were made, each written whole");
    assert!(err.contains(&whole), "{err}");
    let made: usize = err
        .split("interrupted: ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next()?.parse().ok())
        .unwrap_or_else(|| panic!("no interrupted line: {err}"));
    assert!(
        (1..MODELS).contains(&made),
        "the batch was not stopped: {made} of {MODELS} notices"
    );
    // Every notice made is written whole, in all three languages, and
    // nothing else: no other notice begun, no temporary file left.
    let files = files_in(&out_dir);
    assert_eq!(files.len(), 3 * made, "{files:?}");
    for f in &files {
        assert!(f.ends_with(".pdf"), "a stray file: {f}");
        let bytes = std::fs::read(out_dir.join(f)).unwrap();
        assert!(bytes.starts_with(b"%PDF-"), "{f}");
        let tail = String::from_utf8_lossy(&bytes[bytes.len().saturating_sub(32)..]).into_owned();
        assert!(tail.trim_end().ends_with("%%EOF"), "{f} is cut: {tail:?}");
    }
}

/// The bytes of every file below `dir`, by path, to show that nothing
/// changed.
fn tree(dir: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            let m = std::fs::symlink_metadata(&p).unwrap();
            if m.is_dir() {
                stack.push(p);
            } else if m.is_file() {
                out.push((p.display().to_string(), std::fs::read(&p).unwrap()));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn a_report_that_would_replace_what_the_batch_reads_or_writes_is_refused_before_any_work() {
    let dir = inputs();
    let d = dir.path();
    std::fs::write(
        d.join("jobs.jsonl"),
        r#"{"model": "in/iljoja.toml", "layouts": ["fi"]}"#,
    )
    .unwrap();
    let cases: [(&[&str], &str); 3] = [
        (
            &[
                "render",
                "in/webkoti.toml",
                "in/iljoja.toml",
                "-o",
                "out",
                "--report",
                "in/webkoti.toml",
            ],
            "the model",
        ),
        (
            &[
                "render",
                "--jobs",
                "jobs.jsonl",
                "-o",
                "out",
                "--report",
                "jobs.jsonl",
            ],
            "the jobs file",
        ),
        (
            &[
                "render",
                "in/webkoti.toml",
                "in/iljoja.toml",
                "--lang",
                "fi",
                "-o",
                "out",
                "--report",
                "out/iljoja.fi.pdf",
            ],
            "where a document",
        ),
    ];
    for (args, what) in cases {
        let before = tree(d);
        let out = seloste(d, args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.contains(what) && err.contains("--report"),
            "{args:?}: {err}"
        );
        assert!(tree(d) == before, "{args:?} changed files");
        assert!(!d.join("out").exists(), "{args:?} began work");
    }
}

#[test]
fn a_report_onto_a_fifo_is_written_into_it() {
    let dir = inputs();
    let d = dir.path();
    let fifo = d.join("report.fifo");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    let out = seloste(
        d,
        &[
            "render",
            "in/webkoti.toml",
            "--lang",
            "fi",
            "-o",
            "out",
            "--report",
            "report.fifo",
        ],
    );
    assert_ok(&out);
    use std::os::unix::fs::FileTypeExt;
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo(),
        "still a FIFO"
    );
    // Had seloste not written into it, the reader would wait for a writer
    // for ever: open it for writing without waiting (O_NONBLOCK), which
    // gives a reader still waiting its end of file.
    {
        use std::os::unix::fs::OpenOptionsExt;
        let _ = std::fs::OpenOptions::new()
            .write(true)
            .custom_flags(0o4000)
            .open(&fifo);
    }
    let report = reader.join().unwrap();
    assert_eq!(report.lines().count(), 1, "{report}");
    assert!(report.contains("webkoti.fi.pdf"), "{report}");
}

#[test]
fn endless_lists_are_refused_and_bad_lines_reported_by_their_number() {
    let dir = inputs();
    let d = dir.path();
    // A jobs file that never ends.
    let out = seloste(d, &["render", "--jobs", "/dev/zero", "-o", "out"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("larger than 64 MiB"), "{err}");
    // A list on standard input without a newline.
    let mut child = Command::new(env!("CARGO_BIN_EXE_seloste"))
        .args(["render", "-", "-o", "out"])
        .current_dir(d)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let zeros = vec![0u8; 1 << 20];
        // It stops reading at the bound: a broken pipe ends this.
        for _ in 0..300 {
            if stdin.write_all(&zeros).is_err() {
                break;
            }
        }
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("the list of models on standard input is larger than 64 MiB"),
        "{err}"
    );
    // A jobs file with a binary line and an overlong one: those two are
    // reported by number, the others rendered.
    let mut jobs = Vec::new();
    jobs.extend(br#"{"model": "in/webkoti.toml", "layouts": ["fi"]}"#);
    jobs.extend(b"\n\xff\xfe not text\n");
    jobs.extend(vec![b' '; 100_000]);
    jobs.extend(b"x\n");
    jobs.extend(br#"{"model": "in/iljoja.toml", "layouts": ["fi"]}"#);
    std::fs::write(d.join("jobs.jsonl"), jobs).unwrap();
    let out = seloste(d, &["render", "--jobs", "jobs.jsonl", "-o", "out"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("jobs.jsonl:2: the line is not UTF-8"), "{err}");
    assert!(
        err.contains("jobs.jsonl:3: the line is longer than 64 KiB"),
        "{err}"
    );
    assert_eq!(
        files_in(&d.join("out")),
        ["iljoja.fi.pdf", "webkoti.fi.pdf"]
    );
}

#[test]
fn a_batch_never_writes_through_a_symbolic_link() {
    use std::os::unix::fs::symlink;
    let dir = inputs();
    let d = dir.path();
    std::fs::create_dir_all(d.join("out/sub")).unwrap();
    std::fs::create_dir(d.join("outside")).unwrap();
    std::fs::write(d.join("precious.pdf"), b"precious").unwrap();
    // A folder inside -o that leads out of it, and a document's name that
    // is a link to a file elsewhere.
    symlink("../outside", d.join("out/evil")).unwrap();
    symlink("../../precious.pdf", d.join("out/sub/iljoja.fi.pdf")).unwrap();
    let jobs = [
        r#"{"model": "in/webkoti.toml", "layouts": ["fi"], "output": "evil"}"#,
        r#"{"model": "in/iljoja.toml", "layouts": ["fi"], "output": "sub"}"#,
        r#"{"model": "in/iljoja-fi-sv.toml", "layouts": ["fi"], "output": "fine"}"#,
    ];
    std::fs::write(d.join("jobs.jsonl"), jobs.join("\n")).unwrap();
    let out = seloste(d, &["render", "--jobs", "jobs.jsonl", "-o", "out"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("leads out of the folder -o names"), "{err}");
    assert!(err.contains("is a symbolic link"), "{err}");
    assert!(
        files_in(&d.join("outside")).is_empty(),
        "written outside -o"
    );
    assert_eq!(std::fs::read(d.join("precious.pdf")).unwrap(), b"precious");
    assert_eq!(files_in(&d.join("out/fine")), ["iljoja-fi-sv.fi.pdf"]);
}

#[test]
fn jobs_that_cannot_name_a_file_are_reported_by_their_line_and_the_others_run() {
    let dir = inputs();
    let d = dir.path();
    let long = "x".repeat(5000);
    let jobs = [
        r#"["in/webkoti.toml"]"#.to_string(),
        r#"{"model": "in/webkoti.toml", "output": "a\u0000b"}"#.to_string(),
        format!(r#"{{"model": "in/webkoti.toml", "output": "{long}"}}"#),
        r#"{"model": "in/iljoja.toml", "layouts": ["fi"]}"#.to_string(),
        // Failed jobs leave no folder behind.
        r#"{"model": "in/missing.toml", "output": "m"}"#.to_string(),
        r#"{"model": "in/broken.toml", "output": "b"}"#.to_string(),
    ];
    std::fs::write(d.join("jobs.jsonl"), jobs.join("\n")).unwrap();
    let out = seloste(d, &["render", "--jobs", "jobs.jsonl", "-o", "out"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("jobs.jsonl:1: not a job: a job is a JSON object"),
        "{err}"
    );
    assert!(
        err.contains("jobs.jsonl:2: the output holds a NUL character"),
        "{err}"
    );
    assert!(
        err.contains("jobs.jsonl:3: the output is longer than 4 096 bytes"),
        "{err}"
    );
    assert_eq!(files_in(&d.join("out")), ["iljoja.fi.pdf"]);
}

/// Issue 21, item 11: a translator's file beside the model is passed over,
/// with a note, when its folder is rendered.
#[test]
fn a_translators_file_in_the_folder_is_passed_over_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let models = dir.path().join("models");
    std::fs::create_dir(&models).unwrap();
    let model = COMPLETE_MODEL.replacen(
        "subjects = [\"customers\"]",
        "subjects = [{ fi = \"Asiakkaat ja heidän yhteyshenkilönsä\" }]",
        1,
    );
    std::fs::write(models.join("notice.toml"), model).unwrap();
    let out = seloste(
        dir.path(),
        &[
            "translate",
            "models/notice.toml",
            "--to",
            "sv",
            "-o",
            "models/notice.sv.toml",
        ],
    );
    assert_ok(&out);
    let out = seloste(
        dir.path(),
        &[
            "render",
            "models",
            "--lang",
            "fi",
            "-o",
            "out",
            "--today",
            "2026-12-01",
        ],
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.contains("notice.sv.toml is passed over: it is a file for a translator"),
        "{err}"
    );
    assert_eq!(files_in(&dir.path().join("out")), ["notice.fi.pdf"]);
}

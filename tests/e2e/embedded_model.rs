//! The model inside the PDF: attached as PDF/A-3 source, extracted again,
//! rendered from the PDF, and the version that identifies it.

use std::path::Path;

use lopdf::Document;
use seloste::Lang;

use crate::ftl::Ftl;
use sha2::{Digest, Sha256};

use crate::support::*;

fn render(dir: &Path, model: &Path, args: &[&str]) {
    let mut all = vec!["render", model.to_str().unwrap()];
    all.extend(args);
    assert_ok(&seloste(dir, &all));
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn the_model_is_attached_as_the_pdfs_source() {
    let dir = tempfile::tempdir().unwrap();
    let model = example("iljoja");
    render(dir.path(), &model, &["--lang", "fi+sv"]);
    let pdf = dir.path().join("iljoja.fi+sv.pdf");
    let p = pdf.to_str().unwrap();

    let meta = tool("pdfinfo", &["-meta", p]);
    assert!(meta.contains("<pdfaid:part>3</pdfaid:part>"), "{meta}");
    assert!(meta.contains("<pdfaid:conformance>A</pdfaid:conformance>"));
    assert!(meta.contains("<pdfuaid:part>1</pdfuaid:part>"));
    let list = tool("pdfdetach", &["-list", p]);
    assert!(
        list.contains("1 embedded files") && list.contains("model.toml"),
        "{list}"
    );
    let saved = dir.path().join("saved.toml");
    tool(
        "pdfdetach",
        &["-save", "1", "-o", saved.to_str().unwrap(), p],
    );
    assert!(
        read(&saved) == read(&model),
        "the attachment is the model file, byte for byte"
    );

    // The file specification: relationship, description, MIME type, listed in /AF.
    let doc = Document::load(&pdf).unwrap();
    let catalog = doc.catalog().unwrap();
    let af = doc.dereference(catalog.get(b"AF").unwrap()).unwrap().1;
    let spec_ref = af.as_array().unwrap()[0].clone();
    let spec = doc.dereference(&spec_ref).unwrap().1.as_dict().unwrap();
    assert_eq!(
        spec.get(b"AFRelationship").unwrap().as_name().unwrap(),
        b"Source"
    );
    let cat = Ftl::builtin();
    let desc = [Lang::Fi, Lang::Sv]
        .map(|l| cat.text(l, "attachment-model").unwrap())
        .join(" / ");
    assert_eq!(
        lopdf::decode_text_string(spec.get(b"Desc").unwrap()).unwrap(),
        desc
    );
    let ef = doc
        .dereference(spec.get(b"EF").unwrap())
        .unwrap()
        .1
        .as_dict()
        .unwrap();
    let file = doc
        .dereference(ef.get(b"F").unwrap())
        .unwrap()
        .1
        .as_stream()
        .unwrap();
    assert_eq!(
        file.dict.get(b"Subtype").unwrap().as_name().unwrap(),
        b"application/toml"
    );
}

#[test]
fn without_the_model_the_pdf_is_pdfa_2() {
    let dir = tempfile::tempdir().unwrap();
    render(
        dir.path(),
        &example("webkoti"),
        &["--lang", "en", "--no-embed-model"],
    );
    let p = dir.path().join("webkoti.en.pdf");
    let meta = tool("pdfinfo", &["-meta", p.to_str().unwrap()]);
    assert!(meta.contains("<pdfaid:part>2</pdfaid:part>"), "{meta}");
    let list = tool("pdfdetach", &["-list", p.to_str().unwrap()]);
    assert!(list.contains("0 embedded files"), "{list}");
    let out = seloste(dir.path(), &["extract", "webkoti.en.pdf"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("--> webkoti.en.pdf") && err.contains("no attached notice model"),
        "{err}"
    );
}

#[test]
fn render_extract_render_gives_the_same_bytes() {
    for name in ["iljoja", "webkoti"] {
        for layout in ["fi", "sv+en"] {
            let dir = tempfile::tempdir().unwrap();
            let d = dir.path();
            render(d, &example(name), &["--lang", layout, "-o", "first/"]);
            let first = d.join(format!("first/{name}.{layout}.pdf"));
            assert_ok(&seloste(d, &["extract", first.to_str().unwrap()]));
            let extracted = d.join(format!("{name}.toml"));
            assert!(
                read(&extracted) == read(&example(name)),
                "{name}: extracted model differs"
            );
            render(d, &extracted, &["--lang", layout, "-o", "second/"]);
            let second = d.join(format!("second/{name}.{layout}.pdf"));
            assert!(
                read(&first) == read(&second),
                "{name}.{layout}: render → extract → render differs"
            );
            // Rendering the PDF itself gives the same bytes too.
            render(d, &first, &["--lang", layout, "-o", "third/"]);
            let third = d.join(format!("third/{name}.{layout}.pdf"));
            assert!(
                read(&first) == read(&third),
                "{name}.{layout}: rendering the PDF differs"
            );
        }
    }
}

#[test]
fn a_pdf_renders_into_another_language_named_without_its_tag() {
    let dir = tempfile::tempdir().unwrap();
    render(dir.path(), &example("iljoja"), &["--lang", "fi"]);
    // Named like anything: a PDF is told by its first bytes.
    std::fs::rename(
        dir.path().join("iljoja.fi.pdf"),
        dir.path().join("notice.fi.model"),
    )
    .unwrap();
    assert_ok(&seloste(
        dir.path(),
        &["render", "notice.fi.model", "--lang", "sv"],
    ));
    let sv = dir.path().join("notice.sv.pdf");
    assert!(sv.exists(), "{:?}", files_in(dir.path()));
    std::fs::rename(
        dir.path().join("notice.fi.model"),
        dir.path().join("notice.fi.pdf"),
    )
    .unwrap();
    assert_ok(&seloste(
        dir.path(),
        &["render", "notice.fi.pdf", "--lang", "en"],
    ));
    let en = dir.path().join("notice.en.pdf");
    assert!(pdf_text(&en).contains("Privacy notice"));
}

#[test]
fn extract_writes_where_it_is_told_and_never_over_a_different_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let model = example("webkoti");
    render(d, &model, &["--lang", "fi+sv"]);
    let original = read(&model);

    let out = seloste(d, &["extract", "webkoti.fi+sv.pdf", "-o", "-"]);
    assert_ok(&out);
    assert!(out.stdout == original);

    assert_ok(&seloste(
        d,
        &["extract", "webkoti.fi+sv.pdf", "-o", "models/"],
    ));
    assert!(read(&d.join("models/webkoti.toml")) == original);

    std::fs::write(d.join("webkoti.toml"), "edited since\n").unwrap();
    let out = seloste(d, &["extract", "webkoti.fi+sv.pdf"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("'webkoti.toml' exists") && err.contains("-o webkoti.toml"),
        "{err}"
    );
    assert_eq!(
        read(&d.join("webkoti.toml")),
        b"edited since\n",
        "left untouched"
    );

    assert_ok(&seloste(
        d,
        &["extract", "webkoti.fi+sv.pdf", "-o", "webkoti.toml"],
    ));
    assert!(
        read(&d.join("webkoti.toml")) == original,
        "named with -o, it is replaced"
    );
}

#[test]
fn a_json_model_is_attached_and_extracted_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let text = std::fs::read_to_string(example("webkoti")).unwrap();
    let json = serde_json::to_string_pretty(&toml_to_json(toml::Value::Table(
        toml::from_str(&text).unwrap(),
    )))
    .unwrap();
    std::fs::write(d.join("webkoti.json"), &json).unwrap();
    render(d, &d.join("webkoti.json"), &["--lang", "en", "-o", "out/"]);
    let list = tool(
        "pdfdetach",
        &["-list", d.join("out/webkoti.en.pdf").to_str().unwrap()],
    );
    assert!(list.contains("model.json"), "{list}");
    assert_ok(&seloste(
        d,
        &["extract", "out/webkoti.en.pdf", "-o", "back/"],
    ));
    assert_eq!(
        std::fs::read_to_string(d.join("back/webkoti.json")).unwrap(),
        json
    );
}

#[test]
fn what_is_not_a_seloste_pdf_is_refused_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    render(d, &example("iljoja"), &["--lang", "fi"]);
    let good = read(&d.join("iljoja.fi.pdf"));
    std::fs::write(d.join("cut.pdf"), &good[..good.len() / 3]).unwrap();
    std::fs::write(d.join("text.pdf"), "just some text\n").unwrap();
    std::fs::copy(example("iljoja"), d.join("model.toml")).unwrap();
    for (file, why) in [
        ("cut.pdf", "damaged"),
        ("text.pdf", "not a PDF"),
        ("model.toml", "not a PDF"),
    ] {
        let out = seloste(d, &["extract", file]);
        assert_eq!(out.status.code(), Some(1), "extract {file}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains(&format!("--> {file}")) && err.contains(why),
            "{file}: {err}"
        );
    }
    for (command, file, why) in [
        ("render", "cut.pdf", "damaged"),
        ("render", "text.pdf", "not a PDF"),
        ("check", "text.pdf", "not a PDF"),
    ] {
        let out = seloste(d, &[command, file]);
        assert_eq!(out.status.code(), Some(1), "{command} {file}");
        // check reports on standard output, render on standard error.
        let err = String::from_utf8_lossy(&[out.stdout, out.stderr].concat()).into_owned();
        assert!(
            err.contains(&format!("--> {file}")) && err.contains(why),
            "{command} {file}: {err}"
        );
    }
    let written: Vec<_> = std::fs::read_dir(d)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| {
            n.ends_with(".pdf") && !["cut.pdf", "text.pdf", "iljoja.fi.pdf"].contains(&n.as_str())
        })
        .collect();
    assert_eq!(written, Vec::<String>::new(), "nothing is written");
}

#[test]
fn the_version_is_printed_and_in_the_metadata() {
    let dir = tempfile::tempdir().unwrap();
    // iljoja names its version; webkoti has none, so the model's hash stands
    // in, in the metadata only: a hash means nothing to a reader.
    let hash: String = Sha256::digest(read(&example("webkoti")))[..4]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    for (name, version, printed) in [
        ("iljoja", "2026.1".to_string(), true),
        ("webkoti", format!("#{hash}"), false),
    ] {
        render(dir.path(), &example(name), &["--lang", "fi"]);
        let pdf = dir.path().join(format!("{name}.fi.pdf"));
        let text = pdf_text(&pdf);
        assert_eq!(
            text.contains(&format!("Versio {version}")),
            printed,
            "{name}: {text}"
        );
        assert_eq!(text.contains("Versio"), printed, "{name}: {text}");
        let info = tool("pdfinfo", &[pdf.to_str().unwrap()]);
        assert!(
            info.contains(&format!("Subject:         Versio {version}")),
            "{info}"
        );
        assert!(
            info.contains(&format!("Keywords:        {version}")),
            "{info}"
        );
    }
}

/// Issue: the model inside a received PDF named its logo by a path of the
/// sender's choosing, and rendering the PDF read that file from this
/// machine. A model from a PDF reads no file unless `--assets` names the
/// folder.
#[test]
fn a_model_from_a_pdf_reads_no_file_unless_a_folder_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir(d.join("made")).unwrap();
    std::fs::write(
        d.join("made/logo.svg"),
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>"#,
    )
    .unwrap();
    let model = COMPLETE_MODEL.replace(
        "languages = [\"fi\"]",
        "languages = [\"fi\"]\nlogo = { path = \"logo.svg\", alt = { fi = \"Logo\" } }",
    );
    std::fs::write(d.join("made/model.toml"), model).unwrap();
    assert_ok(&seloste(
        &d.join("made"),
        &["render", "model.toml", "-o", "."],
    ));
    std::fs::create_dir(d.join("inbox")).unwrap();
    std::fs::copy(d.join("made/model.fi.pdf"), d.join("inbox/received.fi.pdf")).unwrap();

    for command in ["render", "check"] {
        let out = seloste(&d.join("inbox"), &[command, "received.fi.pdf"]);
        assert_eq!(out.status.code(), Some(1), "{command}");
        let text = String::from_utf8_lossy(&[out.stdout, out.stderr].concat()).into_owned();
        assert!(
            text.contains(
                "cannot use the logo: 'logo.svg' cannot be read: a model read from a PDF"
            ) && text.contains("--assets DIR"),
            "{command}: {text}"
        );
    }
    assert_eq!(files_in(&d.join("inbox")), ["received.fi.pdf"]);
    let out = seloste(
        &d.join("inbox"),
        &[
            "render",
            "received.fi.pdf",
            "--assets",
            "../made",
            "-o",
            "out/",
        ],
    );
    assert_ok(&out);
    assert!(d.join("inbox/out/received.fi.pdf").exists());
}

/// The model's TOML as JSON, as someone converting it by hand would write
/// it: TOML's dates become the strings they are written as.
fn toml_to_json(value: toml::Value) -> serde_json::Value {
    use serde_json::Value as J;
    match value {
        toml::Value::String(s) => J::String(s),
        toml::Value::Integer(i) => J::from(i),
        toml::Value::Float(f) => J::from(f),
        toml::Value::Boolean(b) => J::Bool(b),
        toml::Value::Datetime(d) => J::String(d.to_string()),
        toml::Value::Array(a) => J::Array(a.into_iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => {
            J::Object(t.into_iter().map(|(k, v)| (k, toml_to_json(v))).collect())
        }
    }
}

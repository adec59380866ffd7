//! The signature field: its dictionary against the PDF/A-2 and PDF/UA-1
//! rules (read back with lopdf), its place over the printed line (measured on
//! the page as a picture), and real signing tools signing and verifying it.

use std::path::{Path, PathBuf};
use std::process::Command;

use fluent_bundle::FluentArgs;
use lopdf::{Dictionary, Document, Object, ObjectId};
use seloste::Layout;

use crate::ftl::Ftl;

use crate::support::*;

/// The examples, each with its field name and signer.
const EXAMPLES: [(&str, &str, &str); 2] = [
    ("iljoja", "Signature1", "Matti Meikäläinen"),
    ("webkoti", "WebkotiSignature", "Maija Meikäläinen"),
];

/// Renders `name` in `layout` into `dir` with extra arguments; returns the PDF.
fn render(dir: &Path, name: &str, layout: &str, extra: &[&str]) -> PathBuf {
    let model = example(name);
    let out_name = format!("{name}.{layout}{}.pdf", extra.join(""));
    let mut args = vec![
        "render",
        model.to_str().unwrap(),
        "--lang",
        layout,
        "-o",
        &out_name,
    ];
    args.extend(extra);
    assert_ok(&seloste(dir, &args));
    dir.join(&out_name)
}

/// The widget of the one signature field, with the PDF it is in.
struct Field {
    doc: Document,
    widget_id: ObjectId,
}

impl Field {
    fn read(pdf: &Path) -> Field {
        let doc = Document::load(pdf).unwrap();
        let catalog = doc.catalog().unwrap();
        let form = deref_dict(&doc, catalog.get(b"AcroForm").expect("an AcroForm"));
        let fields = form.get(b"Fields").unwrap().as_array().unwrap();
        assert_eq!(fields.len(), 1, "one field");
        let widget_id = fields[0].as_reference().unwrap();
        Field { doc, widget_id }
    }

    fn widget(&self) -> &Dictionary {
        self.doc.get_dictionary(self.widget_id).unwrap()
    }

    /// The page the widget is on (`/P`), with its number from 1.
    fn page(&self) -> (u32, ObjectId) {
        let page = self.widget().get(b"P").unwrap().as_reference().unwrap();
        let (&number, _) = self
            .doc
            .get_pages()
            .iter()
            .find(|(_, id)| **id == page)
            .expect("/P is a page");
        (number, page)
    }

    fn rect(&self) -> [f64; 4] {
        let r = self.widget().get(b"Rect").unwrap().as_array().unwrap();
        let v: Vec<f64> = r.iter().map(|x| f64::from(x.as_float().unwrap())).collect();
        [v[0], v[1], v[2], v[3]]
    }
}

fn deref_dict<'a>(doc: &'a Document, obj: &'a Object) -> &'a Dictionary {
    doc.dereference(obj).unwrap().1.as_dict().unwrap()
}

fn name(obj: &Object) -> &[u8] {
    obj.as_name().unwrap()
}

/// The tooltip the field must carry: the catalogue's text in each language.
fn expected_tooltip(layout: Layout, signer: &str) -> String {
    let cat = Ftl::builtin();
    let mut args = FluentArgs::new();
    args.set("signer", signer.to_string());
    layout
        .langs()
        .iter()
        .map(|&l| cat.format(l, "label-signature-field", Some(&args)).unwrap())
        .collect::<Vec<_>>()
        .join(" / ")
}

/// Every rule DESIGN.md lists for a PDF/A-2 and PDF/UA-1 conformant field.
fn check_field_rules(pdf: &Path, layout: Layout, field_name: &str, signer: &str) {
    let f = Field::read(pdf);
    let doc = &f.doc;
    let w = f.widget();
    let what = pdf.display();

    // The field merged with its widget, named, described in the document's language(s).
    assert_eq!(name(w.get(b"Type").unwrap()), b"Annot", "{what}");
    assert_eq!(name(w.get(b"Subtype").unwrap()), b"Widget", "{what}");
    assert_eq!(name(w.get(b"FT").unwrap()), b"Sig", "{what}");
    let text = |key: &[u8]| lopdf::decode_text_string(w.get(key).unwrap()).unwrap();
    assert_eq!(text(b"T"), field_name, "{what}");
    assert_eq!(text(b"TU"), expected_tooltip(layout, signer), "{what}");
    assert!(!w.has(b"V"), "{what}: the field is empty");
    // PDF/A-2 6.3.2: printed, not hidden.
    assert_eq!(w.get(b"F").unwrap().as_i64().unwrap(), 4, "{what}: /F 4");
    // PDF/A-2 6.4.1: no actions.
    assert!(!w.has(b"A") && !w.has(b"AA"), "{what}: no actions");
    // PDF/A-2 6.3.3: an appearance dictionary with only /N, a form XObject.
    let ap = deref_dict(doc, w.get(b"AP").expect("an appearance"));
    assert_eq!(
        ap.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>(),
        vec![b"N".to_vec()],
        "{what}: /AP has only /N"
    );
    let n = doc
        .dereference(ap.get(b"N").unwrap())
        .unwrap()
        .1
        .as_stream()
        .expect("/N is a stream");
    assert_eq!(name(n.dict.get(b"Subtype").unwrap()), b"Form", "{what}");
    let bbox = n.dict.get(b"BBox").unwrap().as_array().unwrap();
    let r = f.rect();
    let bw = f64::from(bbox[2].as_float().unwrap() - bbox[0].as_float().unwrap());
    let bh = f64::from(bbox[3].as_float().unwrap() - bbox[1].as_float().unwrap());
    assert!((bw - (r[2] - r[0])).abs() < 0.01 && (bh - (r[3] - r[1])).abs() < 0.01);

    // The catalog's form: the field, SigFlags SignaturesExist, no NeedAppearances, no XFA.
    let catalog = doc.catalog().unwrap();
    let form = deref_dict(doc, catalog.get(b"AcroForm").unwrap());
    assert_eq!(form.get(b"SigFlags").unwrap().as_i64().unwrap(), 1);
    assert!(!form.has(b"NeedAppearances") && !form.has(b"XFA"), "{what}");

    // PDF/UA-1 7.18.3: the page lists the widget and has tab order /S.
    let (_, page_id) = f.page();
    let page = doc.get_dictionary(page_id).unwrap();
    assert_eq!(name(page.get(b"Tabs").unwrap()), b"S", "{what}: /Tabs /S");
    let annots = doc
        .dereference(page.get(b"Annots").unwrap())
        .unwrap()
        .1
        .as_array()
        .unwrap();
    assert!(annots.contains(&Object::Reference(f.widget_id)), "{what}");

    // PDF/UA-1 7.18.4: a Form element with an OBJR child, found through the ParentTree.
    let key = w.get(b"StructParent").unwrap().as_i64().unwrap();
    let root = deref_dict(doc, catalog.get(b"StructTreeRoot").unwrap());
    let tree = deref_dict(doc, root.get(b"ParentTree").unwrap());
    let nums = tree.get(b"Nums").unwrap().as_array().unwrap();
    let at = nums
        .iter()
        .step_by(2)
        .position(|k| k.as_i64().unwrap() == key)
        .expect("the widget's key is in the ParentTree");
    let form_id = nums[at * 2 + 1].as_reference().unwrap();
    let next = root.get(b"ParentTreeNextKey").unwrap().as_i64().unwrap();
    assert!(key < next, "{what}: ParentTreeNextKey moved on");
    let elem = doc.get_dictionary(form_id).unwrap();
    assert_eq!(name(elem.get(b"S").unwrap()), b"Form", "{what}");
    let objr = deref_dict(doc, elem.get(b"K").unwrap());
    assert_eq!(name(objr.get(b"Type").unwrap()), b"OBJR");
    assert_eq!(
        objr.get(b"Obj").unwrap().as_reference().unwrap(),
        f.widget_id
    );
    assert_eq!(objr.get(b"Pg").unwrap().as_reference().unwrap(), page_id);
    // The element hangs in the tree: its parent lists it.
    let parent = doc
        .get_dictionary(elem.get(b"P").unwrap().as_reference().unwrap())
        .unwrap();
    let kids = parent.get(b"K").unwrap().as_array().unwrap();
    assert!(kids.contains(&Object::Reference(form_id)), "{what}");
}

#[test]
fn the_field_follows_the_pdfa_and_pdfua_rules() {
    let dir = tempfile::tempdir().unwrap();
    for (name, field, signer) in EXAMPLES {
        for layout in ["fi", "sv", "en", "fi+sv"] {
            let pdf = render(dir.path(), name, layout, &[]);
            check_field_rules(&pdf, layout.parse().unwrap(), field, signer);
        }
    }
}

#[test]
fn typsts_output_is_an_exact_prefix_of_the_file() {
    let dir = tempfile::tempdir().unwrap();
    for (name, _, _) in EXAMPLES {
        // Without the field, the file is typst's output as it is.
        let typst =
            std::fs::read(render(dir.path(), name, "fi", &["--no-signature-field"])).unwrap();
        let full = std::fs::read(render(dir.path(), name, "fi", &[])).unwrap();
        assert!(full.len() > typst.len());
        assert!(
            full.starts_with(&typst),
            "{name}: typst's bytes were changed"
        );
        // What follows is one incremental update: objects, xref, trailer.
        let update = String::from_utf8_lossy(&full[typst.len()..]);
        assert_eq!(update.matches("%%EOF").count(), 1, "{update}");
        assert!(update.contains("/Prev "), "{update}");
    }
}

#[test]
fn the_field_can_be_turned_off_by_flag_or_by_the_model() {
    let dir = tempfile::tempdir().unwrap();
    let flag = render(dir.path(), "iljoja", "fi", &["--no-signature-field"]);
    let model = dir.path().join("off.toml");
    let text = std::fs::read_to_string(example("iljoja")).unwrap();
    let text = text.replace("[signature]\n", "[signature]\nfield = false\n");
    std::fs::write(&model, text).unwrap();
    assert_ok(&seloste(
        dir.path(),
        &["render", "off.toml", "--lang", "fi"],
    ));
    for pdf in [flag, dir.path().join("off.fi.pdf")] {
        let doc = Document::load(&pdf).unwrap();
        assert!(
            !doc.catalog().unwrap().has(b"AcroForm"),
            "{}",
            pdf.display()
        );
        let info = tool("pdfinfo", &[pdf.to_str().unwrap()]);
        assert!(info.contains("Form:            none"), "{info}");
    }
}

#[test]
fn a_bad_field_name_is_refused_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(example("webkoti")).unwrap();
    let text = text.replace("\"WebkotiSignature\"", "\"Webkoti.Signature\"");
    std::fs::write(dir.path().join("bad.toml"), &text).unwrap();
    let out = seloste(dir.path(), &["render", "bad.toml"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    let line = text
        .lines()
        .position(|l| l.starts_with("field-name"))
        .unwrap()
        + 1;
    assert!(err.contains("signature.field-name"), "{err}");
    assert!(err.contains(&format!("bad.toml:{line}:")), "{err}");
    assert!(files_in(dir.path()) == ["bad.toml"], "nothing written");
}

/// A grey-scale picture of one page, as pdftoppm draws it.
struct Picture {
    width: usize,
    height: usize,
    pixels: Vec<u8>,
    /// Pixels per point.
    scale: f64,
}

impl Picture {
    fn of_page(pdf: &Path, page: u32, dpi: u32) -> Picture {
        let dir = tempfile::tempdir().unwrap();
        let prefix = dir.path().join("page");
        let p = page.to_string();
        let r = dpi.to_string();
        #[rustfmt::skip]
        let args = ["-gray", "-r", &r, "-f", &p, "-l", &p, "-singlefile",
            pdf.to_str().unwrap(), prefix.to_str().unwrap()];
        tool("pdftoppm", &args);
        let data = std::fs::read(dir.path().join("page.pgm")).unwrap();
        // P5 <width> <height> <max> and one byte per pixel.
        let mut fields = Vec::new();
        let mut at = 0;
        while fields.len() < 4 {
            while data[at].is_ascii_whitespace() {
                at += 1;
            }
            let start = at;
            while !data[at].is_ascii_whitespace() {
                at += 1;
            }
            fields.push(String::from_utf8_lossy(&data[start..at]).into_owned());
        }
        assert_eq!(fields[0], "P5");
        let (width, height) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
        let pixels = data[at + 1..].to_vec();
        assert_eq!(pixels.len(), width * height);
        Picture {
            width,
            height,
            pixels,
            scale: f64::from(dpi) / 72.0,
        }
    }

    fn dark(&self, x: usize, y: usize) -> bool {
        self.pixels[y * self.width + x] < 160
    }
}

/// Where the signature line is drawn, in points from the top left: its
/// row (the middle of its dark rows) and its left and right ends. The line is
/// told from the page's other rules (header, footer, letterhead), which span
/// the whole text width, by its length: 60 to 80 mm, through `middle_x`.
fn drawn_line(pic: &Picture, middle_x: f64) -> (f64, f64, f64) {
    let mid = (middle_x * pic.scale) as usize;
    let mm = pic.scale * 72.0 / 25.4;
    let run = |y: usize| {
        let left = (0..=mid)
            .rev()
            .find(|&x| !pic.dark(x, y))
            .map_or(0, |x| x + 1);
        let right = (mid..pic.width)
            .find(|&x| !pic.dark(x, y))
            .unwrap_or(pic.width);
        (left, right)
    };
    let rows: Vec<usize> = (0..pic.height)
        .filter(|&y| {
            let (l, r) = run(y);
            let length = r.saturating_sub(l) as f64;
            length > 60.0 * mm && length < 80.0 * mm
        })
        .collect();
    assert!(
        !rows.is_empty(),
        "no 70 mm line drawn through x = {middle_x} pt"
    );
    assert!(
        rows.len() <= 3 && rows[rows.len() - 1] - rows[0] < 3,
        "one thin line, not rows {rows:?}"
    );
    let (left, right) = run(rows[rows.len() / 2]);
    let y = (rows[0] + rows[rows.len() - 1] + 1) as f64 / 2.0 / pic.scale;
    (y, left as f64 / pic.scale, right as f64 / pic.scale)
}

#[test]
fn the_field_lies_over_the_printed_signature_line() {
    let dir = tempfile::tempdir().unwrap();
    for (name, _, _) in EXAMPLES {
        for layout in ["fi", "fi+sv"] {
            let pdf = render(dir.path(), name, layout, &[]);
            let f = Field::read(&pdf);
            let (page_number, page_id) = f.page();
            let media_box = f
                .doc
                .get_dictionary(page_id)
                .unwrap()
                .get(b"MediaBox")
                .unwrap();
            let page_height = f64::from(media_box.as_array().unwrap()[3].as_float().unwrap());
            let [left, bottom, right, top] = f.rect();
            // The template's numbers: a 70 mm line, an 18 mm area above it.
            let mm = 72.0 / 25.4;
            assert!(
                ((right - left) - 70.0 * mm).abs() < 0.01,
                "{name}.{layout}: width"
            );
            assert!(
                ((top - bottom) - 18.0 * mm).abs() < 0.01,
                "{name}.{layout}: height"
            );

            let pic = Picture::of_page(&pdf, page_number, 288);
            let (line_y, line_left, line_right) = drawn_line(&pic, (left + right) / 2.0);
            let line_from_bottom = page_height - line_y;
            eprintln!(
                "{name}.{layout}: page {page_number}, field [{left:.2} {bottom:.2} {right:.2} {top:.2}], \
                 line drawn at y {line_from_bottom:.2} from x {line_left:.2} to {line_right:.2} (pt)"
            );
            let tolerance = 0.75; // points: about a quarter of a millimetre
            assert!(
                (line_from_bottom - bottom).abs() < tolerance,
                "{name}.{layout}: line at {line_from_bottom:.2} pt, field bottom at {bottom:.2} pt"
            );
            assert!(
                (line_left - left).abs() < tolerance && (line_right - right).abs() < tolerance,
                "{name}.{layout}: line from {line_left:.2} to {line_right:.2} pt, field from {left:.2} to {right:.2} pt"
            );
            // The area above the line is blank: nothing printed under the field.
            let s = pic.scale;
            let ys = ((page_height - top + tolerance) * s) as usize
                ..((page_height - bottom - tolerance) * s) as usize;
            let xs = (left * s) as usize..(right * s) as usize;
            for y in ys {
                for x in xs.clone() {
                    assert!(
                        !pic.dark(x, y),
                        "{name}.{layout}: ink under the field at {x},{y} px"
                    );
                }
            }
        }
    }
}

/// A throw-away key and self-signed certificate.
fn make_signer(dir: &Path) -> (PathBuf, PathBuf) {
    let (key, cert) = (dir.join("key.pem"), dir.join("cert.pem"));
    #[rustfmt::skip]
    tool("openssl", &[
        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
        "-subj", "/CN=seloste test signer",
        "-keyout", key.to_str().unwrap(), "-out", cert.to_str().unwrap(),
    ]);
    (key, cert)
}

/// Runs a command and returns its standard output and error together.
fn run_all(program: &str, args: &[&str]) -> (bool, String) {
    let out = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program} must be installed (scripts/test installs it): {e}"));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

/// Runs pyHanko's command line (`pyhanko …`) through the Python that `scripts/test`
/// installed it into, so that the scripts folder need not be on the PATH.
fn pyhanko(args: &[&str]) -> (bool, String) {
    let mut all = vec!["-m", "pyhanko"];
    all.extend(args);
    run_all("python3", &all)
}

/// A pyHanko configuration with a stamp style whose font is embedded:
/// pyHanko's default stamp uses Courier without embedding it, which would
/// leave the signed copy short of PDF/A.
fn stamp_config(dir: &Path) -> PathBuf {
    let font = repo().join("fonts/LibertinusSerif-Regular.otf");
    let config = dir.join("pyhanko.yml");
    let text = format!(
        "stamp-styles:\n  pdfa:\n    type: text\n    background: null\n    \
         stamp-text: \"%(signer)s\\n%(ts)s\"\n    text-box-style:\n      font: {}\n",
        font.display()
    );
    std::fs::write(&config, text).unwrap();
    config
}

#[test]
fn pyhanko_signs_the_field_and_pyhanko_and_pdfsig_verify_it() {
    let dir = tempfile::tempdir().unwrap();
    let (key, cert) = make_signer(dir.path());
    let config = stamp_config(dir.path());
    for (name, field, _) in EXAMPLES {
        for layout in ["fi", "fi+sv"] {
            let pdf = render(dir.path(), name, layout, &[]);
            let signed = dir.path().join(format!("{name}.{layout}.signed.pdf"));
            #[rustfmt::skip]
            let (ok, out) = pyhanko(&[
                "--config", config.to_str().unwrap(),
                "sign", "addsig", "--field", field, "--existing-only", "--style-name", "pdfa",
                "pemder", "--key", key.to_str().unwrap(), "--cert", cert.to_str().unwrap(),
                "--no-pass", pdf.to_str().unwrap(), signed.to_str().unwrap(),
            ]);
            assert!(ok, "{name}.{layout}: pyhanko could not sign:\n{out}");

            #[rustfmt::skip]
            let (ok, out) = pyhanko(&[
                "sign", "validate", "--pretty-print", "--no-revocation-check",
                "--trust", cert.to_str().unwrap(), "--trust-replace",
                signed.to_str().unwrap(),
            ]);
            assert!(ok, "{name}.{layout}: pyhanko validate failed:\n{out}");
            assert!(out.contains(&format!("Field 1: {field}")), "{out}");
            assert!(out.contains("The signature is judged VALID."), "{out}");
            assert!(
                out.contains("The signature covers the entire file."),
                "{out}"
            );

            let (_, out) = run_all("pdfsig", &[signed.to_str().unwrap()]);
            assert!(
                out.contains(&format!("Signature Field Name: {field}")),
                "{out}"
            );
            assert!(
                out.contains("Signature Validation: Signature is Valid."),
                "{out}"
            );
            assert!(out.contains("Total document signed"), "{out}");

            // Signing kept the tags, the Form element and the attached model.
            let tags = tool("pdfinfo", &["-struct-text", signed.to_str().unwrap()]);
            assert!(
                tags.lines().any(|l| l.trim() == "Form"),
                "{name}.{layout}: no Form tag"
            );
            let files = tool("pdfdetach", &["-list", signed.to_str().unwrap()]);
            assert!(files.contains("model.toml"), "{files}");
            tool("qpdf", &["--check", signed.to_str().unwrap()]);
            // The signature's appearance, too, has its font embedded.
            let fonts = tool("pdffonts", &[signed.to_str().unwrap()]);
            for row in fonts.lines().skip(2) {
                let cols: Vec<&str> = row.split_whitespace().collect();
                assert_eq!(
                    cols[cols.len() - 5],
                    "yes",
                    "{name}.{layout}: not embedded: {row}"
                );
            }
        }
    }
}

/// Signs `pdf` into `signed` with pyHanko's default stamp, as an office
/// might sign.
fn sign_as_an_office_would(key: &Path, cert: &Path, pdf: &Path, signed: &Path) {
    #[rustfmt::skip]
    let (ok, out) = pyhanko(&[
        "sign", "addsig", "--field", "Signature1", "--existing-only",
        "pemder", "--key", key.to_str().unwrap(), "--cert", cert.to_str().unwrap(),
        "--no-pass", pdf.to_str().unwrap(), signed.to_str().unwrap(),
    ]);
    assert!(ok, "{out}");
}

#[test]
fn a_signed_pdf_can_be_rendered_again() {
    let dir = tempfile::tempdir().unwrap();
    let (key, cert) = make_signer(dir.path());
    let pdf = render(dir.path(), "iljoja", "fi", &[]);
    let signed = dir.path().join("signed").join("iljoja.fi.pdf");
    std::fs::create_dir(signed.parent().unwrap()).unwrap();
    sign_as_an_office_would(&key, &cert, &pdf, &signed);
    let out = seloste(
        &dir.path().join("signed"),
        &["render", "iljoja.fi.pdf", "--lang", "sv"],
    );
    assert_ok(&out);
    let sv = dir.path().join("signed/iljoja.sv.pdf");
    assert!(pdf_text(&sv).contains("Dataskyddsbeskrivning"));
    // The Swedish render from the signed Finnish PDF equals one from the model.
    let direct = render(dir.path(), "iljoja", "sv", &[]);
    assert!(std::fs::read(sv).unwrap() == std::fs::read(direct).unwrap());
}

/// Issue: `seloste render notice.fi.pdf` in the signed PDF's own folder wrote
/// `notice.fi.pdf` over the signed input. The input is never written over,
/// and a signed PDF elsewhere only with `--replace-signed`.
#[test]
fn a_signed_pdf_is_never_written_over() {
    let dir = tempfile::tempdir().unwrap();
    let (key, cert) = make_signer(dir.path());
    let pdf = render(dir.path(), "iljoja", "fi", &[]);
    let signed_dir = dir.path().join("signed");
    std::fs::create_dir(&signed_dir).unwrap();
    let signed = signed_dir.join("iljoja.fi.pdf");
    sign_as_an_office_would(&key, &cert, &pdf, &signed);
    let before = std::fs::read(&signed).unwrap();

    // Every language, in the signed PDF's folder: its own name comes round.
    let out = seloste(&signed_dir, &["render", "iljoja.fi.pdf"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("is the file the notice is read from"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        std::fs::read(&signed).unwrap() == before,
        "the signed input changed"
    );
    assert_eq!(
        files_in(&signed_dir),
        ["iljoja.fi.pdf"],
        "nothing else is written"
    );

    // A signed copy at the output path is kept unless replacing it is asked for.
    let copy_dir = dir.path().join("copy");
    std::fs::create_dir(&copy_dir).unwrap();
    std::fs::copy(&signed, copy_dir.join("iljoja.fi.pdf")).unwrap();
    let model = example("iljoja");
    let args = [
        "render",
        model.to_str().unwrap(),
        "--lang",
        "fi",
        "-o",
        "copy/",
    ];
    let out = seloste(dir.path(), &args);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is a signed PDF"));
    assert!(std::fs::read(copy_dir.join("iljoja.fi.pdf")).unwrap() == before);
    let out = seloste(dir.path(), &[&args[..], &["--replace-signed"]].concat());
    assert_ok(&out);
    assert!(std::fs::read(copy_dir.join("iljoja.fi.pdf")).unwrap() != before);
}

//! Hardening: input that passed `check` and then
//! failed in `render` as "a bug in seloste", or that cost memory out of
//! proportion to its size. Each is run through the real binary: `check`
//! refuses it at its field or file and line, with exit 1, and `render`
//! refuses it the same way; nothing here is a bug in seloste.
//!
//! No test holds the binary to a time: the machines that run them are
//! loaded. Work is bounded by counts and bytes, and memory is measured as
//! the peak resident set of the process (`/usr/bin/time`, or `/proc`).

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::hostile::{base64, chunk, crc32, png, with_logo, with_model, with_wording};
use crate::support::*;

/// A run that has not ended after this long hangs: it is killed and the
/// test fails. Not a speed bound; every input here ends in well under it.
const HANG: Duration = Duration::from_secs(300);

/// What a run ended with.
struct Run {
    code: Option<i32>,
    /// Standard output and error together.
    output: String,
    /// The peak resident set, in MiB.
    peak_mib: u64,
}

/// Runs `seloste` with `args` in `dir`, measuring its peak memory.
fn run(dir: &Path, args: &[&str]) -> Run {
    let out = dir.join(".stdout");
    let err = dir.join(".stderr");
    let peak_file = dir.join(".peak");
    let time = Path::new("/usr/bin/time");
    let mut command = if time.exists() {
        let mut c = Command::new(time);
        c.args(["-f", "%M", "-o", peak_file.to_str().unwrap()])
            .arg(env!("CARGO_BIN_EXE_seloste"));
        c
    } else {
        Command::new(env!("CARGO_BIN_EXE_seloste"))
    };
    let mut child = command
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out).unwrap())
        .stderr(std::fs::File::create(&err).unwrap())
        .spawn()
        .expect("the seloste binary runs");
    let (status, polled) = wait_watched(&mut child, args, HANG);
    let measured = std::fs::read_to_string(&peak_file)
        .ok()
        .and_then(|s| s.lines().last()?.trim().parse::<u64>().ok());
    let mut output = std::fs::read_to_string(&out).unwrap();
    output += &std::fs::read_to_string(&err).unwrap();
    if time.exists() {
        // GNU time reports a command that failed on its last line of the
        // error output too ("Command exited with non-zero status 1").
        output = output.replace("Command exited with non-zero status", "");
    }
    Run {
        code: status.code(),
        output,
        peak_mib: measured.unwrap_or(polled) / 1024,
    }
}

/// Asserts that `args` is refused as the user's mistake: exit 1, every one
/// of `needles` in the report, and no "bug in seloste".
fn refused(dir: &Path, args: &[&str], needles: &[&str]) -> Run {
    let r = run(dir, args);
    assert_eq!(
        r.code,
        Some(1),
        "seloste {args:?} must exit 1 (101 is a panic, none a crash):\n{}",
        r.output
    );
    for needle in needles {
        assert!(
            r.output.contains(needle),
            "seloste {args:?}: {needle:?} not in\n{}",
            r.output
        );
    }
    assert!(
        !r.output.contains("bug in seloste"),
        "seloste {args:?} calls the user's mistake a bug:\n{}",
        r.output
    );
    r
}

/// `check` and `render` both refuse the model in `dir`; nothing is written.
fn both_refuse(dir: &Path, needles: &[&str]) {
    refused(dir, &["check", "model.toml"], needles);
    refused(dir, &["render", "model.toml", "--lang", "fi"], needles);
    assert!(!dir.join("model.fi.pdf").exists());
}

// ---------------------------------------------------------------------------
// 1 and 19: a logo is decoded where the model is checked.

/// A PNG of `w` × `h` grey pixels whose IDAT chunk is `idat` as given (the
/// CRC computed over it unless `bad_crc`).
pub(super) fn png_with_idat(w: u32, h: u32, idat: &[u8], bad_crc: bool) -> Vec<u8> {
    let mut ihdr = w.to_be_bytes().to_vec();
    ihdr.extend(h.to_be_bytes());
    ihdr.extend([8, 0, 0, 0, 0]);
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    out.extend(chunk(b"IHDR", &ihdr));
    let mut c = chunk(b"IDAT", idat);
    if bad_crc {
        let n = c.len();
        let crc = crc32(&[&b"IDAT"[..], idat].concat()) ^ 0xDEAD_BEEF;
        c[n - 4..].copy_from_slice(&crc.to_be_bytes());
    }
    out.extend(c);
    out.extend(chunk(b"IEND", &[]));
    out
}

/// The IDAT of a `w` × `h` 8-bit grey image, compressed.
pub(super) fn grey_idat(w: u32, h: u32) -> Vec<u8> {
    let raw = vec![0u8; (1 + w as usize) * h as usize];
    miniz_oxide::deflate::compress_to_vec_zlib(&raw, 6)
}

const SVG_NS: &str = "xmlns=\"http://www.w3.org/2000/svg\"";

#[test]
fn a_logo_that_is_not_an_image_is_refused_by_check_at_the_logo() {
    let good = png_with_idat(40, 20, &grey_idat(40, 20), false);
    let dir = with_logo("logo.png", |p| std::fs::write(p, &good).unwrap());
    let r = run(dir.path(), &["check", "model.toml"]);
    assert_eq!(r.code, Some(0), "a good PNG passes: {}", r.output);

    let mut bad_zlib = grey_idat(40, 20);
    let n = bad_zlib.len();
    bad_zlib[2..n - 4].iter_mut().for_each(|b| *b ^= 0x5A);
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("logo.svg", b"hello".to_vec(), "it is not an SVG drawing"),
        (
            "logo.png",
            png_with_idat(40, 20, &grey_idat(40, 20), true),
            "it cannot be decoded as a PNG image",
        ),
        (
            "logo.png",
            png_with_idat(40, 20, &bad_zlib, false),
            "it cannot be decoded as a PNG image",
        ),
        ("logo.jpg", b"\xFF\xD8\xFF\xE0 not a jpeg".to_vec(), "JPEG"),
    ];
    for (name, bytes, what) in cases {
        let dir = with_logo(name, |p| std::fs::write(p, &bytes).unwrap());
        both_refuse(
            dir.path(),
            &[
                "model.toml:10:17",
                "document.logo.path",
                &format!("cannot use the logo '{name}'"),
                what,
            ],
        );
    }
}

#[test]
fn empty_huge_and_linking_svg_logos_are_refused_by_check() {
    // Seven levels of ten <use> of the level below: ten million elements
    // once expanded, in a file of a kilobyte.
    let mut fan = format!(
        "<svg {SVG_NS} width=\"10\" height=\"10\"><defs><g id=\"l0\"><rect width=\"1\" \
         height=\"1\"/></g>"
    );
    for level in 1..8 {
        fan += &format!("<g id=\"l{level}\">");
        for _ in 0..10 {
            fan += &format!("<use href=\"#l{}\"/>", level - 1);
        }
        fan += "</g>";
    }
    fan += "</defs><use href=\"#l7\"/></svg>";
    let image = |href: &str| {
        format!(
            "<svg {SVG_NS} width=\"10\" height=\"10\"><image width=\"10\" height=\"10\" href=\"{href}\"/></svg>"
        )
    };
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (Vec::new(), "the file is empty"),
        (fan.into_bytes(), "elements"),
        (
            image("file:///etc/passwd").into_bytes(),
            "'file:///etc/passwd'",
        ),
        (
            image("http://example.com/logo.png").into_bytes(),
            "'http://example.com/logo.png'",
        ),
        (image("other.png").into_bytes(), "'other.png'"),
    ];
    for (bytes, what) in cases {
        let dir = with_logo("logo.svg", |p| std::fs::write(p, &bytes).unwrap());
        // A picture the SVG names beside it is refused as well: typst
        // would not be allowed to read it.
        std::fs::write(dir.path().join("other.png"), png(10, 10, 10)).unwrap();
        both_refuse(
            dir.path(),
            &[
                "model.toml:10:17",
                "document.logo.path",
                "cannot use the logo 'logo.svg'",
                what,
            ],
        );
        let r = run(dir.path(), &["check", "model.toml"]);
        assert!(r.peak_mib < 300, "check took {} MiB", r.peak_mib);
    }
    // An embedded PNG that is not one is refused too.
    let svg = image(&format!(
        "data:image/png;base64,{}",
        base64(&png_with_idat(40, 20, &grey_idat(40, 20), true))
    ));
    let dir = with_logo("logo.svg", |p| std::fs::write(p, &svg).unwrap());
    both_refuse(
        dir.path(),
        &[
            "document.logo.path",
            "the PNG picture embedded in the SVG: it cannot be decoded",
        ],
    );
    // And a good SVG with a good embedded PNG is printed.
    let svg = image(&format!(
        "data:image/png;base64,{}",
        base64(&png_with_idat(40, 20, &grey_idat(40, 20), false))
    ));
    let dir = with_logo("logo.svg", |p| std::fs::write(p, &svg).unwrap());
    let r = run(dir.path(), &["render", "model.toml", "--lang", "fi"]);
    assert_eq!(r.code, Some(0), "{}", r.output);
}

// ---------------------------------------------------------------------------
// 2: a PDF decompression bomb.

/// A zlib stream of `prefix` followed by `zeros` zero bytes, compressed
/// piece by piece so that the test itself stays small.
fn zlib_bomb(prefix: &[u8], zeros: usize) -> Vec<u8> {
    use miniz_oxide::deflate::core::{
        CompressorOxide, TDEFLFlush, TDEFLStatus, compress, create_comp_flags_from_zip_params,
    };
    let mut c = CompressorOxide::new(create_comp_flags_from_zip_params(9, 15, 0));
    let block = vec![0u8; 1 << 20];
    let mut out = Vec::new();
    let mut buf = vec![0u8; 1 << 16];
    let mut pieces: Vec<&[u8]> = vec![prefix];
    let mut left = zeros;
    while left > 0 {
        let n = left.min(block.len());
        pieces.push(&block[..n]);
        left -= n;
    }
    let last = pieces.len() - 1;
    for (i, piece) in pieces.into_iter().enumerate() {
        let flush = if i == last {
            TDEFLFlush::Finish
        } else {
            TDEFLFlush::None
        };
        let mut input = piece;
        loop {
            let (status, used, written) = compress(&mut c, input, &mut buf, flush);
            out.extend_from_slice(&buf[..written]);
            input = &input[used..];
            match status {
                TDEFLStatus::Done => break,
                TDEFLStatus::Okay if input.is_empty() && flush == TDEFLFlush::None => break,
                TDEFLStatus::Okay => {}
                s => panic!("compression failed: {s:?}"),
            }
        }
    }
    out
}

/// An indirect object holding a stream.
fn stream_object(id: usize, dict: &str, data: &[u8]) -> Vec<u8> {
    let mut out = format!("{id} 0 obj\n<< {dict} /Length {} >>\nstream\n", data.len()).into_bytes();
    out.extend(data);
    out.extend(b"\nendstream\nendobj\n");
    out
}

/// The brief's bomb: twenty object streams of 250 MB each, none of them
/// needed to find an attachment, under a classic cross-reference table.
pub(super) fn unreferenced_bomb() -> Vec<u8> {
    let payload = zlib_bomb(b"", 250_000_000);
    let mut pdf = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let mut offsets = Vec::new();
    let mut object = |pdf: &mut Vec<u8>, bytes: Vec<u8>| {
        offsets.push(pdf.len());
        pdf.extend(bytes);
    };
    object(
        &mut pdf,
        b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n".to_vec(),
    );
    object(
        &mut pdf,
        b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n".to_vec(),
    );
    for i in 0..20 {
        object(
            &mut pdf,
            stream_object(
                3 + i,
                "/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode",
                &payload,
            ),
        );
    }
    let xref = pdf.len();
    pdf.extend(format!("xref\n0 {}\n0000000000 65535 f \n", offsets.len() + 1).bytes());
    for offset in &offsets {
        pdf.extend(format!("{offset:010} 00000 n \n").bytes());
    }
    pdf.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            offsets.len() + 1
        )
        .bytes(),
    );
    pdf
}

/// A PDF whose attachment name tree has `kids` kids, each compressed in an
/// object stream of its own that inflates to `inflated` bytes, under a
/// cross-reference stream.
pub(super) fn name_tree_bomb(kids: usize, inflated: usize) -> Vec<u8> {
    let kid_id = |i: usize| 30 + i;
    let container_id = |i: usize| 4 + i;
    let xref_id = 50;
    let mut pdf = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let mut offsets = std::collections::BTreeMap::new();
    let mut put = |pdf: &mut Vec<u8>, id: usize, bytes: Vec<u8>| {
        offsets.insert(id, pdf.len());
        pdf.extend(bytes);
    };
    put(
        &mut pdf,
        1,
        b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 3 0 R >> >>\nendobj\n"
            .to_vec(),
    );
    put(
        &mut pdf,
        2,
        b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n".to_vec(),
    );
    let refs: Vec<String> = (0..kids).map(|i| format!("{} 0 R", kid_id(i))).collect();
    put(
        &mut pdf,
        3,
        format!("3 0 obj\n<< /Kids [{}] >>\nendobj\n", refs.join(" ")).into_bytes(),
    );
    for i in 0..kids {
        let header = format!("{} 0 ", kid_id(i));
        let first = header.len();
        let body = format!("{header}<< /Names [] >>\n");
        let data = zlib_bomb(body.as_bytes(), inflated - body.len());
        put(
            &mut pdf,
            container_id(i),
            stream_object(
                container_id(i),
                &format!("/Type /ObjStm /N 1 /First {first} /Filter /FlateDecode"),
                &data,
            ),
        );
    }
    // The cross-reference stream: W [1 4 2].
    let xref_offset = pdf.len();
    offsets.insert(xref_id, xref_offset);
    let mut rows = Vec::new();
    for id in 0..=xref_id {
        let (kind, a, b): (u8, u32, u16) = if let Some(&o) = offsets.get(&id) {
            (1, o as u32, 0)
        } else if (kid_id(0)..kid_id(kids)).contains(&id) {
            (2, container_id(id - kid_id(0)) as u32, 0)
        } else {
            (0, 0, 0)
        };
        rows.push(kind);
        rows.extend(a.to_be_bytes());
        rows.extend(b.to_be_bytes());
    }
    pdf.extend(stream_object(
        xref_id,
        &format!("/Type /XRef /Size {} /W [1 4 2] /Root 1 0 R", xref_id + 1),
        &rows,
    ));
    pdf.extend(format!("startxref\n{xref_offset}\n%%EOF\n").bytes());
    pdf
}

/// Every way a PDF is read for its model refuses `pdf`, saying `why`,
/// within `max_mib` of memory.
fn pdf_refused(pdf: &[u8], why: &str, max_mib: u64) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bomb.pdf"), pdf).unwrap();
    for args in [
        &["extract", "bomb.pdf", "-o", "-"][..],
        &["check", "bomb.pdf"],
        &["render", "bomb.pdf", "--lang", "fi"],
    ] {
        let r = refused(dir.path(), args, &["bomb.pdf", why]);
        assert!(
            r.peak_mib < max_mib,
            "seloste {args:?} took {} MiB (at most {max_mib} MiB)",
            r.peak_mib
        );
    }
}

#[test]
fn a_pdf_decompression_bomb_is_refused_within_bounded_memory() {
    // What is not needed to find the attachment is not inflated at all.
    let pdf = unreferenced_bomb();
    assert!(pdf.len() < 8 << 20, "{} bytes", pdf.len());
    pdf_refused(&pdf, "no attached notice model", 150);
    // One stream needed to find it inflates past the bound of a stream…
    pdf_refused(
        &name_tree_bomb(1, 250_000_000),
        "a compressed stream of the PDF inflates to more than 8 MiB",
        150,
    );
    // … and many under it past the bound of a whole PDF.
    pdf_refused(
        &name_tree_bomb(20, 6 << 20),
        "the PDF's compressed streams inflate to more than 32 MiB in all",
        150,
    );
}

// ---------------------------------------------------------------------------
// 3: the work of parsing a model is bounded by counts.

#[test]
fn parsing_a_model_costs_memory_in_proportion_to_its_size() {
    let base = with_model(|m| m.to_string());
    let baseline = run(base.path(), &["check", "model.toml"]);
    assert_eq!(baseline.code, Some(0), "{}", baseline.output);
    // 300 000 dotted keys: one key of 300 000 parts, 600 KB.
    let dotted = format!("{COMPLETE_MODEL}\n[extra]\n{}k = 1\n", "k.".repeat(300_000));
    // 200 000 keys of one table, 2.6 MB.
    let mut many = format!("{COMPLETE_MODEL}\n[extra]\n");
    for i in 0..200_000 {
        many += &format!("k{i} = 1\n");
    }
    // 200 000 values in an array.
    let values = format!("{COMPLETE_MODEL}\nextra = [{}1]\n", "1,".repeat(200_000));
    // Arrays nested 50 000 deep.
    let deep = format!(
        "{COMPLETE_MODEL}\nextra = {}1{}\n",
        "[".repeat(50_000),
        "]".repeat(50_000)
    );
    let lines = COMPLETE_MODEL.lines().count();
    let cases = [
        (dotted, format!("model.toml:{}:", lines + 3), "levels"),
        (many, "model.toml:".to_string(), "10000 keys"),
        (values, format!("model.toml:{}:", lines + 2), "10000 keys"),
        (deep, format!("model.toml:{}:", lines + 2), "levels"),
    ];
    for (text, at, limit) in cases {
        assert!(text.len() < 4 << 20);
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("model.toml"), &text).unwrap();
        for args in [&["check", "model.toml"][..], &["render", "model.toml"]] {
            let r = refused(dir.path(), args, &[&at, limit, "docs/model.md"]);
            // A few times the file's size beyond what any check costs.
            let allowed = baseline.peak_mib + 4 * (text.len() as u64 >> 20) + 16;
            assert!(
                r.peak_mib <= allowed,
                "{limit}: seloste {args:?} took {} MiB for {} KiB of model (at most {allowed} \
                 MiB; a plain check takes {} MiB)",
                r.peak_mib,
                text.len() >> 10,
                baseline.peak_mib
            );
        }
    }
    // The same in JSON.
    let mut json = String::from("{\"document\": {\"updated\": \"2026-11-01\"}, \"x\": {");
    for i in 0..200_000 {
        json += &format!("\"k{i}\": 1, ");
    }
    json += "\"k\": 1}}";
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("model.json"), &json).unwrap();
    let r = refused(
        dir.path(),
        &["check", "model.json"],
        &["model.json:1:", "10000 keys"],
    );
    assert!(r.peak_mib <= baseline.peak_mib + 32, "{} MiB", r.peak_mib);
}

// ---------------------------------------------------------------------------
// 16: an organisation's wording is judged at `check`.

#[test]
fn wording_that_cannot_be_formatted_or_printed_is_refused_at_its_line() {
    let levels: String = (1..8)
        .map(|i| {
            format!(
                "own-l{i} = {}\n",
                format!("{{ own-l{} }}", i - 1).repeat(10)
            )
        })
        .collect();
    let cases: Vec<(String, &str, &str)> = vec![
        (
            "purpose-billing = laskutus { purpose-billing }\n".into(),
            "own.ftl:1:1",
            "refers to itself",
        ),
        (
            "purpose-billing = laskutus { own-missing }\n".into(),
            "own.ftl:1:1",
            "no message 'own-missing'",
        ),
        (
            format!("own-l0 = lol\n{levels}purpose-billing = {{ own-l7 }}\n"),
            "own.ftl:",
            "too many",
        ),
        (
            "purpose-billing = laskutus \u{1F600}\n".into(),
            "own.ftl:1:28",
            "U+1F600",
        ),
        (
            "purpose-billing = laskutus \u{8ACB}\u{6C42}\n".into(),
            "own.ftl:1:28",
            "U+8ACB",
        ),
        (
            "purpose-billing = laskutus \u{7}\n".into(),
            "own.ftl:1:28",
            "U+0007",
        ),
        (
            "purpose-billing = laskutus \u{202E}abc\n".into(),
            "own.ftl:1:28",
            "U+202E",
        ),
        (
            "purpose-billing = laskutus { \"\\u0007\" }\n".into(),
            "own.ftl:1:1",
            "U+0007",
        ),
    ];
    for (ftl, at, what) in cases {
        let dir = with_wording(&ftl);
        refused(dir.path(), &["check", "model.toml"], &[what]);
        refused(
            dir.path(),
            &["render", "model.toml", "--lang", "fi"],
            &[&format!("wording/fi/{at}"), what],
        );
        assert!(!dir.path().join("model.fi.pdf").exists(), "{ftl}");
    }
}

// ---------------------------------------------------------------------------
// 17: numbers given to clauses.

#[test]
fn counts_given_to_clauses_are_whole_numbers_in_range() {
    for value in [
        "nan",
        "inf",
        "-inf",
        "9223372036854775807",
        "-3",
        "2.5",
        "100000",
    ] {
        let dir = with_model(|m| {
            m.replace(
                "retention = [\"until-no-longer-needed\", { key = \"customer-relationship-plus-years\", years = 2 }]",
                &format!("retention = [{{ key = \"contract-plus-years\", years = {value} }}]"),
            )
        });
        both_refuse(
            dir.path(),
            &[
                "model.toml:3:",
                "retention[0].years",
                "a whole number from 0 to 1000",
            ],
        );
    }
    let dir = with_model(|m| {
        m.replace(
            "retention = [\"until-no-longer-needed\", { key = \"customer-relationship-plus-years\", years = 2 }]",
            "retention = [{ key = \"contract-plus-years\", years = 6 }]",
        )
    });
    let r = run(dir.path(), &["render", "model.toml", "--lang", "fi"]);
    assert_eq!(r.code, Some(0), "{}", r.output);
    assert!(pdf_text(&dir.path().join("model.fi.pdf")).contains("6 vuotta"));
}

// ---------------------------------------------------------------------------
// 18: fields accepted and never printed.

#[test]
fn the_post_to_address_takes_no_email_or_phone() {
    for field in [
        "email = \"kirjeet@webkoti.com\"",
        "phone = \"+358 40 123 4567\"",
    ] {
        let name = field.split(' ').next().unwrap();
        let dir = with_model(|m| {
            format!(
                "{m}\n[requests]\nprocedure = [\"by-post\"]\n\n[requests.post-to]\n\
                 name = \"Matti\"\nstreet = \"Katu 1\"\npostal-code = \"96500\"\n\
                 city = \"Rovaniemi\"\n{field}\n"
            )
        });
        let lines = COMPLETE_MODEL.lines().count();
        both_refuse(
            dir.path(),
            &[
                &format!("model.toml:{}:", lines + 10),
                &format!("requests.post-to.{name}"),
                "is not printed",
                "[contact]",
            ],
        );
    }
}

/// Own text of 9 599 characters (within the 10 000 a text may have) in a
/// list item and in a table cell, in one language and side by side: every
/// word is printed, none lost at the foot of a page.
#[test]
fn the_longest_own_text_is_printed_whole_in_a_list_and_in_a_table() {
    let words: Vec<String> = (0..1600).map(|i| format!("k{i:04}")).collect();
    let text = words.join(" ");
    let dir = with_model(|m| {
        m.replace(
            "purpose = \"billing\"",
            &format!("purpose = {{ fi = \"{text}\", sv = \"{text}\" }}"),
        )
        .replace(
            "disclosures = [\"authorities-by-law\"]",
            &format!(
                "disclosures = [\"authorities-by-law\"]\n\n[[recipients.processors]]\n\
                 name = \"Palvelu Oy\"\ncountry = \"FI\"\nservice = {{ fi = \"{text}\", sv = \"{text}\" }}\n"
            ),
        )
        .replace("languages = [\"fi\"]", "languages = [\"fi\", \"sv\"]")
    });
    for lang in ["fi", "fi+sv"] {
        let out = seloste(dir.path(), &["render", "model.toml", "--lang", lang]);
        assert_ok(&out);
        let printed = pdf_text(&dir.path().join(format!("model.{lang}.pdf")));
        let count = |w: &String| printed.split_whitespace().filter(|p| p == w).count();
        // Each word once in the purpose and once in the processor's row, in
        // each language of the page; side by side, the processors' table is
        // set once across the page, and a cell that reads the same in both
        // languages is printed once.
        let each = if lang == "fi" { 2 } else { 3 };
        let lost: Vec<&String> = words.iter().filter(|w| count(w) < each).collect();
        assert!(
            lost.is_empty(),
            "{lang}: {} of {} words not printed {each} times, e.g. {:?}",
            lost.len(),
            words.len(),
            &lost[..lost.len().min(5)]
        );
    }
}

/// The framed objection box, kept whole on a page, breaks when an
/// organisation's wording makes it longer than a page.
#[test]
fn an_objection_box_longer_than_a_page_is_printed_whole() {
    let words: Vec<String> = (0..1600).map(|i| format!("k{i:04}")).collect();
    let text = words.join(" ");
    let dir = with_wording(&format!("text-objection = {text}\n"));
    let model = std::fs::read_to_string(dir.path().join("model.toml")).unwrap();
    std::fs::write(
        dir.path().join("model.toml"),
        model.replace(
            "basis = \"contract\"",
            "basis = \"legitimate-interests\"\ninterest = \"service-development\"",
        ),
    )
    .unwrap();
    let out = seloste(dir.path(), &["render", "model.toml", "--lang", "fi"]);
    assert_ok(&out);
    let printed = pdf_text(&dir.path().join("model.fi.pdf"));
    let lost = words
        .iter()
        .filter(|w| !printed.split_whitespace().any(|p| p == w.as_str()))
        .count();
    assert_eq!(lost, 0, "{lost} of {} words not printed", words.len());
}

//! A bounded, deterministic fuzz run: mutated models (TOML and
//! JSON), mutated Fluent wording and mutated bytes of a real seloste PDF go
//! through parsing, validation and the attachment reader, which must answer
//! every one with a value or an error, never a panic or a hang.
//!
//! No network and no nightly: a fixed-seed generator mutates the examples
//! and a PDF rendered from one; the same inputs come every run, so a failure
//! is reproduced by running the test again (the failing input is printed).
//! Each target runs a fixed number of inputs, whatever the machine's speed
//! (about half a minute for the whole file in a debug build on two quiet
//! cores). `SELOSTE_FUZZ_SCALE=10` runs ten times as many inputs.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::i18n::Catalogue;
use crate::lang::{Lang, Layout};
use crate::model::{self, Format};

/// xorshift64: small, fixed and good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Pieces that reach deeper into a parser than random bytes do.
const TOKENS: &[&[u8]] = &[
    b"{",
    b"}",
    b"[",
    b"]",
    b"[[",
    b"]]",
    b"\"",
    b"'",
    b",",
    b"=",
    b":",
    b"\n",
    b"\\",
    b"\\u{0}",
    b"\xef\xbb\xbf",
    b"\xff",
    b"\0",
    b"-1",
    b"1e999",
    b"99999999999999999999",
    b"0.0000000000000000000000000000001",
    b"null",
    b"true",
    b"{ fi = \"x\", fi = \"y\" }",
    b"{\"fi\": \"x\", \"fi\": \"y\"}",
    b"{ key = \"contract-plus-years\", years = 1e300 }",
    b"{ $n ->\n *[o] x\n}",
    b"NUMBER($n, minimumFractionDigits: 99999)",
    b" R ",
    b" 0 R",
    b"<<",
    b">>",
    b"/Kids",
    b"/Names",
    b"obj",
    b"endobj",
    b"stream",
    b"endstream",
    b"xref",
    b"trailer",
    b"/Length 999999999",
    b"/Filter /FlateDecode",
    b"%%EOF",
];

/// `input` changed in one to four places.
fn mutate(rng: &mut Rng, input: &[u8]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..=rng.below(4) {
        let at = rng.below(out.len() + 1);
        match rng.below(7) {
            0 if at < out.len() => out[at] ^= 1 << rng.below(8),
            1 if at < out.len() => out[at] = rng.next() as u8,
            2 => {
                let end = (at + rng.below(64)).min(out.len());
                out.drain(at..end);
            }
            3 => {
                let token = TOKENS[rng.below(TOKENS.len())];
                out.splice(at..at, token.iter().copied());
            }
            4 => {
                // A piece of the input again, elsewhere (repeated structure).
                let from = rng.below(out.len());
                let end = (from + rng.below(256)).min(out.len());
                let piece = out[from..end].to_vec();
                out.splice(at..at, piece);
            }
            5 => out.truncate(at),
            _ => {
                let token = TOKENS[rng.below(TOKENS.len())];
                let end = (at + token.len()).min(out.len());
                out.splice(at..end, token.iter().copied());
            }
        }
    }
    out
}

fn scale() -> usize {
    std::env::var("SELOSTE_FUZZ_SCALE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1)
}

/// An input that takes longer than this is taken to hang (or to blow up,
/// exponentially or worse): a guard, not a speed budget; an input takes
/// milliseconds on a quiet machine.
const HANG: Duration = Duration::from_secs(120);

/// Runs `target` on `iterations` mutations of `seeds`, the same ones every
/// run; a panic fails the test with the input.
fn fuzz(name: &str, seed: u64, seeds: &[Vec<u8>], iterations: usize, target: impl Fn(&[u8])) {
    let mut rng = Rng(seed);
    let start = Instant::now();
    let iterations = iterations * scale();
    let mut done = 0;
    while done < iterations {
        let pick = rng.below(seeds.len());
        let input = mutate(&mut rng, &seeds[pick]);
        let slow = Instant::now();
        if std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| target(&input))).is_err() {
            panic!(
                "{name}: panicked on input {done} ({} bytes): {:?}",
                input.len(),
                String::from_utf8_lossy(&input[..input.len().min(2000)])
            );
        }
        assert!(
            slow.elapsed() < HANG,
            "{name}: input {done} took {:?}: {:?}",
            slow.elapsed(),
            String::from_utf8_lossy(&input[..input.len().min(2000)])
        );
        done += 1;
    }
    eprintln!("{name}: {done} inputs in {:?}", start.elapsed());
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn examples() -> Vec<(PathBuf, String)> {
    let mut v: Vec<(PathBuf, String)> = std::fs::read_dir(repo().join("examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            (p, text)
        })
        .collect();
    v.sort();
    v
}

/// Parses and, if that succeeds, checks a model as `seloste check` does:
/// validation, languages, assets (none) and every rule.
fn parse_and_validate(bytes: &[u8], format: Format) {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    if let Ok(notice) = crate::notice::Notice::from_text(text, format, "fuzz") {
        let request = crate::Request::new(notice.model().document.updated);
        let _ = notice.check(&request, &crate::NoAssets::new("assets-from-text"));
    }
}

#[test]
fn mutated_toml_models_never_panic() {
    let seeds: Vec<Vec<u8>> = examples()
        .into_iter()
        .map(|(_, t)| t.into_bytes())
        .collect();
    fuzz("toml", 0x70e1, &seeds, 20_000, |b| {
        parse_and_validate(b, Format::Toml)
    });
}

#[test]
fn mutated_json_models_never_panic() {
    let seeds: Vec<Vec<u8>> = examples()
        .into_iter()
        .map(|(_, t)| {
            serde_json::to_vec_pretty(&model::to_json(&t, Format::Toml).unwrap()).unwrap()
        })
        .collect();
    fuzz("json", 0x150a, &seeds, 30_000, |b| {
        parse_and_validate(b, Format::Json)
    });
}

#[test]
fn mutated_wording_never_panics() {
    let seeds: Vec<Vec<u8>> = [
        "purpose-loyalty = kanta-asiakasedut { $years ->\n    [one] vuoden\n   *[other] { NUMBER($years, minimumFractionDigits: 1) } vuoden\n} ajan\n",
        "-brand = Webkoti\n    .case = x\nown-a = { -brand } { $controllers } { \"{\" }\n\n# comment\nown-b = { NUMBER(1.5, maximumFractionDigits: 2, useGrouping: \"false\") }\n",
    ]
    .map(|s| s.as_bytes().to_vec())
    .to_vec();
    fuzz("wording", 0xf7, &seeds, 100_000, |b| {
        let Ok(text) = std::str::from_utf8(b) else {
            return;
        };
        let Ok(cat) = Catalogue::from_sources([(Lang::Fi, "own.ftl", text)]) else {
            return;
        };
        let ids: Vec<String> = cat.ids().map(str::to_string).collect();
        for id in ids {
            let mut args = crate::i18n::FluentArgs::new();
            for v in cat.variables(&id).into_iter().flatten() {
                args.set(v.clone(), 1.5);
            }
            let _ = cat.format(Lang::Fi, &id, Some(&args));
        }
    });
}

/// A PDF made by seloste from an example, with its model attached.
fn example_pdf() -> Vec<u8> {
    let model = repo().join("examples").join("webkoti.toml");
    let request = crate::Request::new(crate::Date::parse("2026-01-01").unwrap())
        .layouts(vec![Layout::Single(Lang::Fi)]);
    let made = crate::Job::new(crate::Input::File(model), request)
        .run(&crate::Engine::new())
        .unwrap();
    made.documents.into_iter().next().unwrap().bytes
}

#[test]
fn mutated_pdfs_never_panic_the_attachment_reader() {
    let pdf = example_pdf();
    let model = crate::pdf::attached_model(&pdf).expect("the example has its model");
    assert_eq!(model.name, "model.toml");
    fuzz("pdf", 0x9df, &[pdf], 5_000, |b| {
        if let Ok(m) = crate::pdf::attached_model(b) {
            parse_and_validate(&m.bytes, m.format());
        }
    });
}

//! The notice as a web page: made by the real binary, read back as text and
//! held against the PDF of the same model, opened in a real browser
//! (Chromium through ChromeDriver) with axe-core, and validated by the Nu
//! HTML Checker.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::browser::{Browser, test_tools};
use crate::support::*;

const EXAMPLES: [&str; 5] = [
    "iljoja",
    "iljoja-fi-sv",
    "puutarhapuoti",
    "webkoti",
    "yhdistys",
];

/// Renders `example` in `langs` as `formats` into `dir`.
fn render(dir: &Path, example_name: &str, langs: &str, formats: &str) {
    let out = seloste(
        dir,
        &[
            "render",
            example(example_name).to_str().unwrap(),
            "--lang",
            langs,
            "--format",
            formats,
            "--today",
            "2026-12-01",
            "-o",
            dir.to_str().unwrap(),
            "--quiet",
        ],
    );
    assert_ok(&out);
}

/// The text of an HTML fragment as a reader sees it: tags gone (a block
/// element is a space, an inline one nothing), entities decoded, white
/// space single; a table's caption (the section's heading again, which the
/// PDF does not repeat) left out.
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let end = rest[start..]
            .find('>')
            .map_or(rest.len(), |e| start + e + 1);
        let tag = &rest[start + 1..end - 1];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        rest = &rest[end..];
        if !tag.starts_with('/') && matches!(name.as_str(), "caption" | "script" | "style") {
            let close = format!("</{name}>");
            rest = rest.find(&close).map_or("", |c| &rest[c + close.len()..]);
            continue;
        }
        let block = matches!(
            name.as_str(),
            "p" | "li"
                | "dt"
                | "dd"
                | "h1"
                | "h2"
                | "td"
                | "th"
                | "tr"
                | "div"
                | "br"
                | "ul"
                | "ol"
                | "dl"
                | "table"
                | "address"
                | "footer"
                | "section"
                | "header"
        );
        if block {
            out.push(' ');
        }
    }
    out.push_str(rest);
    let decoded = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    normalise(&decoded)
}

/// Each numbered section of a page: its anchor and its text.
fn sections(html: &str) -> Vec<(String, String)> {
    html.split("<section id=\"")
        .skip(1)
        .map(|part| {
            let id = part[..part.find('"').unwrap()].to_string();
            let body = &part[..part.find("</section>").unwrap()];
            let body = &body[body.find('>').unwrap() + 1..];
            (id, text_of(body))
        })
        .collect()
}

#[test]
fn every_section_of_the_page_says_what_the_pdf_says() {
    let dir = tempfile::tempdir().unwrap();
    for name in EXAMPLES {
        render(dir.path(), name, "fi,sv,en", "html,pdf");
        for lang in ["fi", "sv", "en"] {
            let html =
                std::fs::read_to_string(dir.path().join(format!("{name}.{lang}.html"))).unwrap();
            // White space aside: the PDF breaks a long address at a slash.
            let pdf: String = pdf_body_text(&dir.path().join(format!("{name}.{lang}.pdf")))
                .replace('•', "")
                .split_whitespace()
                .collect();
            let sections: Vec<(String, String)> = sections(&html)
                .into_iter()
                .map(|(id, text)| (id, text.split_whitespace().collect()))
                .collect();
            assert!(
                sections.len() > 10,
                "{name}.{lang}: {} sections",
                sections.len()
            );
            // Section by section, in order, and nothing between them.
            let mut at = 0;
            for (i, (id, text)) in sections.iter().enumerate() {
                let found = pdf[at..].find(text.as_str()).unwrap_or_else(|| {
                    panic!(
                        "{name}.{lang}: section '{id}' of the page is not in the PDF after its \
                         previous one:\npage: {text}\npdf:  {}",
                        pdf[at..]
                            .chars()
                            .take(text.chars().count() + 200)
                            .collect::<String>()
                    )
                });
                if i > 0 {
                    let between = pdf[at..at + found].trim();
                    assert!(
                        between.is_empty(),
                        "{name}.{lang}: the PDF has '{between}' before section '{id}', the page does not"
                    );
                }
                at += found + text.len();
            }
        }
    }
}

#[test]
fn a_bilingual_page_has_a_column_per_language_and_the_same_anchors() {
    let dir = tempfile::tempdir().unwrap();
    render(dir.path(), "webkoti", "fi,sv,fi+sv", "html");
    let fi = std::fs::read_to_string(dir.path().join("webkoti.fi.html")).unwrap();
    let sv = std::fs::read_to_string(dir.path().join("webkoti.sv.html")).unwrap();
    let both = std::fs::read_to_string(dir.path().join("webkoti.fi+sv.html")).unwrap();
    let anchors = |html: &str| {
        sections(html)
            .into_iter()
            .map(|(id, _)| id)
            .collect::<Vec<_>>()
    };
    assert_eq!(anchors(&fi), anchors(&sv));
    assert_eq!(anchors(&fi), anchors(&both));
    for id in [
        "controller",
        "purposes",
        "rights",
        "retention",
        "transfers",
        "complaint",
    ] {
        assert!(anchors(&fi).iter().any(|a| a == id), "#{id}");
    }
    assert!(fi.starts_with("<!DOCTYPE html>\n<html lang=\"fi\">"));
    assert!(sv.starts_with("<!DOCTYPE html>\n<html lang=\"sv\">"));
    // Each section of the bilingual page: a Finnish and a Swedish column.
    let rights = both.split("<section id=\"rights\"").nth(1).unwrap();
    let rights = &rights[..rights.find("</section>").unwrap()];
    assert!(rights.contains("<div lang=\"fi\">") && rights.contains("<div lang=\"sv\">"));
    assert!(rights.contains("Rekisteröidyn oikeudet") && rights.contains("rättigheter"));
    // The one-language pages name each other.
    assert!(fi.contains("<link rel=\"alternate\" hreflang=\"sv\" href=\"webkoti.sv.html\">"));
    assert!(sv.contains("<link rel=\"alternate\" hreflang=\"fi\" href=\"webkoti.fi.html\">"));
    // The date and the version, in the page and its head.
    assert!(
        fi.contains("<time datetime=\"2026-11-01\">1.11.2026</time>"),
        "{fi}"
    );
    assert!(fi.contains("<meta name=\"dcterms.modified\" content=\"2026-11-01\">"));
    // webkoti gives no version: its hash names it in the head, and the
    // reader is shown none.
    assert!(fi.contains("<meta name=\"dcterms.identifier\" content=\"#"));
    assert!(!fi.contains("Versio"), "{fi}");
    // Nothing is fetched and nothing runs: no external address in an
    // attribute that loads, no script but the data block.
    for html in [&fi, &sv, &both] {
        assert!(!html.contains(" src=\"http") && !html.contains("<link rel=\"stylesheet"));
        assert_eq!(html.matches("<script").count(), 1);
        assert!(html.contains("<script type=\"application/ld+json\">"));
    }
}

#[test]
fn the_fragment_is_the_article_with_its_style_scoped() {
    let dir = tempfile::tempdir().unwrap();
    render(dir.path(), "iljoja", "fi", "html-fragment");
    let fragment = std::fs::read_to_string(dir.path().join("iljoja.fi.fragment.html")).unwrap();
    assert!(fragment.starts_with("<style>"), "{}", &fragment[..100]);
    assert!(
        !fragment.contains("<html") && !fragment.contains("<head>") && !fragment.contains("<body")
    );
    assert!(fragment.contains("<article class=\"seloste\" lang=\"fi\">"));
    let style = &fragment[..fragment.find("</style>").unwrap()];
    // Every rule's selector starts at the notice's own class: the text
    // before each `{`, after the rule or block before it.
    let style = style.trim_start_matches("<style>");
    let mut selectors = 0;
    for segment in style.split('{').collect::<Vec<_>>().split_last().unwrap().1 {
        let selector = segment.rsplit('}').next().unwrap().trim();
        if selector.starts_with('@') {
            continue;
        }
        for s in selector.split(',') {
            selectors += 1;
            assert!(
                s.trim().starts_with(".seloste"),
                "unscoped selector '{}'",
                s.trim()
            );
        }
    }
    assert!(selectors > 40, "{selectors} selectors");
}

/// The model every text of which is an attack on the page.
fn hostile_model(dir: &Path) -> PathBuf {
    let payloads = [
        "<script>window.__pwned=1</script>",
        "<img src=x onerror=\"window.__pwned=1\">",
        "\"onmouseover=\"window.__pwned=1",
        "</style><script>window.__pwned=1</script>",
        "</script><script>window.__pwned=1</script>",
        "]]><!--",
        "javascript:window.__pwned=1",
    ];
    let text = payloads.join(" ");
    let model = COMPLETE_MODEL.replacen(
        "languages = [\"fi\"]",
        &format!("languages = [\"fi\"]\nregister = {{ fi = {:?} }}", text),
        1,
    );
    let model = format!(
        "{model}\n[[purposes]]\npurpose = {{ fi = {:?} }}\nbasis = \"contract\"\n",
        text
    );
    let path = dir.join("model.toml");
    std::fs::write(&path, model).unwrap();
    path
}

#[test]
fn text_that_looks_like_markup_is_printed_literally_and_never_runs() {
    let dir = tempfile::tempdir().unwrap();
    let model = hostile_model(dir.path());
    let out = seloste(
        dir.path(),
        &[
            "render",
            model.to_str().unwrap(),
            "--lang",
            "fi",
            "--format",
            "html",
            "-o",
            "page.html",
            "--today",
            "2026-12-01",
        ],
    );
    assert_ok(&out);
    let html = std::fs::read_to_string(dir.path().join("page.html")).unwrap();
    assert!(
        !html.contains("<script>window"),
        "a script element from the model"
    );
    assert!(!html.contains("<img src=x"));
    assert!(!html.contains("href=\"javascript:"));
    assert!(html.contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;"));
    // The data block cannot be closed from inside.
    let data = html
        .split("<script type=\"application/ld+json\">")
        .nth(1)
        .unwrap();
    let data = &data[..data.find("</script>").unwrap()];
    let parsed: Value = serde_json::from_str(data).unwrap();
    assert!(
        parsed
            .to_string()
            .contains("</script><script>window.__pwned=1</script>")
    );
    // In a browser: the text is there as written, and nothing ran.
    let mut browser = Browser::start();
    browser.open(&dir.path().join("page.html"));
    let shown = browser
        .eval("return document.body.innerText")
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        shown.contains("<script>window.__pwned=1</script>"),
        "{shown}"
    );
    assert_eq!(browser.eval("return window.__pwned === undefined"), true);
}

#[test]
fn the_machine_readable_copy_names_the_controller_every_purpose_and_recipient() {
    let dir = tempfile::tempdir().unwrap();
    render(dir.path(), "iljoja", "fi", "html");
    let html = std::fs::read_to_string(dir.path().join("iljoja.fi.html")).unwrap();
    let data = html
        .split("<script type=\"application/ld+json\">")
        .nth(1)
        .unwrap();
    let doc: Value = serde_json::from_str(&data[..data.find("</script>").unwrap()]).unwrap();
    assert_eq!(doc["@context"]["dpv"], "https://w3id.org/dpv#");
    assert_eq!(doc["@type"], "dpv:PrivacyNotice");
    let model: toml::Value =
        toml::from_str(&std::fs::read_to_string(example("iljoja")).unwrap()).unwrap();
    let controllers: Vec<&str> = doc["dpv:hasDataController"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["schema:name"].as_str().unwrap())
        .collect();
    for c in model["controllers"].as_array().unwrap() {
        assert!(
            controllers.contains(&c["name"].as_str().unwrap()),
            "{controllers:?}"
        );
    }
    let handling = doc["dpv:hasPersonalDataHandling"].as_array().unwrap();
    let purposes = model["purposes"].as_array().unwrap();
    assert_eq!(handling.len(), purposes.len());
    let bases = |b: &str| match b {
        "consent" => "eu-gdpr:A6-1-a",
        "contract" => "eu-gdpr:A6-1-b",
        "legal-obligation" => "eu-gdpr:A6-1-c",
        "legitimate-interests" => "eu-gdpr:A6-1-f",
        other => panic!("{other}"),
    };
    let mut expected: Vec<&str> = purposes
        .iter()
        .map(|p| bases(p["basis"].as_str().unwrap()))
        .collect();
    let mut found: Vec<&str> = handling
        .iter()
        .map(|h| h["dpv:hasLegalBasis"]["@id"].as_str().unwrap())
        .collect();
    expected.sort();
    found.sort();
    assert_eq!(found, expected);
    for h in handling {
        assert!(
            !h["dpv:hasPurpose"]["dct:description"]
                .as_str()
                .unwrap()
                .is_empty()
        );
    }
    let processors: Vec<&str> = doc["dpv:hasDataProcessor"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["schema:name"].as_str().unwrap())
        .collect();
    for p in model["recipients"]["processors"].as_array().unwrap() {
        assert!(
            processors.contains(&p["name"].as_str().unwrap()),
            "{processors:?}"
        );
    }
}

/// Where the screenshots of the browser test go, for a person to look at.
fn screenshots() -> PathBuf {
    let dir = repo().join("target/html-screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn every_example_page_passes_axe_and_the_nu_checker_and_reflows_to_320_px() {
    let dir = tempfile::tempdir().unwrap();
    let mut pages = Vec::new();
    for name in EXAMPLES {
        render(dir.path(), name, "fi,sv,en,fi+sv", "html");
        for layout in ["fi", "sv", "en", "fi+sv"] {
            pages.push(dir.path().join(format!("{name}.{layout}.html")));
        }
    }
    // A page with faults both tools must find, so that a silent tool
    // cannot pass the notices.
    let control = dir.path().join("control.html");
    std::fs::write(
        &control,
        "<!DOCTYPE html><html><head><title>x</title></head><body><main>\
         <p style=\"color:#bbb\">faint text</p><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">\
         <ul><p>not an item</p></ul></main></body></html>",
    )
    .unwrap();
    // The Nu HTML Checker: no error in any page.
    let vnu = test_tools().join("node_modules/vnu-jar/build/dist/vnu.jar");
    let checked = |pages: &[PathBuf]| {
        let out = std::process::Command::new("java")
            .arg("-jar")
            .arg(&vnu)
            .args(["--errors-only", "--format", "json"])
            .args(pages)
            .output()
            .unwrap_or_else(|e| {
                panic!(
                    "java -jar {}: {e} (scripts/test installs it)",
                    vnu.display()
                )
            });
        let report: Value = serde_json::from_slice(&out.stderr)
            .unwrap_or_else(|_| panic!("{}", String::from_utf8_lossy(&out.stderr)));
        report["messages"].as_array().unwrap().clone()
    };
    assert!(
        !checked(std::slice::from_ref(&control)).is_empty(),
        "vnu found nothing in the control page"
    );
    let errors = checked(&pages);
    assert!(
        errors.is_empty(),
        "{}",
        serde_json::to_string_pretty(&errors).unwrap()
    );

    let mut browser = Browser::start();
    browser.open(&control);
    let found = browser.axe();
    let ids: Vec<&str> = found
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v["id"].as_str())
        .collect();
    assert!(
        ids.contains(&"image-alt") && ids.contains(&"color-contrast"),
        "axe did not find the control page's faults: {found}"
    );
    let shots = screenshots();
    for page in &pages {
        let name = page.file_stem().unwrap().to_string_lossy().into_owned();
        browser.open(page);
        // The page's own style was allowed by its policy.
        assert_eq!(
            browser.eval("return getComputedStyle(document.querySelector('.seloste')).marginLeft !== '0px' || getComputedStyle(document.querySelector('.seloste')).maxWidth !== 'none'"),
            true,
            "{name}: the style did not apply"
        );
        let violations = browser.axe();
        assert!(
            violations.as_array().unwrap().is_empty(),
            "{name}: {}",
            serde_json::to_string_pretty(&violations).unwrap()
        );
        for (width, keep) in [(320, false), (375, true), (1280, true)] {
            browser.resize(width, 900);
            let fits = browser.eval(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth",
            );
            assert_eq!(fits, true, "{name} scrolls sideways at {width} px");
            if keep {
                browser.screenshot(&shots.join(format!("{name}-{width}.png")));
            }
        }
    }
}

#[test]
fn the_logo_is_in_the_page_with_its_alternative_text() {
    let dir = tempfile::tempdir().unwrap();
    let logo = r#"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="10"><rect width="40" height="10" fill="navy"/></svg>"#;
    std::fs::write(dir.path().join("logo.svg"), logo).unwrap();
    let model = COMPLETE_MODEL.replacen(
        "languages = [\"fi\"]",
        "languages = [\"fi\"]\nlogo = { path = \"logo.svg\", alt = { fi = \"Webkotin <logo>\" } }",
        1,
    );
    std::fs::write(dir.path().join("model.toml"), model).unwrap();
    let out = seloste(
        dir.path(),
        &[
            "render",
            "model.toml",
            "--lang",
            "fi",
            "-o",
            "model.html",
            "--today",
            "2026-12-01",
        ],
    );
    assert_ok(&out);
    let html = std::fs::read_to_string(dir.path().join("model.html")).unwrap();
    let src = html
        .split("<img class=\"logo\" src=\"")
        .nth(1)
        .expect("an img");
    let src = &src[..src.find('"').unwrap()];
    let b64 = src.strip_prefix("data:image/svg+xml;base64,").expect(src);
    use base64::Engine;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(b64)
        .unwrap();
    assert_eq!(bytes, logo.as_bytes());
    assert!(html.contains("alt=\"Webkotin &lt;logo&gt;\""));
}

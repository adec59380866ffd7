//! The office's page of `seloste serve`, in a real browser against the
//! real service: start a notice, see its findings at their lines in the
//! page's language, preview it, download it; open a PDF seloste made and
//! take it away in Swedish; the token; the policy; axe on every state.

use base64::Engine;
use serde_json::Value;

use crate::browser::Browser;
use crate::serve::{Server, get, post};
use crate::support::*;

/// The starter's placeholders, filled as an office would.
const FILLED: [(&str, &str); 8] = [
    ("name", "Kahvila Kuppila Oy"),
    ("business-id", "1759068-4"),
    ("street", "Kauppakatu 3"),
    ("postal-code", "96100"),
    ("city", "Rovaniemi"),
    ("email", "tietosuoja@kuppila.fi"),
    ("name", "Kaisa Kuppila"),
    ("email", "kaisa@kuppila.fi"),
];

/// The page's answer to `GET /` without a browser: its language, its
/// headers, the API it calls beside it.
#[test]
fn the_page_is_served_in_the_language_asked_with_its_policy() {
    let server = Server::start(&[]);
    let a = get(&server.url("/"), &[("accept-language", "sv-FI, sv;q=0.9")]);
    assert_eq!(a.status, 200);
    assert_eq!(a.header("content-type"), Some("text/html; charset=utf-8"));
    assert!(a.text().contains("<html lang=\"sv\">"), "{}", a.text());
    assert!(a.text().contains("Ny beskrivning"));
    let csp = a.header("content-security-policy").unwrap();
    for directive in [
        "default-src 'none'",
        "script-src 'self';",
        "frame-ancestors 'none'",
        "form-action 'none'",
    ] {
        assert!(csp.contains(directive), "{csp}");
    }
    assert!(!csp.contains("unsafe"), "{csp}");
    assert_eq!(a.header("x-frame-options"), Some("DENY"));
    assert!(a.header("set-cookie").is_none());
    // No inline script that runs: the only inline block is JSON data.
    let page = a.text();
    assert_eq!(page.matches("<script").count(), 4, "{page}");
    assert!(page.contains("<script src=\"/page/page.js\" defer></script>"));
    assert!(page.contains("<script type=\"application/json\" id=\"words\">"));
    let en = get(&server.url("/?lang=en"), &[("accept-language", "fi")]);
    assert!(en.text().contains("<html lang=\"en\">"));
    assert!(en.text().contains("New notice"));
    get(&server.url("/?lang=de"), &[]).problem(400);
    let js = get(&server.url("/page/page.js"), &[]);
    assert_eq!(
        js.header("content-type"),
        Some("text/javascript; charset=utf-8")
    );
    get(&server.url("/page/nothing.js"), &[]).problem(404);
    // The notices to start from.
    let starter = get(&server.url("/v1/starter?lang=sv"), &[]);
    assert_eq!(starter.status, 200);
    assert!(starter.text().contains("\"<"), "{}", starter.text());
    let example = get(&server.url("/v1/examples/iljoja"), &[]);
    assert_eq!(
        example.text(),
        std::fs::read_to_string(crate::support::example("iljoja")).unwrap()
    );
    get(&server.url("/v1/examples/nope"), &[]).problem(404);
}

/// The bytes of the page's last download.
fn downloaded(b: &Browser) -> (String, Vec<u8>) {
    let v = b.eval_async(
        "const d = window.seloste.download;
         const r = new FileReader();
         r.onload = () => done([d.name, r.result.split(',')[1]]);
         r.readAsDataURL(d.blob);",
    );
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(v[1].as_str().unwrap())
        .unwrap();
    (v[0].as_str().unwrap().to_string(), bytes)
}

/// Sets the model's text as typing would, and waits for its check.
fn type_model(b: &Browser, text: &str) {
    let checks = b.eval("return window.seloste.checks;").as_u64().unwrap();
    b.eval(&format!(
        "const m = document.getElementById('model'); m.value = {};
         m.dispatchEvent(new Event('input', {{ bubbles: true }}));",
        Value::from(text)
    ));
    b.wait(&format!(
        "window.seloste.checks > {checks} && window.seloste.busy === 0"
    ));
}

/// A screenshot into `target/page-screenshots/`, to look at.
fn screenshot(b: &Browser, name: &str) {
    let dir = repo().join("target/page-screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    b.screenshot(&dir.join(name));
}

fn assert_no_violations(b: &Browser, state: &str) {
    let v = b.axe();
    assert_eq!(v, serde_json::json!([]), "axe, {state}");
    let csp = b.eval("return window.seloste.violations;");
    assert_eq!(csp, serde_json::json!([]), "CSP, {state}");
}

/// Issue 22: a new notice from the starter, its placeholders filled, to a
/// PDF with the values typed; a wrong business ID shown at its line in
/// Finnish and the download refused until it is corrected.
#[test]
fn a_notice_from_the_starter_is_checked_previewed_and_downloaded() {
    let server = Server::start(&[]);
    let mut b = Browser::start();
    b.go(&server.url("/?lang=fi"));
    b.wait("window.seloste");
    assert_no_violations(&b, "empty page");
    b.eval("document.getElementById('new').click();");
    b.wait("window.seloste.checks > 0 && window.seloste.busy === 0");
    let summary = b.eval("return document.getElementById('summary').textContent;");
    assert_eq!(summary, "8 virhettä", "the starter's eight placeholders");
    let first = b.eval("return document.querySelector('#findings li').textContent;");
    let first = first.as_str().unwrap();
    assert!(first.contains("virhe [placeholder-not-filled]"), "{first}");
    assert!(first.contains("rivi "), "{first}");
    assert_no_violations(&b, "starter with findings");
    screenshot(&b, "starter-fi.png");
    for (i, y) in [600, 1400, 2200, 3000, 3800].iter().enumerate() {
        b.eval(&format!("window.scrollTo(0, {y});"));
        screenshot(&b, &format!("starter-fi-{i}.png"));
    }
    b.eval("window.scrollTo(0, 0);");

    // The placeholders filled, in order.
    let mut text = b
        .eval("return document.getElementById('model').value;")
        .as_str()
        .unwrap()
        .to_string();
    for (key, value) in FILLED {
        let at = text
            .find(&format!("{key} = \"<"))
            .unwrap_or_else(|| panic!("a placeholder of {key} in:\n{text}"));
        let end = at + text[at..].find('\n').unwrap();
        text.replace_range(at..end, &format!("{key} = \"{value}\""));
    }
    type_model(&b, &text);
    assert_eq!(
        b.eval("return document.getElementById('summary').textContent;"),
        "Seloste läpäisee tarkistuksen."
    );
    b.wait("window.seloste.previews > 0 && window.seloste.busy === 0");
    // The preview is the notice, its style applied (allowed by its hash).
    let shown = b.eval(
        "const d = document.getElementById('preview').contentDocument;
         const a = d.querySelector('article.seloste');
         return [a.textContent.includes('Kahvila Kuppila Oy'), getComputedStyle(a).maxWidth];",
    );
    assert_eq!(shown, serde_json::json!([true, "736px"]), "46rem at 16 px");
    assert_no_violations(&b, "a passing notice and its preview");
    screenshot(&b, "passing-fi.png");

    b.eval("document.getElementById('download-pdf').click();");
    b.wait("window.seloste.download && window.seloste.busy === 0");
    let (name, pdf) = downloaded(&b);
    assert!(name.ends_with(".fi.pdf"), "{name}");
    assert!(pdf.starts_with(b"%PDF-"));
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("n.pdf"), &pdf).unwrap();
    let read = pdf_text(&dir.path().join("n.pdf"));
    for value in [
        "Kahvila Kuppila Oy",
        "1759068-4",
        "Kauppakatu 3",
        "tietosuoja@kuppila.fi",
    ] {
        assert!(read.contains(value), "{value} in:\n{read}");
    }

    // A wrong check digit: its finding at its line, in Finnish; nothing is
    // made while it stands; corrected, it is gone.
    b.eval("window.seloste.download = null;");
    type_model(&b, &text.replacen("1759068-4", "1759068-5", 1));
    let findings = b.eval("return document.getElementById('findings').textContent;");
    let findings = findings.as_str().unwrap();
    assert!(
        findings.contains("controllers[0].business-id"),
        "{findings}"
    );
    assert!(findings.contains("tarkistusnumero on väärä"), "{findings}");
    let line = text.lines().position(|l| l.contains("1759068-4")).unwrap() + 1;
    assert!(findings.contains(&format!("rivi {line}")), "{findings}");
    assert_eq!(
        b.eval("return document.getElementById('model').getAttribute('aria-invalid');"),
        "true"
    );
    assert_eq!(
        b.eval("return document.getElementById('preview').classList.contains('stale');"),
        true,
        "the last good preview is marked as no longer the model's"
    );
    assert_no_violations(&b, "an error");
    b.eval("document.getElementById('check-h').scrollIntoView();");
    screenshot(&b, "error-fi.png");
    b.resize(375, 900);
    screenshot(&b, "error-fi-375.png");
    b.resize(1280, 900);
    b.eval("document.getElementById('download-pdf').click();");
    assert_eq!(
        b.eval("return document.getElementById('download-status').textContent;"),
        "Selostetta ei tehdä, kun siinä on virheitä: korjaa ne ensin."
    );
    assert_eq!(b.eval("return window.seloste.download;"), Value::Null);
    type_model(&b, &text);
    assert_eq!(
        b.eval("return document.getElementById('findings').children.length;"),
        0
    );
    // The draft outlives a reload.
    b.go(&server.url("/?lang=fi"));
    b.wait("window.seloste && window.seloste.checks > 0 && window.seloste.busy === 0");
    assert_eq!(
        b.eval("return document.getElementById('model').value;"),
        Value::from(text.as_str())
    );
}

/// Issue 22: a PDF the CLI made, opened in the page and downloaded in
/// Swedish, is byte for byte what `seloste render … --lang sv` makes of it.
#[test]
fn a_pdf_made_by_the_cli_is_opened_and_taken_away_in_swedish() {
    let dir = tempfile::tempdir().unwrap();
    render_example(dir.path(), "iljoja", "fi");
    let fi = dir.path().join("out/iljoja.fi.pdf");
    assert_ok(&seloste(
        dir.path(),
        &["render", fi.to_str().unwrap(), "--lang", "sv", "-o", "cli"],
    ));
    let cli = std::fs::read(dir.path().join("cli/iljoja.sv.pdf")).unwrap();

    let server = Server::start(&[]);
    let mut b = Browser::start();
    b.go(&server.url("/?lang=sv"));
    b.wait("window.seloste");
    b.type_into("#file", fi.to_str().unwrap());
    b.wait("window.seloste.checks > 0 && window.seloste.busy === 0");
    assert_eq!(
        b.eval("return document.getElementById('summary').textContent;"),
        "Beskrivningen klarar kontrollen."
    );
    b.eval(
        "const l = document.getElementById('layout'); l.value = 'sv';
         l.dispatchEvent(new Event('change'));",
    );
    b.eval("document.getElementById('download-pdf').click();");
    b.wait("window.seloste.download && window.seloste.busy === 0");
    let (name, pdf) = downloaded(&b);
    assert_eq!(name, "iljoja.sv.pdf");
    assert!(pdf == cli, "the page's PDF differs from the CLI's");
    assert_no_violations(&b, "a PDF opened");
}

/// Issue 22: with `--token-file` the page asks for the key once and then
/// works; the API without it is 401.
#[test]
fn with_a_token_the_page_works_once_the_key_is_given() {
    let dir = tempfile::tempdir().unwrap();
    let key = "s3cret-key-for-the-office-page-0123456789";
    std::fs::write(dir.path().join("token"), key).unwrap();
    let server = Server::start(&["--token-file", dir.path().join("token").to_str().unwrap()]);
    // The page itself holds nothing and is served; the API is not.
    assert_eq!(get(&server.url("/?lang=en"), &[]).status, 200);
    post(
        &server.url("/v1/check"),
        "application/toml",
        COMPLETE_MODEL.as_bytes(),
        &[],
    )
    .problem(401);
    get(&server.url("/v1/starter"), &[]).problem(401);

    let mut b = Browser::start();
    b.go(&server.url("/?lang=en"));
    b.wait("window.seloste");
    b.eval("document.getElementById('new').click();");
    b.wait("document.getElementById('token-status').textContent");
    assert_eq!(
        b.eval("return document.getElementById('token-status').textContent;"),
        "This service asks for its access key: enter it above."
    );
    assert_eq!(
        b.eval("return document.activeElement.id;"),
        "token",
        "the key's field has the focus"
    );
    assert_no_violations(&b, "the key asked for");
    b.type_into("#token", key);
    b.eval("document.getElementById('token-form').requestSubmit();");
    b.eval("document.getElementById('new').click();");
    b.wait("window.seloste.checks > 0 && window.seloste.busy === 0");
    let summary = b.eval("return document.getElementById('summary').textContent;");
    assert_eq!(summary, "8 errors");
    assert_no_violations(&b, "after the key");
}

/// Issue 22: the page with the keyboard alone: Tab reaches the controls in
/// order and Enter starts a notice.
#[test]
fn the_page_works_with_the_keyboard_alone() {
    let server = Server::start(&[]);
    let mut b = Browser::start();
    b.go(&server.url("/?lang=fi"));
    b.wait("window.seloste");
    let tab = "\u{E004}";
    let mut order = Vec::new();
    for _ in 0..12 {
        b.press(tab);
        order.push(
            b.eval("return document.activeElement.id || document.activeElement.textContent;")
                .as_str()
                .unwrap()
                .to_string(),
        );
    }
    let start = order
        .iter()
        .position(|id| id == "new")
        .expect("Tab reaches 'new'");
    assert_eq!(
        order[start..start + 5],
        ["new", "example", "open-example", "file", "clear"],
        "{order:?}"
    );
    // Again from the top: Tab to "new", and Enter opens the starter.
    b.go(&server.url("/?lang=fi"));
    b.wait("window.seloste");
    b.press(&tab.repeat(start + 1));
    assert_eq!(b.eval("return document.activeElement.id;"), "new");
    b.press("\u{E007}");
    b.wait("window.seloste.checks > 0 && window.seloste.busy === 0");
    assert_eq!(
        b.eval("return document.getElementById('summary').textContent;"),
        "8 virhettä"
    );
    // The focus is visible: an outline on the focused control.
    let outline = b.eval("return getComputedStyle(document.activeElement).outlineStyle;");
    assert_eq!(outline, "solid");
}

/// Issue 22: a new notice from the starter, every placeholder filled
/// through the form (as a person types), to a PDF that reads back the
/// values typed; a wrong business ID typed into its field is shown at that
/// field in Finnish, and goes when it is corrected.
#[test]
fn the_starter_is_filled_in_through_the_form() {
    let server = Server::start(&[]);
    let mut b = Browser::start();
    b.go(&server.url("/?lang=fi"));
    b.wait("window.seloste");
    b.eval("document.getElementById('new').click();");
    b.wait("window.seloste.forms > 0 && window.seloste.checks > 0 && window.seloste.busy === 0");
    let placeholders = b.eval(
        "return [...document.querySelectorAll('#form input')]
           .filter(i => i.value.startsWith('<'))
           .map(i => [i.id, i.closest('.field').dataset.path]);",
    );
    let placeholders = placeholders.as_array().unwrap().clone();
    assert_eq!(placeholders.len(), 8, "{placeholders:?}");
    let value = |path: &str| match path {
        "controllers[0].name" => "Kahvila Kuppila Oy",
        "controllers[0].business-id" => "1759068-4",
        "controllers[0].street" => "Kauppakatu 3",
        "controllers[0].postal-code" => "96100",
        "controllers[0].city" => "Rovaniemi",
        "controllers[0].email" => "info@kuppila.fi",
        "contact.name" => "Kaisa Kuppila",
        "contact.email" => "tietosuoja@kuppila.fi",
        other => panic!("a placeholder at {other}"),
    };
    for p in &placeholders {
        let (id, path) = (p[0].as_str().unwrap(), p[1].as_str().unwrap());
        b.clear(&format!("#{id}"));
        b.type_into(&format!("#{id}"), value(path));
    }
    b.wait(
        "window.seloste.busy === 0 && document.getElementById('summary').textContent \
         === 'Seloste läpäisee tarkistuksen.'",
    );
    // The text follows the form.
    let text = b.eval("return document.getElementById('model').value;");
    assert!(
        text.as_str()
            .unwrap()
            .contains("name = \"Kahvila Kuppila Oy\""),
        "{text}"
    );
    assert_no_violations(&b, "the form filled in");
    b.eval("document.getElementById('download-pdf').click();");
    b.wait("window.seloste.download && window.seloste.busy === 0");
    let (_, pdf) = downloaded(&b);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("n.pdf"), &pdf).unwrap();
    let read = pdf_text(&dir.path().join("n.pdf"));
    for path in [
        "controllers[0].name",
        "controllers[0].business-id",
        "controllers[0].street",
        "contact.email",
    ] {
        assert!(read.contains(value(path)), "{} in:\n{read}", value(path));
    }

    // A wrong check digit typed into the field: shown there, in Finnish.
    let id = b.eval(
        "return document.querySelector('[data-path=\"controllers[0].business-id\"] input').id;",
    );
    let id = format!("#{}", id.as_str().unwrap());
    b.clear(&id);
    b.type_into(&id, "1759068-5");
    b.wait("document.querySelector('[data-path=\"controllers[0].business-id\"] .finding')");
    let at = b.eval(
        "const f = document.querySelector('[data-path=\"controllers[0].business-id\"]');
         const i = f.querySelector('input');
         return [f.querySelector('.finding').textContent, i.getAttribute('aria-invalid'),
                 i.getAttribute('aria-describedby')];",
    );
    assert!(
        at[0].as_str().unwrap().contains("tarkistusnumero on väärä"),
        "{at}"
    );
    assert_eq!(
        b.eval("return document.querySelector('#summary a').getAttribute('href');"),
        "#findings",
        "the summary leads to the findings"
    );
    assert_eq!(at[1], "true");
    assert!(at[2].as_str().unwrap().contains("finding-"), "{at}");
    screenshot(&b, "form-error-fi.png");
    assert_no_violations(&b, "an error at its field");
    b.clear(&id);
    b.type_into(&id, "1759068-4");
    b.wait(
        "window.seloste.busy === 0 && \
         !document.querySelector('[data-path=\"controllers[0].business-id\"] .finding')",
    );
    // Every way to take it away.
    for (button, name, start) in [
        ("download-zip", "notice.zip", &b"PK"[..]),
        ("download-html", "notice.fi.html", &b"<!DOCTYPE html>"[..]),
        ("download-model-file", "notice.toml", &b"[document]"[..]),
    ] {
        b.eval("window.seloste.download = null;");
        b.eval(&format!("document.getElementById('{button}').click();"));
        b.wait("window.seloste.download && window.seloste.busy === 0");
        let (got, bytes) = downloaded(&b);
        assert_eq!(got, name);
        let found = if name.ends_with(".toml") {
            bytes.windows(start.len()).any(|w| w == start)
        } else {
            bytes.starts_with(start)
        };
        assert!(found, "{name}: {:?}", &bytes[..20.min(bytes.len())]);
    }
}

/// Issue 22: the logo uploaded in the form is kept with the draft and sent
/// with every request: the preview and the PDF carry it.
#[test]
fn a_logo_uploaded_in_the_form_is_in_the_notice() {
    let dir = tempfile::tempdir().unwrap();
    let logo = dir.path().join("Kuppila logo.svg");
    std::fs::write(
        &logo,
        br##"<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#1d3b5a"/></svg>"##,
    )
    .unwrap();
    let server = Server::start(&[]);
    let mut b = Browser::start();
    b.go(&server.url("/?lang=en"));
    b.wait("window.seloste");
    b.eval(
        "document.getElementById('example').value = 'webkoti';
         document.getElementById('open-example').click();",
    );
    b.wait("window.seloste.forms > 0 && window.seloste.previews > 0 && window.seloste.busy === 0");
    // "Add: Logo", then the picture and what it shows.
    b.eval(
        "[...document.querySelectorAll('#form button.add')]
           .find(x => x.textContent === 'Add: Logo').click();",
    );
    b.wait("document.querySelector('[data-path=\"document.logo.path\"] input[type=file]')");
    let file =
        b.eval("return document.querySelector('[data-path=\"document.logo.path\"] input').id;");
    b.type_into(
        &format!("#{}", file.as_str().unwrap()),
        logo.to_str().unwrap(),
    );
    b.wait("document.querySelector('[data-path=\"document.logo.path\"] .file-name').textContent");
    // What it shows, as a name the same in every language (the field
    // offers clauses first).
    let alt = b.eval(
        "const f = document.querySelector('[data-path=\"document.logo.alt\"]');
         const kind = f.querySelector('select');
         kind.value = 'name';
         kind.dispatchEvent(new Event('change'));
         return f.querySelector('.text-body input').id;",
    );
    b.type_into(&format!("#{}", alt.as_str().unwrap()), "Webkoti logo");
    b.wait(
        "window.seloste.busy === 0 && document.getElementById('summary').textContent \
         === 'The notice passes the check.' && \
         !!document.getElementById('preview').contentDocument.querySelector('img')",
    );
    let text = b.eval("return document.getElementById('model').value;");
    assert!(
        text.as_str().unwrap().contains("Kuppila_logo.svg"),
        "{text}"
    );
    assert_no_violations(&b, "a logo");
    b.eval("window.seloste.download = null; document.getElementById('download-pdf').click();");
    b.wait("window.seloste.download && window.seloste.busy === 0");
    let (_, pdf) = downloaded(&b);
    std::fs::write(dir.path().join("n.pdf"), &pdf).unwrap();
    // The logo's alternative text is in the PDF's structure (PDF/UA).
    let qdf = dir.path().join("q.pdf");
    tool(
        "qpdf",
        &[
            "--qdf",
            "--object-streams=disable",
            dir.path().join("n.pdf").to_str().unwrap(),
            qdf.to_str().unwrap(),
        ],
    );
    let raw = std::fs::read(&qdf).unwrap();
    assert!(
        raw.windows(19).any(|w| w == b"/Alt (Webkoti logo)"),
        "no logo in the PDF"
    );
}

/// Issue 22: the whole flow with the keyboard alone: Tab to "New notice"
/// and Enter, Tab through the form to each placeholder and type over it,
/// Tab to the PDF's button and Enter; the focus is always visible.
#[test]
fn the_whole_flow_works_with_the_keyboard_alone() {
    let server = Server::start(&[]);
    let mut b = Browser::start();
    b.go(&server.url("/?lang=fi"));
    b.wait("window.seloste");
    let (tab, enter, backspace) = ("\u{E004}", "\u{E007}", "\u{E003}");
    let focused = |b: &Browser| {
        b.eval(
            "const a = document.activeElement;
             const f = a.closest('.field');
             return [a.id, f ? f.dataset.path : '', a.value || '', a.tagName,
                     getComputedStyle(a).outlineStyle];",
        )
    };
    let mut guard = 0;
    while focused(&b)[0] != "new" {
        b.press(tab);
        guard += 1;
        assert!(guard < 30, "Tab never reached 'new'");
    }
    b.press(enter);
    b.wait("window.seloste.forms > 0 && window.seloste.checks > 0 && window.seloste.busy === 0");
    // Through the form: each placeholder typed over.
    let mut filled = 0;
    for _ in 0..2000 {
        b.press(tab);
        let f = focused(&b);
        if f[0] == "download-pdf" {
            break;
        }
        if f[3] != "IFRAME" {
            assert_eq!(f[4], "solid", "the focus is visible on {f}");
        }
        let value = f[2].as_str().unwrap();
        if f[3] == "INPUT" && value.starts_with('<') {
            b.press(&backspace.repeat(value.chars().count()));
            let typed = match f[1].as_str().unwrap() {
                "controllers[0].business-id" => "1759068-4".to_string(),
                "controllers[0].postal-code" => "96100".to_string(),
                p if p.ends_with("email") => format!("info{filled}@kuppila.fi"),
                _ => format!("Kuppila {filled}"),
            };
            b.press(&typed);
            filled += 1;
        }
    }
    assert_eq!(filled, 8, "the starter's placeholders");
    assert_eq!(focused(&b)[0], "download-pdf");
    b.wait(
        "window.seloste.busy === 0 && document.getElementById('summary').textContent \
         === 'Seloste läpäisee tarkistuksen.'",
    );
    b.press(enter);
    b.wait("window.seloste.download && window.seloste.busy === 0");
    let (name, pdf) = downloaded(&b);
    assert_eq!(name, "notice.fi.pdf");
    assert!(pdf.starts_with(b"%PDF-"));
}

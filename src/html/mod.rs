//! The notice as a web page: one self-contained HTML5 file per layout, made
//! from the same view as the PDF, so that it says what the PDF says. A
//! first layer (the essentials, WP260's layered notice) leads into the full
//! text; every section has a stable anchor, the same in every language
//! (`#rights`, `#retention`); a machine-readable copy rides along as JSON-LD.
//!
//! No script runs and nothing is fetched: the style is inline and allowed
//! by its hash in the page's own Content-Security-Policy, the logo is a
//! `data:` URI. Every text of the model is escaped ([`escape`]), and only
//! `https:`, `http:` and `mailto:` addresses become links.
//!
//! A fragment (`html-fragment`) is the same `<article class="seloste">`
//! without `<html>` and `<head>`, its style scoped under `.seloste`, for a
//! page of a CMS.

mod blocks;
pub(crate) mod escape;
mod jsonld;

use base64::Engine;
use sha2::{Digest, Sha256};

use crate::view::{Summary, View};
use escape::push;

/// The style of every notice page, every rule under `.seloste`.
const STYLE: &str = include_str!("style.css");

/// The style of a whole page: the notice's, and the background around it.
fn page_style() -> String {
    format!(
        "{STYLE}html, body {{ margin: 0; padding: 0; background: #ffffff; }}\n\
         @media (prefers-color-scheme: dark) {{ html, body {{ background: #121417; }} }}\n"
    )
}

/// The SHA-256 (base64) of the two inline styles a notice can have, a
/// page's and a fragment's: a Content-Security-Policy that shows the
/// notice (the office's page, its preview) allows them by these.
pub fn style_hashes() -> [String; 2] {
    [page_style(), STYLE.to_string()]
        .map(|s| base64::engine::general_purpose::STANDARD.encode(Sha256::digest(s.as_bytes())))
}

/// What a page is made of beyond the view.
#[derive(Debug, Clone, Copy)]
pub struct Page<'a> {
    /// The view, built for the web.
    pub view: &'a View,
    /// The logo's media type and bytes, if the notice has one.
    pub logo: Option<(&'a str, &'a [u8])>,
    /// The same notice in its other layouts: language tag and file name.
    pub alternates: &'a [(String, String)],
    /// Without `<html>` and `<head>`, for pasting into a page of one's own.
    pub fragment: bool,
}

/// The page (or fragment) as HTML.
pub fn write(page: &Page) -> String {
    let view = page.view;
    let mut out = String::with_capacity(64 * 1024);
    let lang = view.langs.first().map_or("fi", String::as_str);
    let style = if page.fragment {
        STYLE.to_string()
    } else {
        // The page around the article takes its background, so that a
        // wide window is one colour in either scheme.
        page_style()
    };
    if !page.fragment {
        head(&mut out, page, lang, &style);
        out.push_str("<body>\n<main>\n");
    } else {
        out.push_str("<style>\n");
        out.push_str(&style);
        out.push_str("</style>\n");
    }
    article(&mut out, page, lang);
    if !page.fragment {
        out.push_str("</main>\n</body>\n</html>\n");
    }
    out
}

fn head(out: &mut String, page: &Page, lang: &str, style: &str) {
    let view = page.view;
    let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(style.as_bytes()));
    out.push_str("<!DOCTYPE html>\n<html lang=\"");
    push(out, lang);
    out.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    // The page allows nothing but its own style and a picture inside it.
    out.push_str(&format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'sha256-{hash}'; img-src data:\">\n"
    ));
    out.push_str("<title>");
    push(out, &view.title);
    out.push_str("</title>\n<meta name=\"color-scheme\" content=\"light dark\">\n");
    out.push_str(&format!(
        "<meta name=\"generator\" content=\"seloste {}\">\n",
        env!("CARGO_PKG_VERSION")
    ));
    let [y, m, d] = view.date;
    out.push_str(&format!(
        "<meta name=\"dcterms.modified\" content=\"{y:04}-{m:02}-{d:02}\">\n"
    ));
    if let Some(v) = &view.identity {
        out.push_str("<meta name=\"dcterms.identifier\" content=\"");
        push(out, v);
        out.push_str("\">\n");
    }
    for (hreflang, href) in page.alternates {
        out.push_str("<link rel=\"alternate\" hreflang=\"");
        push(out, hreflang);
        out.push_str("\" href=\"");
        push(out, href);
        out.push_str("\">\n");
    }
    out.push_str("<style>");
    out.push_str(style);
    out.push_str("</style>\n</head>\n");
}

fn article(out: &mut String, page: &Page, lang: &str) {
    let view = page.view;
    let bilingual = view.langs.len() > 1;
    out.push_str(&format!(
        "<article class=\"seloste{}\" lang=\"",
        if bilingual { " bilingual" } else { "" }
    ));
    push(out, lang);
    out.push_str("\">\n");
    letterhead(out, page);
    summary(out, view);
    contents(out, view);
    for section in &view.sections {
        out.push_str("<section id=\"");
        push(out, section.id);
        out.push_str("\" aria-labelledby=\"");
        push(out, section.id);
        out.push_str("-h\">\n<div class=\"cols\">\n");
        for (i, col) in section.columns.iter().enumerate() {
            column(out, &col.lang, section.id, i);
            out.push_str(&format!(
                "<span class=\"number\">{}.</span> ",
                section.number
            ));
            push(out, &col.heading);
            out.push_str("</h2>\n");
            blocks::blocks(out, &col.blocks, &col.heading);
            out.push_str("</div>\n");
        }
        out.push_str("</div>\n</section>\n");
    }
    signature(out, view);
    footer(out, view);
    if let Some(facts) = &view.facts {
        let json = serde_json::to_string_pretty(&jsonld::document(view, facts))
            .expect("JSON always serialises");
        out.push_str("<script type=\"application/ld+json\">\n");
        out.push_str(&escape::script_json(&json));
        out.push_str("\n</script>\n");
    }
    out.push_str("</article>\n");
}

fn letterhead(out: &mut String, page: &Page) {
    let view = page.view;
    out.push_str("<header class=\"letterhead\">\n<div class=\"controllers\">\n<p class=\"names\">");
    push(out, &view.controllers.join(" · "));
    out.push_str("</p>\n");
    if let (Some(logo), Some((mime, bytes))) = (&view.logo, page.logo) {
        let mut alt = logo.alt.clone();
        alt.dedup();
        out.push_str("<img class=\"logo\" src=\"data:");
        push(out, mime);
        out.push_str(";base64,");
        out.push_str(&base64::engine::general_purpose::STANDARD.encode(bytes));
        out.push_str("\" alt=\"");
        push(out, &alt.join(" / "));
        out.push_str("\">\n");
    }
    out.push_str("</div>\n<h1>");
    for (i, t) in view.texts.iter().enumerate() {
        if i > 0 {
            out.push_str(" / ");
        }
        out.push_str("<span lang=\"");
        push(out, &t.lang);
        out.push_str("\">");
        push(out, &t.title);
        out.push_str("</span>");
    }
    out.push_str("</h1>\n<div class=\"cols\">\n");
    let [y, m, d] = view.date;
    for t in &view.texts {
        out.push_str("<div lang=\"");
        push(out, &t.lang);
        out.push_str("\">\n<p class=\"subtitle\">");
        push(out, &t.subtitle);
        out.push_str("</p>\n");
        if let Some(register) = &t.register {
            out.push_str("<p class=\"register\">");
            blocks::rich(out, register);
            out.push_str("</p>\n");
        }
        out.push_str("<p class=\"meta\">");
        push(out, &t.updated_label);
        out.push_str(&format!(" <time datetime=\"{y:04}-{m:02}-{d:02}\">"));
        push(out, &t.updated);
        out.push_str("</time>");
        if let Some(v) = &view.version {
            out.push_str(" · ");
            push(out, &t.version_label);
            out.push(' ');
            push(out, v);
        }
        out.push_str("</p>\n");
        if let Some(intro) = &t.intro {
            blocks::blocks(out, intro, &t.title);
        }
        out.push_str("</div>\n");
    }
    out.push_str("</div>\n</header>\n");
}

/// Opens the column of `lang` of the part `id` and its `<h2>`, up to the
/// heading's text: the first column's heading is `id-h` (what the part's
/// `aria-labelledby` names), the others' `id-h-<lang>`.
fn column(out: &mut String, lang: &str, id: &str, index: usize) {
    out.push_str("<div lang=\"");
    push(out, lang);
    out.push_str("\">\n<h2 id=\"");
    push(out, id);
    out.push_str("-h");
    if index > 0 {
        out.push('-');
        push(out, lang);
    }
    out.push_str("\">");
}

/// Appends a link to section `id` by its number and heading in `lang`;
/// false, and nothing appended, when the notice has no such section.
fn section_link(out: &mut String, view: &View, id: &str, lang: &str) -> bool {
    let Some(section) = view.sections.iter().find(|s| s.id == id) else {
        return false;
    };
    let Some(col) = section.columns.iter().find(|c| c.lang == lang) else {
        return false;
    };
    out.push_str("<a href=\"#");
    push(out, id);
    out.push_str(&format!("\">{}. ", section.number));
    push(out, &col.heading);
    out.push_str("</a>");
    true
}

fn summary(out: &mut String, view: &View) {
    if view.summary.is_empty() {
        return;
    }
    out.push_str("<section class=\"summary\" id=\"summary\" aria-labelledby=\"summary-h\">\n<div class=\"cols\">\n");
    for (i, s) in view.summary.iter().enumerate() {
        summary_column(out, view, s, i);
    }
    out.push_str("</div>\n</section>\n");
}

fn summary_column(out: &mut String, view: &View, s: &Summary, i: usize) {
    column(out, &s.lang, "summary", i);
    push(out, &s.heading);
    out.push_str("</h2>\n<p>");
    push(out, &s.lead);
    out.push_str("</p>\n<dl>\n");
    for item in &s.items {
        out.push_str("<div><dt>");
        push(out, &item.label);
        out.push_str("</dt>\n<dd>");
        match &item.lines[..] {
            [] => {}
            [line] => {
                out.push_str("<p>");
                blocks::rich(out, line);
                out.push_str("</p>");
            }
            lines => {
                out.push_str("<ul>");
                for line in lines {
                    out.push_str("<li>");
                    blocks::rich(out, line);
                    out.push_str("</li>");
                }
                out.push_str("</ul>");
            }
        }
        let mut link = String::new();
        if section_link(&mut link, view, item.section, &s.lang) {
            out.push_str(&format!("<p>{link}</p>"));
        }
        out.push_str("</dd></div>\n");
    }
    out.push_str("</dl>\n</div>\n");
}

fn contents(out: &mut String, view: &View) {
    if view.summary.is_empty() {
        return;
    }
    out.push_str("<nav id=\"contents\" aria-labelledby=\"contents-h\">\n<div class=\"cols\">\n");
    for (i, s) in view.summary.iter().enumerate() {
        column(out, &s.lang, "contents", i);
        push(out, &s.contents);
        out.push_str("</h2>\n<ol>\n");
        for section in &view.sections {
            let mut link = String::new();
            if section_link(&mut link, view, section.id, &s.lang) {
                out.push_str(&format!("<li>{link}</li>\n"));
            }
        }
        out.push_str("</ol>\n</div>\n");
    }
    out.push_str("</div>\n</nav>\n");
}

fn signature(out: &mut String, view: &View) {
    let Some(sig) = &view.signature else {
        return;
    };
    out.push_str("<div class=\"signature cols\">\n");
    for col in &sig.columns {
        out.push_str("<dl lang=\"");
        push(out, &col.lang);
        out.push_str("\">\n<dt>");
        push(out, &col.place_date_label);
        out.push_str("</dt><dd>");
        push(out, &col.place_date);
        out.push_str("</dd>\n<dt>");
        push(out, &col.signature_label);
        out.push_str("</dt><dd>");
        push(out, &col.signer);
        if let Some(title) = &col.title {
            out.push_str("<br>");
            blocks::rich(out, title);
        }
        out.push_str("</dd>\n</dl>\n");
    }
    out.push_str("</div>\n");
}

fn footer(out: &mut String, view: &View) {
    let f = &view.footer;
    out.push_str("<footer>\n<p class=\"names\">");
    push(out, &f.names);
    out.push_str("</p>\n<address>\n");
    for (i, line) in f.address.iter().enumerate() {
        if i > 0 {
            out.push_str("<br>");
        }
        push(out, line);
    }
    out.push_str("<br>\n");
    for (i, line) in f.contact.iter().enumerate() {
        if i > 0 {
            out.push_str("<br>");
        }
        blocks::rich(out, &crate::view::Rich::linked(line));
    }
    out.push_str("\n</address>\n");
    if !f.ids.is_empty() {
        out.push_str("<p>");
        for (i, line) in f.ids.iter().enumerate() {
            if i > 0 {
                out.push_str("<br>");
            }
            push(out, line);
        }
        out.push_str("</p>\n");
    }
    out.push_str("</footer>\n");
}

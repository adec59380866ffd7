//! The view's texts and blocks as HTML elements: the same content the
//! template lays out on paper, in the elements that say what it is (lists as
//! lists, the processors as a table with header cells, label/value rows as a
//! description list).

use super::escape::{linkable, push};
use crate::view::{Block, Part, Rich};

/// Appends a text: links as links, a fallback in its own language with its
/// marker.
pub fn rich(out: &mut String, t: &Rich) {
    for part in &t.0 {
        match part {
            Part::Plain(s) => push(out, s),
            Part::Link { link, text } if linkable(link) => {
                out.push_str("<a href=\"");
                push(out, link);
                out.push_str("\">");
                push(out, text);
                out.push_str("</a>");
            }
            Part::Link { text, .. } => push(out, text),
            Part::Fallback { text, lang, marker } => {
                out.push_str("<span lang=\"");
                push(out, lang);
                out.push_str("\">");
                rich(out, text);
                out.push_str("</span>");
                if let Some(marker) = marker {
                    out.push_str(" <span class=\"marker\">");
                    push(out, marker);
                    out.push_str("</span>");
                }
            }
        }
    }
}

/// Appends the blocks of a section (or of the introduction); `caption` names
/// a table (the section's heading: the view gives tables none of their own).
pub fn blocks(out: &mut String, blocks: &[Block], caption: &str) {
    for b in blocks {
        block(out, b, caption);
    }
}

fn block(out: &mut String, b: &Block, caption: &str) {
    match b {
        Block::Para { text } => {
            out.push_str("<p>");
            rich(out, text);
            out.push_str("</p>\n");
        }
        Block::Label { text } => {
            out.push_str("<p class=\"label\"><strong>");
            push(out, text);
            out.push_str("</strong></p>\n");
        }
        Block::Fields { rows } => {
            out.push_str("<dl class=\"fields\">\n");
            for (label, value) in rows {
                out.push_str("<div><dt>");
                push(out, label);
                out.push_str("</dt><dd>");
                rich(out, value);
                out.push_str("</dd></div>\n");
            }
            out.push_str("</dl>\n");
        }
        Block::List { items } => {
            out.push_str("<ul>\n");
            for item in items {
                out.push_str("<li>");
                rich(out, item);
                out.push_str("</li>\n");
            }
            out.push_str("</ul>\n");
        }
        Block::Table { header, rows } => {
            out.push_str("<div class=\"table\"><table>\n<caption>");
            push(out, caption);
            out.push_str("</caption>\n<thead><tr>");
            for h in header {
                out.push_str("<th scope=\"col\">");
                push(out, h);
                out.push_str("</th>");
            }
            out.push_str("</tr></thead>\n<tbody>\n");
            for row in rows {
                out.push_str("<tr>");
                for cell in row {
                    out.push_str("<td>");
                    // A line the view begins in a cell (an independent
                    // controller's mark under its name) begins here too.
                    let mut html = String::new();
                    rich(&mut html, cell);
                    out.push_str(&html.replace('\n', "<br>"));
                    out.push_str("</td>");
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</tbody>\n</table></div>\n");
        }
        Block::Callout { title, paragraphs } => {
            out.push_str("<div class=\"callout\">\n");
            if let Some(title) = title {
                out.push_str("<p class=\"callout-title\"><strong>");
                push(out, title);
                out.push_str("</strong></p>\n");
            }
            for p in paragraphs {
                out.push_str("<p>");
                rich(out, p);
                out.push_str("</p>\n");
            }
            out.push_str("</div>\n");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fallback_keeps_its_language_and_a_bad_link_is_text() {
        let mut t = Rich::plain("See ");
        t.0.push(Part::Link {
            link: "javascript:alert(1)".into(),
            text: "<b>x</b>".into(),
        });
        t.append(Rich::fallback(
            Rich::plain("Teksti"),
            "fi",
            Some("(in Finnish)".into()),
        ));
        let mut out = String::new();
        rich(&mut out, &t);
        assert_eq!(
            out,
            "See &lt;b&gt;x&lt;/b&gt;<span lang=\"fi\">Teksti</span> <span class=\"marker\">(in Finnish)</span>"
        );
    }

    #[test]
    fn a_table_has_a_caption_and_header_cells() {
        let mut out = String::new();
        blocks(
            &mut out,
            &[Block::Table {
                header: vec!["Service".into(), "Company".into()],
                rows: vec![vec![Rich::plain("Mail"), Rich::web("https://m.example")]],
            }],
            "Recipients",
        );
        assert!(out.contains("<caption>Recipients</caption>"));
        assert!(out.contains("<th scope=\"col\">Service</th>"));
        assert!(out.contains("<td><a href=\"https://m.example\">https://m.example</a></td>"));
    }

    #[test]
    fn a_line_begun_in_a_cell_begins_in_the_page() {
        let mut out = String::new();
        blocks(
            &mut out,
            &[Block::Table {
                header: vec!["Company".into()],
                rows: vec![vec![Rich::plain(
                    "Paytrail Oyj\n(independent controller) <b>",
                )]],
            }],
            "Recipients",
        );
        assert!(
            out.contains("<td>Paytrail Oyj<br>(independent controller) &lt;b&gt;</td>"),
            "{out}"
        );
    }
}

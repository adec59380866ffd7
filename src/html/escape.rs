//! Model text into HTML: always as text, never as markup, and links only
//! to the schemes a notice needs.

use std::fmt::Write;

/// Appends `s` escaped for an element's content or a quoted attribute.
pub fn push(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // A character HTML does not allow in text (controls other than
            // white space) is written as its reference, so that the page
            // stays valid; the model refuses them anyway.
            c if (c.is_control() && !matches!(c, '\n' | '\t')) => {
                let _ = write!(out, "&#x{:X};", u32::from(c));
            }
            c => out.push(c),
        }
    }
}

/// `s` escaped.
#[cfg(test)]
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push(&mut out, s);
    out
}

/// Whether `uri` may be a link's target: a web address or an email address.
/// Anything else (`javascript:`, `data:`, a relative path) is printed as
/// text, not linked.
pub fn linkable(uri: &str) -> bool {
    let lower = uri.get(..8).unwrap_or(uri).to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("mailto:"))
        && !uri.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// JSON for a `<script type="application/ld+json">`: the characters that
/// could end the element or open a comment (`<`, `>`, `&`) are written as
/// JSON escapes, which mean the same to a JSON reader.
pub fn script_json(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_text_is_printed_as_text() {
        assert_eq!(
            text("<script>alert(1)</script> & \"x\" 'y'"),
            "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &#39;y&#39;"
        );
        assert_eq!(text("a\u{7}b"), "a&#x7;b");
    }

    #[test]
    fn only_web_and_mail_addresses_are_linked() {
        assert!(linkable("https://webkoti.fi/tietosuoja"));
        assert!(linkable("mailto:tietosuoja@webkoti.fi"));
        assert!(linkable("HTTP://EXAMPLE.COM"));
        assert!(!linkable("javascript:alert(1)"));
        assert!(!linkable("data:text/html,<b>"));
        assert!(!linkable("https://x.fi/ onmouseover=alert(1)"));
    }

    #[test]
    fn json_cannot_close_its_script_element() {
        let s = script_json(r#"{"a":"</script><!--&"}"#);
        assert!(!s.contains('<') && !s.contains('>') && !s.contains('&'));
        let back: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back["a"], "</script><!--&");
    }
}

//! Web and email addresses in the notice's texts, found while the view is
//! built, so that the template can make each a link (a PDF link annotation
//! with a URI action, tagged as a `Link` structure element) without ever
//! looking into the text itself.
//!
//! An address is a word (a run without spaces) that starts with `http://`,
//! `https://` or `www.`, or that is an email address (`name@domain.tld`),
//! without the punctuation a sentence puts around it ("at www.x.fi." or
//! "(tietosuoja@om.fi)"). A bare `www.x.fi` links to `https://www.x.fi`, an
//! email address to `mailto:`. A word that only looks like a domain
//! ("iljoja.net") is left alone in running text, where it might be a name;
//! the fields that hold nothing but an address (a web page, a policy) are
//! linked whole with [`web_uri`].
//!
//! PDF URIs are 7-bit ASCII (ISO 32000-1 12.6.4.7): letters outside ASCII in
//! a path are percent-encoded; an address whose domain has such letters
//! (which would need punycode) is printed but not linked.

use std::ops::Range;

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};

/// Where the addresses of `text` are, each with the URI it links to.
pub fn find(text: &str) -> Vec<(Range<usize>, String)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                if let Some(found) = address_in(text, s..i) {
                    out.push(found);
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// The address in the word `text[word]`, without the punctuation around it.
fn address_in(text: &str, word: Range<usize>) -> Option<(Range<usize>, String)> {
    let w = &text[word.clone()];
    let lead = w.len()
        - w.trim_start_matches(['(', '[', '<', '"', '\'', '«', '“', '”'])
            .len();
    let mut core = &w[lead..];
    loop {
        let trimmed =
            core.trim_end_matches(['.', ',', ';', ':', '!', '?', '"', '\'', '»', '”', ']', '>']);
        // A closing parenthesis belongs to the address only if it opens one.
        let trimmed = if trimmed.ends_with(')')
            && trimmed.matches('(').count() < trimmed.matches(')').count()
        {
            &trimmed[..trimmed.len() - 1]
        } else {
            trimmed
        };
        if trimmed.len() == core.len() {
            break;
        }
        core = trimmed;
    }
    let uri = written_uri(core)?;
    let start = word.start + lead;
    Some((start..start + core.len(), uri))
}

/// The URI of an address as written in running text, if it is one.
fn written_uri(s: &str) -> Option<String> {
    let lower = s.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www.") {
        web_uri(s)
    } else if s.contains('@') {
        email_uri(s.strip_prefix("mailto:").unwrap_or(s))
    } else {
        None
    }
}

/// The URI a web address links to: as written when it has a scheme,
/// otherwise with `https://`; `None` if it is not an address (spaces, no
/// dot in the domain, letters outside ASCII in the domain).
pub fn web_uri(s: &str) -> Option<String> {
    let s = s.trim();
    let lower = s.to_ascii_lowercase();
    let (scheme, rest) = if lower.starts_with("https://") || lower.starts_with("http://") {
        let at = s.find("://").map(|i| i + 3)?;
        (&s[..at], &s[at..])
    } else {
        ("https://", s)
    };
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = &rest[..host_end];
    let domain_ok = is_domain(host.split(':').next()?);
    if !domain_ok
        || rest
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
    {
        return None;
    }
    Some(format!(
        "{scheme}{host}{}",
        percent_encode(&rest[host_end..])
    ))
}

/// The `mailto:` URI of an email address, if it is one.
pub fn email_uri(s: &str) -> Option<String> {
    let s = s.trim();
    let (local, domain) = s.split_once('@')?;
    let local_ok = !local.is_empty()
        && !local.starts_with('.')
        && !local.ends_with('.')
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._%+-'".contains(c));
    let domain_ok = is_domain(domain);
    (local_ok && domain_ok).then(|| format!("mailto:{s}"))
}

/// Whether `s` is a domain name a link may point to: two or more labels of
/// ASCII letters, digits and hyphens, the last of two or more letters.
fn is_domain(s: &str) -> bool {
    let labels: Vec<&str> = s.split('.').collect();
    labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()))
}

/// Every byte outside printable ASCII (controls, space, and each byte of a
/// letter beyond ASCII) is percent-encoded in a link's path; the rest of
/// the address is kept as written.
const OUTSIDE_PRINTABLE_ASCII: &AsciiSet = &CONTROLS.add(b' ');

/// `s` with every byte outside printable ASCII percent-encoded.
fn percent_encode(s: &str) -> String {
    utf8_percent_encode(s, OUTSIDE_PRINTABLE_ASCII).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn links(text: &str) -> Vec<(&str, String)> {
        find(text)
            .into_iter()
            .map(|(r, uri)| (&text[r], uri))
            .collect()
    }

    #[test]
    fn addresses_in_running_text_without_the_punctuation_around_them() {
        assert_eq!(
            links("Write to tietosuoja@om.fi, or see www.tietosuoja.fi."),
            vec![
                ("tietosuoja@om.fi", "mailto:tietosuoja@om.fi".to_string()),
                ("www.tietosuoja.fi", "https://www.tietosuoja.fi".to_string()),
            ]
        );
        assert_eq!(
            links("(katso https://example.com/a_(b)/c?x=1)."),
            vec![(
                "https://example.com/a_(b)/c?x=1",
                "https://example.com/a_(b)/c?x=1".to_string()
            )]
        );
        assert_eq!(
            links("osoitteessa «http://x.fi/sivu»"),
            vec![("http://x.fi/sivu", "http://x.fi/sivu".to_string())]
        );
    }

    #[test]
    fn words_that_are_not_addresses_are_left_alone() {
        for text in [
            "iljoja.net",
            "Oy Ab.",
            "user@localhost",
            "a@b",
            "www.",
            "@home",
            "email me at @",
            "1.5.2023",
            "www.sähkö.fi",
        ] {
            assert_eq!(links(text), vec![], "{text}");
        }
    }

    #[test]
    fn fields_that_hold_an_address_link_it_whole() {
        assert_eq!(web_uri("www.iljoja.net").unwrap(), "https://www.iljoja.net");
        assert_eq!(web_uri("iljoja.net").unwrap(), "https://iljoja.net");
        assert_eq!(
            web_uri("https://privacy.microsoft.com").unwrap(),
            "https://privacy.microsoft.com"
        );
        assert_eq!(
            web_uri("www.x.fi/tietosuoja/ä").unwrap(),
            "https://www.x.fi/tietosuoja/%C3%A4"
        );
        assert_eq!(web_uri("not an address"), None);
        assert_eq!(
            email_uri("iljoja@iljoja.net").unwrap(),
            "mailto:iljoja@iljoja.net"
        );
        assert_eq!(email_uri("no at sign"), None);
    }
}

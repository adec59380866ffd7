//! Texts of the view: strings, links, and pieces in another language than
//! their column (a fallback), printed in that language and marked for the
//! reader.
//!
//! A text without links or fallbacks is serialised as a plain JSON string, so
//! the template contract only grows where they occur: then a text is an array
//! of parts, each a string, a link `{ "link", "text" }`, or a fallback
//! `{ "text", "lang", "marker" }` whose text is itself a text (it may hold
//! links).

use serde::ser::{Serialize, SerializeSeq, Serializer};

/// A text of the view, as parts in print order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rich(pub Vec<Part>);

/// One piece of a [`Rich`] text.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
pub enum Part {
    /// Text in the column's language.
    Plain(String),
    /// A web or email address, printed as written and linked to its URI.
    Link {
        /// The URI: `https://…`, `http://…` or `mailto:…`.
        link: String,
        /// The address as written.
        text: String,
    },
    /// Text in another language, used because the model lacks the column's.
    Fallback {
        /// The text.
        text: Rich,
        /// Its language code, for the PDF's tags and hyphenation.
        lang: String,
        /// What the reader is told, in the column's language: "(in Finnish)";
        /// `None` on all but the last paragraph of a text of several.
        marker: Option<String>,
    },
}

impl Rich {
    /// A text in the column's language.
    pub fn plain(s: impl Into<String>) -> Self {
        Rich(vec![Part::Plain(s.into())])
    }

    /// A text in the column's language with its web and email addresses
    /// linked (see [`super::links`]).
    pub fn linked(s: &str) -> Self {
        let mut out = Rich::default();
        let mut at = 0;
        for (range, uri) in super::links::find(s) {
            out.push_str(&s[at..range.start]);
            out.0.push(Part::Link {
                link: uri,
                text: s[range.clone()].to_string(),
            });
            at = range.end;
        }
        out.push_str(&s[at..]);
        out
    }

    /// A value that is a web address as a whole, linked; plain if it is not
    /// one.
    pub fn web(s: &str) -> Self {
        match super::links::web_uri(s) {
            Some(link) => Rich(vec![Part::Link {
                link,
                text: s.to_string(),
            }]),
            None => Rich::plain(s),
        }
    }

    /// A value that is an email address as a whole, linked; plain if it is
    /// not one.
    pub fn email(s: &str) -> Self {
        match super::links::email_uri(s) {
            Some(link) => Rich(vec![Part::Link {
                link,
                text: s.to_string(),
            }]),
            None => Rich::plain(s),
        }
    }

    /// A fallback text with its language and marker.
    pub fn fallback(text: Rich, lang: &str, marker: Option<String>) -> Self {
        Rich(vec![Part::Fallback {
            text,
            lang: lang.to_string(),
            marker,
        }])
    }

    /// Whether the text has a fallback part.
    pub fn has_fallback(&self) -> bool {
        self.0.iter().any(|p| matches!(p, Part::Fallback { .. }))
    }

    /// Whether the text is empty.
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|p| match p {
            Part::Plain(s) | Part::Link { text: s, .. } => s.is_empty(),
            Part::Fallback { text, .. } => text.is_empty(),
        })
    }

    /// Appends another text.
    pub fn append(&mut self, other: Rich) {
        for p in other.0 {
            self.push(p);
        }
    }

    /// Appends a string in the column's language (nothing, if it is empty).
    pub fn push_str(&mut self, s: &str) {
        if !s.is_empty() {
            self.push(Part::Plain(s.to_string()));
        }
    }

    /// Appends a part, merging neighbouring plain parts.
    fn push(&mut self, part: Part) {
        if let (Some(Part::Plain(last)), Part::Plain(s)) = (self.0.last_mut(), &part) {
            last.push_str(s);
        } else {
            self.0.push(part);
        }
    }

    /// The text as one string, each fallback followed by its marker (for
    /// places that take a string only, such as a logo's alternative text).
    pub fn flatten(&self) -> String {
        self.0
            .iter()
            .map(|p| match p {
                Part::Plain(s) | Part::Link { text: s, .. } => s.clone(),
                Part::Fallback {
                    text,
                    marker: Some(marker),
                    ..
                } => format!("{} {marker}", text.flatten()),
                Part::Fallback { text, .. } => text.flatten(),
            })
            .collect()
    }
}

/// A text of the catalogue (or of an organisation's wording) in the
/// column's language, its addresses linked.
impl From<String> for Rich {
    fn from(s: String) -> Self {
        Rich::linked(&s)
    }
}

impl Serialize for Rich {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0.as_slice() {
            [] => s.serialize_str(""),
            [Part::Plain(text)] => s.serialize_str(text),
            parts => {
                let mut seq = s.serialize_seq(Some(parts.len()))?;
                for p in parts {
                    seq.serialize_element(p)?;
                }
                seq.end()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_text_is_a_json_string_and_a_fallback_an_array() {
        let mut r = Rich::plain("Tjänst: ");
        assert_eq!(serde_json::to_string(&r).unwrap(), r#""Tjänst: ""#);
        r.append(Rich::fallback(
            Rich::plain("Oma palvelu"),
            "fi",
            Some("(på finska)".into()),
        ));
        r.push_str(".");
        assert_eq!(
            serde_json::to_string(&r).unwrap(),
            r#"["Tjänst: ",{"text":"Oma palvelu","lang":"fi","marker":"(på finska)"},"."]"#
        );
        assert_eq!(r.flatten(), "Tjänst: Oma palvelu (på finska).");
        assert!(r.has_fallback());
    }

    #[test]
    fn addresses_become_link_parts_and_the_rest_stays_text() {
        let r = Rich::linked("Katso www.x.fi tai kirjoita a@x.fi.");
        assert_eq!(
            serde_json::to_string(&r).unwrap(),
            r#"["Katso ",{"link":"https://www.x.fi","text":"www.x.fi"}," tai kirjoita ",{"link":"mailto:a@x.fi","text":"a@x.fi"},"."]"#
        );
        assert_eq!(r.flatten(), "Katso www.x.fi tai kirjoita a@x.fi.");
        assert_eq!(
            serde_json::to_string(&Rich::linked("ei osoitteita")).unwrap(),
            r#""ei osoitteita""#
        );
    }
}

//! Texts of the view that may hold a fallback: a piece in another language
//! than its column, printed in that language and marked for the reader.
//!
//! A text without fallbacks is serialised as a plain JSON string, so the
//! template contract only grows where `--fallback` is used: then a text is an
//! array of parts, each a string or `{ "text", "lang", "marker" }`.

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
    /// Text in another language, used because the model lacks the column's.
    Fallback {
        /// The text.
        text: String,
        /// Its language code, for the PDF's tags and hyphenation.
        lang: String,
        /// What the reader is told, in the column's language: "(in Finnish)".
        marker: String,
    },
}

impl Rich {
    /// A text in the column's language.
    pub fn plain(s: impl Into<String>) -> Self {
        Rich(vec![Part::Plain(s.into())])
    }

    /// A fallback text with its language and marker.
    pub fn fallback(text: impl Into<String>, lang: &str, marker: String) -> Self {
        Rich(vec![Part::Fallback {
            text: text.into(),
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
            Part::Plain(s) => s.is_empty(),
            Part::Fallback { text, .. } => text.is_empty(),
        })
    }

    /// Appends another text.
    pub fn append(&mut self, other: Rich) {
        for p in other.0 {
            self.push(p);
        }
    }

    /// Appends a string in the column's language.
    pub fn push_str(&mut self, s: &str) {
        self.push(Part::Plain(s.to_string()));
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
                Part::Plain(s) => s.clone(),
                Part::Fallback { text, marker, .. } => format!("{text} {marker}"),
            })
            .collect()
    }
}

impl From<String> for Rich {
    fn from(s: String) -> Self {
        Rich::plain(s)
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
        r.append(Rich::fallback("Oma palvelu", "fi", "(på finska)".into()));
        r.push_str(".");
        assert_eq!(
            serde_json::to_string(&r).unwrap(),
            r#"["Tjänst: ",{"text":"Oma palvelu","lang":"fi","marker":"(på finska)"},"."]"#
        );
        assert_eq!(r.flatten(), "Tjänst: Oma palvelu (på finska).");
        assert!(r.has_fallback());
    }
}

//! The languages a notice can be written in.
//!
//! seloste knows exactly three languages; a closed enum (rather than free
//! language tags) lets the model, the catalogue and the CLI agree on them at
//! compile time and makes "every key exists in every language" provable.

use std::fmt;
use std::str::FromStr;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A language of the notice.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Finnish.
    Fi,
    /// Swedish (Finland-Swedish usage).
    Sv,
    /// English.
    En,
}

impl Lang {
    /// All languages, in the order seloste lists them.
    pub const ALL: [Lang; 3] = [Lang::Fi, Lang::Sv, Lang::En];

    /// The ISO 639-1 code, as used in file names, Fluent folders and PDF tags.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fi => "fi",
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A language code that seloste does not know.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language '{0}': expected fi, sv or en")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "fi" => Ok(Lang::Fi),
            "sv" => Ok(Lang::Sv),
            "en" => Ok(Lang::En),
            _ => Err(UnknownLang(s.to_string())),
        }
    }
}

/// The language layout of one document: a single language, or two side by side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Layout {
    /// One language per document.
    Single(Lang),
    /// Two languages in parallel columns; the first is the document's main language.
    Parallel(Lang, Lang),
}

impl Layout {
    /// The languages of the document, main language first.
    pub fn langs(self) -> Vec<Lang> {
        match self {
            Layout::Single(l) => vec![l],
            Layout::Parallel(a, b) => vec![a, b],
        }
    }

    /// The suffix of the output file name: `fi` or `fi+sv`.
    pub fn file_tag(self) -> String {
        self.langs()
            .iter()
            .map(|l| l.code())
            .collect::<Vec<_>>()
            .join("+")
    }
}

/// A language layout that cannot be parsed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LayoutError {
    /// One of the languages is unknown.
    #[error(transparent)]
    Unknown(#[from] UnknownLang),
    /// `fi+fi` and the like.
    #[error("'{0}' names the same language twice")]
    Repeated(String),
    /// More than two languages joined with `+`.
    #[error("'{0}': at most two languages can share a document")]
    TooMany(String),
}

impl FromStr for Layout {
    type Err = LayoutError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let parts: Vec<&str> = s.split('+').collect();
        match parts.as_slice() {
            [one] => Ok(Layout::Single(one.parse()?)),
            [a, b] => {
                let (a, b): (Lang, Lang) = (a.parse()?, b.parse()?);
                if a == b {
                    return Err(LayoutError::Repeated(s.to_string()));
                }
                Ok(Layout::Parallel(a, b))
            }
            _ => Err(LayoutError::TooMany(s.to_string())),
        }
    }
}

impl fmt::Display for Layout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file_tag())
    }
}

/// In a model a layout is written as on the command line: `"fi+sv"`.
impl Serialize for Layout {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.file_tag())
    }
}

impl<'de> Deserialize<'de> for Layout {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_single_and_parallel_layouts() {
        assert_eq!("fi".parse(), Ok(Layout::Single(Lang::Fi)));
        assert_eq!("SV".parse(), Ok(Layout::Single(Lang::Sv)));
        assert_eq!("fi+sv".parse(), Ok(Layout::Parallel(Lang::Fi, Lang::Sv)));
        assert_eq!("fi+sv".parse::<Layout>().unwrap().file_tag(), "fi+sv");
    }

    #[test]
    fn rejects_bad_layouts() {
        assert!(matches!(
            "de".parse::<Layout>(),
            Err(LayoutError::Unknown(_))
        ));
        assert!(matches!(
            "fi+fi".parse::<Layout>(),
            Err(LayoutError::Repeated(_))
        ));
        assert!(matches!(
            "fi+sv+en".parse::<Layout>(),
            Err(LayoutError::TooMany(_))
        ));
    }
}

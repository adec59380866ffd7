//! What a document is made as: the printable PDF, or the notice as a web
//! page, whole or as a fragment for a page of one's own.

use std::fmt;
use std::str::FromStr;

/// The form of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum DocumentKind {
    /// PDF/A with PDF/UA: print, archive, sign.
    #[default]
    Pdf,
    /// A self-contained HTML page: publish on a website.
    Html,
    /// The page's `<article>` and its scoped style, without `<html>` and
    /// `<head>`: paste into a page of a CMS.
    HtmlFragment,
}

impl DocumentKind {
    /// Every kind, by its name.
    pub const ALL: [DocumentKind; 3] = [
        DocumentKind::Pdf,
        DocumentKind::Html,
        DocumentKind::HtmlFragment,
    ];

    /// Its name: `pdf`, `html`, `html-fragment`.
    pub fn name(self) -> &'static str {
        match self {
            DocumentKind::Pdf => "pdf",
            DocumentKind::Html => "html",
            DocumentKind::HtmlFragment => "html-fragment",
        }
    }

    /// The end of its file name: `pdf`, `html`, `fragment.html`.
    pub fn extension(self) -> &'static str {
        match self {
            DocumentKind::Pdf => "pdf",
            DocumentKind::Html => "html",
            DocumentKind::HtmlFragment => "fragment.html",
        }
    }

    /// Its media type.
    pub fn media_type(self) -> &'static str {
        match self {
            DocumentKind::Pdf => "application/pdf",
            DocumentKind::Html | DocumentKind::HtmlFragment => "text/html; charset=utf-8",
        }
    }

    /// Whether it is a web page (whole or a fragment).
    pub fn is_html(self) -> bool {
        matches!(self, DocumentKind::Html | DocumentKind::HtmlFragment)
    }
}

impl fmt::Display for DocumentKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A name that is no kind of document.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not a document format: use pdf, html or html-fragment")]
pub struct DocumentKindError(pub String);

impl FromStr for DocumentKind {
    type Err = DocumentKindError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        DocumentKind::ALL
            .into_iter()
            .find(|k| k.name() == s)
            .ok_or_else(|| DocumentKindError(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_back_and_others_are_refused() {
        for k in DocumentKind::ALL {
            assert_eq!(k.name().parse::<DocumentKind>(), Ok(k));
        }
        assert_eq!(
            "docx".parse::<DocumentKind>().unwrap_err().to_string(),
            "'docx' is not a document format: use pdf, html or html-fragment"
        );
    }
}

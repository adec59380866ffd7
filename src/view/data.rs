//! The view's data: what the template is given as `/data.json`, field by
//! field in the order it prints them.

use serde::Serialize;

use super::rich::Rich;

/// What the template is given as `/data.json`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct View {
    /// Language codes of the document, main language first.
    pub langs: Vec<String>,
    /// The PDF's title.
    pub title: String,
    /// The date updated, as year, month, day.
    pub date: [i32; 3],
    /// The controllers' names.
    pub controllers: Vec<String>,
    /// The names the model gives people, organisations and places, which
    /// the template never hyphenates ("Tam-pere", "Plat-forms" read as
    /// misspelt names).
    pub names: Vec<String>,
    /// The logo, if any.
    pub logo: Option<LogoView>,
    /// The version printed in the letterhead: the model's own
    /// `document.version`, if it gives one (a hash means nothing to a
    /// reader).
    pub version: Option<String>,
    /// What names the model in the metadata: the version, or a hash of the
    /// file (`Loaded::identity`). Set by the pipeline, which has the file.
    pub identity: Option<String>,
    /// Letterhead and page texts, one entry per language.
    pub texts: Vec<DocTexts>,
    /// The footer, language-neutral apart from country names.
    pub footer: Footer,
    /// The numbered sections.
    pub sections: Vec<Section>,
    /// The first layer, one per language: only for the web (the PDF is
    /// the full notice alone).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub summary: Vec<super::summary::Summary>,
    /// The facts for the machine-readable copy: only for the web.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facts: Option<super::facts::Facts>,
    /// The signature block.
    pub signature: Option<SignatureView>,
    /// The model file attached to the PDF as its source, if any; set by the
    /// pipeline, which serves the file.
    pub attachment: Option<AttachmentView>,
}

/// A file the template attaches to the PDF (PDF/A-3, relationship `Source`).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct AttachmentView {
    /// The fixed virtual path the world serves it at; also its name in the PDF.
    pub path: String,
    /// Its MIME type, e.g. `application/toml`.
    pub mime_type: String,
    /// What it is, in the document's languages.
    pub description: String,
}

/// The logo in the letterhead.
#[derive(Debug, Clone, Serialize)]
pub struct LogoView {
    /// The virtual path the world serves it at.
    pub path: String,
    /// Its alternative text, one per language.
    pub alt: Vec<String>,
}

/// The letterhead and page texts in one language.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct DocTexts {
    /// Language code.
    pub lang: String,
    /// The document kind, e.g. "Tietosuojaseloste".
    pub title: String,
    /// The reference to the GDPR.
    pub subtitle: String,
    /// The register's name.
    pub register: Option<Rich>,
    /// "Päivitetty".
    pub updated_label: String,
    /// The date updated, written as the language writes dates.
    pub updated: String,
    /// "Versio".
    pub version_label: String,
    /// Paragraphs (and lists) under the title.
    pub intro: Option<Vec<Block>>,
    /// The page number as this language writes it ("1 (5)", "Page 1 of 5"):
    /// literal text and the two numbers, which only the typesetter knows.
    pub page_number: Vec<PagePiece>,
}

/// A piece of a page number: text, or where the page's number or the
/// number of pages goes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PagePiece {
    /// Literal text, e.g. `" ("`.
    Text(String),
    /// The number of this page.
    Page,
    /// The number of pages.
    Total,
}

/// The footer of every page.
#[derive(Debug, Clone, Serialize)]
pub struct Footer {
    /// The controllers' names joined with " · ", as the letterhead and the
    /// running header join them.
    pub names: String,
    /// Address lines.
    pub address: Vec<String>,
    /// Phone, web and email lines (not links: the footer is a page
    /// artifact, which PDF/UA-1 forbids to hold links).
    pub contact: Vec<String>,
    /// Each controller's business ID, registration and VAT number, labelled.
    pub ids: Vec<String>,
}

/// A numbered section, in each language of the document.
#[derive(Debug, Clone, Serialize)]
pub struct Section {
    /// A stable id, e.g. `objection`.
    pub id: &'static str,
    /// Its number, from 1.
    pub number: usize,
    /// One column per language.
    pub columns: Vec<Column>,
}

/// A section in one language.
#[derive(Debug, Clone, Serialize)]
pub struct Column {
    /// Language code.
    pub lang: String,
    /// The heading, without its number.
    pub heading: String,
    /// The content.
    pub blocks: Vec<Block>,
}

/// A piece of section content.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Block {
    /// A paragraph.
    Para {
        /// Its text.
        text: Rich,
    },
    /// A short bold lead-in line.
    Label {
        /// Its text.
        text: String,
    },
    /// Label/value pairs.
    Fields {
        /// `[label, value]` rows; a value may be a link.
        rows: Vec<(String, Rich)>,
    },
    /// A bulleted list.
    List {
        /// The items.
        items: Vec<Rich>,
    },
    /// A ruled table.
    Table {
        /// Column headings.
        header: Vec<String>,
        /// Rows, as many cells as headings.
        rows: Vec<Vec<Rich>>,
    },
    /// A framed box that stands apart from the rest (Art. 21).
    Callout {
        /// A title inside the box, if any.
        title: Option<String>,
        /// Its paragraphs.
        paragraphs: Vec<Rich>,
    },
}

/// The signature block.
#[derive(Debug, Clone, Serialize)]
pub struct SignatureView {
    /// One per language.
    pub columns: Vec<SignatureColumn>,
}

/// The signature block's texts in one language.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct SignatureColumn {
    /// Language code.
    pub lang: String,
    /// "Paikka ja aika".
    pub place_date_label: String,
    /// "Järvenpää 1.5.2023".
    pub place_date: String,
    /// The place alone ("Träskända"), and the date alone, so that a page
    /// of two languages that write the date alike prints it once.
    pub place: String,
    /// "1.5.2023".
    pub date: String,
    /// "Allekirjoitus".
    pub signature_label: String,
    /// The signer's name.
    pub signer: String,
    /// The signer's title.
    pub title: Option<Rich>,
}

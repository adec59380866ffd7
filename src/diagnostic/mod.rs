//! The one kind of problem report: [`Diagnostic`], and a file's worth of
//! them, [`Report`].
//!
//! Everything a user can cause — a model that does not parse, a field that
//! fails validation, a GDPR rule the notice breaks, an organisation's `.ftl`
//! file with a syntax error, an asset outside the model's folder — and what
//! the engine says (typst's errors and warnings, a failed post-processing
//! step) travels as a `Diagnostic`. The CLI, the batch report and the
//! service's problem documents are renderings of the same values, so they
//! cannot disagree about what was found.

pub(crate) mod article;
mod human;
mod place;
mod report;
mod said;

use std::fmt;

use serde::Serialize;

pub use place::{FieldPath, Location, Segment};
pub use report::Report;
pub(crate) use said::{Said, catalogue, io_said, word};

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// A likely gap: reported, but the notice may be printed.
    Warning,
    /// The notice would be unlawful, wrong or cannot be made: it is not
    /// printed.
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// The rule under which problems of reading, parsing and validating a model
/// are reported: the file is not a model seloste can print at all.
pub const INVALID_MODEL: &str = "invalid-model";

/// The rule under which typst's own errors and warnings are reported. For a
/// model that passed the checks they point at seloste's template, which
/// makes them bugs to report, not problems of the model.
pub const TEMPLATE: &str = "template";

/// The rule of a document that typst made but seloste could not finish
/// (the signature field, the attachment): a bug in seloste.
pub const POST_PROCESSING: &str = "post-processing";

/// The rule of seloste's own catalogue when it cannot be read: a bug in
/// seloste, found before any model is judged.
pub const CATALOGUE: &str = "catalogue";

/// The rule of a document that was made but could not be written where it
/// was asked to go (a full disk, a refused overwrite): a problem of the
/// output, not of the model.
pub const OUTPUT: &str = "output";

/// One thing found: what is wrong, where, why it matters and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Diagnostic {
    /// The stable id of the rule, e.g. `no-retention`, or one of the rules
    /// of problems that are not the GDPR's: `invalid-model` (the model
    /// cannot be read or is not valid), `output` (a document could not be
    /// written), `template`, `post-processing` and `catalogue` (bugs in seloste).
    pub rule: &'static str,
    /// How serious it is.
    pub severity: Severity,
    /// The GDPR article that requires what the rule checks, where there is
    /// one (`Art. 13(2)(a)`).
    pub article: Option<&'static str>,
    /// The file it is in when that is not the model itself (one of the
    /// organisation's `.ftl` files, the template).
    pub file: Option<String>,
    /// The field it is about, when it belongs to one.
    pub path: Option<FieldPath>,
    /// The line and column in the file, when known; for a missing field,
    /// the table it belongs in.
    pub location: Option<Location>,
    /// What is wrong, in lower case, without a full stop.
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
    /// The message and help as the diagnostics catalogue says them, for
    /// saying them again in another language ([`Report::in_lang`]); none
    /// for a text not yet in the catalogue, which stays in English.
    pub(crate) said: Option<Box<(Said, Option<Said>)>>,
}

impl Diagnostic {
    /// An error of the model at a field.
    pub fn at(path: FieldPath, message: impl Into<String>) -> Self {
        Diagnostic {
            path: Some(path),
            ..Diagnostic::message(message)
        }
    }

    /// An error of the model as a whole, at no field.
    pub fn message(message: impl Into<String>) -> Self {
        Diagnostic {
            rule: INVALID_MODEL,
            severity: Severity::Error,
            article: None,
            file: None,
            path: None,
            location: None,
            message: message.into(),
            help: None,
            said: None,
        }
    }

    /// The id of the catalogue message it says, if it says one.
    pub(crate) fn said_id(&self) -> Option<&'static str> {
        self.said.as_ref().map(|s| s.0.id())
    }

    /// A diagnostic whose message (and help) come from the diagnostics
    /// catalogue: written in English, and said again in the report's
    /// language where it is shown.
    pub(crate) fn said(path: Option<FieldPath>, message: Said, help: Option<Said>) -> Self {
        Diagnostic {
            path,
            help: help.as_ref().map(|h| h.in_lang(crate::Lang::En)),
            said: Some(Box::new((message.clone(), help))),
            ..Diagnostic::message(message.in_lang(crate::Lang::En))
        }
    }

    /// An error of the model at `path`, said by the catalogue.
    pub(crate) fn said_at(path: FieldPath, message: Said) -> Self {
        Diagnostic::said(Some(path), message, None)
    }

    /// Says it again as `message`, with `help`, where it is.
    pub(crate) fn say(&mut self, message: Said, help: Option<Said>) {
        let said = Diagnostic::said(None, message, help);
        self.message = said.message;
        self.help = said.help;
        self.said = said.said;
    }

    /// Adds how to fix it, said by the catalogue.
    pub(crate) fn help_said(mut self, help: Said) -> Self {
        self.help = Some(help.in_lang(crate::Lang::En));
        match &mut self.said {
            Some(said) => said.1 = Some(help),
            None => {
                self.said = Some(Box::new((
                    Said::new("as-written").arg("text", self.message.clone()),
                    Some(help),
                )))
            }
        }
        self
    }

    /// Its message and help in `lang`, where the catalogue has them.
    pub fn in_lang(&mut self, lang: crate::Lang) {
        if let Some(said) = &self.said {
            self.message = said.0.in_lang(lang);
            if let Some(help) = &said.1 {
                self.help = Some(help.in_lang(lang));
            }
        }
    }

    /// A document that could not be written where it was asked to go.
    pub fn output(message: impl Into<String>) -> Self {
        Diagnostic {
            rule: OUTPUT,
            ..Diagnostic::message(message)
        }
    }

    /// An error at a line and column of another file than the model.
    pub fn in_file(
        file: impl Into<String>,
        location: Option<Location>,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            file: Some(file.into()),
            location,
            ..Diagnostic::message(message)
        }
    }

    /// An error at a line and column of another file than the model, said
    /// by the catalogue.
    pub(crate) fn said_in_file(
        file: impl Into<String>,
        location: Option<Location>,
        message: Said,
    ) -> Self {
        Diagnostic {
            file: Some(file.into()),
            location,
            ..Diagnostic::said(None, message, None)
        }
    }

    /// A failure that is seloste's own, not the model's (a broken template
    /// or catalogue), reported under `rule`.
    pub fn bug(rule: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            rule,
            ..Diagnostic::message(message)
        }
        .help("this is a bug in seloste; please report it with the model")
    }

    /// Adds how to fix it.
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Files it under `rule`, with the rule's severity and article.
    pub fn rule(mut self, rule: &'static str, severity: Severity, article: &'static str) -> Self {
        self.rule = rule;
        self.severity = severity;
        self.article = Some(article);
        self
    }

    /// Puts it at `location` unless it has a place already.
    pub fn or_at(mut self, location: Option<Location>) -> Self {
        self.location = self.location.or(location);
        self
    }

    /// Whether it stops the notice.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// One line and its help for a person, prefixed with the file (`file`,
    /// the model's name, unless the diagnostic is in a file of its own);
    /// the form logs and `Display` use. [`Report::write_human`] is the rich
    /// form with the source line.
    pub fn plain(&self, file: &str) -> String {
        self.plain_in(file, crate::Lang::En)
    }

    /// [`Diagnostic::plain`] with its frame ("error", "help", the article)
    /// in `lang`; the message and help are as the diagnostic holds them
    /// (see [`Report::in_lang`]).
    pub fn plain_in(&self, file: &str, lang: crate::Lang) -> String {
        use said::word;
        let mut s = String::from(self.file.as_deref().unwrap_or(file));
        if let Some(loc) = self.location {
            s.push_str(&format!(":{loc}"));
        }
        let severity = match self.severity {
            Severity::Error => word("report-error", lang),
            Severity::Warning => word("report-warning", lang),
        };
        s.push_str(&format!(": {severity}[{}]: ", self.rule));
        if let Some(p) = self.path.as_ref().filter(|p| !p.is_root()) {
            s.push_str(&format!("{p}: "));
        }
        s.push_str(&self.message);
        if let Some(h) = &self.help {
            s.push_str(&format!("\n  {}: {h}", word("report-help", lang)));
        }
        if let Some(a) = self.article {
            let cited = Said::new("report-see").arg("article", article::in_lang(a, lang));
            s.push_str(&format!("\n  {}", cited.in_lang(lang)));
        }
        s
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.plain("model"))
    }
}

/// The candidate nearest to `word`, if any is close enough to be a likely typo.
pub fn nearest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// A finding with every part set, for the renderers' tests.
#[cfg(test)]
pub(crate) fn sample() -> Diagnostic {
    Diagnostic::at(
        FieldPath::root().key("contact").key("email"),
        "the contact for requests has no usable email address: 'admin'",
    )
    .help("write the address")
    .rule("no-contact", Severity::Error, "Art. 13(1)(a)")
    .or_at(Some(Location { line: 2, column: 9 }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_names_only() {
        let names = ["business-id", "postal-code", "street"];
        assert_eq!(nearest("busines-id", names), Some("business-id"));
        assert_eq!(nearest("colour", names), None);
    }

    #[test]
    fn plain_form_has_file_place_rule_field_help_and_article() {
        let d = Diagnostic::at(
            FieldPath::root().key("retention"),
            "no retention period is given",
        )
        .help("add retention")
        .rule("no-retention", Severity::Error, "Art. 13(2)(a)")
        .or_at(Some(Location { line: 1, column: 1 }));
        assert_eq!(
            d.plain("n.toml"),
            "n.toml:1:1: error[no-retention]: retention: no retention period is given\n  \
             help: add retention\n  see GDPR Art. 13(2)(a)"
        );
    }

    #[test]
    fn a_diagnostic_in_another_file_names_that_file() {
        let d = Diagnostic::in_file("w/fi/a.ftl", Some(Location { line: 3, column: 1 }), "bad");
        assert_eq!(
            d.plain("n.toml"),
            "w/fi/a.ftl:3:1: error[invalid-model]: bad"
        );
    }
}

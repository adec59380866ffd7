//! A file's worth of diagnostics, with the texts they point into.

use std::collections::BTreeMap;
use std::fmt;
use std::io::{self, Write};
use std::sync::Arc;

use serde::Serialize;
use serde::ser::SerializeStruct;

use super::{Diagnostic, human};

/// Everything found in one model, in file order, with the source texts the
/// diagnostics point into so that a person is shown the line.
///
/// As an error (`Result<_, Report>`) it holds at least one error; as the
/// warnings of a checked notice it may be empty.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct Report {
    /// The model as the user named it (`notice.toml`, or `received.pdf
    /// (attached model.toml)`, or `request` in the service).
    pub file: String,
    /// What was found.
    pub diagnostics: Vec<Diagnostic>,
    /// The texts of the files, by the names the diagnostics use (the model
    /// under [`Report::file`]).
    sources: BTreeMap<String, Arc<str>>,
    /// The language it is said in (English unless [`Report::in_lang`]).
    lang: Option<crate::Lang>,
}

impl Report {
    /// An empty report on `file`.
    pub fn new(file: impl Into<String>) -> Self {
        Report {
            file: file.into(),
            ..Report::default()
        }
    }

    /// A report of one diagnostic.
    pub fn one(file: impl Into<String>, diagnostic: Diagnostic) -> Self {
        let mut r = Report::new(file);
        r.diagnostics.push(diagnostic);
        r
    }

    /// Keeps the model's text, for quoting its lines.
    pub fn with_source(mut self, text: Arc<str>) -> Self {
        self.sources.insert(self.file.clone(), text);
        self
    }

    /// Keeps the text of another file the diagnostics point into.
    pub fn add_source(&mut self, file: impl Into<String>, text: Arc<str>) {
        self.sources.insert(file.into(), text);
    }

    /// The text of `file`, if it was kept.
    pub fn source(&self, file: &str) -> Option<&str> {
        self.sources.get(file).map(|t| &**t)
    }

    /// Every diagnostic's message and help in `lang`, where the
    /// diagnostics catalogue has them (the rule, field and place stay).
    pub fn in_lang(mut self, lang: crate::Lang) -> Self {
        for d in &mut self.diagnostics {
            d.in_lang(lang);
        }
        self.lang = Some(lang);
        self
    }

    /// The language it is said in.
    pub fn lang(&self) -> crate::Lang {
        self.lang.unwrap_or(crate::Lang::En)
    }

    /// How many diagnostics are errors.
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    /// How many are warnings.
    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }

    /// Whether the notice may be printed: no errors.
    pub fn passed(&self) -> bool {
        self.errors() == 0
    }

    /// Whether nothing at all was found.
    pub fn is_empty(&self) -> bool {
        self.diagnostics.is_empty()
    }

    /// Puts the diagnostics in file order, so that a report reads top to
    /// bottom: the model's first, by line; those of other files after, by
    /// file and line; those without a place keep their order, last.
    pub fn sort(&mut self) {
        self.diagnostics.sort_by(|a, b| {
            let key = |d: &Diagnostic| {
                (
                    d.location.is_none(),
                    d.file.clone(),
                    d.location.map(|l| (l.line, l.column)),
                )
            };
            key(a).cmp(&key(b))
        });
    }

    /// Writes every diagnostic as rustc writes its own: the message, the
    /// place, the source line with the field underlined, the article and
    /// the help. The styles are always written; hand in an `anstream`
    /// stream to strip them where the output is no terminal.
    pub fn write_human(&self, w: &mut dyn Write) -> io::Result<()> {
        for d in &self.diagnostics {
            let file = d.file.as_deref().unwrap_or(&self.file);
            human::write(w, file, self.source(file), d, self.lang())?;
        }
        Ok(())
    }

    /// Writes the one-line summary: `notice.toml: 1 error, 2 warnings`.
    pub fn write_summary(&self, w: &mut dyn Write) -> io::Result<()> {
        human::summary(w, &self.file, self.errors(), self.warnings(), self.lang())
    }
}

/// The plain form, one diagnostic after another, for logs and for library
/// users who do not render it themselves.
impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lines: Vec<String> = self
            .diagnostics
            .iter()
            .map(|d| d.plain(&self.file))
            .collect();
        f.write_str(&lines.join("\n"))
    }
}

impl std::error::Error for Report {}

impl Report {
    /// The JSON document of `seloste check --format json` (and of the
    /// service's `POST /v1/check`) for `reports`:
    /// `{"passed": bool, "models": [report, …]}`, pretty-printed.
    pub fn check_document(reports: &[Report]) -> String {
        #[derive(Serialize)]
        struct Doc<'a> {
            passed: bool,
            models: &'a [Report],
        }
        let doc = Doc {
            passed: reports.iter().all(Report::passed),
            models: reports,
        };
        serde_json::to_string_pretty(&doc).expect("a report always serialises")
    }
}

/// The JSON form of `seloste check --format json`:
/// `{file, passed, errors, warnings, findings: [...]}`.
impl Serialize for Report {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Report", 5)?;
        st.serialize_field("file", &self.file)?;
        st.serialize_field("passed", &self.passed())?;
        st.serialize_field("errors", &self.errors())?;
        st.serialize_field("warnings", &self.warnings())?;
        st.serialize_field("findings", &self.diagnostics)?;
        st.end()
    }
}

/// One finding of the JSON report. `path` is `(top level)` for the model as
/// a whole, `article` is null where no article applies, and `file` is there
/// only for a diagnostic in another file than the model.
impl Serialize for Diagnostic {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Diagnostic", 8)?;
        st.serialize_field("rule", self.rule)?;
        st.serialize_field("severity", &self.severity)?;
        st.serialize_field("article", &self.article)?;
        if let Some(file) = &self.file {
            st.serialize_field("file", file)?;
        } else {
            st.skip_field("file")?;
        }
        st.serialize_field("path", &self.path.clone().unwrap_or_default())?;
        st.serialize_field("location", &self.location)?;
        st.serialize_field("message", &self.message)?;
        st.serialize_field("help", &self.help)?;
        st.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Location;
    use crate::diagnostic::sample;

    #[test]
    fn json_has_the_fields_of_a_finding() {
        let mut r = Report::new("n.toml");
        r.diagnostics.push(sample());
        let json = serde_json::to_value(&r).unwrap();
        assert_eq!(json["passed"], false);
        assert_eq!(json["errors"], 1);
        let f = &json["findings"][0];
        assert_eq!(f["rule"], "no-contact");
        assert_eq!(f["path"], "contact.email");
        assert_eq!(f["location"]["line"], 2);
        assert_eq!(f["article"], "Art. 13(1)(a)");
        assert!(f.get("file").is_none());
    }

    #[test]
    fn sorts_by_place_with_unplaced_last() {
        let mut r = Report::new("n.toml");
        let at = |line| Some(Location { line, column: 1 });
        r.diagnostics.push(Diagnostic::message("none"));
        r.diagnostics.push(Diagnostic::message("five").or_at(at(5)));
        r.diagnostics.push(Diagnostic::message("two").or_at(at(2)));
        r.sort();
        let order: Vec<&str> = r.diagnostics.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(order, ["two", "five", "none"]);
    }
}

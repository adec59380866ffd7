//! A problem found in a model: what is wrong, where, and how to fix it.

use std::fmt;

use super::path::FieldPath;
use super::source_map::Location;

/// One thing wrong with a model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file the problem is in, when it is not the model itself (e.g. one
    /// of the organisation's `.ftl` files).
    pub file: Option<String>,
    /// The field, when the problem belongs to one.
    pub path: Option<FieldPath>,
    /// The line and column in the file, when known.
    pub location: Option<Location>,
    /// What is wrong, in lower case, without a full stop.
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
}

impl Problem {
    /// A problem at a field.
    pub fn at(path: FieldPath, message: impl Into<String>) -> Self {
        Problem {
            file: None,
            path: Some(path),
            location: None,
            message: message.into(),
            help: None,
        }
    }

    /// A problem of the file as a whole, at no field.
    pub fn message(message: impl Into<String>) -> Self {
        Problem {
            file: None,
            path: None,
            location: None,
            message: message.into(),
            help: None,
        }
    }

    /// A problem at a line and column of another file than the model.
    pub fn in_file(
        file: impl Into<String>,
        location: Option<Location>,
        message: impl Into<String>,
    ) -> Self {
        Problem {
            file: Some(file.into()),
            path: None,
            location,
            message: message.into(),
            help: None,
        }
    }

    /// Adds how to fix it.
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Formats the problem for a person, prefixed with the file name (the
    /// model's, `file`, unless the problem is in a file of its own).
    pub fn render(&self, file: &str) -> String {
        let mut s = String::from(self.file.as_deref().unwrap_or(file));
        if let Some(loc) = self.location {
            s.push_str(&format!(":{loc}"));
        }
        s.push_str(": ");
        if let Some(p) = self.path.as_ref().filter(|p| !p.is_root()) {
            s.push_str(&format!("{p}: "));
        }
        s.push_str(&self.message);
        if let Some(h) = &self.help {
            s.push_str(&format!("\n  help: {h}"));
        }
        s
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render("model"))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_names_only() {
        let names = ["business-id", "postal-code", "street"];
        assert_eq!(nearest("busines-id", names), Some("business-id"));
        assert_eq!(nearest("colour", names), None);
    }
}

//! What a rule reports: a [`Finding`], and the [`Rule`] it comes from.

use std::fmt;

use serde::Serialize;

use crate::model::{FieldPath, Location};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// A likely gap: reported, but the notice may be printed.
    Warning,
    /// The notice would be unlawful or wrong: it is not printed.
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

/// A completeness rule: what it checks and why, for reports and the README.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// The stable id, kebab-case, e.g. `purpose-without-basis`.
    pub id: &'static str,
    /// Its severity unless warnings are denied.
    pub severity: Severity,
    /// The GDPR article that requires what it checks, e.g. `Art. 13(1)(c)`.
    pub article: &'static str,
    /// What it checks, one sentence.
    pub checks: &'static str,
    /// How to fix what it finds, one sentence.
    pub fix: &'static str,
}

/// One thing a rule found in one model.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The id of the rule.
    pub rule: &'static str,
    /// The severity, raised to error when warnings are denied.
    pub severity: Severity,
    /// The GDPR article.
    pub article: &'static str,
    /// The field the finding is about (or the field to add).
    pub path: FieldPath,
    /// Its line and column in the file (TOML only); for a missing field,
    /// the table it belongs in.
    pub location: Option<Location>,
    /// What is wrong, lower case, no full stop.
    pub message: String,
    /// How to fix it.
    pub help: String,
}

impl Finding {
    /// Plain text for a person, prefixed with the file name; the CLI has a
    /// richer form, this one serves library users and logs.
    pub fn render(&self, file: &str) -> String {
        let mut s = String::from(file);
        if let Some(loc) = self.location {
            s.push_str(&format!(":{loc}"));
        }
        s.push_str(&format!(
            ": {}[{}]: {}: {}\n  help: {}\n  see GDPR {}",
            self.severity, self.rule, self.path, self.message, self.help, self.article
        ));
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_file_location_rule_path_and_help() {
        let f = Finding {
            rule: "no-retention",
            severity: Severity::Error,
            article: "Art. 13(2)(a)",
            path: FieldPath::root().key("retention"),
            location: Some(Location { line: 1, column: 1 }),
            message: "no retention period is given".into(),
            help: "add retention".into(),
        };
        assert_eq!(
            f.render("n.toml"),
            "n.toml:1:1: error[no-retention]: retention: no retention period is given\n  \
             help: add retention\n  see GDPR Art. 13(2)(a)"
        );
        let json = serde_json::to_value(&f).unwrap();
        assert_eq!(json["path"], "retention");
        assert_eq!(json["location"]["line"], 1);
        assert_eq!(json["severity"], "error");
    }
}

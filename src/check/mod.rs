//! Is this notice complete and correct under GDPR Art. 13 and 14?
//!
//! Validation (`model::validate`) proves that a model *can* be rendered: its
//! keys exist, its business IDs are well formed. The rules here judge what
//! the rendered notice would tell a data subject: whether every element the
//! GDPR requires is there, and whether what is there is consistent. Most
//! notices in the wild miss something — a legal basis, a retention period,
//! the source of data obtained elsewhere — and nobody notices until a
//! complaint; seloste says so before the notice is printed.
//!
//! Each rule is one function with a stable id, a severity and the article it
//! enforces (`rules()` lists them all, which the CLI, the README's table and
//! the tests read). A rule sees the parsed model, the catalogue and "today",
//! which is always given by the caller: the checks never read the clock, so
//! that tests are deterministic and a render stays byte-identical.

mod eea;
mod missing;
mod placeholder;
mod rule;
mod rules;

use serde_json::Value;

pub use missing::{is_missing_field, missing_field_findings};
pub use rule::{Rule, Severity};

use crate::diagnostic::{self, Diagnostic, Said};
use crate::i18n::Catalogue;
use crate::lang::Lang;
use crate::model::{Date, FieldPath, Format, Loaded, Location, Model, SourceMap, Text};

/// How the checks are run.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// The date taken as today (the `outdated` rule compares with it).
    pub today: Date,
    /// Whether warnings count as errors (for CI).
    pub deny_warnings: bool,
    /// The languages of the documents to be made: every own text must have
    /// each (`language-incomplete`).
    pub langs: Vec<Lang>,
    /// The language an own text lacking one of `langs` is printed in,
    /// marked, instead.
    pub fallback: Option<Lang>,
}

impl Options {
    /// Checks as of `today` for documents in `langs`, warnings allowed, no
    /// fallback.
    pub fn new(today: Date, langs: Vec<Lang>) -> Self {
        Options {
            today,
            deny_warnings: false,
            langs,
            fallback: None,
        }
    }
}

/// The pseudo-rule under which problems of loading and validation are
/// reported, so that one report holds everything.
pub const INVALID_MODEL: Rule = Rule {
    id: diagnostic::INVALID_MODEL,
    severity: Severity::Error,
    article: "—",
};

/// Every rule, the pseudo-rule [`INVALID_MODEL`] first.
pub fn rules() -> impl Iterator<Item = &'static Rule> {
    std::iter::once(&INVALID_MODEL).chain(rules::CHECKS.iter().map(|c| c.rule))
}

/// What a rule function sees.
#[derive(Debug)]
pub struct Context<'a> {
    /// The model.
    pub notice: &'a Model,
    /// The catalogue (for the variables a clause uses).
    pub catalogue: &'a Catalogue,
    /// Today.
    pub today: Date,
    /// The languages of the documents to be made.
    pub langs: &'a [Lang],
    /// The fallback language, if any.
    pub fallback: Option<Lang>,
    /// The file as its author structured it, when it parses.
    pub raw: Option<&'a Value>,
}

/// One thing a rule function found, before the rule's metadata and the
/// location are added: what is wrong and how to fix it, as messages of the
/// diagnostics catalogue (`locales/*/diagnostics.ftl`).
#[derive(Debug)]
pub struct Hit {
    /// The field it is about.
    pub path: FieldPath,
    /// What is wrong.
    pub message: Said,
    /// How to fix it.
    pub help: Said,
}

impl Hit {
    /// A hit at `path`.
    pub fn new(path: FieldPath, message: Said, help: Said) -> Hit {
        Hit {
            path,
            message,
            help,
        }
    }
}

/// Every rule applied to a model, together with the `problems` already
/// found in it (validation, assets): each problem without help gets the
/// `invalid-model` advice, problems and findings at a field holding a
/// placeholder are left out (the placeholder explains them), and the whole
/// is put on lines and in file order.
pub fn run(
    loaded: &Loaded,
    raw: Option<&Value>,
    catalogue: &Catalogue,
    options: &Options,
    problems: Vec<Diagnostic>,
) -> Vec<Diagnostic> {
    let ctx = Context {
        notice: &loaded.notice,
        catalogue,
        today: options.today,
        langs: &options.langs,
        fallback: options.fallback,
        raw,
    };
    let placeholders = placeholder::paths(raw);
    // A placeholder explains every other complaint about its field (a
    // placeholder business ID has no valid check digit), so those are left out.
    let shadowed = |path: &FieldPath| {
        placeholders
            .iter()
            .any(|p| !path.is_root() && (p.starts_with(path) || path.starts_with(p)))
    };
    let mut found: Vec<Diagnostic> = problems
        .into_iter()
        .filter(|p| p.path.as_ref().is_none_or(|path| !shadowed(path)))
        .map(|p| {
            let at = p.path.as_ref().and_then(|path| loaded.map.locate(path));
            invalid(p).or_at(at)
        })
        .collect();
    for check in rules::CHECKS {
        for hit in (check.run)(&ctx) {
            if check.rule.id != placeholder::RULE.id && shadowed(&hit.path) {
                continue;
            }
            let location = locate(&loaded.map, loaded.format, &hit.path);
            found.push(
                Diagnostic::said(Some(hit.path), hit.message, Some(hit.help))
                    .rule(check.rule.id, check.rule.severity, check.rule.article)
                    .or_at(location),
            );
        }
    }
    if options.deny_warnings {
        for d in &mut found {
            d.severity = Severity::Error;
        }
    }
    found
}

/// A problem of loading or validation, with the `invalid-model` advice
/// where it has none of its own.
pub fn invalid(problem: Diagnostic) -> Diagnostic {
    if problem.help.is_none() {
        return problem.help_said(Said::new("invalid-model-help"));
    }
    problem
}

/// The field's position, or for a field that does not exist the table it
/// belongs in; a missing top-level field of a TOML file is at its start.
fn locate(map: &SourceMap, format: Format, path: &FieldPath) -> Option<Location> {
    map.locate(path).or(match format {
        Format::Toml => Some(Location { line: 1, column: 1 }),
        Format::Json => None,
    })
}

/// A text as a message quotes it: the key, or the start of own text.
fn describe(text: &Text) -> String {
    match text {
        Text::Key(c) => format!("'{}'", c.key),
        Text::Same { all } => format!("'{all}'"),
        Text::Own(own) => {
            let s = crate::Lang::ALL
                .iter()
                .find_map(|&l| own.get(l))
                .unwrap_or("");
            let short: String = s.chars().take(40).collect();
            if short.len() < s.len() {
                format!("'{short}…'")
            } else {
                format!("'{short}'")
            }
        }
    }
}

/// The catalogue key of a text, if it is one.
fn key(text: &Text) -> Option<&str> {
    text.key_name()
}

#[cfg(test)]
mod tests;

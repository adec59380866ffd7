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
//! enforces ([`rules`] lists them all, which the CLI, the README's table and
//! the tests read). A rule sees the parsed model, the catalogue and "today",
//! which is always given by the caller: the checks never read the clock, so
//! that tests are deterministic and a render stays byte-identical.

mod eea;
mod finding;
mod placeholder;
mod rules;

use serde_json::Value;

pub use finding::{Finding, Rule, Severity};
pub use placeholder::is_placeholder;

use crate::i18n::Catalogue;
use crate::model::{self, Date, FieldPath, Format, Loaded, Location, Notice, Problem, Text};

/// How the checks are run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// The date taken as today (the `outdated` rule compares with it).
    pub today: Date,
    /// Whether warnings count as errors (for CI).
    pub deny_warnings: bool,
}

/// The pseudo-rule under which problems of loading and validation are
/// reported by `seloste check`, so that one report holds everything.
pub const INVALID_MODEL: Rule = Rule {
    id: "invalid-model",
    severity: Severity::Error,
    article: "—",
    checks: "The file can be read and parsed, and passes validation: catalogue keys exist and \
             get the values they need, business IDs have the right check digit, country codes \
             are known.",
    fix: "Follow the message; `docs/model.md` describes every field.",
};

/// Every rule, the pseudo-rule [`INVALID_MODEL`] first.
pub fn rules() -> impl Iterator<Item = &'static Rule> {
    std::iter::once(&INVALID_MODEL).chain(rules::CHECKS.iter().map(|c| c.rule))
}

/// What a rule function sees.
pub struct Context<'a> {
    /// The model.
    pub notice: &'a Notice,
    /// The catalogue (for the variables a clause uses).
    pub catalogue: &'a Catalogue,
    /// Today.
    pub today: Date,
    /// The file as its author structured it, when it parses.
    pub raw: Option<&'a Value>,
}

/// One thing a rule function found, before the rule's metadata and the
/// location are added.
pub struct Hit {
    /// The field it is about.
    pub path: FieldPath,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: String,
}

impl Hit {
    /// A hit at `path`.
    pub fn new(path: FieldPath, message: impl Into<String>, help: impl Into<String>) -> Hit {
        Hit {
            path,
            message: message.into(),
            help: help.into(),
        }
    }
}

/// Validation and every rule: everything `seloste check` reports for a
/// model that parsed.
pub fn check(loaded: &Loaded, catalogue: &Catalogue, options: &Options) -> Vec<Finding> {
    let problems = model::validate(&loaded.notice, catalogue, &loaded.map);
    evaluate(loaded, catalogue, options, problems)
}

/// The rules alone, for a model that has passed validation already (the
/// render pipeline validates first, with its own error for that).
pub fn check_rules(loaded: &Loaded, catalogue: &Catalogue, options: &Options) -> Vec<Finding> {
    evaluate(loaded, catalogue, options, Vec::new())
}

/// A problem of loading or validation, as an `invalid-model` finding.
pub fn invalid(problem: Problem, options: &Options) -> Finding {
    promote(
        Finding {
            rule: INVALID_MODEL.id,
            severity: INVALID_MODEL.severity,
            article: INVALID_MODEL.article,
            path: problem.path.unwrap_or_default(),
            location: problem.location,
            message: problem.message,
            help: problem
                .help
                .unwrap_or_else(|| INVALID_MODEL.fix.to_string()),
        },
        options,
    )
}

/// Whether findings stop the notice: any error (warnings already raised to
/// errors when they are denied).
pub fn has_errors(findings: &[Finding]) -> bool {
    findings.iter().any(|f| f.severity == Severity::Error)
}

fn evaluate(
    loaded: &Loaded,
    catalogue: &Catalogue,
    options: &Options,
    problems: Vec<Problem>,
) -> Vec<Finding> {
    let raw = model::to_json(&loaded.text, loaded.format);
    let ctx = Context {
        notice: &loaded.notice,
        catalogue,
        today: options.today,
        raw: raw.as_ref(),
    };
    let placeholders = placeholder::paths(raw.as_ref());
    // A placeholder explains every other complaint about its field (a
    // placeholder business ID has no valid check digit), so those are left out.
    let shadowed = |path: &FieldPath| {
        placeholders
            .iter()
            .any(|p| !path.is_root() && (p.starts_with(path) || path.starts_with(p)))
    };
    let mut findings: Vec<Finding> = problems
        .into_iter()
        .filter(|p| p.path.as_ref().is_none_or(|path| !shadowed(path)))
        .map(|p| invalid(p, options))
        .collect();
    for check in rules::CHECKS {
        for hit in (check.run)(&ctx) {
            if check.rule.id != placeholder::RULE.id && shadowed(&hit.path) {
                continue;
            }
            let location = locate(loaded, &hit.path);
            findings.push(promote(
                Finding {
                    rule: check.rule.id,
                    severity: check.rule.severity,
                    article: check.rule.article,
                    path: hit.path,
                    location,
                    message: hit.message,
                    help: hit.help,
                },
                options,
            ));
        }
    }
    // In file order, so that a report reads top to bottom; findings without
    // a place (JSON models) keep the order of the rules, after the others.
    findings.sort_by_key(|f| f.location.map_or((usize::MAX, 0), |l| (l.line, l.column)));
    findings
}

/// The field's position, or for a field that does not exist the table it
/// belongs in; a missing top-level field of a TOML file is at its start.
fn locate(loaded: &Loaded, path: &FieldPath) -> Option<Location> {
    loaded.map.locate(path).or(match loaded.format {
        Format::Toml => Some(Location { line: 1, column: 1 }),
        Format::Json => None,
    })
}

fn promote(mut f: Finding, options: &Options) -> Finding {
    if options.deny_warnings {
        f.severity = Severity::Error;
    }
    f
}

/// A text as a message quotes it: the key, or the start of own text.
fn describe(text: &Text) -> String {
    match text {
        Text::Key(c) => format!("'{}'", c.key),
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
    match text {
        Text::Key(c) => Some(&c.key),
        Text::Own(_) => None,
    }
}

#[cfg(test)]
mod tests;

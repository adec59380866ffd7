//! What a completeness rule is, for reports and the README's table.

pub use crate::diagnostic::Severity;

/// A completeness rule: what it checks and why.
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

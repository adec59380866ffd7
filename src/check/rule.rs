//! What a completeness rule is, for reports and the README's table.

pub use crate::diagnostic::Severity;
use crate::lang::Lang;

/// A completeness rule: what it checks and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// The stable id, kebab-case, e.g. `purpose-without-basis`.
    pub id: &'static str,
    /// Its severity unless warnings are denied.
    pub severity: Severity,
    /// The GDPR article that requires what it checks, e.g. `Art. 13(1)(c)`.
    pub article: &'static str,
}

impl Rule {
    /// What it checks, one sentence in `lang` (`rule-ID-checks` of the
    /// diagnostics catalogue, `locales/*/rules.ftl`).
    pub fn checks(&self, lang: Lang) -> String {
        self.described("checks", lang)
    }

    /// How to fix what it finds, one sentence in `lang`.
    pub fn fix(&self, lang: Lang) -> String {
        self.described("fix", lang)
    }

    /// The rule's `part` in `lang`; a test proves every rule has both
    /// parts in every language, so the fallbacks are never reached.
    fn described(&self, part: &str, lang: Lang) -> String {
        let id = format!("rule-{}-{part}", self.id);
        let c = crate::diagnostic::catalogue();
        c.text(lang, &id)
            .or_else(|_| c.text(Lang::En, &id))
            .unwrap_or(id)
    }
}

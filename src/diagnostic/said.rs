//! What a diagnostic says, in the user's language: a message of
//! `locales/*/diagnostics.ftl` with its arguments, kept beside the English
//! text so that a report can be said again in Finnish or Swedish where it is
//! shown (the command line's locale, the service's `Accept-Language`).
//!
//! The arguments are what the model holds (a key, a name, a country code),
//! which read the same in every language, or a list of pieces said in the
//! same language (the list items of another style).

use std::sync::LazyLock;

use fluent_bundle::{FluentArgs, FluentValue};

use crate::i18n::{Catalogue, embedded};
use crate::lang::Lang;

/// A message of the diagnostics catalogue and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// An argument of a [`Said`].
#[derive(Debug, Clone, PartialEq, Eq)]
enum Arg {
    /// The same in every language.
    Text(String),
    /// Each said in the message's language, joined with the separator.
    Join(Vec<Said>, &'static str),
}

/// The diagnostics' messages, compiled in (a test proves they read, and
/// that every language has every message with the same variables).
static DIAGNOSTICS: LazyLock<Catalogue> = LazyLock::new(|| {
    Catalogue::from_sources(
        embedded::DIAGNOSTICS
            .iter()
            .map(|f| (f.lang, f.name, f.text)),
    )
    .expect("seloste's diagnostics catalogue reads")
});

/// The diagnostics' messages.
pub(crate) fn catalogue() -> &'static Catalogue {
    &DIAGNOSTICS
}

/// A word of the report's frame ("error", "help") in `lang`.
pub(crate) fn word(id: &'static str, lang: Lang) -> String {
    Said::new(id).in_lang(lang)
}

/// A counted phrase ("2 errors") in `lang`, its plural as `lang` has it.
pub(crate) fn counted(id: &'static str, n: usize, lang: Lang) -> String {
    let mut args = FluentArgs::new();
    args.set("count", FluentValue::from(n));
    let c = catalogue();
    c.format(lang, id, Some(&args))
        .or_else(|_| c.format(Lang::En, id, Some(&args)))
        .unwrap_or_else(|_| format!("{n} {id}"))
}

impl Said {
    /// The message `id`, without arguments yet.
    pub fn new(id: &'static str) -> Self {
        Said {
            id,
            args: Vec::new(),
        }
    }

    /// With the argument `name`, the same in every language.
    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, Arg::Text(value.into())));
        self
    }

    /// With the argument `name`: `values` said and joined with `separator`.
    pub fn join(mut self, name: &'static str, values: Vec<Said>, separator: &'static str) -> Self {
        self.args.push((name, Arg::Join(values, separator)));
        self
    }

    /// The text in `lang`: in English when the message is missing in
    /// `lang` (it never is, a test proves), and the id if it is missing in
    /// English too. In the tests, a message that is missing or lacks an
    /// argument in any language fails the test that made it.
    pub fn in_lang(&self, lang: Lang) -> String {
        #[cfg(test)]
        for l in Lang::ALL {
            if let Err(e) = self.try_in_lang(l) {
                panic!(
                    "the diagnostic message '{}' cannot be said in {l}: {e}",
                    self.id
                );
            }
        }
        let args = self.args(lang);
        let c = catalogue();
        c.format(lang, self.id, Some(&args))
            .or_else(|_| c.format(Lang::En, self.id, Some(&args)))
            .unwrap_or_else(|_| self.id.to_string())
    }

    /// The text in `lang`, or why it cannot be said.
    #[cfg(test)]
    fn try_in_lang(&self, lang: Lang) -> Result<String, String> {
        catalogue()
            .format(lang, self.id, Some(&self.args(lang)))
            .map_err(|e| e.to_string())
    }

    /// The arguments as Fluent takes them, the pieces said in `lang`.
    fn args(&self, lang: Lang) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            let text = match value {
                Arg::Text(s) => s.clone(),
                Arg::Join(v, sep) => v
                    .iter()
                    .map(|s| s.in_lang(lang))
                    .collect::<Vec<_>>()
                    .join(sep),
            };
            args.set(*name, FluentValue::from(text));
        }
        args
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every message in every language, with the same variables as the
    /// English one.
    #[test]
    fn every_message_is_in_every_language_with_the_same_variables() {
        let c = catalogue();
        let parse = |lang: &str| {
            let text = embedded::DIAGNOSTICS
                .iter()
                .find(|f| f.lang.code() == lang)
                .unwrap()
                .text;
            text.lines()
                .filter_map(|l| l.split_once(" = "))
                .filter(|(id, _)| !id.starts_with('#') && !id.contains(' '))
                .map(|(id, body)| {
                    let mut vars: Vec<&str> = body
                        .split("{ $")
                        .skip(1)
                        .map(|v| v.split([' ', '}']).next().unwrap())
                        .collect();
                    vars.sort();
                    vars.dedup();
                    (id.to_string(), vars)
                })
                .collect::<std::collections::BTreeMap<_, _>>()
        };
        let en = parse("en");
        assert!(en.len() > 90, "{} messages", en.len());
        for lang in ["fi", "sv"] {
            let other = parse(lang);
            assert_eq!(
                other.keys().collect::<Vec<_>>(),
                en.keys().collect::<Vec<_>>(),
                "{lang} has other messages than en"
            );
            for (id, vars) in &en {
                assert_eq!(&other[id], vars, "{lang} {id} uses other variables than en");
            }
        }
        for id in en.keys() {
            assert!(c.contains(id), "{id}");
        }
    }

    /// Every message the code names is in the catalogue.
    #[test]
    fn every_message_named_in_the_code_exists() {
        let sources = [
            include_str!("../check/placeholder.rs"),
            include_str!("../check/rules/basis.rs"),
            include_str!("../check/rules/content.rs"),
            include_str!("../check/rules/countries.rs"),
            include_str!("../check/rules/parties.rs"),
            include_str!("../check/rules/practice.rs"),
            include_str!("../check/rules/sources.rs"),
            include_str!("../check/rules/special.rs"),
            include_str!("../check/rules/texts.rs"),
            include_str!("../check/rules/transfers.rs"),
            include_str!("../model/validate.rs"),
            include_str!("../cli/check.rs"),
        ];
        let mut named = 0;
        for source in sources {
            for piece in source.split("Said::new(\"").skip(1) {
                let id = piece.split('"').next().unwrap();
                assert!(catalogue().contains(id), "no message '{id}'");
                named += 1;
            }
        }
        assert!(named > 80, "{named}");
        for id in [
            "dpo-consider-communications",
            "dpo-consider-surveillance",
            "dpo-consider-public-task",
            "dpo-consider-monitoring",
            "list-item-lower-case",
            "list-item-full-stop",
            "cli-not-printed",
            "cli-nothing-written",
            "report-error",
            "report-warning",
            "report-help",
            "report-note",
            "report-no-findings",
            "report-errors",
            "report-warnings",
        ] {
            assert!(catalogue().contains(id), "no message '{id}'");
        }
    }

    #[test]
    fn a_finding_is_said_in_each_language_with_its_arguments() {
        let said = Said::new("purpose-without-basis").arg("purpose", "'billing'");
        assert_eq!(
            said.in_lang(Lang::En),
            "the purpose 'billing' has no legal basis"
        );
        assert_eq!(
            said.in_lang(Lang::Fi),
            "käsittelyn tarkoitukselle 'billing' ei ole annettu oikeusperustetta"
        );
        assert_eq!(
            said.in_lang(Lang::Sv),
            "ändamålet 'billing' saknar rättslig grund"
        );
        let joined = Said::new("list-item-style").join(
            "items",
            vec![
                Said::new("list-item-lower-case")
                    .arg("lang", "fi")
                    .arg("text", "laskutus"),
                Said::new("list-item-full-stop")
                    .arg("lang", "sv")
                    .arg("text", "Fakturering."),
            ],
            "; ",
        );
        assert_eq!(
            joined.in_lang(Lang::Sv),
            "punkten i listan följer inte beskrivningens liststil: fi 'laskutus' börjar med \
             liten bokstav; sv 'Fakturering.' slutar med punkt"
        );
    }
}

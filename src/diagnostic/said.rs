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
    /// A number the message may count with (plurals).
    Count(usize),
    /// Each said in the message's language, joined with the separator.
    Join(Vec<Said>, &'static str),
}

/// The start of an encoded message, and the separator of its parts: control
/// characters nobody types into a model (and a model's texts may not hold),
/// and a decoded id must be in the catalogue besides.
const MARK: char = '\u{1e}';
const SEP: char = '\u{1f}';

/// The argument names an encoded message may carry.
const ARG_NAMES: &[&str] = &["value", "raw", "language", "key", "field", "lang", "from"];

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

/// What the system said of a file it could not read or write: the
/// common cases in the catalogue's words, the rest as the system wrote it.
pub(crate) fn io_said(e: &std::io::Error) -> Said {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::NotFound => Said::new("io-not-found"),
        ErrorKind::PermissionDenied => Said::new("io-permission-denied"),
        ErrorKind::AlreadyExists => Said::new("io-already-exists"),
        ErrorKind::StorageFull => Said::new("io-storage-full"),
        ErrorKind::IsADirectory => Said::new("io-is-a-directory"),
        ErrorKind::ReadOnlyFilesystem => Said::new("io-read-only"),
        _ => Said::new("as-written").arg("text", e.to_string()),
    }
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

    /// The message's id in the catalogue.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// With the argument `name`, the same in every language.
    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, Arg::Text(value.into())));
        self
    }

    /// With the argument `name`, a number the message may count with.
    pub fn count(mut self, name: &'static str, n: usize) -> Self {
        self.args.push((name, Arg::Count(n)));
        self
    }

    /// With the argument `name`: `values` said and joined with `separator`.
    pub fn join(mut self, name: &'static str, values: Vec<Said>, separator: &'static str) -> Self {
        self.args.push((name, Arg::Join(values, separator)));
        self
    }

    /// With the argument `name`, itself a message said in the same language.
    pub fn said(self, name: &'static str, value: Said) -> Self {
        self.join(name, vec![value], "")
    }

    /// Its help, `ID-help` with the same arguments, where the catalogue has
    /// one.
    pub fn help(&self) -> Option<Said> {
        let id = format!("{}-help", self.id);
        let id = catalogue().ids().find(|i| *i == id)?;
        Some(Said {
            id,
            args: self.args.clone(),
        })
    }

    /// The message as a string that can travel through an error type that
    /// holds only text (serde's `Error::custom`), for [`Said::decode`] to
    /// make it a message again. Only plain arguments travel.
    pub fn encode(&self) -> String {
        let mut s = format!("{MARK}{}", self.id);
        for (name, value) in &self.args {
            if let Arg::Text(v) = value {
                s.push_str(&format!("{SEP}{name}{SEP}{v}"));
            }
        }
        s
    }

    /// The message [`Said::encode`] made, found in `text` (which may have
    /// more around it, e.g. serde_json's " at line 3 column 5"), if its id
    /// is in the catalogue.
    pub fn decode(text: &str) -> Option<Said> {
        let body = &text[text.find(MARK)? + MARK.len_utf8()..];
        let mut parts = body.split(SEP);
        let id = parts.next()?;
        let id = catalogue().ids().find(|i| *i == id)?;
        let mut said = Said::new(id);
        while let (Some(name), Some(value)) = (parts.next(), parts.next()) {
            let name = ARG_NAMES.iter().find(|n| **n == name)?;
            // serde_json appends its position after the last value.
            let value = value.split(" at line ").next().unwrap_or(value);
            said = said.arg(name, value);
        }
        Some(said)
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
                Arg::Count(n) => {
                    args.set(*name, FluentValue::from(*n));
                    continue;
                }
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
            // Each message with its continuation lines (the variants of a
            // select expression), over every file of the language.
            let mut messages: Vec<(String, String)> = Vec::new();
            for f in embedded::DIAGNOSTICS
                .iter()
                .filter(|f| f.lang.code() == lang)
            {
                for line in f.text.lines() {
                    if line.starts_with(' ') {
                        if let Some((_, body)) = messages.last_mut() {
                            body.push_str(line);
                        }
                    } else if let Some((id, body)) = line.split_once(" = ")
                        && !id.starts_with('#')
                        && !id.contains(' ')
                    {
                        messages.push((id.to_string(), body.to_string()));
                    }
                }
            }
            messages
                .into_iter()
                .map(|(id, body)| {
                    let mut vars: Vec<&str> = body
                        .split("{ $")
                        .skip(1)
                        .map(|v| v.split([' ', '}']).next().unwrap())
                        .collect();
                    vars.sort();
                    vars.dedup();
                    let vars: Vec<String> = vars.into_iter().map(String::from).collect();
                    (id, vars)
                })
                .collect::<std::collections::BTreeMap<_, _>>()
        };
        let en = parse("en");
        assert!(en.len() > 400, "{} messages", en.len());
        for lang in ["fi", "sv"] {
            let other = parse(lang);
            let missing: Vec<&String> = en.keys().filter(|id| !other.contains_key(*id)).collect();
            let extra: Vec<&String> = other.keys().filter(|id| !en.contains_key(*id)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{lang} lacks {missing:?} and has {extra:?} that en does not"
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
            include_str!("../model/explain.rs"),
            include_str!("../model/load.rs"),
            include_str!("../model/limits.rs"),
            include_str!("../model/date.rs"),
            include_str!("../model/text.rs"),
            include_str!("../model/business_id.rs"),
            include_str!("../model/vat.rs"),
            include_str!("../i18n/wording.rs"),
            include_str!("../notice/logo.rs"),
            include_str!("../notice/load.rs"),
            include_str!("../notice/catalogue.rs"),
            include_str!("../assets.rs"),
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
            "char-arabic",
            "char-thai",
            "char-indic",
            "char-kana",
            "char-korean",
            "char-cjk",
            "char-emoji",
            "char-line-separator",
            "char-line-break",
            "char-control",
            "char-bidi",
            "char-bom",
            "char-noncharacter",
            "char-private-use",
            "char-not-in-font",
            "logo-export-again",
            "assets-from-pdf",
            "assets-from-text",
            "renamed-representative-help",
            "not-here-post-to-email-help",
            "not-here-post-to-phone-help",
            "vat-no-business-id-help",
            "vat-mismatch-help",
            "vat-format-help",
            "expected-text",
            "expected-list",
            "expected-truth",
            "expected-date",
            "expected-whole-number",
            "expected-number",
            "expected-table",
            "expected-text-or-clause",
            "expected-source",
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

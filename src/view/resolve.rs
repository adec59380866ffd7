//! Turning model texts and catalogue ids into strings of one language.

use fluent_bundle::{FluentArgs, FluentValue};

use super::build::ViewError;
use crate::i18n::Catalogue;
use crate::lang::Lang;
use crate::model::{ArgValue, Date, Notice, Text};

/// Resolves texts in one language, with the variables every clause may use.
pub struct Resolver<'a> {
    /// The catalogue.
    pub catalogue: &'a Catalogue,
    /// The language.
    pub lang: Lang,
    globals: Vec<(&'static str, String)>,
}

impl<'a> Resolver<'a> {
    /// A resolver for `lang`, with the notice's global variables.
    pub fn new(catalogue: &'a Catalogue, lang: Lang, notice: &Notice) -> Result<Self, ViewError> {
        let mut r = Resolver {
            catalogue,
            lang,
            globals: Vec::new(),
        };
        let names: Vec<&str> = notice.controllers.iter().map(|c| c.name.as_str()).collect();
        let controllers = r.join_and(&names)?;
        r.globals = vec![
            ("controllers", controllers),
            ("contact-email", notice.contact.email.clone()),
            (
                "contact-phone",
                notice.contact.phone.clone().unwrap_or_default(),
            ),
        ];
        Ok(r)
    }

    /// A fixed message without variables.
    pub fn fixed(&self, id: &str) -> Result<String, ViewError> {
        Ok(self.catalogue.text(self.lang, id)?)
    }

    /// A fixed message with variables (the global ones are added).
    pub fn fixed_with(
        &self,
        id: &str,
        vars: &[(&str, FluentValue<'_>)],
    ) -> Result<String, ViewError> {
        let mut args = self.global_args();
        for (k, v) in vars {
            args.set(k.to_string(), v.clone());
        }
        Ok(self.catalogue.format(self.lang, id, Some(&args))?)
    }

    /// A text of the model, its key looked up in `namespace`.
    pub fn text(&self, namespace: &str, text: &Text) -> Result<String, ViewError> {
        match text {
            Text::Key(clause) => {
                let mut args = self.global_args();
                for (k, v) in &clause.args {
                    let v = match v {
                        ArgValue::Int(n) => FluentValue::from(*n),
                        ArgValue::Float(x) => FluentValue::from(*x),
                        ArgValue::Str(s) => FluentValue::from(s.clone()),
                    };
                    args.set(k.clone(), v);
                }
                let id = format!("{namespace}-{}", clause.key);
                Ok(self.catalogue.format(self.lang, &id, Some(&args))?)
            }
            Text::Own(own) => own
                .get(self.lang)
                .map(str::to_string)
                .ok_or(ViewError::MissingLanguage { lang: self.lang }),
        }
    }

    /// Texts of a list field.
    pub fn texts(&self, namespace: &str, texts: &[Text]) -> Result<Vec<String>, ViewError> {
        texts.iter().map(|t| self.text(namespace, t)).collect()
    }

    /// A date as the language writes it.
    pub fn date(&self, d: Date) -> Result<String, ViewError> {
        self.fixed_with(
            "date",
            &[
                ("day", FluentValue::from(d.day)),
                ("month", FluentValue::from(d.month)),
                ("year", FluentValue::from(d.year)),
            ],
        )
    }

    /// A country's name from its ISO code.
    pub fn country(&self, code: &str) -> Result<String, ViewError> {
        self.fixed(&format!("country-{}", code.to_ascii_lowercase()))
    }

    /// Names joined as the language joins a list: "A, B ja C".
    pub fn join_and(&self, names: &[&str]) -> Result<String, ViewError> {
        Ok(match names {
            [] => String::new(),
            [one] => one.to_string(),
            [init @ .., last] => {
                let and = self.fixed("joiner-and")?;
                format!("{} {and} {last}", init.join(", "))
            }
        })
    }

    fn global_args(&self) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        for (k, v) in &self.globals {
            args.set(*k, FluentValue::from(v.clone()));
        }
        args
    }
}

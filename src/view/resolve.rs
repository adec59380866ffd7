//! Turning model texts and catalogue ids into strings of one language.

use fluent_bundle::{FluentArgs, FluentValue};

use super::data::Block;
use super::error::ViewError;
use super::flow::{self, Piece};
use super::rich::Rich;
use crate::i18n::Catalogue;
use crate::lang::Lang;
use crate::model::{Address, ArgValue, Date, Model, Namespace, Text};

/// The words of a text: in the column's language, or in a fallback.
enum Words {
    Column(String),
    Fallback(Lang, String),
}

/// Resolves texts in one language, with the variables every clause may use.
pub struct Resolver<'a> {
    /// The catalogue.
    pub catalogue: &'a Catalogue,
    /// The language.
    pub lang: Lang,
    /// The language an own text is taken in when it lacks `lang`.
    fallback: Option<Lang>,
    /// The language whose reader telephone numbers are written for: the
    /// column's own, or English on every column of a page that has an
    /// English one (one number, one form, across the page and its footer).
    phone_lang: Lang,
    globals: Vec<(&'static str, String)>,
}

impl<'a> Resolver<'a> {
    /// A resolver for `lang`, with the notice's global variables; `page`
    /// is every language of the document.
    pub fn new(
        catalogue: &'a Catalogue,
        lang: Lang,
        page: &[Lang],
        fallback: Option<Lang>,
        notice: &Model,
    ) -> Result<Self, ViewError> {
        let phone_lang = if page.contains(&Lang::En) {
            Lang::En
        } else {
            lang
        };
        let mut r = Resolver {
            catalogue,
            lang,
            fallback: fallback.filter(|&f| f != lang),
            phone_lang,
            globals: Vec::new(),
        };
        let names: Vec<&str> = notice.controllers.iter().map(|c| c.name.as_str()).collect();
        let controllers = r.join_and(&names)?;
        r.globals = vec![
            ("controllers", controllers),
            ("contact-email", notice.contact.email.clone()),
            (
                "contact-phone",
                notice
                    .contact
                    .phone
                    .as_deref()
                    .map_or_else(String::new, |p| r.phone(p, notice.country())),
            ),
        ];
        Ok(r)
    }

    /// A telephone number of a party in `country` as this language writes
    /// it (see [`super::phone`]).
    pub fn phone(&self, number: &str, country: &str) -> String {
        super::phone::written(number, country, self.phone_lang)
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

    /// A fixed message whose variables may hold fallbacks: the message is
    /// formatted around them, so that each keeps its language and marker.
    pub fn fixed_rich(&self, id: &str, vars: &[(&str, Rich)]) -> Result<Rich, ViewError> {
        if !vars.iter().any(|(_, v)| v.has_fallback()) {
            let plain: Vec<(&str, FluentValue)> = vars
                .iter()
                .map(|(k, v)| (*k, FluentValue::from(v.flatten())))
                .collect();
            return Ok(Rich::linked(&self.fixed_with(id, &plain)?));
        }
        // Private-use characters stand in for the variables, then the
        // formatted message is cut at them.
        let slot = |i: usize| format!("\u{e000}{i}\u{e001}");
        let stand_ins: Vec<(&str, FluentValue)> = vars
            .iter()
            .enumerate()
            .map(|(i, (k, _))| (*k, FluentValue::from(slot(i))))
            .collect();
        let formatted = self.fixed_with(id, &stand_ins)?;
        let mut out = Rich::default();
        let mut rest = formatted.as_str();
        while let Some(start) = rest.find('\u{e000}') {
            out.push_str(&rest[..start]);
            let after = &rest[start + '\u{e000}'.len_utf8()..];
            let end = after.find('\u{e001}').unwrap_or(after.len());
            if let Some((_, v)) = after[..end].parse::<usize>().ok().and_then(|i| vars.get(i)) {
                out.append(v.clone());
            }
            rest = after.get(end + '\u{e001}'.len_utf8()..).unwrap_or("");
        }
        out.push_str(rest);
        Ok(out)
    }

    /// A text of the model, its key looked up in `namespace`, as one run of
    /// text (a list item, a table cell, a name), its addresses linked. An
    /// own text that lacks the language is taken in the fallback language,
    /// if any, and marked.
    pub fn text(&self, namespace: Namespace, text: &Text) -> Result<Rich, ViewError> {
        Ok(match self.words(namespace, text)? {
            Words::Column(s) => Rich::linked(&s),
            Words::Fallback(lang, s) => {
                Rich::fallback(Rich::linked(&s), lang.code(), Some(self.marker(lang)?))
            }
        })
    }

    /// A text of the model printed as paragraphs: a catalogue clause is one,
    /// an own text may hold several and lists (see [`super::flow`]). A
    /// fallback is marked once, after its last paragraph or item.
    pub fn flow(&self, namespace: Namespace, text: &Text) -> Result<Vec<Block>, ViewError> {
        let (lang, s) = match self.words(namespace, text)? {
            Words::Column(s) if matches!(text, Text::Key(_)) => {
                return Ok(vec![Block::Para {
                    text: Rich::linked(&s),
                }]);
            }
            Words::Column(s) => (None, s),
            Words::Fallback(lang, s) => (Some(lang), s),
        };
        let pieces = flow::pieces(&s);
        let last = pieces.len().saturating_sub(1);
        let mut blocks = Vec::new();
        for (i, piece) in pieces.into_iter().enumerate() {
            // Every piece of a fallback is tagged with its language; the
            // reader is told once, at the end.
            let wrap = |s: &str, marked: bool| -> Result<Rich, ViewError> {
                Ok(match lang {
                    None => Rich::linked(s),
                    Some(l) => Rich::fallback(
                        Rich::linked(s),
                        l.code(),
                        if marked { Some(self.marker(l)?) } else { None },
                    ),
                })
            };
            blocks.push(match piece {
                Piece::Para(p) => Block::Para {
                    text: wrap(&p, i == last)?,
                },
                Piece::List(items) => {
                    let n = items.len();
                    Block::List {
                        items: items
                            .iter()
                            .enumerate()
                            .map(|(j, it)| wrap(it, i == last && j + 1 == n))
                            .collect::<Result<_, _>>()?,
                    }
                }
            });
        }
        Ok(blocks)
    }

    /// Paragraphs for each text of a list field.
    pub fn flows(&self, namespace: Namespace, texts: &[Text]) -> Result<Vec<Block>, ViewError> {
        let mut out = Vec::new();
        for t in texts {
            out.extend(self.flow(namespace, t)?);
        }
        Ok(out)
    }

    /// "(in Finnish)", in this language, for a text printed in `lang`.
    fn marker(&self, lang: Lang) -> Result<String, ViewError> {
        self.fixed_with(
            "fallback-marker",
            &[("lang", FluentValue::from(lang.code()))],
        )
    }

    /// The words of a text in this language, or in the fallback language.
    fn words(&self, namespace: Namespace, text: &Text) -> Result<Words, ViewError> {
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
                Ok(Words::Column(self.catalogue.format(
                    self.lang,
                    &id,
                    Some(&args),
                )?))
            }
            Text::Same { all } => Ok(Words::Column(all.clone())),
            Text::Own(own) => {
                if let Some(s) = own.get(self.lang) {
                    return Ok(Words::Column(s.to_string()));
                }
                self.fallback
                    .and_then(|f| own.get(f).map(|s| Words::Fallback(f, s.to_string())))
                    .ok_or(ViewError::MissingLanguage { lang: self.lang })
            }
        }
    }

    /// Texts of a list field.
    pub fn texts(&self, namespace: Namespace, texts: &[Text]) -> Result<Vec<Rich>, ViewError> {
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

    /// An address on one line ("Street 1, 00100 City") with its country as
    /// the language writes it: Finnish and Swedish leave out Finland, English
    /// always names the country.
    /// A postal address in this language: the line and the country's name
    /// (`address-line`), the country alone when only that is known, or the
    /// line alone when no country is (`default_country` stands in for a
    /// party without one of its own).
    pub fn address(
        &self,
        address: &Address,
        default_country: Option<&str>,
    ) -> Result<Option<String>, ViewError> {
        Ok(
            match (address.line(), address.country.or(default_country)) {
                (Some(line), Some(country)) => Some(self.address_line(&line, country)?),
                (None, Some(country)) if address.country.is_some() => Some(self.country(country)?),
                (line, _) => line,
            },
        )
    }

    fn address_line(&self, address: &str, country: &str) -> Result<String, ViewError> {
        self.fixed_with(
            "address-line",
            &[
                ("address", FluentValue::from(address.to_string())),
                (
                    "country-code",
                    FluentValue::from(country.to_ascii_uppercase()),
                ),
                ("country", FluentValue::from(self.country(country)?)),
            ],
        )
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Format, parse};

    const MODEL: &str = include_str!("../../tests/fixtures/complete.toml");

    #[test]
    fn dates_are_written_as_each_language_writes_them() {
        let loaded = parse(MODEL, Format::Toml).unwrap();
        let cat = Catalogue::builtin().unwrap();
        let date = |lang| {
            Resolver::new(cat, lang, &[lang], None, &loaded.notice)
                .unwrap()
                .date(loaded.notice.document.updated)
                .unwrap()
        };
        assert_eq!(date(Lang::Fi), "1.11.2026");
        assert_eq!(date(Lang::Sv), "1.11.2026");
        assert_eq!(date(Lang::En), "1 November 2026");
    }
}

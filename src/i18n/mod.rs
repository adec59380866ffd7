//! Every fixed string of a notice, in Finnish, Swedish and English.
//!
//! The catalogue is a set of Fluent files compiled into the binary
//! (`locales/<lang>/*.ftl`). A missing message or a formatting error is an
//! error, never silently replaced by the message id: a notice with a raw id
//! in it would be printed and handed to a customer.

#[cfg(test)]
mod completeness;
pub(crate) mod embedded;
mod nesting;
mod numbers;
mod variables;
mod wording;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, LazyLock};

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;

use crate::lang::Lang;

#[cfg(test)]
pub(crate) use embedded::FILES;
pub use fluent_bundle::{FluentArgs, FluentValue};
pub use variables::{message_counts, message_variables};
pub(crate) use wording::message_location;
pub use wording::{Wording, WordingProblems};

/// Why the catalogue could not be built or a message not formatted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CatalogueError {
    /// A Fluent file does not parse.
    #[error("{file}: invalid Fluent syntax: {detail}")]
    Syntax {
        /// The file, e.g. `fi/notice.ftl`.
        file: String,
        /// What the parser said.
        detail: String,
    },
    /// A message id is defined twice.
    #[error("{file}: message '{id}' is defined twice")]
    Duplicate {
        /// The file.
        file: String,
        /// The id.
        id: String,
    },
    /// A message asked for does not exist.
    #[error("the catalogue has no message '{id}' in {lang}")]
    Missing {
        /// The id.
        id: String,
        /// The language.
        lang: Lang,
    },
    /// Formatting failed, e.g. a variable was not given.
    #[error("message '{id}' in {lang} could not be formatted: {detail}")]
    Format {
        /// The id.
        id: String,
        /// The language.
        lang: Lang,
        /// What Fluent said.
        detail: String,
    },
}

/// One language's messages. Resources are shared (`Arc`), so that a catalogue
/// with an organisation's wording reuses the built-in resources as they are.
type Bundle = FluentBundle<Arc<FluentResource>>;

/// The messages of all three languages.
pub struct Catalogue {
    bundles: BTreeMap<Lang, Bundle>,
    /// Message ids with the variables they use (the same in every language,
    /// which a test proves).
    variables: BTreeMap<String, BTreeSet<String>>,
    /// Message ids with the variables they count with (a plural or number
    /// selector), in any language.
    counts: BTreeMap<String, BTreeSet<String>>,
    /// The parsed resources in the order they were added, per language.
    resources: Vec<(Lang, Arc<FluentResource>)>,
}

impl std::fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalogue")
            .field("messages", &self.variables.len())
            .field("resources", &self.resources.len())
            .finish_non_exhaustive()
    }
}

static BUILTIN: LazyLock<Result<Catalogue, CatalogueError>> = LazyLock::new(|| {
    Catalogue::from_sources(embedded::FILES.iter().map(|f| (f.lang, f.name, f.text)))
});

impl Catalogue {
    /// The catalogue compiled into seloste.
    pub fn builtin() -> Result<&'static Catalogue, CatalogueError> {
        BUILTIN.as_ref().map_err(Clone::clone)
    }

    /// Builds a catalogue from Fluent sources: `(language, file name, text)`.
    pub fn from_sources<'a>(
        sources: impl IntoIterator<Item = (Lang, &'a str, &'a str)>,
    ) -> Result<Catalogue, CatalogueError> {
        let mut bundles = BTreeMap::new();
        let mut variables = BTreeMap::new();
        let mut counts: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut resources = Vec::new();
        for (lang, name, text) in sources {
            let file = format!("{lang}/{name}");
            // The same limits as an organisation's wording: the parser
            // recurses, and the formatter trusts the NUMBER options.
            if let Err(deep) = nesting::check(text) {
                return Err(CatalogueError::Syntax {
                    file,
                    detail: format!(
                        "placeables nested deeper than {} levels at byte {}",
                        nesting::MAX_NESTING,
                        deep.offset
                    ),
                });
            }
            let resource = FluentResource::try_new(text.to_string()).map_err(|(_, errs)| {
                CatalogueError::Syntax {
                    file: file.clone(),
                    detail: format!("{:?}", errs.first()),
                }
            })?;
            if let Some(bad) = numbers::check_options(resource.entries()).first() {
                return Err(CatalogueError::Syntax {
                    file,
                    detail: bad.to_string(),
                });
            }
            for (id, vars) in message_variables(resource.entries()) {
                if lang == Lang::Fi {
                    variables.insert(id, vars);
                }
            }
            for (id, vars) in message_counts(resource.entries()) {
                counts.entry(id).or_default().extend(vars);
            }
            let resource = Arc::new(resource);
            resources.push((lang, Arc::clone(&resource)));
            let bundle = bundles.entry(lang).or_insert_with(|| new_bundle(lang));
            bundle.add_resource(resource).map_err(|errs| {
                let id = errs
                    .iter()
                    .find_map(|e| match e {
                        fluent_bundle::FluentError::Overriding { id, .. } => Some(id.clone()),
                        _ => None,
                    })
                    .unwrap_or_default();
                CatalogueError::Duplicate { file, id }
            })?;
        }
        Ok(Catalogue {
            bundles,
            variables,
            counts,
            resources,
        })
    }

    /// This catalogue with an organisation's messages added, replacing
    /// messages of the same id. The resources of `self` are shared, not
    /// parsed again; the wording has been checked when it was read.
    pub fn with_wording(&self, wording: &Wording) -> Catalogue {
        let mut bundles: BTreeMap<Lang, Bundle> = BTreeMap::new();
        let mut resources = self.resources.clone();
        for (lang, res) in &self.resources {
            let b = bundles.entry(*lang).or_insert_with(|| new_bundle(*lang));
            b.add_resource_overriding(Arc::clone(res));
        }
        let mut variables = self.variables.clone();
        for file in &wording.files {
            let b = bundles
                .entry(file.lang)
                .or_insert_with(|| new_bundle(file.lang));
            b.add_resource_overriding(Arc::clone(&file.resource));
            resources.push((file.lang, Arc::clone(&file.resource)));
        }
        variables.extend(wording.variables.clone());
        // A replaced message counts with what its replacement counts with.
        let mut counts = self.counts.clone();
        for id in wording.variables.keys() {
            counts.remove(id);
        }
        for file in &wording.files {
            for (id, vars) in message_counts(file.resource.entries()) {
                counts.entry(id).or_default().extend(vars);
            }
        }
        Catalogue {
            bundles,
            variables,
            counts,
            resources,
        }
    }

    /// Whether a message exists.
    pub fn contains(&self, id: &str) -> bool {
        self.variables.contains_key(id)
    }

    /// All message ids, sorted.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.variables.keys().map(String::as_str)
    }

    /// Whether the message `id` counts with `var`: selects a plural form
    /// or an exact number by it, so that it is a count of something.
    pub fn counts_with(&self, id: &str, var: &str) -> bool {
        self.counts.get(id).is_some_and(|v| v.contains(var))
    }

    /// The variables a message uses.
    pub fn variables(&self, id: &str) -> Option<&BTreeSet<String>> {
        self.variables.get(id)
    }

    /// Formats a message.
    pub fn format(
        &self,
        lang: Lang,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Result<String, CatalogueError> {
        let missing = || CatalogueError::Missing {
            id: id.to_string(),
            lang,
        };
        let bundle = self.bundles.get(&lang).ok_or_else(missing)?;
        let pattern = bundle
            .get_message(id)
            .and_then(|m| m.value())
            .ok_or_else(missing)?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if let Some(e) = errors.first() {
            return Err(CatalogueError::Format {
                id: id.to_string(),
                lang,
                detail: e.to_string(),
            });
        }
        Ok(text.into_owned())
    }

    /// Formats a message, returning its text and every error Fluent met
    /// (a missing message is an error too): for judging an organisation's
    /// wording, which must format without any.
    pub(crate) fn format_collecting(
        &self,
        lang: Lang,
        id: &str,
        args: &FluentArgs,
    ) -> (String, Vec<fluent_bundle::FluentError>) {
        let missing = || {
            fluent_bundle::FluentError::ResolverError(
                fluent_bundle::resolver::ResolverError::Reference(
                    fluent_bundle::resolver::errors::ReferenceKind::Message {
                        id: id.to_string(),
                        attribute: None,
                    },
                ),
            )
        };
        let Some(bundle) = self.bundles.get(&lang) else {
            return (String::new(), vec![missing()]);
        };
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return (String::new(), vec![missing()]);
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(args), &mut errors);
        (text.into_owned(), errors)
    }

    /// Formats a message that takes no variables.
    pub fn text(&self, lang: Lang, id: &str) -> Result<String, CatalogueError> {
        self.format(lang, id, None)
    }
}

/// An empty bundle for `lang`, set up as every catalogue needs it.
fn new_bundle(lang: Lang) -> Bundle {
    let langid = lang
        .code()
        .parse()
        .expect("fi, sv and en are valid language ids");
    let mut b = FluentBundle::new_concurrent(vec![langid]);
    // Isolation marks (U+2068/9) would end up in the PDF's text.
    b.set_use_isolating(false);
    // Numbers as the language writes them: 1,5 and 12 000 in fi and sv.
    b.set_formatter(Some(numbers::formatter(lang)));
    b.add_builtins()
        .expect("a new bundle has no functions to clash with");
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_without_isolation_marks_and_refuses_missing_variables() {
        let cat =
            Catalogue::from_sources([(Lang::Fi, "t.ftl", "hello = Hei { $name }!\n")]).unwrap();
        let mut args = FluentArgs::new();
        args.set("name", "Maija");
        assert_eq!(
            cat.format(Lang::Fi, "hello", Some(&args)).unwrap(),
            "Hei Maija!"
        );
        assert!(matches!(
            cat.format(Lang::Fi, "hello", None),
            Err(CatalogueError::Format { .. })
        ));
        assert!(matches!(
            cat.text(Lang::Fi, "nothing"),
            Err(CatalogueError::Missing { .. })
        ));
    }

    #[test]
    fn duplicates_are_refused() {
        let r = Catalogue::from_sources([(Lang::Fi, "t.ftl", "a = 1\na = 2\n")]);
        assert!(matches!(r, Err(CatalogueError::Duplicate { .. })));
    }

    #[test]
    fn the_builtin_catalogue_loads() {
        let cat = Catalogue::builtin().unwrap();
        assert!(cat.contains("doc-title"));
        for lang in Lang::ALL {
            assert!(!cat.text(lang, "doc-title").unwrap().is_empty());
        }
    }
}

//! The catalogue as the tests know it: `locales/<lang>/*.ftl` read as text
//! and formatted with fluent-bundle directly, never through seloste's own
//! catalogue, so that an expected text cannot share a bug with the code
//! that prints it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use seloste::Lang;

/// The variables seloste gives every message itself (from the model's
/// controllers and contact), which a clause never asks the model for.
pub const GLOBAL_VARIABLES: [&str; 3] = ["controllers", "contact-email", "contact-phone"];

/// The messages of the three languages.
pub struct Ftl {
    bundles: BTreeMap<Lang, FluentBundle<FluentResource>>,
    variables: BTreeMap<String, BTreeSet<String>>,
}

static BUILTIN: OnceLock<Ftl> = OnceLock::new();

impl Ftl {
    /// The notice's catalogue of the repository's `locales/`: its fixed
    /// texts, clauses and starter model (the diagnostics' files are a
    /// catalogue of their own).
    pub fn builtin() -> &'static Ftl {
        BUILTIN.get_or_init(|| {
            let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
            let mut bundles = BTreeMap::new();
            let mut variables = BTreeMap::new();
            for lang in Lang::ALL {
                let mut bundle = FluentBundle::new_concurrent(vec![
                    lang.code().parse().expect("a language tag"),
                ]);
                bundle.set_use_isolating(false);
                bundle.add_builtins().expect("NUMBER is added once");
                let dir = root.join(lang.code());
                let mut files: Vec<_> = std::fs::read_dir(&dir)
                    .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
                    .map(|e| e.unwrap().path())
                    .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
                    .filter(|p| {
                        ["notice.ftl", "clauses.ftl", "starter.ftl"]
                            .iter()
                            .any(|n| p.ends_with(n))
                    })
                    .collect();
                files.sort();
                for file in files {
                    let text = std::fs::read_to_string(&file).unwrap();
                    let resource = FluentResource::try_new(text)
                        .unwrap_or_else(|_| panic!("{} does not parse", file.display()));
                    for entry in resource.entries() {
                        if let Entry::Message(m) = entry {
                            let vars = variables.entry(m.id.name.to_string()).or_default();
                            if let Some(p) = &m.value {
                                pattern(p, vars);
                            }
                            for a in &m.attributes {
                                pattern(&a.value, vars);
                            }
                        }
                    }
                    bundle
                        .add_resource(resource)
                        .unwrap_or_else(|e| panic!("{}: {e:?}", file.display()));
                }
                bundles.insert(lang, bundle);
            }
            Ftl { bundles, variables }
        })
    }

    /// Every message id.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.variables.keys().map(String::as_str)
    }

    /// The variables a message uses, in any language.
    pub fn variables(&self, id: &str) -> Option<&BTreeSet<String>> {
        self.variables.get(id)
    }

    /// A message formatted in `lang`; an error when it is missing or a
    /// variable is not given.
    pub fn format(
        &self,
        lang: Lang,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Result<String, String> {
        let bundle = &self.bundles[&lang];
        let pattern = bundle
            .get_message(id)
            .and_then(|m| m.value())
            .ok_or_else(|| format!("no message '{id}' in {lang:?}"))?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        match errors.first() {
            Some(e) => Err(format!("'{id}' in {lang:?}: {e}")),
            None => Ok(text.into_owned()),
        }
    }

    /// A message that takes no variables.
    pub fn text(&self, lang: Lang, id: &str) -> Result<String, String> {
        self.format(lang, id, None)
    }
}

fn pattern(p: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expr(expression, vars);
        }
    }
}

fn expr(e: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        Expression::Inline(i) => inline(i, vars),
        Expression::Select { selector, variants } => {
            inline(selector, vars);
            for v in variants {
                pattern(&v.value, vars);
            }
        }
    }
}

fn inline(e: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline(a, vars);
            }
            for a in &arguments.named {
                inline(&a.value, vars);
            }
        }
        InlineExpression::Placeable { expression } => expr(expression, vars),
        _ => {}
    }
}

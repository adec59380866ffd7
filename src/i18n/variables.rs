//! The variables a Fluent message uses, read from its syntax tree.
//!
//! Needed twice: to check that a model gives a clause every variable it
//! needs, and to prove that a message has the same variables in every
//! language (a translator who drops `$years` breaks the notice silently).

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Message, Pattern, PatternElement, VariantKey,
};

/// Each message of a resource with the names of the variables it uses.
pub fn message_variables<'a, S: AsRef<str> + 'a>(
    entries: impl Iterator<Item = &'a Entry<S>>,
) -> BTreeMap<String, BTreeSet<String>> {
    messages(entries)
        .map(|m| {
            (
                m.id.name.as_ref().to_string(),
                variables_of(m).into_iter().collect(),
            )
        })
        .collect()
}

/// The messages of a resource, without its terms and comments.
pub fn messages<'a, S: AsRef<str> + 'a>(
    entries: impl Iterator<Item = &'a Entry<S>>,
) -> impl Iterator<Item = &'a Message<S>> {
    entries.filter_map(|entry| match entry {
        Entry::Message(m) => Some(m),
        _ => None,
    })
}

/// The names of the variables one message uses, sorted, each once: a list
/// rather than a set, since a wording may hold tens of thousands of
/// messages and a set costs hundreds of bytes for the one or two names a
/// message has.
pub fn variables_of<S: AsRef<str>>(m: &Message<S>) -> Vec<String> {
    let mut vars = BTreeSet::new();
    if let Some(p) = &m.value {
        pattern(p, &mut vars);
    }
    for a in &m.attributes {
        pattern(&a.value, &mut vars);
    }
    vars.into_iter().collect()
}

/// Each message of a resource with the variables it counts with: those a
/// select expression chooses a plural form or an exact number by
/// (`{ $years -> [one] … *[other] … }`). Such a variable is a count.
pub fn message_counts<'a, S: AsRef<str> + 'a>(
    entries: impl Iterator<Item = &'a Entry<S>>,
) -> BTreeMap<String, BTreeSet<String>> {
    fn in_pattern<S: AsRef<str>>(p: &Pattern<S>, out: &mut BTreeSet<String>) {
        for el in &p.elements {
            if let PatternElement::Placeable { expression } = el {
                in_expr(expression, out);
            }
        }
    }
    fn in_expr<S: AsRef<str>>(e: &Expression<S>, out: &mut BTreeSet<String>) {
        match e {
            Expression::Inline(InlineExpression::Placeable { expression }) => {
                in_expr(expression, out);
            }
            Expression::Inline(_) => {}
            Expression::Select { selector, variants } => {
                let plural = variants.iter().any(|v| match &v.key {
                    VariantKey::NumberLiteral { .. } => true,
                    VariantKey::Identifier { name } => {
                        matches!(name.as_ref(), "zero" | "one" | "two" | "few" | "many")
                    }
                });
                let var = match selector {
                    InlineExpression::VariableReference { id } => Some(id),
                    InlineExpression::FunctionReference { id, arguments }
                        if id.name.as_ref() == "NUMBER" =>
                    {
                        match arguments.positional.first() {
                            Some(InlineExpression::VariableReference { id }) => Some(id),
                            _ => None,
                        }
                    }
                    _ => None,
                };
                if plural && let Some(id) = var {
                    out.insert(id.name.as_ref().to_string());
                }
                for v in variants {
                    in_pattern(&v.value, out);
                }
            }
        }
    }
    let mut out = BTreeMap::new();
    for entry in entries {
        if let Entry::Message(m) = entry {
            let mut counts = BTreeSet::new();
            if let Some(p) = &m.value {
                in_pattern(p, &mut counts);
            }
            for a in &m.attributes {
                in_pattern(&a.value, &mut counts);
            }
            out.insert(m.id.name.as_ref().to_string(), counts);
        }
    }
    out
}

fn pattern<S: AsRef<str>>(p: &Pattern<S>, vars: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expr(expression, vars);
        }
    }
}

fn expr<S: AsRef<str>>(e: &Expression<S>, vars: &mut BTreeSet<String>) {
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

fn inline<S: AsRef<str>>(e: &InlineExpression<S>, vars: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.as_ref().to_string());
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_variables_in_selectors_and_variants() {
        let src = "a = { $n ->\n    [one] one { $what }\n   *[other] { $n }\n}\nb = plain\n";
        let res = fluent_syntax::parser::parse(src).unwrap();
        let vars = message_variables(res.body.iter());
        assert_eq!(
            vars["a"],
            BTreeSet::from(["n".to_string(), "what".to_string()])
        );
        assert!(vars["b"].is_empty());
        let counts = message_counts(res.body.iter());
        assert_eq!(counts["a"], BTreeSet::from(["n".to_string()]));
        let src = "c = { $lang ->\n    [fi] suomi\n   *[other] { NUMBER($k) -> \n  [0] none\n *[other] some\n}\n}\n";
        let res = fluent_syntax::parser::parse(src).unwrap();
        let counts = message_counts(res.body.iter());
        assert_eq!(counts["c"], BTreeSet::from(["k".to_string()]));
    }
}

//! The variables a Fluent message uses, read from its syntax tree.
//!
//! Needed twice: to check that a model gives a clause every variable it
//! needs, and to prove that a message has the same variables in every
//! language (a translator who drops `$years` breaks the notice silently).

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// Each message of a resource with the names of the variables it uses.
pub fn message_variables<'a, S: AsRef<str> + 'a>(
    entries: impl Iterator<Item = &'a Entry<S>>,
) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for entry in entries {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern(p, &mut vars);
            }
            for a in &m.attributes {
                pattern(&a.value, &mut vars);
            }
            out.insert(m.id.name.as_ref().to_string(), vars);
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
    }
}

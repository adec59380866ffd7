//! How deeply a Fluent file nests, measured before it is parsed.
//!
//! fluent-syntax parses a placeable inside a placeable by recursion, and
//! the syntax tree it builds is walked and dropped by recursion too: 30 000
//! nested `{ { … } }` in an organisation's wording overflow the stack and
//! abort the process, in `check` as in `render`. The parser cannot be told
//! to stop, so the text is scanned first, without recursion, and a file that
//! nests deeper than [`MAX_NESTING`] is refused before it reaches the parser.
//!
//! The scan follows the parts of Fluent's grammar that nest: a placeable
//! (`{ … }`), a function's or term's arguments (`NUMBER( … )`) and the
//! variants of a select expression (`[one] …`). It knows where a string
//! literal is (only inside an expression; `"` in text is text) and where a
//! new entry starts (a line `id =`, `-term =` or `# comment` at the margin,
//! where the parser starts afresh even after an error). Every level the
//! parser recurses into is a level of the scan, so the scan's depth is never
//! below the parser's; on a file with syntax errors it may count more, which
//! only matters for a file that is refused anyway.

/// The deepest nesting of placeables, arguments and variants a wording
/// file may have. Real messages nest two or three levels (a select inside a
/// placeable, a `NUMBER(…)` in a variant); Fluent formats at most 100
/// placeables per message anyway. Deep enough for any message, shallow
/// enough for any thread's stack.
pub const MAX_NESTING: usize = 100;

/// Where a file nests too deeply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TooDeep {
    /// The byte offset of the opening that goes past [`MAX_NESTING`].
    pub offset: usize,
    /// The id of the message (or `-term`) it is in, if the scan saw one.
    pub id: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Level {
    /// Inside `{ … }`: an expression, where `"` starts a string literal.
    Expr,
    /// Inside the arguments of a call, `( … )`: an expression too.
    Args,
    /// The text of a select expression's variant, after `[key]`.
    Variant,
}

/// Checks that `text` nests no deeper than [`MAX_NESTING`].
pub fn check(text: &str) -> Result<(), TooDeep> {
    depth(text, MAX_NESTING).map(|_| ())
}

/// The deepest nesting of `text`, or where it first goes past `limit`.
fn depth(text: &str, limit: usize) -> Result<usize, TooDeep> {
    let bytes = text.as_bytes();
    let mut stack: Vec<Level> = Vec::new();
    let mut id: Option<&str> = None;
    let mut deepest = 0;
    let mut i = 0;
    let mut line_start = true;
    while i < bytes.len() {
        if line_start {
            line_start = false;
            let line = &text[i..];
            if line.starts_with('#') {
                // A comment, wherever the scan thought it was: the parser
                // starts a new entry here too.
                stack.clear();
                id = None;
                i = line.find('\n').map_or(bytes.len(), |n| i + n + 1);
                line_start = true;
                continue;
            }
            let in_expr = matches!(stack.last(), Some(Level::Expr | Level::Args));
            if let Some(entry) = entry_start(line) {
                stack.clear();
                id = Some(entry);
            } else if !in_expr && line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-') {
                // Text ends at a line at the margin; whatever follows is a
                // new entry or junk the parser skips.
                stack.clear();
                id = None;
            } else if stack.last() == Some(&Level::Variant)
                && line.trim_start_matches(' ').starts_with(['[', '*'])
            {
                // The next variant of the same select expression.
                stack.pop();
            }
        }
        let b = bytes[i];
        let top = stack.last().copied();
        match (top, b) {
            (_, b'\n') => line_start = true,
            (Some(Level::Expr | Level::Args), b'"') => {
                // A string literal: up to the closing quote or the line end.
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' && bytes[i] != b'\n' {
                    let escaped = bytes[i] == b'\\' && bytes.get(i + 1) != Some(&b'\n');
                    i += if escaped { 2 } else { 1 };
                }
                if i < bytes.len() && bytes[i] == b'\n' {
                    continue;
                }
            }
            (_, b'{') => stack.push(Level::Expr),
            (Some(Level::Expr | Level::Args), b'(') => stack.push(Level::Args),
            (Some(Level::Expr), b']') => stack.push(Level::Variant),
            (Some(Level::Expr), b'}') => {
                stack.pop();
            }
            (Some(Level::Variant), b'}') => {
                // Closes the select expression the variant is in.
                stack.pop();
                stack.pop();
            }
            (Some(Level::Args), b')') => {
                stack.pop();
            }
            _ => {}
        }
        deepest = deepest.max(stack.len());
        if stack.len() > limit {
            return Err(TooDeep {
                offset: i,
                id: id.map(str::to_string),
            });
        }
        i += 1;
    }
    Ok(deepest)
}

/// The id if `line` starts an entry: `id =` or `-term =` at the margin.
fn entry_start(line: &str) -> Option<&str> {
    let name_len = line
        .strip_prefix('-')
        .unwrap_or(line)
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'-')
        .count();
    let dash = usize::from(line.starts_with('-'));
    let (name, rest) = line.split_at(dash + name_len);
    let first = name[dash..].bytes().next()?;
    (first.is_ascii_alphabetic() && rest.trim_start_matches(' ').starts_with('=')).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

    /// The depth of the syntax tree the parser builds, in the scan's levels.
    fn ast_depth(text: &str) -> usize {
        let res = match fluent_syntax::parser::parse(text) {
            Ok(r) | Err((r, _)) => r,
        };
        fn pattern(p: &Pattern<&str>, in_variant: bool) -> usize {
            let own = usize::from(in_variant);
            let inner = p
                .elements
                .iter()
                .map(|e| match e {
                    PatternElement::Placeable { expression } => expr(expression),
                    PatternElement::TextElement { .. } => 0,
                })
                .max()
                .unwrap_or(0);
            own + inner
        }
        fn expr(e: &Expression<&str>) -> usize {
            1 + match e {
                Expression::Inline(i) => inline(i),
                Expression::Select { selector, variants } => inline(selector).max(
                    variants
                        .iter()
                        .map(|v| pattern(&v.value, true))
                        .max()
                        .unwrap_or(0),
                ),
            }
        }
        fn inline(e: &InlineExpression<&str>) -> usize {
            match e {
                InlineExpression::FunctionReference { arguments, .. }
                | InlineExpression::TermReference {
                    arguments: Some(arguments),
                    ..
                } => {
                    1 + arguments
                        .positional
                        .iter()
                        .chain(arguments.named.iter().map(|n| &n.value))
                        .map(inline)
                        .max()
                        .unwrap_or(0)
                }
                InlineExpression::Placeable { expression } => expr(expression),
                _ => 0,
            }
        }
        res.body
            .iter()
            .map(|e| match e {
                Entry::Message(m) => m
                    .value
                    .iter()
                    .chain(m.attributes.iter().map(|a| &a.value))
                    .map(|p| pattern(p, false))
                    .max()
                    .unwrap_or(0),
                Entry::Term(t) => pattern(&t.value, false),
                _ => 0,
            })
            .max()
            .unwrap_or(0)
    }

    #[test]
    fn real_messages_are_shallow() {
        let src = "# { not counted\nm = Hei { $n ->\n    [one] yksi \"lainaus\n   *[other] { NUMBER($n, minimumFractionDigits: 1) } \"x\"\n}!\n";
        assert_eq!(depth(src, 100).unwrap(), ast_depth(src));
        assert_eq!(depth(src, 100).unwrap(), 4);
        for f in crate::i18n::FILES {
            assert!(depth(f.text, 100).unwrap() <= 6, "{}", f.name);
        }
    }

    #[test]
    fn deep_nesting_is_found_before_parsing() {
        let n = 30_000;
        let src = format!("a = b\nm = x {}\"a\"{}\n", "{ ".repeat(n), " }".repeat(n));
        let e = check(&src).unwrap_err();
        assert_eq!(e.id.as_deref(), Some("m"));
        assert_eq!(e.offset, 12 + 2 * MAX_NESTING);
    }

    #[test]
    fn strings_and_text_do_not_hide_or_close_levels() {
        // A brace in a string literal is no level; a quote in text starts no string.
        assert_eq!(depth("m = { \"{\" }\n", 100).unwrap(), 1);
        assert_eq!(depth("m = \"{ { \"}\" } }\n", 100).unwrap(), 2);
        // Call arguments nest without braces.
        let calls = format!("m = {{ {}$x{} }}\n", "NUMBER(".repeat(200), ")".repeat(200));
        assert!(check(&calls).is_err());
        // Lines at the margin inside an expression do not reset the count.
        let lines = format!("m = {{ F(\n{}", "a, { F(\n".repeat(100));
        assert!(check(&lines).is_err());
    }

    /// A small deterministic generator of Fluent-like text: the scan's depth
    /// is never below the depth of the tree the parser builds.
    #[test]
    fn the_scan_never_counts_less_than_the_parser() {
        const PIECES: &[&str] = &[
            "{ ",
            " }",
            "\"",
            "\"{\"",
            "\"}\"",
            "$n",
            " -> ",
            "\n  [one] ",
            "\n *[other] ",
            "]",
            "[",
            "F(",
            ")",
            ", ",
            "-t(",
            "\n",
            "\nm = ",
            "\n# c ",
            "\n-t = ",
            " x ",
            "\\\"",
            "\nid",
            "\n}",
            "{ $n ->\n *[o] ",
            "NUMBER($n, a: 1)",
            ".",
            "\n  .a = ",
        ];
        let mut seed: u64 = 0x5e10_57e0;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..20_000 {
            let mut s = String::from("m = ");
            for _ in 0..(next() % 40) {
                s.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
            }
            s.push('\n');
            let scanned = depth(&s, usize::MAX).unwrap();
            let parsed = ast_depth(&s);
            assert!(scanned >= parsed, "{s:?}: scan {scanned} < tree {parsed}");
        }
    }
}

//! The shape of a model file, counted before it is parsed.
//!
//! Parsing costs memory by the number of keys, values and tables, not by
//! bytes: 600 KB of TOML written as one key of 300 000 dotted parts are
//! 300 000 nested tables, about 85 MiB once parsed (and parsed twice: for
//! the model and for the positions of its fields). A notice model has a few
//! hundred keys and values and nests five or six levels. So the text is
//! scanned first, in one pass and without building anything, and a file
//! with more than [`MAX_ITEMS`] keys and values, or nested deeper than
//! [`MAX_DEPTH`], is refused at the place it crosses the limit; a model
//! within the limits costs at most a few times its size to parse.

use super::Format;

/// The most keys, values and tables a model file may hold: a model at
/// every limit of docs/model.md has about 2 000, the examples 100 to 250.
pub const MAX_ITEMS: usize = 10_000;

/// How deeply a model file may nest tables, arrays and the parts of dotted
/// keys: a model nests at most six levels
/// (`recipients.processors[0].service.fi`).
pub const MAX_DEPTH: usize = 12;

/// Where and how a file crosses a limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverLimit {
    /// The byte offset at which it does.
    pub offset: usize,
    /// Which limit: the items or the depth.
    pub what: Limit,
}

/// The limits a model file's shape is held to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// More than [`MAX_ITEMS`] keys and values.
    Items,
    /// Nested deeper than [`MAX_DEPTH`].
    Depth,
}

/// Scans `text` and says where it first crosses a limit, if it does.
pub fn check(text: &str, format: Format) -> Result<(), OverLimit> {
    match format {
        Format::Toml => scan_toml(text.as_bytes()),
        Format::Json => scan_json(text.as_bytes()),
    }
}

/// Counts for a scan.
struct Counter {
    items: usize,
    stack: Vec<u8>,
}

impl Counter {
    fn new() -> Self {
        Counter {
            items: 0,
            stack: Vec::new(),
        }
    }

    fn item(&mut self, offset: usize) -> Result<(), OverLimit> {
        self.items += 1;
        if self.items > MAX_ITEMS {
            return Err(OverLimit {
                offset,
                what: Limit::Items,
            });
        }
        Ok(())
    }

    fn depth(&self, extra: usize, offset: usize) -> Result<(), OverLimit> {
        if self.stack.len() + extra > MAX_DEPTH {
            return Err(OverLimit {
                offset,
                what: Limit::Depth,
            });
        }
        Ok(())
    }

    fn open(&mut self, c: u8, offset: usize, extra: usize) -> Result<(), OverLimit> {
        self.stack.push(c);
        self.depth(extra, offset)?;
        self.item(offset)
    }

    fn in_array(&self) -> bool {
        self.stack.last() == Some(&b'[')
    }
}

/// The end of a string that starts at `i` with `quote` (one byte, or three
/// for a multi-line string); `escapes` where a backslash escapes.
fn string_end(b: &[u8], i: usize, quote: u8, escapes: bool) -> usize {
    let triple = b.get(i..i + 3) == Some(&[quote; 3][..]);
    let mut j = i + if triple { 3 } else { 1 };
    while j < b.len() {
        let c = b[j];
        if escapes && c == b'\\' {
            j += 2;
            continue;
        }
        if triple {
            if b.get(j..j + 3) == Some(&[quote; 3][..]) {
                // Up to two more quotes belong to the string.
                let mut end = j + 3;
                while end < b.len() && end < j + 5 && b[end] == quote {
                    end += 1;
                }
                return end;
            }
        } else if c == quote {
            return j + 1;
        } else if c == b'\n' {
            return j;
        }
        j += 1;
    }
    b.len()
}

/// TOML: `=` is a key, `,` in an array a value, `[` and `{` a table or an
/// array, and each `.` a part of a dotted key (or of a number, which only
/// counts more). The parts of a key count towards its depth.
fn scan_toml(b: &[u8]) -> Result<(), OverLimit> {
    let mut n = Counter::new();
    let mut parts = 0usize;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'"' | b'\'' => {
                i = string_end(b, i, c, c == b'"');
                continue;
            }
            b'[' | b'{' => n.open(c, i, parts)?,
            b']' | b'}' => {
                n.stack.pop();
            }
            b'=' => {
                n.item(i)?;
                parts = 0;
            }
            b',' => {
                if n.in_array() {
                    n.item(i)?;
                }
                parts = 0;
            }
            b'.' => {
                parts += 1;
                n.depth(parts + 1, i)?;
            }
            b'\n' => parts = 0,
            _ => {}
        }
        i += 1;
    }
    Ok(())
}

/// JSON: `:` is a key, `,` in an array a value, `[` and `{` an array or
/// an object.
fn scan_json(b: &[u8]) -> Result<(), OverLimit> {
    let mut n = Counter::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b'"' => {
                i = string_end(b, i, b'"', true);
                continue;
            }
            b'[' | b'{' => n.open(c, i, 0)?,
            b']' | b'}' => {
                n.stack.pop();
            }
            b':' => n.item(i)?,
            b',' if n.in_array() => n.item(i)?,
            _ => {}
        }
        i += 1;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toml(text: &str) -> Result<(), OverLimit> {
        check(text, Format::Toml)
    }

    #[test]
    fn real_models_are_far_within_the_limits() {
        for text in [
            include_str!("../../examples/iljoja.toml"),
            include_str!("../../examples/puutarhapuoti.toml"),
            include_str!("../../tests/fixtures/every-namespace.toml"),
        ] {
            assert_eq!(toml(text), Ok(()));
        }
    }

    #[test]
    fn strings_and_comments_do_not_count() {
        let text = format!(
            "a = \"{}\"\nb = '''{}'''\n# {}\nc = \"\"\"x\\\"\"\"{}\"\"\"\n",
            "x.".repeat(50_000),
            "[".repeat(50_000),
            "=".repeat(50_000),
            ",".repeat(10)
        );
        assert_eq!(toml(&text), Ok(()));
        let json = format!("{{\"a\": \"{}\\\"[[[\"}}", ":".repeat(50_000));
        assert_eq!(check(&json, Format::Json), Ok(()));
    }

    #[test]
    fn keys_values_and_depth_are_counted() {
        let keys: String = (0..MAX_ITEMS + 1).map(|i| format!("k{i} = 1\n")).collect();
        let e = toml(&keys).unwrap_err();
        assert_eq!(e.what, Limit::Items);
        assert_eq!(e.offset, keys.match_indices('=').nth(MAX_ITEMS).unwrap().0);
        let values = format!("a = [{}1]", "1, ".repeat(MAX_ITEMS));
        assert_eq!(toml(&values).unwrap_err().what, Limit::Items);
        let dotted = format!("{}k = 1", "k.".repeat(300_000));
        let e = toml(&dotted).unwrap_err();
        assert_eq!((e.what, e.offset), (Limit::Depth, 2 * (MAX_DEPTH - 1) + 1));
        let deep = format!("a = {}1{}", "[".repeat(100), "]".repeat(100));
        assert_eq!(toml(&deep).unwrap_err().what, Limit::Depth);
        assert_eq!(
            toml(&format!("a = {}1{}", "[".repeat(5), "]".repeat(5))),
            Ok(())
        );
        let json = format!("{}1{}", "[".repeat(100), "]".repeat(100));
        assert_eq!(check(&json, Format::Json).unwrap_err().what, Limit::Depth);
    }
}

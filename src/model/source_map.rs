//! The line and column of a field in the model's source text.
//!
//! Serde forgets positions once a value is built, but the checks that run
//! after parsing (business IDs, catalogue keys, languages) must still point
//! at a line. The TOML source is parsed a second time with `toml_edit`, which
//! keeps spans, and a [`FieldPath`] is walked through it on demand.

use super::toml_walk::Node;
use crate::diagnostic::{FieldPath, Location};

/// Positions of the fields of one model file.
#[derive(Debug)]
pub struct SourceMap {
    text: String,
    toml: Option<toml_edit::Document<String>>,
}

impl SourceMap {
    /// A map for a TOML file; positions are found for every field.
    pub fn toml(text: &str) -> Self {
        SourceMap {
            text: text.to_string(),
            toml: toml_edit::Document::parse(text.to_string()).ok(),
        }
    }

    /// A map that knows no field positions (JSON): only byte offsets resolve.
    pub fn plain(text: &str) -> Self {
        SourceMap {
            text: text.to_string(),
            toml: None,
        }
    }

    /// The line and column of a byte offset.
    pub fn location_of_offset(&self, offset: usize) -> Location {
        Self::location_in(&self.text, offset)
    }

    /// The line and column of a byte offset of `text`.
    pub(crate) fn location_in(text: &str, offset: usize) -> Location {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        Location { line, column }
    }

    /// Where the value at `path` starts, or the nearest enclosing value that
    /// exists (a missing field is reported at its table).
    pub fn locate(&self, path: &FieldPath) -> Option<Location> {
        let doc = self.toml.as_ref()?;
        let mut node = Node::Table(doc.as_table());
        let mut best = None;
        for seg in path.segments() {
            let Some(next) = node.child(seg) else { break };
            best = next.span_start().or(best);
            node = next;
        }
        best.map(|offset| self.location_of_offset(offset))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = "[document]\nupdated = 2023-05-01\n\n[[purposes]]\npurpose = \"billing\"\n\n[[purposes]]\npurpose = \"x\"\nbasis = \"contract\"\ndata = [\"a\", { fi = \"b\" }]\n";

    #[test]
    fn locates_nested_fields() {
        let map = SourceMap::toml(SRC);
        let p = FieldPath::root().key("purposes").index(1).key("basis");
        assert_eq!(map.locate(&p), Some(Location { line: 9, column: 9 }));
        let p = FieldPath::root()
            .key("purposes")
            .index(1)
            .key("data")
            .index(1);
        assert_eq!(map.locate(&p).unwrap().line, 10);
    }

    #[test]
    fn a_missing_field_points_at_its_table() {
        let map = SourceMap::toml(SRC);
        let p = FieldPath::root().key("purposes").index(0).key("basis");
        assert_eq!(map.locate(&p).unwrap().line, 4);
    }
}

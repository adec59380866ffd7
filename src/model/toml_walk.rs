//! Walking a [`FieldPath`] through a `toml_edit` tree, to read a field's
//! position (the source map) or to write into it (merging translations).
//!
//! Tables, values and items are distinct types in `toml_edit`, and a path
//! crosses all three; the walk is written once, for shared and for mutable
//! references alike.

use toml_edit::{Item, Table, Value};

use crate::diagnostic::Segment;

macro_rules! walker {
    ($(#[$doc:meta])* $name:ident, $($ref:tt)+) => {
        $(#[$doc])*
        #[derive(Debug)]
        pub enum $name<'a> {
            /// An item: a value, a table or an array of tables.
            Item($($ref)+ Item),
            /// A standard table.
            Table($($ref)+ Table),
            /// A value: an inline table, an array, a scalar.
            Value($($ref)+ Value),
        }

        impl<'a> $name<'a> {
            /// The node one step along `seg`, if there is one.
            pub fn child(self, seg: &Segment) -> Option<$name<'a>> {
                match (self, seg) {
                    ($name::Item(Item::Table(t)) | $name::Table(t), Segment::Key(k)) => {
                        walker!(@get t, k, $($ref)+).map($name::Item)
                    }
                    ($name::Item(Item::ArrayOfTables(a)), Segment::Index(i)) => {
                        walker!(@get a, *i, $($ref)+).map($name::Table)
                    }
                    ($name::Item(Item::Value(v)) | $name::Value(v), seg) => match (v, seg) {
                        (Value::InlineTable(t), Segment::Key(k)) => {
                            walker!(@get t, k, $($ref)+).map($name::Value)
                        }
                        (Value::Array(a), Segment::Index(i)) => {
                            walker!(@get a, *i, $($ref)+).map($name::Value)
                        }
                        _ => None,
                    },
                    _ => None,
                }
            }
        }
    };
    (@get $on:ident, $at:expr, &'a mut) => { $on.get_mut($at) };
    (@get $on:ident, $at:expr, &'a) => { $on.get($at) };
}

walker!(
    /// A position in a `toml_edit` tree, to read.
    #[derive(Clone, Copy)]
    Node,
    &'a
);

walker!(
    /// A position in a `toml_edit` tree, to write.
    NodeMut,
    &'a mut
);

impl Node<'_> {
    /// Where the node starts in the text, if it was parsed from one.
    pub fn span_start(self) -> Option<usize> {
        let span = match self {
            Node::Item(Item::Value(v)) | Node::Value(v) => v.span(),
            Node::Item(Item::Table(t)) | Node::Table(t) => t.span(),
            Node::Item(Item::ArrayOfTables(a)) => a.span(),
            Node::Item(Item::None) => None,
        };
        span.map(|s| s.start)
    }
}

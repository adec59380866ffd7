//! The notice resolved to one or two languages: only strings and lists, in the
//! order the template prints them.
//!
//! This is the contract with `typst-templates/notice.typ` (documented in
//! `typst-templates/README.md`): the template does no translation and no
//! business logic, so everything a reader sees is decided here, where it can
//! be tested without typesetting.

mod blocks;
mod build;
mod data;
mod error;
mod facts;
mod flow;
mod headings;
mod links;
mod phone;
mod practices;
mod requests;
mod resolve;
mod rich;
mod sections;
mod sensitive;
mod summary;
mod transfers;

pub use build::{Options, build, in_each_lang};
pub use data::{Block, View};
pub use facts::Facts;
pub use rich::{Part, Rich};
pub use summary::Summary;

#[cfg(test)]
mod tests;

//! seloste turns a notice model — how an organisation processes personal
//! data — into GDPR privacy notices (*tietosuojaseloste*,
//! *dataskyddsbeskrivning*, *privacy notice*) as archival, accessible PDFs
//! in Finnish, Swedish and English.
//!
//! The front door is small. Say what is asked with a [`Job`] — an [`Input`]
//! (a model file, a model's text, or a PDF seloste made), a [`Request`]
//! (the layouts, today's date, the options) and, where the files the model
//! names do not lie beside it, an [`AssetSource`] ([`Folder`],
//! [`InMemory`], [`NoAssets`]) — and [run](Job::run) it with an [`Engine`]
//! (fonts, template and caches, made once and shared by every thread). The
//! result is the [`Made`] documents, or the [`Failure`] with its [`Report`]
//! of [`Diagnostic`]s. [`Job::check`] gives the report alone, as
//! `seloste check` does.
//!
//! ```
//! use seloste::{Date, Engine, Input, Job, Lang, Layout, Request};
//!
//! let model = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/webkoti.toml");
//! let request = Request::new(Date::parse("2026-01-01").unwrap())
//!     .layouts(vec![Layout::Single(Lang::Sv)]);
//! let made = Job::new(Input::File(model), request)
//!     .run(&Engine::new())
//!     .map_err(|failure| failure.to_string())?;
//! for warning in &made.warnings.diagnostics {
//!     eprintln!("{warning}");
//! }
//! assert!(made.documents[0].bytes.starts_with(b"%PDF-"));
//! # Ok::<(), String>(())
//! ```
//!
//! The command-line program and the HTTP service are this library's own
//! front ends, behind the default cargo feature `cli`; an embedding program
//! turns it off (`default-features = false`) and builds none of their
//! dependencies.

// A diagnostic carries its message, help, field and place, so it is a few
// hundred bytes; it travels only on the failure path, where that costs nothing.
#![allow(clippy::result_large_err)]
#![warn(missing_debug_implementations, missing_docs)]
// Much of the crate serves the command line and the service alone; built
// without them, what only they use is not dead, only unused by this build.
#![cfg_attr(not(feature = "cli"), allow(dead_code, unused_imports))]

mod assets;
mod check;
mod clauses;
mod diagnostic;
mod document_kind;
mod error;
mod hex;
mod html;
mod i18n;
mod job;
mod lang;
mod model;
mod naming;
mod notice;
mod output;
mod pdf;
mod starter;
mod threads;
mod today;
mod translate;
mod typeset;
mod view;

#[cfg(test)]
mod fuzz_tests;

/// The command-line program and the HTTP service (`seloste serve`), which
/// `src/main.rs` runs; not part of the library's interface.
#[cfg(feature = "cli")]
#[doc(hidden)]
pub mod cli;
#[cfg(feature = "cli")]
mod serve;

/// What the benchmarks reach into to time typst alone against the whole
/// pipeline (`cargo bench --features bench`); not an interface.
#[cfg(feature = "bench")]
#[doc(hidden)]
pub mod bench {
    pub use crate::notice::{Checked, Notice, TypstInput};
    pub use crate::threads::on_threads;
    pub use crate::typeset::{
        Archival, DATA_PATH, Engine, Eviction, NoticeWorld, TEMPLATE, pdf_options,
    };
}

pub use assets::{AssetError, AssetSource, Folder, InMemory, NoAssets};
pub use diagnostic::{Diagnostic, Report, Severity};
pub use document_kind::{DocumentKind, DocumentKindError};
pub use job::{Document, Failure, Input, Job, Made, Stage, Verdict};
pub use lang::{Lang, Layout, LayoutError};
pub use model::{Date, FieldPath, Format, Location};
pub use notice::Request;
pub use today::{BadSourceDateEpoch, today};
pub use typeset::Engine;

/// The stack a thread that loads, checks or renders a notice should have:
/// typst's layout and the parsers recurse deeply, and the 2 MiB that Rust
/// and rayon give a new thread by default is not always enough. The main
/// thread has 8 MiB; give a pool's threads this much
/// (`rayon::ThreadPoolBuilder::stack_size`).
pub const STACK_SIZE: usize = 16 * 1024 * 1024;

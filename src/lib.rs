//! seloste turns a notice model — how an organisation processes personal
//! data — into GDPR privacy notices (*tietosuojaseloste*,
//! *dataskyddsbeskrivning*, *privacy notice*) as archival, accessible PDFs
//! in Finnish, Swedish and English.
//!
//! The front door is small: load a [`Notice`], ask for documents with a
//! [`Request`], get a [`Checked`] notice (or the [`Report`] of why not), and
//! render it with an [`Engine`] (fonts, template and caches, made once and
//! shared by every thread). The files a model names (logo, wording) come
//! through an [`AssetSource`]: [`Folder`] for the model's own folder,
//! [`InMemory`] for files received with a request.
//!
//! ```
//! use seloste::{Date, Engine, Folder, Lang, Layout, Notice, Request};
//!
//! let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/webkoti.toml");
//! let notice = Notice::load(&path).map_err(|report| report.to_string())?;
//! let request = Request::new(Date::parse("2026-01-01").unwrap())
//!     .layouts(vec![Layout::Single(Lang::Sv)]);
//! let checked = notice
//!     .checked(&request, &Folder::beside(&path))
//!     .map_err(|report| report.to_string())?;
//! for warning in &checked.warnings().diagnostics {
//!     eprintln!("{warning}");
//! }
//! let documents = checked.render(&Engine::new()).map_err(|report| report.to_string())?;
//! assert!(documents[0].pdf.starts_with(b"%PDF-"));
//! # Ok::<(), String>(())
//! ```
//!
//! [`Notice::check`] gives the whole [`Report`] — errors and warnings — for
//! a model, as `seloste check` shows it; a report renders itself for people
//! ([`Report::write_human`]) and serialises as the JSON of
//! `seloste check --format json`.
//!
//! The other modules are the implementation, public for seloste's own
//! command-line program and tests, and not part of the supported interface.

// A diagnostic carries its message, help, field and place, so it is a few
// hundred bytes; it travels only on the failure path, where that costs nothing.
#![allow(clippy::result_large_err)]
#![warn(missing_debug_implementations)]

mod assets;
mod clauses;
mod diagnostic;
mod naming;
mod notice;
mod threads;
mod today;

#[doc(hidden)]
pub mod check;
#[doc(hidden)]
pub mod error;
#[doc(hidden)]
pub mod i18n;
#[doc(hidden)]
pub mod lang;
#[doc(hidden)]
pub mod model;
#[doc(hidden)]
pub mod output;
#[doc(hidden)]
pub mod pdf;
#[doc(hidden)]
pub mod render;
#[doc(hidden)]
pub mod starter;
#[doc(hidden)]
pub mod translate;
#[doc(hidden)]
pub mod view;

pub use assets::{AssetError, AssetSource, Folder, InMemory, MAX_ASSET_BYTES, NoAssets};
pub use clauses::{Clause, ClausesError, Section, clauses};
pub use diagnostic::{
    Diagnostic, INVALID_MODEL, POST_PROCESSING, Report, Severity, TEMPLATE, nearest,
};
pub use error::Error;
pub use lang::{Lang, Layout, LayoutError};
pub use model::{Date, FieldPath, Format, Location};
pub use naming::{document_name, notice_stem};
pub use notice::{
    Checked, MAX_MODEL_BYTES, MAX_PDF_BYTES, Notice, Rendered, Request, attached_model,
    attached_model_in,
};
pub use render::{Engine, Eviction};
pub use threads::on_threads;
pub use today::{BadSourceDateEpoch, today};

/// The stack a thread that loads, checks or renders a notice should have:
/// typst's layout and the parsers recurse deeply, and the 2 MiB that Rust
/// and rayon give a new thread by default is not always enough. The main
/// thread has 8 MiB; give a pool's threads this much
/// (`rayon::ThreadPoolBuilder::stack_size`).
pub const STACK_SIZE: usize = 16 * 1024 * 1024;

//! End-to-end tests: run the real `seloste` binary in a temporary folder and
//! read the PDFs it writes back with poppler and qpdf, as a reader would.

mod bad_input;
mod bilingual;
mod catalogue;
mod check;
mod commands;
mod examples;
mod support;
mod translation;
mod wording;

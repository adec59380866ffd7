//! End-to-end tests: run the real `seloste` binary in a temporary folder and
//! read the PDFs it writes back with poppler, qpdf and pyHanko, as a reader
//! or a signing office would.

mod agreement;
mod bad_input;
mod batch;
mod bilingual;
mod browser;
mod catalogue;
mod check;
mod commands;
mod embedded_model;
mod examples;
mod ftl;
mod gdpr_wording;
mod hardening;
mod hostile;
mod html;
mod legal;
mod page;
mod parties;
mod practices;
mod sections;
mod serve;
mod signature;
mod support;
mod texts;
mod translation;
mod typesetting;
mod ui_lang;
mod wording;

//! The Fluent files compiled into the binary.
//!
//! Listed one by one with `include_str!` so that a missing file fails the
//! build instead of a render.

use crate::lang::Lang;

/// One embedded Fluent file.
pub struct File {
    /// Its language.
    pub lang: Lang,
    /// Its name within the language folder.
    pub name: &'static str,
    /// Its text.
    pub text: &'static str,
}

macro_rules! ftl {
    ($lang:ident, $dir:literal, $name:literal) => {
        File {
            lang: Lang::$lang,
            name: $name,
            text: include_str!(concat!("../../locales/", $dir, "/", $name)),
        }
    };
}

/// Every Fluent file, per language.
pub const FILES: &[File] = &[
    ftl!(Fi, "fi", "notice.ftl"),
    ftl!(Fi, "fi", "clauses.ftl"),
    ftl!(Fi, "fi", "starter.ftl"),
    ftl!(Sv, "sv", "notice.ftl"),
    ftl!(Sv, "sv", "clauses.ftl"),
    ftl!(Sv, "sv", "starter.ftl"),
    ftl!(En, "en", "notice.ftl"),
    ftl!(En, "en", "clauses.ftl"),
    ftl!(En, "en", "starter.ftl"),
];

/// The messages of diagnostics, per language: a catalogue of their own, so
/// that an organisation's wording cannot replace them and `seloste catalog`
/// does not list them.
pub const DIAGNOSTICS: &[File] = &[
    ftl!(Fi, "fi", "diagnostics.ftl"),
    ftl!(Fi, "fi", "rules.ftl"),
    ftl!(Fi, "fi", "model.ftl"),
    ftl!(Fi, "fi", "cli.ftl"),
    ftl!(Fi, "fi", "page.ftl"),
    ftl!(Fi, "fi", "form.ftl"),
    ftl!(Sv, "sv", "diagnostics.ftl"),
    ftl!(Sv, "sv", "rules.ftl"),
    ftl!(Sv, "sv", "model.ftl"),
    ftl!(Sv, "sv", "cli.ftl"),
    ftl!(Sv, "sv", "page.ftl"),
    ftl!(Sv, "sv", "form.ftl"),
    ftl!(En, "en", "diagnostics.ftl"),
    ftl!(En, "en", "rules.ftl"),
    ftl!(En, "en", "model.ftl"),
    ftl!(En, "en", "cli.ftl"),
    ftl!(En, "en", "page.ftl"),
    ftl!(En, "en", "form.ftl"),
];

//! An organisation's own wording: `.ftl` files beside a model that replace
//! built-in messages or add new clauses.
//!
//! The folder holds `fi/`, `sv/` and `en/`, each with `.ftl` files. The
//! wording is held to the same rules as the built-in catalogue, because the
//! promise is the same: a model written in keys translates itself. So every
//! message must be in all three languages with the same variables, and a
//! message that replaces a built-in one may use only the variables seloste
//! gives that message. Every problem names the file and line.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use fluent_bundle::resolver::ResolverError;
use fluent_bundle::resolver::errors::ReferenceKind;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::Catalogue;
use super::variables::{messages, variables_of};
use crate::assets::AssetSource;
use crate::diagnostic::Said;
use crate::lang::Lang;
use crate::model::{Diagnostic, GLOBAL_VARIABLES, Location, describe_char, refused_in_text};

/// The most characters a message of the wording may print, and its own
/// text may hold: as many as an own text of the model
/// ([`MAX_TEXT_CHARS`](crate::model::MAX_TEXT_CHARS)). Fluent formats at
/// most 100 placeables in a message, so a message prints at most about a
/// hundred times this while it is judged.
pub const MAX_MESSAGE_CHARS: usize = crate::model::MAX_TEXT_CHARS;

/// An organisation's messages, read and checked.
#[derive(Debug)]
pub struct Wording {
    /// The files, per language, in the order they are applied.
    pub files: Vec<WordingFile>,
    /// Each message's variables (the same in every language).
    pub variables: BTreeMap<String, BTreeSet<String>>,
}

/// One `.ftl` file of a wording folder.
#[derive(Debug)]
pub struct WordingFile {
    /// Its language (the folder it is in).
    pub lang: Lang,
    /// Its messages.
    pub resource: Arc<FluentResource>,
}

/// A message's definitions, one per language, in the order of [`Lang`].
/// A short list, not a map: a wording may define tens of thousands of
/// messages, and a map's node costs hundreds of bytes for three entries.
#[derive(Default)]
struct ByLang(Vec<(Lang, Definition)>);

impl ByLang {
    fn get(&self, lang: Lang) -> Option<&Definition> {
        self.0.iter().find(|(l, _)| *l == lang).map(|(_, d)| d)
    }

    fn insert(&mut self, lang: Lang, d: Definition) {
        self.0.push((lang, d));
        self.0.sort_by_key(|(l, _)| *l);
    }

    fn first(&self) -> Option<(Lang, &Definition)> {
        self.0.first().map(|(l, d)| (*l, d))
    }

    fn iter(&self) -> impl Iterator<Item = (Lang, &Definition)> {
        self.0.iter().map(|(l, d)| (*l, d))
    }
}

/// Where a message of the wording is defined.
struct Definition {
    file: String,
    location: Location,
    /// Sorted. A list rather than a set: a wording may define tens of
    /// thousands of messages in each language, and a set's node costs
    /// hundreds of bytes for the one or two variables a message has.
    vars: Vec<String>,
}

/// Why a wording folder cannot be used: every problem, each in its file,
/// and the texts of the files they point into (for quoting their lines).
#[derive(Debug)]
pub struct WordingProblems {
    /// What is wrong.
    pub diagnostics: Vec<Diagnostic>,
    /// The `.ftl` files read, by the names the diagnostics use.
    pub sources: Vec<(String, String)>,
}

impl Wording {
    /// Reads the wording folder `folder` (its `files`, as
    /// [`AssetSource::list`] gives them) from `assets`, checks it against
    /// `builtin`, and gives `builtin` with the wording in it: the catalogue
    /// its messages were judged in, built once. Returns every problem
    /// found, each in its file.
    pub fn read(
        assets: &dyn AssetSource,
        folder: &str,
        files: &[String],
        builtin: &Catalogue,
    ) -> Result<Catalogue, WordingProblems> {
        let folder = folder.trim_end_matches('/');
        let mut problems = Vec::new();
        let mut sources = Vec::new();
        let files = language_files(folder, files, &mut problems);
        let mut defined: BTreeMap<String, ByLang> = BTreeMap::new();
        let mut parsed = Vec::new();
        for (lang, rel) in files {
            let shown = format!("{folder}/{rel}");
            let text = match assets.read(&shown).map(String::from_utf8) {
                Ok(Ok(t)) => t,
                Ok(Err(_)) => {
                    problems.push(Diagnostic::said_in_file(
                        &shown,
                        None,
                        Said::new("wording-not-utf8"),
                    ));
                    continue;
                }
                Err(e) => {
                    problems.push(Diagnostic::said_in_file(
                        &shown,
                        None,
                        Said::new("wording-unreadable").arg("error", e.to_string()),
                    ));
                    continue;
                }
            };
            sources.push((shown.clone(), text.clone()));
            let index = Index::new(&text);
            if let Err(deep) = super::nesting::check(&text) {
                problems.push(too_deep(&shown, &index, &deep));
                continue;
            }
            let resource = match FluentResource::try_new(text.clone()) {
                Ok(r) => r,
                Err((_, errors)) => {
                    for e in errors {
                        problems.push(
                            Diagnostic::said_in_file(
                                &shown,
                                Some(index.location(e.pos.start)),
                                Said::new("wording-syntax").arg("detail", e.to_string()),
                            )
                            .help_said(Said::new("wording-syntax-help")),
                        );
                    }
                    continue;
                }
            };
            for bad in super::numbers::check_options(resource.entries()) {
                let at = index.first_definition(bad.id.trim_start_matches('-'));
                problems.push(
                    Diagnostic::said_in_file(
                        &shown,
                        Some(at),
                        Said::new("wording-number-option")
                            .arg("id", bad.id.clone())
                            .arg("option", bad.option)
                            .arg("value", bad.value.clone())
                            .arg("min", bad.min.to_string())
                            .arg("max", bad.max.to_string()),
                    )
                    .help_said(Said::new("wording-number-option-help")),
                );
            }
            for message in messages(resource.entries()) {
                let id = message.id.name.to_string();
                let at = Definition {
                    file: shown.clone(),
                    location: index.first_definition(&id),
                    vars: variables_of(message),
                };
                let slot = defined.entry(id.clone()).or_default();
                if let Some(first) = slot.get(lang) {
                    problems.push(
                        Diagnostic::said_in_file(
                            &shown,
                            Some(at.location),
                            Said::new("wording-twice")
                                .arg("id", id.clone())
                                .arg("lang", lang.code()),
                        )
                        .help_said(
                            Said::new("wording-twice-help")
                                .arg("place", format!("{}:{}", first.file, first.location)),
                        ),
                    );
                    continue;
                }
                slot.insert(lang, at);
            }
            let mut seen: HashMap<&str, usize> = HashMap::new();
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    let n = seen.entry(m.id.name).or_default();
                    *n += 1;
                    if *n > 1 {
                        // Fluent would keep the last one silently.
                        let first = index.definition(m.id.name, 0);
                        problems.push(
                            Diagnostic::said_in_file(
                                &shown,
                                Some(index.definition(m.id.name, *n - 1)),
                                Said::new("wording-twice")
                                    .arg("id", m.id.name)
                                    .arg("lang", lang.code()),
                            )
                            .help_said(
                                Said::new("wording-twice-help")
                                    .arg("place", format!("{shown}:{first}")),
                            ),
                        );
                    }
                }
                if let fluent_syntax::ast::Entry::Message(m) = entry
                    && m.value.is_none()
                {
                    problems.push(
                        Diagnostic::said_in_file(
                            &shown,
                            Some(index.first_definition(m.id.name)),
                            Said::new("wording-no-text").arg("id", m.id.name),
                        )
                        .help_said(Said::new("wording-no-text-help")),
                    );
                }
            }
            if let Some(bad) = unprintable(&text, &index, &shown) {
                problems.push(bad);
            }
            for entry in resource.entries() {
                if let Entry::Message(m) = entry {
                    let len = m.value.as_ref().map_or(0, text_chars)
                        + m.attributes
                            .iter()
                            .map(|a| text_chars(&a.value))
                            .sum::<usize>();
                    if len > MAX_MESSAGE_CHARS {
                        problems.push(
                            Diagnostic::said_in_file(
                                &shown,
                                Some(index.first_definition(m.id.name)),
                                Said::new("wording-too-long")
                                    .arg("id", m.id.name)
                                    .arg("count", len.to_string())
                                    .arg("max", MAX_MESSAGE_CHARS.to_string()),
                            )
                            .help_said(Said::new("wording-too-long-help")),
                        );
                    }
                }
            }
            parsed.push(WordingFile {
                lang,
                resource: Arc::new(resource),
            });
        }
        let mut variables = BTreeMap::new();
        for (id, by_lang) in &defined {
            check_message(folder, id, by_lang, builtin, &mut problems);
            if let Some((_, d)) = by_lang.first() {
                variables.insert(id.clone(), d.vars.iter().cloned().collect());
            }
        }
        if problems.is_empty() {
            let wording = Wording {
                files: parsed,
                variables,
            };
            let catalogue = builtin.with_wording(&wording);
            check_formatting(&catalogue, &wording, &defined, builtin, &mut problems);
            if problems.is_empty() {
                return Ok(catalogue);
            }
        }
        Err(WordingProblems {
            diagnostics: problems,
            sources,
        })
    }
}

/// The `.ftl` files of the folder, language by language, sorted by name:
/// `fi/own.ftl` and so on. Anything else that could be meant as wording (a
/// `.ftl` file outside a language folder, a folder that is no language) is
/// a problem; other files are left alone.
fn language_files(
    folder: &str,
    files: &[String],
    problems: &mut Vec<Diagnostic>,
) -> Vec<(Lang, String)> {
    let mut out = Vec::new();
    let mut refused = BTreeSet::new();
    for rel in files {
        match rel.split_once('/') {
            None if rel.ends_with(".ftl") => problems.push(
                Diagnostic::said_in_file(
                    format!("{folder}/{rel}"),
                    None,
                    Said::new("wording-outside-language"),
                )
                .help_said(Said::new("wording-outside-language-help")),
            ),
            None => {}
            Some((dir, name)) => match dir.parse::<Lang>() {
                Ok(lang) if name.ends_with(".ftl") && !name.contains('/') => {
                    out.push((lang, rel.clone()));
                }
                Ok(_) => {}
                Err(_) => {
                    if refused.insert(dir) {
                        problems.push(
                            Diagnostic::said_in_file(
                                format!("{folder}/{dir}"),
                                None,
                                Said::new("wording-not-language").arg("dir", dir),
                            )
                            .help_said(Said::new("wording-not-language-help")),
                        );
                    }
                }
            },
        }
    }
    out
}

/// Checks one message across languages and against the built-in catalogue.
fn check_message(
    folder: &str,
    id: &str,
    by_lang: &ByLang,
    builtin: &Catalogue,
    problems: &mut Vec<Diagnostic>,
) {
    let (first_lang, first) = by_lang.first().expect("defined in some language");
    let missing: Vec<Lang> = Lang::ALL
        .into_iter()
        .filter(|&l| by_lang.get(l).is_none())
        .collect();
    if !missing.is_empty() {
        let names: Vec<&str> = missing.iter().map(|l| l.code()).collect();
        let folders: Vec<String> = missing
            .iter()
            .map(|l| format!("{folder}/{}", l.code()))
            .collect();
        problems.push(
            Diagnostic::said_in_file(
                &first.file,
                Some(first.location),
                Said::new("wording-language-missing")
                    .arg("id", id)
                    .arg("lang", first_lang.code())
                    .arg("missing", names.join(", ")),
            )
            .help_said(
                Said::new("wording-language-missing-help")
                    .arg("id", id)
                    .arg("folders", folders.join(" + ")),
            ),
        );
    }
    for (lang, d) in by_lang.iter() {
        if d.vars != first.vars {
            problems.push(
                Diagnostic::said_in_file(
                    &d.file,
                    Some(d.location),
                    Said::new("wording-variables-differ")
                        .arg("id", id)
                        .said("vars", list(&d.vars))
                        .arg("lang", lang.code())
                        .said("first-vars", list(&first.vars))
                        .arg("first-lang", first_lang.code()),
                )
                .help_said(Said::new("wording-variables-differ-help")),
            );
        }
    }
    if let Some(builtin_vars) = builtin.variables(id) {
        let extra: Vec<String> = first
            .vars
            .iter()
            .filter(|v| !builtin_vars.contains(*v) && !GLOBAL_VARIABLES.contains(&v.as_str()))
            .cloned()
            .collect();
        if !extra.is_empty() {
            problems.push(
                Diagnostic::said_in_file(
                    &first.file,
                    Some(first.location),
                    Said::new("wording-extra-variables")
                        .arg("id", id)
                        .said("vars", list(&extra)),
                )
                .help_said(
                    Said::new("wording-extra-variables-help")
                        .arg("id", id)
                        .said("vars", list(builtin_vars)),
                ),
            );
        }
    }
}

/// The characters of a pattern's own text (its text and string literals).
fn text_chars<S: AsRef<str>>(p: &Pattern<S>) -> usize {
    fn inline<S: AsRef<str>>(e: &InlineExpression<S>) -> usize {
        match e {
            InlineExpression::StringLiteral { value } => value.as_ref().chars().count(),
            InlineExpression::Placeable { expression } => expr(expression),
            InlineExpression::FunctionReference { arguments, .. } => arguments
                .positional
                .iter()
                .chain(arguments.named.iter().map(|n| &n.value))
                .map(inline)
                .sum(),
            _ => 0,
        }
    }
    fn expr<S: AsRef<str>>(e: &Expression<S>) -> usize {
        match e {
            Expression::Inline(i) => inline(i),
            Expression::Select { selector, variants } => {
                inline(selector) + variants.iter().map(|v| text_chars(&v.value)).sum::<usize>()
            }
        }
    }
    p.elements
        .iter()
        .map(|e| match e {
            PatternElement::TextElement { value } => value.as_ref().chars().count(),
            PatternElement::Placeable { expression } => expr(expression),
        })
        .sum()
}

/// The first character of a `.ftl` file that the notice could not print,
/// outside its comments, at its line and column: the same characters a
/// model's own text may not hold.
fn unprintable(text: &str, index: &Index, file: &str) -> Option<Diagnostic> {
    let mut offset = 0;
    let mut first = None;
    let mut more = 0;
    for line in text.split_inclusive('\n') {
        if !line.starts_with('#') {
            for (at, c) in line.char_indices() {
                if let Some((why, help)) = refused_in_text(c, &crate::typeset::printable) {
                    if first.is_none() {
                        first = Some((offset + at, c, why, help));
                    } else {
                        more += 1;
                    }
                }
            }
        }
        offset += line.len();
    }
    let (at, c, why, help) = first?;
    Some(
        Diagnostic::said_in_file(
            file,
            Some(index.location(at)),
            Said::new("wording-refused-char")
                .arg("char", describe_char(c))
                .said("why", why)
                .count("more", more),
        )
        .help_said(help),
    )
}

/// Formats every message of the wording in each of its languages, as a
/// notice would, with every variable seloste could give it: a message that
/// refers to itself or to a message or term that does not exist, expands
/// to more placeables than Fluent formats, prints more than
/// [`MAX_MESSAGE_CHARS`] or a character the notice cannot print (written
/// as an escape, `{ "\u0007" }`) is refused at its definition.
fn check_formatting(
    catalogue: &Catalogue,
    wording: &Wording,
    defined: &BTreeMap<String, ByLang>,
    builtin: &Catalogue,
    problems: &mut Vec<Diagnostic>,
) {
    for (id, by_lang) in defined {
        let mut names: BTreeSet<&str> = GLOBAL_VARIABLES.iter().copied().collect();
        for vars in [wording.variables.get(id), builtin.variables(id)]
            .into_iter()
            .flatten()
        {
            names.extend(vars.iter().map(String::as_str));
        }
        let mut args = FluentArgs::new();
        for name in names {
            args.set(name.to_string(), FluentValue::from(3));
        }
        for (lang, d) in by_lang.iter() {
            let at = |what: Said, help: Said| {
                Diagnostic::said_in_file(&d.file, Some(d.location), what).help_said(help)
            };
            let (text, errors) = catalogue.format_collecting(lang, id, &args);
            if let Some(e) = errors.first() {
                let (what, help) = format_error(id, e);
                problems.push(at(what, help));
                continue;
            }
            let len = text.chars().count();
            if len > MAX_MESSAGE_CHARS {
                problems.push(at(
                    Said::new("wording-prints-too-much")
                        .arg("id", id.clone())
                        .arg("count", len.to_string())
                        .arg("max", MAX_MESSAGE_CHARS.to_string()),
                    Said::new("wording-prints-too-much-help"),
                ));
                continue;
            }
            if let Some((c, (why, help))) = text
                .chars()
                .find_map(|c| Some((c, refused_in_text(c, &crate::typeset::printable)?)))
            {
                problems.push(at(
                    Said::new("wording-prints-refused-char")
                        .arg("id", id.clone())
                        .arg("char", describe_char(c))
                        .said("why", why),
                    help,
                ));
            }
        }
    }
}

/// What a Fluent formatting error means to the author of the wording.
fn format_error(id: &str, e: &FluentError) -> (Said, Said) {
    let said = |what: &'static str| Said::new(what).arg("id", id);
    let FluentError::ResolverError(e) = e else {
        return (
            said("wording-cannot-format").arg("detail", e.to_string()),
            Said::new("wording-cannot-format-help"),
        );
    };
    let (what, help) = match e {
        ResolverError::Cyclic => (said("wording-cyclic"), "wording-cyclic-help"),
        ResolverError::TooManyPlaceables => (
            said("wording-too-many-placeables"),
            "wording-too-many-placeables-help",
        ),
        ResolverError::Reference(ReferenceKind::Message {
            id: other,
            attribute: None,
        }) => (
            said("wording-no-message").arg("other", other.as_str()),
            "wording-no-message-help",
        ),
        ResolverError::Reference(ReferenceKind::Message {
            id: other,
            attribute: Some(a),
        }) => (
            said("wording-no-attribute")
                .arg("other", other.as_str())
                .arg("attribute", a.as_str()),
            "wording-no-message-help",
        ),
        ResolverError::Reference(ReferenceKind::Term { id: other, .. }) => (
            said("wording-no-term").arg("other", other.as_str()),
            "wording-no-term-help",
        ),
        ResolverError::Reference(ReferenceKind::Function { id: f }) => (
            said("wording-no-function").arg("function", f.as_str()),
            "wording-no-function-help",
        ),
        ResolverError::Reference(ReferenceKind::Variable { id: v }) => (
            said("wording-no-variable").arg("variable", v.as_str()),
            "wording-no-variable-help",
        ),
        ResolverError::NoValue(other) => (
            said("wording-no-value").arg("other", other.as_str()),
            "wording-no-value-help",
        ),
        ResolverError::MissingDefault => (
            said("wording-missing-default"),
            "wording-missing-default-help",
        ),
    };
    (what, Said::new(help))
}

/// The variables named, `$a, $b`, or that there are none.
fn list<'a>(vars: impl IntoIterator<Item = &'a String>) -> Said {
    let vars: Vec<&String> = vars.into_iter().collect();
    if vars.is_empty() {
        Said::new("wording-no-variables")
    } else {
        Said::new("as-written").arg(
            "text",
            vars.iter()
                .map(|v| format!("${v}"))
                .collect::<Vec<_>>()
                .join(", "),
        )
    }
}

/// Where the message `id` starts: the line that begins with it.
pub(crate) fn message_location(text: &str, id: &str) -> Location {
    Index::new(text).first_definition(id)
}

/// The problem for a file that nests too deeply, at the opening that goes
/// past the limit.
fn too_deep(file: &str, index: &Index, deep: &super::nesting::TooDeep) -> Diagnostic {
    let what = match &deep.id {
        Some(id) => Said::new("wording-message-too-deep").arg("id", id.clone()),
        None => Said::new("wording-file-too-deep"),
    };
    Diagnostic::said_in_file(
        file,
        Some(index.location(deep.offset)),
        what.arg("max", super::nesting::MAX_NESTING.to_string()),
    )
    .help_said(Said::new("wording-too-deep-help"))
}

/// Lines and message definitions of one file, found in one pass, so that
/// locating every message of a file is linear in its size. (Searching the
/// text for each message, and counting lines from the start for each, made
/// 40 000 messages take minutes.)
struct Index<'t> {
    text: &'t str,
    /// The byte offset of each line's start.
    line_starts: Vec<usize>,
    /// For each id, the offsets of the lines `id =` that define it.
    definitions: HashMap<&'t str, Vec<usize>>,
}

impl<'t> Index<'t> {
    fn new(text: &'t str) -> Self {
        let mut line_starts = vec![0];
        let mut definitions: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            #[cfg(test)]
            tests::LINES_INDEXED.with(|n| n.set(n.get() + 1));
            let name_len = line
                .bytes()
                .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'-')
                .count();
            let (id, rest) = line.split_at(name_len);
            if !id.is_empty() && rest.trim_start().starts_with('=') {
                definitions.entry(id).or_default().push(offset);
            }
            offset += line.len();
            if line.ends_with('\n') {
                line_starts.push(offset);
            }
        }
        Index {
            text,
            line_starts,
            definitions,
        }
    }

    /// The line and column of a byte offset.
    fn location(&self, offset: usize) -> Location {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let start = self.line_starts[line - 1];
        let column = self
            .text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count());
        Location {
            line,
            column: column + 1,
        }
    }

    /// Where `id` is first defined (line 1 if no line defines it).
    fn first_definition(&self, id: &str) -> Location {
        self.definition(id, 0)
    }

    /// Where `id` is defined the `n`th time, counting from 0 (a message
    /// defined twice); the last definition if there are fewer.
    fn definition(&self, id: &str, n: usize) -> Location {
        match self.definitions.get(id) {
            Some(offsets) => self.location(offsets[n.min(offsets.len() - 1)]),
            None => Location { line: 1, column: 1 },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assets::InMemory;

    thread_local! {
        /// The lines [`Index::new`] has gone through on this thread: the
        /// work of locating messages, counted rather than timed.
        pub(super) static LINES_INDEXED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    }

    /// The files under the wording folder `W`, as a service would send them.
    fn folder(files: &[(&str, &str)]) -> InMemory {
        let mut m = InMemory::new();
        for (path, text) in files {
            m.insert(&format!("W/{path}"), text.as_bytes().to_vec())
                .unwrap();
        }
        m
    }

    fn read(files: &[(&str, &str)], builtin: &Catalogue) -> Result<Catalogue, WordingProblems> {
        let m = folder(files);
        let listed = m.list("W").unwrap();
        Wording::read(&m, "W", &listed, builtin)
    }

    fn problems(files: &[(&str, &str)]) -> Vec<String> {
        match read(files, Catalogue::builtin().unwrap()) {
            Ok(_) => Vec::new(),
            Err(ps) => ps
                .diagnostics
                .iter()
                .map(|p| p.plain("model").replace(": error[invalid-model]: ", ": "))
                .collect(),
        }
    }

    const GOOD: &[(&str, &str)] = &[
        ("fi/own.ftl", "purpose-loyalty = kanta-asiakasedut\n"),
        ("sv/own.ftl", "purpose-loyalty = stamkundsförmåner\n"),
        ("en/own.ftl", "purpose-loyalty = Loyalty benefits\n"),
    ];

    #[test]
    fn added_and_replaced_messages_are_used() {
        let mut files = GOOD.to_vec();
        files.push((
            "fi/replace.ftl",
            "purpose-billing = laskujen lähettäminen\n",
        ));
        files.push(("sv/replace.ftl", "purpose-billing = utskick av fakturor\n"));
        files.push(("en/replace.ftl", "purpose-billing = Sending invoices\n"));
        let builtin = Catalogue::builtin().unwrap();
        let cat = read(&files, builtin).unwrap();
        assert_eq!(
            cat.text(Lang::Sv, "purpose-loyalty").unwrap(),
            "stamkundsförmåner"
        );
        assert_eq!(
            cat.text(Lang::Fi, "purpose-billing").unwrap(),
            "laskujen lähettäminen"
        );
        assert!(cat.contains("purpose-loyalty"));
        // The built-in catalogue is untouched.
        assert_eq!(
            builtin.text(Lang::Fi, "purpose-billing").unwrap(),
            "Laskutus"
        );
        assert!(!builtin.contains("purpose-loyalty"));
    }

    /// Locating the messages of a file goes through its lines a fixed number
    /// of times, however many messages it has: 4 000 messages (one of them
    /// twice) cost ten times the lines of 400. Searching the file for each
    /// message, as seloste once did, costs a hundred times.
    #[test]
    fn messages_are_located_in_one_pass() {
        let lines_indexed = |n: usize| {
            let text: String = (0..n)
                .map(|i| format!("own-clause-{i} = teksti {i}\n"))
                .chain([format!("own-clause-{} = again\n", n / 2)])
                .collect();
            let files: Vec<(&str, &str)> = ["fi/own.ftl", "sv/own.ftl", "en/own.ftl"]
                .into_iter()
                .map(|f| (f, text.as_str()))
                .collect();
            LINES_INDEXED.with(|c| c.set(0));
            let ps = problems(&files);
            let at = format!("W/fi/own.ftl:{}:1", n + 1);
            assert!(
                ps.iter().any(|p| p.starts_with(&at)
                    && p.contains(&format!("'own-clause-{}' is defined twice", n / 2))),
                "{:#?}",
                &ps[..ps.len().min(5)]
            );
            LINES_INDEXED.with(std::cell::Cell::get)
        };
        let (small, large) = (lines_indexed(400), lines_indexed(4_000));
        assert!(small >= 3 * 401, "every line of the three files: {small}");
        assert!(
            large <= 11 * small,
            "4 000 messages took {large} lines indexed, 400 took {small}: not linear"
        );
    }

    #[test]
    fn a_syntax_error_names_file_line_and_column() {
        let mut files = GOOD.to_vec();
        files[1] = (
            "sv/own.ftl",
            "# comment\npurpose-loyalty stamkundsförmåner\n",
        );
        let ps = problems(&files);
        assert!(
            ps.iter()
                .any(|p| p.starts_with("W/sv/own.ftl:2:") && p.contains("invalid Fluent syntax")),
            "{ps:#?}"
        );
    }

    #[test]
    fn a_message_missing_in_a_language_is_named() {
        let ps = problems(&GOOD[..2]);
        assert_eq!(ps.len(), 1, "{ps:#?}");
        assert!(
            ps[0].starts_with("W/fi/own.ftl:1:1: message 'purpose-loyalty' is in fi but not in en"),
            "{ps:#?}"
        );
        assert!(ps[0].contains("W/en"), "{ps:#?}");
    }

    #[test]
    fn different_variables_are_refused() {
        let mut files = GOOD.to_vec();
        files[2] = (
            "en/own.ftl",
            "purpose-loyalty = Loyalty benefits for { $years } years\n",
        );
        let ps = problems(&files);
        assert!(
            ps.iter().any(|p| p.starts_with("W/en/own.ftl:1:1:")
                && p.contains("uses $years in en but no variables in fi")),
            "{ps:#?}"
        );
    }

    #[test]
    fn a_replacement_may_not_invent_variables() {
        let files = [
            ("fi/a.ftl", "heading-data = Tiedot { $x }\n"),
            ("sv/a.ftl", "heading-data = Uppgifter { $x }\n"),
            ("en/a.ftl", "heading-data = Data { $x }\n"),
        ];
        let ps = problems(&files);
        assert!(
            ps.iter()
                .any(|p| p.contains("replaces a built-in message but uses $x")),
            "{ps:#?}"
        );
    }

    /// The problems of a wording whose three languages all say `text`.
    fn problems_of(text: &str) -> Vec<String> {
        problems(&[
            ("fi/own.ftl", text),
            ("sv/own.ftl", text),
            ("en/own.ftl", text),
        ])
    }

    #[test]
    fn messages_that_cannot_be_formatted_are_refused_at_their_line() {
        let ps = problems_of("# x\npurpose-billing = a { purpose-billing }\n");
        assert!(
            ps[0].starts_with("W/fi/own.ftl:2:1: message 'purpose-billing' refers to itself"),
            "{ps:#?}"
        );
        let ps = problems_of("purpose-billing = a { own-none }\n");
        assert!(ps[0].contains("there is no message 'own-none'"), "{ps:#?}");
        let ps = problems_of("purpose-billing = a { -none }\n");
        assert!(ps[0].contains("there is no term '-none'"), "{ps:#?}");
        let mut laughs = String::from("own-l0 = lol\n");
        for i in 1..6 {
            laughs += &format!(
                "own-l{i} = {}\n",
                format!("{{ own-l{} }}", i - 1).repeat(10)
            );
        }
        let ps = problems_of(&laughs);
        assert!(
            ps.iter().any(|p| p.contains("too many placeables")),
            "{ps:#?}"
        );
        let ps = problems_of("own-a = { own-b }\nown-b = { $x }\n");
        assert!(ps.iter().any(|p| p.contains("needs $x")), "{ps:#?}");
    }

    #[test]
    fn characters_the_notice_cannot_print_are_refused_where_they_stand() {
        for (c, name) in [
            ('\u{1F600}', "U+1F600"),
            ('\u{7}', "U+0007"),
            ('\u{202E}', "U+202E"),
        ] {
            let ps = problems_of(&format!(
                "# {c} in a comment is fine\npurpose-billing = ab{c}\n"
            ));
            assert_eq!(ps.len(), 3, "{ps:#?}");
            assert!(
                ps[0].starts_with("W/en/own.ftl:2:21: ") && ps[0].contains(name),
                "{ps:#?}"
            );
        }
        let ps = problems_of("purpose-billing = a { \"\\u0007\" }\n");
        assert!(ps[0].contains("prints U+0007"), "{ps:#?}");
        assert!(problems_of("purpose-billing = Laskutus ja perintä – ok\n").is_empty());
    }

    #[test]
    fn stray_folders_and_files_are_named() {
        let mut files = GOOD.to_vec();
        files.push(("de/x.ftl", "a = b\n"));
        files.push(("loose.ftl", "a = b\n"));
        files.push(("README.md", "notes\n"));
        let ps = problems(&files);
        assert_eq!(ps.len(), 2, "{ps:#?}");
        assert!(ps[0].contains("'de' is not a language folder"), "{ps:#?}");
        assert!(ps[1].contains("outside a language folder"), "{ps:#?}");
    }
}

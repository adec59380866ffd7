//! Diagnostics for people, laid out by `annotate-snippets` as rustc lays out
//! its own: the message, the place, the line of the file with the field
//! underlined, the GDPR article and the help.
//!
//! ```text
//! error[no-retention]: the notice does not say how long the data is kept
//!  --> notice.toml:1:1
//!   |
//! 1 | data = ["name"]
//!   | ^^^^ retention
//!   |
//!   = note: GDPR Art. 13(2)(a), 14(2)(a)
//!   = help: add retention = ["…"] …
//! ```

use std::io::{self, Write};

use annotate_snippets::{AnnotationKind, Level, Origin, Renderer, Snippet};
use anstyle::{AnsiColor, Color, Style};

use super::said::{counted, word};
use super::{Diagnostic, Said, Severity, article};
use crate::Lang;

const ERROR: Style = Style::new()
    .bold()
    .fg_color(Some(Color::Ansi(AnsiColor::BrightRed)));
const WARNING: Style = Style::new()
    .bold()
    .fg_color(Some(Color::Ansi(AnsiColor::BrightYellow)));
const BOLD: Style = Style::new().bold();
const GOOD: Style = Style::new()
    .bold()
    .fg_color(Some(Color::Ansi(AnsiColor::BrightGreen)));

/// Writes one diagnostic in `file`, quoting its line from `source` when the
/// text is known.
pub(super) fn write(
    w: &mut dyn Write,
    file: &str,
    source: Option<&str>,
    d: &Diagnostic,
    lang: Lang,
) -> io::Result<()> {
    let level = match d.severity {
        Severity::Error => Level::ERROR.with_name(word("report-error", lang)),
        Severity::Warning => Level::WARNING.with_name(word("report-warning", lang)),
    };
    let label = d
        .path
        .as_ref()
        .filter(|p| !p.is_root())
        .map(|p| p.to_string());
    let quoted = d.location.and_then(|loc| {
        let text = source?.lines().nth(loc.line.checked_sub(1)?)?;
        Some((loc, text))
    });
    let title = level.clone().primary_title(&d.message).id(d.rule);
    let place: annotate_snippets::Element = match (quoted, d.location) {
        (Some((loc, text)), _) => {
            let start: usize = text
                .chars()
                .take(loc.column.saturating_sub(1))
                .map(char::len_utf8)
                .sum();
            let len: usize = text[start..]
                .chars()
                .take(token_len(text, loc.column))
                .map(char::len_utf8)
                .sum();
            let span = AnnotationKind::Primary.span(start..start + len);
            Snippet::source(text)
                .line_start(loc.line)
                .path(file)
                .annotation(span.label(label.clone()))
                .into()
        }
        (None, Some(loc)) => Origin::path(file)
            .line(loc.line)
            .char_column(loc.column)
            .into(),
        (None, None) => match &label {
            Some(l) => Origin::path(format!("{file} ({l})")).into(),
            None => Origin::path(file).into(),
        },
    };
    let mut group = title.element(place);
    if let Some(article) = d.article {
        let cited = Said::new("report-gdpr").arg("article", article::in_lang(article, lang));
        group = group.element(
            Level::NOTE
                .with_name(word("report-note", lang))
                .message(cited.in_lang(lang)),
        );
    }
    if let Some(help) = &d.help {
        group = group.element(
            Level::HELP
                .with_name(word("report-help", lang))
                .message(help),
        );
    }
    let rendered = Renderer::styled().render(&[group]);
    writeln!(w, "{rendered}")?;
    writeln!(w)
}

/// Writes the one-line summary of a model's report.
pub(super) fn summary(
    w: &mut dyn Write,
    file: &str,
    errors: usize,
    warnings: usize,
    lang: Lang,
) -> io::Result<()> {
    let (e, wn) = (
        counted("report-errors", errors, lang),
        counted("report-warnings", warnings, lang),
    );
    match (errors, warnings) {
        (0, 0) => writeln!(
            w,
            "{BOLD}{file}{BOLD:#}: {GOOD}{}{GOOD:#}",
            word("report-no-findings", lang)
        ),
        (_, 0) => writeln!(w, "{BOLD}{file}{BOLD:#}: {ERROR}{e}{ERROR:#}"),
        (0, _) => writeln!(w, "{BOLD}{file}{BOLD:#}: {WARNING}{wn}{WARNING:#}"),
        _ => writeln!(
            w,
            "{BOLD}{file}{BOLD:#}: {ERROR}{e}{ERROR:#}, {WARNING}{wn}{WARNING:#}"
        ),
    }
}

/// How many characters to underline from `column`: a quoted string to its
/// closing quote, an array or inline table its opening bracket only, anything
/// else (a table header, a number, a date) up to white space, a comma or a
/// comment.
fn token_len(line: &str, column: usize) -> usize {
    let rest: Vec<char> = line.chars().skip(column.saturating_sub(1)).collect();
    let header = |c: Option<&char>| c.is_some_and(|c| *c == '[' || c.is_alphabetic());
    let n = match rest.first() {
        Some('[' | '{') if !header(rest.get(1)) => 1,
        Some(&q @ ('"' | '\'')) => rest[1..]
            .iter()
            .position(|&c| c == q)
            .map_or(rest.len(), |end| end + 2),
        Some(_) => rest
            .iter()
            .position(|&c| c.is_whitespace() || c == ',' || c == '#')
            .unwrap_or(rest.len()),
        None => 1,
    };
    n.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Report;
    use crate::diagnostic::sample;

    fn plain(r: &Report) -> String {
        let mut out = anstream::StripStream::new(Vec::new());
        r.write_human(&mut out).unwrap();
        r.write_summary(&mut out).unwrap();
        String::from_utf8(out.into_inner()).unwrap()
    }

    #[test]
    fn a_diagnostic_quotes_its_line_with_the_value_underlined() {
        let mut r = Report::new("n.toml").with_source("[contact]\nemail = \"admin\" # x\n".into());
        r.diagnostics.push(sample());
        let text = plain(&r);
        assert!(
            text.starts_with(
                "error[no-contact]: the contact for requests has no usable email address: 'admin'\n"
            ),
            "{text}"
        );
        assert!(text.contains(" --> n.toml:2:9\n"), "{text}");
        assert!(text.contains("2 | email = \"admin\" # x\n"), "{text}");
        assert!(
            text.contains("  |         ^^^^^^^ contact.email\n"),
            "{text}"
        );
        assert!(text.contains("= note: GDPR Art. 13(1)(a)\n"), "{text}");
        assert!(text.contains("= help: write the address\n"), "{text}");
        assert!(text.ends_with("\nn.toml: 1 error\n"), "{text}");
    }

    #[test]
    fn the_frame_is_in_the_reports_language() {
        let mut r = Report::new("n.toml").with_source("[contact]\nemail = \"admin\" # x\n".into());
        r.diagnostics.push(sample());
        r.diagnostics.push(sample());
        let fi = plain(&r.clone().in_lang(Lang::Fi));
        assert!(fi.starts_with("virhe[no-contact]: "), "{fi}");
        assert!(
            fi.contains("= huom: tietosuoja-asetuksen 13 artiklan 1 kohdan a alakohta\n"),
            "{fi}"
        );
        assert!(fi.contains("= ohje: write the address\n"), "{fi}");
        assert!(fi.ends_with("\nn.toml: 2 virhettä\n"), "{fi}");
        let sv = plain(&r.in_lang(Lang::Sv));
        assert!(sv.starts_with("fel[no-contact]: "), "{sv}");
        assert!(
            sv.contains("= obs: dataskyddsförordningen, artikel 13.1 a\n"),
            "{sv}"
        );
        assert!(sv.contains("= hjälp: write the address\n"), "{sv}");
        assert!(sv.ends_with("\nn.toml: 2 fel\n"), "{sv}");
    }

    #[test]
    fn without_the_text_the_place_is_still_named() {
        let mut r = Report::new("n.json");
        r.diagnostics.push(sample());
        let text = plain(&r);
        assert!(text.contains("--> n.json:2:9"), "{text}");
    }

    #[test]
    fn styles_are_written_for_a_terminal_to_show() {
        let mut r = Report::new("n.toml");
        r.diagnostics.push(sample());
        let mut raw = Vec::new();
        r.write_human(&mut raw).unwrap();
        let text = String::from_utf8(raw).unwrap();
        assert!(text.starts_with("\u{1b}["), "{text:?}");
    }

    #[test]
    fn underlines_whole_tokens() {
        assert_eq!(token_len("a = \"b c\" x", 5), 5);
        assert_eq!(token_len("[[purposes]]", 1), 12);
        assert_eq!(token_len("data = [\"x\", \"y\"]", 8), 1);
        assert_eq!(token_len("x", 9), 1);
    }
}

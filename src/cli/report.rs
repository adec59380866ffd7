//! Findings for people, laid out like rustc's diagnostics (the line of the
//! model with a caret under the field), and for programs as JSON.
//!
//! The styles are always written; the `anstream` stream the caller hands in
//! strips them when the output is not a terminal (or `NO_COLOR` is set), so
//! logs and pipes get plain text.

use std::io::{self, Write};

use anstyle::{AnsiColor, Color, Style};
use serde::Serialize;

use seloste::check::{self, Finding, Severity};

const ERROR: Style = Style::new()
    .bold()
    .fg_color(Some(Color::Ansi(AnsiColor::BrightRed)));
const WARNING: Style = Style::new()
    .bold()
    .fg_color(Some(Color::Ansi(AnsiColor::BrightYellow)));
const GUTTER: Style = Style::new()
    .bold()
    .fg_color(Some(Color::Ansi(AnsiColor::BrightBlue)));
const BOLD: Style = Style::new().bold();
const GOOD: Style = Style::new()
    .bold()
    .fg_color(Some(Color::Ansi(AnsiColor::BrightGreen)));

/// What was found in one model file.
#[derive(Debug, Serialize)]
pub struct ModelReport {
    /// The file as the user named it.
    pub file: String,
    /// Whether the model passes: no errors.
    pub passed: bool,
    /// How many findings are errors.
    pub errors: usize,
    /// How many are warnings.
    pub warnings: usize,
    /// The findings, in file order.
    pub findings: Vec<Finding>,
    /// The file's text, for quoting its lines.
    #[serde(skip)]
    pub source: Option<String>,
}

impl ModelReport {
    /// A report of `findings` in `file`.
    pub fn new(file: String, source: Option<String>, findings: Vec<Finding>) -> Self {
        let errors = findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count();
        ModelReport {
            passed: errors == 0,
            warnings: findings.len() - errors,
            errors,
            file,
            findings,
            source,
        }
    }
}

/// Writes every finding of a report.
pub fn findings(w: &mut dyn Write, r: &ModelReport) -> io::Result<()> {
    for f in &r.findings {
        finding(w, &r.file, r.source.as_deref(), f)?;
    }
    Ok(())
}

/// Writes the one-line summary of a report.
pub fn summary(w: &mut dyn Write, r: &ModelReport) -> io::Result<()> {
    let count = |n: usize, what: &str| match n {
        1 => format!("1 {what}"),
        n => format!("{n} {what}s"),
    };
    match (r.errors, r.warnings) {
        (0, 0) => writeln!(w, "{BOLD}{}{BOLD:#}: {GOOD}no findings{GOOD:#}", r.file),
        (e, 0) => writeln!(
            w,
            "{BOLD}{}{BOLD:#}: {ERROR}{}{ERROR:#}",
            r.file,
            count(e, "error")
        ),
        (0, wn) => writeln!(
            w,
            "{BOLD}{}{BOLD:#}: {WARNING}{}{WARNING:#}",
            r.file,
            count(wn, "warning")
        ),
        (e, wn) => writeln!(
            w,
            "{BOLD}{}{BOLD:#}: {ERROR}{}{ERROR:#}, {WARNING}{}{WARNING:#}",
            r.file,
            count(e, "error"),
            count(wn, "warning")
        ),
    }
}

/// The JSON document of `seloste check --format json`.
pub fn json(reports: &[ModelReport]) -> String {
    #[derive(Serialize)]
    struct Doc<'a> {
        passed: bool,
        models: &'a [ModelReport],
    }
    let doc = Doc {
        passed: reports.iter().all(|r| r.passed),
        models: reports,
    };
    serde_json::to_string_pretty(&doc).expect("a report always serialises")
}

/// One finding:
///
/// ```text
/// error[no-retention]: the notice does not say how long the data is kept
///  --> notice.toml:1:1
///   |
/// 1 | data = ["name"]
///   | ^ retention
///   |
///   = GDPR Art. 13(2)(a), 14(2)(a)
///   = help: add retention = ["…"] …
/// ```
fn finding(w: &mut dyn Write, file: &str, source: Option<&str>, f: &Finding) -> io::Result<()> {
    let style = match f.severity {
        Severity::Error => ERROR,
        Severity::Warning => WARNING,
    };
    writeln!(
        w,
        "{style}{}[{}]{style:#}{BOLD}: {}{BOLD:#}",
        f.severity, f.rule, f.message
    )?;
    let line = f.location.and_then(|loc| {
        let text = source?.lines().nth(loc.line.checked_sub(1)?)?;
        Some((loc, text))
    });
    let width = f.location.map_or(1, |l| l.line.to_string().len());
    let pad = " ".repeat(width);
    match f.location {
        Some(loc) => writeln!(w, "{pad}{GUTTER}-->{GUTTER:#} {file}:{loc}")?,
        None if f.path.is_root() => writeln!(w, "{pad}{GUTTER}-->{GUTTER:#} {file}")?,
        None => writeln!(w, "{pad}{GUTTER}-->{GUTTER:#} {file} ({})", f.path)?,
    }
    writeln!(w, "{pad} {GUTTER}|{GUTTER:#}")?;
    if let Some((loc, text)) = line {
        writeln!(
            w,
            "{GUTTER}{}{GUTTER:#} {GUTTER}|{GUTTER:#} {text}",
            loc.line
        )?;
        // Tabs are kept, so that the caret lines up however they are shown.
        let before: String = text
            .chars()
            .take(loc.column - 1)
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        let carets = "^".repeat(token_len(text, loc.column));
        writeln!(
            w,
            "{pad} {GUTTER}|{GUTTER:#} {before}{style}{carets} {}{style:#}",
            f.path
        )?;
        writeln!(w, "{pad} {GUTTER}|{GUTTER:#}")?;
    }
    // A model that cannot be read breaks no article; it has none to show.
    if f.rule != check::INVALID_MODEL.id {
        writeln!(
            w,
            "{pad} {GUTTER}={GUTTER:#} {BOLD}GDPR{BOLD:#} {}",
            f.article
        )?;
    }
    writeln!(
        w,
        "{pad} {GUTTER}={GUTTER:#} {BOLD}help{BOLD:#}: {}",
        f.help
    )?;
    writeln!(w)
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
    use seloste::model::{FieldPath, Location};

    fn sample() -> Finding {
        Finding {
            rule: "no-contact",
            severity: Severity::Error,
            article: "Art. 13(1)(a)",
            path: FieldPath::root().key("contact").key("email"),
            location: Some(Location { line: 2, column: 9 }),
            message: "the contact for requests has no usable email address: 'admin'".into(),
            help: "write the address".into(),
        }
    }

    #[test]
    fn a_finding_quotes_its_line_with_a_caret_under_the_value() {
        let r = ModelReport::new(
            "n.toml".into(),
            Some("[contact]\nemail = \"admin\" # x\n".into()),
            vec![sample()],
        );
        let mut out = anstream::StripStream::new(Vec::new());
        findings(&mut out, &r).unwrap();
        summary(&mut out, &r).unwrap();
        let text = String::from_utf8(out.into_inner()).unwrap();
        assert_eq!(
            text,
            "error[no-contact]: the contact for requests has no usable email address: 'admin'\n \
             --> n.toml:2:9\n  |\n2 | email = \"admin\" # x\n  |         ^^^^^^^ contact.email\n  \
             |\n  = GDPR Art. 13(1)(a)\n  = help: write the address\n\nn.toml: 1 error\n"
        );
    }

    #[test]
    fn styles_are_written_for_a_terminal_to_show() {
        let r = ModelReport::new("n.toml".into(), None, vec![sample()]);
        let mut raw = Vec::new();
        findings(&mut raw, &r).unwrap();
        let text = String::from_utf8(raw).unwrap();
        assert!(text.starts_with("\u{1b}["), "{text:?}");
        assert!(text.contains(" n.toml:2:9\n"), "{text:?}");
    }

    #[test]
    fn underlines_whole_tokens() {
        assert_eq!(token_len("a = \"b c\" x", 5), 5);
        assert_eq!(token_len("[[purposes]]", 1), 12);
        assert_eq!(token_len("data = [\"x\", \"y\"]", 8), 1);
        assert_eq!(token_len("x", 9), 1);
    }
}

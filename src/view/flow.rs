//! Paragraphs and lists in an own text, as people write them in a text
//! field: a blank line starts a new paragraph, and lines that start with
//! `- ` (or `• `) are the items of a bulleted list. A line of an item that
//! is indented continues it; any other line ends the list. Within a
//! paragraph a single line break is kept as a line break.
//!
//! The pieces go to the template as the view's paragraph and list blocks,
//! never as markup: what the text says is printed as written, `*`, `#` and
//! `=` included.

/// A piece of an own text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// A paragraph; its single line breaks kept.
    Para(String),
    /// A bulleted list's items.
    List(Vec<String>),
}

/// The text after a list marker, if `line` starts a list item.
fn item(line: &str) -> Option<&str> {
    let t = line.trim_start();
    ["- ", "• "]
        .iter()
        .find_map(|m| t.strip_prefix(m))
        .or_else(|| (t == "-" || t == "•").then_some(""))
}

/// The paragraphs and lists of `text`, in order.
pub fn pieces(text: &str) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    // Whether the last piece may take the next line (false after a blank line).
    let mut open = false;
    for line in text.lines() {
        if line.trim().is_empty() {
            open = false;
            continue;
        }
        if let Some(rest) = item(line) {
            let rest = rest.trim().to_string();
            match out.last_mut() {
                // Items separated by blank lines are still one list.
                Some(Piece::List(items)) => items.push(rest),
                _ => out.push(Piece::List(vec![rest])),
            }
            open = true;
            continue;
        }
        match out.last_mut() {
            Some(Piece::List(items)) if open && line.starts_with(char::is_whitespace) => {
                let last = items.last_mut().expect("a list has an item");
                if !last.is_empty() {
                    last.push(' ');
                }
                last.push_str(line.trim());
            }
            Some(Piece::Para(p)) if open => {
                p.push('\n');
                p.push_str(line.trim_end());
            }
            _ => out.push(Piece::Para(line.trim_end().to_string())),
        }
        open = true;
    }
    for p in &mut out {
        if let Piece::List(items) = p {
            items.retain(|i| !i.is_empty());
        }
    }
    out.retain(|p| !matches!(p, Piece::List(items) if items.is_empty()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(s: &str) -> Piece {
        Piece::Para(s.to_string())
    }

    fn list(items: &[&str]) -> Piece {
        Piece::List(items.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn one_paragraph_is_one_piece() {
        assert_eq!(pieces("Yksi kappale."), vec![para("Yksi kappale.")]);
    }

    #[test]
    fn a_blank_line_separates_paragraphs_and_a_single_break_stays() {
        assert_eq!(
            pieces("Eka rivi\ntoka rivi.\n\n  \nToinen kappale.\n"),
            vec![para("Eka rivi\ntoka rivi."), para("Toinen kappale.")]
        );
    }

    #[test]
    fn dashed_lines_are_a_list_with_continued_items() {
        assert_eq!(
            pieces(
                "Käytämme:\n- Seafile, tiedostot\n  ja varmuuskopiot\n- PPG Manager\n\n- Outlook\nLopuksi."
            ),
            vec![
                para("Käytämme:"),
                list(&[
                    "Seafile, tiedostot ja varmuuskopiot",
                    "PPG Manager",
                    "Outlook"
                ]),
                para("Lopuksi."),
            ]
        );
    }

    #[test]
    fn markup_is_text_and_a_dash_inside_a_line_is_not_a_list() {
        assert_eq!(
            pieces("*lihava* #emph[x] = otsikko\nA - B"),
            vec![para("*lihava* #emph[x] = otsikko\nA - B")]
        );
        assert_eq!(pieces("-\n- \n"), vec![]);
    }
}

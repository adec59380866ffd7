//! Lists read a line at a time — the jobs file of `--jobs` and the models
//! named on standard input — within bounds, as a model is read: a list
//! without a newline (`/dev/zero`) or without an end must not take the
//! machine's memory. A line that cannot be used is kept with its number, so
//! that a batch reports it and runs the others.

use std::io::{BufRead, Read};

use super::CliError;
use super::ui::say;
use crate::diagnostic::Said;

/// The most a list may hold: a million jobs of 64 bytes.
pub const MAX_LIST_BYTES: u64 = 64 * 1024 * 1024;

/// The most lines a list may hold: a batch of a million notices is a day's
/// work for a large machine, and each line held costs memory of its own.
pub const MAX_LINES: usize = 1_000_000;

/// The longest line: a path (at most 4 096 bytes on Linux), its layouts and
/// its output folder fit many times over.
pub const MAX_LINE_BYTES: usize = 64 * 1024;

/// One line of a list, numbered from 1: its text, or why it cannot be used.
#[derive(Debug, PartialEq, Eq)]
pub struct Line {
    pub number: usize,
    pub text: Result<String, String>,
}

/// The non-blank lines of `reader`, which `what` names in messages. Refused
/// whole when it holds more than [`MAX_LIST_BYTES`] or [`MAX_LINES`] lines; a line longer than
/// [`MAX_LINE_BYTES`] or not UTF-8 is kept as a bad line and skipped
/// without being held.
pub fn read(reader: impl BufRead, what: &str) -> Result<Vec<Line>, CliError> {
    let mut reader = reader.take(MAX_LIST_BYTES + 1);
    let mut out = Vec::new();
    let mut buf = Vec::new();
    let mut number = 0;
    loop {
        number += 1;
        buf.clear();
        let read = (&mut reader)
            .take(MAX_LINE_BYTES as u64 + 1)
            .read_until(b'\n', &mut buf)
            .map_err(|e| unreadable(what, &e))?;
        if read == 0 {
            break;
        }
        let text = if buf.len() > MAX_LINE_BYTES {
            skip_line(&mut reader, what)?;
            Err(say(
                Said::new("cli-line-too-long").arg("kib", (MAX_LINE_BYTES / 1024).to_string())
            ))
        } else {
            match std::str::from_utf8(&buf) {
                Ok(s) if s.trim().is_empty() => continue,
                Ok(s) => Ok(s.trim().to_string()),
                Err(_) => Err(say(Said::new("cli-line-not-utf8"))),
            }
        };
        if out.len() == MAX_LINES {
            return Err(CliError::Usage(say(Said::new("cli-too-many-lines")
                .arg("what", what)
                .arg("max", MAX_LINES.to_string()))));
        }
        out.push(Line { number, text });
    }
    // Only a list longer than the bound reads the one byte past it.
    if reader.limit() == 0 {
        return Err(CliError::Usage(say(Said::new("cli-list-too-large")
            .arg("what", what)
            .arg("mib", (MAX_LIST_BYTES / 1024 / 1024).to_string()))));
    }
    Ok(out)
}

/// That `what` (a list said in the user's language) cannot be read.
fn unreadable(what: &str, e: &std::io::Error) -> CliError {
    CliError::Usage(say(Said::new("cli-cannot-read-list")
        .arg("what", what)
        .said("why", crate::diagnostic::io_said(e))))
}

/// Reads on to the end of the line, holding nothing.
fn skip_line(reader: &mut impl BufRead, what: &str) -> Result<(), CliError> {
    loop {
        let chunk = reader.fill_buf().map_err(|e| unreadable(what, &e))?;
        if chunk.is_empty() {
            return Ok(());
        }
        match chunk.iter().position(|&b| b == b'\n') {
            Some(at) => {
                reader.consume(at + 1);
                return Ok(());
            }
            None => {
                let n = chunk.len();
                reader.consume(n);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(bytes: &[u8]) -> Vec<Line> {
        read(bytes, "the list").unwrap()
    }

    #[test]
    fn blank_lines_are_passed_over_and_the_others_keep_their_numbers() {
        let got = lines(b"a.toml\n\n  \nb.toml\r\nc.toml");
        let texts: Vec<(usize, &str)> = got
            .iter()
            .map(|l| (l.number, l.text.as_deref().unwrap()))
            .collect();
        assert_eq!(texts, [(1, "a.toml"), (4, "b.toml"), (5, "c.toml")]);
    }

    #[test]
    fn a_long_or_binary_line_is_a_bad_line_and_the_next_is_read() {
        let mut bytes = vec![b'x'; MAX_LINE_BYTES * 3];
        bytes.extend(b"\n\xff\xfe\nlast.toml\n");
        let got = lines(&bytes);
        assert_eq!(got.len(), 3);
        assert_eq!(got[0].number, 1);
        assert!(
            got[0]
                .text
                .as_ref()
                .unwrap_err()
                .contains("longer than 64 KiB")
        );
        assert_eq!(got[1].number, 2);
        assert!(got[1].text.as_ref().unwrap_err().contains("not UTF-8"));
        assert_eq!(got[2].text.as_deref(), Ok("last.toml"));
    }

    #[test]
    fn a_list_beyond_the_bound_is_refused_without_being_held() {
        // An endless list without a newline, as `/dev/zero` gives.
        let endless = std::io::BufReader::new(std::io::repeat(0));
        let err = read(endless, "the list").unwrap_err();
        assert!(format!("{err:?}").contains("larger than 64 MiB"));
    }
}

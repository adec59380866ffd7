//! The language seloste speaks to the person at the terminal: `--ui-lang`,
//! else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, the first one set, as
//! POSIX orders them): `fi_FI.UTF-8` is Finnish, `sv_FI` or `sv_SE`
//! Swedish, anything else English. Reports are said in it where they are
//! shown; their rule, article, field and place do not change.

use std::sync::OnceLock;

use crate::Lang;
use crate::diagnostic::Said;

static UI: OnceLock<Lang> = OnceLock::new();

/// Chooses the language once, at the start: `flag` if given, else the
/// locale.
pub fn init(flag: Option<Lang>) {
    let _ = UI.set(flag.unwrap_or_else(|| from_env(|k| std::env::var(k).ok())));
}

/// The language chosen (English before [`init`]).
pub fn lang() -> Lang {
    UI.get().copied().unwrap_or(Lang::En)
}

/// `said` in the chosen language: the words seloste itself writes at the
/// terminal ("wrote …", usage errors, summaries).
pub fn say(said: Said) -> String {
    said.in_lang(lang())
}

/// "wrote PATH", in the chosen language.
pub fn wrote(path: &std::path::Path) -> String {
    say(Said::new("cli-wrote").arg("path", path.display().to_string()))
}

/// "cannot read 'PATH': why", in the chosen language.
pub fn cannot_read(path: &std::path::Path, e: &std::io::Error) -> String {
    say(Said::new("cannot-read")
        .arg("path", path.display().to_string())
        .said("why", crate::diagnostic::io_said(e)))
}

/// The language of the first locale variable set.
fn from_env(get: impl Fn(&str) -> Option<String>) -> Lang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|k| get(k).filter(|v| !v.is_empty()))
        .map_or(Lang::En, |v| from_locale(&v))
}

/// The language of a locale name (`fi_FI.UTF-8`, `sv`, `C`).
fn from_locale(locale: &str) -> Lang {
    let language = locale
        .split(['_', '.', '@', '-'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    match language.as_str() {
        "fi" => Lang::Fi,
        "sv" => Lang::Sv,
        _ => Lang::En,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_locale_variable_set_decides() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(from_env(env(&[("LANG", "fi_FI.UTF-8")])), Lang::Fi);
        assert_eq!(from_env(env(&[("LANG", "sv_SE.UTF-8")])), Lang::Sv);
        assert_eq!(from_env(env(&[("LANG", "sv_FI")])), Lang::Sv);
        assert_eq!(
            from_env(env(&[("LC_ALL", "en_GB.UTF-8"), ("LANG", "fi_FI.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            from_env(env(&[
                ("LC_ALL", ""),
                ("LC_MESSAGES", "sv_FI"),
                ("LANG", "fi_FI")
            ])),
            Lang::Sv
        );
        assert_eq!(from_env(env(&[("LANG", "C")])), Lang::En);
        assert_eq!(from_env(env(&[("LANG", "de_DE.UTF-8")])), Lang::En);
        assert_eq!(from_env(env(&[])), Lang::En);
    }
}

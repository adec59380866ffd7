//! Checks that need more than the shape of the file: business IDs, catalogue
//! keys and their variables, country codes, and languages.
//!
//! Every problem is collected (not just the first), so that one run shows the
//! author everything to fix.

use std::collections::BTreeSet;

use super::source_map::SourceMap;
use super::{Model, Namespace, Text, VatError};
use crate::diagnostic::FieldPath;
use crate::diagnostic::{Diagnostic, Said, nearest};
use crate::i18n::Catalogue;
use crate::lang::{Lang, Layout};

/// Variables every catalogue clause may use; seloste provides them itself.
pub const GLOBAL_VARIABLES: [&str; 3] = ["controllers", "contact-email", "contact-phone"];

/// The largest count a clause may be given (`years`, `months`, `days`):
/// a retention period of a thousand days is under three years.
pub const MAX_COUNT: i64 = 1000;

/// The largest number (in size) any other value of a clause may be: every
/// whole number up to it prints exactly.
pub const MAX_NUMBER: f64 = 1e9;

/// Checks a parsed model against the catalogue. Returns every problem found.
pub fn validate(notice: &Model, catalogue: &Catalogue, map: &SourceMap) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let root = FieldPath::root;
    if notice.controllers.is_empty() {
        problems.push(
            Diagnostic::said_at(root().key("controllers"), Said::new("no-controller"))
                .help_said(Said::new("no-controller-help")),
        );
    }
    if notice.purposes.is_empty() {
        problems.push(
            Diagnostic::said_at(root().key("purposes"), Said::new("no-purpose"))
                .help_said(Said::new("no-purpose-help")),
        );
    }
    if notice.document.languages.is_empty() {
        problems.push(
            Diagnostic::said_at(
                root().key("document").key("languages"),
                Said::new("no-language"),
            )
            .help_said(Said::new("no-language-help")),
        );
    }
    if let Some(layout) = notice.document.layout {
        problems.extend(check_layout(notice, layout));
    }
    for (i, c) in notice.controllers.iter().enumerate() {
        let at = root().key("controllers").index(i);
        match c.business_id.as_ref().map(|b| b.parsed()) {
            Some(Err(e)) => problems.push(
                Diagnostic::said_at(
                    at.key("business-id"),
                    e.said().arg("controller", c.name.clone()),
                )
                .help_said(Said::new("business-id-help")),
            ),
            // The example of the starter model and of the help: its check
            // digit is right, so copying it would pass unnoticed.
            Some(Ok(id)) if id.to_string() == EXAMPLE_BUSINESS_ID => {
                problems.push(Diagnostic::said(
                    Some(at.key("business-id")),
                    Said::new("example-business-id")
                        .arg("controller", c.name.clone())
                        .arg("id", EXAMPLE_BUSINESS_ID),
                    Some(Said::new("example-business-id-help")),
                ))
            }
            _ => {}
        }
        if let Err(e) = c.vat_number() {
            let (field, help) = match e {
                VatError::NoBusinessId => ("vat", "vat-no-business-id-help"),
                VatError::Mismatch { .. } => ("vat-number", "vat-mismatch-help"),
                VatError::Format(_) | VatError::Finnish(_) => ("vat-number", "vat-format-help"),
            };
            problems.push(
                Diagnostic::said_at(at.key(field), e.said().arg("controller", c.name.clone()))
                    .help_said(Said::new(help)),
            );
        }
    }
    if let Some(point) = notice
        .joint_controllers
        .as_ref()
        .and_then(|j| j.contact_point.as_deref())
    {
        let names = notice.controllers.iter().map(|c| c.name.as_str());
        if !names.clone().any(|n| n == point) {
            let help = match nearest(point, names.clone()) {
                Some(best) => Said::new("did-you-mean").arg("name", best),
                None => Said::new("contact-point-names")
                    .arg("names", names.collect::<Vec<_>>().join(", ")),
            };
            problems.push(
                Diagnostic::said_at(
                    root().key("joint-controllers").key("contact-point"),
                    Said::new("contact-point-not-controller").arg("point", point),
                )
                .help_said(help),
            );
        }
    }
    for (path, code) in notice.countries() {
        let id = format!("country-{}", code.to_ascii_lowercase());
        if !catalogue.contains(&id) {
            let known: Vec<String> = catalogue
                .ids()
                .filter_map(|i| i.strip_prefix("country-"))
                .map(str::to_ascii_uppercase)
                .collect();
            let help = match nearest(&code.to_ascii_uppercase(), known.iter().map(String::as_str)) {
                Some(best) => Said::new("country-did-you-mean").arg("code", best),
                None => Said::new("country-help"),
            };
            problems.push(
                Diagnostic::said_at(path, Said::new("unknown-country").arg("code", code))
                    .help_said(help),
            );
        }
    }
    if let Some(sig) = &notice.signature
        && !valid_field_name(&sig.field_name)
    {
        problems.push(
            Diagnostic::said_at(
                root().key("signature").key("field-name"),
                Said::new("signature-field-name").arg("name", sig.field_name.clone()),
            )
            .help_said(Said::new("signature-field-name-help")),
        );
    }
    for t in notice.texts() {
        match t.text {
            Text::Key(clause) => {
                let id = format!("{}-{}", t.namespace, clause.key);
                match catalogue.variables(&id) {
                    None => problems.push(unknown_key(catalogue, t.namespace, &clause.key, t.path)),
                    Some(vars) => {
                        check_args(vars, clause, t.path.clone(), &id, &mut problems);
                        check_numbers(catalogue, clause, &t.path, &id, &mut problems);
                    }
                }
            }
            Text::Own(own) => {
                if own.langs().is_empty() || Lang::ALL.iter().any(|&l| own.get(l) == Some("")) {
                    problems.push(
                        Diagnostic::said_at(t.path, Said::new("own-text-empty"))
                            .help_said(Said::new("own-text-empty-help")),
                    );
                }
            }
            Text::Same { all } => {
                if all.trim().is_empty() {
                    problems.push(
                        Diagnostic::said_at(t.path.key("all"), Said::new("name-empty"))
                            .help_said(Said::new("name-empty-help")),
                    );
                }
            }
        }
    }
    locate(problems, map)
}

/// A side-by-side layout names two languages that the model promises.
fn check_layout(notice: &Model, layout: Layout) -> Vec<Diagnostic> {
    let at = FieldPath::root().key("document").key("layout");
    let Layout::Parallel(a, b) = layout else {
        return vec![
            Diagnostic::said_at(
                at,
                Said::new("layout-one-language").arg("layout", layout.to_string()),
            )
            .help_said(Said::new("layout-one-language-help")),
        ];
    };
    [a, b]
        .into_iter()
        .filter(|l| !notice.document.languages.contains(l))
        .map(|l| {
            Diagnostic::said_at(
                at.clone(),
                Said::new("layout-not-promised")
                    .arg("layout", layout.to_string())
                    .arg("lang", l.code()),
            )
            .help_said(Said::new("layout-not-promised-help").arg("lang", l.code()))
        })
        .collect()
}

/// A PDF field name that signing tools and their command lines take as is:
/// ASCII letters, digits, `-` and `_` (a `.` would split it into a
/// hierarchy, ISO 32000-1 12.7.3.2), at most 64 characters.
fn valid_field_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Checks that every own text has each of `langs`, or the `fallback`
/// language, which is then printed in its place, marked. The diagnostics
/// name the field; the `language-incomplete` rule puts them on their line.
pub fn validate_langs(notice: &Model, langs: &[Lang], fallback: Option<Lang>) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for t in notice.texts() {
        let Text::Own(own) = t.text else { continue };
        if fallback.is_some_and(|f| own.get(f).is_some()) {
            continue;
        }
        for &lang in langs {
            if own.get(lang).is_none() {
                let has = own
                    .langs()
                    .iter()
                    .map(|l| l.code())
                    .collect::<Vec<_>>()
                    .join(", ");
                let message = match fallback {
                    None => Said::new("language-missing"),
                    Some(f) => Said::new("language-missing-fallback").arg("fallback", f.code()),
                };
                problems.push(Diagnostic::said(
                    Some(t.path.clone()),
                    message.arg("lang", lang.code()).arg("has", has),
                    Some(Said::new("language-missing-help").arg("lang", lang.code())),
                ));
            }
        }
    }
    problems
}

/// The business ID seloste gives as an example (the starter model, the
/// help of `no-business-id`): a valid check digit, and nobody's.
pub const EXAMPLE_BUSINESS_ID: &str = "1234567-1";

fn unknown_key(
    catalogue: &Catalogue,
    namespace: Namespace,
    key: &str,
    path: FieldPath,
) -> Diagnostic {
    let prefix = format!("{namespace}-");
    let keys: Vec<&str> = catalogue
        .ids()
        .filter_map(|id| id.strip_prefix(&prefix))
        .collect();
    // A clause's words written where its key goes ("laskutus" for
    // `billing`): the key whose text, in any language, is those words.
    let written = key.trim().to_lowercase();
    let by_text = keys.iter().copied().find(|k| {
        Lang::ALL.iter().any(|&l| {
            catalogue
                .text(l, &format!("{prefix}{k}"))
                .is_ok_and(|t| t.trim().to_lowercase() == written)
        })
    });
    let help = if let Some(k) = by_text {
        Said::new("key-written-as-text")
            .arg("best", k)
            .arg("key", key)
    } else if looks_like_a_name(key) {
        // Keys are lower-case words joined with hyphens: capitals, spaces or
        // dots mean a name or a sentence was written where a key goes.
        Said::new("key-looks-like-a-name")
            .arg("name", key.replace('\\', "\\\\").replace('"', "\\\""))
    } else {
        match nearest(key, keys.iter().copied()) {
            Some(best) => Said::new("key-did-you-mean").arg("best", best),
            None => Said::new("key-see-catalog"),
        }
    };
    Diagnostic::said_at(
        path,
        Said::new("unknown-key")
            .arg("key", key)
            .arg("prefix", prefix),
    )
    .help_said(help)
}

/// Whether a bare string that is no key looks like a name or words rather
/// than a mistyped key: a key is lower-case ASCII letters, digits and
/// hyphens, so a capital, a space, a dot or any other letter says otherwise.
fn looks_like_a_name(s: &str) -> bool {
    s.chars()
        .any(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'))
}

fn check_args(
    vars: &BTreeSet<String>,
    clause: &super::Clause,
    path: FieldPath,
    id: &str,
    problems: &mut Vec<Diagnostic>,
) {
    let needed: Vec<&String> = vars
        .iter()
        .filter(|v| !GLOBAL_VARIABLES.contains(&v.as_str()))
        .collect();
    for v in &needed {
        if !clause.args.contains_key(v.as_str()) {
            problems.push(
                Diagnostic::said_at(
                    path.clone(),
                    Said::new("clause-needs-value")
                        .arg("clause", clause.key.clone())
                        .arg("name", v.as_str()),
                )
                .help_said(
                    Said::new("clause-needs-value-help")
                        .arg("clause", clause.key.clone())
                        .arg("name", v.as_str()),
                ),
            );
        }
    }
    for given in clause.args.keys() {
        if !needed.contains(&given) {
            let help = if needed.is_empty() {
                Said::new("clause-takes-no-values")
                    .arg("id", id)
                    .arg("clause", clause.key.clone())
            } else {
                let names: Vec<&str> = needed.iter().map(|s| s.as_str()).collect();
                Said::new("clause-takes")
                    .arg("id", id)
                    .arg("names", names.join(", "))
            };
            problems.push(
                Diagnostic::said_at(
                    path.clone(),
                    Said::new("clause-has-no-value")
                        .arg("clause", clause.key.clone())
                        .arg("name", given.as_str()),
                )
                .help_said(help),
            );
        }
    }
}

/// The numbers given to a clause: finite, and a whole number from 0 to
/// [`MAX_COUNT`] where the clause counts with it (Fluent would print NaN,
/// "inf" or 9,223,372,036,854,776,000 as they come).
fn check_numbers(
    catalogue: &Catalogue,
    clause: &super::Clause,
    path: &FieldPath,
    id: &str,
    problems: &mut Vec<Diagnostic>,
) {
    use super::ArgValue;
    for (name, value) in &clause.args {
        let shown = match value {
            ArgValue::Int(n) => n.to_string(),
            ArgValue::Float(x) => x.to_string().to_lowercase(),
            ArgValue::Str(_) => continue,
        };
        let at = path.key(name);
        if catalogue.counts_with(id, name) {
            let ok = matches!(value, ArgValue::Int(n) if (0..=MAX_COUNT).contains(n));
            if !ok {
                problems.push(
                    Diagnostic::said_at(
                        at,
                        Said::new("count-not-whole")
                            .arg("name", name.as_str())
                            .arg("shown", shown)
                            .arg("clause", clause.key.clone())
                            .arg("max", MAX_COUNT.to_string()),
                    )
                    .help_said(
                        Said::new("count-not-whole-help")
                            .arg("clause", clause.key.clone())
                            .arg("name", name.as_str()),
                    ),
                );
            }
        } else {
            let ok = match value {
                ArgValue::Int(n) => (*n as f64).abs() <= MAX_NUMBER,
                ArgValue::Float(x) => x.is_finite() && x.abs() <= MAX_NUMBER,
                ArgValue::Str(_) => true,
            };
            if !ok {
                problems.push(
                    Diagnostic::said_at(
                        at,
                        Said::new("number-too-big")
                            .arg("name", name.as_str())
                            .arg("shown", shown)
                            .arg("max", (MAX_NUMBER as i64).to_string()),
                    )
                    .help_said(Said::new("number-too-big-help")),
                );
            }
        }
    }
}

fn locate(mut problems: Vec<Diagnostic>, map: &SourceMap) -> Vec<Diagnostic> {
    for p in &mut problems {
        if p.location.is_none() {
            p.location = p.path.as_ref().and_then(|path| map.locate(path));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_words_are_told_from_mistyped_keys() {
        for name in [
            "PPG Manager",
            "Seafile",
            "Microsoft 365",
            "www.ppg.fi",
            "käyttäjät",
        ] {
            assert!(looks_like_a_name(name), "{name}");
        }
        for key in ["biling", "microsoft-365", "contract-plus-years"] {
            assert!(!looks_like_a_name(key), "{key}");
        }
    }

    #[test]
    fn field_names_are_plain_ascii_without_dots() {
        assert!(valid_field_name("Signature1"));
        assert!(valid_field_name("Webkoti_signature-2"));
        for bad in ["", "Sig.1", "Allekirjoitus ä", "two words", &"x".repeat(65)] {
            assert!(!valid_field_name(bad), "{bad:?}");
        }
    }
}

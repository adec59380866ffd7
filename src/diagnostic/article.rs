//! A GDPR article reference as each language writes it: the rules give
//! theirs in English style (`Art. 13(2)(a), 14(2)(a)`); Finnish writes
//! "13 artiklan 2 kohdan a alakohta", Swedish "artikel 13.2 a".

use crate::Lang;

/// One reference: the article, its paragraph and its points.
#[derive(Debug, PartialEq)]
struct Cite<'a> {
    article: &'a str,
    paragraph: Option<&'a str>,
    points: Vec<&'a str>,
}

/// `13(1)(c)(d)` read, or `None` if it is not of that form.
fn parse(reference: &str) -> Option<Cite<'_>> {
    let reference = reference.trim();
    let (article, mut rest) = reference.split_at(reference.find('(').unwrap_or(reference.len()));
    if article.is_empty() || !article.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut parts = Vec::new();
    while let Some(inner) = rest.strip_prefix('(') {
        let end = inner.find(')')?;
        parts.push(&inner[..end]);
        rest = &inner[end + 1..];
    }
    if !rest.is_empty() {
        return None;
    }
    let mut parts = parts.into_iter();
    Some(Cite {
        article,
        paragraph: parts.next(),
        points: parts.collect(),
    })
}

/// "a", "a ja b", "a, b ja c".
fn joined(items: &[&str], and: &str) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

/// `article` (the rules' English form, e.g. `Art. 13(2)(c), 14(2)(d), 7(3)`)
/// in `lang`'s style; as given if it is not of the form the rules use.
pub fn in_lang(article: &str, lang: Lang) -> String {
    let Some(list) = article.strip_prefix("Art. ") else {
        return article.to_string();
    };
    let Some(cites) = list.split(", ").map(parse).collect::<Option<Vec<_>>>() else {
        return article.to_string();
    };
    match lang {
        Lang::En => article.to_string(),
        Lang::Fi => cites
            .iter()
            .map(|c| match (c.paragraph, &c.points[..]) {
                (None, _) => format!("{} artikla", c.article),
                (Some(p), []) => format!("{} artiklan {p} kohta", c.article),
                (Some(p), points) => format!(
                    "{} artiklan {p} kohdan {} alakohta",
                    c.article,
                    joined(points, "ja")
                ),
            })
            .collect::<Vec<_>>()
            .join(", "),
        Lang::Sv => {
            let each: Vec<String> = cites
                .iter()
                .map(|c| {
                    let mut s = c.article.to_string();
                    if let Some(p) = c.paragraph {
                        s.push('.');
                        s.push_str(p);
                    }
                    if !c.points.is_empty() {
                        s.push(' ');
                        s.push_str(&joined(&c.points, "och"));
                    }
                    s
                })
                .collect();
            let refs: Vec<&str> = each.iter().map(String::as_str).collect();
            match refs[..] {
                [one] => format!("artikel {one}"),
                _ => format!("artiklarna {}", joined(&refs, "och")),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_cites_in_its_own_style() {
        let cases = [
            (
                "Art. 13(1)(c)",
                "13 artiklan 1 kohdan c alakohta",
                "artikel 13.1 c",
            ),
            (
                "Art. 13(2)(a), 14(2)(a)",
                "13 artiklan 2 kohdan a alakohta, 14 artiklan 2 kohdan a alakohta",
                "artiklarna 13.2 a och 14.2 a",
            ),
            (
                "Art. 13(1)(c)(d)",
                "13 artiklan 1 kohdan c ja d alakohta",
                "artikel 13.1 c och d",
            ),
            (
                "Art. 44, 13(1)(f), 14(1)(f)",
                "44 artikla, 13 artiklan 1 kohdan f alakohta, 14 artiklan 1 kohdan f alakohta",
                "artiklarna 44, 13.1 f och 14.1 f",
            ),
            ("Art. 27(1)", "27 artiklan 1 kohta", "artikel 27.1"),
            ("—", "—", "—"),
        ];
        for (en, fi, sv) in cases {
            assert_eq!(in_lang(en, Lang::En), en);
            assert_eq!(in_lang(en, Lang::Fi), fi, "{en}");
            assert_eq!(in_lang(en, Lang::Sv), sv, "{en}");
        }
    }
}

//! The `Accept` header as RFC 9110 (§ 12.5.1) reads it: media ranges with
//! their weights, the most specific range deciding for a type. Parsed into
//! values rather than matched as text, so that `q=0`, `q=0.000` and
//! `Q = 0` all refuse, and `application/*;q=0, application/pdf` still
//! accepts a PDF.

/// One media range of the header, e.g. `application/*;q=0.5`.
#[derive(Debug, Clone, PartialEq)]
struct Range {
    /// `*` or the type, lower-case.
    kind: String,
    /// `*` or the subtype, lower-case.
    subtype: String,
    /// The weight, 0.0 to 1.0; 1.0 when the range gives none.
    q: f32,
}

impl Range {
    fn parse(text: &str) -> Option<Range> {
        let mut parts = text.split(';');
        let media = parts.next()?.trim().to_ascii_lowercase();
        let (kind, subtype) = media.split_once('/')?;
        if kind.is_empty() || subtype.is_empty() || (kind == "*" && subtype != "*") {
            return None;
        }
        let mut q = 1.0;
        for parameter in parts {
            let Some((name, value)) = parameter.split_once('=') else {
                continue;
            };
            if name.trim().eq_ignore_ascii_case("q") {
                // A weight that is not a number between 0 and 1 makes the
                // range unusable, as a malformed range is.
                q = value
                    .trim()
                    .parse::<f32>()
                    .ok()
                    .filter(|q| (0.0..=1.0).contains(q))?;
            }
        }
        Some(Range {
            kind: kind.trim().to_string(),
            subtype: subtype.trim().to_string(),
            q,
        })
    }

    /// How specifically this range names `kind/subtype`: 2 for the type
    /// itself, 1 for `kind/*`, 0 for `*/*`, `None` if it does not cover it.
    fn covers(&self, kind: &str, subtype: &str) -> Option<u8> {
        match (self.kind.as_str(), self.subtype.as_str()) {
            ("*", "*") => Some(0),
            (k, "*") if k == kind => Some(1),
            (k, s) if k == kind && s == subtype => Some(2),
            _ => None,
        }
    }
}

/// What a request's `Accept` header allows.
#[derive(Debug, Clone, PartialEq)]
pub struct Accept {
    ranges: Vec<Range>,
}

impl Accept {
    /// The header's ranges; an absent header accepts everything, and
    /// ranges that cannot be read are passed over.
    pub fn parse(header: Option<&str>) -> Accept {
        let ranges = match header {
            None => vec![Range::parse("*/*").expect("*/* is a media range")],
            Some(text) => text.split(',').filter_map(Range::parse).collect(),
        };
        Accept { ranges }
    }

    /// The weight the request gives `media` (`type/subtype`): that of the
    /// most specific range that covers it, 0 if none does.
    pub fn quality(&self, media: &str) -> f32 {
        let (kind, subtype) = media.split_once('/').unwrap_or((media, ""));
        self.ranges
            .iter()
            .filter_map(|r| r.covers(kind, subtype).map(|s| (s, r.q)))
            .max_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)))
            .map_or(0.0, |(_, q)| q)
    }

    /// Whether the request takes `media` at all.
    pub fn accepts(&self, media: &str) -> bool {
        self.quality(media) > 0.0
    }

    /// Whether the request names `media` itself (not through a wildcard)
    /// with a weight above 0: a client that names a type asks for it.
    pub fn names(&self, media: &str) -> bool {
        let (kind, subtype) = media.split_once('/').unwrap_or((media, ""));
        self.ranges
            .iter()
            .any(|r| r.covers(kind, subtype) == Some(2) && r.q > 0.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_header_accepts_everything() {
        let accept = Accept::parse(None);
        assert!(accept.accepts("application/pdf"));
        assert!(accept.accepts("application/zip"));
        assert!(!accept.names("application/zip"));
    }

    #[test]
    fn a_weight_of_zero_refuses_however_it_is_written() {
        for header in [
            "application/pdf;q=0",
            "application/pdf; q=0.0",
            "application/pdf;q=0.000",
            "application/pdf ; Q = 0",
        ] {
            let accept = Accept::parse(Some(header));
            assert!(!accept.accepts("application/pdf"), "{header}");
            assert!(!accept.names("application/pdf"), "{header}");
        }
    }

    #[test]
    fn the_most_specific_range_decides() {
        let accept = Accept::parse(Some("application/*;q=0, application/pdf;q=0.5"));
        assert_eq!(accept.quality("application/pdf"), 0.5);
        assert_eq!(accept.quality("application/zip"), 0.0);
        let accept = Accept::parse(Some("*/*, application/zip;q=0"));
        assert!(accept.accepts("application/pdf"));
        assert!(!accept.accepts("application/zip"));
    }

    #[test]
    fn types_are_matched_without_regard_to_case() {
        let accept = Accept::parse(Some("Application/ZIP"));
        assert!(accept.names("application/zip"));
        assert!(!accept.accepts("application/pdf"));
    }

    #[test]
    fn unreadable_ranges_are_passed_over() {
        let accept = Accept::parse(Some(
            "pdf, */pdf, application/pdf;q=2, text/html;q=x, application/pdf",
        ));
        assert_eq!(accept.quality("application/pdf"), 1.0);
        assert!(!accept.accepts("text/html"));
    }
}

/// The language of the answer's words that `Accept-Language` asks for
/// (RFC 9110, § 12.5.4): of Finnish, Swedish and English, the one with the
/// highest weight (`fi-FI` counts for Finnish, `*` for any not named), the
/// earlier on a tie; English when the header names none of them.
pub fn language(header: Option<&str>) -> crate::Lang {
    use crate::Lang;
    let mut best: Option<(f32, usize, Lang)> = None;
    let mut star: Option<f32> = None;
    let mut named: Vec<(Lang, f32, usize)> = Vec::new();
    for (order, part) in header.unwrap_or("").split(',').enumerate() {
        let mut pieces = part.split(';');
        let tag = pieces.next().unwrap_or("").trim().to_ascii_lowercase();
        let mut q = 1.0f32;
        for p in pieces {
            if let Some((k, v)) = p.split_once('=')
                && k.trim().eq_ignore_ascii_case("q")
            {
                q = v
                    .trim()
                    .parse()
                    .ok()
                    .filter(|q| (0.0..=1.0).contains(q))
                    .unwrap_or(0.0);
            }
        }
        if tag == "*" {
            star = Some(star.map_or(q, |s: f32| s.max(q)));
            continue;
        }
        let primary = tag.split('-').next().unwrap_or("");
        if let Some(lang) = Lang::ALL.into_iter().find(|l| l.code() == primary)
            && !named.iter().any(|(l, _, _)| *l == lang)
        {
            named.push((lang, q, order));
        }
    }
    for lang in Lang::ALL {
        let (q, order) = match named.iter().find(|(l, _, _)| *l == lang) {
            Some(&(_, q, order)) => (q, order),
            None => match star {
                Some(q) => (q, usize::MAX),
                None => continue,
            },
        };
        if q > 0.0 && best.is_none_or(|(bq, bo, _)| q > bq || (q == bq && order < bo)) {
            best = Some((q, order, lang));
        }
    }
    best.map_or(Lang::En, |(_, _, l)| l)
}

#[cfg(test)]
mod language_tests {
    use super::language;
    use crate::Lang;

    #[test]
    fn the_heaviest_of_the_three_languages_is_chosen() {
        assert_eq!(language(None), Lang::En);
        assert_eq!(language(Some("sv")), Lang::Sv);
        assert_eq!(language(Some("fi-FI, fi;q=0.9, en;q=0.8")), Lang::Fi);
        assert_eq!(language(Some("de, sv-FI;q=0.7, en;q=0.5")), Lang::Sv);
        assert_eq!(language(Some("en;q=0.4, fi;q=0.6")), Lang::Fi);
        assert_eq!(language(Some("de, fr")), Lang::En);
        assert_eq!(language(Some("fi;q=0, *;q=0.5")), Lang::Sv);
        assert_eq!(language(Some("fi;q=0")), Lang::En);
    }
}

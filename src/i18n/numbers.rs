//! Numbers in catalogue messages, written as each language writes them.
//!
//! Fluent's default turns a number into Rust's `1.5` in every language. A
//! Finnish or Swedish reader expects `1,5` and groups long numbers with a
//! space (`12 000`); an English reader expects `1.5` and `12,000`. The
//! formatter is installed per bundle, so messages need nothing special; a
//! message can still opt out of grouping with `NUMBER($year, useGrouping:
//! "false")`, as the English date does.

use fluent_bundle::FluentValue;
use fluent_bundle::types::{FluentNumber, FluentNumberStyle};

use crate::lang::Lang;

/// How one language writes a number.
struct Style {
    /// Between the whole part and the fraction.
    decimal: char,
    /// Between groups of three digits.
    group: &'static str,
    /// The shortest whole part that is grouped: four-digit numbers are not
    /// grouped in Finnish and Swedish (Kielitoimisto, Språkbyrån).
    group_from: usize,
}

const FI_SV: Style = Style {
    decimal: ',',
    // A no-break space, so that a number is never split over two lines.
    group: "\u{a0}",
    group_from: 5,
};

const EN: Style = Style {
    decimal: '.',
    group: ",",
    group_from: 4,
};

/// The formatter for `lang`'s bundle (generic over Fluent's memoizer type,
/// which the formatter does not need).
pub fn formatter<M>(lang: Lang) -> fn(&FluentValue, &M) -> Option<String> {
    match lang {
        Lang::Fi | Lang::Sv => |v, _| format(v, &FI_SV),
        Lang::En => |v, _| format(v, &EN),
    }
}

/// Formats plain decimal numbers; anything else is left to Fluent.
fn format(value: &FluentValue, style: &Style) -> Option<String> {
    match value {
        FluentValue::Number(n) if n.options.style == FluentNumberStyle::Decimal => {
            Some(number(n, style))
        }
        _ => None,
    }
}

fn number(n: &FluentNumber, style: &Style) -> String {
    let o = &n.options;
    let min_fraction = o.minimum_fraction_digits.unwrap_or(0);
    let plain = match o.maximum_fraction_digits {
        Some(max) => {
            let s = format!("{:.*}", max.max(min_fraction), n.value.abs());
            trim_fraction(s, min_fraction)
        }
        None => n.value.abs().to_string(),
    };
    let (whole, fraction) = plain.split_once('.').unwrap_or((&plain, ""));
    let mut fraction = fraction.to_string();
    while fraction.len() < min_fraction {
        fraction.push('0');
    }
    let mut whole = whole.to_string();
    while whole.len() < o.minimum_integer_digits.unwrap_or(1) {
        whole.insert(0, '0');
    }
    if o.use_grouping && whole.len() >= style.group_from {
        whole = grouped(&whole, style.group);
    }
    let mut out = String::new();
    if n.value < 0.0 {
        out.push('-');
    }
    out.push_str(&whole);
    if !fraction.is_empty() {
        out.push(style.decimal);
        out.push_str(&fraction);
    }
    out
}

/// Drops trailing zeros of the fraction down to `min` digits.
fn trim_fraction(mut s: String, min: usize) -> String {
    if let Some(dot) = s.find('.') {
        while s.len() - dot - 1 > min && s.ends_with('0') {
            s.pop();
        }
        if s.ends_with('.') {
            s.pop();
        }
    }
    s
}

/// Digits in groups of three from the right.
fn grouped(digits: &str, sep: &str) -> String {
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Catalogue;
    use fluent_bundle::FluentArgs;

    fn fmt(lang: Lang, src: &str, n: f64) -> String {
        let cat = Catalogue::from_sources([(lang, "t.ftl", src)]).unwrap();
        let mut args = FluentArgs::new();
        args.set("n", n);
        cat.format(lang, "m", Some(&args)).unwrap()
    }

    #[test]
    fn each_language_writes_numbers_its_own_way() {
        let m = "m = { $n }\n";
        assert_eq!(fmt(Lang::Fi, m, 3.0), "3");
        assert_eq!(fmt(Lang::Fi, m, 1.5), "1,5");
        assert_eq!(fmt(Lang::Sv, m, 2.25), "2,25");
        assert_eq!(fmt(Lang::En, m, 1.5), "1.5");
        assert_eq!(fmt(Lang::Fi, m, 2023.0), "2023");
        assert_eq!(fmt(Lang::Fi, m, 12000.0), "12\u{a0}000");
        assert_eq!(fmt(Lang::Sv, m, 1234567.0), "1\u{a0}234\u{a0}567");
        assert_eq!(fmt(Lang::En, m, 1000.0), "1,000");
        assert_eq!(fmt(Lang::En, m, 12000.5), "12,000.5");
    }

    #[test]
    fn number_options_are_honoured() {
        let no_group = "m = { NUMBER($n, useGrouping: \"false\") }\n";
        assert_eq!(fmt(Lang::En, no_group, 2023.0), "2023");
        let two = "m = { NUMBER($n, minimumFractionDigits: 2) }\n";
        assert_eq!(fmt(Lang::Fi, two, 3.0), "3,00");
        let max = "m = { NUMBER($n, maximumFractionDigits: 1) }\n";
        assert_eq!(fmt(Lang::Sv, max, 2.26), "2,3");
        assert_eq!(fmt(Lang::Sv, max, 2.0), "2");
    }

    #[test]
    fn plural_selection_still_sees_the_number() {
        let src = "m = { $n ->\n    [one] yksi vuosi\n   *[other] { $n } vuotta\n}\n";
        assert_eq!(fmt(Lang::Fi, src, 1.0), "yksi vuosi");
        assert_eq!(fmt(Lang::Fi, src, 1.5), "1,5 vuotta");
    }
}

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
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use crate::lang::Lang;

/// The most fraction digits `NUMBER(…)` may ask for. ECMA-402 allows 100,
/// but an `f64` holds 15 to 17 significant digits, so more print noise, and
/// Fluent's plural rules compute `10^digits` in 64 bits, which overflows
/// (a panic) past 19. A notice needs two at most.
pub const MAX_FRACTION_DIGITS: usize = 19;

/// The most integer or significant digits `NUMBER(…)` may ask for, as in
/// ECMA-402 (1 to 21): `minimumIntegerDigits: 3000000` would otherwise pad
/// a number with three million zeros, one insertion at a time.
pub const MAX_INTEGER_DIGITS: usize = 21;

/// The `NUMBER(…)` options that count digits, with the range of each.
const DIGIT_OPTIONS: [(&str, usize, usize); 5] = [
    ("minimumIntegerDigits", 1, MAX_INTEGER_DIGITS),
    ("minimumFractionDigits", 0, MAX_FRACTION_DIGITS),
    ("maximumFractionDigits", 0, MAX_FRACTION_DIGITS),
    ("minimumSignificantDigits", 1, MAX_INTEGER_DIGITS),
    ("maximumSignificantDigits", 1, MAX_INTEGER_DIGITS),
];

/// A `NUMBER(…)` option of a message that is not a count of digits in its
/// range. Fluent would take any number (`65536`, `1e9`, `-3`) and hand it
/// to the formatter, which would then panic, hang or fill the memory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadOption {
    /// The message (or `-term`) the option is in.
    pub id: String,
    /// The option, e.g. `maximumFractionDigits`.
    pub option: &'static str,
    /// The value as written.
    pub value: String,
    /// The smallest value allowed.
    pub min: usize,
    /// The largest value allowed.
    pub max: usize,
}

impl std::fmt::Display for BadOption {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "message '{}': NUMBER option {}: {} is not a whole number from {} to {}",
            self.id, self.option, self.value, self.min, self.max
        )
    }
}

/// The `NUMBER(…)` options out of range in `entries`, message by message.
/// The entries must have passed the nesting check (the walk recurses).
pub fn check_options<'a, S: AsRef<str> + 'a>(
    entries: impl Iterator<Item = &'a Entry<S>>,
) -> Vec<BadOption> {
    let mut out = Vec::new();
    for entry in entries {
        let (id, patterns): (String, Vec<&Pattern<S>>) = match entry {
            Entry::Message(m) => (
                m.id.name.as_ref().to_string(),
                m.value
                    .iter()
                    .chain(m.attributes.iter().map(|a| &a.value))
                    .collect(),
            ),
            Entry::Term(t) => (
                format!("-{}", t.id.name.as_ref()),
                std::iter::once(&t.value)
                    .chain(t.attributes.iter().map(|a| &a.value))
                    .collect(),
            ),
            _ => continue,
        };
        let mut walk = OptionWalk { id, out: &mut out };
        for p in patterns {
            walk.pattern(p);
        }
    }
    out
}

struct OptionWalk<'o> {
    id: String,
    out: &'o mut Vec<BadOption>,
}

impl OptionWalk<'_> {
    fn pattern<S: AsRef<str>>(&mut self, p: &Pattern<S>) {
        for el in &p.elements {
            if let PatternElement::Placeable { expression } = el {
                self.expr(expression);
            }
        }
    }

    fn expr<S: AsRef<str>>(&mut self, e: &Expression<S>) {
        match e {
            Expression::Inline(i) => self.inline(i),
            Expression::Select { selector, variants } => {
                self.inline(selector);
                for v in variants {
                    self.pattern(&v.value);
                }
            }
        }
    }

    fn inline<S: AsRef<str>>(&mut self, e: &InlineExpression<S>) {
        match e {
            InlineExpression::FunctionReference { id, arguments } => {
                if id.name.as_ref() == "NUMBER" {
                    for named in &arguments.named {
                        self.option(named.name.name.as_ref(), &named.value);
                    }
                }
                for a in &arguments.positional {
                    self.inline(a);
                }
            }
            InlineExpression::Placeable { expression } => self.expr(expression),
            _ => {}
        }
    }

    fn option<S: AsRef<str>>(&mut self, name: &str, value: &InlineExpression<S>) {
        let Some(&(option, min, max)) = DIGIT_OPTIONS.iter().find(|(o, ..)| *o == name) else {
            return;
        };
        let written = match value {
            InlineExpression::NumberLiteral { value } => value.as_ref().to_string(),
            InlineExpression::StringLiteral { value } => format!("\"{}\"", value.as_ref()),
            _ => "this value".to_string(),
        };
        let whole = match value {
            InlineExpression::NumberLiteral { value } => value.as_ref().parse::<usize>().ok(),
            _ => None,
        };
        if !whole.is_some_and(|n| (min..=max).contains(&n)) {
            self.out.push(BadOption {
                id: self.id.clone(),
                option,
                value: written,
                min,
                max,
            });
        }
    }
}

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
    // Checked in validation; bounded here as well, so that a catalogue built
    // by another route cannot make the formatter allocate without end.
    let min_fraction = o
        .minimum_fraction_digits
        .unwrap_or(0)
        .min(MAX_FRACTION_DIGITS);
    let min_integer = o
        .minimum_integer_digits
        .unwrap_or(1)
        .min(MAX_INTEGER_DIGITS);
    let plain = match o
        .maximum_fraction_digits
        .map(|m| m.min(MAX_FRACTION_DIGITS))
    {
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
    if whole.len() < min_integer {
        whole.insert_str(0, &"0".repeat(min_integer - whole.len()));
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
    fn digit_options_are_bounded_in_the_formatter_too() {
        // A catalogue refuses such options; the formatter bounds them anyway.
        let mut n = FluentNumber::from(1.5);
        n.options.use_grouping = false;
        n.options.maximum_fraction_digits = Some(65_536);
        n.options.minimum_integer_digits = Some(3_000_000);
        n.options.minimum_fraction_digits = Some(50_000_000);
        let s = number(&n, &EN);
        assert_eq!(s.len(), MAX_INTEGER_DIGITS + 1 + MAX_FRACTION_DIGITS, "{s}");
        let src = "m = { NUMBER($n, maximumFractionDigits: 65536) }\n";
        assert!(Catalogue::from_sources([(Lang::Fi, "t.ftl", src)]).is_err());
    }

    #[test]
    fn options_out_of_range_are_found() {
        let src = "m = { NUMBER($n, minimumFractionDigits: 2, maximumFractionDigits: 65536) }\n\
                   -t = { $n ->\n   *[o] { NUMBER($n, minimumIntegerDigits: \"3\") }\n}\n\
                   ok = { NUMBER($n, minimumIntegerDigits: 21, maximumFractionDigits: 0) }\n";
        let res = fluent_syntax::parser::parse(src).unwrap();
        let bad: Vec<String> = check_options(res.body.iter())
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            bad,
            [
                "message 'm': NUMBER option maximumFractionDigits: 65536 is not a whole number from 0 to 19",
                "message '-t': NUMBER option minimumIntegerDigits: \"3\" is not a whole number from 1 to 21",
            ]
        );
    }

    #[test]
    fn plural_selection_still_sees_the_number() {
        let src = "m = { $n ->\n    [one] yksi vuosi\n   *[other] { $n } vuotta\n}\n";
        assert_eq!(fmt(Lang::Fi, src, 1.0), "yksi vuosi");
        assert_eq!(fmt(Lang::Fi, src, 1.5), "1,5 vuotta");
    }
}

//! The view's own logic: which rights a notice lists follows from the legal
//! bases of its purposes (GDPR Art. 13(2)(b)-(c)), and the right to object
//! (Art. 21) stands in a section of its own, apart from the others (Art.
//! 21(4)). The expected articles are the GDPR's, written out here.

use super::data::{Block, View};
use super::*;
use crate::i18n::Catalogue;
use crate::lang::{Lang, Layout};
use crate::model::{Format, parse};

const BASE: &str = include_str!("../../tests/fixtures/complete.toml");

/// The English view of the complete model with its one purpose's basis
/// line replaced by `purpose` (the `purpose = …` and `basis = …` lines).
fn view(purpose: &str) -> View {
    let line = "purpose = \"billing\"\nbasis = \"contract\"";
    assert!(BASE.contains(line), "the fixture's purpose has moved");
    let src = BASE.replace(line, purpose);
    let loaded = parse(&src, Format::Toml).unwrap_or_else(|d| panic!("{d}\n{src}"));
    build(
        &loaded.notice,
        Layout::Single(Lang::En),
        Catalogue::builtin().unwrap(),
        &Options::default(),
    )
    .unwrap()
}

/// The text of a section, or `None` when the notice has no such section;
/// the no-break spaces that hold a citation together read as spaces.
fn section(v: &View, id: &str) -> Option<String> {
    v.sections
        .iter()
        .find(|s| s.id == id)
        .map(|s| serde_json::to_string(&s.columns[0].blocks).unwrap())
        .map(|text| text.replace('\u{a0}', " "))
}

/// The articles of the rights listed: `Article 15` … `Article 21`.
fn rights(v: &View) -> Vec<&'static str> {
    let text = section(v, "rights").expect("every notice lists the rights");
    [
        "(Article 15)",
        "(Article 16)",
        "(Article 17)",
        "(Article 18)",
        "(Article 20)",
        "(Article 7(3))",
        "(Article 21)",
    ]
    .into_iter()
    .filter(|a| text.contains(a))
    .collect()
}

const ALWAYS: [&str; 4] = [
    "(Article 15)",
    "(Article 16)",
    "(Article 17)",
    "(Article 18)",
];

#[test]
fn each_legal_basis_brings_its_rights() {
    let with = |extra: &[&'static str]| [&ALWAYS[..], extra].concat();
    let cases: [(&str, Vec<&str>); 6] = [
        // Portability (Art. 20(1)(a)) for consent and contract only.
        ("basis = \"contract\"", with(&["(Article 20)"])),
        // Consent also brings its withdrawal (Art. 7(3), 13(2)(c)).
        (
            "basis = \"consent\"",
            with(&["(Article 20)", "(Article 7(3))"]),
        ),
        ("basis = \"legal-obligation\"", with(&[])),
        ("basis = \"vital-interests\"", with(&[])),
        // Objection (Art. 21(1)) for 6(1)(e) and (f).
        ("basis = \"public-task\"", with(&["(Article 21)"])),
        (
            "basis = \"legitimate-interests\"\ninterest = \"customer-relationship\"",
            with(&["(Article 21)"]),
        ),
    ];
    for (basis, expected) in cases {
        let v = view(&format!("purpose = \"billing\"\n{basis}"));
        assert_eq!(rights(&v), expected, "{basis}");
    }
}

#[test]
fn the_right_to_object_has_a_section_of_its_own_only_where_it_applies() {
    let contract = view("purpose = \"billing\"\nbasis = \"contract\"");
    assert_eq!(section(&contract, "objection"), None);

    let interests = view(
        "purpose = \"billing\"\nbasis = \"legitimate-interests\"\ninterest = \"customer-relationship\"",
    );
    let objection = section(&interests, "objection").expect("an objection section");
    assert!(objection.contains("(Article 21(1))"), "{objection}");
    assert!(!objection.contains("direct marketing"), "{objection}");
    // It stands apart: a framed notice, not one more item of the list.
    assert!(
        matches!(
            interests
                .sections
                .iter()
                .find(|s| s.id == "objection")
                .unwrap()
                .columns[0]
                .blocks[..],
            [Block::Callout { .. }]
        ),
        "the objection is not set apart"
    );
}

#[test]
fn direct_marketing_brings_the_absolute_right_to_object() {
    let v = view(
        "purpose = \"direct-marketing\"\nbasis = \"legitimate-interests\"\ninterest = \"marketing-existing-customers\"",
    );
    let objection = section(&v, "objection").expect("an objection section");
    assert!(objection.contains("(Article 21(2) and (3))"), "{objection}");
    assert!(rights(&v).contains(&"(Article 21)"));
}

/// An own text of paragraphs and a list becomes the view's paragraph and
/// list blocks; in a fallback language every piece is tagged with it and the
/// reader is told once, after the last piece.
#[test]
fn own_text_paragraphs_and_lists_become_blocks_marked_once_in_a_fallback() {
    let src = BASE.replace(
        "retention = [\"until-no-longer-needed\", { key = \"customer-relationship-plus-years\", years = 2 }]",
        "retention = [{ fi = \"Eka kappale.\\n\\nToka: www.x.fi\\n- yksi\\n- kaksi\" }]",
    );
    let loaded = parse(&src, Format::Toml).unwrap();
    let options = Options {
        fallback: Some(Lang::Fi),
        ..Options::default()
    };
    let v = build(
        &loaded.notice,
        Layout::Single(Lang::En),
        Catalogue::builtin().unwrap(),
        &options,
    )
    .unwrap();
    let blocks = &v
        .sections
        .iter()
        .find(|s| s.id == "retention")
        .unwrap()
        .columns[0]
        .blocks;
    let json = serde_json::to_value(blocks).unwrap();
    let fallback = |text: serde_json::Value, marker: serde_json::Value| serde_json::json!([{ "text": text, "lang": "fi", "marker": marker }]);
    assert_eq!(
        json,
        serde_json::json!([
            { "kind": "para", "text": fallback("Eka kappale.".into(), serde_json::Value::Null) },
            { "kind": "para", "text": fallback(
                serde_json::json!(["Toka: ", { "link": "https://www.x.fi", "text": "www.x.fi" }]),
                serde_json::Value::Null,
            ) },
            { "kind": "list", "items": [
                fallback("yksi".into(), serde_json::Value::Null),
                fallback("kaksi".into(), "(in Finnish)".into()),
            ] },
        ])
    );
}

/// A catalogue `rights-request` and a `[requests]` table each could give the
/// time limit of Art. 12(3); the notice gives it once.
#[test]
fn the_time_limit_is_said_once() {
    let count = |src: &str| {
        let loaded = parse(src, Format::Toml).unwrap_or_else(|d| panic!("{d}\n{src}"));
        let v = build(
            &loaded.notice,
            Layout::Single(Lang::En),
            Catalogue::builtin().unwrap(),
            &Options::default(),
        )
        .unwrap();
        serde_json::to_string(&v.sections)
            .unwrap()
            .matches("at the latest within one month")
            .count()
    };
    let requests = "\n[requests]\nprocedure = [\"by-email\"]\n";
    assert_eq!(count(&format!("{BASE}{requests}")), 1);
    assert_eq!(
        count(&format!("rights-request = \"by-email\"\n{BASE}{requests}")),
        1
    );
    assert_eq!(count(&format!("rights-request = \"by-email\"\n{BASE}")), 1);
}

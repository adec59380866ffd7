//! One test per rule: a model that breaks it gets exactly that finding, with
//! its article, path and line:column. `BASE` passes every rule, so each test
//! changes one thing and expects one finding.

use std::path::Path;

use super::*;
use crate::Lang;
use crate::model::{self, Format, Loaded, parse};

/// The complete model the end-to-end tests start from too.
const BASE: &str = include_str!("../../tests/fixtures/complete.toml");

fn date(s: &str) -> Date {
    Date::parse(s).unwrap()
}

/// Options for the documents the model promises, as `seloste check` has
/// them by default.
fn options(today: &str) -> Options {
    Options::new(date(today), Vec::new())
}

/// Validation and every rule, as the checked stage runs them.
fn check(loaded: &Loaded, catalogue: &Catalogue, options: &Options) -> Vec<Diagnostic> {
    let mut options = options.clone();
    if options.langs.is_empty() {
        options.langs = loaded.notice.document.languages.clone();
    }
    let problems = model::validate(&loaded.notice, catalogue, &loaded.map);
    let raw = model::to_json(&loaded.text, loaded.format);
    run(loaded, raw.as_ref(), catalogue, &options, problems)
}

fn has_errors(found: &[Diagnostic]) -> bool {
    found.iter().any(Diagnostic::is_error)
}

fn findings_on(src: &str, today: &str) -> Vec<Diagnostic> {
    let loaded = parse(src, Format::Toml).unwrap_or_else(|p| panic!("does not parse: {p}\n{src}"));
    check(&loaded, Catalogue::builtin().unwrap(), &options(today))
}

fn findings(src: &str) -> Vec<Diagnostic> {
    findings_on(src, "2026-01-01")
}

/// Asserts that `src` gives exactly one finding, of `rule`, at `path` and
/// `line:column`, with the rule's severity and article.
fn only(src: &str, rule: &str, path: &str, (line, column): (usize, usize)) -> Diagnostic {
    let found = findings(src);
    assert_eq!(
        found.iter().map(|f| f.rule).collect::<Vec<_>>(),
        [rule],
        "{found:#?}\n{src}"
    );
    let f = found.into_iter().next().unwrap();
    let r = rules().find(|r| r.id == rule).expect("a listed rule");
    assert_eq!(f.severity, r.severity);
    if rule == INVALID_MODEL.id {
        assert_eq!(f.article, None);
    } else {
        assert_eq!(f.article, Some(r.article));
        assert!(r.article.starts_with("Art. "));
    }
    assert_eq!(f.path.clone().unwrap_or_default().to_string(), path);
    assert_eq!(f.location, Some(Location { line, column }), "{f:#?}");
    assert!(!f.message.is_empty() && f.help.as_ref().is_some_and(|h| !h.is_empty()));
    f
}

fn replaced(from: &str, to: &str) -> String {
    assert!(BASE.contains(from), "{from:?} not in BASE");
    BASE.replacen(from, to, 1)
}

#[test]
fn the_base_model_has_no_findings() {
    assert_eq!(findings(BASE), []);
}

#[test]
fn purpose_without_basis() {
    let f = only(
        &replaced("basis = \"contract\"\n", ""),
        "purpose-without-basis",
        "purposes[0].basis",
        (22, 1),
    );
    assert!(f.message.contains("'billing'"), "{}", f.message);
}

#[test]
fn legitimate_interest_not_stated() {
    only(
        &replaced(
            "\"contract\"\n\n[[sources]]",
            "\"legitimate-interests\"\n\n[[sources]]",
        ),
        "legitimate-interest-not-stated",
        "purposes[0].interest",
        (22, 1),
    );
}

#[test]
fn interest_without_legitimate_interests() {
    only(
        &replaced(
            "basis = \"contract\"\n",
            "basis = \"contract\"\ninterest = \"credit-risk\"\n",
        ),
        "interest-without-legitimate-interests",
        "purposes[0].interest",
        (25, 12),
    );
}

#[test]
fn consent_without_withdrawal() {
    only(
        &replaced("basis = \"contract\"", "basis = \"consent\""),
        "consent-without-withdrawal",
        "purposes[0].basis",
        (24, 9),
    );
    let fixed = format!(
        "consent-withdrawal = \"by-email\"\n{}",
        replaced("basis = \"contract\"", "basis = \"consent\"")
    );
    assert_eq!(findings(&fixed), []);
    // A consent-based cookie clause relies on consent too.
    let cookies = format!("cookies = [\"necessary-only\", \"analytics-with-consent\"]\n{BASE}");
    let f = only(
        &cookies,
        "consent-without-withdrawal",
        "cookies[1]",
        (1, 30),
    );
    assert!(
        f.message.contains("'analytics-with-consent'"),
        "{}",
        f.message
    );
    let marketing = format!("cookies = [\"marketing-with-consent\"]\n{BASE}");
    only(
        &marketing,
        "consent-without-withdrawal",
        "cookies[0]",
        (1, 12),
    );
    assert_eq!(
        findings(&format!("consent-withdrawal = \"by-email\"\n{cookies}")),
        []
    );
}

#[test]
fn withdrawal_without_consent() {
    only(
        &format!("consent-withdrawal = \"by-email\"\n{BASE}"),
        "withdrawal-without-consent",
        "consent-withdrawal",
        (1, 22),
    );
    // Consent to cookies is consent: how to withdraw it is printed.
    let cookies = format!(
        "consent-withdrawal = \"by-email\"\ncookies = [\"analytics-with-consent\"]\n{BASE}"
    );
    assert_eq!(findings(&cookies), []);
}

#[test]
fn source_not_named() {
    only(
        &replaced("\n[[sources]]\nsource = \"customer\"\n", ""),
        "source-not-named",
        "sources",
        (1, 1),
    );
}

#[test]
fn public_source_not_marked() {
    only(
        &replaced("source = \"customer\"", "source = \"ytj\""),
        "public-source-not-marked",
        "sources[0].public",
        (26, 1),
    );
    let marked = replaced("source = \"customer\"", "source = \"ytj\"\npublic = true");
    assert_eq!(findings(&marked), []);
}

#[test]
fn transfer_without_safeguard() {
    only(
        &format!("{BASE}\n[transfers]\noutside-eea = true\n"),
        "transfer-without-safeguard",
        "transfers.safeguards",
        (32, 1),
    );
    // A copy of the safeguards is not a safeguard.
    let f = only(
        &format!("{BASE}\n[transfers]\noutside-eea = true\nsafeguards = [\"copy-on-request\"]\n"),
        "transfer-without-safeguard",
        "transfers.safeguards",
        (34, 14),
    );
    assert!(f.message.contains("copy"), "{}", f.message);
    let grounded = format!(
        "{BASE}\n[transfers]\noutside-eea = true\nsafeguards = [\"adequacy-decision\", \"copy-on-request\"]\n"
    );
    assert_eq!(findings(&grounded), []);
}

#[test]
fn safeguard_copy_not_offered() {
    let transfer = |safeguards: &str| {
        format!("{BASE}\n[transfers]\noutside-eea = true\nsafeguards = [{safeguards}]\n")
    };
    let f = only(
        &transfer("\"adequacy-decision\", \"binding-corporate-rules\""),
        "safeguard-copy-not-offered",
        "transfers.safeguards[1]",
        (34, 36),
    );
    assert!(
        f.message.contains("'binding-corporate-rules'"),
        "{}",
        f.message
    );
    only(
        &transfer("\"standard-contractual-clauses\""),
        "safeguard-copy-not-offered",
        "transfers.safeguards[0]",
        (34, 15),
    );
    // An adequacy decision is public: there is nothing to copy.
    assert_eq!(
        findings(&transfer(
            "\"adequacy-decision\", \"data-privacy-framework\""
        )),
        []
    );
    assert_eq!(
        findings(&transfer(
            "\"standard-contractual-clauses\", \"copy-on-request\""
        )),
        []
    );
    // Model v2: the copy as a statement of its own, and grounds by country.
    let copy = format!(
        "{BASE}\n[transfers]\noutside-eea = true\nsafeguards = [\"standard-contractual-clauses\"]\ncopy = \"on-request\"\n"
    );
    assert_eq!(findings(&copy), []);
    only(
        &format!(
            "{BASE}\n[transfers]\noutside-eea = true\n\n[[transfers.countries]]\ncountry = \"IN\"\ngrounds = [\"standard-contractual-clauses\"]\n"
        ),
        "safeguard-copy-not-offered",
        "transfers.countries[0].grounds[0]",
        (37, 12),
    );
}

#[test]
fn safeguard_without_transfer() {
    only(
        &format!(
            "{BASE}\n[transfers]\nsafeguards = [\"standard-contractual-clauses\", \"copy-on-request\"]\n"
        ),
        "safeguard-without-transfer",
        "transfers.safeguards",
        (33, 14),
    );
}

#[test]
fn transfer_not_declared() {
    let processor = "\n[[recipients.processors]]\nname = \"Acme\"\nservice = \"hosting\"\n\
                     country = \"US\"\n";
    let f = only(
        &format!("{BASE}{processor}"),
        "transfer-not-declared",
        "recipients.processors[0].country",
        (35, 11),
    );
    assert!(f.message.contains("'Acme'") && f.message.contains("US"));
    let declared = format!(
        "{BASE}{processor}\n[transfers]\noutside-eea = true\nsafeguards = [\"standard-contractual-clauses\", \"copy-on-request\"]\n"
    );
    assert_eq!(findings(&declared), []);
    // Model v2: a country of transfers.countries outside the EU/EEA too.
    only(
        &format!(
            "{BASE}\n[[transfers.countries]]\ncountry = \"US\"\ngrounds = [\"adequacy-decision\"]\n"
        ),
        "transfer-not-declared",
        "transfers.countries[0].country",
        (33, 11),
    );
}

#[test]
fn processor_location_unknown() {
    // A processor with no country cannot be judged.
    let processor = "\n[[recipients.processors]]\nname = \"Acme\"\nservice = \"hosting\"\n";
    let f = only(
        &format!("{BASE}{processor}"),
        "processor-location-unknown",
        "recipients.processors[0]",
        (32, 1),
    );
    assert!(f.message.contains("'Acme'"), "{}", f.message);
    let located = format!("{BASE}{processor}country = \"FI\"\n");
    assert_eq!(findings(&located), []);
    // Once transfers are declared, the unknown country hides which
    // transfer rests on which ground: still an error, said so.
    let transfers = "\n[transfers]\noutside-eea = true\nsafeguards = [\"adequacy-decision\"]\n";
    let declared = format!("{BASE}{processor}{transfers}");
    let f = only(
        &declared,
        "processor-location-unknown",
        "recipients.processors[0]",
        (32, 1),
    );
    assert!(
        f.message.contains("is transferred outside"),
        "{}",
        f.message
    );
    assert_eq!(
        findings(&format!("{BASE}{processor}country = \"FI\"\n{transfers}")),
        []
    );
}

#[test]
fn transfer_without_ground() {
    let processor = |country: &str| {
        format!(
            "\n[[recipients.processors]]\nname = \"Acme\"\nservice = \"hosting\"\ncountry = \"{country}\"\n"
        )
    };
    let adequacy = "\n[transfers]\noutside-eea = true\nsafeguards = [\"adequacy-decision\"]\n";
    // China has no adequacy decision: the general one covers nothing there.
    let f = only(
        &format!("{BASE}{}{adequacy}", processor("CN")),
        "transfer-without-ground",
        "recipients.processors[0].country",
        (35, 11),
    );
    assert!(f.message.contains("'Acme'") && f.message.contains("CN"));
    // Japan has one.
    assert_eq!(
        findings(&format!("{BASE}{}{adequacy}", processor("JP"))),
        []
    );
    // Standard contractual clauses for China, named for the country.
    let by_country = "\n[[transfers.countries]]\ncountry = \"CN\"\ngrounds = [\"standard-contractual-clauses\"]\n";
    let with_copy = adequacy.replace(
        "safeguards = [\"adequacy-decision\"]",
        "copy = \"on-request\"",
    );
    assert_eq!(
        findings(&format!("{BASE}{}{with_copy}{by_country}", processor("CN"))),
        []
    );
}

#[test]
fn adequacy_decision_not_in_force() {
    let src = |country: &str| {
        format!(
            "{BASE}\n[transfers]\noutside-eea = true\n\n[[transfers.countries]]\ncountry = \"{country}\"\ngrounds = [\"adequacy-decision\"]\n"
        )
    };
    let f = only(
        &src("CN"),
        "adequacy-decision-not-in-force",
        "transfers.countries[0].grounds[0]",
        (37, 12),
    );
    assert!(f.message.contains("CN"), "{}", f.message);
    assert_eq!(findings(&src("KR")), []);
    // The Data Privacy Framework is for the United States only.
    only(
        &src("CA").replace("adequacy-decision", "data-privacy-framework"),
        "adequacy-decision-not-in-force",
        "transfers.countries[0].grounds[0]",
        (37, 12),
    );
}

#[test]
fn special_category_without_condition() {
    let special = "\n[special-categories]\ndata = [\"trade-union-membership\"]\n";
    only(
        &format!("{BASE}{special}"),
        "special-category-without-condition",
        "special-categories.conditions",
        (32, 1),
    );
    let with_condition = format!("{BASE}{special}conditions = [\"employment-law\"]\n");
    assert_eq!(findings(&with_condition), []);
}

#[test]
fn identity_code_ground_not_stated() {
    let src = replaced(
        "data = [\"name\", \"contact-details\"]",
        "data = [\"name\", \"identity-code\"]",
    );
    only(&src, "identity-code-ground-not-stated", "data[1]", (1, 17));
    let grounded = format!("identity-code = [\"credit-collection\"]\n{src}");
    assert_eq!(findings(&grounded), []);
}

#[test]
fn recording_incomplete() {
    let recording = "\n[recording]\nrecorded = [\"calls\"]\npurposes = [\"purpose-quality\"]\n";
    let base = replaced(
        "\n[[sources]]",
        "\n[[purposes]]\npurpose = \"call-recording\"\nbasis = \"legitimate-interests\"\n\
         interest = \"legal-claims\"\n\n[[sources]]",
    );
    only(
        &format!("{base}{recording}"),
        "recording-incomplete",
        "recording.retention",
        (37, 1),
    );
    let complete = format!("{base}{recording}retention = \"until-transaction-verified\"\n");
    assert_eq!(findings(&complete), []);
}

#[test]
fn directory_refusal_not_stated() {
    let directories = "\n[directories]\npublished = [\"subscriber-directory\"]\n";
    let base = replaced(
        "\n[[sources]]",
        "\n[[purposes]]\npurpose = \"subscriber-directories\"\nbasis = \"legal-obligation\"\n\n[[sources]]",
    );
    only(
        &format!("{base}{directories}"),
        "directory-refusal-not-stated",
        "directories.refusal",
        (36, 1),
    );
    let refusable = format!("{base}{directories}refusal = \"customer-service\"\n");
    assert_eq!(findings(&refusable), []);
}

/// The complete model with the retention of analytics data stated, so that
/// a test of another analytics rule sees only that rule's finding.
fn analytics_base() -> String {
    BASE.replacen(
        "retention = [",
        "retention = [{ key = \"analytics-months\", months = 14 }, ",
        1,
    )
}

#[test]
fn analytics_without_consent() {
    let base = analytics_base();
    only(
        &format!("analytics = [\"meta-pixel\"]\n{base}"),
        "analytics-without-consent",
        "analytics[0]",
        (1, 14),
    );
    // Plausible sets no cookies: nothing to consent to.
    assert_eq!(
        findings(&format!("analytics = [\"plausible\"]\n{base}")),
        []
    );
    let consented = format!(
        "analytics = [\"meta-pixel\"]\ncookies = [\"consent-banner\"]\n\
         consent-withdrawal = \"same-way\"\n{base}"
    );
    assert_eq!(findings(&consented), []);
}

#[test]
fn analytics_retention_not_stated() {
    only(
        &format!("analytics = [\"plausible\"]\n{BASE}"),
        "analytics-retention-not-stated",
        "analytics[0]",
        (1, 14),
    );
    assert_eq!(
        findings(&format!(
            "analytics = [\"plausible\"]\n{}",
            analytics_base()
        )),
        []
    );
    // Own retention text may say it.
    let own = BASE.replacen(
        "retention = [",
        "retention = [{ fi = \"Analytiikkatiedot poistetaan vuoden kuluttua keruusta.\", \
         sv = \"Analysdata raderas ett år efter insamlingen.\", \
         en = \"Analytics data is erased a year after it is collected.\" }, ",
        1,
    );
    assert_eq!(findings(&format!("analytics = [\"plausible\"]\n{own}")), []);
}

#[test]
fn request_address_missing() {
    let requests = "\n[requests]\nprocedure = [\"in-writing-signed\", \"by-post\", \"by-email\"]\n";
    only(
        &format!("{BASE}{requests}"),
        "request-address-missing",
        "requests.procedure[1]",
        (33, 35),
    );
    let addressed = format!(
        "{BASE}{requests}\n[requests.post-to]\nname = \"Webkoti\"\nstreet = \"Mustikkapolku 1 A 5\"\n\
         postal-code = \"96500\"\ncity = \"Rovaniemi\"\n"
    );
    assert_eq!(findings(&addressed), []);
}

#[test]
fn requirement_consequence_not_stated() {
    let bare = replaced(
        "requirement = \"contract\"",
        "requirement = \"to-enter-contract\"",
    );
    only(
        &bare,
        "requirement-consequence-not-stated",
        "requirement-consequences",
        (1, 1),
    );
    let with = format!("requirement-consequences = [\"no-contract\"]\n{bare}");
    assert_eq!(findings(&with), []);
}

#[test]
fn no_retention() {
    only(
        &replaced(
            "retention = [\"until-no-longer-needed\", { key = \"customer-relationship-plus-years\", years = 2 }]\n",
            "",
        ),
        "no-retention",
        "retention",
        (1, 1),
    );
}

#[test]
fn no_contact() {
    only(
        &replaced("email = \"admin@webkoti.com\"", "email = \"admin\""),
        "no-contact",
        "contact.email",
        (20, 9),
    );
}

#[test]
fn contact_phone_missing() {
    let src = format!("rights-request = \"by-email-or-phone\"\n{BASE}");
    only(&src, "contact-phone-missing", "rights-request", (1, 18));
    let with_phone = src.replace(
        "email = \"admin@webkoti.com\"",
        "email = \"admin@webkoti.com\"\nphone = \"040 7503288\"",
    );
    assert_eq!(findings(&with_phone), []);
}

#[test]
fn representative_missing() {
    only(
        &replaced(
            "city = \"Rovaniemi\"",
            "city = \"Rovaniemi\"\ncountry = \"US\"",
        ),
        "representative-missing",
        "controllers[0].country",
        (17, 11),
    );
}

#[test]
fn no_business_id() {
    only(
        &replaced("business-id = \"1759068-4\"\n", ""),
        "no-business-id",
        "controllers[0].name",
        (12, 8),
    );
    // Another register's number identifies a controller too.
    let registered = replaced(
        "business-id = \"1759068-4\"",
        "registration = { label = \"association-register\", number = \"212.345\" }",
    );
    assert_eq!(findings(&registered), []);
}

#[test]
fn eu_representative_in_eea() {
    only(
        &format!("{BASE}\n[eu-representative]\nname = \"Edustaja Oy\"\n"),
        "eu-representative-in-eea",
        "eu-representative",
        (32, 1),
    );
    let abroad = replaced(
        "city = \"Rovaniemi\"",
        "city = \"Rovaniemi\"\ncountry = \"US\"",
    );
    assert_eq!(
        findings(&format!(
            "{abroad}\n[eu-representative]\nname = \"Edustaja Oy\"\n"
        )),
        []
    );
}

/// A second controller, as a group of companies sharing one register.
const SECOND_CONTROLLER: &str = "[[controllers]]\nname = \"Webkoti Oy\"\nbusiness-id = \
                                 \"3221893-6\"\nstreet = \"Mustikkapolku 1 A 5\"\n\
                                 postal-code = \"96500\"\ncity = \"Rovaniemi\"\n\n[contact]";

#[test]
fn joint_arrangement_missing() {
    let two = replaced("[contact]", SECOND_CONTROLLER);
    only(&two, "joint-arrangement-missing", "controllers[1]", (18, 1));
    let arranged = format!(
        "{two}\n[joint-controllers]\narrangement = \"shared-contact\"\n\
         contact-point = \"Webkoti\"\n"
    );
    assert_eq!(findings(&arranged), []);
}

#[test]
fn joint_controllers_alone() {
    only(
        &format!("{BASE}\n[joint-controllers]\narrangement = \"shared-contact\"\n"),
        "joint-controllers-alone",
        "joint-controllers",
        (32, 1),
    );
}

#[test]
fn a_joint_contact_point_is_one_of_the_controllers() {
    let two = replaced("[contact]", SECOND_CONTROLLER);
    let f = only(
        &format!(
            "{two}\n[joint-controllers]\narrangement = \"shared-contact\"\n\
             contact-point = \"Webkoti Ltd\"\n"
        ),
        INVALID_MODEL.id,
        "joint-controllers.contact-point",
        (41, 17),
    );
    assert_eq!(f.help.as_deref(), Some("did you mean `Webkoti`?"));
}

#[test]
fn a_vat_number_is_checked_against_the_business_id() {
    let f = only(
        &replaced(
            "business-id = \"1759068-4\"",
            "business-id = \"1759068-4\"\nvat-number = \"FI20390966\"",
        ),
        INVALID_MODEL.id,
        "controllers[0].vat-number",
        (14, 14),
    );
    assert!(f.message.contains("that is FI17590684"), "{}", f.message);
    only(
        &replaced(
            "business-id = \"1759068-4\"",
            "registration = { label = \"number\", number = \"1\" }\nvat = true",
        ),
        INVALID_MODEL.id,
        "controllers[0].vat",
        (14, 7),
    );
    let registered = replaced(
        "business-id = \"1759068-4\"",
        "business-id = \"1759068-4\"\nvat = true",
    );
    assert_eq!(findings(&registered), []);
}

#[test]
fn dpo_missing() {
    only(
        &format!("dpo-required = true\n{BASE}"),
        "dpo-missing",
        "dpo-required",
        (1, 16),
    );
    let named = format!("dpo-required = true\n{BASE}\n[dpo]\nemail = \"dpo@webkoti.com\"\n");
    assert_eq!(findings(&named), []);
}

#[test]
fn dpo_consider() {
    let monitoring = replaced("\"contact-details\"]", "\"usage-data\"]");
    only(&monitoring, "dpo-consider", "data[1]", (1, 17));
    assert_eq!(findings(&format!("dpo-required = false\n{monitoring}")), []);
    // The traffic and location data of an ISP or an operator.
    for data in ["traffic-data", "location-data"] {
        let f = only(
            &replaced("\"contact-details\"]", &format!("\"{data}\"]")),
            "dpo-consider",
            "data[1]",
            (1, 17),
        );
        assert!(
            f.message.contains("traffic or location data"),
            "{}",
            f.message
        );
    }
    only(
        &replaced("purpose = \"billing\"", "purpose = \"traffic-data\""),
        "dpo-consider",
        "purposes[0].purpose",
        (23, 11),
    );
}

#[test]
fn no_data_categories() {
    only(
        &replaced("data = [\"name\", \"contact-details\"]\n", ""),
        "no-data-categories",
        "data",
        (1, 1),
    );
    // Data from another source than the data subject is
    // an Art. 14 duty, an error: `customer` is another source for the
    // customer's contact persons.
    let f = only(
        &replaced("data = [\"name\", \"contact-details\"]\n", ""),
        "no-data-categories",
        "data",
        (1, 1),
    );
    assert_eq!(f.severity, Severity::Error);
    assert!(f.message.contains("sources[0]"), "{}", f.message);
    // Art. 13 alone (everybody gives their own data) does not require them.
    let own = replaced("data = [\"name\", \"contact-details\"]\n", "").replacen(
        "source = \"customer\"",
        "source = \"data-subject\"",
        1,
    );
    assert_eq!(findings(&own), []);
}

#[test]
fn no_recipients() {
    only(
        &replaced(
            "\n[recipients]\ndisclosures = [\"authorities-by-law\"]\n",
            "",
        ),
        "no-recipients",
        "recipients",
        (1, 1),
    );
}

#[test]
fn automated_decisions_not_addressed() {
    only(
        &replaced("automated-decisions = \"none\"\n", ""),
        "automated-decisions-not-addressed",
        "automated-decisions",
        (1, 1),
    );
}

#[test]
fn requirement_not_stated() {
    only(
        &replaced("requirement = \"contract\"\n", ""),
        "requirement-not-stated",
        "requirement",
        (1, 1),
    );
}

#[test]
fn own_text_too_short() {
    let f = only(
        &replaced(
            "[\"until-no-longer-needed\", { key = \"customer-relationship-plus-years\", years = 2 }]",
            "[{ fi = \"Kuusi vuotta\" }]",
        ),
        "own-text-too-short",
        "retention[0]",
        (3, 14),
    );
    assert!(f.message.contains("fi 'Kuusi vuotta'"), "{}", f.message);
    let sentence = replaced(
        "[\"until-no-longer-needed\", { key = \"customer-relationship-plus-years\", years = 2 }]",
        "[{ fi = \"Tietoja säilytetään kuusi vuotta.\" }]",
    );
    assert_eq!(findings(&sentence), []);
}

#[test]
fn list_item_style() {
    let f = only(
        &replaced(
            "purpose = \"billing\"",
            "purpose = { fi = \"Kanta-asiakasedut\", en = \"managing loyalty benefits\" }",
        ),
        "list-item-style",
        "purposes[0].purpose",
        (23, 11),
    );
    assert!(
        f.message
            .contains("en 'managing loyalty benefits' starts with a lower-case letter"),
        "{}",
        f.message
    );
    assert!(!f.message.contains("fi '"), "{}", f.message);
    let stop = replaced("[\"customers\"]", "[{ fi = \"Asiakkaat.\" }]");
    assert_eq!(
        findings(&stop).iter().map(|f| f.rule).collect::<Vec<_>>(),
        ["list-item-style"]
    );
    // A name is written as its owner writes it.
    let named = replaced(
        "purpose = \"billing\"\nbasis = \"contract\"",
        "purpose = { fi = \"Laskutus\" }\nbasis = \"contract\"\n\n[[purposes]]\npurpose = { all = \"eKirjasto\" }\nbasis = \"contract\"",
    );
    assert_eq!(findings(&named), []);
}

#[test]
fn outdated() {
    assert_eq!(
        findings_on(BASE, "2028-11-01"),
        [],
        "exactly two years is not outdated"
    );
    let found = findings_on(BASE, "2028-11-02");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].rule, "outdated");
    assert_eq!(
        found[0].path.as_ref().unwrap().to_string(),
        "document.updated"
    );
    assert_eq!(
        found[0].location,
        Some(Location {
            line: 8,
            column: 11
        })
    );
    assert_eq!(found[0].article, Some("Art. 12(1)"));
    assert!(found[0].message.contains("2026-11-01"));
}

#[test]
fn language_incomplete() {
    let src = replaced("languages = [\"fi\"]", "languages = [\"fi\", \"sv\"]").replacen(
        "[\"until-no-longer-needed\", { key = \"customer-relationship-plus-years\", years = 2 }]",
        "[{ fi = \"Tietoja säilytetään kuusi vuotta.\" }]",
        1,
    );
    let f = only(&src, "language-incomplete", "retention[0]", (3, 14));
    assert!(f.message.contains("no sv version"), "{}", f.message);
}

#[test]
fn placeholder_not_filled() {
    let f = only(
        &replaced(
            "name = \"Webkoti\"\nbusiness",
            "name = \"<nimi>\"\nbusiness",
        ),
        "placeholder-not-filled",
        "controllers[0].name",
        (12, 8),
    );
    assert!(f.message.contains("<nimi>"));
}

#[test]
fn a_placeholder_hides_the_other_complaints_about_its_field() {
    only(
        &replaced("\"1759068-4\"", "\"<Y-tunnus>\""),
        "placeholder-not-filled",
        "controllers[0].business-id",
        (13, 15),
    );
    only(
        &replaced("\"admin@webkoti.com\"", "\"<sähköposti>\""),
        "placeholder-not-filled",
        "contact.email",
        (20, 9),
    );
}

#[test]
fn invalid_model() {
    only(
        &replaced("1759068-4", "1759068-5"),
        "invalid-model",
        "controllers[0].business-id",
        (13, 15),
    );
}

#[test]
fn findings_come_in_file_order() {
    let src = replaced("email = \"admin@webkoti.com\"", "email = \"admin\"").replacen(
        "retention = [\"until-no-longer-needed\", { key = \"customer-relationship-plus-years\", years = 2 }]\n",
        "",
        1,
    );
    let rules: Vec<&str> = findings(&src).iter().map(|f| f.rule).collect();
    assert_eq!(rules, ["no-retention", "no-contact"]);
}

#[test]
fn denied_warnings_become_errors() {
    let src = replaced("requirement = \"contract\"\n", "");
    let loaded = parse(&src, Format::Toml).unwrap();
    let cat = Catalogue::builtin().unwrap();
    let mut opts = options("2026-01-01");
    assert!(!has_errors(&check(&loaded, cat, &opts)));
    opts.deny_warnings = true;
    let found = check(&loaded, cat, &opts);
    assert_eq!(found[0].severity, Severity::Error);
    assert!(has_errors(&found));
}

#[test]
fn json_models_are_checked_without_locations() {
    let value = model::to_json(
        &replaced("retention = [\"until-no-longer-needed\", { key = \"customer-relationship-plus-years\", years = 2 }]\n", ""),
        Format::Toml,
    )
    .unwrap();
    let loaded = parse(&value.to_string(), Format::Json).unwrap();
    let found = check(
        &loaded,
        Catalogue::builtin().unwrap(),
        &options("2026-01-01"),
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].rule, "no-retention");
    assert_eq!(found[0].location, None);
}

#[test]
fn every_rule_has_a_unique_kebab_case_id_and_an_article() {
    let mut ids: Vec<&str> = rules().map(|r| r.id).collect();
    for r in rules() {
        assert!(
            r.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
            "{}",
            r.id
        );
        for lang in Lang::ALL {
            for (part, text) in [("checks", r.checks(lang)), ("fix", r.fix(lang))] {
                assert!(
                    !text.starts_with("rule-") && text.ends_with('.'),
                    "rule {} has no {part} sentence in {lang}: {text}",
                    r.id
                );
            }
        }
    }
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n, "an id is used twice");
}

#[test]
fn every_rule_has_a_test_here() {
    let src = include_str!("tests.rs");
    for r in rules() {
        let name = format!("fn {}()", r.id.replace('-', "_"));
        assert!(src.contains(&name), "no test `{name}` for rule {}", r.id);
    }
}

fn example(name: &str) -> Loaded {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("examples/{name}.toml"));
    parse(&std::fs::read_to_string(p).unwrap(), Format::Toml).unwrap()
}

#[test]
fn the_examples_have_no_findings() {
    for name in ["iljoja", "webkoti", "iljoja-fi-sv", "puutarhapuoti"] {
        let loaded = example(name);
        // A day within two years of both examples' dates.
        let found = check(
            &loaded,
            Catalogue::builtin().unwrap(),
            &options("2027-01-01"),
        );
        assert_eq!(found, [], "{name}");
    }
}

/// A value for each placeholder of the starter model, by its key.
fn fill(key: &str) -> &'static str {
    match key {
        "name" => "Webkoti",
        "business-id" => "1759068-4",
        "street" => "Mustikkapolku 1 A 5",
        "postal-code" => "96500",
        "city" => "Rovaniemi",
        "email" => "admin@webkoti.com",
        other => panic!("no value for the placeholder of `{other}`"),
    }
}

#[test]
fn the_starter_model_fails_on_each_placeholder_and_passes_once_filled() {
    let cat = Catalogue::builtin().unwrap();
    for lang in Lang::ALL {
        let text = crate::starter::starter(cat, lang, date("2026-01-01")).unwrap();
        let found = findings(&text);
        let placeholders = text.lines().filter(|l| l.contains("= \"<")).count();
        assert_eq!(placeholders, 8, "{text}");
        assert_eq!(found.len(), placeholders, "{found:#?}");
        assert!(found.iter().all(|f| f.rule == "placeholder-not-filled"));
        let filled: String = text
            .lines()
            .map(|l| match l.split_once(" = \"<") {
                Some((key, _)) => format!("{key} = \"{}\"\n", fill(key)),
                None => format!("{l}\n"),
            })
            .collect();
        assert_eq!(findings(&filled), [], "{lang}:\n{filled}");
    }
}

/// The README's table row of a rule, exactly as the rule describes itself.
fn readme_row(r: &Rule) -> String {
    format!(
        "| `{}` | {} | {} | {} | {} |",
        r.id,
        r.severity,
        r.article,
        r.checks(Lang::En),
        r.fix(Lang::En)
    )
}

#[test]
fn the_readme_documents_every_rule() {
    let readme = include_str!("../../README.md");
    let table: Vec<String> = rules().map(readme_row).collect();
    let missing: Vec<&String> = table.iter().filter(|row| !readme.contains(*row)).collect();
    assert!(
        missing.is_empty(),
        "README.md lacks these rows; the whole table is:\n{}",
        table.join("\n")
    );
}

#[test]
fn requirement_contradicts_basis() {
    let src = format!(
        "{}\n[[purposes]]\npurpose = \"accounting\"\nbasis = \"legal-obligation\"\n",
        replaced("requirement = \"contract\"", "requirement = \"voluntary\"")
    );
    let f = only(
        &src,
        "requirement-contradicts-basis",
        "requirement",
        (5, 15),
    );
    assert!(f.message.contains("'accounting'"), "{}", f.message);
    // Voluntary with no legal obligation, or a legal obligation with the
    // requirement said as it is, is fine.
    assert_eq!(
        findings(&replaced(
            "requirement = \"contract\"",
            "requirement = \"voluntary\""
        )),
        []
    );
    let partly = src.replacen(
        "requirement = \"voluntary\"",
        "requirement = \"partly\"\nrequirement-consequences = [\"no-contract\"]",
        1,
    );
    assert_eq!(findings(&partly), []);
}

#[test]
fn an_analytics_clause_that_transfers_to_the_us_needs_the_transfer_declared() {
    let src = format!(
        "analytics = [\"plausible\", \"google-analytics\"]\ncookies = [\"consent-banner\"]\n\
         consent-withdrawal = \"same-way\"\n{}",
        analytics_base()
    );
    let f = only(&src, "transfer-not-declared", "analytics[1]", (1, 27));
    assert!(f.message.contains("'google-analytics'"), "{}", f.message);
    // A service that keeps the data in the EU/EEA is no transfer.
    assert_eq!(
        findings(&format!(
            "analytics = [\"plausible\"]\n{}",
            analytics_base()
        )),
        []
    );
}

#[test]
fn the_analytics_clauses_that_transfer_to_the_us_are_those_whose_text_says_so() {
    let catalogue = Catalogue::builtin().unwrap();
    let says: Vec<&str> = catalogue
        .ids()
        .filter_map(|id| id.strip_prefix("analytics-"))
        .filter(|k| {
            catalogue
                .text(Lang::En, &format!("analytics-{k}"))
                .is_ok_and(|t| t.contains("United States"))
        })
        .collect();
    let mut listed = rules::ANALYTICS_TO_US.to_vec();
    listed.sort();
    assert_eq!(says, listed);
}

#[test]
fn signed_request_only() {
    let requests = "\n[requests]\nprocedure = [\"identity-proof\", \"in-writing-signed\"]\n";
    let src = format!("{BASE}{requests}");
    let line = src.lines().count();
    only(
        &src,
        "signed-request-only",
        "requests.procedure[1]",
        (line, 32),
    );
    for other in ["by-email", "in-person", "access-form"] {
        let offered = src.replacen(
            "\"in-writing-signed\"]",
            &format!("\"in-writing-signed\", \"{other}\"]"),
            1,
        );
        assert_eq!(findings(&offered), [], "{other}");
    }
}

#[test]
fn a_withdrawal_procedure_under_requests_says_how_consent_is_withdrawn() {
    let consent = replaced("basis = \"contract\"", "basis = \"consent\"");
    only(
        &consent,
        "consent-without-withdrawal",
        "purposes[0].basis",
        (24, 9),
    );
    let with = format!(
        "{consent}\n[requests]\nprocedure = [\"by-email\"]\nwithdrawal = \"withdrawal-same-way\"\n"
    );
    assert_eq!(findings(&with), []);
}

#[test]
fn the_example_business_id_is_refused() {
    let f = only(
        &replaced("business-id = \"1759068-4\"", "business-id = \"1234567-1\""),
        "invalid-model",
        "controllers[0].business-id",
        (13, 15),
    );
    assert!(f.message.contains("seloste's example"), "{}", f.message);
}

#[test]
fn a_clause_written_in_words_is_told_its_key() {
    for (words, key) in [
        ("laskutus", "billing"),
        ("Fakturering", "billing"),
        ("Billing", "billing"),
    ] {
        let f = only(
            &replaced("purpose = \"billing\"", &format!("purpose = \"{words}\"")),
            "invalid-model",
            "purposes[0].purpose",
            (23, 11),
        );
        let help = f.help.unwrap();
        assert!(
            help.starts_with(&format!(
                "did you mean '{key}'? '{words}' is the text of that clause"
            )),
            "{help}"
        );
    }
}

#[test]
fn retention_criterion_not_stated() {
    let criterion = ", { key = \"customer-relationship-plus-years\", years = 2 }]";
    let vague = replaced(criterion, "]");
    only(
        &vague,
        "retention-criterion-not-stated",
        "retention[0]",
        (3, 14),
    );
    // A period set by law says nothing of how long the rest is kept.
    let statutory = replaced(criterion, ", \"accounting-law\"]");
    only(
        &statutory,
        "retention-criterion-not-stated",
        "retention[0]",
        (3, 14),
    );
    // A criterion of the controller's own, or an own text, answers it.
    for answer in [
        ", \"accounting-law\", { key = \"contract-plus-years\", years = 1 }]",
        ", { fi = \"Tietoja säilytetään kuusi vuotta.\" }]",
    ] {
        assert_eq!(findings(&replaced(criterion, answer)), [], "{answer}");
    }
}

#[test]
fn camera_recordings_kept_long() {
    // A model that has judged whether it needs a DPO (surveillance is a sign).
    let with = |s: &str| format!("surveillance = [{s}]\ndpo-required = false\n{BASE}");
    only(
        &with("\"camera-premises\", { key = \"recordings-kept-days\", days = 30 }"),
        "camera-recordings-kept-long",
        "surveillance[1]",
        (1, 36),
    );
    only(
        &with("{ key = \"equipment-rooms\", years = 3 }"),
        "camera-recordings-kept-long",
        "surveillance[0]",
        (1, 17),
    );
    // Three days is within what needs no reason; a reason answers a longer period.
    for quiet in [
        "\"camera-premises\", { key = \"recordings-kept-days\", days = 3 }",
        "{ key = \"equipment-rooms\", years = 3 }, \"kept-longer-incidents-found-late\"",
        "{ key = \"recordings-kept-years\", years = 1 }, { fi = \"Tallenteet tarvitaan vakuutusyhtiön selvityksiin.\" }",
    ] {
        assert_eq!(findings(&with(quiet)), [], "{quiet}");
    }
}

#[test]
fn contact_persons_without_interest() {
    let contacts = replaced(
        "subjects = [\"customers\"]",
        "subjects = [\"customers\", \"customer-contacts\"]",
    );
    let f = only(
        &contacts,
        "contact-persons-without-interest",
        "subjects[1]",
        (2, 26),
    );
    assert!(f.message.contains("'customer-contacts'"), "{}", f.message);
    let purpose =
        "\n[[purposes]]\npurpose = \"contact-persons\"\nbasis = \"legitimate-interests\"\n";
    let covered = contacts.replacen(
        "\n[[purposes]]",
        &format!("{purpose}interest = \"contact-persons\"\n\n[[purposes]]"),
        1,
    );
    assert_eq!(findings(&covered), []);
    // Another interest does not cover the contact persons.
    let other = covered.replacen(
        "interest = \"contact-persons\"",
        "interest = \"credit-risk\"",
        1,
    );
    assert_eq!(
        findings(&other).iter().map(|f| f.rule).collect::<Vec<_>>(),
        ["contact-persons-without-interest"]
    );
}

#[test]
fn use_without_purpose() {
    let recording = "\n[recording]\nrecorded = [\"calls\"]\npurposes = [\"purpose-quality\"]\n\
                     retention = \"until-transaction-verified\"\ntraining = true\n";
    let src = format!("{BASE}{recording}");
    let found = findings(&src);
    let paths: Vec<String> = found
        .iter()
        .map(|f| {
            assert_eq!(f.rule, "use-without-purpose");
            f.path.clone().unwrap_or_default().to_string()
        })
        .collect();
    assert_eq!(paths, ["recording.recorded", "recording.training"]);
    assert!(
        found[1].message.contains("'staff-training'"),
        "{}",
        found[1].message
    );
    let purpose = |p: &str| format!("\n[[purposes]]\npurpose = \"{p}\"\nbasis = \"contract\"\n");
    let covered = src.replacen(
        "\n[[sources]]",
        &format!(
            "{}{}\n[[sources]]",
            purpose("call-recording"),
            purpose("staff-training")
        ),
        1,
    );
    assert_eq!(findings(&covered), []);
    // A list published for direct marketing is a disclosure with its own purpose.
    let lists = format!(
        "{BASE}\n[directories]\npublished = [\"mailing-lists\"]\nrefusal = \"customer-service\"\n"
    );
    only(
        &lists,
        "use-without-purpose",
        "directories.published[0]",
        (33, 14),
    );
}

#[test]
fn translation_stale() {
    let made_from = |fi: &str| {
        let record = crate::model::made_from_record(Lang::Fi, "Laskutus");
        replaced(
            "purpose = \"billing\"",
            &format!("purpose = {{ fi = \"{fi}\", sv = \"Fakturering\", sv-from = \"{record}\" }}"),
        )
        .replacen("languages = [\"fi\"]", "languages = [\"fi\", \"sv\"]", 1)
    };
    assert_eq!(findings(&made_from("Laskutus")), []);
    only(
        &made_from("Laskutus ja perintä"),
        "translation-stale",
        "purposes[0].purpose.sv",
        (23, 46),
    );
}

//! The notice is legally right in every language and typeset so
//! that a citation is never broken. Each test renders a real PDF with the
//! binary and reads it back with `pdftotext`, as a reader would.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use fluent_bundle::{FluentArgs, FluentValue};
use seloste::Lang;

use crate::ftl::{Ftl, GLOBAL_VARIABLES};

use crate::support::*;

const EMAIL: &str = "admin@webkoti.com";

/// Renders `model` in each of `langs` ("fi", "sv", "en", "fi+sv" …) and
/// returns the folder (kept alive by the caller) and the PDFs' paths.
fn render(model: &str, langs: &[&str]) -> (tempfile::TempDir, Vec<(String, PathBuf)>) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("model.toml"), model).unwrap();
    let list = langs.join(",");
    let out = seloste(
        dir.path(),
        &["render", "model.toml", "--lang", &list, "-o", "out/"],
    );
    assert_ok(&out);
    let pdfs = langs
        .iter()
        .map(|l| (l.to_string(), dir.path().join(format!("out/model.{l}.pdf"))))
        .collect();
    (dir, pdfs)
}

/// The complete model with `extra` top-level keys added and `replace`
/// applied to it.
fn model(extra: &str, replace: &[(&str, &str)]) -> String {
    let mut m = format!("{extra}\n{COMPLETE_MODEL}");
    for (from, to) in replace {
        assert!(m.contains(from), "the model has no {from:?}");
        m = m.replacen(from, to, 1);
    }
    m
}

/// Asserts that each language's PDF of `model` holds every phrase of
/// `want` and none of `not`.
fn says(model: &str, cases: &[(&str, &[&str], &[&str])]) {
    let langs: Vec<&str> = cases.iter().map(|c| c.0).collect();
    let (_dir, pdfs) = render(model, &langs);
    for ((lang, pdf), (_, want, not)) in pdfs.iter().zip(cases) {
        let text = pdf_text(pdf);
        for w in *want {
            assert!(text.contains(w), "{lang}: {w:?} is not in:\n{text}");
        }
        for n in *not {
            assert!(!text.contains(n), "{lang}: {n:?} is in:\n{text}");
        }
    }
}

// ------------------------------------------------------------ rights and rules

#[test]
fn no_decisions_based_solely_on_automated_processing() {
    says(
        COMPLETE_MODEL,
        &[
            (
                "fi",
                &["päätöksiä, jotka perustuvat pelkästään automaattiseen käsittelyyn"],
                &[],
            ),
            (
                "sv",
                &["beslut om dig som enbart grundas på automatiserad behandling"],
                &[],
            ),
            (
                "en",
                &["decisions based solely on automated processing"],
                &[],
            ),
        ],
    );
}

#[test]
fn segmentation_is_called_profiling_and_names_the_right_to_object() {
    let m = model(
        "",
        &[(
            "automated-decisions = \"none\"",
            "automated-decisions = \"marketing-segmentation\"",
        )],
    );
    says(
        &m,
        &[
            (
                "fi",
                &[
                    "pelkästään automaattiseen käsittelyyn",
                    "Käytämme kuitenkin markkinoinnissa profilointia",
                    "oikeus milloin tahansa vastustaa suoramarkkinointiin liittyvää profilointia (21 artiklan 2 kohta)",
                ],
                &[],
            ),
            (
                "sv",
                &[
                    "enbart grundas på automatiserad behandling",
                    "Vi använder dock profilering i vår marknadsföring",
                    "göra invändningar mot sådan profilering som har samband med direktmarknadsföring (artikel 21.2)",
                ],
                &[],
            ),
            (
                "en",
                &[
                    "based solely on automated processing",
                    "use profiling in our marketing",
                    "object at any time to profiling related to direct marketing (Article 21(2))",
                ],
                &[],
            ),
        ],
    );
}

#[test]
fn a_complaint_may_also_be_lodged_where_the_infringement_took_place() {
    says(
        COMPLETE_MODEL,
        &[
            (
                "fi",
                &["jossa asut tai työskentelet tai jossa väitetty rikkominen on tapahtunut"],
                &[],
            ),
            (
                "sv",
                &["där du bor eller arbetar eller där det påstådda intrånget begicks"],
                &[],
            ),
            (
                "en",
                &["where you live or work or where the alleged infringement took place"],
                &[],
            ),
        ],
    );
}

#[test]
fn a_personal_data_breach_has_its_gdpr_name() {
    let m = model(
        "",
        &[(
            "[[sources]]",
            "[[purposes]]\npurpose = \"security-incidents\"\nbasis = \"legitimate-interests\"\n\
             interest = \"information-security\"\n\n[[sources]]",
        )],
    );
    says(
        &m,
        &[
            (
                "fi",
                &["henkilötietojen tietoturvaloukkausten"],
                &["tietosuojaloukkaus"],
            ),
            ("sv", &["personuppgiftsincidenter"], &["dataskyddsincident"]),
            ("en", &["personal data breaches"], &[]),
        ],
    );
}

#[test]
fn passwords_are_stored_only_as_salted_one_way_hashes() {
    let m = format!("{COMPLETE_MODEL}\n[security]\nelectronic = [\"hashed-passwords\"]\n");
    says(
        &m,
        &[
            (
                "fi",
                &["Salasanat tallennetaan ainoastaan suolattuina yksisuuntaisina tiivisteinä."],
                &["salattuina"],
            ),
            (
                "sv",
                &["Lösenord lagras endast i form av saltade envägshashvärden."],
                &["krypterade och"],
            ),
            (
                "en",
                &["Passwords are stored only as salted one-way hashes."],
                &["encrypted and"],
            ),
        ],
    );
}

#[test]
fn group_companies_are_independent_controllers_with_their_own_notices() {
    let m = model(
        "",
        &[(
            "disclosures = [\"authorities-by-law\"]",
            "disclosures = [\"group-companies\"]",
        )],
    );
    says(
        &m,
        &[
            (
                "fi",
                &[
                    "omiin tarkoituksiinsa itsenäisinä rekisterinpitäjinä",
                    "omassa tietosuojaselosteessaan",
                ],
                &["tämän selosteen mukaisesti"],
            ),
            (
                "sv",
                &[
                    "som självständiga personuppgiftsansvariga",
                    "i sin egen dataskyddsbeskrivning",
                ],
                &["i enlighet med denna beskrivning"],
            ),
            (
                "en",
                &[
                    "for their own purposes as independent controllers",
                    "in its own privacy notice",
                ],
                &["as described in this notice"],
            ),
        ],
    );
}

/// A model that transfers data with every safeguard of the catalogue.
fn transfers_model() -> String {
    format!(
        "{COMPLETE_MODEL}\n[transfers]\noutside-eea = true\ntexts = [\"processors-outside-eea\"]\n\
         safeguards = [\"adequacy-decision\", \"standard-contractual-clauses\", \
         \"data-privacy-framework\", \"binding-corporate-rules\", \"copy-on-request\"]\n"
    )
}

#[test]
fn the_data_privacy_framework_is_an_adequacy_decision() {
    says(
        &transfers_model(),
        &[
            (
                "fi",
                &[
                    "vastaanottajille, jotka ovat sertifioituneet EU:n ja Yhdysvaltojen välisen tietosuojakehyksen",
                    "perustuvat Euroopan komission 10.7.2023 antamaan täytäntöönpanopäätökseen (EU) 2023/1795 tietosuojan riittävyydestä (45 artikla)",
                ],
                &[],
            ),
            (
                "sv",
                &[
                    "mottagare i Förenta staterna som är certifierade inom ramverket",
                    "grundar sig på Europeiska kommissionens beslut om adekvat skyddsnivå för ramverket, kommissionens genomförandebeslut (EU) 2023/1795 av den 10 juli 2023 (artikel 45)",
                ],
                &[],
            ),
            (
                "en",
                &[
                    "recipients in the United States that are certified under the EU–U.S. Data Privacy Framework",
                    "are based on the European Commission’s adequacy decision on that Framework (Commission Implementing Decision (EU) 2023/1795 of 10 July 2023; Article 45)",
                ],
                &[],
            ),
        ],
    );
}

#[test]
fn finnish_wording_of_the_transfer_clauses() {
    says(
        &transfers_model(),
        &[(
            "fi",
            &[
                &format!("suojatoimista (46 artikla) sähköpostitse osoitteeseen {EMAIL}"),
                "vastaanottajan konsernin yritystä koskeviin sitoviin sääntöihin (47 artikla)",
            ],
            &["osoitteesta", "sitoviin yritystä koskeviin"],
        )],
    );
}

#[test]
fn what_our_staff_record_is_a_source() {
    let m = model(
        "",
        &[("source = \"customer\"", "source = \"staff-observations\"")],
    );
    says(
        &m,
        &[
            (
                "fi",
                &["Henkilökuntamme palvelun tuottamisen tai ylläpidon yhteydessä kirjaamat tiedot"],
                &[],
            ),
            (
                "sv",
                &["Uppgifter som vår personal antecknar när tjänsten tillhandahålls"],
                &[],
            ),
            (
                "en",
                &["Information recorded by our staff while providing or maintaining the service"],
                &[],
            ),
        ],
    );
}

#[test]
fn swedish_wording_of_the_objection_and_the_processors() {
    let m = model(
        "",
        &[
            (
                "basis = \"contract\"",
                "basis = \"legitimate-interests\"\ninterest = \"customer-relationship\"",
            ),
            (
                "[recipients]\ndisclosures = [\"authorities-by-law\"]",
                "[recipients]\ndisclosures = [\"authorities-by-law\"]\n\n[[recipients.processors]]\n\
                 name = \"Posti\"\nservice = \"mailing\"\ncountry = \"FI\"",
            ),
        ],
    );
    says(
        &m,
        &[
            (
                "sv",
                &[
                    "grundar sig på ett berättigat intresse, inbegripet profilering på denna grund.",
                    "som behandlar uppgifterna för vår räkning som personuppgiftsbiträden.",
                ],
                &["grundar sig på dessa grunder", "eller så"],
            ),
            (
                "en",
                &["service providers which process the data"],
                &["providers who process"],
            ),
        ],
    );
}

#[test]
fn the_persons_a_customer_names_are_informed_by_us_too() {
    let m = model(
        "subjects-note = \"customer-ensures-right-to-disclose\"",
        &[],
    );
    says(
        &m,
        &[
            (
                "fi",
                &[
                    "Kerromme käsittelystä myös itse näille henkilöille kuukauden kuluessa tietojen saamisesta tai jo aiemmin, jos otamme heihin yhteyttä sitä ennen (14 artiklan 3 kohdan a ja b alakohta)",
                    &format!("osoitteeseen {EMAIL}"),
                ],
                &[],
            ),
            (
                "sv",
                &[
                    "Vi informerar också själva dessa personer om behandlingen inom en månad från det att vi fått uppgifterna, eller tidigare om vi kontaktar dem dessförinnan (artikel 14.3 a och b)",
                ],
                &[],
            ),
            (
                "en",
                &[
                    "We also inform those persons of the processing ourselves within one month of receiving their data, or earlier if we contact them before then (Article 14(3)(a) and (b))",
                ],
                &[],
            ),
        ],
    );
}

#[test]
fn english_contact_heading_and_companies_are_which() {
    let second = "\n[[controllers]]\nname = \"Webkoti Kaksi Oy\"\nbusiness-id = \"2039096-6\"\n\
                  street = \"Mustikkapolku 1 A 5\"\npostal-code = \"96500\"\ncity = \"Rovaniemi\"\n";
    let m = model("", &[("\n[contact]", &format!("{second}\n[contact]"))]);
    says(
        &m,
        &[(
            "en",
            &[
                "Contact for data protection matters",
                "which are its joint controllers",
            ],
            &[
                "matters concerning the register",
                "who are its joint controllers",
            ],
        )],
    );
}

#[test]
fn authorities_are_named_first_and_swedish_terms_are_finland_swedish() {
    let sources = "[[sources]]\nsource = \"prh\"\npublic = true\n\n[[sources]]\nsource = \"ytj\"\n\
                   public = true\n\n[[sources]]\nsource = \"vies\"\ndetails = \"vat-number-validity\"\n\
                   public = true\n\n[[sources]]";
    let m = model(
        "",
        &[
            ("[[sources]]", sources),
            (
                "data = [\"name\", \"contact-details\"]",
                "data = [\"name\", \"equipment-room-visits\"]",
            ),
        ],
    );
    says(
        &m,
        &[
            (
                "fi",
                &[
                    "Patentti- ja rekisterihallitus (PRH), julkinen lähde",
                    "Yritys- ja yhteisötietojärjestelmä (YTJ), julkinen lähde",
                ],
                &[") ("],
            ),
            (
                "sv",
                &[
                    "Patent- och registerstyrelsen (PRS), offentlig källa",
                    "Företags- och organisationsdatasystemet (FODS), offentlig källa",
                    "kundens momsnummer",
                    "teknikutrymmen",
                ],
                &[") (", "momsregistreringsnummer", "utrustningsutrymmen"],
            ),
            (
                "en",
                &["Finnish Patent and Registration Office (PRH), public source"],
                &[") ("],
            ),
        ],
    );
}

// ------------------------------------------- items 1, 2 and 8: the rules and the view

/// Asserts that `seloste render` refuses `model` with an error of `rule`
/// and writes no PDF: the notice it would print is unlawful.
fn refused(model: &str, rule: &str) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("model.toml"), model).unwrap();
    let out = seloste(dir.path(), &["render", "model.toml", "-o", "out/"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "not refused:\n{err}");
    assert!(err.contains(&format!("error[{rule}]")), "{err}");
    assert!(!dir.path().join("out/model.fi.pdf").exists());
}

/// The standard error of a render of `model` that succeeds.
fn render_warnings(model: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("model.toml"), model).unwrap();
    let out = seloste(dir.path(), &["render", "model.toml", "-o", "out/"]);
    assert_ok(&out);
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The complete model with one more purpose (a TOML `[[purposes]]` body).
fn with_purpose(extra: &str, purpose: &str) -> String {
    model(
        extra,
        &[(
            "basis = \"contract\"\n",
            &format!("basis = \"contract\"\n\n[[purposes]]\n{purpose}\n"),
        )],
    )
}

/// Asserts that each language's PDF of `model` prints the Art. 21(2) right
/// to object to direct marketing under its own heading, and never as "also"
/// a right, since it may stand alone.
fn objects_to_direct_marketing(model: &str) {
    says(
        model,
        &[
            (
                "fi",
                &[
                    "Oikeus vastustaa käsittelyä",
                    "Sinulla on oikeus milloin tahansa vastustaa tietojesi käsittelyä suoramarkkinointia varten",
                    "(21 artiklan 2 ja 3 kohta)",
                ],
                &["Sinulla on lisäksi oikeus"],
            ),
            (
                "sv",
                &[
                    "Rätt att göra invändningar mot behandlingen",
                    "Du har rätt att när som helst göra invändningar mot att dina uppgifter behandlas för direktmarknadsföring",
                    "(artikel 21.2 och 21.3)",
                ],
                &["Du har dessutom rätt"],
            ),
            (
                "en",
                &[
                    "Right to object to processing",
                    "You have the right to object at any time to the processing of your data for direct marketing",
                    "(Article 21(2) and (3))",
                ],
                &["You also have the right"],
            ),
        ],
    );
}

#[test]
fn no_right_to_object_without_grounds() {
    // The control for the tests below: billing on a contract brings none.
    says(
        COMPLETE_MODEL,
        &[(
            "en",
            &[],
            &["Right to object to processing", "direct marketing"],
        )],
    );
}

#[test]
fn a_consent_based_newsletter_brings_the_right_to_object() {
    objects_to_direct_marketing(&with_purpose(
        "consent-withdrawal = \"unsubscribe-link\"",
        "purpose = \"newsletter\"\nbasis = \"consent\"",
    ));
}

#[test]
fn marketing_cookies_bring_the_right_to_object() {
    objects_to_direct_marketing(&model(
        "cookies = [\"marketing-with-consent\"]\nconsent-withdrawal = \"same-way\"",
        &[],
    ));
}

#[test]
fn segmentation_for_marketing_brings_the_right_to_object_set_apart() {
    objects_to_direct_marketing(&model(
        "",
        &[(
            "automated-decisions = \"none\"",
            "automated-decisions = \"marketing-segmentation\"",
        )],
    ));
}

#[test]
fn an_own_text_purpose_marked_direct_marketing_brings_the_right_to_object() {
    let purpose = "purpose = { fi = \"Asiakaslehden postittaminen\", sv = \"Utskick av kundtidningen\", \
                   en = \"Mailing the customer magazine\" }\nbasis = \"consent\"";
    let unmarked = with_purpose("consent-withdrawal = \"by-email\"", purpose);
    says(
        &unmarked,
        &[("en", &[], &["Right to object to processing"])],
    );
    objects_to_direct_marketing(&with_purpose(
        "consent-withdrawal = \"by-email\"",
        &format!("{purpose}\ndirect-marketing = true"),
    ));
}

#[test]
fn a_copy_of_the_safeguards_is_not_a_safeguard() {
    refused(
        &format!(
            "{COMPLETE_MODEL}\n[transfers]\noutside-eea = true\ntexts = [\"processors-outside-eea\"]\n\
             safeguards = [\"copy-on-request\"]\n"
        ),
        "transfer-without-safeguard",
    );
}

#[test]
fn a_processor_whose_location_is_unknown_cannot_be_judged() {
    let processor = "\n[[recipients.processors]]\nname = \"Acme\"\nservice = \"hosting\"\n";
    refused(
        &format!("{COMPLETE_MODEL}{processor}"),
        "processor-location-unknown",
    );
    says(
        &format!("{COMPLETE_MODEL}{processor}country = \"FI\"\n"),
        &[(
            "en",
            &["Acme", "not transferred or disclosed outside the EEA"],
            &[],
        )],
    );
}

#[test]
fn the_means_to_obtain_a_copy_of_art_46_safeguards_is_required() {
    for safeguard in ["standard-contractual-clauses", "binding-corporate-rules"] {
        refused(
            &format!(
                "{COMPLETE_MODEL}\n[transfers]\noutside-eea = true\n\
                 texts = [\"processors-outside-eea\"]\nsafeguards = [\"{safeguard}\"]\n"
            ),
            "safeguard-copy-not-offered",
        );
    }
}

#[test]
fn the_copy_of_the_safeguards_is_a_sentence_of_its_own() {
    says(
        &transfers_model(),
        &[
            (
                "fi",
                &[&format!(
                    "(47 artikla). Voit pyytää jäljennöksen siirroissa käytetyistä asianmukaisista suojatoimista (46 artikla) sähköpostitse osoitteeseen {EMAIL}."
                )],
                &["• Voit pyytää jäljennöksen"],
            ),
            (
                "sv",
                &[
                    "Du kan begära en kopia av de lämpliga skyddsåtgärderna för överföringarna (artikel 46) per e-post till",
                ],
                &["• Du kan begära en kopia"],
            ),
            (
                "en",
                &[
                    "• Transfers not covered by an adequacy decision are based on the standard contractual clauses",
                    "You can request a copy of the appropriate safeguards used for the transfers (Article 46) by sending an email to",
                ],
                &["• You can request a copy"],
            ),
        ],
    );
}

#[test]
fn consent_to_cookies_needs_the_means_to_withdraw_it() {
    refused(
        &model("cookies = [\"analytics-with-consent\"]", &[]),
        "consent-without-withdrawal",
    );
    says(
        &model(
            "cookies = [\"analytics-with-consent\"]\nconsent-withdrawal = \"by-email\"",
            &[],
        ),
        &[
            (
                "fi",
                &[
                    "perustuu suostumukseesi, sinulla on oikeus peruuttaa se milloin tahansa",
                    &format!(
                        "Voit peruuttaa suostumuksesi milloin tahansa sähköpostitse osoitteeseen {EMAIL}."
                    ),
                ],
                &[],
            ),
            (
                "en",
                &[
                    "you have the right to withdraw your consent at any time",
                    &format!("You can withdraw your consent at any time by email to {EMAIL}."),
                ],
                &[],
            ),
        ],
    );
}

#[test]
fn data_categories_are_required_when_data_comes_from_others() {
    let without = model("", &[("data = [\"name\", \"contact-details\"]\n", "")]);
    // `customer` is another source for the customer's contact persons.
    refused(&without, "no-data-categories");
    // Art. 13 alone does not require them: everybody gives their own data.
    says(
        &without.replacen("source = \"customer\"", "source = \"data-subject\"", 1),
        &[("en", &["Information provided by the data subject"], &[])],
    );
}

#[test]
fn traffic_and_location_data_make_a_dpo_worth_considering() {
    for data in ["traffic-data", "location-data"] {
        let m = model(
            "",
            &[(
                "\"contact-details\"]",
                &format!("\"contact-details\", \"{data}\"]"),
            )],
        );
        let err = render_warnings(&m);
        assert!(err.contains("warning[dpo-consider]"), "{data}: {err}");
        let assessed = render_warnings(&format!("dpo-required = false\n{m}"));
        assert!(!assessed.contains("dpo-consider"), "{data}: {assessed}");
    }
    says(
        &model(
            "",
            &[(
                "\"contact-details\"]",
                "\"contact-details\", \"location-data\"]",
            )],
        ),
        &[
            (
                "fi",
                &["Sijaintitiedot, kuten päätelaitteen sijainti viestintäverkossa"],
                &[],
            ),
            (
                "sv",
                &["Lokaliseringsuppgifter, såsom terminalutrustningens position"],
                &[],
            ),
            (
                "en",
                &["Location data, such as the position of a terminal device"],
                &[],
            ),
        ],
    );
}

// ------------------------------------------------------------ typesetting

/// The number of pages of a PDF.
fn pages(pdf: &Path) -> usize {
    tool("pdfinfo", &[pdf.to_str().unwrap()])
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo gives the number of pages")
}

/// The raw text of one page (1-based).
fn page_text(pdf: &Path, page: usize) -> String {
    let p = page.to_string();
    tool(
        "pdftotext",
        &[
            "-raw",
            "-enc",
            "UTF-8",
            "-f",
            &p,
            "-l",
            &p,
            pdf.to_str().unwrap(),
            "-",
        ],
    )
}

#[test]
fn page_numbers_as_each_language_writes_them() {
    let (_dir, pdfs) = render(
        &model(
            "",
            &[(
                "languages = [\"fi\"]",
                "languages = [\"fi\", \"sv\", \"en\"]",
            )],
        ),
        &["fi", "sv", "en", "fi+sv", "fi+en"],
    );
    for (lang, pdf) in &pdfs {
        let n = pages(pdf);
        assert!(n >= 2, "{lang}: {n} pages");
        for page in 1..=n {
            let text = normalise(&page_text(pdf, page));
            // A side-by-side page has one page number, in its first
            // language's form.
            let want = match lang.as_str() {
                "en" => format!("Page {page} of {n}"),
                _ => format!("{page} ({n})"),
            };
            assert!(
                text.contains(&want),
                "{lang} p. {page}: no {want:?} in:\n{text}"
            );
            let twice = format!("Page {page} of {n}");
            let olds = ["Sivu", "Sida", &format!("{page} / {n}"), &twice];
            for old in olds.iter().filter(|o| lang != "en" || **o != twice) {
                assert!(
                    !text.contains(*old),
                    "{lang} p. {page}: {old:?} in:\n{text}"
                );
            }
        }
    }
}

#[test]
fn the_finnish_subtitle_never_sets_two_numbers_side_by_side() {
    says(
        COMPLETE_MODEL,
        &[(
            "fi",
            &[
                "Informointi EU:n yleisen tietosuoja-asetuksen 13 ja 14 artiklan mukaisesti (asetus (EU) 2016/679)",
            ],
            &["2016/679 13"],
        )],
    );
}

#[test]
fn a_trunk_prefix_in_parentheses_is_never_printed() {
    let m = model(
        "",
        &[(
            "city = \"Rovaniemi\"\n",
            "city = \"Rovaniemi\"\nphone = \"+358 (0)9 3157 6885\"\n",
        )],
    );
    let (_dir, pdfs) = render(&m, &["fi", "sv", "en"]);
    for (lang, pdf) in &pdfs {
        let text = pdf_text(pdf);
        assert!(text.contains("+358 9 3157 6885"), "{lang}:\n{text}");
        assert!(!text.contains("(0)"), "{lang}:\n{text}");
    }
}

/// The examples in every layout, rendered once for the typesetting tests.
fn examples() -> (tempfile::TempDir, Vec<(String, PathBuf)>) {
    let dir = tempfile::tempdir().unwrap();
    let mut pdfs = Vec::new();
    for name in ["iljoja", "webkoti", "puutarhapuoti"] {
        render_example(dir.path(), name, "fi,sv,en,fi+sv");
        for l in ["fi", "sv", "en", "fi+sv"] {
            pdfs.push((
                format!("{name}.{l}"),
                dir.path().join(format!("out/{name}.{l}.pdf")),
            ));
        }
    }
    (dir, pdfs)
}

#[test]
fn headings_and_the_authority_block_are_kept_with_what_follows() {
    let cat = Ftl::builtin();
    let (_dir, pdfs) = examples();
    for (name, pdf) in &pdfs {
        let langs: Vec<Lang> = Lang::ALL
            .into_iter()
            .filter(|l| name.rsplit('.').next().unwrap().contains(l.code()))
            .collect();
        let texts =
            |id: &str| -> Vec<String> { langs.iter().map(|&l| cat.text(l, id).unwrap()).collect() };
        let complaint = texts("heading-complaint");
        let postal = texts("authority-fi-postal");
        for page in 1..=pages(pdf) {
            let raw = page_text(pdf, page);
            let lines: Vec<String> = raw
                .lines()
                .map(normalise)
                .filter(|l| !l.is_empty())
                .collect();
            // The last line of the body is the one before the footer's first
            // line, which ends with the page number.
            let n = pages(pdf);
            let foot = lines
                .iter()
                .rposition(|l| l.ends_with(&format!("({n})")) || l.ends_with(&format!(" of {n}")))
                .unwrap_or(lines.len());
            if let Some(last) = foot.checked_sub(1).and_then(|i| lines.get(i)) {
                let is_heading = last
                    .split_once(". ")
                    .is_some_and(|(n, _)| n.chars().all(|c| c.is_ascii_digit()) && !n.is_empty());
                assert!(
                    !is_heading,
                    "{name} p. {page}: a heading ends the page: {last:?}"
                );
            }
            let flat = normalise(&raw);
            for (h, p) in complaint.iter().zip(&postal) {
                if flat.contains(h.as_str()) {
                    assert!(
                        flat.contains(&normalise(p)),
                        "{name} p. {page}: the heading {h:?} without the authority's address"
                    );
                }
            }
        }
    }
}

#[test]
fn addresses_are_never_hyphenated_and_swedish_is_set_without_wrong_hyphenation() {
    let (_dir, pdfs) = examples();
    for (name, pdf) in &pdfs {
        let raw = tool(
            "pdftotext",
            &["-raw", "-enc", "UTF-8", pdf.to_str().unwrap(), "-"],
        );
        let lines: Vec<&str> = raw.lines().collect();
        for pair in lines.windows(2) {
            let (a, b) = (pair[0].trim_end(), pair[1]);
            if a.ends_with('\u{ad}') {
                let next = b.split_whitespace().next().unwrap_or("");
                assert!(
                    !next.contains('@') && !next.contains(".net") && !next.contains(".com"),
                    "{name}: an address is hyphenated: {a:?} / {b:?}"
                );
            }
        }
        if name.ends_with(".sv") {
            for bad in [
                "kredi\u{ad}",
                "posta\u{ad}",
                "personuppgiftsin\u{ad}",
                "samar\u{ad}",
            ] {
                assert!(!raw.contains(bad), "{name}: {bad:?} in:\n{raw}");
            }
        }
    }
}

// ------------------------------------------------------------ citations

/// Words that make a run of words a citation.
fn is_anchor(w: &str) -> bool {
    let w = w.trim_start_matches('(');
    w.starts_with("artikla")
        || w.starts_with("artikel")
        || w.starts_with("Article")
        || w.starts_with('§')
        || matches!(
            w,
            "kap." | "luvun" | "chapter" | "section" | "(EU)" | "EU)" | "DIN"
        )
}

/// Words that may stand inside a citation.
fn is_part(w: &str, prev: Option<&str>) -> bool {
    let core = w
        .trim_start_matches('(')
        .trim_end_matches([')', ',', '.', ':', ';']);
    let numberish = core.chars().next().is_some_and(|c| c.is_ascii_digit())
        && core
            .chars()
            .all(|c| c.is_ascii_digit() || "().".contains(c) || c.is_ascii_lowercase())
        || w.starts_with('(')
            && w[1..].starts_with(|c: char| c.is_ascii_digit() || c.is_ascii_lowercase())
            && w.len() <= 4;
    let regulation = prev.is_some_and(|p| p == "(EU)") && core.contains('/');
    numberish
        || regulation
        || is_anchor(w)
        || matches!(
            core,
            "kohta" | "kohdan" | "alakohta" | "alakohdan" | "ja" | "och" | "and"
        )
        || core.len() == 1 && core.chars().all(|c| ('a'..='f').contains(&c))
}

/// The parts of a Finnish article citation that stay on one line: each
/// number with its unit ("46 artiklan", "2 kohdan", "c alakohta"); other
/// citations are one part.
fn finnish_citation_parts(c: &str) -> Vec<String> {
    let mut parts = vec![String::new()];
    for word in c.split(' ') {
        let last = parts.last_mut().unwrap();
        if !last.is_empty() {
            last.push(' ');
        }
        last.push_str(word);
        if word == "artiklan" || word == "kohdan" {
            parts.push(String::new());
        }
    }
    parts.retain(|p| !p.is_empty());
    parts
}

#[test]
fn a_finnish_citation_parts_at_its_units() {
    assert_eq!(
        finnish_citation_parts("46 artiklan 2 kohdan c alakohta"),
        ["46 artiklan", "2 kohdan", "c alakohta"]
    );
    assert_eq!(
        finnish_citation_parts("tietosuojalain (1050/2018) 29 §:n"),
        ["tietosuojalain (1050/2018) 29 §:n"]
    );
}

/// The citations in a text: maximal runs of citation words that hold an
/// anchor, without the parentheses or punctuation around them.
fn citations(text: &str) -> Vec<String> {
    let words: Vec<&str> = text
        .split([' ', '\u{a0}'])
        .filter(|w| !w.is_empty())
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let mut j = i;
        while j < words.len() && is_part(words[j], j.checked_sub(1).map(|k| words[k])) {
            j += 1;
        }
        // A run neither starts nor ends with a conjunction.
        let mut run = &words[i..j];
        while run
            .first()
            .is_some_and(|w| matches!(*w, "ja" | "och" | "and"))
        {
            run = &run[1..];
        }
        while run
            .last()
            .is_some_and(|w| matches!(*w, "ja" | "och" | "and"))
        {
            run = &run[..run.len() - 1];
        }
        if run.iter().any(|w| is_anchor(w)) && run.len() >= 2 {
            let mut s = run.join(" ");
            if s.starts_with('(') && !s.starts_with("(EU)") {
                s.remove(0);
            }
            while s.ends_with(['.', ',', ':', ';'])
                || s.ends_with(')') && s.matches(')').count() > s.matches('(').count()
            {
                s.pop();
            }
            out.push(s);
        }
        i = j.max(i + 1);
    }
    out
}

#[test]
fn the_citation_finder_finds_the_catalogues_forms() {
    let found = |t: &str| citations(t);
    assert_eq!(
        found("Oikeutettu etu (6 artiklan 1 kohdan f alakohta)"),
        ["6 artiklan 1 kohdan f alakohta"]
    );
    assert_eq!(
        found("kirjanpitolain (1336/1997) 2 luvun 10 §:n mukaisesti"),
        ["2 luvun 10 §:n"]
    );
    assert_eq!(
        found("enligt 2 kap. 10 § i bokföringslagen"),
        ["2 kap. 10 §"]
    );
    assert_eq!(
        found("Berättigat intresse (artikel 6.1 f)"),
        ["artikel 6.1 f"]
    );
    assert_eq!(
        found("Legitimate interests (Article 6(1)(f))"),
        ["Article 6(1)(f)"]
    );
    assert_eq!(
        found("direct marketing (Article 21(2) and (3))."),
        ["Article 21(2) and (3)"]
    );
    assert_eq!(
        found("tietosuoja-asetuksen 13 ja 14 artiklan mukaisesti (asetus (EU) 2016/679)"),
        ["13 ja 14 artiklan", "(EU) 2016/679"]
    );
    assert_eq!(
        found("chapter 2, section 10 of the Act"),
        ["chapter 2, section 10"]
    );
    assert_eq!(
        found("(21 artiklan 2 ja 3 kohta)."),
        ["21 artiklan 2 ja 3 kohta"]
    );
    assert!(found("10 vuotta tilikauden päättymisestä, lain (917/2014) mukaan").is_empty());
}

/// A value for a clause's own variable.
fn value(var: &str) -> i64 {
    if var == "days" { 30 } else { 3 }
}

/// A catalogue key as TOML, with the values its variables need.
fn key_toml(cat: &Ftl, ns: &str, key: &str) -> String {
    let vars: Vec<String> = cat
        .variables(&format!("{ns}-{key}"))
        .into_iter()
        .flatten()
        .filter(|v| !GLOBAL_VARIABLES.contains(&v.as_str()))
        .map(|v| format!("{v} = {}", value(v)))
        .collect();
    if vars.is_empty() {
        format!("\"{key}\"")
    } else {
        format!("{{ key = \"{key}\", {} }}", vars.join(", "))
    }
}

/// The catalogue's message ids whose text holds a citation in some
/// language; not the starter model's comments, which are no part of a PDF.
fn cited(cat: &Ftl) -> BTreeSet<String> {
    let mut args = FluentArgs::new();
    for v in GLOBAL_VARIABLES {
        args.set(v.to_string(), "x");
    }
    for v in [
        "page", "total", "years", "months", "days", "count", "day", "month", "year",
    ] {
        args.set(v, FluentValue::from(1));
    }
    cat.ids()
        .filter(|id| !id.starts_with("starter-"))
        .filter(|id| {
            Lang::ALL.iter().any(|&l| {
                cat.format(l, id, Some(&args))
                    .is_ok_and(|t| !citations(&t).is_empty())
            })
        })
        .map(str::to_string)
        .collect()
}

#[test]
fn no_citation_of_the_catalogue_is_broken_or_hyphenated() {
    let cat = Ftl::builtin();
    let ids = cited(cat);
    // Each clause with a citation is placed in a model by its namespace; the
    // fixed texts (bases, rights, objection, complaint, subtitle) are printed
    // by every model, which uses every legal basis and direct marketing.
    let mut lists: Vec<(&str, Vec<String>)> = vec![
        ("safeguard", vec![]),
        ("retention", vec![]),
        ("security", vec![]),
        ("purpose", vec![]),
        // Model v2's sections.
        ("identity-code", vec![]),
        ("further", vec![]),
        ("condition", vec![]),
        ("criminal", vec![]),
        ("directory", vec![]),
        ("procedure", vec![]),
        ("analytics", vec![]),
        ("consequence", vec![]),
        ("disclosure", vec![]),
    ];
    let mut automated = Vec::new();
    // The notes of a section (`clause-`), printed as `subjects-note`: a
    // model has one, so each is rendered in a model of its own, as
    // `automated-` clauses are.
    let mut notes = Vec::new();
    // How the rights are used (`request-`), one per model too.
    let mut requests = Vec::new();
    // Countries whose adequacy decision is cited (`adequacy-<code>`).
    let mut adequacy = Vec::new();
    for id in &ids {
        let (ns, key) = match id.strip_prefix("identity-code-") {
            Some(key) => ("identity-code", key),
            None => id.split_once('-').unwrap(),
        };
        match ns {
            "basis" | "right" | "text" | "doc" | "label" => {}
            // `copy-on-request` says what `safeguard-copy-on-request` says,
            // which every model here prints.
            "copy" => {}
            "automated" => automated.push(key.to_string()),
            "clause" => notes.push(key.to_string()),
            "request" => requests.push(key.to_string()),
            "adequacy" => adequacy.push(key.to_ascii_uppercase()),
            _ => match lists.iter_mut().find(|(n, _)| *n == ns) {
                Some((_, keys)) => keys.push(key_toml(cat, ns, key)),
                None => panic!(
                    "'{id}' holds a citation, and this test does not know where to put a \
                     {ns}- clause: add it to the model in tests/e2e/legal.rs"
                ),
            },
        }
    }
    assert!(ids.len() >= 20, "too few citations found: {ids:?}");
    let list = |ns: &str| lists.iter().find(|(n, _)| *n == ns).unwrap().1.join(", ");
    let bases = [
        "consent",
        "contract",
        "legal-obligation",
        "vital-interests",
        "public-task",
        "legitimate-interests",
    ];
    let mut failures = Vec::new();
    // One model per automated clause, each with at most one note and one
    // way of using the rights (the last automated clause goes on as long
    // as there are notes or ways left).
    let runs = automated.len().max(notes.len()).max(requests.len());
    for run in 0..runs {
        let auto = &automated[run.min(automated.len() - 1)];
        let note = notes
            .get(run)
            .map_or_else(String::new, |n| format!("subjects-note = \"{n}\"\n"))
            + &requests
                .get(run)
                .map_or_else(String::new, |q| format!("rights-request = \"{q}\"\n"));
        let mut m = format!(
            "{note}data = [\"name\"]\nsubjects = [\"customers\"]\nautomated-decisions = \"{auto}\"\n\
             requirement = \"contract\"\n\
             consent-withdrawal = \"by-email\"\nretention = [{}]\n\
             identity-code = [{}]\nfurther-processing = [{}]\n\
             analytics = [{}]\ncookies = [\"consent-banner\"]\n\
             requirement-consequences = [{}]\n\n\
             [document]\nupdated = 2026-11-01\nlanguages = [\"fi\", \"sv\", \"en\"]\n\n\
             [[controllers]]\nname = \"Testi Oy\"\nbusiness-id = \"1759068-4\"\n\
             street = \"Testikatu 1\"\npostal-code = \"00100\"\ncity = \"Helsinki\"\n\n\
             [contact]\nname = \"Testi Oy\"\nemail = \"{EMAIL}\"\nphone = \"040 123 4567\"\n",
            list("retention"),
            list("identity-code"),
            list("further"),
            list("analytics"),
            list("consequence")
        );
        for (i, basis) in bases.iter().enumerate() {
            let purpose = if i == 0 {
                "direct-marketing"
            } else {
                "billing"
            };
            m += &format!("\n[[purposes]]\npurpose = \"{purpose}\"\nbasis = \"{basis}\"\n");
            if *basis == "legitimate-interests" {
                m += "interest = \"marketing-existing-customers\"\n";
            }
        }
        let cited_purposes = &lists.iter().find(|(n, _)| *n == "purpose").unwrap().1;
        for purpose in cited_purposes {
            m += &format!("\n[[purposes]]\npurpose = {purpose}\nbasis = \"legal-obligation\"\n");
        }
        m += &format!(
            "\n[[sources]]\nsource = \"customer\"\n\n[recipients]\n\
             disclosures = [\"authorities-by-law\", {}]\n\n[transfers]\noutside-eea = true\n\
             texts = [\"processors-outside-eea\"]\nsafeguards = [{}, \"copy-on-request\"]\n\n\
             [security]\nmanual = [{}]\n",
            list("disclosure"),
            list("safeguard"),
            list("security")
        );
        for c in &adequacy {
            m += &format!(
                "\n[[transfers.countries]]\ncountry = \"{c}\"\ngrounds = [\"adequacy-decision\"]\n"
            );
        }
        m += &format!(
            "\n[special-categories]\ndata = [\"health\"]\nconditions = [{}]\ncriminal = [{}]\n\n\
             [directories]\npublished = [{}]\nrefusal = \"customer-service\"\n\n\
             [requests]\nprocedure = [\"by-email\", {}]\n",
            list("condition"),
            list("criminal"),
            list("directory"),
            list("procedure")
        );
        let layouts = ["fi", "sv", "en", "fi+sv", "sv+en"];
        let (_dir, pdfs) = render(&m, &layouts);
        for (layout, pdf) in &pdfs {
            let langs: Vec<Lang> = Lang::ALL
                .into_iter()
                .filter(|l| layout.contains(l.code()))
                .collect();
            let raw = tool(
                "pdftotext",
                &["-raw", "-enc", "UTF-8", pdf.to_str().unwrap(), "-"],
            );
            let joined = normalise(&raw);
            let lines: Vec<String> = raw.lines().map(normalise).collect();
            let used = ids.iter().filter(|id| match id.split_once('-') {
                Some(("automated", key)) => key == auto,
                Some(("clause", key)) => notes.get(run).is_some_and(|n| n == key),
                Some(("request", key)) => requests.get(run).is_some_and(|q| q == key),
                _ => true,
            });
            for id in used {
                for &lang in &langs {
                    let Ok(text) = cat.format(
                        lang,
                        id,
                        Some(&{
                            let mut a = FluentArgs::new();
                            for v in GLOBAL_VARIABLES {
                                a.set(v.to_string(), "x");
                            }
                            for v in ["page", "total", "years", "months", "days"] {
                                a.set(v, FluentValue::from(value(v)));
                            }
                            a
                        }),
                    ) else {
                        continue;
                    };
                    for c in citations(&text) {
                        let c = normalise(&c);
                        let whole = joined.matches(c.as_str()).count();
                        if whole == 0 && id != "label-page" {
                            failures
                                .push(format!("{layout} ({auto}): {id}: {c:?} is not in the PDF"));
                            continue;
                        }
                        // Side by side, a Finnish article citation may break
                        // between its parts (half a page holds some 45
                        // characters); each part stays on one line.
                        let parts = if layout.contains('+') && lang == Lang::Fi {
                            finnish_citation_parts(&c)
                        } else {
                            vec![c.clone()]
                        };
                        for part in parts {
                            let whole = joined.matches(part.as_str()).count();
                            let on_a_line: usize =
                                lines.iter().map(|l| l.matches(part.as_str()).count()).sum();
                            if on_a_line != whole {
                                failures.push(format!(
                                    "{layout} ({auto}): {id}: {part:?} of {c:?} is broken over \
                                     lines ({on_a_line} of {whole} on one line)"
                                ));
                            }
                        }
                    }
                }
            }
        }
    }
    failures.sort();
    failures.dedup();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Issue 23, item 10: one term for one thing, the official one.
#[test]
fn the_terms_are_the_official_ones_and_one_spelling_each() {
    let dir = tempfile::tempdir().unwrap();
    render_example(dir.path(), "iljoja", "fi,en");
    render_example(dir.path(), "puutarhapuoti", "fi,en");
    let text = |name: &str| pdf_text(&dir.path().join("out").join(name));
    let iljoja_fi = text("iljoja.fi.pdf");
    // Both controllers are VAT-registered, as their source notice says.
    assert!(iljoja_fi.contains("ALV-tunniste FI20390966"), "{iljoja_fi}");
    assert!(iljoja_fi.contains("ALV-tunniste FI32218936"), "{iljoja_fi}");
    assert!(!iljoja_fi.contains("ALV-numero"));
    let iljoja_en = text("iljoja.en.pdf");
    assert!(
        iljoja_en.contains("EU–U.S. Data Privacy Framework"),
        "{iljoja_en}"
    );
    let shop_en = text("puutarhapuoti.en.pdf");
    assert!(
        shop_en.contains("EU–U.S. Data Privacy Framework"),
        "{shop_en}"
    );
    assert!(!shop_en.contains("EU–US"), "{shop_en}");
    let shop_fi = text("puutarhapuoti.fi.pdf");
    assert!(
        shop_fi.contains("Oikeus saada pääsy tietoihin"),
        "{shop_fi}"
    );
    assert!(!shop_fi.contains("Tarkastusoikeus"), "{shop_fi}");
}

/// Issue 23, item 8: a notice that contradicts itself is refused.
#[test]
fn a_notice_that_contradicts_itself_is_refused_by_check() {
    // Voluntary, while a purpose rests on a legal obligation.
    let voluntary = format!(
        "{}\n[[purposes]]\npurpose = \"accounting\"\nbasis = \"legal-obligation\"\n",
        COMPLETE_MODEL.replacen(
            "requirement = \"contract\"",
            "requirement = \"voluntary\"",
            1
        )
    );
    assert_eq!(
        findings_of(&voluntary),
        [(
            "requirement-contradicts-basis".to_string(),
            "requirement".to_string()
        )]
    );
    // An analytics clause that itself sends data to the United States,
    // while the notice says nothing leaves the EU/EEA.
    let analytics = format!(
        "analytics = [\"google-analytics\"]\ncookies = [\"consent-banner\"]\n\
         consent-withdrawal = \"same-way\"\n{}",
        with_analytics_retention(COMPLETE_MODEL)
    );
    assert_eq!(
        findings_of(&analytics),
        [(
            "transfer-not-declared".to_string(),
            "analytics[0]".to_string()
        )]
    ); // Item 7: a signed letter as the only way to make a request.
    let signed = format!(
        "{COMPLETE_MODEL}\n[requests]\nprocedure = [\"in-writing-signed\", \"identity-proof\"]\n"
    );
    assert_eq!(
        findings_of(&signed),
        [(
            "signed-request-only".to_string(),
            "requests.procedure[0]".to_string()
        )]
    );
    let also_by_email = signed.replacen("\"identity-proof\"", "\"by-email\"", 1);
    assert_eq!(findings_of(&also_by_email), []);
}

/// Issue 23, item 14: how consent is withdrawn may be said with the other
/// procedures of `[requests]`.
#[test]
fn a_withdrawal_procedure_under_requests_says_how_consent_is_withdrawn() {
    let consent = COMPLETE_MODEL.replacen("basis = \"contract\"", "basis = \"consent\"", 1);
    assert_eq!(
        findings_of(&consent),
        [(
            "consent-without-withdrawal".to_string(),
            "purposes[0].basis".to_string()
        )]
    );
    let with = format!(
        "{consent}\n[requests]\nprocedure = [\"by-email\"]\nwithdrawal = \"withdrawal-same-way\"\n"
    );
    assert_eq!(findings_of(&with), []);
}

/// Issue 23, item 6: "as long as necessary" beside a statutory period is
/// not a retention period (WP260 rev.01); `check` warns at the entry and
/// is quiet once the criterion that sets the period is named.
#[test]
fn as_long_as_necessary_alone_is_not_a_retention_period() {
    let criterion = ", { key = \"customer-relationship-plus-years\", years = 2 }]";
    assert!(COMPLETE_MODEL.contains(criterion));
    let vague = COMPLETE_MODEL.replacen(criterion, ", \"accounting-law\"]", 1);
    assert_eq!(
        findings_of(&vague),
        [(
            "retention-criterion-not-stated".to_string(),
            "retention[0]".to_string()
        )]
    );
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("model.toml"), &vague).unwrap();
    let out = seloste(
        dir.path(),
        &["check", "model.toml", "--today", "2026-12-01"],
    );
    // A warning: the notice may still be made.
    assert!(out.status.success(), "{out:?}");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("warning[retention-criterion-not-stated]"),
        "{said}"
    );
    assert!(said.contains(" --> model.toml:3:14"), "{said}");
    assert!(said.contains("customer-relationship-plus-years"), "{said}");
    assert_eq!(findings_of(COMPLETE_MODEL), []);
}

/// Issue 23, item 8: a processor without a country is refused also when
/// the notice says that data leaves the EU/EEA, since the reader must be
/// able to tell which transfer rests on which ground (Art. 13(1)(f)).
#[test]
fn a_processor_without_a_country_is_refused_also_beside_transfers() {
    let model = format!(
        "{COMPLETE_MODEL}\n[[recipients.processors]]\nname = \"Acme Oy\"\nservice = \"hosting\"\n\
         \n[transfers]\noutside-eea = true\nsafeguards = [\"adequacy-decision\"]\n"
    );
    assert_eq!(
        findings_of(&model),
        [(
            "processor-location-unknown".to_string(),
            "recipients.processors[0]".to_string()
        )]
    );
    let located = model.replacen(
        "service = \"hosting\"\n",
        "service = \"hosting\"\ncountry = \"FI\"\n",
        1,
    );
    assert_eq!(findings_of(&located), []);
}

/// Issue 23, item 8: camera recordings kept beyond 72 hours need their
/// reason in the notice (EDPB Guidelines 3/2019, paragraph 121); the
/// reason the catalogue offers is printed in every language.
#[test]
fn camera_recordings_kept_long_need_their_reason() {
    let long = format!(
        "surveillance = [{{ key = \"equipment-rooms\", years = 3 }}]\ndpo-required = false\n{COMPLETE_MODEL}"
    );
    assert_eq!(
        findings_of(&long),
        [(
            "camera-recordings-kept-long".to_string(),
            "surveillance[0]".to_string()
        )]
    );
    let reasoned = long.replacen(
        "years = 3 }]",
        "years = 3 }, \"kept-longer-incidents-found-late\"]",
        1,
    );
    assert_eq!(findings_of(&reasoned), []);
    let dir = tempfile::tempdir().unwrap();
    render_example(dir.path(), "iljoja", "fi,sv,en");
    for (lang, reason) in [
        ("fi", "Säilytysaika on tavanomaista pidempi, koska"),
        ("sv", "Lagringstiden är längre än vanligt eftersom"),
        ("en", "The period is longer than usual because"),
    ] {
        let text = rendered(dir.path(), "iljoja", lang);
        assert!(text.contains(reason), "{lang}: {text}");
    }
}

/// Issue 23, item 8: a corporate customer's contact persons are not parties
/// to its contract; a notice that names them rests their data on a stated
/// legitimate interest, which the examples print in every language.
#[test]
fn contact_persons_rest_on_a_legitimate_interest() {
    let contacts = COMPLETE_MODEL.replacen(
        "subjects = [\"customers\"]",
        "subjects = [\"customers\", \"customer-technical-contacts\"]",
        1,
    );
    assert_eq!(
        findings_of(&contacts),
        [(
            "contact-persons-without-interest".to_string(),
            "subjects[1]".to_string()
        )]
    );
    let dir = tempfile::tempdir().unwrap();
    render_example(dir.path(), "webkoti", "fi,sv,en");
    for (lang, interest) in [
        (
            "fi",
            "yritysasiakkaiden kanssa sovittujen palvelujen tuottaminen ja hoitaminen niiden meille nimeämien henkilöiden kautta",
        ),
        (
            "sv",
            "tillhandahållande och skötsel av de tjänster som vi har avtalat om med våra företagskunder, genom de personer som de har anmält till oss",
        ),
        (
            "en",
            "providing and managing the services agreed with our corporate customers through the persons they have named to us",
        ),
    ] {
        let text = rendered(dir.path(), "webkoti", lang);
        assert!(text.contains(interest), "{lang}: {text}");
    }
}

/// Issue 23, item 8: training with call recordings and disclosing names for
/// mailing lists are purposes of their own, with a basis; the example that
/// does both says so in every language.
#[test]
fn a_use_that_no_purpose_covers_is_reported() {
    let lists = format!(
        "{COMPLETE_MODEL}\n[directories]\npublished = [\"mailing-lists\"]\nrefusal = \"customer-service\"\n"
    );
    assert_eq!(
        findings_of(&lists),
        [(
            "use-without-purpose".to_string(),
            "directories.published[0]".to_string()
        )]
    );
    let dir = tempfile::tempdir().unwrap();
    render_example(dir.path(), "puutarhapuoti", "fi,sv,en");
    for (lang, purposes) in [
        (
            "fi",
            [
                "Asiakaspalvelun henkilöstön kouluttaminen",
                "Nimi- ja osoitetietojen luovuttaminen suoramarkkinointiin",
            ],
        ),
        (
            "sv",
            [
                "Utbildning av personalen i vår kundtjänst",
                "Utlämnande av namn- och adressuppgifter för direktmarknadsföring",
            ],
        ),
        (
            "en",
            [
                "Training our customer service staff",
                "Disclosing names and addresses for direct marketing",
            ],
        ),
    ] {
        let text = rendered(dir.path(), "puutarhapuoti", lang);
        for p in purposes {
            assert!(text.contains(p), "{lang}: {p}: {text}");
        }
    }
}

/// The words of the names an example's model gives: controllers, their
/// towns, the contact and the processors.
fn model_name_words(example_name: &str) -> BTreeSet<String> {
    let model: toml::Value =
        toml::from_str(&std::fs::read_to_string(example(example_name)).unwrap()).unwrap();
    let mut names = Vec::new();
    for c in model["controllers"].as_array().unwrap() {
        names.push(c["name"].as_str().unwrap().to_string());
        names.push(c["city"].as_str().unwrap().to_string());
    }
    names.extend(model["contact"]["name"].as_str().map(str::to_string));
    if let Some(ps) = model
        .get("recipients")
        .and_then(|r| r.get("processors"))
        .and_then(|p| p.as_array())
    {
        names.extend(ps.iter().map(|p| p["name"].as_str().unwrap().to_string()));
    }
    names
        .iter()
        .flat_map(|n| n.split([' ', ',', '(', ')']))
        .filter(|w| w.chars().count() > 3)
        .map(str::to_string)
        .collect()
}

/// Issue 23, item 1: in every example, language and layout, no line ends in
/// a hyphen inside a name the model gives, an e-mail or web address, and no
/// statute or regulation reference, postal code and town or "EU–U.S." is
/// parted at the end of a line (`pdftotext`, line by line).
#[test]
fn names_addresses_and_references_are_never_broken_at_a_line_end() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["iljoja", "webkoti", "puutarhapuoti"] {
        render_example(dir.path(), name, "fi,sv,en,fi+sv,sv+en");
        let names = model_name_words(name);
        assert!(names.len() >= 2, "{names:?}");
        for layout in ["fi", "sv", "en", "fi+sv", "sv+en"] {
            let pdf = dir.path().join(format!("out/{name}.{layout}.pdf"));
            let raw = tool(
                "pdftotext",
                &["-raw", "-enc", "UTF-8", pdf.to_str().unwrap(), "-"],
            );
            let lines: Vec<&str> = raw
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect();
            for pair in lines.windows(2) {
                let (a, b) = (pair[0], pair[1]);
                let last = a.split_whitespace().last().unwrap_or("");
                let first = b.split_whitespace().next().unwrap_or("");
                let at = format!("{name}.{layout}: {a:?} / {b:?}");
                // A hyphen at the end: typst's (a soft hyphen) or the text's own.
                if let Some(head) = last.strip_suffix('\u{ad}').or(last.strip_suffix('-')) {
                    let word: String = format!("{head}{first}")
                        .trim_matches(|c: char| !c.is_alphanumeric())
                        .to_string();
                    assert!(!names.contains(&word), "a name is hyphenated: {at}");
                    assert!(
                        !(last.contains('@') || last.contains("www.") || last.contains("://")),
                        "an address is broken at a hyphen: {at}"
                    );
                }
                // "Regulation / (EU) 2016/679", "(EU) / 2016/679", "Act / (1336/1997)",
                // "(EU– / U.S. …)".
                let number = |w: &str| {
                    w.trim_start_matches('(')
                        .starts_with(|c: char| c.is_ascii_digit())
                };
                assert!(
                    !(first == "(EU)"
                        || last.ends_with("(EU)") && number(first)
                        || last.ends_with('–') && last != "–"
                        || first.starts_with('(') && number(first) && first.contains('/')),
                    "a reference is parted: {at}"
                );
                let code = last.trim_end_matches(',');
                assert!(
                    !(code.len() == 5
                        && code.chars().all(|c| c.is_ascii_digit())
                        && first.chars().next().is_some_and(char::is_uppercase)),
                    "a postal code is parted from its town: {at}"
                );
            }
        }
    }
}

/// Issue 23, item 2: side by side, the processors' table is set once across
/// the page: a processor's row holds its service in both languages, one
/// under the other, in the left half, and its country in both languages
/// beside the address of its policy in the right half.
#[test]
fn the_bilingual_processors_table_spans_the_page_and_its_languages_line_up() {
    let dir = tempfile::tempdir().unwrap();
    render_example(dir.path(), "puutarhapuoti", "fi+sv");
    let pdf = dir.path().join("out/puutarhapuoti.fi+sv.pdf");
    let page = (1..=pages(&pdf))
        .find(|&p| page_text(&pdf, p).contains("Uutiskirjeiden lähetyspalvelu"))
        .expect("the table is printed");
    let half = |x: &str| {
        tool(
            "pdftotext",
            &[
                "-layout",
                "-enc",
                "UTF-8",
                "-f",
                &page.to_string(),
                "-l",
                &page.to_string(),
                "-x",
                x,
                "-y",
                "0",
                "-W",
                "297",
                "-H",
                "842",
                pdf.to_str().unwrap(),
                "-",
            ],
        )
    };
    let (left, right) = (half("0"), half("298"));
    let next_line = |text: &str, line: &str| -> String {
        let lines: Vec<&str> = text.lines().collect();
        let i = lines
            .iter()
            .position(|l| l.contains(line))
            .unwrap_or_else(|| panic!("{line:?} not in:\n{text}"));
        lines.get(i + 1).copied().unwrap_or("").to_string()
    };
    // The service of the newsletter in Finnish, its Swedish right under it,
    // and the processor's name beside it, once.
    let row = left
        .lines()
        .find(|l| l.contains("Uutiskirjeiden lähetyspalvelu"))
        .unwrap();
    assert!(row.contains("The Rocket Science Group LLC"), "{row}");
    assert!(
        next_line(&left, "Uutiskirjeiden lähetyspalvelu").contains("Tjänst för utskick"),
        "{left}"
    );
    assert!(!next_line(&left, "Uutiskirjeiden lähetyspalvelu").contains("Rocket"));
    // In the right half, on the same row: the country, then the policy.
    let row = right
        .lines()
        .find(|l| l.contains("https://www.intuit.com/privacy/"))
        .unwrap_or_else(|| panic!("{right}"));
    assert!(row.contains("Yhdysvallat"), "{row}");
    assert!(
        next_line(&right, "https://www.intuit.com/privacy/").contains("Förenta staterna"),
        "{right}"
    );
}

/// Issue 23, items 11 and 16: the signature's place is printed in each
/// language's form of the town's name (an address keeps the form the post
/// uses), and the contact unit's name may be given per language.
#[test]
fn places_and_the_contact_unit_are_named_in_each_language() {
    let model = COMPLETE_MODEL
        .replacen(
            "[contact]\nname = \"Webkoti\"",
            "[contact]\nname = { fi = \"Asiakaspalvelu\", sv = \"Kundtjänst\", en = \"Customer service\" }",
            1,
        )
        .replacen("languages = [\"fi\"]", "languages = [\"fi\", \"sv\", \"en\"]", 1)
        + "\n[signature]\nplace = \"Tampere\"\nsigner = \"Maija Meikäläinen\"\nfield = false\n";
    assert!(model.contains("Kundtjänst"));
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("model.toml"), &model).unwrap();
    let out = seloste(
        dir.path(),
        &["render", "model.toml", "--lang", "fi,sv,en,fi+sv"],
    );
    assert_ok(&out);
    let text = |l: &str| normalise(&pdf_text(&dir.path().join(format!("model.{l}.pdf"))));
    for (lang, unit, place) in [
        ("fi", "Asiakaspalvelu", "Tampere 1.11.2026"),
        ("sv", "Kundtjänst", "Tammerfors 1.11.2026"),
        ("en", "Customer service", "Tampere, 1 November 2026"),
    ] {
        let t = text(lang);
        assert!(
            t.contains(&format!("Nimi {unit}")) || t.contains(unit),
            "{lang}: {t}"
        );
        assert!(t.contains(place), "{lang}: {t}");
        // The controller's postal address is the post's: Rovaniemi in every language.
        assert!(t.contains("96500 Rovaniemi"), "{lang}: {t}");
    }
    let both = text("fi+sv");
    assert!(
        both.contains("Tampere 1.11.2026 / Tammerfors 1.11.2026")
            || both.contains("Tammerfors 1.11.2026"),
        "{both}"
    );
    assert!(
        both.contains("Asiakaspalvelu") && both.contains("Kundtjänst"),
        "{both}"
    );
}

/// Issue 23, item 9: the Meta Pixel makes the site and Meta joint
/// controllers (CJEU C-40/17 Fashion ID): the notice says so with the
/// essence of the arrangement (Art. 26) in every language, and Meta is no
/// processor in the table; Google is named as the clause names it.
#[test]
fn the_meta_pixel_is_joint_controllership_not_a_processor() {
    let dir = tempfile::tempdir().unwrap();
    render_example(dir.path(), "puutarhapuoti", "fi,sv,en");
    for (lang, joint) in [
        ("fi", "Olemme Metan kanssa yhteisrekisterinpitäjiä"),
        ("sv", "Vi och Meta är gemensamt personuppgiftsansvariga"),
        ("en", "We and Meta are joint controllers"),
    ] {
        let text = rendered(dir.path(), "puutarhapuoti", lang);
        assert!(text.contains(joint), "{lang}: {text}");
        assert!(text.contains("C-40/17"), "{lang}");
        assert!(
            !text.contains("Meta Platforms, Inc."),
            "{lang}: Meta is named as a processor"
        );
        assert!(text.contains("Google Ireland Limited"), "{lang}");
    }
}

/// Issue 23, item 16: the recording section's heading names messages only
/// when they are recorded as well as calls.
#[test]
fn the_recording_heading_names_what_is_recorded() {
    let recording = |what: &str| {
        format!(
            "{COMPLETE_MODEL}\n[recording]\nrecorded = [\"{what}\"]\npurposes = [\"purpose-quality\"]\n\
             retention = \"until-transaction-verified\"\n"
        )
        .replacen("languages = [\"fi\"]", "languages = [\"fi\", \"sv\", \"en\"]", 1)
    };
    for (what, headings) in [
        (
            "calls",
            [
                "Puhelujen tallentaminen",
                "Inspelning av samtal",
                "Call recording",
            ],
        ),
        (
            "calls-and-messages",
            [
                "Puhelujen ja viestien tallentaminen",
                "Inspelning av samtal och meddelanden",
                "Call and message recording",
            ],
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("model.toml"), recording(what)).unwrap();
        assert_ok(&seloste(
            dir.path(),
            &["render", "model.toml", "--lang", "fi,sv,en"],
        ));
        for (lang, heading) in ["fi", "sv", "en"].into_iter().zip(headings) {
            let pdf = dir.path().join(format!("model.{lang}.pdf"));
            let text = tool("pdftotext", &["-enc", "UTF-8", pdf.to_str().unwrap(), "-"]);
            let line = text
                .lines()
                .find(|l| l.contains(heading))
                .unwrap_or_else(|| panic!("{what} {lang}: {heading:?} not in {text}"));
            // The whole heading, not the start of the longer one.
            assert!(
                line.trim_end().ends_with(heading),
                "{what} {lang}: {line:?}"
            );
        }
    }
}

/// Issue 23, item 10: the Swedish terms of the Finnish Personal Data Act's
/// tradition and the neutral wordings, read back from the examples.
#[test]
fn the_swedish_terms_are_the_official_ones() {
    let dir = tempfile::tempdir().unwrap();
    render_example(dir.path(), "puutarhapuoti", "sv,en");
    let sv = rendered(dir.path(), "puutarhapuoti", "sv");
    for term in [
        "Regelmässiga uppgiftskällor",
        "Mottagare och regelmässiga utlämnanden av uppgifter",
        "Chefer inom vår kundtjänst",
        "Bokföringens verifikationer i pappersform",
        "Du kan begära en kopia av de lämpliga skyddsåtgärderna för överföringarna (artikel 46) per e-post till",
    ] {
        assert!(sv.contains(term), "{term}: {sv}");
    }
    assert!(
        !sv.contains("Regelbundna") && !sv.contains("förmän"),
        "{sv}"
    );
    let en = rendered(dir.path(), "puutarhapuoti", "en");
    assert!(
        en.contains("You can request a copy of the appropriate safeguards used for the transfers (Article 46) by sending an email to"),
        "{en}"
    );
    assert!(!en.contains("Bookkeeping"), "{en}");
}

/// A notice that says where the data is stored says too that it is not
/// transferred outside the EU/EEA, when the model says so (Art. 13(1)(f));
/// a shop that discloses addresses for mailing lists names that recipient
/// (Art. 13(1)(e)) and the purpose of its advertising (Art. 13(1)(c)).
#[test]
fn storage_is_not_taken_for_the_absence_of_transfers() {
    let dir = tempfile::tempdir().unwrap();
    render_example(dir.path(), "yhdistys", "fi");
    let fi = rendered(dir.path(), "yhdistys", "fi");
    assert!(
        fi.contains("Tiedot säilytetään EU:n tai ETA:n alueella."),
        "{fi}"
    );
    assert!(
        fi.contains("Henkilötietoja ei siirretä eikä luovuteta EU:n tai Euroopan talousalueen (ETA) ulkopuolelle."),
        "{fi}"
    );
    render_example(dir.path(), "puutarhapuoti", "en");
    let en = rendered(dir.path(), "puutarhapuoti", "en");
    assert!(
        en.contains("We disclose our customers’ names and addresses to companies engaged in direct marketing, for their mailing lists"),
        "{en}"
    );
    assert!(
        en.contains("Targeting advertising and measuring its effect"),
        "{en}"
    );
}

/// Issue 23, item 3: side by side, each group of blocks (a legal basis with
/// its purposes) starts at the same height in both languages, so that the
/// columns never drift apart down the page.
#[test]
fn side_by_side_groups_start_on_the_same_line() {
    let dir = tempfile::tempdir().unwrap();
    render_example(dir.path(), "webkoti", "fi+sv");
    render_example(dir.path(), "iljoja-fi-sv", "fi+sv");
    for name in ["webkoti", "iljoja-fi-sv"] {
        let pdf = dir.path().join(format!("out/{name}.fi+sv.pdf"));
        let text = tool(
            "pdftotext",
            &["-layout", "-enc", "UTF-8", pdf.to_str().unwrap(), "-"],
        );
        for (fi, sv) in [
            ("Sopimuksen täytäntöönpano", "Fullgörande av avtal"),
            ("Lakisääteinen velvoite", "Rättslig förpliktelse"),
        ] {
            let line = text
                .lines()
                .find(|l| l.contains(fi))
                .unwrap_or_else(|| panic!("{name}: {fi:?} not in {text}"));
            assert!(line.contains(sv), "{name}: {line:?}");
        }
    }
}

/// Side by side, the signature block never stands alone on the last page:
/// the end of the last section keeps it company.
#[test]
fn the_bilingual_signature_keeps_the_last_section_company() {
    let dir = tempfile::tempdir().unwrap();
    render_example(dir.path(), "puutarhapuoti", "fi+sv");
    let pdf = dir.path().join("out/puutarhapuoti.fi+sv.pdf");
    let last = normalise(&page_text(&pdf, pages(&pdf)));
    assert!(last.contains("Paikka ja aika / Ort och datum"), "{last}");
    assert!(last.contains("22. Paperiaineiston säilytys"), "{last}");
}

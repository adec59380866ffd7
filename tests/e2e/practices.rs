//! The practices a notice names beside its register (recorded calls, web
//! analytics, mailing lists) are described where the reader looks for them:
//! `check` asks for what is missing, and the examples print it in every
//! language, in the PDF and in the HTML notice's first layer.

use crate::support::*;

/// A model that names recorded calls as a source, a data category or a
/// surveillance clause, and has no `[recording]` table, never says why the
/// calls are recorded or how long they are kept: `recording-incomplete`
/// points at the entry that names them.
#[test]
fn recorded_calls_named_elsewhere_need_their_recording_section() {
    let as_source = COMPLETE_MODEL.replacen(
        "[[sources]]\nsource = \"customer\"\n",
        "[[sources]]\nsource = \"customer\"\n\n[[sources]]\nsource = \"recorded-calls-emails\"\n",
        1,
    );
    assert_eq!(
        findings_of(&as_source),
        [("recording-incomplete".to_string(), "sources[1]".to_string())]
    );
    // (Recordings make `check` ask whether a DPO is needed: answered.)
    let as_data = COMPLETE_MODEL.replacen(
        "data = [\"name\", \"contact-details\"]",
        "data = [\"name\", \"contact-details\", \"call-recordings\"]\ndpo-required = false",
        1,
    );
    assert_eq!(
        findings_of(&as_data),
        [("recording-incomplete".to_string(), "data[2]".to_string())]
    );
    let described = format!(
        "{as_source}\n[[purposes]]\npurpose = \"call-recording\"\nbasis = \"legitimate-interests\"\n\
         interest = \"call-recording\"\n\n[recording]\nrecorded = [\"calls\"]\n\
         purposes = [\"purpose-verify-transactions\"]\nretention = \"until-transaction-verified\"\n"
    );
    assert_eq!(findings_of(&described), []);

    // The examples whose seeds name recorded calls as a source say why and
    // for how long, with the interest that covers verification and quality.
    let dir = tempfile::tempdir().unwrap();
    render_example(dir.path(), "webkoti", "fi,sv,en");
    for (lang, heading, interest) in [
        (
            "fi",
            "Puhelujen tallentaminen",
            "puheluissa sovitun todentaminen, erimielisyyksien selvittäminen ja asiakaspalvelun laadun varmistaminen",
        ),
        (
            "sv",
            "Inspelning av samtal",
            "att kunna styrka vad som har avtalats i samtal, reda ut meningsskiljaktigheter och säkerställa kvaliteten på vår kundtjänst",
        ),
        (
            "en",
            "Call recording",
            "verifying what was agreed in calls, resolving disagreements and ensuring the quality of our customer service",
        ),
    ] {
        let text = rendered(dir.path(), "webkoti", lang);
        assert!(text.contains(heading), "{lang}: {heading}: {text}");
        assert!(text.contains(interest), "{lang}: {interest}: {text}");
    }
}

/// Analytics data is kept apart from the register, so its period is said
/// apart: `check` asks for it, and the shop prints it with the cookies'
/// lifetime.
#[test]
fn analytics_data_has_its_own_retention() {
    let analytics = format!("analytics = [\"plausible\"]\n{COMPLETE_MODEL}");
    assert_eq!(
        findings_of(&analytics),
        [(
            "analytics-retention-not-stated".to_string(),
            "analytics[0]".to_string()
        )]
    );
    let stated = with_analytics_retention(&analytics);
    assert_eq!(findings_of(&stated), []);

    let dir = tempfile::tempdir().unwrap();
    render_example(dir.path(), "puutarhapuoti", "fi,sv,en");
    for (lang, said) in [
        (
            "fi",
            [
                "Verkkoanalytiikalla keräämiämme tietoja säilytetään enintään 14 kuukauden ajan, minkä jälkeen ne poistetaan.",
                "Muut kuin välttämättömät evästeet säilyvät laitteellasi enintään 13 kuukautta, ellet poista niitä aiemmin.",
            ],
        ),
        (
            "sv",
            [
                "Uppgifter som vi samlar in genom webbanalys lagras i högst 14 månader och raderas sedan.",
                "Kakor som inte är nödvändiga finns kvar på din enhet i högst 13 månader, om du inte raderar dem tidigare.",
            ],
        ),
        (
            "en",
            [
                "The data we collect with web analytics is kept for at most 14 months and is then erased.",
                "Non-essential cookies stay on your device for at most 13 months, unless you delete them earlier.",
            ],
        ),
    ] {
        let text = rendered(dir.path(), "puutarhapuoti", lang);
        for s in said {
            assert!(text.contains(s), "{lang}: {s}: {text}");
        }
    }
}

/// A shop that only discloses names and addresses for mailing lists
/// publishes nothing: its section is headed by what it does, and the way
/// to refuse speaks of that use, not of publication.
#[test]
fn a_shop_that_only_discloses_addresses_is_not_said_to_publish_them() {
    let dir = tempfile::tempdir().unwrap();
    render_example(dir.path(), "puutarhapuoti", "fi,sv,en");
    for (lang, heading, published) in [
        (
            "fi",
            "Nimi- ja osoitetietojen luovuttaminen",
            "julkaisemisen",
        ),
        (
            "sv",
            "Utlämnande av namn- och adressuppgifter",
            "förbjuda publicering",
        ),
        (
            "en",
            "Disclosure of names and addresses",
            "refuse publication",
        ),
    ] {
        let text = rendered(dir.path(), "puutarhapuoti", lang);
        assert!(text.contains(heading), "{lang}: {heading}: {text}");
        assert!(
            !text.contains(published),
            "{lang}: the shop publishes nothing: {text}"
        );
    }
    // A telecoms operator's subscriber directory is published: its heading
    // and refusal stay those of directories.
    let directory = format!(
        "{COMPLETE_MODEL}\n[directories]\npublished = [\"subscriber-directory\"]\nrefusal = \"customer-service\"\n"
    )
    .replacen("languages = [\"fi\"]", "languages = [\"fi\", \"sv\", \"en\"]", 1);
    std::fs::write(dir.path().join("model.toml"), directory).unwrap();
    assert_ok(&seloste(
        dir.path(),
        &["render", "model.toml", "--lang", "fi,sv,en"],
    ));
    for (lang, heading) in [
        ("fi", "Luettelopalvelut ja osoiteluettelot"),
        ("sv", "Katalogtjänster och adressregister"),
        ("en", "Directories and mailing lists"),
    ] {
        let text = normalise(&pdf_text(&dir.path().join(format!("model.{lang}.pdf"))));
        assert!(text.contains(heading), "{lang}: {heading}: {text}");
    }
}

/// The HTML notice's first layer names everybody who receives the data:
/// the companies the shop discloses addresses to and Meta as a joint
/// controller, not only the processors, and the payment institution apart
/// from them as an independent controller.
#[test]
fn the_first_layer_names_every_recipient() {
    let dir = tempfile::tempdir().unwrap();
    let out = seloste(
        dir.path(),
        &[
            "render",
            example("puutarhapuoti").to_str().unwrap(),
            "--lang",
            "en",
            "--format",
            "html",
            "-o",
            "out",
        ],
    );
    assert_ok(&out);
    let html = std::fs::read_to_string(dir.path().join("out/puutarhapuoti.en.html")).unwrap();
    let start = html.find("id=\"summary\"").expect("a first layer");
    let end = start + html[start..].find("</section>").unwrap();
    let summary = &html[start..end];
    let item = &summary[summary
        .find("Who receives the data")
        .expect("a recipients item")..];
    let item = &item[..item.find("</dd>").unwrap()];
    assert_says(
        item,
        &[
            "We disclose our customers",
            "Meta Platforms Ireland Limited",
            "Service providers that process the data on our behalf: Kotisivukone Hosting Oy, The Rocket Science Group LLC (Mailchimp), Google Ireland Limited",
            "Service providers that receive the data as independent controllers: Paytrail Oyj",
        ],
    );
}

/// A recipient that uses the data for its own purposes is not a processor:
/// the shop's payment institution is marked an independent controller
/// beside its name (side by side, the name once over the mark in both languages), as are the providers
/// to whom iljoja's seed discloses data, and the intro says what the mark
/// means; a table of processors alone has no mark.
#[test]
fn an_independent_controller_is_told_apart_from_the_processors() {
    let dir = tempfile::tempdir().unwrap();
    render_example(dir.path(), "puutarhapuoti", "en,fi+sv");
    // The body alone: the intro may run over a page break.
    let en = pdf_body_text(&dir.path().join("out/puutarhapuoti.en.pdf"));
    assert_says(
        &en,
        &[
            "We use the service providers listed below. Processors process the data only on our behalf and on our instructions. The service providers marked in the table as independent controllers process the data they receive for their own purposes and on their own responsibility; their own privacy policies describe that processing.",
            "Paytrail Oyj (independent controller)",
        ],
    );
    assert!(!en.contains("Google Ireland Limited (independent"), "{en}");
    // Side by side, the name is printed once, over the mark in each
    // language.
    let both = rendered(dir.path(), "puutarhapuoti", "fi+sv");
    assert!(
        both.contains(
            "Paytrail Oyj (itsenäinen rekisterinpitäjä) (självständigt personuppgiftsansvarig)"
        ),
        "{both}"
    );
    assert!(!both.contains("Paytrail Oyj (självständigt"), "{both}");
    // The seed's "third-party services" are disclosures to independent
    // controllers; its access control provider stays a processor.
    render_example(dir.path(), "iljoja", "en");
    let iljoja = rendered(dir.path(), "iljoja", "en");
    assert_says(
        &iljoja,
        &[
            "Microsoft Ireland Operations Limited (independent controller)",
            "WithSecure Oyj (independent controller)",
        ],
    );
    assert!(!iljoja.contains("Verisure Oy (independent"), "{iljoja}");

    let processors_only = COMPLETE_MODEL
        .replacen(
            "[recipients]\ndisclosures = [\"authorities-by-law\"]",
            "[recipients]\ndisclosures = [\"authorities-by-law\"]\n\n[[recipients.processors]]\n\
             name = \"Posti Oy\"\nservice = \"mailing\"\ncountry = \"FI\"",
            1,
        )
        .replacen("languages = [\"fi\"]", "languages = [\"en\"]", 1);
    let text = render_model_text(dir.path(), &processors_only, "en");
    assert!(
        text.contains(
            "Some of the processing is outsourced to service providers which process the data on our behalf as processors."
        ),
        "{text}"
    );
    assert!(
        !text.contains("(independent controller)")
            && !text.contains("a third party under its own privacy policy"),
        "{text}"
    );
}

/// A cell that one processor leaves empty and others fill says "–"; a
/// notice that names no processor still names the kinds of providers it
/// uses (yhdistys: e-mail and accounting), and only those its model names
/// (webkoti names none).
#[test]
fn recipients_are_named_even_where_a_fact_or_a_name_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    render_example(dir.path(), "puutarhapuoti", "en");
    let shop = rendered(dir.path(), "puutarhapuoti", "en");
    assert!(
        shop.contains("Kotisivukone Hosting Oy Finland –"),
        "the empty policy cell: {shop}"
    );
    render_example(dir.path(), "yhdistys", "fi,en");
    for (lang, said) in [
        (
            "fi",
            "Käytämme henkilötietojen käsittelijöinä palveluntarjoajia, kuten sähköposti- ja kirjanpitopalvelujen tarjoajia; ne käsittelevät tietoja vain puolestamme ja ohjeidemme mukaisesti.",
        ),
        (
            "en",
            "We use service providers, such as providers of email and accounting services, as processors; they process the data only on our behalf and on our instructions.",
        ),
    ] {
        let text = rendered(dir.path(), "yhdistys", lang);
        assert!(text.contains(said), "{lang}: {text}");
    }
    // A model that names no kinds says no more than that.
    render_example(dir.path(), "webkoti", "en");
    let webkoti = rendered(dir.path(), "webkoti", "en");
    assert!(
        webkoti.contains(
            "We use service providers as processors; they process the data only on our behalf"
        ) && !webkoti.contains("email and accounting"),
        "{webkoti}"
    );
}

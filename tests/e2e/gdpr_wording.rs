//! The notice says what the GDPR says in each language's own official
//! words where it paraphrases an article, and does not promise more than
//! the model's facts hold: read back from the examples' PDFs.

use crate::support::*;

/// Art. 21(1) in its own wording: Finnish "oikeusvaateen", Swedish
/// "fastställande, utövande eller försvar" (its Art. 17 and 18 use the
/// verbs, which the purposes keep); the standard contractual clauses as the
/// ground of the transfers that no adequacy decision covers, with the
/// EDPB's "supplementary measures", not as a second ground of every
/// transfer; a signed letter that is never asked for.
#[test]
fn objection_transfers_and_requests_read_as_the_gdpr_and_the_edpb_write_them() {
    let dir = tempfile::tempdir().unwrap();
    render_example(dir.path(), "puutarhapuoti", "fi,sv,en");
    for (lang, said, not) in [
        (
            "fi",
            [
                "tai että käsittely on tarpeen oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi (21 artiklan 1 kohta)",
                "Siirrot, joita tietosuojan riittävyyttä koskeva päätös ei kata, perustuvat Euroopan komission hyväksymiin vakiosopimuslausekkeisiin",
                "Pyyntöä ei tarvitse allekirjoittaa.",
            ],
            "oikeudellisen vaateen",
        ),
        (
            "sv",
            [
                "friheter eller om behandlingen sker för fastställande, utövande eller försvar av rättsliga anspråk (artikel 21.1)",
                "Överföringar som inte omfattas av ett beslut om adekvat skyddsnivå grundar sig på standardavtalsklausuler",
                "Begäran behöver inte undertecknas.",
            ],
            "Vid överföringar används standardavtalsklausuler",
        ),
        (
            "en",
            [
                "unless the processing is needed for the establishment, exercise or defence of legal claims (Article 21(1))",
                "Transfers not covered by an adequacy decision are based on the standard contractual clauses adopted by the European Commission (Article 46(2)(c)), with supplementary measures where necessary.",
                "A request does not need to be signed.",
            ],
            "supplementary safeguards",
        ),
    ] {
        let text = rendered(dir.path(), "puutarhapuoti", lang);
        for s in said {
            assert!(text.contains(s), "{lang}: no {s:?} in {text}");
        }
        assert!(!text.contains(not), "{lang}: {not:?} in {text}");
    }
}

/// Training with call recordings is said with the purposes, before the
/// period, which it says applies to the training copies too; those who
/// train are among the listeners; the period has a maximum.
#[test]
fn training_copies_of_recordings_are_kept_no_longer_than_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    render_example(dir.path(), "puutarhapuoti", "fi,en");
    let en = rendered(dir.path(), "puutarhapuoti", "en");
    let training = "We also use some recordings to train our customer service staff. The retention period below applies to them too.";
    let period = "Recordings are kept for as long as they are needed to verify the transaction, but for at most 12 months, and are then erased.";
    let (t, p) = (
        en.find(training).expect("the training sentence"),
        en.find(period).expect("the period"),
    );
    assert!(t < p, "training after the period: {en}");
    assert!(
        en.contains("The persons who train our customer service staff"),
        "{en}"
    );
    let fi = rendered(dir.path(), "puutarhapuoti", "fi");
    assert!(
        fi.contains("kuitenkin enintään 12 kuukauden ajan, minkä jälkeen ne poistetaan."),
        "{fi}"
    );
}

/// Art. 21(1) names processing for a task in the public interest beside
/// legitimate interests; a company whose purposes rest on neither public
/// task nor official authority is not told it might (puutarhapuoti), one
/// whose purposes do is.
#[test]
fn the_objection_names_a_public_task_only_where_there_is_one() {
    let dir = tempfile::tempdir().unwrap();
    render_example(dir.path(), "puutarhapuoti", "en");
    let shop = rendered(dir.path(), "puutarhapuoti", "en");
    assert!(
        shop.contains(
            "that is based on legitimate interests, including profiling based on that ground."
        ),
        "{shop}"
    );
    assert!(!shop.contains("official authority"), "{shop}");

    let public = COMPLETE_MODEL
        .replacen(
            "basis = \"contract\"",
            "basis = \"public-task\"\n\n[[purposes]]\npurpose = \"information-security\"\n\
             basis = \"legitimate-interests\"\ninterest = \"information-security\"",
            1,
        )
        .replacen("languages = [\"fi\"]", "languages = [\"en\"]", 1);
    let text = render_model_text(dir.path(), &public, "en");
    assert!(
        text.contains(
            "based on legitimate interests or on the performance of a task carried out in the public interest or in the exercise of official authority, including profiling based on those grounds."
        ),
        "{text}"
    );
}

/// A shop that targets advertising and reads demographics from Google says
/// that it profiles, with consent, though it makes no Art. 22 decisions;
/// its consent-based data is kept by what each consent is for (the
/// newsletter until unsubscribed, analytics 14 months) and its security
/// logs have a period.
#[test]
fn profiling_for_advertising_and_the_periods_of_consent_data_are_said() {
    let dir = tempfile::tempdir().unwrap();
    render_example(dir.path(), "puutarhapuoti", "en");
    // The body alone: the clause may run over a page break.
    let en = pdf_body_text(&dir.path().join("out/puutarhapuoti.en.pdf"));
    assert_says(
        &en,
        &[
            "We do, however, use profiling to target advertising and to produce the demographics and interests reports of our web analytics, if you have consented to marketing and analytics cookies",
            "Newsletter subscription data is kept until you unsubscribe or withdraw your consent.",
            "Log data is kept for at most 12 months.",
            // Art. 12(3): the period is extended only where necessary.
            "Where necessary, taking into account the complexity and number of requests, this period may be extended by two further months",
        ],
    );
    assert!(
        !en.contains(
            "Data processed on the basis of your consent is kept until you withdraw your consent."
        ),
        "{en}"
    );
}

/// Google's advertising cookies make Google a joint controller with the
/// shop for their collection (as the Meta Pixel makes Meta, C-40/17), with
/// the essence of who does what, and a controller in its own right after
/// it; the unsubscribe link is where it is (in marketing messages, not in
/// invoices); the law may require or permit a disclosure; who may listen to
/// recordings is a heading in every language.
#[test]
fn recipients_links_and_listeners_are_said_as_they_are() {
    let dir = tempfile::tempdir().unwrap();
    render_example(dir.path(), "puutarhapuoti", "sv,en");
    // The body alone: the clause may run over a page break.
    let en = pdf_body_text(&dir.path().join("out/puutarhapuoti.en.pdf"));
    assert_says(
        &en,
        &[
            "If you consent to marketing cookies, Google Ireland Limited (“Google”) also receives data through its advertising cookies on our site. We and Google are joint controllers for collecting the data on our site and transmitting it to Google",
            "we ask for your consent and inform you of the processing; Google answers requests to exercise the rights under Articles 15–20 concerning the data it receives, and you can exercise your rights against either of us.",
            "After that transmission, Google processes the data as an independent controller for its own purposes",
            "to the extent required or permitted by Finnish law",
        ],
    );
    let sv = rendered(dir.path(), "puutarhapuoti", "sv");
    assert!(
        sv.contains("Vem får lyssna på inspelningarna • Chefer inom vår kundtjänst"),
        "{sv}"
    );
    render_example(dir.path(), "iljoja", "fi,en");
    let en = rendered(dir.path(), "iljoja", "en");
    assert!(
        en.contains("with the unsubscribe link in any marketing message we send you"),
        "{en}"
    );
    let fi = rendered(dir.path(), "iljoja", "fi");
    assert!(
        fi.contains("jokaisessa lähettämässämme markkinointiviestissä olevalla peruutuslinkillä"),
        "{fi}"
    );
}

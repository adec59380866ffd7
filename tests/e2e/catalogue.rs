//! Every clause of the catalogue, in every language, typeset and read back
//! from the PDF.
//!
//! The test builds "catalogue" models that use every key of every namespace
//! (with the values each clause needs) and every country, renders them in fi,
//! sv and en, and looks for each clause's text in what `pdftotext` reads.
//! List fields take all their keys in the first model; a field that holds one
//! text (the register's name, the signer's title …) takes its keys one model
//! at a time.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::{FluentArgs, FluentValue};
use seloste::{Date, Engine, Format, Input, Job, Lang, Layout, NoAssets, Request};

use crate::ftl::{Ftl as Catalogue, GLOBAL_VARIABLES};
use crate::support::*;

/// The namespaces of the model, written out as `docs/model.md` lists them:
/// a clause id is `<namespace>-<key>`.
const NAMESPACES: &[&str] = &[
    "register",
    "clause",
    "purpose",
    "interest",
    "data",
    "subject",
    "source",
    "source-details",
    "disclosure",
    "service",
    "transfer",
    "safeguard",
    "retention",
    "surveillance",
    "cookies",
    "automated",
    "requirement",
    "request",
    "withdrawal",
    "security",
    "system",
    "title",
    "registration",
    "joint",
    "copy",
    "special",
    "condition",
    "criminal",
    "identity-code",
    "recording",
    "listener",
    "directory",
    "refusal",
    "analytics",
    "consequence",
    "further",
    "procedure",
    "manual",
];

thread_local! {
    /// The clause ids placed in the model being written, as it is written.
    static PLACED: RefCell<BTreeSet<String>> = const { RefCell::new(BTreeSet::new()) };
}

/// Prefixes of the fixed messages: headings, labels and texts the notice
/// prints by itself (the examples check those).
const FIXED: &[&str] = &[
    "doc-",
    "label-",
    "heading-",
    "basis-",
    "text-",
    "right-",
    "authority-",
    "country-",
    "joiner-",
    "item-",
    "signature-",
    "date",
    "address-line",
    "fallback-marker",
    "attachment-",
    // The Commission's adequacy decisions, printed for transfers.countries.
    "adequacy-",
    // The comments of the starter model (`seloste init`), tested there.
    "starter-",
    // The first layer and the contents of the web page, tested with it.
    "summary-",
    "html-",
];

const CONTACT_EMAIL: &str = "tietosuoja@example.fi";
const CONTACT_PHONE: &str = "+358 40 123 4567";
const CONTROLLER: &str = "Testi Oy";
/// The second controller of the models that hold an arrangement of joint
/// controllers.
const SECOND_CONTROLLER: &str = "Toinen Oy";

/// `$controllers` as each language joins the names, written out here.
fn controllers(lang: Lang, joint: bool) -> String {
    if !joint {
        return CONTROLLER.to_string();
    }
    let and = match lang {
        Lang::Fi => "ja",
        Lang::Sv => "och",
        Lang::En => "and",
    };
    format!("{CONTROLLER} {and} {SECOND_CONTROLLER}")
}

/// The namespace of a clause id (the longest prefix: `source-details-x` is
/// in `source-details`).
fn namespace(id: &str) -> Option<&'static str> {
    NAMESPACES
        .iter()
        .copied()
        .filter(|ns| {
            id.strip_prefix(ns)
                .is_some_and(|rest| rest.starts_with('-'))
        })
        .max_by_key(|ns| ns.len())
}

/// The countries with an adequacy decision: those the catalogue has an
/// `adequacy-<code>` message for.
fn adequacy(cat: &Catalogue) -> Vec<String> {
    cat.ids()
        .filter_map(|id| id.strip_prefix("adequacy-"))
        .map(str::to_ascii_uppercase)
        .collect()
}

/// The keys of each namespace, sorted.
fn keys_by_namespace(cat: &Catalogue) -> BTreeMap<&'static str, Vec<String>> {
    let mut out: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for id in cat.ids() {
        if let Some(ns) = namespace(id) {
            out.entry(ns)
                .or_default()
                .push(id[ns.len() + 1..].to_string());
        }
    }
    out
}

/// A value for each variable a clause needs: a number that selects the
/// plural form (3 years, 30 days, 6 months).
fn value(var: &str) -> i64 {
    match var {
        "days" => 30,
        "months" => 6,
        _ => 3,
    }
}

/// The variables a clause needs from the model.
fn needed(cat: &Catalogue, id: &str) -> Vec<String> {
    cat.variables(id)
        .into_iter()
        .flatten()
        .filter(|v| !GLOBAL_VARIABLES.contains(&v.as_str()))
        .cloned()
        .collect()
}

/// A key as TOML: `"billing"`, or `{ key = "contract-plus-years", years = 3 }`;
/// its clause is recorded as placed in the model.
fn text(cat: &Catalogue, ns: &str, key: &str) -> String {
    PLACED.with(|p| p.borrow_mut().insert(format!("{ns}-{key}")));
    let vars = needed(cat, &format!("{ns}-{key}"));
    if vars.is_empty() {
        format!("\"{key}\"")
    } else {
        let args: Vec<String> = vars.iter().map(|v| format!("{v} = {}", value(v))).collect();
        format!("{{ key = \"{key}\", {} }}", args.join(", "))
    }
}

fn list(cat: &Catalogue, ns: &str, keys: &[String]) -> String {
    let items: Vec<String> = keys.iter().map(|k| text(cat, ns, k)).collect();
    format!("[\n    {},\n]", items.join(",\n    "))
}

/// The catalogue models: the first holds every list key; each holds the
/// next key of every one-text field.
fn models(cat: &Catalogue) -> Vec<(String, BTreeSet<String>)> {
    let keys = keys_by_namespace(cat);
    let k = |ns: &str| keys.get(ns).cloned().unwrap_or_default();
    let countries: Vec<String> = cat
        .ids()
        .filter_map(|id| id.strip_prefix("country-"))
        .map(str::to_ascii_uppercase)
        .collect();
    // The one-text fields, and how many slots each model has for them.
    let singles: [(&str, &[&str]); 11] = [
        ("register", &["document.register"]),
        (
            "clause",
            &["document.intro", "purposes-note", "subjects-note"],
        ),
        ("automated", &["automated-decisions"]),
        ("requirement", &["requirement"]),
        ("request", &["rights-request"]),
        ("title", &["signature.title"]),
        ("withdrawal", &["consent-withdrawal"]),
        ("registration", &["controllers.registration.label"]),
        ("joint", &["joint-controllers.arrangement"]),
        ("refusal", &["directories.refusal"]),
        ("copy", &["transfers.copy"]),
    ];
    let count = singles
        .iter()
        .map(|(ns, slots)| k(ns).len().div_ceil(slots.len()))
        .max()
        .unwrap_or(1)
        .max(2);
    let mut out = Vec::new();
    for m in 0..count {
        PLACED.with(|p| p.borrow_mut().clear());
        let mut one: BTreeMap<&str, String> = BTreeMap::new();
        for (ns, slots) in &singles {
            let all = k(ns);
            for (s, slot) in slots.iter().enumerate() {
                let i = (m * slots.len() + s) % all.len().max(1);
                if let Some(key) = all.get(i) {
                    one.insert(slot, text(cat, ns, key));
                }
            }
        }
        // The lists of the optional sections go in the second model: the
        // first would hold more texts than a notice may.
        let text = model(cat, &keys, &countries, &one, m == 0, m == 1);
        let placed = PLACED.with(|p| std::mem::take(&mut *p.borrow_mut()));
        out.push((text, placed));
    }
    out
}

/// One model: the one-text fields from `one`; the lists if `full`, else a
/// minimum.
fn model(
    cat: &Catalogue,
    keys: &BTreeMap<&'static str, Vec<String>>,
    countries: &[String],
    one: &BTreeMap<&str, String>,
    full: bool,
    v2_full: bool,
) -> String {
    let k = |ns: &str| keys.get(ns).cloned().unwrap_or_default();
    let get = |slot: &str| one.get(slot).cloned().unwrap_or_else(|| "\"x\"".into());
    let mut s = String::new();
    for slot in [
        "purposes-note",
        "subjects-note",
        "automated-decisions",
        "requirement",
        "rights-request",
        "consent-withdrawal",
    ] {
        s += &format!("{slot} = {}\n", get(slot));
    }
    if full {
        for (field, ns) in [
            ("data", "data"),
            ("subjects", "subject"),
            ("retention", "retention"),
            ("surveillance", "surveillance"),
            ("cookies", "cookies"),
            ("systems", "system"),
        ] {
            s += &format!("{field} = {}\n", list(cat, ns, &k(ns)));
        }
    } else {
        // The least a notice must say to pass the completeness checks; the
        // data categories, since its source is not the data subject.
        s += "subjects = [\"customers\"]\ndata = [\"name\"]\n";
        s += &format!(
            "retention = {}\n",
            list(cat, "retention", &k("retention")[..1])
        );
    }
    let (v2_keys, v2_tables) = sections_v2(cat, &k, &get, full, v2_full);
    s += &v2_keys;
    s += &format!(
        "\n[document]\nupdated = 2024-03-01\nlanguages = [\"fi\", \"sv\", \"en\"]\n\
         register = {}\nintro = {}\n",
        get("document.register"),
        get("document.intro")
    );
    s += &format!(
        "\n[[controllers]]\nname = \"{CONTROLLER}\"\nbusiness-id = \"1759068-4\"\n\
         street = \"Testikatu 1\"\npostal-code = \"00100\"\ncity = \"Helsinki\"\n"
    );
    if let Some(label) = one.get("controllers.registration.label") {
        s += &format!("registration = {{ label = {label}, number = \"212.345\" }}\n");
    }
    if let Some(arrangement) = one.get("joint-controllers.arrangement") {
        s += &format!(
            "\n[[controllers]]\nname = \"{SECOND_CONTROLLER}\"\nbusiness-id = \"3221893-6\"\n\
             street = \"Testikatu 1\"\npostal-code = \"00100\"\ncity = \"Helsinki\"\n\
             \n[joint-controllers]\narrangement = {arrangement}\n"
        );
    }
    s += &format!(
        "\n[contact]\nname = \"{CONTROLLER}\"\nemail = \"{CONTACT_EMAIL}\"\nphone = \"{CONTACT_PHONE}\"\n"
    );
    let purposes = if full {
        k("purpose")
    } else {
        // A contract and a consent purpose: the withdrawal text is printed
        // only where consent is a basis.
        k("purpose").into_iter().take(2).collect()
    };
    let interests = k("interest");
    for (i, p) in purposes.iter().enumerate() {
        s += &format!("\n[[purposes]]\npurpose = {}\n", text(cat, "purpose", p));
        match interests.get(i).filter(|_| full) {
            Some(int) => {
                s += &format!(
                    "basis = \"legitimate-interests\"\ninterest = {}\n",
                    text(cat, "interest", int)
                )
            }
            None if i % 2 == 0 => s += "basis = \"contract\"\n",
            None => s += "basis = \"consent\"\n",
        }
    }
    if !full {
        s += &format!(
            "\n[[sources]]\nsource = {}\n",
            text(cat, "source", &k("source")[0])
        );
    }
    if full {
        let details = k("source-details");
        for (i, src) in k("source").iter().enumerate() {
            s += &format!("\n[[sources]]\nsource = {}\n", text(cat, "source", src));
            if let Some(d) = details.get(i) {
                s += &format!("details = {}\n", text(cat, "source-details", d));
            }
        }
        s += &format!(
            "\n[recipients]\ndisclosures = {}\n",
            list(cat, "disclosure", &k("disclosure"))
        );
        let services = k("service");
        for i in 0..services.len().max(countries.len()) {
            s += &format!(
                "\n[[recipients.processors]]\nname = \"Palvelu {i}\"\nservice = {}\ncountry = \"{}\"\n",
                text(cat, "service", &services[i % services.len()]),
                countries[i % countries.len()]
            );
        }
        s += &format!(
            "\n[transfers]\noutside-eea = true\ntexts = {}\nsafeguards = {}\ncopy = {}\n",
            list(cat, "transfer", &k("transfer")),
            list(cat, "safeguard", &k("safeguard")),
            get("transfers.copy")
        );

        let security = k("security");
        let (manual, electronic) = security.split_at(security.len() / 2);
        s += &format!(
            "\n[security]\nmanual = {}\nelectronic = {}\n",
            list(cat, "security", manual),
            list(cat, "security", electronic)
        );
    }
    s += &v2_tables;
    s += &format!(
        "\n[signature]\nplace = \"Helsinki\"\nsigner = \"Maija Meikäläinen\"\ntitle = {}\n",
        get("signature.title")
    );
    s
}

/// The optional sections, as top-level keys and tables: every key of
/// their lists when `v2_full`; otherwise only the one-text fields
/// (`directories.refusal`, `transfers.copy`) and what they need (the full
/// model of v1's lists has a `[transfers]` table of its own).
fn sections_v2(
    cat: &Catalogue,
    k: &dyn Fn(&str) -> Vec<String>,
    get: &dyn Fn(&str) -> String,
    full: bool,
    v2_full: bool,
) -> (String, String) {
    let mut s = String::new();
    let mut t = String::new();
    if v2_full {
        for (field, ns) in [
            ("manual-material", "manual"),
            ("analytics", "analytics"),
            ("identity-code", "identity-code"),
            ("further-processing", "further"),
            ("requirement-consequences", "consequence"),
        ] {
            s += &format!("{field} = {}\n", list(cat, ns, &k(ns)));
        }
        s += "cookies = [\"consent-banner\"]\n";
        t += &format!(
            "\n[special-categories]\ndata = {}\nconditions = {}\ncriminal = {}\n",
            list(cat, "special", &k("special")),
            list(cat, "condition", &k("condition")),
            list(cat, "criminal", &k("criminal"))
        );
        t += &format!(
            "\n[recording]\nrecorded = {}\npurposes = [\"purpose-quality\"]\n\
             retention = \"until-transaction-verified\"\ntraining = true\nlisteners = {}\n",
            list(cat, "recording", &k("recording")),
            list(cat, "listener", &k("listener"))
        );
        t += &format!(
            "\n[directories]\npublished = {}\nrefusal = {}\n",
            list(cat, "directory", &k("directory")),
            get("directories.refusal")
        );
        t += &format!(
            "\n[requests]\nprocedure = {}\nlanguages = [\"fi\", \"sv\", \"en\"]\n\
             \n[requests.post-to]\nname = \"{CONTROLLER}\"\nstreet = \"Testikatu 1\"\n\
             postal-code = \"00100\"\ncity = \"Helsinki\"\n",
            list(cat, "procedure", &k("procedure"))
        );
        t += &format!(
            "\n[transfers]\noutside-eea = true\ncopy = {}\n",
            get("transfers.copy")
        );
        for c in adequacy(cat) {
            t += &format!(
                "\n[[transfers.countries]]\ncountry = \"{c}\"\ngrounds = [\"adequacy-decision\"]\n"
            );
        }
        return (s, t);
    }
    s += &format!("requirement-consequences = [\"{}\"]\n", k("consequence")[0]);
    t += &format!(
        "\n[directories]\npublished = [\"{}\"]\nrefusal = {}\n",
        k("directory")[0],
        get("directories.refusal")
    );
    if !full {
        t += &format!("\n[transfers]\ncopy = {}\n", get("transfers.copy"));
    }
    (s, t)
}

/// A clause's text as the catalogue writes it in `lang`, with the values
/// the model gives and seloste's global variables.
fn expected(cat: &Catalogue, lang: Lang, id: &str, joint: bool) -> String {
    let mut args = FluentArgs::new();
    args.set("controllers", controllers(lang, joint));
    args.set("contact-email", CONTACT_EMAIL);
    args.set("contact-phone", CONTACT_PHONE);
    for v in needed(cat, id) {
        args.set(v.clone(), FluentValue::from(value(&v)));
    }
    cat.format(lang, id, Some(&args)).unwrap()
}

/// Text without any white space or soft hyphen: a line may break after any
/// hyphen or at a hyphenation point, and the comparison must not care.
fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{ad}')
        .collect()
}

#[test]
fn every_catalogue_message_is_a_clause_or_a_fixed_text() {
    let cat = Catalogue::builtin();
    let stray: Vec<&str> = cat
        .ids()
        .filter(|id| namespace(id).is_none() && !FIXED.iter().any(|f| id.starts_with(f)))
        .collect();
    assert!(
        stray.is_empty(),
        "messages in no namespace of the model (add the namespace to NAMESPACES in \
         src/model/namespaces.rs and place its keys in the models of this test): {stray:?}"
    );
}

#[test]
fn every_clause_renders_in_every_language() {
    let cat = Catalogue::builtin();
    let dir = tempfile::tempdir().unwrap();
    let engine = Engine::new();
    let layouts: Vec<Layout> = Lang::ALL.iter().map(|&l| Layout::Single(l)).collect();
    let mut used: BTreeSet<String> = BTreeSet::new();
    let mut missing = Vec::new();
    let adequate = adequacy(cat);
    for (m, (text, placed)) in models(cat).iter().enumerate() {
        let request = Request::new(Date::parse("2024-03-01").unwrap()).layouts(layouts.clone());
        let input = Input::Model {
            text: text.clone(),
            format: Format::Toml,
            name: "catalogue.toml".into(),
        };
        let made = Job::new(input, request)
            .assets(NoAssets::new("the catalogue models name no files"))
            .run(&engine)
            .unwrap_or_else(|e| panic!("catalogue model {m} is invalid: {e}\n{text}"));
        let joint = text.contains("[joint-controllers]");
        let mut ids: Vec<String> = placed.iter().cloned().collect();
        // A country's adequacy decision is printed for each transfer to it,
        // and the processors' countries by name in their table.
        if text.contains("[[transfers.countries]]") {
            ids.extend(
                adequate
                    .iter()
                    .map(|c| format!("adequacy-{}", c.to_ascii_lowercase())),
            );
        }
        let parsed: toml::Table = text.parse().unwrap();
        let processors = parsed
            .get("recipients")
            .and_then(|r| r.get("processors"))
            .and_then(|p| p.as_array())
            .cloned()
            .unwrap_or_default();
        ids.extend(
            processors
                .iter()
                .filter_map(|p| p.get("country").and_then(|c| c.as_str()))
                .map(|c| format!("country-{}", c.to_ascii_lowercase())),
        );
        ids.sort();
        ids.dedup();
        for &layout in &layouts {
            let Layout::Single(lang) = layout else {
                unreachable!()
            };
            let pdf = &made
                .documents
                .iter()
                .find(|d| d.layout == layout)
                .unwrap()
                .bytes;
            let path = dir.path().join(format!("catalogue-{m}.{lang}.pdf"));
            std::fs::write(&path, pdf).unwrap();
            let read = squash(&pdf_body_text(&path));
            for id in &ids {
                let want = expected(cat, lang, id, joint);
                if !read.contains(&squash(&want)) {
                    missing.push(format!("{id} ({lang}, model {m}): {want:?}"));
                }
            }
        }
        used.extend(ids);
    }
    assert!(
        missing.is_empty(),
        "{} clause texts were not found in the PDFs:\n{}",
        missing.len(),
        missing.join("\n")
    );
    let unused: Vec<&str> = cat
        .ids()
        .filter(|id| namespace(id).is_some() || id.starts_with("country-"))
        .filter(|id| !used.contains(*id))
        .collect();
    assert!(
        unused.is_empty(),
        "clauses no catalogue model uses: {unused:?}"
    );
}

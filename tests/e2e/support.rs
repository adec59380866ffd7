//! Running the binary and the PDF tools.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Output};
use std::time::{Duration, Instant};

/// Sends `signal` (`INT`, `TERM`) to the process `pid` with the shell's
/// own `kill`, which every system has.
pub fn signal(pid: u32, signal: &str) {
    let kill = format!("kill -{signal} {pid}");
    assert!(
        Command::new("sh")
            .args(["-c", &kill])
            .status()
            .unwrap()
            .success(),
        "{kill} failed"
    );
}

/// The folder of the repository.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// An example model by name.
pub fn example(name: &str) -> PathBuf {
    repo().join("examples").join(format!("{name}.toml"))
}

/// Runs `seloste` with `args` in `dir`.
pub fn seloste(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_seloste"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the seloste binary runs")
}

/// Renders an example in `langs` ("fi,sv,en,fi+sv") into `dir/out/`, as a
/// user would; fails the test if the render fails.
pub fn render_example(dir: &Path, name: &str, langs: &str) {
    let model = example(name);
    let out = seloste(
        dir,
        &[
            "render",
            model.to_str().unwrap(),
            "--lang",
            langs,
            "-o",
            "out",
        ],
    );
    assert_ok(&out);
}

/// Runs a PDF tool and returns its standard output; fails the test if the
/// tool is missing or fails.
pub fn tool(program: &str, args: &[&str]) -> String {
    let out = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program} must be installed (scripts/test installs it): {e}"));
    assert!(
        out.status.success(),
        "{program} {args:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The text of a PDF in the order it was typeset (`pdftotext -raw`: column
/// by column, cell by cell, where pdftotext's layout analysis would mix a
/// hanging section number or a side-by-side column into its neighbours),
/// with all runs of white space made single spaces and words hyphenated at a
/// line end joined again, so that a phrase broken over lines is still found.
pub fn pdf_text(pdf: &Path) -> String {
    let raw = tool(
        "pdftotext",
        &["-raw", "-enc", "UTF-8", pdf.to_str().unwrap(), "-"],
    );
    normalise(&raw)
}

/// As [`pdf_text`], but only the page body: the running header and the
/// footer are left out (an A4 page without its top 23 mm and bottom 33 mm),
/// so that a paragraph that runs over a page break reads as one.
pub fn pdf_body_text(pdf: &Path) -> String {
    pdf_area_text(pdf, 0, 595)
}

/// As [`pdf_body_text`], but only the part of each page from `x` points
/// from the left edge, `width` points wide: one column of a side-by-side
/// document, read over all its pages.
pub fn pdf_area_text(pdf: &Path, x: u32, width: u32) -> String {
    let (x, width) = (x.to_string(), width.to_string());
    let raw = tool(
        "pdftotext",
        &[
            "-raw",
            "-enc",
            "UTF-8",
            "-x",
            &x,
            "-y",
            "66",
            "-W",
            &width,
            "-H",
            "682",
            pdf.to_str().unwrap(),
            "-",
        ],
    );
    normalise(&raw)
}

/// White space made single spaces; a soft hyphen (typst's hyphenation) and
/// the line break after it removed.
pub fn normalise(text: &str) -> String {
    let spaced = text.split_whitespace().collect::<Vec<_>>().join(" ");
    spaced.replace("\u{ad} ", "").replace('\u{ad}', "")
}

/// Asserts that a run succeeded, showing its error output if not.
pub fn assert_ok(out: &Output) {
    assert!(
        out.status.success(),
        "seloste failed ({}): {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The files in a folder, sorted.
pub fn files_in(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// A complete model: it passes the completeness checks, so each test breaks
/// one thing in it. Tests name lines of it: edit with care. The unit tests
/// share the file.
pub const COMPLETE_MODEL: &str = include_str!("../fixtures/complete.toml");

/// The numbered section headings of an example in a language, written out
/// here from the model and the catalogue's headings, so that no test
/// computes what it checks with the code that makes the document.
pub fn headings(example: &str, lang: &str) -> Vec<String> {
    let sections: &[&str] = match example {
        // Two controllers, camera surveillance and cookies.
        "iljoja" => &[
            "controllers",
            "contact",
            "purposes",
            "data",
            "identity-code",
            "subjects",
            "sources",
            "recipients",
            "transfers",
            "retention",
            "surveillance",
            "recording",
            "web-analytics",
            "automated",
            "requirement",
            "rights",
            "objection",
            "complaint",
            "security",
        ],
        "webkoti" | "iljoja-fi-sv" => &[
            "controller",
            "contact",
            "purposes",
            "data",
            "identity-code",
            "subjects",
            "sources",
            "recipients",
            "transfers",
            "retention",
            "recording",
            "automated",
            "requirement",
            "rights",
            "objection",
            "complaint",
            "security",
        ],
        // An online shop: the optional sections.
        "puutarhapuoti" => &[
            "controller",
            "contact",
            "purposes",
            "data",
            "subjects",
            "sources",
            "recipients",
            "transfers",
            "retention",
            "recording",
            "cookies",
            "address-disclosure",
            "automated",
            "requirement",
            "further",
            "rights",
            "objection",
            "requests",
            "complaint",
            "security",
            "systems",
            "manual",
        ],
        // An association: no objection (no legitimate interests, no
        // direct marketing), and its information systems.
        "yhdistys" => &[
            "controller",
            "contact",
            "purposes",
            "data",
            "subjects",
            "sources",
            "recipients",
            "transfers",
            "retention",
            "automated",
            "requirement",
            "rights",
            "complaint",
            "security",
            "systems",
        ],
        other => panic!("no headings written for the example {other}"),
    };
    sections
        .iter()
        .enumerate()
        .map(|(i, id)| format!("{}. {}", i + 1, heading(id, lang)))
        .collect()
}

fn heading(id: &str, lang: &str) -> &'static str {
    match (id, lang) {
        ("controller", "fi") => "Rekisterinpitäjä",
        ("controller", "sv") => "Personuppgiftsansvarig",
        ("controller", "en") => "Controller",
        ("controllers", "fi") => "Rekisterinpitäjät",
        ("controllers", "sv") => "Personuppgiftsansvariga",
        ("controllers", "en") => "Controllers",
        ("contact", "fi") => "Yhteystiedot tietosuoja-asioissa",
        ("contact", "sv") => "Kontaktuppgifter i dataskyddsfrågor",
        ("contact", "en") => "Contact for data protection matters",
        ("purposes", "fi") => "Henkilötietojen käsittelyn tarkoitukset ja oikeusperusteet",
        ("purposes", "sv") => "Ändamål med och rättslig grund för behandlingen av personuppgifter",
        ("purposes", "en") => "Purposes and legal bases of the processing",
        ("data", "fi") => "Käsiteltävät henkilötiedot",
        ("data", "sv") => "Personuppgifter som behandlas",
        ("data", "en") => "Personal data we process",
        ("subjects", "fi") => "Rekisteröityjen ryhmät",
        ("subjects", "sv") => "Kategorier av registrerade",
        ("subjects", "en") => "Categories of data subjects",
        ("sources", "fi") => "Säännönmukaiset tietolähteet",
        ("sources", "sv") => "Regelmässiga uppgiftskällor",
        ("sources", "en") => "Regular sources of personal data",
        ("recipients", "fi") => "Tietojen vastaanottajat ja säännönmukaiset luovutukset",
        ("recipients", "sv") => "Mottagare och regelmässiga utlämnanden av uppgifter",
        ("recipients", "en") => "Recipients and regular disclosures of personal data",
        ("transfers", "fi") => "Tietojen siirto EU:n tai ETA:n ulkopuolelle",
        ("transfers", "sv") => {
            "Överföring av uppgifter utanför Europeiska ekonomiska samarbetsområdet (EES)"
        }
        ("transfers", "en") => {
            "Transfers of personal data outside the European Economic Area (EEA)"
        }
        ("retention", "fi") => "Tietojen säilytysaika",
        ("retention", "sv") => "Lagringstid för uppgifterna",
        ("retention", "en") => "Retention period",
        ("surveillance", "fi") => "Valvonta ja tallenteet",
        ("surveillance", "sv") => "Övervakning och inspelningar",
        ("surveillance", "en") => "Surveillance and recordings",
        ("cookies", "fi") => "Evästeet ja verkkoanalytiikka",
        ("cookies", "sv") => "Kakor och webbanalys",
        ("cookies", "en") => "Cookies and web analytics",
        // The cookies section of a notice whose cookies clauses speak only
        // of web analytics (iljoja).
        ("web-analytics", "fi") => "Verkkoanalytiikka",
        ("web-analytics", "sv") => "Webbanalys",
        ("web-analytics", "en") => "Web analytics",
        ("automated", "fi") => "Automatisoitu päätöksenteko ja profilointi",
        ("automated", "sv") => "Automatiserat beslutsfattande och profilering",
        ("automated", "en") => "Automated decision-making and profiling",
        ("requirement", "fi") => "Henkilötietojen antaminen",
        ("requirement", "sv") => "Lämnande av personuppgifter",
        ("requirement", "en") => "Providing your personal data",
        ("rights", "fi") => "Rekisteröidyn oikeudet",
        ("rights", "sv") => "Den registrerades rättigheter",
        ("rights", "en") => "Your rights as a data subject",
        ("objection", "fi") => "Oikeus vastustaa käsittelyä",
        ("objection", "sv") => "Rätt att göra invändningar mot behandlingen",
        ("objection", "en") => "Right to object to processing",
        ("complaint", "fi") => "Oikeus tehdä valitus valvontaviranomaiselle",
        ("complaint", "sv") => "Rätt att lämna in klagomål till en tillsynsmyndighet",
        ("complaint", "en") => "Right to lodge a complaint with a supervisory authority",
        ("security", "fi") => "Rekisterin suojauksen periaatteet",
        ("security", "sv") => "Principer för skydd av registret",
        ("security", "en") => "Security principles",
        ("systems", "fi") => "Käytettävät tietojärjestelmät",
        ("systems", "sv") => "Informationssystem som används",
        ("systems", "en") => "Information systems used",
        // The optional sections.
        ("special", "fi") => "Erityiset henkilötietoryhmät ja rikostiedot",
        ("special", "sv") => "Särskilda kategorier av personuppgifter och uppgifter om brott",
        ("special", "en") => "Special categories of personal data and criminal data",
        ("identity-code", "fi") => "Henkilötunnus",
        ("identity-code", "sv") => "Personbeteckning",
        ("identity-code", "en") => "Personal identity code",
        // The example records calls only (`recorded = ["calls", …]`).
        ("recording", "fi") => "Puhelujen tallentaminen",
        ("recording", "sv") => "Inspelning av samtal",
        ("recording", "en") => "Call recording",
        ("directories", "fi") => "Luettelopalvelut ja osoiteluettelot",
        ("directories", "sv") => "Katalogtjänster och adressregister",
        ("directories", "en") => "Directories and mailing lists",
        // The directories section of a notice that only discloses
        // addresses for mailing lists.
        ("address-disclosure", "fi") => "Nimi- ja osoitetietojen luovuttaminen",
        ("address-disclosure", "sv") => "Utlämnande av namn- och adressuppgifter",
        ("address-disclosure", "en") => "Disclosure of names and addresses",
        ("further", "fi") => "Käsittely muihin tarkoituksiin",
        ("further", "sv") => "Behandling för andra ändamål",
        ("further", "en") => "Processing for other purposes",
        ("requests", "fi") => "Miten käytät oikeuksiasi",
        ("requests", "sv") => "Så här utövar du dina rättigheter",
        ("requests", "en") => "How to exercise your rights",
        ("manual", "fi") => "Paperiaineiston säilytys",
        ("manual", "sv") => "Förvaring av pappersmaterial",
        ("manual", "en") => "Storage of paper records",
        other => panic!("no heading written for {other:?}"),
    }
}

/// A memory figure of a running process from `/proc/PID/status`, in KiB:
/// `VmHWM:` (the peak resident set) or `VmRSS:` (the resident set now).
/// `None` where there is no `/proc`, or once the process has ended.
pub fn memory_kib(pid: u32, field: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Waits for `child` (running `seloste what`), polling its peak resident
/// set; kills it and fails the test if it still runs after `hang`, which is
/// a bound against hanging, never a speed bound. Gives its exit status and
/// the peak seen, in KiB.
pub fn wait_watched(child: &mut Child, what: &[&str], hang: Duration) -> (ExitStatus, u64) {
    let start = Instant::now();
    let mut peak = 0;
    loop {
        peak = peak.max(memory_kib(child.id(), "VmHWM:").unwrap_or(0));
        if let Some(status) = child.try_wait().unwrap() {
            return (status, peak);
        }
        if start.elapsed() > hang {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("seloste {what:?} still runs after {hang:?}: it hangs");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// The findings `seloste check --format json` reports for `model.toml` in
/// `dir`, on a fixed day.
pub fn check_findings(dir: &Path) -> Vec<serde_json::Value> {
    let out = seloste(
        dir,
        &[
            "check",
            "model.toml",
            "--format",
            "json",
            "--today",
            "2026-12-01",
        ],
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    report["models"][0]["findings"].as_array().unwrap().clone()
}

/// The findings of `seloste check --format json` on `model`.
pub fn findings_of(model: &str) -> Vec<(String, String)> {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("model.toml"), model).unwrap();
    check_findings(dir.path())
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["path"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

/// The text of an example rendered into `dir/out/` in `layout`, white
/// space made single spaces.
pub fn rendered(dir: &Path, name: &str, layout: &str) -> String {
    normalise(&pdf_text(&dir.join(format!("out/{name}.{layout}.pdf"))))
}

/// The text of `model` rendered in `lang` (one language) in `dir`, white
/// space made single spaces.
pub fn render_model_text(dir: &Path, model: &str, lang: &str) -> String {
    std::fs::write(dir.join("model.toml"), model).unwrap();
    assert_ok(&seloste(dir, &["render", "model.toml", "--lang", lang]));
    normalise(&pdf_text(&dir.join(format!("model.{lang}.pdf"))))
}

/// `model` (the complete model or one built on it) with the retention of
/// web analytics data stated, which `analytics-retention-not-stated` asks
/// of any model that names an analytics service.
pub fn with_analytics_retention(model: &str) -> String {
    model.replacen(
        "retention = [",
        "retention = [{ key = \"analytics-months\", months = 14 }, ",
        1,
    )
}

/// Asserts that `text` says each of `said`, naming the first it lacks.
pub fn assert_says(text: &str, said: &[&str]) {
    for s in said {
        assert!(text.contains(s), "no {s:?} in {text}");
    }
}

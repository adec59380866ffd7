//! The starter model that `seloste init` writes: a complete, commented model
//! of an ordinary customer register in which the organisation's own facts
//! are placeholders (`"<…>"`).
//!
//! The comments and placeholder texts are Fluent messages (`starter.ftl`), so
//! the three languages are proved to stay in step by the catalogue's
//! completeness test; only TOML syntax and catalogue keys are written here.
//! While any placeholder is left, `seloste check` fails with
//! `placeholder-not-filled`; once they are filled the model passes with no
//! findings (a test proves both).

use crate::i18n::{Catalogue, CatalogueError};
use crate::lang::Lang;
use crate::model::Date;

/// Width of the comment lines, `# ` included.
const WIDTH: usize = 92;

/// The starter model with comments in `lang`, dated `today`.
pub fn starter(catalogue: &Catalogue, lang: Lang, today: Date) -> Result<String, CatalogueError> {
    let mut w = Writer {
        catalogue,
        lang,
        out: String::new(),
    };
    w.comment("starter-intro")?;
    w.comment("starter-placeholders")?;
    w.line("#");
    w.comment("starter-texts")?;
    w.line("#   purpose = { fi = \"…\", sv = \"…\", en = \"…\" }");
    w.line("#");
    w.comment("starter-order")?;

    w.section("starter-data")?;
    w.line("data = [\"name\", \"contact-details\", \"customer-history\"]");
    w.section("starter-subjects")?;
    w.line("subjects = [\"customers\"]");
    w.section("starter-retention")?;
    w.line("retention = [");
    w.line("    \"until-no-longer-needed\",");
    w.line("    { key = \"customer-relationship-plus-years\", years = 2 },");
    w.line("    \"accounting-law\",");
    w.line("]");
    w.section("starter-automated")?;
    w.line("automated-decisions = \"none\"");
    w.section("starter-requirement")?;
    w.line("requirement = \"contract\"");
    w.section("starter-request")?;
    w.line("rights-request = \"by-email\"");
    w.section("starter-dpo")?;
    w.section("starter-more-sections")?;

    w.table("[document]", "starter-document")?;
    w.line("register = \"customer-register\"");
    w.line(&format!("updated = {today}"));
    w.comment("starter-languages")?;
    w.line(&format!("languages = [\"{lang}\"]"));

    w.table("[[controllers]]", "starter-controller")?;
    for (key, id) in [
        ("name", "starter-ph-name"),
        ("business-id", "starter-ph-business-id"),
        ("street", "starter-ph-street"),
        ("postal-code", "starter-ph-postal-code"),
        ("city", "starter-ph-city"),
        ("email", "starter-ph-email"),
    ] {
        w.placeholder(key, id)?;
    }

    w.table("[contact]", "starter-contact")?;
    w.placeholder("name", "starter-ph-contact-name")?;
    w.placeholder("email", "starter-ph-contact-email")?;

    w.table("[[purposes]]", "starter-purposes")?;
    w.line("purpose = \"customer-relationship\"\nbasis = \"contract\"");
    w.line("\n[[purposes]]\npurpose = \"billing\"\nbasis = \"contract\"");
    w.line("\n[[purposes]]\npurpose = \"accounting\"\nbasis = \"legal-obligation\"");

    w.table("[[sources]]", "starter-sources")?;
    w.line("source = \"customer\"");

    w.table("[recipients]", "starter-recipients")?;
    w.line("disclosures = [\"authorities-by-law\"]");

    w.table("[transfers]", "starter-transfers")?;
    w.line("outside-eea = false");

    w.table("[security]", "starter-security")?;
    w.line("manual = [\"locked-premises\"]");
    w.line("electronic = [\"confidential\", \"access-control\", \"personal-user-accounts\"]");
    Ok(w.out)
}

/// Builds the file line by line.
struct Writer<'a> {
    catalogue: &'a Catalogue,
    lang: Lang,
    out: String,
}

impl Writer<'_> {
    fn line(&mut self, s: &str) {
        self.out.push_str(s);
        self.out.push('\n');
    }

    /// A Fluent message as `#` comment lines, wrapped at [`WIDTH`].
    fn comment(&mut self, id: &str) -> Result<(), CatalogueError> {
        let text = self.catalogue.text(self.lang, id)?;
        let mut line = String::from("#");
        for word in text.split_whitespace() {
            if line.chars().count() + 1 + word.chars().count() > WIDTH && line != "#" {
                self.line(&line);
                line = String::from("#");
            }
            line.push(' ');
            line.push_str(word);
        }
        self.line(&line);
        Ok(())
    }

    /// A blank line and a comment, opening a group of top-level keys.
    fn section(&mut self, id: &str) -> Result<(), CatalogueError> {
        self.line("");
        self.comment(id)
    }

    /// A blank line, a comment and a table header.
    fn table(&mut self, header: &str, id: &str) -> Result<(), CatalogueError> {
        self.section(id)?;
        self.line(header);
        Ok(())
    }

    /// `key = "<placeholder text>"`, quoted as TOML requires.
    fn placeholder(&mut self, key: &str, id: &str) -> Result<(), CatalogueError> {
        let text = format!("<{}>", self.catalogue.text(self.lang, id)?);
        let quoted = toml::Value::String(text).to_string();
        self.line(&format!("{key} = {quoted}"));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn starter_in(lang: Lang) -> String {
        let cat = Catalogue::builtin().unwrap();
        starter(cat, lang, Date::parse("2026-11-22").unwrap()).unwrap()
    }

    #[test]
    fn comments_are_in_the_chosen_language_and_wrapped() {
        let fi = starter_in(Lang::Fi);
        let sv = starter_in(Lang::Sv);
        assert!(fi.contains("# Rekisterinpitäjä"), "{fi}");
        assert!(sv.contains("# Den personuppgiftsansvarige"), "{sv}");
        assert!(fi.contains("name = \"<yrityksen tai yhteisön virallinen nimi>\""));
        assert!(fi.contains("updated = 2026-11-22\n"));
        assert!(fi.contains("languages = [\"fi\"]"));
        for line in fi.lines().filter(|l| l.starts_with('#')) {
            assert!(line.chars().count() <= WIDTH, "too long: {line}");
        }
    }

    #[test]
    fn the_same_keys_in_every_language() {
        let keys = |s: &str| -> Vec<String> {
            s.lines()
                .filter(|l| !l.starts_with('#'))
                .map(|l| l.split(" = ").next().unwrap_or("").to_string())
                .collect()
        };
        assert_eq!(keys(&starter_in(Lang::Fi)), keys(&starter_in(Lang::En)));
        assert_eq!(keys(&starter_in(Lang::Sv)), keys(&starter_in(Lang::En)));
    }
}

//! A name the model gives that a language may write its own way: the place
//! where the notice is signed (Järvenpää, Träskända), the contact's unit
//! (asiakaspalvelu, kundtjänst).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::lang::Lang;

/// A name written once for every language, or per language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum LocalName {
    /// The same in every language; a place with a name of its own in
    /// another national language is printed in that language's form
    /// ([`place_in`]).
    Same(String),
    /// Per language, e.g. `{ fi = "asiakaspalvelu", sv = "kundtjänst" }`; a
    /// language not given falls back to the first that is (fi, sv, en).
    PerLang(LangNames),
}

/// A name in each language the model gives it in.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LangNames {
    /// In Finnish.
    #[serde(default)]
    pub fi: Option<String>,
    /// In Swedish.
    #[serde(default)]
    pub sv: Option<String>,
    /// In English.
    #[serde(default)]
    pub en: Option<String>,
}

impl LangNames {
    fn get(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::Fi => self.fi.as_deref(),
            Lang::Sv => self.sv.as_deref(),
            Lang::En => self.en.as_deref(),
        }
        .filter(|s| !s.trim().is_empty())
    }
}

impl LocalName {
    /// The name as `lang` writes it.
    pub fn in_lang(&self, lang: Lang) -> &str {
        match self {
            LocalName::Same(s) => s,
            LocalName::PerLang(n) => n
                .get(lang)
                .or_else(|| Lang::ALL.into_iter().find_map(|l| n.get(l)))
                .unwrap_or(""),
        }
    }

    /// A place as `lang` writes it: given per language, that; written once,
    /// the language's own name for it when it has one (Tampere is
    /// Tammerfors in Swedish, Mariehamn Maarianhamina in Finnish).
    pub fn place_in(&self, lang: Lang) -> &str {
        match self {
            LocalName::Same(s) => place_name(s, lang).unwrap_or(s),
            LocalName::PerLang(_) => self.in_lang(lang),
        }
    }

    /// Every form given, for checks that look at each.
    pub fn forms(&self) -> Vec<&str> {
        match self {
            LocalName::Same(s) => vec![s],
            LocalName::PerLang(n) => Lang::ALL.into_iter().filter_map(|l| n.get(l)).collect(),
        }
    }
}

impl From<&str> for LocalName {
    fn from(s: &str) -> Self {
        LocalName::Same(s.to_string())
    }
}

/// The Finnish and Swedish names of municipalities and towns of Finland
/// whose two names differ: the bilingual municipalities, the
/// Swedish-speaking ones with a Finnish name, and the towns with a
/// traditional name in the other language. English writes the name of the
/// municipality's majority language, as it is given.
const PLACES: &[(&str, &str)] = &[
    ("Helsinki", "Helsingfors"),
    ("Espoo", "Esbo"),
    ("Vantaa", "Vanda"),
    ("Kauniainen", "Grankulla"),
    ("Kerava", "Kervo"),
    ("Järvenpää", "Träskända"),
    ("Tuusula", "Tusby"),
    ("Hyvinkää", "Hyvinge"),
    ("Kirkkonummi", "Kyrkslätt"),
    ("Sipoo", "Sibbo"),
    ("Porvoo", "Borgå"),
    ("Loviisa", "Lovisa"),
    ("Pyhtää", "Pyttis"),
    ("Lapinjärvi", "Lappträsk"),
    ("Lohja", "Lojo"),
    ("Inkoo", "Ingå"),
    ("Siuntio", "Sjundeå"),
    ("Raasepori", "Raseborg"),
    ("Hanko", "Hangö"),
    ("Turku", "Åbo"),
    ("Kaarina", "S:t Karins"),
    ("Naantali", "Nådendal"),
    ("Parainen", "Pargas"),
    ("Kemiönsaari", "Kimitoön"),
    ("Uusikaupunki", "Nystad"),
    ("Tampere", "Tammerfors"),
    ("Hämeenlinna", "Tavastehus"),
    ("Lahti", "Lahtis"),
    ("Pori", "Björneborg"),
    ("Rauma", "Raumo"),
    ("Vaasa", "Vasa"),
    ("Mustasaari", "Korsholm"),
    ("Maalahti", "Malax"),
    ("Närpiö", "Närpes"),
    ("Kristiinankaupunki", "Kristinestad"),
    ("Kaskinen", "Kaskö"),
    ("Vöyri", "Vörå"),
    ("Uusikaarlepyy", "Nykarleby"),
    ("Pietarsaari", "Jakobstad"),
    ("Luoto", "Larsmo"),
    ("Kokkola", "Karleby"),
    ("Kruunupyy", "Kronoby"),
    ("Oulu", "Uleåborg"),
    ("Tornio", "Torneå"),
    ("Kajaani", "Kajana"),
    ("Mikkeli", "S:t Michel"),
    ("Savonlinna", "Nyslott"),
    ("Lappeenranta", "Villmanstrand"),
    ("Hamina", "Fredrikshamn"),
    ("Maarianhamina", "Mariehamn"),
];

/// `name` in `lang`'s form, if it is one of [`PLACES`] and `lang` writes it
/// otherwise (Finnish and Swedish; English keeps it as given).
fn place_name(name: &str, lang: Lang) -> Option<&'static str> {
    let name = name.trim();
    PLACES.iter().find_map(|&(fi, sv)| match lang {
        Lang::Sv if fi == name => Some(sv),
        Lang::Fi if sv == name => Some(fi),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_is_written_in_each_language_s_own_form() {
        let tampere = LocalName::from("Tampere");
        assert_eq!(tampere.place_in(Lang::Fi), "Tampere");
        assert_eq!(tampere.place_in(Lang::Sv), "Tammerfors");
        assert_eq!(tampere.place_in(Lang::En), "Tampere");
        let mariehamn = LocalName::from("Mariehamn");
        assert_eq!(mariehamn.place_in(Lang::Fi), "Maarianhamina");
        assert_eq!(mariehamn.place_in(Lang::Sv), "Mariehamn");
        assert_eq!(LocalName::from("Rovaniemi").place_in(Lang::Sv), "Rovaniemi");
    }

    #[test]
    fn a_name_given_per_language_falls_back_to_the_first_given() {
        let unit: LocalName =
            toml::from_str::<toml::Table>("n = { fi = \"asiakaspalvelu\", sv = \"kundtjänst\" }")
                .unwrap()["n"]
                .clone()
                .try_into()
                .unwrap();
        assert_eq!(unit.in_lang(Lang::Sv), "kundtjänst");
        assert_eq!(unit.in_lang(Lang::En), "asiakaspalvelu");
        assert_eq!(unit.forms(), ["asiakaspalvelu", "kundtjänst"]);
    }
}

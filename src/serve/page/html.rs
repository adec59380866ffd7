//! The page's HTML, in one language: every word from `locales/*/page.ftl`,
//! every value escaped; the words the script needs travel in a JSON block
//! that is data, not script.

use crate::Lang;
use crate::diagnostic::Said;
use crate::html::escape::push;

/// The page in `lang`; `token` says whether the service asks for one.
pub fn page(lang: Lang, token: bool) -> String {
    let w = |id: &'static str| Said::new(id).in_lang(lang);
    let mut out = String::with_capacity(16 * 1024);
    let text = |out: &mut String, s: &str| push(out, s);
    out.push_str("<!DOCTYPE html>\n<html lang=\"");
    out.push_str(lang.code());
    out.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<meta name=\"color-scheme\" content=\"light dark\">\n<title>");
    text(&mut out, &w("page-title"));
    out.push_str("</title>\n<link rel=\"stylesheet\" href=\"/page/page.css\">\n");
    out.push_str("<script src=\"/page/form.js\" defer></script>\n");
    out.push_str("<script src=\"/page/page.js\" defer></script>\n");
    out.push_str("<script type=\"application/json\" id=\"words\">");
    out.push_str(&words(lang));
    out.push_str("</script>\n<script type=\"application/json\" id=\"form-words\">");
    out.push_str(
        &super::form::description(lang)
            .to_string()
            .replace('<', "\\u003c"),
    );
    out.push_str("</script>\n</head>\n<body>\n");

    // The header: the title and the language of the page.
    out.push_str("<header>\n<h1>");
    text(&mut out, &w("page-title"));
    out.push_str("</h1>\n<nav aria-label=\"");
    text(&mut out, &w("page-languages"));
    out.push_str("\"><ul>");
    for (l, name) in [
        (Lang::Fi, "suomi"),
        (Lang::Sv, "svenska"),
        (Lang::En, "English"),
    ] {
        out.push_str(&format!(
            "<li><a href=\"/?lang={0}\" lang=\"{0}\" hreflang=\"{0}\"{1}>{name}</a></li>",
            l.code(),
            if l == lang {
                " aria-current=\"page\""
            } else {
                ""
            }
        ));
    }
    out.push_str("</ul></nav>\n</header>\n<main>\n");
    out.push_str("<p class=\"intro\">");
    text(&mut out, &w("page-intro"));
    out.push_str("</p>\n");

    // The token, when the service asks for one.
    if token {
        out.push_str(
            "<section id=\"token-part\" aria-labelledby=\"token-h\">\n<h2 id=\"token-h\">",
        );
        text(&mut out, &w("page-token-heading"));
        out.push_str("</h2>\n<form id=\"token-form\">\n<label for=\"token\">");
        text(&mut out, &w("page-token-label"));
        out.push_str("</label>\n<input id=\"token\" type=\"password\" autocomplete=\"off\" spellcheck=\"false\" aria-describedby=\"token-status\">\n<button type=\"submit\">");
        text(&mut out, &w("page-token-use"));
        out.push_str(
            "</button>\n<p id=\"token-status\" role=\"status\"></p>\n</form>\n</section>\n",
        );
    }

    // Where a notice starts.
    out.push_str("<section id=\"start\" aria-labelledby=\"start-h\">\n<h2 id=\"start-h\">");
    text(&mut out, &w("page-start-heading"));
    out.push_str("</h2>\n<div class=\"row\">\n<button type=\"button\" id=\"new\">");
    text(&mut out, &w("page-new"));
    out.push_str("</button>\n</div>\n<div class=\"row\">\n<label for=\"example\">");
    text(&mut out, &w("page-example-label"));
    out.push_str("</label>\n<select id=\"example\">");
    for (name, _) in super::EXAMPLES {
        out.push_str(&format!("<option value=\"{name}\">"));
        text(&mut out, &example_name(name, lang));
        out.push_str("</option>");
    }
    out.push_str("</select>\n<button type=\"button\" id=\"open-example\">");
    text(&mut out, &w("page-example-open"));
    out.push_str("</button>\n</div>\n<div class=\"row\">\n<label for=\"file\">");
    text(&mut out, &w("page-file-label"));
    out.push_str("</label>\n<input type=\"file\" id=\"file\" accept=\".toml,.json,.pdf,application/pdf,application/json\" aria-describedby=\"file-help\">\n<p id=\"file-help\" class=\"help\">");
    text(&mut out, &w("page-file-help"));
    out.push_str("</p>\n</div>\n<div class=\"row\">\n<button type=\"button\" id=\"clear\">");
    text(&mut out, &w("page-clear"));
    out.push_str("</button>\n<p class=\"help\">");
    text(&mut out, &w("page-private"));
    out.push_str("</p>\n</div>\n<p id=\"start-status\" role=\"status\"></p>\n</section>\n");

    out.push_str("<div class=\"work\">\n");
    // The form, and the model as text under it.
    out.push_str("<section id=\"edit\" aria-labelledby=\"edit-h\">\n<h2 id=\"edit-h\">");
    text(&mut out, &w("page-model-heading"));
    out.push_str("</h2>\n<div id=\"form\"></div>\n<details id=\"as-text\">\n<summary>");
    text(&mut out, &w("page-text-heading"));
    out.push_str("</summary>\n<label for=\"model\">");
    text(&mut out, &w("page-model-label"));
    out.push_str("</label>\n<p id=\"model-help\" class=\"help\">");
    text(&mut out, &w("page-model-help"));
    out.push_str("</p>\n<textarea id=\"model\" wrap=\"off\" spellcheck=\"false\" autocomplete=\"off\" autocapitalize=\"off\" rows=\"24\" aria-describedby=\"model-help summary\"></textarea>\n</details>\n");
    // The findings.
    out.push_str("<h2 id=\"check-h\">");
    text(&mut out, &w("page-check-heading"));
    out.push_str("</h2>\n<p id=\"summary\" role=\"status\" aria-live=\"polite\"></p>\n<ol id=\"findings\" aria-labelledby=\"check-h\"></ol>\n</section>\n");

    // The preview.
    out.push_str("<section id=\"look\" aria-labelledby=\"preview-h\">\n<h2 id=\"preview-h\">");
    text(&mut out, &w("page-preview-heading"));
    out.push_str("</h2>\n<div class=\"row\">\n<label for=\"layout\">");
    text(&mut out, &w("page-layout-label"));
    out.push_str("</label>\n<select id=\"layout\">");
    for layout in ["fi", "sv", "en", "fi+sv", "fi+en", "sv+en"] {
        out.push_str(&format!("<option value=\"{layout}\">"));
        text(&mut out, &layout_name(layout, lang));
        out.push_str("</option>");
    }
    out.push_str("</select>\n</div>\n<p id=\"preview-status\" role=\"status\"></p>\n<iframe id=\"preview\" sandbox=\"allow-same-origin\" title=\"");
    text(&mut out, &w("page-preview-frame"));
    out.push_str("\"></iframe>\n");

    // Taking it away.
    out.push_str("<h2 id=\"take-h\">");
    text(&mut out, &w("page-take-heading"));
    out.push_str("</h2>\n<div class=\"row buttons\" role=\"group\" aria-labelledby=\"take-h\">\n");
    for (id, word) in [
        ("pdf", "page-download-pdf"),
        ("zip", "page-download-zip"),
        ("html", "page-download-html"),
        ("model-file", "page-download-model"),
        ("print", "page-print"),
    ] {
        out.push_str(&format!(
            "<button type=\"button\" id=\"download-{id}\" aria-describedby=\"download-status\">"
        ));
        text(&mut out, &w(word));
        out.push_str("</button>\n");
    }
    out.push_str("</div>\n<p id=\"download-status\" role=\"status\"></p>\n</section>\n</div>\n</main>\n</body>\n</html>\n");
    out
}

/// The words the script says, as JSON: `{"id": "text"}`, with `{n}` where
/// a number goes, and both plural forms of the counts.
fn words(lang: Lang) -> String {
    let mut map = serde_json::Map::new();
    for id in [
        "page-checking",
        "page-passes",
        "page-line",
        "page-loaded",
        "page-loading",
        "page-cannot-preview",
        "page-previewing",
        "page-blocked",
        "page-downloading",
        "page-downloaded",
        "page-failed",
        "page-token-needed",
        "page-token-saved",
        "page-cleared",
        "page-confirm-replace",
        "page-search",
        "page-text-kind",
        "page-text-clause",
        "page-text-own",
        "page-text-name",
        "page-missing",
        "page-remove",
        "page-add",
        "page-go-to-field",
        "page-lang-fi",
        "page-lang-sv",
        "page-lang-en",
        "page-value-years",
        "page-value-months",
        "page-value-days",
        "page-value-link",
        "page-value-opt-out",
        "report-error",
        "report-warning",
        "report-help",
    ] {
        // A message's variables stay as `{name}` for the script to fill.
        let vars = crate::diagnostic::catalogue().variables(id);
        let mut said = Said::new(id);
        for v in ["line", "article", "file", "why"] {
            if vars.is_some_and(|vars| vars.contains(v)) {
                said = said.arg(v, format!("{{{v}}}"));
            }
        }
        map.insert(id.to_string(), said.in_lang(lang).into());
    }
    // "1 error" and "2 errors" as templates: the number said, then
    // replaced by {n}, so that the script picks the form by
    // Intl.PluralRules.
    for (id, name) in [("report-errors", "errors"), ("report-warnings", "warnings")] {
        for (form, n) in [("one", 1usize), ("other", 2)] {
            let said = Said::new(id).count("count", n).in_lang(lang);
            map.insert(
                format!("{name}-{form}"),
                said.replacen(&n.to_string(), "{n}", 1).into(),
            );
        }
    }
    // The articles the rules cite, as this language cites them.
    let mut articles = serde_json::Map::new();
    for rule in crate::check::rules() {
        if rule.article != "—" {
            let cited = crate::diagnostic::article::in_lang(rule.article, lang);
            let said = Said::new("report-gdpr").arg("article", cited).in_lang(lang);
            articles.insert(rule.article.to_string(), said.into());
        }
    }
    map.insert("articles".to_string(), articles.into());
    // `</` cannot end the block early: JSON may write `<` as \u003c.
    serde_json::Value::Object(map)
        .to_string()
        .replace('<', "\\u003c")
}

/// An example's name in `lang`.
fn example_name(name: &str, lang: Lang) -> String {
    let id = match name {
        "iljoja" => "page-example-iljoja",
        "puutarhapuoti" => "page-example-puutarhapuoti",
        "yhdistys" => "page-example-yhdistys",
        _ => "page-example-webkoti",
    };
    Said::new(id).in_lang(lang)
}

/// A layout in words: "suomi", "suomi ja ruotsi rinnakkain".
fn layout_name(layout: &str, lang: Lang) -> String {
    let name = |code: &str| {
        let id = match code {
            "fi" => "page-lang-fi",
            "sv" => "page-lang-sv",
            _ => "page-lang-en",
        };
        Said::new(id).in_lang(lang)
    };
    match layout.split_once('+') {
        Some((a, b)) => Said::new("page-layout-side-by-side")
            .arg("first", name(a))
            .arg("second", name(b))
            .in_lang(lang),
        None => name(layout),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_is_in_its_language_and_its_words_are_data() {
        for lang in Lang::ALL {
            let page = page(lang, true);
            assert!(page.contains(&format!("<html lang=\"{}\">", lang.code())));
            assert!(page.contains("id=\"token\""));
            let words = page.split("id=\"words\">").nth(1).unwrap();
            let words = words.split("</script>").next().unwrap();
            let v: serde_json::Value = serde_json::from_str(words).unwrap();
            assert!(v["errors-other"].as_str().unwrap().contains("{n}"), "{v}");
            assert!(v["errors-one"].as_str().unwrap().contains("{n}"), "{v}");
        }
        assert!(!page(Lang::Fi, false).contains("id=\"token\""));
        // Every value a clause asks for has its label in every language.
        let c = crate::diagnostic::catalogue();
        for section in crate::clauses::clauses(Lang::En, None).unwrap() {
            for clause in section.clauses {
                for v in clause.values {
                    for lang in Lang::ALL {
                        let id = format!("page-value-{v}");
                        assert!(c.text(lang, &id).is_ok(), "{id} in {lang}");
                    }
                }
            }
        }
        assert!(page(Lang::Fi, false).contains("Uusi seloste"));
    }
}

//! The variables the sections' headings choose their words by: a heading
//! names what its section says, not what a section of its kind usually
//! says ("Call recording" without messages, "Web analytics" without
//! cookies). Computed once per view, for every heading and language.

use fluent_bundle::FluentValue;

use super::blocks::yes_no;
use crate::model::Model;

/// The variables of every `heading-<id>` message.
pub fn variables(notice: &Model) -> Vec<(&'static str, FluentValue<'static>)> {
    vec![
        ("count", FluentValue::from(notice.controllers.len())),
        ("messages", FluentValue::from(records_messages(notice))),
        ("lists", FluentValue::from(what_lists(notice))),
        ("cookies", FluentValue::from(speaks_of_cookies(notice))),
    ]
}

/// Whether the recording section records messages as well as calls
/// (`yes`, the heading's "calls and messages"): the catalogue's
/// `calls-and-messages`, or own text, which may say either.
fn records_messages(notice: &Model) -> &'static str {
    let mut recorded = notice.recording.iter().flat_map(|r| &r.recorded);
    yes_no(recorded.any(|t| t.key_name().is_none_or(|k| k == "calls-and-messages")))
}

/// The cookies clauses that speak only of web analytics.
const ANALYTICS_ONLY: [&str; 1] = ["no-third-party-analytics"];

/// Whether the cookies section says anything of cookies (`yes`), or only
/// of web analytics (`no`: iljoja's "our websites use no analytics that
/// discloses data").
fn speaks_of_cookies(notice: &Model) -> &'static str {
    let analytics_only = !notice.cookies.is_empty()
        && notice
            .cookies
            .iter()
            .all(|t| t.key_name().is_some_and(|k| ANALYTICS_ONLY.contains(&k)));
    yes_no(!analytics_only)
}

/// What the directories section is about: `mailing` when names and
/// addresses are only disclosed for mailing lists (a shop publishes
/// nothing, so "directories" would misname it), `members` when only a
/// member list is published, `other` for directories, a mix or own text.
fn what_lists(notice: &Model) -> &'static str {
    let published = notice.directories.iter().flat_map(|d| &d.published);
    let keys: Option<Vec<&str>> = published.map(|t| t.key_name()).collect();
    match keys.as_deref() {
        Some(k) if !k.is_empty() && k.iter().all(|k| *k == "mailing-lists") => "mailing",
        Some(k) if !k.is_empty() && k.iter().all(|k| *k == "member-list") => "members",
        _ => "other",
    }
}

//! `seloste schema`: the JSON Schema of the model on standard output.

use std::io::Write;

use super::CliError;
use seloste::Error;

pub fn run() -> Result<(), CliError> {
    let text = serde_json::to_string_pretty(&seloste::model::schema())
        .expect("a JSON value always serialises");
    let mut out = std::io::stdout().lock();
    writeln!(out, "{text}")
        .and_then(|()| out.flush())
        .map_err(|source| {
            Error::Write {
                path: "-".into(),
                source,
            }
            .into()
        })
}

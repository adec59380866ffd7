//! `seloste schema`: the JSON Schema of the model on standard output.

use super::CliError;

pub fn run() -> Result<(), CliError> {
    let text = serde_json::to_string_pretty(&crate::model::schema())
        .expect("a JSON value always serialises");
    super::write_stdout(
        &mut std::io::stdout().lock(),
        format!("{text}\n").as_bytes(),
    )
}

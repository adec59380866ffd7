//! `seloste serve`: the options to the service's settings.

use super::CliError;
use super::args::ServeArgs;
use crate::serve::{Config, auth::Token};

pub fn run(args: ServeArgs) -> Result<(), CliError> {
    // Today is decided per request; a SOURCE_DATE_EPOCH that cannot be read
    // is a mistake to show now, not in every answer.
    crate::today(None).map_err(|e| CliError::Usage(e.to_string()))?;
    let mut config = Config::new(args.listen);
    if let Some(n) = args.workers {
        config.workers = n;
    }
    config.queue = args.queue.unwrap_or(4 * config.workers);
    let set = |v: Option<u64>, d: &mut u64| {
        if let Some(v) = v {
            *d = v;
        }
    };
    set(args.max_model_size, &mut config.max_model_bytes);
    set(args.max_upload_size, &mut config.max_upload_bytes);
    set(args.max_buffered, &mut config.max_buffered_bytes);
    if let Some(d) = args.header_timeout {
        config.header_timeout = d;
    }
    if let Some(d) = args.body_timeout {
        config.body_timeout = d;
    }
    if let Some(d) = args.drain_timeout {
        config.drain_timeout = d;
    }
    if let Some(n) = args.max_connections {
        config.max_connections = n;
    }
    if let Some(path) = &args.token_file {
        config.token = Some(Token::from_file(path).map_err(CliError::Usage)?);
    }
    crate::serve::run(config).map_err(CliError::Usage)
}

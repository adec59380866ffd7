//! The `seloste` command. All work is done by the library; this file only
//! parses the command line and turns the outcome into an exit status.

mod cli;

use clap::Parser;

fn main() {
    let parsed = cli::args::Cli::parse();
    if let Err(e) = cli::run(parsed) {
        std::process::exit(e.report());
    }
}

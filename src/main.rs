//! The `seloste` command. All work is done by the library; this file only
//! parses the command line and turns the outcome into an exit status.

mod cli;
mod serve;

use clap::Parser;

fn main() {
    let parsed = cli::args::Cli::parse();
    // The languages of a notice are typeset on rayon's global pool, whose
    // threads need more stack than the default for typst.
    rayon::ThreadPoolBuilder::new()
        .stack_size(seloste::STACK_SIZE)
        .build_global()
        .expect("the global thread pool is built once, first");
    if let Err(e) = cli::run(parsed) {
        std::process::exit(e.report());
    }
}

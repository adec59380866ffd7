//! The `seloste` command. All work is done by the library; this file only
//! hands over to its command-line front end.

fn main() {
    seloste::cli::main()
}

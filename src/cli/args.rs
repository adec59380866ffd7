//! The command line, as clap derive structs and nothing else.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::model::Date;
use crate::{Lang, Layout};

/// Makes GDPR privacy notices (tietosuojaseloste, dataskyddsbeskrivning) as
/// archival, accessible PDFs in Finnish, Swedish and English.
#[derive(Debug, Parser)]
#[command(name = "seloste", version, about, long_about = None)]
#[command(after_help = "\
Exit status: 0 when everything was written or checked (warnings alone are 0 \
unless --deny-warnings), 1 when the model is invalid or incomplete or a \
document could not be made (nothing is written then), 2 when the command line \
is wrong.

Examples:
  seloste init -o notice.toml                 a commented starter model
  seloste check notice.toml                   is it complete under GDPR Art. 13/14?
  seloste render examples/iljoja.toml --lang fi,sv -o out/")]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
    /// The language of seloste's messages: fi, sv or en (default: from
    /// LC_ALL, LC_MESSAGES or LANG; fi_FI.UTF-8 is Finnish, sv_FI and sv_SE
    /// Swedish, anything else English). The help here stays English.
    #[arg(long, global = true, value_name = "LANG")]
    pub ui_lang: Option<Lang>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Render a notice model (TOML or JSON) to PDF, one file per language.
    #[command(after_help = "\
Files are named <model>.<lang>.pdf (e.g. iljoja.fi.pdf, iljoja.fi+sv.pdf) in the \
output folder. Every language is checked before anything is written: if one \
language cannot be made, no file is written.

The model can also be a PDF made by seloste: the model attached to it is \
rendered (a file is taken as a PDF when it starts with %PDF- or its name ends in .pdf), and the output is named \
without the PDF's language tag: notice.fi.pdf --lang sv gives notice.sv.pdf.

Examples:
  seloste render notice.toml                  languages the model promises, into .
  seloste render notice.toml --lang sv -o -   Swedish, to standard output
  seloste render notice.toml --lang fi+sv     Finnish and Swedish side by side
  seloste render notice.toml -o notice.pdf    one language, to that file
  seloste render notice.fi.pdf --lang sv      the Swedish version of a PDF")]
    Render(RenderArgs),
    /// List the own texts that lack a language, write them out for a
    /// translator, or merge a translated file back into the model.
    #[command(after_help = "\
Own texts are the model's { fi = \"…\" } texts; catalogue keys translate \
themselves. The file for the translator is a TOML fragment (field path → \
{ fi = \"source\", sv = \"\" }) or a Fluent .ftl file with one message per text; \
--merge fills the translations into the model and keeps its comments and layout. \
Texts left empty in the file are skipped and listed.

Examples:
  seloste translate notice.toml --to sv                  list what lacks Swedish
  seloste translate notice.toml --to sv -o notice.sv.toml   write a file to translate
  seloste translate notice.toml --merge notice.sv.toml      fill the translations in")]
    Translate(TranslateArgs),
    /// Check models for completeness under GDPR Art. 13 and 14.
    #[command(after_help = "\
Every finding names its rule, the GDPR article, the field and its line:column, \
and how to fix it; README.md lists the rules. Exit status: 0 when no model has \
errors (warnings alone are 0 unless --deny-warnings), 1 when any has, 2 when \
the command line is wrong.

Examples:
  seloste check notice.toml
  seloste check --deny-warnings --format json models/*.toml")]
    Check(CheckArgs),
    /// Write a commented starter model with placeholders to fill in.
    #[command(after_help = "\
The model is complete except for the organisation's own facts, written as \
\"<…>\" placeholders: `seloste check` names each one until it is filled.

Examples:
  seloste init                                notice.toml, comments in Finnish
  seloste init --lang sv -o beskrivning.toml")]
    Init(InitArgs),
    /// Print the JSON Schema of the model, for editors.
    #[command(after_help = "\
Save it and point the editor at it, e.g. with a first line \
`#:schema ./seloste.schema.json` in the model (Taplo, Even Better TOML); \
README.md tells more.

Example: seloste schema > seloste.schema.json")]
    Schema,
    /// List the catalogue keys of each section with their text.
    #[command(after_help = "\
Examples:
  seloste catalog --section purpose           the keys for purposes[].purpose
  seloste catalog --lang en --section retention")]
    Catalog(CatalogArgs),
    /// Write out the notice model attached to a PDF made by seloste.
    #[command(after_help = "\
By default the model is written to the current folder as <name>.toml (or .json), \
where <name> is the PDF's name without its language tag: notice.fi.pdf gives \
notice.toml. An existing file is not replaced unless it is named with -o.

Examples:
  seloste extract notice.fi.pdf               writes notice.toml
  seloste extract notice.fi.pdf -o -          to standard output
  seloste extract notice.fi.pdf -o old.toml   to that file (replaced if it exists)")]
    Extract(ExtractArgs),
    /// Serve the library over HTTP, for contract and customer systems.
    #[command(after_help = "\
Endpoints: POST /v1/render, /v1/check, /v1/extract; GET /v1/catalog, \
/v1/schema, /v1/openapi.json, /healthz, /metrics. Errors are RFC 9457 problem \
documents. SIGTERM (or Ctrl-C) stops accepting, finishes the requests in \
flight and exits 0. One JSON line per request is logged on standard error.

Examples:
  seloste serve                                 on 127.0.0.1:8080
  seloste serve --listen 0.0.0.0:8080 --token-file /run/secrets/token
  curl -sf --data-binary @notice.toml -H 'Content-Type: application/toml' \\
       'http://127.0.0.1:8080/v1/render?lang=fi' -o notice.fi.pdf")]
    Serve(ServeArgs),
    /// Compile the template with a view file (for template development).
    #[command(hide = true)]
    DevView(DevViewArgs),
}

/// Arguments of `seloste render`.
#[derive(Debug, Args)]
pub struct RenderArgs {
    /// The notice models (.toml, or .json), or PDFs made by seloste; a
    /// folder stands for the models in it, and - for a list of paths on
    /// standard input, one a line. Several models are rendered side by side
    /// into the folder -o names; a bad one is reported and the others
    /// written.
    #[arg(required_unless_present = "jobs", value_name = "MODEL|PDF|DIR|-")]
    pub models: Vec<PathBuf>,
    /// Where to write: a file name ending in .pdf or .html (one language
    /// only; the ending tells the format), - for standard output (one
    /// language only), or else a folder, made if it does not exist (default:
    /// the current folder).
    #[arg(short, long, value_name = "FILE|DIR|-")]
    pub output: Option<PathBuf>,
    /// What to make of each language, comma-separated: pdf (the default),
    /// html (a self-contained web page, named MODEL.LANG.html) or
    /// html-fragment (the page's article and style, to paste into a page
    /// of a CMS, named MODEL.LANG.fragment.html).
    #[arg(long, value_delimiter = ',', value_name = "FORMATS")]
    pub format: Vec<crate::DocumentKind>,
    /// Do not list the files written (nor, for several models, the
    /// summary line).
    #[arg(short, long)]
    pub quiet: bool,
    /// Take only shard K of N (K from 0) of the models: a share chosen by a
    /// hash of each model's path as given, so that the shards are disjoint,
    /// together are every model, and adding models moves no other. For
    /// Kubernetes Indexed Jobs (`--shard $JOB_COMPLETION_INDEX/N`), Slurm
    /// arrays or GNU parallel.
    #[arg(long, value_name = "K/N", value_parser = parse_shard)]
    pub shard: Option<(u64, u64)>,
    /// Render the jobs of this file, one JSON object a line: {"model":
    /// PATH, "layouts": ["fi", "fi+sv"], "output": "DIR"} (layouts default
    /// to the model's, the output folder to -o, inside which it must lie).
    /// A line that cannot be used is reported with its number and the
    /// others run.
    #[arg(long, value_name = "FILE.jsonl")]
    pub jobs: Option<PathBuf>,
    /// For several models: write one JSON line per document (input, layout,
    /// output, sha256, pages, identity, warnings, error) to this file.
    #[arg(long, value_name = "FILE.jsonl")]
    pub report: Option<PathBuf>,
    /// How the completeness checks run.
    #[command(flatten)]
    pub check: CheckOpts,
    /// Leave out the empty digital signature field over the signature line
    /// (also: signature.field = false in the model).
    #[arg(long)]
    pub no_signature_field: bool,
    /// Do not attach the model to the PDF (the PDF is then PDF/A-2a rather
    /// than PDF/A-3a, and cannot be rendered again or extracted).
    #[arg(long)]
    pub no_embed_model: bool,
    /// Replace an existing PDF that carries a digital signature. Without
    /// it, a signed file is never written over.
    #[arg(long)]
    pub replace_signed: bool,
}

/// What is checked, shared by `check` and `render`, so that the two judge
/// a model alike.
#[derive(Debug, Args)]
pub struct CheckOpts {
    /// Languages, comma-separated: fi, sv, en, or two joined with a plus
    /// for a side-by-side document (fi+sv). Default: the model's
    /// document.layout, and each other language it promises in
    /// document.languages.
    #[arg(short, long, value_delimiter = ',', value_name = "LANGS")]
    pub lang: Vec<Layout>,
    /// Print an own text that lacks a language in this language instead,
    /// marked as such for the reader and tagged with its real language.
    /// Without it, a missing language is an error that names the text.
    #[arg(long, value_name = "LANG")]
    pub fallback: Option<Lang>,
    /// The folder the files the model names (logo, wording) are read from.
    /// Default: the model file's own folder; for a model read from a PDF,
    /// none (the PDF's sender chose those paths).
    #[arg(long, value_name = "DIR")]
    pub assets: Option<PathBuf>,
    /// Treat warnings as errors (for CI).
    #[arg(long)]
    pub deny_warnings: bool,
    /// The date to take as today (YYYY-MM-DD), for the `outdated` rule.
    /// Default: SOURCE_DATE_EPOCH when set, else the system clock (UTC).
    #[arg(long, value_name = "DATE", value_parser = Date::parse)]
    pub today: Option<Date>,
}

/// Arguments of `seloste check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The notice models (.toml, or .json).
    #[arg(required_unless_present = "explain")]
    pub models: Vec<PathBuf>,
    /// Say what the rule RULE checks, which article of the GDPR requires
    /// it, and how to fix what it finds (in the language of --ui-lang), and
    /// check nothing.
    #[arg(long, value_name = "RULE", conflicts_with = "models")]
    pub explain: Option<String>,
    /// How to report: for people, or JSON for programs.
    #[arg(long, value_enum, default_value_t = ReportFormat::Human)]
    pub format: ReportFormat,
    /// How the checks run.
    #[command(flatten)]
    pub check: CheckOpts,
}

/// The form of a check report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Diagnostics like rustc's, coloured on a terminal.
    Human,
    /// One JSON document on standard output.
    Json,
}

/// Arguments of `seloste init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The language of the comments and placeholders: fi, sv or en.
    #[arg(short, long, default_value = "fi")]
    pub lang: Lang,
    /// The file to write, or - for standard output.
    #[arg(short, long, value_name = "FILE|-", default_value = "notice.toml")]
    pub output: PathBuf,
    /// Overwrite the file if it exists.
    #[arg(long)]
    pub force: bool,
    /// The date written as document.updated (YYYY-MM-DD). Default:
    /// SOURCE_DATE_EPOCH when set, else the system clock (UTC).
    #[arg(long, value_name = "DATE", value_parser = Date::parse)]
    pub today: Option<Date>,
}

/// Arguments of `seloste catalog`.
#[derive(Debug, Args)]
pub struct CatalogArgs {
    /// The language of the texts: fi, sv or en.
    #[arg(short, long, default_value = "fi")]
    pub lang: Lang,
    /// Only this section, e.g. purpose, retention, source.
    #[arg(short, long, value_name = "SECTION")]
    pub section: Option<String>,
}

/// Arguments of `seloste translate`.
#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("action").required(true).args(["to", "merge"]))]
pub struct TranslateArgs {
    /// The notice model (.toml, or .json for listing and writing).
    pub model: PathBuf,
    /// The language to translate into: lists every own text without it.
    #[arg(long, value_name = "LANG")]
    pub to: Option<Lang>,
    /// The language to translate from (default: the first promised language
    /// each text has, else any it has).
    #[arg(long, value_name = "LANG", requires = "to")]
    pub from: Option<Lang>,
    /// With --to: write the texts to this file for a translator. With
    /// --merge: write the merged model here instead of over the model.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The format of the file for the translator (default: by the
    /// extension of -o, else toml).
    #[arg(long, value_enum, requires = "output")]
    pub format: Option<TranslationFormat>,
    /// A translated file (.toml or .ftl, as written by --to … -o) to merge
    /// into the model.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["to", "from", "format"])]
    pub merge: Option<PathBuf>,
}

/// The format of a file for a translator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TranslationFormat {
    /// A TOML fragment: field path → { fi = "source", sv = "" }.
    Toml,
    /// A Fluent file with one message per text.
    Ftl,
}

/// Arguments of `seloste extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// A PDF made by seloste.
    pub pdf: PathBuf,
    /// Where to write: a file, a folder, or - for standard output. Default:
    /// the model's own name (e.g. webkoti.toml) in the current folder,
    /// never replacing a file.
    #[arg(short, long, value_name = "FILE|DIR|-")]
    pub output: Option<PathBuf>,
    /// Do not report the file written.
    #[arg(short, long)]
    pub quiet: bool,
}

/// Arguments of `seloste serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The address and port to listen on; 0.0.0.0:8080 for every
    /// interface (in a container), port 0 for any free port.
    #[arg(long, value_name = "ADDR:PORT", default_value = "127.0.0.1:8080")]
    pub listen: std::net::SocketAddr,
    /// Require `Authorization: Bearer TOKEN` on every request but
    /// /healthz, with the token in this file (white space around it is
    /// ignored).
    #[arg(long, value_name = "FILE")]
    pub token_file: Option<PathBuf>,
    /// Threads that load, check and render (default: one per core).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(usize))]
    pub workers: Option<usize>,
    /// Requests that may wait for a worker; one more is answered 503 with
    /// Retry-After (default: 4 per worker).
    #[arg(long, value_name = "N")]
    pub queue: Option<usize>,
    /// The largest model (TOML or JSON) body or part [default: 1MiB].
    #[arg(long, value_name = "SIZE", value_parser = crate::serve::config::parse_size)]
    pub max_model_size: Option<u64>,
    /// The largest PDF or multipart body [default: 25MiB].
    #[arg(long, value_name = "SIZE", value_parser = crate::serve::config::parse_size)]
    pub max_upload_size: Option<u64>,
    /// The most request-body bytes held at once over all requests; past it
    /// a request is answered 503 [default: 256MiB].
    #[arg(long, value_name = "SIZE", value_parser = crate::serve::config::parse_size)]
    pub max_buffered: Option<u64>,
    /// How long a client may take to send its headers [default: 10s].
    #[arg(long, value_name = "DURATION", value_parser = crate::serve::config::parse_duration)]
    pub header_timeout: Option<std::time::Duration>,
    /// How long a client may take to send a whole body [default: 30s].
    #[arg(long, value_name = "DURATION", value_parser = crate::serve::config::parse_duration)]
    pub body_timeout: Option<std::time::Duration>,
    /// How long SIGTERM waits for the requests in flight [default: 30s].
    #[arg(long, value_name = "DURATION", value_parser = crate::serve::config::parse_duration)]
    pub drain_timeout: Option<std::time::Duration>,
    /// Connections served at once; more wait to be accepted [default: 1024].
    #[arg(long, value_name = "N")]
    pub max_connections: Option<usize>,
}

/// Arguments of `seloste dev-view`.
#[derive(Debug, Args)]
pub struct DevViewArgs {
    /// A view file in the format of typst-templates/README.md.
    pub view: PathBuf,
    /// The PDF to write.
    #[arg(short, long)]
    pub output: PathBuf,
}

/// `K/N` with K < N.
fn parse_shard(s: &str) -> Result<(u64, u64), String> {
    let (k, n) = s
        .split_once('/')
        .ok_or_else(|| format!("'{s}' is not K/N, e.g. 0/4"))?;
    let (k, n): (u64, u64) = match (k.trim().parse(), n.trim().parse()) {
        (Ok(k), Ok(n)) => (k, n),
        _ => return Err(format!("'{s}' is not K/N with whole numbers, e.g. 0/4")),
    };
    if n == 0 || k >= n {
        return Err(format!(
            "shard {k} of {n} does not exist: K runs from 0 to N - 1"
        ));
    }
    Ok((k, n))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }
}

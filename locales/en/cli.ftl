# What seloste itself says at the command line: what it wrote, summaries,
# the progress bar, and the usage errors it finds (clap's generated --help
# stays English). Messages are in lower case without a full stop; paths,
# options (-o DIR, --force) and commands are written as typed.

## Files written
cli-wrote = wrote { $path }
cli-init-wrote = wrote { $path }: replace every "<…>" placeholder, then run: seloste check { $path }
cli-init-exists = '{ $path }' already exists; give --force to overwrite it, or -o another file
cli-extract-exists = '{ $path }' exists and differs from the attached model; to replace it, name it with -o { $path }
cli-write-over-input = '{ $path }' is the file the notice is read from; write the new notice elsewhere with -o
cli-write-over-signed = '{ $path }' is a signed PDF; write the new notice elsewhere with -o, or replace it with --replace-signed

## What to render, and where
cli-no-model = no model to render
cli-several-need-a-folder = several notices give several files: give a folder with -o DIR
cli-named-html = the file '{ $path }' is named as HTML but --format { $format } was asked for; name it *.{ $extension } or leave out --format
cli-named-pdf = the file '{ $path }' is named as a PDF but --format { $format } was asked for; name it *.{ $extension } or leave out --format
cli-standard-output = standard output (-o -)
cli-the-file = the file '{ $path }'
cli-takes-one = { $one } takes one document (one language in one format), but { $count } were asked for ({ $what }); give a folder with -o DIR
cli-layouts-each-as = { $layouts }, each as { $kinds }
cli-today = { $error } with --today YYYY-MM-DD
cli-translators-file = note: { $path } is passed over: it is a file for a translator that `seloste translate` wrote, not a model; merge it with `seloste translate MODEL --merge { $path }`

## Lists of models and jobs files
cli-the-list-of-models = the list of models on standard input
cli-the-jobs-file = the jobs file '{ $path }'
cli-list-line = line { $number } of the list of models on standard input: { $why }
cli-line-too-long = the line is longer than { $kib } KiB
cli-line-not-utf8 = the line is not UTF-8 text
cli-too-many-lines = { $what } holds more than { $max } lines; split it into several
cli-list-too-large = { $what } is larger than { $mib } MiB; split it into several
cli-cannot-read-list = cannot read { $what }: { $why }

## Several models at once
cli-shard-empty = shard { $k }/{ $n } has no notice to render
cli-same-names = '{ $a }' and '{ $b }' would both be written as { $stem }.*.pdf; render them into different folders
cli-job-failed = { $at }: this job failed:
cli-cannot-resolve = cannot resolve '{ $path }'
cli-report-refused = --report '{ $report }' is { $what }; give the report a file of its own
cli-report-is-jobs = the jobs file
cli-report-is-model = the model '{ $path }'
cli-report-is-document = where a document of '{ $path }' is written
# The progress bar: indicatif's template; keep {bar:30}, {pos}, {len},
# {per_sec} and {eta} as they are, written as {"{"}pos{"}"} here.
cli-progress = {"{"}bar:30{"}"} {"{"}pos{"}"}/{"{"}len{"}"} notices, {"{"}per_sec{"}"}, {"{"}eta{"}"} left
cli-batch-summary = rendered { $documents ->
        [one] 1 document
       *[other] { $documents } documents
    } of { $models ->
        [one] 1 model
       *[other] { $models } models
    } in { $seconds } s ({ $rate } documents per second), { $failed } failed
cli-interrupted = interrupted: { $made } of { $models } notices were made, each written whole
cli-batch-failed = { $failed } of { $models ->
        [one] 1 model
       *[other] { $models } models
    } failed; the others were written

## seloste translate
cli-translate-to-or-merge = give either --to LANG or --merge FILE
cli-translate-stale = { $path }: stale, translated from the { $from } text before it was changed
    now in { $from }: { $source }
    translation: { $translation }
cli-translate-summary = { $count ->
        [0] every own text of { $file } has a { $lang } version
        [one] 1 own text of { $file } has no { $lang } version
       *[other] { $count } own texts of { $file } have no { $lang } version
    }
cli-translate-nothing = { $summary }; nothing to write
cli-translate-wrote = { $summary }; wrote them to { $path }
cli-translate-left-empty = left empty, not merged: { $path } ({ $lang })
cli-translate-merged = { $count ->
        [one] merged 1 translation into { $path }
       *[other] merged { $count } translations into { $path }
    }
merge-json = translations can only be merged into a TOML model
merge-json-help = a JSON model is written by a program: have it add the translations, or keep the model in TOML
merge-model-unparsed = the model does not parse: { $detail }
merge-no-own-text = the model has no own text here
merge-made-again-help = the file was made from another version of the model: make it again with --to
merge-text-changed = the model's { $lang } text here is not the one in the file
merge-text-changed-help = the { $lang } text changed after the file was made, or was translated meanwhile: make the file again with --to, or edit the model
merge-not-a-table = '{ $key }' is not a table of languages
merge-not-a-table-help = each text is a table: ["field.path"] with fi = "…", sv = "…"
merge-not-a-language = '{ $key }': '{ $lang }' is not a language with a text
merge-not-a-language-help = a text's table holds fi, sv and en, each a string
merge-no-target = the file does not say which language it translates into
merge-no-target-help = keep the header line `{ $header }sv` that seloste wrote (with the right language)
merge-syntax = invalid Fluent syntax
merge-syntax-help = a translation is written `message-id = text`, on the line of its message
merge-unknown-id = '{ $id }' names no text of the model
merge-placeable = '{ $id }': a translation is plain text, without {"{"} … {"}"}
merge-placeable-help = write braces as {"{"}"{"{"}"{"}"} and {"{"}"{"}"}"{"}"}

## seloste check --explain
cli-no-such-rule = there is no rule '{ $rule }'; { $help }
cli-cannot-write = cannot write '{ $path }': { $why }

## Jobs of a batch
cli-not-a-job = not a job: a job is a JSON object, {"{"}"model": "PATH", …{"}"}
cli-not-a-job-because = not a job: { $detail }
cli-job-output-outside = the output '{ $output }' is outside the folder -o names ({ $base }); give a folder inside it
cli-job-path-nul = the { $field } holds a NUL character
cli-job-path-too-long = the { $field } is longer than 4 096 bytes
cli-job-name-too-long = the { $field } has a name longer than 255 bytes
cli-job-link-out = '{ $dir }' leads out of the folder -o names ({ $base }) through a symbolic link; a batch writes only inside it
cli-job-link = '{ $path }' is a symbolic link; a batch does not write through links, so that it replaces no file it did not make: remove the link

## The service's problem documents
problem-invalid-model = The model is invalid or incomplete; the notice is not made
problem-more-errors = { $count ->
        [one] and 1 more error: see report.findings
       *[other] and { $count } more errors: see report.findings
    }

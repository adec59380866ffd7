# What seloste says about a model file it cannot read or that is not valid
# (`invalid-model`), and about the files a model names. Messages are in
# lower case without a full stop; what the model holds (keys, names, TOML
# to write) is given as it is written in the model.

## The parser's own words, in a frame
as-written = { $text }
not-read = the model cannot be read here: { $detail }
toml-syntax-help = each line of a model is key = value: text in quotation marks ("…"), lists in square brackets ([ "…", "…" ]), a table under its [header] (docs/model.md)
json-syntax-help = a JSON model is one object {"{"} "key": value, … {"}"}: text in quotation marks, lists in square brackets, commas between the items (docs/model.md)
json-trailing = something follows the end of the model
json-trailing-help = the model ends at its closing {"}"}: remove what follows it
duplicate-key = the key `{ $key }` is given twice
duplicate-key-help = each key is given once in its table or object: keep one of them

## Fields and values
unknown-field = unknown field `{ $name }`
unknown-value = unknown value `{ $name }`
did-you-mean = did you mean `{ $name }`?
valid-names = valid names here: { $names }
remove-field = remove the field `{ $name }`
remove-value = remove the value `{ $name }`
renamed-field = `{ $old }` is called `{ $new }` since model v2
renamed-representative-help = rename `representative` to `eu-representative`: it is the representative in the Union of a controller established outside the EU/EEA (Art. 27); the contact person for data protection matters is [contact]
not-here = `{ $field }` is not printed in { $table }, so it is not taken there
not-here-post-to-email-help = [requests.post-to] is where letters are posted: a name and a postal address, printed as one line. Requests by email go to the email of [contact], which the `by-email` procedure prints: remove `email` here, or give it in [contact]
not-here-post-to-phone-help = [requests.post-to] is where letters are posted: a name and a postal address, printed as one line. The telephone number for data protection matters is the phone of [contact]: remove `phone` here, or give it in [contact]
missing-field = the field `{ $field }` is missing
missing-field-help = add the field; docs/model.md says what it holds
invalid-type = { $found } is written here, but this field takes { $expected }
invalid-type-help = docs/model.md describes each field and what it takes
invalid-model-help = follow the message; docs/model.md describes every field
found-number = the number { $value }
found-text = the text "{ $value }"
found-truth = the value { $value }
found-list = a list
found-table = a table
expected-text = text in quotation marks
expected-list = a list in square brackets, e.g. [ "…", "…" ]
expected-truth = true or false
expected-date = a date such as 2023-05-01
expected-whole-number = a whole number
expected-number = a number
expected-table = a table of fields
expected-text-or-clause = a catalogue key ("billing"), own text ({"{"} fi = "…", sv = "…", en = "…" {"}"}), a name the same in every language ({"{"} all = "…" {"}"}) or a key with values ({"{"} key = "…", years = 3 {"}"})
expected-source = a catalogue key ("ytj") or a table {"{"} source = …, details = … {"}"}

## Dates and texts
not-a-date = '{ $value }' is not a date
not-a-date-help = write the date year first, as YYYY-MM-DD, e.g. 2023-05-01
expected-a-date = a date is expected here
expected-a-date-help = write the date year first, as YYYY-MM-DD, e.g. 2023-05-01
not-a-plain-date = '{ $raw }' is not a plain date
not-a-plain-date-help = write the date alone, without a time of day, e.g. 2023-05-01
text-all-alone = a name written once for every language (all = …) stands alone
text-all-alone-help = for wording that differs by language write {"{"} fi = …, sv = …, en = … {"}"} instead
text-key-and-own = a text is either a catalogue key (key = …) or own text (fi = …), not both
text-key-and-own-help = keep the key, or remove it and keep the own text
text-empty = the text is empty
text-empty-help = write own text as {"{"} fi = "…" {"}"}, or a catalogue key
text-unknown-language = unknown language `{ $language }` in own text
text-unknown-language-help = own text is written in fi, sv or en; a catalogue key with values needs key = "…"
made-from-malformed = { $field } = "{ $raw }" is not the record of a translation's source that seloste translate --merge writes (a language and 8 hex digits, e.g. "fi:1a2b3c4d")
made-from-malformed-help = remove the line; seloste translate --merge writes it again when the translation is merged into the model
made-from-orphan = { $field } says that the { $lang } text was translated from { $from }, but the text does not have both languages
made-from-orphan-help = remove the line, or add the missing text; the record belongs only to a translation whose source is in the same text

## The size of a model
model-too-many-items = the model holds more than { $items } keys and values; a notice model has a few hundred
model-too-deep = the model nests tables, lists and the parts of dotted keys more than { $depth } levels deep; a notice model nests five or six
model-limits-help = a model file holds at most { $items } keys and values, nested at most { $depth } levels (docs/model.md, Limits): this file is not a notice model, or a program wrote it wrongly

## Validation against the catalogue
no-controller = no controller is named
no-controller-help = add a [[controllers]] table with name, business-id and address
no-purpose = no purpose of processing is given
no-purpose-help = add a [[purposes]] table with purpose and basis
no-language = no language is promised
no-language-help = list the languages of the notice, e.g. languages = ["fi", "sv"]
business-id-format = business ID of controller '{ $controller }': '{ $given }' is not of the form 1234567-8 (seven digits, a hyphen, a check digit)
business-id-check-digit = business ID of controller '{ $controller }': the check digit of '{ $given }' is wrong: for { $digits } it would be { $expected }
business-id-impossible = business ID of controller '{ $controller }': the check digit of '{ $given }' is wrong: no valid business ID starts with { $digits }
business-id-help = copy the business ID (Y-tunnus) from the Business Information System (YTJ)
vat-no-business-id = VAT number of controller '{ $controller }': vat = true, but there is no business ID to derive the VAT number from
vat-no-business-id-help = add business-id, from which the VAT number is derived, or write the number as vat-number = "…"
vat-format = VAT number of controller '{ $controller }': '{ $given }' is not a VAT number: two letters of the country and 2 to 12 letters or digits
vat-not-finnish = VAT number of controller '{ $controller }': '{ $given }' is not a Finnish VAT number: FI and the eight digits of a valid business ID
vat-format-help = copy the VAT number from the tax authorities' register (VIES), e.g. vat-number = "FI20390966"
vat-mismatch = VAT number of controller '{ $controller }': '{ $given }' is not the VAT number of business ID { $business-id }: that is { $expected }
vat-mismatch-help = a Finnish VAT number is FI and the business ID's digits: correct one of them, or leave vat-number out and write vat = true
contact-point-not-controller = the contact point '{ $point }' is not one of the controllers
contact-point-names = write the name of one of the controllers: { $names }
unknown-country = unknown country code '{ $code }'
country-did-you-mean = did you mean '{ $code }'? Use ISO 3166 codes such as FI, SE, IE, US
country-help = use an ISO 3166 two-letter code such as FI, SE, IE or US
signature-field-name = the signature field name '{ $name }' may hold only letters A-Z, digits, '-' and '_'
signature-field-name-help = signing tools are given this name on the command line, e.g. field-name = "Signature1"
own-text-empty = own text is empty
own-text-empty-help = write the text, e.g. {"{"} fi = "…", sv = "…", en = "…" {"}"}
name-empty = the name is empty
name-empty-help = write the name as it is printed, e.g. {"{"} all = "Seafile" {"}"}
layout-one-language = layout '{ $layout }' names one language
layout-one-language-help = a layout prints two languages side by side, e.g. "fi+sv"; leave it out for one document per language
layout-not-promised = layout '{ $layout }' prints { $lang }, which document.languages does not promise
layout-not-promised-help = add "{ $lang }" to document.languages
unknown-key = '{ $key }' is not a catalogue key for this field ({ $prefix }…)
key-written-as-text = did you mean '{ $best }'? '{ $key }' is the text of that clause, and a model names a clause by its key. For your own text write {"{"} fi = "…", sv = "…", en = "…" {"}"}
key-looks-like-a-name = catalogue keys are lower-case words joined with hyphens, so this looks like a name: a name that is the same in every language (a product, system or company) is written {"{"} all = "{ $name }" {"}"}. For your own text write {"{"} fi = "…", sv = "…", en = "…" {"}"}
key-did-you-mean = did you mean '{ $best }'? For your own text write {"{"} fi = "…", sv = "…", en = "…" {"}"}
key-see-catalog = `seloste catalog` lists the keys for this field. For your own text write {"{"} fi = "…", sv = "…", en = "…" {"}"}
clause-needs-value = clause '{ $clause }' needs the value `{ $name }`
clause-needs-value-help = write it as {"{"} key = "{ $clause }", { $name } = … {"}"}
clause-has-no-value = clause '{ $clause }' has no value `{ $name }`
clause-takes-no-values = '{ $id }' takes no values: write just "{ $clause }"
clause-takes = '{ $id }' takes: { $names }
count-not-whole = `{ $name }` is { $shown }, but clause '{ $clause }' counts with it: it is a whole number from 0 to { $max }
count-not-whole-help = write e.g. {"{"} key = "{ $clause }", { $name } = 3 {"}"}
number-too-big = `{ $name }` is { $shown }: a number given to a clause is finite and at most { $max } in size
number-too-big-help = give the number the text means, or write it as a string

## Sizes and characters
too-many-controllers = the model names { $count } controllers; a notice has at most { $max } (the footer of every page lists each one)
too-many-controllers-help = give a group's notice for the controllers that process this register together, or one notice per company
too-many-texts = the model has { $count } texts; a notice has at most { $max }
too-many-texts-help = combine items of the lists into fewer, or split the register into several notices
too-much-text = the model's texts in { $lang } add up to { $count } characters, more than a notice may hold ({ $max }, about fifteen pages); this is the longest
too-much-text-help = shorten the own texts: a privacy notice is read best when it is brief, and may refer to longer documents by their web address
too-many-items = the list has { $count } items; a list of the notice has at most { $max }
too-many-items-help = combine items into fewer, broader ones
value-too-long = the value is { $count } characters long, more than { $max }
value-too-long-help = shorten it: a name, an address or a telephone number fits on one line
own-text-too-long = the own text is { $count } characters long, more than { $max }
own-text-too-long-help = shorten it or split it into several items; a notice may refer to a longer document by its web address
refused-char = { $char } at character { $at } of the text is { $why }{ $more ->
        [0] {""}
        [one] {" "}(and 1 more such character)
       *[other] {" "}(and { $more } more such characters)
    }
char-line-separator = a line or paragraph separator
char-line-separator-help = write a line break (\n) instead
char-line-break = a line break or tab, in a value printed on one line
char-line-break-help = write the value on one line
char-control = a control character
char-control-help = remove it: it is invisible, and usually comes along when text is copied from another program
char-bidi = a bidirectional formatting character, which can make a text read otherwise than it is written
char-bidi-help = remove it: the notice's languages are written left to right
char-bom = a byte order mark (zero width no-break space), which PDF/A does not allow
char-bom-help = remove it; to keep two words together write a no-break space (U+00A0)
char-noncharacter = a noncharacter, which Unicode reserves for programs' internal use
char-noncharacter-help = remove it: it is invisible, and usually comes along when text is copied from another program
char-private-use = a private-use character, whose meaning only a particular font knows
char-private-use-help = write the text with ordinary characters; a symbol font's icons cannot be printed
char-not-in-font = not in the font seloste prints with
char-not-in-font-help = write the text with characters of the font (Libertinus Serif: Latin, Greek, Cyrillic and Hebrew letters, common punctuation and symbols), or write the character out in words
char-arabic = an Arabic letter, which the font seloste prints with does not have
char-thai = a Thai letter, which the font seloste prints with does not have
char-indic = a letter of an Indic script, which the font seloste prints with does not have
char-kana = a Japanese kana, which the font seloste prints with does not have
char-korean = a Korean letter, which the font seloste prints with does not have
char-cjk = a CJK character, which the font seloste prints with does not have
char-emoji = an emoji or pictograph, which the font seloste prints with does not have

## Files: the model, the PDF it came in, the files it names
cannot-read = cannot read '{ $path }': { $why }
cannot-read-help = check the path; `seloste init` writes a starter model to begin with
io-not-found = there is no such file or folder
io-permission-denied = permission is denied
io-already-exists = it exists already
io-storage-full = the disk is full
io-is-a-directory = it is a folder
io-read-only = the file system is read-only
not-a-regular-file = it is not a regular file
not-a-regular-file-help = give the path of a model file (TOML or JSON) or of a PDF made by seloste
file-too-large = it is larger than { $mib } MiB, far more than any notice
file-too-large-help = give the notice model, not another file
file-not-text = it is neither UTF-8 text nor a PDF
file-not-text-help = give a notice model (TOML or JSON) or a PDF made by seloste
pdf-no-model = cannot read a notice model from it: { $detail }
pdf-no-model-help = give the model file, or a PDF that seloste made with its model attached
pdf-no-model-extract-help = give a PDF that seloste made with its model attached
pdf-model-not-utf8 = the attached model is not UTF-8 text
pdf-model-not-utf8-help = the PDF was not made by seloste, or it was altered
asset-outside = '{ $path }' is outside the model's folder
asset-not-found = '{ $path }' does not exist
asset-not-a-file = '{ $path }' is not a regular file
asset-not-a-folder = '{ $path }' is not a folder
asset-too-large = '{ $path }' is larger than { $mib } MiB
asset-not-sent = '{ $path }' was not sent with the request; send it as a multipart/form-data part named '{ $path }'
asset-not-sent-help = send each file the model names in the same multipart/form-data request, in a part named by the path the model gives it
asset-unavailable = '{ $path }' cannot be read: { $why }
assets-from-pdf = a model read from a PDF reads no files unless you name their folder with --assets DIR
assets-from-text = a model received as text reads no files unless they are sent with it
wording-folder-unusable = cannot use the wording folder: { $why }
wording-folder-unusable-help = the path is relative to the model file, inside its folder; the folder holds fi/, sv/ and en/ folders of .ftl files

## The logo
logo-kind = '{ $path }' is not an SVG, PNG or JPEG file
logo-kind-help = give the logo as a .svg, .png or .jpg file
logo-unusable = cannot use the logo: { $why }
logo-unusable-help = put the logo in the model's folder (or a folder below it) and give its path relative to the model file
logo-refused = cannot use the logo '{ $path }': { $why }
logo-export-again = open the logo in a drawing or image program and save (export) it again as PNG, JPEG or SVG
logo-empty = the file is empty
logo-not-kind = it is not a { $kind } file
logo-not-kind-but = it is not a { $kind } file (it is a { $actual } file)
logo-not-kind-help = save the logo as PNG, JPEG or SVG, and name the file by its format (.png, .jpg, .svg)
logo-undecodable = it cannot be decoded as a { $kind } image ({ $detail })
logo-undecodable-help = the file is damaged or not wholly a { $kind }: open the logo in a drawing or image program and save (export) it again as PNG, JPEG or SVG
logo-no-pixels = it declares { $w } × { $h } pixels
logo-too-many-pixels = it is { $w } × { $h } pixels ({ $megapixels } megapixels), larger than a logo may be
logo-pixels-help = scale the logo down to at most { $side } pixels a side and { $megapixels } megapixels in all (it is printed at most 60 mm wide and 16 mm high: about 1400 × 380 pixels is sharp even at 600 dpi)
logo-svg-too-large = the SVG is { $kib } KiB, larger than { $max } KiB
logo-svg-too-large-help = simplify the drawing or export it again without embedded pictures and fonts; or give the logo as a PNG
logo-not-svg = it is not an SVG file (it is a { $actual } file)
logo-not-svg-help = give a plain, uncompressed SVG (not .svgz), or name the file by its format
logo-svg-not-utf8 = the SVG is not UTF-8 text
logo-svg-not-utf8-help = save the SVG as UTF-8 (any drawing program's plain SVG export does)
logo-svg-entities = the SVG declares XML entities (<!ENTITY …>), which can expand to gigabytes
logo-svg-entities-help = remove the <!DOCTYPE …> with its entity declarations and write their text out; a plain SVG export from a drawing program has none
logo-svg-link = the SVG refers to '{ $href }', a file outside it
logo-svg-link-help = a logo carries its pictures inside it: embed them in the SVG (most drawing programs offer "embed" rather than "link" on export), or give the logo as a PNG
logo-svg-too-many = the SVG has too many elements, attributes or namespaces (at most 1 000 000 elements, counting the copies its <use> references make)
logo-svg-too-many-help = simplify the drawing (a logo has a few hundred elements), or give the logo as a PNG
logo-svg-size = the SVG's width, height or viewBox is missing, zero or invalid
logo-svg-size-help = give the <svg> element a positive width and height, or a viewBox
logo-svg-unreadable = it is not an SVG drawing ({ $detail })
logo-svg-unreadable-help = the file is damaged or not an SVG: open the logo in a drawing or image program and save (export) it again as PNG, JPEG or SVG
logo-svg-embedded = the { $kind } picture embedded in the SVG: { $why }
logo-svg-embeds = the SVG embeds a picture of type { $kind }
logo-svg-embeds-help = an SVG logo may embed PNG and JPEG pictures only; or give the logo as a PNG

## An organisation's own wording (.ftl files)
wording-not-utf8 = it is not UTF-8 text
wording-unreadable = cannot read: { $error }
wording-syntax = invalid Fluent syntax: { $detail }
wording-syntax-help = a message is written `key = text`; a text that goes on over several lines continues on lines that start with spaces
wording-number-option = message '{ $id }': NUMBER option { $option }: { $value } is not a whole number from { $min } to { $max }
wording-number-option-help = NUMBER counts digits: write a whole number in the range, e.g. `NUMBER($n, maximumFractionDigits: 2)`
wording-twice = message '{ $id }' is defined twice in { $lang }
wording-twice-help = it is also at { $place }; keep one
wording-no-text = message '{ $id }' has no text
wording-no-text-help = write the text after the `=`
wording-too-long = message '{ $id }' is { $count } characters long, more than { $max }
wording-too-long-help = shorten it or split it into several clauses
wording-outside-language = a .ftl file outside a language folder
wording-outside-language-help = move it into fi/, sv/ or en/ of the wording folder
wording-not-language = '{ $dir }' is not a language folder
wording-not-language-help = the wording folder holds only fi/, sv/ and en/
wording-language-missing = message '{ $id }' is in { $lang } but not in { $missing }
wording-language-missing-help = every message of the wording is written in fi, sv and en, so that the notice translates itself: add '{ $id }' to a .ftl file in { $folders }
wording-variables-differ = message '{ $id }' uses { $vars } in { $lang } but { $first-vars } in { $first-lang }
wording-variables-differ-help = use the same $variables in every language
wording-extra-variables = message '{ $id }' replaces a built-in message but uses { $vars }, which seloste does not give it
wording-extra-variables-help = the built-in '{ $id }' has { $vars }; use only those (and $controllers, $contact-email, $contact-phone), or add a message under a new key
wording-no-variables = no variables
wording-refused-char = { $char } is { $why }{ $more ->
        [0] {""}
        [one] {" "}(and 1 more such character)
       *[other] {" "}(and { $more } more such characters)
    }
wording-prints-too-much = message '{ $id }' prints { $count } characters, more than { $max }
wording-prints-too-much-help = refer to fewer or shorter messages in it
wording-prints-refused-char = message '{ $id }' prints { $char }, which is { $why }
wording-cannot-format = message '{ $id }' cannot be formatted: { $detail }
wording-cannot-format-help = see the Fluent syntax guide at projectfluent.org
wording-cyclic = message '{ $id }' refers to itself, through itself or other messages
wording-cyclic-help = a message may use other messages, but none of them may lead back to it
wording-too-many-placeables = message '{ $id }' expands to too many placeables (Fluent formats at most 100 in a message, counting those of the messages it uses)
wording-too-many-placeables-help = write the text out rather than building it from messages that use messages
wording-no-message = message '{ $id }' uses {"{"} { $other } {"}"}, but there is no message '{ $other }'
wording-no-attribute = message '{ $id }' uses {"{"} { $other }.{ $attribute } {"}"}, but message '{ $other }' has no attribute '{ $attribute }'
wording-no-message-help = define that message in the wording (in fi, sv and en), or correct its name; `seloste catalog` lists the built-in ones
wording-no-term = message '{ $id }' uses {"{"} -{ $other } {"}"}, but there is no term '-{ $other }'
wording-no-term-help = define the term in the wording (in fi, sv and en), or correct its name
wording-no-function = message '{ $id }' calls { $function }(), which Fluent does not have
wording-no-function-help = the functions are NUMBER() and DATETIME()
wording-no-variable = message '{ $id }' needs ${ $variable } (itself or through a message it uses), which seloste does not give it
wording-no-variable-help = use only the message's own variables, and $controllers, $contact-email and $contact-phone
wording-no-value = message '{ $id }' uses '{ $other }', which has no text
wording-no-value-help = write the text of that message
wording-missing-default = message '{ $id }' has a select expression without a default variant
wording-missing-default-help = mark one variant as the default with *, e.g. *[other]
wording-message-too-deep = message '{ $id }' nests placeables deeper than { $max } levels
wording-file-too-deep = the file nests placeables deeper than { $max } levels
wording-too-deep-help = a message nests a placeable or a select expression in another two or three levels deep at most: write it flatter

# What seloste says about a model: the message of each finding of the GDPR
# rules (`seloste check`) and how to fix it (`-help`). Messages are written
# in lower case without a full stop; what the model holds (keys, names,
# country codes, TOML to write) is given as it is written in the model.
# Articles in this language's style: "Art. 13(1)(c)".

## Placeholders of the starter model
placeholder = the placeholder { $value } is not filled in
placeholder-help = replace it with the real value

## Purposes and legal bases
purpose-without-basis = the purpose { $purpose } has no legal basis
purpose-without-basis-help = add basis = "…": consent, contract, legal-obligation, vital-interests, public-task or legitimate-interests
legitimate-interest-not-stated = the purpose { $purpose } is based on legitimate interests but does not say which interest
legitimate-interest-not-stated-help = add interest = "…" (`seloste catalog --section interest` lists the keys) or own text {"{"} fi = "…" {"}"}
interest-without-legitimate-interests = the purpose { $purpose } states a legitimate interest, but its basis is { $basis }
interest-without-legitimate-interests-help = remove interest, or set basis = "legitimate-interests" if that is the basis
consent-without-withdrawal-purpose = the purpose { $purpose } is based on consent, but the notice does not say how consent is withdrawn
consent-without-withdrawal-clause = the clause { $clause } ({ $path }) relies on consent, but the notice does not say how consent is withdrawn
consent-without-withdrawal-help = add consent-withdrawal = "by-email" (or "unsubscribe-link", "same-way", "account-settings") at the top of the file
withdrawal-without-consent = consent-withdrawal is given, but nothing in the notice rests on consent, so it is not printed
withdrawal-without-consent-help = remove it, or set basis = "consent" on the purpose that rests on consent
contact-persons-without-interest = the notice names { $subjects } among the data subjects, but no purpose rests on a legitimate interest that covers them: they are not parties to the customer's contract, so the contract (Art. 6(1)(b)) is not a basis for their data
contact-persons-without-interest-help = add a purpose with basis = "legitimate-interests" and interest = "contact-persons", e.g. purpose = "contact-persons" (`seloste catalog --section purpose`)

## What the notice must say
no-retention = the notice does not say how long the data is kept
no-retention-help = add retention = ["…"] at the top of the file (`seloste catalog --section retention`), or own text with the period or the criteria
retention-criterion-not-stated = the retention period is said only as 'as long as necessary' (until-no-longer-needed), which does not tell the reader how long the data is kept
retention-criterion-not-stated-help = add the criterion that sets the period, e.g. retention = [{"{"} key = "customer-relationship-plus-years", years = 2 {"}"}, …] (`seloste catalog --section retention`), or own text with the period
no-data-categories-unnamed = the notice does not list the personal data processed, and no source is named, so it may come from others
no-data-categories-other = the notice does not list the personal data processed, and data comes from another source than the data subject ({ $source })
no-data-categories-help = add data = ["name", "contact-details", …] at the top of the file (`seloste catalog --section data`)
no-recipients = the notice names no recipients of the data
no-recipients-help = add disclosures = ["…"] under [recipients] or [[recipients.processors]] tables; if the data goes to nobody, write disclosures = ["none-regular"]
automated-decisions-not-addressed = the notice does not say whether automated decision-making or profiling is used
automated-decisions-not-addressed-help = add automated-decisions = "none" at the top of the file, or own text describing the logic involved and its consequences
requirement-not-stated = the notice does not say whether the data must be provided, or what follows if it is not
requirement-not-stated-help = add requirement = "contract" (or "voluntary", …) at the top of the file
consequences-not-stated = the notice says that the data must be provided, but not what follows if it is not
consequences-not-stated-help = add requirement-consequences = ["…"] at the top of the file (`seloste catalog --section consequence`)
no-sources = the notice does not say where the personal data comes from
no-sources-help = list the sources, e.g. sources = ["customer", "ytj"] (`seloste catalog --section source`); if everyone gives their own data, write sources = ["data-subject"]
public-source-not-marked = '{ $source }' is a public register, but the source is not marked public
public-source-not-marked-help = write it as {"{"} source = "{ $source }", public = true {"}"}

## Transfers outside the EU/EEA
transfer-without-ground = the processor '{ $processor }' processes the data in { $country }, which has no adequacy decision in force that the notice relies on, and no safeguard covers the transfer
transfer-without-ground-help = add [[transfers.countries]] with country = "{ $country }" and grounds = ["standard-contractual-clauses"] (or another ground: `seloste catalog --section safeguard`)
adequacy-decision-not-in-force = the transfer to { $country } rests on { $ground }, but the Commission has no such adequacy decision in force for that country
adequacy-decision-not-in-force-help = name an Art. 46 safeguard instead, e.g. "standard-contractual-clauses", and say how a copy is obtained (copy = "on-request" under [transfers])
transfer-without-safeguard = data is transferred outside the EU/EEA, but no safeguard is named
transfer-without-safeguard-copy = data is transferred outside the EU/EEA, but no safeguard is named: a copy of the safeguards on request is not a safeguard itself
transfer-without-safeguard-help = list them, e.g. safeguards = ["standard-contractual-clauses"] (`seloste catalog --section safeguard`)
safeguard-copy-not-offered = the transfer rests on { $safeguard }, an appropriate safeguard of Art. 46, but the notice does not say how to obtain a copy of it
safeguard-copy-not-offered-help = add copy = "on-request" under [transfers] (`seloste catalog --section copy`), or own text saying how the copy is obtained
processor-outside-eea-undeclared = the processor '{ $processor }' processes the data in { $country }, outside the EU/EEA, but transfers.outside-eea is false
processor-outside-eea-undeclared-help = set outside-eea = true under [transfers] and list the safeguards
country-outside-eea-undeclared = data is transferred to { $country }, outside the EU/EEA, but transfers.outside-eea is false
country-outside-eea-undeclared-help = set outside-eea = true under [transfers]
processor-country-unknown = the processor '{ $processor }' does not say where it processes the data, but the notice says that nothing is transferred outside the EU/EEA
processor-country-unknown-help = add country = "…" (ISO 3166 code) to the processor; if it processes the data outside the EU/EEA, set outside-eea = true under [transfers] and list the safeguards
processor-country-unknown-transfer = the processor '{ $processor }' does not say where it processes the data, and the notice says that data is transferred outside the EU/EEA: the reader cannot tell whether this processor's data leaves the EU/EEA, nor on which ground
processor-country-unknown-transfer-help = add country = "…" (ISO 3166 code) to the processor; if the country is outside the EU/EEA, name its ground in [[transfers.countries]]
safeguards-without-transfer = safeguards for transfers are listed, but transfers.outside-eea is false: the notice would say that nothing leaves the EU/EEA and then list grounds for transfers
safeguards-without-transfer-help = set outside-eea = true under [transfers] if data is transferred, or remove safeguards

## The controller, the contact and the officer
no-contact-empty = the contact for requests has no email address
no-contact-unusable = the contact for requests has no usable email address: '{ $email }'
no-contact-help = write the address where requests concerning the register are answered, e.g. email = "tietosuoja@example.fi"
contact-phone-missing = '{ $clause }' prints the contact's telephone number, but contact.phone is not given
contact-phone-missing-help = add phone = "…" under [contact], or choose a clause without a telephone number
representative-missing = the controller '{ $controller }' is established outside the EU/EEA ({ $country }), but no representative in the Union is named
representative-missing-help = add an [eu-representative] table with name, address and email
no-business-id = the controller '{ $controller }' is identified by no business ID or other registration
no-business-id-help = add business-id = "1234567-1" (from YTJ), or registration = {"{"} label = …, number = … {"}"} for another register's number
eu-representative-in-eea = a representative in the Union is named, but every controller is established in the EU/EEA, and only a controller outside it has one (Art. 27)
eu-representative-in-eea-help = if this is the contact person for data protection matters, give the details under [contact]; otherwise remove [eu-representative]
joint-arrangement-missing = { $count } controllers keep the register jointly, but the essence of their arrangement is not given
joint-arrangement-missing-help = add [joint-controllers] with arrangement = "shared-contact" (or own text saying who answers data subjects) and contact-point = "<a controller's name>"
joint-arrangement-single = an arrangement of joint controllers is given, but only one controller is named
joint-arrangement-single-help = add the other controllers as [[controllers]] tables, or remove [joint-controllers]
dpo-required-missing = a data protection officer is required, but no [dpo] is given
dpo-required-missing-help = add a [dpo] table with the officer's email, e.g. email = "dpo@example.fi"
dpo-consider-public-task = no data protection officer is named, and the model describes processing in the public interest, as public authorities and bodies do (Art. 37(1)(a)): a DPO may be required
dpo-consider-surveillance = no data protection officer is named, and the model describes surveillance, which is regular and systematic monitoring (Art. 37(1)(b)): a DPO may be required
dpo-consider-communications = no data protection officer is named, and the model describes traffic or location data of electronic communications, the core of a telecoms operator's processing and regular and systematic monitoring (Art. 37(1)(b)): a DPO may be required
dpo-consider-monitoring = no data protection officer is named, and the model describes data from monitoring people's behaviour (Art. 37(1)(b)): a DPO may be required
dpo-consider-help = if a DPO is required, add [dpo] with the officer's email; if you have assessed that none is, record it with dpo-required = false

## Practices
recording-without-purpose = the notice says that calls or messages are recorded, but not why
recording-without-purpose-help = add purposes = ["…"] under [recording] (`seloste catalog --section recording`)
recording-without-retention = the notice says that calls or messages are recorded, but not how long the recordings are kept
recording-without-retention-help = add retention = "until-transaction-verified" (or another clause, or own text) under [recording]
recording-not-described = the notice says that calls are recorded, but not why or how long the recordings are kept
recording-not-described-help = add a [recording] table: recorded = ["calls"], purposes = ["purpose-verify-transactions"] and retention = {"{"} key = "kept-months", months = 6 {"}"} (clauses or own text)
camera-recordings-kept-long = camera recordings are kept for longer than 72 hours, and the notice does not say why
camera-recordings-kept-long-help = say why the recordings are needed for longer (add "kept-longer-incidents-found-late" to surveillance, or own text with the reason), or keep them for a few days (EDPB Guidelines 3/2019, paragraph 121)
use-without-purpose = the notice says that this processing takes place, but no purpose covers it, so the reader is not told why or on what legal basis (its purpose is '{ $purpose }')
use-without-purpose-help = add [[purposes]] with purpose = "{ $purpose }" and its basis
directory-without-refusal = data is published or disclosed unless the data subject refuses, but the notice does not say how to refuse
directory-without-refusal-help = add refusal = "…" under [directories] (`seloste catalog --section refusal`)
post-without-address = requests may be posted, but the notice has no postal address to print
post-without-address-help = add [requests.post-to] with name, street, postal-code and city (or the contact's street, postal-code and city)
analytics-without-consent = a third-party analytics or advertising service is named, but the cookies section does not say that its cookies are used only with consent
analytics-without-consent-help = add "consent-banner" to cookies (and consent-withdrawal), or own text saying how consent is asked
analytics-retention-not-stated = a web analytics or advertising service is named, but not how long the data it collects is kept
analytics-retention-not-stated-help = add {"{"} key = "analytics-months", months = 14 {"}"} to retention (the retention period set in the service's settings), or own text
special-without-condition = special categories of personal data are listed, but no condition of Art. 9(2) that permits processing them
special-without-condition-help = add conditions = ["…"] under [special-categories] (`seloste catalog --section condition`)
identity-code-without-ground = the personal identity code is processed, but the notice does not say on which ground of section 29 of the Data Protection Act (1050/2018)
identity-code-without-ground-help = add identity-code = ["…"] at the top of the file (`seloste catalog --section identity-code`)

## Own texts
own-text-too-short = own text is shorter than a sentence: { $texts }
own-text-too-short-help = write at least one full sentence, or use a catalogue clause (`seloste catalog --section { $section }`)
list-item-style = list item is not written in the notice's list style: { $items }
list-item-lower-case = { $lang } '{ $text }' starts with a lower-case letter
list-item-full-stop = { $lang } '{ $text }' ends with a full stop
list-item-style-help = list items start with a capital letter and have no full stop, in every language, as the catalogue's do (docs/model.md, "List style"); a name that starts in lower case is left as written when given as {"{"} all = "…" {"}"}
outdated = the notice was last updated on { $updated }, more than two years before today ({ $today })
outdated-help = review the notice against what you do today, then set updated (and version) to the date of the review

## Languages of own text
language-missing = own text has no { $lang } version (it has: { $has })
language-missing-fallback = own text has no { $lang } version, nor one in the fallback language { $fallback } (it has: { $has })
language-missing-help = add `{ $lang } = "…"` to this text (`seloste translate MODEL --to { $lang }` lists every text to translate), use a catalogue key that translates itself, or render with --fallback LANG to print another language, marked

## The frame of a report
report-error = error
report-warning = warning
report-help = help
report-note = note
report-gdpr = GDPR { $article }
report-see = see GDPR { $article }
report-no-findings = no findings
report-errors = { $count ->
    [one] 1 error
   *[other] { $count } errors
}
report-warnings = { $count ->
    [one] 1 warning
   *[other] { $count } warnings
}

## The command line's last words
cli-not-passed = { $file } does not pass the check
cli-not-passed-many = { $failed } of { $count } models do not pass the check
cli-not-printed = the notice is not printed, nothing was written
cli-nothing-written = nothing was written

## Rules of issue 23
requirement-contradicts-basis = the notice says that providing the data is voluntary, but the purpose { $purpose } rests on a legal obligation, which requires data by law
requirement-contradicts-basis-help = say which data is required: requirement = "partly" (or "law", or own text), or correct the purpose's basis
analytics-outside-eea-undeclared = the clause '{ $clause }' says that the service may transfer data to the United States, but transfers.outside-eea is false: the notice would contradict itself
analytics-outside-eea-undeclared-help = set outside-eea = true under [transfers] and add [[transfers.countries]] with country = "US" and its grounds (e.g. grounds = ["data-privacy-framework"])
signed-request-only = a signed written request is the only way the notice offers to make a request, but a controller must make it easy to use the rights and cannot demand one form (Art. 12(2))
signed-request-only-help = add another way to procedure under [requests], e.g. "by-email" or "in-person"

## Validation
example-business-id = the business ID of controller '{ $controller }' is { $id }, seloste's example, not the controller's own
example-business-id-help = copy the controller's business ID (Y-tunnus) from the Business Information System (YTJ)

## Reading a model written by hand
toml-date-written-finnish = the date { $value } is written as dates are in Finnish; a model writes dates year first
toml-date-written-finnish-help = write { $line }
toml-number-as-text = { $value } is written as a number, but this field takes text
toml-number-as-text-help = put it in quotation marks: { $line }
toml-quote-in-text = a quotation mark inside a text ends the text
toml-quote-in-text-help = write the text in single quotation marks, or each quotation mark inside it as \": { $line }
top-level-field-in-table = `{ $field }` belongs at the top of the file, but here it is read as a field of [{ $table }]
top-level-field-in-table-help = move the line above the first [table] header of the file: a line under a header belongs to that table ({ $field } = … at the top)
translation-stale = the { $lang } text was translated from the { $from } text, which has been changed since: the two may no longer say the same
translation-stale-help = have it translated again: remove the { $lang } text and its { $lang }-from, then `seloste translate --to { $lang }` and `--merge` the translation

# What each rule of `seloste check` checks and how to fix what it finds:
# the rule table of the README (`-checks`, `-fix`) and `seloste check --explain RULE`.
# Full sentences with a full stop; keys, field names and TOML as written in the model.
# Articles in this language's style: "Art. 13(1)(c)".

rule-purpose-without-basis-checks = Every purpose has a legal basis under Art. 6(1).
rule-purpose-without-basis-fix = Add `basis` to the purpose: consent, contract, legal-obligation, vital-interests, public-task or legitimate-interests.
rule-legitimate-interest-not-stated-checks = A purpose based on legitimate interests states the interest pursued.
rule-legitimate-interest-not-stated-fix = Add `interest` to the purpose: a catalogue key (`seloste catalog --section interest`) or own text.
rule-interest-without-legitimate-interests-checks = A purpose that states a legitimate interest is based on legitimate interests (otherwise the notice names two contradicting bases).
rule-interest-without-legitimate-interests-fix = Remove `interest`, or set `basis = "legitimate-interests"` if that is the basis.
rule-consent-without-withdrawal-checks = When a purpose is based on consent, or a clause relies on it (consent-based cookies), the notice says how consent is withdrawn (`consent-withdrawal`, or `requests.withdrawal`); the right itself is printed with the rights.
rule-consent-without-withdrawal-fix = Add `consent-withdrawal`, e.g. "by-email" or "unsubscribe-link" (`seloste catalog --section withdrawal`).
rule-withdrawal-without-consent-checks = `consent-withdrawal` is given only when a purpose is based on consent or a clause relies on it (it is not printed otherwise).
rule-withdrawal-without-consent-fix = Remove `consent-withdrawal`, or give the purpose that rests on consent `basis = "consent"`.
rule-contact-persons-without-interest-checks = When the data subjects include persons whose data comes with an organisation's contract without their being a party to it (`customer-contacts`, `customer-users`, `customer-technical-contacts`, `partner-contacts`, `supplier-contacts`, `company-representatives`), a purpose rests on a legitimate interest that covers them (`interest = "contact-persons"` or `"customer-relationship"`, or own text): the contract (Art. 6(1)(b)) covers only its parties.
rule-contact-persons-without-interest-fix = Add `[[purposes]]` with `purpose = "contact-persons"`, `basis = "legitimate-interests"` and `interest = "contact-persons"`.
rule-no-retention-checks = The notice says how long the data is kept, or the criteria for it.
rule-no-retention-fix = Add `retention`, e.g. `[{"{"} key = "customer-relationship-plus-years", years = 2 {"}"}, "accounting-law"]` (`seloste catalog --section retention`).
rule-retention-criterion-not-stated-checks = A retention period is more than "as long as necessary": when `until-no-longer-needed` is the only entry of `retention` besides a period set by law (`accounting-law`), the notice names the criterion that sets the period, such as the end of the customer relationship or the contract and the time after it (WP260 rev.01: stating that data is kept as long as necessary is not enough).
rule-retention-criterion-not-stated-fix = Add the criterion to `retention`, e.g. `{"{"} key = "customer-relationship-plus-years", years = 2 {"}"}` (`seloste catalog --section retention`), or own text with the period.
rule-no-data-categories-checks = The notice lists the categories of personal data processed whenever any of it comes from a source other than the data subject (every source but `data-subject`, or no source named).
rule-no-data-categories-fix = Add `data` (`seloste catalog --section data`).
rule-no-recipients-checks = The notice names the recipients: regular disclosures or processors, or says that there are none.
rule-no-recipients-fix = Add `recipients.disclosures` or `[[recipients.processors]]`; if the data goes to nobody, write `disclosures = ["none-regular"]`.
rule-automated-decisions-not-addressed-checks = The notice says whether automated decision-making, including profiling, is used.
rule-automated-decisions-not-addressed-fix = Add `automated-decisions = "none"`, or own text describing the logic and its consequences.
rule-requirement-not-stated-checks = The notice says whether providing the data is a statutory or contractual requirement, and what follows from not providing it.
rule-requirement-not-stated-fix = Add `requirement`, e.g. "contract" or "voluntary" (`seloste catalog --section requirement`).
rule-requirement-contradicts-basis-checks = A notice that says providing the data is voluntary (`requirement = "voluntary"`) has no purpose based on a legal obligation, which requires data by law: the two would contradict each other.
rule-requirement-contradicts-basis-fix = Say which data is required: `requirement = "partly"` (or "law", or own text), or correct the purpose's basis.
rule-transfer-without-ground-checks = Every processor outside the EU/EEA has a ground for the transfer to its country: an adequacy decision in force for that country, an Art. 46 safeguard or an Art. 49 derogation, in `transfers.countries` or `transfers.safeguards`.
rule-transfer-without-ground-fix = Add the country to `transfers.countries` with its grounds, e.g. `grounds = ["standard-contractual-clauses"]`, or name an Art. 46 safeguard in `transfers.safeguards`.
rule-adequacy-decision-not-in-force-checks = A transfer in `transfers.countries` rests on an adequacy decision only for a country that has one in force (the Data Privacy Framework only for the United States).
rule-adequacy-decision-not-in-force-fix = Name another ground for the country, e.g. `standard-contractual-clauses` with `transfers.copy`, or correct the country.
rule-no-contact-checks = The contact for requests has a usable email address (something@domain.tld).
rule-no-contact-fix = Give `contact.email`, the address where requests concerning the register are answered.
rule-contact-phone-missing-checks = A clause that prints the contact's telephone number (e.g. `rights-request = "by-email-or-phone"`) has one to print: `contact.phone` is given.
rule-contact-phone-missing-fix = Add `contact.phone`, or choose a clause that does not promise a telephone number.
rule-representative-missing-checks = A controller established outside the EU/EEA names its representative in the Union.
rule-representative-missing-fix = Add an `[eu-representative]` table with the representative's name and address.
rule-no-business-id-checks = Each controller is identified by a registration: a business ID (Y-tunnus), or another register's number (`registration`), as an association or a foreign controller has.
rule-no-business-id-fix = Add `business-id`, or `registration = {"{"} label = "association-register", number = "…" {"}"}`; a controller that has neither may leave the warning.
rule-eu-representative-in-eea-checks = A representative in the Union is named only for a controller established outside the EU/EEA: the contact person of a controller in the EU/EEA is `[contact]`.
rule-eu-representative-in-eea-fix = Move the details to `[contact]` (the contact for data protection matters), or remove `[eu-representative]`.
rule-joint-arrangement-missing-checks = Several controllers, which the notice calls joint controllers, make the essence of their arrangement available (`joint-controllers.arrangement`).
rule-joint-arrangement-missing-fix = Add `[joint-controllers]` with `arrangement` (e.g. `"shared-contact"`) and the `contact-point` for data subjects.
rule-joint-controllers-alone-checks = `[joint-controllers]` is given only with two or more controllers.
rule-joint-controllers-alone-fix = Add the other controllers as `[[controllers]]`, or remove `[joint-controllers]`.
rule-dpo-missing-checks = When the model says a data protection officer is required (`dpo-required = true`), the DPO's contact details are given.
rule-dpo-missing-fix = Add a `[dpo]` table with the DPO's email (and name, telephone).
rule-dpo-consider-checks = No DPO is named and none is ruled out, but the model shows processing that may require one: the public-task basis, surveillance, monitoring data (usage-data, camera-recordings, call-recordings, access-control-events), or the traffic and location data of electronic communications (traffic-data, location-data).
rule-dpo-consider-fix = If a DPO is required, add `[dpo]`; if you have assessed that none is, record it with `dpo-required = false`.
rule-recording-incomplete-checks = A `[recording]` table says why calls or messages are recorded (`purposes`) and how long the recordings are kept (`retention`); a notice that names recorded calls as a source or a data category has one.
rule-recording-incomplete-fix = Add `purposes`, e.g. `["purpose-verify-transactions"]`, and `retention`, e.g. `"until-transaction-verified"` (`seloste catalog --section recording`).
rule-camera-recordings-kept-long-checks = The notice says why camera recordings are kept for longer than 72 hours (`surveillance`: `equipment-rooms`, `recordings-kept-days` or `recordings-kept-years`): recordings should in most cases be erased after a few days, and a longer period needs its reason (EDPB Guidelines 3/2019 on video devices, paragraph 121).
rule-camera-recordings-kept-long-fix = Add `"kept-longer-incidents-found-late"` to `surveillance`, or own text with the reason; or keep the recordings for at most three days.
rule-use-without-purpose-checks = A processing that a section describes is among the purposes with its legal basis: call recording (`recording.recorded`) as `call-recording`, training with the recordings (`recording.training`) as `staff-training`, and each published list (`directories.published`) as its purpose: `subscriber-directories`, `mailing-list-disclosure`, `membership-register`. With a purpose in own text the rule cannot judge and keeps quiet.
rule-use-without-purpose-fix = Add `[[purposes]]` with the purpose the warning names and its `basis`.
rule-directory-refusal-not-stated-checks = When data is published in directories or disclosed for mailing lists unless refused (`directories.published`), the notice says how to refuse (`directories.refusal`).
rule-directory-refusal-not-stated-fix = Add `refusal` under `[directories]`, e.g. `"customer-service"` (`seloste catalog --section refusal`).
rule-request-address-missing-checks = When requests may be posted (`requests.procedure` has `by-post`), the notice prints where to: `requests.post-to`, or the contact's street address.
rule-request-address-missing-fix = Add `[requests.post-to]` with name, street, postal code and city, or the contact's `street`, `postal-code` and `city`.
rule-signed-request-only-checks = A signed written request (`in-writing-signed`) is offered as one way among others: a controller must make it easy to use the rights and cannot demand one form, so `requests.procedure` also offers `by-email`, `in-person` or `access-form`.
rule-signed-request-only-fix = Add another way to `requests.procedure`, e.g. "by-email".
rule-analytics-without-consent-checks = When a third-party analytics or advertising service is named (`analytics`), the cookies section says that its cookies are used only with consent (storing them needs it under section 205 of the Act on Electronic Communications Services, 917/2014).
rule-analytics-without-consent-fix = Add `"consent-banner"` (or `"analytics-with-consent"`, or own text) to `cookies`, and `consent-withdrawal`.
rule-analytics-retention-not-stated-checks = When a web analytics or advertising service is named (`analytics`), the retention periods say how long the data it collects is kept.
rule-analytics-retention-not-stated-fix = Add `{"{"} key = "analytics-months", months = 14 {"}"}` to `retention` (the period set in the service's settings), or own text.
rule-requirement-consequence-not-stated-checks = A requirement that names only its form (`law`, `contractual`, `to-enter-contract`, `partly`) comes with the possible consequences of not providing the data (`requirement-consequences`).
rule-requirement-consequence-not-stated-fix = Add `requirement-consequences`, e.g. `["no-contract"]` (`seloste catalog --section consequence`).
rule-source-not-named-checks = The notice names where the personal data comes from: at least one source (any source other than the data subject means Art. 14 applies, and it must be named).
rule-source-not-named-fix = List the sources (`seloste catalog --section source`); if everyone gives their own data, write `sources = ["data-subject"]`.
rule-public-source-not-marked-checks = A catalogue source that is a public register (ytj, prh, prh-associations, vies, tieke) is marked `public = true`, so that the notice says it is publicly accessible.
rule-public-source-not-marked-fix = Write the source as a table with `public = true`.
rule-special-category-without-condition-checks = Special categories of personal data (`special-categories.data`) are processed only under a condition of Art. 9(2), which the notice names (`special-categories.conditions`).
rule-special-category-without-condition-fix = Add the condition, e.g. `conditions = ["explicit-consent"]` (`seloste catalog --section condition`), or remove the special categories if you do not process them.
rule-identity-code-ground-not-stated-checks = When the personal identity code is among the data (`identity-code`, `identity-code-or-business-id`), the notice says on which ground of section 29 of the Data Protection Act (1050/2018) it is processed (`identity-code`).
rule-identity-code-ground-not-stated-fix = Add `identity-code`, e.g. `["credit-collection"]` (`seloste catalog --section identity-code`).
rule-own-text-too-short-checks = Own text where the notice needs a sentence (retention, disclosures, transfers, safeguards, …) is at least one: three words or more, ending with `.`, `!` or `?`.
rule-own-text-too-short-fix = Write out the sentence, or use a catalogue clause (`seloste catalog`).
rule-list-item-style-checks = Own text printed as a list item (purposes, data, data subjects, sources, systems, services, security measures) follows the catalogue's list style in every language: it starts with a capital letter, and a noun phrase has no closing full stop.
rule-list-item-style-fix = Start the item with a capital letter and leave out the full stop; a name that is written in lower case ("eKirjasto") is written as {"{"} all = "…" {"}"} or starts with it.
rule-outdated-checks = `document.updated` is at most two years before today: an older notice has probably drifted from the processing it describes.
rule-outdated-fix = Review the notice against the processing today and set `document.updated` (and `version`) to the date of the review.
rule-language-incomplete-checks = Every own text has every language of the documents asked for (by default, those `document.languages` promises), or the fallback language.
rule-language-incomplete-fix = Add the missing language to the text, use a catalogue key (which translates itself), render with --fallback LANG, or stop promising the language.
rule-translation-stale-checks = Each translation of an own text that `seloste translate --merge` made (recorded beside it as `sv-from = "fi:1a2b3c4d"`, the source language and a fingerprint of its text) still has the source it was made from: a source edited since makes the translation stale.
rule-translation-stale-fix = Have the text translated again: remove the stale language and its `-from`, then `seloste translate --to LANG` and `--merge`.
rule-transfer-without-safeguard-checks = Transfers outside the EU/EEA (`transfers.outside-eea = true`) name at least one ground for them, in `transfers.safeguards` or `transfers.countries`: an adequacy decision, standard contractual clauses, binding corporate rules, … (`copy-on-request` says how to get a copy of the safeguards; it is not one).
rule-transfer-without-safeguard-fix = List the safeguards in `transfers.safeguards` (`seloste catalog --section safeguard`).
rule-safeguard-copy-not-offered-checks = When a transfer rests on appropriate safeguards of Art. 46 (standard contractual clauses, binding corporate rules), the notice says how to obtain a copy of them (`transfers.copy`, or `copy-on-request` among the safeguards).
rule-safeguard-copy-not-offered-fix = Add `copy = "on-request"` under `[transfers]` (`seloste catalog --section copy`), or own text saying how the copy is obtained.
rule-transfer-not-declared-checks = No processor processes the data outside the EU/EEA, no country of `transfers.countries` is outside it, and no analytics clause says that the service transfers data to the United States, while `transfers.outside-eea` is false (the notice would then say that nothing leaves the EU/EEA).
rule-transfer-not-declared-fix = Set `transfers.outside-eea = true` and name the safeguards, or correct the processor's country.
rule-processor-location-unknown-checks = Every processor says where it processes the data (`country`). While `transfers.outside-eea` is false, the notice says that nothing leaves the EU/EEA, which cannot be judged for a processor whose location is unknown; while it is true, the reader must be able to tell which processor's data leaves the EU/EEA and on which ground (Art. 13(1)(f) asks it of each transfer).
rule-processor-location-unknown-fix = Give the processor's `country` (ISO 3166 code); if it processes the data outside the EU/EEA, set `transfers.outside-eea = true` and name the safeguards.
rule-safeguard-without-transfer-checks = Safeguards are named only when data is transferred outside the EU/EEA (`transfers.outside-eea = true`); otherwise the notice would say that nothing leaves the EU/EEA and list grounds for transfers all the same.
rule-safeguard-without-transfer-fix = Set `transfers.outside-eea = true` if data is transferred, or remove `transfers.safeguards`.
rule-placeholder-not-filled-checks = No value is still a placeholder written in angle brackets, "<…>", as the starter model of `seloste init` has them.
rule-placeholder-not-filled-fix = Replace the placeholder with the real value.
rule-invalid-model-checks = The file can be read and parsed, and passes validation: catalogue keys exist and get the values they need, business IDs have the right check digit, country codes are known, and the files the model names (logo, wording) are in its folder.
rule-invalid-model-fix = Follow the message; `docs/model.md` describes every field.

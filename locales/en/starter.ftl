### seloste: comments and placeholders of the starter model that `seloste init` writes (English).
### fi, sv and en have exactly the same message ids. Plain messages only, one line each:
### seloste wraps them into TOML comments.

## Comments

starter-intro = A privacy notice model for seloste. It starts as the notice of an ordinary customer register: adapt it to what you really do.
starter-placeholders = Replace every value in angle brackets <…> with your own. `seloste check` names any that is left, and anything else the GDPR requires.
starter-texts = Most texts are keys of the standard clause catalogue, which translate themselves into Finnish, Swedish and English; `seloste catalog --section purpose` lists the keys of a section. Your own wording is written per language, for example:
starter-order = Top-level keys come first: in TOML, a key written after a [table] header belongs to that table.
starter-data = The personal data you process (Art. 14(1)(d)). Keys: seloste catalog --section data
starter-subjects = Whose data it is. Keys: seloste catalog --section subject
starter-retention = How long the data is kept, or the criteria that decide it (Art. 13(2)(a)).
starter-automated = Automated decision-making and profiling (Art. 13(2)(f)): "none" when you make no such decisions.
starter-requirement = Whether people must give their data, and what follows if they do not (Art. 13(2)(e)).
starter-request = How people make requests concerning their rights; the address is the contact's email below.
starter-dpo = If you have a data protection officer, add a [dpo] table with name and email. If you have assessed that you need none, you can record it with dpo-required = false.
starter-document = The document: the register's name, the date of this version, and the languages the notice is available in.
starter-languages = Catalogue keys translate themselves: add "sv" and "en" to offer the notice in Swedish and English too.
starter-controller = The controller (Art. 13(1)(a)). If there is no business ID (an association, for example), remove business-id and, if there is one, give another register number: registration, with label and number. If the controller is entered in the VAT register, add vat = true and the VAT number is printed. For joint controllers, repeat the [[controllers]] table and describe the essence of the arrangement in a [joint-controllers] table (Art. 26(2)).
starter-contact = Where people send their requests concerning the register.
starter-purposes = The purposes of processing, each with its legal basis (Art. 13(1)(c)): consent, contract, legal-obligation, vital-interests, public-task or legitimate-interests, which also needs interest = "…". Keys: seloste catalog --section purpose
starter-sources = Where the data comes from (Art. 14(2)(f)); mark a public register with public = true.
starter-recipients = Who receives the data (Art. 13(1)(e)): regular disclosures, and processors as [[recipients.processors]] tables, each with the country where it processes the data.
starter-transfers = Whether data is transferred outside the EU/EEA (Art. 13(1)(f)). If it is, set outside-eea = true and list the safeguards; with standard contractual clauses or binding corporate rules, add copy-on-request.
starter-security = How the register is protected: paper records and electronically processed data.
starter-more-sections = More sections, when they apply (docs/model.md describes each): [requests] for how each right is used (in writing, by post to a named person, proof of identity, languages); [recording] for recorded customer service calls; [directories] for directories and mailing lists; analytics = […] for named web analytics services; [special-categories] for Art. 9 and 10 data; identity-code = […] when you process personal identity codes; further-processing, requirement-consequences and manual-material. Keys: seloste catalog

## Placeholders, written between angle brackets

starter-ph-name = the organisation's registered name
starter-ph-business-id = Business ID, e.g. 1234567-1
starter-ph-street = street address
starter-ph-postal-code = postal code
starter-ph-city = post town
starter-ph-email = the organisation's email address
starter-ph-contact-name = name of the contact person or unit
starter-ph-contact-email = email address for requests concerning the register

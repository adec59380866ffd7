### seloste: fixed texts of the notice (English).
### fi, sv and en have exactly the same message ids and variables.
### Plain messages only: no terms, no attributes.

## Document

doc-title = Privacy notice
doc-subtitle = Information under Articles 13 and 14 of the EU General Data Protection Regulation (Regulation (EU) 2016/679)

## Letterhead, footer and signature labels

label-updated = Updated
label-version = Version
# The page number in the footer: "Page 1 of 5". $page is this page's number,
# $total the number of pages.
label-page = Page { $page } of { $total }
label-name = Name
label-business-id = Business ID
label-vat = VAT number
label-address = Address
label-phone = Telephone
label-email = Email
label-web = Website
label-place-date = Place and date
label-signature = Signature
# The place and date line of the signature block: "Järvenpää, 1 May 2023".
signature-place-date = { $place }, { $date }
# The signature field's description for screen readers; $signer is the signer's name.
label-signature-field = Electronic signature field: { $signer }
# The description of the model file attached to the PDF.
attachment-model = The source file (seloste model) this privacy notice PDF was made from
label-dpo = Data protection officer
label-representative = Representative in the Union
label-organisation = Organisation
# Joins the last two names of a list: "A, B and C".
joiner-and = and

# $day, $month, $year are numbers: "1 May 2023".
date =
    { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { NUMBER($year, useGrouping: "false") }

# An address on one line: $address is "Niittykatu 28, 04410 Järvenpää", $country-code
# the ISO code of its country and $country the country's name. An English notice
# may be read abroad, so the country is always written.
address-line =
    { $country-code ->
       *[other] { $address }, { $country }
    }

# Printed after an own text that the model lacks in this language and that is
# given in another ($lang: fi, sv or en) instead (seloste render --fallback).
fallback-marker =
    { $lang ->
        [fi] (in Finnish)
        [sv] (in Swedish)
       *[en] (in English)
    }

## Section headings

heading-controller =
    { $count ->
        [one] Controller
       *[other] Controllers
    }
heading-contact = Contact for data protection matters
heading-register = Name of the register
heading-purposes = Purposes and legal bases of the processing
heading-data = Personal data we process
heading-subjects = Categories of data subjects
heading-sources = Regular sources of personal data
heading-recipients = Recipients and regular disclosures of personal data
heading-transfers = Transfers of personal data outside the European Economic Area (EEA)
heading-retention = Retention period
heading-surveillance = Surveillance and recordings
# $cookies: no when the section speaks only of web analytics, not of cookies.
heading-cookies =
    { $cookies ->
        [no] Web analytics
       *[yes] Cookies and web analytics
    }
heading-automated = Automated decision-making and profiling
heading-requirement = Providing your personal data
heading-rights = Your rights as a data subject
heading-objection = Right to object to processing
heading-complaint = Right to lodge a complaint with a supervisory authority
heading-security = Security principles
heading-systems = Information systems used

## Controllers

# $controllers: the names joined, e.g. "ILJOJA Networks and ILJOJA Oy".
text-several-controllers = The register is kept jointly by { $controllers }, which are its joint controllers.
# The controller that is the contact point for data subjects (Art. 26(1)); $name is its name.
text-joint-contact-point = The contact point for data subjects is { $name }.
# Art. 26(3), printed with every arrangement of joint controllers.
text-joint-rights = Irrespective of the terms of the arrangement, data subjects may exercise their rights in respect of and against each of the controllers.

## Legal bases (GDPR Art. 6(1))

basis-consent = Consent (Article 6(1)(a))
basis-contract = Performance of a contract (Article 6(1)(b))
basis-legal-obligation = Legal obligation (Article 6(1)(c))
basis-vital-interests = Protection of vital interests (Article 6(1)(d))
basis-public-task = Task carried out in the public interest or in the exercise of official authority (Article 6(1)(e))
basis-legitimate-interests = Legitimate interests (Article 6(1)(f))
# Lead-in before the stated legitimate interest.
label-legitimate-interest = Legitimate interest:
# A purpose with its legitimate interest, as one list item.
item-purpose-interest = { $purpose } (legitimate interest: { $interest })

## Sources

# Marker appended to a publicly accessible source.
label-public-source = public source

## Recipients and processors

# $roles: processors when every row is a processor, controllers when every row is an independent
# controller, mixed otherwise (the independent controllers are then marked in the table).
text-processors-intro =
    { $roles ->
        [controllers] The following service providers receive data to provide their services and process it as independent controllers, for their own purposes and on their own responsibility; their own privacy policies describe that processing.
        [mixed] We use the service providers listed below. Processors process the data only on our behalf and on our instructions. The service providers marked in the table as independent controllers process the data they receive for their own purposes and on their own responsibility; their own privacy policies describe that processing.
       *[processors] Some of the processing is outsourced to service providers which process the data on our behalf as processors.
    }
label-processor-service = Service
label-processor-name = Provider
label-role-processor = Processor
label-role-controller = Independent controller
# The mark under the name of a recipient in the processors' table that is an
# independent controller.
text-independent-controller = (independent controller)
label-processor-country = Country of processing
label-processor-policy = Privacy policy

## Transfers

# Printed when the model says nothing else about transfers.
text-no-transfers = Personal data is not transferred or disclosed outside the EEA.

## Security

label-security-manual = Paper records
label-security-electronic = Electronically processed data

## Rights of the data subject

text-rights-intro = As a data subject you have the following rights under the General Data Protection Regulation. Exercising them is generally free of charge.
right-access = You have the right to know whether personal data about you is being processed, and the right to access your data and receive a copy of it (Article 15).
right-rectification = You have the right to have inaccurate data about you rectified and incomplete data completed without undue delay (Article 16).
right-erasure = You have the right to ask for your data to be erased, for example when it is no longer needed for the purpose for which it was collected or when it has been processed unlawfully. Data that we are required by law to keep is not erased, however (Article 17).
right-restriction = You have the right to ask for the processing of your data to be restricted, for example while the accuracy of the data is being checked (Article 18).
right-portability = Where the processing is based on your consent or on a contract and is carried out by automated means, you have the right to receive the data you have provided yourself in a structured, commonly used and machine-readable format and to transmit it to another controller (Article 20).
right-withdraw-consent = Where the processing is based on your consent, you have the right to withdraw your consent at any time. Withdrawal does not affect the lawfulness of processing carried out before it (Article 7(3)).
right-object = You have the right to object to the processing of your data. This right is described separately in its own section (Article 21).

## Right to object (GDPR Art. 21), printed separately and clearly

# $public: yes when a purpose rests on a task in the public interest or official authority
# (Art. 6(1)(e)), which Art. 21(1) then names beside legitimate interests.
text-objection =
    { $public ->
        [yes] You have the right to object at any time, on grounds relating to your particular situation, to processing of personal data about you that is based on legitimate interests or on the performance of a task carried out in the public interest or in the exercise of official authority, including profiling based on those grounds. We will then stop the processing unless we can demonstrate compelling legitimate grounds for it which override your interests, rights and freedoms, or unless the processing is needed for the establishment, exercise or defence of legal claims (Article 21(1)).
       *[no] You have the right to object at any time, on grounds relating to your particular situation, to processing of personal data about you that is based on legitimate interests, including profiling based on that ground. We will then stop the processing unless we can demonstrate compelling legitimate grounds for it which override your interests, rights and freedoms, or unless the processing is needed for the establishment, exercise or defence of legal claims (Article 21(1)).
    }
text-objection-marketing = You have the right to object at any time to the processing of your data for direct marketing, including profiling related to direct marketing. If you object, your data will no longer be processed for direct marketing purposes (Article 21(2) and (3)).

## Right to lodge a complaint (GDPR Art. 77)

text-complaint = You have the right to lodge a complaint with a supervisory authority, in particular in the Member State where you live or work or where the alleged infringement took place, if you consider that the processing of personal data about you infringes the General Data Protection Regulation (Article 77).
label-visiting-address = Visiting address
label-postal-address = Postal address
authority-fi-name = Office of the Data Protection Ombudsman
authority-fi-visiting = Lintulahdenkuja 4, 00530 Helsinki, Finland
authority-fi-postal = P.O. Box 800, 00531 Helsinki, Finland
authority-fi-phone = +358 29 566 6700
authority-fi-email = tietosuoja@om.fi
authority-fi-web = www.tietosuoja.fi/en

## Countries (ISO 3166-1 alpha-2, lower case)

# EU member states
country-at = Austria
country-be = Belgium
country-bg = Bulgaria
country-cy = Cyprus
country-cz = Czechia
country-de = Germany
country-dk = Denmark
country-ee = Estonia
country-es = Spain
country-fi = Finland
country-fr = France
country-gr = Greece
country-hr = Croatia
country-hu = Hungary
country-ie = Ireland
country-it = Italy
country-lt = Lithuania
country-lu = Luxembourg
country-lv = Latvia
country-mt = Malta
country-nl = Netherlands
country-pl = Poland
country-pt = Portugal
country-ro = Romania
country-se = Sweden
country-si = Slovenia
country-sk = Slovakia
# Other EEA states
country-is = Iceland
country-li = Liechtenstein
country-no = Norway
# Common third countries
country-ar = Argentina
country-au = Australia
country-ca = Canada
country-ch = Switzerland
country-cn = China
country-gb = United Kingdom
country-il = Israel
country-in = India
country-jp = Japan
country-kr = South Korea
country-nz = New Zealand
country-sg = Singapore
country-us = United States
country-uy = Uruguay

## The sections of model v2 (issue 11)

heading-special = Special categories of personal data and criminal data
heading-identity-code = Personal identity code
# $messages: yes when messages are recorded as well as calls.
heading-recording =
    { $messages ->
        [yes] Call and message recording
       *[no] Call recording
    }
# $lists: mailing when only names and addresses are disclosed for mailing lists, members when
# only a member list is published, other otherwise.
heading-directories =
    { $lists ->
        [mailing] Disclosure of names and addresses
        [members] Member list
       *[other] Directories and mailing lists
    }
heading-further = Processing for other purposes
heading-requests = How to exercise your rights
heading-manual = Storage of paper records

# Special categories (Art. 9, 10)
label-special-data = Special categories of personal data we process
label-special-conditions = They are processed on the following grounds

# Call and message recording
# $retention: yes when the recording section states a retention period (printed after this).
text-recording-training =
    { $retention ->
        [yes] We also use some recordings to train our customer service staff. The retention period below applies to them too.
       *[no] We also use some recordings to train our customer service staff.
    }
label-recording-listeners = Who may listen to the recordings

# Web analytics, in the cookies section
label-analytics = Web analytics services

# Transfers per country: "United States (Google LLC)" before its grounds.
label-transfer-countries = Transfers by recipient country
item-transfer-country = { $country }: { $grounds }
item-transfer-country-recipients = { $country } ({ $recipients }): { $grounds }

# Adequacy decisions of the Commission (Art. 45), by ISO 3166 code, as "adequacy-decision" is
# printed for a country in transfers.countries.
adequacy-ad = The transfer is based on the European Commission’s adequacy decision for Andorra, Decision 2010/625/EU of 19 October 2010 (Article 45).
adequacy-ar = The transfer is based on the European Commission’s adequacy decision for Argentina, Decision 2003/490/EC of 30 June 2003 (Article 45).
adequacy-ca = The transfer is based on the European Commission’s adequacy decision for Canada, Decision 2002/2/EC of 20 December 2001, which covers commercial organisations subject to the Canadian Personal Information Protection and Electronic Documents Act (Article 45).
adequacy-ch = The transfer is based on the European Commission’s adequacy decision for Switzerland, Decision 2000/518/EC of 26 July 2000 (Article 45).
adequacy-fo = The transfer is based on the European Commission’s adequacy decision for the Faroe Islands, Decision 2010/146/EU of 5 March 2010 (Article 45).
adequacy-gb = The transfer is based on the European Commission’s adequacy decision for the United Kingdom, Implementing Decision (EU) 2021/1772 of 28 June 2021, renewed on 19 December 2025 (Article 45).
adequacy-gg = The transfer is based on the European Commission’s adequacy decision for Guernsey, Decision 2003/821/EC of 21 November 2003 (Article 45).
adequacy-il = The transfer is based on the European Commission’s adequacy decision for Israel, Decision 2011/61/EU of 31 January 2011 (Article 45).
adequacy-im = The transfer is based on the European Commission’s adequacy decision for the Isle of Man, Decision 2004/411/EC of 28 April 2004 (Article 45).
adequacy-je = The transfer is based on the European Commission’s adequacy decision for Jersey, Decision 2008/393/EC of 8 May 2008 (Article 45).
adequacy-jp = The transfer is based on the European Commission’s adequacy decision for Japan, Implementing Decision (EU) 2019/419 of 23 January 2019, which covers the private sector (Article 45).
adequacy-kr = The transfer is based on the European Commission’s adequacy decision for the Republic of Korea, Implementing Decision (EU) 2022/254 of 17 December 2021 (Article 45).
adequacy-nz = The transfer is based on the European Commission’s adequacy decision for New Zealand, Implementing Decision 2013/65/EU of 19 December 2012 (Article 45).
adequacy-us = The transfer is based on the European Commission’s adequacy decision on the EU–U.S. Data Privacy Framework (Commission Implementing Decision (EU) 2023/1795 of 10 July 2023; Article 45); the decision covers recipients certified under the Framework.
adequacy-uy = The transfer is based on the European Commission’s adequacy decision for Uruguay, Implementing Decision 2012/484/EU of 21 August 2012 (Article 45).

# How to use the rights
label-request-post-to = Postal address for requests
# $languages: the languages joined, e.g. "Finnish, Swedish or English".
text-request-languages = You can make your request in { $languages }.
text-request-response = We will reply without undue delay and at the latest within one month of receiving the request. Where necessary, taking into account the complexity and number of requests, this period may be extended by two further months; we will then tell you so within one month, with the reasons (Article 12(3)).
label-request-rights = How to exercise each right
# One right with its procedure, as a list item: "Right of access: …".
item-right-procedure = { $right }: { $procedure }
label-request-access = Right of access
label-request-rectification = Right to rectification
label-request-erasure = Right to erasure
label-request-restriction = Right to restriction of processing
label-request-portability = Right to data portability
label-request-objection = Right to object
label-request-withdrawal = Withdrawal of consent
label-request-complaint = Complaint to the supervisory authority
# Joins the last two languages of a list: "Finnish, Swedish or English".
joiner-or = or
# The languages as text-request-languages names them.
label-request-language-fi = Finnish
label-request-language-sv = Swedish
label-request-language-en = English

# Countries and territories with an adequacy decision, added for transfers
country-ad = Andorra
country-fo = Faroe Islands
country-gg = Guernsey
country-im = Isle of Man
country-je = Jersey

## The notice as a web page (HTML): the first layer and the contents
summary-heading = In brief
summary-lead = The essentials of this privacy notice. Each leads to the part of the full notice below that says it in full.
summary-controller = Who is responsible for your data
summary-contact = How to reach us about your data
summary-purposes = Why we process your data, and on what legal basis
summary-recipients = Who receives the data
# $names: the processors of the processors' table, joined by commas.
summary-processors = Service providers that process the data on our behalf: { $names }
# $names: the recipients of the processors' table that are independent controllers.
summary-independent-controllers = Service providers that receive the data as independent controllers: { $names }
summary-transfers = Transfers outside the EU and the EEA
summary-retention = How long the data is kept
summary-rights = Your rights
summary-requests = How to use your rights
summary-complaint = Where to lodge a complaint
html-contents = Contents

### seloste: the standard clause catalogue (English).
###
### A model names a clause by its catalogue key; the message id is the namespace prefix of the
### field plus the key (docs/model.md): purposes[].purpose = "billing" is purpose-billing.
### fi, sv and en have exactly the same message ids and variables.
###
### Variables always available: $controllers (names joined with "and"), $contact-email,
### $contact-phone (may be empty). Clause-specific numbers are named in a comment.
###
### Style (the same in fi, sv and en, docs/model.md "List style"): list items (purpose-, data-,
### subject-, source-, system-) and service- are noun phrases that start with a capital letter
### and have no full stop; interest- and source-details- follow a colon and start in lower case;
### title- is written as the language writes a title after a name (fi and sv in lower case);
### register- is a name; all other clauses, security- included, are complete sentences.
### We write in the first person plural ("we process"), as in Finnish.

## register-: the name of the register (document.register)

register-customer-register = Customer register
register-customer-partner-register = Customer and partner register
register-partner-register = Partner register
register-marketing-register = Marketing register
register-newsletter-register = Newsletter subscriber register
register-recruitment-register = Recruitment register
register-personnel-register = Personnel register
register-camera-surveillance-register = Camera surveillance register
register-visitor-register = Visitor register
register-customer-data-register = Customer data register
register-website-users-register = Register of website users

## clause-: introductions and notes (document.intro, purposes-note, subjects-note, recipients.texts, notes)

clause-intro = This privacy notice explains how we process your personal data and what rights you have.
clause-customer-definition = In this notice, a customer means a natural or legal person who is our customer or has been in contact with us.
clause-purposes-own-services = We use the personal data in the register to provide and develop our services. The purposes of the processing and their legal bases are as follows.
clause-purposes-services-partners = We use the personal data in the register to provide and develop our services, including those we provide together with our partners, and to manage the customer relationship. The purposes of the processing and their legal bases are as follows.
clause-customer-ensures-right-to-disclose = The customer must make sure in advance that it has the right to give us the data of the persons it names to us, and must tell those persons that the data is disclosed to us and for what purpose. We also inform those persons of the processing ourselves within one month of receiving their data, or earlier if we contact them before then (Article 14(3)(a) and (b)), and we send them this privacy notice on request. Requests can be sent by email to { $contact-email }.
clause-notice-updates = We update this privacy notice when our operations or the law change. The date of the update is shown at the top of the notice.

## purpose-: purposes of the processing (purposes[].purpose)

purpose-billing = Billing
purpose-technical-support = Technical support
purpose-customer-service = Customer service
purpose-customer-service-and-support = Customer service and technical support
purpose-fault-notifications = Notifying customers of faults and outages
purpose-administration = Administration of customer accounts and services
purpose-customer-relationship = Managing customer relationships
purpose-contact-persons = Communicating with the contact persons and users named by our corporate customers
purpose-contracts = Concluding and managing contracts
purpose-service-provision = Providing and maintaining the services
purpose-service-development = Developing the services
purpose-service-management = Providing, managing and developing the services
purpose-order-handling = Handling and delivering orders
purpose-customer-communications = Customer communications
purpose-feedback-handling = Handling customer feedback and complaints
purpose-contact-requests = Responding to contact requests
purpose-customer-surveys = Customer satisfaction surveys
purpose-security-incidents = Detecting, investigating and resolving information security incidents and personal data breaches
purpose-information-security = Maintaining information security and preventing misuse
purpose-traffic-data = Processing traffic data as permitted by the Finnish Act on Electronic Communications Services (917/2014)
purpose-surveillance = Surveillance of premises and access control
purpose-camera-surveillance = Camera surveillance to protect people and property
purpose-visitor-log = Recording visitors in the visitor log
purpose-call-recording = Recording customer service calls to ensure the quality of the service and to verify what was agreed
purpose-staff-training = Training our customer service staff
purpose-direct-marketing = Direct marketing
purpose-direct-marketing-companies = Direct marketing to companies
purpose-direct-marketing-persons = Direct marketing to private individuals
purpose-advertising = Targeting advertising and measuring its effect
purpose-mailing-list-disclosure = Disclosing names and addresses for direct marketing
purpose-newsletter = Sending newsletters
purpose-website = Maintaining and developing the website
purpose-web-analytics = Analysing how the website is used
purpose-events = Organising events
purpose-statistics = Statistics and business analysis
purpose-credit-check = Checking credit information and ability to pay
purpose-debt-collection = Collecting overdue payments
purpose-accounting = Accounting
purpose-membership-register = Keeping the list of members required by section 11 of the Finnish Associations Act (503/1989)
purpose-membership-fees = Invoicing membership fees and monitoring their payment
purpose-member-communications = Member newsletters and notices of meetings
purpose-legal-obligations = Complying with legal obligations
purpose-legal-claims = Establishing, exercising or defending legal claims
purpose-recruitment = Recruitment and assessment of job applicants
purpose-personnel-administration = Personnel administration and payroll
purpose-subscriber-directories = Compiling directory data for telephone directories and directory enquiry services

## interest-: the legitimate interest of a purpose (purposes[].interest), after "Legitimate interest:"

interest-customer-relationship = managing and developing the customer relationship
interest-contact-persons = providing and managing the services agreed with our corporate customers through the persons they have named to us
interest-service-development = developing our services and improving their quality
interest-information-security = protecting our information systems, our services and our customers’ data
interest-property-protection = protecting people and property and protecting premises and equipment from unauthorised access
interest-marketing-to-companies = marketing our own products and services to companies and organisations
interest-marketing-existing-customers = marketing our own products and services to our existing customers
interest-third-party-direct-marketing = the direct marketing of the companies to which the names and addresses are disclosed
interest-credit-risk = assessing credit risk before and during the contract
interest-legal-claims = establishing, exercising or defending legal claims
interest-call-recording = verifying what was agreed in calls, resolving disagreements and ensuring the quality of our customer service

## data-: categories of personal data (data[])

data-name = Name
data-name-and-title = Name, job title and organisation
data-contact-details = Address and contact details, such as telephone numbers and email addresses
data-home-municipality = Municipality of residence
data-membership-details = Membership details, such as the date of joining, the type of membership and the membership fees paid
data-billing-and-contact-details = The customer’s billing details, address and other contact details, such as telephone numbers and email addresses
data-identity-code-or-business-id = The customer’s personal identity code or Business ID
data-identity-code = Personal identity code
data-business-id = Business ID
data-contract-details = Contract and order details
data-billing-details = Billing and payment details
data-bank-account = Bank account number
data-e-invoice-address = E-invoicing address details
data-customer-history = Customer history
data-customer-history-and-contacts = Customer history and contacts with our sales, support and administration
data-order-history = Order history
data-communications = Communications with the customer, such as emails and support requests
data-credentials-and-settings = The username, password and authentication details needed to use the service, and the settings made by the user
data-usage-data = Technical data on the user of the service: IP address, device name and type, browser type and plug-ins, timestamp, language, referring page and content of the request
data-traffic-data = Traffic data, such as IP addresses, the time and duration of connections and the amount of data transferred
data-location-data = Location data, such as the position of a terminal device in the communications network
data-cookie-data = Data collected with cookies and similar technologies
data-credit-information = Credit information and information on ability to pay
data-marketing-permissions = Marketing consents and opt-outs
data-company-details = Basic company data, such as industry, turnover and business locations
data-equipment-room-visits = Records of visits to our equipment rooms
data-visitor-log = Visitor details entered in the visitor log, such as name, organisation and time of the visit
data-access-control-events = Entries and exits recorded by the access control system
data-camera-recordings = Camera surveillance recordings
data-call-recordings = Recordings of customer service calls
data-job-application = Information in the job application and CV, such as education and work experience
data-employment-details = Employment details, such as position, pay and working hours

## subject-: groups of data subjects (subjects[])

subject-customers = Customers
subject-prospective-customers = Prospective customers who have been in contact with us
subject-former-customers = Former customers
subject-customer-contacts = The customer’s contact persons (decision-makers and administrative, billing and technical contacts)
subject-customer-users = Users whom the customer has named to us or who have been in contact with our customer service
subject-customer-technical-contacts = Persons named by the customer who are responsible for the technical maintenance of the services but are not necessarily in a direct customer relationship with us
subject-partner-contacts = Contact persons of our partners
subject-supplier-contacts = Contact persons of our suppliers
subject-company-representatives = Decision-makers and contact persons in companies and organisations
subject-visitors = Visitors to our premises
subject-equipment-room-visitors = Visitors to our equipment rooms
subject-website-visitors = Visitors to our website
subject-newsletter-subscribers = Subscribers to our newsletter
subject-job-applicants = Job applicants
subject-employees = Our employees
subject-members = The association’s members

## source-: regular sources of data (sources[].source)

source-customer = Information provided by the customer
source-data-subject = Information provided by the data subject
source-customer-organisation = The customer organisation, which names its contact persons and users to us
source-service-generated = Information generated while the service is provided, used and maintained
source-staff-observations = Information recorded by our staff while providing or maintaining the service
source-recorded-calls-emails = Recorded calls and information received by email when customers contact our customer service
source-website-forms = Information given in the forms on our website
source-partners = Our partners
source-ytj = Finnish Business Information System (BIS)
source-prh = Finnish Patent and Registration Office (PRH)
source-prh-associations = Register of Associations of the Finnish Patent and Registration Office
source-tax-administration = Finnish Tax Administration
source-vies = The European Commission’s VIES service
source-asiakastieto = Suomen Asiakastieto Oy (credit information company)
source-fonecta = Fonecta Oy (business information service)
source-traficom = Finnish Transport and Communications Agency Traficom
source-tieke = TIEKE e-invoicing address register
source-dvv = Digital and Population Data Services Agency
source-referees = Referees named by the job applicant, with the applicant’s consent
source-camera-system = The camera surveillance system
source-access-control-system = The access control system

## source-details-: what is obtained from a source (sources[].details), after a colon

source-details-basic-company-data = the customer’s Business ID and basic company data
source-details-association-basic-data = the customer’s association register number and basic data on the association
source-details-creditworthiness = checking the customer’s creditworthiness and the accuracy of personal data
source-details-company-details = other information on the customer, such as decision-makers, industry, turnover and business locations
source-details-vat-number-validity = checking that the customer’s VAT number is valid
source-details-tax-registrations = the customer’s registration in the VAT register and the prepayment register
source-details-e-invoice-address = the customer’s e-invoicing address and operator ID
source-details-address-updates = updating address details

## disclosure-: regular disclosures (recipients.disclosures[])

disclosure-shared-between-controllers = The data in the register is available to the controllers ({ $controllers }).
disclosure-third-parties-if-service-requires = Apart from the recipients named in this notice, personal data is disclosed to third parties only where this is necessary to provide the customer’s service, for example when the service is provided by a third party.
disclosure-authorities-by-law = Personal data may be disclosed to authorities and others to the extent required or permitted by Finnish law.
disclosure-service-providers = We use service providers as processors; they process the data only on our behalf and on our instructions.
disclosure-service-providers-email-accounting = We use service providers, such as providers of email and accounting services, as processors; they process the data only on our behalf and on our instructions.
disclosure-other-agreed-separately = Any other disclosures are agreed separately for each service.
disclosure-outsourced-to-partners = Some of the processing of the register’s data has been outsourced to our partners, who act as processors: they process the data only on our behalf and on our instructions.
disclosure-group-companies = Data may be disclosed to companies of our group, which process it for their own purposes as independent controllers. Each of them describes its processing in its own privacy notice.
disclosure-none-regular = Personal data is not regularly disclosed to outside parties.
disclosure-debt-collection = Information on overdue receivables may be disclosed to a debt collection agency for collection.
disclosure-mailing-lists = We disclose our customers’ names and addresses to companies engaged in direct marketing, for their mailing lists, unless you have objected to this.
disclosure-meta-pixel = If you consent to marketing cookies, the data collected by the Meta Pixel is disclosed to Meta Platforms Ireland Limited (“Meta”), our joint controller for collecting and transmitting that data (see the section on cookies and web analytics).
disclosure-google-advertising = If you consent to marketing cookies, Google Ireland Limited (“Google”) also receives data through its advertising cookies on our site. We and Google are joint controllers for collecting the data on our site and transmitting it to Google (Article 26 of the GDPR; judgment of the Court of Justice of the EU in Case C-40/17 Fashion ID): we ask for your consent and inform you of the processing; Google answers requests to exercise the rights under Articles 15–20 concerning the data it receives, and you can exercise your rights against either of us. After that transmission, Google processes the data as an independent controller for its own purposes (https://policies.google.com/privacy).
disclosure-police-recordings = Camera surveillance recordings may be disclosed to the police for the investigation of crimes.

## service-: services of processors and third parties (recipients.processors[].service)

service-microsoft-365 = Microsoft 365 subscriptions
service-withsecure = WithSecure subscriptions
service-access-control = Access control system
service-access-control-equipment-rooms = Access control system for the equipment rooms
service-camera-surveillance = Camera surveillance system
service-accounting = Bookkeeping and financial statements
service-payroll = Payroll
service-e-invoicing = Invoicing and e-invoice delivery
service-payment-processing = Payment processing
service-crm = Customer relationship management system
service-email = Email service
service-hosting = Server hosting and data storage in a data centre
service-backup = Backups
service-it-support = IT support services
service-website = Website maintenance
service-web-analytics = Web analytics
service-newsletter = Newsletter delivery service
service-mailing = Printing and mailing services
service-debt-collection = Debt collection services
service-recruitment = Recruitment system

## transfer-: transfers outside the EU/EEA (transfers.texts[])

transfer-stored-in-eea = The data is stored within the EEA.
transfer-if-service-requires = Data may be transferred or disclosed outside the EEA if this is necessary to provide the customer’s service.
transfer-agreed-with-customer = Any such transfer is agreed separately with the customer.
transfer-processors-outside-eea = Some of our processors may process data outside the EEA. The transfer is then based on one of the grounds listed below.

## safeguard-: safeguards for transfers (transfers.safeguards[])

safeguard-adequacy-decision = Where the European Commission has decided that the recipient country ensures an adequate level of data protection, the transfer is based on that adequacy decision (Article 45).
safeguard-standard-contractual-clauses = Transfers not covered by an adequacy decision are based on the standard contractual clauses adopted by the European Commission (Article 46(2)(c)), with supplementary measures where necessary.
safeguard-data-privacy-framework = Transfers to recipients in the United States that are certified under the EU–U.S. Data Privacy Framework are based on the European Commission’s adequacy decision on that Framework (Commission Implementing Decision (EU) 2023/1795 of 10 July 2023; Article 45).
safeguard-binding-corporate-rules = Transfers within a group of companies may be based on the binding corporate rules of the recipient’s group (Article 47).
safeguard-copy-on-request = You can request a copy of the appropriate safeguards used for the transfers (Article 46) by sending an email to { $contact-email }.

## retention-: retention periods (retention[])

retention-until-no-longer-needed = The data is kept for as long as this is justified by the purpose of the processing. After that it is erased or anonymised.
# Finnish Accounting Act (1336/1997), chapter 2, section 10.
retention-accounting-law = Under chapter 2, section 10 of the Finnish Accounting Act (1336/1997), the financial statements and the books of account are kept for at least 10 years from the end of the financial year, and vouchers, such as invoices, and other accounting material for at least 6 years from the end of the year in which the financial year ended.
# $years: number of years after the contract has ended.
retention-contract-plus-years =
    We keep the data for as long as the contract is in force and for { $years ->
        [one] one year
       *[other] { $years } years
    } after it has ended.
# $years: number of years after the customer relationship has ended.
retention-customer-relationship-plus-years =
    We keep the customer’s data for the duration of the customer relationship and for { $years ->
        [one] one year
       *[other] { $years } years
    } after it has ended.
# $years: number of years after the membership has ended.
retention-membership-plus-years =
    We keep a member’s data for the duration of the membership and for { $years ->
        [one] one year
       *[other] { $years } years
    } after it has ended.
retention-until-consent-withdrawn = Data processed on the basis of your consent is kept until you withdraw your consent.
retention-newsletter-until-unsubscribed = Newsletter subscription data is kept until you unsubscribe or withdraw your consent.
retention-marketing-until-objection = We stop using your data for direct marketing when you object to it, and keep your objection so that we can respect it.
# $years: number of years after the recruitment has ended.
retention-recruitment-years =
    Data on job applicants is kept for { $years ->
        [one] one year
       *[other] { $years } years
    } after the recruitment has ended and is then erased.
# $months: how long log data is kept at most.
retention-logs-months =
    Log data is kept for at most { $months ->
        [one] one month
       *[other] { $months } months
    }.
# $months: how long the data collected with web analytics is kept at most (a service that decides
# for itself, such as Meta after the pixel's transmission, says its own period).
retention-analytics-months =
    The data we collect with web analytics is kept for at most { $months ->
        [one] one month
       *[other] { $months } months
    } and is then erased.
# $months: how long call recordings are kept at most.
retention-call-recordings-months =
    Call recordings are kept for at most { $months ->
        [one] one month
       *[other] { $months } months
    }.

## surveillance-: camera surveillance, visitor logs, call recording (surveillance[])

surveillance-camera-premises = Our premises are under camera surveillance with recording, which is indicated by signs.
# $years: how long recordings and the visitor log are kept at most.
surveillance-equipment-rooms =
    Our equipment rooms are under camera surveillance with recording, and the details of persons visiting them are entered in a visitor log. The recordings and the visitor log are kept for at most { $years ->
        [one] one year
       *[other] { $years } years
    }.
surveillance-visitor-log = The details of persons visiting our premises are entered in a visitor log.
surveillance-access-control = The access control system of our premises records entries and exits.
# $days: how long recordings are kept at most.
surveillance-recordings-kept-days =
    Recordings are kept for at most { $days ->
        [one] one day
       *[other] { $days } days
    } unless they are needed to investigate a crime, damage or other incident.
# $years: how long recordings are kept at most.
surveillance-recordings-kept-years =
    Recordings are kept for at most { $years ->
        [one] one year
       *[other] { $years } years
    }.
surveillance-kept-longer-incidents-found-late = The period is longer than usual because damage to equipment or unauthorised entry often comes to light only later, for example when a fault is investigated.
surveillance-call-recording = Calls to our customer service may be recorded to ensure the quality of the service and to verify what has been agreed.

## cookies-: cookies and web analytics (cookies[])

cookies-no-third-party-analytics = Our websites do not use any web analytics service through which personal data would be disclosed to third parties.
cookies-necessary-only = Our website uses only cookies that are necessary for the site to work.
cookies-analytics-with-consent = We use cookies to analyse how our website is used only with your consent. You can change your cookie settings at any time.
cookies-browser-settings = You can block or delete cookies in your browser settings, but some features of the site may then not work.
cookies-none = Our website does not use cookies.
cookies-what-are-cookies = Cookies are small text files that a website stores on the user’s device.
cookies-marketing-with-consent = We use marketing cookies only with your consent.
cookies-third-party-content = Our website may have content from third parties, such as embedded videos or maps, which may store cookies of their own.

## automated-: automated decision-making and profiling (automated-decisions)

automated-none = We do not make decisions based solely on automated processing of your personal data, including profiling, that produce legal effects concerning you or similarly significantly affect you (Article 22).
automated-marketing-segmentation = We do not make decisions based solely on automated processing that produce legal effects concerning you or similarly significantly affect you (Article 22). We do, however, use profiling in our marketing: we may group customers, for example by the services they have bought, to make our marketing more relevant. You have the right to object at any time to profiling related to direct marketing (Article 21(2)).
automated-advertising-profiling = We do not make decisions based solely on automated processing that produce legal effects concerning you or similarly significantly affect you (Article 22). We do, however, use profiling to target advertising and to produce the demographics and interests reports of our web analytics, if you have consented to marketing and analytics cookies (see the section on cookies and web analytics); such profiling does not lead to decisions within the meaning of Article 22. You can withdraw your consent at any time.

## requirement-: whether the data must be provided, and the consequences (requirement)

requirement-contract = Providing personal data is a requirement for entering into a contract. Without the necessary data we cannot conclude the contract or provide the service.
requirement-voluntary = Providing personal data is voluntary. If you do not provide it, however, we cannot offer the service concerned.
requirement-recruitment = Providing the information in your application is voluntary, but without it we cannot process your application.

## request-: how to exercise the rights (rights-request)

request-by-email = You can send requests concerning your rights by email to { $contact-email }. We will reply without undue delay and at the latest within one month of receiving the request. Where necessary, taking into account the complexity and number of requests, this period may be extended by two further months; we will then tell you so within one month, with the reasons (Article 12(3)). We may ask you to verify your identity.
request-by-email-or-phone = You can make requests concerning your rights by email to { $contact-email } or by telephone on { $contact-phone }. We will reply without undue delay and at the latest within one month of receiving the request. Where necessary, taking into account the complexity and number of requests, this period may be extended by two further months; we will then tell you so within one month, with the reasons (Article 12(3)). We may ask you to verify your identity.
request-in-writing = You can send requests concerning your rights in writing to our contact for data protection matters, by post or by email to { $contact-email }. We will reply without undue delay and at the latest within one month of receiving the request. Where necessary, taking into account the complexity and number of requests, this period may be extended by two further months; we will then tell you so within one month, with the reasons (Article 12(3)). We may ask you to verify your identity.

## withdrawal-: how consent is withdrawn (consent-withdrawal), printed with the rights when a purpose is based on consent

withdrawal-by-email = You can withdraw your consent at any time by email to { $contact-email }.
withdrawal-unsubscribe-link = You can withdraw your consent at any time with the unsubscribe link in any marketing message we send you, or by email to { $contact-email }.
withdrawal-same-way = You can withdraw your consent at any time in the same way as you gave it, or by email to { $contact-email }.
withdrawal-account-settings = You can withdraw your consent at any time in the settings of your customer account, or by email to { $contact-email }.

## security-: security principles (security.manual[], security.electronic[])

# Manual (paper) material
security-locked-premises = Paper records are always kept in locked premises.
security-shredded = Paper records that are no longer needed are destroyed in a shredder.
security-shredded-din-32757 = Paper records that are no longer needed are destroyed by shredding in accordance with the DIN 32757 standard.
security-shredded-din-66399 = Paper records that are no longer needed are destroyed by shredding in accordance with the DIN 66399 standard.
security-no-paper = Personal data is not kept on paper.
security-restricted-premises = Only persons who have been granted access rights can enter the premises.
# Electronically processed data
security-confidential = Personal data is always processed confidentially.
security-law-and-traficom = The data is protected in accordance with data protection legislation and the regulations and guidelines of the Finnish Transport and Communications Agency Traficom.
security-own-servers = The data is stored on secure servers that we own and manage.
security-managed-servers = The data is stored on secure servers that we manage.
security-data-centre = The servers are located in a supervised data centre with restricted access.
security-secure-servers = The register is kept on secure servers.
security-encrypted-traffic = Traffic to the servers is protected with strong encryption.
security-hashed-passwords = Passwords are stored only as salted one-way hashes.
security-encrypted-passwords = Passwords are stored encrypted and, where possible, as one-way hashes.
security-encrypted-storage = Stored data is encrypted.
security-personal-user-accounts = Access to the data requires a personal user ID that we have granted.
security-access-control = Only those persons acting on our behalf who need the data for their tasks have access to it.
security-confidentiality-obligation = Persons who process the data are bound by confidentiality.
security-firewalls = The systems are protected by firewalls and other technical measures, and their security updates are installed regularly.
security-backups = The data is backed up regularly.
security-logging = Use of the data is logged.
security-mfa = Logging in to the systems requires multi-factor authentication.
security-training = Our staff have been trained in data protection and information security.

## system-: information systems used (systems[])

system-crm = Customer relationship management system
system-billing = Billing system
system-accounting = Accounting system
system-ticketing = Support ticket system
system-email = Email
system-microsoft-365 = Microsoft 365
system-access-control = Access control system
system-camera-surveillance = Recording camera surveillance system
system-website = Website content management system
system-backup = Backup system

## title-: the signer's title (signature.title)

title-ceo = Chief Executive Officer
title-managing-director = Managing Director
title-owner = Proprietor
title-general-partner = General Partner
title-chair-of-the-board = Chair of the Board
title-board-member = Member of the Board
title-chair = Chair
title-technical-director = Technical Director
title-data-protection-officer = Data Protection Officer

### The sections of model v2 (issue 11): transfers per country, special categories, identity
### codes, recording, directories, web analytics, requirement consequences, further processing,
### how to use the rights and manual material.

## safeguard- (v2): derogations for specific situations (Art. 49), for transfers.countries[].grounds too

safeguard-derogation-explicit-consent = Where there is no adequacy decision and no appropriate safeguards, the transfer is based on your explicit consent, given after you have been informed of the possible risks of such a transfer (Article 49(1)(a)).
safeguard-derogation-contract = Where there is no adequacy decision and no appropriate safeguards, the transfer is based on its being necessary for the performance of a contract between you and us or for pre-contractual measures taken at your request (Article 49(1)(b)).
safeguard-derogation-legal-claims = Where there is no adequacy decision and no appropriate safeguards, the transfer is based on its being necessary for the establishment, exercise or defence of legal claims (Article 49(1)(e)).

## copy-: how a copy of the safeguards is obtained (transfers.copy)

copy-on-request = You can request a copy of the appropriate safeguards used for the transfers (Article 46) by sending an email to { $contact-email }.
copy-by-email-or-post = You can request a copy of the safeguards by sending an email to { $contact-email } or a letter to our contact for data protection matters.
# $link: the web address where the safeguards are available.
copy-link = A copy of the safeguards used is available at { $link }.

## special-: special categories of personal data (special-categories.data[]), Art. 9(1)

special-health = Data concerning health
special-sick-leave = Medical certificates and other information on sick leave
special-dietary-health = Dietary requirements that reveal information on health
special-trade-union-membership = Trade union membership
special-religious-beliefs = Religious or philosophical beliefs
special-political-opinions = Political opinions
special-racial-ethnic-origin = Racial or ethnic origin
special-genetic = Genetic data
special-biometric = Biometric data for the purpose of uniquely identifying a person
special-sex-life-orientation = Data concerning a person’s sex life or sexual orientation

## condition-: the conditions of Art. 9(2) (special-categories.conditions[])

condition-explicit-consent = Your explicit consent (Article 9(2)(a))
condition-employment-law = Obligations and rights in the field of employment and social security and social protection law (Article 9(2)(b))
condition-vital-interests = Protection of the vital interests of a person who is physically or legally incapable of giving consent (Article 9(2)(c))
condition-not-for-profit-members = Legitimate activities of a not-for-profit body, concerning its members, former members or persons in regular contact with it (Article 9(2)(d))
condition-made-public = Data manifestly made public by the data subject (Article 9(2)(e))
condition-legal-claims = Establishment, exercise or defence of legal claims (Article 9(2)(f))
condition-substantial-public-interest = Reasons of substantial public interest laid down by law (Article 9(2)(g))
condition-health-care = Preventive or occupational medicine, medical diagnosis or the provision of health or social care (Article 9(2)(h))
condition-public-health = Reasons of public interest in the area of public health (Article 9(2)(i))
condition-archiving-research = Archiving in the public interest, scientific or historical research or statistics (Article 9(2)(j))

## criminal-: criminal convictions and offences (special-categories.criminal[]), Art. 10

criminal-none = We do not process personal data relating to criminal convictions and offences.
criminal-background-check-children = We ask persons who will work with children to show an extract from the criminal record, as the Act on Checking the Criminal Background of Persons Working with Children (504/2002) requires. We record only that the extract has been shown; we do not keep a copy of it.
criminal-legal-claims = Data on offences against us or our customers, such as misuse of our services, is processed only to establish, exercise or defend legal claims and to report offences to the authorities, as section 7 of the Finnish Data Protection Act (1050/2018) permits.

## identity-code-: grounds for processing personal identity codes (identity-code[]), Data Protection Act 1050/2018, section 29

identity-code-consent = We process your personal identity code with your unambiguous consent (section 29 of the Finnish Data Protection Act, 1050/2018).
identity-code-law = We process personal identity codes where the processing is provided for by law (section 29 of the Finnish Data Protection Act, 1050/2018).
identity-code-rights-obligations = We process your personal identity code because identifying you unambiguously is important to carry out your and our rights and obligations (section 29 of the Finnish Data Protection Act, 1050/2018).
identity-code-credit-collection = We process personal identity codes in granting credit and collecting receivables, as section 29 of the Finnish Data Protection Act (1050/2018) permits.
identity-code-rental-lending = We process personal identity codes in our rental and lending activities, as section 29 of the Finnish Data Protection Act (1050/2018) permits.
identity-code-employment = We process personal identity codes in matters of employment, as section 29 of the Finnish Data Protection Act (1050/2018) permits.
identity-code-not-printed = We do not enter personal identity codes unnecessarily in documents printed or drawn up from the register.

## recording-: call and message recording (recording.recorded[], recording.purposes[], recording.retention)

recording-calls = Calls to our customer service are recorded.
recording-calls-and-messages = Calls to our customer service are recorded, and the messages sent to it, such as chat and email messages, are kept.
recording-told-at-start = You are told at the start of the call that it is recorded.
recording-purpose-verify-transactions = We record calls to verify what was agreed or ordered in them, for example if there is a dispute about it later.
recording-purpose-quality = We use the recordings to ensure and develop the quality of our customer service.
recording-purpose-legal-claims = Recordings may be used to establish, exercise or defend legal claims.
recording-purpose-training = Some recordings may be used to train our customer service staff; they are erased once the training is over.
recording-until-transaction-verified = Recordings are kept for as long as they are needed to verify the transaction, and are then erased.
# $months: the longest time recordings are kept, even when still needed to verify the transaction.
recording-until-verified-max-months =
    Recordings are kept for as long as they are needed to verify the transaction, but for at most { $months ->
        [one] one month
       *[other] { $months } months
    }, and are then erased.
# $months: how long recordings are kept at most.
recording-kept-months =
    Recordings are kept for at most { $months ->
        [one] one month
       *[other] { $months } months
    } and are then erased.

## listener-: who may listen to the recordings (recording.listeners[])

listener-customer-service-supervisors = Our customer service supervisors
listener-agent-of-the-call = The customer service agent who took the call
listener-trainers = The persons who train our customer service staff
listener-dispute-handlers = The persons who handle a complaint or dispute about the transaction

## directory-: directories and mailing lists (directories.published[])

directory-subscriber-directory = Under the Act on Electronic Communications Services (917/2014), the subscriber’s name, address and telephone number may be published in directories and disclosed to directory enquiry services, unless the subscriber has refused this.
directory-mailing-lists = We disclose the names and addresses of our customers for mailing lists used for direct marketing, unless you have objected to this.
directory-member-list = Members’ names and municipalities are published in the member list available to our members, unless the member has refused this.

## refusal-: how publication or disclosure is refused (directories.refusal)

refusal-by-contacting-us = You can object to this at any time, free of charge, by email to { $contact-email }.
refusal-customer-service = You can object to this at any time, free of charge, by telling our customer service or by email to { $contact-email }.
refusal-account-settings = You can object to this at any time, free of charge, in the settings of your customer account or by email to { $contact-email }.

## cookies- (v2): more on cookies (cookies[])

cookies-purposes = We use cookies for three purposes: necessary cookies make the site work (for example the shopping basket and login), analytics cookies tell us how the site is used, and marketing cookies are used to target advertising.
cookies-collected-data = With cookies we collect information on your visits, such as your IP address, the time of the visit, the pages you view and how long you view them, and your browser and device.
cookies-blocking-effects = If you block necessary cookies, some parts of the site, such as the shopping basket or login, will not work. Blocking analytics and marketing cookies does not prevent you from using the site.
cookies-consent-banner = Non-essential cookies are used only if you consent to them in the cookie banner shown on your first visit. You can withdraw or change your consent at any time in the cookie settings of the site.
# $months: how long cookies other than necessary ones stay on the visitor's device at most.
cookies-kept-months =
    Non-essential cookies stay on your device for at most { $months ->
        [one] one month
       *[other] { $months } months
    }, unless you delete them earlier.
# $link: the page where the cookie settings can be changed.
cookies-settings-link = You can change your cookie choices at any time at { $link }.

## analytics-: named web analytics services (analytics[])

analytics-google-analytics = We use Google Analytics, a web analytics service of Google Ireland Limited, to find out how our site is used. Google may transfer the data to the United States; such a transfer is based on the European Commission’s adequacy decision on the EU–U.S. Data Privacy Framework (Article 45). You can prevent Google Analytics from collecting data on you with the browser add-on at https://tools.google.com/dlpage/gaoptout.
analytics-google-analytics-demographics = We use the demographics and interests reports of Google Analytics, which estimate visitors’ age, gender and interests from Google’s advertising cookies. You can turn off personalised advertising in Google’s My Ad Center at https://myadcenter.google.com.
# $opt-out: the page where a visitor can refuse analytics.
analytics-matomo = We use Matomo, an open-source web analytics tool run on our own server, to find out how our site is used; the data is not disclosed to third parties. You can refuse analytics at { $opt-out }.
analytics-matomo-cloud = We use the Matomo Cloud web analytics service of InnoCraft Ltd to find out how our site is used.
analytics-plausible = We use Plausible Analytics, a web analytics service of Plausible Insights OÜ (Estonia), which does not use cookies and does not store visitors’ IP addresses.
analytics-siteimprove = We use the Siteimprove Analytics service of Siteimprove A/S (Denmark) to find out how our site is used.
analytics-hotjar = We use Hotjar, a service of Hotjar Ltd (Malta), which records how visitors move on our pages and shows it as heat maps. You can prevent it at https://www.hotjar.com/policies/do-not-track/.
analytics-microsoft-clarity = We use Microsoft Clarity, which records how visitors move on our pages and shows it as heat maps and session recordings. Microsoft may transfer the data to the United States.
analytics-meta-pixel = We use the Meta Pixel of Meta Platforms Ireland Limited to measure the effect of our advertising on Facebook and Instagram and to target it. We and Meta are joint controllers for the collection of the data by the pixel on our site and its transmission to Meta (Article 26 of the GDPR; judgment of the Court of Justice of the EU in Case C-40/17 Fashion ID). The essence of our arrangement: we inform you of the processing and ask for your consent to it; Meta answers requests to exercise the rights under Articles 15–20 concerning the data it has received, and you can exercise your rights against either of us. Meta alone decides, as an independent controller, how the data is processed after its transmission: https://www.facebook.com/privacy/policy/.
analytics-linkedin-insight = We use the LinkedIn Insight Tag of LinkedIn Ireland Unlimited Company to measure the effect of our advertising on LinkedIn and to target it.
# $link: the page where a visitor can refuse analytics.
analytics-opt-out-link = You can refuse web analytics at { $link }.

## requirement- (v2): the forms of the requirement (requirement)

requirement-law = Providing certain personal data is a statutory requirement: we are required by law to collect it.
requirement-contractual = Providing personal data is a contractual requirement: the contract obliges the customer to give us the data it needs.
requirement-to-enter-contract = Providing personal data is necessary to enter into a contract with us.
requirement-partly = Some of the data is required by law or needed to enter into a contract; providing the rest is voluntary. When we ask for data, we tell you which it is.

## consequence-: what follows from not providing the data (requirement-consequences[])

consequence-no-contract = Without the data we cannot conclude a contract with you.
consequence-no-connection = Without the data we cannot deliver the connection.
consequence-no-service = Without the data we cannot provide the service.
consequence-no-delivery = Without the data we cannot deliver your order.
consequence-no-invoice = Without the data we cannot invoice you, and we can only offer payment in advance.
consequence-no-newsletter = Without an email address we cannot send you the newsletter.
consequence-no-answer = Without contact details we cannot answer your question.
consequence-no-membership = Under section 11 of the Finnish Associations Act (503/1989), a member’s full name and municipality of residence must be entered in the list of members; without them you cannot become a member of the association.
consequence-no-member-mail = Without your contact details we cannot send you the membership invoice, member newsletters or notices of meetings.
consequence-none = Not providing the data has no consequences for you.

## further-: further processing and when you are told (further-processing[])

further-new-purpose = If we intend to process your personal data for a purpose other than the one for which it was collected, we will tell you about that other purpose and give you the other relevant information before we do so (Article 13(3)).
further-compatible-only = We process personal data for other purposes only when they are compatible with the purposes for which it was collected (Article 6(4)).
further-other-sources = If we intend to process data obtained from other sources for a new purpose, we will tell you before we do so (Article 14(4)).
further-informed-within-month = When we obtain data about you from other sources, we tell you about it within a reasonable period, at the latest within one month (Article 14(3)(a)).
further-informed-at-first-contact = When we obtain data about you from other sources to contact you, we tell you about it at the latest when we first contact you (Article 14(3)(b)).
further-informed-on-disclosure = When we intend to disclose data obtained from other sources, we tell you about it at the latest when the data is first disclosed (Article 14(3)(c)).

## procedure-: how the rights are used (requests.procedure[], requests.<right>)

procedure-in-writing-signed = A request does not need to be signed.
procedure-by-post = You can send your request by post to the address below.
procedure-by-email = You can also send the request by email to { $contact-email }.
procedure-identity-proof = So that we do not give your data to anyone else, we make sure that the request comes from you. If we cannot tell from the request itself (a request from the email address you have given us usually suffices), we ask you for the further information needed to confirm your identity (Article 12(6) of the GDPR).
procedure-in-person = You can also make the request in person at our office, where we check your identity from an identity document.
procedure-access-copy-by-post = If you make the request electronically, we provide the data securely in a commonly used electronic form unless you ask otherwise (Article 15(3)); in other cases, we send a copy of your data by post to your address.
procedure-access-form = You can ask for your data with the form on our website.
procedure-rectification-account = You can correct most of your data yourself in your customer account.
procedure-erasure-account = You can delete your customer account yourself in its settings; data we are required by law to keep is erased when the period ends.
procedure-portability-machine-readable = We deliver the data in a commonly used machine-readable format, such as CSV or JSON.
procedure-objection-marketing-link = You can object to direct marketing with the link in any marketing message or by email to { $contact-email }.
procedure-withdrawal-same-way = You can withdraw your consent in the same way as you gave it, or by email to { $contact-email }.
procedure-complaint-e-service = You can lodge a complaint with the Office of the Data Protection Ombudsman using the e-service on its website or by post.

## manual-: manual (paper) material and where it is kept (manual-material[])

manual-none = We do not keep personal data on paper.
manual-contracts = Signed contracts and their appendices are kept on paper in a locked cabinet at our office.
manual-accounting = Paper accounting vouchers are kept in a locked archive for as long as the Accounting Act requires.
manual-job-applications = Job applications received on paper are kept in a locked cabinet until the recruitment ends.
manual-visitor-log = The visitor log is kept on paper at our reception.
manual-delivery-notes = Delivery notes and return forms are kept on paper at our warehouse until the return period ends.
## registration-: what a controller's registration number is (controllers[].registration.label)

registration-association-register = Register of Associations number
registration-trade-register = Trade Register number
registration-number = Registration number

## joint-: the essence of joint controllers' arrangement (joint-controllers.arrangement, Art. 26(2))

joint-shared-contact = The joint controllers have agreed that each of them is responsible for the personal data it processes in its own customer relationships, and that informing data subjects and answering their requests is handled jointly through the contact details given for data protection matters.
joint-each-own-customers = The joint controllers have agreed that each of them is itself responsible for informing its own customers and answering their requests.

### seloste: the standard clause catalogue (Swedish, Finland-Swedish usage).
###
### A model names a clause by its catalogue key; the message id is the namespace prefix of the
### field plus the key (docs/model.md): purposes[].purpose = "billing" is purpose-billing.
### fi, sv and en have exactly the same message ids and variables.
###
### Variables always available: $controllers (names joined with "och"), $contact-email,
### $contact-phone (may be empty). Clause-specific numbers are named in a comment.
###
### Style (the same in fi, sv and en, docs/model.md "List style"): list items (purpose-, data-,
### subject-, source-, system-) and service- are noun phrases that start with a capital letter
### and have no full stop; interest- and source-details- follow a colon and start in lower case;
### title- is written as the language writes a title after a name (fi and sv in lower case);
### register- is a name; all other clauses, security- included, are complete sentences.
### We write in the first person plural ("vi behandlar"), as in Finnish.

## register-: the name of the register (document.register)

register-customer-register = Kundregister
register-customer-partner-register = Kund- och samarbetspartnerregister
register-partner-register = Samarbetspartnerregister
register-marketing-register = Marknadsföringsregister
register-newsletter-register = Register över prenumeranter på nyhetsbrevet
register-recruitment-register = Rekryteringsregister
register-personnel-register = Personalregister
register-camera-surveillance-register = Register över kameraövervakning
register-visitor-register = Besöksregister
register-customer-data-register = Register över kunduppgifter
register-website-users-register = Register över webbplatsens användare

## clause-: introductions and notes (document.intro, purposes-note, subjects-note, recipients.texts, notes)

clause-intro = I denna dataskyddsbeskrivning berättar vi hur vi behandlar dina personuppgifter och vilka rättigheter du har.
clause-customer-definition = Med kund avses i denna beskrivning en fysisk eller juridisk person som är kund hos oss eller har varit i kontakt med oss.
clause-purposes-own-services = Vi använder personuppgifterna i registret för att tillhandahålla och utveckla våra tjänster. Ändamålen med behandlingen och de rättsliga grunderna för dem är följande.
clause-purposes-services-partners = Vi använder personuppgifterna i registret för att tillhandahålla och utveckla våra tjänster, också de tjänster som vi tillhandahåller tillsammans med våra samarbetspartner, samt för att sköta kundrelationen. Ändamålen med behandlingen och de rättsliga grunderna för dem är följande.
clause-customer-ensures-right-to-disclose = Kunden ska på förhand försäkra sig om att den har rätt att lämna ut uppgifter om de personer som den anmäler till oss, och informera dessa personer om att uppgifterna lämnas ut till oss och för vilket ändamål. Vi informerar också själva dessa personer om behandlingen inom en månad från det att vi fått uppgifterna, eller tidigare om vi kontaktar dem dessförinnan (artikel 14.3 a och b), och vi skickar denna dataskyddsbeskrivning till dem på begäran. Begäran kan skickas per e-post till { $contact-email }.
clause-notice-updates = Vi uppdaterar denna dataskyddsbeskrivning när vår verksamhet eller lagstiftningen ändras. Datum för uppdateringen anges i början av beskrivningen.

## purpose-: purposes of the processing (purposes[].purpose)

purpose-billing = Fakturering
purpose-technical-support = Teknisk support
purpose-customer-service = Kundtjänst
purpose-customer-service-and-support = Kundtjänst och teknisk support
purpose-fault-notifications = Information om fel och driftstörningar
purpose-administration = Administration av kundkonton och tjänster
purpose-customer-relationship = Skötsel av kundrelationer
purpose-contact-persons = Kommunikation med de kontaktpersoner och användare som våra företagskunder har utsett
purpose-contracts = Ingående och hantering av avtal
purpose-service-provision = Tillhandahållande och underhåll av tjänsterna
purpose-service-development = Utveckling av tjänsterna
purpose-service-management = Tillhandahållande, administration och utveckling av tjänsterna
purpose-order-handling = Hantering och leverans av beställningar
purpose-customer-communications = Kundkommunikation
purpose-feedback-handling = Hantering av kundrespons och reklamationer
purpose-contact-requests = Svar på kontaktförfrågningar
purpose-customer-surveys = Kundnöjdhetsenkäter
purpose-security-incidents = Upptäckt, utredning och åtgärdande av informationssäkerhetsincidenter och personuppgiftsincidenter
purpose-information-security = Upprätthållande av informationssäkerheten och förebyggande av missbruk
purpose-traffic-data = Behandling av förmedlingsuppgifter enligt lagen om tjänster inom elektronisk kommunikation (917/2014)
purpose-surveillance = Övervakning av lokaler och passerkontroll
purpose-camera-surveillance = Kameraövervakning för att skydda personer och egendom
purpose-visitor-log = Registrering av besökare i besöksloggen
purpose-call-recording = Inspelning av kundtjänstsamtal för att säkerställa tjänstens kvalitet och kunna styrka vad som har avtalats
purpose-staff-training = Utbildning av personalen i vår kundtjänst
purpose-direct-marketing = Direktmarknadsföring
purpose-direct-marketing-companies = Direktmarknadsföring till företag
purpose-direct-marketing-persons = Direktmarknadsföring till privatpersoner
purpose-advertising = Riktad reklam och mätning av dess effekt
purpose-mailing-list-disclosure = Utlämnande av namn- och adressuppgifter för direktmarknadsföring
purpose-newsletter = Utskick av nyhetsbrev
purpose-website = Underhåll och utveckling av webbplatsen
purpose-web-analytics = Analys av hur webbplatsen används
purpose-events = Ordnande av evenemang
purpose-statistics = Statistik och analys av verksamheten
purpose-credit-check = Kontroll av kreditupplysningar och betalningsförmåga
purpose-debt-collection = Indrivning av fordringar
purpose-accounting = Bokföring
purpose-membership-register = Förande av den medlemsförteckning som 11 § i föreningslagen (503/1989) kräver
purpose-membership-fees = Fakturering och uppföljning av medlemsavgifter
purpose-member-communications = Medlemsutskick och kallelser till möten
purpose-legal-obligations = Fullgörande av rättsliga förpliktelser
purpose-legal-claims = Att fastställa, göra gällande eller försvara rättsliga anspråk
purpose-recruitment = Rekrytering och bedömning av arbetssökande
purpose-personnel-administration = Personaladministration och löneutbetalning
purpose-subscriber-directories = Sammanställning av katalogsuppgifter för telefonkataloger och nummerupplysningstjänster

## interest-: the legitimate interest of a purpose (purposes[].interest), after "Berättigat intresse:"

interest-customer-relationship = skötsel och utveckling av kundrelationen
interest-contact-persons = tillhandahållande och skötsel av de tjänster som vi har avtalat om med våra företagskunder, genom de personer som de har anmält till oss
interest-service-development = utveckling av våra tjänster och förbättring av deras kvalitet
interest-information-security = skydd av våra informationssystem, våra tjänster och våra kunders uppgifter
interest-property-protection = skydd av personer och egendom samt skydd av lokaler och utrustning mot obehörigt tillträde
interest-marketing-to-companies = marknadsföring av våra egna produkter och tjänster till företag och sammanslutningar
interest-marketing-existing-customers = marknadsföring av våra egna produkter och tjänster till våra befintliga kunder
interest-third-party-direct-marketing = direktmarknadsföring som bedrivs av de företag till vilka namnen och adresserna lämnas ut
interest-credit-risk = bedömning av kreditrisken före och under avtalsförhållandet
interest-legal-claims = att kunna fastställa, göra gällande eller försvara rättsliga anspråk
interest-call-recording = att kunna styrka vad som har avtalats i samtal, reda ut meningsskiljaktigheter och säkerställa kvaliteten på vår kundtjänst

## data-: categories of personal data (data[])

data-name = Namn
data-name-and-title = Namn, befattning och organisation
data-contact-details = Adress- och kontaktuppgifter, såsom telefonnummer och e-postadresser
data-home-municipality = Hemkommun
data-membership-details = Uppgifter om medlemskapet, såsom inträdesdag, medlemskategori och betalda medlemsavgifter
data-billing-and-contact-details = Kundens fakturerings-, adress- och övriga kontaktuppgifter, såsom telefonnummer och e-postadresser
data-identity-code-or-business-id = Kundens personbeteckning eller FO-nummer
data-identity-code = Personbeteckning
data-business-id = FO-nummer
data-contract-details = Avtals- och beställningsuppgifter
data-billing-details = Fakturerings- och betalningsuppgifter
data-bank-account = Bankkontonummer
data-e-invoice-address = Uppgifter om e-fakturaadress
data-customer-history = Kundhistorik
data-customer-history-and-contacts = Kundhistorik och kontakter med vår försäljning, kundsupport och administration
data-order-history = Beställningshistorik
data-communications = Kommunikation med kunden, såsom e-postmeddelanden och supportärenden
data-credentials-and-settings = Användarnamn, lösenord och autentiseringsuppgifter som behövs för att använda tjänsten samt användarens egna inställningar
data-usage-data = Tekniska uppgifter om tjänstens användare: IP-adress, enhetens namn och typ, webbläsarens typ och tillägg, tidsstämpel, språk, hänvisande sida och begärans innehåll
data-traffic-data = Förmedlingsuppgifter, såsom IP-adresser, tidpunkt och längd för förbindelser samt mängden överförda data
data-location-data = Lokaliseringsuppgifter, såsom terminalutrustningens position i kommunikationsnätet
data-cookie-data = Uppgifter som samlas in med hjälp av kakor och liknande tekniker
data-credit-information = Kreditupplysningar och uppgifter om betalningsförmåga
data-marketing-permissions = Samtycken till och förbud mot marknadsföring
data-company-details = Grundläggande uppgifter om företaget, såsom bransch, omsättning och verksamhetsställen
data-equipment-room-visits = Uppgifter om besök i våra teknikutrymmen
data-visitor-log = Uppgifter om besökare som förs in i besöksloggen, såsom namn, organisation och tidpunkt för besöket
data-access-control-events = Passagehändelser som registreras i passerkontrollsystemet
data-camera-recordings = Inspelningar från kameraövervakningen
data-call-recordings = Inspelningar av kundtjänstsamtal
data-job-application = Uppgifter i arbetsansökan och CV, såsom utbildning och arbetserfarenhet
data-employment-details = Uppgifter om anställningen, såsom befattning, lön och arbetstider

## subject-: groups of data subjects (subjects[])

subject-customers = Kunder
subject-prospective-customers = Potentiella kunder som har varit i kontakt med oss
subject-former-customers = Tidigare kunder
subject-customer-contacts = Kundens kontaktpersoner (beslutsfattare samt kontaktpersoner för administration, fakturering och teknik)
subject-customer-users = Användare som kunden har anmält eller som har varit i kontakt med vår kundtjänst
subject-customer-technical-contacts = Personer som kunden har anmält och som ansvarar för det tekniska underhållet av tjänsterna, men som inte nödvändigtvis står i ett direkt kundförhållande till oss
subject-partner-contacts = Våra samarbetspartners kontaktpersoner
subject-supplier-contacts = Våra leverantörers kontaktpersoner
subject-company-representatives = Beslutsfattare och kontaktpersoner i företag och sammanslutningar
subject-visitors = Personer som besöker våra lokaler
subject-equipment-room-visitors = Personer som besöker våra teknikutrymmen
subject-website-visitors = Besökare på vår webbplats
subject-newsletter-subscribers = Prenumeranter på vårt nyhetsbrev
subject-job-applicants = Arbetssökande
subject-employees = Våra anställda
subject-members = Föreningens medlemmar

## source-: regular sources of data (sources[].source)

source-customer = Uppgifter som kunden själv har lämnat
source-data-subject = Uppgifter som den registrerade själv har lämnat
source-customer-organisation = Kundorganisationen, som uppger sina kontaktpersoner och användare för oss
source-service-generated = Uppgifter som uppkommer när tjänsten tillhandahålls, används och underhålls
source-staff-observations = Uppgifter som vår personal antecknar när tjänsten tillhandahålls eller underhålls
source-recorded-calls-emails = Inspelade samtal och uppgifter som fåtts per e-post i samband med kontakter med kundtjänsten
source-website-forms = Uppgifter som lämnats via formulären på vår webbplats
source-partners = Våra samarbetspartner
source-ytj = Företags- och organisationsdatasystemet (FODS)
source-prh = Patent- och registerstyrelsen (PRS)
source-prh-associations = Patent- och registerstyrelsens föreningsregister
source-tax-administration = Skatteförvaltningen
source-vies = Europeiska kommissionens VIES-tjänst
source-asiakastieto = Suomen Asiakastieto Oy (kreditupplysningsföretag)
source-fonecta = Fonecta Oy (företagsinformationstjänst)
source-traficom = Transport- och kommunikationsverket Traficom
source-tieke = TIEKE:s register över e-fakturaadresser
source-dvv = Myndigheten för digitalisering och befolkningsdata
source-referees = Referenspersoner som den arbetssökande har uppgett, med den sökandes samtycke
source-camera-system = Kameraövervakningssystemet
source-access-control-system = Passerkontrollsystemet

## source-details-: what is obtained from a source (sources[].details), after a colon

source-details-basic-company-data = kundens FO-nummer och grundläggande företagsuppgifter
source-details-association-basic-data = kundens registernummer i föreningsregistret och grundläggande uppgifter om föreningen
source-details-creditworthiness = kontroll av kundens kreditvärdighet och av att personuppgifterna är korrekta
source-details-company-details = andra uppgifter om kunden, såsom beslutsfattare, bransch, omsättning och verksamhetsställen
source-details-vat-number-validity = kontroll av att kundens momsnummer är giltigt
source-details-tax-registrations = kundens registrering i registret över mervärdesskatteskyldiga och i förskottsuppbördsregistret
source-details-e-invoice-address = kundens e-fakturaadress och förmedlarkod
source-details-address-updates = uppdatering av adressuppgifter

## disclosure-: regular disclosures (recipients.disclosures[])

disclosure-shared-between-controllers = Uppgifterna i registret är tillgängliga för de personuppgiftsansvariga ({ $controllers }).
disclosure-third-parties-if-service-requires = Till andra än de mottagare som anges i denna beskrivning lämnas personuppgifter ut endast om det är nödvändigt för att leverera kundens tjänst, till exempel när tjänsten tillhandahålls av en tredje part.
disclosure-authorities-by-law = Personuppgifter kan lämnas ut till myndigheter och andra i den omfattning som finsk lag kräver eller tillåter.
disclosure-service-providers = Vi anlitar tjänsteleverantörer som personuppgiftsbiträden; de behandlar uppgifterna endast för vår räkning och enligt våra instruktioner.
disclosure-service-providers-email-accounting = Vi anlitar tjänsteleverantörer, till exempel leverantörer av e-post- och bokföringstjänster, som personuppgiftsbiträden; de behandlar uppgifterna endast för vår räkning och enligt våra instruktioner.
disclosure-other-agreed-separately = Andra utlämnanden avtalas separat för varje tjänst.
disclosure-outsourced-to-partners = En del av behandlingen av uppgifterna i registret har lagts ut på våra samarbetspartner, som är personuppgiftsbiträden: de behandlar uppgifterna endast för vår räkning och enligt våra instruktioner.
disclosure-group-companies = Uppgifter kan lämnas ut till bolag inom vår koncern, som behandlar dem för sina egna ändamål som självständiga personuppgiftsansvariga. Varje bolag informerar om sin behandling i sin egen dataskyddsbeskrivning.
disclosure-none-regular = Personuppgifter lämnas inte regelmässigt ut till utomstående.
disclosure-debt-collection = Uppgifter om förfallna fordringar kan lämnas ut till en inkassobyrå för indrivning.
disclosure-mailing-lists = Vi lämnar ut våra kunders namn- och adressuppgifter till företag som bedriver direktmarknadsföring, för deras adressregister, om du inte har invänt mot det.
disclosure-meta-pixel = Om du samtycker till marknadsföringskakor, lämnas de uppgifter som Meta-pixeln samlar in ut till Meta Platforms Ireland Limited (”Meta”), som är gemensamt personuppgiftsansvarig med oss för insamlingen och överföringen av dem (se avsnittet om kakor och webbanalys).
disclosure-google-advertising = Om du samtycker till marknadsföringskakor, får även Google Ireland Limited (”Google”) uppgifter via sina reklamkakor på vår webbplats. Vi och Google är gemensamt personuppgiftsansvariga för insamlingen av uppgifterna på vår webbplats och för överföringen av dem till Google (artikel 26 i dataskyddsförordningen; EU-domstolens dom i mål C-40/17, Fashion ID): vi ber om ditt samtycke och informerar dig om behandlingen; Google besvarar begäranden om att utöva rättigheterna enligt artiklarna 15–20 i fråga om de uppgifter som Google tar emot, och du kan utöva dina rättigheter gentemot var och en av oss. Efter överföringen behandlar Google uppgifterna som självständigt personuppgiftsansvarig för egna ändamål (https://policies.google.com/privacy).
disclosure-police-recordings = Inspelningar från kameraövervakningen kan lämnas ut till polisen för utredning av brott.

## service-: services of processors and third parties (recipients.processors[].service)

service-microsoft-365 = Microsoft 365-abonnemang
service-withsecure = WithSecure-abonnemang
service-access-control = Passerkontrollsystem
service-access-control-equipment-rooms = Passerkontrollsystem för teknikutrymmena
service-camera-surveillance = Kameraövervakningssystem
service-accounting = Bokföring och bokslut
service-payroll = Löneräkning
service-e-invoicing = Fakturering och förmedling av e-fakturor
service-payment-processing = Förmedling av betalningar
service-crm = Kundhanteringssystem
service-email = E-posttjänst
service-hosting = Serverdrift och datalagring i datacenter
service-backup = Säkerhetskopiering
service-it-support = IT-stödtjänster
service-website = Underhåll av webbplatsen
service-web-analytics = Webbanalys
service-newsletter = Tjänst för utskick av nyhetsbrev
service-mailing = Utskrifts- och utskickstjänster
service-debt-collection = Inkassotjänster
service-recruitment = Rekryteringssystem

## transfer-: transfers outside the EU/EEA (transfers.texts[])

transfer-stored-in-eea = Uppgifterna lagras inom EES.
transfer-if-service-requires = Uppgifter kan överföras eller lämnas ut utanför EES om det krävs för att leverera kundens tjänst.
transfer-agreed-with-customer = En sådan överföring avtalas separat med kunden.
transfer-processors-outside-eea = Vissa av våra personuppgiftsbiträden kan behandla uppgifter utanför EES. Överföringen grundar sig då på någon av de grunder för överföring som anges nedan.

## safeguard-: safeguards for transfers (transfers.safeguards[])

safeguard-adequacy-decision = När Europeiska kommissionen har beslutat att mottagarlandet har en adekvat skyddsnivå, grundar sig överföringen på detta beslut om adekvat skyddsnivå (artikel 45).
safeguard-standard-contractual-clauses = Överföringar som inte omfattas av ett beslut om adekvat skyddsnivå grundar sig på standardavtalsklausuler som antagits av Europeiska kommissionen (artikel 46.2 c), vid behov med kompletterande åtgärder.
safeguard-data-privacy-framework = Överföringar till mottagare i Förenta staterna som är certifierade inom ramverket för dataskydd mellan EU och Förenta staterna (EU–U.S. Data Privacy Framework) grundar sig på Europeiska kommissionens beslut om adekvat skyddsnivå för ramverket, kommissionens genomförandebeslut (EU) 2023/1795 av den 10 juli 2023 (artikel 45).
safeguard-binding-corporate-rules = Överföringar inom en koncern kan grunda sig på bindande företagsbestämmelser inom mottagarens koncern (artikel 47).
safeguard-copy-on-request = Du kan begära en kopia av de lämpliga skyddsåtgärderna för överföringarna (artikel 46) per e-post till { $contact-email }.

## retention-: retention periods (retention[])

retention-until-no-longer-needed = Uppgifterna lagras så länge det är motiverat med hänsyn till ändamålet med behandlingen. Därefter raderas eller anonymiseras de.
# Bokföringslagen (1336/1997) 2 kap. 10 §.
retention-accounting-law = Material som hör till bokföringen bevaras enligt 2 kap. 10 § i bokföringslagen (1336/1997): bokslut och bokföringar i minst 10 år från räkenskapsperiodens utgång, och verifikationer, såsom fakturor, och annat bokföringsmaterial i minst 6 år från utgången av det år under vilket räkenskapsperioden gick ut.
# $years: number of years after the contract has ended.
retention-contract-plus-years =
    Vi lagrar uppgifterna så länge avtalet gäller och i { $years ->
        [one] ett år
       *[other] { $years } år
    } efter att det har upphört.
# $years: number of years after the customer relationship has ended.
retention-customer-relationship-plus-years =
    Vi lagrar kundens uppgifter under kundförhållandet och i { $years ->
        [one] ett år
       *[other] { $years } år
    } efter att det har upphört.
# $years: number of years after the membership has ended.
retention-membership-plus-years =
    Vi lagrar medlemmens uppgifter under medlemskapet och i { $years ->
        [one] ett år
       *[other] { $years } år
    } efter att det har upphört.
retention-until-consent-withdrawn = Uppgifter som behandlas med stöd av samtycke lagras tills du återkallar ditt samtycke.
retention-newsletter-until-unsubscribed = Uppgifter om prenumeranter på nyhetsbrevet lagras tills du säger upp prenumerationen eller återkallar ditt samtycke.
retention-marketing-until-objection = Vi slutar använda dina uppgifter för direktmarknadsföring när du invänder mot den; vi sparar din invändning så att vi kan följa den.
# $years: number of years after the recruitment has ended.
retention-recruitment-years =
    Uppgifter om arbetssökande lagras i { $years ->
        [one] ett år
       *[other] { $years } år
    } efter att rekryteringen har avslutats och raderas därefter.
# $months: how long log data is kept at most.
retention-logs-months =
    Loggdata lagras i högst { $months ->
        [one] en månad
       *[other] { $months } månader
    }.
# $months: how long the data collected with web analytics is kept at most (a service that decides
# for itself, such as Meta after the pixel's transmission, says its own period).
retention-analytics-months =
    Uppgifter som vi samlar in genom webbanalys lagras i högst { $months ->
        [one] en månad
       *[other] { $months } månader
    } och raderas sedan.
# $months: how long call recordings are kept at most.
retention-call-recordings-months =
    Samtalsinspelningarna lagras i högst { $months ->
        [one] en månad
       *[other] { $months } månader
    }.

## surveillance-: camera surveillance, visitor logs, call recording (surveillance[])

surveillance-camera-premises = I våra lokaler finns inspelande kameraövervakning, vilket anges med skyltar.
# $years: how long recordings and the visitor log are kept at most.
surveillance-equipment-rooms =
    I våra teknikutrymmen finns inspelande kameraövervakning, och uppgifter om personer som besöker utrymmena förs in i en besökslogg. Inspelningarna och besöksloggen lagras i högst { $years ->
        [one] ett år
       *[other] { $years } år
    }.
surveillance-visitor-log = Uppgifter om personer som besöker våra lokaler förs in i en besökslogg.
surveillance-access-control = Passerkontrollsystemet i våra lokaler registrerar in- och utpassager.
# $days: how long recordings are kept at most.
surveillance-recordings-kept-days =
    Inspelningarna lagras i högst { $days ->
        [one] ett dygn
       *[other] { $days } dygn
    }, om de inte behövs för att utreda ett brott, en skada eller någon annan händelse.
# $years: how long recordings are kept at most.
surveillance-recordings-kept-years =
    Inspelningarna lagras i högst { $years ->
        [one] ett år
       *[other] { $years } år
    }.
surveillance-kept-longer-incidents-found-late = Lagringstiden är längre än vanligt eftersom skador på utrustning och obehörigt tillträde ofta upptäcks först senare, till exempel när ett fel utreds.
surveillance-call-recording = Samtal till vår kundtjänst kan spelas in för att säkerställa tjänstens kvalitet och för att kunna visa vad som har avtalats.

## cookies-: cookies and web analytics (cookies[])

cookies-no-third-party-analytics = Våra webbplatser använder inte sådan webbanalys där vi skulle lämna ut personuppgifter till tredje parter.
cookies-necessary-only = Vår webbplats använder endast kakor som är nödvändiga för att webbplatsen ska fungera.
cookies-analytics-with-consent = Vi använder kakor för att analysera hur vår webbplats används endast med ditt samtycke. Du kan när som helst ändra dina inställningar för kakor.
cookies-browser-settings = Du kan blockera eller radera kakor i webbläsarens inställningar, men då fungerar kanske inte alla funktioner på webbplatsen.
cookies-none = Vår webbplats använder inte kakor.
cookies-what-are-cookies = Kakor är små textfiler som en webbplats sparar på användarens enhet.
cookies-marketing-with-consent = Vi använder kakor för marknadsföring endast med ditt samtycke.
cookies-third-party-content = Vår webbplats kan ha innehåll från tredje parter, såsom inbäddade videor eller kartor, som kan spara egna kakor.

## automated-: automated decision-making and profiling (automated-decisions)

automated-none = Vi fattar inga beslut om dig som enbart grundas på automatiserad behandling, inbegripet profilering, och som har rättsliga följder för dig eller på liknande sätt i betydande grad påverkar dig (artikel 22).
automated-marketing-segmentation = Vi fattar inga beslut om dig som enbart grundas på automatiserad behandling och som har rättsliga följder för dig eller på liknande sätt i betydande grad påverkar dig (artikel 22). Vi använder dock profilering i vår marknadsföring: vi kan dela in kunder i grupper, till exempel efter de tjänster de har köpt, för att vår marknadsföring ska bli mer träffsäker. Du har rätt att när som helst göra invändningar mot sådan profilering som har samband med direktmarknadsföring (artikel 21.2).
automated-advertising-profiling = Vi fattar inga beslut om dig som enbart grundas på automatiserad behandling och som har rättsliga följder för dig eller på liknande sätt i betydande grad påverkar dig (artikel 22). Vi använder dock profilering för att rikta reklam och för att ta fram webbanalysens demografi- och intresserapporter, om du har samtyckt till marknadsförings- och analyskakor (se avsnittet om kakor och webbanalys); sådan profilering leder inte till beslut som avses i artikel 22. Du kan när som helst återkalla ditt samtycke.

## requirement-: whether the data must be provided, and the consequences (requirement)

requirement-contract = Att lämna personuppgifterna är ett villkor för att ingå avtal. Utan de uppgifter som behövs kan vi inte ingå avtal eller leverera tjänsten.
requirement-voluntary = Det är frivilligt att lämna personuppgifter. Om du inte lämnar dem kan vi dock inte erbjuda den aktuella tjänsten.
requirement-recruitment = Det är frivilligt att lämna uppgifterna i ansökan, men utan dem kan vi inte behandla din ansökan.

## request-: how to exercise the rights (rights-request)

request-by-email = Begäranden som gäller dina rättigheter kan du skicka per e-post till { $contact-email }. Vi svarar utan onödigt dröjsmål och senast inom en månad från det att begäran kom in. Vid behov kan tiden, med hänsyn till hur komplicerade begärandena är och hur många de är, förlängas med högst två månader; vi meddelar dig då detta och skälen till förseningen inom en månad (artikel 12.3). Vi kan be dig att styrka din identitet.
request-by-email-or-phone = Begäranden som gäller dina rättigheter kan du framföra per e-post till { $contact-email } eller per telefon på numret { $contact-phone }. Vi svarar utan onödigt dröjsmål och senast inom en månad från det att begäran kom in. Vid behov kan tiden, med hänsyn till hur komplicerade begärandena är och hur många de är, förlängas med högst två månader; vi meddelar dig då detta och skälen till förseningen inom en månad (artikel 12.3). Vi kan be dig att styrka din identitet.
request-in-writing = Begäranden som gäller dina rättigheter kan du skicka skriftligen till vår kontaktperson i dataskyddsfrågor per post eller per e-post till { $contact-email }. Vi svarar utan onödigt dröjsmål och senast inom en månad från det att begäran kom in. Vid behov kan tiden, med hänsyn till hur komplicerade begärandena är och hur många de är, förlängas med högst två månader; vi meddelar dig då detta och skälen till förseningen inom en månad (artikel 12.3). Vi kan be dig att styrka din identitet.

## withdrawal-: how consent is withdrawn (consent-withdrawal), printed with the rights when a purpose is based on consent

withdrawal-by-email = Du kan när som helst återkalla ditt samtycke per e-post till { $contact-email }.
withdrawal-unsubscribe-link = Du kan när som helst återkalla ditt samtycke med avregistreringslänken i varje marknadsföringsmeddelande vi skickar dig eller per e-post till { $contact-email }.
withdrawal-same-way = Du kan när som helst återkalla ditt samtycke på samma sätt som du gav det eller per e-post till { $contact-email }.
withdrawal-account-settings = Du kan när som helst återkalla ditt samtycke i inställningarna för ditt kundkonto eller per e-post till { $contact-email }.

## security-: security principles (security.manual[], security.electronic[])

# Manual (paper) material
security-locked-premises = Manuellt material förvaras alltid i låsta utrymmen.
security-shredded = Manuellt material som inte längre behövs förstörs i en dokumentförstörare.
security-shredded-din-32757 = Manuellt material som inte längre behövs förstörs i en dokumentförstörare enligt standarden DIN 32757.
security-shredded-din-66399 = Manuellt material som inte längre behövs förstörs i en dokumentförstörare enligt standarden DIN 66399.
security-no-paper = Personuppgifter förvaras inte i pappersform.
security-restricted-premises = Endast personer som har beviljats passerrätt har tillträde till lokalerna.
# Electronically processed data
security-confidential = Personuppgifterna behandlas alltid konfidentiellt.
security-law-and-traficom = Uppgifterna skyddas i enlighet med dataskyddslagstiftningen samt Transport- och kommunikationsverket Traficoms föreskrifter och anvisningar.
security-own-servers = Uppgifterna finns på skyddade servrar som vi äger och förvaltar.
security-managed-servers = Uppgifterna finns på skyddade servrar som vi förvaltar.
security-data-centre = Servrarna finns i ett övervakat datacenter med begränsat tillträde.
security-secure-servers = Registret finns på skyddade servrar.
security-encrypted-traffic = Datatrafiken till servrarna är skyddad med stark kryptering.
security-hashed-passwords = Lösenord lagras endast i form av saltade envägshashvärden.
security-encrypted-passwords = Lösenord lagras krypterade och när det är möjligt som envägshashvärden.
security-encrypted-storage = De lagrade uppgifterna är krypterade.
security-personal-user-accounts = Användningen av uppgifterna kräver ett personligt användar-ID som vi har beviljat.
security-access-control = Endast de personer som handlar för vår räkning och behöver uppgifterna i sitt uppdrag har tillgång till dem.
security-confidentiality-obligation = De personer som behandlar uppgifterna har tystnadsplikt.
security-firewalls = Systemen skyddas med brandväggar och andra tekniska åtgärder, och deras säkerhetsuppdateringar installeras regelbundet.
security-backups = Uppgifterna säkerhetskopieras regelbundet.
security-logging = Användningen av uppgifterna loggas.
security-mfa = Inloggning i systemen kräver flerfaktorsautentisering.
security-training = Vår personal har fått introduktion i dataskydd och informationssäkerhet.

## system-: information systems used (systems[])

system-crm = Kundhanteringssystem
system-billing = Faktureringssystem
system-accounting = Bokföringssystem
system-ticketing = Ärendehanteringssystem för supportärenden
system-email = E-post
system-microsoft-365 = Microsoft 365
system-access-control = Passerkontrollsystem
system-camera-surveillance = Inspelande kameraövervakningssystem
system-website = Webbplatsens publiceringssystem
system-backup = System för säkerhetskopiering

## title-: the signer's title (signature.title)

title-ceo = verkställande direktör
title-managing-director = verkställande direktör
title-owner = företagare
title-general-partner = ansvarig bolagsman
title-chair-of-the-board = styrelseordförande
title-board-member = styrelseledamot
title-chair = ordförande
title-technical-director = teknisk direktör
title-data-protection-officer = dataskyddsombud

### The sections of model v2 (issue 11): transfers per country, special categories, identity
### codes, recording, directories, web analytics, requirement consequences, further processing,
### how to use the rights and manual material.

## safeguard- (v2): derogations for specific situations (Art. 49), for transfers.countries[].grounds too

safeguard-derogation-explicit-consent = Om det inte finns något beslut om adekvat skyddsnivå eller några lämpliga skyddsåtgärder grundar sig överföringen på ditt uttryckliga samtycke, som du har gett efter att ha informerats om de eventuella risker som överföringen kan innebära (artikel 49.1 a).
safeguard-derogation-contract = Om det inte finns något beslut om adekvat skyddsnivå eller några lämpliga skyddsåtgärder grundar sig överföringen på att den är nödvändig för att fullgöra ett avtal mellan dig och oss eller för att genomföra åtgärder som föregår ett avtal och som vidtas på din begäran (artikel 49.1 b).
safeguard-derogation-legal-claims = Om det inte finns något beslut om adekvat skyddsnivå eller några lämpliga skyddsåtgärder grundar sig överföringen på att den är nödvändig för att fastställa, göra gällande eller försvara rättsliga anspråk (artikel 49.1 e).

## copy-: how a copy of the safeguards is obtained (transfers.copy)

copy-on-request = Du kan begära en kopia av de lämpliga skyddsåtgärderna för överföringarna (artikel 46) per e-post till { $contact-email }.
copy-by-email-or-post = Du kan begära en kopia av skyddsåtgärderna genom att skicka e-post till { $contact-email } eller brev till vår kontaktperson i dataskyddsfrågor.
# $link: the web address where the safeguards are available.
copy-link = En kopia av de skyddsåtgärder som används finns på { $link }.

## special-: special categories of personal data (special-categories.data[]), Art. 9(1)

special-health = uppgifter om hälsa
special-sick-leave = läkarintyg och andra uppgifter om sjukfrånvaro
special-dietary-health = uppgifter om specialkost som avslöjar uppgifter om hälsa
special-trade-union-membership = medlemskap i fackförening
special-religious-beliefs = religiös eller filosofisk övertygelse
special-political-opinions = politiska åsikter
special-racial-ethnic-origin = ras eller etniskt ursprung
special-genetic = genetiska uppgifter
special-biometric = biometriska uppgifter för att entydigt identifiera en person
special-sex-life-orientation = uppgifter om en persons sexualliv eller sexuella läggning

## condition-: the conditions of Art. 9(2) (special-categories.conditions[])

condition-explicit-consent = ditt uttryckliga samtycke (artikel 9.2 a)
condition-employment-law = skyldigheter och rättigheter inom arbetsrätten och på områdena social trygghet och socialt skydd (artikel 9.2 b)
condition-vital-interests = skydd av grundläggande intressen för en person som är fysiskt eller rättsligt förhindrad att ge sitt samtycke (artikel 9.2 c)
condition-not-for-profit-members = berättigad verksamhet hos en ideell organisation, som gäller dess medlemmar, tidigare medlemmar eller personer som har regelbunden kontakt med den (artikel 9.2 d)
condition-made-public = uppgifter som på ett tydligt sätt har offentliggjorts av den registrerade (artikel 9.2 e)
condition-legal-claims = rättsliga anspråk som behöver fastställas, göras gällande eller försvaras (artikel 9.2 f)
condition-substantial-public-interest = ett viktigt allmänt intresse som fastställs i lag (artikel 9.2 g)
condition-health-care = förebyggande hälso- och sjukvård eller yrkesmedicin, medicinska diagnoser eller tillhandahållande av hälso- och sjukvård eller social omsorg (artikel 9.2 h)
condition-public-health = ett allmänintresse på folkhälsoområdet (artikel 9.2 i)
condition-archiving-research = arkivändamål av allmänt intresse, vetenskapliga eller historiska forskningsändamål eller statistiska ändamål (artikel 9.2 j)

## criminal-: criminal convictions and offences (special-categories.criminal[]), Art. 10

criminal-none = Vi behandlar inte personuppgifter som rör fällande domar i brottmål och lagöverträdelser.
criminal-background-check-children = Vi ber personer som ska arbeta med barn att visa upp ett utdrag ur straffregistret enligt lagen om kontroll av brottslig bakgrund hos personer som arbetar med barn (504/2002). Vi antecknar endast att utdraget har visats upp; vi sparar ingen kopia av det.
criminal-legal-claims = Uppgifter om brott mot oss eller våra kunder, såsom missbruk av våra tjänster, behandlas endast för att fastställa, göra gällande eller försvara rättsliga anspråk och för att göra brottsanmälan, inom de gränser som 7 § i dataskyddslagen (1050/2018) tillåter.

## identity-code-: grounds for processing personal identity codes (identity-code[]), Data Protection Act 1050/2018, section 29

identity-code-consent = Vi behandlar din personbeteckning med ditt entydiga samtycke (29 § i dataskyddslagen, 1050/2018).
identity-code-law = Vi behandlar personbeteckningar när det föreskrivs om behandlingen i lag (29 § i dataskyddslagen, 1050/2018).
identity-code-rights-obligations = Vi behandlar din personbeteckning eftersom det är viktigt att entydigt identifiera dig för att dina och våra rättigheter och skyldigheter ska kunna fullgöras (29 § i dataskyddslagen, 1050/2018).
identity-code-credit-collection = Vi behandlar personbeteckningar vid kreditgivning och indrivning av fordringar på det sätt som 29 § i dataskyddslagen (1050/2018) tillåter.
identity-code-rental-lending = Vi behandlar personbeteckningar i vår uthyrnings- och utlåningsverksamhet på det sätt som 29 § i dataskyddslagen (1050/2018) tillåter.
identity-code-employment = Vi behandlar personbeteckningar i anställningsärenden på det sätt som 29 § i dataskyddslagen (1050/2018) tillåter.
identity-code-not-printed = Vi för inte in personbeteckningen i onödan i handlingar som skrivs ut eller upprättas på basis av registret.

## recording-: call and message recording (recording.recorded[], recording.purposes[], recording.retention)

recording-calls = Samtal till vår kundtjänst spelas in.
recording-calls-and-messages = Samtal till vår kundtjänst spelas in, och meddelanden som skickas till den, såsom chatt- och e-postmeddelanden, sparas.
recording-told-at-start = I början av samtalet får du veta att det spelas in.
recording-purpose-verify-transactions = Vi spelar in samtal för att kunna styrka vad som har avtalats eller beställts i dem, till exempel om det senare uppstår en tvist om det.
recording-purpose-quality = Vi använder inspelningarna för att säkerställa och utveckla kvaliteten på vår kundtjänst.
recording-purpose-legal-claims = Inspelningarna kan användas för att fastställa, göra gällande eller försvara rättsliga anspråk.
recording-purpose-training = Vissa inspelningar kan användas för att utbilda vår kundtjänstpersonal; de raderas när utbildningen är avslutad.
recording-until-transaction-verified = Inspelningarna lagras så länge de behövs för att styrka ärendet och raderas sedan.
# $months: the longest time recordings are kept, even when still needed to verify the transaction.
recording-until-verified-max-months =
    Inspelningarna lagras så länge de behövs för att styrka ärendet, dock i högst { $months ->
        [one] en månad
       *[other] { $months } månader
    }, och raderas sedan.
# $months: how long recordings are kept at most.
recording-kept-months =
    Inspelningarna lagras i högst { $months ->
        [one] en månad
       *[other] { $months } månader
    } och raderas sedan.

## listener-: who may listen to the recordings (recording.listeners[])

listener-customer-service-supervisors = Chefer inom vår kundtjänst
listener-agent-of-the-call = Den kundtjänstmedarbetare som tog emot samtalet
listener-trainers = De personer som utbildar vår kundtjänstpersonal
listener-dispute-handlers = De personer som handlägger en reklamation eller tvist om ärendet

## directory-: directories and mailing lists (directories.published[])

directory-subscriber-directory = Enligt lagen om tjänster inom elektronisk kommunikation (917/2014) kan abonnentens namn, adress och telefonnummer publiceras i katalogtjänster och lämnas ut till nummerupplysningstjänster, om inte abonnenten har förbjudit det.
directory-mailing-lists = Vi lämnar ut våra kunders namn- och adressuppgifter för adressregister som används för direktmarknadsföring, om du inte har invänt mot det.
directory-member-list = Medlemmarnas namn och hemkommuner publiceras i den medlemsförteckning som är tillgänglig för våra medlemmar, om inte medlemmen har förbjudit det.

## refusal-: how publication or disclosure is refused (directories.refusal)

refusal-by-contacting-us = Du kan när som helst och kostnadsfritt invända mot detta genom att skicka e-post till { $contact-email }.
refusal-customer-service = Du kan när som helst och kostnadsfritt invända mot detta genom att meddela vår kundtjänst eller skicka e-post till { $contact-email }.
refusal-account-settings = Du kan när som helst och kostnadsfritt invända mot detta i inställningarna för ditt kundkonto eller genom att skicka e-post till { $contact-email }.

## cookies- (v2): more on cookies (cookies[])

cookies-purposes = Vi använder kakor för tre ändamål: nödvändiga kakor får webbplatsen att fungera (till exempel varukorgen och inloggningen), analyskakor visar oss hur webbplatsen används och marknadsföringskakor används för att rikta reklam.
cookies-collected-data = Med kakor samlar vi in uppgifter om dina besök, såsom din IP-adress, tidpunkten för besöket, de sidor du tittar på och hur länge du tittar på dem samt uppgifter om din webbläsare och enhet.
cookies-blocking-effects = Om du blockerar nödvändiga kakor fungerar vissa delar av webbplatsen, såsom varukorgen eller inloggningen, inte. Att blockera analys- och marknadsföringskakor hindrar dig inte från att använda webbplatsen.
cookies-consent-banner = Kakor som inte är nödvändiga används bara om du samtycker till dem i den kakbanner som visas vid ditt första besök. Du kan när som helst återkalla eller ändra ditt samtycke i webbplatsens kakinställningar.
# $months: how long cookies other than necessary ones stay on the visitor's device at most.
cookies-kept-months =
    Kakor som inte är nödvändiga finns kvar på din enhet i högst { $months ->
        [one] en månad
       *[other] { $months } månader
    }, om du inte raderar dem tidigare.
# $link: the page where the cookie settings can be changed.
cookies-settings-link = Du kan när som helst ändra dina val om kakor på { $link }.

## analytics-: named web analytics services (analytics[])

analytics-google-analytics = Vi använder Google Analytics, en webbanalystjänst från Google Ireland Limited, för att ta reda på hur vår webbplats används. Google kan överföra uppgifterna till Förenta staterna; en sådan överföring grundar sig på Europeiska kommissionens beslut om adekvat skyddsnivå för organisationer som är certifierade inom ramverket för dataskydd mellan EU och Förenta staterna (EU–U.S. Data Privacy Framework; artikel 45). Du kan hindra Google Analytics från att samla in uppgifter om dig med webbläsartillägget på https://tools.google.com/dlpage/gaoptout.
analytics-google-analytics-demographics = Vi använder Google Analytics-rapporterna om demografi och intressen, där besökarnas ålder, kön och intressen uppskattas utifrån Googles reklamkakor. Du kan stänga av anpassad reklam i Googles Mitt annonscenter på https://myadcenter.google.com.
# $opt-out: the page where a visitor can refuse analytics.
analytics-matomo = Vi använder Matomo, ett webbanalysverktyg med öppen källkod som körs på vår egen server, för att ta reda på hur vår webbplats används; uppgifterna lämnas inte ut till tredje parter. Du kan avböja webbanalys på { $opt-out }.
analytics-matomo-cloud = Vi använder webbanalystjänsten Matomo Cloud från InnoCraft Ltd för att ta reda på hur vår webbplats används.
analytics-plausible = Vi använder Plausible Analytics, en webbanalystjänst från Plausible Insights OÜ (Estland), som inte använder kakor och inte sparar besökarnas IP-adresser.
analytics-siteimprove = Vi använder tjänsten Siteimprove Analytics från Siteimprove A/S (Danmark) för att ta reda på hur vår webbplats används.
analytics-hotjar = Vi använder Hotjar, en tjänst från Hotjar Ltd (Malta), som registrerar hur besökarna rör sig på våra sidor och visar det som värmekartor. Du kan förhindra det på https://www.hotjar.com/policies/do-not-track/.
analytics-microsoft-clarity = Vi använder Microsoft Clarity, som registrerar hur besökarna rör sig på våra sidor och visar det som värmekartor och sessionsinspelningar. Microsoft kan överföra uppgifterna till Förenta staterna.
analytics-meta-pixel = Vi använder Meta-pixeln från Meta Platforms Ireland Limited för att mäta effekten av vår reklam på Facebook och Instagram och för att rikta den. Vi och Meta är gemensamt personuppgiftsansvariga för insamlingen av uppgifter med pixeln på vår webbplats och för överföringen av dem till Meta (artikel 26 i dataskyddsförordningen; EU-domstolens dom i mål C-40/17, Fashion ID). Det väsentliga innehållet i vårt arrangemang: vi informerar dig om behandlingen och ber om ditt samtycke till den; Meta besvarar begäranden om att utöva rättigheterna enligt artiklarna 15–20 i fråga om de uppgifter som Meta har tagit emot, och du kan utöva dina rättigheter gentemot var och en av oss. Hur uppgifterna behandlas efter överföringen bestämmer Meta ensamt som självständigt personuppgiftsansvarig: https://www.facebook.com/privacy/policy/.
analytics-linkedin-insight = Vi använder LinkedIn Insight Tag från LinkedIn Ireland Unlimited Company för att mäta effekten av vår reklam på LinkedIn och för att rikta den.
# $link: the page where a visitor can refuse analytics.
analytics-opt-out-link = Du kan avböja webbanalys på { $link }.

## requirement- (v2): the forms of the requirement (requirement)

requirement-law = Att lämna vissa personuppgifter är ett lagstadgat krav: vi är enligt lag skyldiga att samla in dem.
requirement-contractual = Att lämna personuppgifter är ett avtalsenligt krav: avtalet förpliktar kunden att lämna oss de uppgifter som behövs.
requirement-to-enter-contract = Att lämna personuppgifter är nödvändigt för att ingå ett avtal med oss.
requirement-partly = En del av uppgifterna krävs enligt lag eller är nödvändiga för att ingå ett avtal; att lämna de övriga är frivilligt. När vi ber om uppgifter berättar vi vilket som gäller.

## consequence-: what follows from not providing the data (requirement-consequences[])

consequence-no-contract = Utan uppgifterna kan vi inte ingå ett avtal med dig.
consequence-no-connection = Utan uppgifterna kan vi inte leverera anslutningen.
consequence-no-service = Utan uppgifterna kan vi inte tillhandahålla tjänsten.
consequence-no-delivery = Utan uppgifterna kan vi inte leverera din beställning.
consequence-no-invoice = Utan uppgifterna kan vi inte fakturera dig, och vi kan endast erbjuda förskottsbetalning.
consequence-no-newsletter = Utan e-postadress kan vi inte skicka dig nyhetsbrevet.
consequence-no-answer = Utan kontaktuppgifter kan vi inte svara på din fråga.
consequence-no-membership = Enligt 11 § i föreningslagen (503/1989) ska medlemmens fullständiga namn och hemort (hemkommun) föras in i medlemsförteckningen; utan dem kan du inte bli medlem i föreningen.
consequence-no-member-mail = Utan dina kontaktuppgifter kan vi inte skicka dig medlemsfakturan, medlemsutskick eller kallelser till möten.
consequence-none = Att du inte lämnar uppgifterna får inga följder för dig.

## further-: further processing and when you are told (further-processing[])

further-new-purpose = Om vi avser att behandla dina personuppgifter för ett annat ändamål än det för vilket de samlades in, informerar vi dig om detta andra ändamål och ger dig annan relevant information innan behandlingen inleds (artikel 13.3).
further-compatible-only = Vi behandlar personuppgifter för andra ändamål endast om de är förenliga med de ändamål för vilka uppgifterna samlades in (artikel 6.4).
further-other-sources = Om vi avser att behandla uppgifter som vi fått från andra källor för ett nytt ändamål, informerar vi dig om det innan behandlingen inleds (artikel 14.4).
further-informed-within-month = När vi får uppgifter om dig från andra källor informerar vi dig om det inom en rimlig tid, senast inom en månad (artikel 14.3 a).
further-informed-at-first-contact = När vi får uppgifter om dig från andra källor för att kontakta dig, informerar vi dig om det senast när vi kontaktar dig första gången (artikel 14.3 b).
further-informed-on-disclosure = När vi avser att lämna ut uppgifter som vi fått från andra källor, informerar vi dig om det senast när uppgifterna lämnas ut första gången (artikel 14.3 c).

## procedure-: how the rights are used (requests.procedure[], requests.<right>)

procedure-in-writing-signed = Begäran behöver inte undertecknas.
procedure-by-post = Du kan skicka din begäran per post till adressen nedan.
procedure-by-email = Du kan också skicka begäran per e-post till { $contact-email }.
procedure-identity-proof = För att dina uppgifter inte ska lämnas ut till någon annan förvissar vi oss om att begäran kommer från dig. Om det inte framgår av själva begäran (en begäran från den e-postadress som du har uppgett för oss räcker i regel), ber vi om de ytterligare uppgifter som behövs för att bekräfta din identitet (artikel 12.6 i dataskyddsförordningen).
procedure-in-person = Du kan också framföra begäran personligen på vårt kontor, där din identitet kontrolleras med en identitetshandling.
procedure-access-copy-by-post = Om du gör din begäran elektroniskt lämnar vi uppgifterna på ett säkert sätt i ett elektroniskt format som används allmänt, om du inte begär något annat (artikel 15.3); annars skickar vi en kopia av dina uppgifter per post till din adress.
procedure-access-form = Du kan begära dina uppgifter med formuläret på vår webbplats.
procedure-rectification-account = De flesta av dina uppgifter kan du själv rätta i ditt kundkonto.
procedure-erasure-account = Du kan själv radera ditt kundkonto i dess inställningar; uppgifter som vi enligt lag är skyldiga att bevara raderas när lagringstiden har gått ut.
procedure-portability-machine-readable = Vi levererar uppgifterna i ett allmänt använt maskinläsbart format, såsom CSV eller JSON.
procedure-objection-marketing-link = Du kan invända mot direktmarknadsföring med länken i varje marknadsföringsmeddelande eller per e-post till { $contact-email }.
procedure-withdrawal-same-way = Du kan återkalla ditt samtycke på samma sätt som du gav det eller per e-post till { $contact-email }.
procedure-complaint-e-service = Du kan lämna in ett klagomål till Dataombudsmannens byrå via e-tjänsten på dess webbplats eller per post.

## manual-: manual (paper) material and where it is kept (manual-material[])

manual-none = Vi förvarar inga personuppgifter på papper.
manual-contracts = Undertecknade avtal och deras bilagor förvaras på papper i ett låst skåp på vårt kontor.
manual-accounting = Bokföringens verifikationer i pappersform förvaras i ett låst arkiv under den tid som bokföringslagen kräver.
manual-job-applications = Arbetsansökningar som kommit in på papper förvaras i ett låst skåp tills rekryteringen har avslutats.
manual-visitor-log = Besöksloggen förs på papper i vår reception.
manual-delivery-notes = Följesedlar och returblanketter förvaras på papper på vårt lager tills returtiden har gått ut.
## registration-: what a controller's registration number is (controllers[].registration.label)

registration-association-register = Föreningsregisternummer
registration-trade-register = Handelsregisternummer
registration-number = Registernummer

## joint-: the essence of joint controllers' arrangement (joint-controllers.arrangement, Art. 26(2))

joint-shared-contact = De gemensamt personuppgiftsansvariga har kommit överens om att var och en av dem ansvarar för de personuppgifter som den behandlar i sina egna kundförhållanden, och att information till de registrerade och svar på deras begäranden sköts gemensamt via de kontaktuppgifter som anges för dataskyddsfrågor.
joint-each-own-customers = De gemensamt personuppgiftsansvariga har kommit överens om att var och en av dem själv ansvarar för att informera sina egna kunder och besvara deras begäranden.

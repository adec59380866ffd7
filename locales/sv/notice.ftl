### seloste: fixed texts of the notice (Swedish, Finland-Swedish usage).
### fi, sv and en have exactly the same message ids and variables.
### Plain messages only: no terms, no attributes.

## Document

doc-title = Dataskyddsbeskrivning
doc-subtitle = Information enligt artiklarna 13 och 14 i EU:s allmänna dataskyddsförordning (förordning (EU) 2016/679)

## Letterhead, footer and signature labels

label-updated = Uppdaterad
label-version = Version
# The page number in the footer, as Finland's authorities write it: "1 (5)". $page is
# this page's number, $total the number of pages.
label-page = { $page } ({ $total })
label-name = Namn
label-business-id = FO-nummer
label-vat = Momsnummer
label-address = Adress
label-phone = Telefon
label-email = E-post
label-web = Webbplats
label-place-date = Ort och datum
label-signature = Underskrift
# The place and date line of the signature block: "Järvenpää 1.5.2023".
signature-place-date = { $place } { $date }
# The signature field's description for screen readers; $signer is the signer's name.
label-signature-field = Fält för elektronisk underskrift: { $signer }
# The description of the model file attached to the PDF.
attachment-model = Dataskyddsbeskrivningens källfil (seloste-modell) som denna PDF är gjord av
label-dpo = Dataskyddsombud
label-representative = Företrädare i unionen
label-organisation = Organisation
# Joins the last two names of a list: "A, B och C".
joiner-and = och

# $day, $month, $year are numbers.
date = { $day }.{ $month }.{ $year }

# An address on one line: $address is "Niittykatu 28, 04410 Järvenpää", $country-code
# the ISO code of its country and $country the country's name. A Finnish address
# is written without the country.
address-line =
    { $country-code ->
        [FI] { $address }
       *[other] { $address }, { $country }
    }

# Printed after an own text that the model lacks in this language and that is
# given in another ($lang: fi, sv or en) instead (seloste render --fallback).
fallback-marker =
    { $lang ->
        [fi] (på finska)
        [en] (på engelska)
       *[sv] (på svenska)
    }

## Section headings

heading-controller =
    { $count ->
        [one] Personuppgiftsansvarig
       *[other] Personuppgiftsansvariga
    }
heading-contact = Kontaktuppgifter i dataskyddsfrågor
heading-register = Registrets namn
heading-purposes = Ändamål med och rättslig grund för behandlingen av personuppgifter
heading-data = Personuppgifter som behandlas
heading-subjects = Kategorier av registrerade
heading-sources = Regelmässiga uppgiftskällor
heading-recipients = Mottagare och regelmässiga utlämnanden av uppgifter
heading-transfers = Överföring av uppgifter utanför Europeiska ekonomiska samarbetsområdet (EES)
heading-retention = Lagringstid för uppgifterna
heading-surveillance = Övervakning och inspelningar
# $cookies: no when the section speaks only of web analytics, not of cookies.
heading-cookies =
    { $cookies ->
        [no] Webbanalys
       *[yes] Kakor och webbanalys
    }
heading-automated = Automatiserat beslutsfattande och profilering
heading-requirement = Lämnande av personuppgifter
heading-rights = Den registrerades rättigheter
heading-objection = Rätt att göra invändningar mot behandlingen
heading-complaint = Rätt att lämna in klagomål till en tillsynsmyndighet
heading-security = Principer för skydd av registret
heading-systems = Informationssystem som används

## Controllers

# $controllers: the names joined, e.g. "ILJOJA Networks och ILJOJA Oy".
text-several-controllers = Registret förs gemensamt av { $controllers }, som är gemensamt personuppgiftsansvariga för det.
# The controller that is the contact point for data subjects (Art. 26(1)); $name is its name.
text-joint-contact-point = Kontaktpunkt för de registrerade är { $name }.
# Art. 26(3), printed with every arrangement of joint controllers.
text-joint-rights = Oavsett villkoren i arrangemanget kan den registrerade utöva sina rättigheter med avseende på och gentemot var och en av de personuppgiftsansvariga.

## Legal bases (GDPR Art. 6(1))

basis-consent = Samtycke (artikel 6.1 a)
basis-contract = Fullgörande av avtal (artikel 6.1 b)
basis-legal-obligation = Rättslig förpliktelse (artikel 6.1 c)
basis-vital-interests = Skydd av grundläggande intressen (artikel 6.1 d)
basis-public-task = Uppgift av allmänt intresse eller myndighetsutövning (artikel 6.1 e)
basis-legitimate-interests = Berättigat intresse (artikel 6.1 f)
# Lead-in before the stated legitimate interest.
label-legitimate-interest = Berättigat intresse:
# A purpose with its legitimate interest, as one list item.
item-purpose-interest = { $purpose } (berättigat intresse: { $interest })

## Sources

# Marker appended to a publicly accessible source.
label-public-source = offentlig källa

## Recipients and processors

# $roles: processors when every row is a processor, controllers when every row is an independent
# controller, mixed otherwise (the independent controllers are then marked in the table).
text-processors-intro =
    { $roles ->
        [controllers] Följande tjänsteleverantörer får uppgifter för att tillhandahålla sina tjänster och behandlar dem som självständigt personuppgiftsansvariga för egna ändamål och på eget ansvar; deras egna dataskyddspolicyer beskriver behandlingen.
        [mixed] Vi anlitar de tjänsteleverantörer som anges nedan. Personuppgiftsbiträdena behandlar uppgifterna endast för vår räkning och enligt våra instruktioner. De tjänsteleverantörer som i tabellen anges som självständigt personuppgiftsansvariga behandlar de uppgifter de får för egna ändamål och på eget ansvar; deras egna dataskyddspolicyer beskriver behandlingen.
       *[processors] En del av behandlingen har lagts ut på tjänsteleverantörer som behandlar uppgifterna för vår räkning som personuppgiftsbiträden.
    }
label-processor-service = Tjänst
label-processor-name = Tjänsteleverantör
label-role-processor = Personuppgiftsbiträde
label-role-controller = Självständigt personuppgiftsansvarig
# The mark under the name of a recipient in the processors' table that is an
# independent controller.
text-independent-controller = (självständigt personuppgiftsansvarig)
label-processor-country = Behandlingsland
label-processor-policy = Dataskyddspolicy

## Transfers

# Printed when the model says nothing else about transfers.
text-no-transfers = Personuppgifterna överförs inte och lämnas inte ut utanför EES.

## Security

label-security-manual = Manuellt material
label-security-electronic = Elektroniskt behandlade uppgifter

## Rights of the data subject

text-rights-intro = Som registrerad har du följande rättigheter enligt dataskyddsförordningen. Det är i regel kostnadsfritt att utöva dem.
right-access = Du har rätt att få veta om personuppgifter om dig behandlas samt rätt att få tillgång till dina uppgifter och en kopia av dem (artikel 15).
right-rectification = Du har rätt att utan onödigt dröjsmål få felaktiga uppgifter om dig rättade och ofullständiga uppgifter kompletterade (artikel 16).
right-erasure = Du har rätt att begära att dina uppgifter raderas, till exempel när de inte längre behövs för det ändamål för vilket de samlades in eller när de har behandlats på ett olagligt sätt. Uppgifter som vi enligt lag är skyldiga att bevara raderas dock inte (artikel 17).
right-restriction = Du har rätt att begära att behandlingen av dina uppgifter begränsas, till exempel medan det utreds om uppgifterna är korrekta (artikel 18).
right-portability = När behandlingen grundar sig på ditt samtycke eller på ett avtal och sker automatiserat, har du rätt att få de uppgifter som du själv har lämnat i ett strukturerat, allmänt använt och maskinläsbart format och att överföra dem till en annan personuppgiftsansvarig (artikel 20).
right-withdraw-consent = När behandlingen grundar sig på ditt samtycke, har du rätt att när som helst återkalla samtycket. Återkallandet påverkar inte lagligheten av den behandling som skett innan samtycket återkallades (artikel 7.3).
right-object = Du har rätt att göra invändningar mot behandlingen av dina uppgifter. Denna rätt beskrivs separat i ett eget avsnitt (artikel 21).

## Right to object (GDPR Art. 21), printed separately and clearly

# $public: yes when a purpose rests on a task in the public interest or official authority
# (Art. 6(1)(e)), which Art. 21(1) then names beside legitimate interests.
text-objection =
    { $public ->
        [yes] Du har rätt att när som helst, av skäl som hänför sig till din specifika situation, göra invändningar mot sådan behandling av personuppgifter om dig som grundar sig på ett berättigat intresse eller på utförandet av en uppgift av allmänt intresse eller på myndighetsutövning, inbegripet profilering på dessa grunder. Vi upphör då med behandlingen, såvida vi inte kan påvisa tvingande berättigade skäl för behandlingen som väger tyngre än dina intressen, rättigheter och friheter eller om behandlingen sker för fastställande, utövande eller försvar av rättsliga anspråk (artikel 21.1).
       *[no] Du har rätt att när som helst, av skäl som hänför sig till din specifika situation, göra invändningar mot sådan behandling av personuppgifter om dig som grundar sig på ett berättigat intresse, inbegripet profilering på denna grund. Vi upphör då med behandlingen, såvida vi inte kan påvisa tvingande berättigade skäl för behandlingen som väger tyngre än dina intressen, rättigheter och friheter eller om behandlingen sker för fastställande, utövande eller försvar av rättsliga anspråk (artikel 21.1).
    }
text-objection-marketing = Du har rätt att när som helst göra invändningar mot att dina uppgifter behandlas för direktmarknadsföring, inbegripet profilering som har samband med sådan marknadsföring. Om du gör invändningar behandlas dina uppgifter inte längre för direktmarknadsföring (artikel 21.2 och 21.3).

## Right to lodge a complaint (GDPR Art. 77)

text-complaint = Du har rätt att lämna in klagomål till en tillsynsmyndighet, särskilt i den medlemsstat där du bor eller arbetar eller där det påstådda intrånget begicks, om du anser att behandlingen av personuppgifter om dig strider mot dataskyddsförordningen (artikel 77).
label-visiting-address = Besöksadress
label-postal-address = Postadress
authority-fi-name = Dataombudsmannens byrå
authority-fi-visiting = Fågelviksgränden 4, 00530 Helsingfors
authority-fi-postal = PB 800, 00531 Helsingfors
authority-fi-phone = +358 29 566 6700
authority-fi-email = tietosuoja@om.fi
authority-fi-web = www.tietosuoja.fi/sv

## Countries (ISO 3166-1 alpha-2, lower case)

# EU member states
country-at = Österrike
country-be = Belgien
country-bg = Bulgarien
country-cy = Cypern
country-cz = Tjeckien
country-de = Tyskland
country-dk = Danmark
country-ee = Estland
country-es = Spanien
country-fi = Finland
country-fr = Frankrike
country-gr = Grekland
country-hr = Kroatien
country-hu = Ungern
country-ie = Irland
country-it = Italien
country-lt = Litauen
country-lu = Luxemburg
country-lv = Lettland
country-mt = Malta
country-nl = Nederländerna
country-pl = Polen
country-pt = Portugal
country-ro = Rumänien
country-se = Sverige
country-si = Slovenien
country-sk = Slovakien
# Other EEA states
country-is = Island
country-li = Liechtenstein
country-no = Norge
# Common third countries
country-ar = Argentina
country-au = Australien
country-ca = Kanada
country-ch = Schweiz
country-cn = Kina
country-gb = Förenade kungariket
country-il = Israel
country-in = Indien
country-jp = Japan
country-kr = Sydkorea
country-nz = Nya Zeeland
country-sg = Singapore
country-us = Förenta staterna
country-uy = Uruguay

## The sections of model v2 (issue 11)

heading-special = Särskilda kategorier av personuppgifter och uppgifter om brott
heading-identity-code = Personbeteckning
# $messages: yes when messages are recorded as well as calls.
heading-recording =
    { $messages ->
        [yes] Inspelning av samtal och meddelanden
       *[no] Inspelning av samtal
    }
# $lists: mailing when only names and addresses are disclosed for mailing lists, members when
# only a member list is published, other otherwise.
heading-directories =
    { $lists ->
        [mailing] Utlämnande av namn- och adressuppgifter
        [members] Medlemsförteckning
       *[other] Katalogtjänster och adressregister
    }
heading-further = Behandling för andra ändamål
heading-requests = Så här utövar du dina rättigheter
heading-manual = Förvaring av pappersmaterial

# Special categories (Art. 9, 10)
label-special-data = Särskilda kategorier av personuppgifter som vi behandlar
label-special-conditions = De behandlas på följande grunder

# Call and message recording
# $retention: yes when the recording section states a retention period (printed after this).
text-recording-training =
    { $retention ->
        [yes] Vi använder också vissa inspelningar för att utbilda vår kundtjänstpersonal. Lagringstiden nedan gäller även dem.
       *[no] Vi använder också vissa inspelningar för att utbilda vår kundtjänstpersonal.
    }
label-recording-listeners = Vem får lyssna på inspelningarna

# Web analytics, in the cookies section
label-analytics = Webbanalystjänster

# Transfers per country: "Förenta staterna (Google LLC)" before its grounds.
label-transfer-countries = Överföringar per mottagarland
item-transfer-country = { $country }: { $grounds }
item-transfer-country-recipients = { $country } ({ $recipients }): { $grounds }

# Adequacy decisions of the Commission (Art. 45), by ISO 3166 code.
adequacy-ad = Överföringen grundar sig på Europeiska kommissionens beslut om adekvat skyddsnivå för Andorra, beslut 2010/625/EU av den 19 oktober 2010 (artikel 45).
adequacy-ar = Överföringen grundar sig på Europeiska kommissionens beslut om adekvat skyddsnivå för Argentina, beslut 2003/490/EG av den 30 juni 2003 (artikel 45).
adequacy-ca = Överföringen grundar sig på Europeiska kommissionens beslut om adekvat skyddsnivå för Kanada, beslut 2002/2/EG av den 20 december 2001, som gäller kommersiella organisationer som omfattas av Kanadas lag om skydd av personuppgifter och elektroniska handlingar (PIPEDA) (artikel 45).
adequacy-ch = Överföringen grundar sig på Europeiska kommissionens beslut om adekvat skyddsnivå för Schweiz, beslut 2000/518/EG av den 26 juli 2000 (artikel 45).
adequacy-fo = Överföringen grundar sig på Europeiska kommissionens beslut om adekvat skyddsnivå för Färöarna, beslut 2010/146/EU av den 5 mars 2010 (artikel 45).
adequacy-gb = Överföringen grundar sig på Europeiska kommissionens beslut om adekvat skyddsnivå för Förenade kungariket, genomförandebeslut (EU) 2021/1772 av den 28 juni 2021, förnyat den 19 december 2025 (artikel 45).
adequacy-gg = Överföringen grundar sig på Europeiska kommissionens beslut om adekvat skyddsnivå för Guernsey, beslut 2003/821/EG av den 21 november 2003 (artikel 45).
adequacy-il = Överföringen grundar sig på Europeiska kommissionens beslut om adekvat skyddsnivå för Israel, beslut 2011/61/EU av den 31 januari 2011 (artikel 45).
adequacy-im = Överföringen grundar sig på Europeiska kommissionens beslut om adekvat skyddsnivå för Isle of Man, beslut 2004/411/EG av den 28 april 2004 (artikel 45).
adequacy-je = Överföringen grundar sig på Europeiska kommissionens beslut om adekvat skyddsnivå för Jersey, beslut 2008/393/EG av den 8 maj 2008 (artikel 45).
adequacy-jp = Överföringen grundar sig på Europeiska kommissionens beslut om adekvat skyddsnivå för Japan, genomförandebeslut (EU) 2019/419 av den 23 januari 2019, som gäller den privata sektorn (artikel 45).
adequacy-kr = Överföringen grundar sig på Europeiska kommissionens beslut om adekvat skyddsnivå för Republiken Korea, genomförandebeslut (EU) 2022/254 av den 17 december 2021 (artikel 45).
adequacy-nz = Överföringen grundar sig på Europeiska kommissionens beslut om adekvat skyddsnivå för Nya Zeeland, genomförandebeslut 2013/65/EU av den 19 december 2012 (artikel 45).
adequacy-us = Överföringen grundar sig på Europeiska kommissionens beslut om adekvat skyddsnivå för ramverket för dataskydd mellan EU och Förenta staterna (EU–U.S. Data Privacy Framework), kommissionens genomförandebeslut (EU) 2023/1795 av den 10 juli 2023 (artikel 45); beslutet gäller mottagare som är certifierade inom ramverket.
adequacy-uy = Överföringen grundar sig på Europeiska kommissionens beslut om adekvat skyddsnivå för Uruguay, genomförandebeslut 2012/484/EU av den 21 augusti 2012 (artikel 45).

# How to use the rights
label-request-post-to = Postadress för begäranden
# $languages: the languages joined, e.g. "finska, svenska eller engelska".
text-request-languages = Du kan göra din begäran på { $languages }.
text-request-response = Vi svarar utan onödigt dröjsmål och senast inom en månad från det att vi tog emot begäran. Vid behov kan tiden, med hänsyn till hur komplicerade begärandena är och hur många de är, förlängas med högst två månader; vi meddelar dig då detta och skälen till förseningen inom en månad (artikel 12.3).
label-request-rights = Så här utövar du varje rättighet
# One right with its procedure, as a list item.
item-right-procedure = { $right }: { $procedure }
label-request-access = Rätt till tillgång
label-request-rectification = Rätt till rättelse
label-request-erasure = Rätt till radering
label-request-restriction = Rätt till begränsning av behandling
label-request-portability = Rätt till dataportabilitet
label-request-objection = Rätt att göra invändningar
label-request-withdrawal = Återkallande av samtycke
label-request-complaint = Klagomål till tillsynsmyndigheten
# Joins the last two languages of a list: "finska, svenska eller engelska".
joiner-or = eller
# The languages as text-request-languages names them.
label-request-language-fi = finska
label-request-language-sv = svenska
label-request-language-en = engelska

# Countries and territories with an adequacy decision, added for transfers
country-ad = Andorra
country-fo = Färöarna
country-gg = Guernsey
country-im = Isle of Man
country-je = Jersey

## The notice as a web page (HTML): the first layer and the contents
summary-heading = I korthet
summary-lead = Det viktigaste i denna dataskyddsbeskrivning. Varje punkt leder till det avsnitt nedan där det beskrivs i sin helhet.
summary-controller = Vem som ansvarar för dina uppgifter (personuppgiftsansvarig)
summary-contact = Kontakt i dataskyddsfrågor
summary-purposes = Varför vi behandlar dina uppgifter och med vilken rättslig grund
summary-recipients = Vem som får uppgifterna
# $names: the processors of the processors' table, joined by commas.
summary-processors = Tjänsteleverantörer som behandlar uppgifterna för vår räkning: { $names }
# $names: the recipients of the processors' table that are independent controllers.
summary-independent-controllers = Tjänsteleverantörer som får uppgifterna som självständigt personuppgiftsansvariga: { $names }
summary-transfers = Överföringar utanför EU och EES
summary-retention = Hur länge uppgifterna lagras
summary-rights = Dina rättigheter
summary-requests = Hur du utövar dina rättigheter
summary-complaint = Klagomål till tillsynsmyndigheten
html-contents = Innehåll

# Vad seloste säger om en modell: meddelandet för varje fynd av
# GDPR-reglerna (`seloste check`) och hur det åtgärdas (`-help`).
# Meddelandena börjar med liten bokstav och slutar utan punkt; det som
# modellen innehåller (nycklar, namn, landskoder, TOML att skriva) ges som
# det skrivs. Artiklar på svenskt sätt: "artikel 13.1 c".

## Platshållare i startmodellen
placeholder = platshållaren { $value } har inte fyllts i
placeholder-help = ersätt den med den riktiga uppgiften

## Ändamål och rättsliga grunder
purpose-without-basis = ändamålet { $purpose } saknar rättslig grund
purpose-without-basis-help = lägg till basis = "…": consent (samtycke), contract (fullgörande av avtal), legal-obligation (rättslig förpliktelse), vital-interests (grundläggande intressen), public-task (uppgift av allmänt intresse) eller legitimate-interests (berättigade intressen)
legitimate-interest-not-stated = ändamålet { $purpose } grundar sig på berättigade intressen, men det anges inte vilket intresse
legitimate-interest-not-stated-help = lägg till interest = "…" (nycklarna: `seloste catalog --section interest`) eller egen text {"{"} sv = "…" {"}"}
interest-without-legitimate-interests = för ändamålet { $purpose } anges ett berättigat intresse, men ändamålets rättsliga grund är { $basis }
interest-without-legitimate-interests-help = ta bort interest, eller ange basis = "legitimate-interests" om behandlingen grundar sig på berättigade intressen
consent-without-withdrawal-purpose = ändamålet { $purpose } grundar sig på samtycke, men beskrivningen anger inte hur samtycket återkallas
consent-without-withdrawal-clause = klausulen { $clause } ({ $path }) förutsätter samtycke, men beskrivningen anger inte hur samtycket återkallas
consent-without-withdrawal-help = lägg till consent-withdrawal = "by-email" (eller "unsubscribe-link", "same-way", "account-settings") i början av filen
withdrawal-without-consent = consent-withdrawal anges, men ingenting i beskrivningen grundar sig på samtycke, så det skrivs inte ut
withdrawal-without-consent-help = ta bort det, eller ange basis = "consent" för det ändamål som grundar sig på samtycke
contact-persons-without-interest = beskrivningen nämner { $subjects } bland de registrerade, men inget ändamål vilar på ett berättigat intresse som omfattar dem: de är inte parter i kundens avtal, så avtalet (artikel 6.1 b) är ingen rättslig grund för deras uppgifter
contact-persons-without-interest-help = lägg till ett ändamål med basis = "legitimate-interests" och interest = "contact-persons", t.ex. purpose = "contact-persons" (`seloste catalog --section purpose`)

## Vad beskrivningen ska ange
no-retention = beskrivningen anger inte hur länge uppgifterna lagras
no-retention-help = lägg till retention = ["…"] i början av filen (`seloste catalog --section retention`), eller egen text som anger lagringstiden eller kriterierna för den
retention-criterion-not-stated = lagringstiden anges bara som ”så länge det behövs” (until-no-longer-needed), vilket inte säger läsaren hur länge uppgifterna lagras
retention-criterion-not-stated-help = lägg till det kriterium som bestämmer lagringstiden, t.ex. retention = [{"{"} key = "customer-relationship-plus-years", years = 2 {"}"}, …] (`seloste catalog --section retention`), eller egen text som anger lagringstiden
no-data-categories-unnamed = beskrivningen räknar inte upp de personuppgifter som behandlas, och ingen uppgiftskälla anges, så uppgifterna kan komma från andra
no-data-categories-other = beskrivningen räknar inte upp de personuppgifter som behandlas, trots att uppgifter samlas in från någon annan än den registrerade själv ({ $source })
no-data-categories-help = lägg till data = ["name", "contact-details", …] i början av filen (`seloste catalog --section data`)
no-recipients = beskrivningen anger inga mottagare av uppgifterna
no-recipients-help = lägg till disclosures = ["…"] under [recipients] eller tabeller [[recipients.processors]]; om uppgifterna inte lämnas ut till någon, skriv disclosures = ["none-regular"]
automated-decisions-not-addressed = beskrivningen anger inte om automatiserat beslutsfattande eller profilering används
automated-decisions-not-addressed-help = lägg till automated-decisions = "none" i början av filen, eller egen text som beskriver logiken och dess följder
requirement-not-stated = beskrivningen anger inte om uppgifterna måste lämnas eller vad som händer om de inte lämnas
requirement-not-stated-help = lägg till requirement = "contract" (eller "voluntary", …) i början av filen
consequences-not-stated = beskrivningen anger att uppgifterna måste lämnas, men inte vad som händer om de inte lämnas
consequences-not-stated-help = lägg till requirement-consequences = ["…"] i början av filen (`seloste catalog --section consequence`)
no-sources = beskrivningen anger inte varifrån personuppgifterna kommer
no-sources-help = räkna upp uppgiftskällorna, t.ex. sources = ["customer", "ytj"] (`seloste catalog --section source`); om var och en lämnar sina egna uppgifter, skriv sources = ["data-subject"]
public-source-not-marked = '{ $source }' är ett offentligt register, men källan är inte märkt som offentlig
public-source-not-marked-help = skriv den som {"{"} source = "{ $source }", public = true {"}"}

## Överföringar utanför EU/EES
transfer-without-ground = personuppgiftsbiträdet '{ $processor }' behandlar uppgifterna i { $country }, men beskrivningen stöder sig inte på något gällande beslut om adekvat skyddsnivå för landet, och ingen skyddsåtgärd omfattar överföringen
transfer-without-ground-help = lägg till [[transfers.countries]] med country = "{ $country }" och grounds = ["standard-contractual-clauses"] (eller en annan grund: `seloste catalog --section safeguard`)
adequacy-decision-not-in-force = överföringen till { $country } grundar sig på { $ground }, men kommissionen har inget sådant gällande beslut om adekvat skyddsnivå för landet
adequacy-decision-not-in-force-help = ange i stället en skyddsåtgärd enligt artikel 46, t.ex. "standard-contractual-clauses", och hur man får en kopia av den (copy = "on-request" under [transfers])
transfer-without-safeguard = uppgifter överförs utanför EU/EES, men ingen skyddsåtgärd anges
transfer-without-safeguard-copy = uppgifter överförs utanför EU/EES, men ingen skyddsåtgärd anges: en kopia av skyddsåtgärderna på begäran är inte i sig en skyddsåtgärd
transfer-without-safeguard-help = räkna upp dem, t.ex. safeguards = ["standard-contractual-clauses"] (`seloste catalog --section safeguard`)
safeguard-copy-not-offered = överföringen grundar sig på { $safeguard }, en lämplig skyddsåtgärd enligt artikel 46, men beskrivningen anger inte hur man får en kopia av den
safeguard-copy-not-offered-help = lägg till copy = "on-request" under [transfers] (`seloste catalog --section copy`), eller egen text som anger hur kopian fås
processor-outside-eea-undeclared = personuppgiftsbiträdet '{ $processor }' behandlar uppgifterna i { $country }, utanför EU/EES, men transfers.outside-eea är false
processor-outside-eea-undeclared-help = ange outside-eea = true under [transfers] och räkna upp skyddsåtgärderna
country-outside-eea-undeclared = uppgifter överförs till { $country }, utanför EU/EES, men transfers.outside-eea är false
country-outside-eea-undeclared-help = ange outside-eea = true under [transfers]
processor-country-unknown = personuppgiftsbiträdet '{ $processor }' anger inte var det behandlar uppgifterna, men enligt beskrivningen överförs ingenting utanför EU/EES
processor-country-unknown-help = lägg till country = "…" (landskod enligt ISO 3166) för biträdet; om det behandlar uppgifterna utanför EU/EES, ange outside-eea = true under [transfers] och räkna upp skyddsåtgärderna
processor-country-unknown-transfer = personuppgiftsbiträdet '{ $processor }' anger inte var det behandlar uppgifterna, och enligt beskrivningen överförs uppgifter utanför EU/EES: läsaren kan inte veta om uppgifter som detta biträde behandlar lämnar EU/EES eller på vilken grund
processor-country-unknown-transfer-help = lägg till country = "…" (landskod enligt ISO 3166) för biträdet; om landet ligger utanför EU/EES, ange grunden för överföringen i [[transfers.countries]]
safeguards-without-transfer = skyddsåtgärder för överföringar räknas upp, men transfers.outside-eea är false: beskrivningen skulle säga att ingenting lämnar EU/EES och ändå räkna upp grunder för överföringar
safeguards-without-transfer-help = ange outside-eea = true under [transfers] om uppgifter överförs, eller ta bort safeguards

## Personuppgiftsansvarig, kontaktperson och dataskyddsombud
no-contact-empty = kontaktuppgifterna för begäranden saknar e-postadress
no-contact-unusable = kontaktuppgifterna för begäranden har ingen användbar e-postadress: '{ $email }'
no-contact-help = skriv den adress där begäranden som gäller registret besvaras, t.ex. email = "dataskydd@example.fi"
contact-phone-missing = '{ $clause }' skriver ut kontaktpersonens telefonnummer, men contact.phone saknas
contact-phone-missing-help = lägg till phone = "…" under [contact], eller välj en klausul utan telefonnummer
representative-missing = den personuppgiftsansvarige '{ $controller }' är etablerad utanför EU/EES ({ $country }), men ingen företrädare i unionen anges
representative-missing-help = lägg till en tabell [eu-representative] med företrädarens namn, adress och e-postadress
no-business-id = den personuppgiftsansvarige '{ $controller }' identifieras inte med FO-nummer eller något annat registreringsnummer
no-business-id-help = lägg till business-id = "1234567-1" (från FODS), eller registration = {"{"} label = …, number = … {"}"} för ett annat registers nummer
eu-representative-in-eea = en företrädare i unionen anges, men alla personuppgiftsansvariga är etablerade i EU/EES, och endast personuppgiftsansvariga som är etablerade utanför EU/EES ska ha en företrädare (artikel 27)
eu-representative-in-eea-help = om det är kontaktpersonen i dataskyddsfrågor, ange uppgifterna under [contact]; annars ta bort [eu-representative]
joint-arrangement-missing = registret förs gemensamt av { $count } personuppgiftsansvariga, men det väsentliga innehållet i deras arrangemang anges inte
joint-arrangement-missing-help = lägg till [joint-controllers] med arrangement = "shared-contact" (eller egen text om vem som svarar de registrerade) och contact-point = "<namnet på en av de personuppgiftsansvariga>"
joint-arrangement-single = ett arrangemang mellan gemensamt personuppgiftsansvariga anges, men bara en personuppgiftsansvarig är namngiven
joint-arrangement-single-help = lägg till de andra personuppgiftsansvariga som tabeller [[controllers]], eller ta bort [joint-controllers]
dpo-required-missing = ett dataskyddsombud måste utses, men ingen [dpo] anges
dpo-required-missing-help = lägg till en tabell [dpo] med ombudets e-postadress, t.ex. email = "dpo@example.fi"
dpo-consider-public-task = inget dataskyddsombud anges, och enligt modellen behandlas personuppgifter för att utföra en uppgift av allmänt intresse, såsom myndigheter och offentliga organ gör (artikel 37.1 a): ett dataskyddsombud kan krävas
dpo-consider-surveillance = inget dataskyddsombud anges, och modellen beskriver övervakning av lokaler eller kameraövervakning, som utgör regelbunden och systematisk övervakning (artikel 37.1 b): ett dataskyddsombud kan krävas
dpo-consider-communications = inget dataskyddsombud anges, och modellen beskriver förmedlings- eller lokaliseringsuppgifter för elektronisk kommunikation, vars behandling är kärnan i ett teleföretags verksamhet och utgör regelbunden och systematisk övervakning (artikel 37.1 b): ett dataskyddsombud kan krävas
dpo-consider-monitoring = inget dataskyddsombud anges, och modellen beskriver uppgifter från övervakning av människors beteende (artikel 37.1 b): ett dataskyddsombud kan krävas
dpo-consider-help = om ett dataskyddsombud krävs, lägg till [dpo] med ombudets e-postadress; om ni har bedömt att inget krävs, anteckna det med dpo-required = false

## Förfaranden
recording-without-purpose = enligt beskrivningen spelas samtal eller meddelanden in, men inte varför
recording-without-purpose-help = lägg till purposes = ["…"] under [recording] (`seloste catalog --section recording`)
recording-without-retention = enligt beskrivningen spelas samtal eller meddelanden in, men inte hur länge inspelningarna sparas
recording-without-retention-help = lägg till retention = "until-transaction-verified" (eller en annan klausul, eller egen text) under [recording]
recording-not-described = enligt beskrivningen spelas samtal in, men inte varför eller hur länge inspelningarna sparas
recording-not-described-help = lägg till tabellen [recording]: recorded = ["calls"], purposes = ["purpose-verify-transactions"] och retention = {"{"} key = "kept-months", months = 6 {"}"} (klausuler eller egna texter)
camera-recordings-kept-long = inspelningar från kameraövervakningen lagras längre än 72 timmar, och beskrivningen anger inte varför
camera-recordings-kept-long-help = ange varför inspelningarna behövs längre (lägg till "kept-longer-incidents-found-late" i surveillance, eller egen text med skälet), eller lagra dem i några dagar (Europeiska dataskyddsstyrelsens riktlinjer 3/2019, punkt 121)
use-without-purpose = enligt beskrivningen sker denna behandling, men inget ändamål omfattar den, så läsaren får inte veta varför eller på vilken rättslig grund (dess ändamål är '{ $purpose }')
use-without-purpose-help = lägg till [[purposes]] med purpose = "{ $purpose }" och dess rättsliga grund (basis)
directory-without-refusal = uppgifter publiceras eller lämnas ut om inte den registrerade förbjuder det, men beskrivningen anger inte hur man förbjuder det
directory-without-refusal-help = lägg till refusal = "…" under [directories] (`seloste catalog --section refusal`)
post-without-address = begäranden kan skickas per post, men beskrivningen har ingen postadress att skriva ut
post-without-address-help = lägg till [requests.post-to] med name, street, postal-code och city (eller kontaktpersonens street, postal-code och city)
analytics-without-consent = en analys- eller reklamtjänst från tredje part anges, men avsnittet om kakor anger inte att dess kakor används endast med samtycke
analytics-without-consent-help = lägg till "consent-banner" i cookies (och consent-withdrawal), eller egen text om hur samtycke begärs
analytics-retention-not-stated = en webbanalys- eller reklamtjänst anges, men inte hur länge de uppgifter som den samlar in sparas
analytics-retention-not-stated-help = lägg till {"{"} key = "analytics-months", months = 14 {"}"} i retention (lagringstiden som valts i tjänstens inställningar) eller egen text
special-without-condition = särskilda kategorier av personuppgifter räknas upp, men det anges inget villkor i artikel 9.2 som tillåter att de behandlas
special-without-condition-help = lägg till conditions = ["…"] under [special-categories] (`seloste catalog --section condition`)
identity-code-without-ground = personbeteckningen behandlas, men beskrivningen anger inte på vilken grund i 29 § i dataskyddslagen (1050/2018)
identity-code-without-ground-help = lägg till identity-code = ["…"] i början av filen (`seloste catalog --section identity-code`)

## Egna texter
own-text-too-short = den egna texten är kortare än en mening: { $texts }
own-text-too-short-help = skriv minst en hel mening, eller använd en klausul ur katalogen (`seloste catalog --section { $section }`)
list-item-style = punkten i listan följer inte beskrivningens liststil: { $items }
list-item-lower-case = { $lang } '{ $text }' börjar med liten bokstav
list-item-full-stop = { $lang } '{ $text }' slutar med punkt
list-item-style-help = punkterna i en lista börjar med stor bokstav och slutar utan punkt, på alla språk, som katalogens gör (docs/model.md, "List style"); ett namn som börjar med liten bokstav lämnas som det skrivs när det anges som {"{"} all = "…" {"}"}
outdated = beskrivningen uppdaterades senast { $updated }, mer än två år före i dag ({ $today })
outdated-help = granska beskrivningen mot hur ni behandlar uppgifter i dag, och sätt sedan updated (och version) till datumet för granskningen

## Språken i egen text
language-missing = den egna texten saknar språkversionen { $lang } (den har: { $has })
language-missing-fallback = den egna texten saknar språkversionen { $lang } och har inte heller någon version på reservspråket { $fallback } (den har: { $has })
language-missing-help = lägg till `{ $lang } = "…"` i texten (`seloste translate MODEL --to { $lang }` räknar upp alla texter som ska översättas), använd en nyckel ur katalogen som redan är översatt, eller skriv ut med --fallback LANG, så att ett annat språk används och texten markeras

## Rapportens ram
report-error = fel
report-warning = varning
report-help = hjälp
report-note = obs
report-gdpr = dataskyddsförordningen, { $article }
report-see = se dataskyddsförordningen, { $article }
report-no-findings = inga fynd
report-errors = { $count ->
    [one] 1 fel
   *[other] { $count } fel
}
report-warnings = { $count ->
    [one] 1 varning
   *[other] { $count } varningar
}

## Kommandoradens slutord
cli-not-passed = { $file } klarar inte kontrollen
cli-not-passed-many = { $failed } av { $count } modeller klarar inte kontrollen
cli-not-printed = beskrivningen skrivs inte ut, ingenting skrevs
cli-nothing-written = ingenting skrevs

## Regler från uppgift 23
requirement-contradicts-basis = enligt beskrivningen är det frivilligt att lämna uppgifterna, men ändamålet { $purpose } grundar sig på en rättslig förpliktelse, som kräver uppgifterna enligt lag
requirement-contradicts-basis-help = ange vilka uppgifter som krävs: requirement = "partly" (eller "law", eller egen text), eller rätta ändamålets rättsliga grund
analytics-outside-eea-undeclared = enligt klausulen '{ $clause }' kan tjänsten överföra uppgifter till Förenta staterna, men transfers.outside-eea är false: beskrivningen skulle motsäga sig själv
analytics-outside-eea-undeclared-help = ange outside-eea = true under [transfers] och lägg till [[transfers.countries]] med country = "US" och grunderna för överföringen (t.ex. grounds = ["data-privacy-framework"])
signed-request-only = en undertecknad skriftlig begäran är det enda sätt att göra en begäran som beskrivningen erbjuder, men den personuppgiftsansvarige ska underlätta utövandet av rättigheterna och kan inte kräva en viss form (artikel 12.2)
signed-request-only-help = lägg till ett annat sätt i procedure under [requests], t.ex. "by-email" eller "in-person"

## Validering
example-business-id = FO-numret för den personuppgiftsansvarige '{ $controller }' är { $id }, som är selostes exempel och inte den personuppgiftsansvariges eget
example-business-id-help = kopiera den personuppgiftsansvariges FO-nummer från Företags- och organisationsdatasystemet (FODS)

## Läsa en modell som skrivits för hand
toml-date-written-finnish = datumet { $value } är skrivet på finskt sätt; i modellen skrivs datum med året först
toml-date-written-finnish-help = skriv { $line }
toml-number-as-text = { $value } är skrivet som ett tal, men fältet tar text
toml-number-as-text-help = sätt det inom citattecken: { $line }
toml-quote-in-text = ett citattecken inne i en text avslutar texten
toml-quote-in-text-help = skriv texten inom enkla citattecken, eller varje citattecken inne i den som \": { $line }
top-level-field-in-table = `{ $field }` hör till början av filen, men här läses det som ett fält i [{ $table }]
top-level-field-in-table-help = flytta raden ovanför filens första [tabell]-rubrik: en rad under en rubrik hör till den tabellen ({ $field } = … i början av filen)
translation-stale = { $lang }-texten har översatts från { $from }-texten, som har ändrats sedan dess: texterna säger kanske inte längre samma sak
translation-stale-help = låt översätta texten på nytt: ta bort { $lang }-texten och dess { $lang }-from, kör sedan `seloste translate --to { $lang }` och slå ihop översättningen med `--merge`

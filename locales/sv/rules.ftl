# Vad varje regel i `seloste check` kontrollerar och hur det som regeln hittar åtgärdas:
# regeltabellen i README (`-checks`, `-fix`) och `seloste check --explain RULE`.
# Hela meningar som slutar med punkt; nycklar, fältnamn och TOML skrivs som i modellen.
# Artiklar på svenskt sätt: "artikel 13.1 c".

rule-purpose-without-basis-checks = Varje ändamål har en rättslig grund enligt artikel 6.1.
rule-purpose-without-basis-fix = Lägg till `basis` för ändamålet: consent (samtycke), contract (fullgörande av avtal), legal-obligation (rättslig förpliktelse), vital-interests (grundläggande intressen), public-task (uppgift av allmänt intresse eller myndighetsutövning) eller legitimate-interests (berättigade intressen).
rule-legitimate-interest-not-stated-checks = Ett ändamål som grundar sig på berättigade intressen anger vilket intresse som eftersträvas.
rule-legitimate-interest-not-stated-fix = Lägg till `interest` för ändamålet: en nyckel ur katalogen (`seloste catalog --section interest`) eller egen text.
rule-interest-without-legitimate-interests-checks = Ett ändamål som anger ett berättigat intresse grundar sig på berättigade intressen (annars anger beskrivningen två rättsliga grunder som motsäger varandra).
rule-interest-without-legitimate-interests-fix = Ta bort `interest`, eller ange `basis = "legitimate-interests"` om behandlingen grundar sig på berättigade intressen.
rule-consent-without-withdrawal-checks = När ett ändamål grundar sig på samtycke, eller en klausul förutsätter samtycke (kakor som kräver samtycke), anger beskrivningen hur samtycket återkallas (`consent-withdrawal` eller `requests.withdrawal`); själva rättigheten skrivs ut tillsammans med de övriga rättigheterna.
rule-consent-without-withdrawal-fix = Lägg till `consent-withdrawal`, t.ex. "by-email" eller "unsubscribe-link" (`seloste catalog --section withdrawal`).
rule-withdrawal-without-consent-checks = `consent-withdrawal` anges bara när ett ändamål grundar sig på samtycke eller en klausul förutsätter det (annars skrivs det inte ut).
rule-withdrawal-without-consent-fix = Ta bort `consent-withdrawal`, eller ange `basis = "consent"` för det ändamål som grundar sig på samtycke.
rule-contact-persons-without-interest-checks = När de registrerade omfattar personer vars uppgifter kommer med en organisations avtal utan att de själva är parter i det (`customer-contacts`, `customer-users`, `customer-technical-contacts`, `partner-contacts`, `supplier-contacts`, `company-representatives`), vilar ett ändamål på ett berättigat intresse som omfattar dem (`interest = "contact-persons"` eller `"customer-relationship"`, eller egen text): avtalet (artikel 6.1 b) omfattar bara dess parter.
rule-contact-persons-without-interest-fix = Lägg till `[[purposes]]` med `purpose = "contact-persons"`, `basis = "legitimate-interests"` och `interest = "contact-persons"`.
rule-no-retention-checks = Beskrivningen anger hur länge uppgifterna lagras, eller kriterierna för att fastställa lagringstiden.
rule-no-retention-fix = Lägg till `retention`, t.ex. `[{"{"} key = "customer-relationship-plus-years", years = 2 {"}"}, "accounting-law"]` (`seloste catalog --section retention`).
rule-retention-criterion-not-stated-checks = En lagringstid är mer än ”så länge det behövs”: när `until-no-longer-needed` är den enda posten i `retention` utöver en tid som följer av lag (`accounting-law`), anger beskrivningen det kriterium som bestämmer lagringstiden, till exempel att kundförhållandet eller avtalet upphör och tiden därefter (WP260 rev.01: det räcker inte att ange att uppgifterna lagras så länge det är nödvändigt).
rule-retention-criterion-not-stated-fix = Lägg till kriteriet i `retention`, t.ex. `{"{"} key = "customer-relationship-plus-years", years = 2 {"}"}` (`seloste catalog --section retention`), eller egen text som anger lagringstiden.
rule-no-data-categories-checks = Beskrivningen räknar upp de kategorier av personuppgifter som behandlas när någon uppgift kommer från någon annan än den registrerade själv (från en annan källa än `data-subject`, eller när ingen källa anges).
rule-no-data-categories-fix = Lägg till `data` (`seloste catalog --section data`).
rule-no-recipients-checks = Beskrivningen anger mottagarna, dvs. regelmässiga utlämnanden eller personuppgiftsbiträden, eller säger att det inte finns några.
rule-no-recipients-fix = Lägg till `recipients.disclosures` eller `[[recipients.processors]]`; om uppgifterna inte lämnas ut till någon, skriv `disclosures = ["none-regular"]`.
rule-automated-decisions-not-addressed-checks = Beskrivningen anger om automatiserat beslutsfattande, inbegripet profilering, används.
rule-automated-decisions-not-addressed-fix = Lägg till `automated-decisions = "none"`, eller egen text som beskriver logiken och dess följder.
rule-requirement-not-stated-checks = Beskrivningen anger om det är ett lagstadgat eller avtalsenligt krav att lämna uppgifterna, och vad som följer om de inte lämnas.
rule-requirement-not-stated-fix = Lägg till `requirement`, t.ex. "contract" eller "voluntary" (`seloste catalog --section requirement`).
rule-requirement-contradicts-basis-checks = En beskrivning som säger att det är frivilligt att lämna uppgifterna (`requirement = "voluntary"`) har inget ändamål som grundar sig på en rättslig förpliktelse, som kräver uppgifterna enligt lag: de två skulle motsäga varandra.
rule-requirement-contradicts-basis-fix = Ange vilka uppgifter som krävs: `requirement = "partly"` (eller "law", eller egen text), eller rätta ändamålets rättsliga grund.
rule-transfer-without-ground-checks = Varje personuppgiftsbiträde utanför EU/EES har en grund för överföringen till sitt land i `transfers.countries` eller `transfers.safeguards`: ett gällande beslut om adekvat skyddsnivå för landet, en skyddsåtgärd enligt artikel 46 eller ett undantag enligt artikel 49.
rule-transfer-without-ground-fix = Lägg till landet i `transfers.countries` med grunderna för överföringen, t.ex. `grounds = ["standard-contractual-clauses"]`, eller ange en skyddsåtgärd enligt artikel 46 i `transfers.safeguards`.
rule-adequacy-decision-not-in-force-checks = En överföring i `transfers.countries` kan grunda sig på ett beslut om adekvat skyddsnivå bara om landet har ett gällande beslut (dataskyddsramen mellan EU och Förenta staterna bara vid överföring till Förenta staterna).
rule-adequacy-decision-not-in-force-fix = Ange en annan grund för landet, t.ex. `standard-contractual-clauses` tillsammans med `transfers.copy`, eller rätta landet.
rule-no-contact-checks = Kontaktuppgifterna för begäranden har en användbar e-postadress (namn@domän.fi).
rule-no-contact-fix = Ange `contact.email`, den adress där begäranden som gäller registret besvaras.
rule-contact-phone-missing-checks = När en klausul skriver ut kontaktpersonens telefonnummer (t.ex. `rights-request = "by-email-or-phone"`) finns det ett nummer att skriva ut: `contact.phone` har angetts.
rule-contact-phone-missing-fix = Lägg till `contact.phone`, eller välj en klausul som inte utlovar något telefonnummer.
rule-representative-missing-checks = En personuppgiftsansvarig som är etablerad utanför EU/EES anger sin företrädare i unionen.
rule-representative-missing-fix = Lägg till en tabell `[eu-representative]` med företrädarens namn och adress.
rule-no-business-id-checks = Varje personuppgiftsansvarig identifieras med ett registreringsnummer: FO-nummer eller ett annat registers nummer (`registration`), som till exempel en förening eller en utländsk personuppgiftsansvarig har.
rule-no-business-id-fix = Lägg till `business-id`, eller `registration = {"{"} label = "association-register", number = "…" {"}"}`; en personuppgiftsansvarig som inte har någotdera kan låta varningen stå kvar.
rule-eu-representative-in-eea-checks = En företrädare i unionen anges bara för en personuppgiftsansvarig som är etablerad utanför EU/EES: kontaktpersonen för en personuppgiftsansvarig i EU/EES anges under `[contact]`.
rule-eu-representative-in-eea-fix = Flytta uppgifterna till `[contact]` (kontaktuppgifter i dataskyddsfrågor), eller ta bort `[eu-representative]`.
rule-joint-arrangement-missing-checks = Flera personuppgiftsansvariga, som beskrivningen kallar gemensamt personuppgiftsansvariga, gör det väsentliga innehållet i sitt arrangemang tillgängligt för de registrerade (`joint-controllers.arrangement`).
rule-joint-arrangement-missing-fix = Lägg till `[joint-controllers]` med `arrangement` (t.ex. `"shared-contact"`) och kontaktpunkten för de registrerade, `contact-point`.
rule-joint-controllers-alone-checks = `[joint-controllers]` anges bara när det finns två eller flera personuppgiftsansvariga.
rule-joint-controllers-alone-fix = Lägg till de andra personuppgiftsansvariga som tabeller `[[controllers]]`, eller ta bort `[joint-controllers]`.
rule-dpo-missing-checks = När modellen anger att ett dataskyddsombud krävs (`dpo-required = true`) anges ombudets kontaktuppgifter.
rule-dpo-missing-fix = Lägg till en tabell `[dpo]` med ombudets e-postadress (och namn och telefonnummer).
rule-dpo-consider-checks = Inget dataskyddsombud anges och behovet av ett har inte heller uteslutits, men modellen visar behandling som kan kräva ett: den rättsliga grunden public-task, övervakning, uppgifter från övervakning av människors beteende (usage-data, camera-recordings, call-recordings, access-control-events), eller förmedlings- och lokaliseringsuppgifter för elektronisk kommunikation (traffic-data, location-data).
rule-dpo-consider-fix = Om ett dataskyddsombud krävs, lägg till `[dpo]`; om ni har bedömt att inget krävs, anteckna det med `dpo-required = false`.
rule-recording-incomplete-checks = En tabell `[recording]` anger varför samtal eller meddelanden spelas in (`purposes`) och hur länge inspelningarna sparas (`retention`); en beskrivning som nämner inspelade samtal som uppgiftskälla eller uppgiftskategori har en sådan tabell.
rule-recording-incomplete-fix = Lägg till `purposes`, t.ex. `["purpose-verify-transactions"]`, och `retention`, t.ex. `"until-transaction-verified"` (`seloste catalog --section recording`).
rule-camera-recordings-kept-long-checks = Beskrivningen anger varför inspelningar från kameraövervakningen lagras längre än 72 timmar (`surveillance`: `equipment-rooms`, `recordings-kept-days` eller `recordings-kept-years`): inspelningar ska i de flesta fall raderas efter några dagar, och en längre tid kräver ett skäl (Europeiska dataskyddsstyrelsens riktlinjer 3/2019 om videoenheter, punkt 121).
rule-camera-recordings-kept-long-fix = Lägg till `"kept-longer-incidents-found-late"` i `surveillance`, eller egen text med skälet; eller lagra inspelningarna i högst tre dagar.
rule-use-without-purpose-checks = En behandling som ett avsnitt beskriver finns bland ändamålen med sin rättsliga grund: inspelning av samtal (`recording.recorded`) som `call-recording`, utbildning med inspelningarna (`recording.training`) som `staff-training` och varje publicerad förteckning (`directories.published`) som sitt ändamål: `subscriber-directories`, `mailing-list-disclosure`, `membership-register`. Med ett ändamål i egen text kan regeln inte bedöma och säger ingenting.
rule-use-without-purpose-fix = Lägg till `[[purposes]]` med det ändamål som varningen nämner och dess `basis`.
rule-directory-refusal-not-stated-checks = När uppgifter publiceras i katalogtjänster eller lämnas ut för adressregister om inte den registrerade förbjuder det (`directories.published`), anger beskrivningen hur man förbjuder det (`directories.refusal`).
rule-directory-refusal-not-stated-fix = Lägg till `refusal` under `[directories]`, t.ex. `"customer-service"` (`seloste catalog --section refusal`).
rule-request-address-missing-checks = När begäranden kan skickas per post (`requests.procedure` innehåller `by-post`) skriver beskrivningen ut vart de ska skickas: `requests.post-to` eller kontaktpersonens gatuadress.
rule-request-address-missing-fix = Lägg till `[requests.post-to]` med namn, gatuadress, postnummer och postanstalt, eller ange kontaktpersonens `street`, `postal-code` och `city`.
rule-signed-request-only-checks = En undertecknad skriftlig begäran (`in-writing-signed`) erbjuds som ett sätt bland andra: den personuppgiftsansvarige ska underlätta utövandet av rättigheterna och kan inte kräva en viss form, så `requests.procedure` erbjuder också `by-email`, `in-person` eller `access-form`.
rule-signed-request-only-fix = Lägg till ett annat sätt i `requests.procedure`, t.ex. "by-email".
rule-analytics-without-consent-checks = När en analys- eller reklamtjänst från tredje part anges (`analytics`), säger avsnittet om kakor att tjänstens kakor används endast med samtycke (enligt 205 § i lagen om tjänster inom elektronisk kommunikation (917/2014) krävs samtycke för att lagra dem).
rule-analytics-without-consent-fix = Lägg till `"consent-banner"` (eller `"analytics-with-consent"`, eller egen text) i `cookies`, och lägg också till `consent-withdrawal`.
rule-analytics-retention-not-stated-checks = När en webbanalys- eller reklamtjänst anges (`analytics`), säger lagringstiderna hur länge de uppgifter som tjänsten samlar in sparas.
rule-analytics-retention-not-stated-fix = Lägg till `{"{"} key = "analytics-months", months = 14 {"}"}` i `retention` (den tid som valts i tjänstens inställningar) eller egen text.
rule-requirement-consequence-not-stated-checks = Ett krav som bara anger sin form (`law`, `contractual`, `to-enter-contract`, `partly`) åtföljs av de möjliga följderna av att uppgifterna inte lämnas (`requirement-consequences`).
rule-requirement-consequence-not-stated-fix = Lägg till `requirement-consequences`, t.ex. `["no-contract"]` (`seloste catalog --section consequence`).
rule-source-not-named-checks = Beskrivningen anger varifrån personuppgifterna kommer: minst en källa (om någon källa är en annan än den registrerade själv tillämpas artikel 14, och källan ska anges).
rule-source-not-named-fix = Räkna upp källorna (`seloste catalog --section source`); om var och en lämnar sina egna uppgifter, skriv `sources = ["data-subject"]`.
rule-public-source-not-marked-checks = En källa ur katalogen som är ett offentligt register (ytj, prh, prh-associations, vies, tieke) är märkt med `public = true`, så att beskrivningen anger att den är allmänt tillgänglig.
rule-public-source-not-marked-fix = Skriv källan som en tabell med `public = true`.
rule-special-category-without-condition-checks = Särskilda kategorier av personuppgifter (`special-categories.data`) behandlas bara enligt ett villkor i artikel 9.2, som beskrivningen anger (`special-categories.conditions`).
rule-special-category-without-condition-fix = Lägg till villkoret, t.ex. `conditions = ["explicit-consent"]` (`seloste catalog --section condition`), eller ta bort de särskilda kategorierna om ni inte behandlar sådana uppgifter.
rule-identity-code-ground-not-stated-checks = När personbeteckningen finns bland uppgifterna (`identity-code`, `identity-code-or-business-id`) anger beskrivningen på vilken grund i 29 § i dataskyddslagen (1050/2018) den behandlas (`identity-code`).
rule-identity-code-ground-not-stated-fix = Lägg till `identity-code`, t.ex. `["credit-collection"]` (`seloste catalog --section identity-code`).
rule-own-text-too-short-checks = Egen text där beskrivningen behöver en mening (lagringstid, utlämnanden, överföringar, skyddsåtgärder, …) är minst en mening: tre ord eller fler, med `.`, `!` eller `?` i slutet.
rule-own-text-too-short-fix = Skriv ut hela meningen, eller använd en klausul ur katalogen (`seloste catalog`).
rule-list-item-style-checks = Egen text som skrivs ut som en punkt i en lista (ändamål, personuppgifter, registrerade, källor, system, tjänster, säkerhetsåtgärder) följer katalogens liststil på alla språk: den börjar med stor bokstav, och en nominalfras slutar utan punkt.
rule-list-item-style-fix = Börja med stor bokstav och sätt ingen punkt i slutet; ett namn som skrivs med liten bokstav ("eKirjasto") anges som {"{"} all = "…" {"}"}, eller också börjar texten med det.
rule-outdated-checks = `document.updated` ligger högst två år före dagens datum: en äldre beskrivning motsvarar troligen inte längre den behandling den beskriver.
rule-outdated-fix = Granska beskrivningen mot hur ni behandlar uppgifterna i dag, och sätt `document.updated` (och `version`) till datumet för granskningen.
rule-language-incomplete-checks = Varje egen text finns på alla språk för de dokument som begärs (som standard de språk som `document.languages` utlovar), eller på reservspråket.
rule-language-incomplete-fix = Lägg till det saknade språket i texten, använd en nyckel ur katalogen (som översätter sig själv), skriv ut med --fallback LANG, eller sluta utlova språket.
rule-translation-stale-checks = Varje översättning av en egen text som `seloste translate --merge` har gjort (antecknad bredvid den som `sv-from = "fi:1a2b3c4d"`: källspråket och ett fingeravtryck av dess text) har fortfarande den källtext som den översattes från: en källtext som har ändrats sedan dess gör översättningen inaktuell.
rule-translation-stale-fix = Låt översätta texten på nytt: ta bort det inaktuella språket och dess `-from`, kör sedan `seloste translate --to SPRÅK` och `--merge`.
rule-transfer-without-safeguard-checks = Överföringar utanför EU/EES (`transfers.outside-eea = true`) har minst en angiven grund, i `transfers.safeguards` eller `transfers.countries`: ett beslut om adekvat skyddsnivå, standardavtalsklausuler, bindande företagsbestämmelser, … (`copy-on-request` anger hur man får en kopia av skyddsåtgärderna; det är ingen skyddsåtgärd i sig).
rule-transfer-without-safeguard-fix = Räkna upp skyddsåtgärderna i `transfers.safeguards` (`seloste catalog --section safeguard`).
rule-safeguard-copy-not-offered-checks = När en överföring grundar sig på lämpliga skyddsåtgärder enligt artikel 46 (standardavtalsklausuler, bindande företagsbestämmelser) anger beskrivningen hur man får en kopia av dem (`transfers.copy`, eller `copy-on-request` bland skyddsåtgärderna).
rule-safeguard-copy-not-offered-fix = Lägg till `copy = "on-request"` under `[transfers]` (`seloste catalog --section copy`), eller egen text som anger hur kopian fås.
rule-transfer-not-declared-checks = När `transfers.outside-eea` är false behandlar inget personuppgiftsbiträde uppgifterna utanför EU/EES, inget land i `transfers.countries` ligger utanför EU/EES och ingen analysklausul säger att tjänsten överför uppgifter till Förenta staterna (beskrivningen säger då att ingenting lämnar EU/EES).
rule-transfer-not-declared-fix = Ange `transfers.outside-eea = true` och räkna upp skyddsåtgärderna, eller rätta personuppgiftsbiträdets land.
rule-processor-location-unknown-checks = Varje personuppgiftsbiträde anger var det behandlar uppgifterna (`country`). När `transfers.outside-eea` är false säger beskrivningen att ingenting lämnar EU/EES, vilket inte går att bedöma för ett biträde vars placering är okänd; när det är true måste läsaren kunna se vilket biträdes uppgifter som lämnar EU/EES och på vilken grund (artikel 13.1 f kräver det för varje överföring).
rule-processor-location-unknown-fix = Ange biträdets `country` (landskod enligt ISO 3166); om det behandlar uppgifterna utanför EU/EES, ange `transfers.outside-eea = true` och räkna upp skyddsåtgärderna.
rule-safeguard-without-transfer-checks = Skyddsåtgärder anges bara när uppgifter överförs utanför EU/EES (`transfers.outside-eea = true`); annars skulle beskrivningen säga att ingenting lämnar EU/EES och ändå räkna upp grunder för överföringar.
rule-safeguard-without-transfer-fix = Ange `transfers.outside-eea = true` om uppgifter överförs, eller ta bort `transfers.safeguards`.
rule-placeholder-not-filled-checks = Inget värde är längre en platshållare inom vinkelparenteser, "<…>", sådana som finns i startmodellen som `seloste init` skriver.
rule-placeholder-not-filled-fix = Ersätt platshållaren med det riktiga värdet.
rule-invalid-model-checks = Filen kan läsas och tolkas och klarar valideringen: nycklarna ur katalogen finns och får de värden de behöver, FO-numren har rätt kontrollsiffra, landskoderna är kända och de filer som modellen anger (logo, wording) finns i modellens mapp.
rule-invalid-model-fix = Följ meddelandet; `docs/model.md` beskriver varje fält.

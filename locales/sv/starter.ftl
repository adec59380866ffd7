### seloste: comments and placeholders of the starter model that `seloste init` writes (Swedish).
### fi, sv and en have exactly the same message ids. Plain messages only, one line each:
### seloste wraps them into TOML comments.

## Comments

starter-intro = En modell för en dataskyddsbeskrivning i seloste. Den börjar som beskrivningen av ett vanligt kundregister: anpassa den till det ni verkligen gör.
starter-placeholders = Ersätt varje värde inom vinkelparentes <…> med ert eget. `seloste check` nämner det som återstår och allt annat som dataskyddsförordningen kräver.
starter-texts = De flesta texter är nycklar i katalogen över standardklausuler, som översätter sig själva till finska, svenska och engelska; `seloste catalog --section purpose` listar nycklarna i en sektion. Egen text skrivs per språk, till exempel:
starter-order = Nycklar på översta nivån kommer först: i TOML hör en nyckel som skrivs efter en [tabell]rubrik till den tabellen.
starter-data = Personuppgifterna ni behandlar (artikel 14.1 d). Nycklar: seloste catalog --section data
starter-subjects = Vems uppgifter det gäller. Nycklar: seloste catalog --section subject
starter-retention = Hur länge uppgifterna lagras eller vilka kriterier som avgör det (artikel 13.2 a).
starter-automated = Automatiserat beslutsfattande och profilering (artikel 13.2 f): "none" om ni inte fattar sådana beslut.
starter-requirement = Om uppgifterna måste lämnas och vad som följer om de inte lämnas (artikel 13.2 e).
starter-request = Hur de registrerade framför begäranden om sina rättigheter; adressen är kontaktpersonens e-post nedan.
starter-dpo = Om ni har ett dataskyddsombud, lägg till en [dpo]-tabell med namn och e-post. Om ni har bedömt att inget behövs kan ni anteckna det: dpo-required = false.
starter-document = Dokumentet: registrets namn, datum för denna version och de språk beskrivningen finns på.
starter-languages = Katalognycklar översätter sig själva: lägg till "sv" och "en" så finns beskrivningen också på svenska och engelska.
starter-controller = Den personuppgiftsansvarige (artikel 13.1 a). Om det inte finns något FO-nummer (till exempel för en förening), ta bort business-id och ange vid behov ett annat registernummer: registration, med label och number. Om den personuppgiftsansvarige är införd i momsregistret, lägg till vat = true så skrivs momsnumret ut. För gemensamt personuppgiftsansvariga, upprepa tabellen [[controllers]] och beskriv det väsentliga innehållet i arrangemanget i tabellen [joint-controllers] (artikel 26.2).
starter-contact = Vart de registrerade skickar sina begäranden som gäller registret.
starter-purposes = Ändamålen med behandlingen, vart och ett med sin rättsliga grund (artikel 13.1 c): consent, contract, legal-obligation, vital-interests, public-task eller legitimate-interests, som också kräver interest = "…". Nycklar: seloste catalog --section purpose
starter-sources = Varifrån uppgifterna kommer (artikel 14.2 f); markera ett offentligt register med public = true.
starter-recipients = Vem som tar emot uppgifterna (artikel 13.1 e): regelmässiga utlämnanden och personuppgiftsbiträden som tabeller [[recipients.processors]], vart och ett med det land där det behandlar uppgifterna.
starter-transfers = Om uppgifter överförs utanför EU/EES (artikel 13.1 f). Om de gör det, ange outside-eea = true och räkna upp skyddsåtgärderna; med standardavtalsklausuler eller bindande företagsbestämmelser, lägg till copy-on-request.
starter-security = Hur registret skyddas: pappershandlingar och elektroniskt behandlade uppgifter.
starter-more-sections = Fler avsnitt, när de gäller dig (docs/model.md beskriver vart och ett): [requests] om hur varje rättighet används (skriftligen, per post till en namngiven person, identitetsbevis, språk); [recording] om inspelade kundtjänstsamtal; [directories] om katalogtjänster och adressregister; analytics = […] om namngivna webbanalystjänster; [special-categories] om uppgifter enligt artikel 9 och 10; identity-code = […] om du behandlar personbeteckningar; further-processing, requirement-consequences och manual-material. Nycklar: seloste catalog

## Placeholders, written between angle brackets

starter-ph-name = organisationens registrerade namn
starter-ph-business-id = FO-nummer, t.ex. 1234567-1
starter-ph-street = gatuadress
starter-ph-postal-code = postnummer
starter-ph-city = postanstalt
starter-ph-email = organisationens e-postadress
starter-ph-contact-name = kontaktpersonens eller enhetens namn
starter-ph-contact-email = e-postadress för begäranden som gäller registret

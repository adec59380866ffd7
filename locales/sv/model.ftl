# Vad seloste säger om en modellfil som inte kan läsas eller som inte är
# giltig (`invalid-model`), och om de filer som en modell anger. Meddelandena
# börjar med liten bokstav och slutar utan punkt; det som modellen innehåller
# (nycklar, namn, TOML att skriva) ges som det skrivs i modellen.

## Parserns egna ord, inom en ram
as-written = { $text }
not-read = modellen kan inte läsas på det här stället: { $detail }
toml-syntax-help = varje rad i en modell är key = value: text inom citattecken ("…"), listor inom hakparenteser ([ "…", "…" ]), en tabell under sin [rubrik] (docs/model.md)
json-syntax-help = en JSON-modell är ett enda objekt {"{"} "key": value, … {"}"}: text inom citattecken, listor inom hakparenteser, kommatecken mellan elementen (docs/model.md)
json-trailing = något följer efter modellens slut
json-trailing-help = modellen slutar vid den avslutande {"}"}: ta bort det som följer efter den
duplicate-key = nyckeln `{ $key }` anges två gånger
duplicate-key-help = varje nyckel anges bara en gång i sin tabell eller sitt objekt: behåll en av dem

## Fält och värden
unknown-field = okänt fält `{ $name }`
unknown-value = okänt värde `{ $name }`
did-you-mean = menade du `{ $name }`?
valid-names = giltiga namn här: { $names }
remove-field = ta bort fältet `{ $name }`
remove-value = ta bort värdet `{ $name }`
renamed-field = `{ $old }` heter `{ $new }` sedan version 2 av modellen
renamed-representative-help = byt namn på `representative` till `eu-representative`: det gäller företrädaren i unionen för en personuppgiftsansvarig som är etablerad utanför EU/EES (artikel 27); kontaktpersonen i dataskyddsfrågor anges under [contact]
not-here = `{ $field }` skrivs inte ut i { $table } och tas därför inte emot där
not-here-post-to-email-help = under [requests.post-to] anges vart brev skickas: ett namn och en postadress, som skrivs ut på en rad. Begäranden per e-post går till e-postadressen under [contact], som förfarandet `by-email` skriver ut: ta bort `email` här, eller ange adressen under [contact]
not-here-post-to-phone-help = under [requests.post-to] anges vart brev skickas: ett namn och en postadress, som skrivs ut på en rad. Telefonnumret för dataskyddsfrågor är telefonnumret under [contact]: ta bort `phone` här, eller ange numret under [contact]
missing-field = fältet `{ $field }` saknas
missing-field-help = lägg till fältet; docs/model.md beskriver vad det innehåller
invalid-type = här står { $found }, men fältet ska innehålla { $expected }
invalid-type-help = docs/model.md beskriver varje fält och vad det ska innehålla
invalid-model-help = gör som meddelandet säger; docs/model.md beskriver alla fält
found-number = talet { $value }
found-text = texten "{ $value }"
found-truth = värdet { $value }
found-list = en lista
found-table = en tabell
expected-text = text inom citattecken
expected-list = en lista inom hakparenteser, t.ex. [ "…", "…" ]
expected-truth = true eller false
expected-date = ett datum, t.ex. 2023-05-01
expected-whole-number = ett heltal
expected-number = ett tal
expected-table = en tabell med fält
expected-text-or-clause = en nyckel ur katalogen ("billing"), egen text ({"{"} fi = "…", sv = "…", en = "…" {"}"}), ett namn som är detsamma på alla språk ({"{"} all = "…" {"}"}) eller en nyckel med värden ({"{"} key = "…", years = 3 {"}"})
expected-source = en nyckel ur katalogen ("ytj") eller en tabell {"{"} source = …, details = … {"}"}

## Datum och texter
not-a-date = '{ $value }' är inte ett datum
not-a-date-help = skriv datumet med året först, som ÅÅÅÅ-MM-DD, t.ex. 2023-05-01
expected-a-date = här ska det stå ett datum
expected-a-date-help = skriv datumet med året först, som ÅÅÅÅ-MM-DD, t.ex. 2023-05-01
not-a-plain-date = '{ $raw }' är inte bara ett datum
not-a-plain-date-help = skriv bara datumet, utan klockslag, t.ex. 2023-05-01
text-all-alone = ett namn som skrivs en gång för alla språk (all = …) måste stå ensamt
text-all-alone-help = för en formulering som skiljer sig mellan språken, skriv i stället {"{"} fi = …, sv = …, en = … {"}"}
text-key-and-own = en text är antingen en nyckel ur katalogen (key = …) eller egen text (fi = …), inte båda
text-key-and-own-help = behåll nyckeln, eller ta bort den och behåll den egna texten
text-empty = texten är tom
text-empty-help = skriv egen text som {"{"} fi = "…" {"}"}, eller en nyckel ur katalogen
text-unknown-language = okänt språk `{ $language }` i egen text
text-unknown-language-help = i egen text är språken fi, sv och en; en nyckel ur katalogen med värden behöver key = "…"
made-from-malformed = { $field } = "{ $raw }" är inte en sådan källanteckning som seloste translate --merge skriver (ett språk och 8 hexadecimala siffror, t.ex. "fi:1a2b3c4d")
made-from-malformed-help = ta bort raden; seloste translate --merge skriver den på nytt när översättningen förs in i modellen
made-from-orphan = { $field } anger att texten på { $lang } är översatt från { $from }, men texten har inte båda språken
made-from-orphan-help = ta bort raden eller lägg till den text som saknas; anteckningen gäller bara en översättning vars källa finns i samma text

## En modells storlek
model-too-many-items = modellen innehåller fler än { $items } nycklar och värden; en modell för en dataskyddsbeskrivning har några hundra
model-too-deep = modellen nästlar tabeller, listor och delarna av nycklar med punkter i mer än { $depth } nivåer; en modell för en dataskyddsbeskrivning har fem eller sex nivåer
model-limits-help = en modellfil innehåller högst { $items } nycklar och värden, nästlade i högst { $depth } nivåer (docs/model.md, Limits): den här filen är inte en modell för en dataskyddsbeskrivning, eller också har ett program skrivit den fel

## Validering mot katalogen
no-controller = ingen personuppgiftsansvarig anges
no-controller-help = lägg till en tabell [[controllers]] med name, business-id och address
no-purpose = inget ändamål med behandlingen anges
no-purpose-help = lägg till en tabell [[purposes]] med purpose och basis
no-language = inga språk anges för beskrivningen
no-language-help = räkna upp beskrivningens språk, t.ex. languages = ["fi", "sv"]
business-id-format = FO-numret för den personuppgiftsansvarige '{ $controller }': '{ $given }' har inte formen 1234567-8 (sju siffror, ett bindestreck, en kontrollsiffra)
business-id-check-digit = FO-numret för den personuppgiftsansvarige '{ $controller }': kontrollsiffran i '{ $given }' är fel: för { $digits } skulle den vara { $expected }
business-id-impossible = FO-numret för den personuppgiftsansvarige '{ $controller }': kontrollsiffran i '{ $given }' är fel: inget giltigt FO-nummer börjar med { $digits }
business-id-help = kopiera FO-numret (Y-tunnus) från Företags- och organisationsdatasystemet (FODS)
vat-no-business-id = momsnumret för den personuppgiftsansvarige '{ $controller }': vat = true, men det finns inget FO-nummer att härleda momsnumret ur
vat-no-business-id-help = lägg till business-id, som momsnumret härleds ur, eller skriv numret som vat-number = "…"
vat-format = momsnumret för den personuppgiftsansvarige '{ $controller }': '{ $given }' är inte ett momsnummer: två bokstäver för landet och 2 till 12 bokstäver eller siffror
vat-not-finnish = momsnumret för den personuppgiftsansvarige '{ $controller }': '{ $given }' är inte ett finskt momsnummer: FI och de åtta siffrorna i ett giltigt FO-nummer
vat-format-help = kopiera momsnumret från skattemyndigheternas register (VIES), t.ex. vat-number = "FI20390966"
vat-mismatch = momsnumret för den personuppgiftsansvarige '{ $controller }': '{ $given }' är inte momsnumret för FO-nummer { $business-id }: det rätta är { $expected }
vat-mismatch-help = ett finskt momsnummer är FI och FO-numrets siffror: rätta det ena av dem, eller ta bort vat-number och skriv vat = true
contact-point-not-controller = kontaktpunkten '{ $point }' är inte en av de personuppgiftsansvariga
contact-point-names = skriv namnet på en av de personuppgiftsansvariga: { $names }
unknown-country = okänd landskod '{ $code }'
country-did-you-mean = menade du '{ $code }'? Använd koder enligt ISO 3166, t.ex. FI, SE, IE, US
country-help = använd en tvåbokstavskod enligt ISO 3166, t.ex. FI, SE, IE eller US
signature-field-name = namnet på underskriftsfältet '{ $name }' får bara innehålla bokstäverna A-Z, siffror, '-' och '_'
signature-field-name-help = namnet ges till signeringsverktyg på kommandoraden, t.ex. field-name = "Signature1"
own-text-empty = den egna texten är tom
own-text-empty-help = skriv texten, t.ex. {"{"} fi = "…", sv = "…", en = "…" {"}"}
name-empty = namnet är tomt
name-empty-help = skriv namnet så som det ska skrivas ut, t.ex. {"{"} all = "Seafile" {"}"}
layout-one-language = layouten '{ $layout }' anger bara ett språk
layout-one-language-help = en layout skriver ut två språk sida vid sida, t.ex. "fi+sv"; utelämna den om du vill ha ett dokument per språk
layout-not-promised = layouten '{ $layout }' skriver ut { $lang }, som inte finns bland språken i document.languages
layout-not-promised-help = lägg till "{ $lang }" i document.languages
unknown-key = '{ $key }' är inte en nyckel ur katalogen för det här fältet ({ $prefix }…)
key-written-as-text = menade du '{ $best }'? '{ $key }' är texten i den klausulen, och en modell anger en klausul med dess nyckel. Skriv egen text som {"{"} fi = "…", sv = "…", en = "…" {"}"}
key-looks-like-a-name = nycklarna i katalogen är ord med små bokstäver sammanfogade med bindestreck, så det här ser ut som ett namn: ett namn som är detsamma på alla språk (en produkt, ett system eller ett företag) skrivs {"{"} all = "{ $name }" {"}"}. Skriv egen text som {"{"} fi = "…", sv = "…", en = "…" {"}"}
key-did-you-mean = menade du '{ $best }'? Skriv egen text som {"{"} fi = "…", sv = "…", en = "…" {"}"}
key-see-catalog = `seloste catalog` räknar upp nycklarna för det här fältet. Skriv egen text som {"{"} fi = "…", sv = "…", en = "…" {"}"}
clause-needs-value = klausulen '{ $clause }' behöver värdet `{ $name }`
clause-needs-value-help = skriv den som {"{"} key = "{ $clause }", { $name } = … {"}"}
clause-has-no-value = klausulen '{ $clause }' har inget värde `{ $name }`
clause-takes-no-values = '{ $id }' tar inte emot några värden: skriv bara "{ $clause }"
clause-takes = '{ $id }' tar emot: { $names }
count-not-whole = `{ $name }` är { $shown }, men klausulen '{ $clause }' använder det som antal: det ska vara ett heltal från 0 till { $max }
count-not-whole-help = skriv t.ex. {"{"} key = "{ $clause }", { $name } = 3 {"}"}
number-too-big = `{ $name }` är { $shown }: ett tal som ges till en klausul ska vara ändligt och högst { $max }
number-too-big-help = ange det tal som texten avser, eller skriv det som text inom citattecken

## Storlekar och tecken
too-many-controllers = modellen anger { $count } personuppgiftsansvariga; en beskrivning har högst { $max } (sidfoten på varje sida räknar upp var och en)
too-many-controllers-help = gör en gemensam beskrivning för de personuppgiftsansvariga i koncernen som tillsammans behandlar det här registret, eller en beskrivning per företag
too-many-texts = modellen har { $count } texter; en beskrivning har högst { $max }
too-many-texts-help = slå ihop punkter i listorna till färre, eller dela upp registret på flera beskrivningar
too-much-text = modellens texter på språket { $lang } uppgår till { $count } tecken, mer än en beskrivning rymmer ({ $max }, omkring femton sidor); det här är den längsta
too-much-text-help = förkorta de egna texterna: en dataskyddsbeskrivning läses bäst när den är kort, och den kan hänvisa till längre dokument med deras webbadress
too-many-items = listan har { $count } punkter; en lista i beskrivningen har högst { $max }
too-many-items-help = slå ihop punkterna till färre och bredare punkter
value-too-long = värdet är { $count } tecken långt, mer än { $max }
value-too-long-help = förkorta det: ett namn, en adress eller ett telefonnummer ryms på en rad
own-text-too-long = den egna texten är { $count } tecken lång, mer än { $max }
own-text-too-long-help = förkorta den eller dela upp den i flera punkter; en beskrivning kan hänvisa till ett längre dokument med dess webbadress
refused-char = { $char } på position { $at } i texten är { $why }{ $more ->
        [0] {""}
        [one] {" "}(och ytterligare 1 sådant tecken)
       *[other] {" "}(och ytterligare { $more } sådana tecken)
    }
char-line-separator = ett rad- eller styckeavgränsningstecken
char-line-separator-help = skriv en radbrytning (\n) i stället
char-line-break = en radbrytning eller tabb, i ett värde som skrivs ut på en rad
char-line-break-help = skriv värdet på en rad
char-control = ett styrtecken
char-control-help = ta bort det: det är osynligt och följer oftast med när text kopieras från ett annat program
char-bidi = ett tecken för dubbelriktad formatering, som kan få en text att läsas på ett annat sätt än den är skriven
char-bidi-help = ta bort det: beskrivningens språk skrivs från vänster till höger
char-bom = ett byteordningsmärke (BOM, nollbrett hårt mellanslag), som PDF/A inte tillåter
char-bom-help = ta bort det; skriv ett hårt mellanslag (U+00A0) om du vill hålla ihop två ord
char-noncharacter = ett icke-tecken (noncharacter), som Unicode reserverar för internt bruk i program
char-noncharacter-help = ta bort det: det är osynligt och följer oftast med när text kopieras från ett annat program
char-private-use = ett tecken för privat bruk, vars betydelse bara ett visst typsnitt känner till
char-private-use-help = skriv texten med vanliga tecken; ikoner från ett symboltypsnitt kan inte skrivas ut
char-not-in-font = inte med i typsnittet som seloste använder
char-not-in-font-help = skriv texten med tecken som finns i typsnittet (Libertinus Serif: latinska, grekiska, kyrilliska och hebreiska bokstäver, vanliga skiljetecken och symboler), eller skriv ut tecknet med ord
char-arabic = en arabisk bokstav, som inte finns i typsnittet som seloste använder
char-thai = en thailändsk bokstav, som inte finns i typsnittet som seloste använder
char-indic = en bokstav i en indisk skrift, som inte finns i typsnittet som seloste använder
char-kana = ett japanskt kanatecken, som inte finns i typsnittet som seloste använder
char-korean = en koreansk bokstav, som inte finns i typsnittet som seloste använder
char-cjk = ett CJK-tecken, som inte finns i typsnittet som seloste använder
char-emoji = en emoji eller ett piktogram, som inte finns i typsnittet som seloste använder

## Filer: modellen, den PDF den kom i, de filer den anger
cannot-read = kan inte läsa '{ $path }': { $why }
cannot-read-help = kontrollera sökvägen; `seloste init` skriver en startmodell att börja med
io-not-found = det finns ingen sådan fil eller mapp
io-permission-denied = åtkomst nekas
io-already-exists = den finns redan
io-storage-full = disken är full
io-is-a-directory = det är en mapp
io-read-only = filsystemet är skrivskyddat
not-a-regular-file = det är inte en vanlig fil
not-a-regular-file-help = ange sökvägen till en modellfil (TOML eller JSON) eller till en PDF som seloste har gjort
file-too-large = filen är större än { $mib } MiB, långt mer än någon beskrivning
file-too-large-help = ange modellen för beskrivningen, inte en annan fil
file-not-text = filen är varken text i UTF-8 eller en PDF
file-not-text-help = ange en modell för en beskrivning (TOML eller JSON) eller en PDF som seloste har gjort
pdf-no-model = kan inte läsa någon modell ur filen: { $detail }
pdf-no-model-help = ange modellfilen, eller en PDF som seloste har gjort med modellen bifogad
pdf-no-model-extract-help = ange en PDF som seloste har gjort med modellen bifogad
pdf-model-not-utf8 = den bifogade modellen är inte text i UTF-8
pdf-model-not-utf8-help = PDF-filen är inte gjord av seloste, eller också har den ändrats
asset-outside = '{ $path }' ligger utanför modellens mapp
asset-not-found = '{ $path }' finns inte
asset-not-a-file = '{ $path }' är inte en vanlig fil
asset-not-a-folder = '{ $path }' är inte en mapp
asset-too-large = '{ $path }' är större än { $mib } MiB
asset-not-sent = '{ $path }' skickades inte med begäran; skicka filen som en multipart/form-data-del med namnet '{ $path }'
asset-not-sent-help = skicka varje fil som modellen anger i samma multipart/form-data-begäran, i en del som har samma namn som filens sökväg i modellen
asset-unavailable = '{ $path }' kan inte läsas: { $why }
assets-from-pdf = en modell som läses ur en PDF läser inga filer om du inte anger deras mapp med --assets DIR
assets-from-text = en modell som tas emot som text läser inga filer om de inte skickas med den
wording-folder-unusable = kan inte använda mappen med egna formuleringar: { $why }
wording-folder-unusable-help = sökvägen är relativ till modellfilen och ligger inom dess mapp; mappen innehåller mapparna fi/, sv/ och en/ med .ftl-filer

## Logotypen
logo-kind = '{ $path }' är inte en SVG-, PNG- eller JPEG-fil
logo-kind-help = ange logotypen som en .svg-, .png- eller .jpg-fil
logo-unusable = kan inte använda logotypen: { $why }
logo-unusable-help = lägg logotypen i modellens mapp (eller i en mapp under den) och ange dess sökväg relativt till modellfilen
logo-refused = kan inte använda logotypen '{ $path }': { $why }
logo-export-again = öppna logotypen i ett rit- eller bildbehandlingsprogram och spara (exportera) den på nytt som PNG, JPEG eller SVG
logo-empty = filen är tom
logo-not-kind = det är inte en { $kind }-fil
logo-not-kind-but = det är inte en { $kind }-fil (det är en { $actual }-fil)
logo-not-kind-help = spara logotypen som PNG, JPEG eller SVG, och ge filen den filändelse som hör till formatet (.png, .jpg, .svg)
logo-undecodable = den kan inte avkodas som en { $kind }-bild ({ $detail })
logo-undecodable-help = filen är skadad eller inte helt och hållet en { $kind }-fil: öppna logotypen i ett rit- eller bildbehandlingsprogram och spara (exportera) den på nytt som PNG, JPEG eller SVG
logo-no-pixels = den anger { $w } × { $h } pixlar
logo-too-many-pixels = den är { $w } × { $h } pixlar ({ $megapixels } megapixel), större än en logotyp får vara
logo-pixels-help = skala ner logotypen till högst { $side } pixlar per sida och högst { $megapixels } megapixel sammanlagt (den skrivs ut högst 60 mm bred och 16 mm hög: en bild på omkring 1400 × 380 pixlar blir skarp även vid 600 dpi)
logo-svg-too-large = SVG-filen är { $kib } KiB, större än { $max } KiB
logo-svg-too-large-help = förenkla teckningen eller exportera den på nytt utan inbäddade bilder och typsnitt; eller ange logotypen som PNG
logo-not-svg = det är inte en SVG-fil (det är en { $actual }-fil)
logo-not-svg-help = ange en vanlig, okomprimerad SVG (inte .svgz), eller ge filen den filändelse som hör till formatet
logo-svg-not-utf8 = SVG-filen är inte text i UTF-8
logo-svg-not-utf8-help = spara SVG-filen i UTF-8 (det gör alla ritprograms vanliga SVG-export)
logo-svg-entities = SVG-filen deklarerar XML-entiteter (<!ENTITY …>), som kan expandera till gigabyte
logo-svg-entities-help = ta bort <!DOCTYPE …> med dess entitetsdeklarationer och skriv ut deras text; en vanlig SVG-export från ett ritprogram har inga
logo-svg-link = SVG-filen hänvisar till '{ $href }', en fil utanför den
logo-svg-link-help = en logotyp har sina bilder inuti sig: bädda in dem i SVG-filen (de flesta ritprogram erbjuder "bädda in" i stället för "länka" vid export), eller ange logotypen som PNG
logo-svg-too-many = SVG-filen har för många element, attribut eller namnrymder (högst 1 000 000 element, inklusive de kopior som dess <use>-referenser skapar)
logo-svg-too-many-help = förenkla teckningen (en logotyp har några hundra element), eller ange logotypen som PNG
logo-svg-size = SVG-filens bredd (width), höjd (height) eller viewBox saknas, är noll eller är ogiltig
logo-svg-size-help = ge elementet <svg> en positiv bredd och höjd (width och height), eller en viewBox
logo-svg-unreadable = det är ingen SVG-teckning ({ $detail })
logo-svg-unreadable-help = filen är skadad eller inte en SVG-fil: öppna logotypen i ett rit- eller bildbehandlingsprogram och spara (exportera) den på nytt som PNG, JPEG eller SVG
logo-svg-embedded = den inbäddade { $kind }-bilden i SVG-filen: { $why }
logo-svg-embeds = SVG-filen bäddar in en bild av typen { $kind }
logo-svg-embeds-help = en SVG-logotyp får bara bädda in PNG- och JPEG-bilder; eller ange logotypen som PNG

## En organisations egna formuleringar (.ftl-filer)
wording-not-utf8 = det är inte text i UTF-8
wording-unreadable = kan inte läsa filen: { $error }
wording-syntax = ogiltig Fluent-syntax: { $detail }
wording-syntax-help = ett meddelande skrivs `key = text`; en text som fortsätter över flera rader fortsätter på rader som börjar med mellanslag
wording-number-option = meddelandet '{ $id }': alternativet { $option } till NUMBER: { $value } är inte ett heltal från { $min } till { $max }
wording-number-option-help = NUMBER räknar siffror: skriv ett heltal inom intervallet, t.ex. `NUMBER($n, maximumFractionDigits: 2)`
wording-twice = meddelandet '{ $id }' definieras två gånger på språket { $lang }
wording-twice-help = det står också i { $place }; behåll det ena
wording-no-text = meddelandet '{ $id }' har ingen text
wording-no-text-help = skriv texten efter `=`
wording-too-long = meddelandet '{ $id }' är { $count } tecken långt, mer än { $max }
wording-too-long-help = förkorta det eller dela upp det i flera klausuler
wording-outside-language = en .ftl-fil utanför en språkmapp
wording-outside-language-help = flytta den till fi/, sv/ eller en/ i mappen med egna formuleringar
wording-not-language = '{ $dir }' är inte en språkmapp
wording-not-language-help = mappen med egna formuleringar innehåller bara fi/, sv/ och en/
wording-language-missing = meddelandet '{ $id }' finns på { $lang } men inte på { $missing }
wording-language-missing-help = varje meddelande i de egna formuleringarna skrivs på fi, sv och en, så att beskrivningen kan skrivas ut på alla språk: lägg till '{ $id }' i en .ftl-fil i { $folders }
wording-variables-differ = meddelandet '{ $id }' använder { $vars } på { $lang } men { $first-vars } på { $first-lang }
wording-variables-differ-help = använd samma $variables på alla språk
wording-extra-variables = meddelandet '{ $id }' ersätter ett inbyggt meddelande men använder { $vars }, som seloste inte ger det
wording-extra-variables-help = det inbyggda meddelandet '{ $id }' har { $vars }; använd bara dem (och $controllers, $contact-email, $contact-phone), eller lägg till ett meddelande under en ny nyckel
wording-no-variables = inga variabler
wording-refused-char = { $char } är { $why }{ $more ->
        [0] {""}
        [one] {" "}(och ytterligare 1 sådant tecken)
       *[other] {" "}(och ytterligare { $more } sådana tecken)
    }
wording-prints-too-much = meddelandet '{ $id }' skriver ut { $count } tecken, mer än { $max }
wording-prints-too-much-help = hänvisa till färre eller kortare meddelanden i det
wording-prints-refused-char = meddelandet '{ $id }' skriver ut { $char }: tecknet är { $why }
wording-cannot-format = meddelandet '{ $id }' kan inte formateras: { $detail }
wording-cannot-format-help = se guiden till Fluent-syntaxen på projectfluent.org
wording-cyclic = meddelandet '{ $id }' hänvisar till sig självt, direkt eller via andra meddelanden
wording-cyclic-help = ett meddelande får använda andra meddelanden, men inget av dem får leda tillbaka till det
wording-too-many-placeables = meddelandet '{ $id }' expanderar till för många platshållare (Fluent formaterar högst 100 i ett meddelande, inklusive dem i de meddelanden som det använder)
wording-too-many-placeables-help = skriv ut texten i stället för att bygga upp den av meddelanden som använder andra meddelanden
wording-no-message = meddelandet '{ $id }' använder {"{"} { $other } {"}"}, men det finns inget meddelande '{ $other }'
wording-no-attribute = meddelandet '{ $id }' använder {"{"} { $other }.{ $attribute } {"}"}, men meddelandet '{ $other }' har inget attribut '{ $attribute }'
wording-no-message-help = definiera meddelandet i de egna formuleringarna (på fi, sv och en), eller rätta dess namn; `seloste catalog` räknar upp de inbyggda
wording-no-term = meddelandet '{ $id }' använder {"{"} -{ $other } {"}"}, men det finns ingen term '-{ $other }'
wording-no-term-help = definiera termen i de egna formuleringarna (på fi, sv och en), eller rätta dess namn
wording-no-function = meddelandet '{ $id }' anropar { $function }(), som inte finns i Fluent
wording-no-function-help = funktionerna är NUMBER() och DATETIME()
wording-no-variable = meddelandet '{ $id }' behöver ${ $variable } (självt eller via ett meddelande som det använder), som seloste inte ger det
wording-no-variable-help = använd bara meddelandets egna variabler, och $controllers, $contact-email och $contact-phone
wording-no-value = meddelandet '{ $id }' använder '{ $other }', som inte har någon text
wording-no-value-help = skriv texten i det meddelandet
wording-missing-default = meddelandet '{ $id }' har ett select-uttryck utan standardvariant
wording-missing-default-help = markera en variant som standard med *, t.ex. *[other]
wording-message-too-deep = meddelandet '{ $id }' nästlar platshållare djupare än { $max } nivåer
wording-file-too-deep = filen nästlar platshållare djupare än { $max } nivåer
wording-too-deep-help = ett meddelande nästlar en platshållare eller ett select-uttryck i ett annat högst två eller tre nivåer djupt: skriv det plattare

# Mitä seloste sanoo mallitiedostosta, jota se ei voi lukea tai joka ei ole
# kelvollinen (`invalid-model`), ja tiedostoista, jotka malli nimeää. Viestit
# alkavat pienellä kirjaimella eivätkä pääty pisteeseen; mallin sisältö
# (avaimet, nimet, kirjoitettava TOML) annetaan niin kuin se kirjoitetaan malliin.

## Jäsentimen omat sanat kehystettyinä
as-written = { $text }
not-read = mallin lukeminen ei onnistu tässä kohdassa: { $detail }
toml-syntax-help = mallin jokainen rivi on muotoa avain = arvo: teksti lainausmerkeissä ("…"), luettelot hakasulkeissa ([ "…", "…" ]), taulukko oman [otsikko]-rivinsä alla (docs/model.md)
json-syntax-help = JSON-malli on yksi objekti {"{"} "avain": arvo, … {"}"}: teksti lainausmerkeissä, luettelot hakasulkeissa ja kohtien välissä pilkut (docs/model.md)
json-trailing = mallin lopun jälkeen tulee vielä jotakin
json-trailing-help = malli päättyy sulkevaan aaltosulkeeseensa {"}"}: poista kaikki sen jälkeen tuleva
duplicate-key = avain `{ $key }` on annettu kahdesti
duplicate-key-help = kukin avain annetaan taulukossaan tai objektissaan vain kerran: säilytä niistä yksi

## Kentät ja arvot
unknown-field = tuntematon kenttä `{ $name }`
unknown-value = tuntematon arvo `{ $name }`
did-you-mean = tarkoititko `{ $name }`?
valid-names = tähän kelpaavat nimet: { $names }
remove-field = poista kenttä `{ $name }`
remove-value = poista arvo `{ $name }`
renamed-field = mallin versiosta 2 lähtien kentän `{ $old }` nimi on `{ $new }`
renamed-representative-help = kirjoita `eu-representative` kentän `representative` tilalle: se on EU:n tai ETA:n ulkopuolelle sijoittautuneen rekisterinpitäjän edustaja unionissa (27 artikla); yhteyshenkilö tietosuoja-asioissa annetaan [contact]-taulukossa
not-here = kenttää `{ $field }` ei tulosteta taulukosta { $table }, joten se ei kuulu siihen
not-here-post-to-email-help = kirjeet postitetaan taulukon [requests.post-to] osoitteeseen: siinä on nimi ja postiosoite, jotka tulostetaan yhdelle riville. Sähköpostitse tehdyt pyynnöt menevät [contact]-taulukon sähköpostiosoitteeseen, jonka tapa `by-email` tulostaa: poista `email` tästä tai anna se [contact]-taulukossa
not-here-post-to-phone-help = kirjeet postitetaan taulukon [requests.post-to] osoitteeseen: siinä on nimi ja postiosoite, jotka tulostetaan yhdelle riville. Tietosuoja-asioiden puhelinnumero on [contact]-taulukon puhelinnumero: poista `phone` tästä tai anna se [contact]-taulukossa
missing-field = kenttä `{ $field }` puuttuu
missing-field-help = lisää kenttä; docs/model.md kertoo, mitä siihen kirjoitetaan
invalid-type = tähän on kirjoitettu { $found }, mutta tähän kenttään kuuluu { $expected }
invalid-type-help = docs/model.md kuvaa jokaisen kentän ja sen, mitä siihen kirjoitetaan
invalid-model-help = toimi viestin mukaan; docs/model.md kuvaa jokaisen kentän
found-number = luku { $value }
found-text = teksti "{ $value }"
found-truth = arvo { $value }
found-list = luettelo
found-table = taulukko
expected-text = teksti lainausmerkeissä
expected-list = luettelo hakasulkeissa, esim. [ "…", "…" ]
expected-truth = true tai false
expected-date = päivämäärä, esim. 2023-05-01
expected-whole-number = kokonaisluku
expected-number = luku
expected-table = taulukko, jossa on kenttiä
expected-text-or-clause = vakiolausekeluettelon avain ("billing"), oma teksti ({"{"} fi = "…", sv = "…", en = "…" {"}"}), kaikilla kielillä sama nimi ({"{"} all = "…" {"}"}) tai avain arvoineen ({"{"} key = "…", years = 3 {"}"})
expected-source = vakiolausekeluettelon avain ("ytj") tai taulukko {"{"} source = …, details = … {"}"}

## Päivämäärät ja tekstit
not-a-date = '{ $value }' ei ole päivämäärä
not-a-date-help = kirjoita päivämäärä vuosi ensin muodossa VVVV-KK-PP, esim. 2023-05-01
expected-a-date = tähän kuuluu päivämäärä
expected-a-date-help = kirjoita päivämäärä vuosi ensin muodossa VVVV-KK-PP, esim. 2023-05-01
not-a-plain-date = '{ $raw }' ei ole pelkkä päivämäärä
not-a-plain-date-help = kirjoita pelkkä päivämäärä ilman kellonaikaa, esim. 2023-05-01
text-all-alone = kaikille kielille kerran kirjoitettu nimi (all = …) annetaan yksinään, ilman muita avaimia
text-all-alone-help = jos sanamuoto on eri kielillä erilainen, kirjoita sen sijaan {"{"} fi = …, sv = …, en = … {"}"}
text-key-and-own = teksti on joko vakiolausekeluettelon avain (key = …) tai oma teksti (fi = …), ei molempia
text-key-and-own-help = säilytä avain tai poista se ja säilytä oma teksti
text-empty = teksti on tyhjä
text-empty-help = kirjoita oma teksti muodossa {"{"} fi = "…" {"}"} tai käytä vakiolausekeluettelon avainta
text-unknown-language = omassa tekstissä on tuntematon kieli `{ $language }`
text-unknown-language-help = oman tekstin kielet ovat fi, sv ja en; jos annat vakiolausekeluettelon avaimen arvoineen, kirjoita avain muodossa key = "…"
made-from-malformed = { $field } = "{ $raw }" ei ole käännöksen lähteen merkintä, jonka seloste translate --merge kirjoittaa (kieli ja 8 heksadesimaalinumeroa, esim. "fi:1a2b3c4d")
made-from-malformed-help = poista rivi; seloste translate --merge kirjoittaa sen uudelleen, kun käännös yhdistetään malliin
made-from-orphan = { $field } kertoo, että { $lang }-teksti on käännetty kielestä { $from }, mutta tekstissä ei ole molempia kieliä
made-from-orphan-help = poista rivi tai lisää puuttuva teksti; merkintä koskee vain käännöstä, jonka lähde on samassa tekstissä

## Mallin koko
model-too-many-items = mallissa on yli { $items } avainta ja arvoa; selosteen mallissa niitä on muutama sata
model-too-deep = mallissa taulukot, luettelot ja pisteellä erotettujen avainten osat ovat sisäkkäin yli { $depth } tasoa syvällä; selosteen mallissa tasoja on viisi tai kuusi
model-limits-help = mallitiedostossa on enintään { $items } avainta ja arvoa ja enintään { $depth } sisäkkäistä tasoa (docs/model.md, Limits): tämä tiedosto ei ole selosteen malli, tai jokin ohjelma on kirjoittanut sen väärin

## Validointi vakiolausekeluetteloa vasten
no-controller = rekisterinpitäjää ei ole nimetty
no-controller-help = lisää [[controllers]]-taulukko, jossa on name, business-id ja address
no-purpose = käsittelyn tarkoitusta ei ole annettu
no-purpose-help = lisää [[purposes]]-taulukko, jossa on purpose ja basis
no-language = selosteen kieliä ei ole lueteltu
no-language-help = luettele selosteen kielet, esim. languages = ["fi", "sv"]
business-id-format = rekisterinpitäjän '{ $controller }' Y-tunnus: '{ $given }' ei ole muotoa 1234567-8 (seitsemän numeroa, väliviiva ja tarkistusnumero)
business-id-check-digit = rekisterinpitäjän '{ $controller }' Y-tunnus: tunnuksen '{ $given }' tarkistusnumero on väärä: numeroille { $digits } se olisi { $expected }
business-id-impossible = rekisterinpitäjän '{ $controller }' Y-tunnus: tunnuksen '{ $given }' tarkistusnumero on väärä: mikään kelvollinen Y-tunnus ei ala numeroilla { $digits }
business-id-help = kopioi rekisterinpitäjän Y-tunnus Yritys- ja yhteisötietojärjestelmästä (YTJ)
vat-no-business-id = rekisterinpitäjän '{ $controller }' ALV-tunniste: vat = true, mutta Y-tunnusta, josta ALV-tunniste johdetaan, ei ole annettu
vat-no-business-id-help = lisää business-id, josta ALV-tunniste johdetaan, tai kirjoita tunniste muodossa vat-number = "…"
vat-format = rekisterinpitäjän '{ $controller }' ALV-tunniste: '{ $given }' ei ole ALV-tunniste: ALV-tunnisteessa on kaksikirjaiminen maatunnus ja 2–12 kirjainta tai numeroa
vat-not-finnish = rekisterinpitäjän '{ $controller }' ALV-tunniste: '{ $given }' ei ole suomalainen ALV-tunniste: suomalainen ALV-tunniste on FI ja kelvollisen Y-tunnuksen kahdeksan numeroa
vat-format-help = kopioi ALV-tunniste veroviranomaisten rekisteristä (VIES), esim. vat-number = "FI20390966"
vat-mismatch = rekisterinpitäjän '{ $controller }' ALV-tunniste: '{ $given }' ei ole Y-tunnuksen { $business-id } ALV-tunniste: oikea tunniste on { $expected }
vat-mismatch-help = suomalainen ALV-tunniste on FI ja Y-tunnuksen numerot: korjaa jompikumpi tai jätä vat-number pois ja kirjoita vat = true
contact-point-not-controller = yhteyspiste '{ $point }' ei ole mikään rekisterinpitäjistä
contact-point-names = kirjoita jonkin rekisterinpitäjän nimi: { $names }
unknown-country = tuntematon maakoodi '{ $code }'
country-did-you-mean = tarkoititko '{ $code }'? Käytä ISO 3166 -maakoodeja, kuten FI, SE, IE, US
country-help = käytä ISO 3166 -standardin kaksikirjaimista maakoodia, kuten FI, SE, IE tai US
signature-field-name = allekirjoituskentän nimessä '{ $name }' saa olla vain kirjaimia A-Z, numeroita sekä merkkejä '-' ja '_'
signature-field-name-help = allekirjoitustyökaluille annetaan tämä nimi komentorivillä, esim. field-name = "Signature1"
own-text-empty = oma teksti on tyhjä
own-text-empty-help = kirjoita teksti, esim. {"{"} fi = "…", sv = "…", en = "…" {"}"}
name-empty = nimi on tyhjä
name-empty-help = kirjoita nimi niin kuin se tulostetaan, esim. {"{"} all = "Seafile" {"}"}
layout-one-language = asettelussa '{ $layout }' on vain yksi kieli
layout-one-language-help = asettelu tulostaa kaksi kieltä rinnakkain, esim. "fi+sv"; jätä se pois, jos haluat kullekin kielelle oman asiakirjan
layout-not-promised = asettelu '{ $layout }' tulostaa kielen { $lang }, jota ei ole lueteltu kentässä document.languages
layout-not-promised-help = lisää "{ $lang }" kenttään document.languages
unknown-key = '{ $key }' ei ole tämän kentän vakiolausekeluettelon avain ({ $prefix }…)
key-written-as-text = tarkoititko '{ $best }'? '{ $key }' on kyseisen lausekkeen teksti, ja mallissa lauseke nimetään sen avaimella. Kirjoita oma teksti muodossa {"{"} fi = "…", sv = "…", en = "…" {"}"}
key-looks-like-a-name = vakiolausekeluettelon avaimet ovat pienillä kirjaimilla kirjoitettuja, yhdysmerkein yhdistettyjä sanoja, joten tämä näyttää nimeltä: nimi, joka on kaikilla kielillä sama (tuotteen, järjestelmän tai yrityksen nimi), kirjoitetaan {"{"} all = "{ $name }" {"}"}. Kirjoita oma teksti muodossa {"{"} fi = "…", sv = "…", en = "…" {"}"}
key-did-you-mean = tarkoititko '{ $best }'? Kirjoita oma teksti muodossa {"{"} fi = "…", sv = "…", en = "…" {"}"}
key-see-catalog = `seloste catalog` luettelee tämän kentän avaimet. Kirjoita oma teksti muodossa {"{"} fi = "…", sv = "…", en = "…" {"}"}
clause-needs-value = lauseke '{ $clause }' tarvitsee arvon `{ $name }`
clause-needs-value-help = kirjoita se muodossa {"{"} key = "{ $clause }", { $name } = … {"}"}
clause-has-no-value = lausekkeella '{ $clause }' ei ole arvoa `{ $name }`
clause-takes-no-values = lausekkeelle '{ $id }' ei anneta arvoja: kirjoita pelkkä "{ $clause }"
clause-takes = lausekkeen '{ $id }' arvot: { $names }
count-not-whole = `{ $name }` on { $shown }, mutta lauseke '{ $clause }' käyttää sitä lukumääränä: sen on oltava kokonaisluku 0–{ $max }
count-not-whole-help = kirjoita esim. {"{"} key = "{ $clause }", { $name } = 3 {"}"}
number-too-big = `{ $name }` on { $shown }: lausekkeelle annettavan luvun on oltava äärellinen ja enintään { $max }
number-too-big-help = anna luku, jota teksti tarkoittaa, tai kirjoita se tekstinä lainausmerkkeihin

## Koot ja merkit
too-many-controllers = mallissa nimetään { $count } rekisterinpitäjää; selosteessa niitä voi olla enintään { $max } (jokaisen sivun alatunnisteessa luetellaan ne kaikki)
too-many-controllers-help = laadi yksi konsernin seloste niille rekisterinpitäjille, jotka käsittelevät tätä rekisteriä yhdessä, tai kullekin yritykselle oma seloste
too-many-texts = mallissa on { $count } tekstiä; selosteessa niitä voi olla enintään { $max }
too-many-texts-help = yhdistä luetteloiden kohtia, jotta niitä on vähemmän, tai jaa rekisteri useaan selosteeseen
too-much-text = mallin tekstit kielellä { $lang } ovat yhteensä { $count } merkkiä, enemmän kuin selosteeseen mahtuu ({ $max }, noin viisitoista sivua); pisin teksti on tässä
too-much-text-help = lyhennä omia tekstejä: tietosuojaseloste on helpoin lukea, kun se on lyhyt, ja se voi viitata pidempiin asiakirjoihin niiden verkko-osoitteella
too-many-items = luettelossa on { $count } kohtaa; selosteen luettelossa voi olla enintään { $max } kohtaa
too-many-items-help = yhdistä kohtia harvemmiksi ja laajemmiksi kohdiksi
value-too-long = arvossa on { $count } merkkiä, mutta enintään { $max } on sallittu
value-too-long-help = lyhennä sitä: nimi, osoite tai puhelinnumero mahtuu yhdelle riville
own-text-too-long = omassa tekstissä on { $count } merkkiä, mutta enintään { $max } on sallittu
own-text-too-long-help = lyhennä sitä tai jaa se useaksi kohdaksi; seloste voi viitata pidempään asiakirjaan sen verkko-osoitteella
refused-char = tekstin { $at }. merkki { $char } on { $why }{ $more ->
        [0] {""}
        [one] {" "}(ja 1 muu samanlainen merkki)
       *[other] {" "}(ja { $more } muuta samanlaista merkkiä)
    }
char-line-separator = rivin- tai kappaleenerotin
char-line-separator-help = kirjoita sen sijaan rivinvaihto (\n)
char-line-break = rivinvaihto tai sarkain arvossa, joka tulostetaan yhdelle riville
char-line-break-help = kirjoita arvo yhdelle riville
char-control = ohjausmerkki
char-control-help = poista se: se on näkymätön ja tulee yleensä mukaan, kun tekstiä kopioidaan toisesta ohjelmasta
char-bidi = kaksisuuntaisen tekstin muotoilumerkki, joka voi saada tekstin näyttämään toiselta kuin se on kirjoitettu
char-bidi-help = poista se: selosteen kielet kirjoitetaan vasemmalta oikealle
char-bom = tavujärjestysmerkki (leveydetön sitova välilyönti), jota PDF/A ei salli
char-bom-help = poista se; jos haluat pitää kaksi sanaa yhdessä, kirjoita sitova välilyönti (U+00A0)
char-noncharacter = Unicoden ei-merkki, joka on varattu ohjelmien sisäiseen käyttöön
char-noncharacter-help = poista se: se on näkymätön ja tulee yleensä mukaan, kun tekstiä kopioidaan toisesta ohjelmasta
char-private-use = yksityiskäyttöön varattu merkki, jonka merkityksen tuntee vain tietty fontti
char-private-use-help = kirjoita teksti tavallisilla merkeillä; symbolifontin kuvakkeita ei voi tulostaa
char-not-in-font = merkki, jota selosteen tulostusfontissa ei ole
char-not-in-font-help = kirjoita teksti fontin merkeillä (Libertinus Serif: latinalaiset, kreikkalaiset, kyrilliset ja heprealaiset kirjaimet sekä tavalliset välimerkit ja symbolit) tai kirjoita merkki auki sanoin
char-arabic = arabialaisen kirjaimiston kirjain, jota selosteen tulostusfontissa ei ole
char-thai = thaikirjaimiston kirjain, jota selosteen tulostusfontissa ei ole
char-indic = intialaisen kirjoitusjärjestelmän kirjain, jota selosteen tulostusfontissa ei ole
char-kana = japanin kana-merkki, jota selosteen tulostusfontissa ei ole
char-korean = korean kirjain, jota selosteen tulostusfontissa ei ole
char-cjk = CJK-merkki (kiinan, japanin tai korean kirjoitusmerkki), jota selosteen tulostusfontissa ei ole
char-emoji = emoji tai kuvasymboli, jota selosteen tulostusfontissa ei ole

## Tiedostot: malli, PDF, jonka mukana se tuli, ja tiedostot, jotka se nimeää
cannot-read = tiedostoa '{ $path }' ei voi lukea: { $why }
cannot-read-help = tarkista polku; `seloste init` kirjoittaa aloitusmallin, josta voit aloittaa
io-not-found = tiedostoa tai kansiota ei ole olemassa
io-permission-denied = käyttöoikeus puuttuu
io-already-exists = se on jo olemassa
io-storage-full = levy on täynnä
io-is-a-directory = se on kansio
io-read-only = tiedostojärjestelmä on vain luku -tilassa
not-a-regular-file = se ei ole tavallinen tiedosto
not-a-regular-file-help = anna mallitiedoston (TOML tai JSON) tai seloste-ohjelmalla tehdyn PDF-tiedoston polku
file-too-large = se on yli { $mib } MiB eli paljon suurempi kuin mikään seloste
file-too-large-help = anna selosteen mallitiedosto eikä muuta tiedostoa
file-not-text = se ei ole UTF-8-tekstiä eikä PDF-tiedosto
file-not-text-help = anna selosteen mallitiedosto (TOML tai JSON) tai seloste-ohjelmalla tehty PDF-tiedosto
pdf-no-model = siitä ei voi lukea selosteen mallia: { $detail }
pdf-no-model-help = anna mallitiedosto tai PDF-tiedosto, jonka seloste-ohjelma on tehnyt ja johon malli on liitetty
pdf-no-model-extract-help = anna PDF-tiedosto, jonka seloste-ohjelma on tehnyt ja johon malli on liitetty
pdf-model-not-utf8 = liitetty malli ei ole UTF-8-tekstiä
pdf-model-not-utf8-help = PDF-tiedostoa ei ole tehty seloste-ohjelmalla, tai sitä on muutettu
asset-outside = '{ $path }' on mallin kansion ulkopuolella
asset-not-found = '{ $path }' ei ole olemassa
asset-not-a-file = '{ $path }' ei ole tavallinen tiedosto
asset-not-a-folder = '{ $path }' ei ole kansio
asset-too-large = '{ $path }' on suurempi kuin { $mib } MiB
asset-not-sent = tiedostoa '{ $path }' ei lähetetty pyynnön mukana; lähetä se multipart/form-data -osana, jonka nimi on '{ $path }'
asset-not-sent-help = lähetä jokainen tiedosto, jonka malli nimeää, samassa multipart/form-data -pyynnössä osana, jonka nimenä on polku, jonka malli tiedostolle antaa
asset-unavailable = tiedostoa '{ $path }' ei voi lukea: { $why }
assets-from-pdf = PDF-tiedostosta luettu malli ei lue tiedostoja, ellei niiden kansiota anneta valinnalla --assets DIR
assets-from-text = tekstinä vastaanotettu malli ei lue tiedostoja, ellei niitä lähetetä sen mukana
wording-folder-unusable = sanamuotokansiota ei voi käyttää: { $why }
wording-folder-unusable-help = polku annetaan suhteessa mallitiedostoon, ja kansion on oltava mallin kansiossa; sanamuotokansiossa on kansiot fi/, sv/ ja en/, joissa on .ftl-tiedostoja

## Logo
logo-kind = '{ $path }' ei ole SVG-, PNG- tai JPEG-tiedosto
logo-kind-help = anna logo .svg-, .png- tai .jpg-tiedostona
logo-unusable = logoa ei voi käyttää: { $why }
logo-unusable-help = sijoita logo mallin kansioon (tai sen alakansioon) ja anna sen polku suhteessa mallitiedostoon
logo-refused = logoa '{ $path }' ei voi käyttää: { $why }
logo-export-again = avaa logo piirto- tai kuvankäsittelyohjelmassa ja tallenna (vie) se uudelleen PNG-, JPEG- tai SVG-muodossa
logo-empty = tiedosto on tyhjä
logo-not-kind = se ei ole { $kind }-tiedosto
logo-not-kind-but = se ei ole { $kind }-tiedosto (se on { $actual }-tiedosto)
logo-not-kind-help = tallenna logo PNG-, JPEG- tai SVG-muodossa ja anna tiedostolle muotoa vastaava pääte (.png, .jpg, .svg)
logo-undecodable = sitä ei voi lukea { $kind }-kuvana ({ $detail })
logo-undecodable-help = tiedosto on vioittunut tai se ei ole kokonaan { $kind }-muotoinen: avaa logo piirto- tai kuvankäsittelyohjelmassa ja tallenna (vie) se uudelleen PNG-, JPEG- tai SVG-muodossa
logo-no-pixels = sen kooksi on ilmoitettu { $w } × { $h } pikseliä
logo-too-many-pixels = se on { $w } × { $h } pikseliä ({ $megapixels } megapikseliä) eli suurempi kuin logo saa olla
logo-pixels-help = pienennä logo niin, että kumpikin sivu on enintään { $side } pikseliä ja koko kuva enintään { $megapixels } megapikseliä (logo tulostetaan enintään 60 mm leveänä ja 16 mm korkeana: noin 1400 × 380 pikselin kuva on terävä jopa 600 dpi:n tarkkuudella)
logo-svg-too-large = SVG-tiedosto on { $kib } KiB eli suurempi kuin { $max } KiB
logo-svg-too-large-help = yksinkertaista piirrosta tai vie se uudelleen ilman upotettuja kuvia ja fontteja; tai anna logo PNG-tiedostona
logo-not-svg = se ei ole SVG-tiedosto (se on { $actual }-tiedosto)
logo-not-svg-help = anna tavallinen, pakkaamaton SVG-tiedosto (ei .svgz) tai anna tiedostolle muotoa vastaava pääte
logo-svg-not-utf8 = SVG-tiedosto ei ole UTF-8-tekstiä
logo-svg-not-utf8-help = tallenna SVG UTF-8-muodossa (minkä tahansa piirto-ohjelman tavallinen SVG-vienti tekee niin)
logo-svg-entities = SVG-tiedostossa määritellään XML-entiteettejä (<!ENTITY …>), jotka voivat laajeta gigatavujen kokoisiksi
logo-svg-entities-help = poista <!DOCTYPE …> entiteettimäärittelyineen ja kirjoita niiden teksti auki; piirto-ohjelman tavallisessa SVG-viennissä niitä ei ole
logo-svg-link = SVG-tiedosto viittaa tiedostoon '{ $href }', joka on sen ulkopuolella
logo-svg-link-help = logon kuvien on oltava logon sisällä: upota ne SVG-tiedostoon (useimmissa piirto-ohjelmissa voi viennissä valita "upota" eikä "linkitä") tai anna logo PNG-tiedostona
logo-svg-too-many = SVG-tiedostossa on liikaa elementtejä, attribuutteja tai nimiavaruuksia (enintään 1 000 000 elementtiä, kun mukaan lasketaan sen <use>-viittausten tekemät kopiot)
logo-svg-too-many-help = yksinkertaista piirrosta (logossa on muutama sata elementtiä) tai anna logo PNG-tiedostona
logo-svg-size = SVG-tiedoston leveys, korkeus tai viewBox puuttuu tai on nolla tai virheellinen
logo-svg-size-help = anna <svg>-elementille positiivinen leveys ja korkeus tai viewBox
logo-svg-unreadable = se ei ole SVG-piirros ({ $detail })
logo-svg-unreadable-help = tiedosto on vioittunut tai se ei ole SVG-tiedosto: avaa logo piirto- tai kuvankäsittelyohjelmassa ja tallenna (vie) se uudelleen PNG-, JPEG- tai SVG-muodossa
logo-svg-embedded = SVG-tiedostoon upotettu { $kind }-kuva: { $why }
logo-svg-embeds = SVG-tiedostoon on upotettu kuva, jonka tyyppi on { $kind }
logo-svg-embeds-help = SVG-logoon saa upottaa vain PNG- ja JPEG-kuvia; tai anna logo PNG-tiedostona

## Organisaation omat sanamuodot (.ftl-tiedostot)
wording-not-utf8 = se ei ole UTF-8-tekstiä
wording-unreadable = tiedostoa ei voi lukea: { $error }
wording-syntax = virheellinen Fluent-syntaksi: { $detail }
wording-syntax-help = viesti kirjoitetaan muodossa `key = text`; usealle riville jatkuvan tekstin jatkorivit alkavat välilyönneillä
wording-number-option = viesti '{ $id }': NUMBER-funktion asetus { $option }: { $value } ei ole kokonaisluku väliltä { $min }–{ $max }
wording-number-option-help = NUMBER-funktion asetukset ovat numeroiden määriä: kirjoita kokonaisluku sallitulta väliltä, esim. `NUMBER($n, maximumFractionDigits: 2)`
wording-twice = viesti '{ $id }' on määritelty kahdesti kieliversiossa { $lang }
wording-twice-help = se on myös kohdassa { $place }; säilytä niistä yksi
wording-no-text = viestillä '{ $id }' ei ole tekstiä
wording-no-text-help = kirjoita teksti `=`-merkin jälkeen
wording-too-long = viestissä '{ $id }' on { $count } merkkiä, mutta enintään { $max } on sallittu
wording-too-long-help = lyhennä sitä tai jaa se useaksi lausekkeeksi
wording-outside-language = kielikansion ulkopuolella on .ftl-tiedosto
wording-outside-language-help = siirrä se sanamuotokansion kansioon fi/, sv/ tai en/
wording-not-language = '{ $dir }' ei ole kielikansio
wording-not-language-help = sanamuotokansiossa on vain kansiot fi/, sv/ ja en/
wording-language-missing = viestistä '{ $id }' on kieliversio { $lang }, mutta ei kieliversiota { $missing }
wording-language-missing-help = jokainen sanamuotojen viesti kirjoitetaan kielillä fi, sv ja en, jotta seloste kääntyy itsestään: lisää '{ $id }' johonkin .ftl-tiedostoon kansiossa { $folders }
wording-variables-differ = viestin '{ $id }' muuttujat eroavat kieliversioittain: { $lang }: { $vars }; { $first-lang }: { $first-vars }
wording-variables-differ-help = käytä kaikilla kielillä samoja muuttujia ($variables)
wording-extra-variables = viesti '{ $id }' korvaa sisäänrakennetun viestin, mutta käyttää muuttujia, joita seloste-ohjelma ei sille anna: { $vars }
wording-extra-variables-help = sisäänrakennetun viestin '{ $id }' muuttujat: { $vars }; käytä vain niitä (sekä muuttujia $controllers, $contact-email ja $contact-phone) tai lisää viesti uudella avaimella
wording-no-variables = ei muuttujia
wording-refused-char = { $char } on { $why }{ $more ->
        [0] {""}
        [one] {" "}(ja 1 muu samanlainen merkki)
       *[other] {" "}(ja { $more } muuta samanlaista merkkiä)
    }
wording-prints-too-much = viesti '{ $id }' tulostaa { $count } merkkiä, mutta enintään { $max } on sallittu
wording-prints-too-much-help = viittaa siinä harvempiin tai lyhyempiin viesteihin
wording-prints-refused-char = viesti '{ $id }' tulostaa merkin { $char }, joka on { $why }
wording-cannot-format = viestiä '{ $id }' ei voi muotoilla: { $detail }
wording-cannot-format-help = katso Fluent-syntaksin opas osoitteessa projectfluent.org
wording-cyclic = viesti '{ $id }' viittaa itseensä joko suoraan tai muiden viestien kautta
wording-cyclic-help = viesti voi käyttää muita viestejä, mutta mikään niistä ei saa johtaa takaisin siihen
wording-too-many-placeables = viesti '{ $id }' laajenee liian moneksi sijoituskohdaksi (Fluent muotoilee viestissä enintään 100 sijoituskohtaa, kun mukaan lasketaan myös sen käyttämien viestien sijoituskohdat)
wording-too-many-placeables-help = kirjoita teksti auki sen sijaan, että koostaisit sen viesteistä, jotka käyttävät toisia viestejä
wording-no-message = viesti '{ $id }' käyttää viittausta {"{"} { $other } {"}"}, mutta viestiä '{ $other }' ei ole
wording-no-attribute = viesti '{ $id }' käyttää viittausta {"{"} { $other }.{ $attribute } {"}"}, mutta viestillä '{ $other }' ei ole attribuuttia '{ $attribute }'
wording-no-message-help = määrittele viesti sanamuodoissa (kielillä fi, sv ja en) tai korjaa sen nimi; `seloste catalog` luettelee sisäänrakennetut viestit
wording-no-term = viesti '{ $id }' käyttää viittausta {"{"} -{ $other } {"}"}, mutta termiä '-{ $other }' ei ole
wording-no-term-help = määrittele termi sanamuodoissa (kielillä fi, sv ja en) tai korjaa sen nimi
wording-no-function = viesti '{ $id }' kutsuu funktiota { $function }(), jota Fluentissa ei ole
wording-no-function-help = käytettävissä ovat funktiot NUMBER() ja DATETIME()
wording-no-variable = viesti '{ $id }' tarvitsee muuttujan ${ $variable } (suoraan tai käyttämänsä viestin kautta), mutta seloste-ohjelma ei anna sitä viestille
wording-no-variable-help = käytä vain viestin omia muuttujia sekä muuttujia $controllers, $contact-email ja $contact-phone
wording-no-value = viesti '{ $id }' käyttää viestiä '{ $other }', jolla ei ole tekstiä
wording-no-value-help = kirjoita kyseisen viestin teksti
wording-missing-default = viestin '{ $id }' valintalausekkeessa ei ole oletusvaihtoehtoa
wording-missing-default-help = merkitse yksi vaihtoehto oletukseksi tähdellä *, esim. *[other]
wording-message-too-deep = viestin '{ $id }' sijoituskohdat ovat sisäkkäin yli { $max } tasoa syvällä
wording-file-too-deep = tiedoston sijoituskohdat ovat sisäkkäin yli { $max } tasoa syvällä
wording-too-deep-help = viestissä sijoituskohta tai valintalauseke on toisen sisällä enintään kahden tai kolmen tason syvyydellä: kirjoita se vähemmän sisäkkäisenä

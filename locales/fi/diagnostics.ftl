# Mitä seloste sanoo mallista: kunkin GDPR-säännön havainnon viesti
# (`seloste check`) ja ohje sen korjaamiseen (`-help`). Viestit alkavat
# pienellä kirjaimella eivätkä pääty pisteeseen; mallin sisältö (avaimet,
# nimet, maakoodit, kirjoitettava TOML) annetaan sellaisenaan. Artiklat
# suomalaiseen tapaan: "13 artiklan 1 kohdan c alakohta".

## Aloitusmallin paikkamerkit
placeholder = paikkamerkkiä { $value } ei ole täytetty
placeholder-help = kirjoita sen tilalle oikea tieto

## Käsittelyn tarkoitukset ja oikeusperusteet
purpose-without-basis = käsittelyn tarkoitukselle { $purpose } ei ole annettu oikeusperustetta
purpose-without-basis-help = lisää basis = "…": consent (suostumus), contract (sopimuksen täytäntöönpano), legal-obligation (lakisääteinen velvoite), vital-interests (elintärkeät edut), public-task (yleistä etua koskeva tehtävä) tai legitimate-interests (oikeutetut edut)
legitimate-interest-not-stated = käsittelyn tarkoitus { $purpose } perustuu oikeutettuihin etuihin, mutta oikeutettua etua ei kerrota
legitimate-interest-not-stated-help = lisää interest = "…" (avaimet: `seloste catalog --section interest`) tai oma teksti {"{"} fi = "…" {"}"}
interest-without-legitimate-interests = käsittelyn tarkoitukselle { $purpose } on annettu oikeutettu etu, mutta sen oikeusperuste on { $basis }
interest-without-legitimate-interests-help = poista interest tai aseta basis = "legitimate-interests", jos käsittely perustuu oikeutettuihin etuihin
consent-without-withdrawal-purpose = käsittelyn tarkoitus { $purpose } perustuu suostumukseen, mutta selosteessa ei kerrota, miten suostumus peruutetaan
consent-without-withdrawal-clause = lauseke { $clause } ({ $path }) perustuu suostumukseen, mutta selosteessa ei kerrota, miten suostumus peruutetaan
consent-without-withdrawal-help = lisää tiedoston alkuun consent-withdrawal = "by-email" (tai "unsubscribe-link", "same-way", "account-settings")
withdrawal-without-consent = consent-withdrawal on annettu, mutta mikään selosteessa ei perustu suostumukseen, joten sitä ei tulosteta
withdrawal-without-consent-help = poista se tai aseta basis = "consent" sille käsittelyn tarkoitukselle, joka perustuu suostumukseen
contact-persons-without-interest = selosteen rekisteröityjä ovat myös { $subjects }, mutta yhdenkään käsittelyn tarkoituksen oikeutettu etu ei kata heitä: he eivät ole asiakkaan sopimuksen osapuolia, joten sopimus (6 artiklan 1 kohdan b alakohta) ei ole heidän tietojensa käsittelyperuste
contact-persons-without-interest-help = lisää käsittelyn tarkoitus, jolla on basis = "legitimate-interests" ja interest = "contact-persons", esim. purpose = "contact-persons" (`seloste catalog --section purpose`)

## Mitä selosteessa on kerrottava
no-retention = selosteessa ei kerrota, kuinka kauan tietoja säilytetään
no-retention-help = lisää tiedoston alkuun retention = ["…"] (`seloste catalog --section retention`) tai oma teksti, jossa kerrotaan säilytysaika tai sen määrittämisperusteet
retention-criterion-not-stated = säilytysajaksi kerrotaan vain ”niin kauan kuin on tarpeen” (until-no-longer-needed), mikä ei kerro lukijalle, kuinka kauan tietoja säilytetään
retention-criterion-not-stated-help = lisää peruste, jonka mukaan säilytysaika määräytyy, esim. retention = [{"{"} key = "customer-relationship-plus-years", years = 2 {"}"}, …] (`seloste catalog --section retention`), tai oma teksti, jossa kerrotaan säilytysaika
no-data-categories-unnamed = selosteessa ei luetella käsiteltäviä henkilötietoja, eikä tietolähteitä ole nimetty, joten tietoja voidaan saada muualtakin
no-data-categories-other = selosteessa ei luetella käsiteltäviä henkilötietoja, vaikka tietoja saadaan muualta kuin rekisteröidyltä itseltään ({ $source })
no-data-categories-help = lisää tiedoston alkuun data = ["name", "contact-details", …] (`seloste catalog --section data`)
no-recipients = selosteessa ei nimetä tietojen vastaanottajia
no-recipients-help = lisää [recipients]-taulukkoon disclosures = ["…"] tai [[recipients.processors]]-taulukot; jos tietoja ei luovuteta kenellekään, kirjoita disclosures = ["none-regular"]
automated-decisions-not-addressed = selosteessa ei kerrota, käytetäänkö automatisoitua päätöksentekoa tai profilointia
automated-decisions-not-addressed-help = lisää tiedoston alkuun automated-decisions = "none" tai oma teksti, jossa kuvataan käsittelyn logiikka ja sen seuraukset
requirement-not-stated = selosteessa ei kerrota, onko tietojen antaminen pakollista tai mitä seuraa, jos tietoja ei anneta
requirement-not-stated-help = lisää tiedoston alkuun requirement = "contract" (tai "voluntary", …)
consequences-not-stated = selosteessa kerrotaan, että tiedot on annettava, mutta ei sitä, mitä seuraa, jos niitä ei anneta
consequences-not-stated-help = lisää tiedoston alkuun requirement-consequences = ["…"] (`seloste catalog --section consequence`)
no-sources = selosteessa ei kerrota, mistä henkilötiedot saadaan
no-sources-help = luettele tietolähteet, esim. sources = ["customer", "ytj"] (`seloste catalog --section source`); jos jokainen antaa tietonsa itse, kirjoita sources = ["data-subject"]
public-source-not-marked = '{ $source }' on julkinen rekisteri, mutta tietolähdettä ei ole merkitty julkiseksi
public-source-not-marked-help = kirjoita se muodossa {"{"} source = "{ $source }", public = true {"}"}

## Siirrot EU:n tai ETA:n ulkopuolelle
transfer-without-ground = henkilötietojen käsittelijä '{ $processor }' käsittelee tietoja maassa { $country }, mutta seloste ei vetoa tätä maata koskevaan voimassa olevaan tietosuojan riittävyyttä koskevaan päätökseen eikä mikään suojatoimi kata siirtoa
transfer-without-ground-help = lisää [[transfers.countries]], jossa country = "{ $country }" ja grounds = ["standard-contractual-clauses"] (tai muu peruste: `seloste catalog --section safeguard`)
adequacy-decision-not-in-force = siirto maahan { $country } perustuu lausekkeeseen { $ground }, mutta tällaista komission tietosuojan riittävyyttä koskevaa päätöstä ei ole voimassa tämän maan osalta
adequacy-decision-not-in-force-help = nimeä sen sijaan 46 artiklan mukainen suojatoimi, esim. "standard-contractual-clauses", ja kerro, miten siitä saa jäljennöksen ([transfers]-taulukkoon copy = "on-request")
transfer-without-safeguard = tietoja siirretään EU:n tai ETA:n ulkopuolelle, mutta suojatoimia ei nimetä
transfer-without-safeguard-copy = tietoja siirretään EU:n tai ETA:n ulkopuolelle, mutta suojatoimia ei nimetä: pyynnöstä saatava jäljennös suojatoimista ei sinänsä ole suojatoimi
transfer-without-safeguard-help = luettele ne, esim. safeguards = ["standard-contractual-clauses"] (`seloste catalog --section safeguard`)
safeguard-copy-not-offered = siirto perustuu lausekkeeseen { $safeguard }, joka on 46 artiklan mukainen asianmukainen suojatoimi, mutta selosteessa ei kerrota, miten siitä saa jäljennöksen
safeguard-copy-not-offered-help = lisää [transfers]-taulukkoon copy = "on-request" (`seloste catalog --section copy`) tai oma teksti, jossa kerrotaan, miten jäljennöksen saa
processor-outside-eea-undeclared = henkilötietojen käsittelijä '{ $processor }' käsittelee tietoja maassa { $country } EU:n tai ETA:n ulkopuolella, mutta transfers.outside-eea on false
processor-outside-eea-undeclared-help = aseta [transfers]-taulukkoon outside-eea = true ja luettele suojatoimet
country-outside-eea-undeclared = tietoja siirretään maahan { $country } EU:n tai ETA:n ulkopuolelle, mutta transfers.outside-eea on false
country-outside-eea-undeclared-help = aseta [transfers]-taulukkoon outside-eea = true
processor-country-unknown = henkilötietojen käsittelijän '{ $processor }' käsittelymaata ei kerrota, mutta selosteen mukaan tietoja ei siirretä EU:n tai ETA:n ulkopuolelle
processor-country-unknown-help = lisää käsittelijälle country = "…" (ISO 3166 -maakoodi); jos se käsittelee tietoja EU:n tai ETA:n ulkopuolella, aseta [transfers]-taulukkoon outside-eea = true ja luettele suojatoimet
processor-country-unknown-transfer = henkilötietojen käsittelijän '{ $processor }' käsittelymaata ei kerrota, ja selosteen mukaan tietoja siirretään EU:n tai ETA:n ulkopuolelle: lukija ei voi tietää, siirtyvätkö tämän käsittelijän käsittelemät tiedot EU:n tai ETA:n ulkopuolelle eikä millä perusteella
processor-country-unknown-transfer-help = lisää käsittelijälle country = "…" (ISO 3166 -maakoodi); jos maa on EU:n tai ETA:n ulkopuolella, nimeä siirron peruste [[transfers.countries]]-taulukossa
safeguards-without-transfer = siirtojen suojatoimia luetellaan, mutta transfers.outside-eea on false: seloste sanoisi, ettei tietoja siirretä EU:n tai ETA:n ulkopuolelle, ja luettelisi silti siirtojen perusteita
safeguards-without-transfer-help = aseta [transfers]-taulukkoon outside-eea = true, jos tietoja siirretään, tai poista safeguards

## Rekisterinpitäjä, yhteyshenkilö ja tietosuojavastaava
no-contact-empty = pyyntöjen yhteystiedoista puuttuu sähköpostiosoite
no-contact-unusable = pyyntöjen yhteystiedoissa ei ole käyttökelpoista sähköpostiosoitetta: '{ $email }'
no-contact-help = kirjoita osoite, johon rekisteriä koskeviin pyyntöihin vastataan, esim. email = "tietosuoja@example.fi"
contact-phone-missing = '{ $clause }' tulostaa yhteyshenkilön puhelinnumeron, mutta contact.phone puuttuu
contact-phone-missing-help = lisää [contact]-taulukkoon phone = "…" tai valitse lauseke, jossa ei ole puhelinnumeroa
representative-missing = rekisterinpitäjä '{ $controller }' on sijoittautunut EU:n tai ETA:n ulkopuolelle ({ $country }), mutta sen edustajaa unionissa ei nimetä
representative-missing-help = lisää [eu-representative]-taulukko, jossa on edustajan nimi, osoite ja sähköpostiosoite
no-business-id = rekisterinpitäjää '{ $controller }' ei yksilöidä Y-tunnuksella eikä muulla rekisteröinnillä
no-business-id-help = lisää business-id = "1234567-1" (YTJ:stä) tai muun rekisterin numerolle registration = {"{"} label = …, number = … {"}"}
eu-representative-in-eea = edustaja unionissa nimetään, mutta kaikki rekisterinpitäjät ovat sijoittautuneet EU- tai ETA-alueelle, ja edustaja unionissa nimetään vain rekisterinpitäjälle, joka on sijoittautunut niiden ulkopuolelle (27 artikla)
eu-representative-in-eea-help = jos kyse on yhteyshenkilöstä tietosuoja-asioissa, anna tiedot [contact]-taulukossa; muuten poista [eu-representative]
joint-arrangement-missing = rekisterinpitäjiä on { $count } ja ne pitävät rekisteriä yhdessä, mutta niiden välisen järjestelyn keskeisiä osia ei kerrota
joint-arrangement-missing-help = lisää [joint-controllers], jossa arrangement = "shared-contact" (tai oma teksti siitä, kuka vastaa rekisteröidyille) ja contact-point = "<rekisterinpitäjän nimi>"
joint-arrangement-single = yhteisrekisterinpitäjien järjestely on annettu, mutta rekisterinpitäjiä on nimetty vain yksi
joint-arrangement-single-help = lisää muut rekisterinpitäjät [[controllers]]-taulukkoina tai poista [joint-controllers]
dpo-required-missing = tietosuojavastaava on nimitettävä, mutta [dpo]-taulukkoa ei ole annettu
dpo-required-missing-help = lisää [dpo]-taulukko, jossa on tietosuojavastaavan sähköpostiosoite, esim. email = "dpo@example.fi"
dpo-consider-public-task = tietosuojavastaavaa ei nimetä, ja mallin mukaan tietoja käsitellään yleistä etua koskevan tehtävän suorittamiseksi, kuten viranomaiset ja julkishallinnon elimet tekevät (37 artiklan 1 kohdan a alakohta): tietosuojavastaavan nimittäminen voi olla pakollista
dpo-consider-surveillance = tietosuojavastaavaa ei nimetä, ja mallissa kuvataan valvontaa, joka on säännöllistä ja järjestelmällistä seurantaa (37 artiklan 1 kohdan b alakohta): tietosuojavastaavan nimittäminen voi olla pakollista
dpo-consider-communications = tietosuojavastaavaa ei nimetä, ja mallissa kuvataan sähköisen viestinnän välitys- tai sijaintitietoja, joiden käsittely on teleyrityksen toiminnan ydintä ja säännöllistä ja järjestelmällistä seurantaa (37 artiklan 1 kohdan b alakohta): tietosuojavastaavan nimittäminen voi olla pakollista
dpo-consider-monitoring = tietosuojavastaavaa ei nimetä, ja mallissa kuvataan ihmisten käyttäytymisen seurannasta kertyviä tietoja (37 artiklan 1 kohdan b alakohta): tietosuojavastaavan nimittäminen voi olla pakollista
dpo-consider-help = jos tietosuojavastaava on nimitettävä, lisää [dpo], jossa on tietosuojavastaavan sähköpostiosoite; jos olet arvioinut, ettei sitä tarvita, kirjaa se: dpo-required = false

## Käytännöt
recording-without-purpose = selosteen mukaan puheluita tai viestejä tallennetaan, mutta siinä ei kerrota miksi
recording-without-purpose-help = lisää [recording]-taulukkoon purposes = ["…"] (`seloste catalog --section recording`)
recording-without-retention = selosteen mukaan puheluita tai viestejä tallennetaan, mutta siinä ei kerrota, kuinka kauan tallenteita säilytetään
recording-without-retention-help = lisää [recording]-taulukkoon retention = "until-transaction-verified" (tai muu lauseke tai oma teksti)
recording-not-described = selosteen mukaan puheluita tallennetaan, mutta siinä ei kerrota, miksi eikä kuinka kauan tallenteita säilytetään
recording-not-described-help = lisää [recording]-taulukko: recorded = ["calls"], purposes = ["purpose-verify-transactions"] ja retention = {"{"} key = "kept-months", months = 6 {"}"} (lausekkeet tai omat tekstit)
camera-recordings-kept-long = kameravalvonnan tallenteita säilytetään yli 72 tuntia, eikä selosteessa kerrota miksi
camera-recordings-kept-long-help = kerro, miksi tallenteita tarvitaan pidempään (lisää surveillance-luetteloon "kept-longer-incidents-found-late" tai oma teksti, jossa syy kerrotaan), tai säilytä niitä muutaman päivän ajan (Euroopan tietosuojaneuvoston ohjeet 3/2019, 121 kohta)
use-without-purpose = selosteen mukaan tätä käsittelyä tehdään, mutta mikään käsittelyn tarkoitus ei kata sitä, joten lukijalle ei kerrota, miksi ja millä käsittelyperusteella (sen tarkoitus on '{ $purpose }')
use-without-purpose-help = lisää [[purposes]], jossa purpose = "{ $purpose }" ja sen käsittelyperuste (basis)
directory-without-refusal = tietoja julkaistaan tai luovutetaan, ellei rekisteröity kiellä sitä, mutta selosteessa ei kerrota, miten sen voi kieltää
directory-without-refusal-help = lisää [directories]-taulukkoon refusal = "…" (`seloste catalog --section refusal`)
post-without-address = pyynnöt voi lähettää postitse, mutta selosteessa ei ole tulostettavaa postiosoitetta
post-without-address-help = lisää [requests.post-to], jossa on name, street, postal-code ja city (tai anna yhteyshenkilön street, postal-code ja city)
analytics-without-consent = selosteessa nimetään kolmannen osapuolen analytiikka- tai mainospalvelu, mutta evästeitä koskevassa kohdassa ei kerrota, että sen evästeitä käytetään vain suostumuksella
analytics-without-consent-help = lisää cookies-luetteloon "consent-banner" (ja consent-withdrawal) tai oma teksti siitä, miten suostumus pyydetään
analytics-retention-not-stated = selosteessa nimetään verkkoanalytiikka- tai mainospalvelu, mutta siinä ei kerrota, kuinka kauan sen keräämiä tietoja säilytetään
analytics-retention-not-stated-help = lisää retention-luetteloon {"{"} key = "analytics-months", months = 14 {"}"} (palvelun asetuksissa valittu säilytysaika) tai oma teksti
special-without-condition = erityisiä henkilötietoryhmiä luetellaan, mutta mitään 9 artiklan 2 kohdan edellytystä niiden käsittelylle ei nimetä
special-without-condition-help = lisää [special-categories]-taulukkoon conditions = ["…"] (`seloste catalog --section condition`)
identity-code-without-ground = henkilötunnusta käsitellään, mutta selosteessa ei kerrota, mihin tietosuojalain (1050/2018) 29 §:n perusteeseen käsittely perustuu
identity-code-without-ground-help = lisää tiedoston alkuun identity-code = ["…"] (`seloste catalog --section identity-code`)

## Omat tekstit
own-text-too-short = oma teksti on lyhyempi kuin virke: { $texts }
own-text-too-short-help = kirjoita vähintään yksi kokonainen virke tai käytä vakiolausekeluettelon lauseketta (`seloste catalog --section { $section }`)
list-item-style = luettelon kohta ei noudata selosteen luettelotyyliä: { $items }
list-item-lower-case = { $lang } '{ $text }' alkaa pienellä kirjaimella
list-item-full-stop = { $lang } '{ $text }' päättyy pisteeseen
list-item-style-help = luettelon kohdat alkavat isolla kirjaimella eivätkä pääty pisteeseen millään kielellä, kuten vakiolausekeluettelon lausekkeetkin (docs/model.md, "List style"); pienellä kirjaimella alkava nimi jätetään sellaisekseen, kun se annetaan muodossa {"{"} all = "…" {"}"}
outdated = selostetta on päivitetty viimeksi { $updated }, yli kaksi vuotta ennen tätä päivää ({ $today })
outdated-help = tarkista, vastaako seloste nykyistä käsittelyä, ja aseta sitten updated (ja version) tarkistuksen päivämäärään

## Omien tekstien kielet
language-missing = omasta tekstistä puuttuu kieliversio { $lang } (siinä on: { $has })
language-missing-fallback = omasta tekstistä puuttuu kieliversio { $lang }, eikä siinä ole myöskään varakielen { $fallback } versiota (siinä on: { $has })
language-missing-help = lisää tähän tekstiin `{ $lang } = "…"` (`seloste translate MODEL --to { $lang }` luettelee kaikki käännettävät tekstit), käytä vakiolausekeluettelon avainta, joka kääntyy itsestään, tai tulosta valinnalla --fallback LANG, jolloin puuttuva kieli korvataan toisella ja teksti merkitään

## Raportin kehys
report-error = virhe
report-warning = varoitus
report-help = ohje
report-note = huom
report-gdpr = tietosuoja-asetuksen { $article }
report-see = ks. tietosuoja-asetuksen { $article }
report-no-findings = ei havaintoja
report-errors = { $count ->
    [one] 1 virhe
   *[other] { $count } virhettä
}
report-warnings = { $count ->
    [one] 1 varoitus
   *[other] { $count } varoitusta
}

## Komentorivin loppusanat
cli-not-passed = { $file } ei läpäise tarkistusta
cli-not-passed-many = { $count } mallista { $failed } ei läpäise tarkistusta
cli-not-printed = selostetta ei tulosteta, mitään ei kirjoitettu
cli-nothing-written = mitään ei kirjoitettu

## Tehtävän 23 säännöt
requirement-contradicts-basis = selosteen mukaan tietojen antaminen on vapaaehtoista, mutta käsittelyn tarkoitus { $purpose } perustuu lakisääteiseen velvoitteeseen, jonka vuoksi tiedot on annettava
requirement-contradicts-basis-help = kerro, mitkä tiedot on annettava: requirement = "partly" (tai "law" tai oma teksti), tai korjaa käsittelyn tarkoituksen oikeusperuste
analytics-outside-eea-undeclared = lausekkeen '{ $clause }' mukaan palvelu voi siirtää tietoja Yhdysvaltoihin, mutta transfers.outside-eea on false: seloste olisi ristiriitainen
analytics-outside-eea-undeclared-help = aseta [transfers]-taulukkoon outside-eea = true ja lisää [[transfers.countries]], jossa country = "US" ja siirron perusteet (esim. grounds = ["data-privacy-framework"])
signed-request-only = allekirjoitettu kirjallinen pyyntö on ainoa tapa, jonka seloste tarjoaa pyynnön tekemiseen, mutta rekisterinpitäjän on helpotettava oikeuksien käyttämistä eikä se voi vaatia yhtä tiettyä muotoa (12 artiklan 2 kohta)
signed-request-only-help = lisää [requests]-taulukon procedure-luetteloon toinen tapa, esim. "by-email" tai "in-person"

## Validointi
example-business-id = rekisterinpitäjän '{ $controller }' Y-tunnus on { $id }, joka on selosteen esimerkki eikä rekisterinpitäjän oma
example-business-id-help = kopioi rekisterinpitäjän Y-tunnus Yritys- ja yhteisötietojärjestelmästä (YTJ)

## Käsin kirjoitetun mallin lukeminen
toml-date-written-finnish = päivämäärä { $value } on kirjoitettu suomalaiseen tapaan; mallissa päivämäärä kirjoitetaan vuosi ensin
toml-date-written-finnish-help = kirjoita { $line }
toml-number-as-text = { $value } on kirjoitettu lukuna, mutta kenttään kirjoitetaan tekstiä
toml-number-as-text-help = kirjoita se lainausmerkkeihin: { $line }
toml-quote-in-text = tekstin sisällä oleva lainausmerkki päättää tekstin
toml-quote-in-text-help = kirjoita teksti puolilainausmerkkeihin tai jokainen sen sisäinen lainausmerkki muodossa \": { $line }
top-level-field-in-table = `{ $field }` kuuluu tiedoston alkuun, mutta tässä se luetaan taulukon [{ $table }] kentäksi
top-level-field-in-table-help = siirrä rivi tiedoston ensimmäisen [taulukko]-otsikon yläpuolelle: otsikon alla oleva rivi kuuluu siihen taulukkoon ({ $field } = … tiedoston alkuun)
translation-stale = { $lang }-teksti on käännetty { $from }-tekstistä, jota on sen jälkeen muutettu: tekstit eivät ehkä enää sano samaa
translation-stale-help = käännätä teksti uudelleen: poista { $lang }-teksti ja sen { $lang }-from, aja sitten `seloste translate --to { $lang }` ja yhdistä käännös `--merge`-valitsimella

### seloste: fixed texts of the notice (Finnish).
### fi, sv and en have exactly the same message ids and variables.
### Plain messages only: no terms, no attributes.

## Document

doc-title = Tietosuojaseloste
doc-subtitle = Informointi EU:n yleisen tietosuoja-asetuksen 13 ja 14 artiklan mukaisesti (asetus (EU) 2016/679)

## Letterhead, footer and signature labels

label-updated = Päivitetty
label-version = Versio
# The page number in the footer, as SFS 2487 writes it: "1 (5)". $page is this
# page's number, $total the number of pages.
label-page = { $page } ({ $total })
label-name = Nimi
label-business-id = Y-tunnus
label-vat = ALV-tunniste
label-address = Osoite
label-phone = Puhelin
label-email = Sähköposti
label-web = Verkkosivut
label-place-date = Paikka ja aika
label-signature = Allekirjoitus
# The place and date line of the signature block: "Järvenpää 1.5.2023".
signature-place-date = { $place } { $date }
# The signature field's description for screen readers; $signer is the signer's name.
label-signature-field = Sähköisen allekirjoituksen kenttä: { $signer }
# The description of the model file attached to the PDF.
attachment-model = Tietosuojaselosteen lähdetiedosto (seloste-malli), josta tämä PDF on tehty
label-dpo = Tietosuojavastaava
label-representative = Edustaja unionissa
label-organisation = Organisaatio
# Joins the last two names of a list: "A, B ja C".
joiner-and = ja

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
        [sv] (ruotsiksi)
        [en] (englanniksi)
       *[fi] (suomeksi)
    }

## Section headings

heading-controller =
    { $count ->
        [one] Rekisterinpitäjä
       *[other] Rekisterinpitäjät
    }
heading-contact = Yhteystiedot tietosuoja-asioissa
heading-register = Rekisterin nimi
heading-purposes = Henkilötietojen käsittelyn tarkoitukset ja oikeusperusteet
heading-data = Käsiteltävät henkilötiedot
heading-subjects = Rekisteröityjen ryhmät
heading-sources = Säännönmukaiset tietolähteet
heading-recipients = Tietojen vastaanottajat ja säännönmukaiset luovutukset
heading-transfers = Tietojen siirto EU:n tai ETA:n ulkopuolelle
heading-retention = Tietojen säilytysaika
heading-surveillance = Valvonta ja tallenteet
# $cookies: no when the section speaks only of web analytics, not of cookies.
heading-cookies =
    { $cookies ->
        [no] Verkkoanalytiikka
       *[yes] Evästeet ja verkkoanalytiikka
    }
heading-automated = Automatisoitu päätöksenteko ja profilointi
heading-requirement = Henkilötietojen antaminen
heading-rights = Rekisteröidyn oikeudet
heading-objection = Oikeus vastustaa käsittelyä
heading-complaint = Oikeus tehdä valitus valvontaviranomaiselle
heading-security = Rekisterin suojauksen periaatteet
heading-systems = Käytettävät tietojärjestelmät

## Controllers

# $controllers: the names joined, e.g. "ILJOJA Networks ja ILJOJA Oy".
text-several-controllers = Rekisteriä ylläpitävät yhdessä { $controllers }, jotka ovat sen yhteisrekisterinpitäjät.
# The controller that is the contact point for data subjects (Art. 26(1)); $name is its name.
text-joint-contact-point = Rekisteröityjen yhteyspisteenä toimii { $name }.
# Art. 26(3), printed with every arrangement of joint controllers.
text-joint-rights = Järjestelyn ehdoista riippumatta rekisteröity voi käyttää oikeuksiaan kunkin rekisterinpitäjän osalta ja kutakin rekisterinpitäjää vastaan.

## Legal bases (GDPR Art. 6(1))

basis-consent = Suostumus (6 artiklan 1 kohdan a alakohta)
basis-contract = Sopimuksen täytäntöönpano (6 artiklan 1 kohdan b alakohta)
basis-legal-obligation = Lakisääteinen velvoite (6 artiklan 1 kohdan c alakohta)
basis-vital-interests = Elintärkeiden etujen suojaaminen (6 artiklan 1 kohdan d alakohta)
basis-public-task = Yleistä etua koskevan tehtävän suorittaminen tai julkisen vallan käyttäminen (6 artiklan 1 kohdan e alakohta)
basis-legitimate-interests = Oikeutettu etu (6 artiklan 1 kohdan f alakohta)
# Lead-in before the stated legitimate interest.
label-legitimate-interest = Oikeutettu etu:
# A purpose with its legitimate interest, as one list item.
item-purpose-interest = { $purpose } (oikeutettu etu: { $interest })

## Sources

# Marker appended to a publicly accessible source.
label-public-source = julkinen lähde

## Recipients and processors

# $roles: processors when every row is a processor, controllers when every row is an independent
# controller, mixed otherwise (the independent controllers are then marked in the table).
text-processors-intro =
    { $roles ->
        [controllers] Seuraavat palveluntarjoajat saavat tietoja palvelunsa tuottamiseksi ja käsittelevät niitä itsenäisinä rekisterinpitäjinä omiin tarkoituksiinsa ja omalla vastuullaan; niiden käsittelystä kerrotaan niiden omissa tietosuojakäytännöissä.
        [mixed] Käytämme alla lueteltuja palveluntarjoajia. Henkilötietojen käsittelijät käsittelevät tietoja vain puolestamme ja ohjeidemme mukaisesti. Taulukossa itsenäisiksi rekisterinpitäjiksi merkityt palveluntarjoajat käsittelevät saamiaan tietoja omiin tarkoituksiinsa ja omalla vastuullaan; niiden käsittelystä kerrotaan niiden omissa tietosuojakäytännöissä.
       *[processors] Osa käsittelystä on ulkoistettu palveluntarjoajille, jotka käsittelevät tietoja puolestamme henkilötietojen käsittelijöinä.
    }
label-processor-service = Palvelu
label-processor-name = Palveluntarjoaja
label-role-processor = Henkilötietojen käsittelijä
label-role-controller = Itsenäinen rekisterinpitäjä
# The mark under the name of a recipient in the processors' table that is an
# independent controller.
text-independent-controller = (itsenäinen rekisterinpitäjä)
label-processor-country = Käsittelymaa
label-processor-policy = Tietosuojakäytäntö

## Transfers

# Printed when the model says nothing else about transfers.
text-no-transfers = Henkilötietoja ei siirretä eikä luovuteta EU:n tai Euroopan talousalueen (ETA) ulkopuolelle.

## Security

label-security-manual = Manuaalinen aineisto
label-security-electronic = Sähköisesti käsiteltävät tiedot

## Rights of the data subject

text-rights-intro = Rekisteröitynä sinulla on seuraavat tietosuoja-asetuksen mukaiset oikeudet. Oikeuksien käyttäminen on pääsääntöisesti maksutonta.
right-access = Sinulla on oikeus saada tietää, käsitelläänkö sinua koskevia henkilötietoja, sekä oikeus saada pääsy tietoihisi ja jäljennös niistä (15 artikla).
right-rectification = Sinulla on oikeus saada virheelliset tietosi oikaistuiksi ja puutteelliset tietosi täydennetyiksi ilman aiheetonta viivytystä (16 artikla).
right-erasure = Sinulla on oikeus pyytää tietojesi poistamista esimerkiksi silloin, kun niitä ei enää tarvita siihen tarkoitukseen, jota varten ne kerättiin, tai kun niitä on käsitelty lainvastaisesti. Tietoja, jotka meidän on lain mukaan säilytettävä, ei kuitenkaan poisteta (17 artikla).
right-restriction = Sinulla on oikeus pyytää, että tietojesi käsittelyä rajoitetaan esimerkiksi siksi aikaa, kun tietojen paikkansapitävyyttä selvitetään (18 artikla).
right-portability = Kun käsittely perustuu suostumukseesi tai sopimukseen ja se tehdään automaattisesti, sinulla on oikeus saada itse toimittamasi tiedot jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa ja siirtää ne toiselle rekisterinpitäjälle (20 artikla).
right-withdraw-consent = Kun käsittely perustuu suostumukseesi, sinulla on oikeus peruuttaa se milloin tahansa. Peruuttaminen ei vaikuta sitä ennen tehdyn käsittelyn lainmukaisuuteen (7 artiklan 3 kohta).
right-object = Sinulla on oikeus vastustaa tietojesi käsittelyä. Tästä oikeudesta kerrotaan erikseen omassa kohdassaan (21 artikla).

## Right to object (GDPR Art. 21), printed separately and clearly

# $public: yes when a purpose rests on a task in the public interest or official authority
# (Art. 6(1)(e)), which Art. 21(1) then names beside legitimate interests.
text-objection =
    { $public ->
        [yes] Sinulla on oikeus milloin tahansa henkilökohtaiseen erityiseen tilanteeseesi liittyvällä perusteella vastustaa sellaista sinua koskevien henkilötietojen käsittelyä, joka perustuu oikeutettuun etuun tai yleistä etua koskevan tehtävän suorittamiseen tai julkisen vallan käyttämiseen, mukaan lukien näihin perusteisiin perustuva profilointi. Tällöin lopetamme käsittelyn, paitsi jos voimme osoittaa, että käsittelyyn on huomattavan tärkeä ja perusteltu syy, joka syrjäyttää etusi, oikeutesi ja vapautesi, tai että käsittely on tarpeen oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi (21 artiklan 1 kohta).
       *[no] Sinulla on oikeus milloin tahansa henkilökohtaiseen erityiseen tilanteeseesi liittyvällä perusteella vastustaa sellaista sinua koskevien henkilötietojen käsittelyä, joka perustuu oikeutettuun etuun, mukaan lukien tähän perusteeseen perustuva profilointi. Tällöin lopetamme käsittelyn, paitsi jos voimme osoittaa, että käsittelyyn on huomattavan tärkeä ja perusteltu syy, joka syrjäyttää etusi, oikeutesi ja vapautesi, tai että käsittely on tarpeen oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi (21 artiklan 1 kohta).
    }
text-objection-marketing = Sinulla on oikeus milloin tahansa vastustaa tietojesi käsittelyä suoramarkkinointia varten, mukaan lukien suoramarkkinointiin liittyvä profilointi. Kun vastustat, tietojasi ei enää käsitellä suoramarkkinointitarkoituksiin (21 artiklan 2 ja 3 kohta).

## Right to lodge a complaint (GDPR Art. 77)

text-complaint = Sinulla on oikeus tehdä valitus valvontaviranomaiselle erityisesti siinä jäsenvaltiossa, jossa asut tai työskentelet tai jossa väitetty rikkominen on tapahtunut, jos katsot, että sinua koskevien henkilötietojen käsittely rikkoo tietosuoja-asetusta (77 artikla).
label-visiting-address = Käyntiosoite
label-postal-address = Postiosoite
authority-fi-name = Tietosuojavaltuutetun toimisto
authority-fi-visiting = Lintulahdenkuja 4, 00530 Helsinki
authority-fi-postal = PL 800, 00531 Helsinki
authority-fi-phone = +358 29 566 6700
authority-fi-email = tietosuoja@om.fi
authority-fi-web = www.tietosuoja.fi

## Countries (ISO 3166-1 alpha-2, lower case)

# EU member states
country-at = Itävalta
country-be = Belgia
country-bg = Bulgaria
country-cy = Kypros
country-cz = Tšekki
country-de = Saksa
country-dk = Tanska
country-ee = Viro
country-es = Espanja
country-fi = Suomi
country-fr = Ranska
country-gr = Kreikka
country-hr = Kroatia
country-hu = Unkari
country-ie = Irlanti
country-it = Italia
country-lt = Liettua
country-lu = Luxemburg
country-lv = Latvia
country-mt = Malta
country-nl = Alankomaat
country-pl = Puola
country-pt = Portugali
country-ro = Romania
country-se = Ruotsi
country-si = Slovenia
country-sk = Slovakia
# Other EEA states
country-is = Islanti
country-li = Liechtenstein
country-no = Norja
# Common third countries
country-ar = Argentiina
country-au = Australia
country-ca = Kanada
country-ch = Sveitsi
country-cn = Kiina
country-gb = Yhdistynyt kuningaskunta
country-il = Israel
country-in = Intia
country-jp = Japani
country-kr = Etelä-Korea
country-nz = Uusi-Seelanti
country-sg = Singapore
country-us = Yhdysvallat
country-uy = Uruguay

## The sections of model v2 (issue 11)

heading-special = Erityiset henkilötietoryhmät ja rikostiedot
heading-identity-code = Henkilötunnus
# $messages: yes when messages are recorded as well as calls.
heading-recording =
    { $messages ->
        [yes] Puhelujen ja viestien tallentaminen
       *[no] Puhelujen tallentaminen
    }
# $lists: mailing when only names and addresses are disclosed for mailing lists, members when
# only a member list is published, other otherwise.
heading-directories =
    { $lists ->
        [mailing] Nimi- ja osoitetietojen luovuttaminen
        [members] Jäsenluettelo
       *[other] Luettelopalvelut ja osoiteluettelot
    }
heading-further = Käsittely muihin tarkoituksiin
heading-requests = Miten käytät oikeuksiasi

heading-manual = Paperiaineiston säilytys

# Special categories (Art. 9, 10)
label-special-data = Käsittelemämme erityiset henkilötietoryhmät
label-special-conditions = Niitä käsitellään seuraavin perustein

# Call and message recording
# $retention: yes when the recording section states a retention period (printed after this).
text-recording-training =
    { $retention ->
        [yes] Käytämme joitakin tallenteita myös asiakaspalveluhenkilöstömme kouluttamiseen. Myös niitä koskee alla kerrottu säilytysaika.
       *[no] Käytämme joitakin tallenteita myös asiakaspalveluhenkilöstömme kouluttamiseen.
    }
label-recording-listeners = Ketkä saavat kuunnella tallenteita

# Web analytics, in the cookies section
label-analytics = Verkkoanalytiikkapalvelut

# Transfers per country: "United States (Google LLC)" before its grounds.
label-transfer-countries = Siirrot vastaanottajamaittain
item-transfer-country = { $country }: { $grounds }
item-transfer-country-recipients = { $country } ({ $recipients }): { $grounds }

# Adequacy decisions of the Commission (Art. 45), by ISO 3166 code.
adequacy-ad = Siirto perustuu Euroopan komission 19.10.2010 antamaan päätökseen 2010/625/EU, jonka mukaan Andorrassa on riittävä tietosuojan taso (45 artikla).
adequacy-ar = Siirto perustuu Euroopan komission 30.6.2003 antamaan päätökseen 2003/490/EY, jonka mukaan Argentiinassa on riittävä tietosuojan taso (45 artikla).
adequacy-ca = Siirto perustuu Euroopan komission 20.12.2001 antamaan päätökseen 2002/2/EY, jonka mukaan Kanadassa on riittävä tietosuojan taso niiden kaupallisten organisaatioiden osalta, joihin sovelletaan Kanadan henkilötietojen suojaa ja sähköisiä asiakirjoja koskevaa lakia (PIPEDA) (45 artikla).
adequacy-ch = Siirto perustuu Euroopan komission 26.7.2000 antamaan päätökseen 2000/518/EY, jonka mukaan Sveitsissä on riittävä tietosuojan taso (45 artikla).
adequacy-fo = Siirto perustuu Euroopan komission 5.3.2010 antamaan päätökseen 2010/146/EU, jonka mukaan Färsaarilla on riittävä tietosuojan taso (45 artikla).
adequacy-gb = Siirto perustuu Euroopan komission 28.6.2021 antamaan ja 19.12.2025 uusimaan täytäntöönpanopäätökseen (EU) 2021/1772, jonka mukaan Yhdistyneessä kuningaskunnassa on riittävä tietosuojan taso (45 artikla).
adequacy-gg = Siirto perustuu Euroopan komission 21.11.2003 antamaan päätökseen 2003/821/EY, jonka mukaan Guernseyssä on riittävä tietosuojan taso (45 artikla).
adequacy-il = Siirto perustuu Euroopan komission 31.1.2011 antamaan päätökseen 2011/61/EU, jonka mukaan Israelissa on riittävä tietosuojan taso (45 artikla).
adequacy-im = Siirto perustuu Euroopan komission 28.4.2004 antamaan päätökseen 2004/411/EY, jonka mukaan Mansaarella on riittävä tietosuojan taso (45 artikla).
adequacy-je = Siirto perustuu Euroopan komission 8.5.2008 antamaan päätökseen 2008/393/EY, jonka mukaan Jerseyssä on riittävä tietosuojan taso (45 artikla).
adequacy-jp = Siirto perustuu Euroopan komission 23.1.2019 antamaan täytäntöönpanopäätökseen (EU) 2019/419, jonka mukaan Japanissa on riittävä tietosuojan taso yksityisellä sektorilla (45 artikla).
adequacy-kr = Siirto perustuu Euroopan komission 17.12.2021 antamaan täytäntöönpanopäätökseen (EU) 2022/254, jonka mukaan Korean tasavallassa on riittävä tietosuojan taso (45 artikla).
adequacy-nz = Siirto perustuu Euroopan komission 19.12.2012 antamaan täytäntöönpanopäätökseen 2013/65/EU, jonka mukaan Uudessa-Seelannissa on riittävä tietosuojan taso (45 artikla).
adequacy-us = Siirto perustuu Euroopan komission 10.7.2023 antamaan täytäntöönpanopäätökseen (EU) 2023/1795, jonka mukaan tietosuojan taso on riittävä EU:n ja Yhdysvaltojen välisen tietosuojakehyksen (EU–U.S. Data Privacy Framework) mukaisesti sertifioituneissa yhdysvaltalaisissa organisaatioissa (45 artikla).
adequacy-uy = Siirto perustuu Euroopan komission 21.8.2012 antamaan täytäntöönpanopäätökseen 2012/484/EU, jonka mukaan Uruguayssa on riittävä tietosuojan taso (45 artikla).

# How to use the rights
label-request-post-to = Postiosoite pyynnöille
# $languages: the languages joined, e.g. "suomeksi, ruotsiksi tai englanniksi".
text-request-languages = Voit esittää pyyntösi { $languages }.
text-request-response = Vastaamme ilman aiheetonta viivytystä ja viimeistään kuukauden kuluessa pyynnön vastaanottamisesta. Määräaikaa voidaan tarvittaessa pyyntöjen monimutkaisuus ja määrä huomioon ottaen jatkaa enintään kahdella kuukaudella; kerromme tällöin siitä ja viivästymisen syistä kuukauden kuluessa (12 artiklan 3 kohta).
label-request-rights = Näin käytät kutakin oikeutta
# One right with its procedure, as a list item.
item-right-procedure = { $right }: { $procedure }
label-request-access = Oikeus saada pääsy tietoihin
label-request-rectification = Oikeus tietojen oikaisemiseen
label-request-erasure = Oikeus tietojen poistamiseen
label-request-restriction = Oikeus käsittelyn rajoittamiseen
label-request-portability = Oikeus siirtää tiedot järjestelmästä toiseen
label-request-objection = Oikeus vastustaa käsittelyä
label-request-withdrawal = Suostumuksen peruuttaminen
label-request-complaint = Valitus valvontaviranomaiselle
# Joins the last two languages of a list: "suomeksi, ruotsiksi tai englanniksi".
joiner-or = tai
# The languages as text-request-languages names them.
label-request-language-fi = suomeksi
label-request-language-sv = ruotsiksi
label-request-language-en = englanniksi

# Countries and territories with an adequacy decision, added for transfers
country-ad = Andorra
country-fo = Färsaaret
country-gg = Guernsey
country-im = Mansaari
country-je = Jersey

## The notice as a web page (HTML): the first layer and the contents
summary-heading = Lyhyesti
summary-lead = Tämän tietosuojaselosteen keskeiset tiedot. Kustakin pääsee alla olevan selosteen kohtaan, jossa asia kerrotaan kokonaan.
summary-controller = Kuka vastaa tiedoistasi (rekisterinpitäjä)
summary-contact = Yhteydenotot tietosuoja-asioissa
summary-purposes = Miksi käsittelemme tietojasi ja millä oikeusperusteella
summary-recipients = Ketkä saavat tietoja
# $names: the processors of the processors' table, joined by commas.
summary-processors = Puolestamme tietoja käsittelevät palveluntarjoajat: { $names }
# $names: the recipients of the processors' table that are independent controllers.
summary-independent-controllers = Itsenäisinä rekisterinpitäjinä tietoja saavat palveluntarjoajat: { $names }
summary-transfers = Siirrot EU:n ja ETA:n ulkopuolelle
summary-retention = Kuinka kauan tietoja säilytetään
summary-rights = Oikeutesi
summary-requests = Miten käytät oikeuksiasi
summary-complaint = Valituksen tekeminen valvontaviranomaiselle
html-contents = Sisällys

### seloste: the standard clause catalogue (Finnish).
###
### A model names a clause by its catalogue key; the message id is the namespace prefix of the
### field plus the key (docs/model.md): purposes[].purpose = "billing" is purpose-billing.
### fi, sv and en have exactly the same message ids and variables.
###
### Variables always available: $controllers (names joined with "ja"), $contact-email,
### $contact-phone (may be empty). Clause-specific numbers are named in a comment.
###
### Style (the same in fi, sv and en, docs/model.md "List style"): list items (purpose-, data-,
### subject-, source-, system-) and service- are noun phrases that start with a capital letter
### and have no full stop; interest- and source-details- follow a colon and start in lower case;
### title- is written as the language writes a title after a name (fi and sv in lower case);
### register- is a name; all other clauses, security- included, are complete sentences.
### We write in the first person plural ("käsittelemme") so that names never need inflecting.

## register-: the name of the register (document.register)

register-customer-register = Asiakasrekisteri
register-customer-partner-register = Asiakas- ja yhteistyökumppanirekisteri
register-partner-register = Yhteistyökumppanirekisteri
register-marketing-register = Markkinointirekisteri
register-newsletter-register = Uutiskirjeen tilaajarekisteri
register-recruitment-register = Rekrytointirekisteri
register-personnel-register = Henkilöstörekisteri
register-camera-surveillance-register = Kameravalvontarekisteri
register-visitor-register = Vierailijarekisteri
register-customer-data-register = Asiakastietorekisteri
register-website-users-register = Verkkosivujen käyttäjärekisteri

## clause-: introductions and notes (document.intro, purposes-note, subjects-note, recipients.texts, notes)

clause-intro = Tässä tietosuojaselosteessa kerromme, miten käsittelemme henkilötietojasi ja mitä oikeuksia sinulla on.
clause-customer-definition = Asiakkaalla tarkoitetaan tässä selosteessa luonnollista henkilöä tai oikeushenkilöä, joka on asiakassuhteessa meihin tai on ollut meihin yhteydessä.
clause-purposes-own-services = Käytämme rekisteriin tallennettuja henkilötietoja palvelujemme tuottamiseen ja kehittämiseen. Käsittelyn tarkoitukset ja niiden oikeusperusteet ovat seuraavat.
clause-purposes-services-partners = Käytämme rekisteriin tallennettuja henkilötietoja asiakassuhteen hoitamiseen sekä palvelujemme tuottamiseen ja kehittämiseen, myös niiden palvelujen, jotka tuotamme yhdessä yhteistyökumppaneidemme kanssa. Käsittelyn tarkoitukset ja niiden oikeusperusteet ovat seuraavat.
clause-customer-ensures-right-to-disclose = Asiakkaan on varmistettava etukäteen, että sillä on oikeus luovuttaa meille ilmoittamiensa henkilöiden tiedot, ja kerrottava näille henkilöille, että tiedot luovutetaan meille ja mihin tarkoitukseen. Kerromme käsittelystä myös itse näille henkilöille kuukauden kuluessa tietojen saamisesta tai jo aiemmin, jos otamme heihin yhteyttä sitä ennen (14 artiklan 3 kohdan a ja b alakohta), ja lähetämme tämän tietosuojaselosteen heille pyynnöstä. Pyynnön voi lähettää sähköpostitse osoitteeseen { $contact-email }.
clause-notice-updates = Päivitämme tätä tietosuojaselostetta, kun toimintamme tai lainsäädäntö muuttuu. Päivityspäivä on merkitty selosteen alkuun.

## purpose-: purposes of the processing (purposes[].purpose)

purpose-billing = Laskutus
purpose-technical-support = Tekninen tuki
purpose-customer-service = Asiakaspalvelu
purpose-customer-service-and-support = Asiakaspalvelu ja tekninen tuki
purpose-fault-notifications = Vikatilanteista tiedottaminen
purpose-administration = Asiakkuuksien ja palvelujen hallinnointi
purpose-customer-relationship = Asiakassuhteiden hoito
purpose-contact-persons = Yhteydenpito yritysasiakkaiden nimeämiin yhteyshenkilöihin ja käyttäjiin
purpose-contracts = Sopimusten tekeminen ja hallinta
purpose-service-provision = Palvelujen tuottaminen ja ylläpito
purpose-service-development = Palvelujen kehittäminen
purpose-service-management = Palvelujen tuottaminen, hallinta ja kehittäminen
purpose-order-handling = Tilausten käsittely ja toimittaminen
purpose-customer-communications = Asiakasviestintä
purpose-feedback-handling = Asiakaspalautteen ja reklamaatioiden käsittely
purpose-contact-requests = Yhteydenottopyyntöihin vastaaminen
purpose-customer-surveys = Asiakastyytyväisyyskyselyt
purpose-security-incidents = Tietoturvapoikkeamien ja henkilötietojen tietoturvaloukkausten tunnistaminen, tutkinta ja selvittäminen
purpose-information-security = Tietoturvan ylläpitäminen ja väärinkäytösten estäminen
purpose-traffic-data = Välitystietojen käsittely sähköisen viestinnän palveluista annetun lain (917/2014) mukaisesti
purpose-surveillance = Tilojen valvonta ja kulunvalvonta
purpose-camera-surveillance = Kameravalvonta henkilöiden ja omaisuuden turvaamiseksi
purpose-visitor-log = Vierailijoiden kirjaaminen käyntilokiin
purpose-call-recording = Asiakaspalvelupuhelujen tallentaminen palvelun laadun varmistamiseksi ja sovitun todentamiseksi
purpose-staff-training = Asiakaspalvelun henkilöstön kouluttaminen
purpose-direct-marketing = Suoramarkkinointi
purpose-direct-marketing-companies = Suoramarkkinointi yrityksille
purpose-direct-marketing-persons = Suoramarkkinointi yksityishenkilöille
purpose-advertising = Mainonnan kohdentaminen ja sen vaikutusten mittaaminen
purpose-mailing-list-disclosure = Nimi- ja osoitetietojen luovuttaminen suoramarkkinointiin
purpose-newsletter = Uutiskirjeiden lähettäminen
purpose-website = Verkkosivujen ylläpito ja kehittäminen
purpose-web-analytics = Verkkosivujen käytön analysointi
purpose-events = Tapahtumien järjestäminen
purpose-statistics = Tilastointi ja liiketoiminnan analysointi
purpose-credit-check = Luottotietojen ja maksukyvyn tarkistaminen
purpose-debt-collection = Saatavien perintä
purpose-accounting = Kirjanpito
purpose-membership-register = Yhdistyslain (503/1989) 11 §:n edellyttämän jäsenluettelon pitäminen
purpose-membership-fees = Jäsenmaksujen laskutus ja seuranta
purpose-member-communications = Jäsentiedotteet ja kokouskutsut
purpose-legal-obligations = Lakisääteisten velvoitteiden täyttäminen
purpose-legal-claims = Oikeusvaateiden laatiminen, esittäminen tai puolustaminen
purpose-recruitment = Rekrytointi ja työnhakijoiden arviointi
purpose-personnel-administration = Henkilöstöhallinto ja palkanmaksu
purpose-subscriber-directories = Puhelinluetteloihin ja numerotiedotuspalveluihin luovutettavien luettelotietojen kokoaminen

## interest-: the legitimate interest of a purpose (purposes[].interest), after "Oikeutettu etu:"

interest-customer-relationship = asiakassuhteen hoitaminen ja kehittäminen
interest-contact-persons = yritysasiakkaiden kanssa sovittujen palvelujen tuottaminen ja hoitaminen niiden meille nimeämien henkilöiden kautta
interest-service-development = palvelujemme kehittäminen ja niiden laadun parantaminen
interest-information-security = tietojärjestelmiemme, palvelujemme ja asiakkaidemme tietojen suojaaminen
interest-property-protection = henkilöiden ja omaisuuden turvaaminen sekä tilojen ja laitteiden suojaaminen luvattomalta pääsyltä
interest-marketing-to-companies = omien tuotteidemme ja palvelujemme markkinointi yrityksille ja yhteisöille
interest-marketing-existing-customers = omien tuotteidemme ja palvelujemme markkinointi nykyisille asiakkaillemme
interest-third-party-direct-marketing = niiden yritysten suoramarkkinointi, joille nimi- ja osoitetiedot luovutetaan
interest-credit-risk = luottoriskin arviointi ennen sopimuksen tekemistä ja sopimuksen aikana
interest-legal-claims = oikeusvaateiden laatiminen, esittäminen tai puolustaminen
interest-call-recording = puheluissa sovitun todentaminen, erimielisyyksien selvittäminen ja asiakaspalvelun laadun varmistaminen

## data-: categories of personal data (data[])

data-name = Nimi
data-name-and-title = Nimi, tehtävänimike ja organisaatio
data-contact-details = Osoite- ja yhteystiedot, kuten puhelinnumerot ja sähköpostiosoitteet
data-home-municipality = Kotikunta
data-membership-details = Jäsenyyttä koskevat tiedot, kuten liittymispäivä, jäsenlaji ja maksetut jäsenmaksut
data-billing-and-contact-details = Asiakkaan laskutus-, osoite- ja muut yhteystiedot, kuten puhelinnumerot ja sähköpostiosoitteet
data-identity-code-or-business-id = Asiakkaan henkilötunnus tai Y-tunnus
data-identity-code = Henkilötunnus
data-business-id = Y-tunnus
data-contract-details = Sopimus- ja tilaustiedot
data-billing-details = Laskutus- ja maksutiedot
data-bank-account = Pankkitilin numero
data-e-invoice-address = Verkkolaskuosoitetiedot
data-customer-history = Asiakashistoria
data-customer-history-and-contacts = Asiakashistoria sekä yhteydenotot myyntiin, asiakastukeen ja hallintoon
data-order-history = Tilaushistoria
data-communications = Asiakkaan kanssa käyty viestintä, kuten sähköpostit ja tukipyynnöt
data-credentials-and-settings = Palvelun käyttöön tarvittavat käyttäjätunnus, salasana ja tunnistautumistiedot sekä käyttäjän tekemät asetukset
data-usage-data = Palvelun käyttäjän tekniset tiedot: IP-osoite, laitteen nimi ja tyyppi, selaimen tyyppi ja liitännäiset, aikaleima, kieli, viittaava sivu ja pyynnön sisältö
data-traffic-data = Viestinnän välitystiedot, kuten IP-osoitteet, yhteyksien ajankohdat ja kesto sekä siirretyn datan määrä
data-location-data = Sijaintitiedot, kuten päätelaitteen sijainti viestintäverkossa
data-cookie-data = Evästeiden ja vastaavien tekniikoiden avulla kerätyt tiedot
data-credit-information = Luottotiedot ja maksukykyä koskevat tiedot
data-marketing-permissions = Markkinointiluvat ja -kiellot
data-company-details = Yrityksen perustiedot, kuten toimiala, liikevaihto ja toimipaikat
data-equipment-room-visits = Tiedot vierailuista laitetiloissamme
data-visitor-log = Käyntilokiin kirjattavat vierailijan tiedot, kuten nimi, organisaatio ja käynnin ajankohta
data-access-control-events = Kulunvalvontajärjestelmään tallentuvat kulkutapahtumat
data-camera-recordings = Kameravalvonnan tallenteet
data-call-recordings = Asiakaspalvelupuhelujen tallenteet
data-job-application = Työhakemuksen ja ansioluettelon tiedot, kuten koulutus ja työkokemus
data-employment-details = Työsuhdetta koskevat tiedot, kuten tehtävä, palkka ja työajat

## subject-: groups of data subjects (subjects[])

subject-customers = Asiakkaat
subject-prospective-customers = Mahdolliset asiakkaat, jotka ovat olleet meihin yhteydessä
subject-former-customers = Entiset asiakkaat
subject-customer-contacts = Asiakkaan yhteyshenkilöt (päättäjät sekä hallinnon, laskutuksen ja tekniikan yhteyshenkilöt)
subject-customer-users = Asiakkaan ilmoittamat tai asiakaspalveluumme yhteydessä olleet käyttäjät
subject-customer-technical-contacts = Asiakkaan ilmoittamat, palvelujen teknisestä ylläpidosta vastaavat henkilöt, jotka eivät välttämättä ole suorassa asiakassuhteessa meihin
subject-partner-contacts = Yhteistyökumppaniemme yhteyshenkilöt
subject-supplier-contacts = Toimittajiemme yhteyshenkilöt
subject-company-representatives = Yritysten ja yhteisöjen päättäjät ja yhteyshenkilöt
subject-visitors = Toimitiloissamme vierailevat henkilöt
subject-equipment-room-visitors = Laitetiloissamme vierailevat henkilöt
subject-website-visitors = Verkkosivujemme käyttäjät
subject-newsletter-subscribers = Uutiskirjeemme tilaajat
subject-job-applicants = Työnhakijat
subject-employees = Työntekijämme
subject-members = Yhdistyksen jäsenet

## source-: regular sources of data (sources[].source)

source-customer = Asiakkaan itse ilmoittamat tiedot
source-data-subject = Rekisteröidyltä itseltään saadut tiedot
source-customer-organisation = Asiakasorganisaatio, joka ilmoittaa meille yhteyshenkilönsä ja käyttäjänsä
source-service-generated = Palvelun tuottamisen, käytön ja ylläpidon yhteydessä muodostuneet tiedot
source-staff-observations = Henkilökuntamme palvelun tuottamisen tai ylläpidon yhteydessä kirjaamat tiedot
source-recorded-calls-emails = Asiakaspalveluyhteydenottojen yhteydessä tallennetut puhelut ja sähköpostitse saadut tiedot
source-website-forms = Verkkosivujemme lomakkeilla annetut tiedot
source-partners = Yhteistyökumppanimme
source-ytj = Yritys- ja yhteisötietojärjestelmä (YTJ)
source-prh = Patentti- ja rekisterihallitus (PRH)
source-prh-associations = Patentti- ja rekisterihallituksen yhdistysrekisteri
source-tax-administration = Verohallinto
source-vies = Euroopan komission VIES-palvelu
source-asiakastieto = Suomen Asiakastieto Oy (luottotietoyhtiö)
source-fonecta = Fonecta Oy (yritystietopalvelu)
source-traficom = Liikenne- ja viestintävirasto Traficom
source-tieke = TIEKE-verkkolaskuosoitteisto
source-dvv = Digi- ja väestötietovirasto
source-referees = Työnhakijan ilmoittamat suosittelijat hakijan suostumuksella
source-camera-system = Kameravalvontajärjestelmä
source-access-control-system = Kulunvalvontajärjestelmä

## source-details-: what is obtained from a source (sources[].details), after a colon

source-details-basic-company-data = asiakkaan Y-tunnus ja yrityksen perustiedot
source-details-association-basic-data = asiakkaan yhdistysrekisterinumero ja yhdistyksen perustiedot
source-details-creditworthiness = asiakkaan maksukyvyn ja henkilötietojen oikeellisuuden tarkistaminen
source-details-company-details = asiakkaan muut tiedot, kuten päättäjä- ja toimialatiedot, liikevaihto ja toimipaikat
source-details-vat-number-validity = asiakkaan ALV-tunnisteen voimassaolon tarkistaminen
source-details-tax-registrations = asiakkaan rekisteröinnit arvonlisäverovelvollisten rekisteriin ja ennakkoperintärekisteriin
source-details-e-invoice-address = asiakkaan verkkolaskuosoite ja välittäjätunnus
source-details-address-updates = osoitetietojen päivitys

## disclosure-: regular disclosures (recipients.disclosures[])

disclosure-shared-between-controllers = Rekisterin tiedot ovat rekisterinpitäjien ({ $controllers }) käytettävissä.
disclosure-third-parties-if-service-requires = Muille kuin tässä selosteessa mainituille vastaanottajille henkilötietoja luovutetaan vain, jos asiakkaan palvelun toteuttaminen sitä edellyttää, esimerkiksi silloin, kun palvelun tuottaa kolmas osapuoli.
disclosure-authorities-by-law = Henkilötietoja voidaan luovuttaa viranomaisille ja muille tahoille, joille meillä on Suomen lakiin perustuva velvollisuus tai oikeus luovuttaa niitä.
disclosure-service-providers = Käytämme henkilötietojen käsittelijöinä palveluntarjoajia; ne käsittelevät tietoja vain puolestamme ja ohjeidemme mukaisesti.
disclosure-service-providers-email-accounting = Käytämme henkilötietojen käsittelijöinä palveluntarjoajia, kuten sähköposti- ja kirjanpitopalvelujen tarjoajia; ne käsittelevät tietoja vain puolestamme ja ohjeidemme mukaisesti.
disclosure-other-agreed-separately = Muista luovutuksista sovitaan erikseen palvelukohtaisesti.
disclosure-outsourced-to-partners = Osa rekisterin tietojen käsittelystä on ulkoistettu yhteistyökumppaneillemme, jotka toimivat henkilötietojen käsittelijöinä: ne käsittelevät tietoja vain puolestamme ja ohjeidemme mukaisesti.
disclosure-group-companies = Tietoja voidaan luovuttaa konserniimme kuuluville yhtiöille, jotka käsittelevät niitä omiin tarkoituksiinsa itsenäisinä rekisterinpitäjinä. Kukin niistä kertoo käsittelystään omassa tietosuojaselosteessaan.
disclosure-none-regular = Henkilötietoja ei luovuteta säännönmukaisesti ulkopuolisille.
disclosure-debt-collection = Erääntyneitä saatavia koskevia tietoja voidaan luovuttaa perintätoimistolle saatavien perimiseksi.
disclosure-mailing-lists = Luovutamme asiakkaidemme nimi- ja osoitetietoja suoramarkkinointia harjoittaville yrityksille osoiteluetteloita varten, ellet ole kieltänyt sitä.
disclosure-meta-pixel = Jos annat suostumuksesi markkinointievästeisiin, Meta-pikselin keräämät tiedot luovutetaan Meta Platforms Ireland Limitedille (jäljempänä Meta), joka on niiden keräämisen ja siirtämisen osalta kanssamme yhteisrekisterinpitäjä (katso evästeitä ja verkkoanalytiikkaa koskeva kohta).
disclosure-google-advertising = Jos annat suostumuksesi markkinointievästeisiin, myös Google Ireland Limited (jäljempänä Google) saa tietoja sivustollamme käytettävien mainosevästeidensä kautta. Olemme Googlen kanssa yhteisrekisterinpitäjiä, kun tietoja kerätään sivustollamme ja ne siirretään Googlelle (tietosuoja-asetuksen 26 artikla; unionin tuomioistuimen tuomio asiassa C-40/17, Fashion ID): me pyydämme suostumuksesi ja kerromme käsittelystä; Google vastaa pyyntöihin, joilla käytetään 15–20 artiklan mukaisia oikeuksia sen vastaanottamiin tietoihin, ja voit käyttää oikeuksiasi kumpaa tahansa meistä kohtaan. Siirron jälkeen Google käsittelee tietoja itsenäisenä rekisterinpitäjänä omiin tarkoituksiinsa (https://policies.google.com/privacy).
disclosure-police-recordings = Kameravalvonnan tallenteita voidaan luovuttaa poliisille rikoksen selvittämiseksi.

## service-: services of processors and third parties (recipients.processors[].service)

service-microsoft-365 = Microsoft 365 -tilaukset
service-withsecure = WithSecure-tilaukset
service-access-control = Kulunvalvontajärjestelmä
service-access-control-equipment-rooms = Laitetilojen kulunvalvontajärjestelmä
service-camera-surveillance = Kameravalvontajärjestelmä
service-accounting = Kirjanpito ja tilinpäätös
service-payroll = Palkanlaskenta
service-e-invoicing = Laskutus ja verkkolaskujen välitys
service-payment-processing = Maksujen välitys
service-crm = Asiakkuudenhallintajärjestelmä
service-email = Sähköpostipalvelu
service-hosting = Palvelinten ja tietojen säilytys konesalissa
service-backup = Varmuuskopiointi
service-it-support = Tietotekniikan tukipalvelut
service-website = Verkkosivujen ylläpito
service-web-analytics = Verkkosivujen kävijäseuranta
service-newsletter = Uutiskirjeiden lähetyspalvelu
service-mailing = Tulostus- ja postituspalvelut
service-debt-collection = Perintäpalvelut
service-recruitment = Rekrytointijärjestelmä

## transfer-: transfers outside the EU/EEA (transfers.texts[])

transfer-stored-in-eea = Tiedot säilytetään EU:n tai ETA:n alueella.
transfer-if-service-requires = Tietoja voidaan siirtää tai luovuttaa EU:n tai ETA:n ulkopuolelle, jos asiakkaan palvelun toteuttaminen sitä edellyttää.
transfer-agreed-with-customer = Tällaisesta siirrosta sovitaan asiakkaan kanssa erikseen.
transfer-processors-outside-eea = Osa henkilötietojen käsittelijöistämme voi käsitellä tietoja EU:n tai ETA:n ulkopuolella. Tällöin siirto perustuu johonkin alla mainituista siirtoperusteista.

## safeguard-: safeguards for transfers (transfers.safeguards[])

safeguard-adequacy-decision = Kun Euroopan komissio on todennut, että vastaanottajamaassa on riittävä tietosuojan taso, siirto perustuu tähän tietosuojan riittävyyttä koskevaan päätökseen (45 artikla).
safeguard-standard-contractual-clauses = Siirrot, joita tietosuojan riittävyyttä koskeva päätös ei kata, perustuvat Euroopan komission hyväksymiin vakiosopimuslausekkeisiin (46 artiklan 2 kohdan c alakohta), ja niitä täydennetään tarvittaessa lisätoimenpiteillä.
safeguard-data-privacy-framework = Siirrot Yhdysvaltoihin vastaanottajille, jotka ovat sertifioituneet EU:n ja Yhdysvaltojen välisen tietosuojakehyksen (EU–U.S. Data Privacy Framework) mukaisesti, perustuvat Euroopan komission 10.7.2023 antamaan täytäntöönpanopäätökseen (EU) 2023/1795 tietosuojan riittävyydestä (45 artikla).
safeguard-binding-corporate-rules = Konsernin sisäiset siirrot voivat perustua vastaanottajan konsernin yritystä koskeviin sitoviin sääntöihin (47 artikla).
safeguard-copy-on-request = Voit pyytää jäljennöksen siirroissa käytetyistä asianmukaisista suojatoimista (46 artikla) sähköpostitse osoitteeseen { $contact-email }.

## retention-: retention periods (retention[])

retention-until-no-longer-needed = Tietoja säilytetään niin kauan kuin niiden säilyttäminen on perusteltua käsittelyn tarkoituksen kannalta. Sen jälkeen tiedot poistetaan tai anonymisoidaan.
# Kirjanpitolaki (1336/1997) 2 luku 10 §.
retention-accounting-law = Kirjanpitolain (1336/1997) 2 luvun 10 §:n mukaan säilytämme kirjanpitoon liittyvän aineiston seuraavasti: tilinpäätös ja kirjanpidot vähintään 10 vuotta tilikauden päättymisestä sekä tositteet, kuten laskut, ja muu kirjanpitoaineisto vähintään 6 vuotta sen vuoden lopusta, jonka aikana tilikausi päättyi.
# $years: number of years after the contract has ended.
retention-contract-plus-years =
    Säilytämme tietoja sopimuksen voimassaolon ajan ja { $years ->
        [one] vuoden
       *[other] { $years } vuotta
    } sen päättymisen jälkeen.
# $years: number of years after the customer relationship has ended.
retention-customer-relationship-plus-years =
    Säilytämme asiakkaan tietoja asiakassuhteen ajan ja { $years ->
        [one] vuoden
       *[other] { $years } vuotta
    } sen päättymisen jälkeen.
# $years: number of years after the membership has ended.
retention-membership-plus-years =
    Säilytämme jäsenen tietoja jäsenyyden ajan ja { $years ->
        [one] vuoden
       *[other] { $years } vuotta
    } sen päättymisen jälkeen.
retention-until-consent-withdrawn = Suostumuksen perusteella käsiteltäviä tietoja säilytetään, kunnes peruutat suostumuksesi.
retention-newsletter-until-unsubscribed = Uutiskirjeen tilaajan tietoja säilytetään, kunnes peruutat tilauksen tai suostumuksesi.
retention-marketing-until-objection = Lopetamme tietojesi käytön suoramarkkinointiin, kun vastustat sitä; säilytämme vastustuksesi, jotta voimme noudattaa sitä.
# $years: number of years after the recruitment has ended.
retention-recruitment-years =
    Työnhakijoiden tietoja säilytetään { $years ->
        [one] vuoden
       *[other] { $years } vuotta
    } rekrytoinnin päättymisestä, minkä jälkeen ne poistetaan.
# $months: how long log data is kept at most.
retention-logs-months =
    Lokitietoja säilytetään enintään { $months ->
        [one] kuukauden
       *[other] { $months } kuukauden
    } ajan.
# $months: how long the data collected with web analytics is kept at most (a service that decides
# for itself, such as Meta after the pixel's transmission, says its own period).
retention-analytics-months =
    Verkkoanalytiikalla keräämiämme tietoja säilytetään enintään { $months ->
        [one] kuukauden
       *[other] { $months } kuukauden
    } ajan, minkä jälkeen ne poistetaan.
# $months: how long call recordings are kept at most.
retention-call-recordings-months =
    Puhelutallenteita säilytetään enintään { $months ->
        [one] kuukauden
       *[other] { $months } kuukauden
    } ajan.

## surveillance-: camera surveillance, visitor logs, call recording (surveillance[])

surveillance-camera-premises = Toimitiloissamme on tallentava kameravalvonta, josta kerrotaan tiloissa olevin kyltein.
# $years: how long recordings and the visitor log are kept at most.
surveillance-equipment-rooms =
    Laitetiloissamme on tallentava kameravalvonta, ja laitetiloissa vierailevien henkilöiden tiedot kirjataan käyntilokiin. Tallenteita ja käyntilokia säilytetään enintään { $years ->
        [one] vuoden
       *[other] { $years } vuoden
    } ajan.
surveillance-visitor-log = Toimitiloissamme vierailevien henkilöiden tiedot kirjataan käyntilokiin.
surveillance-access-control = Toimitilojemme kulunvalvontajärjestelmä tallentaa kulkutapahtumat.
# $days: how long recordings are kept at most.
surveillance-recordings-kept-days =
    Tallenteita säilytetään enintään { $days ->
        [one] vuorokauden
       *[other] { $days } vuorokauden
    } ajan, ellei niitä tarvita rikoksen, vahingon tai muun tapahtuman selvittämiseen.
# $years: how long recordings are kept at most.
surveillance-recordings-kept-years =
    Tallenteita säilytetään enintään { $years ->
        [one] vuoden
       *[other] { $years } vuoden
    } ajan.
surveillance-kept-longer-incidents-found-late = Säilytysaika on tavanomaista pidempi, koska laitteille aiheutuneet vahingot ja luvattomat käynnit tulevat usein ilmi vasta myöhemmin, esimerkiksi vikaa selvitettäessä.
surveillance-call-recording = Asiakaspalveluumme tulevat puhelut voidaan nauhoittaa palvelun laadun varmistamiseksi ja sovittujen asioiden todentamiseksi.

## cookies-: cookies and web analytics (cookies[])

cookies-no-third-party-analytics = Emme käytä verkkosivuillamme verkkoliikenneanalytiikkaa, jossa henkilötietoja luovutettaisiin kolmansille osapuolille.
cookies-necessary-only = Verkkosivumme käyttävät vain sivuston toiminnan kannalta välttämättömiä evästeitä.
cookies-analytics-with-consent = Käytämme verkkosivujen käytön analysointiin evästeitä vain suostumuksellasi. Voit muuttaa evästeasetuksiasi milloin tahansa.
cookies-browser-settings = Voit estää evästeiden käytön tai poistaa evästeet selaimesi asetuksista, mutta tällöin kaikki sivuston toiminnot eivät välttämättä toimi.
cookies-none = Emme käytä verkkosivuillamme evästeitä.
cookies-what-are-cookies = Evästeet ovat pieniä tekstitiedostoja, jotka verkkosivusto tallentaa käyttäjän laitteelle.
cookies-marketing-with-consent = Käytämme markkinointievästeitä vain suostumuksellasi.
cookies-third-party-content = Sivustollamme voi olla kolmansien osapuolten sisältöä, kuten upotettuja videoita tai karttoja, jotka voivat tallentaa omia evästeitään.

## automated-: automated decision-making and profiling (automated-decisions)

automated-none = Emme tee sinusta päätöksiä, jotka perustuvat pelkästään automaattiseen käsittelyyn, kuten profilointiin, ja joilla on sinua koskevia oikeusvaikutuksia tai jotka vaikuttavat sinuun vastaavalla tavalla merkittävästi (22 artikla).
automated-marketing-segmentation = Emme tee sinusta päätöksiä, jotka perustuvat pelkästään automaattiseen käsittelyyn ja joilla on sinua koskevia oikeusvaikutuksia tai jotka vaikuttavat sinuun vastaavalla tavalla merkittävästi (22 artikla). Käytämme kuitenkin markkinoinnissa profilointia: voimme ryhmitellä asiakkaita esimerkiksi hankittujen palvelujen perusteella, jotta markkinointimme olisi osuvampaa. Sinulla on oikeus milloin tahansa vastustaa suoramarkkinointiin liittyvää profilointia (21 artiklan 2 kohta).
automated-advertising-profiling = Emme tee sinusta päätöksiä, jotka perustuvat pelkästään automaattiseen käsittelyyn ja joilla on sinua koskevia oikeusvaikutuksia tai jotka vaikuttavat sinuun vastaavalla tavalla merkittävästi (22 artikla). Käytämme kuitenkin profilointia mainonnan kohdentamisessa ja verkkoanalytiikan demografia- ja kiinnostuksen kohteet -raporteissa, jos olet antanut suostumuksesi markkinointi- ja analytiikkaevästeisiin (katso evästeitä ja verkkoanalytiikkaa koskeva kohta); siihen ei liity 22 artiklassa tarkoitettuja päätöksiä. Voit peruuttaa suostumuksesi milloin tahansa.

## requirement-: whether the data must be provided, and the consequences (requirement)

requirement-contract = Henkilötietojen antaminen on sopimuksen tekemisen edellytys. Ilman tarvittavia tietoja emme voi tehdä sopimusta emmekä tuottaa palvelua.
requirement-voluntary = Henkilötietojen antaminen on vapaaehtoista. Jos et anna tietoja, emme kuitenkaan voi tarjota kyseistä palvelua.
requirement-recruitment = Hakemuksen tietojen antaminen on vapaaehtoista, mutta ilman niitä emme voi käsitellä hakemustasi.

## request-: how to exercise the rights (rights-request)

request-by-email = Voit lähettää oikeuksiasi koskevat pyynnöt sähköpostitse osoitteeseen { $contact-email }. Vastaamme ilman aiheetonta viivytystä ja viimeistään kuukauden kuluessa pyynnön saapumisesta. Määräaikaa voidaan tarvittaessa pyyntöjen monimutkaisuus ja määrä huomioon ottaen jatkaa enintään kahdella kuukaudella; kerromme tällöin siitä ja viivästymisen syistä kuukauden kuluessa (12 artiklan 3 kohta). Voimme pyytää sinua todentamaan henkilöllisyytesi.
request-by-email-or-phone = Voit esittää oikeuksiasi koskevat pyynnöt sähköpostitse osoitteeseen { $contact-email } tai puhelimitse numeroon { $contact-phone }. Vastaamme ilman aiheetonta viivytystä ja viimeistään kuukauden kuluessa pyynnön saapumisesta. Määräaikaa voidaan tarvittaessa pyyntöjen monimutkaisuus ja määrä huomioon ottaen jatkaa enintään kahdella kuukaudella; kerromme tällöin siitä ja viivästymisen syistä kuukauden kuluessa (12 artiklan 3 kohta). Voimme pyytää sinua todentamaan henkilöllisyytesi.
request-in-writing = Voit lähettää oikeuksiasi koskevat pyynnöt kirjallisesti tietosuoja-asioiden yhteyshenkilöllemme postitse tai sähköpostitse osoitteeseen { $contact-email }. Vastaamme ilman aiheetonta viivytystä ja viimeistään kuukauden kuluessa pyynnön saapumisesta. Määräaikaa voidaan tarvittaessa pyyntöjen monimutkaisuus ja määrä huomioon ottaen jatkaa enintään kahdella kuukaudella; kerromme tällöin siitä ja viivästymisen syistä kuukauden kuluessa (12 artiklan 3 kohta). Voimme pyytää sinua todentamaan henkilöllisyytesi.

## withdrawal-: how consent is withdrawn (consent-withdrawal), printed with the rights when a purpose is based on consent

withdrawal-by-email = Voit peruuttaa suostumuksesi milloin tahansa sähköpostitse osoitteeseen { $contact-email }.
withdrawal-unsubscribe-link = Voit peruuttaa suostumuksesi milloin tahansa jokaisessa lähettämässämme markkinointiviestissä olevalla peruutuslinkillä tai sähköpostitse osoitteeseen { $contact-email }.
withdrawal-same-way = Voit peruuttaa suostumuksesi milloin tahansa samalla tavalla kuin annoit sen tai sähköpostitse osoitteeseen { $contact-email }.
withdrawal-account-settings = Voit peruuttaa suostumuksesi milloin tahansa asiakastilisi asetuksista tai sähköpostitse osoitteeseen { $contact-email }.

## security-: security principles (security.manual[], security.electronic[])

# Manual (paper) material
security-locked-premises = Manuaalinen aineisto säilytetään aina lukituissa tiloissa.
security-shredded = Tarpeeton manuaalinen aineisto tuhotaan paperisilppurilla.
security-shredded-din-32757 = Tarpeeton manuaalinen aineisto tuhotaan silppuamalla DIN 32757 -standardin mukaisesti.
security-shredded-din-66399 = Tarpeeton manuaalinen aineisto tuhotaan silppuamalla DIN 66399 -standardin mukaisesti.
security-no-paper = Henkilötietoja ei säilytetä paperisina.
security-restricted-premises = Tiloihin on pääsy vain henkilöillä, joille on myönnetty kulkuoikeus.
# Electronically processed data
security-confidential = Henkilötietoja käsitellään aina luottamuksellisesti.
security-law-and-traficom = Tiedot on suojattu tietosuojalainsäädännön sekä Liikenne- ja viestintävirasto Traficomin määräysten ja ohjeiden mukaisesti.
security-own-servers = Tiedot sijaitsevat omistamillamme ja hallinnoimillamme suojatuilla palvelimilla.
security-managed-servers = Tiedot sijaitsevat hallinnoimillamme suojatuilla palvelimilla.
security-data-centre = Palvelimet sijaitsevat valvotussa konesalissa, johon pääsy on rajattu.
security-secure-servers = Rekisteri sijaitsee suojatuilla palvelimilla.
security-encrypted-traffic = Tietoliikenne palvelimille on salattu vahvalla salauksella.
security-hashed-passwords = Salasanat tallennetaan ainoastaan suolattuina yksisuuntaisina tiivisteinä.
security-encrypted-passwords = Salasanat tallennetaan salattuina ja aina kun mahdollista yksisuuntaisina tiivisteinä.
security-encrypted-storage = Tallennetut tiedot on salattu.
security-personal-user-accounts = Tietojen käyttö edellyttää myöntämäämme henkilökohtaista käyttäjätunnusta.
security-access-control = Tietoihin on pääsy vain niillä puolestamme toimivilla henkilöillä, jotka tarvitsevat niitä tehtävissään.
security-confidentiality-obligation = Tietoja käsittelevät henkilöt ovat vaitiolovelvollisia.
security-firewalls = Järjestelmät on suojattu palomuurein ja muin teknisin keinoin, ja niiden tietoturvapäivitykset asennetaan säännöllisesti.
security-backups = Tiedot varmuuskopioidaan säännöllisesti.
security-logging = Tietojen käytöstä jää lokimerkintä.
security-mfa = Järjestelmiin kirjaudutaan monivaiheisella tunnistautumisella.
security-training = Henkilöstömme on perehdytetty tietosuojaan ja tietoturvaan.

## system-: information systems used (systems[])

system-crm = Asiakkuudenhallintajärjestelmä
system-billing = Laskutusjärjestelmä
system-accounting = Kirjanpitojärjestelmä
system-ticketing = Tukipyyntöjen hallintajärjestelmä
system-email = Sähköposti
system-microsoft-365 = Microsoft 365
system-access-control = Kulunvalvontajärjestelmä
system-camera-surveillance = Tallentava kameravalvontajärjestelmä
system-website = Verkkosivujen julkaisujärjestelmä
system-backup = Varmuuskopiointijärjestelmä

## title-: the signer's title (signature.title)

title-ceo = toimitusjohtaja
title-managing-director = toimitusjohtaja
title-owner = yrittäjä
title-general-partner = vastuunalainen yhtiömies
title-chair-of-the-board = hallituksen puheenjohtaja
title-board-member = hallituksen jäsen
title-chair = puheenjohtaja
title-technical-director = tekninen johtaja
title-data-protection-officer = tietosuojavastaava

### The sections of model v2 (issue 11): transfers per country, special categories, identity
### codes, recording, directories, web analytics, requirement consequences, further processing,
### how to use the rights and manual material.

## safeguard- (v2): derogations for specific situations (Art. 49), for transfers.countries[].grounds too

safeguard-derogation-explicit-consent = Jos tietosuojan riittävyyttä koskevaa päätöstä tai asianmukaisia suojatoimia ei ole, siirto perustuu nimenomaiseen suostumukseesi, jonka olet antanut sen jälkeen, kun sinulle on kerrottu siirtoon mahdollisesti liittyvistä riskeistä (49 artiklan 1 kohdan a alakohta).
safeguard-derogation-contract = Jos tietosuojan riittävyyttä koskevaa päätöstä tai asianmukaisia suojatoimia ei ole, siirto perustuu siihen, että se on tarpeen sinun ja meidän välisen sopimuksen täytäntöönpanemiseksi tai pyynnöstäsi toteutettavien sopimusta edeltävien toimenpiteiden toteuttamiseksi (49 artiklan 1 kohdan b alakohta).
safeguard-derogation-legal-claims = Jos tietosuojan riittävyyttä koskevaa päätöstä tai asianmukaisia suojatoimia ei ole, siirto perustuu siihen, että se on tarpeen oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi (49 artiklan 1 kohdan e alakohta).

## copy-: how a copy of the safeguards is obtained (transfers.copy)

copy-on-request = Voit pyytää jäljennöksen siirroissa käytetyistä asianmukaisista suojatoimista (46 artikla) sähköpostitse osoitteeseen { $contact-email }.
copy-by-email-or-post = Voit pyytää jäljennöksen käytetyistä suojatoimista sähköpostitse osoitteeseen { $contact-email } tai postitse tietosuoja-asioiden yhteyshenkilöltämme.
# $link: the web address where the safeguards are available.
copy-link = Jäljennös käytetyistä suojatoimista on saatavilla osoitteessa { $link }.

## special-: special categories of personal data (special-categories.data[]), Art. 9(1)

special-health = terveyttä koskevat tiedot
special-sick-leave = lääkärintodistukset ja muut sairauspoissaoloja koskevat tiedot
special-dietary-health = ruokavaliotiedot, joista käy ilmi terveyttä koskevia tietoja
special-trade-union-membership = ammattiliiton jäsenyys
special-religious-beliefs = uskonnollinen tai filosofinen vakaumus
special-political-opinions = poliittiset mielipiteet
special-racial-ethnic-origin = rotu tai etninen alkuperä
special-genetic = geneettiset tiedot
special-biometric = biometriset tiedot henkilön yksiselitteistä tunnistamista varten
special-sex-life-orientation = henkilön seksuaalista käyttäytymistä tai suuntautumista koskevat tiedot

## condition-: the conditions of Art. 9(2) (special-categories.conditions[])

condition-explicit-consent = nimenomainen suostumuksesi (9 artiklan 2 kohdan a alakohta)
condition-employment-law = työoikeuden sekä sosiaaliturvaa ja sosiaalista suojelua koskevan lainsäädännön mukaiset velvollisuudet ja oikeudet (9 artiklan 2 kohdan b alakohta)
condition-vital-interests = sellaisen henkilön elintärkeiden etujen suojaaminen, joka ei fyysisesti tai oikeudellisesti pysty antamaan suostumustaan (9 artiklan 2 kohdan c alakohta)
condition-not-for-profit-members = voittoa tavoittelemattoman yhteisön oikeutettu toiminta, joka koskee sen jäseniä, entisiä jäseniä tai henkilöitä, jotka ovat säännöllisesti yhteydessä siihen (9 artiklan 2 kohdan d alakohta)
condition-made-public = tiedot, jotka rekisteröity on nimenomaisesti saattanut julkisiksi (9 artiklan 2 kohdan e alakohta)
condition-legal-claims = oikeusvaateen laatiminen, esittäminen tai puolustaminen (9 artiklan 2 kohdan f alakohta)
condition-substantial-public-interest = laissa säädetty tärkeä yleinen etu (9 artiklan 2 kohdan g alakohta)
condition-health-care = ennaltaehkäisevä työterveyshuolto tai työlääketiede, lääketieteellinen diagnoosi tai terveydenhuollon tai sosiaalihuollon palvelujen tarjoaminen (9 artiklan 2 kohdan h alakohta)
condition-public-health = kansanterveyteen liittyvä yleinen etu (9 artiklan 2 kohdan i alakohta)
condition-archiving-research = yleisen edun mukaiset arkistointitarkoitukset, tieteelliset tai historialliset tutkimustarkoitukset tai tilastolliset tarkoitukset (9 artiklan 2 kohdan j alakohta)

## criminal-: criminal convictions and offences (special-categories.criminal[]), Art. 10

criminal-none = Emme käsittele rikostuomioihin ja rikkomuksiin liittyviä henkilötietoja.
criminal-background-check-children = Pyydämme lasten kanssa työskenteleviä henkilöitä esittämään rikosrekisteriotteen lasten kanssa toimivien rikostaustan selvittämisestä annetun lain (504/2002) mukaisesti. Merkitsemme vain, että ote on esitetty; emme säilytä otteesta jäljennöstä.
criminal-legal-claims = Meihin tai asiakkaisiimme kohdistuneita rikoksia, kuten palvelujemme väärinkäyttöä, koskevia tietoja käsitellään vain oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi sekä rikosilmoituksen tekemiseksi tietosuojalain (1050/2018) 7 §:n sallimissa rajoissa.

## identity-code-: grounds for processing personal identity codes (identity-code[]), Data Protection Act 1050/2018, section 29

identity-code-consent = Käsittelemme henkilötunnustasi yksiselitteisellä suostumuksellasi (tietosuojalain 1050/2018 29 §).
identity-code-law = Käsittelemme henkilötunnuksia, kun käsittelystä säädetään laissa (tietosuojalain 1050/2018 29 §).
identity-code-rights-obligations = Käsittelemme henkilötunnustasi, koska yksiselitteinen yksilöintisi on tärkeää sinun ja meidän oikeuksien ja velvollisuuksien toteuttamiseksi (tietosuojalain 1050/2018 29 §).
identity-code-credit-collection = Tietosuojalain (1050/2018) 29 §:n sallimalla tavalla käsittelemme henkilötunnuksia luotonannossa ja saatavien perinnässä.
identity-code-rental-lending = Tietosuojalain (1050/2018) 29 §:n sallimalla tavalla käsittelemme henkilötunnuksia vuokraus- ja lainaustoiminnassamme.
identity-code-employment = Tietosuojalain (1050/2018) 29 §:n sallimalla tavalla käsittelemme henkilötunnuksia työsuhdeasioissa.
identity-code-not-printed = Emme merkitse henkilötunnusta tarpeettomasti rekisterin perusteella tulostettuihin tai laadittuihin asiakirjoihin.

## recording-: call and message recording (recording.recorded[], recording.purposes[], recording.retention)

recording-calls = Asiakaspalveluumme tulevat puhelut tallennetaan.
recording-calls-and-messages = Asiakaspalveluumme tulevat puhelut tallennetaan, ja sille lähetetyt viestit, kuten chat- ja sähköpostiviestit, säilytetään.
recording-told-at-start = Puhelun tallentamisesta kerrotaan puhelun alussa.
recording-purpose-verify-transactions = Tallennamme puhelut, jotta voimme todentaa niissä sovitut tai tilatut asiat esimerkiksi myöhemmän erimielisyyden varalta.
recording-purpose-quality = Käytämme tallenteita asiakaspalvelumme laadun varmistamiseen ja kehittämiseen.
recording-purpose-legal-claims = Tallenteita voidaan käyttää oikeusvaateen laatimiseen, esittämiseen tai puolustamiseen.
recording-purpose-training = Joitakin tallenteita voidaan käyttää asiakaspalvelumme henkilöstön kouluttamiseen; ne poistetaan, kun koulutus on päättynyt.
recording-until-transaction-verified = Tallenteita säilytetään niin kauan kuin niitä tarvitaan asioinnin todentamiseen, minkä jälkeen ne poistetaan.
# $months: the longest time recordings are kept, even when still needed to verify the transaction.
recording-until-verified-max-months =
    Tallenteita säilytetään niin kauan kuin niitä tarvitaan asioinnin todentamiseen, kuitenkin enintään { $months ->
        [one] kuukauden
       *[other] { $months } kuukauden
    } ajan, minkä jälkeen ne poistetaan.
# $months: how long recordings are kept at most.
recording-kept-months =
    Tallenteita säilytetään enintään { $months ->
        [one] kuukauden
       *[other] { $months } kuukauden
    } ajan, minkä jälkeen ne poistetaan.

## listener-: who may listen to the recordings (recording.listeners[])

listener-customer-service-supervisors = Asiakaspalvelumme esihenkilöt
listener-agent-of-the-call = Puhelun käsitellyt asiakaspalvelijamme
listener-trainers = Asiakaspalveluhenkilöstömme kouluttajat
listener-dispute-handlers = Asiointia koskevan reklamaation tai erimielisyyden käsittelijät

## directory-: directories and mailing lists (directories.published[])

directory-subscriber-directory = Sähköisen viestinnän palveluista annetun lain (917/2014) mukaisesti tilaajan nimi, osoite ja puhelinnumero voidaan julkaista luettelopalveluissa ja luovuttaa numerotiedotuspalveluille, ellei tilaaja ole kieltänyt sitä.
directory-mailing-lists = Luovutamme asiakkaidemme nimi- ja osoitetietoja suoramarkkinointiin käytettäviä osoiteluetteloita varten, ellet ole kieltänyt sitä.
directory-member-list = Jäsenten nimet ja kotikunnat julkaistaan jäsenillemme saatavilla olevassa jäsenluettelossa, ellei jäsen ole kieltänyt sitä.

## refusal-: how publication or disclosure is refused (directories.refusal)

refusal-by-contacting-us = Voit kieltää tämän milloin tahansa maksutta sähköpostitse osoitteeseen { $contact-email }.
refusal-customer-service = Voit kieltää tämän milloin tahansa maksutta ilmoittamalla siitä asiakaspalveluumme tai sähköpostitse osoitteeseen { $contact-email }.
refusal-account-settings = Voit kieltää tämän milloin tahansa maksutta asiakastilisi asetuksista tai sähköpostitse osoitteeseen { $contact-email }.

## cookies- (v2): more on cookies (cookies[])

cookies-purposes = Käytämme evästeitä kolmeen tarkoitukseen: välttämättömät evästeet saavat sivuston toimimaan (esimerkiksi ostoskori ja kirjautuminen), analytiikkaevästeiden avulla saamme tietää, miten sivustoa käytetään, ja markkinointievästeillä kohdennetaan mainontaa.
cookies-collected-data = Evästeiden avulla keräämme tietoja käynneistäsi, kuten IP-osoitteesi, käynnin ajankohdan, katselemasi sivut ja niiden katseluajat sekä selaimesi ja laitteesi tiedot.
cookies-blocking-effects = Jos estät välttämättömät evästeet, osa sivuston toiminnoista, kuten ostoskori tai kirjautuminen, ei toimi. Analytiikka- ja markkinointievästeiden estäminen ei estä sivuston käyttöä.
cookies-consent-banner = Muita kuin välttämättömiä evästeitä käytetään vain, jos annat niihin suostumuksesi ensimmäisellä käynnillä näytettävässä evästeilmoituksessa. Voit peruuttaa tai muuttaa suostumustasi milloin tahansa sivuston evästeasetuksista.
# $months: how long cookies other than necessary ones stay on the visitor's device at most.
cookies-kept-months =
    Muut kuin välttämättömät evästeet säilyvät laitteellasi enintään { $months ->
        [one] kuukauden
       *[other] { $months } kuukautta
    }, ellet poista niitä aiemmin.
# $link: the page where the cookie settings can be changed.
cookies-settings-link = Voit muuttaa evästevalintojasi milloin tahansa osoitteessa { $link }.

## analytics-: named web analytics services (analytics[])

analytics-google-analytics = Käytämme Google Ireland Limitedin Google Analytics -verkkoanalytiikkapalvelua selvittääksemme, miten sivustoamme käytetään. Google voi siirtää tietoja Yhdysvaltoihin; siirto perustuu Euroopan komission päätökseen (45 artikla), jonka mukaan tietosuojan taso on riittävä EU:n ja Yhdysvaltojen välisen tietosuojakehyksen (EU–U.S. Data Privacy Framework) mukaisesti sertifioituneissa organisaatioissa. Voit estää Google Analyticsia keräämästä sinua koskevia tietoja selainlaajennuksella osoitteessa https://tools.google.com/dlpage/gaoptout.
analytics-google-analytics-demographics = Käytämme Google Analyticsin demografia- ja kiinnostuksen kohteet -raportteja, joissa kävijöiden ikää, sukupuolta ja kiinnostuksen kohteita arvioidaan Googlen mainosevästeiden perusteella. Voit poistaa personoidun mainonnan käytöstä Googlen mainosasetuksissa osoitteessa https://myadcenter.google.com.
# $opt-out: the page where a visitor can refuse analytics.
analytics-matomo = Käytämme omalla palvelimellamme toimivaa avoimen lähdekoodin Matomo-verkkoanalytiikkatyökalua selvittääksemme, miten sivustoamme käytetään; tietoja ei luovuteta kolmansille osapuolille. Voit kieltäytyä analytiikasta osoitteessa { $opt-out }.
analytics-matomo-cloud = Käytämme InnoCraft Ltd:n Matomo Cloud -verkkoanalytiikkapalvelua selvittääksemme, miten sivustoamme käytetään.
analytics-plausible = Käytämme Plausible Insights OÜ:n (Viro) Plausible Analytics -verkkoanalytiikkapalvelua, joka ei käytä evästeitä eikä tallenna kävijöiden IP-osoitteita.
analytics-siteimprove = Käytämme Siteimprove A/S:n (Tanska) Siteimprove Analytics -palvelua selvittääksemme, miten sivustoamme käytetään.
analytics-hotjar = Käytämme Hotjar Ltd:n (Malta) Hotjar-palvelua, joka tallentaa, miten kävijät liikkuvat sivuillamme, ja näyttää sen lämpökarttoina. Voit estää sen osoitteessa https://www.hotjar.com/policies/do-not-track/.
analytics-microsoft-clarity = Käytämme Microsoft Clarity -palvelua, joka tallentaa, miten kävijät liikkuvat sivuillamme, ja näyttää sen lämpökarttoina ja istuntotallenteina. Microsoft voi siirtää tietoja Yhdysvaltoihin.
analytics-meta-pixel = Käytämme Meta Platforms Ireland Limitedin Meta-pikseliä Facebookissa ja Instagramissa näkyvän mainontamme vaikutusten mittaamiseen ja mainonnan kohdentamiseen. Olemme Metan kanssa yhteisrekisterinpitäjiä, kun pikseli kerää tietoja sivustollamme ja ne siirretään Metalle (tietosuoja-asetuksen 26 artikla; unionin tuomioistuimen tuomio asiassa C-40/17, Fashion ID). Järjestelymme keskeiset osat: me kerromme sinulle käsittelystä ja pyydämme siihen suostumuksesi; Meta vastaa pyyntöihin, joilla käytetään 15–20 artiklan mukaisia oikeuksia sen vastaanottamiin tietoihin, ja voit käyttää oikeuksiasi kumpaa tahansa meistä kohtaan. Tietojen käsittelystä siirron jälkeen Meta päättää yksin itsenäisenä rekisterinpitäjänä: https://www.facebook.com/privacy/policy/.
analytics-linkedin-insight = Käytämme LinkedIn Ireland Unlimited Companyn LinkedIn Insight Tag -työkalua LinkedInissä näkyvän mainontamme vaikutusten mittaamiseen ja mainonnan kohdentamiseen.
# $link: the page where a visitor can refuse analytics.
analytics-opt-out-link = Voit kieltäytyä verkkoanalytiikasta osoitteessa { $link }.

## requirement- (v2): the forms of the requirement (requirement)

requirement-law = Tiettyjen henkilötietojen antaminen on lakisääteinen vaatimus: laki velvoittaa meidät keräämään ne.
requirement-contractual = Henkilötietojen antaminen on sopimukseen perustuva vaatimus: sopimus velvoittaa asiakkaan antamaan meille tarvittavat tiedot.
requirement-to-enter-contract = Henkilötietojen antaminen on välttämätöntä sopimuksen tekemiseksi kanssamme.
requirement-partly = Osan tiedoista antaminen on lakisääteinen vaatimus tai edellytys sopimuksen tekemiselle; muiden tietojen antaminen on vapaaehtoista. Kerromme tietoja pyytäessämme, kummasta on kyse.

## consequence-: what follows from not providing the data (requirement-consequences[])

consequence-no-contract = Ilman tietoja emme voi tehdä kanssasi sopimusta.
consequence-no-connection = Ilman tietoja emme voi toimittaa liittymää.
consequence-no-service = Ilman tietoja emme voi tuottaa palvelua.
consequence-no-delivery = Ilman tietoja emme voi toimittaa tilaustasi.
consequence-no-invoice = Ilman tietoja emme voi laskuttaa sinua, ja voimme tarjota vain ennakkomaksun.
consequence-no-newsletter = Ilman sähköpostiosoitetta emme voi lähettää sinulle uutiskirjettä.
consequence-no-answer = Ilman yhteystietoja emme voi vastata kysymykseesi.
consequence-no-membership = Yhdistyslain (503/1989) 11 §:n mukaan jäsenluetteloon on merkittävä jäsenen täydellinen nimi ja kotipaikka (kotikunta); ilman niitä et voi liittyä yhdistyksen jäseneksi.
consequence-no-member-mail = Ilman yhteystietojasi emme voi lähettää sinulle jäsenlaskua, jäsentiedotteita tai kokouskutsuja.
consequence-none = Tietojen antamatta jättämisellä ei ole sinulle seurauksia.

## further-: further processing and when you are told (further-processing[])

further-new-purpose = Jos aiomme käsitellä henkilötietojasi muuhun tarkoitukseen kuin siihen, jota varten ne kerättiin, kerromme sinulle tästä muusta tarkoituksesta ja annamme muut asiaankuuluvat tiedot ennen käsittelyä (13 artiklan 3 kohta).
further-compatible-only = Käsittelemme henkilötietoja muihin tarkoituksiin vain, jos ne ovat yhteensopivia niiden tarkoitusten kanssa, joita varten tiedot kerättiin (6 artiklan 4 kohta).
further-other-sources = Jos aiomme käsitellä muista lähteistä saatuja tietoja uuteen tarkoitukseen, kerromme siitä sinulle ennen käsittelyä (14 artiklan 4 kohta).
further-informed-within-month = Kun saamme sinua koskevia tietoja muista lähteistä, kerromme siitä sinulle kohtuullisen ajan kuluessa, viimeistään kuukauden kuluessa (14 artiklan 3 kohdan a alakohta).
further-informed-at-first-contact = Kun saamme sinua koskevia tietoja muista lähteistä yhteydenottoa varten, kerromme siitä sinulle viimeistään ensimmäisen yhteydenoton yhteydessä (14 artiklan 3 kohdan b alakohta).
further-informed-on-disclosure = Kun aiomme luovuttaa muista lähteistä saatuja tietoja, kerromme siitä sinulle viimeistään silloin, kun tietoja luovutetaan ensimmäisen kerran (14 artiklan 3 kohdan c alakohta).

## procedure-: how the rights are used (requests.procedure[], requests.<right>)

procedure-in-writing-signed = Pyyntöä ei tarvitse allekirjoittaa.
procedure-by-post = Voit lähettää pyynnön postitse alla olevaan osoitteeseen.
procedure-by-email = Voit lähettää pyynnön myös sähköpostitse osoitteeseen { $contact-email }.
procedure-identity-proof = Jotta tietojasi ei luovutettaisi kenellekään muulle, varmistamme, että pyyntö on sinulta. Jos se ei käy ilmi pyynnöstä itsestään (meille ilmoittamastasi sähköpostiosoitteesta lähetetty pyyntö yleensä riittää), pyydämme henkilöllisyytesi vahvistamiseksi tarvittavat lisätiedot (tietosuoja-asetuksen 12 artiklan 6 kohta).
procedure-in-person = Voit esittää pyynnön myös henkilökohtaisesti toimipisteessämme, jossa henkilöllisyytesi tarkistetaan henkilöllisyystodistuksesta.
procedure-access-copy-by-post = Jos teet pyynnön sähköisesti, toimitamme tiedot yleisesti käytetyssä sähköisessä muodossa turvallisesti, ellet pyydä muuta (15 artiklan 3 kohta); muutoin lähetämme jäljennöksen tiedoistasi postitse osoitteeseesi.
procedure-access-form = Voit pyytää tietojasi verkkosivuillamme olevalla lomakkeella.
procedure-rectification-account = Voit korjata suurimman osan tiedoistasi itse asiakastililläsi.
procedure-erasure-account = Voit poistaa asiakastilisi itse sen asetuksista; tiedot, jotka laki velvoittaa meidät säilyttämään, poistetaan säilytysajan päätyttyä.
procedure-portability-machine-readable = Toimitamme tiedot yleisesti käytetyssä koneellisesti luettavassa muodossa, kuten CSV- tai JSON-muodossa.
procedure-objection-marketing-link = Voit vastustaa suoramarkkinointia jokaisessa markkinointiviestissä olevalla linkillä tai sähköpostitse osoitteeseen { $contact-email }.
procedure-withdrawal-same-way = Voit peruuttaa suostumuksesi samalla tavalla kuin annoit sen tai sähköpostitse osoitteeseen { $contact-email }.
procedure-complaint-e-service = Voit tehdä valituksen Tietosuojavaltuutetun toimistolle sen verkkosivuilla olevalla asiointipalvelulla tai postitse.

## manual-: manual (paper) material and where it is kept (manual-material[])

manual-none = Emme säilytä henkilötietoja paperisina.
manual-contracts = Allekirjoitetut sopimukset liitteineen säilytetään paperisina lukitussa kaapissa toimistollamme.
manual-accounting = Kirjanpidon paperiset tositteet säilytetään lukitussa arkistossa kirjanpitolain edellyttämän ajan.
manual-job-applications = Paperisina saapuneet työhakemukset säilytetään lukitussa kaapissa rekrytoinnin päättymiseen asti.
manual-visitor-log = Käyntiloki pidetään paperisena vastaanotossamme.
manual-delivery-notes = Lähetteet ja palautuslomakkeet säilytetään paperisina varastollamme palautusajan päättymiseen asti.
## registration-: what a controller's registration number is (controllers[].registration.label)

registration-association-register = Yhdistysrekisterinumero
registration-trade-register = Kaupparekisterinumero
registration-number = Rekisterinumero

## joint-: the essence of joint controllers' arrangement (joint-controllers.arrangement, Art. 26(2))

joint-shared-contact = Yhteisrekisterinpitäjät ovat sopineet keskenään, että kukin niistä vastaa omissa asiakassuhteissaan käsittelemistään henkilötiedoista ja että rekisteröityjen informoinnista ja heidän pyyntöihinsä vastaamisesta huolehditaan yhteisesti tietosuoja-asioita varten annettujen yhteystietojen kautta.
joint-each-own-customers = Yhteisrekisterinpitäjät ovat sopineet keskenään, että kukin niistä vastaa itse omien asiakkaidensa informoinnista ja heidän pyyntöihinsä vastaamisesta.

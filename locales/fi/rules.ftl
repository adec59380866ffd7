# Mitä kukin `seloste check` -komennon sääntö tarkistaa ja miten sen havainnot korjataan:
# README:n sääntötaulukko (`-checks`, `-fix`) ja `seloste check --explain RULE`.
# Kokonaisia virkkeitä, joiden lopussa on piste; avaimet, kenttien nimet ja TOML kirjoitetaan niin kuin mallissa.
# Artiklat suomalaiseen tapaan: "13 artiklan 1 kohdan c alakohta".

rule-purpose-without-basis-checks = Jokaisella käsittelyn tarkoituksella on 6 artiklan 1 kohdan mukainen oikeusperuste.
rule-purpose-without-basis-fix = Lisää käsittelyn tarkoitukselle `basis`: consent (suostumus), contract (sopimuksen täytäntöönpano), legal-obligation (lakisääteinen velvoite), vital-interests (elintärkeät edut), public-task (yleistä etua koskevan tehtävän suorittaminen tai julkisen vallan käyttäminen) tai legitimate-interests (oikeutetut edut).
rule-legitimate-interest-not-stated-checks = Kun käsittelyn tarkoitus perustuu oikeutettuihin etuihin, siinä kerrotaan, mitä oikeutettua etua käsittelyllä tavoitellaan.
rule-legitimate-interest-not-stated-fix = Lisää käsittelyn tarkoitukselle `interest`: vakiolausekeluettelon avain (`seloste catalog --section interest`) tai oma teksti.
rule-interest-without-legitimate-interests-checks = Käsittelyn tarkoitus, jolle on annettu oikeutettu etu, perustuu oikeutettuihin etuihin (muuten selosteessa mainitaan kaksi keskenään ristiriitaista oikeusperustetta).
rule-interest-without-legitimate-interests-fix = Poista `interest` tai aseta `basis = "legitimate-interests"`, jos käsittely perustuu oikeutettuihin etuihin.
rule-consent-without-withdrawal-checks = Kun käsittelyn tarkoitus tai jokin lauseke perustuu suostumukseen (suostumukseen perustuvat evästeet), selosteessa kerrotaan, miten suostumus peruutetaan (`consent-withdrawal` tai `requests.withdrawal`); itse oikeus tulostetaan muiden oikeuksien yhteydessä.
rule-consent-without-withdrawal-fix = Lisää `consent-withdrawal`, esim. "by-email" tai "unsubscribe-link" (`seloste catalog --section withdrawal`).
rule-withdrawal-without-consent-checks = `consent-withdrawal` annetaan vain, kun jokin käsittelyn tarkoitus tai lauseke perustuu suostumukseen (muuten sitä ei tulosteta).
rule-withdrawal-without-consent-fix = Poista `consent-withdrawal` tai anna suostumukseen perustuvalle käsittelyn tarkoitukselle `basis = "consent"`.
rule-no-retention-checks = Selosteessa kerrotaan, kuinka kauan tietoja säilytetään, tai säilytysajan määrittämisperusteet.
rule-no-retention-fix = Lisää `retention`, esim. `["until-no-longer-needed", "accounting-law"]` (`seloste catalog --section retention`).
rule-no-data-categories-checks = Selosteessa luetellaan käsiteltävät henkilötietoryhmät aina, kun tietoja saadaan muualtakin kuin rekisteröidyltä itseltään (kun jokin tietolähde on muu kuin `data-subject` tai tietolähdettä ei ole nimetty).
rule-no-data-categories-fix = Lisää `data` (`seloste catalog --section data`).
rule-no-recipients-checks = Selosteessa nimetään tietojen vastaanottajat eli säännönmukaiset luovutukset tai henkilötietojen käsittelijät, tai siinä kerrotaan, ettei vastaanottajia ole.
rule-no-recipients-fix = Lisää `recipients.disclosures` tai `[[recipients.processors]]`; jos tietoja ei luovuteta kenellekään, kirjoita `disclosures = ["none-regular"]`.
rule-automated-decisions-not-addressed-checks = Selosteessa kerrotaan, käytetäänkö automatisoitua päätöksentekoa, profilointi mukaan luettuna.
rule-automated-decisions-not-addressed-fix = Lisää `automated-decisions = "none"` tai oma teksti, jossa kuvataan käsittelyn logiikka ja sen seuraukset.
rule-requirement-not-stated-checks = Selosteessa kerrotaan, onko tietojen antaminen lakisääteinen tai sopimukseen perustuva vaatimus ja mitä seuraa, jos tietoja ei anneta.
rule-requirement-not-stated-fix = Lisää `requirement`, esim. "contract" tai "voluntary" (`seloste catalog --section requirement`).
rule-requirement-contradicts-basis-checks = Jos selosteen mukaan tietojen antaminen on vapaaehtoista (`requirement = "voluntary"`), mikään käsittelyn tarkoitus ei perustu lakisääteiseen velvoitteeseen, jonka vuoksi tiedot on annettava lain nojalla: muuten seloste olisi ristiriitainen.
rule-requirement-contradicts-basis-fix = Kerro, mitkä tiedot on annettava: `requirement = "partly"` (tai "law" tai oma teksti), tai korjaa käsittelyn tarkoituksen oikeusperuste.
rule-transfer-without-ground-checks = Jokaiselle EU:n tai ETA:n ulkopuolella toimivalle henkilötietojen käsittelijälle on annettu peruste tietojen siirtämiseen sen maahan kohdassa `transfers.countries` tai `transfers.safeguards`: maata koskeva voimassa oleva tietosuojan riittävyyttä koskeva päätös, 46 artiklan mukainen suojatoimi tai 49 artiklan mukainen poikkeus.
rule-transfer-without-ground-fix = Lisää maa siirtoperusteineen kohtaan `transfers.countries`, esim. `grounds = ["standard-contractual-clauses"]`, tai nimeä 46 artiklan mukainen suojatoimi kohdassa `transfers.safeguards`.
rule-adequacy-decision-not-in-force-checks = Kohdan `transfers.countries` siirto voi perustua tietosuojan riittävyyttä koskevaan päätökseen vain, jos maata koskeva päätös on voimassa (EU:n ja Yhdysvaltojen välinen tietosuojakehys vain siirrossa Yhdysvaltoihin).
rule-adequacy-decision-not-in-force-fix = Nimeä maalle toinen siirtoperuste, esim. `standard-contractual-clauses` sekä `transfers.copy`, tai korjaa maa.
rule-no-contact-checks = Pyyntöjen yhteystiedoissa on käyttökelpoinen sähköpostiosoite (nimi@verkkotunnus.fi).
rule-no-contact-fix = Anna `contact.email` eli osoite, johon rekisteriä koskeviin pyyntöihin vastataan.
rule-contact-phone-missing-checks = Jos lauseke tulostaa yhteyshenkilön puhelinnumeron (esim. `rights-request = "by-email-or-phone"`), tulostettava numero on annettu kentässä `contact.phone`.
rule-contact-phone-missing-fix = Lisää `contact.phone` tai valitse lauseke, jossa ei luvata puhelinnumeroa.
rule-representative-missing-checks = EU:n tai ETA:n ulkopuolelle sijoittautunut rekisterinpitäjä nimeää edustajansa unionissa.
rule-representative-missing-fix = Lisää `[eu-representative]`-taulukko, jossa on edustajan nimi ja osoite.
rule-no-business-id-checks = Jokainen rekisterinpitäjä yksilöidään rekisteröinnillä: Y-tunnuksella tai muun rekisterin numerolla (`registration`), jollainen on esimerkiksi yhdistyksellä tai ulkomaisella rekisterinpitäjällä.
rule-no-business-id-fix = Lisää `business-id` tai `registration = {"{"} label = "association-register", number = "…" {"}"}`; rekisterinpitäjä, jolla ei ole kumpaakaan, voi jättää varoituksen huomiotta.
rule-eu-representative-in-eea-checks = Edustaja unionissa nimetään vain rekisterinpitäjälle, joka on sijoittautunut EU:n tai ETA:n ulkopuolelle: EU- tai ETA-alueelle sijoittautuneen rekisterinpitäjän yhteyshenkilö annetaan `[contact]`-taulukossa.
rule-eu-representative-in-eea-fix = Siirrä tiedot `[contact]`-taulukkoon (yhteystiedot tietosuoja-asioissa) tai poista `[eu-representative]`.
rule-joint-arrangement-missing-checks = Useat rekisterinpitäjät, joita seloste kutsuu yhteisrekisterinpitäjiksi, asettavat järjestelynsä keskeisen sisällön rekisteröityjen saataville (`joint-controllers.arrangement`).
rule-joint-arrangement-missing-fix = Lisää `[joint-controllers]`, jossa on `arrangement` (esim. `"shared-contact"`) ja rekisteröityjen yhteyspiste `contact-point`.
rule-joint-controllers-alone-checks = `[joint-controllers]` annetaan vain, kun rekisterinpitäjiä on kaksi tai useampia.
rule-joint-controllers-alone-fix = Lisää muut rekisterinpitäjät `[[controllers]]`-taulukkoina tai poista `[joint-controllers]`.
rule-dpo-missing-checks = Kun mallin mukaan tietosuojavastaava on nimitettävä (`dpo-required = true`), tietosuojavastaavan yhteystiedot on annettu.
rule-dpo-missing-fix = Lisää `[dpo]`-taulukko, jossa on tietosuojavastaavan sähköpostiosoite (sekä nimi ja puhelinnumero).
rule-dpo-consider-checks = Tietosuojavastaavaa ei nimetä eikä sen tarvetta ole suljettu pois, mutta mallissa on käsittelyä, joka voi edellyttää tietosuojavastaavaa: oikeusperuste public-task, valvonta, ihmisten käyttäytymisen seurannasta kertyvät tiedot (usage-data, camera-recordings, call-recordings, access-control-events) tai sähköisen viestinnän välitys- ja sijaintitiedot (traffic-data, location-data).
rule-dpo-consider-fix = Jos tietosuojavastaava on nimitettävä, lisää `[dpo]`; jos olet arvioinut, ettei sitä tarvita, kirjaa se: `dpo-required = false`.
rule-recording-incomplete-checks = `[recording]`-taulukossa kerrotaan, miksi puheluita tai viestejä tallennetaan (`purposes`) ja kuinka kauan tallenteita säilytetään (`retention`).
rule-recording-incomplete-fix = Lisää `purposes`, esim. `["purpose-verify-transactions"]`, ja `retention`, esim. `"until-transaction-verified"` (`seloste catalog --section recording`).
rule-directory-refusal-not-stated-checks = Kun tietoja julkaistaan luettelopalveluissa tai luovutetaan osoiteluetteloihin, ellei rekisteröity kiellä sitä (`directories.published`), selosteessa kerrotaan, miten sen voi kieltää (`directories.refusal`).
rule-directory-refusal-not-stated-fix = Lisää `[directories]`-taulukkoon `refusal`, esim. `"customer-service"` (`seloste catalog --section refusal`).
rule-request-address-missing-checks = Kun pyynnöt voi lähettää postitse (`requests.procedure` sisältää `by-post`), selosteeseen tulostetaan osoite, johon ne lähetetään: `requests.post-to` tai yhteyshenkilön katuosoite.
rule-request-address-missing-fix = Lisää `[requests.post-to]`, jossa on nimi, katuosoite, postinumero ja postitoimipaikka, tai anna yhteyshenkilön `street`, `postal-code` ja `city`.
rule-signed-request-only-checks = Allekirjoitettu kirjallinen pyyntö (`in-writing-signed`) on vain yksi tarjotuista tavoista: rekisterinpitäjän on helpotettava oikeuksien käyttämistä eikä se voi vaatia yhtä tiettyä muotoa, joten `requests.procedure` tarjoaa myös tavan `by-email`, `in-person` tai `access-form`.
rule-signed-request-only-fix = Lisää `requests.procedure`-luetteloon toinen tapa, esim. "by-email".
rule-analytics-without-consent-checks = Kun selosteessa nimetään kolmannen osapuolen analytiikka- tai mainospalvelu (`analytics`), evästeitä koskevassa kohdassa kerrotaan, että sen evästeitä käytetään vain suostumuksella (niiden tallentaminen edellyttää suostumusta sähköisen viestinnän palveluista annetun lain (917/2014) 205 §:n mukaan).
rule-analytics-without-consent-fix = Lisää `cookies`-luetteloon `"consent-banner"` (tai `"analytics-with-consent"` tai oma teksti) ja lisää myös `consent-withdrawal`.
rule-requirement-consequence-not-stated-checks = Jos vaatimuksesta kerrotaan vain sen muoto (`law`, `contractual`, `to-enter-contract`, `partly`), siihen liitetään mahdolliset seuraukset siitä, ettei tietoja anneta (`requirement-consequences`).
rule-requirement-consequence-not-stated-fix = Lisää `requirement-consequences`, esim. `["no-contract"]` (`seloste catalog --section consequence`).
rule-source-not-named-checks = Selosteessa kerrotaan, mistä henkilötiedot saadaan: vähintään yksi tietolähde (jos tietoja saadaan muualtakin kuin rekisteröidyltä itseltään, sovelletaan 14 artiklaa, ja tietolähde on nimettävä).
rule-source-not-named-fix = Luettele tietolähteet (`seloste catalog --section source`); jos jokainen antaa tietonsa itse, kirjoita `sources = ["data-subject"]`.
rule-public-source-not-marked-checks = Vakiolausekeluettelon tietolähde, joka on julkinen rekisteri (ytj, prh, prh-associations, vies, tieke), on merkitty `public = true`, jotta selosteessa kerrotaan sen olevan yleisesti saatavilla.
rule-public-source-not-marked-fix = Kirjoita tietolähde taulukkona, jossa on `public = true`.
rule-special-category-without-condition-checks = Erityisiin henkilötietoryhmiin kuuluvia tietoja (`special-categories.data`) käsitellään vain 9 artiklan 2 kohdan mukaisella edellytyksellä, joka nimetään selosteessa (`special-categories.conditions`).
rule-special-category-without-condition-fix = Lisää edellytys, esim. `conditions = ["explicit-consent"]` (`seloste catalog --section condition`), tai poista erityiset henkilötietoryhmät, jos et käsittele niitä.
rule-identity-code-ground-not-stated-checks = Kun käsiteltäviin tietoihin kuuluu henkilötunnus (`identity-code`, `identity-code-or-business-id`), selosteessa kerrotaan, mihin tietosuojalain (1050/2018) 29 §:n perusteeseen sen käsittely perustuu (`identity-code`).
rule-identity-code-ground-not-stated-fix = Lisää `identity-code`, esim. `["credit-collection"]` (`seloste catalog --section identity-code`).
rule-own-text-too-short-checks = Oma teksti, jonka kohdalle selosteeseen tarvitaan virke (säilytysaika, luovutukset, siirrot, suojatoimet, …), on vähintään yhden virkkeen mittainen: siinä on kolme sanaa tai enemmän, ja se päättyy merkkiin `.`, `!` tai `?`.
rule-own-text-too-short-fix = Kirjoita virke kokonaan tai käytä vakiolausekeluettelon lauseketta (`seloste catalog`).
rule-list-item-style-checks = Luettelon kohtana tulostettava oma teksti (käsittelyn tarkoitukset, henkilötiedot, rekisteröidyt, tietolähteet, järjestelmät, palvelut, tietoturvatoimet) noudattaa vakiolausekeluettelon luettelotyyliä kaikilla kielillä: se alkaa isolla kirjaimella, eikä substantiivilausekkeen loppuun tule pistettä.
rule-list-item-style-fix = Aloita kohta isolla kirjaimella ja jätä piste pois; pienellä kirjaimella kirjoitettava nimi ("eKirjasto") kirjoitetaan muodossa {"{"} all = "…" {"}"}, tai kohta alkaa sillä.
rule-outdated-checks = `document.updated` on enintään kaksi vuotta ennen tätä päivää: vanhempi seloste ei todennäköisesti enää vastaa kuvaamaansa käsittelyä.
rule-outdated-fix = Tarkista, vastaako seloste nykyistä käsittelyä, ja aseta `document.updated` (ja `version`) tarkistuksen päivämäärään.
rule-language-incomplete-checks = Jokaisesta omasta tekstistä on kieliversio kaikilla pyydettyjen asiakirjojen kielillä (oletuksena niillä, jotka `document.languages` lupaa) tai varakielellä.
rule-language-incomplete-fix = Lisää tekstiin puuttuva kieli, käytä vakiolausekeluettelon avainta (joka kääntyy itsestään), tulosta valinnalla --fallback LANG tai poista kieli luvattujen kielten joukosta.
rule-transfer-without-safeguard-checks = Siirroille EU:n tai ETA:n ulkopuolelle (`transfers.outside-eea = true`) nimetään vähintään yksi peruste kohdassa `transfers.safeguards` tai `transfers.countries`: tietosuojan riittävyyttä koskeva päätös, vakiosopimuslausekkeet, yritystä koskevat sitovat säännöt, … (`copy-on-request` kertoo, miten suojatoimista saa jäljennöksen; se ei itse ole suojatoimi).
rule-transfer-without-safeguard-fix = Luettele suojatoimet kohdassa `transfers.safeguards` (`seloste catalog --section safeguard`).
rule-safeguard-copy-not-offered-checks = Kun siirto perustuu 46 artiklan mukaisiin asianmukaisiin suojatoimiin (vakiosopimuslausekkeet, yritystä koskevat sitovat säännöt), selosteessa kerrotaan, miten niistä saa jäljennöksen (`transfers.copy` tai suojatoimien joukossa `copy-on-request`).
rule-safeguard-copy-not-offered-fix = Lisää `[transfers]`-taulukkoon `copy = "on-request"` (`seloste catalog --section copy`) tai oma teksti, jossa kerrotaan, miten jäljennöksen saa.
rule-transfer-not-declared-checks = Kun `transfers.outside-eea` on false, mikään henkilötietojen käsittelijä ei käsittele tietoja EU:n tai ETA:n ulkopuolella, mikään kohdan `transfers.countries` maa ei ole niiden ulkopuolella eikä mikään analytiikkalauseke kerro palvelun siirtävän tietoja Yhdysvaltoihin (seloste sanoo silloin, ettei mitään siirretä EU:n tai ETA:n ulkopuolelle).
rule-transfer-not-declared-fix = Aseta `transfers.outside-eea = true` ja nimeä suojatoimet, tai korjaa henkilötietojen käsittelijän maa.
rule-processor-location-unknown-checks = Kun `transfers.outside-eea` on false, jokaisesta henkilötietojen käsittelijästä kerrotaan, missä se käsittelee tietoja (`country`): seloste sanoo silloin, ettei mitään siirretä EU:n tai ETA:n ulkopuolelle, eikä sitä voi arvioida käsittelijästä, jonka sijaintia ei tiedetä.
rule-processor-location-unknown-fix = Anna henkilötietojen käsittelijän `country` (ISO 3166 -maakoodi); jos se käsittelee tietoja EU:n tai ETA:n ulkopuolella, aseta `transfers.outside-eea = true` ja nimeä suojatoimet.
rule-safeguard-without-transfer-checks = Suojatoimet nimetään vain, kun tietoja siirretään EU:n tai ETA:n ulkopuolelle (`transfers.outside-eea = true`); muuten seloste sanoisi, ettei mitään siirretä EU:n tai ETA:n ulkopuolelle, ja luettelisi silti siirtojen perusteita.
rule-safeguard-without-transfer-fix = Aseta `transfers.outside-eea = true`, jos tietoja siirretään, tai poista `transfers.safeguards`.
rule-placeholder-not-filled-checks = Mikään arvo ei ole enää kulmasulkeisiin kirjoitettu paikkamerkki "<…>", jollaisia `seloste init` -komennon kirjoittamassa aloitusmallissa on.
rule-placeholder-not-filled-fix = Korvaa paikkamerkki oikealla arvolla.
rule-invalid-model-checks = Tiedosto voidaan lukea ja jäsentää, ja se läpäisee validoinnin: vakiolausekeluettelon avaimet ovat olemassa ja saavat tarvitsemansa arvot, Y-tunnusten tarkistusmerkki on oikea, maakoodit tunnetaan ja mallin nimeämät tiedostot (logo, wording) ovat mallin kansiossa.
rule-invalid-model-fix = Toimi ilmoituksen mukaan; `docs/model.md` kuvaa jokaisen kentän.

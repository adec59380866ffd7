### seloste: comments and placeholders of the starter model that `seloste init` writes (Finnish).
### fi, sv and en have exactly the same message ids. Plain messages only, one line each:
### seloste wraps them into TOML comments.

## Comments

starter-intro = Tietosuojaselosteen malli seloste-ohjelmalle. Se alkaa tavallisen asiakasrekisterin selosteena: muokkaa siitä omaa toimintaasi vastaava.
starter-placeholders = Korvaa jokainen kulmasulkeissa <…> oleva arvo omallasi. `seloste check` kertoo, mitä on vielä jäljellä ja mitä muuta tietosuoja-asetus edellyttää.
starter-texts = Useimmat tekstit ovat vakiolausekeluettelon avaimia, jotka kääntyvät itsestään suomeksi, ruotsiksi ja englanniksi; `seloste catalog --section purpose` listaa yhden osion avaimet. Oman tekstin kirjoitat kielittäin, esimerkiksi:
starter-order = Ylätason avaimet tulevat ensin: TOML-tiedostossa [taulukon] otsikon jälkeen kirjoitettu avain kuuluu siihen taulukkoon.
starter-data = Käsittelemäsi henkilötiedot (art. 14(1)(d)). Avaimet: seloste catalog --section data
starter-subjects = Keiden tietoja käsittelet. Avaimet: seloste catalog --section subject
starter-retention = Kuinka kauan tietoja säilytetään tai millä perusteilla säilytysaika määräytyy (art. 13(2)(a)).
starter-automated = Automatisoitu päätöksenteko ja profilointi (art. 13(2)(f)): "none", jos et tee sellaisia päätöksiä.
starter-requirement = Onko tietojen antaminen pakollista ja mitä seuraa, jos niitä ei anneta (art. 13(2)(e)).
starter-request = Miten rekisteröidyt esittävät oikeuksiaan koskevat pyynnöt; osoite on alla olevan yhteyshenkilön sähköposti.
starter-dpo = Jos sinulla on tietosuojavastaava, lisää [dpo]-taulukko, jossa on nimi ja sähköposti. Jos olet arvioinut, ettei sitä tarvita, voit kirjata sen: dpo-required = false.
starter-document = Asiakirja: rekisterin nimi, tämän version päiväys ja kielet, joilla seloste on saatavilla.
starter-languages = Luettelon avaimet kääntyvät itsestään: lisää "sv" ja "en", niin seloste on saatavilla myös ruotsiksi ja englanniksi.
starter-controller = Rekisterinpitäjä (art. 13(1)(a)). Jos Y-tunnusta ei ole (esimerkiksi yhdistyksellä), poista business-id ja anna tarvittaessa muu rekisterinumero: registration, jossa label ja number. Jos rekisterinpitäjä on merkitty arvonlisäverorekisteriin, lisää vat = true, niin ALV-tunniste tulostetaan. Yhteisrekisterinpitäjille toista [[controllers]]-taulukko ja kuvaa järjestelyn keskeinen sisältö [joint-controllers]-taulukossa (art. 26(2)).
starter-contact = Mihin rekisteröidyt lähettävät rekisteriä koskevat pyyntönsä.
starter-purposes = Käsittelyn tarkoitukset, kullakin oikeusperusteensa (art. 13(1)(c)): consent, contract, legal-obligation, vital-interests, public-task tai legitimate-interests, joka tarvitsee myös kohdan interest = "…". Avaimet: seloste catalog --section purpose
starter-sources = Mistä tiedot saadaan (art. 14(2)(f)); merkitse julkinen rekisteri: public = true.
starter-recipients = Kenelle tietoja luovutetaan (art. 13(1)(e)): säännönmukaiset luovutukset sekä henkilötietojen käsittelijät [[recipients.processors]]-taulukkoina, kullekin maa, jossa se käsittelee tietoja.
starter-transfers = Siirretäänkö tietoja EU:n tai ETA:n ulkopuolelle (art. 13(1)(f)). Jos siirretään, aseta outside-eea = true ja luettele suojatoimet; vakiosopimuslausekkeiden tai yritystä koskevien sitovien sääntöjen kanssa lisää copy-on-request.
starter-security = Miten rekisteri on suojattu: paperiaineisto ja sähköisesti käsiteltävät tiedot.
starter-more-sections = Lisää osioita, kun ne koskevat sinua (docs/model.md kuvaa kunkin): [requests] kertoo, miten kutakin oikeutta käytetään (kirjallisesti, postitse nimetylle henkilölle, henkilöllisyyden todistaminen, kielet); [recording] asiakaspalvelupuheluiden tallentamisesta; [directories] luettelopalveluista ja osoiteluetteloista; analytics = […] nimetyistä verkkoanalytiikkapalveluista; [special-categories] 9 ja 10 artiklan tiedoista; identity-code = […], jos käsittelet henkilötunnuksia; further-processing, requirement-consequences ja manual-material. Avaimet: seloste catalog

## Placeholders, written between angle brackets

starter-ph-name = yrityksen tai yhteisön virallinen nimi
starter-ph-business-id = Y-tunnus, esim. 1234567-1
starter-ph-street = katuosoite
starter-ph-postal-code = postinumero
starter-ph-city = postitoimipaikka
starter-ph-email = yrityksen sähköpostiosoite
starter-ph-contact-name = yhteyshenkilön tai yksikön nimi
starter-ph-contact-email = sähköpostiosoite rekisteriä koskeville pyynnöille

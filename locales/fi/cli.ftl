# Mitä seloste itse sanoo komentorivillä: mitä se kirjoitti, yhteenvedot, edistymispalkki
# ja havaitsemansa käyttövirheet (clapin tuottama --help pysyy englanninkielisenä). Viestit
# alkavat pienellä kirjaimella eivätkä pääty pisteeseen; polut, valinnat (-o DIR, --force)
# ja komennot kirjoitetaan niin kuin ne annetaan.

## Kirjoitetut tiedostot
cli-wrote = kirjoitettu: { $path }
cli-init-wrote = kirjoitettu: { $path }; korvaa jokainen paikkamerkki "<…>" oikealla tiedolla ja suorita sitten: seloste check { $path }
cli-init-exists = tiedosto '{ $path }' on jo olemassa; anna --force, jos haluat korvata sen, tai anna toinen tiedosto valinnalla -o
cli-extract-exists = tiedosto '{ $path }' on jo olemassa ja poikkeaa liitetystä mallista; jos haluat korvata sen, anna se valinnalla -o { $path }
cli-write-over-input = seloste luetaan tiedostosta '{ $path }'; kirjoita uusi seloste muualle valinnalla -o
cli-write-over-signed = tiedosto '{ $path }' on allekirjoitettu PDF; kirjoita uusi seloste muualle valinnalla -o tai korvaa se valinnalla --replace-signed

## Mitä tulostetaan ja minne
cli-no-model = ei tulostettavaa mallia
cli-several-need-a-folder = useasta selosteesta tulee useita tiedostoja: anna kansio valinnalla -o DIR
cli-named-html = tiedosto '{ $path }' on nimetty HTML-tiedostoksi, mutta pyydettiin --format { $format }; anna sille nimi *.{ $extension } tai jätä --format pois
cli-named-pdf = tiedosto '{ $path }' on nimetty PDF-tiedostoksi, mutta pyydettiin --format { $format }; anna sille nimi *.{ $extension } tai jätä --format pois
cli-standard-output = vakiotuloste (-o -)
cli-the-file = tiedosto '{ $path }'
cli-takes-one = { $one } voi sisältää vain yhden asiakirjan (yksi kieli yhdessä muodossa), mutta asiakirjoja pyydettiin { $count } ({ $what }); anna kansio valinnalla -o DIR
cli-layouts-each-as = { $layouts }, kukin muodossa { $kinds }
cli-today = { $error }: anna päivämäärä valinnalla --today YYYY-MM-DD
cli-translators-file = huom: { $path } ohitetaan: se on kääntäjälle tarkoitettu tiedosto, jonka `seloste translate` on kirjoittanut, eikä malli; yhdistä se malliin komennolla `seloste translate MODEL --merge { $path }`

## Malliluettelot ja työluettelot
cli-the-list-of-models = vakiosyötteestä luettu malliluettelo
cli-the-jobs-file = työluettelo '{ $path }'
cli-list-line = vakiosyötteestä luetun malliluettelon rivi { $number }: { $why }
cli-line-too-long = rivi on pidempi kuin { $kib } KiB
cli-line-not-utf8 = rivi ei ole UTF-8-tekstiä
cli-too-many-lines = { $what } sisältää yli { $max } riviä; jaa se useaan osaan
cli-list-too-large = { $what } on suurempi kuin { $mib } MiB; jaa se useaan osaan
cli-cannot-read-list = { $what } ei ole luettavissa: { $why }

## Monta mallia kerralla
cli-shard-empty = osaan { $k }/{ $n } ei kuulu yhtään tulostettavaa selostetta
cli-same-names = mallien '{ $a }' ja '{ $b }' selosteet saisivat saman nimen { $stem }.*.pdf; tulosta ne eri kansioihin
cli-job-failed = { $at }: tämä työ epäonnistui:
cli-cannot-resolve = polun '{ $path }' todellista sijaintia ei voi selvittää
cli-report-refused = --report '{ $report }' on { $what }; anna raportille oma tiedosto
cli-report-is-jobs = työluettelo
cli-report-is-model = malli '{ $path }'
cli-report-is-document = paikka, johon mallin '{ $path }' asiakirja kirjoitetaan
# Edistymispalkki: indicatifin malline; pidä {bar:30}, {pos}, {len},
# {per_sec} ja {eta} ennallaan, tässä kirjoitettuina muodossa {"{"}pos{"}"}.
cli-progress = {"{"}bar:30{"}"} {"{"}pos{"}"}/{"{"}len{"}"} selostetta, {"{"}per_sec{"}"}, jäljellä {"{"}eta{"}"}
cli-batch-summary = tulostettu { $documents ->
        [one] 1 asiakirja
       *[other] { $documents } asiakirjaa
    } { $models ->
        [one] 1 mallista
       *[other] { $models } mallista
    } ajassa { $seconds } s ({ $rate } asiakirjaa sekunnissa), epäonnistuneita { $failed }
cli-interrupted = keskeytetty: { $models } selosteesta tehtiin { $made }, ja jokainen niistä kirjoitettiin kokonaan
cli-batch-failed = { $models ->
        [one] 1 mallista
       *[other] { $models } mallista
    } { $failed } epäonnistui; muiden asiakirjat kirjoitettiin

## seloste translate
cli-translate-to-or-merge = anna joko --to LANG tai --merge FILE
cli-translate-stale = { $path }: vanhentunut, käännetty { $from }-tekstistä ennen sen muuttamista
    nyt kielellä { $from }: { $source }
    käännös: { $translation }
cli-translate-summary = { $count ->
        [0] { $file }: jokaisessa omassa tekstissä on kieliversio { $lang }
        [one] { $file }: 1 omasta tekstistä puuttuu kieliversio { $lang }
       *[other] { $file }: { $count } omasta tekstistä puuttuu kieliversio { $lang }
    }
cli-translate-nothing = { $summary }; ei kirjoitettavaa
cli-translate-wrote = { $summary }; tekstit kirjoitettu tiedostoon { $path }
cli-translate-left-empty = jätetty tyhjäksi, ei yhdistetty: { $path } ({ $lang })
cli-translate-merged = { $count ->
        [one] 1 käännös yhdistetty tiedostoon { $path }
       *[other] { $count } käännöstä yhdistetty tiedostoon { $path }
    }
merge-json = käännöksiä voi yhdistää vain TOML-malliin
merge-json-help = JSON-mallin kirjoittaa jokin ohjelma: lisää käännökset sen avulla tai pidä malli TOML-muodossa
merge-model-unparsed = mallia ei voi jäsentää: { $detail }
merge-no-own-text = mallissa ei ole tässä kohdassa omaa tekstiä
merge-made-again-help = tiedosto on tehty mallin toisesta versiosta: tee se uudelleen valinnalla --to
merge-text-changed = mallin kieliversio { $lang } tässä kohdassa ei ole sama kuin tiedostossa
merge-text-changed-help = kieliversiota { $lang } on muutettu tiedoston tekemisen jälkeen, tai se on käännetty sillä välin: tee tiedosto uudelleen valinnalla --to tai muokkaa mallia
merge-not-a-table = '{ $key }' ei ole kielten taulukko
merge-not-a-table-help = jokainen teksti on taulukko: ["field.path"], jossa fi = "…", sv = "…"
merge-not-a-language = '{ $key }': '{ $lang }' ei ole tekstin kieli
merge-not-a-language-help = tekstin taulukossa on fi, sv ja en, kukin merkkijonona
merge-no-target = tiedostossa ei kerrota, mille kielelle se käännetään
merge-no-target-help = säilytä otsikkorivi `{ $header }sv`, jonka seloste kirjoitti (oikealla kielellä)
merge-syntax = virheellistä Fluent-syntaksia
merge-syntax-help = käännös kirjoitetaan muodossa `message-id = text` viestinsä riville
merge-unknown-id = '{ $id }' ei vastaa mitään mallin tekstiä
merge-placeable = '{ $id }': käännös on pelkkää tekstiä ilman merkintöjä {"{"} … {"}"}
merge-placeable-help = kirjoita aaltosulkeet muodossa {"{"}"{"{"}"{"}"} ja {"{"}"{"}"}"{"}"}

## seloste check --explain
cli-no-such-rule = sääntöä '{ $rule }' ei ole; { $help }
cli-cannot-write = tiedostoon '{ $path }' ei voi kirjoittaa: { $why }

## Erän työt
cli-not-a-job = tämä ei ole työ: työ on JSON-objekti {"{"}"model": "PATH", …{"}"}
cli-not-a-job-because = tämä ei ole työ: { $detail }
cli-job-output-outside = tuloskansio '{ $output }' on valinnalla -o annetun kansion ulkopuolella ({ $base }); anna kansio sen sisältä
cli-job-path-nul = kentässä { $field } on NUL-merkki
cli-job-path-too-long = kentän { $field } polku on pidempi kuin 4 096 tavua
cli-job-name-too-long = kentän { $field } polussa on nimi, joka on pidempi kuin 255 tavua
cli-job-link-out = '{ $dir }' johtaa symbolisen linkin kautta pois valinnalla -o annetusta kansiosta ({ $base }); erä kirjoittaa vain sen sisälle
cli-job-link = '{ $path }' on symbolinen linkki; erä ei kirjoita linkkien kautta, jotta se ei korvaa tiedostoa, jota se ei ole itse tehnyt: poista linkki

## Palvelun ongelmadokumentit
problem-invalid-model = Malli on virheellinen tai puutteellinen; selostetta ei tehty
problem-more-errors = { $count ->
        [one] ja 1 muu virhe: ks. report.findings
       *[other] ja { $count } muuta virhettä: ks. report.findings
    }

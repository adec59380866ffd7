# Vad seloste självt säger på kommandoraden: vad det har skrivit, sammanfattningar,
# förloppsindikatorn och de användningsfel det hittar (den --help som clap genererar
# förblir på engelska). Meddelandena börjar med liten bokstav och slutar utan punkt;
# sökvägar, flaggor (-o DIR, --force) och kommandon skrivs som de skrivs in.

## Skrivna filer
cli-wrote = skrev { $path }
cli-init-wrote = skrev { $path }: ersätt varje platshållare "<…>" med den riktiga uppgiften och kör sedan: seloste check { $path }
cli-init-exists = '{ $path }' finns redan; ange --force för att skriva över den, eller -o och en annan fil
cli-extract-exists = '{ $path }' finns redan och skiljer sig från den bifogade modellen; om du vill ersätta den, ange den med -o { $path }
cli-write-over-input = '{ $path }' är filen som beskrivningen läses från; skriv den nya beskrivningen någon annanstans med -o
cli-write-over-signed = '{ $path }' är en signerad PDF; skriv den nya beskrivningen någon annanstans med -o, eller ersätt den med --replace-signed

## Vad som ska skrivas ut, och vart
cli-no-model = ingen modell att skriva ut
cli-several-need-a-folder = flera beskrivningar ger flera filer: ange en mapp med -o DIR
cli-named-html = filen '{ $path }' har filändelsen för HTML, men --format { $format } begärdes; ge den namnet *.{ $extension } eller utelämna --format
cli-named-pdf = filen '{ $path }' har filändelsen för PDF, men --format { $format } begärdes; ge den namnet *.{ $extension } eller utelämna --format
cli-standard-output = standardutdata (-o -)
cli-the-file = filen '{ $path }'
cli-takes-one = { $one } kan bara ta emot ett dokument (ett språk i ett format), men { $count } begärdes ({ $what }); ange en mapp med -o DIR
cli-layouts-each-as = { $layouts }, var och en som { $kinds }
cli-today = { $error }: ange datumet med --today YYYY-MM-DD
cli-translators-file = obs: { $path } hoppas över: det är en fil för en översättare som `seloste translate` har skrivit, inte en modell; för in den i modellen med `seloste translate MODEL --merge { $path }`

## Listor över modeller och jobbfiler
cli-the-list-of-models = listan över modeller från standardindata
cli-the-jobs-file = jobbfilen '{ $path }'
cli-list-line = rad { $number } i listan över modeller från standardindata: { $why }
cli-line-too-long = raden är längre än { $kib } KiB
cli-line-not-utf8 = raden är inte text i UTF-8
cli-too-many-lines = { $what } har mer än { $max } rader; dela upp den i flera
cli-list-too-large = { $what } är större än { $mib } MiB; dela upp den i flera
cli-cannot-read-list = kan inte läsa { $what }: { $why }

## Flera modeller på en gång
cli-shard-empty = delen { $k }/{ $n } har ingen beskrivning att skriva ut
cli-same-names = '{ $a }' och '{ $b }' skulle båda skrivas som { $stem }.*.pdf; skriv ut dem i olika mappar
cli-job-failed = { $at }: det här jobbet misslyckades:
cli-cannot-resolve = kan inte avgöra var '{ $path }' verkligen ligger
cli-report-refused = --report '{ $report }' är { $what }; ge rapporten en egen fil
cli-report-is-jobs = jobbfilen
cli-report-is-model = modellen '{ $path }'
cli-report-is-document = platsen där ett dokument från '{ $path }' skrivs
# Förloppsindikatorn: indicatifs mall; behåll {bar:30}, {pos}, {len},
# {per_sec} och {eta} som de är, här skrivna som {"{"}pos{"}"}.
cli-progress = {"{"}bar:30{"}"} {"{"}pos{"}"}/{"{"}len{"}"} beskrivningar, {"{"}per_sec{"}"}, {"{"}eta{"}"} kvar
cli-batch-summary = skrev ut { $documents ->
        [one] 1 dokument
       *[other] { $documents } dokument
    } av { $models ->
        [one] 1 modell
       *[other] { $models } modeller
    } på { $seconds } s ({ $rate } dokument per sekund), { $failed } misslyckades
cli-interrupted = avbrutet: { $made } av { $models } beskrivningar blev klara, och var och en skrevs i sin helhet
cli-batch-failed = { $failed } av { $models ->
        [one] 1 modell
       *[other] { $models } modeller
    } misslyckades; de övriga skrevs

## seloste translate
cli-translate-to-or-merge = ange antingen --to LANG eller --merge FILE
cli-translate-stale = { $path }: inaktuell, översatt från { $from }-texten innan den ändrades
    nu på { $from }: { $source }
    översättning: { $translation }
cli-translate-summary = { $count ->
        [0] varje egen text i { $file } har språkversionen { $lang }
        [one] 1 egen text i { $file } saknar språkversionen { $lang }
       *[other] { $count } egna texter i { $file } saknar språkversionen { $lang }
    }
cli-translate-nothing = { $summary }; inget att skriva
cli-translate-wrote = { $summary }; skrev dem till { $path }
cli-translate-left-empty = lämnad tom, inte införd: { $path } ({ $lang })
cli-translate-merged = { $count ->
        [one] förde in 1 översättning i { $path }
       *[other] förde in { $count } översättningar i { $path }
    }
merge-json = översättningar kan bara föras in i en modell i TOML
merge-json-help = en JSON-modell skrivs av ett program: låt programmet lägga till översättningarna, eller ha modellen i TOML
merge-model-unparsed = modellen kan inte tolkas: { $detail }
merge-no-own-text = modellen har ingen egen text här
merge-made-again-help = filen gjordes av en annan version av modellen: gör den på nytt med --to
merge-text-changed = modellens språkversion { $lang } här är inte densamma som i filen
merge-text-changed-help = språkversionen { $lang } har ändrats efter att filen gjordes, eller översatts under tiden: gör filen på nytt med --to, eller redigera modellen
merge-not-a-table = '{ $key }' är inte en tabell med språk
merge-not-a-table-help = varje text är en tabell: ["field.path"] med fi = "…", sv = "…"
merge-not-a-language = '{ $key }': '{ $lang }' är inte ett av textens språk
merge-not-a-language-help = tabellen för en text innehåller fi, sv och en, var och en som en sträng
merge-no-target = filen anger inte vilket språk den översätter till
merge-no-target-help = behåll rubrikraden `{ $header }sv` som seloste skrev (med rätt språk)
merge-syntax = ogiltig Fluent-syntax
merge-syntax-help = en översättning skrivs `message-id = text`, på raden för sitt meddelande
merge-unknown-id = '{ $id }' motsvarar ingen text i modellen
merge-placeable = '{ $id }': en översättning är ren text, utan {"{"} … {"}"}
merge-placeable-help = skriv klammerparenteser som {"{"}"{"{"}"{"}"} och {"{"}"{"}"}"{"}"}

## seloste check --explain
cli-no-such-rule = det finns ingen regel '{ $rule }'; { $help }
cli-cannot-write = kan inte skriva '{ $path }': { $why }

## Jobben i en körning
cli-not-a-job = inte ett jobb: ett jobb är ett JSON-objekt, {"{"}"model": "PATH", …{"}"}
cli-not-a-job-because = inte ett jobb: { $detail }
cli-job-output-outside = utdatamappen '{ $output }' ligger utanför den mapp som -o anger ({ $base }); ange en mapp inuti den
cli-job-path-nul = fältet { $field } innehåller ett NUL-tecken
cli-job-path-too-long = sökvägen i fältet { $field } är längre än 4 096 byte
cli-job-name-too-long = sökvägen i fältet { $field } innehåller ett namn som är längre än 255 byte
cli-job-link-out = '{ $dir }' leder ut ur den mapp som -o anger ({ $base }) via en symbolisk länk; en körning skriver bara inuti den
cli-job-link = '{ $path }' är en symbolisk länk; en körning skriver inte via länkar, så att den inte ersätter någon fil som den inte själv har gjort: ta bort länken

## Tjänstens problemdokument
problem-invalid-model = Modellen är ogiltig eller ofullständig; beskrivningen görs inte
problem-more-errors = { $count ->
        [one] och 1 fel till: se report.findings
       *[other] och { $count } fel till: se report.findings
    }

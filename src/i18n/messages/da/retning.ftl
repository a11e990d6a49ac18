# retnings beskeder på dansk. Samme id'er og argumenter som i en/retning.ftl.

## Rapportens ord

label-error = fejl
label-warning = advarsel
label-help = hjælp
summary-problems = { $errors ->
        [one] 1 fejl
       *[other] { $errors } fejl
    }, { $warnings ->
        [one] 1 advarsel
       *[other] { $warnings } advarsler
    }
did-you-mean = { $count ->
        [1] mente du `{ $first }`?
        [2] mente du `{ $first }` eller `{ $second }`?
       *[other] mente du `{ $first }`, `{ $second }` eller `{ $third }`?
    }

## Værdier i filerne

value-number-too-long = `{ $value }` er for stort eller har for mange cifre til et præcist tal (højst 28 cifre i alt)
value-decimal-comma = `{ $value }` er ikke et tal; skriv decimaler med punktum, fx `{ $written }`
value-not-a-number = `{ $value }` er ikke et tal
value-date-order = `{ $value }` er ikke en dato på formen ÅÅÅÅ-MM-DD; skriv `{ $written }`
value-not-a-date = `{ $value }` er ikke en dato; skriv den som ÅÅÅÅ-MM-DD, fx 2013-12-01
value-no-such-day = `{ $value }` er ikke en dag i kalenderen: { $month ->
        [1] januar
        [2] februar
        [3] marts
        [4] april
        [5] maj
        [6] juni
        [7] juli
        [8] august
        [9] september
        [10] oktober
        [11] november
       *[12] december
    } { $year } har { $days } dage
value-not-a-period = `{ $value }` er ikke en periode; skriv første og sidste år, fx `2013-2016`
id-rule-too-long = det har { $length } tegn, og et id må højst have { $most }
id-rule-characters = brug små bogstaver a–z, cifre og `-`

## YAML der ikke kan læses

yaml-nested-too-deep = værdierne er her indlejret mere end { $most } niveauer dybt i `[` og `{"{"}`
yaml-nested-too-deep-help = ingen retning-fil har brug for det; se efter `[` eller `{"{"}` der åbnes men aldrig lukkes, og sæt en tekst der indeholder dem i anførselstegn
yaml-alias = en værdi der begynder med `*` er et YAML-alias, og retning læser ikke aliaser
yaml-alias-help = sæt en tekst der begynder med `*` i anførselstegn, fx `title: "*Vigtigt*"`; vil du gentage en værdi, så skriv den igen
yaml-within = {" "}i `{ $path }`
yaml-tab = der er brugt tabulator til indrykning
yaml-tab-help = YAML tillader ikke tabulatorer til indrykning; brug mellemrum
yaml-value-problem = { $problem }{ $within }
value-number-too-long-help = afrund tallet, eller skriv det i en større enhed (fx `mio. kr.` i stedet for `kr.`)
value-not-a-number-help = skriv kun tallet, med punktum før decimaler, fx `12.5`; enheden skrives i `unit:`
value-no-such-day-help = tjek dag og måned; datoer skrives ÅÅÅÅ-MM-DD
yaml-unknown-key = ukendt nøgle `{ $key }`{ $within }
yaml-unknown-key-help-guess = { $guess } kendte nøgler her: { $keys }
yaml-unknown-key-help = kendte nøgler her: { $keys }
yaml-missing-key = nøglen `{ $key }` mangler{ $within }
yaml-missing-key-help = tilføj en linje `{ $key }: ...`
yaml-unknown-value = ukendt værdi `{ $value }`{ $within }
yaml-allowed-values-guess = { $guess } tilladt: { $allowed }
yaml-allowed-values = tilladt: { $allowed }
yaml-duplicate-key = nøglen `{ $key }` står der to gange{ $within }
yaml-duplicate-entry = den samme nøgle står der to gange{ $within }
yaml-duplicate-key-help = hver nøgle må kun stå der én gang; fjern den ene
yaml-reserved-start = en værdi kan ikke begynde med `{ $found }` uden anførselstegn{ $within }
yaml-reserved-start-help-written = en værdi der begynder med `{ $found }` skal stå i anførselstegn: `{ $written }`
yaml-reserved-start-help = en værdi der begynder med `{ $found }` skal stå i anførselstegn
yaml-missing-colon = linje { $line } mangler `:` efter nøglen `{ $key }`
yaml-missing-colon-help = skriv kolon og mellemrum efter nøglen: `{ $written }`
yaml-colon-in-value = værdien på denne linje indeholder `: `, som YAML læser som starten på en ny nøgle
yaml-colon-in-value-help-written = sæt værdien i anførselstegn: `{ $written }`
yaml-colon-in-value-help = sæt en værdi der indeholder `: ` i anførselstegn, eller tjek at linjen er rykket ind som nøglerne omkring den
yaml-indentation = linje { $line } er ikke rykket ind som linjerne omkring den
yaml-indentation-help = nøglerne i ét punkt skal begynde i samme kolonne, med mellemrum; tjek denne linje og linjen over
yaml-too-deep = værdierne er indlejret alt for dybt
yaml-too-deep-help = tjek indrykningen
yaml-indented-too-far = linje { $line } (`{ $key }`) er rykket længere ind end `{ $above }` over den, så den læses som en del af den værdi
yaml-indented-wrongly = linje { $line } (`{ $key }`) er rykket { $spaces } mellemrum ind, men punktets andre nøgler er rykket { $expected } ind
yaml-indent-help = ryk linje { $line } ind med { $spaces } mellemrum: `{ $written }`
yaml-wrong-type = her skal stå { $expected ->
        [boolean] `true` eller `false`
        [number] et tal
        [whole-number] et helt tal
        [single-value] én værdi
        [list] en liste
        [date] en dato
        [ids] et id eller en liste af id'er
        [entry] indrykkede nøgler
       *[other] en anden slags værdi
    }{ $within }, ikke { $found ->
        [text] teksten `{ $value }`
        [number] tallet `{ $value }`
        [boolean] `{ $value }`
        [list] en liste
        [entry] indrykkede nøgler
        [nothing] en tom værdi
       *[other] denne værdi
    }
yaml-expected-boolean-help = skriv `true` for ja eller `false` for nej, ikke `{ $value }`
yaml-expected-number-help = skriv ét tal, fx `12.5`
yaml-expected-year-help = skriv året som et helt tal, fx `2014`
yaml-expected-single-value-help = skriv én værdi efter nøglen, fx `title: Min titel`; en liste eller indrykkede nøgler hører ikke til her (sæt en tekst med `[` eller `{"{"}` i anførselstegn)
yaml-expected-list-help = skriv en liste: hvert punkt på sin egen linje, begyndende med `- `
yaml-expected-date-help = skriv datoen som ÅÅÅÅ-MM-DD, fx 2013-12-01
yaml-expected-ids-help = skriv ét id, fx `theme: velfaerd`, eller en liste, fx `theme: [velfaerd, miljo]`
yaml-expected-entry-help = skriv punktet som linjer med `nøgle: værdi`, rykket ind under det
yaml-number-too-large = tallet er for stort eller har for mange cifre{ $within }
yaml-unclosed = filen slutter midt i en værdi{ $within }
yaml-unclosed-help = se efter et anførselstegn, `[` eller `{"{"}` der åbnes men aldrig lukkes
yaml-unclosed-bracket = en liste eller et punkt der åbnes med `[` eller `{"{"}`, lukkes ikke{ $within }
yaml-unclosed-bracket-help = luk den på samme linje med `]` eller `{"}"}`, eller sæt en tekst der begynder med `[` i anførselstegn
yaml-unreadable = denne linje kan ikke læses som YAML{ $within }
yaml-unreadable-help = tjek anførselstegn, koloner og indrykning på denne linje og linjen over (YAML-læseren siger: { $detail })

## Læsning af filer

front-matter-not-closed = front matter-blokken, der begynder her, lukkes ikke
front-matter-not-closed-help = tilføj en linje med kun `---` efter den sidste linje i front matter
body-key-in-file = `body` bruges kun til indsatser skrevet direkte i en strategi
body-key-in-file-help = skriv teksten under den afsluttende `---` i stedet
no-front-matter-help = begynd filen med en linje `---`, så nøglerne (fx `title: ...`), så endnu en `---`
file-empty = filen er tom; den skal have front matter
no-front-matter = filen har ingen front matter
invalid-id = `{ $id }` er ikke et gyldigt id: { $rule }
invalid-id-help = skriv `id: { $suggestion }`
invalid-id-from-file-name = filnavnet giver id'et `{ $id }`, som ikke er gyldigt: { $rule }
invalid-id-from-file-name-help = omdøb filen til `{ $suggestion }`, eller skriv `id: { $suggestion }` i front matter
inline-initiative-without-id = indsatsen `{ $title }` i strategien har intet `id`
inline-initiative-without-id-help = tilføj `id: { $suggestion }`
file-too-deep = en Markdown-fil så dybt i content/ hører ikke til noget sted på sitet
file-too-deep-help = læg indsatser direkte i strategiens mappe (content/<strategi>/<indsats>.md), eller giv filen et navn der begynder med `_` for at holde den uden for sitet
initiative-without-strategy = indsats i mappen `{ $folder }`, men mappen har ingen index.md med sin strategi
initiative-without-strategy-help = tilføj content/{ $folder }/index.md med strategiens front matter
file-too-large = filen fylder { $size } byte, mere end grænsen på { $limit } byte ({ $mib } MiB) for én fil; del teksten op i flere filer, eller flyt filen ud af sitet hvis den ikke hører til
file-broken-utf16 = filen begynder som UTF-16-tekst ("Unicode"), men kan ikke læses som det; åbn den og gem den med kodningen "UTF-8"
file-utf16 = filen er gemt som UTF-16-tekst ("Unicode"); åbn den og gem den med kodningen "UTF-8"
file-binary = det er en binær fil, ikke tekst; kun Markdown-filer (.md) hører til i content/
file-not-utf8 = ikke UTF-8-tekst: linje { $line } ("{ $shown }") har en anden kodning, sandsynligvis Latin-1 eller Windows-1252 ("ANSI") fra et ældre program; åbn filen og gem den med kodningen "UTF-8"
file-does-not-exist = `{ $path }` findes ikke
file-not-utf8-short = ikke UTF-8-tekst
cannot-read-path = kan ikke læse `{ $path }`: { $error }
cannot-read = kan ikke læse: { $error }
cannot-read-help = tjek at filen eller mappen findes, og at du må læse den
io-not-found = den findes ikke
io-permission-denied = adgang nægtet
io-already-exists = den findes allerede
link-loop = et symbolsk link her peger tilbage på en mappe over det, så mappen ville indeholde sig selv uden ende
link-loop-help = fjern linket, eller giv det et navn der begynder med `_`, så retning springer det over
link-outside = dette er et link til `{ $target }` uden for sitets mappe; retning læser intet uden for sitet, så det udgives ikke
link-outside-help = kopiér det du vil udgive ind i sitets mappe i stedet for at linke til det, eller fjern linket
link-dangling = dette er et link til `{ $target }`, som ikke findes
link-dangling-help = fjern linket, eller lad det pege på en fil i sitets mappe

## Henvisninger mellem dokumenter

unknown-reference = ukendt { $what ->
        [director] direktør
        [theme] tema
       *[initiative] indsats
    } `{ $id }`
unknown-reference-none-yet = der er { $what ->
        [director] ingen direktører
        [theme] ingen temaer
       *[initiative] ingen indsatser
    } endnu
unknown-reference-known = kendte: { $known }
unknown-reference-many = tjek stavningen; der er { $count } kendte
theme-of-another-strategy = temaet `{ $id }` hører til en anden strategi, ikke til `{ $strategy }`
theme-of-another-strategy-help = tilføj det under `themes:` i { $file }, eller brug et af: { $known }
responsible-as-list-help = skriv flere direktører som en liste: `responsible: [{ $list }]`
responsible-name-not-id-help = skriv direktørens id, ikke navnet: `responsible: { $id }`
no-responsible = indsatsen `{ $id }` har ingen ansvarlig direktør
no-responsible-help = tilføj `responsible: <direktørens id>`
related-to-itself = en indsats kan ikke være relateret til sig selv
related-to-itself-help = fjern den fra `related`
progress-out-of-range = fremdriften er { $progress }, men den skal være en procent fra 0 til 100
progress-out-of-range-help = skriv fx `progress: 40` for 40 %
due-before-start = slutdatoen ligger før startdatoen
due-before-start-help = tjek `start` og `due`
duplicate-director = en direktør mere med id'et `{ $id }` (den første er { $other })
duplicate-director-help = giv hver direktør sit eget id
duplicate-strategy = en strategi mere med id'et `{ $id }` (den første er { $other }); begge ville blive siden /{ $id }/
duplicate-strategy-help = behold én af de to filer, eller skriv et andet `id` i den ene
period-reversed = perioden begynder ({ $start }) efter den slutter ({ $end })
period-reversed-help = byt om på `start` og `end`
reserved-id = `{ $id }` er forbeholdt sitets egne sider og kan ikke være id for en strategi
reserved-id-help = omdøb strategien, fx `{ $id }-strategi`; forbeholdt: { $reserved }
invalid-theme-id = `{ $id }` er ikke et gyldigt tema-id: { $rule }
theme-listed-twice = temaet `{ $id }` står to gange i denne strategi
theme-listed-twice-help = fjern det ene
theme-title-mismatch = temaet `{ $id }` hedder "{ $here }" her, men "{ $first }" i en anden strategi; den første titel bruges
theme-title-mismatch-help = giv temaet samme titel i alle strategier
duplicate-initiative = en indsats mere med id'et `{ $id }` i strategien `{ $strategy }` (den første står i { $other }); begge ville blive siden /{ $strategy }/{ $id }/
duplicate-initiative-help = giv den ene et andet id
target-equals-baseline = målet "{ $goal }" har en målværdi lig med sin udgangsværdi ({ $target }), så fremdriften mod det kan ikke måles
target-equals-baseline-help = skriv værdien ved start som `baseline` og værdien der sigtes mod som `target`
goal-without-current = målet "{ $goal }" har ingen målt værdi (`current`)
goal-without-current-help = tilføj `current: <seneste værdi>`, når den er målt
unit-curly-quotes = enheden `{ $unit }` har typografiske anførselstegn (fra et tekstbehandlingsprogram), som vises på siderne som en del af enheden
unit-curly-quotes-help = skriv enheden uden dem: `{ $written }`
goal-without-unit = målet "{ $goal }" har en målværdi, men ingen enhed, så tallene vises uden enhed
goal-without-unit-help = tilføj enheden, fx `unit: "%"`, `unit: mio. kr.` eller `unit: deltagere`
strategy-without-period = strategien `{ $id }` siger ikke, hvilke år den gælder for
strategy-without-period-help = skriv dens år, og fjern `#` foran linjen, fx `period: 2026-2029`
budget-overflow = budgetbeløbene { $what } bliver tilsammen mere end retning kan lægge præcist sammen (ca. 7,9 × 10^28)
budget-overflow-help = tjek beløbene for tastefejl, eller skriv dem i en større enhed (fx `mio. kr.` i stedet for `kr.`)
budget-of-initiative = for indsatsen `{ $id }`
budget-of-strategy = for strategien `{ $id }` og dens indsatser
budget-of-theme = for temaet `{ $id }`
budget-of-director = for direktøren `{ $id }`
draft-strategy-left-out = strategien `{ $id }` er et udkast: den udgives ikke, og det gør dens { $initiatives } indsats(er) heller ikke
draft-strategy-included = strategien `{ $id }` er et udkast: `build` udelader den og dens { $initiatives } indsats(er)
draft-strategy-left-out-help = skriv `status: adopted` for at udgive den; `build --drafts` viser også udkast
draft-strategy-included-help = skriv `status: adopted`, når den skal udgives
draft-initiative-left-out = indsatsen `{ $id }` er et udkast: den udgives ikke
draft-initiative-left-out-help = fjern `status: draft` (eller angiv dens status) for at udgive den; `build --drafts` viser også udkast
draft-initiative-included = indsatsen `{ $id }` er et udkast: `build` udelader den
draft-initiative-included-help = fjern `status: draft`, når den skal udgives
update-overdue = opdatering forsinket: sidst opdateret { $last }; der rapporteres hver{ $every ->
        [month] {" "}måned
        [quarter] {" "}kvartal
        [half-year] t halvår
       *[year] t år
    }{ $grace ->
        [0] {""}
        [one] {" "}med 1 dags frist
       *[other] {" "}med { $grace } dages frist
    }, og næste opdatering skulle være sket senest { $due }
update-overdue-never = opdatering forsinket: aldrig opdateret; der rapporteres hver{ $every ->
        [month] {" "}måned
        [quarter] {" "}kvartal
        [half-year] t halvår
       *[year] t år
    }{ $grace ->
        [0] {""}
        [one] {" "}med 1 dags frist
       *[other] {" "}med { $grace } dages frist
    }, og første opdatering skulle være sket senest { $due }
update-overdue-no-date = opdatering forsinket: der rapporteres hver{ $every ->
        [month] {" "}måned
        [quarter] {" "}kvartal
        [half-year] t halvår
       *[year] t år
    }, men der er ingen dato at regne fra (ingen `updated`, ingen målinger, ingen `start`)
update-overdue-help = rapportér på den: skriv dagens dato i `updated:` sammen med ny status og nye målinger

## site.yaml

no-site-yaml-help = et site skal have en `site.yaml` i sin øverste mappe; kør `retning init` for at lave et nyt site
unknown-language = ukendt sprog `{ $language }`
unknown-language-help-guess = { $guess } brug et af: da, nb, nn, sv, en
unknown-language-help = brug et af: da, nb, nn, sv, en
bad-base-url = `{ $base_url }` kan ikke bruges som base_url
bad-base-url-help = skriv `/` for links i forhold til værten, eller en hel adresse som `https://strategi.example.dk`
bad-theme-name = `{ $theme }` er ikke navnet på en tema-mappe
bad-theme-name-help = angiv en mappe under `themes/`, fx `theme: kommune`
not-a-web-address = `{ $value }` er ikke en webadresse
accessibility-statement-address-help = skriv erklæringens fulde adresse, begyndende med `https://`, fx `https://was.digst.dk/strategi-example-dk`
bad-data-licence = `{ $value }` er hverken et licens-id (SPDX) eller en webadresse
bad-data-licence-help = skriv et licens-id som { $names }, eller licensens adresse, begyndende med `https://`
bad-readability = `readability: { $value }` er ikke en indstilling
bad-readability-help = skriv `readability: off` eller `readability: {"{"} lix_warn: 55 {"}"}`
no-accessibility-statement = sitet linker ikke til en tilgængelighedserklæring (`accessibility_statement` i site.yaml), hvad en offentlig myndigheds site skal
no-accessibility-statement-help = { $country ->
        [da] lav erklæringen i Digitaliseringsstyrelsens WAS-Tool og link til den: `accessibility_statement: https://was.digst.dk/{ $domain }`
        [nb] udgiv erklæringen på uustatus.no og link til den: `accessibility_statement: https://uustatus.no/nb/erklaringer/publisert/<id>`
        [sv] udgiv erklæringen (tillgänglighetsredogörelse) på sitet og link til den: `accessibility_statement: https://<dit-site>/tillganglighet`
       *[en] udgiv tilgængelighedserklæringen og link til den: `accessibility_statement: https://<dit-site>/accessibility`
    }
relative-base-url = `base_url: { $base_url }` er ikke en hel adresse, så feeds (atom.xml, revisions.xml), sitemap (sitemap.xml) og datakataloget (data/catalog.ttl) udelades, og adresser i de åbne data og i badges' indlejringskoder er uden vært
relative-base-url-help = skriv sitets fulde adresse, fx `base_url: https://strategi.example.dk`

## Temaer, skabeloner og Markdown

theme-missing = temaet `{ $name }` findes ikke: der er ingen mappe themes/{ $name }/
theme-missing-help = opret mappen, eller fjern `theme:` for at bruge det indbyggede tema
template-error = en skabelon kan ikke bruges: { $detail }
template-error-help = tjek skabelonen mod skabelonreferencen i docs/templates.md
broken-link = linket `{ $link }` peger ikke på noget dokument
broken-link-same-name-help = fra denne fil linkes der til dokumentet som `{ $links }`
broken-link-help = link til et andet dokuments .md-fil med stien i forhold til denne fil
unsafe-link = linket `{ $link }` er udeladt: den slags adresse er ikke tilladt
unsafe-link-help = link til en webside (https://...), en e-mailadresse (mailto:...), et telefonnummer (tel:...) eller en anden side på sitet
rebuild-superseded = genopbygningen blev stoppet af en senere ændring
long-paragraph = et afsnit på { $words } ord er langt at læse på en skærm
long-paragraph-help = del det op i afsnit med ét budskab hver
long-sentence = en sætning på { $words } ord er svær at følge
long-sentence-help = del den i to eller tre; ét budskab pr. sætning
long-sentence-named = linje { $line } ({ $words } ord: »{ $start } …«)
hard-text = teksten er { $level ->
        [very-easy] meget let
        [easy] let
        [medium] middelsvær
        [hard] svær
       *[very-hard] meget svær
    } at læse: LIX { $score } (sitet advarer over { $most })
hard-text-help = brug kortere sætninger og hverdagsord{ $count ->
        [0] {""}
        [1] ; den længste sætning: { $first }
        [2] ; de længste sætninger: { $first }, { $second }
       *[other] ; de længste sætninger: { $first }, { $second }, { $third }
    }

## Skrivning af sitet

output-folder-help = vælg en mappe kun til output, fx `public` (standard)
output-is-site = outputmappen `{ $output }` er eller indeholder selve sitet; at bygge dér ville slette sitets filer
output-in-sources = outputmappen `{ $output }` ligger i sitets mappe `{ $folder }/`
output-is-file = `{ $output }` er en fil, ikke en mappe
output-not-ours = `{ $output }` indeholder filer som retning ikke har skrevet; de bliver ikke erstattet
output-other-site = `{ $output }` er skrevet af retning for et andet site (`{ $site }`); det bliver ikke erstattet
output-foreign-marker = `{ $output }` har en mærkefil som retning ikke har skrevet; mappen bliver ikke erstattet
output-not-ours-help = tøm eller fjern mappen selv, eller vælg en anden outputmappe
static-replaces-folder = den statiske fil ville tage pladsen fra den genererede mappe `/{ $dest }/`
static-needs-folder = den statiske fil kræver en mappe `/{ $name }/`, men `/{ $name }` er en fil på sitet
static-replaces-file = den statiske fil ville erstatte den genererede `/{ $dest }`
static-conflict-help = omdøb eller flyt den statiske fil; genererede sider kan ikke erstattes fra static/
write-failed = { $what }: { $error }
write-failed-help = tjek at der må skrives i mappen, og at disken ikke er fuld
write-create-parent = kan ikke oprette outputmappens overmappe
write-remove-leftover = kan ikke fjerne en efterladt mappe fra en tidligere build
write-create-staging = kan ikke oprette mellemmappen
write-file = kan ikke skrive { $path }
write-copy = kan ikke kopiere { $path }
write-marker = kan ikke skrive mærkefilen
write-move-aside = kan ikke flytte det gamle site til side
write-move-in = kan ikke flytte det nye site på plads
write-restore-failed = kan ikke flytte sitet der blev efterladt i `{ $folder }`, tilbage på plads: { $error }
write-restore-failed-help = flyt det selv tilbage, eller fjern det og byg igen
lock-failed = { $what ->
        [create-folder] kan ikke oprette mappen til
        [open] kan ikke åbne låsefilen
       *[lock] kan ikke låse
    } `{ $path }`: { $error }
lock-failed-help = tjek at der må skrives i mappen
output-locked = en anden retning-build skriver i `{ $output }` lige nu
output-locked-help = vent til den er færdig og byg igen, eller udelad --no-wait for at vente på den
rebuild-panicked = retning fejlede under genopbygningen: { $detail }
rebuild-panicked-help = det er en fejl i retning; gem en fil igen for at prøve igen

## retning serve

serve-cannot-use-folder = kan ikke bruge mappen `{ $folder }`: { $error }
serve-cannot-listen = kan ikke lytte på { $address }: { $error } (bruger en anden server porten? vælg en anden med --port)
serve-cannot-start = kan ikke starte serveren på { $address }: { $error }
serve-no-ctrl-c = Ctrl-C vil ikke stoppe serveren pænt: { $error }
serve-no-file-events = systemets filhændelser er ikke tilgængelige ({ $why }); holder i stedet øje ved at kigge efter hvert { $ms } ms
serve-polling = holder øje med filerne ved at kigge efter hvert { $ms } ms
serve-no-native-watcher = systemet afviste: { $error }
serve-cannot-poll = kan ikke holde øje med filerne, heller ikke ved at kigge efter: { $error }
serve-cannot-watch = kan ikke holde øje med { $path }: { $error }
serve-watch-failed = kan ikke holde øje med sitets filer: { $error }
serve-built = byggede { $pages } sider ({ $files } filer) på { $ms } ms
serve-has-errors = sitet har fejl; alle sider viser dem, indtil de er rettet
serve-polling-from-now = { $error }; holder øje ved at kigge efter fra nu af
serve-watching = holder øje med ændringer i { $names }
serve-open-to-network = lytter på { $address }: andre maskiner der kan nå denne, kan se sitet
serve-serving = Sitet vises på { $url } (Ctrl-C stopper)
serve-watch-error = overvågning af filer: { $error }
serve-changed = ændret: { $files }
serve-superseded = en senere ændring kom ind; bygger igen
serve-stopped = stoppet
serve-errors-fixed = fejlene er rettet
serve-steps = trin: { $steps }
serve-rebuilt = genopbyggede { $rendered } af { $pages } sider på { $ms } ms ({ $changed } filer ændret)
serve-errors-count = { $errors ->
        [one] 1 fejl
       *[other] { $errors } fejl
    }; viser den seneste version uden fejl, indtil de er rettet
serve-no-browser = kunne ikke åbne en browser ({ $program }: { $error })
serve-no-browser-open-yourself = kunne ikke åbne en browser ({ $program }: { $error }); åbn selv { $url }
panel-title = retning: { $errors ->
        [one] 1 fejl
       *[other] { $errors } fejl
    } — viser den seneste version uden fejl
panel-advice = Ret filerne nedenfor; siden genindlæses af sig selv, når de kan bygges.

## serve: what the preview answers a browser that is not shown a page
serve-page-not-built-title = retning: sitet har fejl
serve-page-not-built-heading = Sitet kunne ikke bygges endnu
serve-page-not-built-text = Når fejlene er rettet, genindlæses siden af sig selv.
serve-http-not-found = Der er ingen side på denne adresse
serve-http-method = forhåndsvisningen svarer kun på GET- og HEAD-forespørgsler
serve-http-other-host = forhåndsvisningen svarer kun på adresserne localhost og 127.0.0.1, ikke på `{ $host }` (start den med --bind for at vise sitet under andre navne)
serve-http-bad-request = adressen kan ikke læses

## retning new og retning init

not-a-site = `{ $root }` er ikke et retning-site: der er ingen site.yaml
not-a-site-help = kør retning i sitets mappe, eller angiv den med --root; `retning init MAPPE` laver et nyt site
new-cannot-write = kan ikke skrive `{ $path }`: { $error }
new-strategy-option-misplaced = --strategy er kun til indsatser, ikke til { $kind ->
        [strategy] en strategi
       *[director] en direktør
    }
new-strategy-option-misplaced-help = udelad --strategy: retning new { $kind } { $id }
init-is-file = `{ $dir }` er en fil, ikke en mappe
init-is-file-help = angiv navnet på en ny mappe til sitet
init-not-empty = mappen `{ $dir }` er ikke tom
init-not-empty-help = retning init skriver kun i en ny eller tom mappe, så den aldrig overskriver noget; angiv navnet på en ny mappe, fx `retning init strategier`
new-id-rule = et id er små bogstaver a–z, cifre og `-` (ingen mellemrum, ingen æ, ø, å); det bliver filnavnet og webadressen
new-id-rule-suggestion = et id er små bogstaver a–z, cifre og `-` (ingen mellemrum, ingen æ, ø, å); det bliver filnavnet og webadressen; mente du `{ $suggestion }`? retning new { $kind } { $suggestion }
new-invalid-id = `{ $id }` er ikke et gyldigt id
new-reserved-id-help = vælg et andet id, fx `{ $id }-strategi`; forbeholdt: { $reserved }
new-index-id = `index` kan ikke være id for en indsats: index.md i en strategis mappe er selve strategien
new-choose-another-id = vælg et andet id
new-exists = `{ $path }` findes allerede
new-never-overwrites-help = retning overskriver aldrig en fil: vælg et andet id, eller ret den eksisterende fil
new-director-exists = der er allerede en direktør med id'et `{ $id }`
new-strategies-guess = { $guess } strategier: { $names }
new-no-strategies-yet = sitet har ingen strategier endnu; lav først en: retning new strategy { $id }
new-strategies = strategier: { $names }
new-no-such-strategy = der er ingen strategi `{ $id }` i content/
new-no-strategy = sitet har ingen strategi at lægge indsatsen i
new-no-strategy-help = lav først en strategi: retning new strategy ID
new-which-strategy = sitet har { $count } strategier; angiv hvilken indsatsen hører til
new-which-strategy-help = tilføj --strategy, fx: retning new initiative { $id } --strategy { $first }  (strategier: { $names })
new-inline-exists = strategien `{ $strategy }` har allerede en indsats `{ $id }` (skrevet direkte i { $file })
new-inline-exists-help = vælg et andet id, eller ret indsatsen i strategien

## Terminalen

unknown-message-language = beskeder på `{ $language }` findes ikke; bruger et andet sprog (da, nb, nn, sv, en findes)
usage-unknown-command = `{ $command }` er ikke en retning-kommando (build, serve, new, init, check)
usage-unknown-option = `{ $option }` er ikke en valgmulighed her
usage-invalid-value = `{ $value }` er ikke en værdi for { $option }; den tager: { $allowed }
usage-unusable-value = `{ $value }` kan ikke bruges til { $option }
usage-missing = { $what } skal angives
usage-conflict = { $option } kan ikke bruges sammen med { $other }
usage-see-help = `retning --help` viser kommandoerne og deres valgmuligheder
build-warnings-cut = { $warnings } advarsler; de første { $shown } vises, `retning check` viser dem alle
bad-since = `--since { $value }` er hverken en dato eller et tag i sitets git-arkiv
bad-since-help = skriv en dato som `--since 2013-01-01`, eller navnet på et tag (`git tag` viser dem)
build-waiting = en anden retning-build skriver i { $output } lige nu; venter på at den bliver færdig (--no-wait fejler i stedet)
build-done = byggede { $pages } sider ({ $files } filer) i { $output } på { $ms } ms
build-nothing-written-kept = intet blev skrevet; det seneste gode site i { $output } er uændret
build-nothing-written = intet blev skrevet; der er intet tidligere site i { $output }
check-no-problems = ingen fejl
progress-doing = { $doing ->
        [building] bygger
       *[checking] tjekker
    }
progress-stage = { $stage ->
        [load] læser filer
        [link] sammenkæder
        [render] laver sider
       *[write] skriver
    }
new-picked-strategy = sitet har én strategi, `{ $strategy }`; indsatsen lægges dér
new-converted = flyttede { $from } til { $to }, så strategien kan have indsatsfiler ved siden af (samme side, samme adresse)
new-links-adjusted = { $links ->
        [one] {"  "}og rettede 1 .md-link i den til den nye placering
       *[other] {"  "}og rettede { $links } .md-links i den til den nye placering
    }
new-created = oprettede { $file }
new-fill-in = åbn den i et tekstprogram og udfyld den; noterne efter # forklarer hver linje (på `{ $language }`, sitets sprog)
init-ask-base-url = Sitets adresse, fx https://strategi.kommune.dk (Enter: udfyld den senere i site.yaml):{" "}
init-ask-base-url-hint = skriv hele adressen, med https:// foran
init-made = lavede et nyt site i { $dir }:
init-next = næste skridt:
    {"  "}cd { $dir }
    {"  "}retning serve     (forhåndsvisning på http://127.0.0.1:1111, opdateres når du gemmer)
    {"  "}retning build     (skriver sitet i public/)
lix-level = { $level ->
        [very-easy] meget let
        [easy] let
        [medium] middel
        [hard] svær
       *[very-hard] meget svær
    }
readability-summary = læsbarhed (LIX; under 35 let, 55 og derover meget svær): median { $median } over { $texts } tekster
readability-hardest = {"  "}de { $count } sværeste:
history-unavailable = historik: vises ikke på siderne, fordi { $reason ->
        [not-in-git] sitets mappe ikke ligger i et git-arkiv
        [shallow] git-arkivet er en overfladisk kopi uden de ældre commits (hent det hele, fx `fetch-depth: 0` i GitHub Actions)
        [no-commits] git-arkivet har ingen commits endnu
       *[unreadable] git-arkivet ikke kunne læses: { $detail }
    }
overdue-summary = opdatering forsinket: { $count ->
        [one] 1 indsats mangler en opdatering
       *[other] { $count } indsatser mangler en opdatering
    }
overdue-no-director = (ingen ansvarlig direktør)
overdue-due-by = , senest { $due }

## --help

cli-usage = Brug:
cli-commands = Kommandoer:
cli-arguments = Argumenter:
cli-options = Valgmuligheder:
cli-help-flag = Vis hjælp
cli-version-flag = Vis version
cli-about = retning: gør strategidokumenter (Markdown med YAML front matter) til et website
cli-quiet = Vis kun fejl
cli-verbose = Vis mere om hvad der sker
cli-lang = Sproget i beskederne (da, nb, nn, sv, en); standard: sitets sprog
cli-build-about = Byg sitet i outputmappen
cli-build-root = Sitets mappe (med site.yaml)
cli-build-output = Hvor sitet skrives (standard: `public` i sitets mappe)
cli-build-no-wait = Fejl straks i stedet for at vente, når en anden build skriver i samme outputmappe
cli-build-drafts = Udgiv også strategier der er udkast (`status: draft`); ellers udelades de
cli-build-since = Ændringssiden viser hvad der er ændret siden denne dato (ÅÅÅÅ-MM-DD) eller dette git-tag (standard: begyndelsen af rapporteringsperioden før den nuværende)
cli-serve-about = Byg sitet og vis det på denne maskine; bygger igen (og genindlæser browseren) når en fil ændres
cli-serve-root = Sitets mappe (med site.yaml)
cli-serve-port = Porten der lyttes på (0: en hvilken som helst ledig port)
cli-serve-bind = Adressen der lyttes på. Kun denne maskine kan forbinde til standardadressen; 0.0.0.0 lukker andre maskiner ind
cli-serve-open = Åbn sitet i standardbrowseren
cli-serve-poll = Hold øje med filer ved at kigge efter i stedet for systemets filhændelser (til netværksdrev og containere, hvor de ikke når frem; også RETNING_WATCH_POLL=1)
cli-new-about = Lav en ny fil til en strategi, en indsats eller en direktør, med noter der forklarer hver linje på sitets sprog
cli-new-kind = Hvad der skal laves
cli-new-id = Dens id: små bogstaver a-z, cifre og `-` (filnavnet og webadressen), fx `bedre-cykelstier`
cli-new-strategy = Strategien som en indsats hører til (ikke nødvendig når der kun er én)
cli-new-root = Sitets mappe (med site.yaml)
cli-init-about = Lav et nyt site, klar til at bygge, i en ny eller tom mappe
cli-init-dir = Mappen til det nye site (oprettes hvis den ikke findes; skal være tom)
cli-init-language = Sitets sprog: tekster på siderne, tal- og datoformater, noter i filerne
cli-init-title = Sitets titel (kan ændres senere i site.yaml)
cli-init-organisation = Organisationen der udgiver (kan ændres senere i site.yaml)
cli-init-base-url = Sitets adresse, fx https://strategi.kommune.dk (kan ændres senere i site.yaml; uden den begynder links med `/`, og der er intet datakatalog)
cli-init-accessibility-statement = Adressen på sitets tilgængelighedserklæring (i Danmark lavet i WAS-Tool, i Norge på uustatus.no); en offentlig myndigheds site skal linke til en
cli-check-about = Tjek sitet for fejl og advarsler uden at skrive noget
cli-check-root = Sitets mappe (med site.yaml)
cli-check-strict = Fejl også ved advarsler
cli-check-format = Hvordan problemer vises

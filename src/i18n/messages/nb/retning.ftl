# retnings meldinger på norsk bokmål. Samme id-er og argumenter som i en/retning.ftl.

## Rapportens ord

label-error = feil
label-warning = advarsel
label-help = hjelp
summary-problems = { $errors ->
        [one] 1 feil
       *[other] { $errors } feil
    }, { $warnings ->
        [one] 1 advarsel
       *[other] { $warnings } advarsler
    }
did-you-mean = { $count ->
        [1] mente du `{ $first }`?
        [2] mente du `{ $first }` eller `{ $second }`?
       *[other] mente du `{ $first }`, `{ $second }` eller `{ $third }`?
    }

## Verdier i filene

value-number-too-long = `{ $value }` er for stort eller har for mange sifre til et eksakt tall (høyst 28 sifre i alt)
value-decimal-comma = `{ $value }` er ikke et tall; skriv desimaler med punktum, f.eks. `{ $written }`
value-not-a-number = `{ $value }` er ikke et tall
value-date-order = `{ $value }` er ikke en dato på formen ÅÅÅÅ-MM-DD; skriv `{ $written }`
value-not-a-date = `{ $value }` er ikke en dato; skriv den som ÅÅÅÅ-MM-DD, f.eks. 2013-12-01
value-no-such-day = `{ $value }` er ikke en dag i kalenderen: { $month ->
        [1] januar
        [2] februar
        [3] mars
        [4] april
        [5] mai
        [6] juni
        [7] juli
        [8] august
        [9] september
        [10] oktober
        [11] november
       *[12] desember
    } { $year } har { $days } dager
value-not-a-period = `{ $value }` er ikke en periode; skriv første og siste år, f.eks. `2013-2016`
id-rule-too-long = den har { $length } tegn, og en id kan ha høyst { $most }
id-rule-characters = bruk små bokstaver a–z, sifre og `-`

## YAML som ikke kan leses

yaml-nested-too-deep = verdiene er her nøstet mer enn { $most } nivåer dypt i `[` og `{"{"}`
yaml-nested-too-deep-help = ingen retning-fil trenger det; se etter `[` eller `{"{"}` som åpnes men aldri lukkes, og sett en tekst som inneholder dem i anførselstegn
yaml-alias = en verdi som begynner med `*`, er et YAML-alias, og retning leser ikke alias
yaml-alias-help = sett en tekst som begynner med `*`, i anførselstegn, f.eks. `title: "*Viktig*"`; vil du gjenta en verdi, skriv den på nytt
yaml-within = {" "}i `{ $path }`
yaml-tab = det er brukt tabulator til innrykk
yaml-tab-help = YAML tillater ikke tabulatorer til innrykk; bruk mellomrom
yaml-value-problem = { $problem }{ $within }
value-number-too-long-help = rund av tallet, eller skriv det i en større enhet (f.eks. `mill. kr` i stedet for `kr`)
value-not-a-number-help = skriv bare tallet, med punktum før desimaler, f.eks. `12.5`; enheten skrives i `unit:`
value-no-such-day-help = sjekk dag og måned; datoer skrives ÅÅÅÅ-MM-DD
yaml-unknown-key = ukjent nøkkel `{ $key }`{ $within }
yaml-unknown-key-help-guess = { $guess } kjente nøkler her: { $keys }
yaml-unknown-key-help = kjente nøkler her: { $keys }
yaml-missing-key = nøkkelen `{ $key }` mangler{ $within }
yaml-missing-key-help = legg til en linje `{ $key }: ...`
yaml-unknown-value = ukjent verdi `{ $value }`{ $within }
yaml-allowed-values-guess = { $guess } tillatt: { $allowed }
yaml-allowed-values = tillatt: { $allowed }
yaml-duplicate-key = nøkkelen `{ $key }` står der to ganger{ $within }
yaml-duplicate-entry = den samme nøkkelen står der to ganger{ $within }
yaml-duplicate-key-help = hver nøkkel kan bare stå der én gang; fjern den ene
yaml-reserved-start = en verdi kan ikke begynne med `{ $found }` uten anførselstegn{ $within }
yaml-reserved-start-help-written = en verdi som begynner med `{ $found }`, må stå i anførselstegn: `{ $written }`
yaml-reserved-start-help = en verdi som begynner med `{ $found }`, må stå i anførselstegn
yaml-missing-colon = linje { $line } mangler `:` etter nøkkelen `{ $key }`
yaml-missing-colon-help = skriv kolon og mellomrom etter nøkkelen: `{ $written }`
yaml-colon-in-value = verdien på denne linjen inneholder `: `, som YAML leser som starten på en ny nøkkel
yaml-colon-in-value-help-written = sett verdien i anførselstegn: `{ $written }`
yaml-colon-in-value-help = sett en verdi som inneholder `: `, i anførselstegn, eller sjekk at linjen har samme innrykk som nøklene rundt
yaml-indentation = linje { $line } har ikke samme innrykk som linjene rundt
yaml-indentation-help = nøklene i ett punkt må begynne i samme kolonne, med mellomrom; sjekk denne linjen og linjen over
yaml-too-deep = verdiene er nøstet altfor dypt
yaml-too-deep-help = sjekk innrykket
yaml-indented-too-far = linje { $line } (`{ $key }`) har større innrykk enn `{ $above }` over, så den leses som en del av den verdien
yaml-indented-wrongly = linje { $line } (`{ $key }`) har { $spaces } mellomroms innrykk, men de andre nøklene i punktet har { $expected }
yaml-indent-help = rykk linje { $line } inn med { $spaces } mellomrom: `{ $written }`
yaml-wrong-type = her skal det stå { $expected ->
        [boolean] `true` eller `false`
        [number] et tall
        [whole-number] et heltall
        [single-value] én verdi
        [list] en liste
        [date] en dato
        [ids] en id eller en liste med id-er
        [entry] nøkler med innrykk
       *[other] en annen slags verdi
    }{ $within }, ikke { $found ->
        [text] teksten `{ $value }`
        [number] tallet `{ $value }`
        [boolean] `{ $value }`
        [list] en liste
        [entry] nøkler med innrykk
        [nothing] en tom verdi
       *[other] denne verdien
    }
yaml-expected-boolean-help = skriv `true` for ja eller `false` for nei, ikke `{ $value }`
yaml-expected-number-help = skriv ett tall, f.eks. `12.5`
yaml-expected-year-help = skriv året som et heltall, f.eks. `2014`
yaml-expected-single-value-help = skriv én verdi etter nøkkelen, f.eks. `title: Min tittel`; en liste eller nøkler med innrykk hører ikke hjemme her (sett en tekst med `[` eller `{"{"}` i anførselstegn)
yaml-expected-list-help = skriv en liste: hvert punkt på sin egen linje, som begynner med `- `
yaml-expected-date-help = skriv datoen som ÅÅÅÅ-MM-DD, f.eks. 2013-12-01
yaml-expected-ids-help = skriv én id, f.eks. `theme: velferd`, eller en liste, f.eks. `theme: [velferd, miljo]`
yaml-expected-entry-help = skriv punktet som linjer med `nøkkel: verdi`, med innrykk under det
yaml-number-too-large = tallet er for stort eller har for mange sifre{ $within }
yaml-unclosed = filen slutter midt i en verdi{ $within }
yaml-unclosed-help = se etter et anførselstegn, `[` eller `{"{"}` som åpnes men aldri lukkes
yaml-unclosed-bracket = en liste eller et punkt som åpnes med `[` eller `{"{"}`, lukkes ikke{ $within }
yaml-unclosed-bracket-help = lukk den på samme linje med `]` eller `{"}"}`, eller sett en tekst som begynner med `[`, i anførselstegn
yaml-unreadable = denne linjen kan ikke leses som YAML{ $within }
yaml-unreadable-help = sjekk anførselstegn, kolon og innrykk på denne linjen og linjen over (YAML-leseren sier: { $detail })

## Lesing av filer

front-matter-not-closed = front matter som begynner her, lukkes ikke
front-matter-not-closed-help = legg til en linje med bare `---` etter den siste linjen i front matter
body-key-in-file = `body` brukes bare til tiltak skrevet direkte i en strategi
body-key-in-file-help = skriv teksten under den avsluttende `---` i stedet
no-front-matter-help = begynn filen med en linje `---`, så nøklene (f.eks. `title: ...`), så en `---` til
file-empty = filen er tom; den må ha front matter
no-front-matter = filen har ingen front matter
invalid-id = `{ $id }` er ikke en gyldig id: { $rule }
invalid-id-help = skriv `id: { $suggestion }`
invalid-id-from-file-name = filnavnet gir id-en `{ $id }`, som ikke er gyldig: { $rule }
invalid-id-from-file-name-help = gi filen navnet `{ $suggestion }`, eller skriv `id: { $suggestion }` i front matter
inline-initiative-without-id = tiltaket `{ $title }` i strategien har ingen `id`
inline-initiative-without-id-help = legg til `id: { $suggestion }`
file-too-deep = en Markdown-fil så dypt i content/ hører ikke hjemme noe sted på nettstedet
file-too-deep-help = legg tiltak direkte i strategiens mappe (content/<strategi>/<tiltak>.md), eller gi filen et navn som begynner med `_` for å holde den utenfor nettstedet
initiative-without-strategy = tiltak i mappen `{ $folder }`, men mappen har ingen index.md med strategien sin
initiative-without-strategy-help = legg til content/{ $folder }/index.md med strategiens front matter
file-too-large = filen er { $size } byte, mer enn grensen på { $limit } byte ({ $mib } MiB) for én fil; del teksten i flere filer, eller flytt filen ut av nettstedet hvis den ikke hører til
file-broken-utf16 = filen begynner som UTF-16-tekst («Unicode»), men kan ikke leses som det; åpne den og lagre den med kodingen «UTF-8»
file-utf16 = filen er lagret som UTF-16-tekst («Unicode»); åpne den og lagre den med kodingen «UTF-8»
file-binary = dette er en binærfil, ikke tekst; bare Markdown-filer (.md) hører hjemme i content/
file-not-utf8 = ikke UTF-8-tekst: linje { $line } («{ $shown }») har en annen koding, sannsynligvis Latin-1 eller Windows-1252 («ANSI») fra et eldre program; åpne filen og lagre den med kodingen «UTF-8»
file-does-not-exist = `{ $path }` finnes ikke
file-not-utf8-short = ikke UTF-8-tekst
cannot-read-path = kan ikke lese `{ $path }`: { $error }
cannot-read = kan ikke lese: { $error }
cannot-read-help = sjekk at filen eller mappen finnes, og at du har lov til å lese den
io-not-found = den finnes ikke
io-permission-denied = ingen tilgang
io-already-exists = den finnes allerede
link-loop = en symbolsk lenke her peker tilbake på en mappe over den, så mappen ville inneholde seg selv i det uendelige
link-loop-help = fjern lenken, eller gi den et navn som begynner med `_`, så hopper retning over den
link-outside = dette er en lenke til `{ $target }` utenfor nettstedets mappe; retning leser ingenting utenfor nettstedet, så den publiseres ikke
link-outside-help = kopier det du vil publisere inn i nettstedets mappe i stedet for å lenke til det, eller fjern lenken
link-dangling = dette er en lenke til `{ $target }`, som ikke finnes
link-dangling-help = fjern lenken, eller la den peke på en fil i nettstedets mappe

## Henvisninger mellom dokumenter

unknown-reference = ukjent { $what ->
        [director] direktør
        [theme] tema
       *[initiative] tiltak
    } `{ $id }`
unknown-reference-none-yet = det finnes { $what ->
        [director] ingen direktører
        [theme] ingen temaer
       *[initiative] ingen tiltak
    } ennå
unknown-reference-known = kjente: { $known }
unknown-reference-many = sjekk stavemåten; det finnes { $count } kjente
theme-of-another-strategy = temaet `{ $id }` hører til en annen strategi, ikke til `{ $strategy }`
theme-of-another-strategy-help = legg det til under `themes:` i { $file }, eller bruk ett av: { $known }
responsible-as-list-help = skriv flere direktører som en liste: `responsible: [{ $list }]`
responsible-name-not-id-help = skriv direktørens id, ikke navnet: `responsible: { $id }`
no-responsible = tiltaket `{ $id }` har ingen ansvarlig direktør
no-responsible-help = legg til `responsible: <direktørens id>`
related-to-itself = et tiltak kan ikke være relatert til seg selv
related-to-itself-help = fjern det fra `related`
progress-out-of-range = fremdriften er { $progress }, men den må være en prosent fra 0 til 100
progress-out-of-range-help = skriv f.eks. `progress: 40` for 40 %
due-before-start = sluttdatoen er før startdatoen
due-before-start-help = sjekk `start` og `due`
duplicate-director = en direktør til med id-en `{ $id }` (den første er { $other })
duplicate-director-help = gi hver direktør sin egen id
duplicate-strategy = en strategi til med id-en `{ $id }` (den første er { $other }); begge ville blitt siden /{ $id }/
duplicate-strategy-help = behold én av de to filene, eller skriv en annen `id` i den ene
period-reversed = perioden begynner ({ $start }) etter at den slutter ({ $end })
period-reversed-help = bytt om `start` og `end`
reserved-id = `{ $id }` er reservert for nettstedets egne sider og kan ikke være id for en strategi
reserved-id-help = gi strategien et nytt navn, f.eks. `{ $id }-strategi`; reservert: { $reserved }
invalid-theme-id = `{ $id }` er ikke en gyldig tema-id: { $rule }
theme-listed-twice = temaet `{ $id }` står to ganger i denne strategien
theme-listed-twice-help = fjern det ene
theme-title-mismatch = temaet `{ $id }` heter «{ $here }» her, men «{ $first }» i en annen strategi; den første tittelen brukes
theme-title-mismatch-help = gi temaet samme tittel i alle strategier
duplicate-initiative = et tiltak til med id-en `{ $id }` i strategien `{ $strategy }` (det første står i { $other }); begge ville blitt siden /{ $strategy }/{ $id }/
duplicate-initiative-help = gi det ene en annen id
target-equals-baseline = målet «{ $goal }» har en målverdi lik utgangsverdien ({ $target }), så fremdriften mot det kan ikke måles
target-equals-baseline-help = skriv verdien ved start som `baseline` og verdien det siktes mot som `target`
goal-without-current = målet «{ $goal }» har ingen målt verdi (`current`)
goal-without-current-help = legg til `current: <siste verdi>` når den er målt
unit-curly-quotes = enheten `{ $unit }` har typografiske anførselstegn (fra et tekstbehandlingsprogram), som vises på sidene som en del av enheten
unit-curly-quotes-help = skriv enheten uten dem: `{ $written }`
goal-without-unit = målet «{ $goal }» har en målverdi, men ingen enhet, så tallene vises uten enhet
goal-without-unit-help = legg til enheten, f.eks. `unit: "%"`, `unit: mill. kr` eller `unit: deltakere`
strategy-without-period = strategien `{ $id }` sier ikke hvilke år den gjelder for
strategy-without-period-help = skriv årene og fjern `#` foran linjen, f.eks. `period: 2026-2029`
budget-overflow = budsjettbeløpene { $what } blir til sammen mer enn retning kan summere eksakt (ca. 7,9 × 10^28)
budget-overflow-help = sjekk beløpene for skrivefeil, eller skriv dem i en større enhet (f.eks. `mill. kr` i stedet for `kr`)
budget-of-initiative = for tiltaket `{ $id }`
budget-of-strategy = for strategien `{ $id }` og tiltakene i den
budget-of-theme = for temaet `{ $id }`
budget-of-director = for direktøren `{ $id }`
draft-strategy-left-out = strategien `{ $id }` er et utkast: den publiseres ikke, og heller ikke de { $initiatives } tiltakene i den
draft-strategy-included = strategien `{ $id }` er et utkast: `build` utelater den og de { $initiatives } tiltakene i den
draft-strategy-left-out-help = skriv `status: adopted` for å publisere den; `build --drafts` viser også utkast
draft-strategy-included-help = skriv `status: adopted` når den skal publiseres
draft-initiative-left-out = tiltaket `{ $id }` er et utkast: det publiseres ikke
draft-initiative-left-out-help = fjern `status: draft` (eller oppgi statusen) for å publisere det; `build --drafts` viser også utkast
draft-initiative-included = tiltaket `{ $id }` er et utkast: `build` utelater det
draft-initiative-included-help = fjern `status: draft` når det skal publiseres
update-overdue = oppdatering forsinket: sist oppdatert { $last }; det rapporteres hver{ $every ->
        [month] {" "}måned
        [quarter] t kvartal
        [half-year] t halvår
       *[year] t år
    }{ $grace ->
        [0] {""}
        [one] {" "}med 1 dags frist
       *[other] {" "}med { $grace } dagers frist
    }, og neste oppdatering skulle vært gjort innen { $due }
update-overdue-never = oppdatering forsinket: aldri oppdatert; det rapporteres hver{ $every ->
        [month] {" "}måned
        [quarter] t kvartal
        [half-year] t halvår
       *[year] t år
    }{ $grace ->
        [0] {""}
        [one] {" "}med 1 dags frist
       *[other] {" "}med { $grace } dagers frist
    }, og første oppdatering skulle vært gjort innen { $due }
update-overdue-no-date = oppdatering forsinket: det rapporteres hver{ $every ->
        [month] {" "}måned
        [quarter] t kvartal
        [half-year] t halvår
       *[year] t år
    }, men det finnes ingen dato å regne fra (ingen `updated`, ingen målinger, ingen `start`)
update-overdue-help = rapporter på det: skriv dagens dato i `updated:` sammen med ny status og nye målinger

## site.yaml

no-site-yaml-help = et nettsted må ha en `site.yaml` i den øverste mappen; kjør `retning init` for å lage et nytt nettsted
unknown-language = ukjent språk `{ $language }`
unknown-language-help-guess = { $guess } bruk ett av: da, nb, nn, sv, en
unknown-language-help = bruk ett av: da, nb, nn, sv, en
bad-base-url = `{ $base_url }` kan ikke brukes som base_url
bad-base-url-help = skriv `/` for lenker relativt til verten, eller en hel adresse som `https://strategi.example.no`
bad-theme-name = `{ $theme }` er ikke navnet på en tema-mappe
bad-theme-name-help = oppgi en mappe under `themes/`, f.eks. `theme: kommune`
not-a-web-address = `{ $value }` er ikke en nettadresse
accessibility-statement-address-help = skriv erklæringens fulle adresse, som begynner med `https://`, f.eks. `https://uustatus.no/nb/erklaringer/publisert/<id>`
bad-data-licence = `{ $value }` er verken en lisens-id (SPDX) eller en nettadresse
bad-data-licence-help = skriv en lisens-id som { $names }, eller lisensens adresse, som begynner med `https://`
bad-readability = `readability: { $value }` er ikke en innstilling
bad-readability-help = skriv `readability: off` eller `readability: {"{"} lix_warn: 55 {"}"}`
no-accessibility-statement = nettstedet lenker ikke til en tilgjengelighetserklæring (`accessibility_statement` i site.yaml), noe en offentlig virksomhets nettsted må
no-accessibility-statement-help = { $country ->
        [da] lag erklæringen i Digitaliseringsstyrelsens WAS-Tool og lenk til den: `accessibility_statement: https://was.digst.dk/{ $domain }`
        [nb] publiser erklæringen på uustatus.no og lenk til den: `accessibility_statement: https://uustatus.no/nb/erklaringer/publisert/<id>`
        [sv] publiser erklæringen (tillgänglighetsredogörelse) på nettstedet og lenk til den: `accessibility_statement: https://<ditt-nettsted>/tillganglighet`
       *[en] publiser tilgjengelighetserklæringen og lenk til den: `accessibility_statement: https://<ditt-nettsted>/accessibility`
    }
relative-base-url = `base_url: { $base_url }` er ikke en hel adresse, så feedene (atom.xml, revisions.xml), nettstedskartet (sitemap.xml) og datakatalogen (data/catalog.ttl) utelates, og adresser i de åpne dataene og i merkenes innbyggingskoder mangler vert
relative-base-url-help = skriv nettstedets fulle adresse, f.eks. `base_url: https://strategi.example.no`

## Temaer, maler og Markdown

theme-missing = temaet `{ $name }` finnes ikke: det er ingen mappe themes/{ $name }/
theme-missing-help = opprett mappen, eller fjern `theme:` for å bruke det innebygde temaet
template-error = en mal kan ikke brukes: { $detail }
template-error-help = sjekk malen mot malreferansen i docs/templates.md
broken-link = lenken `{ $link }` peker ikke på noe dokument
broken-link-same-name-help = fra denne filen lenkes dokumentet som `{ $links }`
broken-link-help = lenk til et annet dokuments .md-fil med stien relativt til denne filen
unsafe-link = lenken `{ $link }` er utelatt: den typen adresse er ikke tillatt
unsafe-link-help = lenk til en nettside (https://...), en e-postadresse (mailto:...), et telefonnummer (tel:...) eller en annen side på nettstedet
rebuild-superseded = gjenoppbyggingen ble stoppet av en senere endring
long-paragraph = et avsnitt på { $words } ord er langt å lese på en skjerm
long-paragraph-help = del det i avsnitt med ett poeng hvert
long-sentence = en setning på { $words } ord er vanskelig å følge
long-sentence-help = del den i to eller tre; ett poeng per setning
long-sentence-named = linje { $line } ({ $words } ord: «{ $start } …»)
hard-text = teksten er { $level ->
        [very-easy] svært lett
        [easy] lett
        [medium] middels vanskelig
        [hard] vanskelig
       *[very-hard] svært vanskelig
    } å lese: LIX { $score } (nettstedet advarer over { $most })
hard-text-help = bruk kortere setninger og hverdagsord{ $count ->
        [0] {""}
        [1] ; den lengste setningen: { $first }
        [2] ; de lengste setningene: { $first }, { $second }
       *[other] ; de lengste setningene: { $first }, { $second }, { $third }
    }

## Skriving av nettstedet

output-folder-help = velg en egen mappe til resultatet, f.eks. `public` (standard)
output-is-site = resultatmappen `{ $output }` er eller inneholder selve nettstedet; å bygge der ville slettet nettstedets filer
output-in-sources = resultatmappen `{ $output }` ligger i nettstedets mappe `{ $folder }/`
output-is-file = `{ $output }` er en fil, ikke en mappe
output-not-ours = `{ $output }` inneholder filer som retning ikke har skrevet; de blir ikke erstattet
output-other-site = `{ $output }` er skrevet av retning for et annet nettsted (`{ $site }`); det blir ikke erstattet
output-foreign-marker = `{ $output }` har en merkefil som retning ikke har skrevet; mappen blir ikke erstattet
output-not-ours-help = tøm eller fjern mappen selv, eller velg en annen resultatmappe
static-replaces-folder = den statiske filen ville tatt plassen til den genererte mappen `/{ $dest }/`
static-needs-folder = den statiske filen trenger en mappe `/{ $name }/`, men `/{ $name }` er en fil på nettstedet
static-replaces-file = den statiske filen ville erstattet den genererte `/{ $dest }`
static-conflict-help = gi den statiske filen nytt navn eller flytt den; genererte sider kan ikke erstattes fra static/
write-failed = { $what }: { $error }
write-failed-help = sjekk at det er lov å skrive i mappen, og at disken ikke er full
write-create-parent = kan ikke opprette mappen over resultatmappen
write-remove-leftover = kan ikke fjerne en mappe som ble liggende igjen fra en tidligere bygging
write-create-staging = kan ikke opprette mellommappen
write-file = kan ikke skrive { $path }
write-copy = kan ikke kopiere { $path }
write-marker = kan ikke skrive merkefilen
write-move-aside = kan ikke flytte det gamle nettstedet til side
write-move-in = kan ikke flytte det nye nettstedet på plass
write-restore-failed = kan ikke flytte nettstedet som ble liggende i `{ $folder }`, tilbake på plass: { $error }
write-restore-failed-help = flytt det tilbake selv, eller fjern det og bygg på nytt
lock-failed = { $what ->
        [create-folder] kan ikke opprette mappen til
        [open] kan ikke åpne låsefilen
       *[lock] kan ikke låse
    } `{ $path }`: { $error }
lock-failed-help = sjekk at det er lov å skrive i mappen
output-locked = en annen retning-bygging skriver i `{ $output }` akkurat nå
output-locked-help = vent til den er ferdig og bygg på nytt, eller utelat --no-wait for å vente på den
rebuild-panicked = retning feilet under gjenoppbyggingen: { $detail }
rebuild-panicked-help = dette er en feil i retning; lagre en fil på nytt for å prøve igjen

## retning serve

serve-cannot-use-folder = kan ikke bruke mappen `{ $folder }`: { $error }
serve-cannot-listen = kan ikke lytte på { $address }: { $error } (bruker en annen server porten? velg en annen med --port)
serve-cannot-start = kan ikke starte serveren på { $address }: { $error }
serve-no-ctrl-c = Ctrl-C vil ikke stoppe serveren på en ryddig måte: { $error }
serve-no-file-events = systemets filhendelser er ikke tilgjengelige ({ $why }); ser i stedet etter endringer hvert { $ms } ms
serve-polling = ser etter endringer i filene hvert { $ms } ms
serve-no-native-watcher = systemet avviste: { $error }
serve-cannot-poll = kan ikke følge med på filene, heller ikke ved å se etter endringer: { $error }
serve-cannot-watch = kan ikke følge med på { $path }: { $error }
serve-watch-failed = kan ikke følge med på nettstedets filer: { $error }
serve-built = bygde { $pages } sider ({ $files } filer) på { $ms } ms
serve-has-errors = nettstedet har feil; alle sider viser dem til de er rettet
serve-polling-from-now = { $error }; ser etter endringer med jevne mellomrom fra nå av
serve-watching = følger med på endringer i { $names }
serve-open-to-network = lytter på { $address }: andre maskiner som kan nå denne, kan se nettstedet
serve-serving = Nettstedet vises på { $url } (Ctrl-C stopper)
serve-watch-error = overvåking av filer: { $error }
serve-changed = endret: { $files }
serve-superseded = en senere endring kom inn; bygger på nytt
serve-stopped = stoppet
serve-errors-fixed = feilene er rettet
serve-steps = trinn: { $steps }
serve-rebuilt = gjenoppbygde { $rendered } av { $pages } sider på { $ms } ms ({ $changed } filer endret)
serve-errors-count = { $errors ->
        [one] 1 feil
       *[other] { $errors } feil
    }; viser siste versjon uten feil til de er rettet
serve-no-browser = kunne ikke åpne en nettleser ({ $program }: { $error })
serve-no-browser-open-yourself = kunne ikke åpne en nettleser ({ $program }: { $error }); åpne { $url } selv
panel-title = retning: { $errors ->
        [one] 1 feil
       *[other] { $errors } feil
    } — viser siste versjon uten feil
panel-advice = Rett filene nedenfor; siden lastes inn på nytt av seg selv når de kan bygges.

## serve: what the preview answers a browser that is not shown a page
serve-page-not-built-title = retning: nettstedet har feil
serve-page-not-built-heading = Nettstedet kunne ikke bygges ennå
serve-page-not-built-text = Når feilene er rettet, lastes siden inn på nytt av seg selv.
serve-http-not-found = Det finnes ingen side på denne adressen
serve-http-method = forhåndsvisningen svarer bare på GET- og HEAD-forespørsler
serve-http-other-host = forhåndsvisningen svarer bare på adressene localhost og 127.0.0.1, ikke på `{ $host }` (start den med --bind for å vise nettstedet under andre navn)
serve-http-bad-request = adressen kan ikke leses

## retning new og retning init

not-a-site = `{ $root }` er ikke et retning-nettsted: det har ingen site.yaml
not-a-site-help = kjør retning i nettstedets mappe, eller oppgi den med --root; `retning init MAPPE` lager et nytt nettsted
new-cannot-write = kan ikke skrive `{ $path }`: { $error }
new-strategy-option-misplaced = --strategy er bare for tiltak, ikke for { $kind ->
        [strategy] en strategi
       *[director] en direktør
    }
new-strategy-option-misplaced-help = utelat --strategy: retning new { $kind } { $id }
init-is-file = `{ $dir }` er en fil, ikke en mappe
init-is-file-help = oppgi navnet på en ny mappe til nettstedet
init-not-empty = mappen `{ $dir }` er ikke tom
init-not-empty-help = retning init skriver bare i en ny eller tom mappe, så den aldri skriver over noe; oppgi navnet på en ny mappe, f.eks. `retning init strategier`
new-id-rule = en id er små bokstaver a–z, sifre og `-` (ingen mellomrom, ingen æ, ø, å); den blir filnavnet og nettadressen
new-id-rule-suggestion = en id er små bokstaver a–z, sifre og `-` (ingen mellomrom, ingen æ, ø, å); den blir filnavnet og nettadressen; mente du `{ $suggestion }`? retning new { $kind } { $suggestion }
new-invalid-id = `{ $id }` er ikke en gyldig id
new-reserved-id-help = velg en annen id, f.eks. `{ $id }-strategi`; reservert: { $reserved }
new-index-id = `index` kan ikke være id for et tiltak: index.md i en strategis mappe er selve strategien
new-choose-another-id = velg en annen id
new-exists = `{ $path }` finnes allerede
new-never-overwrites-help = retning skriver aldri over en fil: velg en annen id, eller rediger den eksisterende filen
new-director-exists = det finnes allerede en direktør med id-en `{ $id }`
new-strategies-guess = { $guess } strategier: { $names }
new-no-strategies-yet = nettstedet har ingen strategier ennå; lag en først: retning new strategy { $id }
new-strategies = strategier: { $names }
new-no-such-strategy = det finnes ingen strategi `{ $id }` i content/
new-no-strategy = nettstedet har ingen strategi å legge tiltaket i
new-no-strategy-help = lag en strategi først: retning new strategy ID
new-which-strategy = nettstedet har { $count } strategier; oppgi hvilken tiltaket hører til
new-which-strategy-help = legg til --strategy, f.eks.: retning new initiative { $id } --strategy { $first }  (strategier: { $names })
new-inline-exists = strategien `{ $strategy }` har allerede et tiltak `{ $id }` (skrevet direkte i { $file })
new-inline-exists-help = velg en annen id, eller rediger tiltaket i strategien

## Terminalen

unknown-message-language = meldinger på `{ $language }` finnes ikke; bruker et annet språk (da, nb, nn, sv, en finnes)
usage-unknown-command = `{ $command }` er ikke en retning-kommando (build, serve, new, init, check)
usage-unknown-option = `{ $option }` er ikke et valg her
usage-invalid-value = `{ $value }` er ikke en verdi for { $option }; den tar: { $allowed }
usage-unusable-value = `{ $value }` kan ikke brukes for { $option }
usage-missing = { $what } må oppgis
usage-conflict = { $option } kan ikke brukes sammen med { $other }
usage-see-help = `retning --help` viser kommandoene og valgene deres
build-warnings-cut = { $warnings } advarsler; de første { $shown } vises, `retning check` viser alle
bad-since = `--since { $value }` er verken en dato eller en tag i nettstedets git-depot
bad-since-help = skriv en dato som `--since 2013-01-01`, eller navnet på en tag (`git tag` viser dem)
build-waiting = en annen retning-bygging skriver i { $output } akkurat nå; venter til den er ferdig (--no-wait feiler i stedet)
build-done = bygde { $pages } sider ({ $files } filer) i { $output } på { $ms } ms
build-nothing-written-kept = ingenting ble skrevet; det siste gode nettstedet i { $output } er uendret
build-nothing-written = ingenting ble skrevet; det finnes ikke noe tidligere nettsted i { $output }
check-no-problems = ingen feil
progress-doing = { $doing ->
        [building] bygger
       *[checking] sjekker
    }
progress-stage = { $stage ->
        [load] leser filer
        [link] kobler sammen
        [render] lager sider
       *[write] skriver
    }
new-picked-strategy = nettstedet har én strategi, `{ $strategy }`; tiltaket legges der
new-converted = flyttet { $from } til { $to } slik at strategien kan ha tiltaksfiler ved siden av (samme side, samme adresse)
new-links-adjusted = { $links ->
        [one] {"  "}og rettet 1 .md-lenke i den til den nye plasseringen
       *[other] {"  "}og rettet { $links } .md-lenker i den til den nye plasseringen
    }
new-created = opprettet { $file }
new-fill-in = åpne den i et tekstprogram og fyll den ut; notatene etter # forklarer hver linje (på `{ $language }`, nettstedets språk)
init-ask-base-url = Nettstedets adresse, f.eks. https://strategi.kommune.no (Enter: fyll den inn senere i site.yaml):{" "}
init-ask-base-url-hint = skriv hele adressen, med https:// foran
init-made = laget et nytt nettsted i { $dir }:
init-next = neste steg:
    {"  "}cd { $dir }
    {"  "}retning serve     (forhåndsvisning på http://127.0.0.1:1111, oppdateres når du lagrer)
    {"  "}retning build     (skriver nettstedet til public/)
lix-level = { $level ->
        [very-easy] svært lett
        [easy] lett
        [medium] middels
        [hard] vanskelig
       *[very-hard] svært vanskelig
    }
readability-summary = lesbarhet (LIX; under 35 lett, 55 og over svært vanskelig): median { $median } over { $texts } tekster
readability-hardest = {"  "}de { $count } vanskeligste:
history-unavailable = historikk: vises ikke på sidene, fordi { $reason ->
        [not-in-git] nettstedets mappe ikke ligger i et git-depot
        [shallow] git-depotet er en grunn klone uten de eldre commitene (klon hele, f.eks. `fetch-depth: 0` i GitHub Actions)
        [no-commits] git-depotet har ingen commiter ennå
       *[unreadable] git-depotet kunne ikke leses: { $detail }
    }
overdue-summary = oppdatering forsinket: { $count ->
        [one] 1 tiltak trenger en oppdatering
       *[other] { $count } tiltak trenger en oppdatering
    }
overdue-no-director = (ingen ansvarlig direktør)
overdue-due-by = , innen { $due }

## --help

cli-usage = Bruk:
cli-commands = Kommandoer:
cli-arguments = Argumenter:
cli-options = Valg:
cli-help-flag = Vis hjelp
cli-version-flag = Vis versjon
cli-about = retning: gjør strategidokumenter (Markdown med YAML front matter) til et nettsted
cli-quiet = Vis bare feil
cli-verbose = Vis mer om hva som skjer
cli-lang = Språket i meldingene (da, nb, nn, sv, en); standard: nettstedets språk
cli-build-about = Bygg nettstedet i resultatmappen
cli-build-root = Nettstedets mappe (med site.yaml)
cli-build-output = Hvor nettstedet skrives (standard: `public` i nettstedets mappe)
cli-build-no-wait = Feil med en gang i stedet for å vente når en annen bygging skriver i samme resultatmappe
cli-build-drafts = Publiser også strategier som er utkast (`status: draft`); ellers utelates de
cli-build-since = Endringssiden viser hva som er endret siden denne datoen (ÅÅÅÅ-MM-DD) eller denne git-taggen (standard: starten av rapporteringsperioden før den nåværende)
cli-serve-about = Bygg nettstedet og vis det på denne maskinen; bygger på nytt (og laster nettleseren på nytt) når en fil endres
cli-serve-root = Nettstedets mappe (med site.yaml)
cli-serve-port = Porten det lyttes på (0: en hvilken som helst ledig port)
cli-serve-bind = Adressen det lyttes på. Bare denne maskinen kan koble til standardadressen; 0.0.0.0 slipper andre maskiner inn
cli-serve-open = Åpne nettstedet i standardnettleseren
cli-serve-poll = Se etter endringer med jevne mellomrom i stedet for systemets filhendelser (for nettverksstasjoner og containere der de ikke kommer fram; også RETNING_WATCH_POLL=1)
cli-new-about = Lag en ny fil for en strategi, et tiltak eller en direktør, med notater som forklarer hver linje på nettstedets språk
cli-new-kind = Hva som skal lages
cli-new-id = Id-en: små bokstaver a-z, sifre og `-` (filnavnet og nettadressen), f.eks. `bedre-sykkelveier`
cli-new-strategy = Strategien et tiltak hører til (ikke nødvendig når det bare finnes én)
cli-new-root = Nettstedets mappe (med site.yaml)
cli-init-about = Lag et nytt nettsted, klart til å bygges, i en ny eller tom mappe
cli-init-dir = Mappen til det nye nettstedet (opprettes hvis den ikke finnes; må være tom)
cli-init-language = Nettstedets språk: tekster på sidene, tall- og datoformater, notater i filene
cli-init-title = Nettstedets tittel (kan endres senere i site.yaml)
cli-init-organisation = Virksomheten som publiserer (kan endres senere i site.yaml)
cli-init-base-url = Nettstedets adresse, f.eks. https://strategi.kommune.no (kan endres senere i site.yaml; uten den begynner lenker med `/`, og det er ingen datakatalog)
cli-init-accessibility-statement = Adressen til nettstedets tilgjengelighetserklæring (i Norge på uustatus.no, i Danmark laget i WAS-Tool); en offentlig virksomhets nettsted må lenke til en
cli-check-about = Sjekk nettstedet for feil og advarsler uten å skrive noe
cli-check-root = Nettstedets mappe (med site.yaml)
cli-check-strict = Feil også ved advarsler
cli-check-format = Hvordan problemer vises

# retnings meldingar på nynorsk. Samme id-er og argumenter som i en/retning.ftl.

## Rapportens ord

label-error = feil
label-warning = åtvaring
label-help = hjelp
summary-problems = { $errors ->
        [one] 1 feil
       *[other] { $errors } feil
    }, { $warnings ->
        [one] 1 åtvaring
       *[other] { $warnings } åtvaringar
    }
did-you-mean = { $count ->
        [1] meinte du `{ $first }`?
        [2] meinte du `{ $first }` eller `{ $second }`?
       *[other] meinte du `{ $first }`, `{ $second }` eller `{ $third }`?
    }

## Verdier i filene

value-number-too-long = `{ $value }` er for stort eller har for mange siffer til eit eksakt tal (høyst 28 siffer i alt)
value-decimal-comma = `{ $value }` er ikkje eit tal; skriv desimaler med punktum, t.d. `{ $written }`
value-not-a-number = `{ $value }` er ikkje eit tal
value-date-order = `{ $value }` er ikkje ein dato på formen ÅÅÅÅ-MM-DD; skriv `{ $written }`
value-not-a-date = `{ $value }` er ikkje ein dato; skriv den som ÅÅÅÅ-MM-DD, t.d. 2013-12-01
value-no-such-day = `{ $value }` er ikkje ein dag i kalenderen: { $month ->
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
    } { $year } har { $days } dagar
value-not-a-period = `{ $value }` er ikkje ein periode; skriv første og siste år, t.d. `2013-2016`
id-rule-too-long = den har { $length } teikn, og ein id kan ha høyst { $most }
id-rule-characters = bruk små bokstavar a–z, siffer og `-`

## YAML som ikkje kan lesast

yaml-nested-too-deep = verdiane er her nøstet meir enn { $most } nivåer dypt i `[` og `{"{"}`
yaml-nested-too-deep-help = ingen retning-fil treng det; se etter `[` eller `{"{"}` som vert opna men aldri vert lukka, og sett ein tekst som inneheld dei i hermeteikn
yaml-alias = ein verdi som byrjar med `*`, er eit YAML-alias, og retning les ikkje alias
yaml-alias-help = sett ein tekst som byrjar med `*`, i hermeteikn, t.d. `title: "*Viktig*"`; vil du gjenta ein verdi, skriv den på nytt
yaml-within = {" "}i `{ $path }`
yaml-tab = det er brukt tabulator til innrykk
yaml-tab-help = YAML tillater ikkje tabulatorar til innrykk; bruk mellomrom
yaml-value-problem = { $problem }{ $within }
value-number-too-long-help = rund av talet, eller skriv det i ein større eining (t.d. `mill. kr` i staden for `kr`)
value-not-a-number-help = skriv berre talet, med punktum før desimaler, t.d. `12.5`; eininga vert skrivne i `unit:`
value-no-such-day-help = sjekk dag og måned; datoer vert skrivne ÅÅÅÅ-MM-DD
yaml-unknown-key = ukjend nøkkel `{ $key }`{ $within }
yaml-unknown-key-help-guess = { $guess } kjende nøklar her: { $keys }
yaml-unknown-key-help = kjende nøklar her: { $keys }
yaml-missing-key = nøkkelen `{ $key }` manglar{ $within }
yaml-missing-key-help = legg til ei linje `{ $key }: ...`
yaml-unknown-value = ukjend verdi `{ $value }`{ $within }
yaml-allowed-values-guess = { $guess } tillate: { $allowed }
yaml-allowed-values = tillate: { $allowed }
yaml-duplicate-key = nøkkelen `{ $key }` står der to ganger{ $within }
yaml-duplicate-entry = den same nøkkelen står der to ganger{ $within }
yaml-duplicate-key-help = kvar nøkkel kan berre stå der éin gang; fjern den ene
yaml-reserved-start = ein verdi kan ikkje byrje med `{ $found }` utan hermeteikn{ $within }
yaml-reserved-start-help-written = ein verdi som byrjar med `{ $found }`, må stå i hermeteikn: `{ $written }`
yaml-reserved-start-help = ein verdi som byrjar med `{ $found }`, må stå i hermeteikn
yaml-missing-colon = linje { $line } manglar `:` etter nøkkelen `{ $key }`
yaml-missing-colon-help = skriv kolon og mellomrom etter nøkkelen: `{ $written }`
yaml-colon-in-value = verdien på denne linja inneheld `: `, som YAML les som starten på ein ny nøkkel
yaml-colon-in-value-help-written = sett verdien i hermeteikn: `{ $written }`
yaml-colon-in-value-help = sett ein verdi som inneheld `: `, i hermeteikn, eller sjekk at linja har same innrykk som nøklane rundt
yaml-indentation = linje { $line } har ikkje same innrykk som linjene rundt
yaml-indentation-help = nøklane i eitt punkt må byrje i same kolonne, med mellomrom; sjekk denne linja og linja over
yaml-too-deep = verdiane er nøstet altfor dypt
yaml-too-deep-help = sjekk innrykket
yaml-indented-too-far = linje { $line } (`{ $key }`) har større innrykk enn `{ $above }` over, så ho vert lesen som ein del av den verdien
yaml-indented-wrongly = linje { $line } (`{ $key }`) har { $spaces } mellomroms innrykk, men dei andre nøklane i punktet har { $expected }
yaml-indent-help = rykk linje { $line } inn med { $spaces } mellomrom: `{ $written }`
yaml-wrong-type = her skal det stå { $expected ->
        [boolean] `true` eller `false`
        [number] eit tal
        [whole-number] eit heiltal
        [single-value] éin verdi
        [list] ei liste
        [date] ein dato
        [ids] ein id eller ei liste med id-er
        [entry] nøklar med innrykk
       *[other] ein annan slags verdi
    }{ $within }, ikkje { $found ->
        [text] teksten `{ $value }`
        [number] talet `{ $value }`
        [boolean] `{ $value }`
        [list] ei liste
        [entry] nøklar med innrykk
        [nothing] ein tom verdi
       *[other] denne verdien
    }
yaml-expected-boolean-help = skriv `true` for ja eller `false` for nei, ikkje `{ $value }`
yaml-expected-number-help = skriv eitt tal, t.d. `12.5`
yaml-expected-year-help = skriv året som eit heiltal, t.d. `2014`
yaml-expected-single-value-help = skriv éin verdi etter nøkkelen, t.d. `title: Min tittel`; ei liste eller nøklar med innrykk høyrer ikkje heime her (sett ein tekst med `[` eller `{"{"}` i hermeteikn)
yaml-expected-list-help = skriv ei liste: kvart punkt på sin eigen linje, som byrjar med `- `
yaml-expected-date-help = skriv datoen som ÅÅÅÅ-MM-DD, t.d. 2013-12-01
yaml-expected-ids-help = skriv éin id, t.d. `theme: velferd`, eller ei liste, t.d. `theme: [velferd, miljo]`
yaml-expected-entry-help = skriv punktet som linjer med `nøkkel: verdi`, med innrykk under det
yaml-number-too-large = talet er for stort eller har for mange siffer{ $within }
yaml-unclosed = fila sluttar midt i ein verdi{ $within }
yaml-unclosed-help = se etter eit hermeteikn, `[` eller `{"{"}` som vert opna men aldri vert lukka
yaml-unclosed-bracket = ei liste eller eit punkt som vert opna med `[` eller `{"{"}`, vert ikkje lukka{ $within }
yaml-unclosed-bracket-help = lukk ho på same linja med `]` eller `{"}"}`, eller set ein tekst som byrjar med `[`, i hermeteikn
yaml-unreadable = denne linja kan ikkje lesast som YAML{ $within }
yaml-unreadable-help = sjekk hermeteikn, kolon og innrykk på denne linja og linja over (YAML-lesaren seier: { $detail })

## Lesing av filer

front-matter-not-closed = front matter som byrjar her, vert lukka ikkje
front-matter-not-closed-help = legg til ei linje med berre `---` etter den siste linja i front matter
body-key-in-file = `body` vert brukt berre til tiltak skrevet direkte i ein strategi
body-key-in-file-help = skriv teksten under den avsluttende `---` i staden
no-front-matter-help = byrj fila med ei linje `---`, så nøklane (t.d. `title: ...`), så ein `---` til
file-empty = fila er tom; den må ha front matter
no-front-matter = fila har ingen front matter
invalid-id = `{ $id }` er ikkje ein gyldig id: { $rule }
invalid-id-help = skriv `id: { $suggestion }`
invalid-id-from-file-name = filnamnet gir id-ein `{ $id }`, som ikkje er gyldig: { $rule }
invalid-id-from-file-name-help = gi fila namnet `{ $suggestion }`, eller skriv `id: { $suggestion }` i front matter
inline-initiative-without-id = tiltaket `{ $title }` i strategien har ingen `id`
inline-initiative-without-id-help = legg til `id: { $suggestion }`
file-too-deep = ein Markdown-fil så dypt i content/ høyrer ikkje heime noko sted på nettstaden
file-too-deep-help = legg tiltak direkte i strategiens mappe (content/<strategi>/<tiltak>.md), eller gi fila eit navn som byrjar med `_` for å holde den utenfor nettstaden
initiative-without-strategy = tiltak i mappa `{ $folder }`, men mappa har ingen index.md med strategien sin
initiative-without-strategy-help = legg til content/{ $folder }/index.md med strategiens front matter
file-too-large = fila er { $size } byte, meir enn grensen på { $limit } byte ({ $mib } MiB) for éin fil; del teksten i fleire filer, eller flytt fila ut av nettstaden viss den ikkje høyrer til
file-broken-utf16 = fila byrjar som UTF-16-tekst («Unicode»), men kan ikkje lesast som det; opne den og lagre den med kodinga «UTF-8»
file-utf16 = fila er lagret som UTF-16-tekst («Unicode»); opne den og lagre den med kodinga «UTF-8»
file-binary = dette er ein binærfil, ikkje tekst; berre Markdown-filer (.md) høyrer heime i content/
file-not-utf8 = ikkje UTF-8-tekst: linje { $line } («{ $shown }») har ein annan koding, truleg Latin-1 eller Windows-1252 («ANSI») frå eit eldre program; opne fila og lagre den med kodinga «UTF-8»
file-does-not-exist = `{ $path }` finst ikkje
file-not-utf8-short = ikkje UTF-8-tekst
cannot-read-path = kan ikkje lese `{ $path }`: { $error }
cannot-read = kan ikkje lese: { $error }
cannot-read-help = sjekk at fila eller mappa finst, og at du har lov til å lese den
io-not-found = den finst ikkje
io-permission-denied = ingen tilgang
io-already-exists = den finst allerede
link-loop = ei symbolsk lenkje her peikar tilbake på ei mappe over den, så mappa ville innehalde seg sjølv i det uendelege
link-loop-help = fjern lenkja, eller gi den eit navn som byrjar med `_`, så hoppar retning over den
link-outside = dette er ein lenkje til `{ $target }` utenfor nettstaden sin mappe; retning les ingenting utenfor nettstaden, så han vert ikkje publisert
link-outside-help = kopier det du vil publisere inn i mappa til nettstaden i staden for å lenkje til det, eller fjern lenkja
link-dangling = dette er ein lenkje til `{ $target }`, som ikkje finst
link-dangling-help = fjern lenkja, eller la den peike på ei fil i mappa til nettstaden

## Henvisninger mellom dokumenter

unknown-reference = ukjend { $what ->
        [director] direktør
        [theme] tema
       *[initiative] tiltak
    } `{ $id }`
unknown-reference-none-yet = det finst { $what ->
        [director] ingen direktørar
        [theme] ingen tema
       *[initiative] ingen tiltak
    } enno
unknown-reference-known = kjende: { $known }
unknown-reference-many = sjekk stavemåten; det finst { $count } kjende
theme-of-another-strategy = temaet `{ $id }` høyrer til ein annan strategi, ikkje til `{ $strategy }`
theme-of-another-strategy-help = legg det til under `themes:` i { $file }, eller bruk eitt av: { $known }
responsible-as-list-help = skriv fleire direktørar som ei liste: `responsible: [{ $list }]`
responsible-name-not-id-help = skriv direktørens id, ikkje namnet: `responsible: { $id }`
no-responsible = tiltaket `{ $id }` har ingen ansvarleg direktør
no-responsible-help = legg til `responsible: <direktørens id>`
related-to-itself = eit tiltak kan ikkje være relatert til seg sjølv
related-to-itself-help = fjern det frå `related`
progress-out-of-range = framdrifta er { $progress }, men den må være ein prosent frå 0 til 100
progress-out-of-range-help = skriv t.d. `progress: 40` for 40 %
due-before-start = sluttdatoen er før startdatoen
due-before-start-help = sjekk `start` og `due`
duplicate-director = ein direktør til med id-ein `{ $id }` (den første er { $other })
duplicate-director-help = gi kvar direktør sin eigen id
duplicate-strategy = ein strategi til med id-ein `{ $id }` (den første er { $other }); begge ville blitt sida /{ $id }/
duplicate-strategy-help = behold éin av dei to filene, eller skriv ein annan `id` i den ene
period-reversed = perioden byrjar ({ $start }) etter at den sluttar ({ $end })
period-reversed-help = bytt om `start` og `end`
reserved-id = `{ $id }` er reservert for nettstaden sin eigne sider og kan ikkje være id for ein strategi
reserved-id-help = gi strategien eit nytt navn, t.d. `{ $id }-strategi`; reservert: { $reserved }
invalid-theme-id = `{ $id }` er ikkje ein gyldig tema-id: { $rule }
theme-listed-twice = temaet `{ $id }` står to ganger i denne strategien
theme-listed-twice-help = fjern det ene
theme-title-mismatch = temaet `{ $id }` heter «{ $here }» her, men «{ $first }» i ein annan strategi; den første tittelen vert brukt
theme-title-mismatch-help = gi temaet same tittel i alle strategiar
duplicate-initiative = eit tiltak til med id-ein `{ $id }` i strategien `{ $strategy }` (det første står i { $other }); begge ville blitt sida /{ $strategy }/{ $id }/
duplicate-initiative-help = gi det ene ein annan id
target-equals-baseline = målet «{ $goal }» har ein målverdi lik utgangsverdien ({ $target }), så framdrifta mot det kan ikkje måles
target-equals-baseline-help = skriv verdien ved start som `baseline` og verdien det siktes mot som `target`
goal-without-current = målet «{ $goal }» har ingen målt verdi (`current`)
goal-without-current-help = legg til `current: <siste verdi>` når den er målt
unit-curly-quotes = eininga `{ $unit }` har typografiske hermeteikn (frå eit tekstbehandlingsprogram), som vert vist på sidene som ein del av eininga
unit-curly-quotes-help = skriv eininga utan dei: `{ $written }`
goal-without-unit = målet «{ $goal }» har ein målverdi, men ingen eining, så tala vert vist utan eining
goal-without-unit-help = legg til eininga, t.d. `unit: "%"`, `unit: mill. kr` eller `unit: deltakarar`
strategy-without-period = strategien `{ $id }` seier ikkje kva år han gjeld for
strategy-without-period-help = skriv åra og fjern `#` framfor linja, t.d. `period: 2026-2029`
budget-overflow = budsjettbeløpa { $what } vert til saman meir enn retning kan summere eksakt (ca. 7,9 × 10^28)
budget-overflow-help = sjekk beløpa for skrivefeil, eller skriv dei i ein større eining (t.d. `mill. kr` i staden for `kr`)
budget-of-initiative = for tiltaket `{ $id }`
budget-of-strategy = for strategien `{ $id }` og tiltaka i den
budget-of-theme = for temaet `{ $id }`
budget-of-director = for direktøren `{ $id }`
draft-strategy-left-out = strategien `{ $id }` er eit utkast: han vert ikkje publisert, og heller ikkje dei { $initiatives } tiltaka i den
draft-strategy-included = strategien `{ $id }` er eit utkast: `build` utelèt den og dei { $initiatives } tiltaka i den
draft-strategy-left-out-help = skriv `status: adopted` for å publisere den; `build --drafts` viser òg utkast
draft-strategy-included-help = skriv `status: adopted` når den skal vert publisert
draft-initiative-left-out = tiltaket `{ $id }` er eit utkast: det vert ikkje publisert
draft-initiative-left-out-help = fjern `status: draft` (eller gje opp statusen) for å publisere det; `build --drafts` viser òg utkast
draft-initiative-included = tiltaket `{ $id }` er eit utkast: `build` utelèt det
draft-initiative-included-help = fjern `status: draft` når det skal vert publisert
update-overdue = oppdatering forsinket: sist oppdatert { $last }; det vert rapportert kvar{ $every ->
        [month] {" "}måned
        [quarter] t kvartal
        [half-year] t halvår
       *[year] t år
    }{ $grace ->
        [0] {""}
        [one] {" "}med 1 dags frist
       *[other] {" "}med { $grace } dagars frist
    }, og neste oppdatering skulle vore gjort innan { $due }
update-overdue-never = oppdatering forsinket: aldri oppdatert; det vert rapportert kvar{ $every ->
        [month] {" "}måned
        [quarter] t kvartal
        [half-year] t halvår
       *[year] t år
    }{ $grace ->
        [0] {""}
        [one] {" "}med 1 dags frist
       *[other] {" "}med { $grace } dagars frist
    }, og første oppdatering skulle vore gjort innan { $due }
update-overdue-no-date = oppdatering forsinket: det vert rapportert kvar{ $every ->
        [month] {" "}måned
        [quarter] t kvartal
        [half-year] t halvår
       *[year] t år
    }, men det finst ingen dato å rekne frå (ingen `updated`, ingen målingar, ingen `start`)
update-overdue-help = rapporter på det: skriv dagens dato i `updated:` saman med ny status og nye målingar

## site.yaml

no-site-yaml-help = eit nettstad må ha ein `site.yaml` i den øverste mappa; kjør `retning init` for å lage eit nytt nettstad
unknown-language = ukjend språk `{ $language }`
unknown-language-help-guess = { $guess } bruk eitt av: da, nb, nn, sv, en
unknown-language-help = bruk eitt av: da, nb, nn, sv, en
bad-base-url = `{ $base_url }` kan ikkje vert brukt som base_url
bad-base-url-help = skriv `/` for lenkjer relativt til verten, eller ein hel adresse som `https://strategi.example.no`
bad-theme-name = `{ $theme }` er ikkje namnet på ein tema-mappe
bad-theme-name-help = gje opp ei mappe under `themes/`, t.d. `theme: kommune`
not-a-web-address = `{ $value }` er ikkje ein nettadresse
accessibility-statement-address-help = skriv erklæringa si fulle adresse, som byrjar med `https://`, t.d. `https://uustatus.no/nb/erklaringer/publisert/<id>`
bad-data-licence = `{ $value }` er verken ein lisens-id (SPDX) eller ein nettadresse
bad-data-licence-help = skriv ein lisens-id som { $names }, eller lisensen sin adresse, som byrjar med `https://`
bad-readability = `readability: { $value }` er ikkje ein innstilling
bad-readability-help = skriv `readability: off` eller `readability: {"{"} lix_warn: 55 {"}"}`
no-accessibility-statement = nettstaden lenkjer ikkje til ein tilgjengeerklæring (`accessibility_statement` i site.yaml), noko ein offentlig verksemds nettstad må
no-accessibility-statement-help = { $country ->
        [da] lag erklæringa i Digitaliseringsstyrelsens WAS-Tool og lenk til den: `accessibility_statement: https://was.digst.dk/{ $domain }`
        [nb] publiser erklæringa på uustatus.no og lenk til den: `accessibility_statement: https://uustatus.no/nb/erklaringer/publisert/<id>`
        [sv] publiser erklæringa (tillgänglighetsredogörelse) på nettstaden og lenk til den: `accessibility_statement: https://<ditt-nettsted>/tillganglighet`
       *[en] publiser tilgjengeerklæringa og lenk til den: `accessibility_statement: https://<ditt-nettsted>/accessibility`
    }
relative-base-url = `base_url: { $base_url }` er ikkje ein hel adresse, så feedene (atom.xml, revisions.xml), nettstadkartet (sitemap.xml) og datakatalogen (data/catalog.ttl) vert utelatne, og adresser i dei opne dataa og i merka sine innbyggingskoder manglar vert
relative-base-url-help = skriv nettstaden sin fulle adresse, t.d. `base_url: https://strategi.example.no`

## Temaer, maler og Markdown

theme-missing = temaet `{ $name }` finst ikkje: det er ingen mappe themes/{ $name }/
theme-missing-help = opprett mappa, eller fjern `theme:` for å bruke det innebygde temaet
template-error = ein mal kan ikkje vert brukt: { $detail }
template-error-help = sjekk malen mot malreferansen i docs/templates.md
broken-link = lenkja `{ $link }` peikar ikkje på noko dokument
broken-link-same-name-help = frå denne fila vert lenkja dokumentet som `{ $links }`
broken-link-help = lenk til eit anna dokuments .md-fil med stien relativt til denne fila
unsafe-link = lenkja `{ $link }` er utelatt: den typen adresse er ikkje tillate
unsafe-link-help = lenk til ei nettside (https://...), ein e-postadresse (mailto:...), eit telefonnummer (tel:...) eller ei anna side på nettstaden
rebuild-superseded = oppbygginga vart stoppa av ei seinare endring
long-paragraph = eit avsnitt på { $words } ord er langt å lese på ein skjerm
long-paragraph-help = del det i avsnitt med eitt poeng kvart
long-sentence = ein setning på { $words } ord er vanskeleg å følgje
long-sentence-help = del den i to eller tre; eitt poeng per setning
long-sentence-named = linje { $line } ({ $words } ord: «{ $start } …»)
hard-text = teksten er { $level ->
        [very-easy] svært lett
        [easy] lett
        [medium] middels vanskeleg
        [hard] vanskeleg
       *[very-hard] svært vanskeleg
    } å lese: LIX { $score } (nettstaden åtvarar over { $most })
hard-text-help = bruk kortare setningar og kvardagsord{ $count ->
        [0] {""}
        [1] ; den lengste setninga: { $first }
        [2] ; dei lengste setningane: { $first }, { $second }
       *[other] ; dei lengste setningane: { $first }, { $second }, { $third }
    }

## Skriving av nettstedet

output-folder-help = vel ein eigen mappe til resultatet, t.d. `public` (standard)
output-is-site = resultatmappa `{ $output }` er eller inneheld selve nettstaden; å bygge der ville slettet filene til nettstaden
output-in-sources = resultatmappa `{ $output }` ligg i mappa til nettstaden `{ $folder }/`
output-is-file = `{ $output }` er ei fil, ikkje ei mappe
output-not-ours = `{ $output }` inneheld filer som retning ikkje har skrevet; dei vert ikkje erstatta
output-other-site = `{ $output }` er skrevet av retning for eit anna nettstad (`{ $site }`); det vert ikkje erstatta
output-foreign-marker = `{ $output }` har ein merkefil som retning ikkje har skrevet; mappa vert ikkje erstatta
output-not-ours-help = tøm eller fjern mappa sjølv, eller vel ein annan resultatmappe
static-replaces-folder = den statiske fila ville tatt plassen til den genererte mappa `/{ $dest }/`
static-needs-folder = den statiske fila treng ei mappe `/{ $name }/`, men `/{ $name }` er ei fil på nettstaden
static-replaces-file = den statiske fila ville erstatta den genererte `/{ $dest }`
static-conflict-help = gi den statiske fila nytt navn eller flytt den; genererte sider kan ikkje erstattes frå static/
write-failed = { $what }: { $error }
write-failed-help = sjekk at det er lov å skrive i mappa, og at disken ikkje er full
write-create-parent = kan ikkje opprette mappa over resultatmappa
write-remove-leftover = kan ikkje fjerne ei mappe som vart liggjande att frå ein tidlegare bygging
write-create-staging = kan ikkje opprette mellommappa
write-file = kan ikkje skrive { $path }
write-copy = kan ikkje kopiere { $path }
write-marker = kan ikkje skrive merkefila
write-move-aside = kan ikkje flytte det gamle nettstaden til side
write-move-in = kan ikkje flytte det nye nettstaden på plass
write-restore-failed = kan ikkje flytte nettstaden som vart liggjande i `{ $folder }`, tilbake på plass: { $error }
write-restore-failed-help = flytt det tilbake sjølv, eller fjern det og bygg på nytt
lock-failed = { $what ->
        [create-folder] kan ikkje opprette mappa til
        [open] kan ikkje opne låsefila
       *[lock] kan ikkje låse
    } `{ $path }`: { $error }
lock-failed-help = sjekk at det er lov å skrive i mappa
output-locked = ei anna retning-bygging skriv i `{ $output }` akkurat no
output-locked-help = vent til den er ferdig og bygg på nytt, eller utelat --no-wait for å vente på den
rebuild-panicked = retning feilet under oppbygginga: { $detail }
rebuild-panicked-help = dette er ein feil i retning; lagre ei fil på nytt for å prøve att

## retning serve

serve-cannot-use-folder = kan ikkje bruke mappa `{ $folder }`: { $error }
serve-cannot-listen = kan ikkje lytte på { $address }: { $error } (brukar ein annan server porten? vel ein annan med --port)
serve-cannot-start = kan ikkje starte serveren på { $address }: { $error }
serve-no-ctrl-c = Ctrl-C vil ikkje stoppe serveren på ein ryddig måte: { $error }
serve-no-file-events = systemet sine filhendingar er ikkje tilgjengelege ({ $why }); ser i staden etter endringar kvart { $ms } ms
serve-polling = ser etter endringar i filene kvart { $ms } ms
serve-no-native-watcher = systemet avviste: { $error }
serve-cannot-poll = kan ikkje følgje med på filene, heller ikkje ved å sjå etter endringar: { $error }
serve-cannot-watch = kan ikkje følgje med på { $path }: { $error }
serve-watch-failed = kan ikkje følgje med på filene til nettstaden: { $error }
serve-built = bygde { $pages } sider ({ $files } filer) på { $ms } ms
serve-has-errors = nettstaden har feil; alle sider viser dei til dei er retta
serve-polling-from-now = { $error }; ser etter endringar med jamne mellomrom frå no av
serve-watching = følgjer med på endringar i { $names }
serve-open-to-network = lyttar på { $address }: andre maskiner som kan nå denne, kan sjå nettstaden
serve-serving = Nettstaden vert vist på { $url } (Ctrl-C stoppar)
serve-watch-error = overvaking av filer: { $error }
serve-changed = endra: { $files }
serve-superseded = ei seinare endring kom inn; byggjer på nytt
serve-stopped = stoppa
serve-errors-fixed = feila er retta
serve-steps = steg: { $steps }
serve-rebuilt = bygde { $rendered } av { $pages } sider på nytt på { $ms } ms ({ $changed } filer endra)
serve-errors-count = { $errors ->
        [one] 1 feil
       *[other] { $errors } feil
    }; viser siste versjon utan feil til dei er retta
serve-no-browser = kunne ikkje opne ein nettlesar ({ $program }: { $error })
serve-no-browser-open-yourself = kunne ikkje opne ein nettlesar ({ $program }: { $error }); opne { $url } sjølv
panel-title = retning: { $errors ->
        [one] 1 feil
       *[other] { $errors } feil
    } — viser siste versjon utan feil
panel-advice = Rett filene nedanfor; sida vert lasta inn på nytt av seg sjølv når dei kan byggjast.

## serve: what the preview answers a browser that is not shown a page
serve-page-not-built-title = retning: nettstaden har feil
serve-page-not-built-heading = Nettstaden kunne ikkje byggjast enno
serve-page-not-built-text = Når feila er retta, vert sida lasta inn på nytt av seg sjølv.
serve-http-not-found = Det finst inga side på denne adressa
serve-http-method = førehandsvisinga svarar berre på GET- og HEAD-førespurnader
serve-http-other-host = førehandsvisinga svarar berre på adressene localhost og 127.0.0.1, ikkje på `{ $host }` (start ho med --bind for å vise nettstaden under andre namn)
serve-http-bad-request = adressa kan ikkje lesast

## retning new og retning init

not-a-site = `{ $root }` er ikkje eit retning-nettstad: det har ingen site.yaml
not-a-site-help = kjør retning i mappa til nettstaden, eller gje opp den med --root; `retning init MAPPE` lagar eit nytt nettstad
new-cannot-write = kan ikkje skrive `{ $path }`: { $error }
new-strategy-option-misplaced = --strategy er berre for tiltak, ikkje for { $kind ->
        [strategy] ein strategi
       *[director] ein direktør
    }
new-strategy-option-misplaced-help = utelat --strategy: retning new { $kind } { $id }
init-is-file = `{ $dir }` er ei fil, ikkje ei mappe
init-is-file-help = gje opp namnet på ei ny mappe til nettstaden
init-not-empty = mappa `{ $dir }` er ikkje tom
init-not-empty-help = retning init skriv berre i ein ny eller tom mappe, så han aldri skriv over noko; gje opp namnet på ei ny mappe, t.d. `retning init strategier`
new-id-rule = ein id er små bokstavar a–z, siffer og `-` (ingen mellomrom, ingen æ, ø, å); den vert filnamnet og nettadressen
new-id-rule-suggestion = ein id er små bokstavar a–z, siffer og `-` (ingen mellomrom, ingen æ, ø, å); den vert filnamnet og nettadressen; meinte du `{ $suggestion }`? retning new { $kind } { $suggestion }
new-invalid-id = `{ $id }` er ikkje ein gyldig id
new-reserved-id-help = vel ein annan id, t.d. `{ $id }-strategi`; reservert: { $reserved }
new-index-id = `index` kan ikkje være id for eit tiltak: index.md i ein strategis mappe er selve strategien
new-choose-another-id = vel ein annan id
new-exists = `{ $path }` finst allerede
new-never-overwrites-help = retning skriv aldri over ei fil: vel ein annan id, eller rediger den eksisterande fila
new-director-exists = det finst allerede ein direktør med id-ein `{ $id }`
new-strategies-guess = { $guess } strategiar: { $names }
new-no-strategies-yet = nettstaden har ingen strategiar enno; lag ein først: retning new strategy { $id }
new-strategies = strategiar: { $names }
new-no-such-strategy = det finst ingen strategi `{ $id }` i content/
new-no-strategy = nettstaden har ingen strategi å legge tiltaket i
new-no-strategy-help = lag ein strategi først: retning new strategy ID
new-which-strategy = nettstaden har { $count } strategiar; gje opp kva for ein tiltaket høyrer til
new-which-strategy-help = legg til --strategy, t.d.: retning new initiative { $id } --strategy { $first }  (strategiar: { $names })
new-inline-exists = strategien `{ $strategy }` har allerede eit tiltak `{ $id }` (skrevet direkte i { $file })
new-inline-exists-help = vel ein annan id, eller rediger tiltaket i strategien

## Terminalen

unknown-message-language = meldingar på `{ $language }` finst ikkje; bruker eit anna språk (da, nb, nn, sv, en finst)
usage-unknown-command = `{ $command }` er ikkje ein retning-kommando (build, serve, new, init, check)
usage-unknown-option = `{ $option }` er ikkje eit val her
usage-invalid-value = `{ $value }` er ikkje ein verdi for { $option }; han tek: { $allowed }
usage-unusable-value = `{ $value }` kan ikkje brukast for { $option }
usage-missing = { $what } må givast
usage-conflict = { $option } kan ikkje brukast saman med { $other }
usage-see-help = `retning --help` viser kommandoane og vala deira
build-warnings-cut = { $warnings } åtvaringar; dei første { $shown } vert vist, `retning check` viser alle
bad-since = `--since { $value }` er verken ein dato eller ein tag i git-depotet til nettstaden
bad-since-help = skriv ein dato som `--since 2013-01-01`, eller namnet på ein tag (`git tag` viser dei)
build-waiting = ei anna retning-bygging skriv i { $output } akkurat no; ventar til den er ferdig (--no-wait feilar i staden)
build-done = bygde { $pages } sider ({ $files } filer) i { $output } på { $ms } ms
build-nothing-written-kept = ingenting vart skrive; den siste gode nettstaden i { $output } er uendra
build-nothing-written = ingenting vart skrevet; det finst ikkje noko tidlegare nettstad i { $output }
check-no-problems = ingen feil
progress-doing = { $doing ->
        [building] byggjer
       *[checking] sjekkar
    }
progress-stage = { $stage ->
        [load] les filer
        [link] koplar saman
        [render] lagar sider
       *[write] skriv
    }
new-picked-strategy = nettstaden har éin strategi, `{ $strategy }`; tiltaket vert lagt der
new-converted = flytta { $from } til { $to } slik at strategien kan ha tiltaksfiler ved sida av (same side, same adresse)
new-links-adjusted = { $links ->
        [one] {"  "}og retta 1 .md-lenkje i den til den nye plasseringa
       *[other] {"  "}og retta { $links } .md-lenkjer i den til den nye plasseringa
    }
new-created = oppretta { $file }
new-fill-in = opne den i eit tekstprogram og fyll den ut; notata etter # forklarer kvar linje (på `{ $language }`, nettstaden sin språk)
init-ask-base-url = Adressa til nettstaden, t.d. https://strategi.kommune.no (Enter: fyll ho inn seinare i site.yaml):{" "}
init-ask-base-url-hint = skriv heile adressa, med https:// framfor
init-made = laga eit nytt nettstad i { $dir }:
init-next = neste steg:
    {"  "}cd { $dir }
    {"  "}retning serve     (førehandsvising på http://127.0.0.1:1111, vert oppdatert når du lagrar)
    {"  "}retning build     (skriv nettstaden til public/)
lix-level = { $level ->
        [very-easy] svært lett
        [easy] lett
        [medium] middels
        [hard] vanskeleg
       *[very-hard] svært vanskeleg
    }
readability-summary = lesbarheit (LIX; under 35 lett, 55 og over svært vanskeleg): median { $median } over { $texts } tekstar
readability-hardest = {"  "}dei { $count } vanskelegaste:
history-unavailable = historikk: vert vist ikkje på sidene, fordi { $reason ->
        [not-in-git] nettstaden sin mappe ikkje ligg i eit git-depot
        [shallow] git-depotet er ein grunn klone utan dei eldre commitane (klon hele, t.d. `fetch-depth: 0` i GitHub Actions)
        [no-commits] git-depotet har ingen commitar enno
       *[unreadable] git-depotet kunne ikkje vert lesen: { $detail }
    }
overdue-summary = oppdatering forsinket: { $count ->
        [one] 1 tiltak treng ein oppdatering
       *[other] { $count } tiltak treng ein oppdatering
    }
overdue-no-director = (ingen ansvarleg direktør)
overdue-due-by = , innan { $due }

## --help

cli-usage = Bruk:
cli-commands = Kommandoer:
cli-arguments = Argumenter:
cli-options = Valg:
cli-help-flag = Vis hjelp
cli-version-flag = Vis versjon
cli-about = retning: gjør strategidokumenter (Markdown med YAML front matter) til eit nettstad
cli-quiet = Vis berre feil
cli-verbose = Vis meir om kva som skjer
cli-lang = Språket i meldingene (da, nb, nn, sv, en); standard: nettstaden sin språk
cli-build-about = Bygg nettstaden i resultatmappa
cli-build-root = Nettstaden sin mappe (med site.yaml)
cli-build-output = Kvar nettstaden vert skrivne (standard: `public` i mappa til nettstaden)
cli-build-no-wait = Feil med ein gang i staden for å vente når ein annan bygging skriv i same resultatmappe
cli-build-drafts = Publiser òg strategiar som er utkast (`status: draft`); ellers vert utelatne dei
cli-build-since = Endringssiden viser kva som er endra sida denne datoen (ÅÅÅÅ-MM-DD) eller denne git-taggen (standard: starten av rapporteringsperioden før den nåværende)
cli-serve-about = Bygg nettstaden og vis det på denne maskinen; byggjer på nytt (og lastar nettlesaren på nytt) når ei fil vert endra
cli-serve-root = Nettstaden sin mappe (med site.yaml)
cli-serve-port = Porten det vert lytta på (0: ein kva for ein som helst ledig port)
cli-serve-bind = Adressen det vert lytta på. Berre denne maskinen kan kople til standardadressen; 0.0.0.0 slepper andre maskiner inn
cli-serve-open = Opne nettstaden i standardnettlesaren
cli-serve-poll = Se etter endringar med jamne mellomrom i staden for systemet sine filhendingar (for nettverksstasjonar og containerar der dei ikkje kjem fram; òg RETNING_WATCH_POLL=1)
cli-new-about = Lag ein ny fil for ein strategi, eit tiltak eller ein direktør, med notater som forklarer kvar linje på nettstaden sin språk
cli-new-kind = Kva som skal lages
cli-new-id = Id-ein: små bokstavar a-z, siffer og `-` (filnamnet og nettadressen), t.d. `bedre-sykkelveier`
cli-new-strategy = Strategien eit tiltak høyrer til (ikkje nødvendig når det berre finst éin)
cli-new-root = Nettstaden sin mappe (med site.yaml)
cli-init-about = Lag eit nytt nettstad, klart til å byggjast, i ein ny eller tom mappe
cli-init-dir = Mappa til det nye nettstaden (opprettes viss den ikkje finst; må være tom)
cli-init-language = Nettstaden sin språk: tekstar på sidene, tal- og datoformater, notater i filene
cli-init-title = Nettstaden sin tittel (kan vert endra seinare i site.yaml)
cli-init-organisation = Verksemda som publiserer (kan vert endra seinare i site.yaml)
cli-init-base-url = Nettstaden sin adresse, t.d. https://strategi.kommune.no (kan vert endra seinare i site.yaml; utan den byrjar lenkjer med `/`, og det er ingen datakatalog)
cli-init-accessibility-statement = Adressen til nettstaden sin tilgjengeerklæring (i Norge på uustatus.no, i Danmark laga i WAS-Tool); ein offentlig verksemds nettstad må lenkje til ein
cli-check-about = Sjekk nettstaden for feil og åtvaringar utan å skrive noko
cli-check-root = Nettstaden sin mappe (med site.yaml)
cli-check-strict = Feil òg ved åtvaringar
cli-check-format = Korleis problem vert vist


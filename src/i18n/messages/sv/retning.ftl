# retnings meddelanden på svenska. Samma id:n och argument som i en/retning.ftl.

## Rapportens ord

label-error = fel
label-warning = varning
label-help = hjälp
summary-problems = { $errors ->
        [one] 1 fel
       *[other] { $errors } fel
    }, { $warnings ->
        [one] 1 varning
       *[other] { $warnings } varningar
    }
did-you-mean = { $count ->
        [1] menade du `{ $first }`?
        [2] menade du `{ $first }` eller `{ $second }`?
       *[other] menade du `{ $first }`, `{ $second }` eller `{ $third }`?
    }

## Värden i filerna

value-number-too-long = `{ $value }` är för stort eller har för många siffror för ett exakt tal (högst 28 siffror totalt)
value-decimal-comma = `{ $value }` är inte ett tal; skriv decimaler med punkt, t.ex. `{ $written }`
value-not-a-number = `{ $value }` är inte ett tal
value-date-order = `{ $value }` är inte ett datum i formen ÅÅÅÅ-MM-DD; skriv `{ $written }`
value-not-a-date = `{ $value }` är inte ett datum; skriv det som ÅÅÅÅ-MM-DD, t.ex. 2013-12-01
value-no-such-day = `{ $value }` är inte en dag i kalendern: { $month ->
        [1] januari
        [2] februari
        [3] mars
        [4] april
        [5] maj
        [6] juni
        [7] juli
        [8] augusti
        [9] september
        [10] oktober
        [11] november
       *[12] december
    } { $year } har { $days } dagar
value-not-a-period = `{ $value }` är inte en period; skriv första och sista år, t.ex. `2013-2016`
id-rule-too-long = det har { $length } tecken, och ett id får ha högst { $most }
id-rule-characters = använd små bokstäver a–z, siffror och `-`

## YAML som inte kan läsas

yaml-nested-too-deep = värdena är här nästlade mer än { $most } nivåer djupt i `[` och `{"{"}`
yaml-nested-too-deep-help = ingen retning-fil behöver det; leta efter `[` eller `{"{"}` som öppnas men aldrig stängs, och sätt en text som innehåller dem inom citattecken
yaml-alias = ett värde som börjar med `*` är ett YAML-alias, och retning läser inte alias
yaml-alias-help = sätt en text som börjar med `*` inom citattecken, t.ex. `title: "*Viktigt*"`; vill du upprepa ett värde, skriv det igen
yaml-within = {" "}i `{ $path }`
yaml-tab = tabb används för indrag
yaml-tab-help = YAML tillåter inte tabbar för indrag; använd mellanslag
yaml-value-problem = { $problem }{ $within }
value-number-too-long-help = avrunda talet, eller skriv det i en större enhet (t.ex. `mnkr` i stället för `kr`)
value-not-a-number-help = skriv bara talet, med punkt före decimaler, t.ex. `12.5`; enheten skrivs i `unit:`
value-no-such-day-help = kontrollera dag och månad; datum skrivs ÅÅÅÅ-MM-DD
yaml-unknown-key = okänd nyckel `{ $key }`{ $within }
yaml-unknown-key-help-guess = { $guess } kända nycklar här: { $keys }
yaml-unknown-key-help = kända nycklar här: { $keys }
yaml-missing-key = nyckeln `{ $key }` saknas{ $within }
yaml-missing-key-help = lägg till en rad `{ $key }: ...`
yaml-unknown-value = okänt värde `{ $value }`{ $within }
yaml-allowed-values-guess = { $guess } tillåtet: { $allowed }
yaml-allowed-values = tillåtet: { $allowed }
yaml-duplicate-key = nyckeln `{ $key }` står två gånger{ $within }
yaml-duplicate-entry = samma nyckel står två gånger{ $within }
yaml-duplicate-key-help = varje nyckel får bara stå en gång; ta bort den ena
yaml-reserved-start = ett värde kan inte börja med `{ $found }` utan citattecken{ $within }
yaml-reserved-start-help-written = ett värde som börjar med `{ $found }` måste stå inom citattecken: `{ $written }`
yaml-reserved-start-help = ett värde som börjar med `{ $found }` måste stå inom citattecken
yaml-missing-colon = rad { $line } saknar `:` efter nyckeln `{ $key }`
yaml-missing-colon-help = skriv kolon och mellanslag efter nyckeln: `{ $written }`
yaml-colon-in-value = värdet på den här raden innehåller `: `, som YAML läser som början på en ny nyckel
yaml-colon-in-value-help-written = sätt värdet inom citattecken: `{ $written }`
yaml-colon-in-value-help = sätt ett värde som innehåller `: ` inom citattecken, eller kontrollera att raden har samma indrag som nycklarna runt den
yaml-indentation = rad { $line } har inte samma indrag som raderna runt den
yaml-indentation-help = nycklarna i en post måste börja i samma kolumn, med mellanslag; kontrollera den här raden och raden ovanför
yaml-too-deep = värdena är alldeles för djupt nästlade
yaml-too-deep-help = kontrollera indraget
yaml-indented-too-far = rad { $line } (`{ $key }`) har större indrag än `{ $above }` ovanför, så den läses som en del av det värdet
yaml-indented-wrongly = rad { $line } (`{ $key }`) har { $spaces } mellanslags indrag, men postens andra nycklar har { $expected }
yaml-indent-help = dra in rad { $line } med { $spaces } mellanslag: `{ $written }`
yaml-wrong-type = här ska det stå { $expected ->
        [boolean] `true` eller `false`
        [number] ett tal
        [whole-number] ett heltal
        [single-value] ett värde
        [list] en lista
        [date] ett datum
        [ids] ett id eller en lista med id:n
        [entry] nycklar med indrag
       *[other] en annan sorts värde
    }{ $within }, inte { $found ->
        [text] texten `{ $value }`
        [number] talet `{ $value }`
        [boolean] `{ $value }`
        [list] en lista
        [entry] nycklar med indrag
        [nothing] ett tomt värde
       *[other] det här värdet
    }
yaml-expected-boolean-help = skriv `true` för ja eller `false` för nej, inte `{ $value }`
yaml-expected-number-help = skriv ett tal, t.ex. `12.5`
yaml-expected-year-help = skriv året som ett heltal, t.ex. `2014`
yaml-expected-single-value-help = skriv ett värde efter nyckeln, t.ex. `title: Min titel`; en lista eller nycklar med indrag hör inte hemma här (sätt en text med `[` eller `{"{"}` inom citattecken)
yaml-expected-list-help = skriv en lista: varje punkt på en egen rad, som börjar med `- `
yaml-expected-date-help = skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2013-12-01
yaml-expected-ids-help = skriv ett id, t.ex. `theme: valfard`, eller en lista, t.ex. `theme: [valfard, miljo]`
yaml-expected-entry-help = skriv posten som rader med `nyckel: värde`, med indrag under den
yaml-number-too-large = talet är för stort eller har för många siffror{ $within }
yaml-unclosed = filen slutar mitt i ett värde{ $within }
yaml-unclosed-help = leta efter ett citattecken, `[` eller `{"{"}` som öppnas men aldrig stängs
yaml-unclosed-bracket = en lista eller post som öppnas med `[` eller `{"{"}` stängs inte{ $within }
yaml-unclosed-bracket-help = stäng den på samma rad med `]` eller `{"}"}`, eller sätt en text som börjar med `[` inom citattecken
yaml-unreadable = den här raden kan inte läsas som YAML{ $within }
yaml-unreadable-help = kontrollera citattecken, kolon och indrag på den här raden och raden ovanför (YAML-läsaren säger: { $detail })

## Läsning av filer

front-matter-not-closed = front matter som börjar här stängs inte
front-matter-not-closed-help = lägg till en rad med bara `---` efter den sista raden i front matter
body-key-in-file = `body` används bara för insatser som skrivs direkt i en strategi
body-key-in-file-help = skriv texten under den avslutande `---` i stället
no-front-matter-help = börja filen med en rad `---`, sedan nycklarna (t.ex. `title: ...`), sedan en `---` till
file-empty = filen är tom; den behöver front matter
no-front-matter = filen har ingen front matter
invalid-id = `{ $id }` är inte ett giltigt id: { $rule }
invalid-id-help = skriv `id: { $suggestion }`
invalid-id-from-file-name = filnamnet ger id:t `{ $id }`, som inte är giltigt: { $rule }
invalid-id-from-file-name-help = byt namn på filen till `{ $suggestion }`, eller skriv `id: { $suggestion }` i front matter
inline-initiative-without-id = insatsen `{ $title }` i strategin har inget `id`
inline-initiative-without-id-help = lägg till `id: { $suggestion }`
file-too-deep = en Markdown-fil så djupt i content/ hör inte hemma någonstans på webbplatsen
file-too-deep-help = lägg insatser direkt i strategins mapp (content/<strategi>/<insats>.md), eller ge filen ett namn som börjar med `_` för att hålla den utanför webbplatsen
initiative-without-strategy = insats i mappen `{ $folder }`, men mappen har ingen index.md med sin strategi
initiative-without-strategy-help = lägg till content/{ $folder }/index.md med strategins front matter
file-too-large = filen är { $size } byte, mer än gränsen på { $limit } byte ({ $mib } MiB) för en fil; dela upp texten i flera filer, eller flytta filen från webbplatsen om den inte hör dit
file-broken-utf16 = filen börjar som UTF-16-text (”Unicode”) men kan inte läsas som det; öppna den och spara den med kodningen ”UTF-8”
file-utf16 = filen är sparad som UTF-16-text (”Unicode”); öppna den och spara den med kodningen ”UTF-8”
file-binary = det här är en binär fil, inte text; bara Markdown-filer (.md) hör hemma i content/
file-not-utf8 = inte UTF-8-text: rad { $line } (”{ $shown }”) har en annan kodning, troligen Latin-1 eller Windows-1252 (”ANSI”) från ett äldre program; öppna filen och spara den med kodningen ”UTF-8”
file-does-not-exist = `{ $path }` finns inte
file-not-utf8-short = inte UTF-8-text
cannot-read-path = kan inte läsa `{ $path }`: { $error }
cannot-read = kan inte läsa: { $error }
cannot-read-help = kontrollera att filen eller mappen finns och att du får läsa den
io-not-found = den finns inte
io-permission-denied = åtkomst nekad
io-already-exists = den finns redan
link-loop = en symbolisk länk här pekar tillbaka på en mapp ovanför den, så mappen skulle innehålla sig själv i all oändlighet
link-loop-help = ta bort länken, eller ge den ett namn som börjar med `_` så att retning hoppar över den
link-outside = det här är en länk till `{ $target }` utanför webbplatsens mapp; retning läser inget utanför webbplatsen, så den publiceras inte
link-outside-help = kopiera det du vill publicera till webbplatsens mapp i stället för att länka till det, eller ta bort länken
link-dangling = det här är en länk till `{ $target }`, som inte finns
link-dangling-help = ta bort länken, eller låt den peka på en fil i webbplatsens mapp

## Hänvisningar mellan dokument

unknown-reference = { $what ->
        [director] okänd direktör
        [theme] okänt tema
       *[initiative] okänd insats
    } `{ $id }`
unknown-reference-none-yet = det finns { $what ->
        [director] inga direktörer
        [theme] inga teman
       *[initiative] inga insatser
    } än
unknown-reference-known = kända: { $known }
unknown-reference-many = kontrollera stavningen; det finns { $count } kända
theme-of-another-strategy = temat `{ $id }` hör till en annan strategi, inte till `{ $strategy }`
theme-of-another-strategy-help = lägg till det under `themes:` i { $file }, eller använd ett av: { $known }
responsible-as-list-help = skriv flera direktörer som en lista: `responsible: [{ $list }]`
responsible-name-not-id-help = skriv direktörens id, inte namnet: `responsible: { $id }`
no-responsible = insatsen `{ $id }` har ingen ansvarig direktör
no-responsible-help = lägg till `responsible: <direktörens id>`
related-to-itself = en insats kan inte vara relaterad till sig själv
related-to-itself-help = ta bort den från `related`
progress-out-of-range = framstegen är { $progress }, men de måste vara en procentsats från 0 till 100
progress-out-of-range-help = skriv t.ex. `progress: 40` för 40 %
due-before-start = slutdatumet ligger före startdatumet
due-before-start-help = kontrollera `start` och `due`
duplicate-director = ytterligare en direktör med id:t `{ $id }` (den första är { $other })
duplicate-director-help = ge varje direktör ett eget id
duplicate-strategy = ytterligare en strategi med id:t `{ $id }` (den första är { $other }); båda skulle bli sidan /{ $id }/
duplicate-strategy-help = behåll en av de två filerna, eller skriv ett annat `id` i den ena
period-reversed = perioden börjar ({ $start }) efter att den slutar ({ $end })
period-reversed-help = byt plats på `start` och `end`
reserved-id = `{ $id }` är reserverat för webbplatsens egna sidor och kan inte vara id för en strategi
reserved-id-help = byt namn på strategin, t.ex. `{ $id }-strategi`; reserverade: { $reserved }
invalid-theme-id = `{ $id }` är inte ett giltigt tema-id: { $rule }
theme-listed-twice = temat `{ $id }` står två gånger i den här strategin
theme-listed-twice-help = ta bort det ena
theme-title-mismatch = temat `{ $id }` heter ”{ $here }” här men ”{ $first }” i en annan strategi; den första titeln används
theme-title-mismatch-help = ge temat samma titel i alla strategier
duplicate-initiative = ytterligare en insats med id:t `{ $id }` i strategin `{ $strategy }` (den första står i { $other }); båda skulle bli sidan /{ $strategy }/{ $id }/
duplicate-initiative-help = ge den ena ett annat id
target-equals-baseline = målet ”{ $goal }” har ett målvärde lika med sitt utgångsvärde ({ $target }), så framstegen mot det kan inte mätas
target-equals-baseline-help = skriv värdet vid start som `baseline` och värdet som eftersträvas som `target`
goal-without-current = målet ”{ $goal }” har inget uppmätt värde (`current`)
goal-without-current-help = lägg till `current: <senaste värde>` när det har mätts
unit-curly-quotes = enheten `{ $unit }` har typografiska citattecken (från ett ordbehandlingsprogram), som visas på sidorna som en del av enheten
unit-curly-quotes-help = skriv enheten utan dem: `{ $written }`
goal-without-unit = målet ”{ $goal }” har ett målvärde men ingen enhet, så siffrorna visas utan enhet
goal-without-unit-help = lägg till enheten, t.ex. `unit: "%"`, `unit: mnkr` eller `unit: deltagare`
strategy-without-period = strategin `{ $id }` anger inte vilka år den gäller
strategy-without-period-help = skriv åren och ta bort `#` före raden, t.ex. `period: 2026-2029`
budget-overflow = budgetbeloppen { $what } blir tillsammans mer än retning kan summera exakt (ca 7,9 × 10^28)
budget-overflow-help = kontrollera beloppen efter skrivfel, eller skriv dem i en större enhet (t.ex. `mnkr` i stället för `kr`)
budget-of-initiative = för insatsen `{ $id }`
budget-of-strategy = för strategin `{ $id }` och dess insatser
budget-of-theme = för temat `{ $id }`
budget-of-director = för direktören `{ $id }`
draft-strategy-left-out = strategin `{ $id }` är ett utkast: den publiceras inte, och inte heller dess { $initiatives } insats(er)
draft-strategy-included = strategin `{ $id }` är ett utkast: `build` utelämnar den och dess { $initiatives } insats(er)
draft-strategy-left-out-help = skriv `status: adopted` för att publicera den; `build --drafts` visar även utkast
draft-strategy-included-help = skriv `status: adopted` när den ska publiceras
draft-initiative-left-out = insatsen `{ $id }` är ett utkast: den publiceras inte
draft-initiative-left-out-help = ta bort `status: draft` (eller ange dess status) för att publicera den; `build --drafts` visar även utkast
draft-initiative-included = insatsen `{ $id }` är ett utkast: `build` utelämnar den
draft-initiative-included-help = ta bort `status: draft` när den ska publiceras
update-overdue = uppdatering försenad: senast uppdaterad { $last }; rapporteras varje { $every ->
        [month] månad
        [quarter] kvartal
        [half-year] halvår
       *[year] år
    }{ $grace ->
        [0] {""}
        [one] {" "}med 1 dags respit
       *[other] {" "}med { $grace } dagars respit
    }, och nästa uppdatering skulle ha gjorts senast { $due }
update-overdue-never = uppdatering försenad: aldrig uppdaterad; rapporteras varje { $every ->
        [month] månad
        [quarter] kvartal
        [half-year] halvår
       *[year] år
    }{ $grace ->
        [0] {""}
        [one] {" "}med 1 dags respit
       *[other] {" "}med { $grace } dagars respit
    }, och första uppdateringen skulle ha gjorts senast { $due }
update-overdue-no-date = uppdatering försenad: rapporteras varje { $every ->
        [month] månad
        [quarter] kvartal
        [half-year] halvår
       *[year] år
    }, men det finns inget datum att räkna från (ingen `updated`, inga mätningar, ingen `start`)
update-overdue-help = rapportera om den: skriv dagens datum i `updated:` tillsammans med ny status och nya mätningar

## site.yaml

no-site-yaml-help = en webbplats behöver en `site.yaml` i sin översta mapp; kör `retning init` för att skapa en ny webbplats
unknown-language = okänt språk `{ $language }`
unknown-language-help-guess = { $guess } använd ett av: da, nb, nn, sv, en
unknown-language-help = använd ett av: da, nb, nn, sv, en
bad-base-url = `{ $base_url }` kan inte användas som base_url
bad-base-url-help = skriv `/` för länkar relativt till värden, eller en hel adress som `https://strategi.example.se`
bad-theme-name = `{ $theme }` är inte namnet på en temamapp
bad-theme-name-help = ange en mapp under `themes/`, t.ex. `theme: kommun`
not-a-web-address = `{ $value }` är inte en webbadress
accessibility-statement-address-help = skriv redogörelsens fullständiga adress, som börjar med `https://`, t.ex. `https://strategi.example.se/tillganglighet`
bad-data-licence = `{ $value }` är varken ett licens-id (SPDX) eller en webbadress
bad-data-licence-help = skriv ett licens-id som { $names }, eller licensens adress, som börjar med `https://`
bad-readability = `readability: { $value }` är inte en inställning
bad-readability-help = skriv `readability: off` eller `readability: {"{"} lix_warn: 55 {"}"}`
no-accessibility-statement = webbplatsen länkar inte till någon tillgänglighetsredogörelse (`accessibility_statement` i site.yaml), vilket en offentlig aktörs webbplats måste
no-accessibility-statement-help = { $country ->
        [da] gör redogörelsen i Digitaliseringsstyrelsens WAS-Tool och länka till den: `accessibility_statement: https://was.digst.dk/{ $domain }`
        [nb] publicera redogörelsen på uustatus.no och länka till den: `accessibility_statement: https://uustatus.no/nb/erklaringer/publisert/<id>`
        [sv] publicera tillgänglighetsredogörelsen på webbplatsen och länka till den: `accessibility_statement: https://<din-webbplats>/tillganglighet`
       *[en] publicera tillgänglighetsredogörelsen och länka till den: `accessibility_statement: https://<din-webbplats>/accessibility`
    }
relative-base-url = `base_url: { $base_url }` är inte en hel adress, så flödena (atom.xml, revisions.xml), webbplatskartan (sitemap.xml) och datakatalogen (data/catalog.ttl) utelämnas, och adresser i öppna data och i märkenas inbäddningskoder saknar värd
relative-base-url-help = skriv webbplatsens fullständiga adress, t.ex. `base_url: https://strategi.example.se`

## Teman, mallar och Markdown

theme-missing = temat `{ $name }` finns inte: det finns ingen mapp themes/{ $name }/
theme-missing-help = skapa mappen, eller ta bort `theme:` för att använda det inbyggda temat
template-error = en mall kan inte användas: { $detail }
template-error-help = kontrollera mallen mot mallreferensen i docs/templates.md
broken-link = länken `{ $link }` pekar inte på något dokument
broken-link-same-name-help = från den här filen länkas dokumentet som `{ $links }`
broken-link-help = länka till ett annat dokuments .md-fil med sökvägen relativt till den här filen
unsafe-link = länken `{ $link }` har utelämnats: den sortens adress är inte tillåten
unsafe-link-help = länka till en webbsida (https://...), en e-postadress (mailto:...), ett telefonnummer (tel:...) eller en annan sida på webbplatsen
rebuild-superseded = ombyggnaden stoppades av en senare ändring
long-paragraph = ett stycke på { $words } ord är långt att läsa på en skärm
long-paragraph-help = dela upp det i stycken med ett budskap vardera
long-sentence = en mening på { $words } ord är svår att följa
long-sentence-help = dela den i två eller tre; ett budskap per mening
long-sentence-named = rad { $line } ({ $words } ord: ”{ $start } …”)
hard-text = texten är { $level ->
        [very-easy] mycket lätt
        [easy] lätt
        [medium] medelsvår
        [hard] svår
       *[very-hard] mycket svår
    } att läsa: LIX { $score } (webbplatsen varnar över { $most })
hard-text-help = använd kortare meningar och vardagliga ord{ $count ->
        [0] {""}
        [1] ; den längsta meningen: { $first }
        [2] ; de längsta meningarna: { $first }, { $second }
       *[other] ; de längsta meningarna: { $first }, { $second }, { $third }
    }

## Skrivning av webbplatsen

output-folder-help = välj en egen mapp för resultatet, t.ex. `public` (standard)
output-is-site = utdatamappen `{ $output }` är eller innehåller själva webbplatsen; att bygga där skulle radera webbplatsens filer
output-in-sources = utdatamappen `{ $output }` ligger i webbplatsens mapp `{ $folder }/`
output-is-file = `{ $output }` är en fil, inte en mapp
output-not-ours = `{ $output }` innehåller filer som retning inte har skrivit; de ersätts inte
output-other-site = `{ $output }` har skrivits av retning för en annan webbplats (`{ $site }`); den ersätts inte
output-foreign-marker = `{ $output }` har en markörfil som retning inte har skrivit; mappen ersätts inte
output-not-ours-help = töm eller ta bort mappen själv, eller välj en annan utdatamapp
static-replaces-folder = den statiska filen skulle ta platsen för den genererade mappen `/{ $dest }/`
static-needs-folder = den statiska filen behöver en mapp `/{ $name }/`, men `/{ $name }` är en fil på webbplatsen
static-replaces-file = den statiska filen skulle ersätta den genererade `/{ $dest }`
static-conflict-help = byt namn på eller flytta den statiska filen; genererade sidor kan inte ersättas från static/
write-failed = { $what }: { $error }
write-failed-help = kontrollera att mappen är skrivbar och att disken inte är full
write-create-parent = kan inte skapa utdatamappens överordnade mapp
write-remove-leftover = kan inte ta bort en kvarlämnad mapp från en tidigare bygge
write-create-staging = kan inte skapa mellanmappen
write-file = kan inte skriva { $path }
write-copy = kan inte kopiera { $path }
write-marker = kan inte skriva markörfilen
write-move-aside = kan inte flytta undan den gamla webbplatsen
write-move-in = kan inte flytta den nya webbplatsen på plats
write-restore-failed = kan inte flytta tillbaka webbplatsen som lämnades i `{ $folder }`: { $error }
write-restore-failed-help = flytta tillbaka den själv, eller ta bort den och bygg igen
lock-failed = { $what ->
        [create-folder] kan inte skapa mappen för
        [open] kan inte öppna låsfilen
       *[lock] kan inte låsa
    } `{ $path }`: { $error }
lock-failed-help = kontrollera att mappen är skrivbar
output-locked = ett annat retning-bygge skriver i `{ $output }` just nu
output-locked-help = vänta tills det är klart och bygg igen, eller utelämna --no-wait för att vänta på det
rebuild-panicked = retning misslyckades under ombyggnaden: { $detail }
rebuild-panicked-help = det här är ett fel i retning; spara en fil igen för att försöka på nytt

## retning serve

serve-cannot-use-folder = kan inte använda mappen `{ $folder }`: { $error }
serve-cannot-listen = kan inte lyssna på { $address }: { $error } (använder en annan server porten? välj en annan med --port)
serve-cannot-start = kan inte starta servern på { $address }: { $error }
serve-no-ctrl-c = Ctrl-C kommer inte att stoppa servern på ett snyggt sätt: { $error }
serve-no-file-events = systemets filhändelser är inte tillgängliga ({ $why }); letar i stället efter ändringar var { $ms }:e ms
serve-polling = letar efter ändringar i filerna var { $ms }:e ms
serve-no-native-watcher = systemet vägrade: { $error }
serve-cannot-poll = kan inte bevaka filerna, inte ens genom att leta efter ändringar: { $error }
serve-cannot-watch = kan inte bevaka { $path }: { $error }
serve-watch-failed = kan inte bevaka webbplatsens filer: { $error }
serve-built = byggde { $pages } sidor ({ $files } filer) på { $ms } ms
serve-has-errors = webbplatsen har fel; alla sidor visar dem tills de är rättade
serve-polling-from-now = { $error }; letar efter ändringar med jämna mellanrum från och med nu
serve-watching = bevakar ändringar i { $names }
serve-open-to-network = lyssnar på { $address }: andra datorer som når den här kan se webbplatsen
serve-serving = Webbplatsen visas på { $url } (Ctrl-C stoppar)
serve-watch-error = filbevakning: { $error }
serve-changed = ändrat: { $files }
serve-superseded = en senare ändring kom in; bygger igen
serve-stopped = stoppad
serve-errors-fixed = felen är rättade
serve-steps = steg: { $steps }
serve-rebuilt = byggde om { $rendered } av { $pages } sidor på { $ms } ms ({ $changed } filer ändrade)
serve-errors-count = { $errors ->
        [one] 1 fel
       *[other] { $errors } fel
    }; visar den senaste versionen utan fel tills de är rättade
serve-no-browser = kunde inte öppna en webbläsare ({ $program }: { $error })
serve-no-browser-open-yourself = kunde inte öppna en webbläsare ({ $program }: { $error }); öppna { $url } själv
panel-title = retning: { $errors ->
        [one] 1 fel
       *[other] { $errors } fel
    } — visar den senaste versionen utan fel
panel-advice = Rätta filerna nedan; sidan laddas om av sig själv när de går att bygga.

## serve: what the preview answers a browser that is not shown a page
serve-page-not-built-title = retning: webbplatsen har fel
serve-page-not-built-heading = Webbplatsen kunde inte byggas ännu
serve-page-not-built-text = När felen är rättade laddas sidan om av sig själv.
serve-http-not-found = Det finns ingen sida på den här adressen
serve-http-method = förhandsvisningen svarar bara på GET- och HEAD-förfrågningar
serve-http-other-host = förhandsvisningen svarar bara på adresserna localhost och 127.0.0.1, inte på `{ $host }` (starta den med --bind för att visa webbplatsen under andra namn)
serve-http-bad-request = adressen kan inte läsas

## retning new och retning init

not-a-site = `{ $root }` är inte en retning-webbplats: den har ingen site.yaml
not-a-site-help = kör retning i webbplatsens mapp, eller ange den med --root; `retning init MAPP` skapar en ny webbplats
new-cannot-write = kan inte skriva `{ $path }`: { $error }
new-strategy-option-misplaced = --strategy är bara för insatser, inte för { $kind ->
        [strategy] en strategi
       *[director] en direktör
    }
new-strategy-option-misplaced-help = utelämna --strategy: retning new { $kind } { $id }
init-is-file = `{ $dir }` är en fil, inte en mapp
init-is-file-help = ange namnet på en ny mapp för webbplatsen
init-not-empty = mappen `{ $dir }` är inte tom
init-not-empty-help = retning init skriver bara i en ny eller tom mapp, så att den aldrig skriver över något; ange namnet på en ny mapp, t.ex. `retning init strategier`
new-id-rule = ett id är små bokstäver a–z, siffror och `-` (inga mellanslag, inga å, ä, ö); det blir filnamnet och webbadressen
new-id-rule-suggestion = ett id är små bokstäver a–z, siffror och `-` (inga mellanslag, inga å, ä, ö); det blir filnamnet och webbadressen; menade du `{ $suggestion }`? retning new { $kind } { $suggestion }
new-invalid-id = `{ $id }` är inte ett giltigt id
new-reserved-id-help = välj ett annat id, t.ex. `{ $id }-strategi`; reserverade: { $reserved }
new-index-id = `index` kan inte vara id för en insats: index.md i en strategis mapp är själva strategin
new-choose-another-id = välj ett annat id
new-exists = `{ $path }` finns redan
new-never-overwrites-help = retning skriver aldrig över en fil: välj ett annat id, eller redigera den befintliga filen
new-director-exists = det finns redan en direktör med id:t `{ $id }`
new-strategies-guess = { $guess } strategier: { $names }
new-no-strategies-yet = webbplatsen har inga strategier än; skapa en först: retning new strategy { $id }
new-strategies = strategier: { $names }
new-no-such-strategy = det finns ingen strategi `{ $id }` i content/
new-no-strategy = webbplatsen har ingen strategi att lägga insatsen i
new-no-strategy-help = skapa en strategi först: retning new strategy ID
new-which-strategy = webbplatsen har { $count } strategier; ange vilken insatsen hör till
new-which-strategy-help = lägg till --strategy, t.ex.: retning new initiative { $id } --strategy { $first }  (strategier: { $names })
new-inline-exists = strategin `{ $strategy }` har redan en insats `{ $id }` (skriven direkt i { $file })
new-inline-exists-help = välj ett annat id, eller redigera insatsen i strategin

## Terminalen

unknown-message-language = meddelanden på `{ $language }` finns inte; använder ett annat språk (da, nb, nn, sv, en finns)
usage-unknown-command = `{ $command }` är inte ett retning-kommando (build, serve, new, init, check)
usage-unknown-option = `{ $option }` är inte ett alternativ här
usage-invalid-value = `{ $value }` är inte ett värde för { $option }; det tar: { $allowed }
usage-unusable-value = `{ $value }` kan inte användas för { $option }
usage-missing = { $what } måste anges
usage-conflict = { $option } kan inte användas tillsammans med { $other }
usage-see-help = `retning --help` visar kommandona och deras alternativ
build-warnings-cut = { $warnings } varningar; de första { $shown } visas, `retning check` visar alla
bad-since = `--since { $value }` är varken ett datum eller en tagg i webbplatsens git-arkiv
bad-since-help = skriv ett datum som `--since 2013-01-01`, eller namnet på en tagg (`git tag` visar dem)
build-waiting = ett annat retning-bygge skriver i { $output } just nu; väntar tills det är klart (--no-wait misslyckas i stället)
build-done = byggde { $pages } sidor ({ $files } filer) i { $output } på { $ms } ms
build-nothing-written-kept = inget skrevs; den senaste fungerande webbplatsen i { $output } är oförändrad
build-nothing-written = inget skrevs; det finns ingen tidigare webbplats i { $output }
check-no-problems = inga fel
progress-doing = { $doing ->
        [building] bygger
       *[checking] kontrollerar
    }
progress-stage = { $stage ->
        [load] läser filer
        [link] länkar ihop
        [render] skapar sidor
       *[write] skriver
    }
new-picked-strategy = webbplatsen har en strategi, `{ $strategy }`; insatsen läggs där
new-converted = flyttade { $from } till { $to } så att strategin kan ha insatsfiler bredvid sig (samma sida, samma adress)
new-links-adjusted = { $links ->
        [one] {"  "}och rättade 1 .md-länk i den till den nya platsen
       *[other] {"  "}och rättade { $links } .md-länkar i den till den nya platsen
    }
new-created = skapade { $file }
new-fill-in = öppna den i ett textprogram och fyll i den; anteckningarna efter # förklarar varje rad (på `{ $language }`, webbplatsens språk)
init-ask-base-url = Webbplatsens adress, t.ex. https://strategi.kommun.se (Enter: fyll i den senare i site.yaml):{" "}
init-ask-base-url-hint = skriv hela adressen, med https:// först
init-made = skapade en ny webbplats i { $dir }:
init-next = nästa steg:
    {"  "}cd { $dir }
    {"  "}retning serve     (förhandsvisning på http://127.0.0.1:1111, uppdateras när du sparar)
    {"  "}retning build     (skriver webbplatsen till public/)
lix-level = { $level ->
        [very-easy] mycket lätt
        [easy] lätt
        [medium] medel
        [hard] svår
       *[very-hard] mycket svår
    }
readability-summary = läsbarhet (LIX; under 35 lätt, 55 och över mycket svår): median { $median } över { $texts } texter
readability-hardest = {"  "}de { $count } svåraste:
history-unavailable = historik: visas inte på sidorna, eftersom { $reason ->
        [not-in-git] webbplatsens mapp inte ligger i ett git-arkiv
        [shallow] git-arkivet är en grund klon utan de äldre incheckningarna (klona hela, t.ex. `fetch-depth: 0` i GitHub Actions)
        [no-commits] git-arkivet har inga incheckningar än
       *[unreadable] git-arkivet inte kunde läsas: { $detail }
    }
overdue-summary = uppdatering försenad: { $count ->
        [one] 1 insats behöver en uppdatering
       *[other] { $count } insatser behöver en uppdatering
    }
overdue-no-director = (ingen ansvarig direktör)
overdue-due-by = , senast { $due }

## --help

cli-usage = Användning:
cli-commands = Kommandon:
cli-arguments = Argument:
cli-options = Alternativ:
cli-help-flag = Visa hjälp
cli-version-flag = Visa version
cli-about = retning: gör strategidokument (Markdown med YAML front matter) till en webbplats
cli-quiet = Visa bara fel
cli-verbose = Visa mer om vad som händer
cli-lang = Språket i meddelandena (da, nb, nn, sv, en); standard: webbplatsens språk
cli-build-about = Bygg webbplatsen i utdatamappen
cli-build-root = Webbplatsens mapp (med site.yaml)
cli-build-output = Var webbplatsen skrivs (standard: `public` i webbplatsens mapp)
cli-build-no-wait = Misslyckas direkt i stället för att vänta när ett annat bygge skriver i samma utdatamapp
cli-build-drafts = Publicera även strategier som är utkast (`status: draft`); annars utelämnas de
cli-build-since = Ändringssidan visar vad som har ändrats sedan detta datum (ÅÅÅÅ-MM-DD) eller denna git-tagg (standard: början av rapporteringsperioden före den nuvarande)
cli-serve-about = Bygg webbplatsen och visa den på den här datorn; bygger om (och laddar om webbläsaren) när en fil ändras
cli-serve-root = Webbplatsens mapp (med site.yaml)
cli-serve-port = Porten som lyssnas på (0: valfri ledig port)
cli-serve-bind = Adressen som lyssnas på. Bara den här datorn kan ansluta till standardadressen; 0.0.0.0 släpper in andra datorer
cli-serve-open = Öppna webbplatsen i standardwebbläsaren
cli-serve-poll = Leta efter ändringar med jämna mellanrum i stället för systemets filhändelser (för nätverksenheter och containrar där de inte kommer fram; även RETNING_WATCH_POLL=1)
cli-new-about = Skapa en ny fil för en strategi, en insats eller en direktör, med anteckningar som förklarar varje rad på webbplatsens språk
cli-new-kind = Vad som ska skapas
cli-new-id = Dess id: små bokstäver a-z, siffror och `-` (filnamnet och webbadressen), t.ex. `battre-cykelvagar`
cli-new-strategy = Strategin som en insats hör till (behövs inte när det bara finns en)
cli-new-root = Webbplatsens mapp (med site.yaml)
cli-init-about = Skapa en ny webbplats, klar att bygga, i en ny eller tom mapp
cli-init-dir = Mappen för den nya webbplatsen (skapas om den inte finns; måste vara tom)
cli-init-language = Webbplatsens språk: texter på sidorna, tal- och datumformat, anteckningar i filerna
cli-init-title = Webbplatsens titel (kan ändras senare i site.yaml)
cli-init-organisation = Organisationen som publicerar (kan ändras senare i site.yaml)
cli-init-base-url = Webbplatsens adress, t.ex. https://strategi.kommun.se (kan ändras senare i site.yaml; utan den börjar länkar med `/` och det finns ingen datakatalog)
cli-init-accessibility-statement = Adressen till webbplatsens tillgänglighetsredogörelse; en offentlig aktörs webbplats måste länka till en
cli-check-about = Kontrollera webbplatsen efter fel och varningar utan att skriva något
cli-check-root = Webbplatsens mapp (med site.yaml)
cli-check-strict = Misslyckas även vid varningar
cli-check-format = Hur problem visas

# retning's messages in English. One message per id; `{ $name }` is an argument the
# code passes. The same ids and arguments must exist in every language (a test checks).

## Labels of the report

label-error = error
label-warning = warning
label-help = help
summary-problems = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }
did-you-mean = { $count ->
        [1] did you mean `{ $first }`?
        [2] did you mean `{ $first }` or `{ $second }`?
       *[other] did you mean `{ $first }` or `{ $second }` or `{ $third }`?
    }

## Values read from the files

value-number-too-long = `{ $value }` is too large or has too many digits for an exact number (at most 28 digits in all)
value-decimal-comma = `{ $value }` is not a number; write decimals with a point, like `{ $written }`
value-not-a-number = `{ $value }` is not a number
value-date-order = `{ $value }` is not a date in the form YYYY-MM-DD; write `{ $written }`
value-not-a-date = `{ $value }` is not a date; write it as YYYY-MM-DD, like 2013-12-01
value-no-such-day = `{ $value }` is not a day of the calendar: { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year } has { $days } days
value-not-a-period = `{ $value }` is not a period; write the first and last year, like `2013-2016`
id-rule-too-long = it has { $length } characters, and an id may have at most { $most }
id-rule-characters = use lowercase letters a–z, digits and `-`

## YAML that cannot be read

yaml-nested-too-deep = values are nested more than { $most } levels deep here, in `[` and `{"{"}`
yaml-nested-too-deep-help = no retning file needs this; look for brackets `[` or `{"{"}` that are opened but never closed, and put a text that contains them in quotes
yaml-alias = a value starting with `*` is a YAML alias, and retning does not read aliases
yaml-alias-help = to write a text that starts with `*`, put it in quotes, like `title: "*Vigtigt*"`; to repeat a value, write it out again
yaml-within = {" "}in `{ $path }`
yaml-tab = a tab is used for indentation
yaml-tab-help = YAML does not allow tabs for indentation; use spaces
yaml-value-problem = { $problem }{ $within }
value-number-too-long-help = round the number, or write it in a larger unit (say `mio. kr.` instead of `kr.`)
value-not-a-number-help = write only the number, with a point for decimals, like `12.5`; the unit goes in `unit:`
value-no-such-day-help = check the day and the month; dates are written YYYY-MM-DD
yaml-unknown-key = unknown key `{ $key }`{ $within }
yaml-unknown-key-help-guess = { $guess } known keys here: { $keys }
yaml-unknown-key-help = known keys here: { $keys }
yaml-missing-key = missing key `{ $key }`{ $within }
yaml-missing-key-help = add a line `{ $key }: ...`
yaml-unknown-value = unknown value `{ $value }`{ $within }
yaml-allowed-values-guess = { $guess } allowed: { $allowed }
yaml-allowed-values = allowed: { $allowed }
yaml-duplicate-key = the key `{ $key }` is written twice{ $within }
yaml-duplicate-entry = the same key is written twice{ $within }
yaml-duplicate-key-help = each key may appear only once; remove one of them
yaml-reserved-start = a value cannot start with `{ $found }` unless it is in quotes{ $within }
yaml-reserved-start-help-written = a value starting with `{ $found }` must be put in quotes: `{ $written }`
yaml-reserved-start-help = a value starting with `{ $found }` must be put in quotes
yaml-missing-colon = line { $line } has no `:` after the key `{ $key }`
yaml-missing-colon-help = write a colon and a space after the key: `{ $written }`
yaml-colon-in-value = the value on this line contains `: `, which YAML reads as the start of another key
yaml-colon-in-value-help-written = put the value in quotes: `{ $written }`
yaml-colon-in-value-help = put a value containing `: ` in quotes, or check that the line is indented like the keys around it
yaml-indentation = line { $line } is not indented like the lines around it
yaml-indentation-help = the keys of one entry must start in the same column, with spaces; check this line and the one above
yaml-too-deep = values are nested far too deeply
yaml-too-deep-help = check the indentation
yaml-indented-too-far = line { $line } (`{ $key }`) is indented further than `{ $above }` above it, so it is read as part of that value
yaml-indented-wrongly = line { $line } (`{ $key }`) is indented { $spaces } spaces, but the other keys of its entry are indented { $expected }
yaml-indent-help = indent line { $line } by { $spaces } spaces: `{ $written }`
yaml-wrong-type = { $expected ->
        [boolean] `true` or `false`
        [number] a number
        [whole-number] a whole number
        [single-value] one value
        [list] a list
        [date] a date
        [ids] an id or a list of ids
        [entry] indented keys
       *[other] another kind of value
    } is needed here{ $within }, not { $found ->
        [text] the text `{ $value }`
        [number] the number `{ $value }`
        [boolean] `{ $value }`
        [list] a list
        [entry] indented keys
        [nothing] an empty value
       *[other] this value
    }
yaml-expected-boolean-help = write `true` (yes) or `false` (no), not `{ $value }`
yaml-expected-number-help = write one number, like `12.5`
yaml-expected-year-help = write the year as a whole number, like `2014`
yaml-expected-single-value-help = write one value after the key, like `title: Min titel`; a list or indented keys do not belong here (put a text containing `[` or `{"{"}` in quotes)
yaml-expected-list-help = write a list: each item on a line of its own, starting with `- `
yaml-expected-date-help = write the date as YYYY-MM-DD, like 2013-12-01
yaml-expected-ids-help = write one id, like `theme: velfaerd`, or a list, like `theme: [velfaerd, miljo]`
yaml-expected-entry-help = write the entry as `key: value` lines, indented under it
yaml-number-too-large = the number is too large or has too many digits{ $within }
yaml-unclosed = the file ends in the middle of a value{ $within }
yaml-unclosed-help = look for a quote, `[` or `{"{"}` that is opened but never closed
yaml-unclosed-bracket = a list or entry opened with `[` or `{"{"}` is not closed{ $within }
yaml-unclosed-bracket-help = close it on the same line with `]` or `{"}"}`, or put a text that starts with `[` in quotes
yaml-unreadable = this line cannot be read as YAML{ $within }
yaml-unreadable-help = check the quotes, colons and indentation on this line and the one above (the YAML reader says: { $detail })

## Reading files

front-matter-not-closed = the front matter starting here is not closed
front-matter-not-closed-help = add a line with only `---` after the last front matter line
body-key-in-file = `body` is only for initiatives written inline in a strategy
body-key-in-file-help = write the text below the closing `---` instead
no-front-matter-help = start the file with a line `---`, then the keys (like `title: ...`), then another `---`
file-empty = the file is empty; it needs front matter
no-front-matter = the file has no front matter
invalid-id = `{ $id }` is not a valid id: { $rule }
invalid-id-help = write `id: { $suggestion }`
invalid-id-from-file-name = the file name gives the id `{ $id }`, which is not valid: { $rule }
invalid-id-from-file-name-help = rename it to `{ $suggestion }`, or set `id: { $suggestion }` in the front matter
inline-initiative-without-id = the inline initiative `{ $title }` has no `id`
inline-initiative-without-id-help = add `id: { $suggestion }`
file-too-deep = a Markdown file this deep in content/ has no place in a site
file-too-deep-help = put initiatives directly in their strategy's folder (content/<strategy>/<initiative>.md), or rename the file to start with `_` to keep it out of the site
initiative-without-strategy = initiative in folder `{ $folder }`, but that folder has no index.md for its strategy
initiative-without-strategy-help = add content/{ $folder }/index.md with the strategy's front matter
file-too-large = the file is { $size } bytes, more than the limit of { $limit } bytes ({ $mib } MiB) for one file; split the text into several files, or move the file out of the site if it is not part of it
file-broken-utf16 = the file starts as UTF-16 ("Unicode") text but does not decode as such; open it and save it with the encoding "UTF-8"
file-utf16 = the file is saved as UTF-16 ("Unicode") text; open it and save it with the encoding "UTF-8"
file-binary = this is a binary file, not text; only Markdown (.md) files belong in content/
file-not-utf8 = not UTF-8 text: line { $line } ("{ $shown }") is in another encoding, probably Latin-1 or Windows-1252 ("ANSI") from an older editor; open the file and save it with the encoding "UTF-8"
file-does-not-exist = `{ $path }` does not exist
file-not-utf8-short = not UTF-8 text
cannot-read-path = cannot read `{ $path }`: { $error }
cannot-read = cannot read: { $error }
cannot-read-help = check that the file or folder exists and that you may read it
io-not-found = it does not exist
io-permission-denied = permission denied
io-already-exists = it already exists
link-loop = a symbolic link here points back to a folder above it, so the folder would contain itself without end
link-loop-help = remove the link, or rename it to start with `_` so that retning skips it
link-outside = this is a link to `{ $target }`, outside the site's folder; retning reads nothing outside the site, so it is not published
link-outside-help = copy what you want to publish into the site's folder instead of linking to it, or remove the link
link-dangling = this is a link to `{ $target }`, which does not exist
link-dangling-help = remove the link, or make it point to a file inside the site's folder

## Links between documents

unknown-reference = unknown { $what ->
        [director] director
        [theme] theme
       *[initiative] initiative
    } `{ $id }`
unknown-reference-none-yet = there is no { $what ->
        [director] director
        [theme] theme
       *[initiative] initiative
    } yet
unknown-reference-known = known: { $known }
unknown-reference-many = check the spelling; there are { $count } known
theme-of-another-strategy = the theme `{ $id }` belongs to another strategy, not to `{ $strategy }`
theme-of-another-strategy-help = add it to the `themes:` of { $file }, or use one of: { $known }
responsible-as-list-help = to name several directors, write a list: `responsible: [{ $list }]`
responsible-name-not-id-help = write the director's id, not the name: `responsible: { $id }`
no-responsible = the initiative `{ $id }` has no responsible director
no-responsible-help = add `responsible: <director id>`
related-to-itself = an initiative cannot be related to itself
related-to-itself-help = remove it from `related`
progress-out-of-range = progress is { $progress }, but it must be a percentage from 0 to 100
progress-out-of-range-help = write e.g. `progress: 40` for 40 %
due-before-start = the due date is before the start date
due-before-start-help = check `start` and `due`
duplicate-director = a second director with the id `{ $id }` (the first is { $other })
duplicate-director-help = give each director a different id
duplicate-strategy = a second strategy with the id `{ $id }` (the first is { $other }); both would be the page /{ $id }/
duplicate-strategy-help = keep one of the two files, or set a different `id` in one of them
period-reversed = the period starts ({ $start }) after it ends ({ $end })
period-reversed-help = swap `start` and `end`
reserved-id = `{ $id }` is reserved for the site's own pages and cannot be a strategy id
reserved-id-help = rename the strategy, e.g. `{ $id }-strategi`; reserved: { $reserved }
invalid-theme-id = `{ $id }` is not a valid theme id: { $rule }
theme-listed-twice = the theme `{ $id }` is listed twice in this strategy
theme-listed-twice-help = remove one of them
theme-title-mismatch = the theme `{ $id }` is titled "{ $here }" here but "{ $first }" in another strategy; the first title is used
theme-title-mismatch-help = give the theme the same title in every strategy
duplicate-initiative = a second initiative with the id `{ $id }` in strategy `{ $strategy }` (the first is at { $other }); both would be the page /{ $strategy }/{ $id }/
duplicate-initiative-help = give one of them a different id
target-equals-baseline = the goal "{ $goal }" has a target equal to its baseline ({ $target }), so progress towards it cannot be measured
target-equals-baseline-help = give the value at the start as `baseline` and the value aimed for as `target`
goal-without-current = the goal "{ $goal }" has no measured value (`current`)
goal-without-current-help = add `current: <latest value>` when it has been measured
unit-curly-quotes = the unit `{ $unit }` has typographic quotes (from a word processor), which are shown on the pages as part of the unit
unit-curly-quotes-help = write the unit without them: `{ $written }`
goal-without-unit = the goal "{ $goal }" has a target but no unit, so its figures are shown as bare numbers
goal-without-unit-help = add the unit, like `unit: "%"`, `unit: mio. kr.` or `unit: deltagere`
strategy-without-period = the strategy `{ $id }` does not say which years it covers yet
strategy-without-period-help = write its years and remove the `#` before the line, like `period: 2026-2029`
budget-overflow = the budget amounts { $what } add up to more than retning can sum exactly (about 7.9 × 10^28)
budget-overflow-help = check the amounts for typing errors, or write them in a larger unit (say `mio. kr.` instead of `kr.`)
budget-of-initiative = of the initiative `{ $id }`
budget-of-strategy = of the strategy `{ $id }` and its initiatives
budget-of-theme = of the theme `{ $id }`
budget-of-director = of the director `{ $id }`
draft-strategy-left-out = the strategy `{ $id }` is a draft: it is not published, nor its { $initiatives } initiative(s)
draft-strategy-included = the strategy `{ $id }` is a draft: `build` leaves it out, and its { $initiatives } initiative(s)
draft-strategy-left-out-help = to publish it, set `status: adopted`; `build --drafts` shows drafts too
draft-strategy-included-help = set `status: adopted` when it is to be published
draft-initiative-left-out = the initiative `{ $id }` is a draft: it is not published
draft-initiative-left-out-help = to publish it, remove `status: draft` (or give its status); `build --drafts` shows drafts too
draft-initiative-included = the initiative `{ $id }` is a draft: `build` leaves it out
draft-initiative-included-help = remove `status: draft` when it is to be published
update-overdue = update overdue: last updated { $last }; reported on every { $every ->
        [month] month
        [quarter] quarter
        [half-year] half-year
       *[year] year
    }{ $grace ->
        [0] {""}
        [one] {" "}and 1 day's grace
       *[other] {" "}and { $grace } days' grace
    }, its next update was due by { $due }
update-overdue-never = update overdue: never updated; reported on every { $every ->
        [month] month
        [quarter] quarter
        [half-year] half-year
       *[year] year
    }{ $grace ->
        [0] {""}
        [one] {" "}and 1 day's grace
       *[other] {" "}and { $grace } days' grace
    }, its first update was due by { $due }
update-overdue-no-date = update overdue: reported on every { $every ->
        [month] month
        [quarter] quarter
        [half-year] half-year
       *[year] year
    }, yet it has no date to count from (no `updated`, no measurements, no `start`)
update-overdue-help = report on it: write today's date in `updated:`, with its new status and measurements

## site.yaml

no-site-yaml-help = a site needs a `site.yaml` at its root; run `retning init` to make a new site
unknown-language = unknown language `{ $language }`
unknown-language-help-guess = { $guess } use one of: da, nb, nn, sv, en
unknown-language-help = use one of: da, nb, nn, sv, en
bad-base-url = `{ $base_url }` is not a usable base_url
bad-base-url-help = write `/` for links relative to the host, or a full address like `https://strategi.example.dk`
bad-theme-name = `{ $theme }` is not a theme folder name
bad-theme-name-help = name a folder under `themes/`, like `theme: kommune`
not-a-web-address = `{ $value }` is not a web address
accessibility-statement-address-help = write the full address of the statement, starting with `https://`, like `https://was.digst.dk/strategi-example-dk`
bad-data-licence = `{ $value }` is neither a licence id (SPDX) nor a web address
bad-data-licence-help = write a licence id such as { $names }, or the licence's address starting with `https://`
bad-readability = `readability: { $value }` is not a setting
bad-readability-help = write `readability: off`, or `readability: {"{"} lix_warn: 55 {"}"}`
no-accessibility-statement = the site links no accessibility statement (`accessibility_statement` in site.yaml), which a public body's site must
no-accessibility-statement-help = { $country ->
        [da] make the statement in Digitaliseringsstyrelsen's WAS-Tool and link it: `accessibility_statement: https://was.digst.dk/{ $domain }`
        [nb] publish the statement on uustatus.no and link it: `accessibility_statement: https://uustatus.no/nb/erklaringer/publisert/<id>`
        [sv] publish the statement (tillgänglighetsredogörelse) on the site and link it: `accessibility_statement: https://<your-site>/tillganglighet`
       *[en] publish the accessibility statement and link it: `accessibility_statement: https://<your-site>/accessibility`
    }
relative-base-url = `base_url: { $base_url }` is not a full address, so the feeds (atom.xml, revisions.xml), the sitemap (sitemap.xml) and the data catalogue (data/catalog.ttl) are left out, and addresses in the open data and in badges' embed codes have no host
relative-base-url-help = write the site's full address, like `base_url: https://strategi.example.dk`

## Themes, templates and Markdown

theme-missing = the theme `{ $name }` does not exist: there is no folder themes/{ $name }/
theme-missing-help = create the folder, or remove `theme:` to use the built-in theme
template-error = a template could not be used: { $detail }
template-error-help = check the template against the template reference in docs/templates.md
broken-link = the link `{ $link }` points to no document
broken-link-same-name-help = from this file the document is linked as `{ $links }`
broken-link-help = link to another document's .md file by its path relative to this file
unsafe-link = the link `{ $link }` was left out: its kind of address is not allowed
unsafe-link-help = link to a web page (https://...), an e-mail address (mailto:...), a phone number (tel:...) or another page of the site
rebuild-superseded = the rebuild was stopped for a later change
long-paragraph = a paragraph of { $words } words is long to read on a screen
long-paragraph-help = split it into paragraphs of one point each
long-sentence = a sentence of { $words } words is hard to follow
long-sentence-help = split it in two or three; one point per sentence
long-sentence-named = line { $line } ({ $words } words: “{ $start } …”)
hard-text = the text is { $level ->
        [very-easy] very easy
        [easy] easy
        [medium] medium
        [hard] hard
       *[very-hard] very hard
    } to read: LIX { $score } (the site warns above { $most })
hard-text-help = use shorter sentences and everyday words{ $count ->
        [0] {""}
        [1] ; the longest sentences: { $first }
        [2] ; the longest sentences: { $first }, { $second }
       *[other] ; the longest sentences: { $first }, { $second }, { $third }
    }

## Writing the site

output-folder-help = choose an output folder of its own, such as `public` (the default)
output-is-site = the output folder `{ $output }` is or contains the site itself; building there would delete the site's files
output-in-sources = the output folder `{ $output }` is inside the site's `{ $folder }/` folder
output-is-file = `{ $output }` is a file, not a folder
output-not-ours = `{ $output }` holds files that retning did not write; it will not replace them
output-other-site = `{ $output }` was written by retning for another site (`{ $site }`); it will not replace it
output-foreign-marker = `{ $output }` has a marker file that retning did not write; it will not replace the folder
output-not-ours-help = empty or remove the folder yourself, or choose another output folder
static-replaces-folder = the static file would take the place of the generated folder `/{ $dest }/`
static-needs-folder = the static file needs a folder `/{ $name }/`, but `/{ $name }` is a file of the site
static-replaces-file = the static file would replace the generated `/{ $dest }`
static-conflict-help = rename or move the static file; generated pages cannot be replaced from static/
write-failed = { $what }: { $error }
write-failed-help = check that the folder is writable and the disk is not full
write-create-parent = cannot create the output's parent folder
write-remove-leftover = cannot remove a leftover folder of an earlier build
write-create-staging = cannot create the staging folder
write-file = cannot write { $path }
write-copy = cannot copy { $path }
write-marker = cannot write the marker file
write-move-aside = cannot move the old site aside
write-move-in = cannot move the new site into place
write-restore-failed = cannot move the site left in `{ $folder }` back in place: { $error }
write-restore-failed-help = move it back yourself, or remove it and build again
lock-failed = { $what ->
        [create-folder] cannot create the folder of
        [open] cannot open the lock file
       *[lock] cannot lock
    } `{ $path }`: { $error }
lock-failed-help = check that the folder is writable
output-locked = another retning build is writing `{ $output }` right now
output-locked-help = wait for it to finish and build again, or leave out --no-wait to wait for it
rebuild-panicked = retning failed while rebuilding: { $detail }
rebuild-panicked-help = this is a bug in retning; save a file again to retry

## retning serve

serve-cannot-use-folder = cannot use the folder `{ $folder }`: { $error }
serve-cannot-listen = cannot listen on { $address }: { $error } (is another server using the port? choose another with --port)
serve-cannot-start = cannot start the server on { $address }: { $error }
serve-no-ctrl-c = Ctrl-C will not stop the server cleanly: { $error }
serve-no-file-events = the system's file events are not available ({ $why }); watching by polling every { $ms } ms instead
serve-polling = watching by polling every { $ms } ms
serve-no-native-watcher = the system refused: { $error }
serve-cannot-poll = cannot watch files even by polling: { $error }
serve-cannot-watch = cannot watch { $path }: { $error }
serve-watch-failed = cannot watch the site's files: { $error }
serve-built = built { $pages } pages ({ $files } files) in { $ms } ms
serve-has-errors = the site has errors; every page shows them until they are fixed
serve-polling-from-now = { $error }; watching by polling from now on
serve-watching = watching { $names } for changes
serve-open-to-network = listening on { $address }: other machines that can reach this one can see the site
serve-serving = Serving the site at { $url } (Ctrl-C to stop)
serve-watch-error = file watching: { $error }
serve-changed = changed: { $files }
serve-superseded = a later change came in; building again
serve-stopped = stopped
serve-errors-fixed = the errors are fixed
serve-steps = steps: { $steps }
serve-rebuilt = rebuilt { $rendered } of { $pages } pages in { $ms } ms ({ $changed } files changed)
serve-errors-count = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }; serving the last version without errors until they are fixed
serve-no-browser = could not open a browser ({ $program }: { $error })
serve-no-browser-open-yourself = could not open a browser ({ $program }: { $error }); open { $url } yourself
panel-title = retning: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    } — showing the last version without errors
panel-advice = Fix the files below; this page reloads by itself when they build.

## serve: what the preview answers a browser that is not shown a page
serve-page-not-built-title = retning: the site has errors
serve-page-not-built-heading = The site could not be built yet
serve-page-not-built-text = When the errors are fixed, this page reloads by itself.
serve-http-not-found = There is no page at this address
serve-http-method = this preview answers only GET and HEAD requests
serve-http-other-host = this preview answers only for the addresses localhost and 127.0.0.1, not for `{ $host }` (start it with --bind to show the site under other names)
serve-http-bad-request = this address cannot be read

## retning new and retning init

not-a-site = `{ $root }` is not a retning site: it has no site.yaml
not-a-site-help = run retning in the site's folder, or give it with --root; `retning init DIR` makes a new site
new-cannot-write = cannot write `{ $path }`: { $error }
new-strategy-option-misplaced = --strategy is only for initiatives, not for a { $kind }
new-strategy-option-misplaced-help = leave out --strategy: retning new { $kind } { $id }
init-is-file = `{ $dir }` is a file, not a folder
init-is-file-help = give the name of a new folder for the site
init-not-empty = the folder `{ $dir }` is not empty
init-not-empty-help = retning init only writes into a new or empty folder, so it never overwrites anything; give the name of a new folder, like `retning init strategier`
new-id-rule = an id is lowercase letters a–z, digits and `-` (no spaces, no æ, ø, å); it becomes the file name and the web address
new-id-rule-suggestion = an id is lowercase letters a–z, digits and `-` (no spaces, no æ, ø, å); it becomes the file name and the web address; did you mean `{ $suggestion }`? retning new { $kind } { $suggestion }
new-invalid-id = `{ $id }` is not a valid id
new-reserved-id-help = choose another id, like `{ $id }-strategi`; reserved: { $reserved }
new-index-id = `index` cannot be an initiative id: index.md in a strategy folder is the strategy itself
new-choose-another-id = choose another id
new-exists = `{ $path }` already exists
new-never-overwrites-help = retning never overwrites a file: choose another id, or edit the existing file
new-director-exists = there is already a director with the id `{ $id }`
new-strategies-guess = { $guess } strategies: { $names }
new-no-strategies-yet = the site has no strategies yet; make one first: retning new strategy { $id }
new-strategies = strategies: { $names }
new-no-such-strategy = there is no strategy `{ $id }` in content/
new-no-strategy = the site has no strategy to put the initiative in
new-no-strategy-help = make a strategy first: retning new strategy ID
new-which-strategy = the site has { $count } strategies; say which one the initiative belongs to
new-which-strategy-help = add --strategy, like: retning new initiative { $id } --strategy { $first }  (strategies: { $names })
new-inline-exists = the strategy `{ $strategy }` already has an initiative `{ $id }` (written inline in { $file })
new-inline-exists-help = choose another id, or edit the inline initiative

## The terminal

unknown-message-language = messages in `{ $language }` are not available; using another language (da, nb, nn, sv, en are)
usage-unknown-command = `{ $command }` is not a retning command (build, serve, new, init, check)
usage-unknown-option = `{ $option }` is not an option here
usage-invalid-value = `{ $value }` is not a value for { $option }; it takes: { $allowed }
usage-unusable-value = `{ $value }` cannot be used for { $option }
usage-missing = { $what } must be given
usage-conflict = { $option } cannot be used together with { $other }
usage-see-help = `retning --help` lists the commands and their options
build-warnings-cut = { $warnings } warnings; the first { $shown } are shown, `retning check` lists them all
bad-since = `--since { $value }` is neither a date nor a tag of the site's git repository
bad-since-help = write a date like `--since 2013-01-01`, or the name of a tag (`git tag` lists them)
build-waiting = another retning build is writing { $output } right now; waiting for it to finish (--no-wait fails instead)
build-done = built { $pages } pages ({ $files } files) into { $output } in { $ms } ms
build-nothing-written-kept = nothing was written; the last good site in { $output } is unchanged
build-nothing-written = nothing was written; there is no earlier site in { $output }
check-no-problems = no errors
progress-doing = { $doing ->
        [building] building
       *[checking] checking
    }
progress-stage = { $stage ->
        [load] reading files
        [link] linking
        [render] rendering pages
       *[write] writing
    }
new-picked-strategy = the site has one strategy, `{ $strategy }`; the initiative goes there
new-converted = moved { $from } to { $to } so the strategy can have initiative files beside it (same page, same address)
new-links-adjusted = { $links ->
        [one] {"  "}and adjusted 1 .md link in it to the new place
       *[other] {"  "}and adjusted { $links } .md links in it to the new place
    }
new-created = created { $file }
new-fill-in = open it in a text editor and fill it in; the notes after # explain each line (in `{ $language }`, the site language)
init-ask-base-url = The site's address, like https://strategi.example.org (Enter: fill it in later in site.yaml):{" "}
init-ask-base-url-hint = write the whole address, starting with https://
init-made = made a new site in { $dir }:
init-next = next:
    {"  "}cd { $dir }
    {"  "}retning serve     (preview at http://127.0.0.1:1111, updates as you save)
    {"  "}retning build     (writes the site into public/)
lix-level = { $level ->
        [very-easy] very easy
        [easy] easy
        [medium] medium
        [hard] hard
       *[very-hard] very hard
    }
readability-summary = readability (LIX; under 35 easy, 55 and over very hard): median { $median } over { $texts } texts
readability-hardest = {"  "}the { $count } hardest:
history-unavailable = history: not shown on the pages, because { $reason ->
        [not-in-git] the site's folder is not in a git repository
        [shallow] the git repository is a shallow clone without the older commits (clone it whole, e.g. `fetch-depth: 0` in GitHub Actions)
        [no-commits] the git repository has no commits yet
       *[unreadable] the git repository could not be read: { $detail }
    }
overdue-summary = update overdue: { $count ->
        [one] 1 initiative needs an update
       *[other] { $count } initiatives need an update
    }
overdue-no-director = (no responsible director)
overdue-due-by = , due by { $due }

## --help

cli-usage = Usage:
cli-commands = Commands:
cli-arguments = Arguments:
cli-options = Options:
cli-help-flag = Print help
cli-version-flag = Print version
cli-about = retning: turns strategy documents (Markdown with YAML front matter) into a website
cli-quiet = Print only errors
cli-verbose = Print more about what happens
cli-lang = The language of messages (da, nb, nn, sv, en); default: the site's language
cli-build-about = Build the site into the output folder
cli-build-root = The site's folder (with site.yaml)
cli-build-output = Where to write the site (default: `public` in the site's folder)
cli-build-no-wait = Fail at once, instead of waiting, when another build is writing the same output folder
cli-build-drafts = Publish draft strategies (`status: draft`) too; they are left out otherwise
cli-build-since = The changes page lists what changed since this date (YYYY-MM-DD) or git tag (default: the start of the reporting period before the current one)
cli-serve-about = Build the site and serve it on this machine, rebuilding (and reloading the browser) when a file changes
cli-serve-root = The site's folder (with site.yaml)
cli-serve-port = The port to listen on (0: any free port)
cli-serve-bind = The address to listen on. Only this machine can connect to the default; 0.0.0.0 lets other machines in
cli-serve-open = Open the site in the default browser
cli-serve-poll = Watch files by polling instead of the system's file events (for network drives and containers where those do not arrive; also RETNING_WATCH_POLL=1)
cli-new-about = Make a new strategy, initiative or director file, with notes explaining each line in the site's language
cli-new-kind = What to make
cli-new-id = Its id: lowercase letters a-z, digits and `-` (the file name and the web address), like `bedre-cykelstier`
cli-new-strategy = The strategy an initiative belongs to (not needed when there is only one)
cli-new-root = The site's folder (with site.yaml)
cli-init-about = Make a new site, ready to build, in a new or empty folder
cli-init-dir = The folder for the new site (made if it does not exist; must be empty)
cli-init-language = The site's language: texts on the pages, number and date formats, notes in the files
cli-init-title = The site's title (can be changed later in site.yaml)
cli-init-organisation = The publishing organisation (can be changed later in site.yaml)
cli-init-base-url = The site's address, like https://strategi.kommune.dk (can be changed later in site.yaml; without it links start with `/` and there is no data catalogue)
cli-init-accessibility-statement = The address of the site's accessibility statement (in Denmark made in WAS-Tool, in Norway on uustatus.no); a public body's site must link one
cli-check-about = Check the site for errors and warnings without writing anything
cli-check-root = The site's folder (with site.yaml)
cli-check-strict = Fail on warnings too
cli-check-format = How to print problems

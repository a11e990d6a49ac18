//! Public-sector features: full-text search (the search index, read back here the way
//! the search page's script reads it), accessible SVG charts, the print page, the JSON
//! Schema of `/data/site.json`, and page meta (Open Graph).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::support::*;

// ---------------------------------------------------------------------------------
// A reader of the search index that matches as themes/default/static/search.js does:
// a query word matches the longest stem that is a prefix of it (at least three letters,
// or the whole word) and, from three letters on, the stems that start with it; every
// word of the query must match.
// ---------------------------------------------------------------------------------

struct Index {
    dir: PathBuf,
    language: String,
    /// url, title, kind, context.
    docs: Vec<[String; 4]>,
}

fn shard_of(word: &str) -> String {
    word.chars().take(2).map(|c| format!("{:x}", c as u32)).collect::<Vec<_>>().join("-")
}

impl Index {
    fn open(public: &Path) -> Index {
        let dir = public.join("search/index");
        let meta: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join("docs.json")).expect("docs.json"),
        )
        .expect("docs.json is JSON");
        let docs = meta["docs"]
            .as_array()
            .expect("docs")
            .iter()
            .map(|d| {
                let d = d.as_array().expect("doc");
                std::array::from_fn(|i| d[i].as_str().expect("text").to_string())
            })
            .collect();
        Index { dir, language: meta["lang"].as_str().expect("lang").to_string(), docs }
    }

    fn shard(&self, name: &str) -> BTreeMap<String, Vec<u64>> {
        match std::fs::read_to_string(self.dir.join(format!("{name}.json"))) {
            Ok(text) => {
                let value: serde_json::Value = serde_json::from_str(&text).expect("shard is JSON");
                value
                    .as_object()
                    .expect("object")
                    .iter()
                    .map(|(k, v)| {
                        (
                            k.clone(),
                            v.as_array()
                                .expect("postings")
                                .iter()
                                .map(|n| n.as_u64().expect("n"))
                                .collect(),
                        )
                    })
                    .collect()
            }
            Err(_) => BTreeMap::new(),
        }
    }

    /// Every stem of the index.
    fn stems(&self) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        for entry in std::fs::read_dir(&self.dir).expect("index dir").flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if let Some(shard) = name.strip_suffix(".json").filter(|n| *n != "docs") {
                out.extend(self.shard(shard).into_keys());
            }
        }
        out
    }

    /// URLs of the documents the query finds, sorted.
    fn find(&self, query: &str) -> Vec<String> {
        let mut found: Option<BTreeSet<u64>> = None;
        let words: Vec<String> = query
            .to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 2)
            .map(String::from)
            .collect();
        if words.is_empty() {
            return Vec::new();
        }
        for word in words {
            let length = word.chars().count();
            let table = self.shard(&shard_of(&word));
            let longest = table
                .keys()
                .filter(|stem| {
                    word.starts_with(stem.as_str()) && (stem.chars().count() >= 3 || **stem == word)
                })
                .map(|stem| stem.chars().count())
                .max()
                .unwrap_or(0);
            let mut hits = BTreeSet::new();
            for (stem, postings) in table {
                let stem_length = stem.chars().count();
                let inflected = longest > 0 && stem_length == longest && word.starts_with(&stem);
                let typing = length >= 3 && stem.starts_with(&word) && stem != word;
                if inflected || typing {
                    hits.extend(postings.chunks(2).map(|p| p[0]));
                }
            }
            found = Some(match found {
                None => hits,
                Some(before) => before.intersection(&hits).copied().collect(),
            });
        }
        let mut urls: Vec<String> = found
            .unwrap_or_default()
            .into_iter()
            .map(|d| self.docs[d as usize][0].clone())
            .collect();
        urls.sort();
        urls
    }
}

fn search_site() -> Site {
    let site = Site::from_fixture("search");
    site.build_ok();
    site
}

// --- search -----------------------------------------------------------------------

#[test]
fn danish_inflected_forms_find_the_page_with_the_stem() {
    let site = search_site();
    let index = Index::open(&site.public());
    assert_eq!(index.language, "da");
    // The page says "borger"; the query says "borgerne".
    assert_eq!(index.find("borgerne"), ["/kommuneplan/dialog/"]);
    assert_eq!(index.find("Borgerne"), ["/kommuneplan/dialog/"]);
    // "strategi" in the text; "strategierne" in the query.
    assert_eq!(index.find("strategierne"), ["/kommuneplan/cykelstier/"]);
    assert_eq!(index.find("strategi"), ["/kommuneplan/cykelstier/"]);
    // And the other way round: "legepladserne" in the text, "legeplads" in the query.
    assert_eq!(index.find("legeplads"), ["/kommuneplan/skoler/"]);
    // The index holds stems, not the inflected forms.
    let stems = index.stems();
    assert!(!stems.contains("borgerne") && !stems.contains("legepladserne"), "{stems:?}");
    assert!(index.find("xyzzy").is_empty());
    // Every word must match.
    assert!(index.find("borgerne legeplads").is_empty());
}

#[test]
fn norwegian_swedish_and_english_sites_are_stemmed_in_their_language() {
    for (lang, query) in
        [("nb", "strategiene"), ("nn", "strategiane"), ("sv", "strategierna"), ("en", "strategies")]
    {
        let site = Site::from_fixture("search");
        site.edit("site.yaml", "language: da", &format!("language: {lang}"));
        site.build_ok();
        let index = Index::open(&site.public());
        assert_eq!(index.language, lang);
        assert_eq!(index.find(query), ["/kommuneplan/cykelstier/"], "{lang}: {query}");
    }
}

#[test]
fn search_covers_strategies_initiatives_themes_and_directors_only() {
    let site = search_site();
    let index = Index::open(&site.public());
    // 1 strategy, 5 initiatives, 2 themes, 1 director; no index, status or search page.
    let urls: BTreeSet<String> = index.docs.iter().map(|d| d[0].clone()).collect();
    let want: BTreeSet<String> = [
        "/kommuneplan/",
        "/kommuneplan/dialog/",
        "/kommuneplan/cykelstier/",
        "/kommuneplan/skoler/",
        "/kommuneplan/skolestruktur/",
        "/kommuneplan/bofaellesskab/",
        "/themes/naerdemokrati/",
        "/themes/mobilitet/",
        "/directors/anne/",
    ]
    .map(String::from)
    .into();
    assert_eq!(urls, want);
    assert_eq!(index.docs.len(), 9);
    // Titles, goals, actions, theme titles, names are all searchable.
    assert_eq!(index.find("deltagere"), ["/kommuneplan/dialog/"]); // a goal
    assert_eq!(index.find("kryds"), ["/kommuneplan/cykelstier/"]); // an action
    assert_eq!(index.find("holm"), ["/directors/anne/"]);
    assert_eq!(index.find("mobilitet"), ["/kommuneplan/", "/themes/mobilitet/"]);
    // Kind and context are shown with each result; they are not searched text (else
    // every initiative would match its strategy's title).
    let dialog = index.docs.iter().find(|d| d[0] == "/kommuneplan/dialog/").expect("dialog");
    assert_eq!(dialog[1], "Dialogmøder i lokalområderne");
    assert_eq!(dialog[2], "Initiativ");
    assert_eq!(dialog[3], "Kommuneplan 2030");
    assert!(index.find("kommuneplan").iter().all(|u| u == "/kommuneplan/"));
}

#[test]
fn search_index_is_local_and_reproducible() {
    let site = search_site();
    let files = file_list(&site.public().join("search"));
    for needed in ["index.html", "index/docs.json"] {
        assert!(files.iter().any(|f| f == needed), "{needed} in {files:?}");
    }
    assert!(site.exists("static/search.js"));
    let script = site.read("static/search.js");
    assert!(!script.contains("http://") && !script.contains("https://"), "nothing from elsewhere");
    // The same site gives the same index, byte for byte.
    let again = tempfile::tempdir().expect("temp dir");
    let out = again.path().join("out");
    assert!(site.build_to(&out).status.success());
    assert_eq!(snapshot(&site.public().join("search")), snapshot(&out.join("search")));
}

#[test]
fn every_page_has_a_search_form_and_the_search_page_works_without_javascript() {
    let site = search_site();
    for page in [
        "index.html",
        "kommuneplan/index.html",
        "kommuneplan/dialog/index.html",
        "themes/index.html",
        "themes/mobilitet/index.html",
        "directors/anne/index.html",
        "status/index.html",
        "print/kommuneplan/index.html",
        "404.html",
    ] {
        let html = site.read(page);
        let form = between(&html, "<form class=\"site-search\"", "</form>");
        assert!(form.contains("role=\"search\" action=\"/search/\""), "{page}: {form}");
        assert!(
            form.contains("<label class=\"visually-hidden\" for=\"site-search-input\">Søg i strategierne</label>"),
            "{page}: {form}"
        );
        assert!(form.contains("id=\"site-search-input\" type=\"search\" name=\"q\""), "{page}");
        assert!(form.contains("<button class=\"site-search__button\" type=\"submit\">Søg</button>"));
    }
    let search = site.page("/search/");
    // One search form on the search page: its own, labelled.
    assert_eq!(search.matches("role=\"search\"").count(), 1);
    assert!(search.contains(
        "<label class=\"search-form__label\" for=\"search-input\">Søg i strategierne</label>"
    ));
    assert!(search.contains("<form class=\"search-form\" role=\"search\" action=\"/search/\""));
    let noscript = between(&search, "<noscript>", "</noscript>");
    assert!(noscript.contains("Søgningen kræver JavaScript."), "{noscript}");
    let links: Vec<String> = links(noscript).into_iter().map(|(url, _)| url).collect();
    assert_eq!(links, ["/", "/themes/", "/directors/", "/status/"]);
    assert!(search.contains("role=\"status\" aria-live=\"polite\""));
    assert!(search.contains("data-bundle=\"/search/index/\""));
    assert!(search.contains("<script src=\"/static/search.js\" defer></script>"));
    // Opened from disk, the page says search needs the site served (disk.js shows it).
    let on_disk =
        between(&search, "<div class=\"search-fallback\" id=\"search-on-disk\" hidden>", "</div>");
    assert!(on_disk.contains("Søgningen virker, når siden ligger på en webserver"), "{on_disk}");
    assert!(search.contains("<script src=\"/static/disk.js\" defer></script>"));
    assert!(search.contains("<title>Søg – Søgekommune – strategier</title>"));
}

#[test]
fn search_and_print_are_reserved_strategy_ids() {
    for id in ["search", "print"] {
        let site = Site::from_fixture("search");
        site.file(&format!("content/{id}.md"), "---\ntitle: Forkert\n---\nTekst.\n");
        let err = site.build_err();
        assert!(
            err.contains(&format!("`{id}` is reserved for the site's own pages")),
            "{id}: {err}"
        );
    }
}

// --- charts -----------------------------------------------------------------------

/// The `<svg ...>...</svg>` with this id.
fn svg<'a>(html: &'a str, id: &str) -> &'a str {
    let start = html
        .find(&format!("id=\"{id}\" role=\"img\""))
        .and_then(|at| html[..at].rfind("<svg "))
        .unwrap_or_else(|| panic!("no chart {id}"));
    let end = start + html[start..].find("</svg>").expect("</svg>") + "</svg>".len();
    &html[start..end]
}

/// Checks what every chart must have: a name and description it points to, no
/// script, no coordinates with more than two decimals.
fn assert_accessible_chart(svg: &str, id: &str) {
    assert!(
        svg.contains(&format!("role=\"img\" aria-labelledby=\"{id}-title {id}-desc\"")),
        "{svg}"
    );
    assert!(svg.contains(&format!("<title id=\"{id}-title\">")), "{svg}");
    assert!(svg.contains(&format!("<desc id=\"{id}-desc\">")), "{svg}");
    assert!(!svg.contains("<script") && !svg.contains(" on"), "{svg}");
    for attr in ["x", "y", "width", "height", "cx", "cy", "x1", "x2", "y1", "y2"] {
        for part in svg.split(&format!(" {attr}=\"")).skip(1) {
            let value = &part[..part.find('"').expect("closing quote")];
            let decimals = value.split_once('.').map_or(0, |(_, d)| d.len());
            assert!(value.parse::<f64>().is_ok() && decimals <= 2, "{attr}=\"{value}\" in {svg}");
        }
    }
}

#[test]
fn strategy_page_has_a_budget_chart_beside_its_table_and_theme_progress_once() {
    let site = search_site();
    let html = site.page("/kommuneplan/");
    let budget = svg(&html, "budget-chart");
    assert_accessible_chart(budget, "budget-chart");
    assert!(
        budget.contains(">Budget pr. år: planlagt og realiseret (mio. kr.)</title>"),
        "{budget}"
    );
    // Strategy line 2.5 + initiative line 2.5 (exact: 5.0), realised 1.2 + 1.2.
    assert!(
        budget.contains("2026: Planlagt: 5,0\u{a0}mio. kr.; Realiseret: 2,4\u{a0}mio. kr. 2027: Planlagt: 4\u{a0}mio. kr.</desc>"),
        "{budget}"
    );
    // Realised bars are hatched, planned ones solid: colour is not the only cue.
    assert!(budget.contains("<pattern id=\"budget-chart-hatch\""));
    assert_eq!(budget.matches("class=\"chart__bar chart__bar--realised\"").count(), 2); // bar + legend
                                                                                        // The same numbers in the table right after it.
    let html = without_data_labels(&html);
    let after = &html[html.find("id=\"budget-chart\"").expect("chart")..];
    assert!(after.contains("<table class=\"budget stack\">"));
    assert!(after.contains(">5,0\u{a0}mio. kr.</td>"), "budget table");
    // The total (9,0) is the strategy's own line (2,5) and its initiatives' (2,5 + 4):
    // said, and both listed, the initiatives' with links.
    assert!(after.contains("summen af strategiens egne budgetlinjer og initiativernes"));
    assert!(after.contains("<caption>Strategiens egne budgetlinjer</caption>"));
    let from = &after
        [after.find("<caption>Budgetlinjer fra initiativerne</caption>").expect("their lines")..];
    assert!(from.contains("<a href=\"/kommuneplan/cykelstier/\">Flere cykelstier</a></th><td>2026</td><td></td><td class=\"num\">2,5\u{a0}mio. kr.</td>"), "{from}");
    assert!(
        from.contains("<td>2027</td><td></td><td class=\"num\">4\u{a0}mio. kr.</td>"),
        "{from}"
    );

    // Progress by theme in one form: the table, a bar in each row (no chart above it
    // repeating the numbers in another style).
    assert!(!html.contains("theme-chart"), "a second form of the theme progress");
    let table = &html[html.find("<table class=\"by-theme stack\">").expect("the table")..];
    let table = &table[..table.find("</table>").unwrap()];
    assert!(table.contains(">44\u{a0}%</") && table.contains(">30\u{a0}%</"), "{table}");
    assert!(html.contains("<table class=\"by-theme stack\">"));
}

#[test]
fn initiative_page_has_a_history_chart_per_goal() {
    let site = search_site();
    let html = site.page("/kommuneplan/dialog/");
    let chart = svg(&html, "i-dialog-goal-1");
    assert_accessible_chart(chart, "i-dialog-goal-1");
    assert!(chart.contains(">Udvikling over tid: Flere deltagere i dialogmøderne</title>"));
    assert!(
        chart.contains("15. januar 2026: 40\u{a0}deltagere. 15. april 2026: 75\u{a0}deltagere. Udgangspunkt: 40\u{a0}deltagere. Målværdi: 120\u{a0}deltagere.</desc>"),
        "{chart}"
    );
    assert_eq!(chart.matches("<circle").count(), 2);
    assert!(chart.contains("class=\"chart__target\""));
    assert!(html.contains("<table class=\"history stack\">"));
    // No goal history, no chart.
    assert!(!site.page("/kommuneplan/skoler/").contains("<svg class=\"chart"));
}

#[test]
fn theme_and_director_pages_have_budget_charts() {
    let site = search_site();
    for url in ["/themes/mobilitet/", "/directors/anne/"] {
        let html = site.page(url);
        assert_accessible_chart(svg(&html, "budget-chart"), "budget-chart");
    }
    // A theme without budget lines has none.
    assert!(!site.page("/themes/naerdemokrati/").contains("budget-chart"));
}

/// Every `id="..."` on a page, with how often it occurs.
fn ids(html: &str) -> BTreeMap<&str, usize> {
    let mut out = BTreeMap::new();
    for part in html.split(" id=\"").skip(1) {
        *out.entry(&part[..part.find('"').expect("quote")]).or_insert(0) += 1;
    }
    out
}

#[test]
fn ids_are_unique_and_aria_references_resolve_on_every_page() {
    let site = search_site();
    let example = tempfile::tempdir().expect("temp dir");
    let out = build_at(&example_site(), &example.path().join("public"));
    assert!(out.status.success(), "{}", stderr(&out));
    for root in [site.public(), example.path().join("public")] {
        for file in file_list(&root).iter().filter(|f| f.ends_with(".html")) {
            let html = std::fs::read_to_string(root.join(file)).expect("read");
            let ids = ids(&html);
            let twice: Vec<_> = ids.iter().filter(|(_, n)| **n > 1).collect();
            assert!(twice.is_empty(), "{file}: duplicate ids {twice:?}");
            for part in html.split("aria-labelledby=\"").skip(1) {
                for id in part[..part.find('"').expect("quote")].split_whitespace() {
                    assert!(ids.contains_key(id), "{file}: aria-labelledby names missing id {id}");
                }
            }
        }
    }
}

// --- print ------------------------------------------------------------------------

#[test]
fn print_page_has_the_whole_strategy_and_is_linked_from_it() {
    let site = search_site();
    let strategy = site.page("/kommuneplan/");
    assert!(
        strategy.contains("<a href=\"/print/kommuneplan/\">Hele strategien på én side</a>"),
        "print link"
    );
    let html = site.page("/print/kommuneplan/");
    let main = main_of(&html);
    assert!(main.contains("<h1>Kommuneplan 2030</h1>"));
    assert!(main.contains("Planen beskriver kommunens retning frem mod 2030."));
    // Sections by theme, each initiative in full: text, goals, actions, budget.
    assert!(main.contains(">Nærdemokrati</h2>") && main.contains(">Mobilitet</h2>"));
    for (title, text) in [
        ("Dialogmøder i lokalområderne", "Hver borger kan komme til et dialogmøde"),
        ("Flere cykelstier", "Kommunen lægger en strategi for nye cykelstier"),
        ("Renovering af skolerne", "Skolerne i kommunen renoveres"),
    ] {
        assert!(main.contains(&format!(">{title}</h3>")), "{title}");
        assert!(main.contains(text), "{text}");
    }
    assert!(main.contains("Flere deltagere i dialogmøderne")); // goal
    assert!(main.contains("i-dialog-goal-1")); // its chart, with an id of its own
    assert!(main.contains("Kortlægge de farligste kryds")); // action
    assert!(main.contains("1 af 2 handlinger gennemført"));
    assert!(main.contains(">4\u{a0}mio. kr.</td>")); // an initiative's budget line
    assert!(main.contains("id=\"budget-chart\"")); // the strategy's budget chart
                                                   // Not a page of its own for search engines and the sitemap.
    site.edit("site.yaml", "base_url: /", "base_url: https://strategi.test.dk");
    site.build_ok();
    assert!(!site.read("sitemap.xml").contains("/print/"));
    assert_eq!(
        breadcrumbs(&html),
        pairs(&[
            ("/", "Forside"),
            ("/kommuneplan/", "Kommuneplan 2030"),
            ("/print/kommuneplan/", "Hele strategien på én side")
        ])
    );
}

/// Heading levels in the order they appear in `html`.
fn heading_levels(html: &str) -> Vec<u8> {
    html.match_indices("<h")
        .filter_map(|(at, _)| html.as_bytes().get(at + 2).filter(|b| b.is_ascii_digit()))
        .map(|b| b - b'0')
        .collect()
}

/// The `id` attributes of `html`, in order.
fn id_attributes(html: &str) -> Vec<&str> {
    html.match_indices(" id=\"").map(|(at, _)| html[at + 5..].split('"').next().unwrap()).collect()
}

#[test]
fn print_page_puts_an_initiatives_own_headings_under_its_title() {
    let site = Site::from_fixture("search");
    site.edit(
        "content/kommuneplan/skoler.md",
        "Skolerne i kommunen renoveres, og legepladserne fornyes.",
        "Skolerne i kommunen renoveres.\n\n# Baggrund\n\nGamle bygninger.\n\n\
         ## Økonomi\n\nSe [budgettet](#detaljer).\n\n#### Detaljer\n\nFlere tal.",
    );
    site.build_ok();
    // On its own page the body's headings follow the page's <h1>, one level down as
    // the text uses `#`, each with an id from its text.
    let own = main_of(&site.page("/kommuneplan/skoler/")).to_string();
    assert!(own.contains("<h2 id=\"baggrund\">Baggrund</h2>"), "{own}");
    assert!(own.contains("<h3 id=\"okonomi\">Økonomi</h3>"), "{own}");
    assert!(own.contains("<h5 id=\"detaljer\">Detaljer</h5>"), "{own}");
    assert!(own.contains("<a href=\"#detaljer\">budgettet</a>"), "{own}");
    // On the print page the initiative is an <h3>, so its headings are <h4> and below,
    // and no heading inside it goes back up to the level of its section or title.
    let html = site.page("/print/kommuneplan/");
    let article = between(&html, "id=\"initiative-skoler\"", "</article>");
    assert!(article.contains(">Renovering af skolerne</h3>"), "{article}");
    assert!(article.contains(">Baggrund</h4>"), "{article}");
    assert!(article.contains(">Økonomi</h5>"), "{article}");
    assert!(article.contains(">Detaljer</h6>"), "{article}");
    let levels = heading_levels(article);
    assert_eq!(levels[0], 3, "{levels:?}");
    assert!(levels[1..].iter().all(|&l| l >= 4), "{levels:?}");
    // Its ids are its own on the page, and its link to its heading still leads there.
    assert!(article.contains("<h6 id=\"initiative-skoler--detaljer\">"), "{article}");
    assert!(
        article.contains("<a href=\"#initiative-skoler--detaljer\">budgettet</a>"),
        "{article}"
    );
    let all = id_attributes(&html);
    let unique: BTreeSet<&str> = all.iter().copied().collect();
    assert_eq!(all.len(), unique.len(), "{all:?}");
    // The whole page: one <h1>, then nothing above <h2>.
    let levels = heading_levels(main_of(&html));
    assert_eq!(levels.iter().filter(|&&l| l == 1).count(), 1, "{levels:?}");
}

#[test]
fn a_link_to_a_heading_of_another_document_finds_its_id() {
    let site = Site::from_fixture("search");
    site.edit(
        "content/kommuneplan/skoler.md",
        "Skolerne i kommunen renoveres, og legepladserne fornyes.",
        "Skolerne i kommunen renoveres.\n\n## Mål for legepladserne\n\nNye legepladser.",
    );
    site.edit(
        "content/kommuneplan/dialog.md",
        "Hver borger kan komme til et dialogmøde",
        "Se [målet](skoler.md#maal-for-legepladserne). Hver borger kan komme til et dialogmøde",
    );
    site.build_ok();
    let from = site.page("/kommuneplan/dialog/");
    assert!(
        from.contains("<a href=\"/kommuneplan/skoler/#maal-for-legepladserne\">målet</a>"),
        "{from}"
    );
    let to = site.page("/kommuneplan/skoler/");
    assert!(id_attributes(&to).contains(&"maal-for-legepladserne"), "{to}");
}

// --- open data --------------------------------------------------------------------

fn schema(site_public: &Path) -> serde_json::Value {
    serde_json::from_str(
        &std::fs::read_to_string(site_public.join("data/schema.json")).expect("data/schema.json"),
    )
    .expect("schema.json is JSON")
}

fn violations(schema: &serde_json::Value, instance: &serde_json::Value) -> Vec<String> {
    let validator = jsonschema::validator_for(schema).expect("a valid schema");
    validator.iter_errors(instance).map(|e| format!("{}: {e}", e.instance_path())).collect()
}

#[test]
fn schema_json_is_draft_2020_12_and_every_site_json_meets_it() {
    let mut checked = 0;
    let example = tempfile::tempdir().expect("temp dir");
    let out = build_at(&example_site(), &example.path().join("public"));
    assert!(out.status.success(), "{}", stderr(&out));
    let mut outputs = vec![example.path().join("public")];
    let mut sites = Vec::new();
    for fixture in ["search", "kommune", "budget", "fremdrift", "status"] {
        let site = Site::from_fixture(fixture);
        site.build_ok();
        outputs.push(site.public());
        sites.push(site);
    }
    for public in &outputs {
        let schema = schema(public);
        assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
        jsonschema::meta::validate(&schema).expect("the schema meets the 2020-12 meta-schema");
        let json: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(public.join("data/site.json")).expect("site.json"),
        )
        .expect("site.json is JSON");
        let found = violations(&schema, &json);
        assert!(found.is_empty(), "{}: {found:#?}", public.display());
        checked += 1;
    }
    assert_eq!(checked, 6);
}

#[test]
fn schema_json_rejects_what_site_json_never_holds() {
    let site = search_site();
    let schema = schema(&site.public());
    let good = site.site_json();
    assert!(violations(&schema, &good).is_empty());
    let broken = |path: &str, value: serde_json::Value| {
        let mut json = good.clone();
        *json.pointer_mut(path).unwrap_or_else(|| panic!("{path}")) = value;
        violations(&schema, &json)
    };
    use serde_json::json;
    // An initiative with goals, for the goal paths below.
    let with_goals = good["initiatives"]
        .as_array()
        .expect("initiatives")
        .iter()
        .position(|i| i["goals"].as_array().is_some_and(|g| !g.is_empty()))
        .expect("an initiative with goals");
    let target = format!("/initiatives/{with_goals}/goals/0/target");
    // Numbers are strings; progress has two decimals; status is one of six.
    assert!(!broken("/initiatives/0/progress", json!(43.75)).is_empty());
    assert!(!broken("/initiatives/0/progress", json!("43.7")).is_empty());
    assert!(!broken("/initiatives/0/status", json!("late")).is_empty());
    assert!(!broken(&target, json!(120)).is_empty());
    assert!(!broken(&target, json!("1e3")).is_empty());
    assert!(!broken("/strategies/0/budget/totals/0/target", json!("5,0")).is_empty());
    assert!(!broken("/as_of", json!("30-06-2026")).is_empty());
    assert!(!broken("/initiatives/0/key", json!("dialog")).is_empty());
    assert!(!broken("/language", json!("de")).is_empty());
    // No keys beyond those documented.
    let mut extra = good.clone();
    extra["directors"][0]["phone"] = json!("12345678");
    assert!(!violations(&schema, &extra).is_empty());
    // Null where the value is optional is fine.
    assert!(broken("/initiatives/0/progress", json!(null)).is_empty());
    assert!(broken("/strategies/0/period", json!(null)).is_empty());
}

// --- meta -------------------------------------------------------------------------

#[test]
fn pages_have_og_locale_and_social_meta() {
    for (lang, locale) in
        [("da", "da_DK"), ("nb", "nb_NO"), ("nn", "nn_NO"), ("sv", "sv_SE"), ("en", "en_GB")]
    {
        let site = Site::from_fixture("search");
        site.edit("site.yaml", "language: da", &format!("language: {lang}"));
        site.build_ok();
        let html = site.page("/kommuneplan/dialog/");
        assert!(
            html.contains(&format!("<meta property=\"og:locale\" content=\"{locale}\">")),
            "{lang}"
        );
        assert!(html.contains(&format!("<html lang=\"{lang}\">")));
        for needed in [
            "<meta name=\"description\" content=\"Hver borger kan komme til et dialogmøde om sit lokalområde.\">",
            "<link rel=\"canonical\" href=\"/kommuneplan/dialog/\">",
            "<meta property=\"og:title\" content=\"Dialogmøder i lokalområderne\">",
            "<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">",
        ] {
            assert!(html.contains(needed), "{lang}: {needed}");
        }
    }
}

#[test]
fn page_titles_in_the_head_fit_in_seventy_characters_with_the_page_title_first() {
    let site = Site::new();
    site.file("content/directors/anne.md", "---\nname: Anne\n---\n");
    site.file("content/plan/index.md", "---\ntitle: Plan\n---\n");
    let long = "Etablere et tværgående samarbejde om den tidlige indsats for børn og unge i alle dele af kommunen";
    site.file("content/plan/lang.md", &format!("---\ntitle: {long}\nresponsible: anne\n---\n"));
    site.file("content/plan/kort.md", "---\ntitle: Cykler\nresponsible: anne\n---\n");
    site.build_ok();
    let title = |url: &str| between(&site.page(url), "<title>", "</title>").to_string();
    assert_eq!(title("/plan/kort/"), "Cykler – Testkommune – strategier");
    let shortened = title("/plan/lang/");
    assert!(shortened.chars().count() <= 70, "{shortened}");
    assert!(shortened.starts_with("Etablere et tværgående samarbejde") && shortened.ends_with('…'));
    // The heading keeps the whole title.
    assert!(site.page("/plan/lang/").contains(&format!("<h1>{long}</h1>")));
    assert_eq!(title("/"), "Testkommune – strategier");
}

#[test]
fn a_badge_shown_on_a_page_has_the_size_of_its_svg() {
    let site = Site::from_fixture("kommune");
    site.build_ok();
    for (page, svg) in [
        (
            "/direktionsstrategi-2013/uddannelse-til-alle/",
            "badges/direktionsstrategi-2013/uddannelse-til-alle.svg",
        ),
        ("/direktionsstrategi-2013/", "badges/direktionsstrategi-2013.svg"),
        ("/themes/groen-omstilling/", "badges/themes/groen-omstilling.svg"),
    ] {
        let svg = site.read(svg);
        let width = between(&svg, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"", "\"");
        let html = site.page(page);
        let img = between(&html, "<details class=\"embed\">", "</details>");
        assert!(img.contains(&format!("width=\"{width}\" height=\"20\">")), "{page}: {img}");
        // The code to copy has the size too.
        assert!(
            img.contains(&format!("width=&quot;{width}&quot; height=&quot;20&quot;&gt;")),
            "{page}"
        );
    }
}

#[test]
fn a_theme_by_director_matrix_counts_initiatives_by_status_and_links_to_the_lists() {
    let site = Site::from_fixture("kommune");
    site.build_ok();
    let json = site.site_json();
    let themes_page = site.page("/themes/");
    let matrix =
        &themes_page[themes_page.find("<table class=\"matrix stack\">").expect("a matrix")..];
    let matrix = &matrix[..matrix.find("</table>").unwrap()];
    // Every cell's count agrees with site.json: initiatives of the theme the director
    // is (co-)responsible for.
    let initiatives = json["initiatives"].as_array().unwrap();
    let mut cells = 0;
    for theme in json["themes"].as_array().unwrap() {
        let tid = theme["id"].as_str().unwrap();
        for director in json["directors"].as_array().unwrap() {
            let did = director["id"].as_str().unwrap();
            let count = initiatives
                .iter()
                .filter(|i| i["themes"].as_array().unwrap().iter().any(|t| t == tid))
                .filter(|i| i["responsible"].as_array().unwrap().iter().any(|d| d == did))
                .count();
            let link = format!(
                "<a href=\"/themes/{tid}/#director-{did}\">{count}<span class=\"visually-hidden\">"
            );
            if count > 0 {
                cells += 1;
                assert!(matrix.contains(&link), "{tid} × {did}: {count}\n{matrix}");
                // The list it links to is on the theme page, with as many initiatives.
                let page = site.page(&format!("/themes/{tid}/"));
                let list =
                    &page[page.find(&format!("<h3 id=\"director-{did}\">")).expect("the list")..];
                let list = &list[..list.find("</ul>").unwrap()];
                assert_eq!(list.matches("<li>").count(), count, "{tid} × {did}");
            } else {
                let empty = format!("/themes/{tid}/#director-{did}\"");
                assert!(!matrix.contains(&empty), "{tid} × {did} has no initiatives");
            }
        }
    }
    assert!(cells >= 3, "{matrix}");
    // Statuses in words beside each count, not colour.
    assert!(
        matrix.contains("<span class=\"matrix__statuses\">2 Følger planen, 1 Gennemført</span>"),
        "{matrix}"
    );
    assert!(matrix.contains("<span class=\"matrix__none\">0</span>"));
    // The strategy with several themes and directors has its own.
    assert!(site.page("/direktionsstrategi-2013/").contains("<table class=\"matrix stack\">"));
    // One director: no matrix (the search fixture).
    let one = search_site();
    assert!(!one.page("/themes/").contains("class=\"matrix\""));
}

#[test]
fn stacked_tables_name_each_cells_column_for_phones() {
    // On phones a table marked "stack" shows one block per row, each cell after its
    // column's name (its data-label): that name must be the column's heading.
    let output = tempfile::tempdir().expect("tempdir");
    let out = build_at(&example_site(), output.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let (mut tables, mut cells) = (0, 0);
    for (path, bytes) in snapshot(output.path()) {
        if !path.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8(bytes).expect("utf-8");
        for table in html.split("<table class=\"").skip(1) {
            let table = &table[..table.find("</table>").expect("closed table")];
            let class = &table[..table.find('"').expect("class")];
            if !class.split(' ').any(|c| c == "stack") {
                continue;
            }
            tables += 1;
            let head = between(table, "<thead>", "</thead>");
            let columns: Vec<String> =
                head.split("<th").skip(1).map(|th| strip_tags(&format!("<th{th}"))).collect();
            for row in table.split("<tr>").skip(2) {
                // A cell spanning rows (rowspan) leaves the next rows short at the left.
                let tds: Vec<&str> = row.split("<td").skip(1).collect();
                let ths = row.matches("<th scope=\"row").count();
                let first = columns.len() - tds.len();
                assert!(ths <= 1 && first >= ths, "{path}: {class}: {row}");
                for (k, td) in tds.iter().enumerate() {
                    let label = between(td, " data-label=\"", "\"");
                    assert_eq!(label, columns[first + k], "{path}: {class}: {row}");
                    cells += 1;
                }
            }
        }
    }
    // by-theme, matrix, budget (years, own lines, the initiatives'), history, method.
    assert!(tables >= 10 && cells >= 100, "{tables} tables, {cells} cells");
}

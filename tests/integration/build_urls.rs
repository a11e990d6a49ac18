//! What a build writes: every URL of the content model's table, both strategy forms,
//! inline and file initiatives, `id` overrides, ignored files, static files, sitemap and
//! feed. Mostly on the `kommune` fixture.

use crate::support::*;

/// Every HTML page the `kommune` fixture has, as site paths.
const KOMMUNE_PAGES: [&str; 27] = [
    "/",
    "/method/",
    "/revisions/",
    "/changes/",
    "/direktionsstrategi-2013/",
    "/direktionsstrategi-2013/erhvervsservice/",
    "/direktionsstrategi-2013/lokaldemokrati/",
    "/direktionsstrategi-2013/mindre-sygefravaer/",
    "/direktionsstrategi-2013/skolestruktur/",
    "/direktionsstrategi-2013/uddannelse-til-alle/",
    "/klimaplan/",
    "/klimaplan/affald/",
    "/klimaplan/cykelstier/",
    "/themes/",
    "/themes/erhverv-og-bosaetning/",
    "/themes/groen-omstilling/",
    "/themes/velfaerd-og-kvalitet/",
    "/directors/",
    "/directors/gitte-lovgren/",
    "/directors/rie-perry/",
    "/directors/thea-hass/",
    "/directors/thomas-harfot/",
    "/status/",
    // Not in the table, but every site has one.
    "/404.html",
    // Site search and each strategy's print view (not in the sitemap).
    "/search/",
    "/print/direktionsstrategi-2013/",
    "/print/klimaplan/",
];

fn kommune() -> Site {
    let site = Site::from_fixture("kommune");
    site.build_ok();
    site
}

fn output_pages(site: &Site) -> Vec<String> {
    let mut pages: Vec<String> = file_list(&site.public())
        .into_iter()
        .filter(|p| p.ends_with(".html"))
        .map(|p| match p.strip_suffix("index.html") {
            Some(dir) => format!("/{dir}"),
            None => format!("/{p}"),
        })
        .collect();
    pages.sort();
    pages
}

#[test]
fn every_page_of_the_content_model_is_written_as_path_index_html() {
    let site = kommune();
    let mut expected: Vec<String> = KOMMUNE_PAGES.iter().map(|p| p.to_string()).collect();
    expected.sort();
    assert_eq!(output_pages(&site), expected);
}

#[test]
fn every_badge_of_the_content_model_is_written() {
    let site = kommune();
    let mut badges: Vec<String> =
        file_list(&site.public()).into_iter().filter(|p| p.starts_with("badges/")).collect();
    badges.sort();
    let mut expected = vec![
        "badges/direktionsstrategi-2013.svg",
        "badges/direktionsstrategi-2013/erhvervsservice.svg",
        "badges/direktionsstrategi-2013/lokaldemokrati.svg",
        "badges/direktionsstrategi-2013/mindre-sygefravaer.svg",
        "badges/direktionsstrategi-2013/skolestruktur.svg",
        "badges/direktionsstrategi-2013/uddannelse-til-alle.svg",
        "badges/klimaplan.svg",
        "badges/klimaplan/affald.svg",
        "badges/klimaplan/cykelstier.svg",
        "badges/themes/erhverv-og-bosaetning.svg",
        "badges/themes/groen-omstilling.svg",
        "badges/themes/velfaerd-og-kvalitet.svg",
        "badges/directors/gitte-lovgren.svg",
        "badges/directors/rie-perry.svg",
        "badges/directors/thea-hass.svg",
        "badges/directors/thomas-harfot.svg",
    ];
    expected.sort();
    assert_eq!(badges, expected);
    for badge in &badges {
        let svg = site.read(badge);
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""), "{badge}: {svg}");
    }
}

#[test]
fn badges_show_progress_and_status_in_the_site_language() {
    let site = kommune();
    // An initiative's badge: whole percent and its status.
    let svg = site.read("badges/klimaplan/cykelstier.svg");
    assert!(svg.contains(">20\u{a0}% · I risiko</text>"), "{svg}");
    assert!(
        svg.contains("<title>Flere cykelstier – Fremdrift: 20\u{a0}% · I risiko</title>"),
        "{svg}"
    );
    // Aggregates have progress only.
    let svg = site.read("badges/themes/velfaerd-og-kvalitet.svg");
    assert!(svg.contains(">61\u{a0}%</text>"), "{svg}");
    let svg = site.read("badges/direktionsstrategi-2013.svg");
    assert!(svg.contains(">50\u{a0}%</text>"), "{svg}");
    // Nothing measured.
    let svg = site.read("badges/directors/rie-perry.svg");
    assert!(svg.contains(">Ikke målt</text>"), "{svg}");
}

#[test]
fn data_sitemap_and_feed_are_written() {
    let site = kommune();
    for file in ["data/site.json", "data/goals.csv", "sitemap.xml", "atom.xml"] {
        assert!(site.exists(file), "missing {file}");
    }
    site.site_json();
}

#[test]
fn strategy_as_folder_and_as_single_file_both_become_pages() {
    let site = kommune();
    let json = site.site_json();
    // content/direktionsstrategi-2013/index.md
    let folder = by_id(&json["strategies"], "direktionsstrategi-2013");
    assert_eq!(folder["url"], "https://strategi.test.dk/direktionsstrategi-2013/");
    assert_eq!(folder["title"], "Direktionsstrategi 2013");
    // content/klimaplan-2014-2017.md with `id: klimaplan`
    let file = by_id(&json["strategies"], "klimaplan");
    assert_eq!(file["url"], "https://strategi.test.dk/klimaplan/");
    assert_eq!(file["title"], "Klimaplan");
    assert_eq!(json["strategies"].as_array().unwrap().len(), 2);
    assert!(main_of(&site.page("/direktionsstrategi-2013/"))
        .contains("<h1>Direktionsstrategi 2013</h1>"));
    assert!(main_of(&site.page("/klimaplan/")).contains("<h1>Klimaplan</h1>"));
}

#[test]
fn folder_strategy_initiative_files_become_pages_under_the_strategy() {
    let site = kommune();
    let html = site.page("/direktionsstrategi-2013/uddannelse-til-alle/");
    assert!(main_of(&html).contains("<h1>Uddannelse til alle</h1>"));
    assert!(html.contains(
        "<div class=\"prose\"><p>Indsatsen ledes af <a href=\"/directors/gitte-lovgren/\">Gitte Løvgren</a>.</p>"
    ));
    let json = site.site_json();
    let strategy = by_id(&json["strategies"], "direktionsstrategi-2013");
    assert_eq!(
        strings(&strategy["initiatives"]),
        [
            // Inline initiatives first, in written order, then files by name.
            "direktionsstrategi-2013/lokaldemokrati",
            "direktionsstrategi-2013/mindre-sygefravaer",
            "direktionsstrategi-2013/erhvervsservice",
            "direktionsstrategi-2013/skolestruktur",
            "direktionsstrategi-2013/uddannelse-til-alle",
        ]
    );
}

#[test]
fn inline_initiatives_become_pages_with_their_body_field() {
    let site = kommune();
    let html = site.page("/direktionsstrategi-2013/lokaldemokrati/");
    assert!(main_of(&html).contains("<h1>Styrke lokaldemokratiet</h1>"));
    assert!(html.contains(
        "<div class=\"prose\"><p>Se også <a href=\"/direktionsstrategi-2013/erhvervsservice/\">erhvervsservice</a>.</p>"
    ));
    // Inline initiatives of a single-file strategy.
    let json = site.site_json();
    let strategy = by_id(&json["strategies"], "klimaplan");
    assert_eq!(strings(&strategy["initiatives"]), ["klimaplan/affald", "klimaplan/cykelstier"]);
    let affald = find_by(&json["initiatives"], "key", "klimaplan/affald");
    assert_eq!(affald["url"], "https://strategi.test.dk/klimaplan/affald/");
    assert_eq!(affald["strategy"], "klimaplan");
    assert!(main_of(&site.page("/klimaplan/cykelstier/")).contains("<h1>Flere cykelstier</h1>"));
}

#[test]
fn front_matter_id_overrides_the_file_name() {
    let site = kommune();
    // Initiative: content/direktionsstrategi-2013/Sygefravaer.md has `id: mindre-sygefravaer`.
    assert!(site.exists("direktionsstrategi-2013/mindre-sygefravaer/index.html"));
    assert!(!site.public().join("direktionsstrategi-2013/Sygefravaer").exists());
    // Strategy: content/klimaplan-2014-2017.md has `id: klimaplan`.
    assert!(site.exists("klimaplan/index.html"));
    assert!(!site.public().join("klimaplan-2014-2017").exists());
    // Director: content/directors/direktoer-4.md has `id: rie-perry`.
    assert!(site.exists("directors/rie-perry/index.html"));
    assert!(!site.public().join("directors/direktoer-4").exists());
    let json = site.site_json();
    assert_eq!(
        by_id(&json["directors"], "rie-perry")["url"],
        "https://strategi.test.dk/directors/rie-perry/"
    );
    assert_eq!(by_id(&json["directors"], "rie-perry")["name"], "Rie Perry");
    let sygefravaer = by_id(&json["initiatives"], "mindre-sygefravaer");
    assert_eq!(
        sygefravaer["url"],
        "https://strategi.test.dk/direktionsstrategi-2013/mindre-sygefravaer/"
    );
}

#[test]
fn files_and_folders_starting_with_underscore_or_dot_are_ignored() {
    // The fixture's content/_noter.md, content/.gemt.md, content/_arkiv/,
    // content/directors/_vikar.md and content/direktionsstrategi-2013/_kladde.md are
    // all invalid: the build only succeeds if they are skipped.
    let site = kommune();
    let json = site.site_json();
    let directors: Vec<&str> =
        json["directors"].as_array().unwrap().iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(directors, ["gitte-lovgren", "rie-perry", "thea-hass", "thomas-harfot"]);
    let initiatives: Vec<&str> = json["initiatives"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["key"].as_str().unwrap())
        .collect();
    assert!(!initiatives.iter().any(|k| k.contains("kladde")), "{initiatives:?}");
    for gone in [
        "_noter",
        "noter",
        ".gemt",
        "gemt",
        "_arkiv",
        "arkiv",
        "directors/_vikar",
        "directors/vikar",
    ] {
        assert!(!site.public().join(gone).exists(), "{gone} should not be in the output");
    }
}

#[test]
fn ignored_file_in_a_strategy_folder_is_not_an_error_even_when_broken() {
    let site = Site::from_fixture("kommune");
    site.file("content/direktionsstrategi-2013/.udkast.md", "---\ntitle: [unclosed\n");
    site.file("content/_skabelon/index.md", "---\nnot: valid: yaml: here\n---\n");
    site.build_ok();
    assert!(!site.public().join("_skabelon").exists());
}

#[test]
fn site_static_folder_is_copied_into_the_output_unchanged() {
    let site = kommune();
    let fixture = fixture("kommune");
    // site.yaml has `logo: static/logo.svg`: the header shows it, and the file is there.
    let html = site.page("/");
    assert!(html.contains("<img class=\"site-logo\" src=\"/logo.svg\" alt=\"\">"), "{html}");
    assert_eq!(
        site.read_bytes("logo.svg"),
        std::fs::read(fixture.join("static/logo.svg")).unwrap()
    );
    assert_eq!(
        site.read_bytes("dokumenter/plan.pdf"),
        std::fs::read(fixture.join("static/dokumenter/plan.pdf")).unwrap()
    );
}

#[test]
fn a_web_servers_hidden_files_in_static_are_published_and_other_hidden_files_not() {
    // The recipes put Apache's .htaccess in static/; .well-known/ holds security.txt.
    let site = Site::from_fixture("kommune");
    site.file("static/.htaccess", "ErrorDocument 404 /404.html\n");
    site.file("static/.well-known/security.txt", "Contact: mailto:it@kommune.dk\n");
    site.file("static/.DS_Store", "finder\n");
    site.file("static/.git/config", "[core]\n");
    site.build_ok();
    assert_eq!(site.read(".htaccess"), "ErrorDocument 404 /404.html\n");
    assert_eq!(site.read(".well-known/security.txt"), "Contact: mailto:it@kommune.dk\n");
    assert!(!site.public().join(".DS_Store").exists());
    assert!(!site.public().join(".git").exists());
}

#[test]
fn built_in_theme_assets_are_written_under_static() {
    let site = kommune();
    let html = site.page("/");
    assert!(html.contains("<link rel=\"stylesheet\" href=\"/static/retning.css\">"));
    assert!(
        html.contains("<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">")
    );
    let theme = example_site().join("themes/default/static");
    assert_eq!(
        site.read_bytes("static/retning.css"),
        std::fs::read(theme.join("retning.css")).unwrap()
    );
    assert_eq!(
        site.read_bytes("static/favicon.svg"),
        std::fs::read(theme.join("favicon.svg")).unwrap()
    );
}

#[test]
fn sitemap_lists_every_page_with_absolute_urls() {
    let site = kommune();
    let sitemap = site.read("sitemap.xml");
    assert!(sitemap.starts_with(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
    ));
    let locs: Vec<&str> = sitemap
        .lines()
        .filter_map(|l| l.trim().strip_prefix("<url><loc>")?.strip_suffix("</loc></url>"))
        .collect();
    let mut expected: Vec<String> = KOMMUNE_PAGES
        .iter()
        .filter(|p| **p != "/404.html" && **p != "/search/" && !p.starts_with("/print/"))
        .map(|p| format!("https://strategi.test.dk{p}"))
        .collect();
    expected.sort();
    assert_eq!(locs, expected);
}

#[test]
fn atom_feed_lists_initiatives_with_updated_newest_first() {
    let site = kommune();
    let atom = site.read("atom.xml");
    assert!(atom.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"da\">"));
    assert!(atom.contains("<link rel=\"self\" href=\"https://strategi.test.dk/atom.xml\"/>"));
    // The feed is as new as its newest entry.
    assert!(atom.contains("  <updated>2013-06-01T00:00:00Z</updated>\n  <author>"), "{atom}");
    let entries: Vec<(&str, &str)> = atom
        .split("<entry>")
        .skip(1)
        .map(|e| (between(e, "<id>", "</id>"), between(e, "<updated>", "</updated>")))
        .collect();
    assert_eq!(
        entries,
        [
            (
                "https://strategi.test.dk/direktionsstrategi-2013/mindre-sygefravaer/",
                "2013-06-01T00:00:00Z"
            ),
            (
                "https://strategi.test.dk/direktionsstrategi-2013/uddannelse-til-alle/",
                "2013-05-02T00:00:00Z"
            ),
            ("https://strategi.test.dk/klimaplan/affald/", "2013-04-15T00:00:00Z"),
        ]
    );
    assert!(atom.contains("<summary>Klimaplan – Status: Gennemført</summary>"), "{atom}");
}

#[test]
fn atom_feed_holds_the_fifty_initiatives_updated_last() {
    let site = Site::new();
    site.file("content/directors/anne.md", "---\nname: Anne\n---\n");
    site.file("content/plan/index.md", "---\ntitle: Plan\n---\n");
    // 60 initiatives updated on 60 days; one without `updated`.
    for n in 0..60 {
        site.file(
            &format!("content/plan/i{n:02}.md"),
            &format!(
                "---\ntitle: I{n}\nresponsible: anne\nupdated: 2013-03-{:02}\n---\n",
                1 + n % 30
            )
            .replace("2013-03", if n < 30 { "2013-03" } else { "2013-04" }),
        );
    }
    site.file("content/plan/old.md", "---\ntitle: Old\nresponsible: anne\n---\n");
    site.build_ok();
    let atom = site.read("atom.xml");
    let ids: Vec<&str> = atom
        .split("<entry>")
        .skip(1)
        .map(|e| between(e, "<id>https://strategi.test.dk/plan/", "/</id>"))
        .collect();
    let expected: Vec<String> = (10..60).rev().map(|n| format!("i{n:02}")).collect();
    assert_eq!(ids, expected, "{atom}");
}

#[test]
fn base_url_with_a_path_prefixes_every_link_but_not_the_output_paths() {
    let site = Site::from_fixture("kommune");
    site.edit(
        "site.yaml",
        "base_url: https://strategi.test.dk",
        "base_url: https://test.github.io/strategi/",
    );
    site.build_ok();
    // Files lie at the output's root …
    assert!(site.exists("klimaplan/affald/index.html"));
    // … and every URL starts with the path.
    let json = site.site_json();
    assert_eq!(
        by_id(&json["strategies"], "klimaplan")["url"],
        "https://test.github.io/strategi/klimaplan/"
    );
    assert_eq!(
        by_id(&json["themes"], "groen-omstilling")["url"],
        "https://test.github.io/strategi/themes/groen-omstilling/"
    );
    assert_eq!(
        by_id(&json["directors"], "thea-hass")["url"],
        "https://test.github.io/strategi/directors/thea-hass/"
    );
    let html = site.page("/klimaplan/affald/");
    assert_eq!(
        breadcrumbs(&html),
        pairs(&[
            ("/strategi/", "Forside"),
            ("/strategi/klimaplan/", "Klimaplan"),
            ("/strategi/klimaplan/affald/", "Mindre affald"),
        ])
    );
    assert!(html.contains("<link rel=\"stylesheet\" href=\"/strategi/static/retning.css\">"));
    assert!(site
        .read("sitemap.xml")
        .contains("<loc>https://test.github.io/strategi/klimaplan/affald/</loc>"));
    // `.md` links too.
    assert!(site
        .page("/")
        .contains("<a href=\"/strategi/direktionsstrategi-2013/\">direktionsstrategien</a>"));
}

#[test]
fn folder_strategy_with_id_override_keeps_its_initiative_files() {
    let site = Site::new();
    site.file("content/directors/anne.md", "---\nname: Anne Andersen\n---\n");
    site.file(
        "content/plan/index.md",
        "---\nid: plan-2013\ntitle: Plan 2013\nthemes:\n  - id: drift\n    title: Drift\n---\n",
    );
    site.file(
        "content/plan/bedre-drift.md",
        "---\ntitle: Bedre drift\ntheme: drift\nresponsible: anne\nprogress: 30\n---\n",
    );
    site.build_ok();
    let json = site.site_json();
    let strategy = by_id(&json["strategies"], "plan-2013");
    assert_eq!(strategy["url"], "https://strategi.test.dk/plan-2013/");
    assert_eq!(strings(&strategy["initiatives"]), ["plan-2013/bedre-drift"]);
    assert!(site.exists("plan-2013/bedre-drift/index.html"));
}

#[test]
fn front_page_text_may_have_no_front_matter_and_then_takes_the_site_title() {
    let site = Site::from_fixture("kommune");
    site.file("content/index.md", "Bare tekst uden front matter.\n");
    site.build_ok();
    let html = site.page("/");
    assert!(html.contains("<title>Testkommune – strategier</title>"), "{html}");
    assert!(main_of(&html).contains("<h1>Testkommune – strategier</h1>"));
    assert!(main_of(&html).contains("<p>Bare tekst uden front matter.</p>"));
}

#[test]
fn a_site_without_front_page_text_still_has_a_front_page() {
    let site = Site::from_fixture("kommune");
    site.remove("content/index.md");
    site.build_ok();
    let html = site.page("/");
    assert!(main_of(&html).contains("<h1>Testkommune – strategier</h1>"));
    assert_eq!(
        links(between(main_of(&html), "<h2 id=\"strategies-heading\">", "</section>")),
        pairs(&[
            ("/direktionsstrategi-2013/", "Direktionsstrategi 2013"),
            ("/klimaplan/", "Klimaplan")
        ])
    );
}

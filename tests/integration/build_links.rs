//! Cross-links between pages: initiative ↔ strategy ↔ theme ↔ director, related
//! initiatives and their back-links, breadcrumbs, and `.md` links in Markdown bodies.
//! On the `kommune` fixture.

use crate::support::*;

fn kommune() -> Site {
    let site = Site::from_fixture("kommune");
    site.build_ok();
    site
}

#[test]
fn initiative_page_links_its_strategy_theme_and_responsible_director() {
    let site = kommune();
    let html = site.page("/direktionsstrategi-2013/uddannelse-til-alle/");
    let main = main_of(&html);
    assert_eq!(
        fact_links(main, "Strategi"),
        pairs(&[("/direktionsstrategi-2013/", "Direktionsstrategi 2013")])
    );
    assert_eq!(
        fact_links(main, "Tema"),
        pairs(&[("/themes/velfaerd-og-kvalitet/", "Velfærd og kvalitet")])
    );
    assert_eq!(
        fact_links(main, "Ansvarlig"),
        pairs(&[("/directors/gitte-lovgren/", "Gitte Løvgren")])
    );
}

#[test]
fn initiative_with_two_themes_and_co_responsible_directors_links_all_of_them() {
    let site = kommune();
    let html = site.page("/direktionsstrategi-2013/mindre-sygefravaer/");
    let main = main_of(&html);
    assert_eq!(
        fact_links(main, "Tema"),
        pairs(&[
            ("/themes/velfaerd-og-kvalitet/", "Velfærd og kvalitet"),
            ("/themes/erhverv-og-bosaetning/", "Erhverv og bosætning"),
        ])
    );
    assert_eq!(
        fact_links(main, "Medansvarlig"),
        pairs(&[
            ("/directors/gitte-lovgren/", "Gitte Løvgren"),
            ("/directors/thomas-harfot/", "Thomas Harfot")
        ])
    );
}

#[test]
fn co_responsible_initiatives_are_on_every_responsible_directors_page() {
    let site = kommune();
    let cards = |id: &str| initiative_cards(main_of(&site.page(&format!("/directors/{id}/"))));
    assert_eq!(
        cards("gitte-lovgren"),
        pairs(&[
            ("/direktionsstrategi-2013/mindre-sygefravaer/", "Mindre sygefravær"),
            ("/direktionsstrategi-2013/uddannelse-til-alle/", "Uddannelse til alle"),
            ("/klimaplan/affald/", "Mindre affald"),
        ])
    );
    assert_eq!(
        cards("thomas-harfot"),
        pairs(&[
            ("/direktionsstrategi-2013/mindre-sygefravaer/", "Mindre sygefravær"),
            ("/direktionsstrategi-2013/erhvervsservice/", "Bedre erhvervsservice"),
            ("/klimaplan/cykelstier/", "Flere cykelstier"),
        ])
    );
    assert_eq!(
        cards("thea-hass"),
        pairs(&[
            ("/direktionsstrategi-2013/lokaldemokrati/", "Styrke lokaldemokratiet"),
            ("/direktionsstrategi-2013/skolestruktur/", "Ny skolestruktur"),
            ("/klimaplan/cykelstier/", "Flere cykelstier"),
        ])
    );
    assert_eq!(cards("rie-perry"), Vec::<(String, String)>::new());
}

#[test]
fn director_page_links_the_strategies_they_own_and_strategy_links_its_owner() {
    let site = kommune();
    let thea = site.page("/directors/thea-hass/");
    assert_eq!(
        fact_links(main_of(&thea), "Ejer"),
        pairs(&[("/direktionsstrategi-2013/", "Direktionsstrategi 2013")])
    );
    let thomas = site.page("/directors/thomas-harfot/");
    assert_eq!(fact_links(main_of(&thomas), "Ejer"), pairs(&[("/klimaplan/", "Klimaplan")]));
    let strategy = site.page("/direktionsstrategi-2013/");
    assert_eq!(
        fact_links(main_of(&strategy), "Ejer"),
        pairs(&[("/directors/thea-hass/", "Thea Hass")])
    );
    let strategy = site.page("/klimaplan/");
    assert_eq!(
        fact_links(main_of(&strategy), "Ejer"),
        pairs(&[("/directors/thomas-harfot/", "Thomas Harfot")])
    );
}

#[test]
fn strategy_page_lists_its_themes_in_order_with_their_initiatives() {
    let site = kommune();
    let html = site.page("/direktionsstrategi-2013/");
    let main = main_of(&html);
    let velfaerd = between(
        main,
        "<section class=\"theme-section\" id=\"theme-velfaerd-og-kvalitet\"",
        "</section>",
    );
    assert!(velfaerd.contains("<a href=\"/themes/velfaerd-og-kvalitet/\">"), "{velfaerd}");
    assert_eq!(
        initiative_cards(velfaerd),
        pairs(&[
            ("/direktionsstrategi-2013/mindre-sygefravaer/", "Mindre sygefravær"),
            ("/direktionsstrategi-2013/skolestruktur/", "Ny skolestruktur"),
            ("/direktionsstrategi-2013/uddannelse-til-alle/", "Uddannelse til alle"),
        ])
    );
    let erhverv = between(
        main,
        "<section class=\"theme-section\" id=\"theme-erhverv-og-bosaetning\"",
        "</section>",
    );
    assert_eq!(
        initiative_cards(erhverv),
        pairs(&[
            ("/direktionsstrategi-2013/lokaldemokrati/", "Styrke lokaldemokratiet"),
            ("/direktionsstrategi-2013/mindre-sygefravaer/", "Mindre sygefravær"),
            ("/direktionsstrategi-2013/erhvervsservice/", "Bedre erhvervsservice"),
        ])
    );
    // Declared order: velfaerd-og-kvalitet before erhverv-og-bosaetning.
    assert!(
        main.find("id=\"theme-velfaerd-og-kvalitet\"")
            < main.find("id=\"theme-erhverv-og-bosaetning\"")
    );
    // The klimaplan theme is not on this strategy's page.
    assert!(!main.contains("groen-omstilling"), "{main}");
}

#[test]
fn theme_shared_by_two_strategies_is_one_page_listing_initiatives_of_both() {
    let site = kommune();
    let html = site.page("/themes/velfaerd-og-kvalitet/");
    let main = main_of(&html);
    assert_eq!(
        fact_links(main, "Strategier"),
        pairs(&[
            ("/direktionsstrategi-2013/", "Direktionsstrategi 2013"),
            ("/klimaplan/", "Klimaplan")
        ])
    );
    assert_eq!(
        initiative_cards(main),
        pairs(&[
            ("/direktionsstrategi-2013/mindre-sygefravaer/", "Mindre sygefravær"),
            ("/direktionsstrategi-2013/skolestruktur/", "Ny skolestruktur"),
            ("/direktionsstrategi-2013/uddannelse-til-alle/", "Uddannelse til alle"),
            ("/klimaplan/affald/", "Mindre affald"),
        ])
    );
    assert!(main.contains("<div><dt>Initiativer</dt><dd>4 initiativer</dd></div>"), "{main}");
}

#[test]
fn theme_and_director_indexes_link_every_theme_and_director() {
    let site = kommune();
    let themes = site.page("/themes/");
    // The cards (the matrix after them links each theme again, and its lists).
    let main = main_of(&themes);
    let cards = &main[..main.find("<section class=\"matrix-section\"").expect("a matrix")];
    let theme_links: Vec<(String, String)> =
        links(cards).into_iter().filter(|(href, _)| href.starts_with("/themes/")).collect();
    assert_eq!(
        theme_links,
        pairs(&[
            ("/themes/velfaerd-og-kvalitet/", "Velfærd og kvalitet"),
            ("/themes/erhverv-og-bosaetning/", "Erhverv og bosætning"),
            ("/themes/groen-omstilling/", "Grøn omstilling"),
        ])
    );
    let directors = site.page("/directors/");
    let director_links: Vec<(String, String)> = links(main_of(&directors))
        .into_iter()
        .filter(|(href, _)| href.starts_with("/directors/"))
        .collect();
    assert_eq!(
        director_links,
        pairs(&[
            ("/directors/gitte-lovgren/", "Gitte Løvgren"),
            ("/directors/rie-perry/", "Rie Perry"),
            ("/directors/thea-hass/", "Thea Hass"),
            ("/directors/thomas-harfot/", "Thomas Harfot"),
        ])
    );
}

#[test]
fn related_initiatives_are_linked_and_linked_back() {
    let site = kommune();
    // uddannelse-til-alle names klimaplan/affald (another strategy) as related, and is
    // named by the inline initiative lokaldemokrati.
    let html = site.page("/direktionsstrategi-2013/uddannelse-til-alle/");
    let related =
        between(&html, "<h2 id=\"related-heading\">Relaterede initiativer</h2>", "</section>");
    assert_eq!(links(related), pairs(&[("/klimaplan/affald/", "Mindre affald")]));
    let back = between(&html, "<h2 id=\"refby-heading\">Nævnt i</h2>", "</section>");
    assert_eq!(
        links(back),
        pairs(&[("/direktionsstrategi-2013/lokaldemokrati/", "Styrke lokaldemokratiet")])
    );

    let html = site.page("/klimaplan/affald/");
    assert!(!html.contains("related-heading"), "affald names no related initiative");
    let back = between(&html, "<h2 id=\"refby-heading\">Nævnt i</h2>", "</section>");
    assert_eq!(
        links(back),
        pairs(&[("/direktionsstrategi-2013/uddannelse-til-alle/", "Uddannelse til alle")])
    );

    let html = site.page("/direktionsstrategi-2013/lokaldemokrati/");
    let related =
        between(&html, "<h2 id=\"related-heading\">Relaterede initiativer</h2>", "</section>");
    assert_eq!(
        links(related),
        pairs(&[("/direktionsstrategi-2013/uddannelse-til-alle/", "Uddannelse til alle")])
    );
    assert!(!html.contains("refby-heading"), "nothing names lokaldemokrati");

    let json = site.site_json();
    let uta = find_by(&json["initiatives"], "key", "direktionsstrategi-2013/uddannelse-til-alle");
    assert_eq!(strings(&uta["related"]), ["klimaplan/affald"]);
    assert_eq!(strings(&uta["referenced_by"]), ["direktionsstrategi-2013/lokaldemokrati"]);
    let affald = find_by(&json["initiatives"], "key", "klimaplan/affald");
    assert_eq!(strings(&affald["referenced_by"]), ["direktionsstrategi-2013/uddannelse-til-alle"]);
}

#[test]
fn breadcrumbs_lead_from_the_front_page_to_each_page() {
    let site = kommune();
    let crumbs = |url: &str| breadcrumbs(&site.page(url));
    assert_eq!(crumbs("/"), Vec::<(String, String)>::new());
    assert_eq!(
        crumbs("/direktionsstrategi-2013/"),
        pairs(&[("/", "Forside"), ("/direktionsstrategi-2013/", "Direktionsstrategi 2013")])
    );
    assert_eq!(
        crumbs("/direktionsstrategi-2013/uddannelse-til-alle/"),
        pairs(&[
            ("/", "Forside"),
            ("/direktionsstrategi-2013/", "Direktionsstrategi 2013"),
            ("/direktionsstrategi-2013/uddannelse-til-alle/", "Uddannelse til alle"),
        ])
    );
    assert_eq!(
        crumbs("/klimaplan/cykelstier/"),
        pairs(&[
            ("/", "Forside"),
            ("/klimaplan/", "Klimaplan"),
            ("/klimaplan/cykelstier/", "Flere cykelstier")
        ])
    );
    assert_eq!(crumbs("/themes/"), pairs(&[("/", "Forside"), ("/themes/", "Temaer")]));
    assert_eq!(
        crumbs("/themes/groen-omstilling/"),
        pairs(&[
            ("/", "Forside"),
            ("/themes/", "Temaer"),
            ("/themes/groen-omstilling/", "Grøn omstilling")
        ])
    );
    assert_eq!(crumbs("/directors/"), pairs(&[("/", "Forside"), ("/directors/", "Direktører")]));
    assert_eq!(
        crumbs("/directors/thea-hass/"),
        pairs(&[
            ("/", "Forside"),
            ("/directors/", "Direktører"),
            ("/directors/thea-hass/", "Thea Hass")
        ])
    );
    assert_eq!(crumbs("/status/"), pairs(&[("/", "Forside"), ("/status/", "Statusoverblik")]));
    // The last crumb is the page itself.
    let html = site.page("/klimaplan/cykelstier/");
    assert!(html.contains(
        "<li><a href=\"/klimaplan/cykelstier/\" aria-current=\"page\">Flere cykelstier</a></li>"
    ));
}

#[test]
fn md_links_in_bodies_are_rewritten_to_page_urls() {
    let site = kommune();
    // content/index.md: `[…](direktionsstrategi-2013.md)` names a strategy written as a folder.
    assert!(site
        .page("/")
        .contains("<p>Her er kommunens strategier. Læs <a href=\"/direktionsstrategi-2013/\">direktionsstrategien</a> først.</p>"));
    // A folder strategy's body: `../klimaplan-2014-2017.md` is the strategy whose id is `klimaplan`.
    assert!(site.page("/direktionsstrategi-2013/").contains(
        "<p>Direktionsstrategien hænger sammen med <a href=\"/klimaplan/\">klimaplanen</a>.</p>"
    ));
    // A single-file strategy's body, with a fragment kept.
    assert!(site.page("/klimaplan/").contains(
        "<p>Klimaplanen bygger på <a href=\"/direktionsstrategi-2013/uddannelse-til-alle/#maal\">uddannelsesindsatsen</a>.</p>"
    ));
    // An initiative file's body links a director; a director's body links an initiative.
    assert!(site
        .page("/direktionsstrategi-2013/uddannelse-til-alle/")
        .contains("<a href=\"/directors/gitte-lovgren/\">Gitte Løvgren</a>.</p>"));
    assert!(site.page("/directors/gitte-lovgren/").contains(
        "<p>Gitte har ansvar for <a href=\"/direktionsstrategi-2013/uddannelse-til-alle/\">uddannelse til alle</a>.</p>"
    ));
    // An inline initiative's `body:` resolves links relative to the strategy file.
    assert!(site.page("/direktionsstrategi-2013/lokaldemokrati/").contains(
        "<p>Se også <a href=\"/direktionsstrategi-2013/erhvervsservice/\">erhvervsservice</a>.</p>"
    ));
}

#[test]
fn md_link_to_a_file_whose_id_is_overridden_goes_to_the_overriding_url() {
    let site = Site::from_fixture("kommune");
    site.edit(
        "content/directors/thea-hass.md",
        "title: Kommunaldirektør\n---\n",
        "title: Kommunaldirektør\n---\nSe [sygefraværet](../direktionsstrategi-2013/Sygefravaer.md) og [Rie](direktoer-4.md).\n",
    );
    site.build_ok();
    assert!(site.page("/directors/thea-hass/").contains(
        "<p>Se <a href=\"/direktionsstrategi-2013/mindre-sygefravaer/\">sygefraværet</a> og <a href=\"/directors/rie-perry/\">Rie</a>.</p>"
    ));
}

#[test]
fn links_that_are_not_md_files_are_left_alone() {
    let site = Site::from_fixture("kommune");
    site.edit(
        "content/directors/thea-hass.md",
        "title: Kommunaldirektør\n---\n",
        "title: Kommunaldirektør\n---\n[a](https://example.dk/plan.md) [b](/dokumenter/plan.pdf) [c](#top) [d](mailto:th@test.dk)\n",
    );
    site.build_ok();
    assert!(site.page("/directors/thea-hass/").contains(
        "<p><a href=\"https://example.dk/plan.md\">a</a> <a href=\"/dokumenter/plan.pdf\">b</a> <a href=\"#top\">c</a> <a href=\"mailto:th@test.dk\">d</a></p>"
    ));
}

#[test]
fn status_page_lists_every_initiative_by_status_problems_first() {
    let site = kommune();
    let html = site.page("/status/");
    let main = main_of(&html);
    let order: Vec<&str> =
        main.split("id=\"status-heading-").skip(1).map(|s| &s[..s.find('"').unwrap()]).collect();
    assert_eq!(order, ["off-track", "at-risk", "on-track", "not-started", "done", "cancelled"]);
    let group = |key: &str| {
        let start = format!("id=\"status-heading-{key}\"");
        let rest = &main[main.find(&start).unwrap()..];
        let end = rest[1..].find("id=\"status-heading-").map(|i| i + 1).unwrap_or(rest.len());
        initiative_cards(&rest[..end])
    };
    assert_eq!(
        group("off-track"),
        pairs(&[("/direktionsstrategi-2013/erhvervsservice/", "Bedre erhvervsservice")])
    );
    assert_eq!(group("at-risk"), pairs(&[("/klimaplan/cykelstier/", "Flere cykelstier")]));
    assert_eq!(
        group("on-track"),
        pairs(&[
            ("/direktionsstrategi-2013/mindre-sygefravaer/", "Mindre sygefravær"),
            ("/direktionsstrategi-2013/uddannelse-til-alle/", "Uddannelse til alle"),
        ])
    );
    assert_eq!(
        group("not-started"),
        pairs(&[("/direktionsstrategi-2013/lokaldemokrati/", "Styrke lokaldemokratiet")])
    );
    assert_eq!(group("done"), pairs(&[("/klimaplan/affald/", "Mindre affald")]));
    assert_eq!(
        group("cancelled"),
        pairs(&[("/direktionsstrategi-2013/skolestruktur/", "Ny skolestruktur")])
    );
}

#[test]
fn front_page_shows_strategies_overall_progress_and_recently_updated() {
    let site = kommune();
    let html = site.page("/");
    let main = main_of(&html);
    assert!(main.contains("<h1>Strategier for Testkommune</h1>"));
    let strategies = between(main, "<h2 id=\"strategies-heading\">", "</section>");
    let strategy_links: Vec<(String, String)> = links(strategies);
    assert_eq!(
        strategy_links,
        pairs(&[
            ("/direktionsstrategi-2013/", "Direktionsstrategi 2013"),
            ("/klimaplan/", "Klimaplan")
        ])
    );
    // Overall: mean of 33.33, 66.67, 50, 100 and 20 (cancelled and unmeasured left out).
    let overall = between(main, "<h2 id=\"overall-heading\">", "</section>");
    assert!(overall.contains("value=\"54.00\""), "{overall}");
    assert!(overall.contains("<span class=\"progress__text\">54\u{a0}%</span>"), "{overall}");
    let recent = between(main, "<h2 id=\"recent-heading\">", "</section>");
    let recent_links: Vec<(String, String)> = links(recent);
    assert_eq!(
        recent_links,
        pairs(&[
            ("/direktionsstrategi-2013/mindre-sygefravaer/", "Mindre sygefravær"),
            ("/direktionsstrategi-2013/uddannelse-til-alle/", "Uddannelse til alle"),
            ("/klimaplan/affald/", "Mindre affald"),
        ])
    );
    assert!(recent.contains("<time datetime=\"2013-06-01\">1. juni 2013</time>"), "{recent}");
}

#[test]
fn every_internal_link_of_every_page_points_to_a_written_file() {
    let site = kommune();
    for page in file_list(&site.public()).into_iter().filter(|p| p.ends_with(".html")) {
        let html = site.read(&page);
        let mut targets: Vec<String> = links(&html).into_iter().map(|(href, _)| href).collect();
        for attr in ["src=\"", "<link rel=\"stylesheet\" href=\"", "<link rel=\"icon\" href=\""] {
            targets.extend(html.split(attr).skip(1).map(|s| s[..s.find('"').unwrap()].to_string()));
        }
        for href in targets {
            if !href.starts_with('/') {
                continue;
            }
            let path = href.split('#').next().unwrap().trim_start_matches('/');
            let file = if path.is_empty() || path.ends_with('/') {
                format!("{path}index.html")
            } else {
                path.to_string()
            };
            assert!(site.exists(&file), "{page} links to {href}, but {file} was not written");
        }
    }
}

#[test]
fn theme_summary_on_the_strategy_page_is_not_a_paragraph_inside_a_paragraph() {
    let site = kommune();
    let html = site.page("/direktionsstrategi-2013/");
    let section = between(&html, "id=\"theme-velfaerd-og-kvalitet\"", "</section>");
    assert!(section.contains("Bedre velfærd for <em>alle</em> borgere."), "{section}");
    assert!(!section.contains("<p class=\"summary\"><p>"), "{section}");
}

/// Every address a page's `href`, `src` or `action` holds, as written.
fn addresses(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attribute in [" href=\"", " src=\"", " action=\""] {
        for (at, _) in html.match_indices(attribute) {
            let value = &html[at + attribute.len()..];
            out.push(value[..value.find('"').unwrap()].to_string());
        }
    }
    out
}

/// Checks that every internal address of every page under `public` (but the not-found
/// page, shown at any address) is relative and leads, from disk, to a file.
fn assert_pages_work_from_disk(public: &std::path::Path) {
    let mut checked = 0;
    for file in file_list(public).iter().filter(|f| f.ends_with(".html") && *f != "404.html") {
        let page = public.join(file);
        let html = std::fs::read_to_string(&page).unwrap();
        for address in addresses(&html) {
            let internal = !address.starts_with('#')
                && address.split_once(':').is_none_or(|(scheme, _)| scheme.contains('/'));
            if !internal {
                continue;
            }
            assert!(!address.starts_with('/'), "{file}: `{address}` is not relative");
            let path = &address[..address.find(['#', '?']).unwrap_or(address.len())];
            let target = page.parent().unwrap().join(path);
            let target = if target.is_dir() { target.join("index.html") } else { target };
            assert!(target.is_file(), "{file}: `{address}` leads to no file");
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} addresses");
}

#[test]
fn every_internal_address_is_relative_so_the_site_works_from_disk() {
    let out = tempfile::tempdir().unwrap();
    let built = build_at(&example_site(), &out.path().join("public"));
    assert!(built.status.success(), "{}", stderr(&built));
    assert_pages_work_from_disk(&out.path().join("public"));
    // Two levels down, the front page is `../../`; the stylesheet beside it too.
    let site = Site::from_fixture("kommune");
    site.build_ok();
    let page = site.read_raw("direktionsstrategi-2013/index.html");
    assert!(page.contains("<link rel=\"stylesheet\" href=\"../static/retning.css\">"), "{page}");
    let initiative = site.read_raw("direktionsstrategi-2013/lokaldemokrati/index.html");
    assert!(initiative.contains("<a class=\"site-name\" href=\"../../\">"), "{initiative}");
}

#[test]
fn under_a_sub_path_addresses_are_relative_too() {
    let site = Site::from_fixture("kommune");
    site.edit(
        "site.yaml",
        "base_url: https://strategi.test.dk",
        "base_url: https://x.dk/strategier/",
    );
    site.build_ok();
    assert_pages_work_from_disk(&site.public());
    // The canonical address stays full.
    let page = site.read_raw("direktionsstrategi-2013/index.html");
    assert!(page.contains(
        "<link rel=\"canonical\" href=\"https://x.dk/strategier/direktionsstrategi-2013/\">"
    ));
}

/// `(status, count)` of each item of a card's status counts, in order.
fn card_counts(card: &str) -> Vec<(String, usize)> {
    card.split("<span class=\"status status--")
        .skip(1)
        .map(|item| {
            let status = &item[..item.find('"').unwrap()];
            let count = between(item, "<span class=\"count\">", "</span>");
            (status.to_string(), count.parse().unwrap())
        })
        .collect()
}

#[test]
fn theme_and_director_indexes_show_each_ones_status_breakdown() {
    let site = kommune();
    let json = site.site_json();
    let initiatives = json["initiatives"].as_array().unwrap();
    let order = ["off-track", "at-risk", "on-track", "not-started", "done", "cancelled"];
    for (index, list, members) in
        [("/themes/", "themes", "themes"), ("/directors/", "directors", "responsible")]
    {
        let html = site.page(index);
        let cards: Vec<&str> = main_of(&html).split("<li class=\"card\">").skip(1).collect();
        assert_eq!(cards.len(), json[list].as_array().unwrap().len(), "{index}");
        for card in cards {
            let url = between(card, "<h2><a href=\"", "\"");
            let id = url.trim_end_matches('/').rsplit('/').next().unwrap();
            let mut expected: Vec<(String, usize)> = Vec::new();
            for status in order {
                let count = initiatives
                    .iter()
                    .filter(|i| {
                        i["status"] == status && strings(&i[members]).iter().any(|m| m == id)
                    })
                    .count();
                if count > 0 {
                    expected.push((status.to_string(), count));
                }
            }
            let mut shown = card_counts(card);
            shown.sort_by_key(|(s, _)| order.iter().position(|o| o == s));
            assert_eq!(shown, expected, "{index} {id}");
        }
    }
}

#[test]
fn an_initiative_named_both_ways_is_listed_once_under_related() {
    let site = Site::from_fixture("kommune");
    // affald and uddannelse-til-alle now name each other.
    site.edit(
        "content/klimaplan-2014-2017.md",
        "    progress: 100\n    updated: 2013-04-15\n",
        "    progress: 100\n    updated: 2013-04-15\n    related: [direktionsstrategi-2013/uddannelse-til-alle]\n",
    );
    site.build_ok();
    let html = site.page("/klimaplan/affald/");
    let related =
        between(&html, "<h2 id=\"related-heading\">Relaterede initiativer</h2>", "</section>");
    assert_eq!(
        links(related),
        pairs(&[("/direktionsstrategi-2013/uddannelse-til-alle/", "Uddannelse til alle")])
    );
    assert!(!html.contains("refby-heading"), "the same link is not repeated under \"Nævnt i\"");
    // Where only the other names it, it is still "mentioned in".
    let html = site.page("/direktionsstrategi-2013/uddannelse-til-alle/");
    let back = between(&html, "<h2 id=\"refby-heading\">Nævnt i</h2>", "</section>");
    assert_eq!(
        links(back),
        pairs(&[("/direktionsstrategi-2013/lokaldemokrati/", "Styrke lokaldemokratiet")])
    );
}

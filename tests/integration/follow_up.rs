//! Reporting cadence and "update overdue" (content model: "Reporting cadence").

use crate::support::*;

/// The kommune fixture (as_of 2013-06-30, the strategy adopted 2012-11-27), reported
/// on every quarter with 14 days' grace.
fn quarterly() -> Site {
    let site = Site::from_fixture("kommune");
    site.edit(
        "site.yaml",
        "language: da\n",
        "language: da\nreporting:\n  every: quarter\n  grace_days: 14\n",
    );
    site
}

const OVERDUE_TAG: &str = "<span class=\"update-overdue\">";

/// Initiative `id`'s entry in the site's `site.json`.
fn initiative(site: &Site, id: &str) -> serde_json::Value {
    let json = site.site_json();
    let found = json["initiatives"].as_array().unwrap().iter().find(|i| i["id"] == id).cloned();
    found.unwrap_or_else(|| panic!("no initiative `{id}` in site.json"))
}

#[test]
fn without_reporting_nothing_is_overdue_and_the_data_keep_their_columns() {
    let site = Site::from_fixture("kommune");
    site.build_ok();
    assert!(!site.page("/direktionsstrategi-2013/erhvervsservice/").contains(OVERDUE_TAG));
    assert!(!site.page("/status/").contains("id=\"update-overdue\""));
    assert!(!site.read("data/initiatives.csv").contains("update_overdue"));
    assert!(site.site_json()["initiatives"][0].get("follow_up").is_none());
}

#[test]
fn an_initiative_not_updated_within_its_period_and_grace_is_update_overdue() {
    let site = quarterly();
    site.build_ok();
    // Never updated: counted from the strategy's adoption (2012-11-27), due by
    // 2013-02-27 + 14 days = 2013-03-13; as_of is 2013-06-30.
    let page = site.page("/direktionsstrategi-2013/erhvervsservice/");
    assert!(page.contains(OVERDUE_TAG), "{page}");
    assert!(page.contains("Opdatering mangler</span>"), "said in words, not by colour");
    assert!(
        page.contains("<p class=\"follow-up follow-up--overdue\">Opdateringen var ventet senest 13. marts 2013 (følges op hvert kvartal).</p>"),
        "{page}"
    );
    // Updated 2013-06-01: next update by 2013-09-15, not overdue.
    let page = site.page("/direktionsstrategi-2013/mindre-sygefravaer/");
    assert!(!page.contains(OVERDUE_TAG));
    assert!(
        page.contains("Næste opdatering senest 15. september 2013 (følges op hvert kvartal)."),
        "{page}"
    );
    // Cancelled: followed up no more.
    assert!(!site.page("/direktionsstrategi-2013/skolestruktur/").contains(OVERDUE_TAG));

    // The status page: a count in its contents and the list.
    let status = site.page("/status/");
    assert!(status.contains("<a href=\"#update-overdue\">Mangler opdatering</a>"), "{status}");
    let section = &status[status.find("id=\"update-overdue\"").expect("the section")..];
    assert!(section.contains("/direktionsstrategi-2013/erhvervsservice/"));
    assert!(!section.contains("/direktionsstrategi-2013/mindre-sygefravaer/"));
    // The director's page lists it; the other directors' pages have no such list.
    let director = site.page("/directors/thomas-harfot/");
    assert!(director.contains("id=\"update-overdue\""), "{director}");
    assert!(director.contains("Bedre erhvervsservice"));
    // Its badge's title says so.
    let badge = site.read("badges/direktionsstrategi-2013/erhvervsservice.svg");
    assert!(badge.contains("(opdatering mangler)</title>"), "{badge}");
    // The open data.
    let follow_up = &initiative(&site, "erhvervsservice")["follow_up"];
    assert_eq!(follow_up["every"], "quarter");
    assert_eq!(follow_up["grace_days"], 14);
    assert_eq!(follow_up["last_update"], serde_json::Value::Null);
    assert_eq!(follow_up["next_update_due"], "2013-03-13");
    assert_eq!(follow_up["update_overdue"], true);
    let csv = site.read("data/initiatives.csv");
    assert!(csv
        .lines()
        .next()
        .unwrap()
        .ends_with(",reporting_every,last_update,next_update_due,update_overdue"));
    let row = csv.lines().find(|l| l.contains("/erhvervsservice,")).unwrap();
    assert!(row.ends_with(",quarter,,2013-03-13,true"), "{row}");
}

#[test]
fn check_lists_overdue_initiatives_by_director_without_failing_strict() {
    let site = quarterly();
    let out = retning().args(["check", "--strict", "--root"]).arg(site.path()).output().unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "overdue is a fact about time, not a mistake:\n{err}");
    assert!(err.contains("warning: update overdue:"), "{err}");
    assert!(err.contains("due by 2013-03-13"), "{err}");
    let summary = &err[err.find("update overdue: ").unwrap()..];
    let summary = &summary[summary.rfind("\nupdate overdue: ").map_or(0, |i| i + 1)..];
    assert!(summary.contains("Thea Hass: 1\n    Styrke lokaldemokratiet"), "{summary}");
    assert!(summary.contains("Thomas Harfot: 2\n    Bedre erhvervsservice (content/direktionsstrategi-2013/erhvervsservice.md, due by 2013-03-13)\n    Flere cykelstier"), "{summary}");
}

#[test]
fn a_strategy_or_an_initiative_sets_its_own_cadence() {
    let site = quarterly();
    // Yearly for the whole strategy: erhvervsservice is due by 2013-11-27 + 14 days.
    site.edit(
        "content/direktionsstrategi-2013/index.md",
        "adopted: 2012-11-27",
        "adopted: 2012-11-27\nreporting: { every: year }",
    );
    site.build_ok();
    let i = initiative(&site, "erhvervsservice");
    assert_eq!(i["follow_up"]["next_update_due"], "2013-12-11");
    assert_eq!(i["follow_up"]["update_overdue"], false);
    // Monthly for one initiative, no grace of its own (the site's 14 days apply).
    site.edit(
        "content/direktionsstrategi-2013/uddannelse-til-alle.md",
        "updated: 2013-05-02",
        "updated: 2013-05-02\nreporting: { every: month }",
    );
    site.build_ok();
    let i = initiative(&site, "uddannelse-til-alle");
    assert_eq!(i["follow_up"]["every"], "month");
    assert_eq!(i["follow_up"]["next_update_due"], "2013-06-16");
    assert_eq!(i["follow_up"]["update_overdue"], true);
}

#[test]
fn the_last_update_is_the_latest_of_updated_and_the_measurements() {
    let site = quarterly();
    site.edit(
        "content/direktionsstrategi-2013/erhvervsservice.md",
        "due: 2013-03-31\n",
        "due: 2013-03-31\nupdated: 2013-01-10\ngoals:\n  - text: Tilfredse virksomheder\n    unit: \"%\"\n    target: 80\n    current: 70\n    history:\n      - { date: 2013-02-01, value: 60 }\n      - { date: 2013-05-20, value: 70 }\n",
    );
    site.build_ok();
    let i = initiative(&site, "erhvervsservice");
    assert_eq!(i["follow_up"]["last_update"], "2013-05-20");
    assert_eq!(i["follow_up"]["next_update_due"], "2013-09-03");
    assert_eq!(i["follow_up"]["update_overdue"], false);
}

#[test]
fn a_reporting_cadence_must_be_one_of_four() {
    let site = Site::from_fixture("kommune");
    site.edit("site.yaml", "language: da\n", "language: da\nreporting:\n  every: fortnight\n");
    let err = site.build_err();
    assert!(err.contains("site.yaml"), "{err}");
    assert!(err.contains("fortnight"), "{err}");
    assert!(err.contains("quarter"), "the known cadences are named: {err}");
}

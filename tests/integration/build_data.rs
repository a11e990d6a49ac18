//! Computed values as open data: `/data/site.json` (progress, status, budget, links
//! between entities) and `/data/goals.csv`. Exact strings throughout.
//!
//! Fixtures: `fremdrift` (goal and initiative progress), `status` (status rules, as_of
//! 2013-06-30), `budget` (exact sums), `kommune` (a realistic site).

use serde_json::{json, Value};

use crate::support::*;

fn built(fixture: &str) -> (Site, Value) {
    let site = Site::from_fixture(fixture);
    site.build_ok();
    let json = site.site_json();
    (site, json)
}

/// `progress` of every initiative of a site, by id.
fn initiative_progress(json: &Value, id: &str) -> Value {
    by_id(&json["initiatives"], id)["progress"].clone()
}

/// `progress` of each goal of an initiative.
fn goal_progress(json: &Value, id: &str) -> Vec<Value> {
    by_id(&json["initiatives"], id)["goals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["progress"].clone())
        .collect()
}

// --- site.json: shape -----------------------------------------------------------------

#[test]
fn site_json_has_id_title_url_and_progress_of_every_entity() {
    let (_site, json) = built("kommune");
    assert_eq!(json["title"], "Testkommune – strategier");
    assert_eq!(json["organisation"], "Testkommune");
    assert_eq!(json["language"], "da");
    assert_eq!(json["as_of"], "2013-06-30");
    let summary = |list: &str, name: &str| -> Vec<(String, String, String, Value)> {
        json[list]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["id"].as_str().unwrap().to_string(),
                    e[name].as_str().unwrap().to_string(),
                    // Absolute, as the site's base_url is.
                    e["url"]
                        .as_str()
                        .unwrap()
                        .strip_prefix("https://strategi.test.dk")
                        .expect("an absolute address")
                        .to_string(),
                    e["progress"].clone(),
                )
            })
            .collect()
    };
    let s = |a: &str, b: &str, c: &str, p: Value| (a.to_string(), b.to_string(), c.to_string(), p);
    assert_eq!(
        summary("strategies", "title"),
        [
            s(
                "direktionsstrategi-2013",
                "Direktionsstrategi 2013",
                "/direktionsstrategi-2013/",
                json!("50.00")
            ),
            s("klimaplan", "Klimaplan", "/klimaplan/", json!("60.00")),
        ]
    );
    assert_eq!(
        summary("themes", "title"),
        [
            s(
                "velfaerd-og-kvalitet",
                "Velfærd og kvalitet",
                "/themes/velfaerd-og-kvalitet/",
                json!("61.11")
            ),
            s(
                "erhverv-og-bosaetning",
                "Erhverv og bosætning",
                "/themes/erhverv-og-bosaetning/",
                json!("50.00")
            ),
            s("groen-omstilling", "Grøn omstilling", "/themes/groen-omstilling/", json!("20.00")),
        ]
    );
    assert_eq!(
        summary("directors", "name"),
        [
            s("gitte-lovgren", "Gitte Løvgren", "/directors/gitte-lovgren/", json!("61.11")),
            s("rie-perry", "Rie Perry", "/directors/rie-perry/", Value::Null),
            s("thea-hass", "Thea Hass", "/directors/thea-hass/", json!("20.00")),
            s("thomas-harfot", "Thomas Harfot", "/directors/thomas-harfot/", json!("40.00")),
        ]
    );
    assert_eq!(json["initiatives"].as_array().unwrap().len(), 7);
    assert_eq!(json["progress"], "54.00");
}

#[test]
fn site_json_initiative_has_status_strategy_themes_responsible_and_goals() {
    let (_site, json) = built("kommune");
    let uta = find_by(&json["initiatives"], "key", "direktionsstrategi-2013/uddannelse-til-alle");
    assert_eq!(uta["id"], "uddannelse-til-alle");
    assert_eq!(uta["title"], "Uddannelse til alle");
    assert_eq!(uta["url"], "https://strategi.test.dk/direktionsstrategi-2013/uddannelse-til-alle/");
    assert_eq!(uta["strategy"], "direktionsstrategi-2013");
    assert_eq!(uta["themes"], json!(["velfaerd-og-kvalitet"]));
    assert_eq!(uta["responsible"], json!(["gitte-lovgren"]));
    assert_eq!(uta["status"], "on-track");
    assert_eq!(uta["progress"], "50.00");
    assert_eq!(uta["start"], "2013-01-01");
    assert_eq!(uta["due"], "2014-12-31");
    assert_eq!(uta["updated"], "2013-05-02");
    assert_eq!(
        uta["goals"],
        json!([{
            "text": "Flere unge i uddannelse",
            "unit": "%",
            "baseline": "78",
            "target": "85",
            "current": "81.5",
            "due": "2014-12-31",
            "progress": "50.00",
            "history": [
                { "date": "2012-10-01", "value": "78" },
                { "date": "2013-04-01", "value": "81.5" }
            ]
        }])
    );
    let sygefravaer = by_id(&json["initiatives"], "mindre-sygefravaer");
    assert_eq!(sygefravaer["themes"], json!(["velfaerd-og-kvalitet", "erhverv-og-bosaetning"]));
    assert_eq!(sygefravaer["responsible"], json!(["gitte-lovgren", "thomas-harfot"]));
    assert_eq!(
        sygefravaer["actions"],
        json!([
            { "text": "Kortlægge fraværet", "done": true, "due": null },
            { "text": "Lave en handleplan", "done": false, "due": null },
            { "text": "Følge op", "done": false, "due": "2013-08-01" }
        ])
    );
}

#[test]
fn a_period_written_as_said_is_the_same_period() {
    let site = Site::from_fixture("kommune");
    site.edit(
        "content/direktionsstrategi-2013/index.md",
        "period: { start: 2013, end: 2013 }",
        "period: 2013–2016",
    );
    site.build_ok();
    let json = site.site_json();
    assert_eq!(
        by_id(&json["strategies"], "direktionsstrategi-2013")["period"],
        json!([2013, 2016])
    );
    let page = site.page("/direktionsstrategi-2013/");
    assert!(page.contains("<dd>2013–2016</dd>"), "{page}");
}

#[test]
fn site_json_strategy_has_themes_initiatives_owner_and_its_own_goals() {
    let (_site, json) = built("kommune");
    let klima = by_id(&json["strategies"], "klimaplan");
    assert_eq!(klima["owner"], "thomas-harfot");
    assert_eq!(klima["period"], json!([2014, 2017]));
    assert_eq!(klima["status"], "adopted");
    assert_eq!(klima["themes"], json!(["velfaerd-og-kvalitet", "groen-omstilling"]));
    assert_eq!(klima["initiatives"], json!(["klimaplan/affald", "klimaplan/cykelstier"]));
    // A decrease goal at strategy level: from 100 to 60 tons, now 80: half-way.
    assert_eq!(klima["goals"][0]["progress"], "50.00");
    // Strategy-level goals do not count in its progress (the mean of its initiatives).
    assert_eq!(klima["progress"], "60.00");
    let dir = by_id(&json["strategies"], "direktionsstrategi-2013");
    assert_eq!(dir["adopted"], "2012-11-27");
    assert_eq!(dir["adopted_by"], "Byrådet");
    assert_eq!(dir["owner"], "thea-hass");
    assert_eq!(dir["period"], json!([2013, 2013]));
}

#[test]
fn strategy_status_defaults_to_adopted_and_may_be_draft_or_archived() {
    let site = Site::from_fixture("kommune");
    site.edit(
        "content/klimaplan-2014-2017.md",
        "owner: thomas-harfot",
        "owner: thomas-harfot\nstatus: draft",
    );
    site.edit(
        "content/direktionsstrategi-2013/index.md",
        "owner: thea-hass",
        "owner: thea-hass\nstatus: archived",
    );
    // A draft is published only with `--drafts`, and then marked as one.
    let out = site.build_with(&["--drafts"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json = site.site_json();
    assert_eq!(by_id(&json["strategies"], "klimaplan")["status"], "draft");
    assert_eq!(by_id(&json["strategies"], "direktionsstrategi-2013")["status"], "archived");
    let banner = "<p class=\"draft-banner\" role=\"note\">Udkast – ikke offentliggjort.";
    assert!(site.read("klimaplan/index.html").contains(banner));
    let initiative = &json["initiatives"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["strategy"] == "klimaplan")
        .unwrap()["id"];
    assert!(site
        .read(&format!("klimaplan/{}/index.html", initiative.as_str().unwrap()))
        .contains(banner));
    assert!(!site.read("direktionsstrategi-2013/index.html").contains("draft-banner"));
    let (_site, json) = built("kommune");
    assert_eq!(by_id(&json["strategies"], "klimaplan")["status"], "adopted");
}

#[test]
fn a_draft_strategy_and_its_initiatives_are_left_out_of_a_build() {
    let site = Site::from_fixture("kommune");
    site.edit(
        "content/klimaplan-2014-2017.md",
        "owner: thomas-harfot",
        "owner: thomas-harfot\nstatus: draft",
    );
    let out = site.build_ok();
    let err = stderr(&out);
    assert!(
        err.contains("warning: the strategy `klimaplan` is a draft: it is not published, nor its"),
        "{err}"
    );
    let json = site.site_json();
    let strategies: Vec<&str> =
        json["strategies"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert!(!strategies.contains(&"klimaplan"), "{strategies:?}");
    assert!(json["initiatives"].as_array().unwrap().iter().all(|i| i["strategy"] != "klimaplan"));
    assert!(!site.public().join("klimaplan").exists());
    assert!(!site.public().join("badges/klimaplan.svg").exists());
    for page in [
        "index.html",
        "direktionsstrategi-2013/index.html",
        "status/index.html",
        "sitemap.xml",
        "data/initiatives.csv",
    ] {
        if site.public().join(page).exists() {
            assert!(!site.read(page).contains("/klimaplan/"), "{page} names the draft");
        }
    }
    // `check` shows it, and says it is a draft, without failing --strict on it.
    let check = retning().args(["check", "--strict", "--root"]).arg(site.path()).output().unwrap();
    assert!(check.status.success(), "{}", stderr(&check));
    assert!(stderr(&check).contains("the strategy `klimaplan` is a draft: `build` leaves it out"));
}

#[test]
fn a_draft_initiative_is_left_out_of_a_build_and_shown_with_drafts() {
    let site = Site::from_fixture("kommune");
    let file = "content/direktionsstrategi-2013/erhvervsservice.md";
    site.edit(file, "responsible: thomas-harfot", "responsible: thomas-harfot\nstatus: draft");
    // A published initiative links to it, in its front matter and in its text.
    site.edit(
        "content/direktionsstrategi-2013/uddannelse-til-alle.md",
        "related: [klimaplan/affald]",
        "related: [klimaplan/affald, erhvervsservice]",
    );
    let out = site.build_ok();
    let err = stderr(&out);
    assert!(
        err.contains("warning: the initiative `direktionsstrategi-2013/erhvervsservice` is a draft: it is not published"),
        "{err}"
    );
    assert!(!site.public().join("direktionsstrategi-2013/erhvervsservice").exists());
    assert!(!site.public().join("badges/direktionsstrategi-2013/erhvervsservice.svg").exists());
    let json = site.site_json();
    assert!(json["initiatives"].as_array().unwrap().iter().all(|i| i["id"] != "erhvervsservice"));
    for page in [
        "direktionsstrategi-2013/index.html",
        "status/index.html",
        "sitemap.xml",
        "data/initiatives.csv",
    ] {
        assert!(!site.read(page).contains("erhvervsservice"), "{page} names the draft");
    }
    // Its strategy and the rest are published.
    assert!(site.public().join("direktionsstrategi-2013/uddannelse-til-alle/index.html").exists());
    // `build --drafts` publishes it, with the banner.
    let out = retning()
        .args(["build", "--drafts", "--quiet", "--root"])
        .arg(site.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let page = site.page("/direktionsstrategi-2013/erhvervsservice/");
    assert!(page.contains("class=\"draft-banner\""), "{page}");
    // Its status is computed as if none were given (a draft sets none).
    let json = site.site_json();
    let draft = json["initiatives"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "erhvervsservice")
        .unwrap();
    assert_eq!(draft["status"], "off-track", "due 2013-03-31, judged on 2013-06-30");
    // `check` lists it without failing --strict.
    let check = retning().args(["check", "--strict", "--root"]).arg(site.path()).output().unwrap();
    assert!(check.status.success(), "{}", stderr(&check));
    assert!(stderr(&check).contains("the initiative `direktionsstrategi-2013/erhvervsservice` is a draft: `build` leaves it out"));
}

#[test]
fn as_of_defaults_to_the_build_date() {
    let site = Site::from_fixture("status");
    site.edit("site.yaml", "as_of: 2013-06-30\n", "");
    // Today's UTC date from the system clock (days since 1970 → civil date).
    let today = || {
        let secs =
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
        let z = (secs / 86_400) as i64 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        format!("{year:04}-{month:02}-{day:02}")
    };
    let before = today();
    site.build_ok();
    let after = today();
    let as_of = site.site_json()["as_of"].as_str().unwrap().to_string();
    assert!(as_of == before || as_of == after, "as_of {as_of}, today {before}");
    // Everything due in 2013 is long past.
    assert_eq!(status_of(&site.site_json(), "bagud"), "off-track");
}

// --- Progress ------------------------------------------------------------------------

#[test]
fn share_of_actions_done_has_two_decimals_rounded_half_away_from_zero() {
    let (_site, json) = built("fremdrift");
    assert_eq!(initiative_progress(&json, "en-af-tre-handlinger"), "33.33");
    assert_eq!(initiative_progress(&json, "to-af-tre-handlinger"), "66.67");
}

#[test]
fn goal_progress_of_an_increase_goal() {
    let (_site, json) = built("fremdrift");
    // 78 → 85, now 81.5.
    assert_eq!(goal_progress(&json, "stigning"), [json!("50.00")]);
    assert_eq!(initiative_progress(&json, "stigning"), "50.00");
}

#[test]
fn goal_progress_of_a_decrease_goal() {
    let (_site, json) = built("fremdrift");
    // 12 → 10 sick days, now 11.5.
    assert_eq!(goal_progress(&json, "fald"), [json!("25.00")]);
    assert_eq!(initiative_progress(&json, "fald"), "25.00");
}

#[test]
fn goal_progress_is_clamped_to_0_and_100() {
    let (_site, json) = built("fremdrift");
    // 0 → 10, now 15.
    assert_eq!(goal_progress(&json, "over-maalet"), [json!("100.00")]);
    // Decrease 12 → 10, now 13 (the wrong way).
    assert_eq!(goal_progress(&json, "forkert-retning"), [json!("0.00")]);
    // Increase 5 → 10, now −3.
    assert_eq!(goal_progress(&json, "under-udgangspunkt"), [json!("0.00")]);
}

#[test]
fn goal_without_baseline_counts_from_zero() {
    let (_site, json) = built("fremdrift");
    // 0 → 20, now 12.5.
    assert_eq!(goal_progress(&json, "uden-udgangspunkt"), [json!("62.50")]);
    let goal = &by_id(&json["initiatives"], "uden-udgangspunkt")["goals"][0];
    assert_eq!(goal["baseline"], Value::Null);
    assert_eq!(goal["target"], "20");
    assert_eq!(goal["current"], "12.5");
}

#[test]
fn progress_override_wins_over_goals_and_actions() {
    let (_site, json) = built("fremdrift");
    assert_eq!(initiative_progress(&json, "overstyret"), "40.00");
    // Its goal still shows its own progress.
    assert_eq!(goal_progress(&json, "overstyret"), [json!("100.00")]);
}

#[test]
fn initiative_progress_is_the_mean_of_goals_with_a_current_value() {
    let (_site, json) = built("fremdrift");
    // 50 and 100; the unmeasured goal and the actions are left out.
    assert_eq!(
        goal_progress(&json, "gennemsnit-af-maal"),
        [json!("50.00"), Value::Null, json!("100.00")]
    );
    assert_eq!(initiative_progress(&json, "gennemsnit-af-maal"), "75.00");
}

#[test]
fn without_measured_goals_progress_is_the_share_of_actions_done() {
    let (_site, json) = built("fremdrift");
    assert_eq!(goal_progress(&json, "maal-uden-maaling"), [Value::Null]);
    assert_eq!(initiative_progress(&json, "maal-uden-maaling"), "25.00");
}

#[test]
fn progress_is_rounded_to_two_decimals_half_away_from_zero() {
    let (_site, json) = built("fremdrift");
    // 1 of 3 is 33.333…; 0.65 of 200 is exactly 0.325 % (banker's rounding would give 0.32).
    assert_eq!(goal_progress(&json, "afrunding"), [json!("33.33"), json!("0.33")]);
    // Mean of 33.333… and 0.325 = 16.829…
    assert_eq!(initiative_progress(&json, "afrunding"), "16.83");
}

#[test]
fn initiative_without_goals_actions_or_override_has_null_progress() {
    let (_site, json) = built("fremdrift");
    assert_eq!(initiative_progress(&json, "ingen-fremdrift"), Value::Null);
}

#[test]
fn aggregate_progress_leaves_out_cancelled_initiatives_and_those_without_progress() {
    let (_site, json) = built("fremdrift");
    // Mean of the twelve initiatives with progress; `annulleret` (90, cancelled) and
    // `ingen-fremdrift` (none) left out. With the cancelled one it would be 44.95.
    assert_eq!(initiative_progress(&json, "annulleret"), "90.00");
    assert_eq!(by_id(&json["strategies"], "maal")["progress"], "41.19");
    assert_eq!(by_id(&json["themes"], "tal")["progress"], "41.19");
    assert_eq!(by_id(&json["directors"], "anne")["progress"], "41.19");
    assert_eq!(json["progress"], "41.19");
}

#[test]
fn theme_director_and_strategy_means_on_a_realistic_site() {
    let (_site, json) = built("kommune");
    // velfaerd-og-kvalitet: 33.33 (sygefravær), 50 (uddannelse), 100 (affald); the
    // cancelled skolestruktur (10) left out.
    assert_eq!(by_id(&json["themes"], "velfaerd-og-kvalitet")["progress"], "61.11");
    // erhverv-og-bosaetning: 33.33 and 66.67; lokaldemokrati has no progress.
    assert_eq!(by_id(&json["themes"], "erhverv-og-bosaetning")["progress"], "50.00");
    // direktionsstrategi-2013: 33.33, 66.67, 50 (not 40, as it would be with the cancelled 10).
    assert_eq!(by_id(&json["strategies"], "direktionsstrategi-2013")["progress"], "50.00");
    // thomas-harfot: 33.33 (co-responsible), 66.67, 20 (co-responsible).
    assert_eq!(by_id(&json["directors"], "thomas-harfot")["progress"], "40.00");
    // thea-hass: only cykelstier (20) counts; lokaldemokrati none, skolestruktur cancelled.
    assert_eq!(by_id(&json["directors"], "thea-hass")["progress"], "20.00");
    // A director with no initiatives.
    assert_eq!(by_id(&json["directors"], "rie-perry")["progress"], Value::Null);
    assert_eq!(by_id(&json["directors"], "rie-perry")["initiatives"], json!([]));
}

#[test]
fn shared_theme_is_one_theme_listing_initiatives_of_both_strategies() {
    let (_site, json) = built("kommune");
    assert_eq!(json["themes"].as_array().unwrap().len(), 3);
    let theme = by_id(&json["themes"], "velfaerd-og-kvalitet");
    assert_eq!(theme["strategies"], json!(["direktionsstrategi-2013", "klimaplan"]));
    assert_eq!(
        theme["initiatives"],
        json!([
            "direktionsstrategi-2013/mindre-sygefravaer",
            "direktionsstrategi-2013/skolestruktur",
            "direktionsstrategi-2013/uddannelse-til-alle",
            "klimaplan/affald"
        ])
    );
}

#[test]
fn co_responsible_initiative_belongs_to_both_directors() {
    let (_site, json) = built("kommune");
    let gitte = by_id(&json["directors"], "gitte-lovgren");
    let thomas = by_id(&json["directors"], "thomas-harfot");
    assert!(strings(&gitte["initiatives"])
        .contains(&"direktionsstrategi-2013/mindre-sygefravaer".to_string()));
    assert!(strings(&thomas["initiatives"])
        .contains(&"direktionsstrategi-2013/mindre-sygefravaer".to_string()));
    assert_eq!(
        thomas["initiatives"],
        json!([
            "direktionsstrategi-2013/mindre-sygefravaer",
            "direktionsstrategi-2013/erhvervsservice",
            "klimaplan/cykelstier"
        ])
    );
}

// --- Status --------------------------------------------------------------------------

fn statuses() -> Value {
    built("status").1
}

fn status_of(json: &Value, id: &str) -> String {
    by_id(&json["initiatives"], id)["status"].as_str().unwrap().to_string()
}

#[test]
fn status_is_done_at_100_percent_even_past_its_due_date() {
    let json = statuses();
    assert_eq!(status_of(&json, "faerdig-trods-frist"), "done");
    assert_eq!(status_of(&json, "alle-handlinger-gjort"), "done");
}

#[test]
fn status_is_off_track_when_due_before_as_of_and_not_done() {
    let json = statuses();
    assert_eq!(status_of(&json, "frist-overskredet"), "off-track");
    // Due on the as_of date itself is not overdue.
    assert_eq!(status_of(&json, "frist-i-dag"), "on-track");
}

#[test]
fn status_is_not_started_when_start_is_after_as_of_or_nothing_is_known() {
    let json = statuses();
    assert_eq!(status_of(&json, "starter-senere"), "not-started");
    assert_eq!(status_of(&json, "uden-datoer-og-fremdrift"), "not-started");
}

#[test]
fn status_is_at_risk_only_when_behind_schedule_by_more_than_25_points() {
    let json = statuses();
    // 2013: 181 of 364 days passed (49.7 %).
    assert_eq!(status_of(&json, "bagud"), "at-risk"); // 20 % done
    assert_eq!(status_of(&json, "lidt-bagud"), "on-track"); // 25 % done
                                                            // 2013-06-10..2013-07-30: 20 of 50 days passed (exactly 40 %).
    assert_eq!(status_of(&json, "praecis-25-point-bagud"), "on-track"); // 15 %: 25 points
    assert_eq!(status_of(&json, "lige-over-25-point-bagud"), "at-risk"); // 14.99 %
                                                                         // Progress without dates.
    assert_eq!(status_of(&json, "kun-fremdrift"), "on-track");
}

#[test]
fn status_override_wins_over_the_computed_status() {
    let json = statuses();
    assert_eq!(status_of(&json, "overstyret-paa-sporet"), "on-track"); // would be off-track
    assert_eq!(status_of(&json, "overstyret-faerdig"), "done"); // would be on-track
    assert_eq!(status_of(&json, "overstyret-i-fare"), "at-risk"); // would be done
    assert_eq!(status_of(&json, "annulleret"), "cancelled");
}

#[test]
fn status_follows_as_of_from_site_yaml() {
    let site = Site::from_fixture("status");
    site.edit("site.yaml", "as_of: 2013-06-30", "as_of: 2012-12-01");
    site.build_ok();
    let json = site.site_json();
    assert_eq!(json["as_of"], "2012-12-01");
    // Before its start, and long before the due date.
    assert_eq!(status_of(&json, "bagud"), "not-started");
    assert_eq!(status_of(&json, "frist-overskredet"), "on-track");
    assert_eq!(status_of(&json, "faerdig-trods-frist"), "done");
}

// --- Budget --------------------------------------------------------------------------

#[test]
fn budget_sums_by_year_are_exact_decimals() {
    let (_site, json) = built("budget");
    let strategy = by_id(&json["strategies"], "anlaeg");
    assert_eq!(
        strategy["budget"],
        json!({
            "by_year": [
                { "year": 2017, "unit": "kr.", "target": "12345678901234567.891", "realised": null },
                // 0.1 + 0.2 (strategy lines)
                { "year": 2014, "unit": "mio. kr.", "target": "0.3", "realised": "0.1" },
                // 3.2 + 2.15 (two initiatives); realised 2.9 + 0.05
                { "year": 2015, "unit": "mio. kr.", "target": "5.35", "realised": "2.95" },
                // 2.9 + 9.8 + 35
                { "year": 2016, "unit": "mio. kr.", "target": "47.7", "realised": null }
            ],
            "totals": [
                { "unit": "kr.", "target": "12345678901234567.891", "realised": null },
                { "unit": "mio. kr.", "target": "53.35", "realised": "3.05" }
            ]
        })
    );
}

#[test]
fn budget_sums_by_theme_and_director_come_from_their_initiatives() {
    let (_site, json) = built("budget");
    let veje = by_id(&json["themes"], "veje");
    assert_eq!(
        veje["budget"]["totals"],
        json!([
            { "unit": "kr.", "target": "12345678901234567.891", "realised": null },
            { "unit": "mio. kr.", "target": "53.05", "realised": "2.95" }
        ])
    );
    let bygninger = by_id(&json["themes"], "bygninger");
    assert_eq!(
        bygninger["budget"]["by_year"],
        json!([
            { "year": 2017, "unit": "kr.", "target": "12345678901234567.891", "realised": null },
            { "year": 2015, "unit": "mio. kr.", "target": "2.15", "realised": "0.05" }
        ])
    );
    // Broer is co-responsible: it counts for both directors.
    let anne = by_id(&json["directors"], "anne");
    assert_eq!(anne["budget"], veje["budget"]);
    let bo = by_id(&json["directors"], "bo");
    assert_eq!(bo["budget"], bygninger["budget"]);
    let vejnet = by_id(&json["initiatives"], "vejnet");
    assert_eq!(
        vejnet["budget"]["totals"],
        json!([{ "unit": "mio. kr.", "target": "50.9", "realised": "2.9" }])
    );
}

#[test]
fn budget_figure_beyond_float_precision_survives_unchanged() {
    let (site, json) = built("budget");
    let broer = by_id(&json["initiatives"], "broer");
    assert_eq!(broer["budget"]["by_year"][0]["target"], "12345678901234567.891");
    // Nowhere in the raw JSON is the figure written as a float.
    let raw = site.read("data/site.json");
    assert!(raw.contains("\"12345678901234567.891\""));
    assert!(!raw.contains("12345678901234568"), "a float crept in");
}

#[test]
fn strategy_budget_adds_its_own_lines_and_its_initiatives_lines() {
    let (_site, json) = built("kommune");
    // 12.5 (strategy) + 2.5 (uddannelse-til-alle)
    let strategy = by_id(&json["strategies"], "direktionsstrategi-2013");
    assert_eq!(
        strategy["budget"],
        json!({
            "by_year": [{ "year": 2013, "unit": "mio. kr.", "target": "15.0", "realised": "1.25" }],
            "totals": [{ "unit": "mio. kr.", "target": "15.0", "realised": "1.25" }]
        })
    );
    assert_eq!(
        by_id(&json["strategies"], "klimaplan")["budget"],
        json!({ "by_year": [], "totals": [] })
    );
}

// --- goals.csv -----------------------------------------------------------------------

const KOMMUNE_GOALS: &str = "strategy,initiative,initiative_title,goal,unit,baseline,target,current,progress,due,url\r\n\
     direktionsstrategi-2013,direktionsstrategi-2013/uddannelse-til-alle,Uddannelse til alle,Flere unge i uddannelse,%,78,85,81.5,50.00,2014-12-31,https://strategi.test.dk/direktionsstrategi-2013/uddannelse-til-alle/\r\n\
     klimaplan,,,Lavere CO2-udledning,tons,100,60,80,50.00,2017-12-31,https://strategi.test.dk/klimaplan/\r\n";

#[test]
fn goals_csv_is_rfc_4180_utf8_without_bom_with_decimal_points_in_danish() {
    let site = Site::from_fixture("kommune");
    site.build_ok();
    assert_eq!(site.read("data/goals.csv"), KOMMUNE_GOALS);
}

#[test]
fn goals_csv_has_one_row_per_goal_with_empty_cells_for_missing_values() {
    let site = Site::from_fixture("fremdrift");
    site.build_ok();
    let text = site.read("data/goals.csv");
    let rows: Vec<String> = text
        .split("\r\n")
        .filter(|r| !r.is_empty())
        // Without the address at the end.
        .map(|r| r[..r.rfind(',').unwrap()].to_string())
        .collect();
    // Header + 13 goals.
    assert_eq!(rows.len(), 14, "{text}");
    for row in [
        "maal,maal/uden-udgangspunkt,Uden udgangspunkt,Ingen baseline,mio. kr.,,20,12.5,62.50,",
        "maal,maal/gennemsnit-af-maal,Gennemsnit af mål,Ikke målt,,0,10,,,",
        "maal,maal/under-udgangspunkt,Under udgangspunktet,Stigning der blev et fald,,5,10,-3,0.00,",
        "maal,maal/afrunding,Afrunding,Halv væk fra nul,,0,200,0.65,0.33,",
    ] {
        assert!(rows.iter().any(|r| r == row), "{row} in\n{text}");
    }
}

#[test]
fn goals_csv_is_the_same_in_every_language() {
    let site = Site::from_fixture("kommune");
    site.edit("site.yaml", "language: da", "language: en");
    site.build_ok();
    assert_eq!(site.read("data/goals.csv"), KOMMUNE_GOALS);
}

#[test]
fn goals_csv_quotes_a_goal_text_containing_a_comma_or_quote() {
    let site = Site::from_fixture("kommune");
    site.edit(
        "content/klimaplan-2014-2017.md",
        "text: Lavere CO2-udledning",
        "text: 'Lavere CO2, \"færre\" tons'",
    );
    site.build_ok();
    let text = site.read("data/goals.csv");
    assert!(
        text.contains(
            "klimaplan,,,\"Lavere CO2, \"\"færre\"\" tons\",tons,100,60,80,50.00,2017-12-31,"
        ),
        "{text}"
    );
}

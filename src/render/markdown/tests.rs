//! Markdown: headings, ids, links, and what is refused.

use super::*;

fn ctx(urls: &HashMap<PathBuf, String>, allow_html: bool) -> MarkdownContext<'_> {
    MarkdownContext { source_urls: urls, allow_html }
}

#[test]
fn escapes_raw_html_by_default() {
    let urls = HashMap::default();
    let r = render("Hi <script>alert(1)</script>", Path::new("content/a.md"), &ctx(&urls, false));
    assert!(r.html.contains("&lt;script&gt;"), "{}", r.html);
    assert!(!r.html.contains("<script>"));
}

#[test]
fn headings_start_below_the_page_title_keeping_their_outline() {
    let urls = HashMap::default();
    let html = |md: &str| render(md, Path::new("content/a.md"), &ctx(&urls, false)).html;
    // A text using `#`: every heading one level down.
    assert_eq!(
        html("# Title\n\n## Sub\n\n###### Six"),
        "<h2 id=\"title\">Title</h2>\n<h3 id=\"sub\">Sub</h3>\n<h6 id=\"six\">Six</h6>\n"
    );
    assert_eq!(
        html("Intro\n=====\n\nMore\n----"),
        "<h2 id=\"intro\">Intro</h2>\n<h3 id=\"more\">More</h3>\n"
    );
    // A text whose top level is `##`: as written.
    assert_eq!(
        html("## Sub\n\n### Subsub"),
        "<h2 id=\"sub\">Sub</h2>\n<h3 id=\"subsub\">Subsub</h3>\n"
    );
    // In a quote or a list, too (those texts have their events collected).
    assert_eq!(
        html("> # Quoted\n\n- Item\n\n  Under\n  ===\n\n## Sub"),
        "<blockquote>\n<h2 id=\"quoted\">Quoted</h2>\n</blockquote>\n<ul>\n<li>\n<p>Item</p>\n\
         <h2 id=\"under\">Under</h2>\n</li>\n</ul>\n<h3 id=\"sub\">Sub</h3>\n"
    );
    assert!(!may_have_top_level_heading("## A ##\n\nText with #hashtag and a = b.\n### B"));
    // A `#` in code is no heading.
    assert_eq!(
        html("## Sub\n\n```\n# comment\n```"),
        "<h2 id=\"sub\">Sub</h2>\n<pre><code># comment\n</code></pre>\n"
    );
}

#[test]
fn rewrites_md_links() {
    let mut urls = HashMap::default();
    urls.insert(PathBuf::from("content/s/index.md"), "/s/".to_string());
    urls.insert(PathBuf::from("content/s/b.md"), "/s/b/".to_string());
    urls.insert(PathBuf::from("content/directors/x.md"), "/directors/x/".to_string());
    let c = ctx(&urls, false);
    let r = render(
        "[b](b.md) [x](../directors/x.md#bio) [s](../s.md) [e](https://e.dk/a.md) [n](nope.md)",
        Path::new("content/s/a.md"),
        &c,
    );
    assert!(r.html.contains(r#"href="/s/b/""#), "{}", r.html);
    assert!(r.html.contains(r#"href="/directors/x/#bio""#), "{}", r.html);
    assert!(r.html.contains(r#"href="/s/""#), "{}", r.html);
    assert!(r.html.contains(r#"href="https://e.dk/a.md""#));
    assert_eq!(r.broken_links, vec!["nope.md"]);
}

#[test]
fn relative_links() {
    assert_eq!(relative_link(Path::new("content/s"), Path::new("content/s/b.md")), "b.md");
    assert_eq!(
        relative_link(Path::new("content/s"), Path::new("content/t/index.md")),
        "../t/index.md"
    );
    assert_eq!(
        relative_link(Path::new("content"), Path::new("content/directors/x.md")),
        "directors/x.md"
    );
}

#[test]
fn inline_summary_has_no_paragraph() {
    let urls = HashMap::default();
    let r = render_inline("Some *text*", Path::new("content/a.md"), &ctx(&urls, false));
    assert_eq!(r.html, "Some <em>text</em>");
}

#[test]
fn shifts_headings_down_to_h6() {
    let html = "<h2>A</h2>\n<p>x <em>y</em></p>\n<h3 id=\"b\">B</h3>\n<h5>C</h5><h6>D</h6>";
    assert_eq!(
        shift_headings(html, 2),
        "<h4>A</h4>\n<p>x <em>y</em></p>\n<h5 id=\"b\">B</h5>\n<h6>C</h6><h6>D</h6>"
    );
    assert_eq!(shift_headings(html, 0), html);
}

#[test]
fn shift_leaves_other_tags_text_and_attributes() {
    // Escaped text, tags that only start like a heading, attribute values holding
    // `<h2>` and `>`, and comments stay as they are.
    let html = "<p>&lt;h2&gt; <hr> <header>x</header> <a title=\"<h2> > '\" href='/h2'>l</a>\
                <!-- <h2> --></p><H2>Big</H2>";
    assert_eq!(shift_headings(html, 1), html.replace("<H2>Big</H2>", "<H3>Big</H3>"));
}

#[test]
fn shifted_markdown_headings_keep_their_order() {
    let urls = HashMap::default();
    let md = "# One\n\n## Two\n\n### Three\n\n`<h2>` and <h3>raw</h3>";
    let r = render(md, Path::new("content/a.md"), &ctx(&urls, false));
    let shifted = shift_headings(&r.html, 2);
    assert!(
        shifted.starts_with(
            "<h4 id=\"one\">One</h4>\n<h5 id=\"two\">Two</h5>\n<h6 id=\"three\">Three</h6>\n"
        ),
        "{shifted}"
    );
    assert!(shifted.contains("<code>&lt;h2&gt;</code> and &lt;h3&gt;raw&lt;/h3&gt;"), "{shifted}");
}

#[test]
fn headings_get_ids_from_their_text_unique_on_the_page() {
    let urls = HashMap::default();
    let html = |md: &str| render(md, Path::new("content/a.md"), &ctx(&urls, false)).html;
    assert_eq!(
        html("## Mål for 2014\n\n## Mål for 2014\n\n## Main\n\n### `kode` & *mere*\n\n## !!"),
        "<h2 id=\"maal-for-2014\">Mål for 2014</h2>\n<h2 id=\"maal-for-2014-2\">Mål for 2014</h2>\n\
         <h2 id=\"main-2\">Main</h2>\n<h3 id=\"kode-mere\"><code>kode</code> &amp; <em>mere</em></h3>\n\
         <h2>!!</h2>\n"
    );
}

#[test]
fn prefix_ids_reaches_ids_and_same_page_links_only() {
    let html = "<h4 id=\"maal\">Mål</h4>\n<p><a href=\"#maal\">x</a> <a href=\"/s/i/#maal\">y</a> \
                <a title=\" id=&quot;z\" href=\"#1\">n</a></p><!-- id=\"c\" -->\
                <div class=\"footnote-definition\" id=\"1\"></div>";
    assert_eq!(
        prefix_ids(html, "i-a--"),
        "<h4 id=\"i-a--maal\">Mål</h4>\n<p><a href=\"#i-a--maal\">x</a> <a href=\"/s/i/#maal\">y</a> \
         <a title=\" id=&quot;z\" href=\"#i-a--1\">n</a></p><!-- id=\"c\" -->\
         <div class=\"footnote-definition\" id=\"i-a--1\"></div>"
    );
    assert_eq!(prefix_ids(html, ""), html);
    assert_eq!(prefix_ids("<p>id=\"x\" as text</p>", "p-"), "<p>id=\"x\" as text</p>");
}

#[test]
fn repeated_heading_texts_number_on_as_before() {
    let mut ids = HeadingIds::default();
    let got: Vec<_> =
        ["a", "a", "a 2", "a", "A", "b", "main", "main"].map(|t| ids.next(t).unwrap()).to_vec();
    assert_eq!(got, ["a", "a-2", "a-2-2", "a-3", "a-4", "b", "main-2", "main-3"]);
    // Thousands of one text: each new id is the next number, found at once.
    let mut ids = HeadingIds::default();
    let last = (0..5000).map(|_| ids.next("Same").unwrap()).last().unwrap();
    assert_eq!(last, "same-5000");
}

#[test]
fn only_web_mail_phone_and_relative_urls_are_safe() {
    for safe in [
        "https://x.dk/a",
        "HTTP://x.dk",
        "mailto:a@x.dk",
        "tel:+4512345678",
        "../a.md#mål",
        "/status/",
        "#top",
        "?q=1",
        "a/b:c",
        "",
        ":x",
    ] {
        assert!(is_safe_url(safe), "{safe}");
    }
    for unsafe_url in [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " \u{1}javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
    ] {
        assert!(!is_safe_url(unsafe_url), "{unsafe_url:?}");
    }
}

#[test]
fn unsafe_links_and_images_are_left_out_and_reported() {
    let urls = HashMap::default();
    let md = "[a](javascript:alert(1)) [b](&#106;avascript:alert(2)) [c](JaVaScRiPt:x) \
              ![d](data:text/html,x) [![e](vbscript:y)](https://x.dk) <javascript:alert(3)> \
              [ok](https://x.dk/ok)\n\n[r]: javascript:alert(4)\n\n[ref][r]";
    let rendered = render(md, Path::new("content/a.md"), &ctx(&urls, false));
    // Only the two safe links are links; no image is left (an autolink's text stays
    // as text).
    assert_eq!(rendered.html.matches("href=").count(), 2, "{}", rendered.html);
    assert!(!rendered.html.contains("src="), "{}", rendered.html);
    assert!(rendered.html.contains("<a href=\"https://x.dk/ok\">ok</a>"), "{}", rendered.html);
    // The texts stay; an image becomes its alt text; a safe link around an unsafe
    // image stays.
    for text in ["a", "b", "c", "d", "ref"] {
        assert!(rendered.html.contains(text), "{text}: {}", rendered.html);
    }
    assert!(rendered.html.contains("<a href=\"https://x.dk\">e</a>"), "{}", rendered.html);
    let found: Vec<String> = find_unsafe_urls(md).into_iter().map(|(url, _)| url).collect();
    assert_eq!(found.len(), 7, "{found:?}");
    // With raw HTML allowed, the sanitiser has its say too, and Markdown links are
    // still checked.
    let rendered = render(md, Path::new("content/a.md"), &ctx(&urls, true));
    assert_eq!(rendered.html.matches("href=").count(), 2, "{}", rendered.html);
}

#[test]
fn the_quick_look_for_unsafe_urls_never_misses_one_the_parser_finds() {
    use super::links::{may_have_unsafe_url, parse_unsafe_urls};
    let may = may_have_unsafe_url;
    let parse = parse_unsafe_urls;
    for text in [
        "[a](javascript:alert(1))",
        "[a](<JavaScript:x>)",
        "<data:text/html,x>",
        "[a]: vbscript:x",
        "[a]:\n  javascript:x\n\n[b][a]",
        "[a](\u{1}javascript:x)",
        "[a](javascript&#58;x)",
        "[a](javascript&colon;x)",
        "[a](javascript\\:x)",
        "![i](data:image/png;base64,AAAA)",
        "javascript:x",
    ] {
        assert!(may(text), "{text:?}");
    }
    for text in [
        "Vi vil især: mere cykling.",
        "[a](https://x.dk) og [b](mailto:a@b.dk)",
        "Kl. 10:30",
        "[a](side.md#mål)",
    ] {
        assert!(!may(text), "{text:?}");
        assert!(parse(text).is_empty());
    }
    // Links made at random from the pieces links are made of, in random prose.
    let pick = |seed: &mut u64, list: &[&'static str]| {
        *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        list[(*seed >> 33) as usize % list.len()]
    };
    let prose = ["", "Mål: ", "Kl. 10:30 ", "se [her](https://x.dk) ", "`kode:x` ", "* ", "# "];
    let openers = ["[a](", "![i](", "<", "[x]: ", "[x]:\n  ", "[a](<", "[a]( "];
    let blanks = ["", "", " ", "\t", "\n", "\u{1}"];
    let scheme =
        ["java", "script", "JaVa", "data", "s", "vb", "http", "https", "tel", "1", "-", "+", "\t"];
    let colons = [":", ":", "&#58;", "&colon;", "\\:", "&#x3a;"];
    let closers = [")", ">", "", ">)", ")\n\n[b][x]", "\n\n[b][x]"];
    let mut seed: u64 = 0x5eed;
    let mut found_unsafe = 0;
    for _ in 0..30_000 {
        let mut text = String::from(pick(&mut seed, &prose));
        text.push_str(pick(&mut seed, &openers));
        text.push_str(pick(&mut seed, &blanks));
        for _ in 0..1 + (seed >> 60) % 3 {
            text.push_str(pick(&mut seed, &scheme));
        }
        text.push_str(pick(&mut seed, &colons));
        text.push('x');
        text.push_str(pick(&mut seed, &closers));
        text.push_str(pick(&mut seed, &prose));
        if !parse(&text).is_empty() {
            found_unsafe += 1;
            assert!(may(&text), "missed {text:?}: {:?}", parse(&text));
        }
    }
    // The pieces make unsafe links often enough for this to mean something.
    assert!(found_unsafe > 500, "{found_unsafe}");
}

#[test]
fn a_summary_is_the_first_paragraph_as_plain_text() {
    let text = "# Titel\n\n## Baggrund\n\nVi *vil* have **flere** `cykler` og [stier](a.md).\nNæste <abbr\ntitle=\"x\">linje</abbr> > her.\n\nAnden afsnit.";
    assert_eq!(plain_summary(text), "Vi vil have flere cykler og stier(a.md). Næste linje  her.");
    assert_eq!(plain_summary("# Kun en overskrift\n"), "");
    assert_eq!(plain_summary(""), "");
}

#[test]
fn a_summary_is_cut_at_a_word_within_the_limit() {
    let exact = "a".repeat(SUMMARY_CHARS);
    assert_eq!(plain_summary(&exact), exact, "as long as the limit: whole, no ellipsis");
    let words = "ord ".repeat(SUMMARY_CHARS / 4) + "sidste";
    let summary = plain_summary(&words);
    assert!(summary.ends_with("ord…"), "{summary}");
    assert!(summary.chars().count() <= SUMMARY_CHARS + 1);
    // Characters left out (emphasis) do not count towards the limit.
    let starred = format!("**{exact}**");
    assert_eq!(plain_summary(&starred), exact);
    // A text of one long word past the limit: cut at the limit.
    let long = "b".repeat(SUMMARY_CHARS + 5);
    assert_eq!(plain_summary(&long), format!("{}…", "b".repeat(SUMMARY_CHARS)));
}

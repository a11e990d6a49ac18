"""The feed and the sitemap of a built site, read as a feed reader and a search engine
would: the sitemap against the sitemaps.org XML schema (sitemap.xsd, as shipped in the
npm package `sitemap`, pinned in package-lock.json) with lxml, the feed against the
Atom rules (RFC 4287) the W3C Feed Validation Service applies, each failure named by
the validator's own message id (https://validator.w3.org/feed/docs/). The W3C
validator itself is on no package registry, so its Atom rules are written out here.

    python tests/data/feed_sitemap_check.py SITE_DIR --sitemap-schema XSD [--absent]

--absent: the site has a relative base_url, so both files must be missing.
"""

import argparse
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

from lxml import etree

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# RFC 3339 date-time (the validator's InvalidRFC3339Date).
RFC3339 = re.compile(
    r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)"
    r"(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$"
)
LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")


class Problems(list):
    def add(self, message_id, text):
        self.append(f"{message_id}: {text}")


def full_url(value):
    parts = urlsplit(value or "")
    return parts.scheme in ("http", "https") and bool(parts.netloc) and " " not in value


def check_text_construct(element, where, problems):
    kind = element.get("type", "text")
    if kind not in ("text", "html", "xhtml"):
        problems.add("InvalidTextType", f"{where}: type=\"{kind}\"")
    if kind != "xhtml" and len(element):
        problems.add("NotInline" if kind == "text" else "ContainsUndeclaredHTML",
                     f"{where}: child elements in a {kind} construct")


def exactly_one(parent, name, where, problems):
    found = parent.findall(ATOM + name)
    if not found:
        problems.add("MissingElement", f"{where} has no <{name}>")
        return None
    if len(found) > 1:
        problems.add("DuplicateElement", f"{where} has {len(found)} <{name}>")
    return found[0]


def check_date(element, where, problems):
    if element is not None and not RFC3339.match((element.text or "").strip()):
        problems.add("InvalidRFC3339Date", f"{where}: {element.text!r}")


def check_links(parent, where, problems, self_url=None):
    alternates = set()
    for link in parent.findall(ATOM + "link"):
        href = link.get("href")
        rel = link.get("rel", "alternate")
        if href is None:
            problems.add("MissingAttribute", f"{where}: <link> without href")
            continue
        if not full_url(href):
            # Relative references are allowed with an xml:base; the validator warns
            # without one, and readers resolve them against the feed's own address.
            problems.add("InvalidFullLink", f"{where}: link href {href!r} is not a full address")
        if rel == "alternate":
            key = (link.get("type"), link.get("hreflang"))
            if key in alternates:
                problems.add("DuplicateAtomLink", f"{where}: two alternate links of one type")
            alternates.add(key)
        if rel == "self" and self_url is not None and href != self_url:
            problems.add("SelfDoesntMatchLocation", f"{where}: self {href!r} is not {self_url!r}")
    return alternates


def check_feed(path, problems):
    try:
        root = etree.parse(str(path)).getroot()
    except etree.XMLSyntaxError as e:
        problems.add("NotWellFormed", str(e))
        return 0
    if root.tag != ATOM + "feed":
        problems.add("UndefinedElement", f"the root is {root.tag}, not Atom's <feed>")
        return 0
    lang = root.get(XML_LANG)
    if lang is not None and not LANGUAGE_TAG.match(lang):
        problems.add("InvalidLanguage", f"xml:lang={lang!r}")
    feed_id = exactly_one(root, "id", "feed", problems)
    if feed_id is not None and not full_url((feed_id.text or "").strip()):
        problems.add("InvalidFullLink", f"feed id {feed_id.text!r} is not a full address")
    title = exactly_one(root, "title", "feed", problems)
    if title is not None:
        check_text_construct(title, "feed title", problems)
    check_date(exactly_one(root, "updated", "feed", problems), "feed updated", problems)
    selfs = [l for l in root.findall(ATOM + "link") if l.get("rel") == "self"]
    if not selfs:
        problems.add("MissingSelf", "the feed has no rel=\"self\" link")
    self_url = selfs[0].get("href") if selfs else None
    if self_url and urlsplit(self_url).path.rsplit("/", 1)[-1] != path.name:
        problems.add("SelfDoesntMatchLocation", f"self {self_url!r} does not name {path.name}")
    check_links(root, "feed", problems)
    feed_has_author = root.find(ATOM + "author") is not None
    for author in root.findall(ATOM + "author"):
        exactly_one(author, "name", "feed author", problems)

    ids = {}
    entries = root.findall(ATOM + "entry")
    for n, entry in enumerate(entries, 1):
        where = f"entry {n}"
        entry_id = exactly_one(entry, "id", where, problems)
        if entry_id is not None:
            value = (entry_id.text or "").strip()
            if not full_url(value):
                problems.add("InvalidFullLink", f"{where}: id {value!r} is not a full address")
            if value in ids:
                problems.add("DuplicateIds", f"{where} and entry {ids[value]} share the id {value}")
            ids.setdefault(value, n)
        entry_title = exactly_one(entry, "title", where, problems)
        if entry_title is not None:
            check_text_construct(entry_title, f"{where} title", problems)
            if not (entry_title.text or "").strip():
                problems.add("NotBlank", f"{where}: empty title")
        check_date(exactly_one(entry, "updated", where, problems), f"{where} updated", problems)
        for optional in ("summary", "published"):
            found = entry.findall(ATOM + optional)
            if len(found) > 1:
                problems.add("DuplicateElement", f"{where} has {len(found)} <{optional}>")
        for summary in entry.findall(ATOM + "summary"):
            check_text_construct(summary, f"{where} summary", problems)
        content = entry.find(ATOM + "content")
        alternates = check_links(entry, where, problems)
        if content is None and not alternates:
            problems.add("MissingAlternateLink", f"{where}: neither <content> nor an alternate link")
        if not feed_has_author and entry.find(ATOM + "author") is None:
            problems.add("MissingElement", f"{where} has no <author> and the feed has none")
    return len(entries)


def check_sitemap(path, schema_path, problems):
    schema = etree.XMLSchema(etree.parse(str(schema_path)))
    try:
        document = etree.parse(str(path))
    except etree.XMLSyntaxError as e:
        problems.add("sitemap", str(e))
        return 0
    if not schema.validate(document):
        for error in schema.error_log:
            problems.add("sitemap.xsd", f"line {error.line}: {error.message}")
    locs = document.getroot().findall("{http://www.sitemaps.org/schemas/sitemap/0.9}url/"
                                      "{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
    for loc in locs:
        if not full_url(loc.text):
            problems.add("sitemap", f"<loc>{loc.text}</loc> is not a full address")
    if len(locs) > 50000:
        problems.add("sitemap", f"{len(locs)} addresses: at most 50,000 in one sitemap")
    return len(locs)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--sitemap-schema", type=Path, required=True)
    parser.add_argument("--absent", action="store_true")
    args = parser.parse_args()
    feed, sitemap = args.site / "atom.xml", args.site / "sitemap.xml"
    if args.absent:
        present = [p.name for p in (feed, sitemap) if p.exists()]
        if present:
            print(f"!! {args.site}: relative base_url, yet {', '.join(present)} written")
            return 1
        print(f"ok {args.site}: relative base_url, no feed and no sitemap")
        return 0
    problems = Problems()
    for required in (feed, sitemap):
        if not required.exists():
            problems.add("missing", f"{required} was not written")
    entries = check_feed(feed, problems) if feed.exists() else 0
    urls = check_sitemap(sitemap, args.sitemap_schema, problems) if sitemap.exists() else 0
    for problem in problems:
        print(f"!! {args.site}: {problem}")
    if problems:
        return 1
    print(f"ok {args.site}: feed ({entries} entries) and sitemap ({urls} addresses)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

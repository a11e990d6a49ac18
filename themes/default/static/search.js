// The search page of a retning site: queries the site's own search index under
// /search/index/ (built with the site; nothing is fetched from elsewhere) and lists
// the results.
//
// - The index holds the Snowball stems of every document's words (site language).
//   The browser has no stemmer: a query word matches the longest stem that is a
//   prefix of it (an inflected form is its stem plus an ending: "borgerne" finds
//   "borger") and, from three letters on, the stems that start with it (a word being
//   typed), and from four letters on the compounds whose first part that stem is
//   ("skoler" finds "skolestruktur"). Æ, ø, å, ä and ö are folded to ae, oe, aa, ae
//   and oe in the index and in the query alike. Every query word must match; results
//   are ranked by weight (titles count most; a closer stem counts more).
// - A result shows its title, what it is, and its first paragraph; the words that the
//   query matched are marked (<mark>) in the title and the paragraph.
// - The index is split by the first two letters of a stem: a search fetches only the
//   shards of its words.
// - The form works without this script: it submits ?q= to this page. With it, the
//   query in the address is searched on load, typing searches after a pause, and
//   the address follows the query (so a search can be linked to and reloaded).
// - The number of results is announced once per search in a polite live region;
//   focus stays where the user is, except that "show more" moves it to the first
//   new result.
// - A classic deferred script, not a module: a browser refuses module scripts on pages
//   opened from disk (file://), where this script stops at once and the page says
//   that search needs the site served (see disk.js).

(function () {
  'use strict';
  if (location.protocol === 'file:') return;

  const root = document.getElementById('search');
  const form = root.querySelector('form');
  const input = document.getElementById('search-input');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const more = document.getElementById('search-more');
  const failed = document.getElementById('search-failed');
  const text = root.dataset;
  const PAGE = 10;
  const numbers = new Intl.NumberFormat(text.lang || document.documentElement.lang);

  let docs = null;
  const shards = new Map();
  let results = [];
  let shown = 0;
  let sequence = 0;
  let timer = 0;

  function fail(error) {
    console.error('search:', error);
    failed.hidden = false;
    status.textContent = '';
    list.replaceChildren();
    list.hidden = true;
    more.hidden = true;
  }

  function indexUrl(name) {
    return new URL(name, new URL(text.bundle, document.baseURI)).href;
  }

  async function load() {
    if (!docs) {
      const response = await fetch(indexUrl('docs.json'));
      if (!response.ok) throw new Error(`docs.json: ${response.status}`);
      docs = (await response.json()).docs;
    }
    return docs;
  }

  // The shard of a word or stem: its first two characters' code points in hex.
  function shardOf(word) {
    return Array.from(word).slice(0, 2).map((c) => c.codePointAt(0).toString(16)).join('-');
  }

  function shard(name) {
    if (!shards.has(name)) {
      shards.set(name, fetch(indexUrl(`${name}.json`)).then((r) => (r.ok ? r.json() : {})));
    }
    return shards.get(name);
  }

  // Nordic letters folded as the index folds its stems (search_index::fold), so
  // "bofaellesskab" finds "bofællesskab" and the other way round.
  const FOLDS = [[/æ/g, 'ae'], [/ø/g, 'oe'], [/å/g, 'aa'], [/ä/g, 'ae'], [/ö/g, 'oe']];
  function fold(word) {
    return FOLDS.reduce((w, [letter, pair]) => w.replace(letter, pair), word);
  }

  function words(query) {
    return query
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => Array.from(w).length >= 2)
      .map(fold);
  }

  // Documents matching every word of the query, best first.
  async function find(query) {
    const all = await load();
    const terms = words(query);
    if (!terms.length) return [];
    let scores = null;
    // What each query word matched, to mark it in the results.
    const marks = [];
    for (const word of terms) {
      const table = await shard(shardOf(word));
      const length = Array.from(word).length;
      // The longest stem that the word starts with explains it best ("kommuneplanen" is
      // "kommuneplan" + ending, not "kommun" + "eplanen"); stems that start with the word
      // are words being typed.
      let longest = 0;
      let head = '';
      for (const stem of Object.keys(table)) {
        const stemLength = Array.from(stem).length;
        if (word.startsWith(stem) && (stemLength >= 3 || stem === word) && stemLength > longest) {
          longest = stemLength;
          head = stem;
        }
      }
      const hits = new Map();
      for (const [stem, postings] of Object.entries(table)) {
        const stemLength = Array.from(stem).length;
        const inflected = longest > 0 && stemLength === longest && word.startsWith(stem);
        const typing = length >= 3 && stem.startsWith(word) && stem !== word;
        // Nordic compounds: "skoler" (stem "skol") also finds "skolestruktur", whose
        // first part it is; from four letters on, so short stems do not find everything.
        const compound = longest >= 4 && stemLength > longest && stem.startsWith(head);
        if (!inflected && !typing && !compound) continue;
        marks.push(compound ? head : stem);
        // A closer stem counts more; a compound found by its first part counts least.
        const closeness = inflected || typing
          ? Math.min(stemLength, length) / Math.max(stemLength, length)
          : (0.5 * longest) / stemLength;
        for (let i = 0; i < postings.length; i += 2) {
          hits.set(postings[i], (hits.get(postings[i]) || 0) + postings[i + 1] * closeness);
        }
      }
      if (scores === null) {
        scores = hits;
      } else {
        const both = new Map();
        for (const [doc, score] of scores) {
          if (hits.has(doc)) both.set(doc, score + hits.get(doc));
        }
        scores = both;
      }
    }
    return [...scores]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .map(([doc]) => {
        const [url, title, kind, context, snippet] = all[doc];
        const data = {
          url,
          meta: { title },
          excerpt: snippet || '',
          marks,
          filters: { kind: [kind], context: context ? [context] : [] },
        };
        return { data: async () => data };
      });
  }

  function countText(n) {
    return n === 1 ? text.one : text.many.replace('{n}', numbers.format(n));
  }

  // `text` as nodes, with each word that starts with a matched stem in <mark>.
  function marked(text, marks) {
    const nodes = [];
    let plain = '';
    for (const part of text.split(/([\p{L}\p{N}]+)/u)) {
      const word = fold(part.toLowerCase());
      if (part && marks.some((stem) => word.startsWith(stem))) {
        if (plain) nodes.push(document.createTextNode(plain));
        plain = '';
        const mark = document.createElement('mark');
        mark.textContent = part;
        nodes.push(mark);
      } else {
        plain += part;
      }
    }
    if (plain) nodes.push(document.createTextNode(plain));
    return nodes;
  }

  function item(data) {
    const li = document.createElement('li');
    li.className = 'search-result';
    const heading = document.createElement('h2');
    heading.className = 'search-result__title';
    const link = document.createElement('a');
    link.href = data.url;
    link.append(...marked((data.meta && data.meta.title) || data.url, data.marks || []));
    heading.append(link);
    li.append(heading);
    const filters = data.filters || {};
    const about = [...(filters.kind || []), ...(filters.context || [])].join(' · ');
    if (about) {
      const p = document.createElement('p');
      p.className = 'search-result__meta';
      p.textContent = about;
      li.append(p);
    }
    if (data.excerpt) {
      const p = document.createElement('p');
      p.className = 'search-result__snippet';
      p.append(...marked(data.excerpt, data.marks || []));
      li.append(p);
    }
    return li;
  }

  async function showMore(run, focus) {
    const next = results.slice(shown, shown + PAGE);
    const data = await Promise.all(next.map((r) => r.data()));
    if (run !== sequence) return;
    const items = data.map(item);
    list.append(...items);
    list.hidden = list.children.length === 0;
    shown += next.length;
    more.hidden = shown >= results.length;
    if (focus && items.length) items[0].querySelector('a').focus();
  }

  async function search(query) {
    const run = ++sequence;
    const q = query.trim();
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!q) {
      results = [];
      shown = 0;
      list.replaceChildren();
      list.hidden = true;
      status.textContent = '';
      more.hidden = true;
      return;
    }
    try {
      const found = await find(q);
      if (run !== sequence) return;
      results = found;
      shown = 0;
      list.replaceChildren();
      list.hidden = true;
      await showMore(run, false);
      if (run !== sequence) return;
      status.textContent = results.length ? countText(results.length) : text.none;
    } catch (error) {
      if (run === sequence) fail(error);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    search(input.value);
  });

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => search(input.value), 300);
  });

  more.addEventListener('click', () => {
    showMore(sequence, true).catch(fail);
  });

  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    search(initial);
  } else {
    // Load the index while the user types the first word.
    load().catch(fail);
  }
})();

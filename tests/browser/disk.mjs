#!/usr/bin/env node
// A built site opened from disk (file://), as someone double-clicking index.html would,
// in headless Chromium: starting at index.html, follows every internal link of every
// page and checks that each one, and every stylesheet, script, icon and image a page
// loads, is a file of the site (not a folder's listing, not a path outside the site,
// not missing); that each page has its styles applied; and that the search page says
// plainly that search needs the site served.
//
//   node tests/browser/disk.mjs [site-dir]        (default: public)
//
// Exit status 0 when every check passed. Closing line: "N passed, M failed".
// Environment: CHROMIUM (default /usr/bin/chromium); CI=true makes a missing
// Chromium an error instead of a skip.

import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { REPO, launch, requireChromium } from './lib.mjs';

const say = (msg) => console.log(`disk: ${msg}`);

function kindOf(file) {
  try {
    return statSync(file).isFile() ? 'file' : 'folder';
  } catch {
    return 'missing';
  }
}

async function main() {
  const chromium = await requireChromium('disk');
  const root = path.resolve(process.argv[2] || path.join(REPO, 'public'));
  if (kindOf(path.join(root, 'index.html')) !== 'file') {
    console.error(`disk: ERROR: no ${root}/index.html: build the site first`);
    process.exit(1);
  }
  const scratch = mkdtempSync(path.join(tmpdir(), 'retning-disk-'));
  let passed = 0;
  let failed = 0;
  const problems = [];
  const browser = await launch(chromium, scratch);
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    const failedLoads = [];
    // A load cut short by going on to the next page (net::ERR_ABORTED, the favicon) is
    // no miss; whether every file exists is checked by path below.
    page.on('requestfailed', (r) => {
      const why = r.failure()?.errorText;
      if (why !== 'net::ERR_ABORTED') failedLoads.push(`${r.url()} (${why})`);
    });

    // Where an address leads: a file of the site, or a problem.
    const fileOf = (url) => {
      const u = new URL(url);
      u.hash = '';
      u.search = '';
      const file = fileURLToPath(u);
      if (path.relative(root, file).startsWith('..')) return { problem: 'outside the site' };
      const kind = kindOf(file);
      return kind === 'file' ? { file } : { problem: kind === 'folder' ? 'a folder (a file listing on disk)' : 'missing' };
    };

    const start = pathToFileURL(path.join(root, 'index.html')).href;
    const queue = [start];
    const seen = new Set(queue);
    let pages = 0;
    let links = 0;
    let loads = 0;
    while (queue.length) {
      const url = queue.shift();
      failedLoads.length = 0;
      await page.goto(url, { waitUntil: 'load' });
      pages += 1;
      const from = path.relative(root, fileURLToPath(url));
      const found = await page.evaluate(() => ({
        // Links, and where the search form goes.
        links: [
          ...[...document.querySelectorAll('a[href]')].map((a) => a.href),
          ...[...document.querySelectorAll('form[action]')].map((f) => f.action),
        ],
        loads: [
          ...[...document.querySelectorAll('link[rel~="stylesheet"], link[rel~="icon"]')].map((l) => l.href),
          ...[...document.querySelectorAll('script[src], img[src]')].map((e) => e.src),
        ],
        // The site's stylesheet lays the body out as a column (a browser's own is a block);
        // its rules cannot be read from a file:// page, their effect can.
        styled: getComputedStyle(document.body).display === 'flex',
        searchOnDisk: (() => {
          const el = document.getElementById('search-on-disk');
          return el ? !el.hidden && el.textContent.trim().length > 0 : null;
        })(),
      }));
      if (!found.styled) problems.push(`${from}: no stylesheet applied`);
      if (found.searchOnDisk === false) problems.push(`${from}: the search page does not say it needs the site served`);
      for (const load of found.loads.filter((u) => u.startsWith('file:'))) {
        loads += 1;
        const where = fileOf(load);
        if (where.problem) problems.push(`${from}: loads ${load}: ${where.problem}`);
      }
      for (const link of found.links.filter((u) => u.startsWith('file:'))) {
        links += 1;
        const where = fileOf(link);
        if (where.problem) {
          problems.push(`${from}: links to ${link}: ${where.problem}`);
          continue;
        }
        const target = pathToFileURL(where.file).href;
        if (where.file.endsWith('.html') && !seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      }
      for (const f of failedLoads) problems.push(`${from}: failed to load ${f}`);
    }
    say(`${pages} pages from ${path.relative(REPO, root) || root}/index.html, ${links} internal links, ${loads} stylesheets, scripts, icons and images`);
    const check = (name, ok, detail) => {
      if (ok) {
        passed += 1;
        console.log(`ok   ${name}`);
      } else {
        failed += 1;
        console.log(`FAIL ${name}${detail ? `:\n  ${detail}` : ''}`);
      }
    };
    check('every internal link and every loaded file is a file of the site', problems.length === 0, problems.slice(0, 40).join('\n  '));
    check('the walk reached the search page and more than a handful of pages', pages > 5 && [...seen].some((u) => u.includes('/search/')), `${pages} pages`);
  } finally {
    await browser.close();
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(`disk: ERROR: ${error && error.stack ? error.stack : error}`);
  process.exit(1);
});

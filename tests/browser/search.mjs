#!/usr/bin/env node
// Site search end to end in headless Chromium.
//
//   node tests/browser/search.mjs [site-dir]
//
// Without a site-dir, builds tests/fixtures/search with the retning binary
// ($RETNING_BIN, else target/release/retning, else target/debug/retning) into a
// temporary folder. Serves it on a free loopback port and checks, in Debian's
// Chromium driven by playwright-core:
//
// - the header search form lands on /search/?q=... and the query is searched;
// - Danish inflected forms find their stems ("borgerne" finds the page that says
//   "borger", "strategierne" the one that says "strategi"), and only those pages;
// - typing searches, the count is announced in the live region;
// - æ, ø, å are folded ("bofaellesskab" finds "bofællesskab") and compounds are
//   found by their first part ("skoler" finds "skolestruktur");
// - a result shows the page's first paragraph, the matched words marked in it and in
//   the title;
// - a query that finds nothing says so;
// - without JavaScript the search page says so and links to the index pages;
// - nothing is requested from anywhere but the site itself;
// - axe-core finds no WCAG 2.1 A/AA violation on the page with results.
//
// Exit status 0 when every check passed. Closing line: "N passed, M failed".
// Environment: CHROMIUM (default /usr/bin/chromium); CI=true makes a missing
// Chromium an error instead of a skip.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { AXE_PATH, REPO, launch, requireChromium, retningBinary, serveStatic } from './lib.mjs';

function say(msg) {
  console.log(`search: ${msg}`);
}

async function main() {
  const chromium = await requireChromium('search');
  const axeSource = readFileSync(AXE_PATH, 'utf8');

  const scratch = mkdtempSync(path.join(tmpdir(), 'retning-search-'));
  let root = process.argv[2] ? path.resolve(process.argv[2]) : null;
  if (!root) {
    root = path.join(scratch, 'site');
    const bin = retningBinary();
    execFileSync(bin, ['build', '--quiet', '--root', path.join(REPO, 'tests/fixtures/search'), '--output', root], {
      stdio: 'inherit',
    });
    say(`built tests/fixtures/search with ${path.relative(REPO, bin)}`);
  }

  const server = await serveStatic(root);
  const base = `http://127.0.0.1:${server.address().port}`;
  let passed = 0;
  let failed = 0;
  const check = async (name, fn) => {
    try {
      await fn();
      passed += 1;
      console.log(`ok   ${name}`);
    } catch (error) {
      failed += 1;
      console.log(`FAIL ${name}: ${error && error.message ? error.message : error}`);
    }
  };
  const expect = (cond, msg) => {
    if (!cond) throw new Error(msg);
  };

  let browser;
  try {
    browser = await launch(chromium, scratch);
    say(`Chromium ${browser.version()}, site at ${base}`);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const foreign = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(base) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));

    const resultUrls = () =>
      page.$$eval('#search-results .search-result__title a', (as) => as.map((a) => new URL(a.href).pathname));
    const waitForStatus = async () => {
      await page.waitForFunction(() => document.getElementById('search-status').textContent.trim() !== '', null, {
        timeout: 20_000,
      });
      return (await page.textContent('#search-status')).trim();
    };

    await check('the header form lands on /search/ and "borgerne" finds the page with "borger"', async () => {
      await page.goto(`${base}/kommuneplan/`);
      await page.fill('#site-search-input', 'borgerne');
      await Promise.all([page.waitForURL('**/search/?q=borgerne'), page.press('#site-search-input', 'Enter')]);
      const status = await waitForStatus();
      expect(status === '1 resultat', `status: ${JSON.stringify(status)}`);
      const urls = await resultUrls();
      expect(JSON.stringify(urls) === JSON.stringify(['/kommuneplan/dialog/']), `results: ${urls}`);
      expect((await page.inputValue('#search-input')) === 'borgerne', 'the query is in the search field');
      const meta = (await page.textContent('#search-results .search-result__meta')).trim();
      expect(meta === 'Initiativ · Kommuneplan 2030', `meta: ${meta}`);
    });

    await check('a result shows its first paragraph with the matched words marked', async () => {
      await page.goto(`${base}/search/?q=${encodeURIComponent('borgerne dialogmøde')}`);
      await waitForStatus();
      const snippet = (await page.textContent('#search-results .search-result__snippet')).trim();
      expect(snippet === 'Hver borger kan komme til et dialogmøde om sit lokalområde.', `snippet: ${snippet}`);
      const marked = await page.$$eval('#search-results .search-result__snippet mark', (ms) => ms.map((m) => m.textContent));
      expect(JSON.stringify(marked) === JSON.stringify(['borger', 'dialogmøde']), `marked: ${marked}`);
      const inTitle = await page.$$eval('#search-results .search-result__title mark', (ms) => ms.map((m) => m.textContent));
      expect(JSON.stringify(inTitle) === JSON.stringify(['Dialogmøder']), `marked in the title: ${inTitle}`);
    });

    await check('"strategierne" finds the page with "strategi", and only it', async () => {
      await page.goto(`${base}/search/?q=strategierne`);
      await waitForStatus();
      const urls = await resultUrls();
      expect(JSON.stringify(urls) === JSON.stringify(['/kommuneplan/cykelstier/']), `results: ${urls}`);
    });

    await check('typing searches and announces the count; titles rank first', async () => {
      await page.goto(`${base}/search/`);
      await page.fill('#search-input', 'skolerne');
      await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0, null, {
        timeout: 20_000,
      });
      const urls = await resultUrls();
      expect(urls[0] === '/kommuneplan/skoler/', `results: ${urls}`);
      const live = await page.getAttribute('#search-status', 'aria-live');
      expect(live === 'polite', `aria-live: ${live}`);
      expect(new URL(page.url()).searchParams.get('q') === 'skolerne', `address: ${page.url()}`);
    });

    await check('directors and themes are found by name', async () => {
      await page.goto(`${base}/search/?q=${encodeURIComponent('Anne Holm')}`);
      await waitForStatus();
      expect((await resultUrls())[0] === '/directors/anne/', `results: ${await resultUrls()}`);
      await page.goto(`${base}/search/?q=${encodeURIComponent('nærdemokrati')}`);
      await waitForStatus();
      expect((await resultUrls()).includes('/themes/naerdemokrati/'), `results: ${await resultUrls()}`);
    });

    await check('"bofaellesskab" finds "bofællesskab" and the other way round (æ/ae folded)', async () => {
      for (const query of ['bofaellesskab', 'bofællesskab', 'BOFÆLLESSKAB']) {
        await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
        await waitForStatus();
        const urls = await resultUrls();
        expect(JSON.stringify(urls) === JSON.stringify(['/kommuneplan/bofaellesskab/']), `${query}: ${urls}`);
      }
    });

    await check('"skoler" also finds the compound "skolestruktur", the closer match first', async () => {
      await page.goto(`${base}/search/?q=skoler`);
      await waitForStatus();
      const urls = await resultUrls();
      expect(urls[0] === '/kommuneplan/skoler/', `results: ${urls}`);
      expect(urls.includes('/kommuneplan/skolestruktur/'), `results: ${urls}`);
    });

    await check('a query that finds nothing says so', async () => {
      await page.goto(`${base}/search/?q=xyzzyqq`);
      const status = await waitForStatus();
      expect(status === 'Søgningen gav ingen resultater.', `status: ${JSON.stringify(status)}`);
      expect((await resultUrls()).length === 0, 'no results listed');
    });

    await check('axe-core: no WCAG 2.1 A/AA violations on the results page', async () => {
      await page.goto(`${base}/search/?q=kommunen`);
      await waitForStatus();
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(() =>
        window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
      );
      const v = result.violations.map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(v.length === 0, v.join('; '));
    });

    await check('nothing is fetched from elsewhere, and no script errors', async () => {
      expect(foreign.length === 0, `foreign requests: ${foreign.join(', ')}`);
      expect(errors.length === 0, `page errors: ${errors.join('; ')}`);
    });
    await context.close();

    const noJs = await browser.newContext({ javaScriptEnabled: false });
    await check('without JavaScript the page says so and links to the index pages', async () => {
      const p = await noJs.newPage();
      await p.goto(`${base}/search/?q=borgerne`);
      const text = await p.textContent('main');
      expect(text.includes('Søgningen kræver JavaScript'), 'the no-JS message is shown');
      const links = await p.$$eval('main .search-fallback a', (as) => as.map((a) => new URL(a.href).pathname));
      for (const want of ['/', '/themes/', '/directors/', '/status/']) {
        expect(links.includes(want), `link to ${want} in ${links}`);
      }
      expect(await p.isHidden('#search-failed'), 'the load-failure message stays hidden');
    });
    await noJs.close();
  } finally {
    if (browser) await browser.close().catch(() => {});
    server.close();
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((err) => {
  console.error(`search: ERROR: ${err && err.stack ? err.stack : err}`);
  process.exit(1);
});

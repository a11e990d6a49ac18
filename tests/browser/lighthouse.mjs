#!/usr/bin/env node
// Lighthouse and pa11y on one page of each kind of a built site, with screenshots.
//
//   node tests/browser/lighthouse.mjs [site-dir]        (default: public)
//
// Serves the site on a loopback port, picks one page of each kind (the body's
// `page-<kind>` class), and for each, in Debian's Chromium:
// - Lighthouse (pinned npm `lighthouse`), as a phone at 390 px: accessibility, best
//   practices and SEO must all score 100 (the site needs a full `base_url`);
// - pa11y (pinned npm `pa11y`) with HTML_CodeSniffer at WCAG 2 AA: no errors;
// - screenshots at 390 px and 1280 px into target/screenshots/ (<kind>-<width>.png),
//   for a person to look at.
//
// Exit status 0 when every check passed. Closing line: "N passed, M failed".
// Environment: CHROMIUM (default /usr/bin/chromium); CI=true makes a missing
// Chromium an error instead of a skip.

import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { CHROMIUM, CHROMIUM_ARGS, REPO, launch, requireChromium, serveStatic } from './lib.mjs';

const say = (msg) => console.log(`lighthouse: ${msg}`);

/// One page of each kind: `[kind, site path]`, in file order.
function pagesByKind(root) {
  const kinds = new Map();
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) {
        walk(file);
      } else if (name.endsWith('.html')) {
        const kind = /<body class="page-([a-z-]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
        if (kind && !kinds.has(kind)) {
          const rel = path.relative(root, file).split(path.sep).join('/');
          kinds.set(kind, `/${rel.replace(/(^|\/)index\.html$/, '$1')}`);
        }
      }
    }
  };
  walk(root);
  return [...kinds];
}

async function main() {
  const chromium = await requireChromium('lighthouse');
  const root = path.resolve(process.argv[2] || path.join(REPO, 'public'));
  const shots = path.join(REPO, 'target', 'screenshots');
  mkdirSync(shots, { recursive: true });
  const scratch = mkdtempSync(path.join(tmpdir(), 'retning-lighthouse-'));
  const server = await serveStatic(root);
  const base = `http://127.0.0.1:${server.address().port}`;
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const { default: pa11y } = await import('pa11y');
  let passed = 0;
  let failed = 0;
  const result = (ok, name, detail) => {
    if (ok) passed += 1;
    else failed += 1;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${!ok && detail ? `:\n  ${detail}` : ''}`);
  };
  const pages = pagesByKind(root);
  say(`${pages.length} page kinds: ${pages.map(([k]) => k).join(', ')}`);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    envVars: { ...process.env, TMPDIR: scratch },
  });
  const browser = await launch(chromium, scratch);
  try {
    for (const [kind, url] of pages) {
      // The 404 page is audited as a page (Lighthouse stops at a 404 status); pa11y
      // and the screenshots see it as a reader does, at a missing address.
      const address = `${base}${url}`;
      const missing = kind === 'not-found' ? `${base}/no-such-page/` : address;
      const report = await lighthouse(address, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['accessibility', 'best-practices', 'seo'],
        formFactor: 'mobile',
        screenEmulation: { mobile: true, width: 390, height: 844, deviceScaleFactor: 2, disabled: false },
      });
      const lhr = report.lhr;
      const scores = Object.values(lhr.categories).map((c) => `${c.id} ${Math.round(c.score * 100)}`);
      const below = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && !['informative', 'notApplicable', 'manual'].includes(a.scoreDisplayMode))
        .map((a) => `${a.id}: ${a.title}`);
      const categoriesOk = Object.values(lhr.categories).every((c) => c.score === 1);
      result(categoriesOk && below.length === 0, `Lighthouse ${kind} ${url} (${scores.join(', ')})`, below.join('\n  '));

      const found = await pa11y(missing, {
        standard: 'WCAG2AA',
        runners: ['htmlcs'],
        chromeLaunchConfig: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
        timeout: 60000,
      });
      const errors = found.issues.filter((i) => i.type === 'error');
      result(errors.length === 0, `pa11y (HTML_CodeSniffer, WCAG2AA) ${kind} ${url}: ${errors.length} error(s)`,
        errors.map((e) => `${e.code} at ${e.selector}: ${e.message}`).join('\n  '));

      for (const width of [390, 1280]) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.goto(missing);
        await page.screenshot({ path: path.join(shots, `${kind}-${width}.png`), fullPage: true });
        await page.close();
      }
    }
    say(`screenshots in ${path.relative(REPO, shots)}/`);
  } finally {
    await browser.close();
    await chrome.kill();
    server.close();
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(`lighthouse: ERROR: ${error && error.stack ? error.stack : error}`);
  process.exit(1);
});

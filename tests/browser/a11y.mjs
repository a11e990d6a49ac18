#!/usr/bin/env node
// Accessibility and small-screen check of a built retning site.
//
//   node tests/browser/a11y.mjs <site-dir> [url-path ...]
//
// Serves <site-dir> on a free loopback port, opens each page in Debian's
// headless Chromium (driven by playwright-core) at 1280x800 and 320x640, runs
// axe-core (WCAG 2.0/2.1 A and AA rules) and, at 320 px, checks that the page
// does not scroll sideways. With no url-paths it checks every index.html of the
// site (and 404.html), sampled to one page per page kind when there are more
// than A11Y_MAX_PAGES (default 60) of them; A11Y_ALL=1 checks them all.
//
// Exit status: 0 when every page x width check passed, 1 otherwise (also on a
// usage or set-up error). Closing line: "N passed, M failed".
//
// Environment: CHROMIUM (default /usr/bin/chromium); CI=true makes a missing
// Chromium an error instead of a skip.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { AXE_PATH, REPO, isDir, isFile, launch, requireChromium, serveStatic } from './lib.mjs';

const MAX_PAGES = Number.parseInt(process.env.A11Y_MAX_PAGES || '60', 10);
const CHECK_ALL = process.env.A11Y_ALL === '1';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 320, height: 640 },
];
const NARROW = 320;
const NAV_TIMEOUT_MS = 30_000;

function usage(msg) {
  if (msg) console.error(`a11y: ${msg}`);
  console.error('usage: node tests/browser/a11y.mjs <site-dir> [url-path ...]');
  process.exit(1);
}

// ---------------------------------------------------------------- pages

async function findPages(root) {
  const pages = [];
  async function walk(dir, prefix) {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries) {
      if (e.isDirectory()) {
        await walk(path.join(dir, e.name), `${prefix}${e.name}/`);
      } else if (e.isFile() && e.name === 'index.html') {
        pages.push(prefix);
      }
    }
  }
  await walk(root, '/');
  if (isFile(path.join(root, '404.html'))) pages.push('/404.html');
  const enc = (p) => p.split('/').map(encodeURIComponent).join('/');
  return pages.map(enc).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

// The kind of a page: its first `literal` URL segments as they are, the rest
// as "*" (so /goals/g1/ and /goals/g2/ are one kind at literal=1).
function pageKind(p, literal) {
  const segs = p.split('/').filter(Boolean);
  return segs.map((s, i) => (i < literal ? s : '*')).join('/');
}

// All pages when they are few; else one page per kind, with kinds as fine as
// the cap allows (first two segments literal, then one, then none).
function samplePages(pages) {
  if (CHECK_ALL || pages.length <= MAX_PAGES) return { chosen: pages, note: '' };
  for (const literal of [2, 1, 0]) {
    const kinds = new Map();
    for (const p of pages) {
      const k = pageKind(p, literal);
      if (!kinds.has(k)) kinds.set(k, p);
    }
    if (kinds.size <= MAX_PAGES || literal === 0) {
      let chosen = [...kinds.values()];
      if (!chosen.includes('/') && pages.includes('/')) chosen.unshift('/');
      chosen = chosen.slice(0, MAX_PAGES);
      const note =
        `sampled ${chosen.length} of ${pages.length} pages: one per page kind ` +
        `(first ${literal} URL segment(s) literal); A11Y_ALL=1 checks all`;
      return { chosen, note };
    }
  }
  throw new Error('unreachable');
}

// ---------------------------------------------------------------- checks

async function checkPage(page, base, urlPath, width, axeSource) {
  const problems = [];
  const pageErrors = [];
  const badResources = [];
  const onPageError = (err) => pageErrors.push(String(err && err.message ? err.message : err));
  const onResponse = (resp) => {
    const u = new URL(resp.url());
    if (u.origin !== base || resp.status() < 400) return;
    if (resp.request().isNavigationRequest() && resp.request().frame() === page.mainFrame()) return;
    if (u.pathname === '/favicon.ico') return;
    badResources.push(`${resp.status()} ${u.pathname}`);
  };
  page.on('pageerror', onPageError);
  page.on('response', onResponse);
  try {
    const resp = await page.goto(base + urlPath, { waitUntil: 'load', timeout: NAV_TIMEOUT_MS });
    const status = resp ? resp.status() : 0;
    if (status >= 400 && urlPath !== '/404.html') {
      problems.push({ id: 'http-status', impact: 'serious', targets: [], help: `page answered HTTP ${status}` });
    }
    await page.evaluate(axeSource);
    const results = await page.evaluate(
      (tags) =>
        window.axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        }),
      AXE_TAGS,
    );
    for (const v of results.violations) {
      problems.push({
        id: v.id,
        impact: v.impact || 'n/a',
        targets: v.nodes.map((n) => n.target.map(String).join(' ')),
        help: `${v.help} (${v.helpUrl})`,
      });
    }
    if (width === NARROW) {
      const o = await page.evaluate(() => {
        const de = document.documentElement;
        const vw = window.innerWidth;
        const wide = [];
        if (de.scrollWidth > vw) {
          for (const el of document.body ? document.body.querySelectorAll('*') : []) {
            const r = el.getBoundingClientRect();
            if (r.width > 0 && r.right > vw + 0.5) {
              // Report the outermost offenders only.
              if (wide.some((w) => w.el.contains(el))) continue;
              let sel = el.tagName.toLowerCase();
              if (el.id) sel += `#${el.id}`;
              else if (el.classList.length) sel += `.${[...el.classList].slice(0, 2).join('.')}`;
              wide.push({ el, sel: `${sel} (right edge ${Math.round(r.right)}px)` });
              if (wide.length >= 5) break;
            }
          }
        }
        return { scrollWidth: de.scrollWidth, innerWidth: vw, wide: wide.map((w) => w.sel) };
      });
      if (o.scrollWidth > o.innerWidth) {
        problems.push({
          id: 'horizontal-scroll',
          impact: 'serious',
          targets: o.wide,
          help: `page scrolls sideways at ${o.innerWidth}px: document scrollWidth is ${o.scrollWidth}px (WCAG 1.4.10 Reflow)`,
        });
      }
    }
  } catch (err) {
    problems.push({ id: 'check-error', impact: 'n/a', targets: [], help: String(err && err.message ? err.message : err).split('\n')[0] });
  } finally {
    page.off('pageerror', onPageError);
    page.off('response', onResponse);
  }
  for (const e of pageErrors) {
    problems.push({ id: 'js-error', impact: 'serious', targets: [], help: `uncaught script error: ${e}` });
  }
  if (badResources.length) {
    problems.push({ id: 'broken-resource', impact: 'serious', targets: badResources, help: 'the page loads a resource the site does not have' });
  }
  return problems;
}

// ---------------------------------------------------------------- main

function showPath(p) {
  try {
    return decodeURI(p);
  } catch {
    return p;
  }
}

async function main() {
  const [siteArg, ...pathArgs] = process.argv.slice(2);
  if (!siteArg || siteArg === '-h' || siteArg === '--help') usage();
  const root = path.resolve(siteArg);
  if (!isDir(root)) usage(`site directory not found: ${siteArg}`);

  const chromium = await requireChromium('a11y');
  if (!isFile(AXE_PATH)) usage(`${path.relative(REPO, AXE_PATH)} missing: run npm ci`);
  const axeSource = readFileSync(AXE_PATH, 'utf8');

  let pages;
  if (pathArgs.length) {
    pages = pathArgs.map((p) => (p.startsWith('/') ? p : `/${p}`));
  } else {
    const found = await findPages(root);
    if (!found.length) usage(`no index.html found under ${siteArg}`);
    const { chosen, note } = samplePages(found);
    if (note) console.log(`a11y: ${note}`);
    pages = chosen;
  }

  const server = await serveStatic(root);
  const base = `http://127.0.0.1:${server.address().port}`;
  // The fresh --user-data-dir: playwright's launch() refuses one in args and
  // instead always passes Chromium a new, empty profile that it makes with
  // mkdtemp (playwright_chromiumdev_profile-*) and deletes on close. Chromium's
  // own temp files go to a scratch dir that we delete ourselves.
  const scratch = mkdtempSync(path.join(tmpdir(), 'retning-a11y-'));
  let browser;
  let passed = 0;
  let failed = 0;
  const started = Date.now();
  try {
    browser = await launch(chromium, scratch);
    console.log(
      `a11y: Chromium ${browser.version()}, axe-core ${JSON.parse(readFileSync(path.join(REPO, 'node_modules/axe-core/package.json'), 'utf8')).version}; ` +
        `${pages.length} page(s) x ${VIEWPORTS.length} widths, served from ${siteArg} at ${base}`,
    );
    for (const vp of VIEWPORTS) {
      const context = await browser.newContext({ viewport: vp, reducedMotion: 'reduce' });
      const page = await context.newPage();
      for (const p of pages) {
        const problems = await checkPage(page, base, p, vp.width, axeSource);
        const shown = showPath(p);
        if (problems.length === 0) {
          passed += 1;
          console.log(`ok   ${shown} @${vp.width}px`);
        } else {
          failed += 1;
          console.log(`FAIL ${shown} @${vp.width}px: ${problems.length} problem(s)`);
          for (const pr of problems) {
            console.log(`  - page ${shown} width ${vp.width}px rule ${pr.id} [${pr.impact}]: ${pr.help}`);
            for (const t of pr.targets.slice(0, 10)) console.log(`      at ${t}`);
            if (pr.targets.length > 10) console.log(`      ... and ${pr.targets.length - 10} more`);
          }
        }
      }
      await context.close();
    }
  } finally {
    if (browser) await browser.close().catch(() => {});
    server.close();
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`a11y: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((err) => {
  console.error(`a11y: ERROR: ${err && err.stack ? err.stack : err}`);
  process.exit(1);
});

#!/usr/bin/env node
// End-to-end check of `retning serve` in a real browser.
//
//   node tests/browser/serve-e2e.mjs
//
// Copies the example site (site.yaml, content/, static/ and themes/ when present) to a
// temporary folder, starts `target/release/retning serve --port 0` on it, opens an
// initiative page in Debian's headless Chromium (driven by playwright-core), and then,
// without the test ever reloading the page:
//   1. edits the initiative's Markdown and waits for the new text to appear;
//   2. breaks its front matter and waits for the error panel (role="alert", naming the
//      file), checks the panel with axe-core, and that the old text is still shown;
//   3. fixes it and waits for the panel to go;
//   4. stops the server, edits the file, starts the server again on the same port, and
//      waits for the page to reconnect and show the edit;
// and before those: the badge's embed code, copied from the page into a page of
// another origin, loads the badge (serve writes its own address into embed codes).
//
// Exit status: 0 when every step passed, 1 otherwise. Closing line: "N passed, M failed".
//
// Environment: RETNING_BIN (default target/release/retning), CHROMIUM (default
// /usr/bin/chromium). A missing Chromium is a skip, except with CI=true, where it fails.

import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { AXE_PATH, REPO, launch, requireChromium } from './lib.mjs';

const BIN = process.env.RETNING_BIN || path.join(REPO, 'target', 'release', 'retning');
const STEP_TIMEOUT_MS = 20_000;
const START_TIMEOUT_MS = 60_000;

let passed = 0;
let failed = 0;
const pass = (what) => { passed += 1; console.log(`ok: ${what}`); };
const fail = (what, error) => { failed += 1; console.log(`FAILED: ${what}: ${error?.message ?? error}`); };

function finish(code) {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(code);
}

const chromium = await requireChromium('serve-e2e');
if (!existsSync(BIN)) {
  console.log(`FAILED: no retning binary at ${BIN}; run cargo build --release first`);
  failed += 1;
  finish(1);
}


// A copy of the example site.
const site = mkdtempSync(path.join(tmpdir(), 'retning-serve-e2e-'));
// Chromium's own temporary files, apart from the site it watches.
const scratch = mkdtempSync(path.join(tmpdir(), 'retning-serve-e2e-chromium-'));
for (const name of ['site.yaml', 'content', 'static', 'themes']) {
  const from = path.join(REPO, name);
  if (existsSync(from)) cpSync(from, path.join(site, name), { recursive: true });
}

// An initiative file: content/<strategy>/<id>.md (not index.md, not ignored names).
function findInitiative() {
  const content = path.join(site, 'content');
  for (const dir of readdirSync(content, { withFileTypes: true })) {
    if (!dir.isDirectory() || dir.name === 'directors' || /^[_.]/.test(dir.name)) continue;
    for (const file of readdirSync(path.join(content, dir.name)).sort()) {
      if (!file.endsWith('.md') || file === 'index.md' || /^[_.]/.test(file)) continue;
      const text = readFileSync(path.join(content, dir.name, file), 'utf8');
      const id = text.match(/^id:\s*(\S+)\s*$/m)?.[1] ?? file.replace(/\.md$/, '');
      return { file: path.join(content, dir.name, file), url: `${dir.name}/${id}/`, text };
    }
  }
  throw new Error('the example site has no initiative file');
}

let serverLog = '';

// Starts `retning serve` on `port` (0: any free port); resolves with the process, its
// URL in `.url`.
function startServer(port) {
  const proc = spawn(BIN, ['serve', '--root', site, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  proc.stderr.on('data', (d) => { serverLog += d; });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no URL from retning serve in ${START_TIMEOUT_MS} ms:\n${serverLog}`)), START_TIMEOUT_MS);
    proc.stdout.on('data', (d) => {
      out += d;
      const url = out.match(/http:\/\/\S+/)?.[0];
      if (url) { clearTimeout(timer); proc.url = url; resolve(proc); }
    });
    proc.on('exit', (c) => { clearTimeout(timer); reject(new Error(`retning serve exited (${c}):\n${serverLog}`)); });
  });
}

// Stops a server with Ctrl-C (SIGINT), or kills it after 10 s.
async function stopServer(proc) {
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
  const stopped = new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), 10_000);
    proc.on('exit', () => { clearTimeout(timer); resolve(true); });
  });
  proc.kill('SIGINT');
  if (!(await stopped)) proc.kill('SIGKILL');
}

let server;
let browser;
let code = 1;
try {
  const initiative = findInitiative();
  server = await startServer(0);
  const base = server.url;
  const root = base.endsWith('/') ? base : `${base}/`;
  pass(`retning serve started at ${root}`);

  browser = await launch(chromium, scratch);
  const page = await browser.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  let loads = 0;
  page.on('load', () => { loads += 1; });
  // Open the page and wait until its live-reload connection answers.
  await Promise.all([
    page.waitForResponse((r) => r.url().includes('/__retning/events')),
    page.goto(`${root}${initiative.url}`),
  ]);
  pass(`opened ${initiative.url} with its live-reload connection`);

  // 0. The badge's embed code works on another site: a page on another origin (another
  //    port) with the code as copied shows the badge.
  let other;
  try {
    const embed = await page.locator('details.embed code').first().textContent();
    if (!embed.startsWith(`<img src="${root}badges/`)) throw new Error(`embed code: ${embed}`);
    other = createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!DOCTYPE html><html lang="da"><title>Anden side</title><p>${embed}</p>`);
    });
    await new Promise((resolve) => other.listen(0, '127.0.0.1', resolve));
    const elsewhere = await browser.newPage();
    await elsewhere.goto(`http://127.0.0.1:${other.address().port}/`);
    const shown = await elsewhere.evaluate(() => {
      const img = document.querySelector('img');
      return img.complete && img.naturalWidth > 0 ? img.naturalWidth : 0;
    });
    await elsewhere.close();
    if (!shown) throw new Error('the badge did not load on the other origin');
    pass(`the embed code, pasted into a page of another origin, shows the badge (${shown} px wide)`);
  } catch (e) {
    fail('the badge embed code on another origin', e);
  } finally {
    if (other) other.close();
  }

  // 1. An edit shows up by itself.
  const marker = `Levende genindlæsning ${Date.now()}`;
  writeFileSync(initiative.file, `${initiative.text.trimEnd()}\n\n${marker}.\n`);
  try {
    await page.waitForFunction((m) => document.body.innerText.includes(m), marker);
    pass(`the new text appeared without the test reloading (page loads: ${loads})`);
  } catch (e) {
    fail('the edited text appears', e);
  }

  // 2. Broken front matter: the error panel, and the last good text still there.
  const broken = initiative.text.replace(/^---\n/, '---\nstatus: [not, a, status]\n');
  writeFileSync(initiative.file, `${broken.trimEnd()}\n\n${marker}.\n`);
  const name = path.relative(site, initiative.file).split(path.sep).join('/');
  try {
    const panel = page.locator('[role="alert"]');
    await panel.waitFor({ state: 'visible' });
    const text = await panel.innerText();
    if (!text.includes(name)) throw new Error(`the panel does not name ${name}:\n${text}`);
    if (!(await page.locator('h2', { hasText: 'retning:' }).count())) throw new Error('no heading in the panel');
    if (!(await page.evaluate((m) => document.body.innerText.includes(m), marker))) {
      throw new Error('the last good text is gone');
    }
    pass(`the error panel appeared, naming ${name}, over the last good page`);
    await page.addScriptTag({ path: AXE_PATH });
    const result = await page.evaluate(() => window.axe.run(
      { include: [['#retning-errors']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    ));
    if (result.violations.length) {
      throw new Error(result.violations.map((v) => `${v.id}: ${v.help}`).join('; '));
    }
    pass('the error panel passes axe-core (WCAG 2.1 A and AA)');
  } catch (e) {
    fail('the error panel', e);
  }

  // 3. Fixed: the panel goes.
  writeFileSync(initiative.file, `${initiative.text.trimEnd()}\n\n${marker} (rettet).\n`);
  try {
    await page.waitForFunction((m) => !document.querySelector('[role="alert"]')
      && document.body.innerText.includes(`${m} (rettet)`), marker);
    pass('the panel went away when the file was fixed');
  } catch (e) {
    fail('the panel goes away', e);
  }

  // 4. The server restarts (on the same port) after an edit made while it was down:
  //    the page reconnects by itself and shows the edit.
  try {
    const port = new URL(root).port;
    await stopServer(server);
    const later = `${marker} (mens serveren var stoppet)`;
    writeFileSync(initiative.file, `${initiative.text.trimEnd()}\n\n${later}.\n`);
    server = await startServer(port);
    await page.waitForFunction((m) => document.body.innerText.includes(m), later);
    pass('after a server restart the page reconnected and showed the edit made meanwhile');
  } catch (e) {
    fail('reconnecting after a server restart', e);
  }
  code = failed ? 1 : 0;
} catch (e) {
  fail('serve end-to-end', e);
  if (serverLog) console.log(`--- retning serve stderr:\n${serverLog}`);
  code = 1;
} finally {
  if (browser) await browser.close().catch(() => {});
  await stopServer(server);
  rmSync(site, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
}
finish(code);

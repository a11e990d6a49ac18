// What the browser checks share: where things are, Chromium found (or the check
// skipped, or failed under CI=true) and launched the one way, the built site served
// from a loopback port as a static host would.

import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const AXE_PATH = path.join(REPO, 'node_modules', 'axe-core', 'axe.min.js');
export const IS_CI = process.env.CI === 'true';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  // The network reaches nothing but package registries: keep Chromium from trying.
  '--disable-quic',
  '--disable-sync',
];

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ttl': 'text/turtle; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function isFile(p) {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

export function isDir(p) {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/// Chromium and playwright-core, or the check ends here: skipped without Chromium
/// (failed under CI=true, where a missing tool is an error), failed without
/// playwright-core. `tag` starts every message.
export async function requireChromium(tag) {
  if (!existsSync(CHROMIUM)) {
    if (IS_CI) {
      console.error(`${tag}: ERROR: Chromium not found at ${CHROMIUM} (CI=true): apt-get install chromium`);
      process.exit(1);
    }
    console.log(`${tag}: SKIPPED: Chromium not found at ${CHROMIUM} (apt-get install chromium); set CI=true to make this an error`);
    process.exit(0);
  }
  try {
    return (await import('playwright-core')).chromium;
  } catch {
    console.error(`${tag}: ERROR: playwright-core missing: run npm ci`);
    process.exit(1);
  }
}

/// Headless Chromium with the shared flags; its temporary files go to `scratch`.
export function launch(chromium, scratch) {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    env: { ...process.env, TMPDIR: scratch },
    timeout: 60_000,
  });
}

/// The retning binary: $RETNING_BIN, else the release build, else the debug build.
export function retningBinary() {
  const candidates = [
    process.env.RETNING_BIN,
    path.join(REPO, 'target', 'release', 'retning'),
    path.join(REPO, 'target', 'debug', 'retning'),
  ].filter(Boolean);
  const found = candidates.find(isFile);
  if (!found) throw new Error(`no retning binary (tried ${candidates.join(', ')}): cargo build --release`);
  return found;
}

/// Serves the built site in `root` on a free loopback port as a static host would:
/// `index.html` for a folder, a redirect for a folder without its slash, the site's
/// own 404 page, nothing outside `root`. Resolves with the server.
export function serveStatic(root) {
  const server = createServer((req, res) => {
    const send = (status, file) => {
      const type = CONTENT_TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'Content-Length': statSync(file).size });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).pipe(res);
    };
    const notFound = () => {
      const page = path.join(root, '404.html');
      if (isFile(page)) return send(404, page);
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('404 Not Found\n');
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' });
      return res.end();
    }
    let urlPath;
    try {
      urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400);
      return res.end();
    }
    if (urlPath.includes('\0')) return notFound();
    // Inside root only: normalising a rooted path drops any "..".
    let file = path.join(root, path.posix.normalize(urlPath));
    if (file !== root && !file.startsWith(root + path.sep)) return notFound();
    if (isDir(file)) {
      if (!urlPath.endsWith('/')) {
        const u = new URL(req.url, 'http://x');
        res.writeHead(301, { Location: `${u.pathname}/${u.search}` });
        return res.end();
      }
      file = path.join(file, 'index.html');
    }
    if (!isFile(file)) return notFound();
    return send(200, file);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

// First-render time of <vk-course-calendar> vs FullCalendar (daygrid month) with 500 sessions in
// one month, in Debian's Chromium via puppeteer-core. Run alone: node bench/calendar.mjs [samples]
// Both pages are bundled with Vite (minified, production) into a temp folder and served from
// 127.0.0.1; every sample is a fresh page; the two are interleaved so machine noise hits both.
import { build } from 'vite';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

const root = new URL('..', import.meta.url).pathname;
const samples = Number(process.argv[2] ?? process.env.BENCH_SAMPLES ?? 25);
const chromium = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
if (!chromium) throw new Error('No Chromium found: apt-get install -y chromium (or set CHROME_PATH)');

const out = mkdtempSync(join(tmpdir(), 'veikart-bench-'));
await build({
  configFile: false,
  root,
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: out,
    emptyOutDir: true,
    minify: true,
    target: 'es2022',
    rolldownOptions: {
      input: { veikart: join(root, 'bench/calendar-veikart.js'), fullcalendar: join(root, 'bench/calendar-fullcalendar.js') },
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      preserveEntrySignatures: 'strict',
    },
  },
});

const page = readFileSync(join(root, 'bench/calendar.html'), 'utf8');
const types = { '.js': 'text/javascript', '.svg': 'image/svg+xml', '.css': 'text/css' };
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/' || url.pathname === '/index.html') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page.replace('/ENTRY.js', url.searchParams.get('entry') === 'fullcalendar' ? '/fullcalendar.js' : '/veikart.js'));
    return;
  }
  const base = url.pathname.startsWith('/pictograms/') ? join(root, 'src/core') : out;
  const file = normalize(join(base, url.pathname));
  if (!file.startsWith(base) || !existsSync(file)) {
    if (process.env.BENCH_DEBUG) console.error('404', url.pathname);
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function sample(entry) {
  const tab = await browser.newPage();
  if (process.env.BENCH_DEBUG) tab.on('console', (m) => console.error(`[${entry}]`, m.text()));
  tab.on('pageerror', (error) => console.error(`[${entry}]`, error.message));
  await tab.setViewport({ width: 1280, height: 900 });
  await tab.goto(`${origin}/?entry=${entry}`);
  await tab.waitForFunction(() => window.__bench !== undefined, { timeout: 30_000 });
  const result = await tab.evaluate(() => window.__bench);
  await tab.close();
  return result;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const results = { veikart: [], fullcalendar: [] };
let info = {};
try {
  for (const entry of ['veikart', 'fullcalendar']) await sample(entry); // warm-up: disk cache, JIT
  for (let i = 0; i < samples; i++) {
    for (const entry of i % 2 ? ['fullcalendar', 'veikart'] : ['veikart', 'fullcalendar']) {
      const r = await sample(entry);
      results[entry].push(r.duration);
      info[entry] = r;
    }
  }
} finally {
  await browser.close();
  server.close();
  rmSync(out, { recursive: true, force: true });
}

const rows = ['veikart', 'fullcalendar'].map((entry) => ({
  calendar: entry === 'veikart' ? '<vk-course-calendar>' : 'FullCalendar daygrid',
  'median ms': Number(median(results[entry]).toFixed(1)),
  'min ms': Number(Math.min(...results[entry]).toFixed(1)),
  'max ms': Number(Math.max(...results[entry]).toFixed(1)),
  samples: results[entry].length,
  'session nodes in DOM': info[entry].sessionsInDom,
}));
console.log(`First render, 500 sessions in one month (month view), ${chromium}`);
console.table(rows);
const ratio = median(results.fullcalendar) / median(results.veikart);
console.log(`FullCalendar / vk-course-calendar median ratio: ${ratio.toFixed(2)}× (${ratio >= 1 ? 'Veikart faster' : 'FullCalendar faster'})`);

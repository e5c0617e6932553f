// Screen-reader QA #5 (7 Dec 2026): the demo's calendar section showed the visible range in an <output> (role status, a polite
// live region), so every period change said "Synlig: 2026-03-30 – 2026-05-04 (month)" over the calendar's own "April 2026": two
// messages for one key, the second technical. The range is plain text now, shown and not spoken. Run: node --test test/demo/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('the calendar section shows the visible range in no live region', async () => {
  const server = await createServer({ root, logLevel: 'error', cacheDir: join(tmpdir(), 'veikart-demo-range-vite'), server: { port: 5454, strictPort: false, host: '127.0.0.1', open: false } });
  await server.listen();
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.resolvedUrls.local[0]}demo/index.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__demoReady);
    await page.click('#tab-course-calendar');
    await page.waitForFunction(() => /2026/.test(document.querySelector('#course-calendar .range')?.textContent ?? ''));
    const range = await page.evaluate(() => {
      const el = document.querySelector('#course-calendar .range');
      const live = el.closest('output, [role=status], [role=alert], [role=log], [aria-live]:not([aria-live=off])');
      return { tag: el.tagName, live: live ? live.outerHTML.slice(0, 80) : null, text: el.textContent };
    });
    assert.equal(range.live, null, 'no live region around the range');
    assert.notEqual(range.tag, 'OUTPUT');
    assert.match(range.text, /2026-\d\d-\d\d – 2026-\d\d-\d\d/, 'the range still shown');
  } finally {
    await browser.close();
    await server.close();
  }
});

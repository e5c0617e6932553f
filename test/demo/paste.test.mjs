// The demo's "Lim inn et dokument": an empty box cleared the widget (a value of '' is "no document")
// and said "Accepted.", in English on a Norwegian page (a newcomer's review, 25-demo). Now an empty box
// is refused, the widget unchanged, and the result's words follow the page language as the demo's
// other words do. Run: node --test test/demo/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('paste: an empty box is refused with a message in the page language; accepted and errors are said in it too', async () => {
  const server = await createServer({ root, logLevel: 'error', cacheDir: join(tmpdir(), 'veikart-demo-paste-vite'), server: { port: 5453, strictPort: false, host: '127.0.0.1', open: false } });
  await server.listen();
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.resolvedUrls.local[0]}demo/index.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__demoReady);
    await page.evaluate(() => {
      document.getElementById('paste').closest('details')?.setAttribute('open', '');
      document.getElementById('paste-target').value = 'plan-board';
    });
    const result = () => page.textContent('#paste-result');
    const hasValue = () => page.evaluate(() => !!document.querySelector('vk-plan-board').value);

    await page.fill('#paste', '  \n');
    await page.click('#paste-apply');
    assert.equal(await hasValue(), true, 'the board keeps its document');
    assert.match(await result(), /tomt/);

    await page.click('#paste-current');
    await page.click('#paste-apply');
    assert.equal(await result(), 'Tatt imot.');

    await page.fill('#paste', '{"version":1}');
    await page.click('#paste-apply');
    assert.match(await result(), /^vk-error .* — widgeten beholdt sitt siste gyldige dokument\.$/);
    assert.equal(await hasValue(), true);

    // The page language switched: the words shown follow.
    await page.selectOption('#lang', 'en');
    assert.match(await result(), /— the widget kept its last valid document\.$/);
    await page.fill('#paste', '');
    await page.click('#paste-apply');
    assert.match(await result(), /empty/);
  } finally {
    await browser.close();
    await server.close();
  }
});

// The demo page opened at its plain address must start at the top: the participant's header
// (name, case number) is what an adviser looks for first. Run: node --test test/demo/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('day1: the demo opened without a hash does not jump to the first tab panel', async () => {
  const server = await createServer({ root, logLevel: 'error', server: { port: 5452, strictPort: false, host: '127.0.0.1', open: false } });
  await server.listen();
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1093, height: 614 } });
    await page.goto(`${server.resolvedUrls.local[0]}demo/index.html`, { waitUntil: 'load' });
    await page.locator('vk-plan-board').waitFor();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.equal(await page.evaluate(() => window.scrollY), 0);
    // A tab chosen by the user is still kept in the address, so a link opens it.
    await page.getByRole('tab', { name: 'Steg' }).click();
    assert.equal(await page.evaluate(() => location.hash), '#step-tracker');
  } finally {
    await browser.close();
    await server.close();
  }
});

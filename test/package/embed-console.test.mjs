// The iframe bridge across two real origins (127.0.0.1 on two ports), driven by the host snippet
// of docs/embedding.md as written there: the browser console stays clean. The frame used to post
// `ready`/`resize` to every allowed origin, and Chromium logged "Failed to execute 'postMessage' …
// target origin … does not match the recipient window's origin" for each one that was not the
// parent; the snippet's early `connect`, sent while the frame still held about:blank (the host's
// own origin), logged the same once. Run: node --test test/package/embed-console.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
const docsSnippet = (() => {
  const md = readFileSync(join(root, 'docs/embedding.md'), 'utf8');
  const block = [...md.slice(md.indexOf('## iframe')).matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]).find((b) => b.includes('<iframe id="plan"'));
  assert.ok(block, 'docs/embedding.md § iframe has the host snippet');
  return block;
})();

/** The host page: the docs' snippet, pointed at the test frame on `widgetOrigin`; `late` runs its script only after the frame loaded. */
function hostPage(widgetOrigin, frameSrc, late) {
  let snippet = docsSnippet.replace(/src="https:\/\/veikart\.kommune\.no\/embed\/embed\.html\?[^"]*"/, `src="${frameSrc}"`).replaceAll("'https://veikart.kommune.no'", `'${widgetOrigin}'`);
  assert.ok(snippet.includes(frameSrc) && snippet.includes(`'${widgetOrigin}'`), 'the snippet names the frame and its origin');
  if (late) {
    // The frame loads first; the script is added after its load event (as a slow host script would run).
    const [, before, code] = snippet.match(/([\s\S]*?)<script type="module">([\s\S]*?)<\/script>/);
    snippet = `${before}<script>
      document.getElementById('plan').addEventListener('load', () => setTimeout(() => {
        const s = document.createElement('script'); s.type = 'module'; s.textContent = ${JSON.stringify(code)}; document.body.append(s);
      }), { once: true });
    </script>`;
  }
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Host</title></head><body>
<script>
  window.myPlan = { version: 1, columns: [{ id: 'mon', title: 'Mandag' }], cards: [{ id: 'c1', columnId: 'mon', title: 'Norskkurs', pictogram: 'vk:bus' }] };
  window.save = () => {};
  window.__messages = [];
  addEventListener('message', (event) => window.__messages.push(event.data));
</script>
${snippet}
</body></html>`;
}

test('iframe bridge on two origins: ready, resize and set-value arrive; nothing on the console', async (t) => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'vk-embed-console-'));
  const vite = await createServer({ root, cacheDir, logLevel: 'error', server: { port: 5315, strictPort: false, host: '127.0.0.1', open: false, hmr: false } });
  await vite.listen();
  const widgetOrigin = new URL(vite.resolvedUrls.local[0]).origin;
  let page = '';
  // No favicon (204): its 404 would be the one console line.
  const host = createHttpServer((req, res) => (req.url === '/' ? res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page) : res.writeHead(204).end()));
  await new Promise((resolve) => host.listen(0, '127.0.0.1', resolve));
  const hostOrigin = `http://127.0.0.1:${host.address().port}`;
  // Two allowed origins: the parent's, and one that is not this frame's parent.
  const allowList = encodeURIComponent(`${hostOrigin} https://intranett.kommune.no`);
  const frameSrc = `${widgetOrigin}/test/package/fixtures/embed-frame.html?widget=plan-board&amp;lang=nb#${allowList}`;
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    for (const late of [false, true]) {
      await t.test(late ? 'the host script runs after the frame loaded' : 'the host script runs as the page loads', async () => {
        page = hostPage(widgetOrigin, frameSrc, late);
        const tab = await browser.newPage();
        const said = [];
        tab.on('console', (m) => {
          // Vite serves Lit's development build, which says so once per page.
          if ((m.type() === 'warning' || m.type() === 'error') && !/Lit is in dev mode/.test(m.text())) said.push(`${m.type()}: ${m.text()} ${m.location()?.url ?? ''}`);
        });
        tab.on('pageerror', (e) => said.push(`pageerror: ${e.message}`));
        await tab.goto(`${hostOrigin}/`);
        await tab.waitForFunction(() => ['ready', 'resize'].every((type) => window.__messages.some((m) => m?.veikart === 1 && m.type === type)), null, { timeout: 30_000 });
        const frame = tab.frames().find((f) => f.url().startsWith(widgetOrigin));
        await frame.waitForFunction(() => document.querySelector('vk-plan-board')?.value?.cards?.length === 1, null, { timeout: 30_000 });
        // Anything the bridge posted or the browser refused is in by the time a marker round trip is back.
        await frame.evaluate(() => parent.postMessage({ marker: true }, '*'));
        await tab.waitForFunction(() => window.__messages.some((m) => m?.marker));
        assert.deepEqual(said, []);
        await tab.close();
      });
    }
  } finally {
    await browser.close();
    host.close();
    await vite.close();
    rmSync(cacheDir, { recursive: true, force: true });
  }
});

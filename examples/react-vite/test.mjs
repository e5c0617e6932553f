// The React example in the Vite dev server and in its production build: every pictogram loads;
// a keyboard edit reaches React's state, which writes the value back (controlled); undo — by the
// app's button and by Ctrl+Z in the widget — still works after that write-back, and React's
// state follows it; the raw <vk-step-tracker> tag gets its value as a property and its events.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { launch, startServer, checker, checkPictograms, focusIn } from '../test-helpers.mjs';

const here = new URL('.', import.meta.url).pathname;
const vite = `${here}node_modules/vite/bin/vite.js`; // not npx: stopping the server must stop Vite itself
const { check, done } = checker();
const browser = await launch();

async function exercise(url, where) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('vk-plan-board')?.shadowRoot?.querySelector('img') && document.querySelector('vk-step-tracker')?.shadowRoot?.querySelector('li, [role]'));
  await checkPictograms(page, check, where);
  const count = () => page.$eval('#done', (o) => o.textContent);
  const before = await count();
  const firstCard = await page.evaluate(() => document.querySelector('vk-plan-board').value.cards[1]);

  // Move a card by keyboard: React gets vk-change and writes the value back.
  await focusIn(page, 'vk-plan-board');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelectorAll('#log li').length === 1);
  const afterMove = await page.evaluate(() => ({ log: document.querySelector('#log li').textContent, undo: document.querySelector('vk-plan-board').canUndo }));
  check(afterMove.log === 'card.move (user)' && afterMove.undo, `${where}: keyboard move → React state (${afterMove.log}); canUndo after the write-back: ${afterMove.undo}`);

  // Ctrl+Z in the widget undoes it; React's state follows (source "undo").
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => document.querySelectorAll('#log li').length === 2);
  const undone = await page.evaluate(() => document.querySelector('#log li:last-child').textContent);
  check(undone === 'card.move (undo)', `${where}: Ctrl+Z after the write-back undoes the move (${undone})`);

  // Mark a card done by its checkbox button, then undo with the app's own button.
  await page.evaluate(() => document.querySelector('vk-plan-board').shadowRoot.querySelectorAll('[part~="done-toggle"]')[2].click());
  await page.waitForFunction((b) => document.querySelector('#done').textContent !== b, before);
  const marked = await count();
  await page.click('text=Angre siste endring');
  await page.waitForFunction((b) => document.querySelector('#done').textContent === b, before);
  check(marked !== before && (await count()) === before, `${where}: the app's Undo button reverts a done mark (${before} → ${marked} → ${await count()})`);
  const restored = await page.evaluate(() => document.querySelector('vk-plan-board').value.cards[1]);
  check(JSON.stringify(restored) === JSON.stringify(firstCard), `${where}: the document is back where it started`);

  // The raw tag: value as a property (an object, not "[object Object]"), events via onvk-change.
  await focusIn(page, 'vk-step-tracker');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelector('vk-step-tracker').value.steps.some((s) => s.status !== 'not-started'));
  check(await page.evaluate(() => document.querySelector('vk-step-tracker').canUndo), `${where}: raw <vk-step-tracker> with value={steps} and onvk-change: edit written back, undo kept`);
  check(errors.length === 0, `${where}: no page errors (${errors.join('; ')})`);
  await page.close();
}

const dev = startServer('node', [vite, '--host', '127.0.0.1', '--port', '0', '--strictPort'], here);
try {
  await exercise(await dev.url, 'vite dev');
} finally {
  dev.stop();
}
execFileSync('node', [vite, 'build', '--logLevel', 'warn'], { cwd: here, stdio: 'inherit' });
{
  // vite.config.js's assetsInlineLimit: the pictograms are files, none is inlined in the bundle.
  const assets = readdirSync(`${here}dist/assets`);
  const svgs = assets.filter((f) => f.endsWith('.svg')).length;
  const inlined = assets.filter((f) => f.endsWith('.js')).reduce((n, f) => n + (readFileSync(`${here}dist/assets/${f}`, 'utf8').match(/data:image\/svg\+xml,%3csvg/g)?.length ?? 0), 0);
  check(svgs >= 76 && inlined === 0, `vite build: the pictograms are files (${svgs} SVG files, ${inlined} inlined as data: URLs)`);
}
const preview = startServer('node', [vite, 'preview', '--host', '127.0.0.1', '--port', '0'], here);
try {
  await exercise(await preview.url, 'vite build');
} finally {
  preview.stop();
  await browser.close();
}
process.exit(done());

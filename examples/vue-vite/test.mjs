// The Vue example in its production build (and the dev server): every pictogram loads; keyboard
// edits reach Vue's state through @vk-change and are written back with :value.prop; undo still
// works after the write-back; only the two imported tags are registered (per-widget entries).
import { execFileSync } from 'node:child_process';
import { launch, startServer, checker, checkPictograms, focusIn } from '../test-helpers.mjs';

const here = new URL('.', import.meta.url).pathname;
const vite = `${here}node_modules/vite/bin/vite.js`;
const { check, done } = checker();
const browser = await launch();

async function exercise(url, where) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'warning' && /Failed to resolve component/.test(m.text()) && errors.push(m.text()));
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('vk-task-ladder')?.shadowRoot?.querySelector('img') && document.querySelector('vk-plan-board')?.shadowRoot?.querySelector('img'));
  await checkPictograms(page, check, where);
  const defined = await page.evaluate(() => ['vk-task-ladder', 'vk-plan-board', 'vk-step-tracker', 'vk-course-calendar'].map((t) => Boolean(customElements.get(t))));
  check(defined.join() === 'true,true,false,false', `${where}: veikart/task-ladder and veikart/plan-board registered only their own tags (${defined.join()})`);

  // Space advances the focused task's level; Vue writes the value back.
  await focusIn(page, 'vk-task-ladder');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelectorAll('#log li').length === 1);
  check((await page.$eval('#log li', (li) => li.textContent)) === 'task.level (user)', `${where}: Space on a task → task.level reaches Vue`);
  check(await page.evaluate(() => document.querySelector('vk-task-ladder').canUndo), `${where}: the ladder can still undo after Vue wrote the value back`);
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => document.querySelectorAll('#log li').length === 2);
  check((await page.$eval('#log li:last-child', (li) => li.textContent)) === 'task.level (undo)', `${where}: Ctrl+Z undoes it and Vue's state follows`);

  // Plan board: keyboard move, then the app's Undo button.
  const start = await page.evaluate(() => JSON.stringify(document.querySelector('vk-plan-board').value));
  await focusIn(page, 'vk-plan-board');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelectorAll('#log li').length === 3);
  await page.click('text=Angre');
  await page.waitForFunction(() => document.querySelectorAll('#log li').length === 4);
  const end = await page.evaluate(() => JSON.stringify(document.querySelector('vk-plan-board').value));
  check(end === start, `${where}: plan board move then the app's Angre button: the document is back (${await page.$eval('#log li:last-child', (li) => li.textContent)})`);
  check(errors.length === 0, `${where}: no page errors or Vue warnings (${errors.join('; ')})`);
  await page.close();
}

const dev = startServer('node', [vite, '--host', '127.0.0.1', '--port', '0'], here);
try {
  await exercise(await dev.url, 'vite dev');
} finally {
  dev.stop();
}
execFileSync('node', [vite, 'build', '--logLevel', 'warn'], { cwd: here, stdio: 'inherit' });
const preview = startServer('node', [vite, 'preview', '--host', '127.0.0.1', '--port', '0'], here);
try {
  await exercise(await preview.url, 'vite build');
} finally {
  preview.stop();
  await browser.close();
}
process.exit(done());

// webpack 5 production build, no configuration for Veikart: every pictogram is emitted as a file
// and loads; only the imported tag is registered; a keyboard edit arrives as vk-change.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { launch, startServer, checker, checkPictograms, focusIn } from '../test-helpers.mjs';

const here = new URL('.', import.meta.url).pathname;
const { check, done } = checker();
execFileSync('node', [`${here}node_modules/webpack-cli/bin/cli.js`, '--no-stats'], { cwd: here, stdio: 'inherit' });
const svgs = readdirSync(`${here}dist`).filter((f) => f.endsWith('.svg'));
check(svgs.length > 0, `webpack emitted the pictograms as files (${svgs.length} SVGs)`);
const server = startServer('node', ['serve.mjs'], here, { PORT: '0' });
const browser = await launch();
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(await server.url);
  await page.waitForFunction(() => document.querySelector('vk-task-ladder')?.shadowRoot?.querySelector('img'));
  await checkPictograms(page, check, 'webpack build');
  const defined = await page.evaluate(() => ['vk-task-ladder', 'vk-plan-board', 'vk-step-tracker', 'vk-course-calendar'].map((t) => Boolean(customElements.get(t))));
  check(defined.join() === 'true,false,false,false', `only <vk-task-ladder> is registered (${defined.join()})`);
  await focusIn(page, 'vk-task-ladder');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.getElementById('last').textContent !== 'ingen');
  check((await page.$eval('#last', (o) => o.textContent)) === 'task.level (user)', 'Space on a task → vk-change task.level');
  check(errors.length === 0, `no page errors (${errors.join('; ')})`);
} finally {
  await browser.close();
  server.stop();
}
process.exit(done());

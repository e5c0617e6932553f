// The plain-HTML example as a visitor uses it: the page loads veikart.js from /static/veikart/,
// every pictogram loads, a keyboard edit on each widget arrives as vk-change in the page's log.
import { launch, startServer, checker, checkPictograms, focusIn } from '../test-helpers.mjs';

const server = startServer('node', ['server.mjs'], new URL('.', import.meta.url).pathname, { PORT: '0' });
const { check, done } = checker();
const browser = await launch();
try {
  const url = await server.url;
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => customElements.get('vk-plan-board') && document.querySelector('vk-plan-board').shadowRoot?.querySelector('img'));
  await checkPictograms(page, check, 'plain HTML page');
  await focusIn(page, 'vk-step-tracker');
  await page.keyboard.press('Space');
  await focusIn(page, 'vk-plan-board');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelectorAll('#log li').length >= 2);
  const log = await page.$$eval('#log li', (items) => items.map((i) => i.textContent));
  check(log.some((l) => l.startsWith('route: step.status (user) – gyldig')), `step tracker: Space → vk-change step.status (${log[0]})`);
  check(log.some((l) => l.startsWith('plan: card.move (user) – gyldig')), `plan board: Space, →, Space → vk-change card.move (${log[1]})`);
  check(errors.length === 0, `no page errors (${errors.join('; ')})`);
} finally {
  await browser.close();
  server.stop();
}
process.exit(done());

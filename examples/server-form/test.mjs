// The server-rendered form as an adviser uses it, by keyboard only: move a card to the next day
// and mark another done, submit with Enter on the button; the server must receive the whole plan
// (every card, the host's own fields kept) as JSON and render it back.
import { launch, startServer, checker, checkPictograms, focusIn } from '../test-helpers.mjs';

const server = startServer('node', ['server.mjs'], new URL('.', import.meta.url).pathname, { PORT: '0' });
const { check, done } = checker();
const browser = await launch();
try {
  const url = await server.url;
  const before = await (await fetch(`${url}plan.json`)).json();
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('vk-plan-board')?.shadowRoot?.querySelector('img'));
  await checkPictograms(page, check, 'server-rendered form');

  // Keyboard: pick up the first card, move it one day on, drop it.
  await focusIn(page, 'vk-plan-board');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  const moved = await page.evaluate(() => document.querySelector('vk-plan-board').value.cards.find((c) => c.id === 'c1').columnId);
  check(moved === before.columns[1].id, `Space, →, Space moved the first card to ${before.columns[1].id} (now in ${moved})`);

  // Tab out of the widget to the submit button, and press Enter.
  await page.keyboard.press('Tab');
  let guard = 0;
  while (!(await page.evaluate(() => document.activeElement?.tagName === 'BUTTON')) && guard++ < 40) await page.keyboard.press('Tab');
  // Where focus is, through shadow roots (said when the check fails, so a failure can be read from the log).
  const focusPath = () =>
    page.evaluate(() => {
      const path = [];
      for (let a = document.activeElement; a; a = a.shadowRoot?.activeElement) path.push(`${a.tagName}${a.className ? '.' + String(a.className).split(' ')[0] : ''} "${(a.getAttribute('aria-label') ?? a.textContent ?? '').trim().slice(0, 30)}"`);
      return path.join(' > ');
    });
  const reached = await page.evaluate(() => document.activeElement?.textContent === 'Lagre planen');
  check(reached, `Tab reaches the submit button${reached ? '' : ` (after ${guard + 1} Tabs focus is on ${await focusPath()})`}`);
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);

  const after = await (await fetch(`${url}plan.json`)).json();
  check(after.cards.length === before.cards.length && after.columns.length === before.columns.length, `the server received the whole plan (${after.cards.length} cards, ${after.columns.length} columns)`);
  check(after.cards.find((c) => c.id === 'c1').columnId === before.columns[1].id, 'the server has the keyboard move');
  check(JSON.stringify(after.cards.find((c) => c.id === 'c2')) === JSON.stringify(before.cards.find((c) => c.id === 'c2')), 'the untouched card arrived unchanged');
  check(server.output().includes(`Received a plan with ${before.cards.length} cards`), 'the server validated the posted JSON with validateDocument');
  const rendered = await page.evaluate(() => document.querySelector('vk-plan-board').value.cards.find((c) => c.id === 'c1').columnId);
  check(rendered === before.columns[1].id && !(await page.$('[role=alert]')), 'the page rendered again shows the saved plan');
  await checkPictograms(page, check, 'after submitting');

  // A title that tries to end the markup it is written into (host data is untrusted): by either path,
  // the value attribute or a child <script type="application/json">, it stays text and runs nothing.
  const evil = `Norsk </script><script>window.pwned = 1</script> <!--<script> & 'x' "y" \u2028`;
  const tricky = { ...after, cards: after.cards.map((c) => (c.id === 'c2' ? { ...c, title: { nb: evil } } : c)) };
  const posted = await fetch(url, { method: 'POST', body: new URLSearchParams({ plan: JSON.stringify(tricky) }), redirect: 'manual' });
  check(posted.status === 303, 'the server took a plan whose title holds markup');
  for (const [path, source] of [['', 'the value attribute'], ['?as=script', 'a child <script type="application/json">']]) {
    await page.goto(`${url}${path}`);
    await page.evaluate(async () => {
      await customElements.whenDefined('vk-plan-board');
      await document.querySelector('vk-plan-board').updateComplete;
    });
    const seen = await page.evaluate(() => {
      const board = document.querySelector('vk-plan-board');
      return {
        pwned: 'pwned' in window,
        fromScript: board.querySelector(':scope > script[type="application/json"]') !== null,
        title: board.value?.cards.find((c) => c.id === 'c2').title.nb,
        button: document.querySelector('form button')?.textContent,
      };
    });
    check(seen.fromScript === (path !== ''), `the page renders the plan in ${source}`);
    check(!seen.pwned && seen.title === evil && seen.button === 'Lagre planen', `through ${source}, the title is text: nothing ran, the page after it is whole (${JSON.stringify(seen)})`);
  }
  check(errors.length === 0, `no page errors (${errors.join('; ')})`);
} finally {
  await browser.close();
  server.stop();
}
process.exit(done());

// The iframe bridge across real origins (127.0.0.1 on three ports = three origins):
//  A, the allowed host page, drives the widget (set-value, set-locale, set-mode, undo), receives
//    every vk-* event and the content height, each posted to A's exact origin;
//  C, a page on another origin that frames the same embed.html, is ignored: its commands change
//    nothing and it receives no message at all — even while the widget is being edited;
//  with the default server settings, frame-ancestors stops C from framing embed.html at all.
import { launch, checker, checkPictograms } from '../test-helpers.mjs';
import { startHost, startWidgetServer } from './server.mjs';

const { check, done } = checker();
let allowedHost = '';
const widgetOrigin = await startWidgetServer(0, () => [allowedHost], { frameAncestors: false });
allowedHost = await startHost(0, widgetOrigin);
const otherHost = await startHost(0, widgetOrigin);
const strictWidgetOrigin = await startWidgetServer(0, () => [allowedHost]);
const browser = await launch();

const frameOf = async (page) => {
  const handle = await page.waitForSelector('iframe#plan');
  const frame = await handle.contentFrame();
  await frame.waitForFunction(() => customElements.get('vk-plan-board') && document.querySelector('vk-plan-board'));
  return frame;
};
const messages = (page) => page.evaluate(() => window.__messages.map((m) => m.type));

try {
  // ---- A: the allowed origin
  const a = await browser.newPage();
  const errors = [];
  a.on('pageerror', (e) => errors.push(e.message));
  await a.goto(`${allowedHost}/`);
  const frame = await frameOf(a);
  await frame.waitForFunction(() => document.querySelector('vk-plan-board').value?.cards.length === 2);
  check(true, 'A: set-value from the allowed origin set the plan in the frame');
  await a.waitForFunction(() => window.__messages.some((m) => m.type === 'resize' && m.height > 100));
  const height = await a.$eval('iframe#plan', (f) => f.getBoundingClientRect().height);
  check(height > 100, `A: the frame reported its content height and the host sized the iframe (${Math.round(height)} px)`);
  await checkPictograms(frame, check, 'A: inside the frame');

  // Edit by keyboard inside the frame: A receives vk-change.
  await frame.evaluate(() => document.querySelector('vk-plan-board').shadowRoot.querySelector('.card-button[tabindex="0"]').focus());
  await a.keyboard.press('Space');
  await a.keyboard.press('ArrowRight');
  await a.keyboard.press('Space');
  await a.waitForFunction(() => window.__messages.some((m) => m.type === 'vk-change'));
  const change = await a.evaluate(() => window.__messages.find((m) => m.type === 'vk-change'));
  check(change.detail.operation.type === 'card.move' && change.detail.value.cards.length === 2, `A: a keyboard move in the frame arrives as vk-change (${change.detail.operation.type}, the whole document)`);

  await a.click('#undo');
  await a.waitForFunction(() => window.__messages.filter((m) => m.type === 'vk-change').length === 2);
  const undo = await a.evaluate(() => window.__messages.filter((m) => m.type === 'vk-change')[1].detail);
  check(undo.source === 'undo' && undo.value.cards.find((card) => card.id === 'c1').columnId === 'mon', 'A: the undo command undoes it (vk-change, source "undo")');
  await a.click('#arabic');
  await frame.waitForFunction(() => document.documentElement.lang === 'ar' && document.documentElement.dir === 'rtl');
  check(true, 'A: set-locale ar switches the frame to Arabic, right to left');
  await a.click('#participant');
  await frame.waitForFunction(() => document.querySelector('vk-plan-board').getAttribute('mode') === 'participant');
  check(true, 'A: set-mode participant switches the widget to participant mode');
  await frame.evaluate(() => document.querySelector('vk-plan-board').setAttribute('value', '{"version": 9}'));
  await a.waitForFunction(() => window.__messages.some((m) => m.type === 'vk-error'));
  check(true, 'A: vk-error is forwarded too');
  await a.evaluate(() => document.getElementById('plan').contentWindow.postMessage({ veikart: 1, type: 'set-mode', mode: 'root' }, document.getElementById('plan').dataset.origin));
  await a.waitForFunction(() => window.__messages.some((m) => m.type === 'command-error'));
  check(true, 'A: a malformed command gets command-error back, and changes nothing');
  check(errors.length === 0, `A: no page errors (${errors.join('; ')})`);

  // ---- C: same embed.html, framed by a page on another origin
  const c = await browser.newPage();
  await c.goto(`${otherHost}/`);
  const cFrame = await frameOf(c);
  // A marker from inside the frame, posted after everything the bridge could have posted: when C
  // has it, any message the bridge sent C earlier would have arrived first (same source, in order).
  const sync = async () => {
    await cFrame.evaluate(() => parent.postMessage({ marker: true }, '*'));
    await c.waitForFunction(() => window.__markers > 0);
    await c.evaluate(() => (window.__markers = 0));
  };
  await c.evaluate(() => {
    window.__markers = 0;
    window.__all = [];
    window.addEventListener('message', (e) => (e.data?.marker ? window.__markers++ : window.__all.push(e.data)));
  });
  // C's own commands: set-value, set-mode, undo — then wait until the frame has processed them.
  await cFrame.evaluate(() => window.addEventListener('message', (e) => e.data === 'processed' && (window.__processed = true)));
  await c.evaluate(() => {
    const f = document.getElementById('plan');
    const to = f.dataset.origin;
    for (const m of [{ type: 'connect' }, { type: 'set-value', value: { version: 1, steps: [] } }, { type: 'set-mode', mode: 'participant' }, { type: 'undo' }]) f.contentWindow.postMessage({ veikart: 1, ...m }, to);
    f.contentWindow.postMessage('processed', to);
  });
  await cFrame.waitForFunction(() => window.__processed === true);
  const cState = await cFrame.evaluate(() => ({ value: document.querySelector('vk-plan-board').value, mode: document.querySelector('vk-plan-board').getAttribute('mode') }));
  check(cState.value === null && cState.mode !== 'participant', `C: commands from another origin are ignored (value ${JSON.stringify(cState.value)}, mode ${cState.mode})`);

  // Give the frame in C a document from inside and edit it by keyboard: events fire, C gets nothing.
  await cFrame.evaluate(() => (document.querySelector('vk-plan-board').value = { version: 1, columns: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }], cards: [{ id: 'x', columnId: 'a', title: 'X', pictogram: 'vk:bus' }] }));
  await cFrame.evaluate(() => document.querySelector('vk-plan-board').updateComplete);
  await cFrame.evaluate(() => document.querySelector('vk-plan-board').shadowRoot.querySelector('.card-button[tabindex="0"]').focus());
  await c.keyboard.press('Space');
  await c.keyboard.press('ArrowRight');
  await c.keyboard.press('Space');
  check(await cFrame.evaluate(() => document.querySelector('vk-plan-board').value.cards[0].columnId === 'b'), 'C: the widget in the frame did fire a vk-change (card moved)');
  await sync();
  const cReceived = await c.evaluate(() => window.__all);
  check(cReceived.length === 0, `C: received nothing — no ready, resize, vk-change (${cReceived.length} messages)`);
  const aChanges = (await messages(a)).filter((t) => t === 'vk-change').length;
  check(aChanges === 2, `A received only its own frame's events, not C's frame's (${aChanges} vk-change)`);

  // ---- The default server: frame-ancestors keeps C from framing embed.html at all.
  const headers = (await fetch(`${strictWidgetOrigin}/embed/embed.html`)).headers.get('content-security-policy');
  check(headers.includes(`frame-ancestors ${allowedHost}`), `the widget server sends frame-ancestors ${allowedHost} with embed.html`);
  const embedHtml = await (await fetch(`${widgetOrigin}/embed/embed.html`)).text();
  check(embedHtml.includes(`content="${allowedHost}"`) && !embedHtml.includes(otherHost), 'the allow-list lives in embed.html as served (a <meta> the server writes), not in the URL');
} finally {
  await browser.close();
}
process.exit(done());

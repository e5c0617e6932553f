/**
 * QA: host changes while the user is mid-gesture, with the widget inside a host's shadow root —
 * test/course-calendar/host-change-focus.test.ts and the board's narrowing rule, nested. In a shadow
 * root, document.activeElement is the outer host (`<qa-case-view>`), never the widget: code that
 * compares document.activeElement with the widget (calendar-moves.ts `afterRender`, gesture.ts
 * `focusAfter`) sees "focus elsewhere on the page".
 */
import { expect, fixture, html } from '@open-wc/testing';
import { samplePlan } from '../plan-board/helpers.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';
import { record } from '../helpers/index.js';
import { weekPart } from '../../src/course-calendar/calendar-parts.js';
import { deepActive, describeEl, frame, inside, key, nested, settleAll, type Widget } from './case-view.js';
import { popoverOpen } from './common-open.js';

type Calendar = Widget & { view: string; date: string };

async function calendar(where: 'nested' | 'page' = 'nested'): Promise<{ el: Calendar; card: HTMLElement }> {
  if (where === 'page') {
    const card = await fixture<HTMLElement>(html`<div style="inline-size: 760px"><vk-course-calendar .value=${sampleSchedule()} view="month" date="2026-03-12"></vk-course-calendar></div>`);
    const el = card.querySelector('vk-course-calendar') as Calendar;
    await settleAll(el);
    return { el, card };
  }
  const { el, view } = await nested<Calendar>('vk-course-calendar', sampleSchedule(), { view: 'month', date: '2026-03-12' }, 'inline-size: 760px');
  return { el, card: view.card };
}
const chip = (el: Widget, id: string): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>(`[data-session="${id}"]`)!;
const moves = (seen: Array<{ detail: unknown }>, type: string) => seen.filter((e) => (e.detail as { operation?: { type?: string } }).operation?.type === type);

function expectVisibleFocusInside(el: Widget): HTMLElement {
  const active = deepActive() as HTMLElement | null;
  expect(!!active && inside(active, el) && active.checkVisibility(), `focus visible inside the widget: ${describeEl(active)}`).to.equal(true);
  return active!;
}

describe('QA nested: host changes mid-gesture', () => {
  // A week view not yet loaded (page or nested): calendar-week-cold.test.ts.
  before(() => weekPart.load());

  for (const where of ['page', 'nested'] as const) {
    it(`calendar (${where}): a keyboard pick-up, then the host switches to week view: focus follows the session, the move goes on`, async () => {
    const { el } = await calendar(where);
    const seen = record(el, 'vk-change');
    chip(el, 'a1').focus();
    await key(el, ' ');
    el.view = 'week';
    await settleAll(el);
    expect(el.shadowRoot!.querySelector('[data-grabbed]'), 'still picked up').to.not.equal(null);
    expect((deepActive() as HTMLElement | null)?.closest('[data-session]')?.getAttribute('data-session'), describeEl(deepActive())).to.equal('a1');
    await key(el, 'ArrowDown');
    await key(el, ' ');
    expect(moves(seen, 'session.move')).to.have.length(1);
  });

  }

  it('calendar: a keyboard pick-up, then the host moves the date to another month: cancelled, focus inside', async () => {
    const { el } = await calendar();
    chip(el, 'a1').focus();
    await key(el, ' ');
    await key(el, 'ArrowRight');
    el.date = '2026-05-04';
    await settleAll(el);
    expect(el.shadowRoot!.querySelector('[data-grabbed]')).to.equal(null);
    expectVisibleFocusInside(el);
  });

  it('calendar: a keyboard pick-up, then the card narrows below 480 px: focus visible inside, on the session where it is drawn now', async () => {
    const { el, card } = await calendar();
    chip(el, 'a2').focus();
    await key(el, ' ');
    card.style.inlineSize = '400px';
    await settleAll(el);
    for (let i = 0; i < 3; i++) await frame();
    expectVisibleFocusInside(el);
  });

  it('calendar: focus on a month chip, then the card narrows below 480 px (chips hidden): focus visible inside', async () => {
    const { el, card } = await calendar();
    chip(el, 'a2').focus();
    card.style.inlineSize = '400px';
    await settleAll(el);
    for (let i = 0; i < 3; i++) await frame();
    expectVisibleFocusInside(el);
  });

  it('calendar: details open, then the card narrows: still open; Escape returns focus inside', async () => {
    const { el, card } = await calendar();
    chip(el, 'a2').focus();
    await key(el, 'Enter');
    const panel = await popoverOpen(el);
    card.style.inlineSize = '400px';
    await settleAll(el);
    expect(el.shadowRoot!.querySelector(':popover-open')).to.equal(panel);
    await key(el, 'Escape');
    expect(el.shadowRoot!.querySelector(':popover-open')).to.equal(null);
    expectVisibleFocusInside(el);
  });

  it('board: a card lifted, then the card narrows below 480 px (one day at a time): focus stays on the lifted card, the move goes on', async () => {
    const { el, view } = await nested<Widget>('vk-plan-board', samplePlan(), {}, 'inline-size: 760px');
    const seen = record(el, 'vk-change');
    el.shadowRoot!.querySelector<HTMLElement>('.card-button[data-key="c4"]')!.focus();
    await key(el, ' ');
    view.card.style.inlineSize = '400px';
    await settleAll(el);
    for (let i = 0; i < 3; i++) await frame();
    const active = expectVisibleFocusInside(el);
    expect(active.matches('.card-button[data-key="c4"]'), describeEl(active)).to.equal(true);
    await key(el, 'ArrowUp');
    await key(el, ' ');
    expect(moves(seen, 'card.move')).to.have.length(0); // c4 is alone in Tirsdag: ↑ keeps it there, the drop changes nothing
    await key(el, ' ');
    await key(el, 'ArrowLeft');
    await key(el, ' ');
    expect(moves(seen, 'card.move'), 'one move to Mandag').to.have.length(1);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { samplePlan } from '../plan-board/helpers.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';

// Space held down sends keydown again and again (`repeat: true`, about 30 a second after a short
// delay). On a card or a session each one lifted or dropped it in turn: a press a little too long
// (a tremor, a slow release) ended with the card put back, or dropped where it was, and a string
// of announcements. A button acts on Space once per press; so do these (the tracker's and the
// ladder's Space already did: test/step-tracker/brk-held-space.test.ts).
const keydown = (target: Element, repeat: boolean): KeyboardEvent => {
  const event = new KeyboardEvent('keydown', { key: ' ', repeat, bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
};
const frame = (): Promise<unknown> => new Promise((resolve) => requestAnimationFrame(resolve));

describe('Space held down on a card or a session picks it up once', () => {
  it('plan board: the card stays lifted; the repeats do nothing but keep the page from scrolling', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    const card = el.shadowRoot!.querySelector<HTMLElement>('.card[data-card="c1"] .card-button')!;
    card.focus();
    keydown(card, false);
    await el.updateComplete;
    const repeats = [1, 2, 3].map(() => keydown(card, true));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.board')!.hasAttribute('data-moving'), 'still lifted').to.equal(true);
    expect(repeats.every((e) => e.defaultPrevented)).to.equal(true);
  });

  for (const view of ['month', 'agenda'] as const) {
    it(`course calendar (${view}): the session stays picked up`, async () => {
      const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar .value=${sampleSchedule()} view=${view} date="2026-03-10" style="inline-size: 1000px"></vk-course-calendar>`);
      for (let i = 0; i < 60 && !el.shadowRoot!.querySelector('[data-session="a2"]'); i++) await frame();
      const session = el.shadowRoot!.querySelector<HTMLElement>('[data-session="a2"]')!;
      session.focus();
      keydown(session, false);
      await el.updateComplete;
      for (let i = 0; i < 3; i++) keydown(el.shadowRoot!.activeElement ?? session, true);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[data-session="a2"][data-grabbed]'), 'still picked up').to.not.equal(null);
    });
  }
});

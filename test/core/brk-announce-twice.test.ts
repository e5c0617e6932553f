/**
 * Two announcements in one task. A host that cancels a card move gets "Endring avbrutt. …" from
 * the base element and then the board's own "Flytting avbrutt. …", in the same task. The live
 * region alternates two nodes so that the same words repeated are spoken again; each announce
 * flipped between them, so two in one task flipped back to the node of the last message. When the
 * user tried the same move again (and the host refused it again), the same words landed in the
 * same node: no change in the DOM, and a screen reader said nothing at all. The last message of a
 * task must be written so that it is a change, whatever was said before.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { sampleSteps } from '../helpers/index.js';
import { cardButton, keys, samplePlan } from '../plan-board/helpers.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';

const region = (el: Element): HTMLElement => el.shadowRoot?.querySelector<HTMLElement>('[data-vk-announcer]') as HTMLElement;
const said = (el: Element): string => region(el).textContent?.replace(/[\u2066-\u2069]/g, '') ?? '';

/** Runs `act` and returns how many DOM changes the live region saw. */
async function changesDuring(el: Element, act: () => Promise<unknown>): Promise<number> {
  let changes = 0;
  const observer = new MutationObserver((records) => (changes += records.length));
  observer.observe(region(el), { childList: true, subtree: true, characterData: true });
  await act();
  await new Promise((resolve) => setTimeout(resolve));
  observer.disconnect();
  return changes;
}

function pointer(type: string, target: EventTarget, x: number, y: number): void {
  target.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: y, pointerId: 7, button: 0, isPrimary: true }));
}
const centre = (node: Element): { x: number; y: number } => {
  const r = node.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
};

describe('two announcements in one task', () => {
  it('a session dragged to another day and refused by the host, twice: the second refusal is spoken too', async () => {
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar .value=${sampleSchedule()} view="month" date="2026-03-12"></vk-course-calendar>`);
    el.addEventListener('vk-change', (event) => event.preventDefault());
    const drag = async (): Promise<void> => {
      const day = el.shadowRoot!.querySelector('.day[data-date="2026-03-17"]') as HTMLElement;
      day.scrollIntoView({ block: 'end' });
      const source = el.shadowRoot!.querySelector('[role="grid"] [data-session="a2"]') as HTMLElement;
      const from = centre(source);
      const to = centre(day);
      source.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerId: 7, isPrimary: true }));
      await el.updateComplete;
      pointer('pointerdown', source, from.x, from.y);
      pointer('pointermove', window, from.x + 20, from.y + 20);
      await el.updateComplete;
      pointer('pointermove', window, to.x, to.y);
      await el.updateComplete;
      pointer('pointerup', window, to.x, to.y);
      await el.updateComplete;
    };
    await drag();
    const first = said(el);
    expect(first).to.equal('Flyttingen ble avvist.');
    const changes = await changesDuring(el, drag);
    expect(said(el)).to.equal(first);
    expect(changes, 'the region changed, so the refusal is spoken again').to.be.greaterThan(0);
  });

  it('a card move the host refuses twice is announced twice', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    el.addEventListener('vk-change', (event) => event.preventDefault());
    cardButton(el, 'c1').focus();
    await keys(el, ' ', 'ArrowRight', ' ');
    const first = said(el);
    expect(first).to.match(/^Flytting avbrutt\. Kort Norskkurs: kolonne Mandag/);
    cardButton(el, 'c1').focus();
    await keys(el, ' ', 'ArrowRight');
    const changes = await changesDuring(el, () => keys(el, ' '));
    expect(said(el)).to.equal(first);
    expect(changes, 'the region changed, so the refusal is spoken again').to.be.greaterThan(0);
  });

  it('a message, then two in one task ending in the same words: the region changes', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const announcer = (el as unknown as { announcer: { announce(m: string): void } }).announcer;
    announcer.announce('Én');
    await el.updateComplete;
    const changes = await changesDuring(el, async () => {
      announcer.announce('To');
      announcer.announce('Én');
      await el.updateComplete;
    });
    expect(said(el)).to.equal('Én');
    expect(changes).to.be.greaterThan(0);
  });
});

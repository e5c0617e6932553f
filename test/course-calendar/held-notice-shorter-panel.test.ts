/**
 * The notice for typing the host changed under, in details that then get shorter (an on-screen keyboard, a lower
 * window): core/popover.ts scrolls the panel back to the focused field. Before (7 Dec, pass 55) only to the field, and
 * the notice's buttons under it stayed under the sticky "Slett økt" / "Lukk". Now the notice that describes the field
 * (aria-describedby) is kept in view with it.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { sampleSchedule } from './fixtures.js';
import { settleFrames } from './focus-helpers.js';
import { hour12 } from './held-typing.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const box = (e: Element) => e.getBoundingClientRect();

describe('course calendar: a held time notice in details that get shorter (360 px phone, 150 % text: room between the sticky ends for the field and the whole notice)', () => {
  before(() => setViewport({ width: 360, height: 900 }));
  afterEach(() => document.documentElement.style.removeProperty('font-size'));
  after(() => setViewport({ width: 800, height: 600 }));

  it('stays in view with the focused field, clear of the sticky buttons, as the panel is placed again shorter', async () => {
    document.documentElement.style.fontSize = '150%';
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar view="agenda" date="2026-03-09" .value=${sampleSchedule()}></vk-course-calendar>`);
    await settleFrames(el);
    const root = el.shadowRoot!;
    (root.querySelector('[data-session="a1"]') as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root.querySelector('[data-session-details] input[name="start"]'), 'the details open', { timeout: 5000 });
    const start = root.querySelector<HTMLInputElement>('[data-session-details] input[name="start"]')!;
    const panel = root.querySelector<HTMLElement>('.vk-popover')!;
    await waitUntil(() => panel.dataset.positioned === 'true', 'the details placed', { timeout: 5000 });
    for (let i = 0; i < 3; i++) await frame();
    start.focus({ preventScroll: true });
    await sendKeys({ type: hour12 ? '1015A' : '1015' });
    await settleFrames(el);
    const doc = structuredClone(el.value) as ScheduleDocument;
    el.value = { ...doc, sessions: doc.sessions.map((s) => (s.id === 'a1' ? { ...s, start: '2026-03-09T08:05' } : s)) };
    await settleFrames(el);
    for (let i = 0; i < 3; i++) await frame();
    const notice = root.querySelector<HTMLElement>('[data-session-details] #text-notice')!;
    expect(notice, 'the notice').to.not.equal(null);
    expect(root.activeElement, 'focus still in the start field').to.equal(start);
    // The panel gets shorter (as under an on-screen keyboard) and is placed again.
    const before = panel.clientHeight;
    await setViewport({ width: 360, height: 600 });
    await waitUntil(() => panel.clientHeight < before, 'the panel shorter', { timeout: 5000 });
    for (let i = 0; i < 6; i++) await frame();
    const head = box(root.querySelector('.details > h3')!);
    const foot = box(root.querySelector('.details > .popover-actions')!);
    const top = Math.max(box(panel).top, panel.hasAttribute('data-sticky-ends') ? head.bottom : -Infinity);
    const bottom = Math.min(box(panel).bottom, panel.hasAttribute('data-sticky-ends') ? foot.top : Infinity);
    expect(box(start).top, 'the field not under the heading').to.be.at.least(top - 1);
    for (const part of [notice.querySelector('p')!, notice.querySelector('.keep-mine')!, notice.querySelector('.use-theirs')!]) {
      expect(box(part).top, `${part.className || 'the words'} not under the heading`).to.be.at.least(top - 1);
      expect(box(part).bottom, `${part.className || 'the words'} not under the buttons`).to.be.at.most(bottom + 1);
    }
  });
});

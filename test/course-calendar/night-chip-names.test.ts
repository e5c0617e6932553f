/**
 * A month chip of a session crossing midnight (QA pass, 5 Dec): named by its content (cancelled,
 * or a course name in another language) it read "18:00 –15. mars 00:00" (a space before the dash:
 * Chromium puts one around the visually hidden end, an absolutely positioned box), and its end was
 * no isolate of its own; named by `aria-label`, the end's day and time were no isolates either.
 * Every chip now gives the time as the week view and the agenda show it, "18:00–15. mars 00:00",
 * with no space before the dash, each part isolated; the week view's and agenda's names lose the
 * space their <wbr> gave them ("18:00 –15. mars 00:00") (docs/course-calendar.md, "Sessions across midnight").
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument, Session } from '../../src/course-calendar/course-calendar.types.js';
import { shadow } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';
import { sessionButtonNames } from './focus-helpers.js';

async function month(lang: 'nb' | 'ar', view = 'month', count = 2): Promise<VkCourseCalendar> {
  const doc: ScheduleDocument = {
    ...sampleSchedule(),
    sessions: (
      [
      { id: 'n1', courseId: 'renhold', start: '2026-03-14T18:00', end: '2026-03-15T00:00', kind: 'theory' },
      { id: 'n2', courseId: 'renhold', start: '2026-03-14T18:00', end: '2026-03-15T00:00', kind: 'theory', cancelled: true },
      ] satisfies Session[]
    ).slice(0, count),
  };
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} style="inline-size: 1100px"><vk-course-calendar id="cal" .value=${doc} view=${view} date="2026-03-14"></vk-course-calendar></div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await el.updateComplete;
  return el;
}

const FSI = '\u2068';
const PDI = '\u2069';

describe('vk-course-calendar: month chips of a session crossing midnight', () => {
  it('named by content (cancelled): "18:00–15. mars 00:00 …", no space before the dash', async () => {
    await month('nb');
    const names = await sessionButtonNames();
    expect(names).to.have.length(2);
    expect(names[1]).to.match(/^18:00–15\. mars 00:00 Renhold og smittevern/);
  });

  it('the end is its own isolate in Arabic (day and time in <bdi>), no space before the dash', async () => {
    const el = await month('ar');
    const chip = shadow(el, '[data-session="n2"]');
    expect(Array.from(chip.querySelectorAll('bdi'), (b) => b.textContent)).to.include.members(['15 مارس', '00:00']);
    expect((await sessionButtonNames())[1]).to.match(/^18:00–15 مارس 00:00 /);
  });

  it('named by aria-label: the end\'s day and time each an isolate, as in the week view\'s and agenda\'s names', async () => {
    const el = await month('nb');
    expect(shadow(el, '[data-session="n1"]').getAttribute('aria-label')).to.equal(`18:00 Renhold og smittevern, Teori, til ${FSI}15. mars${PDI} ${FSI}00:00${PDI}`);
  });

  for (const view of ['week', 'agenda']) {
    // Alone in its day (a chip in a narrow lane of two is named the same: narrow-lane-names.test.ts).
    it(`${view}: the same session is named "18:00–15. mars 00:00 …", no space before the dash`, async () => {
      await month('nb', view, 1);
      const names = await sessionButtonNames();
      expect(names[0]).to.match(/^18:00–15\. mars 00:00 Renhold og smittevern/);
    });
  }
});

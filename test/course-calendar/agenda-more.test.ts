import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument, Session } from '../../src/course-calendar/course-calendar.types.js';
import { shadow, shadowAll } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';

/** `n` half-hour sessions in each of March and April 2026 (the agenda shows a month). */
function busy(n: number): ScheduleDocument {
  const doc = sampleSchedule();
  const month = (m: string) =>
    Array.from({ length: n }, (_, i): Session => {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const hour = String(6 + Math.floor(i / 28)).padStart(2, '0');
      return { id: `s${m}-${i}`, courseId: 'renhold', start: `2026-${m}-${day}T${hour}:00`, end: `2026-${m}-${day}T${hour}:30`, kind: 'theory' };
    });
  return { ...doc, sessions: [...month('03'), ...month('04')] };
}

// Before: after "Vis flere" the next month's agenda was first drawn with every row the last one
// had grown to, then drawn again with its first 200 (the reset came after the render): two renders,
// the first of up to 1,200 rows nobody asked for.
describe('course calendar agenda: "Vis flere" and the next period', () => {
  it('the next month starts again at its first 200 rows, in one render', async () => {
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar view="agenda" date="2026-03-12" .value=${busy(300)}></vk-course-calendar>`);
    await waitUntil(() => el.shadowRoot?.querySelector('[data-action="agenda-more"]'), 'the agenda is drawn', { timeout: 5000 });
    expect(shadowAll(el, '.agenda [data-session]')).to.have.length(200);
    shadow(el, '[data-action="agenda-more"]').click();
    await el.updateComplete;
    expect(shadowAll(el, '.agenda [data-session]')).to.have.length(300);

    let renders = 0;
    let most = 0;
    const render = (el as unknown as { render(): unknown }).render.bind(el);
    Object.defineProperty(el, 'render', {
      configurable: true,
      value: () => {
        renders++;
        const result = render();
        // What this render asks for: rows are drawn in its commit, counted after it.
        void Promise.resolve().then(() => (most = Math.max(most, shadowAll(el, '.agenda [data-session]').length)));
        return result;
      },
    });
    el.date = '2026-04-12';
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shadowAll(el, '.agenda [data-session]')).to.have.length(200);
    expect(shadow(el, '[data-action="agenda-more"]').textContent).to.contain('100');
    expect(most, 'no render drew more than the first 200 rows').to.equal(200);
    expect(renders, 'one render for the new month').to.equal(1);
  });
});

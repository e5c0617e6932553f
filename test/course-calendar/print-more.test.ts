import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { createInnherredSchedule } from '../../src/presets/schedule.js';

// A month day with more than three sessions shows two and "+N flere"; on paper "+N flere" was hidden with the
// controls, so a day with five sessions printed two and nothing said three more exist
// (docs/course-calendar.md said it stays on paper).

describe('vk-course-calendar printed month', () => {
  after(() => emulateMedia({ media: 'screen' }));

  it('a day with five sessions prints "+3 flere" under its two chips', async () => {
    const doc = createInnherredSchedule();
    const extra = ['11:00', '13:00'].map((start, i) => ({ id: `x${i}`, courseId: 'renhold', start: `2026-03-12T${start}`, end: `2026-03-12T${start.replace(':00', ':45')}`, kind: 'other' as const }));
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar view="month" date="2026-03-12" .value=${{ ...doc, sessions: [...doc.sessions, ...extra] }}></vk-course-calendar>`);
    await el.updateComplete;
    const paperCss = (): boolean => Array.from(el.shadowRoot!.adoptedStyleSheets).some((s) => Array.from(s.cssRules).some((r) => r.cssText.startsWith('@media print')));
    await waitUntil(paperCss, 'the paper CSS is adopted', { timeout: 3000 });
    await emulateMedia({ media: 'print' });
    const more = el.shadowRoot!.querySelector<HTMLElement>('[data-more="2026-03-12"].more')!;
    expect(more.textContent!.trim()).to.equal('+3 flere');
    expect(getComputedStyle(more).display, 'printed').to.not.equal('none');
  });
});

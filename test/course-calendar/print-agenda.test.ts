import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { createInnherredSchedule } from '../../src/presets/schedule.js';

// The agenda view on paper (never checked before): printed on A4 portrait, a week's heading
// ("Uke 12, 2026") and a day's date ("mandag 16. mars 2026") ended a sheet alone, their sessions
// on the next; the holiday name ("Påskeferie") printed orange and the session kind grey.

describe('vk-course-calendar printed agenda', () => {
  after(() => emulateMedia({ media: 'screen' }));

  it('keeps each heading with what follows it and prints its words black', async function () {
    // The agenda view and the paper CSS are lazy chunks (the paper CSS adopted at an idle moment):
    // on a busy machine they may take seconds to arrive.
    this.timeout(40000);
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar view="agenda" date="2026-03-12" .value=${createInnherredSchedule()}></vk-course-calendar>`);
    await el.updateComplete;
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('.agenda .kind') && root.querySelector('.special'), 'the agenda with a holiday is drawn', { timeout: 15000 });
    const paperCss = (): boolean => Array.from(root.adoptedStyleSheets).some((s) => Array.from(s.cssRules).some((r) => r.cssText.startsWith('@media print')));
    await waitUntil(paperCss, 'the paper CSS is adopted', { timeout: 15000 });
    // Either lazy sheet may arrive first: put the paper CSS before the agenda view's own rules, the
    // order in which it lost (the kind printed grey when the agenda's sheet came later).
    const sheets = [...root.adoptedStyleSheets];
    const isPaper = (s: CSSStyleSheet): boolean => Array.from(s.cssRules).some((r) => r.cssText.startsWith('@media print') && r.cssText.includes('.agenda'));
    root.adoptedStyleSheets = [...sheets.filter((s) => isPaper(s)), ...sheets.filter((s) => !isPaper(s))];
    await emulateMedia({ media: 'print' });
    const headings = [...root.querySelectorAll<HTMLElement>('.agenda h3, .agenda-date')];
    expect(headings.length).to.be.above(5);
    expect(headings.filter((h) => getComputedStyle(h).breakAfter !== 'avoid').map((h) => h.textContent!.trim()), 'headings a sheet may end with').to.deep.equal([]);
    const words = [...root.querySelectorAll<HTMLElement>('.agenda .kind, .agenda .special, .agenda .session')];
    expect(words.filter((w) => getComputedStyle(w).color !== 'rgb(0, 0, 0)').map((w) => `${w.className}: ${getComputedStyle(w).color}`), 'not black on paper').to.deep.equal([]);
  });
});

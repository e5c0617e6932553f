import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { shadow } from '../helpers/index.js';
import { splitWords } from '../a11y/layout-checks.js';
import { sampleSchedule } from './fixtures.js';

// A session's details on a 320 px phone with text at 200 %: the course's name stood beside its
// pictogram as an anonymous flex item (min-content wide), so "обслуговування" and "продуктовому"
// ran past the popover's edge and the popover scrolled sideways. The name goes below the pictogram
// and, where even that line is narrower than its longest word, is drawn a little smaller.
describe('course calendar: session details with 200 % text on a 320 px phone', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  afterEach(() => document.documentElement.style.removeProperty('font-size'));
  after(() => setViewport({ width: 800, height: 600 }));

  it('the course name is whole inside the popover, never split', async () => {
    document.documentElement.style.fontSize = '200%';
    const sample = sampleSchedule();
    const value = { ...sample, courses: sample.courses.map((c) => (c.id === 'butikk' ? { ...c, title: { nb: 'Produktbehandling i dagligvarebransjen', uk: 'Продаж і обслуговування в продуктовому магазині' } } : c)) };
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar lang="uk" view="agenda" date="2026-03-10" .value=${value}></vk-course-calendar>`);
    await el.updateComplete;
    const session = value.sessions.find((s) => s.courseId === 'butikk')!;
    shadow(el, `[data-session="${session.id}"]`).click();
    await waitUntil(() => el.shadowRoot?.querySelector('.vk-popover .details'), 'the details open', { timeout: 5000 });
    // The word fit writes its size a microtask after the render; a frame lays it out.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const popover = shadow(el, '.vk-popover');
    const heading = shadow(el, '#popover-title');
    expect(popover.scrollWidth, 'nothing scrolls sideways in the popover').to.be.at.most(popover.clientWidth);
    expect(heading.scrollWidth, 'the name ends inside its heading').to.be.at.most(heading.clientWidth);
    expect(splitWords(popover).map((w) => w.word)).to.deep.equal([]);
  });
});

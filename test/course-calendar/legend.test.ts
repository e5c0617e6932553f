import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { LEGEND_LIMIT } from '../../src/course-calendar/calendar-toolbar.js';
import type { Course, ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { focused, shadow, shadowAll } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';

/** `k` courses, each with its own colour and one session in March 2026 (on day i % 28 + 1). */
function schedule(k: number): ScheduleDocument {
  const pad = (n: number) => String(n).padStart(2, '0');
  const courses: Course[] = Array.from({ length: k }, (_, i) => ({ id: `c${i}`, title: `Kurs ${i + 1}`, color: `#${pad(i)}${pad(i)}aa` }));
  const sessions = courses.map((c, i) => ({ id: `s${i}`, courseId: c.id, start: `2026-03-${pad((i % 28) + 1)}T09:00`, end: `2026-03-${pad((i % 28) + 1)}T10:00`, kind: 'theory' as const }));
  return { version: 1, courses, sessions };
}

async function calendar(doc: ScheduleDocument, view = 'month'): Promise<VkCourseCalendar> {
  const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar .value=${doc} view=${view} date="2026-03-12"></vk-course-calendar>`);
  await el.updateComplete;
  return el;
}

const items = (el: VkCourseCalendar) => shadowAll(el, '.legend-item').map((b) => b.dataset.course);
const all = (el: VkCourseCalendar) => el.shadowRoot!.querySelector<HTMLButtonElement>('.legend-all');

describe('vk-course-calendar: legend', () => {
  it('a course whose title wraps keeps a round colour swatch and a whole pictogram', async () => {
    const base = schedule(1);
    const doc: ScheduleDocument = { ...base, courses: [{ ...base.courses[0]!, title: 'Salg og service i dagligvare, kassearbeid og varemottak for nybegynnere', pictogram: 'vk:shop' }] };
    const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 320px"><vk-course-calendar .value=${doc} view="month" date="2026-03-12"></vk-course-calendar></div>`);
    const el = wrapper.firstElementChild as VkCourseCalendar;
    await el.updateComplete;
    const item = shadow(el, '.legend-item');
    expect(item.getBoundingClientRect().height, 'the title wraps').to.be.above(48);
    const swatch = item.querySelector('.swatch')!.getBoundingClientRect();
    expect(swatch.width).to.equal(swatch.height);
    const picture = item.querySelector('.vk-pictogram')!.getBoundingClientRect();
    expect(picture.width).to.equal(picture.height);
  });

  it('hides and shows a course (aria-pressed)', async () => {
    const el = await calendar(sampleSchedule());
    const toggle = shadow(el, '.legend-item[data-course="butikk"]');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(shadowAll(el, '[role="grid"] [data-session]').map((s) => s.dataset.session)).to.deep.equal(['a1', 'a2']);
  });

  it(`shows every course and no disclosure up to ${LEGEND_LIMIT} courses`, async () => {
    const el = await calendar(schedule(LEGEND_LIMIT));
    expect(items(el)).to.have.length(LEGEND_LIMIT);
    expect(all(el)).to.equal(null);
  });

  it('past the limit shows the first courses and "Alle kurs (n)", a disclosure button that keeps focus', async () => {
    const el = await calendar(schedule(20));
    expect(items(el)).to.deep.equal(Array.from({ length: LEGEND_LIMIT }, (_, i) => `c${i}`));
    const button = all(el)!;
    expect(button.textContent?.trim()).to.equal('Alle kurs (20)');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    // First in the legend's toolbar: the courses it reveals come after it, and it does not move.
    expect(button.parentElement).to.equal(shadow(el, '.legend[role="toolbar"]'));
    expect(button.parentElement!.firstElementChild).to.equal(button);
    const before = button.getBoundingClientRect();
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(items(el)).to.have.length(20);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(focused(el)).to.equal(button);
    expect(button.getBoundingClientRect().top).to.equal(before.top);
    expect(button.getBoundingClientRect().left).to.equal(before.left);
    // → goes on to the first course (the legend is one Tab stop).
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal(shadow(el, '.legend-item[data-course="c0"]'));
    button.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(items(el)).to.have.length(LEGEND_LIMIT);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(focused(el)).to.equal(button);
  });

  it('a course the user toggled stays in the collapsed legend, so a hidden course is never out of sight', async () => {
    const el = await calendar(schedule(20));
    all(el)!.click();
    await el.updateComplete;
    const fifteenth = shadow(el, '.legend-item[data-course="c14"]');
    fifteenth.click();
    await el.updateComplete;
    expect(shadowAll(el, '[role="grid"] [data-session="s14"]')).to.have.length(0);
    all(el)!.click();
    await el.updateComplete;
    expect(items(el)).to.deep.equal([...Array.from({ length: LEGEND_LIMIT }, (_, i) => `c${i}`), 'c14']);
    expect(shadow(el, '.legend-item[data-course="c14"]').getAttribute('aria-pressed')).to.equal('false');
    // Shown again, it stays where it is and keeps focus (it does not vanish under the pointer).
    const button = shadow(el, '.legend-item[data-course="c14"]');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.isConnected && button.getAttribute('aria-pressed')).to.equal('true');
    expect(focused(el)).to.equal(button);
    expect(shadowAll(el, '[role="grid"] [data-session="s14"]')).to.have.length(1);
  });

  it('a disabled calendar disables the disclosure too', async () => {
    const el = await calendar(schedule(12));
    el.setAttribute('disabled', '');
    await el.updateComplete;
    expect(all(el)!.disabled).to.equal(true);
  });

  it("each course's colour reaches its swatch, month and week chips and narrow markers through a class rule", async () => {
    const doc = schedule(12);
    const colour = (node: Element) => getComputedStyle(node).getPropertyValue('--_vk-course').trim();
    const el = await calendar(doc);
    expect(colour(shadow(el, '.legend-item[data-course="c3"] .swatch'))).to.equal('#0303aa');
    expect(colour(shadow(el, '[role="grid"] [data-session="s11"] .stripe'))).to.equal('#1111aa');
    // Only the small element that draws it has the colour: the chip and its text share their styles.
    expect(colour(shadow(el, '[role="grid"] [data-session="s11"]'))).to.not.equal('#1111aa');
    // A new colour for a course reaches its chip (the month chip is updated in place).
    el.value = { ...doc, courses: doc.courses.map((c) => (c.id === 'c11' ? { ...c, color: '#123456' } : c)) };
    await el.updateComplete;
    expect(colour(shadow(el, '[role="grid"] [data-session="s11"] .stripe'))).to.equal('#123456');
    el.view = 'week';
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('[data-session="s11"] .stripe'), 'the week view draws s11');
    expect(colour(shadow(el, '[data-session="s11"] .stripe'))).to.equal('#123456');
    const narrow = await fixture<HTMLElement>(html`<div style="inline-size: 320px"><vk-course-calendar .value=${doc} view="month" date="2026-03-12"></vk-course-calendar></div>`);
    const small = narrow.querySelector('vk-course-calendar') as VkCourseCalendar;
    await waitUntil(() => small.shadowRoot!.querySelector('.day[data-date="2026-03-12"] .marker'), 'narrow month draws markers');
    expect(colour(shadow(small, '.day[data-date="2026-03-12"] .marker'))).to.equal('#1111aa');
  });
});

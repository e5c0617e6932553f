/**
 * Ticking "Avlyst" in a session's details was announced as any other edit, "Økten er endret.": a
 * screen reader user did not hear that the session is now cancelled. The status change is said
 * itself, both ways, in the UI locale.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { setLocale } from '../../src/core/localize.js';
import { sampleSchedule } from './fixtures.js';

async function tick(el: VkCourseCalendar): Promise<string> {
  const box = (): HTMLInputElement | null | undefined => el.shadowRoot?.querySelector<HTMLInputElement>('.vk-popover input[name="cancelled"]');
  await waitUntil(() => box(), 'the details are open');
  box()?.click();
  await el.updateComplete;
  return el.shadowRoot?.querySelector('[data-vk-announcer]')?.textContent?.trim() ?? '';
}

describe('course calendar: "Avlyst" ticked in the details', () => {
  after(() => setLocale('nb'));

  it('says "Økten er avlyst.", and unticked "Økten er ikke lenger avlyst."', async () => {
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar .value=${sampleSchedule()} view="week" date="2026-03-12"></vk-course-calendar>`);
    (el.shadowRoot?.querySelector('[data-session="a1"]') as HTMLElement).click();
    expect(await tick(el)).to.equal('Økten er avlyst.');
    expect(el.value?.sessions.find((s) => s.id === 'a1')?.cancelled).to.equal(true);
    expect(await tick(el)).to.equal('Økten er ikke lenger avlyst.');
    expect(el.value?.sessions.find((s) => s.id === 'a1')?.cancelled).to.equal(undefined);
  });

  it('in the UI locale (English)', async () => {
    await setLocale('en');
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar .value=${sampleSchedule()} view="week" date="2026-03-12"></vk-course-calendar>`);
    (el.shadowRoot?.querySelector('[data-session="a1"]') as HTMLElement).click();
    expect(await tick(el)).to.equal('The session has been cancelled.');
    expect(await tick(el)).to.equal('The session is no longer cancelled.');
  });
});

/**
 * QA F11 (7 Dec 2026): "Last ned (.ics)" is developer's words; an adviser does not know what the file
 * is for. The button now says where it goes, "Last ned til kalender (.ics)" (the file type kept after
 * it, for the IT staff who are asked about it), and is described by what the file does: the sessions
 * shown, to be opened in Outlook, Google Calendar or a phone's calendar. Its name begins with the
 * words it shows (WCAG 2.5.3), in every UI locale; the description is a hidden element's text, so it is
 * read with the button and never shown.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { shadow } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';
import { settleFrames } from './focus-helpers.js';

async function calendar(): Promise<VkCourseCalendar> {
  const page = await fixture<HTMLDivElement>(html`<div style="inline-size: 1000px"><vk-course-calendar view="month" date="2026-03-12" .value=${sampleSchedule()}></vk-course-calendar></div>`);
  const el = page.querySelector('vk-course-calendar') as VkCourseCalendar;
  await settleFrames(el);
  return el;
}

/** The button's description: the text of the elements its aria-describedby names. */
function description(el: VkCourseCalendar, button: HTMLElement): string {
  const ids = (button.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => el.shadowRoot!.getElementById(id)?.textContent?.trim() ?? '').join(' ');
}

describe('course calendar: the download button says what the file is for (QA F11)', () => {
  after(() => setLocale('nb'));

  it('nb: "Last ned til kalender (.ics)", described by what the file is for, the description not shown', async () => {
    await setLocale('nb');
    const el = await calendar();
    const button = shadow(el, '[data-action="ics"]');
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Last ned til kalender (.ics)');
    expect(description(el, button)).to.equal('Lagrer øktene som vises i en fil du kan åpne i Outlook, Google Kalender eller kalenderen på telefonen.');
    for (const id of button.getAttribute('aria-describedby')!.split(/\s+/)) expect(el.shadowRoot!.getElementById(id)!.checkVisibility(), `#${id} is not drawn`).to.equal(false);
  });

  it('every UI locale: a label other than the bare verb, and a description of its own', async () => {
    const labels = new Map<string, string>();
    for (const locale of ['nb', 'nn', 'en', 'ar', 'uk', 'ti', 'so', 'fa']) {
      await setLocale(locale);
      const el = await calendar();
      const button = shadow(el, '[data-action="ics"]');
      const label = button.textContent!.replace(/\s+/g, ' ').trim();
      expect(label, `${locale}: keeps the file type`).to.include('(.ics)');
      const said = description(el, button);
      expect(said.length, `${locale}: described`).to.be.greaterThan(20);
      expect(said, `${locale}: names the programs the file opens in`).to.include('Outlook');
      labels.set(locale, label);
    }
    // The words before "(.ics)" are more than one word (the old labels were one verb: "Last ned", "Download", "تنزيل").
    for (const [locale, label] of labels) expect(label.replace('(.ics)', '').trim().split(/\s+/).length, `${locale}: "${label}"`).to.be.greaterThan(1);
  });
});

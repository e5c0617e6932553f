import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument, ScheduleOperation } from '../../src/course-calendar/course-calendar.types.js';
import { settleFrames } from './focus-helpers.js';
import { sampleSchedule } from './fixtures.js';

// A newcomer (m6) cleared a session's title in the details (UI in bokmål) and Tabbed out: the
// session.update was { title: null }, which erased the ar, uk, ti, so, fa and en titles the adviser
// never saw. Clearing now removes only the language the field showed; the field goes when that was
// its last language. Title and place alike.

async function clearField(field: 'title' | 'place', text: Record<string, string>): Promise<{ after: unknown; changes: ScheduleOperation[] }> {
  const doc = sampleSchedule();
  const value: ScheduleDocument = { ...doc, sessions: doc.sessions.map((s) => (s.id === 'a4' ? { ...s, [field]: text } : s)) };
  const page = await fixture<HTMLDivElement>(html`<div lang="nb"><vk-course-calendar style="inline-size: 1000px" view="week" date="2026-03-09" .value=${value}></vk-course-calendar></div>`);
  const el = page.querySelector('vk-course-calendar') as VkCourseCalendar;
  await settleFrames(el);
  (el.shadowRoot!.querySelector('[data-session="a4"]') as HTMLElement).focus();
  await sendKeys({ press: 'Enter' });
  let input: HTMLInputElement | null = null;
  for (let i = 0; i < 60 && !(input = el.shadowRoot!.querySelector(`[data-session-details] input[name="${field}"]`)); i++) await settleFrames(el);
  input!.focus();
  expect(input!.value, 'the field shows the bokmål text').to.equal(Object.entries(text).find(([k]) => k.toLowerCase() === 'nb')![1]);
  const changes: ScheduleOperation[] = [];
  el.addEventListener('vk-change', (e) => changes.push((e as CustomEvent).detail.operation));
  input!.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ press: 'Tab' });
  await settleFrames(el);
  const session = el.value!.sessions.find((s) => s.id === 'a4') as unknown as Record<string, unknown>;
  return { after: session[field], changes };
}

describe('the session details: clearing a title or place removes only the language it showed', () => {
  for (const field of ['title', 'place'] as const) {
    it(`${field}: the bokmål text cleared, the other languages stay`, async () => {
      const { after, changes } = await clearField(field, { nb: 'Prøve', ar: 'اختبار', uk: 'Іспит', ti: 'ፈተና', so: 'Imtixaan', fa: 'آزمون', en: 'Test' });
      expect(changes, 'one session.update').to.have.length(1);
      expect(after).to.deep.equal({ ar: 'اختبار', uk: 'Іспит', ti: 'ፈተና', so: 'Imtixaan', fa: 'آزمون', en: 'Test' });
    });

    it(`${field}: its key written in capitals ("NB") is the entry cleared`, async () => {
      const { after } = await clearField(field, { NB: 'Prøve', en: 'Test' });
      expect(after).to.deep.equal({ en: 'Test' });
    });

    it(`${field}: its last language cleared, the field goes`, async () => {
      const { after, changes } = await clearField(field, { nb: 'Prøve' });
      expect(changes, 'one session.update').to.have.length(1);
      expect(after).to.equal(undefined);
    });
  }
});

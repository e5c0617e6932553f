import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument, ScheduleOperation } from '../../src/course-calendar/course-calendar.types.js';
import { settleFrames } from './focus-helpers.js';
import { sampleSchedule } from './fixtures.js';
import { openSessionField } from './session-field.js';

// A newcomer (m6) cleared a session's title in the details (UI in bokmål) and Tabbed out: the
// session.update was { title: null }, which erased the ar, uk, ti, so, fa and en titles the adviser
// never saw. Clearing now removes only the language the field showed; the field goes when that was
// its last language. Title and place alike.

async function clearField(field: 'title' | 'place', text: Record<string, string>): Promise<{ after: unknown; changes: ScheduleOperation[] }> {
  const { el, input } = await openSessionField('nb', field, text);
  input.focus();
  expect(input.value, 'the field shows the bokmål text').to.equal(Object.entries(text).find(([k]) => k.toLowerCase() === 'nb')![1]);
  const changes: ScheduleOperation[] = [];
  el.addEventListener('vk-change', (e) => changes.push((e as CustomEvent).detail.operation));
  input.select();
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

// m5: typing over the bokmål title leaves its other languages as they were (by design); the field
// now says which languages the text also has, named in the UI's words, as its description.
describe('the session details: a title or place in more languages says which', () => {
  async function details(value: ScheduleDocument): Promise<{ el: VkCourseCalendar; field: (name: string) => HTMLInputElement }> {
    const page = await fixture<HTMLDivElement>(html`<div lang="nb"><vk-course-calendar style="inline-size: 1000px" view="week" date="2026-03-09" .value=${value}></vk-course-calendar></div>`);
    const el = page.querySelector('vk-course-calendar') as VkCourseCalendar;
    await settleFrames(el);
    (el.shadowRoot!.querySelector('[data-session="a4"]') as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    for (let i = 0; i < 60 && !el.shadowRoot!.querySelector('[data-session-details] input[name="title"]'); i++) await settleFrames(el);
    return { el, field: (name) => el.shadowRoot!.querySelector<HTMLInputElement>(`[data-session-details] input[name="${name}"]`)! };
  }
  const description = (el: VkCourseCalendar, input: HTMLInputElement): string | null => {
    const id = input.getAttribute('aria-describedby');
    return id ? (el.shadowRoot!.getElementById(id)?.textContent ?? null) : null;
  };

  it('names the other languages under the field, as its description; none for a text in one language', async () => {
    const doc = sampleSchedule();
    const value: ScheduleDocument = { ...doc, sessions: doc.sessions.map((s) => (s.id === 'a4' ? { ...s, title: { nb: 'Prøve', ar: 'اختبار', uk: 'Іспит' }, place: { nb: 'Rom 2' } } : s)) };
    const { el, field } = await details(value);
    const names = new Intl.DisplayNames(['nb'], { type: 'language' });
    expect(description(el, field('title'))).to.equal(`Også på: ${names.of('ar')}, ${names.of('uk')}`);
    const line = el.shadowRoot!.getElementById(field('title').getAttribute('aria-describedby')!)!;
    expect(line.checkVisibility(), 'shown').to.equal(true);
    expect(field('place').hasAttribute('aria-describedby'), 'the place is in bokmål only').to.equal(false);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { record } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';
import { hostSets as set } from '../helpers/forms.js';

// Contract §2: `readonly` is viewing only, as a read-only form control, which keeps what was typed.
// A host that makes the calendar read-only while a session's details are open (while it saves)
// shows the fields as text; a title typed and not yet saved was gone when it set read-only off
// again. Now it comes back as typed (as after `disabled`), unless the session changed meanwhile;
// nothing is saved until the field is left.
const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
async function settle(el: VkCourseCalendar): Promise<void> {
  await el.updateComplete;
  await frame();
  await el.updateComplete;
}
const field = (el: VkCourseCalendar, name: string): HTMLInputElement | null => el.shadowRoot!.querySelector<HTMLInputElement>(`[data-session-details] [name="${name}"]`);
const details = (el: VkCourseCalendar): Element | null => el.shadowRoot!.querySelector('[data-session-details]');

async function calendar(): Promise<{ el: VkCourseCalendar; fieldset: HTMLFieldSetElement }> {
  const form = await fixture<HTMLFormElement>(html`<form><fieldset><vk-course-calendar style="inline-size: 1000px" view="week" date="2026-03-09" .value=${sampleSchedule()}></vk-course-calendar></fieldset></form>`);
  const el = form.querySelector('vk-course-calendar') as VkCourseCalendar;
  await settle(el);
  return { el, fieldset: form.querySelector('fieldset')! };
}

async function openDetails(el: VkCourseCalendar): Promise<void> {
  (el.shadowRoot!.querySelector('[data-session="a1"]') as HTMLElement).focus();
  await sendKeys({ press: 'Enter' });
  for (let i = 0; i < 60 && !field(el, 'title'); i++) await settle(el);
  await settle(el);
}

async function typeTitle(el: VkCourseCalendar): Promise<void> {
  field(el, 'title')!.focus();
  field(el, 'title')!.select();
  await sendKeys({ type: 'Ny tittel' });
}

describe('course calendar: session details made read-only keep what was typed', () => {
  it('a title typed: text while read-only, back in the field after; leaving it saves it', async () => {
    const { el, fieldset } = await calendar();
    const events = record(el, 'vk-change');
    await openDetails(el);
    await typeTitle(el);
    await set(el, fieldset, 'readonly', true);
    expect(details(el), 'still open').to.not.equal(null);
    expect(field(el, 'title'), 'the field is text').to.equal(null);
    expect(events, 'nothing written').to.have.length(0);
    await set(el, fieldset, 'readonly', false);
    expect(field(el, 'title')!.value).to.equal('Ny tittel');
    expect(events, 'not saved yet').to.have.length(0);
    field(el, 'title')!.focus();
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(events).to.have.length(1);
    expect(el.value!.sessions[0].title).to.equal('Ny tittel');
  });

  it('a host value that changed the session meanwhile drops what was typed', async () => {
    const { el, fieldset } = await calendar();
    await openDetails(el);
    await typeTitle(el);
    await set(el, fieldset, 'readonly', true);
    const doc = el.value!;
    el.value = { ...doc, sessions: doc.sessions.map((s, i) => (i === 0 ? { ...s, title: 'Fra verten' } : s)) };
    await settle(el);
    await set(el, fieldset, 'readonly', false);
    expect(field(el, 'title')!.value).to.equal('Fra verten');
  });
});

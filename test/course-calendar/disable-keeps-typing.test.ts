import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { record } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';
import { hostSets as set } from '../helpers/forms.js';

// Contract §2: `disabled` is "like a disabled form control", which keeps what was typed. A host that
// disables the calendar while it saves closes a session's open details (that stays); a title, place
// or time typed and not yet saved (each saves when left) was gone: the browser took focus from the
// field as `disabled` was set, its save was refused and the field put back. Now it is kept for that
// session's next details while the session is unchanged, in the calendar only; it comes back where
// it was typed, focus in it, and saves when left, as typing does.
const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
async function settle(el: VkCourseCalendar): Promise<void> {
  await el.updateComplete;
  await frame();
  await el.updateComplete;
}
const field = (el: VkCourseCalendar, name: string): HTMLInputElement | null => el.shadowRoot!.querySelector<HTMLInputElement>(`[data-session-details] [name="${name}"]`);

async function calendar(): Promise<{ el: VkCourseCalendar; fieldset: HTMLFieldSetElement }> {
  const form = await fixture<HTMLFormElement>(html`<form><fieldset><vk-course-calendar style="inline-size: 1000px" view="week" date="2026-03-09" .value=${sampleSchedule()}></vk-course-calendar></fieldset></form>`);
  const el = form.querySelector('vk-course-calendar') as VkCourseCalendar;
  await settle(el);
  return { el, fieldset: form.querySelector('fieldset')! };
}

async function details(el: VkCourseCalendar): Promise<void> {
  (el.shadowRoot!.querySelector('[data-session="a1"]') as HTMLElement).focus();
  await sendKeys({ press: 'Enter' });
  for (let i = 0; i < 60 && !field(el, 'title'); i++) await settle(el);
  await settle(el);
}

async function typeTitle(el: VkCourseCalendar): Promise<void> {
  field(el, 'title')!.focus();
  await sendKeys({ type: 'Ny tittel' });
}

/** Types "Rom 5" as the place, the host disables and enables the calendar, the details open again: the place typed is there. */
async function placeThroughDisable(el: VkCourseCalendar, fieldset: HTMLFieldSetElement): Promise<void> {
  field(el, 'place')!.focus();
  field(el, 'place')!.select();
  await sendKeys({ type: 'Rom 5' });
  await set(el, fieldset, 'disabled', true);
  await set(el, fieldset, 'disabled', false);
  await details(el);
  expect(field(el, 'place')!.value).to.equal('Rom 5');
}

const focusedIn = (el: VkCourseCalendar): Element | null => el.shadowRoot!.activeElement;

describe('course calendar: session details closed by disabled keep what was typed', () => {
  it('disabled: a title typed comes back in the field, focus in it; leaving it saves it', async () => {
    const { el, fieldset } = await calendar();
    const events = record(el, 'vk-change');
    await details(el);
    await typeTitle(el);
    await set(el, fieldset, 'disabled', true);
    expect(field(el, 'title'), 'closed').to.equal(null);
    expect(events, 'nothing written').to.have.length(0);
    expect(el.value).to.deep.equal(sampleSchedule());
    await set(el, fieldset, 'disabled', false);
    await details(el);
    expect(field(el, 'title')!.value).to.equal('Ny tittel');
    expect(focusedIn(el)).to.equal(field(el, 'title'));
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(events).to.have.length(1);
    expect(el.value!.sessions[0].title).to.equal('Ny tittel');
  });

  it('disabled: a place typed comes back; Enter saves it', async () => {
    const { el, fieldset } = await calendar();
    await details(el);
    await placeThroughDisable(el, fieldset);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.value!.sessions[0].place).to.equal('Rom 5');
  });

  it('fieldset: a title typed is saved as the fieldset takes focus from it (as before), and the next details show it', async () => {
    const { el, fieldset } = await calendar();
    await details(el);
    await typeTitle(el);
    await set(el, fieldset, 'fieldset', true);
    await set(el, fieldset, 'fieldset', false);
    await details(el);
    expect(field(el, 'title')!.value).to.equal('Ny tittel');
    // …and a place typed then, under `disabled`, comes back as well.
    await placeThroughDisable(el, fieldset);
  });

  it('Escape in the kept field throws it away: nothing saved, the next details show the session', async () => {
    const { el, fieldset } = await calendar();
    const events = record(el, 'vk-change');
    await details(el);
    await typeTitle(el);
    await set(el, fieldset, 'disabled', true);
    await set(el, fieldset, 'disabled', false);
    await details(el);
    expect(field(el, 'title')!.value).to.equal('Ny tittel');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(field(el, 'title')).to.equal(null);
    expect(events).to.have.length(0);
    await details(el);
    expect(field(el, 'title')!.value).to.equal('');
  });

  it('a host value that changed the session drops it; one with the session as it was keeps it', async () => {
    const { el, fieldset } = await calendar();
    await details(el);
    await typeTitle(el);
    await set(el, fieldset, 'disabled', true);
    el.value = sampleSchedule();
    await set(el, fieldset, 'disabled', false);
    await details(el);
    expect(field(el, 'title')!.value, 'the same session: kept').to.equal('Ny tittel');
    await set(el, fieldset, 'disabled', true);
    const doc = sampleSchedule();
    el.value = { ...doc, sessions: doc.sessions.map((s) => (s.id === 'a1' ? { ...s, place: 'Rom 9' } : s)) } as ScheduleDocument;
    await set(el, fieldset, 'disabled', false);
    await details(el);
    expect(field(el, 'title')!.value, 'the session changed meanwhile').to.equal('');
  });
});

// The same for `readonly` (7 Dec 2026): read-only is viewing only, as a read-only form control,
// which keeps what was typed. A host that sets it while a session's details are open (while it
// saves) shows the fields as text, the details stay open; a title typed and not yet saved was gone
// when it set read-only off again. Now it comes back as typed, unless the session changed meanwhile;
// nothing is saved until the field is left.
describe('course calendar: session details made read-only keep what was typed', () => {
  it('a title typed: text while read-only, back in the field after; leaving it saves it', async () => {
    const { el, fieldset } = await calendar();
    const events = record(el, 'vk-change');
    await details(el);
    await typeTitle(el);
    await set(el, fieldset, 'readonly', true);
    expect(el.shadowRoot!.querySelector('[data-session-details]'), 'still open').to.not.equal(null);
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
    await details(el);
    await typeTitle(el);
    await set(el, fieldset, 'readonly', true);
    const doc = el.value!;
    el.value = { ...doc, sessions: doc.sessions.map((s, i) => (i === 0 ? { ...s, title: 'Fra verten' } : s)) };
    await settle(el);
    await set(el, fieldset, 'readonly', false);
    expect(field(el, 'title')!.value).to.equal('Fra verten');
  });
});

describe('course calendar: the disabled attribute', () => {
  it('the disabled attribute, set as the property is, saves nothing either (the browser blurs the field before the attribute reaches the property)', async () => {
    const { el } = await calendar();
    const events = record(el, 'vk-change');
    await details(el);
    await typeTitle(el);
    el.setAttribute('disabled', '');
    await settle(el);
    expect(events, 'nothing written').to.have.length(0);
    expect(el.value).to.deep.equal(sampleSchedule());
    el.removeAttribute('disabled');
    await settle(el);
    await details(el);
    expect(field(el, 'title')!.value, 'kept for the next open').to.equal('Ny tittel');
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { sampleSchedule } from './fixtures.js';

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
async function settle(el: VkCourseCalendar): Promise<void> {
  await el.updateComplete;
  await frame();
  await el.updateComplete;
}
async function chord(modifier: string, key: string): Promise<void> {
  await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  await sendKeys({ up: modifier });
}

// "Planlegg kurs" is a modal dialog: the calendar behind it is inert. Ctrl+Z pressed on one of its
// controls that keeps no undo of its own (the course select, a weekday checkbox, a button) undid
// the last edit behind it — a session moved out of sight, the dialog's preview computed from a
// document that had changed — and Ctrl+Y redid it. Undo and redo wait until the dialog is closed.
describe('Ctrl+Z and Ctrl+Y while "Planlegg kurs" is open', () => {
  it('change nothing behind the modal dialog; after Escape Ctrl+Z undoes as before', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><vk-course-calendar style="inline-size: 1000px" view="month" date="2026-03-09" .value=${sampleSchedule()}></vk-course-calendar></div>`);
    const el = page.querySelector('vk-course-calendar') as VkCourseCalendar;
    await settle(el);
    (el.shadowRoot!.querySelector('[data-session="a2"]') as HTMLElement).focus();
    for (const key of ['Space', 'ArrowRight', 'Space']) {
      await sendKeys({ press: key });
      await settle(el);
    }
    const moved = el.value!.sessions.find((s) => s.id === 'a2')!.start;
    expect(moved).to.equal('2026-03-11T09:00');
    (el.shadowRoot!.querySelector('[data-action="plan"]') as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    let select: HTMLSelectElement | null = null;
    for (let i = 0; i < 60 && !(select = el.shadowRoot!.querySelector('dialog[open] select')); i++) await settle(el);
    select!.focus();
    const changes: string[] = [];
    el.addEventListener('vk-change', (e) => changes.push((e as CustomEvent).detail.source));
    await chord('Control', 'z');
    await settle(el);
    await chord('Control', 'y');
    await settle(el);
    expect(changes, 'no undo or redo behind the dialog').to.deep.equal([]);
    expect(el.value!.sessions.find((s) => s.id === 'a2')!.start).to.equal(moved);
    expect(el.shadowRoot!.activeElement).to.equal(select);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    await chord('Control', 'z');
    await settle(el);
    expect(changes).to.deep.equal(['undo']);
    expect(el.value!.sessions.find((s) => s.id === 'a2')!.start).to.equal('2026-03-10T09:00');
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { sampleSchedule } from './fixtures.js';
import { settleFrames } from './focus-helpers.js';
import { settled } from '../core/hold-updates.js';

// The calendar's session details and its "Planlegg kurs" dialog are lazy chunks (the details are
// preloaded once the page is idle). A chunk slow to arrive let the user press Enter on a session (or
// "Planlegg kurs") and go on to the page's next control meanwhile; its arrival then opened the details
// or the modal dialog with focus in them, taken from where the user had put it. Its own file: the
// chunks must not be loaded yet. (That they open on a first press when focus stays: the calendar's
// other tests, plan-dialog-removed-loading.test.ts for the dialog.)
async function calendar(): Promise<{ el: VkCourseCalendar; after: HTMLButtonElement }> {
  const wrap = await fixture<HTMLDivElement>(html`<div lang="nb" style="inline-size: 1000px"><vk-course-calendar view="month" date="2026-03-11" .value=${sampleSchedule()}></vk-course-calendar><button id="after">Lagre</button></div>`);
  const el = wrap.querySelector('vk-course-calendar') as VkCourseCalendar;
  // The first render only: the page's idle preload of the details has not run yet.
  await el.updateComplete;
  return { el, after: wrap.querySelector('#after') as HTMLButtonElement };
}

describe('course calendar: a lazy part asked for, then focus moved on before it arrived', () => {
  it('Enter on a session: the details stay closed and focus stays on the page’s control', async () => {
    const { el, after } = await calendar();
    // In one task, before the chunk can arrive: Enter on a session, then on to the page's control.
    const session = el.shadowRoot!.querySelector<HTMLElement>('[data-session]')!;
    session.focus();
    session.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    after.focus();
    await settleFrames(el);
    await settled();
    await settleFrames(el);
    expect(document.activeElement, 'focus stays where the user put it').to.equal(after);
    expect(el.shadowRoot!.querySelector('.vk-popover:popover-open'), 'the details stay closed').to.equal(null);
  });

  it('“Planlegg kurs”: the dialog stays closed and focus stays on the page’s control', async () => {
    const { el, after } = await calendar();
    await settleFrames(el);
    const plan = el.shadowRoot!.querySelector<HTMLElement>('[data-action="plan"]')!;
    plan.focus();
    plan.click();
    after.focus();
    await import('../../src/course-calendar/pattern-dialog.js');
    await settled();
    await settleFrames(el);
    expect(document.activeElement, 'focus stays where the user put it').to.equal(after);
    expect(el.shadowRoot!.querySelector('dialog.pattern[open]'), 'the dialog stays closed').to.equal(null);
    // The next press opens it, modal, focus in it.
    plan.click();
    for (let i = 0; i < 20 && !el.shadowRoot?.querySelector('dialog.pattern[open]'); i++) await settleFrames(el);
    expect(el.shadowRoot!.querySelector('dialog.pattern')?.matches(':modal'), 'opened on the next press').to.equal(true);
    expect(el.shadowRoot!.querySelector('dialog.pattern')!.contains(el.shadowRoot!.activeElement), 'focus in it').to.equal(true);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { sampleSchedule } from './fixtures.js';
import { settleFrames } from './focus-helpers.js';

// A host that moves the calendar in its page (a panel reordered, a tab detached and attached
// again) while "Planlegg kurs" is open: removal takes a modal dialog out of the top layer, and
// put back it stayed open but not modal, drawn inside the calendar with nothing inert behind it,
// Escape doing nothing, and "Planlegg kurs" never made it modal again. The details popover closes
// when the calendar is removed (the browser hides it); the dialog now closes too, as by Escape.
describe('“Planlegg kurs” open while the host moves the calendar', () => {
  it('is closed, adds nothing, and opens modal again from its button', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="nb" style="inline-size: 1000px"><vk-course-calendar view="month" date="2026-03-11" .value=${sampleSchedule()}></vk-course-calendar></div>`);
    const el = page.querySelector('vk-course-calendar') as VkCourseCalendar;
    await settleFrames(el);
    const changes: unknown[] = [];
    el.addEventListener('vk-change', (e) => changes.push(e));
    const plan = async (): Promise<HTMLDialogElement | null> => {
      (el.shadowRoot?.querySelector('[data-action="plan"]') as HTMLElement).click();
      for (let i = 0; i < 60 && !el.shadowRoot?.querySelector('dialog[open]'); i++) await settleFrames(el);
      return el.shadowRoot?.querySelector('dialog.pattern') ?? null;
    };
    expect((await plan())?.matches(':modal')).to.equal(true);
    el.remove();
    page.append(el);
    await settleFrames(el);
    expect(el.shadowRoot?.querySelector('dialog.pattern[open]'), 'no dialog left open, not modal').to.equal(null);
    const again = await plan();
    expect(again?.matches(':modal')).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await settleFrames(el);
    expect(el.shadowRoot?.querySelector('dialog.pattern[open]')).to.equal(null);
    expect((el.shadowRoot?.activeElement as HTMLElement | null)?.dataset.action).to.equal('plan');
    expect(changes).to.deep.equal([]);
  });
});

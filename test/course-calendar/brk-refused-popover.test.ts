import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { sampleSchedule } from './fixtures.js';

// A host refuses an edit made in a session's popover (vk-change preventDefault). The calendar
// says "Endring avbrutt." and keeps the session as it was, but each control kept the refused
// value: "Avlyst" ticked, the new kind selected, the new place and time in their fields. The
// controls are bound to the same values as before, which Lit does not write again. They must show
// the session as it is.
describe('course calendar popover: an edit the host refuses', () => {
  async function refusing(): Promise<{ el: VkCourseCalendar; panel: HTMLElement }> {
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar .value=${sampleSchedule()} view="month" date="2026-03-12"></vk-course-calendar>`);
    (el.shadowRoot!.querySelector('[role="grid"] [data-session="a1"]') as HTMLElement).click();
    await el.updateComplete;
    el.addEventListener('vk-change', (event) => event.preventDefault());
    return { el, panel: el.shadowRoot!.querySelector('.vk-popover') as HTMLElement };
  }

  it('"Avlyst" is unticked again', async () => {
    const { el, panel } = await refusing();
    const box = panel.querySelector<HTMLInputElement>('input[name="cancelled"]')!;
    box.click();
    await el.updateComplete;
    expect(el.value!.sessions[0].cancelled).to.equal(undefined);
    expect(panel.querySelector<HTMLInputElement>('input[name="cancelled"]')!.checked).to.equal(false);
  });

  it('the kind, the place and the start time show the session’s again', async () => {
    const { el, panel } = await refusing();
    const session = el.value!.sessions[0];
    const change = async (selector: string, value: string): Promise<void> => {
      const control = panel.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
      control.value = value;
      control.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    };
    await change('select[name="kind"]', 'exam');
    await change('input[name="place"]', 'Rom 3');
    await change('input[name="start"]', '10:00');
    expect(el.value!.sessions[0]).to.deep.equal(session);
    expect(panel.querySelector<HTMLSelectElement>('select[name="kind"]')!.value).to.equal(session.kind);
    expect(panel.querySelector<HTMLInputElement>('input[name="place"]')!.value).to.equal(session.place);
    expect(panel.querySelector<HTMLInputElement>('input[name="start"]')!.value).to.equal(session.start.slice(11));
  });

  it('an edit that stands shows its new value; an end at the start (refused by the calendar) shows the old end', async () => {
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar .value=${sampleSchedule()} view="month" date="2026-03-12"></vk-course-calendar>`);
    (el.shadowRoot!.querySelector('[role="grid"] [data-session="a1"]') as HTMLElement).click();
    await el.updateComplete;
    const control = <T extends Element>(selector: string): T => el.shadowRoot!.querySelector<T>(`.vk-popover ${selector}`)!;
    const kind = control<HTMLSelectElement>('select[name="kind"]');
    kind.value = 'exam';
    kind.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(el.value!.sessions[0].kind).to.equal('exam');
    expect(control<HTMLSelectElement>('select[name="kind"]').value).to.equal('exam');
    control<HTMLInputElement>('input[name="cancelled"]').click();
    await el.updateComplete;
    expect(el.value!.sessions[0].cancelled).to.equal(true);
    expect(control<HTMLInputElement>('input[name="cancelled"]').checked).to.equal(true);
    const end = control<HTMLInputElement>('input[name="end"]');
    const before = end.value;
    end.value = control<HTMLInputElement>('input[name="start"]').value; // an end at the start: refused
    end.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(control<HTMLInputElement>('input[name="end"]').value).to.equal(before);
  });
});

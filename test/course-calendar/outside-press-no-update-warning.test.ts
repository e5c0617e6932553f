/**
 * A press outside a session's open details (light dismiss, core/popover.ts) with a new place typed: the place is saved, as
 * leaving the field saves it, and the details close, in the press's own handler. Before, the field's `change` fired only as
 * the close's render removed it, so the save set the calendar's value in the middle of that update: a second render, and
 * Lit's dev-mode warning "Element vk-course-calendar scheduled an update … after an update completed" (change-in-update).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { countUpdates, focused, litWarnings, record } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';

const frame = (): Promise<unknown> => new Promise((resolve) => requestAnimationFrame(resolve));

describe('vk-course-calendar: a press outside a session’s open details, a new place typed', () => {
  it('saves the place and closes them in one update, without Lit’s change-in-update warning', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><vk-course-calendar .value=${sampleSchedule()} view="week" date="2026-03-12"></vk-course-calendar><p style="margin-block-start: 3000px; block-size: 200px">elsewhere</p></div>`);
    const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('[data-session="a1"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    let place: HTMLInputElement | null = null;
    for (let i = 0; i < 60 && !(place = el.shadowRoot!.querySelector<HTMLInputElement>(':popover-open[data-positioned="true"] input[name="place"]')); i++) await frame();
    place!.focus();
    place!.select();
    await sendKeys({ type: 'Rom 7' });
    expect(focused(el)).to.equal(place);
    const seen = record(el, 'vk-change');
    const below = wrapper.querySelector('p')!;
    below.scrollIntoView({ block: 'center' });
    const box = below.getBoundingClientRect();
    const updates = countUpdates(el);
    const warnings = await litWarnings(async () => {
      await sendMouse({ type: 'click', position: [Math.round(box.left + 10), Math.round(box.top + box.height / 2)] });
      await el.updateComplete;
      await frame();
      await el.updateComplete;
    });
    expect(warnings.filter((w) => w.includes('after an update completed')), 'Lit warnings').to.deep.equal([]);
    expect(el.shadowRoot!.querySelector(':popover-open'), 'closed').to.equal(null);
    expect(updates.count, 'updates').to.equal(1);
    expect(seen.map((e) => (e.detail as { operation: { type: string } }).operation.type)).to.deep.equal(['session.update']);
    expect(el.value?.sessions.find((s) => s.id === 'a1')?.place).to.equal('Rom 7');
  });
});

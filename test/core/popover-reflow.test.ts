import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';
import { menuAction, placed, samplePlan } from '../plan-board/helpers.js';

// WCAG 1.4.10 reflow at 200 % text on a 360 px phone: a popover's content never needs sideways
// scrolling. The popover is at most 100vw − 16px wide with 1rem of padding (32 px at this size).
function tooWide(panel: HTMLElement): string[] {
  const style = getComputedStyle(panel);
  const box = panel.getBoundingClientRect();
  const left = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
  const right = box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
  return Array.from(panel.querySelectorAll<HTMLElement>('form, fieldset, input, textarea, select, button, .panel, .session-details'))
    .map((e) => ({ e, r: e.getBoundingClientRect() }))
    .filter(({ r }) => r.width > 0 && (r.left < left - 0.5 || r.right > right + 0.5))
    .map(({ e, r }) => `${e.localName}.${e.className} ${Math.round(r.left)}–${Math.round(r.right)} in ${Math.round(left)}–${Math.round(right)}`);
}

describe('popovers at 200 % text in a 360 px window', () => {
  before(() => setViewport({ width: 360, height: 640 }));
  afterEach(() => document.documentElement.style.removeProperty('font-size'));
  after(() => setViewport({ width: 800, height: 600 }));

  it('the plan board card editor fits its popover', async () => {
    document.documentElement.style.fontSize = '200%';
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    await menuAction(el, 'c1', 'edit');
    const panel = await placed(el);
    expect(tooWide(panel)).to.deep.equal([]);
    expect(panel.scrollWidth).to.be.at.most(panel.clientWidth);
  });

  it('the course calendar session details fit their popover', async () => {
    document.documentElement.style.fontSize = '200%';
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar view="agenda" date="2026-03-09" .value=${sampleSchedule()}></vk-course-calendar>`);
    await el.updateComplete;
    const open = el.shadowRoot!.querySelector<HTMLElement>('[data-session-id], .agenda-item button, .session');
    expect(open, 'a session control').to.not.equal(null);
    open!.click();
    await el.updateComplete;
    const panel = await placed(el);
    expect(tooWide(panel)).to.deep.equal([]);
    expect(panel.scrollWidth).to.be.at.most(panel.clientWidth);
  });
});

/** Shared by the calendar's focus and accessible-name tests. */
import { fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { AxNode } from '../a11y/a11y-tree.js';
import { sampleSchedule } from './fixtures.js';

/** The sample schedule on 11 March 2026 in `view` (the agenda 360 px wide, the grids 1000 px), nb or, right to left, ar. */
export async function calendarOn11March(view: string, dir: 'ltr' | 'rtl' = 'ltr'): Promise<VkCourseCalendar> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${dir === 'rtl' ? 'ar' : 'nb'} dir=${dir} style="inline-size: ${view === 'agenda' ? 360 : 1000}px"><vk-course-calendar .value=${sampleSchedule()} view=${view} date="2026-03-11"></vk-course-calendar></div>`,
  );
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await el.updateComplete;
  return el;
}

/** The update, three frames (focus moved after render, a second render), and any update they asked for. */
export async function settleFrames(el: VkCourseCalendar): Promise<void> {
  await el.updateComplete;
  for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
}

/** Ctrl+Z (undo) or Ctrl+Shift+Z (redo) pressed for real, then `settleFrames`. */
export async function historyKeys(el: VkCourseCalendar, kind: 'undo' | 'redo'): Promise<void> {
  const held = kind === 'undo' ? ['Control'] : ['Control', 'Shift'];
  for (const key of held) await sendKeys({ down: key });
  await sendKeys({ press: 'z' });
  for (const key of held.reverse()) await sendKeys({ up: key });
  await settleFrames(el);
}

/** The accessible names of the session buttons inside `#cal` (Chromium's tree), in document order, white space collapsed. */
export async function sessionButtonNames(): Promise<string[]> {
  const tree = await executeServerCommand<AxNode | null, { selector: string; interestingOnly: boolean }>('vk-a11y-tree', { selector: '#cal', interestingOnly: false });
  const names: string[] = [];
  const walk = (node: AxNode): void => {
    if (node.role === 'button' && /^\d\d:\d\d/.test(node.name ?? '')) names.push((node.name ?? '').replace(/\s+/g, ' ').trim());
    node.children?.forEach(walk);
  };
  if (tree) walk(tree);
  return names;
}

/** Session `id`'s details opened with Enter (the week of 9 March, 1000 px); its text field `name` ("title", "place") focused. */
export async function detailsTextField(id: string, name: string): Promise<{ el: VkCourseCalendar; input: HTMLInputElement }> {
  const page = await fixture<HTMLDivElement>(html`<div><vk-course-calendar style="inline-size: 1000px" view="week" date="2026-03-09" .value=${sampleSchedule()}></vk-course-calendar></div>`);
  const el = page.querySelector('vk-course-calendar') as VkCourseCalendar;
  await settleFrames(el);
  (el.shadowRoot!.querySelector(`[data-session="${id}"]`) as HTMLElement).focus();
  await sendKeys({ press: 'Enter' });
  let input: HTMLInputElement | null = null;
  for (let i = 0; i < 60 && !(input = el.shadowRoot!.querySelector(`[data-session-details] input[name="${name}"]`)); i++) await settleFrames(el);
  input!.focus();
  return { el, input: input! };
}

/**
 * Screen-reader QA #10 (7 Dec 2026): the calendar had no `heading-level`: its title was always level 2 and its details level 3,
 * so a host page with its own h2/h3 could not fit it into its outline, while the board, the tracker and the ladder follow the
 * attribute. Now the same attribute (1–6, default 2, clamped as core/heading-level.ts does): the title at that level; the
 * agenda's weeks, the details (a day's, a session's) and the plan dialog one below; the plan's preview two below (at most 6).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { AxNode } from '../a11y/a11y-tree.js';
import { sampleSchedule } from './fixtures.js';
import { settleFrames } from './focus-helpers.js';

const all = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(all)];
/** The heading levels under `selector` (through shadow roots with `>>>`), in tree order. */
async function levels(selector: string): Promise<number[]> {
  const tree = await executeServerCommand<AxNode | null, { selector: string; interestingOnly: boolean }>('vk-a11y-tree', { selector, interestingOnly: false });
  return all(tree!).filter((n) => n.role === 'heading').map((n) => n.level!);
}

async function calendar(view: string, level: string | null): Promise<VkCourseCalendar> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="nb" style="inline-size: ${view === 'agenda' ? 360 : 1000}px"><vk-course-calendar id="cal" view=${view} date="2026-03-09" heading-level=${level ?? ''} .value=${sampleSchedule()}></vk-course-calendar></div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await settleFrames(el);
  return el;
}

// [attribute, the title's level, one below, two below]
const cases = [[null, 2, 3, 4], ['4', 4, 5, 6], ['6', 6, 6, 6], ['0', 1, 2, 3], ['9', 6, 6, 6], ['abc', 2, 3, 4]] as const;

describe('<vk-course-calendar heading-level>', () => {
  for (const [attribute, title, below, twoBelow] of cases) {
    describe(`heading-level ${attribute ?? '(none)'}`, () => {
      it(`the month title is level ${title}`, async () => {
        await calendar('month', attribute);
        expect((await levels('#cal'))[0]).to.equal(title);
      });

      it(`the agenda's weeks are level ${below}`, async () => {
        const el = await calendar('agenda', attribute);
        await waitUntil(() => el.shadowRoot!.querySelector('.agenda-week'), 'the agenda', { timeout: 5000 });
        const found = await levels('#cal');
        expect(found[0]).to.equal(title);
        expect(found.length).to.be.greaterThan(1);
        expect(found.slice(1).every((l) => l === below), found.join()).to.equal(true);
      });

      it(`a session's details heading is level ${below}`, async () => {
        const el = await calendar('week', attribute);
        await waitUntil(() => el.shadowRoot!.querySelector('[data-session]'), 'the week', { timeout: 5000 });
        el.shadowRoot!.querySelector<HTMLElement>('[data-session]')!.focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => el.shadowRoot!.querySelector('[data-session-details] #popover-title'), 'the details', { timeout: 5000 });
        await settleFrames(el);
        expect(await levels('#cal >>> .vk-popover')).to.deep.equal([below]);
      });

      it(`the plan dialog's heading is level ${below}, its preview ${twoBelow}`, async () => {
        const el = await calendar('month', attribute);
        el.shadowRoot!.querySelector<HTMLElement>('[data-action="plan"]')!.click();
        await waitUntil(() => el.shadowRoot?.querySelector('dialog.pattern[open]'), 'the dialog opens', { timeout: 5000 });
        await settleFrames(el);
        expect(await levels('#cal >>> dialog.pattern')).to.deep.equal([below, twoBelow]);
      });
    });
  }
});

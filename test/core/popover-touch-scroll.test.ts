import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';
import { sampleSteps } from '../helpers/index.js';
import { menuAction, samplePlan } from '../plan-board/helpers.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';

// QA round 2, F4 (7 Dec 2026): on a tablet, a finger that scrolled the page, starting outside an open popover (the board's
// card form, a session's details), closed it as it touched the screen, and focus went to <body>. As the browser's own
// popover light dismiss: a finger's press outside closes as it ends in a tap, not a scroll (core/tap.ts). Real touch (CDP).

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

const cases: Array<{ name: string; mount: () => ReturnType<typeof html>; open: (el: Widget) => Promise<void> }> = [
  {
    name: 'plan board card form',
    mount: () => html`<vk-plan-board style="inline-size: 600px" .value=${samplePlan()}></vk-plan-board>`,
    open: (el) => menuAction(el as VkPlanBoard, 'c1', 'edit'),
  },
  {
    name: 'course calendar session details',
    mount: () => html`<vk-course-calendar style="inline-size: 600px" .value=${sampleSchedule()} view="agenda" date="2026-03-09"></vk-course-calendar>`,
    open: async (el) => {
      el.shadowRoot!.querySelector<HTMLElement>('.session')!.focus();
      await sendKeys({ press: 'Enter' });
    },
  },
  {
    name: 'step tracker details',
    mount: () => html`<vk-step-tracker style="inline-size: 600px" .value=${sampleSteps()}></vk-step-tracker>`,
    open: async (el) => {
      el.shadowRoot!.querySelector<HTMLElement>('.step-button')!.focus();
      await sendKeys({ press: 'Enter' });
    },
  },
];

/** The widget mounted in a page taller than the screen, its popover opened (focus inside), and a point on the page beside it. */
async function openInPage(c: (typeof cases)[number]): Promise<{ el: Widget; panel: HTMLElement; at: { x: number; y: number } }> {
  const root = await fixture<HTMLElement>(html`<div style="padding-block-end: 3000px">${c.mount()}</div>`);
  const el = root.firstElementChild as Widget;
  await el.updateComplete;
  await frame();
  await c.open(el);
  const shadow = el.shadowRoot!;
  await waitUntil(() => shadow.querySelector('.vk-popover[data-positioned="true"]:popover-open')?.contains(shadow.activeElement), `${c.name} open with focus inside`, { timeout: 5000 });
  const panel = shadow.querySelector<HTMLElement>('.vk-popover')!;
  const at = { x: innerWidth - 20, y: innerHeight - 60 };
  expect(document.elementFromPoint(at.x, at.y), 'the finger lands on the page, outside the popover and the widget').to.equal(root);
  return { el, panel, at };
}

describe('popovers: a finger scrolling the page from outside leaves them open; a tap outside closes them', () => {
  before(() => setViewport({ width: 900, height: 700 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => scrollTo(0, 0));

  for (const c of cases) {
    it(`${c.name}: a swipe outside scrolls the page; the popover stays open with focus inside`, async () => {
      const { el, panel, at } = await openInPage(c);
      const before = scrollY;
      await executeServerCommand('vk-touch-drag', { from: at, to: { x: at.x, y: at.y - 400 } });
      await frame();
      await el.updateComplete;
      expect(scrollY, 'the page scrolled').to.be.greaterThan(before + 100);
      expect(panel.matches(':popover-open'), 'still open').to.equal(true);
      expect(document.activeElement, 'focus not on <body>').to.equal(el);
      expect(panel.contains(el.shadowRoot!.activeElement), 'focus still in the popover').to.equal(true);
    });

    it(`${c.name}: a tap outside closes it`, async () => {
      const { el, panel, at } = await openInPage(c);
      await executeServerCommand('vk-touch-drag', { from: at, to: at, steps: 0 });
      await frame();
      await el.updateComplete;
      expect(panel.matches(':popover-open'), 'closed').to.equal(false);
    });
  }
});

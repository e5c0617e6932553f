import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import { sampleSteps } from '../helpers/index.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';
import { samplePlan } from '../plan-board/helpers.js';

// A phone touch QA (7 Dec 2026, F3): a tap that opened the step details, a session's details or the
// board's picture picker put focus in a text field (the title, the search), so the phone's keyboard
// came up over half the screen before the user had read anything. Opened by a finger, they start on
// their heading (tabindex -1, the APG dialog's static first element); opened by the keyboard they keep
// their first control, the text field, ready to type.

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** A real tap (CDP touch events: pointerdown with pointerType "touch", then click) on `target`'s centre. */
async function tap(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  await frame();
  const r = target.getBoundingClientRect();
  const at = { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
  await executeServerCommand('vk-touch-drag', { from: at, to: at, steps: 0 });
}

/** Enter on `target`, focused, as a keyboard user opens it. */
async function enter(target: HTMLElement): Promise<void> {
  target.focus();
  await sendKeys({ press: 'Enter' });
}

interface Case {
  name: string;
  mount: () => Promise<Widget>;
  opener: (root: ShadowRoot) => HTMLElement;
  /** The text field that took focus on open (before, also by touch). */
  field: string;
  heading: string;
}

const cases: Case[] = [
  {
    name: 'step tracker details',
    mount: () => fixture<Widget>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`),
    opener: (root) => root.querySelectorAll<HTMLElement>('.step-button')[1]!,
    field: 'input[name="title"]',
    heading: '#details-title',
  },
  {
    name: 'course calendar session details',
    mount: () => fixture<Widget>(html`<vk-course-calendar .value=${sampleSchedule()} view="agenda" date="2026-03-09"></vk-course-calendar>`),
    opener: (root) => root.querySelector<HTMLElement>('.session')!,
    field: 'input[name="title"]',
    heading: '#popover-title',
  },
  {
    name: 'plan board picture picker',
    mount: () => fixture<Widget>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`),
    opener: (root) => root.querySelector<HTMLElement>('button.add')!,
    field: 'input[type="search"]',
    heading: '#panel-title',
  },
];

async function open(c: Case, how: (target: HTMLElement) => Promise<void>): Promise<{ el: Widget; root: ShadowRoot }> {
  const el = await c.mount();
  await el.updateComplete;
  await frame();
  const root = el.shadowRoot!;
  await how(c.opener(root));
  await waitUntil(() => root.querySelector('.vk-popover:popover-open') && root.activeElement && root.querySelector('.vk-popover')!.contains(root.activeElement), `${c.name} open with focus inside`, { timeout: 5000 });
  return { el, root };
}

describe('popovers opened by a tap start on their heading, not a text field (no on-screen keyboard)', () => {
  before(() => setViewport({ width: 360, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => setLocale('nb'));

  for (const c of cases) {
    it(`${c.name}: a tap focuses the heading; the text field is not focused`, async () => {
      const { root } = await open(c, tap);
      const heading = root.querySelector<HTMLElement>(c.heading)!;
      expect(root.activeElement, 'focus on the heading').to.equal(heading);
      expect(heading.tabIndex, 'focusable by script only, no Tab stop').to.equal(-1);
      expect(root.querySelector(c.field), 'the text field is there').to.exist;
      expect(root.activeElement!.matches(c.field), 'not the text field').to.equal(false);
    });

    it(`${c.name}: Enter (keyboard) still focuses the text field, ready to type`, async () => {
      const { root } = await open(c, enter);
      expect(root.activeElement?.matches(c.field), `focus in ${c.field}`).to.equal(true);
    });

    it(`${c.name}: after a tap, a key press before the next open brings the text field back`, async () => {
      const { el, root } = await open(c, tap);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !root.querySelector('.vk-popover:popover-open'), 'closed');
      await el.updateComplete;
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root.querySelector('.vk-popover:popover-open') && root.querySelector('.vk-popover')!.contains(root.activeElement), 'open again');
      expect(root.activeElement?.matches(c.field), `focus in ${c.field}`).to.equal(true);
    });
  }

  it('task ladder details, opened by a tap: focus stays on their checked radio (no keyboard comes up)', async () => {
    const { sampleLadder } = await import('../task-ladder/sample.js');
    const el = await fixture<Widget>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
    await el.updateComplete;
    const root = el.shadowRoot!;
    await tap(root.querySelector<HTMLElement>('.task-button')!);
    await waitUntil(() => root.querySelector('.vk-popover:popover-open') && root.querySelector('.vk-popover')!.contains(root.activeElement), 'open', { timeout: 5000 });
    expect((root.activeElement as HTMLInputElement).type).to.equal('radio');
  });
});

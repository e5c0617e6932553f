/**
 * Shift+Tab from a popover's heading. Opened by a tap (or, in the task ladder, in a window too low
 * for its heading and first control together) a popover starts on its heading (tabindex -1, before
 * its first control; core/popover.ts `startOf`, task-ladder/ladder-closing.ts). Shift+Tab from there
 * does what Shift+Tab from its first control does (WAI-ARIA APG non-modal dialog: back to what the
 * popover belongs to, and it closes as focus leaves it; popover-shift-tab.test.ts), in every widget.
 * Before (7 Dec 2026) the calendar's details sent it to the grid's day, not the session, as the
 * first control's Shift+Tab did before bcac4871.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { sampleSteps } from '../helpers/index.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';
import { menuAction, samplePlan } from '../plan-board/helpers.js';
import { sampleLadder } from '../task-ladder/sample.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
/** The page's last input, as core/input-kind.ts notes it: a finger (`touch`) or a key. */
const lastInput = (touch: boolean): boolean =>
  document.body.dispatchEvent(touch ? new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true, composed: true }) : new KeyboardEvent('keydown', { bubbles: true, composed: true }));

/** The ladder with a task whose picture and two-line name leave no room for its level radio below (panel-heading-in-view.test.ts). */
function longTask(): ReturnType<typeof sampleLadder> {
  const base = sampleLadder();
  const [first, ...rest] = base.phases;
  const title = { nb: 'Hygiene: hender, arbeidstøy og hår', ar: 'النظافة: اليدان وملابس العمل والشعر' };
  const tasks = first.tasks.map((t) => (t.id === 't3' ? { ...t, title, pictogram: 'vk:dishes', level: 'independent' as const } : t));
  return { ...base, participantLanguage: 'ar', phases: [{ ...first, tasks }, ...rest] };
}

interface Case {
  name: string;
  viewport: { width: number; height: number };
  mount: () => Promise<Widget>;
  /** Opens the popover; `touch`: as a tap does (the heading takes focus). */
  open: (el: Widget, touch: boolean) => Promise<void>;
}

/** A press on `target`: focused (as a tap or a click focuses a button), then clicked. */
function press(target: HTMLElement): void {
  target.focus();
  target.click();
}
const click = (selector: string) => async (el: Widget, touch: boolean) => {
  lastInput(touch);
  press(el.shadowRoot!.querySelector<HTMLElement>(selector)!);
};

const cases: Case[] = [
  {
    name: 'step tracker details',
    viewport: { width: 360, height: 640 },
    mount: () => fixture<Widget>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`),
    open: async (el, touch) => {
      lastInput(touch);
      press(el.shadowRoot!.querySelectorAll<HTMLElement>('.step-button')[1]!);
    },
  },
  ...(['month', 'week', 'agenda'] as const).map((view) => ({
    name: `course calendar session details (${view})`,
    viewport: { width: 1100, height: 800 },
    mount: () => fixture<Widget>(html`<vk-course-calendar .value=${sampleSchedule()} view=${view} date="2026-03-12"></vk-course-calendar>`),
    open: click(':is([role="grid"], .agenda) [data-session="a1"]'),
  })),
  {
    name: 'plan board picture picker',
    viewport: { width: 360, height: 640 },
    mount: () => fixture<Widget>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`),
    open: click('button.add'),
  },
  {
    name: 'plan board card editor',
    viewport: { width: 360, height: 640 },
    mount: () => fixture<Widget>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`),
    open: async (el, touch) => {
      lastInput(touch);
      await menuAction(el as never, 'c1', 'edit');
    },
  },
  {
    // A keyboard open: in a window under 28em tall the details start on their heading all the same.
    name: 'task ladder details (320×256)',
    viewport: { width: 320, height: 256 },
    mount: () => fixture<Widget>(html`<vk-task-ladder mode="adviser" .value=${longTask()}></vk-task-ladder>`),
    open: async (el) => {
      await waitUntil(() => el.shadowRoot!.querySelector('.task-button[data-key="t3"]'), 'the task drawn');
      el.shadowRoot!.querySelector<HTMLElement>('.task-button[data-key="t3"]')!.focus();
      await sendKeys({ press: 'Enter' });
    },
  },
];

/** The deep focused element inside `el`, or the page's. */
function focusedIn(el: Widget): Element | null {
  return el.shadowRoot!.activeElement ?? document.activeElement;
}

/** Where focus is, told apart within the widget (its place among the shadow root's elements). */
function place(el: Widget): string {
  const at = focusedIn(el);
  if (!at || at === document.body) return 'body';
  const all = Array.from(el.shadowRoot!.querySelectorAll('*'));
  return `${at.localName}.${at.className} #${all.indexOf(at)}`;
}

async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
  for (let i = 0; i < 3; i++) await frame();
}

const openPanel = (el: Widget): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>('.vk-popover:popover-open');

/** Opens `c`'s popover in a fresh widget; `start`: from its heading, else from its first control. Returns where Shift+Tab took focus, and whether the popover stayed open. */
async function shiftTabFrom(c: Case, start: 'heading' | 'first'): Promise<{ to: string; open: boolean }> {
  const el = await c.mount();
  await el.updateComplete;
  await frame();
  await c.open(el, start === 'heading');
  for (let i = 0; i < 300 && !(openPanel(el)?.dataset.positioned === 'true' && openPanel(el)!.contains(el.shadowRoot!.activeElement)); i++) await frame();
  expect(openPanel(el)?.contains(el.shadowRoot!.activeElement), `${c.name} open (${!!openPanel(el)}, ${openPanel(el)?.dataset.positioned}), focus inside: ${place(el)}`).to.equal(true);
  for (let i = 0; i < 3; i++) await frame();
  const panel = openPanel(el)!;
  const heading = panel.querySelector<HTMLElement>(`[id="${panel.getAttribute('aria-labelledby')}"]`)!;
  if (start === 'heading') expect(focusedIn(el), `${c.name}: opened on its heading`).to.equal(heading);
  else Array.from(panel.querySelectorAll<HTMLElement>('*')).find((control) => control.tabIndex >= 0)!.focus();
  await shiftTab();
  return { to: place(el), open: !!openPanel(el) };
}

describe('popovers: Shift+Tab from the heading goes where Shift+Tab from the first control goes', () => {
  beforeEach(() => setSpeechEngine({ hasVoice: () => false, speak: async () => {}, play: async () => {} }));
  afterEach(() => setSpeechEngine(null));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const c of cases) {
    it(c.name, async () => {
      await setViewport(c.viewport);
      const fromFirst = await shiftTabFrom(c, 'first');
      const fromHeading = await shiftTabFrom(c, 'heading');
      expect(fromFirst.to, 'focus left for somewhere, not <body>').to.not.equal('body');
      expect(fromHeading, `from the heading as from the first control (${fromFirst.to})`).to.deep.equal(fromFirst);
    });
  }
});

/**
 * QA: a popover's placement (Floating UI, `strategy: 'fixed'`, in the top layer) when the widget is
 * in a host's shadow root, in a card with `overflow: hidden`, a `transform`, `contain: paint` or a
 * `filter` (each makes a containing block or clips). The popover must be where it is on the page
 * with no such card: next to its control, inside the window, and on top (not clipped).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { samplePlan } from '../plan-board/helpers.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';
import { sampleSteps } from '../helpers/index.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { describeEl, key, nested, settleAll, type Widget } from './case-view.js';
import { popoverOpen } from './common-open.js';

interface Case {
  tag: string;
  value: () => unknown;
  attrs?: Record<string, string>;
  /** Opens the popover; returns its anchor. */
  open: (el: Widget) => Promise<HTMLElement>;
}

const q = (el: Widget, selector: string): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>(selector)!;

const cases: Case[] = [
  {
    tag: 'vk-step-tracker',
    value: sampleSteps,
    open: async (el) => {
      q(el, '.step-button[data-key="s2"]').focus();
      await key(el, 'Enter');
      return q(el, '.step-button[data-key="s2"]');
    },
  },
  {
    tag: 'vk-task-ladder',
    value: sampleLadder,
    open: async (el) => {
      q(el, '.task-button[data-key="t1"]').focus();
      await key(el, 'Enter');
      return q(el, '.task-button[data-key="t1"]');
    },
  },
  {
    tag: 'vk-plan-board',
    value: samplePlan,
    open: async (el) => {
      q(el, '.card-button[data-key="c1"]').focus();
      await settleAll(el);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'F10' });
      await sendKeys({ up: 'Shift' });
      // Opened from the card (Shift+F10): the menu is placed at the card, the control that opened it.
      return q(el, '.card-button[data-key="c1"]');
    },
  },
  {
    tag: 'vk-course-calendar',
    value: sampleSchedule,
    attrs: { view: 'month', date: '2026-03-09' },
    open: async (el) => {
      q(el, '[data-session="a1"]').focus();
      await key(el, 'Enter');
      return q(el, '[data-session="a1"]');
    },
  },
];

const cards: Record<string, string> = {
  'no card style': '',
  'overflow: hidden': 'overflow: hidden; block-size: 260px',
  transform: 'transform: translate(24px, 16px)',
  'contain: paint': 'contain: paint; block-size: 260px',
  filter: 'filter: drop-shadow(0 0 2px gray)',
  'container-type: inline-size': 'container-type: inline-size',
};

/** The element drawn at (x, y), followed through open shadow roots. */
function deepAt(x: number, y: number): Element | null {
  let at = document.elementFromPoint(x, y);
  for (let inner = at?.shadowRoot?.elementFromPoint(x, y); inner && inner !== at; inner = at?.shadowRoot?.elementFromPoint(x, y)) at = inner;
  return at;
}

describe('QA nested: popover placement in a host\'s shadow root', () => {
  for (const c of cases) {
    for (const [name, style] of Object.entries(cards)) {
      it(`<${c.tag}> in a card with ${name}: the popover is beside its control, in the window, not clipped`, async () => {
        const { el } = await nested<Widget>(c.tag, c.value(), c.attrs, `inline-size: ${Math.min(760, innerWidth - 40)}px; ${style}`);
        window.scrollTo(0, 0);
        const anchor = await c.open(el);
        const panel = await popoverOpen(el);
        expect(panel, 'open and placed').to.not.equal(null);
        await settleAll(el);
        const a = anchor.getBoundingClientRect();
        const p = panel!.getBoundingClientRect();
        const where = `anchor ${Math.round(a.left)},${Math.round(a.top)}–${Math.round(a.right)},${Math.round(a.bottom)}; popover ${Math.round(p.left)},${Math.round(p.top)}–${Math.round(p.right)},${Math.round(p.bottom)}; window ${innerWidth}×${innerHeight}`;
        // In the window (Floating UI's padding 8).
        expect(p.left >= 0 && p.top >= 0 && p.right <= innerWidth && p.bottom <= innerHeight, `in the window: ${where}`).to.equal(true);
        // Beside its control: below or above it (offset 6), or shifted over it where neither side has room,
        // and its start edge within the control's inline extent (placement bottom-start, shifted at most to fit).
        const below = Math.abs(p.top - (a.bottom + 6)) <= 2;
        const above = Math.abs(p.bottom - (a.top - 6)) <= 2;
        const shifted = p.top <= a.bottom && p.bottom >= a.top && (p.top <= 9 || p.bottom >= innerHeight - 9);
        expect(below || above || shifted, `beside its control: ${where}`).to.equal(true);
        expect(p.left <= a.right && p.right >= a.left, `overlaps the control's columns: ${where}`).to.equal(true);
        // On top at its corners and middle: not clipped by the card, not under anything.
        for (const [x, y] of [[p.left + 12, p.top + 12], [p.right - 12, p.top + 12], [p.left + 12, p.bottom - 12], [(p.left + p.right) / 2, (p.top + p.bottom) / 2]]) {
          const at = deepAt(x, y);
          expect(!!at && panel!.contains(at), `popover drawn at ${Math.round(x)},${Math.round(y)}: ${describeEl(at)}; ${where}`).to.equal(true);
        }
        await key(el, 'Escape');
      });
    }
  }
});

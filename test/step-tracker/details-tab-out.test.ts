/**
 * Tab and Shift+Tab past the ends of the step details (a non-modal dialog, WAI-ARIA APG: in the Tab order the panel comes
 * right after the step that opened it). Tab from the last control goes on to the tracker's next Tab stop after that step,
 * else to the page's, never past a stop of the tracker nor to <body>; Shift+Tab from the first control goes back to the step;
 * either closes them. The panel is drawn after the step list, whose one Tab stop is the step that opened it, so the browser's
 * own order is this already: a guard (the plan board's and the calendar's panels needed core/panel-tab.ts, 8 Dec 2026). The
 * expected stop is worked out from the tracker's Tab stops, so a stop added after the list one day fails it.
 * Real key presses (sendKeys), in nb (ltr) and Arabic (rtl); full, and compact in a table as a host lists participants.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { focused, sampleSteps, settle } from '../helpers/index.js';

/** The Tab stops in `within` (not in shadow roots under it), in tree order. */
const tabbable = (within: ParentNode): HTMLElement[] => Array.from(within.querySelectorAll<HTMLElement>('*')).filter((c) => c.tabIndex >= 0 && !c.matches(':disabled') && c.checkVisibility());
const where = (el: VkStepTracker): string => {
  const at = focused(el) ?? document.activeElement;
  return at === document.body ? '<body>' : (at?.outerHTML.slice(0, 90) ?? 'nothing');
};

async function press(el: VkStepTracker, shift = false): Promise<void> {
  if (shift) await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  if (shift) await sendKeys({ up: 'Shift' });
  await settle(el);
}

/** An editable tracker in `dir` (Arabic UI for rtl): alone between two buttons, or compact in a table's row, a button in the next cell. */
async function mount(dir: 'ltr' | 'rtl', compact: boolean): Promise<{ el: VkStepTracker; after: HTMLElement }> {
  const lang = dir == 'rtl' ? 'ar' : 'nb';
  await setLocale(lang);
  const tracker = html`<vk-step-tracker editable ?compact=${compact} .value=${sampleSteps()}></vk-step-tracker>`;
  const root = await fixture<HTMLElement>(
    compact
      ? html`<table dir=${dir} lang=${lang}><tr><td>${tracker}</td><td><button id="after">Åpne</button></td></tr><tr><td><vk-step-tracker compact .value=${sampleSteps()}></vk-step-tracker></td></tr></table>`
      : html`<div dir=${dir} lang=${lang}><button>before</button>${tracker}<button id="after">after</button></div>`,
  );
  const el = root.querySelector('vk-step-tracker') as VkStepTracker;
  await settle(el);
  return { el, after: root.querySelector<HTMLElement>('#after')! };
}

/** Enter on step s2 (not the current step's neighbour only: any step); returns the step and the open panel, focus inside. */
async function open(el: VkStepTracker): Promise<{ step: HTMLElement; panel: HTMLElement }> {
  const step = el.shadowRoot!.querySelector<HTMLElement>('.step-button[data-key="s2"]')!;
  step.focus();
  await sendKeys({ press: 'Enter' });
  await settle(el);
  const panel = el.shadowRoot!.querySelector<HTMLElement>('.vk-popover')!;
  expect(panel?.contains(focused(el)), 'the details opened with focus inside').to.equal(true);
  return { step, panel };
}

describe('<vk-step-tracker>: Tab and Shift+Tab past the ends of the step details', () => {
  afterEach(() => setLocale('nb'));

  for (const dir of ['ltr', 'rtl'] as const) {
    for (const compact of [false, true]) {
      const kind = compact ? 'compact, in a table' : 'full';
      it(`${dir}, ${kind}: Tab from "Lukk" goes on to the next Tab stop after the step (the tracker's, else the page's)`, async () => {
        const { el, after } = await mount(dir, compact);
        const { step, panel } = await open(el);
        const next = tabbable(el.shadowRoot!).find((c) => !panel.contains(c) && step.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING) ?? after;
        const own = tabbable(panel);
        expect(own.at(-1)!.textContent?.trim(), 'the last control').to.equal(dir == 'rtl' ? 'إغلاق' : 'Lukk');
        own.at(-1)!.focus();
        await press(el);
        expect(focused(el) ?? document.activeElement, `focus on the next stop, not ${where(el)}`).to.equal(next);
        expect(el.shadowRoot!.querySelector('.vk-popover'), 'the details closed').to.equal(null);
      });

      it(`${dir}, ${kind}: Shift+Tab from the first field goes back to the step`, async () => {
        const { el } = await mount(dir, compact);
        const { step, panel } = await open(el);
        tabbable(panel)[0].focus();
        await press(el, true);
        expect(focused(el), `focus on the step, not ${where(el)}`).to.equal(step);
        expect(el.shadowRoot!.querySelector('.vk-popover'), 'the details closed').to.equal(null);
      });
    }
  }
});

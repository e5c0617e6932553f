import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { setLocale } from '../../src/core/localize.js';
import { workOrientedCourseSteps } from '../../src/presets/steps.js';

// A phone touch QA (7 Dec 2026, F6): in a 360×640 window in Arabic, the step details' only Close
// button started 3 px below the panel's visible edge (y 635, the panel ending at 632); held sideways
// (640×360) it was 280 px down inside the panel. Where the details scroll, their Close (and the
// step's heading) stay in view while the rest scrolls, as the calendar's details keep theirs.

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** True when `element` is wholly inside `panel`'s visible box. */
function wholeIn(element: Element, panel: Element): boolean {
  const r = element.getBoundingClientRect();
  const p = panel.getBoundingClientRect();
  return r.top >= p.top - 0.5 && r.bottom <= p.bottom + 0.5 && r.height > 0;
}

describe('vk-step-tracker details on a phone: Close is in view without scrolling', () => {
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => setLocale('nb'));

  for (const [width, height] of [[360, 640], [640, 360]] as const) {
    for (const lang of ['ar', 'nb'] as const) {
      it(`${width}×${height}, ${lang}: Close is wholly visible as they open and after scrolling them to the top and the end`, async () => {
        await setViewport({ width, height });
        await setLocale(lang);
        const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}><vk-step-tracker .value=${workOrientedCourseSteps}></vk-step-tracker></div>`);
        const el = wrapper.querySelector('vk-step-tracker') as VkStepTracker;
        await el.updateComplete;
        await frame();
        const root = el.shadowRoot!;
        const step = root.querySelectorAll<HTMLElement>('.step-button')[3]!;
        step.scrollIntoView({ block: 'center' });
        // A tap, as the QA opened them (focus on the heading: no scrolling to a field).
        const r = step.getBoundingClientRect();
        const at = { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
        await executeServerCommand('vk-touch-drag', { from: at, to: at, steps: 0 });
        await waitUntil(() => root.querySelector('.vk-popover[data-positioned="true"]:popover-open'), 'open and placed', { timeout: 5000 });
        await frame();
        await frame();
        const panel = root.querySelector<HTMLElement>('.vk-popover')!;
        expect(panel.scrollHeight, 'the details scroll here').to.be.greaterThan(panel.clientHeight);
        const close = Array.from(panel.querySelectorAll<HTMLButtonElement>('.actions button')).at(-1)!;
        const heading = panel.querySelector('h3')!;
        expect(wholeIn(close, panel), `Close ${JSON.stringify(close.getBoundingClientRect())} in ${JSON.stringify(panel.getBoundingClientRect())}`).to.equal(true);
        expect(wholeIn(heading, panel), 'the heading too').to.equal(true);
        panel.scrollTop = panel.scrollHeight / 2;
        await frame();
        expect(wholeIn(close, panel), 'Close, scrolled half way').to.equal(true);
        expect(wholeIn(heading, panel), 'the heading, scrolled half way').to.equal(true);
        // A field focused from the keyboard is not under them (scroll padding).
        const title = panel.querySelector<HTMLInputElement>('input[name="title"]')!;
        panel.scrollTop = panel.scrollHeight;
        await frame();
        await sendKeys({ press: 'Shift' });
        title.focus();
        await frame();
        const t = title.getBoundingClientRect();
        expect(t.top, 'the focused title below the heading').to.be.at.least(heading.getBoundingClientRect().bottom - 0.5);
      });
    }
  }
});

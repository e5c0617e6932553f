import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { setLocale } from '../../src/core/localize.js';
import { deepActive, samplePlan } from './helpers.js';

// A tester on a 360 px phone in Arabic: the top of the first picture's focus ring was cut off —
// the picture grid scrolls (overflow: auto), so it clips what is drawn outside its padding box,
// and the first row started at its very top. The ring (3 px outline, 2 px offset) of any picture
// is whole inside the grid and the popover, the first and the last, left to right and right to left.

/** The part of `element` that is drawn: its padding box (without border or scrollbar), in the viewport. */
function paddingBox(element: HTMLElement): { top: number; right: number; bottom: number; left: number } {
  const r = element.getBoundingClientRect();
  const left = r.left + element.clientLeft;
  const top = r.top + element.clientTop;
  return { top, left, right: left + element.clientWidth, bottom: top + element.clientHeight };
}

function expectRingWhole(option: HTMLElement, clips: HTMLElement[], where: string): void {
  expect(option.matches(':focus-visible'), `${where}: focused from the keyboard`).to.equal(true);
  const style = getComputedStyle(option);
  const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
  expect(ring, 'a 3 px ring 2 px out').to.equal(5);
  const r = option.getBoundingClientRect();
  const drawn = { top: r.top - ring, right: r.right + ring, bottom: r.bottom + ring, left: r.left - ring };
  for (const clip of clips) {
    const box = paddingBox(clip);
    const text = `${where}: ring ${JSON.stringify(drawn)} in ${clip.className} ${JSON.stringify(box)}`;
    expect(drawn.top, text).to.be.at.least(box.top - 0.5);
    expect(drawn.bottom, text).to.be.at.most(box.bottom + 0.5);
    expect(drawn.left, text).to.be.at.least(box.left - 0.5);
    expect(drawn.right, text).to.be.at.most(box.right + 0.5);
  }
}

describe('plan board picture picker: the focused picture’s ring is not clipped', () => {
  before(() => setViewport({ width: 360, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => setLocale('nb'));

  for (const lang of ['ar', 'nb'] as const) {
    for (const mode of ['adviser', 'participant'] as const) {
      it(`360 px, ${lang} (${lang === 'ar' ? 'rtl' : 'ltr'}), ${mode}: the first and the last picture`, async () => {
        await setLocale(lang);
        const dir = lang === 'ar' ? 'rtl' : 'ltr';
        const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir}><vk-plan-board .value=${samplePlan()} mode=${mode} ?proposals=${mode === 'participant'}></vk-plan-board></div>`);
        const el = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
        await el.updateComplete;
        el.shadowRoot!.querySelector<HTMLElement>(mode === 'adviser' ? 'button.add' : '.propose')!.click();
        await waitUntil(() => el.shadowRoot?.querySelector('.vk-popover[data-positioned="true"] .picker-grid .picker-option'), 'the picker opens and is placed', { timeout: 5000 });
        await el.updateComplete;
        const popover = el.shadowRoot!.querySelector<HTMLElement>('.vk-popover')!;
        const grid = el.shadowRoot!.querySelector<HTMLElement>('.picker-grid')!;
        expect(grid.scrollHeight, 'the grid scrolls').to.be.greaterThan(grid.clientHeight);
        const options = el.shadowRoot!.querySelectorAll<HTMLElement>('.picker-option');
        // Into the grid from the control before it, as a keyboard user comes (its Tab stop: the first picture).
        const before = mode === 'adviser' ? el.shadowRoot!.querySelector<HTMLElement>('.picker-filters select')! : Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.category-chip')).at(-1)!;
        before.focus();
        await sendKeys({ press: 'Tab' });
        expect(deepActive()).to.equal(options[0]);
        expect(grid.scrollTop).to.equal(0);
        expectRingWhole(options[0]!, [grid, popover], 'first');
        // ↓ until the grid has scrolled: each picture scrolled in comes with its whole ring.
        for (let i = 1; i <= 6; i++) {
          await sendKeys({ press: 'ArrowDown' });
          expectRingWhole(deepActive() as HTMLElement, [grid, popover], `↓ ${i}`);
        }
        expect(grid.scrollTop, 'the grid scrolled').to.be.greaterThan(0);
        await sendKeys({ press: 'End' });
        await el.updateComplete;
        expect(deepActive()).to.equal(options[options.length - 1]);
        expectRingWhole(options[options.length - 1]!, [grid, popover], 'last');
      });
    }
  }
});

/**
 * A skipped step's marker was its number struck through from corner to corner: a "2" with a line
 * across its middle read as "Z" / "Ƶ" (a designer's Storybook review). It now shows no number, as a
 * done step shows its check instead: a mark of its own (an arrow hopping over a dot) inside the
 * dashed ring, in both forms, in forced colours too, the arrow pointing the way the steps are read.
 * Measured in painted pixels.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { StepsDocument } from '../../src/step-tracker/step-tracker.types.js';
import { inkOf, pixelsAround, type Pixels } from '../helpers/pixels.js';

const doc: StepsDocument = {
  version: 1,
  title: 'Amina',
  steps: [
    { id: 'a', title: 'Kartlegg', status: 'done' },
    { id: 'b', title: 'Arbeidsmarkedet', status: 'skipped' },
    { id: 'c', title: 'Avtal', status: 'in-progress' },
  ],
};

async function tracker(dir: 'ltr' | 'rtl', compact: boolean): Promise<VkStepTracker> {
  const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir} style="inline-size: 600px"><vk-step-tracker orientation="vertical" ?compact=${compact} .value=${doc}></vk-step-tracker></div>`);
  const el = wrapper.querySelector('vk-step-tracker') as VkStepTracker;
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return el;
}

/** The skipped step's disc: the full form's marker, or the compact form's button. */
const discOf = (el: VkStepTracker, compact: boolean): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>(`.step[data-status="skipped"] ${compact ? '.step-button' : '.marker'}`)!;

/** The dark pixels inside the disc's ring (a circle of 0.8 × its radius), as "x,y" from the disc's top left, and the shot's width. */
async function markInk(disc: HTMLElement): Promise<{ ink: Set<string>; width: number }> {
  const r = disc.getBoundingClientRect();
  const shot: Pixels = await pixelsAround(r, 0);
  const [cx, cy] = [(r.width / 2) * shot.scale, (r.height / 2) * shot.scale];
  const inside = 0.8 * (r.width / 2) * shot.scale * (disc.classList.contains('marker') ? 34 / 40 : 1);
  const ink = inkOf(shot, (red, green, blue) => red + green + blue < 450);
  const within = (key: string): boolean => {
    const [x, y] = key.split(',').map(Number);
    return Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= inside;
  };
  return { ink: new Set([...ink].filter(within)), width: shot.width };
}

/** `ink` mirrored left to right in a box `width` pixels wide. */
const mirrored = (ink: Set<string>, width: number): Set<string> =>
  new Set([...ink].map((key) => key.split(',').map(Number)).map(([x, y]) => `${width - 1 - x},${y}`));

/** The share of two marks' pixels that both have. */
const overlap = (a: Set<string>, b: Set<string>): number => (2 * [...a].filter((key) => b.has(key)).length) / (a.size + b.size);

describe('<vk-step-tracker>: a skipped step’s mark', () => {
  for (const compact of [false, true]) {
    const form = compact ? 'compact' : 'full form';

    it(`${form}: no number in the skipped step's disc (a struck "2" read as "Z"); the done and in-progress ones keep theirs as before`, async () => {
      const el = await tracker('ltr', compact);
      const disc = discOf(el, compact);
      const shown = compact ? getComputedStyle(disc, '::after').content : disc.textContent!.trim();
      expect(shown, 'the skipped disc').to.not.include('2');
      const current = el.shadowRoot!.querySelector<HTMLElement>(`.step[data-status="in-progress"] ${compact ? '.step-button' : '.marker'}`)!;
      expect(compact ? getComputedStyle(current, '::after').content : current.textContent!.trim(), 'the in-progress disc').to.include('3');
    });

    it(`${form}: a mark inside the ring, mirrored in RTL (the arrow points the way the steps are read), in forced colours too`, async () => {
      let width = 0;
      const measured = async (dir: 'ltr' | 'rtl'): Promise<Set<string>> => {
        const el = await tracker(dir, compact);
        const shot = await markInk(discOf(el, compact));
        width = shot.width;
        el.parentElement!.remove();
        return shot.ink;
      };
      for (const forced of [false, true]) {
        if (forced) await executeServerCommand('vk-forced-colors', { active: true });
        try {
          const where = forced ? 'forced colours' : 'light';
          const [ltrInk, rtlInk] = [await measured('ltr'), await measured('rtl')];
          expect(ltrInk.size, `${where}: ink inside the ring`).to.be.greaterThan(compact ? 12 : 40);
          // Pixel for pixel (no slack): a symmetric mark, or one left unmirrored, would match LTR as well.
          expect(overlap(ltrInk, mirrored(rtlInk, width)), `${where}: RTL is LTR mirrored`).to.be.above(0.95);
          expect(overlap(ltrInk, rtlInk), `${where}: RTL is not LTR as it is`).to.be.below(0.9);
        } finally {
          if (forced) await executeServerCommand('vk-forced-colors', { active: false });
        }
      }
    });
  }
});

import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { StepsDocument, StepStatus } from '../../src/step-tracker/step-tracker.types.js';
import { boundsOf, inkOf, onlyShowing, pixelsAround, type Pixels } from '../helpers/pixels.js';

// The full form's connectors ran 2 px beside the discs' middle, stopped 2-4 px short of them and
// were drawn over the current step's frame; the in-progress marker's tinted half was the right
// one in RTL too, where progress goes from the right. Measured in painted pixels.

const STATUSES: StepStatus[] = ['done', 'in-progress', 'not-started', 'skipped', 'in-progress', 'not-started'];

function doc(short: boolean): StepsDocument {
  return {
    version: 1,
    title: 'Amina',
    steps: STATUSES.map((status, i) => ({ id: `s${i}`, title: short ? `Steg ${i + 1}` : `Kartlegg det lokale arbeidsmarkedet ${i + 1}`, status })),
  };
}

async function tracker(dir: string, layout: 'vertical' | 'horizontal'): Promise<VkStepTracker> {
  const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir} style="inline-size: 900px"><vk-step-tracker orientation=${layout} .value=${doc(layout === 'horizontal')}></vk-step-tracker></div>`);
  const el = wrapper.querySelector('vk-step-tracker') as VkStepTracker;
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  expect(el.layout).to.equal(layout);
  return el;
}

const items = (el: VkStepTracker): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.step')];
const markerOf = (li: HTMLElement): DOMRect => li.querySelector('.marker')!.getBoundingClientRect();
/** The ring's outer radius (px): the icons' 40-unit box is the marker; rings end at 18 units, the in-progress one at 19. */
const ringOf = (li: HTMLElement): number => (markerOf(li).width * (li.dataset.status === 'in-progress' ? 19 : 18)) / 40;
const middle = (r: DOMRect): { x: number; y: number } => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });

/** The painted connector of `li` alone (its ::after), on a white page. */
async function connectorInk(el: VkStepTracker, li: HTMLElement, around: DOMRect): Promise<ReturnType<typeof boundsOf>> {
  li.dataset.probe = '';
  try {
    return await onlyShowing(el.shadowRoot!, '[data-probe]::after', async () => {
      const shot = await pixelsAround(around, 2);
      return boundsOf(shot, inkOf(shot, (r, g, b) => r + g + b < 700));
    });
  } finally {
    delete li.dataset.probe;
  }
}

/** The colour painted at a viewport point. */
async function colourAt(x: number, y: number): Promise<number[]> {
  const shot: Pixels = await pixelsAround(new DOMRect(Math.floor(x), Math.floor(y), 1, 1), 0);
  return [...shot.data.slice(0, 3)];
}

describe('<vk-step-tracker>: connectors and markers as painted', () => {
  before(() => setViewport({ width: 1000, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const dir of ['ltr', 'rtl']) {
    it(`vertical (${dir}): each connector runs down the discs' middle from one ring's edge to the next's`, async () => {
      const el = await tracker(dir, 'vertical');
      const steps = items(el);
      for (let i = 0; i < steps.length - 1; i++) {
        const [from, to] = [markerOf(steps[i]), markerOf(steps[i + 1])];
        const ink = await connectorInk(el, steps[i], new DOMRect(from.left, from.top, from.width, to.bottom - from.top));
        const where = `${dir}, ${i + 1} → ${i + 2}`;
        expect(ink, where).to.not.equal(null);
        expect((ink!.left + ink!.right) / 2, `${where}: in the middle`).to.be.closeTo(middle(from).x, 0.5);
        expect(ink!.top, `${where}: starts at the ring`).to.be.closeTo(middle(from).y + ringOf(steps[i]), 1);
        expect(ink!.bottom, `${where}: ends at the next ring`).to.be.closeTo(middle(to).y - ringOf(steps[i + 1]), 1);
      }
    });

    it(`horizontal (${dir}): each connector runs level with the discs' middle from one ring's edge to the next's`, async () => {
      const el = await tracker(dir, 'horizontal');
      const steps = items(el);
      for (let i = 0; i < steps.length - 1; i++) {
        const [from, to] = [markerOf(steps[i]), markerOf(steps[i + 1])];
        const box = new DOMRect(Math.min(from.left, to.left), from.top, Math.abs(to.left - from.left) + from.width, from.height);
        const ink = await connectorInk(el, steps[i], box);
        const where = `${dir}, ${i + 1} → ${i + 2}`;
        expect(ink, where).to.not.equal(null);
        expect((ink!.top + ink!.bottom) / 2, `${where}: level with the middle`).to.be.closeTo(middle(from).y, 0.5);
        const [start, end] = dir === 'ltr' ? [ink!.left, ink!.right] : [ink!.right, ink!.left];
        const sign = dir === 'ltr' ? 1 : -1;
        expect(start, `${where}: starts at the ring`).to.be.closeTo(middle(from).x + sign * ringOf(steps[i]), 1);
        expect(end, `${where}: ends at the next ring`).to.be.closeTo(middle(to).x - sign * ringOf(steps[i + 1]), 1);
      }
    });

    it(`the current step's frame is drawn over the connectors that cross it (${dir}, vertical and horizontal)`, async () => {
      for (const layout of ['vertical', 'horizontal'] as const) {
        const el = await tracker(dir, layout);
        const button = el.shadowRoot!.querySelector<HTMLElement>('[aria-current="step"]')!;
        const frame = getComputedStyle(button).borderTopColor.match(/\d+/g)!.map(Number);
        const box = button.getBoundingClientRect();
        const disc = middle(markerOf(button.closest('li')!));
        // Where the outgoing connector crosses the frame: its bottom edge (vertical), its end edge (horizontal); and where the incoming one does.
        const crossings = layout === 'vertical' ? [[disc.x, box.bottom - 1], [disc.x, box.top + 1]] : [[dir === 'ltr' ? box.right - 1 : box.left + 1, disc.y], [dir === 'ltr' ? box.left + 1 : box.right - 1, disc.y]];
        // Every pixel of the frame's edge within 4 px of the discs' middle (wider than the line, wherever it is drawn).
        for (const [x, y] of crossings) {
          for (let d = -4; d <= 4; d++) {
            const [px, py] = layout === 'vertical' ? [x + d, y] : [x, y + d];
            expect(await colourAt(px, py), `${dir} ${layout} at ${px},${py}`).to.deep.equal(frame);
          }
        }
      }
    });
  }

  it('the in-progress marker’s tinted half is the end half: right in LTR, left in RTL (the number is not mirrored)', async () => {
    for (const dir of ['ltr', 'rtl']) {
      const el = await tracker(dir, 'vertical');
      const li = el.shadowRoot!.querySelector<HTMLElement>('.step[data-status="in-progress"]')!;
      const disc = middle(markerOf(li));
      const tint = li.querySelector('.marker path')!.getBoundingClientRect();
      if (dir === 'ltr') expect([tint.left, tint.right > disc.x + 10], dir).to.deep.equal([disc.x, true]);
      else expect([tint.right, tint.left < disc.x - 10], dir).to.deep.equal([disc.x, true]);
      expect(getComputedStyle(li.querySelector('.marker .number')!).transform, `${dir}: the number`).to.equal('none');
    }
  });

  it('compact: the in-progress disc’s tinted half is right in LTR, left in RTL', async () => {
    for (const dir of ['ltr', 'rtl']) {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir}><vk-step-tracker compact .value=${doc(true)}></vk-step-tracker></div>`);
      const el = wrapper.querySelector('vk-step-tracker') as VkStepTracker;
      await el.updateComplete;
      const button = el.shadowRoot!.querySelector<HTMLElement>('[data-status="in-progress"] .step-button')!;
      const r = button.getBoundingClientRect();
      // Inside the ring, beside the number: a quarter of the disc in from each side, a quarter down.
      const left = await colourAt(r.left + r.width * 0.28, r.top + r.height * 0.3);
      const right = await colourAt(r.right - r.width * 0.28, r.top + r.height * 0.3);
      const white = (c: number[]): boolean => c.every((v) => v > 250);
      expect([white(left), white(right)], dir).to.deep.equal(dir === 'ltr' ? [true, false] : [false, true]);
    }
  });

  it('forced colours: the discs are Canvas inside (not the page theme’s background), so the check, the numbers and the tinted half show in a dark theme too', async () => {
    // SVG fills are not forced: a disc filled with the background token kept the host's colour
    // (in a dark Windows theme: white discs, the white check and white numbers on them unseen).
    // This runner's forced palette is light, so a host background stands in for the theme.
    const el = await tracker('ltr', 'vertical');
    el.style.setProperty('--vk-color-background', 'rgb(10, 20, 30)');
    await executeServerCommand('vk-forced-colors', { active: true });
    try {
      const probe = document.createElement('span');
      probe.style.color = 'Canvas';
      document.body.append(probe);
      const canvas = getComputedStyle(probe).color;
      probe.remove();
      for (const li of items(el)) {
        const [disc, mark] = [...li.querySelectorAll('.marker svg > *')];
        // Done: the disc is the mark colour and the check is Canvas; the others: Canvas inside the ring.
        const inside = li.dataset.status === 'done' ? getComputedStyle(mark).stroke : getComputedStyle(disc).fill;
        expect(inside, li.dataset.status).to.equal(canvas);
      }
    } finally {
      await executeServerCommand('vk-forced-colors', { active: false });
    }
  });
});

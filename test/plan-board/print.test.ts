import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { createAminaPlan } from '../../src/presets/plan.js';
import { splitWords } from '../a11y/layout-checks.js';

// Printed on A4 (the board's print stylesheet). Portrait is what a browser prints when the host
// sets no @page size: at 190 mm (718 px) five columns of 132 px split "Samfunnskunnskap" and
// "Arbeidspraksis" mid-word. A4 landscape (277 mm, 1047 px) keeps the week on one row.

const A4 = { portrait: 718, landscape: 1047 };

/** The board printed at `width` px of paper; the host's own padding (`pad` px each side) narrows it further. */
async function printed(width: number, lang: 'nb' | 'ar', mode = 'adviser', pad = 0): Promise<VkPlanBoard> {
  await setViewport({ width, height: 1000 });
  await emulateMedia({ media: 'print' });
  await setLocale(lang);
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} style="padding-inline: ${pad}px"><vk-plan-board readonly mode=${mode} .value=${createAminaPlan()}></vk-plan-board></div>`);
  const el = wrapper.querySelector('vk-plan-board')!;
  await el.updateComplete;
  await document.fonts.ready;
  return el;
}

const columns = (el: VkPlanBoard): DOMRect[] => Array.from(el.shadowRoot!.querySelectorAll('.column')).map((c) => c.getBoundingClientRect());

describe('vk-plan-board printed from a narrow screen', () => {
  // Below 480 px the board shows one day at a time; on paper it shows the week.
  async function narrowBoard(): Promise<VkPlanBoard> {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 360px"><vk-plan-board readonly .value=${createAminaPlan()}></vk-plan-board></div>`);
    const el = wrapper.querySelector('vk-plan-board')!;
    await el.updateComplete;
    for (let i = 0; i < 3 && !el.shadowRoot!.querySelector('[data-narrow]'); i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    return el;
  }
  const count = (el: VkPlanBoard) => el.shadowRoot!.querySelectorAll('.column').length;

  it('beforeprint shows every day; afterprint goes back to one', async () => {
    const el = await narrowBoard();
    expect(count(el)).to.equal(1);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(count(el)).to.equal(5);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(count(el)).to.equal(1);
  });

  it('print media (a print preview) shows every day', async () => {
    const el = await narrowBoard();
    expect(count(el)).to.equal(1);
    await emulateMedia({ media: 'print' });
    try {
      // The media query's change event arrives in a later task: wait for it (at most 2 s).
      await waitUntil(() => count(el) === 5, 'every day shown', { timeout: 2000 });
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('vk-plan-board printed on A4', () => {
  after(async () => {
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
    await setLocale('nb');
  });

  for (const lang of ['nb', 'ar'] as const) {
    it(`portrait (${lang}): every day on the page, no word split`, async () => {
      const el = await printed(A4.portrait, lang);
      const boxes = columns(el);
      expect(boxes).to.have.length(5);
      for (const box of boxes) expect(box.left >= -0.5 && box.right <= A4.portrait + 0.5, `column ${Math.round(box.left)}–${Math.round(box.right)}`).to.equal(true);
      expect(splitWords(el.parentElement!)).to.deep.equal([]);
    });

    it(`landscape (${lang}, participant mode, a host with 16 px padding): the whole week on one row, no word split`, async () => {
      const el = await printed(A4.landscape, lang, 'participant', 16);
      const boxes = columns(el);
      expect(new Set(boxes.map((b) => Math.round(b.top))).size, 'rows').to.equal(1);
      expect(splitWords(el.parentElement!)).to.deep.equal([]);
    });

    it(`landscape (${lang}): the whole week on one row, no word split`, async () => {
      const el = await printed(A4.landscape, lang);
      const boxes = columns(el);
      expect(new Set(boxes.map((b) => Math.round(b.top))).size, 'rows').to.equal(1);
      for (const box of boxes) expect(box.left >= -0.5 && box.right <= A4.landscape + 0.5).to.equal(true);
      expect(splitWords(el.parentElement!)).to.deep.equal([]);
    });
  }
});

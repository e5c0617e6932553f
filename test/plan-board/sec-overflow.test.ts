// A board or column title full of combining marks ("Zalgo": hundreds of accents stacked on one
// letter) draws far above and below its line: the board's title drew up onto the host page and a
// column's title into its first card (measured at 300 marks a letter, helper-sec). Both titles now
// clip what they hold, as cards already did; ordinary titles lose nothing to the clip.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/plan-board/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { createAminaPlan } from '../../src/presets/plan.js';

const zalgo = [...'Zalgo'].map((c, i) => c + Array.from({ length: 300 }, (_, j) => String.fromCharCode(0x300 + ((i * 7 + j) % 0x70))).join('')).join('');

describe('hostile board text', () => {
  it('the board title and a column title are clipped to their own boxes', async () => {
    const doc = createAminaPlan();
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board lang="nb"></vk-plan-board>`);
    el.value = { ...doc, title: zalgo, columns: doc.columns.map((c, i) => (i === 0 ? { ...c, title: zalgo } : c)) };
    await el.updateComplete;
    expect(el.error).to.equal(null);
    for (const selector of ['#board-title', '.column-title']) {
      const title = el.shadowRoot!.querySelector<HTMLElement>(selector)!;
      expect(title.textContent, selector).to.include(zalgo.slice(0, 50));
      expect(getComputedStyle(title).overflow, selector).to.equal('clip');
    }
  });

  for (const lang of ['nb', 'ar']) {
    it(`${lang}: ordinary titles are not cut by the clip (nothing overflows their box)`, async () => {
      const el = await fixture<VkPlanBoard>(html`<vk-plan-board lang=${lang} .value=${createAminaPlan()}></vk-plan-board>`);
      await el.updateComplete;
      for (const title of el.shadowRoot!.querySelectorAll<HTMLElement>('#board-title, .column-title')) {
        expect(title.scrollHeight, title.textContent ?? '').to.be.at.most(title.clientHeight);
        expect(title.scrollWidth, title.textContent ?? '').to.be.at.most(title.clientWidth);
      }
    });
  }
});

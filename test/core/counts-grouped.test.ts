// Counts are written as the UI locale writes numbers, grouped from 1,000 up. Before, a full plan's
// header said "990 av 1000 ferdig" just above the document limit's "Planen har 1 000 kort": the
// same number written two ways, the ungrouped one reading like a year.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { uiCount, uiDigits } from '../../src/core/digits.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanDocument } from '../../src/plan-board/plan-board.types.js';

const NBSP = '\u00a0';

describe('uiCount: counts grouped as the UI locale writes them', () => {
  afterEach(async () => setLocale('nb'));

  it('nb groups thousands with a no-break space, never a breakable one', async () => {
    await setLocale('nb');
    expect(uiCount(1000)).to.equal(`1${NBSP}000`);
    expect(uiCount(20000)).to.equal(`20${NBSP}000`);
  });

  it('below 1,000 it is exactly uiDigits (no grouping to do)', async () => {
    for (const tag of ['nb', 'fa', 'ar']) {
      await setLocale(tag);
      for (const n of [0, 7, 42, 999]) expect(uiCount(n), `${tag} ${n}`).to.equal(uiDigits(n));
    }
  });

  it('en groups with a comma; fa with its own digits and separator', async () => {
    await setLocale('en');
    expect(uiCount(1000)).to.equal('1,000');
    await setLocale('fa');
    expect(uiCount(1000)).to.equal(new Intl.NumberFormat('fa').format(1000));
    expect(uiCount(1000)).to.match(/^۱.۰۰۰$/u);
  });
});

describe('widgets write large counts grouped', () => {
  it('the plan board header: "990 av 1 000 ferdig", as its limit note writes 1 000', async () => {
    const doc: PlanDocument = {
      version: 1,
      columns: [{ id: 'mon', title: 'Mandag' }],
      cards: Array.from({ length: 1000 }, (_, i) => ({ id: `k${i}`, columnId: 'mon', title: `Kort ${i}`, pictogram: 'vk:bus', done: i < 990 })),
    };
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${doc}></vk-plan-board>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.equal(`990 av 1${NBSP}000 ferdig`);
  });
});

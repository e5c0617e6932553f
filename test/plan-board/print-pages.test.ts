import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanDocument } from '../../src/plan-board/plan-board.types.js';
import { createAminaPlan } from '../../src/presets/plan.js';

// The week on real paper (Chromium's print to PDF, A4 landscape with the host's @page rule as
// docs/plan-board.md advises). A week of 16 cards is taller than one landscape sheet (888 px of
// 718): each day used to be kept whole (`break-inside: avoid` on the column), so the browser moved
// the whole row of days to sheet 2 and sheet 1 carried the title alone (35 text operations);
// three sheets for two sheets' worth.

/** Amina's twelve cards and `extra` more (copies on other days, not done). */
function week(extra: number): PlanDocument {
  const plan = createAminaPlan();
  const more = plan.cards.slice(0, extra).map((c, i) => ({ ...c, id: `${c.id}x`, columnId: plan.columns[(i + 2) % 5]!.id, done: false }));
  return { ...plan, cards: [...plan.cards, ...more] };
}

describe('vk-plan-board printed on A4 landscape sheets', () => {
  let page: HTMLStyleElement;
  before(() => {
    page = document.createElement('style');
    page.textContent = '@page { size: A4 landscape; margin: 10mm; }';
    document.head.append(page);
  });
  after(async () => {
    page.remove();
    await emulateMedia({ media: 'screen' });
  });

  it('a week taller than a sheet starts on sheet 1 under its title and takes two sheets', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board readonly .value=${week(4)}></vk-plan-board>`);
    await el.updateComplete;
    await document.fonts.ready;
    // (The test page keeps the browser's 8 px body margin: with the column a grid, Chromium
    // still would not break a day there and sheet 1 stayed title-only; with margin 0 it did.)
    await emulateMedia({ media: 'print' });
    await el.updateComplete;
    const { textOps } = await executeServerCommand<{ textOps: number[] }, undefined>('vk-pdf-pages');
    expect(textOps.length, `sheets (text operations on each: ${textOps})`).to.equal(2);
    expect(textOps[0], 'text operations on sheet 1').to.be.above(200);
  });

  it('a day continued on sheet 2 has its name there (the column header repeats, as a table header)', async () => {
    const plan = createAminaPlan();
    const monday = plan.columns[0]!;
    // Monday alone is taller than a sheet: 16 cards, a two-line title each.
    const cards = Array.from({ length: 16 }, (_, i) => ({ ...plan.cards[i % plan.cards.length]!, id: `m${i}`, columnId: monday.id }));
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board readonly .value=${{ ...plan, cards }}></vk-plan-board>`);
    await el.updateComplete;
    await document.fonts.ready;
    await emulateMedia({ media: 'print' });
    await el.updateComplete;
    const { texts } = await executeServerCommand<{ texts: string[] }, undefined>('vk-pdf-pages');
    expect(texts.length, 'sheets').to.be.at.least(2);
    const day = 'Mandag';
    expect(texts[0], 'sheet 1').to.contain(day);
    texts.slice(1).forEach((sheet, i) => expect(sheet, `sheet ${i + 2}`).to.contain(day));
  });

  it('participant mode prints no "Ingen lyd" badge (a browser without voices is no news on paper)', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board readonly mode="participant" .value=${createAminaPlan()}></vk-plan-board>`);
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    const badges = Array.from(el.shadowRoot!.querySelectorAll('.silent-badge'));
    expect(badges.length, 'badges on screen (no voices in headless Chromium)').to.be.above(0);
    expect(badges.filter((b) => getComputedStyle(b).display !== 'none').length, 'badges printed').to.equal(0);
  });
});

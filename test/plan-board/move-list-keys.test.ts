import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanDocument, PlanOperation } from '../../src/plan-board/plan-board.types.js';
import { record } from '../helpers/index.js';
import { cardButton, deepActive, frame, placed } from './helpers.js';

// A tester opened a card's menu with Shift+F10, arrowed to "Flytt til…" and pressed Enter. The
// days that followed look like the menu she came from, so she pressed ↓ ↓ Enter for the third
// day: the arrows did nothing, focus stayed on the first day, and the card went to Tuesday.

/** Monday holds one card (no "Opp"/"Ned"), so the move list is the four other days. */
function week(): PlanDocument {
  const day = (id: string, nb: string): PlanDocument['columns'][number] => ({ id, title: { nb } });
  return {
    version: 1,
    columns: [day('mon', 'Mandag'), day('tue', 'Tirsdag'), day('wed', 'Onsdag'), day('thu', 'Torsdag'), day('fri', 'Fredag')],
    cards: [
      { id: 'c1', columnId: 'mon', title: 'Norskkurs', pictogram: 'vk:norwegian-class' },
      { id: 'c2', columnId: 'thu', title: 'Lege', pictogram: 'vk:doctor' },
    ],
  };
}

const operations = (events: Array<{ detail: unknown }>): PlanOperation[] => events.map((e) => (e.detail as { operation: PlanOperation }).operation);
/** A key with Shift held (sendKeys' `press` takes no "Shift+…"). */
async function shifted(press: string): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press });
  await sendKeys({ up: 'Shift' });
}
const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;
const focusedLabel = (): string => (deepActive() as HTMLElement | null)?.textContent?.trim() ?? '';

/** Shift+F10 on the card, ↓ to "Flytt til…", Enter: the move list, focus on its first day. */
async function openMoveList(dir: 'ltr' | 'rtl' = 'ltr'): Promise<VkPlanBoard> {
  const wrapper = await fixture<HTMLElement>(html`<div dir=${dir} lang=${dir === 'rtl' ? 'ar' : 'nb'}><vk-plan-board lang="nb" .value=${week()}></vk-plan-board></div>`);
  const el = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
  cardButton(el, 'c1').focus();
  await shifted('F10');
  await el.updateComplete;
  await placed(el);
  expect((deepActive() as HTMLElement).dataset.action, 'the menu opens on its first item').to.equal('edit');
  await sendKeys({ press: 'ArrowDown' });
  expect((deepActive() as HTMLElement).dataset.action).to.equal('move');
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  await placed(el);
  expect(sr(el).querySelector('.move-menu'), 'the move list is open').to.not.equal(null);
  expect(focusedLabel(), 'focus on the first day').to.equal('Tirsdag');
  return el;
}

describe('plan board: the "Flytt til…" list takes the arrow keys', () => {
  it('↓ ↓ Enter moves the card to the third listed day, and says so', async () => {
    const el = await openMoveList();
    const changes = record(el, 'vk-change');
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedLabel()).to.equal('Onsdag');
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedLabel()).to.equal('Torsdag');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await frame();
    expect(operations(changes)).to.deep.equal([{ type: 'card.move', cardId: 'c1', from: { columnId: 'mon', index: 0 }, to: { columnId: 'thu', index: 1 } }]);
    expect(sr(el).querySelector('[data-vk-announcer]')?.textContent).to.contain('Flyttet. Kort \u2068Norskkurs\u2069: kolonne \u2068Torsdag\u2069, plass 2 av 2');
    expect((deepActive() as HTMLElement).dataset.key, 'focus stays with the moved card').to.equal('c1');
  });

  it('↑ goes back; Home and End reach the first and last day; at either end focus stays (no wrap)', async () => {
    const el = await openMoveList();
    const changes = record(el, 'vk-change');
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedLabel(), '↑ on the first day stays there').to.equal('Tirsdag');
    await sendKeys({ press: 'End' });
    expect(focusedLabel()).to.equal('Fredag');
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedLabel(), '↓ on the last day stays there').to.equal('Fredag');
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedLabel()).to.equal('Torsdag');
    await sendKeys({ press: 'Home' });
    expect(focusedLabel()).to.equal('Tirsdag');
    // Tab leaves the days for "Avbryt" from wherever focus is; Space activates as Enter does.
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Tab' });
    expect(focusedLabel()).to.equal('Avbryt');
    await shifted('Tab');
    expect(focusedLabel()).to.equal('Fredag');
    expect(changes, 'moving focus moves nothing').to.have.length(0);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(operations(changes)).to.deep.equal([{ type: 'card.move', cardId: 'c1', from: { columnId: 'mon', index: 0 }, to: { columnId: 'fri', index: 0 } }]);
  });

  it('right to left: ↓ still goes down the list, and ←/→ move no focus', async () => {
    const el = await openMoveList('rtl');
    for (const press of ['ArrowLeft', 'ArrowRight']) {
      await sendKeys({ press });
      expect(focusedLabel(), press).to.equal('Tirsdag');
    }
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedLabel()).to.equal('Onsdag');
    expect(sr(el).querySelector('.move-menu')).to.not.equal(null);
  });
});

// QA (7 Dec 2026): a participant on a phone (one day at a time) tapped Done on Tirsdag's card, went back to Mandag and
// pressed Angre: the button left Mandag shown (nothing seen to change) and said "Angret. Lege: ferdig" without a day;
// Ctrl+Z showed Tirsdag without a word. Both now show the day the step touched, focus its card and name the day
// (board-history-day.ts); a step on the day shown keeps focus in the toolbar and says no day, as before.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { cardButton, cardItem, deepActive, frame, key, keys, samplePlan } from './helpers.js';

const said = (el: VkPlanBoard): string => (el.shadowRoot?.querySelector('[data-vk-announcer]')?.textContent ?? '').replace(/[\u2066-\u2069]/g, '');
const shownDay = (el: VkPlanBoard): string | undefined => el.shadowRoot!.querySelector('[role=tab][aria-selected=true] span[lang]')?.textContent?.trim();
const tool = (el: VkPlanBoard, which: string): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>(`.tool[data-history="${which}"]`)!;

/** A participant's phone board; Lege (Tirsdag, done) tapped not done, then back to Mandag: Norskkurs focused. */
async function tappedOnTuesday(): Promise<VkPlanBoard> {
  const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 360px"><vk-plan-board mode="participant" .value=${samplePlan()}></vk-plan-board></div>`);
  const el = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
  for (let i = 0; i < 4; i++) await frame();
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector('.board[data-narrow]'), 'one day at a time').to.not.equal(null);
  cardButton(el, 'c1').focus();
  await keys(el, 'ArrowRight');
  expect(shownDay(el)).to.equal('Tirsdag');
  cardItem(el, 'c4').querySelector<HTMLElement>('.done-toggle')!.click();
  await el.updateComplete;
  expect(el.value?.cards.find((c) => c.id === 'c4')?.done).not.to.equal(true);
  cardButton(el, 'c4').focus();
  await keys(el, 'ArrowLeft');
  expect(shownDay(el)).to.equal('Mandag');
  return el;
}

describe('plan board, one day at a time: Undo of a change on a day not shown', () => {
  it('the Angre button shows Tirsdag, focuses Lege and names the day', async () => {
    const el = await tappedOnTuesday();
    tool(el, 'undo').focus();
    tool(el, 'undo').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.value?.cards.find((c) => c.id === 'c4')?.done).to.equal(true);
    expect(shownDay(el)).to.equal('Tirsdag');
    expect(deepActive()).to.equal(cardButton(el, 'c4'));
    expect(said(el)).to.equal('Angret. Lege: ferdig. Viser Tirsdag, 2 av 3');
  });

  it('Ctrl+Z shows Tirsdag, focuses Lege and says the day too', async () => {
    const el = await tappedOnTuesday();
    await key(el, deepActive() as HTMLElement, 'z', { ctrlKey: true });
    await el.updateComplete;
    expect(el.value?.cards.find((c) => c.id === 'c4')?.done).to.equal(true);
    expect(shownDay(el)).to.equal('Tirsdag');
    expect(deepActive()).to.equal(cardButton(el, 'c4'));
    expect(said(el)).to.equal('Angret. Lege: ferdig. Viser Tirsdag, 2 av 3');
  });

  it('Gjør om on the day now shown: no day is said and focus stays in the toolbar, as before', async () => {
    const el = await tappedOnTuesday();
    tool(el, 'undo').focus();
    tool(el, 'undo').click();
    await el.updateComplete;
    await el.updateComplete;
    tool(el, 'redo').focus();
    tool(el, 'redo').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.value?.cards.find((c) => c.id === 'c4')?.done).not.to.equal(true);
    expect(shownDay(el)).to.equal('Tirsdag');
    expect(said(el)).to.equal('Gjort om igjen. Lege: ikke ferdig');
    expect(deepActive()?.classList.contains('tool')).to.equal(true);
  });
});

/**
 * Tab from the last control of a board popover goes on to the board's next Tab stop after the control that opened it, and
 * the popover closes (WAI-ARIA APG non-modal dialog: the panel sits after its opener in the Tab order); Shift+Tab from its
 * first control goes back to the opener. QA, 8 Dec 2026 (Arabic, and nb the same): the panel is drawn after the columns, so
 * the browser's own Tab went past the rest of the board to the page — from the form a new card's pick opens (its opener the
 * new card) over the card's Done and menu, from the proposal ("Foreslå et kort", in the header) over every card.
 * Real key presses (sendKeys), in both directions, in nb (ltr) and Arabic (rtl).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { settle } from '../helpers/index.js';
import { cardButton, cardItem, deepActive, frame, menuAction, placed, samplePlan } from './helpers.js';

const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;
const tabbable = (within: ParentNode): HTMLElement[] => Array.from(within.querySelectorAll<HTMLElement>('*')).filter((c) => c.tabIndex >= 0 && !c.matches(':disabled'));
const describeActive = (): string => (deepActive() === document.body ? '<body>' : (deepActive()?.outerHTML.slice(0, 90) ?? 'nothing'));

async function press(el: VkPlanBoard, shift = false): Promise<void> {
  if (shift) await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  if (shift) await sendKeys({ up: 'Shift' });
  await settle(el);
  await frame();
}

/** The board in `dir` (Arabic UI for rtl), with a button after it on the page. */
async function board(dir: 'ltr' | 'rtl', mode = 'adviser'): Promise<{ el: VkPlanBoard; after: HTMLElement }> {
  const lang = dir == 'rtl' ? 'ar' : 'nb';
  await setLocale(lang);
  const wrapper = await fixture<HTMLElement>(
    html`<div dir=${dir} lang=${lang}><vk-plan-board mode=${mode} proposals style="inline-size: 1100px" .value=${samplePlan()}></vk-plan-board><button id="after">after</button></div>`,
  );
  const el = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
  await settle(el);
  return { el, after: wrapper.querySelector('#after') as HTMLElement };
}

/** "+" on Monday by keyboard, Enter on the first picture: the card is added and its form opens, focus in it. Returns the card's id. */
async function addCard(el: VkPlanBoard): Promise<string> {
  cardButton(el, 'c1').focus();
  (sr(el).querySelector('.add[data-add="mon"]') as HTMLElement).focus();
  await sendKeys({ press: 'Enter' });
  await settle(el);
  await placed(el);
  (sr(el).querySelector('.picker-option') as HTMLElement).focus();
  await sendKeys({ press: 'Enter' });
  await settle(el);
  for (let i = 0; i < 50 && !sr(el).querySelector('.edit-form'); i++) await frame();
  await placed(el);
  const form = sr(el).querySelector('.edit-form');
  expect(form?.contains(deepActive()), 'focus in the new card’s form').to.equal(true);
  return el.value!.cards.find((c) => !samplePlan().cards.some((s) => s.id === c.id))!.id;
}

describe('plan board: Tab and Shift+Tab past the ends of a popover', () => {
  afterEach(() => setLocale('nb'));

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`${dir}: Tab from the new card's form's last button goes on to the card's own next control, not past the board`, async () => {
      const { el } = await board(dir);
      const id = await addCard(el);
      const panel = sr(el).querySelector<HTMLElement>('.vk-popover')!;
      const own = tabbable(panel);
      own.at(-1)!.focus();
      await press(el);
      // The board's Tab stops after the card's button: its own controls (Done, its menu), drawn before the panel.
      const next = tabbable(cardItem(el, id)).find((c) => c !== cardButton(el, id));
      expect(next, 'the card has a control after its button').to.not.equal(undefined);
      expect(deepActive(), `focus on the card's next control, not ${describeActive()}`).to.equal(next);
      expect(panel.matches(':popover-open'), 'the form closed').to.equal(false);
    });

    it(`${dir}: Shift+Tab from the new card's form's first field goes back to the card`, async () => {
      const { el } = await board(dir);
      const id = await addCard(el);
      const panel = sr(el).querySelector<HTMLElement>('.vk-popover')!;
      tabbable(panel)[0].focus();
      await press(el, true);
      expect(deepActive(), `focus on the card, not ${describeActive()}`).to.equal(cardButton(el, id));
      expect(panel.matches(':popover-open'), 'the form closed').to.equal(false);
    });

    it(`${dir}: Tab from the proposal's last button goes on to the cards (after "Foreslå et kort"), not past the board`, async () => {
      const { el } = await board(dir, 'participant');
      cardButton(el, 'c2').focus();
      await settle(el);
      const propose = sr(el).querySelector<HTMLElement>('.propose')!;
      propose.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      const panel = await placed(el);
      expect(panel.contains(deepActive()), 'focus in the proposal').to.equal(true);
      tabbable(panel).at(-1)!.focus();
      await press(el);
      expect(deepActive(), `focus on the columns' Tab stop, not ${describeActive()}`).to.equal(cardButton(el, 'c2'));
      expect(panel.matches(':popover-open'), 'the proposal closed').to.equal(false);
    });

    it(`${dir}: from the form "Rediger" opened (its opener, the card's menu button, the board's last Tab stop) Tab goes on to the page`, async () => {
      const { el, after } = await board(dir);
      cardButton(el, 'c2').focus();
      await menuAction(el, 'c2', 'edit');
      const panel = await placed(el);
      const own = tabbable(panel);
      own[1].focus();
      await press(el);
      expect(deepActive(), 'Tab inside the form stays in it').to.equal(own[2]);
      own.at(-1)!.focus();
      await press(el);
      expect(deepActive(), `focus after the board, not ${describeActive()}`).to.equal(after);
      expect(panel.matches(':popover-open'), 'the form closed').to.equal(false);
    });
  }
});

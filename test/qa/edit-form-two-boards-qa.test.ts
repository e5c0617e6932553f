// QA of af8ca50: two boards on one page share the edit form's chunk; keyboard only. The form's
// preload fails (a lost connection): board A's first edit says so; with the connection back,
// board B's edit loads the form for the page, and A's next edit opens it at once, its notice gone.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { blockDuring, NOTICE, notice, noticeOf, words } from '../helpers/load-failure.js';
import { cardItem, deepActive, frame, pointInto, samplePlan } from '../plan-board/helpers.js';

const requested = async (contains: string): Promise<number> => ((await executeServerCommand('vk-requested', { contains })) as string[]).length;

/** Keyboard only: Enter on the card's menu button, then on the menu's "Rediger" item. */
async function editByKeyboard(el: VkPlanBoard, cardId: string): Promise<void> {
  cardItem(el, cardId).querySelector<HTMLElement>('.menu-button')!.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  const item = el.shadowRoot!.querySelector<HTMLElement>('.vk-popover [data-action="edit"]')!;
  for (let i = 0; i < 10 && deepActive() !== item; i++) await sendKeys({ press: 'ArrowDown' });
  expect(deepActive(), 'the edit item reached by arrows').to.equal(item);
  await sendKeys({ press: 'Enter' });
  for (let i = 0; i < 20; i++) {
    await el.updateComplete;
    await frame();
  }
}
const form = (el: VkPlanBoard): HTMLFormElement | null => el.shadowRoot!.querySelector<HTMLFormElement>('.vk-popover:popover-open .edit-form');

describe('QA: two boards, the edit form chunk, keyboard only', () => {
  blockDuring(['*/card-editor.*']);

  it('A fails and says so; B loads it; A then opens it at once and its notice goes', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><vk-plan-board .value=${samplePlan()}></vk-plan-board><vk-plan-board .value=${samplePlan()}></vk-plan-board></div>`);
    const [a, b] = [...wrap.querySelectorAll<VkPlanBoard>('vk-plan-board')];
    await pointInto(a);
    for (let i = 0; i < 50 && (await requested('card-editor')) === 0; i++) await frame();
    for (let i = 0; i < 5; i++) await frame();

    await editByKeyboard(a, 'c1');
    expect(words(await noticeOf(a))).to.equal(NOTICE);
    expect(form(a)).to.equal(null);
    expect(deepActive(), 'A: focus back on the menu button').to.equal(cardItem(a, 'c1').querySelector('.menu-button'));

    await executeServerCommand('vk-block-urls', { urls: [] });
    await editByKeyboard(b, 'c2');
    expect(form(b), 'B: the form opened').to.not.equal(null);
    expect(deepActive()).to.equal(form(b)?.querySelector('[name="title"]'));
    expect(notice(b)).to.equal(null);
    await sendKeys({ press: 'Escape' });
    await b.updateComplete;
    expect(deepActive(), 'B: Escape, focus back on its menu button').to.equal(cardItem(b, 'c2').querySelector('.menu-button'));

    await editByKeyboard(a, 'c1');
    expect(form(a), 'A: the form opened').to.not.equal(null);
    expect(deepActive()).to.equal(form(a)?.querySelector('[name="title"]'));
    expect(notice(a), 'A: the notice went').to.equal(null);
  });
});

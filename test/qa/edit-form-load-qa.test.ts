// QA of af8ca50 (the board's edit form as a lazy chunk of its own): what the user does while the
// form's chunk is on its way. The preload is blocked (a lost connection), so the first edit is what
// loads it; the connection is back by then, and the load is under way when the user acts again.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { blockDuring, notice } from '../helpers/load-failure.js';
import { cardItem, deepActive, frame, menuAction, openMenu, pointInto, samplePlan } from '../plan-board/helpers.js';

const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;
const requested = async (contains: string): Promise<number> => ((await executeServerCommand('vk-requested', { contains })) as string[]).length;
const escape = (target: Element): boolean => target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
const settle = async (el: VkPlanBoard): Promise<void> => {
  for (let i = 0; i < 10; i++) {
    await el.updateComplete;
    await frame();
  }
};

describe('QA: the board edit form chunk while it loads', () => {
  blockDuring(['*/card-editor.*']);

  it('Escape during the form\'s load: the menu closes onto its button, and the form does not open later', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    await pointInto(el);
    for (let i = 0; i < 50 && (await requested('card-editor')) === 0; i++) await frame();
    // The preload has failed (settled): the next edit asks again.
    await settle(el);
    await executeServerCommand('vk-block-urls', { urls: [] });

    const menu = await openMenu(el, 'c1');
    const edit = menu.querySelector<HTMLElement>('[data-action="edit"]')!;
    edit.focus();
    edit.click(); // the form's chunk is now on its way
    expect(sr(el).querySelector('.edit-form'), 'not there yet').to.equal(null);
    // The user gives up at once: Escape, in the same task (before the chunk can arrive).
    escape(sr(el).activeElement ?? edit);
    await settle(el);
    const button = cardItem(el, 'c1').querySelector('.menu-button');
    expect(sr(el).querySelector('.vk-popover:popover-open .edit-form'), 'the form did not open after Escape').to.equal(null);
    expect(deepActive(), 'focus stays on the menu button').to.equal(button);
    expect(notice(el)).to.equal(null);
    // The chunk came all the same: the next edit opens the form at once, focus in its title.
    await menuAction(el, 'c1', 'edit');
    const form = sr(el).querySelector<HTMLFormElement>('.vk-popover:popover-open .edit-form');
    expect(form, 'the next edit opens the form').to.not.equal(null);
    expect(deepActive()).to.equal(form?.querySelector('[name="title"]'));
  });
});

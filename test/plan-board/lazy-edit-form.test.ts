import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { blockDuring, NOTICE, notice, noticeOf, words } from '../helpers/load-failure.js';
import { cardItem, deepActive, frame, menuAction, pointInto, samplePlan } from './helpers.js';

// The card editor's form is a lazy chunk of its own (card-editor.ts; board-editor.ts `loadForm`),
// preloaded when a board that may be arranged gets its editing UI. Its preload fails here (blocked
// for this page, as a lost connection), so the first edit is what loads it: as the editing UI's,
// a failed load is said and forgotten, and the next edit asks again; once in, the form opens with
// focus in it, and the notice goes. The page's module map keeps a loaded chunk: the steps run in
// one test, before anything else on this page loads the form.
const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;
const requested = async (contains: string): Promise<number> => ((await executeServerCommand('vk-requested', { contains })) as string[]).length;

describe('plan board: the edit form loads on its own', () => {
  blockDuring(['*/card-editor.*']);

  it('a failed form is said, its menu closes onto its button; the next edit loads it, focus in its first field, and the notice goes', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    // The editing UI loads; the form's preload fails, saying nothing (a preload is no use).
    await pointInto(el);
    for (let i = 0; i < 50 && (await requested('card-editor')) === 0; i++) await frame();
    expect(await requested('card-editor'), 'the form was preloaded').to.be.at.least(1);
    expect(notice(el)).to.equal(null);

    await menuAction(el, 'c1', 'edit');
    expect(words(await noticeOf(el))).to.equal(NOTICE);
    expect(sr(el).querySelector('.edit-form')).to.equal(null);
    expect(sr(el).querySelector('.vk-popover:popover-open'), 'the menu closed').to.equal(null);
    expect(deepActive()).to.equal(cardItem(el, 'c1').querySelector('.menu-button'));

    // The connection is back: the next edit asks again, and the board's updateComplete waits for it.
    await executeServerCommand('vk-block-urls', { urls: [] });
    await menuAction(el, 'c1', 'edit');
    const form = sr(el).querySelector<HTMLFormElement>('.vk-popover:popover-open .edit-form');
    expect(form, 'the form opened').to.not.equal(null);
    expect(deepActive()).to.equal(form?.querySelector('[name="title"]'));
    expect(notice(el)).to.equal(null);
  });
});

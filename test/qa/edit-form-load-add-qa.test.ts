// QA of af8ca50 with the fix to its Escape-during-load case (edit-form-load-qa.test.ts): a card
// added from the picture picker still goes straight on to its edit form when the form's chunk is
// only then on its way (its preload failed): the picker closed before the request, and nothing
// else opened while the chunk came, so the form opens, focus in its title.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { blockDuring } from '../helpers/load-failure.js';
import { deepActive, frame, pointInto, samplePlan } from '../plan-board/helpers.js';

const requested = async (contains: string): Promise<number> => ((await executeServerCommand('vk-requested', { contains })) as string[]).length;

describe('QA: a card added while the edit form chunk loads', () => {
  blockDuring(['*/card-editor.*']);

  it('opens its edit form once the chunk is in, focus in the title', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    await pointInto(el);
    for (let i = 0; i < 50 && (await requested('card-editor')) === 0; i++) await frame();
    for (let i = 0; i < 5; i++) await frame();
    await executeServerCommand('vk-block-urls', { urls: [] });
    (el.shadowRoot!.querySelector('.add[data-add="tue"]') as HTMLElement).click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('.picker-option')!.click();
    let form: HTMLFormElement | null = null;
    for (let i = 0; i < 100 && !form; i++) {
      await el.updateComplete;
      await frame();
      form = el.shadowRoot!.querySelector<HTMLFormElement>('.vk-popover:popover-open .edit-form');
    }
    expect(form, 'the new card\u2019s form opened').to.not.equal(null);
    expect(deepActive()).to.equal(form?.querySelector('[name="title"]'));
  });
});

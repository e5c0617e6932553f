// The plan became full (a host value of 1,000 cards) while the picker or a proposal was open:
// choosing a picture, or Send, said "Endringen ble ikke lagret: innholdet ble endret av noen
// andre." (untrue: nobody's edit conflicted; the plan can take no more). Now nothing is added, the
// panel closes with focus back on the button that opened it, and the limit's own reason is said.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/plan-board/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { bigPlan } from './helpers.js';
import { record, recordAnnouncements } from '../helpers/index.js';

const REASON = 'Planen har 1\u00a0000 kort, som er det meste den kan ha.';
const NOT_SAVED = 'Endringen ble ikke lagret: innholdet ble endret av noen andre.';
const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;
const popoverOpen = (el: VkPlanBoard): boolean => !!sr(el).querySelector('.vk-popover:popover-open');

async function board(mode: string): Promise<VkPlanBoard> {
  const el = await fixture<VkPlanBoard>(html`<vk-plan-board lang="nb" mode=${mode} proposals .value=${bigPlan(999)}></vk-plan-board>`);
  await el.updateComplete;
  return el;
}

/** Fills the plan (1,000 cards) under the open panel, then `act`s: nothing added or reported, the reason said (not "not saved"), the panel closed. */
async function refusedWhenFull(el: VkPlanBoard, act: () => Promise<unknown> | void): Promise<void> {
  el.value = bigPlan(1000);
  await el.updateComplete;
  const said = recordAnnouncements(el);
  const changes = record(el, 'vk-change', 'vk-error');
  await act();
  await el.updateComplete;
  await el.updateComplete;
  expect(changes).to.have.length(0);
  expect(el.value!.cards).to.have.length(1000);
  expect(said).to.include(REASON);
  expect(said).to.not.include(NOT_SAVED);
  expect(popoverOpen(el)).to.equal(false);
}

describe('plan board: the plan fills while a panel that adds a card is open', () => {
  it('the picker: choosing a picture adds nothing, says the limit\'s reason, and focus goes back to the "+"', async () => {
    const el = await board('adviser');
    const plus = sr(el).querySelector<HTMLButtonElement>('.add')!;
    plus.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => sr(el).querySelector('.vk-popover .picker-option'), 'the picker opened');
    await refusedWhenFull(el, () => {
      sr(el).querySelector<HTMLElement>('.vk-popover .picker-option')!.focus();
      return sendKeys({ press: 'Enter' });
    });
    const back = sr(el).activeElement as HTMLElement | null;
    expect(back?.classList.contains('add'), 'focus on a "+"').to.equal(true);
    expect(back?.dataset.column ?? back?.closest('[data-column]')?.getAttribute('data-column')).to.equal(plus.dataset.column ?? plus.closest('[data-column]')?.getAttribute('data-column'));
    expect(back?.getAttribute('aria-disabled')).to.equal('true');
  });

  it('a proposal: Send adds nothing, says the limit\'s reason, and focus goes back to "Foreslå et kort"', async () => {
    const el = await board('participant');
    sr(el).querySelector<HTMLButtonElement>('.propose')!.click();
    await waitUntil(() => sr(el).querySelector('.vk-popover .picker-option'), 'the proposal opened');
    sr(el).querySelector<HTMLElement>('.vk-popover .picker-option')!.click();
    await el.updateComplete;
    sr(el).querySelector<HTMLElement>('.vk-popover .day-option[data-column="tue"]')!.click();
    await el.updateComplete;
    await refusedWhenFull(el, () => sr(el).querySelector<HTMLElement>('.vk-popover .send')!.click());
    expect(sr(el).activeElement?.classList.contains('propose'), 'focus on "Foreslå et kort"').to.equal(true);
  });
});

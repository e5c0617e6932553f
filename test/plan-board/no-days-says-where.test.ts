/**
 * QA pass 57 (a new participant from nothing): a plan with no days said only "Planen har ingen
 * dager ennå." and the board has no operation that adds a day (the days are the host's). In adviser
 * mode it now also says where the days come from; a participant still reads the one short sentence.
 * The message keeps its place as where focus rests (tabindex -1, not a Tab stop).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';

const noDays = { version: 1 as const, columns: [], cards: [] };
const message = (el: VkPlanBoard): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>('[part="no-days"]')!;

describe('plan board: a plan with no days says what to do', () => {
  it('adviser mode: the message says the days come from the case system', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board lang="nb" .value=${noDays}></vk-plan-board>`);
    expect(message(el).textContent!.trim()).to.equal('Planen har ingen dager ennå. Dagene legges inn i fagsystemet.');
    expect(message(el).tabIndex, 'where focus rests, not a Tab stop').to.equal(-1);
  });

  it('participant mode: only the short sentence', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board lang="nb" mode="participant" .value=${noDays}></vk-plan-board>`);
    expect(message(el).textContent!.trim()).to.equal('Planen har ingen dager ennå.');
  });
});

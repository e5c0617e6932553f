// QA of 225f9f2 (an emptied participant field removes the fallback it showed) and ee5015e (a
// participant line marked with its entry's language): Ctrl+Z and Ctrl+Y after the removal, and the
// line's `lang` each time. A Dari (prs) participant's Persian fallback is marked `fa`.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanCard, PlanDocument } from '../../src/plan-board/plan-board.types.js';
import { cardItem, menuAction, samplePlan } from '../plan-board/helpers.js';

const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;
const second = (el: VkPlanBoard): HTMLElement | null => cardItem(el, 'c1').querySelector<HTMLElement>('[part~="text-second"]');
const title = (el: VkPlanBoard): unknown => (el.value as PlanDocument).cards.find((c) => c.id === 'c1')?.title;

function plan(participantLanguage: string, card: Partial<PlanCard>): PlanDocument {
  const doc = samplePlan();
  return { ...doc, participantLanguage, cards: doc.cards.map((c) => (c.id === 'c1' ? { ...c, ...card } : c)) };
}

async function emptySecondTitle(el: VkPlanBoard): Promise<string> {
  await menuAction(el, 'c1', 'edit');
  const field = sr(el).querySelector<HTMLInputElement>('.edit-form [name="title2"]')!;
  const shown = field.value;
  field.value = '';
  sr(el).querySelector<HTMLFormElement>('.edit-form')!.requestSubmit();
  await el.updateComplete;
  return shown;
}

describe('QA: an emptied Dari field that showed the Persian fallback, then undo and redo', () => {
  it('the line is marked fa; emptied it goes; Ctrl+Z brings it back marked fa; Ctrl+Y takes it away again', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${plan('prs', { title: { nb: 'Lege', fa: 'پزشک' } })}></vk-plan-board>`);
    expect(second(el)?.textContent?.trim()).to.equal('پزشک');
    expect(second(el)?.closest('[lang]')?.getAttribute('lang'), 'the Persian entry is marked fa, not prs').to.equal('fa');
    expect(await emptySecondTitle(el)).to.equal('پزشک');
    expect(title(el)).to.deep.equal({ nb: 'Lege' });
    expect(second(el)).to.equal(null);

    el.undo();
    await el.updateComplete;
    expect(title(el)).to.deep.equal({ nb: 'Lege', fa: 'پزشک' });
    expect(second(el)?.textContent?.trim()).to.equal('پزشک');
    expect(second(el)?.closest('[lang]')?.getAttribute('lang')).to.equal('fa');

    el.redo();
    await el.updateComplete;
    expect(title(el)).to.deep.equal({ nb: 'Lege' });
    expect(second(el)).to.equal(null);

    // The form opened again after the undo shows the fallback once more, in an input marked prs (what is typed there is Dari).
    el.undo();
    await el.updateComplete;
    await menuAction(el, 'c1', 'edit');
    const field = sr(el).querySelector<HTMLInputElement>('.edit-form [name="title2"]')!;
    expect(field.value).to.equal('پزشک');
  });

  it('a card with both a Dari and a Persian title: the field shows the Dari one; emptied, which entries go', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${plan('prs', { title: { nb: 'Lege', prs: 'داکتر', fa: 'پزشک' } })}></vk-plan-board>`);
    expect(second(el)?.closest('[lang]')?.getAttribute('lang')).to.equal('prs');
    expect(await emptySecondTitle(el)).to.equal('داکتر');
    // Documented (225f9f2, plan-board.md): every entry the field reads goes, the Persian one too,
    // though the field never showed it; the card has no participant line left.
    expect(title(el)).to.deep.equal({ nb: 'Lege' });
    expect(second(el)).to.equal(null);
  });
});

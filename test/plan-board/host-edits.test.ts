import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanOperation } from '../../src/plan-board/plan-board.types.js';
import { record } from '../helpers/index.js';
import { cardButton, deepActive, drag, frame, keys, menuAction, renderedOrder, samplePlan } from './helpers.js';

const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;
const operations = (events: Array<{ type: string; detail: unknown }>): PlanOperation[] =>
  events.filter((e) => e.type === 'vk-change').map((e) => (e.detail as { operation: PlanOperation }).operation);

/** The sample plan with card c1 changed by "someone else". */
function changedByHost(): ReturnType<typeof samplePlan> {
  const doc = samplePlan();
  return { ...doc, cards: doc.cards.map((c) => (c.id === 'c1' ? { ...c, time: '10:00', title: { nb: 'Norsk B1', ar: 'دورة اللغة النرويجية' } } : c)) };
}

/** A board whose card c1 is open in the edit form with "Rom 4" typed as its place, then a host value that changed c1. */
async function typedThenHostChanged(): Promise<VkPlanBoard> {
  const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
  await menuAction(el, 'c1', 'edit');
  (sr(el).querySelector('.edit-form [name="place"]') as HTMLInputElement).value = 'Rom 4';
  el.value = changedByHost();
  await el.updateComplete;
  return el;
}

describe('plan board: host edits while the user edits', () => {
  it('a host value changing the card being edited keeps the typing and shows a notice, never silent loss', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    await menuAction(el, 'c1', 'edit');
    const place = sr(el).querySelector('.edit-form [name="place"]') as HTMLInputElement;
    place.value = 'Rom 4';
    el.value = changedByHost();
    await el.updateComplete;
    const form = sr(el).querySelector('.edit-form') as HTMLFormElement;
    expect(form, 'the form stays open').to.not.equal(null);
    expect((form.querySelector('[name="place"]') as HTMLInputElement).value).to.equal('Rom 4');
    const notice = form.querySelector('.notice') as HTMLElement;
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(notice.textContent).to.contain('Kortet ble endret av noen andre');
    expect(notice.querySelector('.keep-mine')?.textContent).to.contain('Behold mine endringer');
    expect(notice.querySelector('.use-theirs')?.textContent).to.contain('Bruk de nye');
  });

  it('"behold mine endringer" then Save applies the user\'s fields over the host\'s new card', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    const events = record(el, 'vk-change');
    await menuAction(el, 'c1', 'edit');
    (sr(el).querySelector('.edit-form [name="place"]') as HTMLInputElement).value = 'Rom 4';
    el.value = changedByHost();
    await el.updateComplete;
    (sr(el).querySelector('.notice .keep-mine') as HTMLElement).click();
    await el.updateComplete;
    expect(sr(el).querySelector('.notice')).to.equal(null);
    (sr(el).querySelector('.edit-form') as HTMLFormElement).requestSubmit();
    await el.updateComplete;
    expect(operations(events)).to.deep.equal([{ type: 'card.update', cardId: 'c1', changes: { place: 'Rom 4' } }]);
    const card = el.value?.cards.find((c) => c.id === 'c1');
    expect(card).to.deep.include({ time: '10:00', place: 'Rom 4', title: { nb: 'Norsk B1', ar: 'دورة اللغة النرويجية' } });
  });

  it('"behold mine endringer" pressed with Enter keeps the form open, the typing and focus in the form', async () => {
    const el = await typedThenHostChanged();
    (sr(el).querySelector('.notice .keep-mine') as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    for (let i = 0; i < 4; i++) await frame();
    const form = sr(el).querySelector('.edit-form') as HTMLFormElement | null;
    expect(form, 'the form stays open').to.not.equal(null);
    expect((form!.querySelector('[name="place"]') as HTMLInputElement).value).to.equal('Rom 4');
    expect(form!.contains(deepActive()), `focus in the form, not on ${deepActive()?.outerHTML.slice(0, 60)}`).to.equal(true);
  });

  it('"bruk de nye" shows the host\'s version in the form', async () => {
    const el = await typedThenHostChanged();
    (sr(el).querySelector('.notice .use-theirs') as HTMLElement).click();
    await el.updateComplete;
    await el.updateComplete;
    const form = sr(el).querySelector('.edit-form') as HTMLFormElement;
    expect((form.querySelector('[name="title"]') as HTMLInputElement).value).to.equal('Norsk B1');
    expect((form.querySelector('[name="time"]') as HTMLInputElement).value).to.equal('10:00');
    expect((form.querySelector('[name="place"]') as HTMLInputElement).value).to.equal('');
    expect(form.querySelector('.notice')).to.equal(null);
  });

  it('a host value removing the card being edited says so and keeps the form until the user closes it', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    await menuAction(el, 'c1', 'edit');
    const doc = samplePlan();
    el.value = { ...doc, cards: doc.cards.filter((c) => c.id !== 'c1') };
    await el.updateComplete;
    expect(sr(el).querySelector('.notice')?.textContent).to.contain('fjernet');
    (sr(el).querySelector('.edit-form .cancel') as HTMLElement).click();
    await el.updateComplete;
    await frame();
    expect(sr(el).querySelector('.edit-form')).to.equal(null);
    expect(document.activeElement).to.not.equal(document.body);
  });

  it('an edit that is not from the host (our own recording, an undo) shows no notice', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    (sr(el).querySelector('.card[data-card="c1"] .done-toggle') as HTMLElement).click();
    await el.updateComplete;
    await menuAction(el, 'c1', 'edit');
    el.undo();
    await el.updateComplete;
    expect(sr(el).querySelector('.edit-form')).to.not.equal(null);
    expect(sr(el).querySelector('.notice')).to.equal(null);
  });

  it('a new host value cancels a keyboard move and a pointer drag: nothing fires, focus stays on the card', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    const events = record(el, 'vk-change');
    cardButton(el, 'c1').focus();
    await keys(el, ' ', 'ArrowRight');
    el.value = changedByHost();
    await el.updateComplete;
    await frame();
    expect(renderedOrder(el).mon).to.deep.equal(['c1', 'c2', 'c3']);
    expect((deepActive() as HTMLElement).dataset.key).to.equal('c1');
    await keys(el, ' ');
    // Space now picks up again (the old move is gone): nothing committed.
    await keys(el, 'Escape');
    const target = sr(el).querySelector('.column[data-column="wed"]') as HTMLElement;
    const r = target.getBoundingClientRect();
    await drag(el, 'c2', { x: r.left + r.width / 2, y: r.top + 40 }, 'none');
    el.value = samplePlan();
    await el.updateComplete;
    cardButton(el, 'c2').dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true, pointerId: 7, clientX: r.left + 10, clientY: r.top + 40 }));
    await el.updateComplete;
    expect(events).to.have.length(0);
    expect(sr(el).querySelector('.ghost')).to.equal(null);
  });
});

/**
 * Round-2 QA, 7 Dec 2026 (F1, F2): a card form closed by a press outside keeps its typing for the card's next form ("Ikke
 * lagret"), but any change to the card since threw it away without a word: the user's own tap on that card's Ferdig (the press
 * that closed the form), or a host value changing only the card's Arabic title. Now the draft stays with its card; its fields
 * the user did not change show the card as it is now, and where a field they changed was changed too, the next form says
 * "Kortet ble endret av noen andre." with both choices, as an open form does (issue 13: never silent loss).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanCard, PlanDocument } from '../../src/plan-board/plan-board.types.js';
import { settle } from '../helpers/index.js';
import { cardItem, deepActive, menuAction, placed, samplePlan } from './helpers.js';

const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;
const field = (el: VkPlanBoard, name: string): HTMLInputElement => sr(el).querySelector<HTMLInputElement>(`.edit-form [name="${name}"]`)!;
const c1 = (el: VkPlanBoard): PlanCard => el.value!.cards.find((c) => c.id === 'c1')!;
const notice = (el: VkPlanBoard): string | null => sr(el).querySelector('.edit-form .notice')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

async function board(): Promise<VkPlanBoard> {
  const el = await fixture<VkPlanBoard>(html`<vk-plan-board style="inline-size: 1100px" .value=${samplePlan()}></vk-plan-board>`);
  await el.updateComplete;
  return el;
}

async function click(target: Element): Promise<void> {
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

/** Opens c1's form, types after its title, and presses `outside` (the form closes, its typing kept). */
async function draft(el: VkPlanBoard, outside: () => Element): Promise<void> {
  await menuAction(el, 'c1', 'edit');
  await placed(el);
  expect(deepActive(), 'focus in the title').to.equal(field(el, 'title'));
  await sendKeys({ type: ' med tolk' });
  await click(outside());
  await settle(el);
  expect(sr(el).querySelector('.edit-form'), 'the press closed the form').to.equal(null);
}

/** c1 in a copy of the board's value, changed by `change`: what a host sets. */
function withC1(el: VkPlanBoard, change: Partial<PlanCard>): PlanDocument {
  const doc = structuredClone(el.value!) as PlanDocument;
  return { ...doc, cards: doc.cards.map((c) => (c.id === 'c1' ? { ...c, ...change } : c)) };
}

async function reopen(el: VkPlanBoard): Promise<void> {
  await menuAction(el, 'c1', 'edit');
  await placed(el);
}

describe('plan board: a kept card draft when its card changes', () => {
  afterEach(() => resetMouse());

  it('the press on the same card\'s Ferdig: the draft comes back with the card done, no notice, and Save keeps both', async () => {
    const el = await board();
    await draft(el, () => cardItem(el, 'c1').querySelector('.done-toggle')!);
    expect(c1(el).done, 'the toggle landed').to.equal(true);
    await reopen(el);
    expect(sr(el).querySelector('#unsaved-note')?.textContent).to.equal('Ikke lagret');
    expect(field(el, 'title').value).to.equal('Norskkurs med tolk');
    expect(field(el, 'done').checked, 'Ferdig as the card is now').to.equal(true);
    expect(notice(el), 'nothing the draft changed was changed').to.equal(null);
    (sr(el).querySelector('.edit-form button[type="submit"]') as HTMLButtonElement).click();
    await settle(el);
    expect(c1(el).title).to.deep.equal({ nb: 'Norskkurs med tolk', ar: 'دورة اللغة النرويجية' });
    expect(c1(el).done).to.equal(true);
  });

  it('a host value changing another field (the Arabic title): the draft comes back with the new Arabic title, no notice', async () => {
    const el = await board();
    await draft(el, () => cardItem(el, 'c2'));
    el.value = withC1(el, { title: { nb: 'Norskkurs', ar: 'دورة نرويجية' } });
    await settle(el);
    await reopen(el);
    expect(sr(el).querySelector('#unsaved-note')?.textContent).to.equal('Ikke lagret');
    expect(field(el, 'title').value).to.equal('Norskkurs med tolk');
    expect(field(el, 'title2').value).to.equal('دورة نرويجية');
    expect(notice(el)).to.equal(null);
    (sr(el).querySelector('.edit-form button[type="submit"]') as HTMLButtonElement).click();
    await settle(el);
    expect(c1(el).title).to.deep.equal({ nb: 'Norskkurs med tolk', ar: 'دورة نرويجية' });
  });

  it('a host value changing the field the draft changed: the next form says so; "Behold mine endringer" then Save writes the typing', async () => {
    const el = await board();
    await draft(el, () => cardItem(el, 'c2'));
    el.value = withC1(el, { title: { nb: 'Norsk B1', ar: 'دورة اللغة النرويجية' }, time: '10:00' });
    await settle(el);
    await reopen(el);
    expect(notice(el)).to.include('Kortet ble endret av noen andre.');
    expect(field(el, 'title').value, 'the typing shown').to.equal('Norskkurs med tolk');
    expect(field(el, 'time').value, 'a field not typed in: the card\'s now').to.equal('10:00');
    (sr(el).querySelector('.edit-form .keep-mine') as HTMLButtonElement).click();
    await settle(el);
    expect(notice(el)).to.equal(null);
    (sr(el).querySelector('.edit-form button[type="submit"]') as HTMLButtonElement).click();
    await settle(el);
    expect(c1(el).title).to.deep.include({ nb: 'Norskkurs med tolk' });
    expect(c1(el).time).to.equal('10:00');
  });

  it('"Bruk de nye" in that form shows the card\'s new text and ends the draft', async () => {
    const el = await board();
    await draft(el, () => cardItem(el, 'c2'));
    el.value = withC1(el, { title: { nb: 'Norsk B1', ar: 'دورة اللغة النرويجية' } });
    await settle(el);
    await reopen(el);
    (sr(el).querySelector('.edit-form .use-theirs') as HTMLButtonElement).click();
    await settle(el);
    expect(field(el, 'title').value).to.equal('Norsk B1');
    expect(sr(el).querySelector('#unsaved-note'), 'no unsaved typing left').to.equal(null);
  });

  it('the card removed: the draft goes with it (the same id added again opens plain)', async () => {
    const el = await board();
    await draft(el, () => cardItem(el, 'c2'));
    const before = structuredClone(el.value!) as PlanDocument;
    el.value = { ...before, cards: before.cards.filter((c) => c.id !== 'c1') };
    await settle(el);
    el.value = before;
    await settle(el);
    await reopen(el);
    expect(field(el, 'title').value).to.equal('Norskkurs');
    expect(sr(el).querySelector('#unsaved-note')).to.equal(null);
  });
});

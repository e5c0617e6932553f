/**
 * QA pass 57, F9: "14:00-13:00" typed in a card's "Tid" was saved as a night shift (docs/plan-board.md: a range that ends
 * before it starts ends the next day) without a word. The calendar's plan dialog says "En slutt før start betyr at økten
 * slutter neste dag."; the card form now says so under the field, as part of its description, from the moment such a
 * range is typed (in any digits the field reads), and no more once it is not.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { settle } from '../helpers/index.js';
import { menuAction, placed, samplePlan } from './helpers.js';

const HINT = 'slutter neste dag';
const field = (el: VkPlanBoard): HTMLInputElement => el.shadowRoot!.querySelector<HTMLInputElement>('.edit-form [name="time"]')!;
/** The field's description as shown: the text of what aria-describedby names, hidden parts left out. */
const description = (input: HTMLInputElement): string =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => (input.getRootNode() as ShadowRoot).getElementById(id)?.innerText ?? '')
    .join(' ');

async function form(time?: string): Promise<{ el: VkPlanBoard; input: HTMLInputElement }> {
  const sample = samplePlan();
  const plan = time ? { ...sample, cards: sample.cards.map((c) => (c.id === 'c1' ? { ...c, time } : c)) } : sample;
  const el = await fixture<VkPlanBoard>(html`<vk-plan-board style="inline-size: 1100px" .value=${plan}></vk-plan-board>`);
  await el.updateComplete;
  await menuAction(el, 'c1', 'edit');
  await placed(el);
  return { el, input: field(el) };
}

async function typeTime(el: VkPlanBoard, input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  input.select();
  await sendKeys({ type: text });
  await settle(el);
}

describe('plan board: the card form says a time range ending before it starts ends the next day', () => {
  it('typed "14:00-13:00": the hint shows under "Tid" and describes the field; "14:00-15:00" takes it away', async () => {
    const { el, input } = await form();
    expect(description(input), 'not for the card’s 09:00-11:30').not.to.contain(HINT);
    await typeTime(el, input, '14:00-13:00');
    expect(description(input)).to.contain(HINT);
    const hint = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.edit-form *')].find((e) => e.childElementCount <= 1 && e.innerText?.includes(HINT));
    expect(hint?.checkVisibility(), 'shown').to.equal(true);
    await typeTime(el, input, '14:00-15:00');
    expect(description(input)).not.to.contain(HINT);
  });

  it('in Persian digits and with a full stop ("۱۴.۰۰-۱۳.۰۰"), as the field reads them', async () => {
    const { el, input } = await form();
    await typeTime(el, input, '۱۴.۰۰-۱۳.۰۰');
    expect(description(input)).to.contain(HINT);
  });

  it('a card whose time is a night shift ("22:00-06:00") shows it as the form opens', async () => {
    const { input } = await form('22:00-06:00');
    expect(description(input)).to.contain(HINT);
  });

  it('an invalid range is asked again, with no hint: Save shows the format error only', async () => {
    const { el, input } = await form();
    await typeTime(el, input, '25:00-13:00');
    expect(description(input)).not.to.contain(HINT);
    (el.shadowRoot!.querySelector('.edit-form button[type="submit"]') as HTMLButtonElement).click();
    await settle(el);
    expect(description(field(el))).to.contain('Skriv tiden som');
  });

  it('Save after an error elsewhere (an empty title) keeps the hint with the typed night range', async () => {
    const { el, input } = await form();
    await typeTime(el, input, '14:00-13:00');
    const title = el.shadowRoot!.querySelector<HTMLInputElement>('.edit-form [name="title"]')!;
    title.focus();
    title.select();
    await sendKeys({ press: 'Backspace' });
    (el.shadowRoot!.querySelector('.edit-form button[type="submit"]') as HTMLButtonElement).click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('#title-error'), 'the title’s error').to.not.equal(null);
    expect(description(field(el))).to.contain(HINT);
  });
});

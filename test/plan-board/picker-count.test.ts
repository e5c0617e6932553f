import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { samplePlan } from './helpers.js';

// A screen-reader user searching the pictures heard "1 bilder" from the picker's live region. The
// count is now said with a word that reads right for every number ("1 treff", "5 treff"; en
// "1 found"): no second message, so the lazy editing chunk stays within 10 KB.
async function openPicker(lang = 'nb'): Promise<VkPlanBoard> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}><vk-plan-board .value=${samplePlan()}></vk-plan-board></div>`);
  const el = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
  await el.updateComplete;
  (el.shadowRoot!.querySelector('.add[data-add="tue"]') as HTMLElement).click();
  await el.updateComplete;
  (el.shadowRoot!.querySelector('.vk-popover input[type="search"]') as HTMLInputElement).focus();
  return el;
}

const status = (el: VkPlanBoard): string => el.shadowRoot!.querySelector('.vk-popover [role="status"]')?.textContent ?? '';
const options = (el: VkPlanBoard): number => el.shadowRoot!.querySelectorAll('.vk-popover .picker-option').length;

async function search(el: VkPlanBoard, text: string): Promise<void> {
  const input = el.shadowRoot!.querySelector('.vk-popover input[type="search"]') as HTMLInputElement;
  input.value = '';
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('plan board picker: the status count reads right for one match and for many', () => {
  afterEach(() => setLocale('nb'));

  it('"1 treff" when one picture matches, "N treff" for more, "0 treff" for none', async () => {
    const el = await openPicker();
    await search(el, 'tannlege');
    expect(options(el)).to.equal(1);
    expect(status(el)).to.equal('1 treff');
    await search(el, 'kurs');
    expect(options(el)).to.be.greaterThan(1);
    expect(status(el)).to.equal(`${options(el)} treff`);
    await search(el, 'zzzz');
    expect(status(el)).to.equal('0 treff');
  });

  it('English: "1 found", "0 found"', async () => {
    await setLocale('en');
    const el = await openPicker('en');
    await search(el, 'dentist');
    expect(options(el)).to.equal(1);
    expect(status(el)).to.equal('1 found');
    await search(el, 'zzzz');
    expect(status(el)).to.equal('0 found');
  });
});

// QA (7 Dec 2026): opening the participant's proposal dialog announced "عدد النتائج: 76", a search
// count, to someone who only picks a picture (there is no search there). The adviser's searchable
// picker keeps its count (above); the proposal's pictures have none.
describe('plan board picker: the proposal dialog says no search count', () => {
  it('no live count among the proposal\'s pictures; the adviser\'s picker has it', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" proposals .value=${samplePlan()}></vk-plan-board>`);
    (el.shadowRoot!.querySelector('.propose') as HTMLElement).click();
    await waitUntil(() => el.shadowRoot!.querySelector('.vk-popover .picker-option'), 'the proposal dialog');
    await el.updateComplete;
    const popover = el.shadowRoot!.querySelector('.vk-popover')!;
    expect(popover.querySelectorAll('.picker-option').length).to.be.greaterThan(1);
    expect([...popover.querySelectorAll('[role="status"], [aria-live]')].map((n) => n.textContent?.trim()).filter((t) => /treff/.test(t ?? ''))).to.deep.equal([]);
    const adviser = await openPicker();
    expect(status(adviser)).to.match(/^\d+ treff$/);
  });
});

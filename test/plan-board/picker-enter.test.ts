import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { record } from '../helpers/index.js';
import { samplePlan } from './helpers.js';

// An adviser's first day: she typed "tannlege", saw one picture left and pressed Enter; nothing
// happened, and she had to Tab to the picture. Enter in the search field picks the one picture.
const openPicker = async (): Promise<{ el: VkPlanBoard; search: HTMLInputElement; changes: Array<{ type: string; detail: unknown }> }> => {
  const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
  const changes = record(el, 'vk-change');
  (el.shadowRoot!.querySelector('.add[data-add="tue"]') as HTMLElement).click();
  await el.updateComplete;
  const search = el.shadowRoot!.querySelector('.vk-popover input[type="search"]') as HTMLInputElement;
  search.focus();
  return { el, search, changes };
};

describe('plan board picker: Enter in the search field', () => {
  it('picks the picture when one is left, as a click on it does', async () => {
    const { el, changes } = await openPicker();
    await sendKeys({ type: 'tannlege' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.picker-option').length).to.equal(1);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(changes).to.have.length(1);
    expect((changes[0].detail as { operation: { type: string; card: { pictogram: string } } }).operation).to.deep.include({ type: 'card.add' });
    expect((changes[0].detail as { operation: { card: { pictogram: string } } }).operation.card.pictogram).to.equal('vk:dentist');
  });

  it('does nothing while several pictures match, or none', async () => {
    const { el, search, changes } = await openPicker();
    await sendKeys({ type: 'kurs' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.picker-option').length).to.be.greaterThan(1);
    await sendKeys({ press: 'Enter' });
    search.value = '';
    await sendKeys({ type: 'zzzz' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(changes).to.have.length(0);
    expect(el.shadowRoot!.activeElement).to.equal(search);
  });
});

// An input method (Tigrinya, Arabic, Chinese…) composes a word and Enter confirms it. Chromium
// marks that Enter `isComposing`; Safari ends the composition first and sends the Enter with
// `isComposing` false but keyCode 229 ("processed by the IME"). The Enter that only confirms a
// composed word must not pick: she had not finished typing, and a card she did not choose was added.
describe('plan board picker: an Enter that confirms an input method composition', () => {
  for (const [name, init] of [
    ['isComposing (Chromium, Firefox)', { isComposing: true }],
    ['keyCode 229 after compositionend (Safari)', { keyCode: 229 }],
  ] as const) {
    it(`picks nothing: ${name}`, async () => {
      const { el, search, changes } = await openPicker();
      await sendKeys({ type: 'tannlege' });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('.picker-option').length).to.equal(1);
      const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true, ...init });
      expect(enter.keyCode, 'the test event carries what the browser sends').to.equal('keyCode' in init ? 229 : 0);
      search.dispatchEvent(enter);
      await el.updateComplete;
      expect(changes).to.have.length(0);
      expect(enter.defaultPrevented).to.equal(false);
    });
  }
});

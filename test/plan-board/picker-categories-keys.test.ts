import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { setLocale } from '../../src/core/localize.js';
import { deepActive, samplePlan } from './helpers.js';

// A participant proposing a card by keyboard Tabbed through eight category buttons before reaching
// the pictures. The categories are one Tab stop now, a toolbar (WAI-ARIA APG): Tab enters at the
// chosen category, ← → move between them (flipped right to left), Home/End the first/last, Enter or
// Space chooses, and the next Tab goes on to the pictures.
describe('plan board proposal: the picture categories are one Tab stop', () => {
  afterEach(() => setLocale('nb'));

  for (const lang of ['nb', 'ar'] as const) {
    it(`${lang}: Tab enters at the chosen category, arrows move, Enter chooses, Tab goes on to the pictures`, async () => {
      await setLocale(lang);
      const dir = lang === 'ar' ? 'rtl' : 'ltr';
      const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir}><vk-plan-board .value=${samplePlan()} mode="participant" proposals></vk-plan-board></div>`);
      const el = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLElement>('.propose')!.click();
      await waitUntil(() => el.shadowRoot?.querySelector('.vk-popover[data-positioned="true"] .picker-option'), 'the picker opens', { timeout: 5000 });
      const toolbar = el.shadowRoot!.querySelector<HTMLElement>('.picker-categories')!;
      expect(toolbar.getAttribute('role')).to.equal('toolbar');
      const chips = (): HTMLElement[] => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.category-chip'));
      expect(deepActive(), 'focus starts at the chosen category, "all"').to.equal(chips()[0]);
      expect(chips().map((c) => c.tabIndex)).to.deep.equal([0, -1, -1, -1, -1, -1, -1, -1]);
      const next = lang === 'ar' ? 'ArrowLeft' : 'ArrowRight';
      const previous = lang === 'ar' ? 'ArrowRight' : 'ArrowLeft';
      await sendKeys({ press: next });
      expect(deepActive()).to.equal(chips()[1]);
      await sendKeys({ press: 'End' });
      expect(deepActive()).to.equal(chips()[7]);
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: next });
      await sendKeys({ press: next });
      await sendKeys({ press: previous });
      expect(deepActive()).to.equal(chips()[1]);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(chips()[1]!.getAttribute('aria-pressed')).to.equal('true');
      expect(chips().map((c) => c.tabIndex), 'the chosen category is the Tab stop').to.deep.equal([-1, 0, -1, -1, -1, -1, -1, -1]);
      await sendKeys({ press: 'Tab' });
      expect((deepActive() as HTMLElement).classList.contains('picker-option'), 'one Tab from the categories to the pictures').to.equal(true);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(deepActive(), 'back: the chosen category').to.equal(chips()[1]);
    });
  }

  it('the days are one Tab stop too: Tab enters at the chosen day, arrows move, Enter chooses, Tab goes on', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><vk-plan-board .value=${samplePlan()} mode="participant" proposals></vk-plan-board></div>`);
    const el = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('.propose')!.click();
    await waitUntil(() => el.shadowRoot?.querySelector('.vk-popover[data-positioned="true"] .picker-option'), 'the picker opens', { timeout: 5000 });
    el.shadowRoot!.querySelector<HTMLElement>('.picker-option')!.click();
    await waitUntil(() => el.shadowRoot?.querySelector('.day-option'), 'the days', { timeout: 5000 });
    await el.updateComplete;
    const days = (): HTMLElement[] => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.day-option'));
    expect(deepActive(), 'focus on the chosen day (the board\'s current one)').to.equal(days()[0]);
    expect(days().map((d) => d.tabIndex)).to.deep.equal([0, -1, -1]);
    await sendKeys({ press: 'End' });
    expect(deepActive()).to.equal(days()[2]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(days()[2]!.getAttribute('aria-pressed')).to.equal('true');
    expect(days().map((d) => d.tabIndex), 'the chosen day is the Tab stop').to.deep.equal([-1, -1, 0]);
    await sendKeys({ press: 'Tab' });
    expect((deepActive() as HTMLElement).classList.contains('day-option'), 'one Tab from the days to what follows').to.equal(false);
  });
});

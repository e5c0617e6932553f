import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import { createBranchLadder } from '../../src/presets/ladder/kitchen.js';
import { createWorkOrientedCourseSteps } from '../../src/presets/steps.js';
import { createAminaPlan } from '../../src/presets/plan.js';
import { wordsOnTwoLines } from '../a11y/layout-checks.js';

// A 320 px phone at 200 % text (root 32 px) whose page keeps 33 px margins each side, as the demo's
// does: the widget gets 254 px, 7.9em. Its titles' long words did not fit even at word-fit's 0.75
// (core/word-fit.ts) and split: a participant card's "Samfunnsku|nnskap", the ladder's
// "oppvaskmas|kinen", the tracker's "samarbeidspar|tnere" and its uk heading's "орієнтован|ого".

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
type Widget = HTMLElement & { updateComplete: Promise<unknown> };
const settle = async (el: Widget): Promise<void> => {
  await document.fonts.ready;
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await frame();
  }
};

/** The font size of the element showing `word`, in px. */
function sizeOf(root: ShadowRoot, word: string): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent!.split(/\s+/u).includes(word)) return parseFloat(getComputedStyle(node.parentElement!).fontSize);
  throw new Error(`no "${word}"`);
}

async function narrow(template: unknown): Promise<Widget> {
  await setViewport({ width: 320, height: 800 });
  document.documentElement.style.fontSize = '32px';
  // the test page's body has 8 px margins: 8 + 17 + 8 = 33 px each side
  const host = await fixture<HTMLElement>(html`<div style="margin: 0 17px; padding: 0 8px">${template}</div>`);
  const el = host.firstElementChild as Widget;
  await settle(el);
  expect(el.getBoundingClientRect().width, 'the widget 254 px wide').to.be.closeTo(254, 1);
  return el;
}

describe('a long word stays whole in a 254 px widget at 200 % text (a 320 px phone, page margins)', () => {
  afterEach(async () => {
    document.documentElement.style.removeProperty('font-size');
    await setLocale('nb');
    await setViewport({ width: 800, height: 600 });
  });

  for (const mode of ['participant', 'adviser']) {
    it(`plan board (${mode}): no card word split, "Samfunnskunnskap" at 16 px or more`, async function () {
      this.timeout(20000);
      const el = await narrow(html`<vk-plan-board mode=${mode} .value=${{ ...createAminaPlan(), participantLanguage: 'ar' }}></vk-plan-board>`);
      const root = el.shadowRoot!;
      const failures: string[] = [];
      for (const tab of Array.from(root.querySelectorAll<HTMLElement>('[role="tab"]'))) {
        tab.click();
        await settle(el);
        failures.push(...wordsOnTwoLines(root).map((w) => `${tab.textContent!.trim()}: ${w}`));
        if (root.querySelector('.card-text')?.textContent!.includes('Samfunnskunnskap')) expect(sizeOf(root, 'Samfunnskunnskap')).to.be.at.least(16);
      }
      expect(failures, failures.join('\n')).to.deep.equal([]);
    });

    it(`task ladder (${mode}): no word split ("oppvaskmaskinen")`, async () => {
      const el = await narrow(html`<vk-task-ladder mode=${mode} .value=${createBranchLadder({ participantLanguage: 'ar' })}></vk-task-ladder>`);
      expect(wordsOnTwoLines(el.shadowRoot!)).to.deep.equal([]);
      expect(sizeOf(el.shadowRoot!, 'oppvaskmaskinen')).to.be.at.least(16);
    });

    it(`step tracker (${mode}): no word split ("samarbeidspartnere"; the uk heading's "орієнтованого")`, async () => {
      const el = await narrow(html`<vk-step-tracker mode=${mode} .value=${createWorkOrientedCourseSteps()}></vk-step-tracker>`);
      expect(wordsOnTwoLines(el.shadowRoot!)).to.deep.equal([]);
      expect(sizeOf(el.shadowRoot!, 'samarbeidspartnere')).to.be.at.least(16);
      await setLocale('uk');
      const uk = await narrow(html`<vk-step-tracker mode=${mode} .value=${createWorkOrientedCourseSteps()}></vk-step-tracker>`);
      expect(uk.shadowRoot!.querySelector('.title')!.textContent).to.contain('орієнтованого');
      expect(wordsOnTwoLines(uk.shadowRoot!)).to.deep.equal([]);
    });
  }

  it('at 100 % text in the same host nothing is made smaller', async () => {
    const el = await narrow(html`<vk-plan-board mode="participant" .value=${createAminaPlan()}></vk-plan-board>`);
    document.documentElement.style.fontSize = '16px';
    await settle(el);
    const text = el.shadowRoot!.querySelector<HTMLElement>('.card-text .vk-text')!;
    expect(getComputedStyle(text).fontSize).to.equal(getComputedStyle(text.parentElement!).fontSize);
  });

  it('the tracker\'s heading keeps its own size (1.15em) where its words fit', async () => {
    await setLocale('uk');
    const el = await narrow(html`<vk-step-tracker .value=${createWorkOrientedCourseSteps()}></vk-step-tracker>`);
    document.documentElement.style.fontSize = '16px';
    await settle(el);
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.contain('орієнтованого');
    expect(sizeOf(el.shadowRoot!, 'орієнтованого')).to.be.closeTo(1.15 * parseFloat(getComputedStyle(el).fontSize), 0.01);
  });
});

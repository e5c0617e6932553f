import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import { createBranchLadder } from '../../src/presets/ladder/kitchen.js';
import { createWorkOrientedCourseSteps } from '../../src/presets/steps.js';
import { createAminaPlan } from '../../src/presets/plan.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';

// A phone 320–360 px wide, text at 200 % (root 32 px): some single words were wider than any box
// the layout could give them, and `overflow-wrap: break-word` split them mid-word ("oppvaskmaskin" /
// "en"). Such a word is now drawn a little smaller (core/word-fit.ts), never below 0.75 of its size
// (at enlarged text, since 7 Dec 2026: never below 16 px nor half its size).

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const settle = async (el: Element & { updateComplete: Promise<unknown> }): Promise<void> => {
  await document.fonts.ready;
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await frame();
  }
};

/** The shown element in `root`'s shadow tree whose own text has `word`. */
function holder(root: Element, word: string, selector: string): HTMLElement {
  const found = Array.from(root.shadowRoot!.querySelectorAll<HTMLElement>(selector)).find((e) => Array.from(e.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.split(/\s+/).includes(word)));
  expect(found, `an element showing "${word}"`).to.exist;
  return found!;
}

/** How many lines `word` is drawn on in `element`, and its box's size: one line, and no wider than its box, when whole. */
function drawn(element: HTMLElement, word: string): { lines: number; scroll: number; client: number } {
  const node = Array.from(element.childNodes).find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes(word))!;
  const at = node.textContent!.indexOf(word);
  const range = document.createRange();
  range.setStart(node, at);
  range.setEnd(node, at + word.length);
  const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0.5);
  return { lines: new Set(rects.map((r) => Math.round(r.top))).size, scroll: element.scrollWidth, client: element.clientWidth };
}

/** The element's font size as a share of its parent's. */
const scale = (element: HTMLElement): number => parseFloat(getComputedStyle(element).fontSize) / parseFloat(getComputedStyle(element.parentElement!).fontSize);

function expectWhole(element: HTMLElement, word: string): void {
  const { lines, scroll, client } = drawn(element, word);
  expect(lines, `"${word}" on one line`).to.equal(1);
  expect(scroll, `"${word}" inside its box`).to.be.at.most(client);
  // word-fit's floor: 0.75 of the size, at enlarged text down to 16 px but not below half of it
  const size = parseFloat(getComputedStyle(element.parentElement!).fontSize);
  expect(scale(element), 'never below the floor (floating point aside)').to.be.within(Math.min(0.75, Math.max(16 / size, 0.5)) - 1e-6, 1);
}

describe('a word wider than its box is drawn a little smaller, not split (320–360 px, text at 200 %)', () => {
  afterEach(async () => {
    document.documentElement.style.removeProperty('font-size');
    await setLocale('nb');
    await setViewport({ width: 800, height: 600 });
  });

  it('task ladder: "oppvaskmaskinen" in its card at 320 px; at 100 % text nothing changes', async () => {
    await setViewport({ width: 320, height: 700 });
    document.documentElement.style.fontSize = '32px';
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<vk-task-ladder .value=${createBranchLadder()}></vk-task-ladder>`);
    await settle(el);
    expectWhole(holder(el, 'oppvaskmaskinen', '.task-title .vk-text'), 'oppvaskmaskinen');
    document.documentElement.style.fontSize = '16px';
    await settle(el);
    expect(scale(holder(el, 'oppvaskmaskinen', '.task-title .vk-text'))).to.equal(1);
  });

  it('task ladder: a phase title in the participant language, uk "Відповідальність", at 320 px', async () => {
    await setViewport({ width: 320, height: 700 });
    document.documentElement.style.fontSize = '32px';
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<vk-task-ladder .value=${createBranchLadder({ participantLanguage: 'uk' })}></vk-task-ladder>`);
    await settle(el);
    expectWhole(holder(el, 'Відповідальність', '.phase-title .vk-text--second'), 'Відповідальність');
  });

  for (const mode of ['adviser', 'participant']) {
    it(`step tracker (${mode}): "samarbeidspartnere" at 320 px; at 100 % text nothing changes`, async () => {
      await setViewport({ width: 320, height: 700 });
      document.documentElement.style.fontSize = '32px';
      const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<vk-step-tracker mode=${mode} .value=${createWorkOrientedCourseSteps()}></vk-step-tracker>`);
      await settle(el);
      expectWhole(holder(el, 'samarbeidspartnere', '.step-title'), 'samarbeidspartnere');
      document.documentElement.style.fontSize = '16px';
      await settle(el);
      expect(scale(holder(el, 'samarbeidspartnere', '.step-title'))).to.equal(1);
    });
  }

  it('step tracker details: the heading\'s "samarbeidspartnere" fitted to the popover at 320 px', async () => {
    await setViewport({ width: 320, height: 800 });
    document.documentElement.style.fontSize = '32px';
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<vk-step-tracker .value=${createWorkOrientedCourseSteps()}></vk-step-tracker>`);
    await settle(el);
    const button = Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.step-button')).find((b) => b.textContent!.includes('samarbeidspartnere'))!;
    button.click();
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('#details-title'); i++) await frame();
    await settle(el);
    expectWhole(holder(el, 'samarbeidspartnere', '#details-title span'), 'samarbeidspartnere');
  });

  it('plan board picker ("Nytt kort"): "Samfunnskunnskap" in its picture at 320 px', async () => {
    await setViewport({ width: 320, height: 800 });
    document.documentElement.style.fontSize = '32px';
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board editable .value=${createAminaPlan()}></vk-plan-board>`);
    await settle(el);
    (el.shadowRoot!.querySelector('.add') as HTMLElement).click();
    await settle(el);
    expectWhole(holder(el, 'Samfunnskunnskap', '.picker-option span'), 'Samfunnskunnskap');
  });

  it('plan board: a card titled "Samfunnskunnskap" at 320 px; at 100 % text nothing changes', async () => {
    await setViewport({ width: 320, height: 800 });
    document.documentElement.style.fontSize = '32px';
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${createAminaPlan()}></vk-plan-board>`);
    await settle(el);
    expectWhole(holder(el, 'Samfunnskunnskap', '.card-text .vk-text'), 'Samfunnskunnskap');
    document.documentElement.style.fontSize = '16px';
    await settle(el);
    expect(scale(holder(el, 'Samfunnskunnskap', '.card-text .vk-text'))).to.equal(1);
  });

  // The place line's words sit beside its pin: fitted to the card less the pin and its gap, not to the whole card.
  for (const [width, word] of [
    [320, 'Voksenopplæringen'],
    [360, 'Voksenopplæringen,'],
  ] as const) {
    it(`plan board: the place "${word}" beside its pin at ${width} px`, async () => {
      await setViewport({ width, height: 800 });
      document.documentElement.style.fontSize = '32px';
      const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${createAminaPlan()}></vk-plan-board>`);
      await settle(el);
      expectWhole(holder(el, word, '.meta-place .vk-text'), word);
    });
  }

  const openProposal = async (el: VkPlanBoard): Promise<void> => {
    await settle(el);
    (el.shadowRoot!.querySelector('.propose') as HTMLElement).click();
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('.picker-option'); i++) await frame();
    await settle(el);
  };

  for (const width of [320, 360]) {
    it(`plan board proposal: its heading, uk "Запропонувати", at ${width} px`, async () => {
      await setViewport({ width, height: 800 });
      document.documentElement.style.fontSize = '32px';
      await setLocale('uk');
      const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" proposals .value=${createAminaPlan()}></vk-plan-board>`);
      await openProposal(el);
      expectWhole(holder(el, 'Запропонувати', '.proposal .panel-title span'), 'Запропонувати');
    });
  }

  it('plan board proposal: the chosen picture\'s heading, "Norskopplæring", fitted to the dialog at 320 px', async () => {
    await setViewport({ width: 320, height: 800 });
    document.documentElement.style.fontSize = '32px';
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" proposals .value=${createAminaPlan()}></vk-plan-board>`);
    await openProposal(el);
    (el.shadowRoot!.querySelector('.picker-option[data-pictogram="vk:norwegian-class"]') as HTMLElement).click();
    await settle(el);
    expectWhole(holder(el, 'Norskopplæring', '.proposal .panel-title .vk-text'), 'Norskopplæring');
  });

  it('plan board proposal: uk "Суспільствознавство" under the Norwegian in its picture at 360 px', async () => {
    await setViewport({ width: 360, height: 800 });
    document.documentElement.style.fontSize = '32px';
    const plan = { ...createAminaPlan(), participantLanguage: 'uk' };
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" proposals .value=${plan}></vk-plan-board>`);
    await settle(el);
    (el.shadowRoot!.querySelector('.propose') as HTMLElement).click();
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('.picker-option [lang="uk"]'); i++) await frame();
    await settle(el);
    expectWhole(holder(el, 'Суспільствознавство', '.picker-option .vk-text--second'), 'Суспільствознавство');
  });
});

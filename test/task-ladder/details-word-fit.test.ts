import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { LadderDocument } from '../../src/task-ladder/task-ladder.types.js';
import { setLocale } from '../../src/core/localize.js';
import { createLadder } from '../../src/presets/ladder-templates.js';
import { shadow, shadowAll, textAt200Percent } from '../helpers/index.js';
import { wordsOnTwoLines } from '../a11y/layout-checks.js';

// A 320 px phone with text at 200 % (root 32 px): the ladder is 304 px, its details popover's
// content box 270. The title's and a logbook entry's long words were fitted (core/word-fit.ts) to
// their nearest size container, the ladder, so "oppvaskmaskinen" kept 1em and was split in the
// popover ("oppvaskmaskine" / "n"). In Ukrainian the participant's log form pushed its "Хто
// пише?" fieldset past the popover's edge ("Консультант" beside a 1.25rem radio) and the popover
// scrolled sideways.


const frames = (): Promise<unknown> => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

async function openDetails(lang: string, doc: LadderDocument, mode: string): Promise<VkTaskLadder> {
  await setLocale(lang);
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} style="inline-size: 304px"><vk-task-ladder .value=${doc} mode=${mode}></vk-task-ladder></div>`);
  const el = wrapper.querySelector('vk-task-ladder') as VkTaskLadder;
  await el.updateComplete;
  await frames();
  shadowAll(el, '.task-button')[1].dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
  await waitUntil(() => el.shadowRoot?.querySelector('.vk-popover[data-positioned="true"] .panel'), 'the details open and are placed', { timeout: 5000 });
  // The word fit writes its size a microtask after the render; a frame lays it out.
  await frames();
  return el;
}

/** The kitchen ladder in Somali (or `participantLanguage`), its 2nd task with a logbook entry holding a long word. */
function kitchen(participantLanguage: string): LadderDocument {
  const doc = createLadder('kitchen', { participantLanguage });
  const log = [{ date: '2026-03-02', by: 'participant', mood: 4, text: 'Jeg fylte oppvaskmaskinen alene i dag' }] as const;
  return { ...doc, phases: doc.phases.map((phase, p) => (p === 0 ? { ...phase, tasks: phase.tasks.map((task, t) => (t === 1 ? { ...task, log } : task)) } : phase)) };
}

describe('<vk-task-ladder> details on a 320 px phone, text at 200 %', () => {
  before(() => setViewport({ width: 320, height: 800 }));
  textAt200Percent();
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [lang, participantLanguage] of [['nb', 'so'], ['ar', 'ar']] as const) {
    for (const mode of ['adviser', 'participant']) {
      it(`the title and a logbook entry keep "oppvaskmaskinen" whole inside the popover (${lang}, ${mode})`, async () => {
        const el = await openDetails(lang, kitchen(participantLanguage), mode);
        const popover = shadow(el, '.vk-popover');
        const header = shadow(el, '#panel-title');
        const entry = shadow(el, '.log-entry');
        expect(header.textContent, 'the 2nd task').to.contain('oppvaskmaskinen');
        expect(entry.textContent, 'its entry').to.contain('oppvaskmaskinen');
        expect(wordsOnTwoLines(header), 'split in the title').to.deep.equal([]);
        expect(wordsOnTwoLines(entry), 'split in the entry').to.deep.equal([]);
        expect(popover.scrollWidth, 'nothing scrolls sideways').to.be.at.most(popover.clientWidth);
      });
    }
  }

  // Adviser mode: participant mode's log form has no author to choose (the entry is the participant's).
  for (const mode of ['adviser']) {
    it(`the log form's "Хто пише?" stays inside the popover, its labels whole (uk, ${mode})`, async () => {
      const el = await openDetails('uk', createLadder('kitchen', { participantLanguage: 'uk' }), mode);
      shadow(el, '.panel .actions .vk-primary').click();
      await waitUntil(() => el.shadowRoot?.querySelector('.vk-popover .log-form'), 'the log form opens', { timeout: 5000 });
      await frames();
      const popover = shadow(el, '.vk-popover');
      const fieldset = shadow(el, '.log-form fieldset');
      const style = getComputedStyle(popover);
      const box = popover.getBoundingClientRect();
      const left = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
      const right = box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
      const own = fieldset.getBoundingClientRect();
      expect(fieldset.textContent, 'the author choices').to.contain('Консультант');
      expect([Math.round(own.left), Math.round(own.right)], 'the fieldset in the content box').to.satisfy(([l, r]: number[]) => l >= left - 0.5 && r <= right + 0.5);
      const edge = own.right - parseFloat(getComputedStyle(fieldset).borderRightWidth);
      const out = Array.from(fieldset.querySelectorAll('label')).flatMap((label) => {
        const range = document.createRange();
        range.selectNodeContents(label);
        return Array.from(range.getClientRects()).filter((r) => r.width > 0.5 && r.right > edge + 0.5).map((r) => `${label.textContent?.trim()} ends at ${Math.round(r.right)}, past ${Math.round(edge)}`);
      });
      expect(out, 'labels past the fieldset').to.deep.equal([]);
      expect(wordsOnTwoLines(fieldset), 'split').to.deep.equal([]);
      expect(popover.scrollWidth, 'nothing scrolls sideways').to.be.at.most(popover.clientWidth);
    });
  }
});

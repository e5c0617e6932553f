import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { LadderDocument } from '../../src/task-ladder/task-ladder.types.js';
import { setLocale } from '../../src/core/localize.js';
import { shadowAll } from '../helpers/index.js';
import { wordsOnTwoLines } from '../a11y/layout-checks.js';
import { sampleLadder } from './sample.js';
import { createBranchLadder } from '../../src/presets/ladder/kitchen.js';

// At 200 % text on a 360 px phone the first card ("Ta oppvasken") kept its pictogram beside its
// words and the next ("Kutte grønnsaker") had it above them: each card's own longest word decided
// (flex basis min-content), so one list mixed two layouts. Every card of a ladder now takes the
// same one, by the ladder's width in em: under the pictogram where the column beside it would be
// narrow (large text on a phone), beside it elsewhere, whatever the words.

async function mount(lang: 'nb' | 'ar', doc: LadderDocument, mode: string, width: number): Promise<VkTaskLadder> {
  await setLocale(lang);
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} style="inline-size: ${width}px"><vk-task-ladder .value=${doc} mode=${mode}></vk-task-ladder></div>`);
  const el = wrapper.querySelector('vk-task-ladder') as VkTaskLadder;
  await el.updateComplete;
  // A long ladder's first frame shows a screenful; every task a frame or two later.
  for (let frame = 0; frame < 4; frame++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
  }
  return el;
}

/** Per card with a pictogram, in document order: "above" when its words start below the pictogram, else "beside". */
const placements = (el: VkTaskLadder): string[] =>
  shadowAll(el, '.task-button').filter((button) => button.querySelector('.vk-pictogram')).map((button) => {
    const picture = button.querySelector('.vk-pictogram')!.getBoundingClientRect();
    return button.querySelector('.task-text')!.getBoundingClientRect().top >= picture.bottom - 1 ? 'above' : 'beside';
  });

const kitchen = (): LadderDocument => createBranchLadder({ participantLanguage: 'ar' });

describe('<vk-task-ladder>: every card of a ladder places its pictogram the same way', () => {
  before(() => setViewport({ width: 800, height: 900 }));
  afterEach(async () => {
    document.documentElement.style.removeProperty('font-size');
    await setLocale('nb');
  });

  // [ladder width, root font size, where the pictogram goes]
  const cases: Array<[number, number, string]> = [
    [344, 32, 'above'], // 360 px phone, 200 % text
    [344, 16, 'beside'], // 360 px phone, 100 % text
    [304, 24, 'above'], // 320 px phone, 150 % text
    [344, 24, 'beside'], // 360 px phone, 150 % text
    [398, 32, 'above'], // 414 px phone, 200 % text
    [752, 32, 'beside'], // 768 px tablet, 200 % text
  ];
  for (const lang of ['nb', 'ar'] as const) {
    for (const [width, size, where] of cases) {
      it(`${width} px wide, text at ${size} px: every card's pictogram ${where} its words (${lang})`, async () => {
        document.documentElement.style.fontSize = `${size}px`;
        for (const [name, doc, mode, count] of [['kitchen', kitchen(), 'participant', 15], ['kitchen', kitchen(), 'adviser', 15], ['sample', sampleLadder(), 'participant', 2]] as const) {
          const el = await mount(lang, doc, mode, width);
          const shown = placements(el);
          expect(shown.length, 'cards with a pictogram').to.equal(count);
          expect([...new Set(shown)], `${name} ${mode}: ${shown.join(' ')}`).to.deep.equal([where]);
          expect(shadowAll(el, '.task-title').flatMap(wordsOnTwoLines), `${name} ${mode}: title words drawn on two lines`).to.deep.equal([]);
        }
      });
    }
  }
});

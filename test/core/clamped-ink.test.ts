import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { workOrientedCourseSteps } from '../../src/presets/steps.js';
import { sampleLadder } from '../task-ladder/sample.js';

// A line clamp clips at its box, and Arabic has ink outside the line: marks above the letters (the
// damma of مُتَابَعَةُ stood 3.7 px above the compact tracker's bold title line and was cut off) and
// dots below (a yeh whose dots are cut reads as another letter, alef maksura). The shown lines'
// ink must lie inside the clamped box's padding box.

const AR = 'مُتَابَعَةُ التَّدْرِيبِ فِي مَكَانِ الْعَمَلِ مَعَ الْمُرْشِدِ يَوْمِيًّا بِجِدٍّ وَاجْتِهَادٍ فِي كُلِّ مَرْحَلَةٍ';
const TI = 'ናይ ስራሕ ልምምድ ምክትታል ምስ መራሒ ኣብ ነፍሲ ወከፍ መዓልቲ ብጽቡቕ ኣገባብ ይቕጽል ኣሎ';
const TEXTS = { ar: AR, ti: TI } as const;
const MARGIN = 8; // px looked at above and below the box

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/**
 * How far (CSS px) the ink of the lines `el` shows reaches above and below its padding box: the text
 * after the last shown line is removed, the clip lifted and everything else in `root` made
 * invisible, and the rows of a screenshot with ink in them are counted.
 */
async function inkOutside(root: ShadowRoot, el: HTMLElement): Promise<{ above: number; below: number }> {
  el.scrollIntoView({ block: 'center' });
  const box = el.getBoundingClientRect();
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let cut: [Text, number] | null = null;
  for (let node = walker.nextNode() as Text | null; node && !cut; node = walker.nextNode() as Text | null) {
    for (let i = 0; i < node.data.length; i++) {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = [...range.getClientRects()].find((r) => r.width > 0);
      if (rect && (rect.top + rect.bottom) / 2 > box.bottom) {
        cut = [node, i];
        break;
      }
    }
  }
  expect(cut, 'the text is long enough to be clamped').to.not.equal(null);
  const rest = document.createRange();
  rest.setStart(...cut!);
  rest.setEndAfter(el.lastChild!);
  rest.deleteContents();
  el.style.setProperty('overflow', 'visible', 'important');
  el.dataset.inkProbe = '';
  const style = document.createElement('style');
  style.textContent = '* { visibility: hidden !important; } [data-ink-probe], [data-ink-probe] * { visibility: visible !important; }';
  root.append(style);
  await frame();
  await frame();
  const clip = { x: Math.floor(box.left + scrollX), y: Math.floor(box.top + scrollY) - MARGIN, width: Math.ceil(box.width), height: Math.ceil(box.height) + 2 * MARGIN };
  const png = (await executeServerCommand('vk-screenshot', clip)) as string;
  const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const canvas = new OffscreenCanvas(image.width, image.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  const { data, width, height } = context.getImageData(0, 0, image.width, image.height);
  const scale = height / clip.height;
  const top = (box.top + scrollY - clip.y) * scale;
  const bottom = (box.bottom + scrollY - clip.y) * scale;
  let above = 0;
  let below = 0;
  for (let y = 0; y < height; y++) {
    if (y + 1 > top && y < bottom) continue;
    let ink = false;
    for (let x = 0; x < width && !ink; x++) {
      const i = (y * width + x) * 4;
      ink = data[i] + data[i + 1] + data[i + 2] < 600;
    }
    if (ink && y < top) above++;
    if (ink && y >= bottom) below++;
  }
  style.remove();
  return { above: above / scale, below: below / scale };
}

describe('clamped and clipped texts keep the ink of the lines they show', () => {
  before(() => setViewport({ width: 800, height: 600 }));
  after(() => setLocale('nb'));

  for (const lang of ['ar', 'ti'] as const) {
    it(`compact step tracker: the one-line title (${lang})`, async () => {
      await setLocale(lang);
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} style="inline-size: 320px; padding-block: 40px"><vk-step-tracker compact .value=${{ ...workOrientedCourseSteps, title: TEXTS[lang] }}></vk-step-tracker></div>`);
      const el = wrapper.querySelector('vk-step-tracker') as VkStepTracker;
      await el.updateComplete;
      await document.fonts.ready;
      const title = el.shadowRoot!.querySelector<HTMLElement>('.title')!;
      expect(await inkOutside(el.shadowRoot!, title)).to.deep.equal({ above: 0, below: 0 });
    });

    it(`task ladder: the latest log entry in two lines (${lang})`, async () => {
      await setLocale(lang);
      const doc = sampleLadder();
      const ladder = { ...doc, participantLanguage: lang, phases: doc.phases.map((p) => ({ ...p, tasks: p.tasks.map((t) => (t.id === 't2' ? { ...t, log: [{ date: '2026-03-01', by: 'participant' as const, mood: 4, text: `${TEXTS[lang]} ${TEXTS[lang]}` }] } : t)) })) };
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} style="inline-size: 420px; padding-block: 40px"><vk-task-ladder .value=${ladder}></vk-task-ladder></div>`);
      const el = wrapper.querySelector('vk-task-ladder') as VkTaskLadder;
      await el.updateComplete;
      await document.fonts.ready;
      const text = el.shadowRoot!.querySelector<HTMLElement>('.latest-log .log-text')!;
      expect(text, 'the card shows its latest log entry').to.exist;
      expect(await inkOutside(el.shadowRoot!, text)).to.deep.equal({ above: 0, below: 0 });
    });
  }
});

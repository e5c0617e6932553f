/**
 * The details opened by keyboard at 400 % (a 320×256 window): focus went to the checked level radio
 * and placing the panel scrolled its heading (the task's picture and name) out of view, so a
 * low-vision reader saw "Nivå" radios with no task name (a newcomer's low-vision QA, 7 Dec 2026, #6).
 * In a window under 28em tall where the heading and that radio cannot both be seen, the panel now shows from its top with focus
 * on the heading (ARIA APG dialog pattern), Tab going on to the controls; where they fit, focus stays
 * on the radio (task-ladder.focus.test.ts).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { LadderDocument } from '../../src/task-ladder/task-ladder.types.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { focused, settle, shadow, shadowAll } from '../helpers/index.js';
import { sampleLadder } from './sample.js';

// The demo's task (a picture and a name of two lines in each language), independent: its radio is on the group's second row.
const TITLE = { nb: 'Hygiene: hender, arbeidstøy og hår', ar: 'النظافة: اليدان وملابس العمل والشعر' };

function doc(): LadderDocument {
  const base = sampleLadder();
  const [first, ...rest] = base.phases;
  const tasks = first.tasks.map((t) => (t.id === 't3' ? { ...t, title: TITLE, pictogram: 'vk:dishes', level: 'independent' as const } : t));
  return { ...base, participantLanguage: 'ar', phases: [{ ...first, tasks }, ...rest] };
}

async function openByKeyboard(): Promise<{ el: VkTaskLadder; panel: HTMLElement }> {
  // Nothing to hear: focus would start on the checked level radio.
  setSpeechEngine({ hasVoice: () => false, speak: async () => {}, play: async () => {} });
  const el = await fixture<VkTaskLadder>(html`<vk-task-ladder mode="adviser" .value=${doc()}></vk-task-ladder>`);
  await settle(el);
  await waitUntil(() => shadowAll(el, '.task-button').length === 4, 'every task drawn');
  shadowAll(el, '.task-button').find((b) => b.dataset.key === 't3')!.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => el.shadowRoot?.querySelector('.vk-popover[data-positioned="true"] .level-form'), 'the details open and are placed', { timeout: 5000 });
  for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  return { el, panel: shadow(el, '.vk-popover') };
}

function inside(rect: DOMRect, box: DOMRect): boolean {
  return rect.top >= box.top - 0.5 && rect.bottom <= box.bottom + 0.5;
}

describe('<vk-task-ladder> details opened at 400 %: the task\'s name is in view', () => {
  afterEach(() => setSpeechEngine(null));
  after(() => setViewport({ width: 800, height: 600 }));

  it('320×256: the heading in view and focused; Tab goes on into the controls', async () => {
    await setViewport({ width: 320, height: 256 });
    const { el, panel } = await openByKeyboard();
    const heading = shadow(el, '.vk-popover #panel-title');
    const radio = panel.querySelector<HTMLInputElement>('input[name="level"]:checked')!;
    // The case itself: from the heading's top to the checked radio's bottom is taller than the panel's view.
    const span = radio.getBoundingClientRect().bottom - heading.getBoundingClientRect().top;
    expect(span, `heading to radio ${Math.round(span)} px, panel ${panel.clientHeight} px`).to.be.greaterThan(panel.clientHeight);
    const box = panel.getBoundingClientRect();
    expect(inside(heading.getBoundingClientRect(), box), 'the heading (picture and name) in view').to.equal(true);
    expect(focused(el), 'focus on the heading').to.equal(heading);
    expect(heading.textContent, 'the task\'s name').to.contain(TITLE.nb);
    await sendKeys({ press: 'Tab' });
    const next = focused(el) as HTMLElement;
    expect(panel.contains(next) && next !== heading, 'Tab: the next control in the details').to.equal(true);
    expect(inside(next.getBoundingClientRect(), panel.getBoundingClientRect()), 'and in view').to.equal(true);
  });

  it('800×600: both fit, focus on the checked level radio, the heading in view', async () => {
    await setViewport({ width: 800, height: 600 });
    const { el, panel } = await openByKeyboard();
    const radio = panel.querySelector<HTMLInputElement>('input[name="level"]:checked')!;
    expect(focused(el)).to.equal(radio);
    expect(inside(shadow(el, '.vk-popover #panel-title').getBoundingClientRect(), panel.getBoundingClientRect())).to.equal(true);
  });
});

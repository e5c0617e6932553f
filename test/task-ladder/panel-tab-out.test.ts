/**
 * Tab and Shift+Tab past the ends of the task panel (details, logbook form, sign-off form: a non-modal dialog, WAI-ARIA APG:
 * in the Tab order the panel comes right after the task that opened it). Tab from the last control goes on to the ladder's
 * next Tab stop after that task, else to the page's (the next phase's tasks are the same roving Tab stop, not one each), never
 * past a stop of the ladder nor to <body>; Shift+Tab from the first control goes back to the task; either closes the panel.
 * The panel is drawn after the phases, whose one Tab stop is the task that opened it, so the browser's own order is this
 * already: a guard (the plan board's and the calendar's panels needed core/panel-tab.ts, 8 Dec 2026). The expected stop is
 * worked out from the ladder's Tab stops, so a stop added after the phases one day fails it.
 * Real key presses (sendKeys), in nb (ltr) and Arabic (rtl).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { focused } from '../helpers/index.js';
import { sampleLadder } from './sample.js';
import { settle, taskButton } from './ladder-fixture.js';

/** The Tab stops in `within` (not in shadow roots under it), in tree order. */
const tabbable = (within: ParentNode): HTMLElement[] => Array.from(within.querySelectorAll<HTMLElement>('*')).filter((c) => c.tabIndex >= 0 && !c.matches(':disabled') && c.checkVisibility());
const where = (el: VkTaskLadder): string => {
  const at = focused(el) ?? document.activeElement;
  return at === document.body ? '<body>' : (at?.outerHTML.slice(0, 90) ?? 'nothing');
};
const openPanel = (el: VkTaskLadder): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>('.vk-popover:popover-open');

async function press(el: VkTaskLadder, shift = false): Promise<void> {
  if (shift) await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  if (shift) await sendKeys({ up: 'Shift' });
  await settle(el);
}

async function mount(dir: 'ltr' | 'rtl', mode: string): Promise<{ el: VkTaskLadder; after: HTMLElement }> {
  const lang = dir == 'rtl' ? 'ar' : 'nb';
  await setLocale(lang);
  const root = await fixture<HTMLElement>(html`<div dir=${dir} lang=${lang}><button>before</button><vk-task-ladder mode=${mode} .value=${sampleLadder()}></vk-task-ladder><button id="after">after</button></div>`);
  const el = root.querySelector('vk-task-ladder') as VkTaskLadder;
  await settle(el);
  return { el, after: root.querySelector<HTMLElement>('#after')! };
}

interface Case {
  name: string;
  mode: string;
  /** The form's selector, else the details. */
  form?: string;
  /** Opens task t2's panel as a keyboard user does (Enter on the task), or from its card's shortcut (`shortcut`'s selector). */
  shortcut?: string;
}

const cases: Case[] = [
  { name: 'adviser, details', mode: 'adviser' },
  { name: 'adviser, logbook form (the card\'s "Skriv i loggboka")', mode: 'adviser', form: '.log-form', shortcut: '.log-control' },
  { name: 'adviser, sign-off form (the card\'s "Kvitter ut")', mode: 'adviser', form: '.signoff-form', shortcut: '.signoff-control' },
  { name: 'participant, details', mode: 'participant' },
];

/** Opens `c`'s panel on task t2 (of the first phase; the next phase's task t4 after it); returns the task and the panel, focus inside. */
async function open(el: VkTaskLadder, c: Case): Promise<{ task: HTMLElement; panel: HTMLElement }> {
  const task = taskButton(el, 't2');
  task.focus();
  if (c.shortcut) task.closest('li')!.querySelector<HTMLElement>(c.shortcut)!.click();
  else await sendKeys({ press: 'Enter' });
  await settle(el);
  const panel = openPanel(el)!;
  expect(panel?.contains(focused(el)), 'the panel opened with focus inside').to.equal(true);
  if (c.form) expect(panel.querySelector(c.form), `the panel shows ${c.form}`).to.not.equal(null);
  return { task, panel };
}

describe('<vk-task-ladder>: Tab and Shift+Tab past the ends of the task panel', () => {
  beforeEach(() => setSpeechEngine({ hasVoice: () => false, speak: async () => {}, play: async () => {} }));
  afterEach(async () => {
    setSpeechEngine(null);
    await setLocale('nb');
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    for (const c of cases) {
      it(`${dir}, ${c.name}: Tab from the last control goes on to the next Tab stop after the task; Shift+Tab from the first, back to the task`, async () => {
        const { el, after } = await mount(dir, c.mode);
        let { task, panel } = await open(el, c);
        const next = tabbable(el.shadowRoot!).find((s) => !panel.contains(s) && task.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING) ?? after;
        tabbable(panel).at(-1)!.focus();
        await press(el);
        expect(focused(el) ?? document.activeElement, `Tab: focus on the next stop, not ${where(el)}`).to.equal(next);
        expect(openPanel(el), 'Tab closed the panel').to.equal(null);

        ({ task, panel } = await open(el, c));
        tabbable(panel)[0].focus();
        await press(el, true);
        expect(focused(el), `Shift+Tab: focus on the task, not ${where(el)}`).to.equal(task);
        expect(openPanel(el), 'Shift+Tab closed the panel').to.equal(null);
      });
    }
  }
});

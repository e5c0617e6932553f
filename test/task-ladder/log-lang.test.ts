/**
 * A logbook entry's text is free text with no language of its own (contract.md §5). It was tagged
 * with the document's text locale: an Arabic participant's entry in a Norwegian UI was
 * `lang="nb"` (read with a Norwegian voice, WCAG 3.1.2), an adviser's Norwegian note in an Arabic
 * UI `lang="ar"`. Now its letters tell (core `writtenLang`), on the card, in the details' log list
 * and on paper alike, with the direction of the language it is tagged with.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { LadderDocument, LogEntry } from '../../src/task-ladder/task-ladder.types.js';
import { shadow, shadowAll } from '../helpers/index.js';

/** A ladder with one task whose only logbook entry is `entry`. */
function ladder(participantLanguage: string | undefined, entry: LogEntry): LadderDocument {
  return {
    version: 1,
    title: { nb: 'Praksis' },
    ...(participantLanguage ? { participantLanguage } : {}),
    phases: [{ id: 'p1', title: { nb: 'Fase' }, tasks: [{ id: 't1', title: { nb: 'Vaske gulv' }, level: 'with-support', log: [entry] }] }],
  };
}

async function mount(doc: LadderDocument, lang = 'nb'): Promise<VkTaskLadder> {
  await setLocale(lang);
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}><vk-task-ladder .value=${doc}></vk-task-ladder></div>`);
  const el = wrapper.querySelector('vk-task-ladder') as VkTaskLadder;
  await el.updateComplete;
  return el;
}

/** The entry's text as the card, the details' log list and the printed logbook render it. */
async function logTexts(el: VkTaskLadder): Promise<Record<string, HTMLElement>> {
  const card = shadow(el, '.latest-log .log-text');
  shadow<HTMLButtonElement>(el, '.task-button').click();
  await waitUntil(() => el.shadowRoot?.querySelector('.log-list .log-text'), 'the details open');
  const details = shadow(el, '.log-list .log-text');
  window.dispatchEvent(new Event('beforeprint'));
  await el.updateComplete;
  // Printing until the test ends (afterEach): the printed logbook goes with `afterprint`.
  return { card, details, print: shadow(el, '.print-log .log-text') };
}

function expectTagged(texts: Record<string, HTMLElement>, lang: string | null, dir: string | null): void {
  for (const [where, text] of Object.entries(texts)) {
    expect(text.getAttribute('lang'), `${where}: lang`).to.equal(lang);
    expect(text.getAttribute('dir'), `${where}: dir`).to.equal(dir);
  }
}

describe('<vk-task-ladder> a logbook entry in the language its letters are written in', () => {
  afterEach(async () => {
    window.dispatchEvent(new Event('afterprint'));
    await setLocale('nb');
  });

  it('an Arabic participant\'s Arabic entry in a Norwegian UI is lang="ar", right to left (though it starts with a Norwegian name)', async () => {
    const el = await mount(ladder('ar', { date: '2026-03-01', by: 'participant', mood: 4, text: 'Kari: الأمور تسير على ما يرام' }));
    expectTagged(await logTexts(el), 'ar', 'rtl');
  });

  it('an adviser\'s Norwegian entry in an Arabic UI is lang="nb", left to right', async () => {
    const el = await mount(ladder('ar', { date: '2026-03-01', by: 'adviser', text: 'Jobbet godt i dag, 3 av 4 oppgaver.' }), 'ar');
    expectTagged(await logTexts(el), 'nb', 'ltr');
  });

  it('a Somali participant\'s entry in Latin letters is lang="" (Norwegian or Somali: unknown), direction left to the <bdi>', async () => {
    const el = await mount(ladder('so', { date: '2026-03-01', by: 'participant', text: 'Waan ku faraxsanahay shaqada' }));
    expectTagged(await logTexts(el), '', null);
  });

  it('a Tigrinya entry with participant language "ti" is lang="ti"', async () => {
    const el = await mount(ladder('ti', { date: '2026-03-01', by: 'participant', mood: 5, text: 'ሎሚ ጽቡቕ ሰሪሐ' }));
    expectTagged(await logTexts(el), 'ti', 'ltr');
  });

  it('an entry with no letters (digits, emoji) has no lang of its own: read in its line\'s language', async () => {
    const el = await mount(ladder('ar', { date: '2026-03-01', by: 'participant', mood: 3, text: '👍 10/10' }));
    const texts = await logTexts(el);
    expectTagged(texts, null, null);
    for (const [where, text] of Object.entries(texts)) expect(text.matches(':lang(nb)'), `${where}: in the UI's nb`).to.equal(true);
  });

  it('every entry of the details\' list is tagged by its own letters', async () => {
    const base = ladder('uk', { date: '2026-03-01', by: 'participant', text: 'Усе добре' });
    const task = base.phases[0].tasks[0];
    const doc = { ...base, phases: [{ ...base.phases[0], tasks: [{ ...task, log: [...task.log!, { date: '2026-03-02', by: 'mentor', text: 'Flink i dag' } as const] }] }] };
    const el = await mount(doc);
    shadow<HTMLButtonElement>(el, '.task-button').click();
    await waitUntil(() => el.shadowRoot?.querySelector('.log-list .log-text'), 'the details open');
    // Newest first.
    expect(shadowAll(el, '.log-list .log-text').map((text) => text.getAttribute('lang'))).to.deep.equal(['nb', 'uk']);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { LadderDocument } from '../../src/task-ladder/task-ladder.types.js';
import { setLocale } from '../../src/core/localize.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { recordAnnouncements, settle, shadow } from '../helpers/index.js';
import { sampleLadder } from './sample.js';

// A ladder whose text locale is not a staff locale (lang="uk" on a Norwegian page, or a Tigrinya
// page) with an Arabic participant SHOWS each task's Norwegian line first ("Tørke av benker / مسح
// الأسطح", bilingual() → firstLocale), but NAMED it in the text locale: "Kvitter ut (Протерти
// стільниці)", "⁨Протерти стільниці⁩: Med støtte", a title no line of the card shows (WCAG 2.5.3),
// Ukrainian words in the ladder's Norwegian. Names and announcements now quote a line the card
// shows (core nameLocale): the UI language's where shown (an Arabic UI with an Arabic participant,
// the second line), else the Norwegian first line. A shortcut's name is an aria-label (no lang):
// a quoted name in another language than the UI's is isolated there.

const CYRILLIC = /\p{Script=Cyrillic}/u;
const ETHIOPIC = /\p{Script=Ethiopic}/u;
const silentEngine = { hasVoice: () => false, speak: async () => {}, play: async () => {} };

/** sampleLadder() (Arabic participant) with Ukrainian and Tigrinya titles for "Ta oppvasken" and "Tørke av benker". */
function ukLadder(): LadderDocument {
  const doc = sampleLadder();
  const extra: Record<string, object> = { t1: { uk: 'Помити посуд', ti: 'ኣቕሑ ምሕጻብ' }, t3: { uk: 'Протерти стільниці', ti: 'ጠረጴዛታት ምጽራግ' } };
  const phases = doc.phases.map((p) => ({ ...p, tasks: p.tasks.map((t) => (extra[t.id] ? { ...t, title: { ...(t.title as object), ...extra[t.id] } } : t)) }));
  return { ...doc, phases } as LadderDocument;
}

async function ladder(lang: string | null, mode = 'adviser'): Promise<VkTaskLadder> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang ?? ''}><vk-task-ladder editable mode=${mode} .value=${ukLadder()}></vk-task-ladder></div>`);
  if (lang === null) wrapper.removeAttribute('lang');
  const el = wrapper.querySelector('vk-task-ladder') as VkTaskLadder;
  await settle(el);
  return el;
}

const card = (el: VkTaskLadder, id: string): HTMLElement => shadow(el, `.task-button[data-key="${id}"]`).closest('li') as HTMLElement;
/** The aria-labels of a task's pointer shortcuts (next level, sign off, record, write in the log, read aloud). */
const shortcutNames = (el: VkTaskLadder, id: string): string[] => [...card(el, id).querySelectorAll('.task-controls button[aria-label]')].map((b) => b.getAttribute('aria-label')!);

/** Clicks "Neste nivå" on t3, then undoes it: what was said each time. */
async function levelAndUndo(el: VkTaskLadder): Promise<string[]> {
  const said = recordAnnouncements(el);
  card(el, 't3').querySelector<HTMLElement>('.level-control')!.click();
  await settle(el);
  el.undo();
  await settle(el);
  return said;
}

/** Signs t3 off through its form: what was said. */
async function signOff(el: VkTaskLadder): Promise<string[]> {
  card(el, 't3').querySelector<HTMLElement>('.signoff-control')!.click();
  await settle(el);
  await settle(el);
  const said = recordAnnouncements(el);
  shadow<HTMLInputElement>(el, '.signoff-form input[name="by"]').value = 'Ola Nordmann';
  shadow<HTMLFormElement>(el, '.signoff-form').requestSubmit();
  await settle(el);
  return said;
}

describe('task ladder: names and announcements quote a line the card shows', () => {
  beforeEach(() => setSpeechEngine(silentEngine));
  afterEach(async () => {
    setSpeechEngine(null);
    await setLocale('nb');
  });

  it('lang="uk" on a Norwegian page, Arabic participant: the shortcuts name the Norwegian title the card shows first, with no Ukrainian', async () => {
    const el = await ladder('uk');
    expect(card(el, 't3').querySelector('.task-title [lang]')?.textContent).to.equal('Tørke av benker'); // what the card shows first
    const names = shortcutNames(el, 't3');
    expect(names).to.include('Kvitter ut (Tørke av benker)').and.include('Skriv i loggboka (Tørke av benker)');
    for (const name of names) expect(name, name).to.match(/ \(Tørke av benker\)$/).and.not.match(CYRILLIC);
  });

  it('lang="uk", Arabic participant: a level change, its undo and a sign-off are announced with the Norwegian title', async () => {
    const el = await ladder('uk');
    const said = await levelAndUndo(el);
    expect(said).to.have.length(2);
    for (const words of said) expect(words, words).to.contain('\u2068Tørke av benker\u2069').and.not.match(CYRILLIC);
    const signed = await signOff(el);
    expect(signed, 'one announcement').to.have.length(1);
    // The date is the text locale's (formatDate, as the card's sign-off line): only the name is checked.
    expect(signed[0]).to.match(/^\u2068Tørke av benker\u2069: /).and.not.contain('Протерти');
  });

  it('lang="uk", Arabic participant, participant mode: the read-aloud button names the Norwegian title', async () => {
    const el = await ladder('uk', 'participant');
    expect(card(el, 't1').querySelector('.read-control')!.getAttribute('aria-label')).to.equal('Les opp (Ta oppvasken)');
  });

  it('a Tigrinya page, Arabic participant: the Tigrinya names quote the Norwegian title, isolated; so do the announcements', async () => {
    await setLocale('ti');
    const el = await ladder(null);
    expect(card(el, 't3').querySelector('.task-title [lang]')?.getAttribute('lang')).to.equal('nb');
    const names = shortcutNames(el, 't3');
    expect(names.length).to.be.greaterThan(2);
    for (const name of names) {
      expect(name, name).to.match(/ \(\u2068Tørke av benker\u2069\)$/);
      expect(name).to.not.contain('ጠረጴዛታት ምጽራግ');
    }
    const said = await levelAndUndo(el);
    expect(said).to.have.length(2);
    for (const words of said) expect(words, words).to.contain('\u2068Tørke av benker\u2069').and.not.contain('ጠረጴዛታት');
    expect(said[0], 'a Tigrinya sentence').to.match(ETHIOPIC);
  });

  // Guards nameLocale against the Norwegian first line everywhere (firstLocale): unchanged from before.
  it('an Arabic page, Arabic participant: the names quote the Arabic line the card shows second, not isolated', async () => {
    await setLocale('ar');
    const el = await ladder(null);
    const names = shortcutNames(el, 't3');
    expect(names.length).to.be.greaterThan(2);
    for (const name of names) expect(name, name).to.match(/ \(مسح الأسطح\)$/).and.not.contain('Tørke');
    const said = await levelAndUndo(el);
    for (const words of said) expect(words, words).to.contain('\u2068مسح الأسطح\u2069').and.not.contain('Tørke');
  });

  it('nb page: the names are as before, with no isolates', async () => {
    const el = await ladder('nb');
    expect(shortcutNames(el, 't3')).to.include.members(['Neste nivå: Med støtte (Tørke av benker)', 'Kvitter ut (Tørke av benker)', 'Skriv i loggboka (Tørke av benker)']);
  });
});

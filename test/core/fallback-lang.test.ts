import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { bilingualSpeech, setSpeechEngine } from '../../src/core/read-aloud.js';
import { textLang } from '../../src/core/text.js';
import { sayingSpeech } from '../helpers/speech.js';
import { cardItem, samplePlan } from '../plan-board/helpers.js';

// WCAG 3.1.2 Language of Parts: a participant-language line is marked, and read, in the language
// it is written in. A Dari participant (participantLanguage "prs") is shown a Text's Persian entry
// when it has no Dari one (docs/translations.md, "Dari pages"): that line is `fa`, not `prs` —
// before, it was marked and spoken as `prs`, so a screen reader or a host's speech engine took
// Persian for Dari (and a host engine with a Persian voice but no Dari one stayed silent).

const bus = { nb: 'Buss', fa: 'اتوبوس', prs: 'بس' };
const doctor = { nb: 'Lege', fa: 'پزشک' };

const second = (root: ParentNode): Element | null => root.querySelector('[part~="text-second"]');

describe('a participant-language line names the language of its text (a Dari participant\'s Persian fallback is fa)', () => {
  afterEach(() => setSpeechEngine(null));

  it('textLang: the key of the entry textIn reads, else the language asked for', () => {
    expect(textLang(doctor, 'prs')).to.equal('fa');
    expect(textLang(doctor, 'fa-AF')).to.equal('fa');
    expect(textLang(bus, 'prs')).to.equal('prs');
    expect(textLang(bus, 'fa-AF')).to.equal('prs');
    expect(textLang({ nb: 'Lege', 'fa-AF': 'داکتر' }, 'fa-AF')).to.equal('fa-AF');
    expect(textLang({ nb: 'Lege', ti: 'ሓኪም' }, 'ti-ER')).to.equal('ti');
    expect(textLang({ nb: 'Lege' }, 'prs')).to.equal('prs');
    expect(textLang('Lege', 'ti')).to.equal('ti');
  });

  it('read-aloud speaks the Persian fallback as fa (a recording without text keeps the participant language)', () => {
    expect(bilingualSpeech(doctor, undefined, 'nb', 'prs')[1]).to.deep.equal({ text: 'پزشک', lang: 'fa', audio: undefined });
    expect(bilingualSpeech(bus, undefined, 'nb', 'prs')[1]).to.deep.equal({ text: 'بس', lang: 'prs', audio: undefined });
    expect(bilingualSpeech({ nb: 'Lege' }, { prs: 'prs.mp3' }, 'nb', 'prs')[1]).to.deep.equal({ text: '', lang: 'prs', audio: 'prs.mp3' });
  });

  it('plan board: card, column and board titles mark the Persian fallback fa, a Dari entry prs', async () => {
    setSpeechEngine(sayingSpeech(['nb', 'fa']).engine);
    const base = samplePlan();
    const doc = {
      ...base,
      title: { nb: 'Uke', fa: 'هفته' },
      participantLanguage: 'prs',
      columns: [{ ...base.columns[0], title: { nb: 'Mandag', fa: 'دوشنبه' } }, ...base.columns.slice(1)],
      cards: [{ id: 'c1', columnId: base.columns[0].id, title: bus, pictogram: 'vk:bus' }, { id: 'c2', columnId: base.columns[0].id, title: doctor, pictogram: 'vk:doctor' }],
    };
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${doc}></vk-plan-board>`);
    expect(second(cardItem(el, 'c1'))?.getAttribute('lang')).to.equal('prs');
    expect(second(cardItem(el, 'c2'))?.getAttribute('lang')).to.equal('fa');
    expect(second(cardItem(el, 'c2'))?.getAttribute('dir')).to.equal('rtl');
    expect(second(el.shadowRoot!.querySelector('.column-title')!)?.getAttribute('lang')).to.equal('fa');
    expect(second(el.shadowRoot!.querySelector('#board-title')!)?.getAttribute('lang')).to.equal('fa');
    // With a Persian voice and no Dari one the Persian line is heard: no "Ingen lyd".
    expect(cardItem(el, 'c2').textContent).not.to.contain('Ingen lyd');
  });

  it('task ladder: task and phase titles mark the Persian fallback fa, and it is read with a Persian voice', async () => {
    const speech = sayingSpeech(['nb', 'fa']);
    setSpeechEngine(speech.engine);
    const doc = { version: 1, title: { nb: 'Praksis', fa: 'کارآموزی' }, participantLanguage: 'prs', phases: [{ id: 'p1', title: { nb: 'Fase 1', fa: 'مرحله ۱' }, tasks: [{ id: 't1', title: doctor, level: 'not-started' }] }] };
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder mode="participant" .value=${doc}></vk-task-ladder>`);
    const root = el.shadowRoot!;
    expect(second(root.querySelector('.task-title')!)?.getAttribute('lang')).to.equal('fa');
    expect(second(root.querySelector('#title')!)?.getAttribute('lang')).to.equal('fa');
    expect(second(root.querySelector('.phase')!)?.getAttribute('lang')).to.equal('fa');
    root.querySelector<HTMLElement>('.read-control')!.click();
    await new Promise<void>((resolve) => setTimeout(resolve));
    expect(speech.said).to.deep.equal(['nb:Lege', 'fa:پزشک']);
  });

  it('task ladder, adviser: no "Ingen stemme for dari" where a Persian voice reads the Persian fallback', async () => {
    setSpeechEngine(sayingSpeech(['nb', 'fa']).engine);
    const doc = { version: 1, title: 'Praksis', participantLanguage: 'prs', phases: [{ id: 'p1', title: 'Fase 1', tasks: [{ id: 't1', title: doctor, level: 'not-started' }, { id: 't2', title: bus, level: 'not-started' }] }] };
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${doc}></vk-task-ladder>`);
    const notices = [...el.shadowRoot!.querySelectorAll('.no-voice')].map((n) => n.closest('li')?.querySelector<HTMLElement>('.task-button')?.dataset.key);
    // The Dari entry (t2) has no Dari voice to read it; the Persian one (t1) has its Persian voice.
    expect(notices).to.deep.equal(['t2']);
  });
});

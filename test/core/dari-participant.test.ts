import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { bilingualSpeech, browserSpeech, setSpeechEngine } from '../../src/core/read-aloud.js';
import { textIn } from '../../src/core/text.js';
import { sayingSpeech } from '../helpers/speech.js';
import { cardItem, samplePlan } from '../plan-board/helpers.js';

// docs/translations.md, "Dari pages": a Dari reader (prs, or fa-AF) gets a Text's Dari entry, then
// its Persian one (which Dari readers read), then Norwegian. A document whose participant is a Dari
// reader (participantLanguage "prs" or "fa-AF") is read by the same chain: before, "prs" found no
// Persian line at all (the card showed and said Norwegian alone, "Ingen lyd"), and "fa-AF" showed
// the Iranian word (اتوبوس) where the document has the Dari one (بس).

const bus = { nb: 'Buss', fa: 'اتوبوس', prs: 'بس' };
const doctor = { nb: 'Lege', fa: 'پزشک' };
const secondLine = (item: Element): string | undefined => item.querySelector<HTMLElement>('[part~="text-second"]')?.textContent?.trim();

describe('a Dari participant (participantLanguage prs or fa-AF) reads and hears the Dari, else the Persian text', () => {
  afterEach(() => setSpeechEngine(null));

  it('textIn: prs → prs, then fa; fa-AF → fa-AF, prs, then fa; other languages unchanged', () => {
    expect(textIn(doctor, 'prs')).to.equal('پزشک');
    expect(textIn(bus, 'prs')).to.equal('بس');
    expect(textIn(bus, 'fa-AF')).to.equal('بس');
    expect(textIn(doctor, 'fa-AF')).to.equal('پزشک');
    expect(textIn(bus, 'fa')).to.equal('اتوبوس');
    expect(textIn({ nb: 'Lege', ti: 'ሓኪም' }, 'ti-ER')).to.equal('ሓኪም');
    expect(textIn({ nb: 'Lege' }, 'prs')).to.equal(undefined);
  });

  it('read-aloud says the Norwegian line, then the Dari participant\'s line', () => {
    expect(bilingualSpeech(doctor, undefined, 'nb', 'prs')).to.deep.equal([
      { text: 'Lege', lang: 'nb', audio: undefined },
      // The Persian fallback is spoken as what it is, Persian (test/core/fallback-lang.test.ts).
      { text: 'پزشک', lang: 'fa', audio: undefined },
    ]);
    expect(bilingualSpeech(bus, { fa: 'fa.mp3' }, 'nb', 'prs')[1]).to.deep.equal({ text: 'بس', lang: 'prs', audio: 'fa.mp3' });
  });

  it('a Persian on-device voice reads Dari (no browser has a Dari voice)', () => {
    const synth = speechSynthesis as SpeechSynthesis & { getVoices: () => SpeechSynthesisVoice[] };
    synth.getVoices = () => [{ lang: 'fa-IR', name: 'fa', default: false, localService: true, voiceURI: 'fa' } as SpeechSynthesisVoice];
    try {
      expect(browserSpeech.hasVoice('prs')).to.equal(true);
      expect(browserSpeech.hasVoice('prs-AF')).to.equal(true);
      expect(browserSpeech.hasVoice('ar')).to.equal(false);
    } finally {
      delete (synth as Partial<SpeechSynthesis>).getVoices;
    }
  });

  for (const language of ['prs', 'fa-AF']) {
    it(`plan board, participantLanguage ${language}: each card shows its Dari, else Persian line`, async () => {
      // A host engine with the participant's voice and a Persian one (which reads the Persian fallback).
      const { engine } = sayingSpeech(['nb', language, 'fa']);
      setSpeechEngine(engine);
      const doc = { ...samplePlan(), participantLanguage: language, cards: [{ id: 'c1', columnId: 'mon', title: bus, pictogram: 'vk:bus' }, { id: 'c2', columnId: 'mon', title: doctor, pictogram: 'vk:doctor' }] };
      const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${doc}></vk-plan-board>`);
      expect(secondLine(cardItem(el, 'c1'))).to.equal('بس');
      expect(secondLine(cardItem(el, 'c2'))).to.equal('پزشک');
      expect(cardItem(el, 'c2').querySelector('[part~="text-second"]')?.getAttribute('dir')).to.equal('rtl');
      // Heard in the participant's language: no "Ingen lyd" on either card.
      expect(cardItem(el, 'c2').textContent).not.to.contain('Ingen lyd');
    });
  }

  it('task ladder, participantLanguage prs: the task shows and reads the Persian line', async () => {
    const speech = sayingSpeech(['nb', 'fa']);
    setSpeechEngine(speech.engine);
    const doc = { version: 1, title: 'Praksis', participantLanguage: 'prs', phases: [{ id: 'p1', title: 'Fase 1', tasks: [{ id: 't1', title: doctor, level: 'not-started' }] }] };
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder mode="participant" .value=${doc}></vk-task-ladder>`);
    const task = el.shadowRoot!.querySelector('[data-task-id="t1"], [data-id="t1"]') ?? el.shadowRoot!;
    expect(task.querySelector('[part~="text-second"]')?.textContent?.trim()).to.equal('پزشک');
    el.shadowRoot!.querySelector<HTMLElement>('.read-control')!.click();
    await new Promise<void>((resolve) => setTimeout(resolve));
    expect(speech.said).to.deep.equal(['nb:Lege', 'fa:پزشک']);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { LadderDocument } from '../../src/task-ladder/task-ladder.types.js';
import { validateDocument } from '../../src/api.js';
import { resolvedLocale, resolveText, textIn } from '../../src/core/text.js';
import { audioFor, bilingualSpeech } from '../../src/core/read-aloud.js';
import { withRecording } from '../../src/core/audio-url.js';
import { shadow } from '../helpers/index.js';
import { sampleLadder } from '../task-ladder/sample.js';

// Language tags are case-insensitive (RFC 5646 §2.1.1), and the schemas take a key in any case
// ("TI", "fa-af"): a Text's or an Audio's entry is found whatever the case of its key or of the
// language asked for. An exact key is still taken first.
describe('Text and Audio keys match language tags case-insensitively', () => {
  it('textIn, resolveText and resolvedLocale find an entry whose key differs only in case', () => {
    const text = { nb: 'Norskkurs', TI: 'ትምህርቲ', 'Fa-af': 'کورس' };
    expect(textIn(text, 'ti')).to.equal('ትምህርቲ');
    expect(textIn(text, 'ti-ER')).to.equal('ትምህርቲ');
    expect(textIn(text, 'fa-AF')).to.equal('کورس');
    expect(textIn({ NB: 'Norskkurs' }, 'nb')).to.equal('Norskkurs');
    expect(resolveText(text, 'ti')).to.equal('ትምህርቲ');
    expect(resolveText({ NB: 'Norskkurs', en: 'Course' }, 'uk')).to.equal('Norskkurs');
    expect(resolvedLocale(text, 'ti')).to.equal('ti');
    expect(textIn({ ti: 'exact', TI: 'other' }, 'ti'), 'the exact key first').to.equal('exact');
  });

  it('audioFor and bilingualSpeech find a recording whose key differs only in case', () => {
    expect(audioFor({ TI: 'ti.mp3' }, 'ti')).to.equal('ti.mp3');
    const parts = bilingualSpeech({ nb: 'Norskkurs', TI: 'ትምህርቲ' }, { NB: 'nb.mp3', Ti: 'ti.mp3' }, 'ti', 'ti');
    expect(parts).to.deep.equal([
      { text: 'Norskkurs', lang: 'nb', audio: 'nb.mp3' },
      { text: 'ትምህርቲ', lang: 'ti', audio: 'ti.mp3' },
    ]);
  });

  it('withRecording replaces (or removes) the entry of that language whatever the case of its key', () => {
    expect(withRecording({ nb: 'nb.mp3', TI: 'old.mp3' }, 'ti', 'new.mp3')).to.deep.equal({ nb: 'nb.mp3', ti: 'new.mp3' });
    expect(withRecording({ TI: 'old.mp3' }, 'ti', null)).to.equal(null);
  });

  it('a ladder whose title has a "TI" entry shows it under the Norwegian for participant language ti', async () => {
    const doc = { ...sampleLadder(), participantLanguage: 'ti', title: { nb: 'Arbeidspraksis', TI: 'ልምምድ ስራሕ' } } as LadderDocument;
    expect(validateDocument('ladder', doc).ok, 'the schema takes the key').to.equal(true);
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${doc}></vk-task-ladder>`);
    const second = shadow(el, '#title .vk-text--second');
    expect([second.textContent, second.getAttribute('lang')]).to.deep.equal(['ልምምድ ስራሕ', 'ti']);
  });
});

// A tag with an extension or private-use part after its language (RFC 5646 §2.2.6–2.2.7: one-letter
// singletons, "u" for Unicode locale extensions, "x" for private use) is a language tag like any
// other: before 7 Dec 2026 (a contract audit) the pattern wanted every subtag 2–8 characters long and
// refused "nb-NO-u-nu-latn" or "ti-x-asmara" as a Text or Audio key or a participant language.
describe('Text and Audio keys with an extension or private-use part', () => {
  it('the schemas take them; a tag with no language first stays refused', () => {
    for (const key of ['nb-NO-u-nu-latn', 'ti-x-asmara', 'ar-u-nu-arab']) {
      const doc = { ...sampleLadder(), participantLanguage: key, title: { nb: 'Arbeidspraksis', [key]: 'x' } };
      expect(validateDocument('ladder', doc).ok, key).to.equal(true);
    }
    for (const key of ['x-host', 'n', 'nb--NO', 'nb-toolongsubtag']) {
      expect(validateDocument('ladder', { ...sampleLadder(), title: { nb: 'A', [key]: 'x' } }).ok, key).to.equal(false);
    }
  });

  it('textIn finds such an entry by its tag', () => {
    expect(textIn({ nb: 'Norskkurs', 'ti-x-asmara': 'ትምህርቲ' }, 'ti-x-asmara')).to.equal('ትምህርቲ');
  });
});

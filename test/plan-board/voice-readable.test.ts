// `BoardVoice.readable` answers "can some part of this card be heard?" without building the card's
// utterances (every card of a column is asked on every render, for the column's crossed-out
// speaker). Held here to the definition it shortcuts: `speech(…)`, what read-aloud will say, has a
// part with a recording or a voice — over titles (and times and places, said after them) in one, several or no language, recordings safe
// and unsafe, UI locales, participant languages and sets of voices (fast-check, seeded).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { BoardVoice } from '../../src/plan-board/board-voice.js';
import { baseLanguage } from '../../src/core/text.js';
import type { PlanCard } from '../../src/plan-board/plan-board.types.js';

const languages = ['nb', 'nn', 'no', 'en', 'ti', 'so', 'ar', 'uk', 'fa', 'fa-AF', 'prs', 'ti-ER'];
const language = fc.constantFrom(...languages);
const text = fc.oneof(
  fc.constant(undefined),
  fc.string({ maxLength: 6 }),
  fc.dictionary(language, fc.oneof(fc.constant(''), fc.constant('Norskkurs'), fc.constant('ትምህርቲ')), { maxKeys: 4 }),
);
const recording = fc.constantFrom('https://example.org/a.mp3', 'javascript:alert(1)', 'data:audio/webm;base64,AAAA', '');
const card = fc.record({ id: fc.constant('c1'), columnId: fc.constant('k1'), title: text, audio: fc.option(fc.dictionary(language, recording, { maxKeys: 3 }), { nil: undefined }), pictogram: fc.option(fc.constantFrom('school', 'work', 'no-such-picture'), { nil: undefined }), time: fc.option(fc.constantFrom('09:00', '09:00-11:30', '22:00 – 02:00'), { nil: undefined }), place: text }, { requiredKeys: ['id', 'columnId'] });

describe('plan board: a card is readable exactly when what it says can be heard', () => {
  it('readable(card) === speech(card).some(part has a recording or a voice), 2,000 cases', () => {
    const host = { addController() {}, requestUpdate() {} } as never;
    const voice = new BoardVoice(host, { locale: () => 'nb', document: () => null, cardsIn: () => [], announce() {}, disabled: () => false });
    fc.assert(
      fc.property(card, language, fc.option(language, { nil: undefined }), fc.uniqueArray(language, { maxLength: 4 }), (c, locale, participant, voices) => {
        const hasVoice = (lang: string): boolean => voices.some((v) => baseLanguage(v) === baseLanguage(lang));
        const expected = voice.speech(c as PlanCard, locale, participant).some((part) => part.audio !== undefined || hasVoice(part.lang));
        expect(voice.readable(c as PlanCard, locale, participant, hasVoice), JSON.stringify({ c, locale, participant, voices })).to.equal(expected);
      }),
      { seed: 20261205, numRuns: 2000 },
    );
  });
});

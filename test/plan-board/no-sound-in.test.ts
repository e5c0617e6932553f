import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { setLocale } from '../../src/core/localize.js';
import { cardButton, samplePlan } from './helpers.js';

// The read-aloud rule (7 Dec 2026, one rule for board and ladder): a participant card whose
// Norwegian line can be heard but whose participant-language line cannot says "Ingen lyd på
// tigrinja" (case 2) — a press reads the Norwegian line, so a plain "Ingen lyd" told them "no
// sound" and then gave sound. "Ingen lyd" stays for a card nothing on can be heard (case 3), and
// the column's speaker is crossed out in case 3 only. The old board said "Ingen lyd" in both.
const engine = (voices: string[]) => ({
  hasVoice: (lang: string) => voices.some((v) => lang.toLowerCase().startsWith(v)),
  speak: async () => undefined,
  play: async () => undefined,
});
const FSI = '\u2068', PDI = '\u2069'; // prettier-ignore

const badge = (el: VkPlanBoard, id: string): string | null => cardButton(el, id).querySelector('.silent-badge')?.textContent?.trim() ?? null;
const columnSpeaker = (el: VkPlanBoard, id: string): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>(`[data-roving="r:${id}"]`)!;

describe('plan board (participant): "Ingen lyd på {språk}" where only the Norwegian line can be heard', () => {
  afterEach(async () => {
    setSpeechEngine(null);
    await setLocale('nb');
  });

  it('a Norwegian voice, no Tigrinya one: each card names the language it cannot be heard in, the column speaker stays a speaker; with no voice at all, plain "Ingen lyd" and a crossed-out speaker', async () => {
    setSpeechEngine(engine(['nb', 'no']));
    const doc = { ...samplePlan(), participantLanguage: 'ti' };
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${doc}></vk-plan-board>`);
    await el.updateComplete;
    expect(badge(el, 'c1')).to.equal(`Ingen lyd på ${FSI}tigrinja${PDI}`);
    expect(badge(el, 'c3'), 'a card in Norwegian only: no Tigrinya line to hear').to.equal(`Ingen lyd på ${FSI}tigrinja${PDI}`);
    // The badge is part of the card's name (inside its button), so it is heard there too.
    expect(cardButton(el, 'c1').textContent).to.contain('Ingen lyd på');
    const speaker = columnSpeaker(el, 'mon');
    expect(speaker.getAttribute('aria-disabled'), 'case 2 is no "nothing to hear"').to.equal(null);
    expect(speaker.hasAttribute('aria-describedby')).to.equal(false);
    // No voice at all (case 3): plain "Ingen lyd", and the column's speaker crossed out.
    setSpeechEngine(engine([]));
    await el.updateComplete;
    expect(badge(el, 'c1')).to.equal('Ingen lyd');
    expect(columnSpeaker(el, 'mon').getAttribute('aria-disabled')).to.equal('true');
  });

  it('an Arabic recording on one card: that card has no badge, the others name arabisk; a Norwegian (nn) participant has no case 2', async () => {
    setSpeechEngine(engine(['nb']));
    const plan = samplePlan();
    const doc = { ...plan, cards: plan.cards.map((c) => (c.id === 'c1' ? { ...c, audio: { ar: 'https://example.org/ar.mp3' } } : c)) };
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${doc}></vk-plan-board>`);
    await el.updateComplete;
    expect(badge(el, 'c1')).to.equal(null);
    expect(badge(el, 'c2')).to.equal(`Ingen lyd på ${FSI}arabisk${PDI}`);
    // A Norwegian participant has no case 2: the Norwegian line is theirs.
    el.value = { ...doc, participantLanguage: 'nn' };
    await el.updateComplete;
    expect(badge(el, 'c2')).to.equal(null);
    setSpeechEngine(engine([]));
    await el.updateComplete;
    expect(badge(el, 'c2')).to.equal('Ingen lyd');
  });

  it('in an English UI the words and the language name are English', async () => {
    await setLocale('en');
    setSpeechEngine(engine(['en', 'nb']));
    const doc = { ...samplePlan(), participantLanguage: 'ti' };
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${doc}></vk-plan-board>`);
    await el.updateComplete;
    expect(badge(el, 'c1')).to.equal(`No sound in ${FSI}Tigrinya${PDI}`);
  });
});

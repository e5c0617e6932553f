// A card's note ("Ta med barnas vaksinekort.") is an instruction for the participant: it was only in the
// adviser's edit form. The card shows it under time and place (Norwegian line, the participant's under it,
// each with its lang and dir), clamped to two lines; the card button is described by it; read aloud says it
// after the place, each line in its own voice.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanDocument } from '../../src/plan-board/plan-board.types.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { cardButton, frame, samplePlan } from './helpers.js';

const note = { nb: 'Ta med barnas vaksinekort.', ar: 'أحضر بطاقات تطعيم الأطفال.' };
const plan = (text: PlanDocument['cards'][number]['note'] = note): PlanDocument => {
  const doc = samplePlan();
  return { ...doc, cards: doc.cards.map((c) => (c.id === 'c4' ? { ...c, note: text, place: { nb: 'Legesenteret', ar: 'المركز الطبي' } } : c)) };
};
const board = (mode: string, doc = plan()): Promise<VkPlanBoard> => fixture<VkPlanBoard>(html`<vk-plan-board mode=${mode} .value=${doc}></vk-plan-board>`);
/** The text of the elements a button's aria-describedby names, in order. */
const description = (button: HTMLElement): string[] =>
  (button.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean).map((id) => (button.getRootNode() as ShadowRoot).getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? `#${id}?`);

describe('plan board: a card shows its note', () => {
  afterEach(() => setSpeechEngine(null));

  for (const mode of ['adviser', 'participant']) {
    it(`shows the Norwegian line and the participant's, each with lang and dir (${mode})`, async () => {
      const el = await board(mode);
      const lines = [...cardButton(el, 'c4').querySelectorAll<HTMLElement>('.meta-note .vk-text')];
      expect(lines.map((l) => [l.lang, l.dir, l.textContent])).to.deep.equal([
        ['nb', 'ltr', note.nb],
        ['ar', 'rtl', note.ar],
      ]);
      expect(lines.every((l) => l.getBoundingClientRect().height > 0)).to.be.true;
    });
  }

  it('is the card button\'s description, not its name; a card without a note has none', async () => {
    const el = await board('participant');
    const button = cardButton(el, 'c4');
    expect(description(button).at(-1)).to.equal(`${note.nb}${note.ar}`); // (two block lines: a screen reader hears them apart)
    expect(button.querySelector('.meta-note')?.getAttribute('aria-hidden')).to.equal('true');
    expect(cardButton(el, 'c1').querySelector('.meta-note')).to.equal(null);
    expect(cardButton(el, 'c1').getAttribute('aria-describedby') ?? '').not.to.contain('note');
  });

  it('a long note is at most two lines high on the card', async () => {
    const long = { nb: 'Ta med barnas vaksinekort og legeerklæringen, og kom ti minutter før timen slik at tolken rekker å hilse på dere før legen kommer inn.' };
    const el = await board('participant', plan(long));
    const line = cardButton(el, 'c4').querySelector<HTMLElement>('.meta-note .vk-text')!;
    const height = parseFloat(getComputedStyle(line).lineHeight) || parseFloat(getComputedStyle(line).fontSize) * 1.5;
    expect(line.scrollHeight).to.be.greaterThan(line.clientHeight);
    expect(line.getBoundingClientRect().height).to.be.at.most(2 * height + 1);
  });

  it('read aloud says the note after time and place, each line in its voice', async () => {
    const heard: string[] = [];
    setSpeechEngine({ hasVoice: (lang) => ['nb', 'ar'].includes(lang), speak: async (text, lang) => void heard.push(`${lang}:${text}`), play: async () => true });
    const el = await board('participant');
    cardButton(el, 'c4').click();
    for (let i = 0; i < 3; i++) await frame();
    await el.updateComplete;
    expect(heard).to.deep.equal([`nb:Lege. Legesenteret. ${note.nb}`, `ar:طبيب. المركز الطبي. ${note.ar}`]);
  });

  it('a note only in Norwegian is not read by the Arabic voice', async () => {
    const heard: string[] = [];
    setSpeechEngine({ hasVoice: (lang) => ['nb', 'ar'].includes(lang), speak: async (text, lang) => void heard.push(`${lang}:${text}`), play: async () => true });
    const el = await board('participant', plan({ nb: note.nb }));
    cardButton(el, 'c4').click();
    for (let i = 0; i < 3; i++) await frame();
    await el.updateComplete;
    expect(heard).to.deep.equal([`nb:Lege. Legesenteret. ${note.nb}`, 'ar:طبيب. المركز الطبي']);
  });
});

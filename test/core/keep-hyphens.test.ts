// Somali joins particles and endings to a word with a hyphen ("ka-qaybgalayaasha", "la-socod",
// "Easter-ka"). Drawn in a narrow box, such a word broke at its hyphen: "ka-" ended a line and the
// rest of the word began the next (a step of the work-oriented course at 360 px, a participant's
// line on a card, "Af-Norwiiji" in a week chip). `keepHyphens` makes a hyphen that joins a part of
// at most three letters non-breaking (U+2011) for display; the text read aloud stays as written.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/define.js';
import { bilingual } from '../../src/core/bilingual.js';
import { keepHyphens } from '../../src/core/keep-together.js';
import { bilingualSpeech } from '../../src/core/read-aloud.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';

const NB_HYPHEN = '\u2011';

/** The hyphens of `text` (a text node under `root`) that end a line: the word before them on one line, the letter after on the next. */
function brokenHyphens(root: Node): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const text = node.data;
    for (let i = 1; i < text.length - 1; i++) {
      if (text[i] !== '-' && text[i] !== NB_HYPHEN) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const hyphen = range.getBoundingClientRect();
      range.setStart(node, i + 1);
      range.setEnd(node, i + 2);
      const next = range.getBoundingClientRect();
      if (Math.abs(hyphen.top - next.top) > 2) broken.push(text.slice(0, i + 1));
    }
  }
  return broken;
}

const somali = 'Soo xulo oo diyaari ka-qaybgalayaasha';

describe('keepHyphens: a hyphen joining a short part does not break', () => {
  it('makes non-breaking the hyphens next to a part of one to three letters, in words only', () => {
    expect(keepHyphens(somali)).to.equal(somali.replace('-', NB_HYPHEN));
    expect(keepHyphens('Wax-soo-saarka cuntada')).to.equal(`Wax${NB_HYPHEN}soo${NB_HYPHEN}saarka cuntada`);
    expect(keepHyphens('Fasaxa Easter-ka')).to.equal(`Fasaxa Easter${NB_HYPHEN}ka`);
    // Two long parts still break; digits are not a word's letters; no hyphen, no change.
    expect(keepHyphens("Mas'uuliyad iyo madax-bannaanni")).to.equal("Mas'uuliyad iyo madax-bannaanni");
    expect(keepHyphens('09:00-11:30')).to.equal('09:00-11:30');
    expect(keepHyphens('- ka -')).to.equal('- ka -');
    expect(keepHyphens('Norskkurs')).to.equal('Norskkurs');
  });

  it('a participant\'s Somali line never ends in "ka-", at any width; read aloud as written', async () => {
    const text = { nb: 'Rekrutter og forbered deltakerne', so: somali };
    const box = await fixture<HTMLDivElement>(html`<div style="font: 16px 'Noto Sans', sans-serif; inline-size: 300px"></div>`);
    render(bilingual(text, 'nb', 'so'), box);
    for (let width = 120; width <= 360; width += 4) {
      box.style.inlineSize = `${width}px`;
      expect(brokenHyphens(box), `${width}px`).to.deep.equal([]);
    }
    // The hyphen is there, drawn unbreakable; speech reads the document's text.
    expect(box.textContent).to.contain(`ka${NB_HYPHEN}qaybgalayaasha`);
    expect(bilingualSpeech(text, undefined, 'nb', 'so')[1].text).to.equal(somali);
  });

  it('a step tracker\'s Somali step title does not break after "ka-" (the work-oriented course at 360 px and narrower)', async () => {
    const doc = { version: 1, steps: [{ id: 's', title: { nb: 'Rekrutter og forbered deltakerne', so: somali }, status: 'not-started' }] };
    const wrap = await fixture<HTMLDivElement>(html`<div lang="so" style="inline-size: 360px"><vk-step-tracker .value=${doc}></vk-step-tracker></div>`);
    const el = wrap.firstElementChild as VkStepTracker;
    await el.updateComplete;
    const title = el.shadowRoot!.querySelector('.step-title')!;
    expect(title.textContent).to.contain('qaybgalayaasha');
    for (let width = 160; width <= 400; width += 4) {
      wrap.style.inlineSize = `${width}px`;
      expect(brokenHyphens(title), `${width}px`).to.deep.equal([]);
    }
  });
});

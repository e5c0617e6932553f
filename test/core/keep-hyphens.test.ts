// Somali joins particles and endings to a word with a hyphen ("ka-qaybgalayaasha", "la-socod",
// "Easter-ka"). Drawn in a narrow box, such a word broke at its hyphen: "ka-" ended a line and the
// rest of the word began the next (a step of the work-oriented course at 360 px, a participant's
// line on a card, "Af-Norwiiji" in a week chip). `keepHyphens` makes a hyphen that joins a part of
// at most three letters unbreakable for display. It did so with U+2011 (a non-breaking hyphen),
// which reached find-in-page (a typed hyphen did not find the word), copied text and accessible
// names; now the word is wrapped in a `.vk-nowrap` span and the text keeps its own hyphen.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/define.js';
import { bilingual } from '../../src/core/bilingual.js';
import { keepHyphens } from '../../src/core/keep-together.js';
import { bilingualSpeech } from '../../src/core/read-aloud.js';
import { tokens } from '../../src/core/tokens.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { createAminaPlan } from '../../src/presets/plan.js';
import { accessibilityTree, type AxNode } from '../a11y/a11y-tree.js';

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

/** Every accessible name in the tree under `selector` (a named group: the tree's root). */
async function names(selector: string): Promise<string[]> {
  const all = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(all)];
  return all(await accessibilityTree(selector)).map((n) => n.name ?? '').filter(Boolean);
}

/** A box in a shadow root that has the widgets' shared styles (`.vk-nowrap`), as every widget's has. */
async function styledBox(): Promise<HTMLDivElement> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [tokens.styleSheet!];
  const box = document.createElement('div');
  box.style.font = "16px 'Noto Sans', sans-serif";
  root.append(box);
  return box;
}

describe('keepHyphens: a hyphen joining a short part does not break', () => {
  it('keeps together the words with a hyphen next to a part of one to three letters, in words only, text unchanged', () => {
    const kept = (text: string): string[] => {
      const box = document.createElement('div');
      render(keepHyphens(text), box);
      expect(box.textContent, 'the text as written').to.equal(text);
      // A space after a word goes inside its span (keep-together.ts: Chromium's names dropped it at a text node's start).
      return [...box.querySelectorAll('.vk-nowrap')].map((span) => span.textContent!.trimEnd());
    };
    expect(kept(somali)).to.deep.equal(['ka-qaybgalayaasha']);
    expect(kept('Wax-soo-saarka cuntada, la-socod')).to.deep.equal(['Wax-soo-saarka', 'la-socod']);
    expect(kept('Fasaxa Easter-ka')).to.deep.equal(['Easter-ka']);
    // Two long parts still break; digits are not a word's letters; nothing to keep: the string itself.
    for (const text of ["Mas'uuliyad iyo madax-bannaanni", '09:00-11:30', '- ka -', 'Norskkurs']) {
      expect(keepHyphens(text)).to.equal(text);
    }
  });

  it('a participant\'s Somali line never ends in "ka-", at any width; read aloud as written', async () => {
    const text = { nb: 'Rekrutter og forbered deltakerne', so: somali };
    const box = await styledBox();
    render(bilingual(text, 'nb', 'so'), box);
    for (let width = 120; width <= 400; width += 4) {
      box.style.inlineSize = `${width}px`;
      expect(brokenHyphens(box), `${width}px`).to.deep.equal([]);
    }
    // The text's own hyphen is there (found, copied and named as typed); speech reads the document's text.
    expect(box.textContent).to.contain('ka-qaybgalayaasha');
    expect(box.textContent).not.to.contain(NB_HYPHEN);
    expect(bilingualSpeech(text, undefined, 'nb', 'so')[1].text).to.equal(somali);
  });

  it('a step tracker\'s Somali step title does not break after "ka-" (the work-oriented course at 360 px and narrower)', async () => {
    const doc = { version: 1, steps: [{ id: 's', title: { nb: 'Rekrutter og forbered deltakerne', so: somali }, status: 'not-started' }] };
    const wrap = await fixture<HTMLDivElement>(html`<div lang="so" style="inline-size: 360px"><vk-step-tracker .value=${doc}></vk-step-tracker></div>`);
    const el = wrap.firstElementChild as VkStepTracker;
    await el.updateComplete;
    const title = el.shadowRoot!.querySelector('.step-title')!;
    expect(title.textContent).to.contain('ka-qaybgalayaasha');
    expect(el.shadowRoot!.textContent).not.to.contain(NB_HYPHEN);
    for (let width = 120; width <= 400; width += 4) {
      wrap.style.inlineSize = `${width}px`;
      expect(brokenHyphens(title), `${width}px`).to.deep.equal([]);
    }
    // Named with the hyphen as written: a screen reader's search and a braille display get "-".
    Object.assign(wrap, { id: 'hyphen-steps', role: 'group', ariaLabel: 'Host' });
    const named = await names('#hyphen-steps');
    expect(named.some((n) => n.includes('ka-qaybgalayaasha')), named.join(' | ')).to.equal(true);
    expect(named.filter((n) => n.includes(NB_HYPHEN))).to.deep.equal([]);
  });

  it('a ladder task\'s Somali line: the DOM text and the accessible names keep "-"; find-in-page finds the word as typed', async () => {
    const doc = {
      version: 1, title: 'Praksis', participantLanguage: 'so',
      phases: [{ id: 'p1', title: 'Fase 1', tasks: [{ id: 't', title: { nb: 'Rekrutter og forbered deltakerne', so: somali }, level: 'not-started' }] }],
    };
    const wrap = await fixture<HTMLDivElement>(html`<div id="hyphen-ladder" role="group" aria-label="Host" style="inline-size: 360px"><vk-task-ladder .value=${doc}></vk-task-ladder></div>`);
    const el = wrap.firstElementChild as VkTaskLadder;
    await el.updateComplete;
    const line = el.shadowRoot!.querySelector('.vk-text--second')!;
    expect(line.textContent).to.equal(somali);
    expect(el.shadowRoot!.textContent).not.to.contain(NB_HYPHEN);
    const named = await names('#hyphen-ladder');
    expect(named.some((n) => n.includes('ka-qaybgalayaasha')), named.join(' | ')).to.equal(true);
    expect(named.filter((n) => n.includes(NB_HYPHEN))).to.deep.equal([]);
    // Ctrl+F with a typed hyphen (window.find: the browser's own find-in-page search).
    getSelection()!.removeAllRanges();
    expect((window as unknown as { find(s: string): boolean }).find('ka-qaybgalayaasha')).to.equal(true);
  });

  it('a board card\'s Somali line ("Kulan la-taliyaha"): the DOM text and the accessible names keep "-"', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div id="hyphen-board" role="group" aria-label="Host"><vk-plan-board .value=${{ ...createAminaPlan(), participantLanguage: 'so' }}></vk-plan-board></div>`);
    const el = wrap.firstElementChild as VkPlanBoard;
    await el.updateComplete;
    const lines = [...el.shadowRoot!.querySelectorAll('.vk-text--second')].map((line) => line.textContent);
    expect(lines).to.include('Kulan la-taliyaha');
    expect(el.shadowRoot!.textContent).not.to.contain(NB_HYPHEN);
    const named = await names('#hyphen-board');
    expect(named.some((n) => n.includes('la-taliyaha')), named.join(' | ')).to.equal(true);
    expect(named.filter((n) => n.includes(NB_HYPHEN))).to.deep.equal([]);
  });
});

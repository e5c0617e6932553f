import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { LadderDocument } from '../../src/task-ladder/task-ladder.types.js';
import { setLocale } from '../../src/core/localize.js';
import { shadow, shadowAll, textAt200Percent } from '../helpers/index.js';
import { wordsOnTwoLines } from '../a11y/layout-checks.js';
import { sampleLadder } from './sample.js';
import { createBranchLadder } from '../../src/presets/ladder/kitchen.js';

// A participant on a 360 px phone with text at 200 % (WCAG 1.4.4), a long logbook entry, and the
// paper logbook: what is painted, measured from boxes and line rects.

async function mount(lang: 'nb' | 'ar', doc: LadderDocument, mode = 'participant', width = 344): Promise<VkTaskLadder> {
  await setLocale(lang);
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} style="inline-size: ${width}px"><vk-task-ladder .value=${doc} mode=${mode}></vk-task-ladder></div>`);
  const el = wrapper.querySelector('vk-task-ladder') as VkTaskLadder;
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
  return el;
}

const overlap = (a: DOMRect, b: DOMRect): boolean => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
const inside = (inner: DOMRect, outer: DOMRect): boolean => inner.left >= outer.left - 1 && inner.right <= outer.right + 1;


describe('<vk-task-ladder> on a 360 px phone', () => {
  before(() => setViewport({ width: 360, height: 640 }));
  afterEach(async () => {
    document.documentElement.style.removeProperty('font-size');
    await emulateMedia({ media: 'screen' });
    await setLocale('nb');
  });
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['nb', 'ar'] as const) {
    it(`text at 200 %: the five moods wrap to more rows, none over another, every word inside its choice and the popover (${lang})`, async () => {
      document.documentElement.style.fontSize = '200%';
      const el = await mount(lang, sampleLadder());
      shadowAll(el, '.log-control')[0].click();
      await el.updateComplete;
      const popover = shadow(el, '.vk-popover').getBoundingClientRect();
      const choices = shadowAll(el, '.moods .choice').map((c) => c.getBoundingClientRect());
      expect(choices).to.have.length(5);
      const overlapping = choices.flatMap((a, i) => choices.slice(i + 1).filter((b) => overlap(a, b)).map(() => i));
      expect(overlapping, 'mood choices painted over each other').to.deep.equal([]);
      expect(new Set(choices.map((c) => Math.round(c.top))).size, 'more than one row').to.be.above(1);
      const words = shadowAll(el, '.moods .choice').map((choice) => ({ choice: choice.getBoundingClientRect(), word: choice.querySelector('span:last-of-type')!.getBoundingClientRect() }));
      expect(words.filter(({ choice, word }) => !inside(word, choice)).length, 'a mood word outside its choice').to.equal(0);
      expect(words.filter(({ word }) => !inside(word, popover)).length, 'a mood word outside the popover').to.equal(0);
    });
  }

  for (const lang of ['nb', 'ar'] as const) {
    it(`text at 200 %: the log form is no wider than its popover, which does not scroll sideways (${lang})`, async () => {
      document.documentElement.style.fontSize = '200%';
      const el = await mount(lang, sampleLadder());
      shadowAll(el, '.log-control')[0].click();
      await el.updateComplete;
      const panel = shadow(el, '.vk-popover');
      const style = getComputedStyle(panel);
      const box = panel.getBoundingClientRect();
      const content = { left: box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft), right: box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight) };
      const wide = Array.from(panel.querySelectorAll<HTMLElement>('form, fieldset, textarea, button, .panel'))
        .map((e) => ({ e, r: e.getBoundingClientRect() }))
        .filter(({ r }) => r.left < content.left - 0.5 || r.right > content.right + 0.5)
        .map(({ e, r }) => `${e.localName}.${e.className} ${Math.round(r.left)}–${Math.round(r.right)}`);
      expect(wide, `content box ${Math.round(content.left)}–${Math.round(content.right)}`).to.deep.equal([]);
      expect(panel.scrollWidth).to.be.at.most(panel.clientWidth);
    });
  }

  // A card's text column clips what overflows it (line clamp): a sign-off or level whose text
  // was one flex item as wide as its longest unbreakable run ("3.\u00a0mars\u00a02026",
  // "Nordmann,", Ukrainian "розпочато") was cut off at the column's edge instead of wrapping.
  for (const lang of ['nb', 'uk', 'ar'] as const) {
    it(`text at 200 %: every word of a card's level and sign-off is painted inside its text column (${lang})`, async () => {
      document.documentElement.style.fontSize = '200%';
      const doc = sampleLadder();
      const tasks = doc.phases[0].tasks.map((task) => ({ ...task, signoff: { by: 'Kari Nordmann', date: '2026-03-02' } }));
      const el = await mount(lang as 'nb', { ...doc, phases: [{ ...doc.phases[0], tasks }, ...doc.phases.slice(1)] });
      const cut: string[] = [];
      for (const column of shadowAll(el, '.task-text')) {
        const box = column.getBoundingClientRect();
        for (const part of Array.from(column.querySelectorAll<HTMLElement>('.level, .signoff'))) {
          const range = document.createRange();
          range.selectNodeContents(part);
          for (const r of Array.from(range.getClientRects())) {
            if (r.width > 0.5 && (r.left < box.left - 1 || r.right > box.right + 1)) cut.push(`${part.className}: "${part.textContent?.trim()}" ${Math.round(r.left)}–${Math.round(r.right)} outside ${Math.round(box.left)}–${Math.round(box.right)}`);
          }
        }
      }
      expect(cut).to.deep.equal([]);
    });
  }

  // An adviser's card kept its shortcuts indented past the pictogram (5rem at 200 %): half a phone's
  // card was left for "Написати в щоденник", whose words then ran out of the button and the page.
  for (const lang of ['nb', 'uk'] as const) {
    it(`text at 200 %: an adviser's card shortcuts and their words stay inside the ladder (${lang})`, async () => {
      document.documentElement.style.fontSize = '200%';
      const el = await mount(lang as 'nb', sampleLadder(), 'adviser');
      const box = el.getBoundingClientRect();
      const out: string[] = [];
      for (const button of shadowAll(el, '.task-controls button')) {
        const range = document.createRange();
        range.selectNodeContents(button);
        const rects = [button.getBoundingClientRect(), ...Array.from(range.getClientRects())].filter((r) => r.width > 0.5);
        if (rects.some((r) => r.left < box.left - 1 || r.right > box.right + 1)) out.push(`${button.className}: "${button.textContent?.trim()}"`);
      }
      expect(out, `outside ${Math.round(box.left)}–${Math.round(box.right)}`).to.deep.equal([]);
    });
  }

  // A log line's author ("Deltaker:") sat beside the mood picture in what was left of the card's
  // text column (88 px at 200 % text), narrower than the word: it was drawn "Deltak" / "er:". Its
  // words now go under the picture when one of them does not fit beside it.
  for (const lang of ['nb', 'ar'] as const) {
    for (const mode of ['participant', 'adviser']) {
      it(`text at 200 %: no word of a logbook line is split across lines, on the card, in the details or on paper (${lang}, ${mode})`, async () => {
        document.documentElement.style.fontSize = '200%';
        const doc = sampleLadder();
        const log = [
          { date: '2026-03-01', by: 'adviser' as const, mood: 5 as const },
          { date: '2026-03-02', by: 'mentor' as const, mood: 3 as const, text: 'Bra' },
          { date: '2026-03-03', by: 'participant' as const, mood: 4 as const, text: 'Gikk fint' },
        ];
        const tasks = doc.phases[0].tasks.map((task, t) => (t === 1 ? { ...task, log } : task));
        const el = await mount(lang as 'nb', { ...doc, phases: [{ ...doc.phases[0], tasks }, ...doc.phases.slice(1)] }, mode);
        const check = (where: string, selector: string): void => {
          const lines = shadowAll(el, selector);
          expect(lines.length, `${where}: log lines`).to.be.above(0);
          expect(lines.every((line) => line.querySelector('.vk-pictogram')), `${where}: each with its mood picture`).to.equal(true);
          expect(lines.flatMap(wordsOnTwoLines), `${where}: words drawn on two lines`).to.deep.equal([]);
        };
        check('card', '.latest-log');
        expect(shadowAll(el, '.latest-log')[0].textContent, 'the card shows the newest entry').to.contain(lang === 'nb' ? 'Deltaker: ' : 'المشارك: ');
        const button = shadowAll(el, '.task-button')[1];
        button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        await el.updateComplete;
        check('details', '.vk-popover .log-entry');
        window.dispatchEvent(new Event('beforeprint'));
        await emulateMedia({ media: 'print' });
        await el.updateComplete;
        try {
          check('paper', '.print-log li');
        } finally {
          window.dispatchEvent(new Event('afterprint'));
        }
      });
    }
  }

  // A card's text column beside its pictogram was 144 px at 200 % text on a 360 px phone, narrower
  // than a title's longest word: "Kutte grønnsaker" was drawn "grønnsa" / "ker", on the card and in
  // the details' header. A task whose words do not fit beside its pictogram has it above them (on
  // the cards: every card of a ladder at most 14em wide, card-placement.test.ts).
  const opened = async (el: VkTaskLadder, task: number): Promise<void> => {
    shadowAll(el, '.task-button')[task].dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await el.updateComplete;
  };
  for (const lang of ['nb', 'ar', 'uk'] as const) {
    for (const mode of ['participant', 'adviser']) {
      it(`text at 200 %: no word of a task title is split across lines, on the card or in the details' header (${lang}, ${mode})`, async () => {
        document.documentElement.style.fontSize = '200%';
        const el = await mount(lang as 'nb', sampleLadder(), mode);
        const titles = shadowAll(el, '.task-title');
        expect(titles.length, 'task titles').to.equal(4);
        expect(titles.flatMap(wordsOnTwoLines), 'card: words drawn on two lines').to.deep.equal([]);
        for (const task of [0, 1]) {
          await opened(el, task);
          const header = shadow(el, '.vk-popover .panel-title');
          expect(header.textContent, 'the details of that task').to.contain(titles[task].textContent!.trim().split(/\s/u)[0]);
          expect(header.querySelector('.vk-pictogram'), `details of task ${task + 1}: the header with its pictogram`).to.not.equal(null);
          expect(wordsOnTwoLines(header), `details of task ${task + 1}: words drawn on two lines`).to.deep.equal([]);
          shadow(el, '.vk-popover').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
          await el.updateComplete;
        }
      });
    }
  }

  // The Ukrainian adviser's label ("Консультант:", about 165 px at 200 % text) is wider than the
  // 144 px column beside a card's pictogram: it was split however the line was laid out.
  for (const lang of ['nb', 'ar', 'uk'] as const) {
    for (const mode of ['participant', 'adviser']) {
      it(`text at 200 %: an adviser's log line keeps its label whole, on the card, in the details and on paper (${lang}, ${mode})`, async () => {
        document.documentElement.style.fontSize = '200%';
        const doc = sampleLadder();
        const log = [
          { date: '2026-03-01', by: 'participant' as const, mood: 4 as const, text: 'Gikk fint' },
          { date: '2026-03-02', by: 'adviser' as const, mood: 3 as const, text: 'Bra' },
        ];
        const tasks = doc.phases[0].tasks.map((task, t) => (t === 1 ? { ...task, log } : task));
        const el = await mount(lang as 'nb', { ...doc, phases: [{ ...doc.phases[0], tasks }, ...doc.phases.slice(1)] }, mode);
        const label = { nb: 'Rådgiver: ', ar: 'المستشار: ', uk: 'Консультант: ' }[lang];
        const card = shadowAll(el, '.latest-log')[0];
        expect(card.textContent, 'the card shows the adviser\'s entry').to.contain(label);
        expect(wordsOnTwoLines(card), 'card: words drawn on two lines').to.deep.equal([]);
        await opened(el, 1);
        const lines = shadowAll(el, '.vk-popover .log-entry');
        expect(lines.length, 'details: log lines').to.equal(2);
        expect(lines.flatMap(wordsOnTwoLines), 'details: words drawn on two lines').to.deep.equal([]);
        window.dispatchEvent(new Event('beforeprint'));
        await emulateMedia({ media: 'print' });
        await el.updateComplete;
        try {
          expect(shadowAll(el, '.print-log li').flatMap(wordsOnTwoLines), 'paper: words drawn on two lines').to.deep.equal([]);
        } finally {
          window.dispatchEvent(new Event('afterprint'));
        }
      });
    }
  }

  // "Fase 1" is a phase's group name; at 200 % text in a 280 px ladder its words stay whole.
  for (const lang of ['nb', 'ar', 'uk'] as const) {
    for (const width of [280, 344]) {
      it(`text at 200 %: the phase number and title are not split across lines in a ${width} px ladder (${lang})`, async () => {
        document.documentElement.style.fontSize = '200%';
        const el = await mount(lang as 'nb', sampleLadder(), 'adviser', width);
        const numbers = shadowAll(el, '.phase-number');
        expect(numbers.map((n) => n.textContent?.trim().split(/\s/u).pop()).sort(), 'the numbers').to.deep.equal(['1', '2']);
        expect(numbers.flatMap(wordsOnTwoLines), 'phase number: words drawn on two lines').to.deep.equal([]);
        expect(shadowAll(el, '.phase-title').flatMap(wordsOnTwoLines), 'phase title: words drawn on two lines').to.deep.equal([]);
      });
    }
  }

  it('a long latest log entry shows as a two-line preview on the card; the whole text stays in its name and the details', async () => {
    const doc = sampleLadder();
    const text = 'Jeg vasket gulvet i kantina og lærte å bruke moppen riktig. '.repeat(74).trim();
    expect(text.length).to.be.within(4000, 5000);
    const task = { ...doc.phases[0].tasks[2], log: [{ date: '2026-03-01', by: 'participant' as const, mood: 4 as const, text }] };
    const el = await mount('nb', { ...doc, phases: [{ ...doc.phases[0], tasks: [task] }] });
    const card = shadow(el, '.task');
    expect(card.getBoundingClientRect().height, 'the card stays short').to.be.below(320);
    const preview = shadow(el, '.latest-log .log-text');
    const lines = Math.round(preview.getBoundingClientRect().height / parseFloat(getComputedStyle(preview).lineHeight));
    expect(lines).to.be.at.most(2);
    expect(shadow(el, '.task-button').textContent, 'the accessible name (button content)').to.contain(text);
    shadow(el, '.task-button').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(shadow(el, '.vk-popover .log-entry').textContent).to.contain(text);
  });
});

// Narrower phones at 200 % text, where the popover's padding (32 px a side), the buttons' (24 px)
// and the ladder's stacked padding (phase 24 + card 9 + card button 8 px a side) left less room than
// one word: "Підтвердити" in a 188 px button, "Підтверджено:" (207 px) in a 176 px card,
// "oppvaskmaskinen" (290 px) in a 260 px one. Measured from line rects, as above.
describe('<vk-task-ladder> on a narrow phone, text at 200 %', () => {
  textAt200Percent();
  after(() => setViewport({ width: 800, height: 600 }));

  // The ladder as wide as the window less 8 px a side (a page's margin).
  const narrow = async (width: number, doc: LadderDocument, lang: 'nb' | 'uk'): Promise<VkTaskLadder> => {
    await setViewport({ width, height: 640 });
    return mount(lang as 'nb', doc, 'adviser', width - 16);
  };

  for (const width of [320, 280]) {
    it(`the details' buttons keep every word whole, inside the button and the popover (uk, ${width} px)`, async () => {
      const el = await narrow(width, sampleLadder(), 'uk');
      shadowAll(el, '.task-button')[2].dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      await el.updateComplete;
      const popover = shadow(el, '.vk-popover');
      const buttons = Array.from(popover.querySelectorAll<HTMLElement>('.actions button'));
      expect(buttons.map((b) => b.textContent?.trim())).to.deep.equal(['Підтвердити', 'Написати в щоденник', 'Закрити']);
      expect(buttons.flatMap(wordsOnTwoLines), 'words drawn on two lines').to.deep.equal([]);
      const box = popover.getBoundingClientRect();
      const out: string[] = [];
      for (const button of buttons) {
        const range = document.createRange();
        range.selectNodeContents(button);
        const own = button.getBoundingClientRect();
        for (const r of Array.from(range.getClientRects())) {
          if (r.width > 0.5 && (!inside(r, own) || !inside(own, box))) out.push(`"${button.textContent?.trim()}" ${Math.round(r.left)}–${Math.round(r.right)} in ${Math.round(own.left)}–${Math.round(own.right)}`);
        }
      }
      expect(out, `popover ${Math.round(box.left)}–${Math.round(box.right)}`).to.deep.equal([]);
    });

    it(`a card's sign-off keeps "Підтверджено:" whole (uk, ${width} px)`, async () => {
      const doc = sampleLadder();
      const tasks = doc.phases[0].tasks.map((task) => ({ ...task, signoff: { by: 'Kari Nordmann', date: '2026-03-02' } }));
      const el = await narrow(width, { ...doc, phases: [{ ...doc.phases[0], tasks }, ...doc.phases.slice(1)] }, 'uk');
      const signoffs = shadowAll(el, '.signoff');
      expect(signoffs.length).to.equal(3);
      expect(signoffs[0].textContent).to.contain('Підтверджено:');
      expect(signoffs.flatMap(wordsOnTwoLines), 'words drawn on two lines').to.deep.equal([]);
    });
  }

  // The kitchen template's long words. A card's words get the ladder's width less at most 0.75rem a
  // side (the phase's, card's and card button's borders and padding): only a word wider than that
  // ("oppvaskmaskinen" in a 304 px ladder) may break. The ladder's title has no padding: whole.
  for (const lang of ['nb', 'uk'] as const) {
    for (const width of [360, 320]) {
      it(`the kitchen template's titles keep their words whole where they fit (${lang}, ${width} px)`, async () => {
        const el = await narrow(width, createBranchLadder(), lang);
        const room = el.getBoundingClientRect().width - 2 * 0.75 * parseFloat(getComputedStyle(document.documentElement).fontSize);
        expect(wordsOnTwoLines(shadow(el, '.title')), 'the ladder\'s title').to.deep.equal([]);
        const wide = (word: string, element: Element): boolean => {
          const probe = document.createElement('span');
          probe.textContent = word;
          Object.assign(probe.style, { position: 'absolute', whiteSpace: 'nowrap', maxInlineSize: 'none' });
          element.append(probe);
          const w = probe.getBoundingClientRect().width;
          probe.remove();
          return w > room;
        };
        const split = shadowAll(el, '.phase-title, .task-title').flatMap((title) => wordsOnTwoLines(title).filter((word) => !wide(word, title)));
        expect(split, `words narrower than ${Math.round(room)} px drawn on two lines`).to.deep.equal([]);
        if (lang === 'nb') expect(shadowAll(el, '.task-title').map((t) => t.textContent).join(' ')).to.contain('internkontroll').and.to.contain('oppvaskmaskinen');
      });
    }
  }
});

describe('<vk-task-ladder> printed', () => {
  before(() => setViewport({ width: 800, height: 1000 }));
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await setLocale('nb');
  });

  for (const lang of ['nb', 'ar'] as const) {
    it(`a log line with a mood picture has its text on the same line as its date and author (${lang})`, async () => {
      const doc = sampleLadder();
      // A4 portrait: 190 mm of paper.
      const el = await mount(lang, doc, 'adviser', 718);
      window.dispatchEvent(new Event('beforeprint'));
      await emulateMedia({ media: 'print' });
      await el.updateComplete;
      const line = shadowAll(el, '.print-log li').find((li) => li.querySelector('.vk-pictogram'))!;
      const [date, text] = Array.from(line.querySelectorAll('bdi'));
      expect(text.textContent).to.equal('Gikk fint');
      expect(Math.abs(text.getClientRects()[0].top - date.getClientRects()[0].top), 'text and date on one line').to.be.below(1.5);
      expect(Math.abs(text.getClientRects()[0].bottom - date.getClientRects()[0].bottom)).to.be.below(2.5);
      window.dispatchEvent(new Event('afterprint'));
    });
  }
});

import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import { formWidgets as widgets, inForm } from '../helpers/forms.js';

// Storybook review #7 (7 Dec 2026): a document written by a newer Veikart (`"version": 2`,
// vk-error `unsupported-version`) said "… fordi dokumentet har feil." as a broken one does. The
// document is fine; the adviser should read that this page's Veikart is older (reload, or ask IT),
// in the UI language. The technical details stay the vk-error detail in English (developer-facing,
// contract §3), under a summary that says whom they are for.
type Widget = HTMLElement & { mode?: string; error: { code: string; message: string } | null; readonly updateComplete: Promise<boolean> };

const newer: Record<string, unknown> = {
  'vk-plan-board': { version: 2, columns: [] },
  'vk-step-tracker': { version: 2, steps: [] },
  'vk-task-ladder': { version: 2, title: 'x', phases: [] },
  'vk-course-calendar': { version: 2, courses: [], sessions: [] },
};
const BROKEN_NB = 'Innholdet kunne ikke vises fordi dokumentet har feil.';

async function rejected(tag: string, value: unknown, mode?: string): Promise<[Widget, HTMLElement]> {
  const el = document.createElement(tag) as Widget;
  if (mode) el.mode = mode;
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
  (el as unknown as { value: unknown }).value = value;
  await el.updateComplete;
  return [el, el.shadowRoot!.querySelector('[data-state="error"]') as HTMLElement];
}

/** The error box's own words: its text less the technical details. */
const plainWords = (box: HTMLElement): string => Array.from(box.childNodes, (n) => (n.nodeType === Node.TEXT_NODE ? n.textContent : '')).join('').trim();

describe('the error state for a document from a newer Veikart', () => {
  afterEach(() => setLocale('nb'));

  for (const tag of Object.keys(newer)) {
    it(`${tag}: says the document was made by a newer version, not that it has errors; the details are the vk-error detail`, async () => {
      const [el, box] = await rejected(tag, newer[tag]);
      expect(el.error?.code).to.equal('unsupported-version');
      const words = plainWords(box);
      expect(words).to.contain('nyere versjon');
      expect(words).to.not.equal(BROKEN_NB);
      const technical = box.querySelector('details [lang="en"]') as HTMLElement;
      expect(technical.textContent).to.contain('unsupported-version');
      expect(technical.textContent).to.contain(el.error!.message);
    });
  }

  it('a broken document still says it has errors', async () => {
    const [, box] = await rejected('vk-step-tracker', { version: 1, steps: 'no' });
    expect(plainWords(box)).to.equal(BROKEN_NB);
  });

  it('the details summary says the details are for IT, in the UI language', async () => {
    const [, box] = await rejected('vk-step-tracker', newer['vk-step-tracker']);
    expect(box.querySelector('summary')!.textContent!.trim()).to.equal('Tekniske detaljer for IT');
  });

  it('every UI locale has its own words for it (not the bokmål, not the broken document\'s)', async () => {
    const seen = new Set<string>();
    for (const locale of ['nn', 'en', 'ar', 'uk', 'ti', 'so', 'fa']) {
      await setLocale(locale);
      const [, box] = await rejected('vk-task-ladder', newer['vk-task-ladder']);
      const [, broken] = await rejected('vk-task-ladder', { version: 1, title: 'x', phases: 'no' });
      const words = plainWords(box);
      expect(box.lang, locale).to.equal(locale);
      expect(words, locale).to.not.equal(plainWords(broken));
      expect(words, locale).to.not.contain('nyere versjon av Veikart. Last inn');
      expect(box.querySelector('summary')!.textContent, locale).to.not.equal('Tekniske detaljer for IT');
      seen.add(words);
    }
    expect(seen.size, 'seven different texts').to.equal(7);
  });

  it('participant mode: the same plain words, no details', async () => {
    const [, box] = await rejected('vk-task-ladder', newer['vk-task-ladder'], 'participant');
    expect(box.textContent!.trim()).to.contain('nyere versjon');
    expect(box.querySelector('details')).to.equal(null);
  });

  it('a required widget with such a document: the form bubble says the same', async () => {
    const [tag] = widgets[0];
    const [form, el] = await inForm(tag);
    el.required = true;
    el.value = newer[tag];
    expect(form.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.contain('nyere versjon');
  });
});

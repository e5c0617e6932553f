import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';

// A newcomer's review: the error state carries lang = the UI language (here ar), but its technical
// details ('Invalid document at "/cards/0/title": …', the code, the JSON Pointer) are English, so a
// screen reader read English words with an Arabic voice (WCAG 3.1.2), and the pointer was laid out
// right to left. The plain words stay in the UI language; the technical text is lang="en" dir="ltr".
// In participant mode the participant gets only the plain words: the details are for the adviser.
type Widget = HTMLElement & { mode?: string; error: { code: string; message: string } | null; readonly updateComplete: Promise<boolean> };

const broken = { version: 1, columns: [{ id: 'c1', title: 'Mandag', cards: [{ id: 'x', title: 42 }] }] };

describe('the error state marks its technical details as English, left to right', () => {
  afterEach(async () => {
    await setLocale('nb');
  });

  for (const tag of ['vk-plan-board', 'vk-step-tracker', 'vk-task-ladder', 'vk-course-calendar']) {
    it(`${tag} in ar: the plain message in ar, the code, pointer and message in an en, ltr element`, async () => {
      await setLocale('ar');
      const el = await fixture<Widget>(html`<div></div>`).then((div) => {
        const w = document.createElement(tag) as Widget;
        div.append(w);
        return w;
      });
      (el as unknown as { value: unknown }).value = '{"version": 1,';
      await el.updateComplete;
      expect(el.error?.code, 'rejected').to.equal('invalid-json');
      const box = el.shadowRoot!.querySelector('[data-state="error"]') as HTMLElement;
      expect(box.lang).to.equal('ar');
      const code = box.querySelector('details code') as HTMLElement;
      expect(code.textContent).to.equal('invalid-json');
      const technical = code.closest('[lang]') as HTMLElement;
      expect(technical === box, 'the code is not marked with the UI language').to.equal(false);
      expect([technical.lang, technical.dir]).to.deep.equal(['en', 'ltr']);
      expect(technical.textContent).to.contain(el.error!.message);
      // The summary ("Tekniske detaljer", translated) is not in the English element.
      expect(technical.contains(box.querySelector('summary')), 'the summary stays in the UI language').to.equal(false);
    });
  }

  it('plan board in participant mode: the plain message only, no technical details; adviser mode has them', async () => {
    const el = await fixture<Widget>(html`<vk-plan-board mode="participant"></vk-plan-board>`);
    (el as unknown as { value: unknown }).value = broken;
    await el.updateComplete;
    expect(el.error, 'rejected').to.not.equal(null);
    const box = el.shadowRoot!.querySelector('[data-state="error"]') as HTMLElement;
    expect(box.textContent!.trim()).to.equal('Innholdet kunne ikke vises fordi dokumentet har feil.');
    expect(box.querySelector('details'), 'no details for the participant').to.equal(null);
    el.mode = 'adviser';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-state="error"] details code')?.textContent).to.equal(el.error!.code);
  });
});

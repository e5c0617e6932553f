/**
 * The card editor's "Ikke lagret" (the form holds typing not saved) on a phone (360×640, nb and ar): "Bytt bilde", a picture
 * picked, and the form came back scrolled to its buttons (focus on "Bytt bilde"), the mark scrolled out of view above the
 * fields: the adviser could not see that the draft was unsaved (QA, 8 Dec 2026). It is part of the form's heading band now,
 * kept in view with it (core/sticky-ends.ts) wherever the form is scrolled.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { setLocale } from '../../src/core/localize.js';
import { settle } from '../helpers/index.js';
import { deepActive, frame, menuAction, placed, samplePlan } from './helpers.js';

/** `mark` is wholly inside the window and the panel's box, and what the page shows at its centre is it (no field scrolled over it). */
function seen(root: ShadowRoot, panel: HTMLElement, mark: HTMLElement): string[] {
  const at = mark.getBoundingClientRect();
  const box = panel.getBoundingClientRect();
  const problems: string[] = [];
  if (at.top < 0 || at.bottom > innerHeight) problems.push(`outside the window (${Math.round(at.top)}–${Math.round(at.bottom)} of ${innerHeight})`);
  if (at.top < box.top - 1 || at.bottom > box.bottom + 1) problems.push(`outside the panel's box (${Math.round(at.top)}–${Math.round(at.bottom)}, panel ${Math.round(box.top)}–${Math.round(box.bottom)})`);
  const hit = root.elementFromPoint(at.left + at.width / 2, at.top + at.height / 2);
  if (!hit || !mark.contains(hit)) problems.push(`covered at its centre by ${hit?.localName}.${hit?.className}`);
  return problems;
}

describe('plan board: "Ikke lagret" stays in view on a phone', () => {
  before(() => setViewport({ width: 360, height: 640 }));
  after(async () => {
    await setViewport({ width: 800, height: 600 });
    await setLocale('nb');
  });

  for (const locale of ['nb', 'ar']) {
    it(`${locale}, 360×640: after "Bytt bilde" and a pick, and scrolled to either end, the mark is seen`, async () => {
      await setLocale(locale);
      const wrapper = await fixture<HTMLElement>(html`<div dir=${locale === 'ar' ? 'rtl' : 'ltr'}><vk-plan-board .value=${samplePlan()}></vk-plan-board></div>`);
      const el = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
      const root = el.shadowRoot!;
      await el.updateComplete;
      await menuAction(el, 'c1', 'edit');
      await waitUntil(() => root.querySelector('.vk-popover:popover-open .edit-form vk-audio-recorder'), 'the form open, with its recorder', { timeout: 5000 });
      await placed(el);
      await sendKeys({ type: ' hos Fyrlykta' });
      // "Bytt bilde" by keyboard, the dentist picked by keyboard: the form comes back with the typing, "Ikke lagret".
      root.querySelector<HTMLElement>('.edit-form .change-picture')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      await waitUntil(() => root.querySelector('.picker-option[data-pictogram="vk:dentist"]'), 'the picker', { timeout: 5000 });
      root.querySelector<HTMLElement>('.picker-option[data-pictogram="vk:dentist"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      await waitUntil(() => root.querySelector('.vk-popover:popover-open .edit-form vk-audio-recorder'), 'the form back, with its recorder', { timeout: 5000 });
      const panel = await placed(el);
      await settle(el);
      await frame();
      await frame();
      const mark = root.querySelector<HTMLElement>('#unsaved-note');
      expect(mark?.textContent, 'the draft is marked unsaved').to.equal(locale == 'nb' ? 'Ikke lagret' : 'لم يُحفظ');
      expect(panel.scrollHeight, 'the form is taller than its popover here (else nothing to test)').to.be.greaterThan(panel.clientHeight);
      expect(deepActive(), 'focus on "Bytt bilde"').to.equal(root.querySelector('.edit-form .change-picture'));
      expect(seen(root, panel, mark!), 'after the pick').to.deep.equal([]);
      for (const end of ['bottom', 'top'] as const) {
        panel.scrollTop = end == 'top' ? 0 : panel.scrollHeight;
        await frame();
        await frame();
        expect(seen(root, panel, mark!), `scrolled to the ${end}`).to.deep.equal([]);
      }
    });
  }
});

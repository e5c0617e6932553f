/**
 * The card editor on a phone (360×640, nb and ar, adviser): taller than the window, its Save and
 * Cancel were below the popover's fold, reached only by scrolling it (phone QA, 7 Dec 2026). Its
 * heading and buttons stay in view while its fields scroll under them (core/sticky-ends.ts), as the
 * calendar's session details and the tracker's step details do: Save is in the window and on top
 * (no field drawn over it), scrolled to the top and with focus on its last field.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { setLocale } from '../../src/core/localize.js';
import { frame, menuAction, placed, samplePlan } from './helpers.js';

/** `button` is wholly inside the window and the panel, and what the page shows at its centre is it (not a field scrolled over it). */
function reachable(root: ShadowRoot, panel: HTMLElement, button: HTMLElement): string[] {
  const at = button.getBoundingClientRect();
  const box = panel.getBoundingClientRect();
  const problems: string[] = [];
  if (at.top < 0 || at.bottom > innerHeight || at.left < 0 || at.right > innerWidth) problems.push(`outside the window (${Math.round(at.top)}–${Math.round(at.bottom)} of ${innerHeight})`);
  if (at.top < box.top - 1 || at.bottom > box.bottom + 1) problems.push(`outside the panel's box (${Math.round(at.top)}–${Math.round(at.bottom)}, panel ${Math.round(box.top)}–${Math.round(box.bottom)})`);
  const hit = root.elementFromPoint(at.left + at.width / 2, at.top + at.height / 2);
  if (!hit || !button.contains(hit)) problems.push(`covered at its centre by ${hit?.localName}.${hit?.className}`);
  return problems;
}

describe('plan board: the card editor on a phone keeps Save and Cancel in view', () => {
  before(() => setViewport({ width: 360, height: 640 }));
  after(async () => {
    await setViewport({ width: 800, height: 600 });
    await setLocale('nb');
  });

  for (const locale of ['nb', 'ar']) {
    it(`${locale}, 360×640: Save and Cancel are in view without scrolling, at the top and with focus on the last field`, async () => {
      await setLocale(locale);
      const wrapper = await fixture<HTMLElement>(html`<div dir=${locale === 'ar' ? 'rtl' : 'ltr'}><vk-plan-board .value=${samplePlan()}></vk-plan-board></div>`);
      const el = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
      await el.updateComplete;
      await menuAction(el, 'c1', 'edit');
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector('.vk-popover:popover-open .edit-form'), 'the form open', { timeout: 5000 });
      const panel = await placed(el);
      await frame();
      const form = panel.querySelector<HTMLFormElement>('.edit-form')!;
      expect(panel.scrollHeight, 'the form is taller than its popover here (else nothing to test)').to.be.greaterThan(panel.clientHeight);
      const save = form.querySelector<HTMLElement>('button[type="submit"]')!;
      const cancel = form.querySelector<HTMLElement>('button.cancel')!;

      panel.scrollTop = 0;
      await frame();
      await frame();
      expect(reachable(root, panel, save), 'Save, at the top').to.deep.equal([]);
      expect(reachable(root, panel, cancel), 'Cancel, at the top').to.deep.equal([]);

      // The last field before the buttons (Tab order), focused as Tab reaches it: it comes into view, clear of the buttons.
      const fields = Array.from(form.querySelectorAll<HTMLElement>('input, select, textarea')).filter((f) => !f.closest('.actions'));
      const last = fields[fields.length - 1]!;
      last.focus();
      await frame();
      await frame();
      expect(reachable(root, panel, save), 'Save, with the last field focused').to.deep.equal([]);
      expect(reachable(root, panel, cancel), 'Cancel, with the last field focused').to.deep.equal([]);
      const shown = last.getBoundingClientRect();
      const hit = root.elementFromPoint(shown.left + shown.width / 2, shown.top + shown.height / 2);
      expect(hit === last || last.contains(hit) || hit?.closest('label') === last.closest('label'), `the focused ${last.localName}[${last.getAttribute('name')}] is not under the buttons (${hit?.localName}.${hit?.className})`).to.equal(true);
    });
  }
});

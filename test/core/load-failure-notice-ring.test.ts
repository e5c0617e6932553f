/**
 * The load-failure notice's "Prøv igjen" sits in the words' last line; its focus ring (5px outside it: core/tokens.ts
 * :focus-visible) lay over the words of the line above and the full stop beside it (seen at 360 px, 8 Dec 2026). The button
 * keeps that ring's room around it now, still in the words' line (on a line of its own the notice outgrew the 7em that keeps
 * focus above it). Checked in bokmål, Arabic and Tigrinya, at 360 px; the tracker's details chunk blocked for this page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { sampleSteps, settle } from '../helpers/index.js';
import { block, noticeOf } from '../helpers/load-failure.js';

const RING = 5; // outline-offset 2px + outline 3px

describe('the load-failure notice: "Prøv igjen"’s focus ring clear of its words', () => {
  const warn = console.warn;
  before(async () => {
    console.warn = () => undefined;
    await block(['*/step-details.*']);
  });
  after(async () => {
    console.warn = warn;
    await setLocale('nb');
    await block([]);
  });

  for (const locale of ['nb', 'ar', 'ti']) {
    it(`${locale}: the ring's box meets no line of the words`, async () => {
      await setLocale(locale);
      const el = (await fixture<HTMLElement>(html`<div style="inline-size: 360px"><vk-step-tracker .value=${sampleSteps()}></vk-step-tracker></div>`)).firstElementChild as VkStepTracker;
      await settle(el);
      el.shadowRoot!.querySelector<HTMLElement>('.step-button[tabindex="0"]')!.focus();
      await sendKeys({ press: 'Enter' });
      const alert = await noticeOf(el);
      await settle(el);
      const button = alert.querySelector('button')!;
      const b = button.getBoundingClientRect();
      const ring = { left: b.left - RING, right: b.right + RING, top: b.top - RING, bottom: b.bottom + RING };
      const range = document.createRange();
      range.selectNodeContents(alert);
      range.setEndBefore(button);
      const lines = [...range.getClientRects()].filter((r) => r.width > 0);
      expect(lines.length, 'the words are drawn').to.be.above(0);
      for (const line of lines) {
        const overlaps = line.left < ring.right - 0.5 && line.right > ring.left + 0.5 && line.top < ring.bottom - 0.5 && line.bottom > ring.top + 0.5;
        expect(overlaps, `a line at ${Math.round(line.top)}–${Math.round(line.bottom)}, ${Math.round(line.left)}–${Math.round(line.right)} under the ring ${JSON.stringify(ring)}`).to.equal(false);
      }
    });
  }
});

import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ScheduleOperation } from '../../src/course-calendar/course-calendar.types.js';
import { detailsTextField, settleFrames } from './focus-helpers.js';

// A text is at most 5,000 characters (core textSchema). The details' Tittel and Sted fields took
// more: leaving the field sent a session.update the model refused, which the calendar only logged
// to the console (nothing saved, nothing said), as the board's and tracker's fields did before.
describe('the session details\' text fields hold no more than a text may', () => {
  for (const field of ['title', 'place'] as const) {
    it(`${field}: typing past 5,000 characters stops at 5,000, and leaving the field saves them`, async () => {
      const { el, input } = await detailsTextField('a1', field);
      const changes: ScheduleOperation[] = [];
      el.addEventListener('vk-change', (e) => changes.push((e as CustomEvent).detail.operation));
      input.value = 'x'.repeat(4999);
      input.setSelectionRange(4999, 4999);
      await sendKeys({ type: 'yz' });
      await sendKeys({ press: 'Tab' });
      await settleFrames(el);
      expect(changes.length, 'one session.update').to.equal(1);
      const session = el.value!.sessions.find((s) => s.id === 'a1')! as unknown as Record<string, unknown>;
      expect(session[field]).to.equal(`${'x'.repeat(4999)}y`);
    });
  }
});

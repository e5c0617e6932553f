/**
 * A finger on a session in the agenda (phone QA, 7 Dec 2026, F1): every editable session had
 * `touch-action: none`, the agenda's too, where nothing is dragged, so a swipe that began on a row
 * did not scroll the page and two fingers did not zoom it. The agenda's sessions keep `touch-action: auto`.
 */
import { expect } from '@open-wc/testing';
import { shadow } from '../helpers/index.js';
import { calendarOn11March, settleFrames } from './focus-helpers.js';

describe('vk-course-calendar: a finger on a session', () => {
  it('agenda: an editable calendar\'s sessions leave a finger\'s scroll and zoom to the page (touch-action auto)', async () => {
    const el = await calendarOn11March('agenda');
    for (let i = 0; i < 60 && !el.shadowRoot!.querySelector('[data-session="a1"]'); i++) await settleFrames(el);
    expect(shadow(el, '.calendar').hasAttribute('data-editable'), 'editable').to.equal(true);
    const sessions = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-session]')];
    expect(sessions.length, 'sessions drawn').to.be.greaterThan(0);
    for (const session of sessions) expect(getComputedStyle(session).touchAction, session.dataset.session).to.equal('auto');
  });
});

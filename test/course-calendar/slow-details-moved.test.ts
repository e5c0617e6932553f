/**
 * The host changes the calendar while a session's details are still loading (a slow connection: Enter
 * on the session, core/pending-open.ts). Before 7 Dec 2026 (a newcomer's QA, 80-pending-host, 82-move)
 * the focus repair waited for the chunk (the calendar's updateComplete waits for the details of an
 * open item): <body> until it came, then the details opened late. Now the host's change cancels the
 * open (the open item dropped), and focus is back at once.
 *
 * One test per file: the chunk must not be loaded yet. Only microtasks run between Enter and the
 * checks (as slow-details-cancel.test.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { sampleSchedule } from './fixtures.js';
import { settleFrames } from './focus-helpers.js';
import { settled } from '../core/hold-updates.js';
import { key } from '../helpers/slow-open.js';

const microtasks = async (): Promise<void> => {
  for (let i = 0; i < 40; i++) await Promise.resolve();
};

describe('course calendar: the host moves the calendar in the page while a session’s details load', () => {
  it('focus back on the session at once, not <body> until the chunk comes; the open cancelled, nothing opens late', async () => {
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar lang="nb" style="inline-size: 1000px" view="month" date="2026-03-11" .value=${sampleSchedule()}></vk-course-calendar>`);
    await el.updateComplete;
    const session = el.shadowRoot!.querySelector<HTMLElement>('[data-session]')!;
    session.focus();
    key(session, 'Enter');
    await microtasks();
    expect(el.shadowRoot!.querySelector('.vk-popover:popover-open'), 'the chunk is not in yet').to.equal(null);
    expect(session.getAttribute('aria-busy'), 'busy while its details load').to.equal('true');
    const box = document.createElement('div');
    el.parentNode!.append(box);
    box.append(el);
    await microtasks();
    expect(el.shadowRoot!.activeElement, 'focus back on the session at once').to.equal(session);
    expect(session.hasAttribute('aria-busy'), 'the open cancelled').to.equal(false);
    await import('../../src/course-calendar/session-popover.js');
    await settleFrames(el);
    await settled();
    await settleFrames(el);
    expect(el.shadowRoot!.querySelector('.vk-popover:popover-open'), 'nothing opened late').to.equal(null);
    expect((el as unknown as { openItem: unknown }).openItem, 'no details asked for').to.equal(null);
  });
});

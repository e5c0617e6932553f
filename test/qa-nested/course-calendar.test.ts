// QA: <vk-course-calendar> inside a host application's shadow root (see case-view.ts, scenarios.ts).
import { sampleSchedule } from '../course-calendar/fixtures.js';
import { key, settleAll } from './case-view.js';
import { isOpen, popoverOpen } from './common-open.js';
import { nestedKeyboardSuite, tabInto } from './scenarios.js';

nestedKeyboardSuite({
  tag: 'vk-course-calendar',
  value: sampleSchedule,
  attrs: { view: 'month', date: '2026-03-09' },
  // Tab: toolbar, legend, then the grid's focus date (9 March); Enter goes to the day's first session (a1).
  reach: async (el) => {
    await tabInto(el, '[data-date="2026-03-09"]');
    return (await key(el, 'Enter')) as HTMLElement;
  },
  // Pick up a1, one day on, drop.
  edit: [' ', 'ArrowRight', ' '],
  sameItem: (active) => !!active?.matches('[data-session="a1"]'),
  // Enter opens the details; Escape closes them and returns focus (to the session).
  open: async (el) => {
    await key(el, 'Enter');
    await popoverOpen(el);
    await settleAll(el);
    return el.shadowRoot!.querySelector<HTMLElement>('[data-session="a1"]')!;
  },
  isOpen,
});

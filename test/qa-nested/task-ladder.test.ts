// QA: <vk-task-ladder> inside a host application's shadow root (see case-view.ts, scenarios.ts).
import { sampleLadder } from '../task-ladder/sample.js';
import { key, settleAll } from './case-view.js';
import { isOpen, popoverOpen } from './common-open.js';
import { nestedKeyboardSuite, tabInto } from './scenarios.js';

nestedKeyboardSuite({
  tag: 'vk-task-ladder',
  value: sampleLadder,
  reach: (el) => tabInto(el, '.task-button'),
  // Space (adviser): the level moves on.
  edit: [' '],
  sameItem: (active, item) => !!active?.matches(`.task-button[data-key="${item.dataset.key}"]`),
  // Enter opens the details; Escape "closes the popover, focus back on the task".
  open: async (el, item) => {
    await key(el, 'Enter');
    await popoverOpen(el);
    await settleAll(el);
    return el.shadowRoot!.querySelector<HTMLElement>(`.task-button[data-key="${item.dataset.key}"]`)!;
  },
  isOpen,
});

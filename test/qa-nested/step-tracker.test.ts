// QA: <vk-step-tracker> inside a host application's shadow root (see case-view.ts, scenarios.ts).
import { sampleSteps } from '../helpers/index.js';
import { key, settleAll } from './case-view.js';
import { isOpen, popoverOpen } from './common-open.js';
import { nestedKeyboardSuite, tabInto } from './scenarios.js';

nestedKeyboardSuite({
  tag: 'vk-step-tracker',
  value: sampleSteps,
  reach: (el) => tabInto(el, '.step-button'),
  // Space: the step's status moves on (edit mode).
  edit: [' '],
  sameItem: (active, item) => !!active?.matches(`.step-button[data-key="${item.dataset.key}"]`),
  // Enter opens the details; Escape "closes the details and returns focus to the step".
  open: async (el, item) => {
    await key(el, 'Enter');
    await popoverOpen(el);
    await settleAll(el);
    return el.shadowRoot!.querySelector<HTMLElement>(`.step-button[data-key="${item.dataset.key}"]`)!;
  },
  isOpen,
});

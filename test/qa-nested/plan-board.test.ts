// QA: <vk-plan-board> inside a host application's shadow root (see case-view.ts, scenarios.ts).
import { sendKeys } from '@web/test-runner-commands';
import { samplePlan } from '../plan-board/helpers.js';
import { settleAll } from './case-view.js';
import { isOpen, popoverOpen } from './common-open.js';
import { nestedKeyboardSuite, tabInto } from './scenarios.js';

nestedKeyboardSuite({
  tag: 'vk-plan-board',
  value: samplePlan,
  // Tab: the toolbar (one stop), then the board (its first card).
  reach: (el) => tabInto(el, '.card-button[data-key="c1"]'),
  // Lift Norskkurs, one place down, drop.
  edit: [' ', 'ArrowDown', ' '],
  sameItem: (active) => !!active?.matches('.card-button[data-key="c1"]'),
  // Shift+F10 opens the card's menu; Escape: back to the card that opened it (test/plan-board/focus.test.ts;
  // the keyboard table's card-menu row says "focus back on its button", which holds for a menu opened from "⋯").
  open: async (el) => {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'F10' });
    await sendKeys({ up: 'Shift' });
    await popoverOpen(el);
    await settleAll(el);
    return el.shadowRoot!.querySelector<HTMLElement>('.card-button[data-key="c1"]')!;
  },
  isOpen,
});

/**
 * Enter on a task while the details' chunk is still on its way (a slow connection), half a second
 * gone ("Åpner detaljene …" said), then the keys a screen-reader user presses without going on: a
 * bare Control (stops the speech in NVDA and JAWS), Shift, AltGr, Insert and Caps Lock (the screen
 * reader's modifier), held too. Before 7 Dec 2026 (a newcomer's QA: q1-lazy-modkey) any key but
 * Enter cancelled the open, silently, and "Åpner detaljene …" stayed in the live region. Now they
 * leave it be: the details open when the chunk is in, and the stale words go from the region.
 *
 * Its own file, so the page starts without the chunk; between Enter and the checks only microtasks
 * run (no timer, no frame), so the chunk cannot arrive in between (as slow-details-cancel.test.ts).
 * The half second is the ladder's 500 ms timer, caught and run by the test.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { announced, settle, shadowAll } from '../helpers/index.js';
import { sampleLadder } from './sample.js';
import { catchHalfSecond, microtasks } from '../helpers/slow-open.js';

const button = (el: VkTaskLadder, id: string): HTMLElement => shadowAll(el, '.task-button').find((b) => b.dataset.key === id)!;
const key = (target: HTMLElement, name: string, init: KeyboardEventInit = {}): void => void target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true, ...init }));

describe('task ladder: a slow details open and the keys that go nowhere', () => {
  const halfSecond = catchHalfSecond();

  it('Control, Shift, AltGr, Insert, Caps Lock (held too) leave it pending; the details open, and "Åpner detaljene …" goes from the live region', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
    await settle(el);
    const t2 = button(el, 't2');
    t2.focus();
    key(t2, 'Enter');
    await microtasks();
    expect(el.shadowRoot!.querySelector('.vk-popover'), 'the chunk is not in yet').to.equal(null);
    halfSecond();
    await microtasks();
    expect(announced(el)).to.equal('Åpner detaljene …');
    key(t2, 'Control', { location: 1, ctrlKey: true });
    key(t2, 'Control', { location: 1, ctrlKey: true, repeat: true });
    key(t2, 'Shift', { location: 2, shiftKey: true });
    key(t2, 'AltGraph', { location: 2 });
    key(t2, 'Insert');
    key(t2, 'CapsLock');
    await microtasks();
    expect(t2.getAttribute('aria-busy'), 'still opening').to.equal('true');
    await settle(el);
    expect(el.shadowRoot!.querySelector('.vk-popover:popover-open #panel-title')?.textContent, 'the details opened').to.contain('Kutte grønnsaker');
    expect(announced(el), 'the stale words gone').to.equal('');
  });
});

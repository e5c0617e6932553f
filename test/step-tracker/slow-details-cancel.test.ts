/**
 * Enter on a step while the details' chunk is still on its way (a slow connection), then the user
 * goes on. Before 7 Dec 2026 (a newcomer's QA, 76-slow-chunk: the chunk 2 s late) nothing showed
 * meanwhile; → to another step and the details of the first opened when the chunk came, taking focus
 * back; Space on the step changed its status and then its details opened anyway. Now (as the task
 * ladder, core/pending-open.ts) the step is busy (`aria-busy`), after half a second "Åpner detaljene …"
 * is said, and the next key cancels the open: Space acts, nothing opens late, focus stays.
 *
 * Its own file, so the page starts without the chunk; only microtasks run between Enter and the
 * checks, so the chunk cannot arrive in between (as the ladder's slow-details tests). The half second
 * is the 500 ms timer, caught and run by the test.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { record, recordAnnouncements, sampleSteps } from '../helpers/index.js';
import { settled } from '../core/hold-updates.js';
import { catchHalfSecond, key, microtasks } from '../helpers/slow-open.js';
import { stepButton as button } from './slow-details.js';

describe('step tracker: Enter on a step while its details are still loading, then the user goes on', () => {
  const halfSecond = catchHalfSecond();

  it('busy, then "Åpner detaljene …"; an arrow to another step cancels: nothing opens late, focus stays; Space on the pending step acts and cancels', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker editable .value=${sampleSteps()}></vk-step-tracker>`);
    await el.updateComplete;
    const seen = record(el, 'vk-open', 'vk-change');
    const said = recordAnnouncements(el);
    button(el, 's2').focus();
    key(button(el, 's2'), 'Enter');
    await microtasks();
    expect(el.shadowRoot!.querySelector('.vk-popover'), 'the chunk is not in yet').to.equal(null);
    expect(button(el, 's2').getAttribute('aria-busy'), 'busy while its details load').to.equal('true');
    halfSecond();
    expect(said).to.deep.equal(['Åpner detaljene …']);
    // A bare modifier (Control stops the speech) leaves it.
    button(el, 's2').dispatchEvent(new KeyboardEvent('keydown', { key: 'Control', location: 1, bubbles: true, composed: true }));
    expect(button(el, 's2').getAttribute('aria-busy'), 'Control leaves it').to.equal('true');
    key(button(el, 's2'), 'ArrowRight');
    await microtasks();
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.key).to.equal('s3');
    expect(button(el, 's2').hasAttribute('aria-busy'), 'no longer busy: the open is cancelled').to.equal(false);
    expect(said, 'the words gone from the live region').to.deep.equal(['Åpner detaljene …', '']);
    // Enter on that step, then Space on it: its status moves on (as ever), and its details will not open.
    key(button(el, 's3'), 'Enter');
    await microtasks();
    expect(button(el, 's3').getAttribute('aria-busy'), 'the next step busy').to.equal('true');
    key(button(el, 's3'), ' ');
    expect(button(el, 's3').hasAttribute('aria-busy'), 'Space cancels the open').to.equal(false);
    await el.updateComplete;
    await settled();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.vk-popover:popover-open'), 'nothing opened late').to.equal(null);
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.key, 'focus where the user was').to.equal('s3');
    expect(seen.map((e) => e.type)).to.deep.equal(['vk-open', 'vk-open', 'vk-change']);
    expect(el.value!.steps[2].status, 'Space changed the status').to.equal('in-progress');
  });
});

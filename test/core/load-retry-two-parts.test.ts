/**
 * Two parts failed, each with a use to ask for again (core/announcer.ts `loadFailed`'s retry): "Prøv igjen" runs the latest,
 * and once that part has loaded it runs the other, still failed one. QA round 2, 8 Dec 2026 (the calendar: a session's
 * details, then the week view failed; "Prøv igjen" brought the week, and the notice stayed without its button, its advice a
 * page reload, though the details could be asked for again).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { Announcer } from '../../src/core/announcer.js';
import { sampleSteps } from '../helpers/index.js';
import { notice, retryOf } from '../helpers/load-failure.js';

describe('the load-failure notice with two failed parts', () => {
  const warn = console.warn;
  before(() => (console.warn = () => undefined));
  after(() => (console.warn = warn));

  it('"Prøv igjen" runs the latest use; once its part has loaded, the other part\'s; once both have, the notice goes', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const announcer = (el as unknown as { announcer: Announcer }).announcer;
    const ran: string[] = [];
    announcer.loadFailed(new Error('details'), 'details', () => ran.push('details'));
    announcer.loadFailed(new Error('week'), 'week', () => ran.push('week'));
    await el.updateComplete;
    retryOf(el)!.click();
    expect(ran).to.deep.equal(['week']);
    announcer.loadRecovered('week');
    el.requestUpdate();
    await el.updateComplete;
    expect(notice(el), 'the notice stays: the details still fail').to.not.equal(null);
    expect(retryOf(el), 'with its "Prøv igjen"').to.not.equal(null);
    retryOf(el)!.click();
    expect(ran).to.deep.equal(['week', 'details']);
    announcer.loadRecovered('details');
    el.requestUpdate();
    await el.updateComplete;
    expect(notice(el), 'the notice went').to.equal(null);
  });

  it('a part that failed again on a later use runs that later use', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const announcer = (el as unknown as { announcer: Announcer }).announcer;
    const ran: string[] = [];
    announcer.loadFailed(new Error('details'), 'details', () => ran.push('step 1'));
    announcer.loadFailed(new Error('week'), 'week', () => ran.push('week'));
    announcer.loadFailed(new Error('details'), 'details', () => ran.push('step 2'));
    el.requestUpdate();
    await el.updateComplete;
    retryOf(el)!.click();
    expect(ran).to.deep.equal(['step 2']);
  });
});

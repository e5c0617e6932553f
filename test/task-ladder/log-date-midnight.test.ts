import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { runClock } from '../helpers/clock.js';
import { record, settle, shadow, shadowAll } from '../helpers/index.js';
import { sampleLadder } from './sample.js';

// The logbook form's date was Oslo's today at render: a form left open past midnight showed
// yesterday and saved it. An untouched date now follows the new day at Oslo's midnight; a date
// the user typed or picked stays theirs.

/** Midnight between 11 and 12 March 2026 in Oslo (CET, UTC+1). */
const MIDNIGHT = Date.UTC(2026, 2, 11, 23);

async function openLog(el: VkTaskLadder): Promise<HTMLInputElement> {
  shadowAll(el, '.log-control')[0].click();
  await settle(el);
  return shadow<HTMLInputElement>(el, '.log-form input[name="date"]');
}

describe('<vk-task-ladder> logbook form open at Oslo\u2019s midnight', () => {
  let restore: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await restore?.();
    restore = undefined;
  });

  it('an untouched date shows the new day after midnight, and Save adds the entry with it', async () => {
    // 23:59:58 in Oslo on 11 March, on a device left on UTC.
    restore = await runClock(MIDNIGHT - 2000, 'UTC');
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
    const seen = record(el, 'vk-change');
    const date = await openLog(el);
    expect(Date.now(), 'opened before midnight').to.be.lessThan(MIDNIGHT);
    expect(date.value).to.equal('2026-03-11');
    await waitUntil(() => date.value === '2026-03-12', 'the field shows 12 March after midnight', { timeout: 6000 });
    shadow<HTMLTextAreaElement>(el, '.log-form textarea[name="text"]').value = 'Bra';
    shadow<HTMLButtonElement>(el, '.log-form button[type="submit"]').click();
    await settle(el);
    expect(seen.map((e) => (e.detail as { operation: { entry?: { date: string } } }).operation.entry?.date)).to.deep.equal(['2026-03-12']);
  });

  it('a date the user typed stays theirs over midnight (and the form drawn anew then)', async () => {
    restore = await runClock(MIDNIGHT - 2000, 'UTC');
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
    const seen = record(el, 'vk-change');
    const date = await openLog(el);
    date.focus();
    await sendKeys({ type: '03032026' });
    expect(date.value).to.equal('2026-03-03');
    // Past midnight, and a render after it (the form's own message, Save with nothing to save).
    await waitUntil(() => Date.now() > MIDNIGHT + 300, 'midnight passes', { timeout: 6000 });
    await settle(el);
    shadow<HTMLButtonElement>(el, '.log-form button[type="submit"]').click();
    await settle(el);
    expect(shadow(el, '.log-form [role="alert"]').textContent?.trim()).to.equal('Velg et ansikt eller skriv noe.');
    expect(date.value, 'the typed date kept').to.equal('2026-03-03');
    shadow<HTMLTextAreaElement>(el, '.log-form textarea[name="text"]').value = 'Bra';
    shadow<HTMLButtonElement>(el, '.log-form button[type="submit"]').click();
    await settle(el);
    expect(seen.map((e) => (e.detail as { operation: { entry?: { date: string } } }).operation.entry?.date)).to.deep.equal(['2026-03-03']);
  });
});

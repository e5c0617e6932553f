import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { DATE_PATTERN } from '../../src/core/schema.js';
import { record, settle, shadow, shadowAll } from '../helpers/index.js';
import { sampleLadder } from './sample.js';

// One digit too many in a date's year ("2026" then "1"): Chromium's date field held 20261-…,
// which is no date a document can hold (years 0000–9999), so Save said "Velg en gyldig dato."
// about a date the user saw as typed. The ladder's date fields now take a document's years
// (max="9999-12-31"), as the step tracker's do: the field keeps four year digits, and Save saves
// what it shows.
async function typeFiveDigitYear(el: VkTaskLadder, form: string): Promise<HTMLInputElement> {
  const date = shadow<HTMLInputElement>(el, `${form} input[name="date"]`);
  date.focus();
  await sendKeys({ type: '010220261' });
  expect(date.value, 'the field keeps a four-digit year').to.match(DATE_PATTERN);
  return date;
}

describe('<vk-task-ladder> a date typed with a five-digit year', () => {
  it('sign-off: the date field keeps four year digits, and Enter saves the date it shows', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
    const seen = record(el, 'vk-change');
    shadowAll(el, '.signoff-control')[0].click();
    await settle(el);
    const date = await typeFiveDigitYear(el, '.signoff-form');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.shadowRoot?.querySelector('.signoff-form [role="alert"]'), 'no "Velg en gyldig dato."').to.equal(null);
    expect(seen.map((e) => (e.detail as { operation: { date?: string } }).operation.date)).to.deep.equal([date.value]);
  });

  it("logbook (adviser): the entry's date field keeps four year digits, and Save adds the entry with it", async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
    const seen = record(el, 'vk-change');
    shadowAll(el, '.log-control')[0].click();
    await settle(el);
    shadow<HTMLTextAreaElement>(el, '.log-form textarea[name="text"]').value = 'Bra';
    const date = await typeFiveDigitYear(el, '.log-form');
    shadow<HTMLButtonElement>(el, '.log-form button[type="submit"]').click();
    await settle(el);
    expect(el.shadowRoot?.querySelector('.log-form [role="alert"]'), 'no "Velg en gyldig dato."').to.equal(null);
    expect(seen.map((e) => (e.detail as { operation: { entry?: { date: string } } }).operation.entry?.date)).to.deep.equal([date.value]);
  });
});

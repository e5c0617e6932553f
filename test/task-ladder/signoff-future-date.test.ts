/**
 * A mentor's sign-off says a task was done: its date is a day that has come. The sign-off form offers no day after today (Oslo's,
 * as the field's default) and refuses one typed, at the field, as it refuses a date that is not real. A host value whose
 * sign-off is dated after today is no error (contract §3 and §5 name no such rule: validation reads no clock, so a document is
 * valid or not on any day and in any time zone, and a case system's clock may be ahead): it is shown as written.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { formatDate, parseIsoDate, todayIso, toIsoDate } from '../../src/core/dates.js';
import type { LadderDocument } from '../../src/task-ladder/task-ladder.types.js';
import { focused, record, settle, shadow } from '../helpers/index.js';
import { sampleLadder } from './sample.js';

/** `days` after Oslo's today. */
function daysAfterToday(days: number): string {
  const date = parseIsoDate(todayIso());
  date.setUTCDate(date.getUTCDate() + days);
  return toIsoDate(date);
}

async function signoffForm(doc: LadderDocument = sampleLadder()): Promise<VkTaskLadder> {
  const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${doc}></vk-task-ladder>`);
  shadow<HTMLButtonElement>(el, '.task-button[data-key="t1"]').click();
  await settle(el);
  shadow<HTMLButtonElement>(el, '.open-signoff').click();
  await settle(el);
  return el;
}

describe('task ladder: a sign-off dated after today', () => {
  it('the form’s date field offers no day after today: its max is Oslo’s today, the day it shows', async () => {
    const el = await signoffForm();
    const date = shadow<HTMLInputElement>(el, '.signoff-form input[name="date"]');
    expect(date.max).to.equal(todayIso());
    expect(date.value).to.equal(todayIso());
  });

  it('typed anyway, Save refuses it: no vk-change, the reason under the date’s label, the field invalid and described by it, focused', async () => {
    const el = await signoffForm();
    const events = record(el, 'vk-change');
    const date = shadow<HTMLInputElement>(el, '.signoff-form input[name="date"]');
    date.value = daysAfterToday(1);
    date.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    shadow<HTMLInputElement>(el, '.signoff-form input[name="by"]').value = 'Kari Nordmann';
    shadow<HTMLFormElement>(el, '.signoff-form').requestSubmit();
    await settle(el);
    expect(events, 'no sign-off').to.have.length(0);
    const field = shadow<HTMLInputElement>(el, '.signoff-form input[name="date"]');
    const error = shadow(el, '.signoff-form #form-error');
    expect(error.textContent).to.equal('Velg i dag eller en tidligere dato.');
    expect(error.closest('.field'), 'at the date field').to.equal(field.closest('.field'));
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(field.getAttribute('aria-describedby')).to.equal('form-error');
    expect(focused(el)).to.equal(field);
    expect(field.value, 'what was typed stays, to be corrected').to.equal(daysAfterToday(1));
  });

  it('corrected to today, Save signs off', async () => {
    const el = await signoffForm();
    const events = record(el, 'vk-change');
    const date = shadow<HTMLInputElement>(el, '.signoff-form input[name="date"]');
    date.value = daysAfterToday(3);
    date.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    shadow<HTMLInputElement>(el, '.signoff-form input[name="by"]').value = 'Kari Nordmann';
    shadow<HTMLFormElement>(el, '.signoff-form').requestSubmit();
    await settle(el);
    date.value = todayIso();
    date.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);
    expect(date.hasAttribute('aria-invalid'), 'a day that has come clears the mark').to.equal(false);
    shadow<HTMLFormElement>(el, '.signoff-form').requestSubmit();
    await settle(el);
    expect(events.map((e) => (e.detail as { operation: unknown }).operation)).to.deep.equal([{ type: 'task.signoff', taskId: 't1', by: 'Kari Nordmann', date: todayIso() }]);
  });

  it('from the host, it is no error: no vk-error, the task shows the sign-off as written', async () => {
    const later = daysAfterToday(30);
    const base = sampleLadder();
    const doc = { ...base, phases: base.phases.map((p) => ({ ...p, tasks: p.tasks.map((t) => (t.id === 't1' ? { ...t, signoff: { by: 'Kari Nordmann', date: later } } : t)) })) };
    const errors: Event[] = [];
    const wrapper = await fixture<HTMLDivElement>(html`<div @vk-error=${(e: Event) => errors.push(e)}><vk-task-ladder .value=${doc}></vk-task-ladder></div>`);
    const el = wrapper.querySelector('vk-task-ladder') as VkTaskLadder;
    await settle(el);
    expect(errors, 'vk-error').to.have.length(0);
    expect(el.value).to.deep.equal(doc);
    const card = shadow(el, '.task-button[data-key="t1"]').closest('li') ?? shadow(el, '.task-button[data-key="t1"]');
    expect(card.querySelector('.signoff')?.textContent).to.equal(`Kvittert ut av \u2068Kari Nordmann\u2069, ${formatDate(later, 'nb')}`);
  });
});

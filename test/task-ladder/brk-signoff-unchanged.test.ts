import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { todayIso } from '../../src/core/dates.js';
import { focused, record, settle, shadow } from '../helpers/index.js';
import { sampleLadder } from './sample.js';

// "Kvitter ut på nytt" opens the form with the sign-off's own name and today's date. Saved as it
// was (a mentor who signed today, pressing it again), it fired a task.signoff that changed nothing,
// announced it, and pushed an undo entry whose undo changed nothing either. A level saved
// unchanged already just closes the details.
describe('task ladder: signing off again with the same name and date', () => {
  async function signedToday(): Promise<VkTaskLadder> {
    const base = sampleLadder();
    const doc = { ...base, phases: base.phases.map((p) => ({ ...p, tasks: p.tasks.map((t) => (t.id === 't1' ? { ...t, signoff: { by: 'Kari Nordmann', date: todayIso() } } : t)) })) };
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${doc}></vk-task-ladder>`);
    shadow<HTMLButtonElement>(el, '.task-button[data-key="t1"]').click();
    await settle(el);
    shadow<HTMLButtonElement>(el, '.open-signoff').click();
    await settle(el);
    return el;
  }

  it('is no edit: no vk-change, nothing to undo; the form closes, focus on the task', async () => {
    const el = await signedToday();
    const events = record(el, 'vk-change');
    shadow<HTMLFormElement>(el, '.signoff-form').requestSubmit();
    await settle(el);
    expect(events.length).to.equal(0);
    expect(el.canUndo).to.equal(false);
    expect(el.shadowRoot?.querySelector('.signoff-form'), 'the form closed').to.equal(null);
    expect(focused(el)).to.equal(shadow(el, '.task-button[data-key="t1"]'));
  });

  it('another name is an edit', async () => {
    const el = await signedToday();
    const events = record(el, 'vk-change');
    shadow<HTMLInputElement>(el, '.signoff-form input[name="by"]').value = 'Ola Nordmann';
    shadow<HTMLFormElement>(el, '.signoff-form').requestSubmit();
    await settle(el);
    expect(events.length).to.equal(1);
  });
});

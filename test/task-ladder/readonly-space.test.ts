import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { focused, record, settle, shadowAll } from '../helpers/index.js';
import { sampleLadder } from './sample.js';

// A read-only ladder (the adviser's, `readonly`). Space is the level key, and with no level to change
// it does nothing, as the read-only step tracker and calendar: opening is Enter's and a click's
// (contract §3: vk-open "Enter/click"; the ladder's own hint, "Enter åpner detaljer og loggbok.").
// Until 7 Dec 2026 Space opened the details and fired vk-open (qaf F5). Enter opens them view-only:
// the level and sign-off as words, the logbook to read, nothing to change; no key commits. Escape
// closes them, focus back on the task. (Participant mode's Space reads aloud, read-only or not:
// task-ladder.test.ts.)
describe('<vk-task-ladder readonly>: Space or Enter on a task', () => {
  it('Space does nothing: no vk-open, no details, focus stays on the task, nothing committed', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder readonly .value=${sampleLadder()}></vk-task-ladder>`);
    await settle(el);
    const seen = record(el, 'vk-change', 'vk-open', 'change');
    const task = shadowAll(el, '.task-button').find((b) => b.dataset.key === 't2')!;
    task.focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(seen.map((e) => e.type), 'no event').to.deep.equal([]);
    expect(task.getAttribute('aria-busy'), 'no open on its way').to.not.equal('true');
    expect(el.shadowRoot!.querySelector('.vk-popover:popover-open'), 'no details').to.equal(null);
    expect(focused(el), 'focus still on the task').to.equal(task);
    expect(el.value?.phases[0].tasks[1].level, 'the level as it was').to.equal('with-support');
    // The hint the task is described by promises only Enter.
    const hint = (task.getAttribute('aria-describedby') ?? '').split(/\s+/).map((id) => el.shadowRoot!.getElementById(id)?.textContent ?? '').join(' ');
    expect(hint).to.contain('Enter åpner detaljer');
    expect(hint).to.not.contain('Mellomrom');
  });

  it('Enter opens the details view-only; nothing is committed; Escape returns focus to the task', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder readonly .value=${sampleLadder()}></vk-task-ladder>`);
    await settle(el);
    const seen = record(el, 'vk-change', 'vk-open');
    const task = shadowAll(el, '.task-button').find((b) => b.dataset.key === 't2')!;
    task.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot?.querySelector('.vk-popover[data-positioned="true"] .panel'), 'the details open', { timeout: 5000 });
    await settle(el);
    const panel = el.shadowRoot!.querySelector<HTMLElement>('.vk-popover')!;
    expect(panel.matches(':popover-open'), 'still open after the key is let go').to.equal(true);
    expect(panel.contains(focused(el)), 'focus in the details').to.equal(true);
    expect(seen.map((e) => e.type), 'vk-open, no vk-change').to.deep.equal(['vk-open']);
    expect(el.value?.phases[0].tasks[1].level, 'the level as it was').to.equal('with-support');
    // View-only: the level in words, the logbook to read; no field, no form, no action that changes anything.
    expect(panel.querySelector('.panel')?.textContent).to.contain('Nivå: Med støtte');
    expect(panel.querySelectorAll('.log-entry')).to.have.length(1);
    expect(panel.querySelectorAll('form, input, textarea, select, vk-audio-recorder, .open-signoff, .remove-signoff, .save-level')).to.have.length(0);
    expect(shadowAll(el, '.vk-popover button').map((b) => b.textContent?.trim())).to.not.include('Skriv i loggboka');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(panel.matches(':popover-open'), 'closed').to.equal(false);
    expect(focused(el), 'focus back on the task').to.equal(task);
    expect(seen.map((e) => e.type), 'still nothing committed').to.deep.equal(['vk-open']);
  });
});

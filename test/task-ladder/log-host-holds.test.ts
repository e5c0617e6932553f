/**
 * A host that writes back each vk-change value with a field of its own (savedAt) holds the user's
 * edit. VkElement.commit said the edit's state but returned false, so every form took it for a
 * refusal: the logbook stayed open with its face still chosen, and its second Save added the same
 * entry twice. A held edit now stands (commit returns true): the form closes and its draft goes.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { shadow, shadowAll } from '../helpers/index.js';
import { sampleLadder } from './sample.js';

async function settle(el: VkTaskLadder): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
}

async function openLog(el: VkTaskLadder, id: string): Promise<void> {
  const li = shadowAll(el, '.task-button').find((b) => b.dataset.key === id)!.closest('li')!;
  li.querySelector<HTMLButtonElement>('.log-control')!.click();
  await settle(el);
}

describe('<vk-task-ladder> logbook: an entry the host holds in its own value', () => {
  it('closes the form and forgets the draft: a second Save cannot add it twice', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><vk-task-ladder .value=${sampleLadder()} mode="participant"></vk-task-ladder></div>`);
    const el = wrapper.querySelector('vk-task-ladder') as VkTaskLadder;
    el.addEventListener('vk-change', (event) => (el.value = { ...(event as CustomEvent).detail.value, savedAt: '2026-03-12T10:00' }));
    await el.updateComplete;
    await openLog(el, 't3');
    shadow<HTMLInputElement>(el, '.log-form input[name="mood"][value="2"]').click();
    shadow<HTMLButtonElement>(el, '.log-form button[type="submit"]').click();
    await settle(el);
    expect(el.value?.phases[0].tasks[2].log?.length).to.equal(1);
    expect(el.shadowRoot?.querySelector('.log-form'), 'the form closed').to.equal(null);
    expect(shadow(el, '[data-vk-announcer]').textContent).to.contain('lagret i loggboka');
    await openLog(el, 't3');
    expect(el.shadowRoot?.querySelector('.log-form input[name="mood"]:checked'), 'the draft is gone').to.equal(null);
  });

  it('also when the host gives the new entry an id of its own (its server\'s): the form closes, not "ikke lagret"', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><vk-task-ladder .value=${sampleLadder()} mode="participant"></vk-task-ladder></div>`);
    const el = wrapper.querySelector('vk-task-ladder') as VkTaskLadder;
    el.addEventListener('vk-change', (event) => {
      const value = structuredClone((event as CustomEvent).detail.value);
      const log = value.phases[0].tasks[2].log;
      log[log.length - 1].id = 'log-1';
      el.value = value;
    });
    await el.updateComplete;
    await openLog(el, 't3');
    shadow<HTMLInputElement>(el, '.log-form input[name="mood"][value="2"]').click();
    shadow<HTMLButtonElement>(el, '.log-form button[type="submit"]').click();
    await settle(el);
    expect(el.value?.phases[0].tasks[2].log).to.have.length(1);
    expect(el.value?.phases[0].tasks[2].log?.[0].id).to.equal('log-1');
    expect(el.shadowRoot?.querySelector('.log-form'), 'the form closed').to.equal(null);
    expect(shadow(el, '[data-vk-announcer]').textContent).to.contain('lagret i loggboka');
  });
});

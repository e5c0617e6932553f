/**
 * The sign-off form's name, prefilled from the ladder's mentor, when the host changes `mentor.name`
 * while the form is open (the mentor was replaced). Before 7 Dec 2026 (a newcomer's QA: mh1–mh3)
 * the untouched prefill kept the old name, a notice said "Oppgaven ble endret av noen andre … Det du
 * har valgt og skrevet er beholdt." (the task had not changed, nothing was typed) and Save signed
 * with the old name. Now an untouched prefill follows the new name silently; a typed name is kept.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { record, settle, shadow, shadowAll } from '../helpers/index.js';
import { sampleLadder } from './sample.js';

async function openSignoff(): Promise<VkTaskLadder> {
  const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
  await settle(el);
  // t2: not signed off, so the name comes from the ladder's mentor.
  shadowAll(el, '.task').find((t) => t.querySelector<HTMLElement>('.task-button')?.dataset.key === 't2')!.querySelector<HTMLElement>('.signoff-control')!.click();
  await settle(el);
  return el;
}

const name = (el: VkTaskLadder): HTMLInputElement => shadow<HTMLInputElement>(el, '.vk-popover #mentor');

async function newMentorAndSave(el: VkTaskLadder): Promise<unknown[]> {
  el.value = { ...el.value!, mentor: { name: 'Ola Ny-Fadder' } };
  await settle(el);
  const seen = record(el, 'vk-change');
  shadow<HTMLButtonElement>(el, '.vk-popover button[type="submit"]').click();
  await settle(el);
  return seen.map((e) => (e.detail as { operation: { by?: string } }).operation.by);
}

describe('task ladder: the host changes the mentor while the sign-off form is open', () => {
  it('an untouched prefilled name follows the new mentor, with no notice, and Save signs with it', async () => {
    const el = await openSignoff();
    expect(name(el).value).to.equal('Kari Nordmann');
    el.value = { ...el.value!, mentor: { name: 'Ola Ny-Fadder' } };
    await settle(el);
    expect(name(el).value).to.equal('Ola Ny-Fadder');
    expect(shadowAll(el, '.vk-popover .form-notice'), 'nothing to tell: the task did not change, nothing was typed').to.have.length(0);
    expect(await newMentorAndSave(el)).to.deep.equal(['Ola Ny-Fadder']);
  });

  it('a typed name is kept, no notice says the task changed (it did not), and Save signs with the typed name', async () => {
    const el = await openSignoff();
    name(el).focus();
    name(el).select();
    await sendKeys({ type: 'Per Hansen' });
    el.value = { ...el.value!, mentor: { name: 'Ola Ny-Fadder' } };
    await settle(el);
    expect(name(el).value).to.equal('Per Hansen');
    expect(shadowAll(el, '.vk-popover .form-notice').map((p) => p.textContent)).to.deep.equal([]);
    expect(await newMentorAndSave(el)).to.deep.equal(['Per Hansen']);
  });
});

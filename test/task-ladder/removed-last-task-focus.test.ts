/**
 * The host removes the only task left (or every phase) while its panel is open. Before 7 Dec 2026
 * (a newcomer's QA: q8-removed-restore, only/all) the notice and the typed words were kept, but
 * Escape or "Lukk" then put focus on <body>: with no task to go back to, the popover's fallback (the
 * ladder's `focus()`) found only the closing panel's own controls, hidden. Now focus goes to the
 * ladder's title (tabindex -1), as when a host value leaves no task to focus.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { LadderDocument } from '../../src/task-ladder/task-ladder.types.js';
import { focused, settle, shadow, shadowAll } from '../helpers/index.js';
import { sampleLadder } from './sample.js';

/** One phase with one task, t2. */
function oneTask(): LadderDocument {
  const doc = sampleLadder();
  return { ...doc, phases: [{ ...doc.phases[0]!, tasks: doc.phases[0]!.tasks.filter((t) => t.id === 't2') }] };
}

async function removeAndSettle(el: VkTaskLadder, doc: LadderDocument): Promise<void> {
  el.value = doc;
  await settle(el);
  await settle(el);
  expect(shadow(el, '.vk-popover #removed-notice').textContent?.trim(), 'the notice').to.equal('Oppgaven ble fjernet av noen andre.');
}

function expectOnTitle(el: VkTaskLadder): void {
  expect(shadow(el, '.vk-popover').matches(':popover-open'), 'closed').to.equal(false);
  expect(document.activeElement, 'not <body>').to.equal(el);
  expect(focused(el), 'on the title').to.equal(shadow(el, '#title'));
}

describe('task ladder: the host removes the last task while its panel is open', () => {
  it('participant writing in its logbook, the task the phase\'s only one: Escape puts focus on the title', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${oneTask()} mode="participant"></vk-task-ladder>`);
    await settle(el);
    shadowAll(el, '.task').find((t) => t.querySelector<HTMLElement>('.task-button')?.dataset.key === 't2')!.querySelector<HTMLElement>('.log-control')!.click();
    await settle(el);
    shadow<HTMLTextAreaElement>(el, '.vk-popover textarea').focus();
    await sendKeys({ type: 'Tok oppvasken alene' });
    const doc = oneTask();
    await removeAndSettle(el, { ...doc, phases: [{ ...doc.phases[0]!, tasks: [] }] });
    expect(shadow<HTMLTextAreaElement>(el, '.vk-popover textarea').value, 'the words stay').to.equal('Tok oppvasken alene');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expectOnTitle(el);
  });

  it('the details, every phase removed: "Lukk" puts focus on the title', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
    await settle(el);
    shadowAll(el, '.task-button').find((b) => b.dataset.key === 't2')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await removeAndSettle(el, { ...sampleLadder(), phases: [] });
    const close = shadowAll<HTMLButtonElement>(el, '.vk-popover button').find((b) => b.textContent?.trim() === 'Lukk')!;
    close.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expectOnTitle(el);
  });

  it('a task left elsewhere: Escape still goes to it, not the title', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
    await settle(el);
    shadowAll(el, '.task-button').find((b) => b.dataset.key === 't4')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const doc = sampleLadder();
    await removeAndSettle(el, { ...doc, phases: [doc.phases[0]!, { ...doc.phases[1]!, tasks: [] }] });
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(document.activeElement).to.equal(el);
    expect((focused(el) as HTMLElement).classList.contains('task-button'), 'on a task').to.equal(true);
  });
});

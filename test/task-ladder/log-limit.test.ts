// A task whose log is at its document limit (1,000 entries, `log` maxItems) still offered "Skriv i
// loggboka": the form opened, and its entry made a document no widget accepts. Now log.add on a
// full log is refused by the model, and both "Skriv i loggboka" buttons (the card's, the
// details') stay focusable but aria-disabled, described by a visible, plain reason beside them;
// pressing one says the reason and opens no form.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/task-ladder/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { LadderDocument } from '../../src/task-ladder/task-ladder.types.js';
import { applyOperation, validateDocument } from '../../src/documents.js';
import { record, recordAnnouncements, settle, shadowAll } from '../helpers/index.js';
import { openTaskRecorder } from './recorder-steps.js';
import { backgroundOf, contrast, parseColor } from './contrast.js';

import { LOG_FULL_REASON as REASON, logEntry as entry, withLog } from './full-log.js';

async function ladder(doc: LadderDocument): Promise<VkTaskLadder> {
  const el = await fixture<VkTaskLadder>(html`<vk-task-ladder lang="nb" .value=${doc}></vk-task-ladder>`);
  await el.updateComplete;
  return el;
}
const card = (el: VkTaskLadder, id: string): HTMLElement => shadowAll(el, '.task-button').find((b) => b.dataset.key === id)!.closest('li') as HTMLElement;
const logControl = (el: VkTaskLadder, id: string): HTMLButtonElement => card(el, id).querySelector<HTMLButtonElement>('.log-control')!;
const describedBy = (el: VkTaskLadder, button: HTMLElement): HTMLElement | null => el.shadowRoot!.getElementById(button.getAttribute('aria-describedby') ?? '');

describe('task ladder: a task log at its limit', () => {
  it('log.add on a log of 1,000 entries is refused; on 999 it makes a valid document of 1,000', () => {
    expect(() => applyOperation('ladder', withLog(1000), { type: 'log.add', taskId: 't3', entry })).to.throw(TypeError, 'log.add');
    const next = applyOperation('ladder', withLog(999), { type: 'log.add', taskId: 't3', entry });
    expect(validateDocument('ladder', next)).to.deep.equal({ ok: true });
  });

  it('the card\'s "Skriv i loggboka" stays focusable but aria-disabled, described by the visible reason; other tasks\' are offered', async () => {
    const el = await ladder(withLog(1000));
    const button = logControl(el, 't3');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.disabled).to.equal(false);
    const reason = describedBy(el, button);
    expect(reason?.textContent?.trim()).to.equal(REASON);
    expect(reason!.checkVisibility()).to.equal(true);
    expect(card(el, 't3').contains(reason)).to.equal(true);
    expect(logControl(el, 't2').hasAttribute('aria-disabled')).to.equal(false);
  });

  it('pressing the card\'s "Skriv i loggboka" by keyboard says the reason, opens no form and keeps focus', async () => {
    const el = await ladder(withLog(1000));
    const said = recordAnnouncements(el);
    const changes = record(el, 'vk-change');
    const button = logControl(el, 't3');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(said).to.deep.equal([REASON]);
    expect(el.shadowRoot!.querySelector('.log-form')).to.equal(null);
    expect(changes).to.have.length(0);
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('in the details, "Skriv i loggboka" is aria-disabled with the reason, and pressing it says the reason and keeps the details', async () => {
    const el = await ladder(withLog(1000));
    const said = recordAnnouncements(el);
    card(el, 't3').querySelector<HTMLElement>('.task-button')!.click();
    await el.updateComplete;
    const button = shadowAll(el, '.panel .actions button').find((b) => b.textContent?.trim() === 'Skriv i loggboka') as HTMLButtonElement;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(describedBy(el, button)?.textContent?.trim()).to.equal(REASON);
    expect(describedBy(el, button)!.checkVisibility()).to.equal(true);
    button.click();
    await el.updateComplete;
    expect(said).to.deep.equal([REASON]);
    expect(el.shadowRoot!.querySelector('.log-form')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.level-form'), 'the details stay').to.not.equal(null);
  });

  // Review, Dec 2026: the details' aria-disabled "Skriv i loggboka" still ended a take being recorded
  // (as the enabled one does before it opens the form): pressing a control that does nothing stopped the recording.
  it('pressing the details\' aria-disabled "Skriv i loggboka" while recording says the reason and leaves the recording going', async () => {
    const el = await ladder(withLog(1000));
    const said = recordAnnouncements(el);
    const recorder = await openTaskRecorder(el, 't3');
    void recorder.record();
    await waitUntil(() => recorder.state === 'recording', 'recording', { timeout: 8000 });
    const button = shadowAll(el, '.panel .actions button').find((b) => b.textContent?.trim() === 'Skriv i loggboka') as HTMLButtonElement;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    button.click();
    await new Promise((r) => setTimeout(r, 300));
    await el.updateComplete;
    expect(said).to.include(REASON);
    expect(recorder.state, 'still recording').to.equal('recording');
    expect(el.shadowRoot!.querySelector('.log-form')).to.equal(null);
  });

  // Review, Dec 2026: the aria-disabled look (grey words, dashed border) kept the primary button's blue fill: grey on blue, unreadable.
  it('the details\' aria-disabled "Skriv i loggboka" keeps readable words (contrast at least 4.5)', async () => {
    const el = await ladder(withLog(1000));
    card(el, 't3').querySelector<HTMLElement>('.task-button')!.click();
    await el.updateComplete;
    const button = shadowAll(el, '.panel .actions button').find((b) => b.textContent?.trim() === 'Skriv i loggboka') as HTMLButtonElement;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(contrast(parseColor(getComputedStyle(button).color), backgroundOf(button))).to.be.at.least(4.5);
  });

  // Review, Dec 2026: a task with nothing to hear opens its details on the first [autofocus], which was the
  // aria-disabled "Skriv i loggboka" of a full log (focus on a control that does nothing, as "Les opp" once was).
  it('participant mode, a task with nothing to hear and a full log: its details open with focus on "Lukk", not on the aria-disabled log button', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder lang="nb" mode="participant" .value=${withLog(1000)}></vk-task-ladder>`);
    await el.updateComplete;
    const task = card(el, 't3').querySelector<HTMLElement>('.task-button')!;
    task.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await waitUntil(() => el.shadowRoot!.querySelector('.panel'), 'the details open');
    await settle(el);
    const focused = el.shadowRoot!.activeElement as HTMLElement | null;
    expect(focused?.getAttribute('aria-disabled'), `focus on "${focused?.textContent?.trim()}"`).to.not.equal('true');
    expect(focused?.textContent?.trim()).to.equal('Lukk');
  });
});

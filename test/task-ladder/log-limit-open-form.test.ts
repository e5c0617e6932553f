// A task's log filled (a host value of 1,000 entries) while its "Skriv i loggboka" form was open
// with text typed: nothing in the form said it could never be saved, and Save said "Endringen ble
// ikke lagret: innholdet ble endret av noen andre." (untrue). Now the form shows the limit's reason
// as an alert when the value comes, keeps the typed text (the user may copy it), and Save is
// aria-disabled, described by the reason, and refused with it: nothing added, the form stays open.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/task-ladder/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { record, recordAnnouncements, shadowAll } from '../helpers/index.js';
import { LOG_FULL_REASON as REASON, withLog } from './full-log.js';

const NOT_SAVED = 'Endringen ble ikke lagret: innholdet ble endret av noen andre.';
const logLength = (el: VkTaskLadder): number => el.value!.phases[0].tasks.find((t) => t.id === 't3')!.log?.length ?? 0;

describe('task ladder: the log fills while its form is open', () => {
  it('the form shows the reason as an alert, keeps the typed text, and Save is refused with that reason', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder lang="nb" .value=${withLog(999)}></vk-task-ladder>`);
    await el.updateComplete;
    const button = shadowAll(el, '.task-button').find((b) => b.dataset.key === 't3')!.closest('li')!.querySelector<HTMLButtonElement>('.log-control')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    const form = (): HTMLFormElement | null => el.shadowRoot!.querySelector('.log-form');
    await waitUntil(form, 'the log form opened');
    const text = form()!.querySelector('textarea')!;
    text.focus();
    await sendKeys({ type: 'Hei' });
    expect(el.shadowRoot!.querySelector('.log-form [role="alert"]')).to.equal(null);

    el.value = withLog(1000);
    await el.updateComplete;
    const alert = form()!.querySelector<HTMLElement>('[role="alert"]');
    expect(alert?.textContent?.trim()).to.equal(REASON);
    expect(alert!.checkVisibility()).to.equal(true);
    expect(form()!.querySelector('textarea')!.value).to.equal('Hei');
    const save = form()!.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    expect(save.getAttribute('aria-disabled')).to.equal('true');
    const described = el.shadowRoot!.getElementById(save.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent?.trim()).to.equal(REASON);
    expect(alert!.contains(described)).to.equal(true);

    const said = recordAnnouncements(el);
    const changes = record(el, 'vk-change', 'vk-error');
    save.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(changes).to.have.length(0);
    expect(logLength(el)).to.equal(1000);
    expect(said).to.deep.equal([REASON]);
    expect(said).to.not.include(NOT_SAVED);
    expect(form(), 'the form stays open').to.not.equal(null);
    expect(form()!.querySelector('textarea')!.value).to.equal('Hei');
    expect(el.shadowRoot!.activeElement).to.equal(form()!.querySelector('button[type="submit"]'));
  });
});

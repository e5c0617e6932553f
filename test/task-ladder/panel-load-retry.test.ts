/**
 * The task panel's chunk (task-panel) could not be loaded on Enter: the ladder said "Noe kunne ikke lastes. Last inn siden
 * på nytt." and nothing more, though the chunk can be asked for again (whatwg/html#10327, as this Chromium does). As the plan
 * board's editing UI (test/plan-board/editing-load-retry.test.ts): the notice has "Prøv igjen", the next Tab stop after the
 * task; it asks again for that task's details — failing again, the notice stays, focus stays on "Prøv igjen" and its words
 * are said again; once the chunk comes, the details open from the task (focus in them), the notice goes, and Escape puts
 * focus back on the task. Keyboard only; the chunk blocked for this page (CDP, `vk-block-urls`).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { sampleLadder } from './sample.js';
import { recordAnnouncements, settle } from '../helpers/index.js';
import { block, deepActive, NOTICE, notice, noticeOf, quietLoadFailures, requested, retryOf, until, words } from '../helpers/load-failure.js';

const task = (el: VkTaskLadder, id: string): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>(`.task-button[data-key="${id}"]`)!;
const openPanel = (el: VkTaskLadder): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>('.vk-popover:popover-open');

describe('task ladder: "Prøv igjen" where the task panel could not be loaded', () => {
  quietLoadFailures();

  it('Enter on a task fails; "Prøv igjen", after the task, asks again: failing, it stays; loaded, the task’s details open', async () => {
    await block(['*/task-panel.*']);
    const el = (await fixture<HTMLElement>(html`<div><vk-task-ladder .value=${sampleLadder()}></vk-task-ladder><button>after</button></div>`)).firstElementChild as VkTaskLadder;
    await el.updateComplete;
    task(el, 't2').focus();
    await sendKeys({ press: 'Enter' });
    const alert = await noticeOf(el);
    await settle(el);
    expect(words(alert), 'the notice').to.equal(NOTICE);
    expect(retryOf(el)?.textContent?.trim(), 'with its retry').to.equal('Prøv igjen');
    expect(openPanel(el), 'nothing opened').to.equal(null);
    expect(deepActive(), 'focus stays on the task').to.equal(task(el, 't2'));

    await sendKeys({ press: 'Tab' });
    expect(deepActive(), 'Tab goes to "Prøv igjen"').to.equal(retryOf(el));

    // Still no connection: asked again, failed again; the notice stays (one), focus on "Prøv igjen", the words said again.
    const said = recordAnnouncements(el);
    const asked = await requested('task-panel');
    await sendKeys({ press: 'Enter' });
    await until(() => said.includes(NOTICE));
    await settle(el);
    expect(await requested('task-panel'), 'the chunk asked for again').to.be.above(asked);
    expect(el.shadowRoot!.querySelectorAll('[data-vk-failed]').length).to.equal(1);
    expect(deepActive(), 'focus still on "Prøv igjen"').to.equal(retryOf(el));

    // The connection is back: "Prøv igjen" opens that task's details; the notice goes; Escape goes back to the task.
    await block([]);
    await sendKeys({ press: 'Enter' });
    const panel = await until(() => openPanel(el));
    await settle(el);
    expect(panel.textContent, 'the task asked for').to.include('Kutte grønnsaker');
    expect(panel.contains(deepActive()), 'focus in the details').to.equal(true);
    expect(notice(el), 'the notice went').to.equal(null);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(deepActive(), 'Escape: back on the task the use began on').to.equal(task(el, 't2'));
  });
});

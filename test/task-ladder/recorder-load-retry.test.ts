/**
 * The recorder's chunk (core/recorder) could not be loaded for a task's details (adviser mode, a participant language): the
 * details opened without it and the ladder said "Noe kunne ikke lastes. Last inn siden på nytt." and nothing more; only
 * another open asked for it again. Now the notice has "Prøv igjen": it asks again for the recorder, for that use — failing
 * again, the notice stays, focus stays on "Prøv igjen" and its words are said again (no panel opens over it); once the
 * recorder comes, that task's details open again from the task, with the recorder, focus in them, and the notice goes.
 * Keyboard only; the chunk blocked for this page (CDP, `vk-block-urls`). A page of its own: once loaded, the recorder stays
 * in the page's module map.
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

describe('task ladder: "Prøv igjen" where the recorder could not be loaded', () => {
  quietLoadFailures();

  it('the details open without it; "Prøv igjen" asks again: failing, it stays; loaded, the details open again with the recorder', async () => {
    await block(['*/core/recorder.*']);
    const el = (await fixture<HTMLElement>(html`<div><vk-task-ladder .value=${sampleLadder()}></vk-task-ladder><button>after</button></div>`)).firstElementChild as VkTaskLadder;
    await el.updateComplete;
    task(el, 't2').focus();
    await sendKeys({ press: 'Enter' });
    const alert = await noticeOf(el);
    await settle(el);
    expect(words(alert), 'the notice').to.equal(NOTICE);
    expect(retryOf(el)?.textContent?.trim(), 'with its retry').to.equal('Prøv igjen');
    expect(openPanel(el)?.querySelector('vk-audio-recorder'), 'the details, their recorder not defined').to.not.equal(null);
    expect(customElements.get('vk-audio-recorder')).to.equal(undefined);

    // The details closed (Escape: back on the task), Tab goes on to "Prøv igjen".
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(deepActive(), 'Escape: on the task').to.equal(task(el, 't2'));
    await sendKeys({ press: 'Tab' });
    expect(deepActive(), 'Tab goes to "Prøv igjen"').to.equal(retryOf(el));

    // Still no connection: asked again, failed again; the notice stays (one), nothing opens over it, focus on "Prøv igjen", the words said again.
    const said = recordAnnouncements(el);
    const asked = await requested('core/recorder');
    await sendKeys({ press: 'Enter' });
    await until(() => said.includes(NOTICE));
    await settle(el);
    expect(await requested('core/recorder'), 'the chunk asked for again').to.be.above(asked);
    expect(el.shadowRoot!.querySelectorAll('[data-vk-failed]').length).to.equal(1);
    expect(openPanel(el), 'nothing opened').to.equal(null);
    expect(deepActive(), 'focus still on "Prøv igjen"').to.equal(retryOf(el));

    // The connection is back: "Prøv igjen" brings the recorder and opens that task's details with it; the notice goes.
    await block([]);
    await sendKeys({ press: 'Enter' });
    const panel = await until(() => customElements.get('vk-audio-recorder') && openPanel(el));
    await settle(el);
    expect(panel.textContent, 'the task asked for').to.include('Kutte grønnsaker');
    expect(panel.querySelector('vk-audio-recorder')?.shadowRoot, 'its recorder, defined').to.not.equal(null);
    expect(panel.contains(deepActive()), 'focus in the details').to.equal(true);
    expect(notice(el), 'the notice went').to.equal(null);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(deepActive(), 'Escape: back on the task the use began on').to.equal(task(el, 't2'));
  });
});

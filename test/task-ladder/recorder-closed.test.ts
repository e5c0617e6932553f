import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { recordAnnouncements, settle, shadowAll } from '../helpers/index.js';
import { sampleLadder } from './sample.js';
import { openRecordView, openTaskRecorder, popoverRecorder } from './recorder-steps.js';

const CLOSED = 'Lydopptaket ble lukket: oppgavene har ikke lenger et deltakerspråk.';
const popover = (el: VkTaskLadder): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>('.vk-popover')!;
/** The element focus is on, through shadow roots. */
function deepFocus(): Element | null {
  let node = document.activeElement;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
  return node;
}
const frames = async (n = 3): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

// Before 6 Dec 2026: a host that removed the participant language while focus was on the details'
// idle recorder (no take in it to keep, e551bf6) took the recorder out from under focus unsaid:
// focus went to the details' dialog, whose name ("Ta oppvasken") a screen reader says as if the
// details had just opened, and nothing told why the recorder was gone; in "Ta opp stemme" the whole
// view turned into the details, and back into the recorder alone if the language came back. Now
// the ladder says the recorder was closed and why, focus stays in the details (on the dialog, as
// for any control a host value removes from the open panel: focusAfterChange), and the view stays
// the details.
describe('task ladder: the host removes the participant language while the details show an idle recorder', () => {
  it('the details: focus on the recorder goes to the details, and the ladder says why the recorder went', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${{ ...sampleLadder(), participantLanguage: 'ti' }}></vk-task-ladder>`);
    await settle(el);
    const recorder = await openTaskRecorder(el);
    recorder.shadowRoot!.querySelector<HTMLButtonElement>('.record')!.focus();
    const said = recordAnnouncements(el);

    el.value = { ...el.value!, participantLanguage: undefined };
    await settle(el);
    await frames();
    expect(popoverRecorder(el), 'no recorder: no language to record in').to.equal(null);
    expect(el.shadowRoot!.querySelector('.vk-popover .level-form'), 'the details stay open').to.not.equal(null);
    expect(deepFocus(), 'focus on the details (their dialog, named by the task)').to.equal(popover(el));
    expect(said, 'said once, why').to.deep.equal([CLOSED]);

    // Another host value without a participant language: nothing more to say.
    el.value = { ...el.value!, mentor: { name: 'Per' } };
    await settle(el);
    expect(said).to.have.length(1);
  });

  it('"Ta opp stemme": the view becomes the details, said, focus in them; the language back does not switch it again', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${{ ...sampleLadder(), participantLanguage: 'ti' }}></vk-task-ladder>`);
    await settle(el);
    const recorder = await openRecordView(el);
    await recorder.updateComplete;
    await waitUntil(() => deepFocus() === recorder.shadowRoot!.querySelector('.record'), 'focus not on its record button');
    const said = recordAnnouncements(el);

    el.value = { ...el.value!, participantLanguage: undefined };
    await settle(el);
    await frames();
    expect(el.shadowRoot!.querySelector('.vk-popover .level-form'), 'the details').to.not.equal(null);
    expect(deepFocus(), 'focus on the details').to.equal(popover(el));
    expect(said).to.deep.equal([CLOSED]);

    const closeButtons = shadowAll(el, '.vk-popover .actions button');
    closeButtons.at(-1)!.focus();
    el.value = { ...el.value!, participantLanguage: 'ti' };
    await settle(el);
    await frames();
    expect(el.shadowRoot!.querySelector('.vk-popover .level-form'), 'still the details, not the recorder alone again').to.not.equal(null);
    expect(popoverRecorder(el), 'with their recorder back').to.not.equal(null);
    expect(deepFocus(), 'focus where the user left it').to.equal(closeButtons.at(-1));
  });
});

// Before 6 Dec 2026: the host changing the participant language (ti -> ar) relabels the same
// recorder for Arabic and shows the task's Arabic recording; with none, its "Fjern opptaket" (the
// Tigrinya recording's) went from under focus, which landed on the details' dialog, its name all a
// screen reader said. Focus now stays in the recorder, on its record button: "Ta opp på arabisk"
// says where a take would go now.
describe('task ladder: the host changes the participant language while focus is on the recorder\'s recording', () => {
  it('focus on "Fjern opptaket" of the Tigrinya recording stays in the recorder, on its record button', async () => {
    const doc = sampleLadder();
    const tasks = doc.phases[0].tasks.map((task, index) => (index === 0 ? { ...task, audio: { ti: 'data:audio/webm;base64,GkXfo59C' } } : task));
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${{ ...doc, participantLanguage: 'ti', phases: [{ ...doc.phases[0], tasks }, ...doc.phases.slice(1)] }}></vk-task-ladder>`);
    await settle(el);
    const recorder = await openTaskRecorder(el);
    const remove = recorder.shadowRoot!.querySelector<HTMLButtonElement>('.remove')!;
    remove.focus();
    expect(deepFocus()).to.equal(remove);

    el.value = { ...el.value!, participantLanguage: 'ar' };
    await settle(el);
    await recorder.updateComplete;
    await frames();
    expect(popoverRecorder(el), 'the same recorder').to.equal(recorder);
    expect(recorder.lang).to.equal('ar');
    expect(recorder.shadowRoot!.querySelector('.remove'), 'no Arabic recording to remove').to.equal(null);
    expect(deepFocus(), 'focus on its record button').to.equal(recorder.shadowRoot!.querySelector('.record'));
  });
});

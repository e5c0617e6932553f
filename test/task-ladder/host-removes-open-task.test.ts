/**
 * The host removes the task whose panel is open (a sync, another adviser). Before 7 Dec 2026 (a
 * newcomer's QA: m1, m2, r1, r2) the panel closed with nothing said: a participant's typed log entry
 * and chosen face, an adviser's typed mentor name and a take being recorded were gone, focus on the
 * neighbour, where the Enter meant for "Stopp opptaket" opened the neighbour's details. Now, as the
 * plan board's card editor ("Kortet ble fjernet av noen andre."): the panel stays, says so (an
 * alert), keeps what was typed (to be copied) and refuses Save, described by the notice; a recorder
 * goes with its take (the microphone released, said); Escape or Cancel puts focus on the neighbour.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { LadderDocument } from '../../src/task-ladder/task-ladder.types.js';
import { focused, record, recordAnnouncements, settle, shadow, shadowAll } from '../helpers/index.js';
import { sampleLadder } from './sample.js';
import { openTaskRecorder } from './recorder-steps.js';

const NOTICE = 'Oppgaven ble fjernet av noen andre.';

async function ladder(mode = 'adviser'): Promise<VkTaskLadder> {
  const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()} mode=${mode}></vk-task-ladder>`);
  await settle(el);
  return el;
}

function without(doc: LadderDocument, id: string): LadderDocument {
  return { ...doc, phases: doc.phases.map((p) => ({ ...p, tasks: p.tasks.filter((t) => t.id !== id) })) };
}

function card(el: VkTaskLadder, id: string, control: string): HTMLElement {
  return shadowAll(el, '.task').find((t) => t.querySelector<HTMLElement>('.task-button')?.dataset.key === id)!.querySelector<HTMLElement>(control)!;
}

const popover = (el: VkTaskLadder): HTMLElement => shadow(el, '.vk-popover');

async function removeT2(el: VkTaskLadder): Promise<void> {
  el.value = without(el.value!, 't2');
  await settle(el);
  await settle(el);
}

/** The open panel stays with the notice; Save is refused (aria-disabled, described by the notice), commits nothing and says why. */
async function expectRefusedSave(el: VkTaskLadder, said: string[]): Promise<void> {
  expect(popover(el).matches(':popover-open'), 'the panel stays open').to.equal(true);
  const notice = shadow(el, '.vk-popover #removed-notice');
  expect(notice.textContent?.trim()).to.equal(NOTICE);
  expect(notice.getAttribute('role')).to.equal('alert');
  const save = shadow<HTMLButtonElement>(el, '.vk-popover button[type="submit"]');
  expect(save.getAttribute('aria-disabled')).to.equal('true');
  expect(save.getAttribute('aria-describedby')).to.equal('removed-notice');
  const seen = record(el, 'vk-change');
  save.click();
  await settle(el);
  expect(seen, 'nothing committed').to.deep.equal([]);
  expect(said).to.include(NOTICE);
  expect(popover(el).matches(':popover-open'), 'still open after Save').to.equal(true);
}

/** Escape closes the panel; focus on the removed task's neighbour (t3 took its place), never <body>. */
async function expectEscapeToNeighbour(el: VkTaskLadder): Promise<void> {
  await sendKeys({ press: 'Escape' });
  await settle(el);
  expect(popover(el).matches(':popover-open')).to.equal(false);
  expect(document.activeElement).to.equal(el);
  expect((focused(el) as HTMLElement).dataset.key).to.equal('t3');
}

describe('task ladder: the host removes the task whose panel is open', () => {
  it('participant writing in the logbook: the face and words stay, Save is refused with the notice, Escape goes to the neighbour', async () => {
    const el = await ladder('participant');
    const said = recordAnnouncements(el);
    card(el, 't2', '.log-control').click();
    await settle(el);
    shadowAll<HTMLInputElement>(el, '.vk-popover input[name="mood"]')[3].click();
    const text = shadow<HTMLTextAreaElement>(el, '.vk-popover textarea');
    text.focus();
    await sendKeys({ type: 'Tok oppvasken alene' });
    await removeT2(el);
    expect(shadow<HTMLTextAreaElement>(el, '.vk-popover textarea').value, 'the words stay').to.equal('Tok oppvasken alene');
    expect(shadowAll<HTMLInputElement>(el, '.vk-popover input[name="mood"]').map((r) => r.checked)).to.deep.equal([false, false, false, true, false]);
    expect(focused(el), 'focus where the user was').to.equal(shadow(el, '.vk-popover textarea'));
    await expectRefusedSave(el, said);
    await expectEscapeToNeighbour(el);
  });

  it('adviser signing off with a typed name: the name stays, "Kvitter ut" is refused with the notice, Cancel goes to the neighbour', async () => {
    const el = await ladder();
    const said = recordAnnouncements(el);
    card(el, 't2', '.signoff-control').click();
    await settle(el);
    const name = shadow<HTMLInputElement>(el, '.vk-popover #mentor');
    name.focus();
    name.select();
    await sendKeys({ type: 'Ola Fadder' });
    await removeT2(el);
    expect(shadow<HTMLInputElement>(el, '.vk-popover #mentor').value).to.equal('Ola Fadder');
    await expectRefusedSave(el, said);
    shadowAll<HTMLButtonElement>(el, '.vk-popover button').find((b) => b.textContent?.trim() === 'Avbryt')!.click();
    await settle(el);
    expect(popover(el).matches(':popover-open')).to.equal(false);
    expect((focused(el) as HTMLElement).dataset.key).to.equal('t3');
  });

  it('the details: they stay, view-only, with the notice; Enter there never opens the neighbour; Escape goes to it', async () => {
    const el = await ladder();
    card(el, 't2', '.task-button').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const opened = record(el, 'vk-open');
    await removeT2(el);
    expect(popover(el).matches(':popover-open')).to.equal(true);
    expect(shadow(el, '.vk-popover #removed-notice').textContent?.trim()).to.equal(NOTICE);
    expect(shadowAll(el, '.vk-popover .level-form, .vk-popover .open-signoff, .vk-popover vk-audio-recorder'), 'nothing left to save').to.have.length(0);
    expect(popover(el).contains(focused(el)), 'focus in the details').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(opened, 'no other task opened').to.deep.equal([]);
    await expectEscapeToNeighbour(el);
  });

  describe('a take being recorded', () => {
    const getUserMedia = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    let streams: MediaStream[] = [];
    beforeEach(() => {
      streams = [];
      navigator.mediaDevices.getUserMedia = async (constraints) => {
        const stream = await getUserMedia(constraints);
        streams.push(stream);
        return stream;
      };
    });
    afterEach(() => (navigator.mediaDevices.getUserMedia = getUserMedia));

    it('stops, the microphone released, said; focus in the details; Enter meant for "Stopp opptaket" opens nothing', async () => {
      const el = await ladder();
      const said = recordAnnouncements(el);
      const recorder = await openTaskRecorder(el, 't2');
      recorder.maxSeconds = 5;
      void recorder.record();
      await waitUntil(() => recorder.state === 'recording', 'not recording', { timeout: 8000 });
      await recorder.updateComplete;
      recorder.shadowRoot!.querySelector<HTMLElement>('.record')!.focus();
      const opened = record(el, 'vk-open', 'vk-change');
      await removeT2(el);
      expect(streams.flatMap((s) => s.getTracks()).map((t) => t.readyState), 'the microphone released').to.deep.equal(['ended']);
      expect(said).to.include('Opptaket ble ikke lagret.');
      expect(popover(el).matches(':popover-open')).to.equal(true);
      expect(popover(el).contains(focused(el)) || focused(el) === popover(el), 'focus in the details').to.equal(true);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(opened).to.deep.equal([]);
      await expectEscapeToNeighbour(el);
    });
  });
});

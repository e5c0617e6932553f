/**
 * A host that gives an added session its own id, as a server does: in its vk-change listener it
 * copies the value, puts its ids on the new sessions and sets `el.value`. The host's document holds
 * the add, but undoing it there found no session with the calendar's id, so "Ny økt" and "Planlegg
 * kurs" said "Endringen ble ikke lagret" with the sessions on screen, and the new session's details
 * did not open. Now the add lands under the host's ids (VkElement `heldEdit`, `landedId`): said as
 * added, the details open for the host's session and Escape returns focus to it. The host's value
 * clears the undo history (contract, "Edit conflicts"): undo has nothing of the add (Ctrl+Z says "Ingenting å angre.", never "not saved").
 * The same host re-adds a session whose removal the user undid under a new id of its own: in the
 * week, focus looked for the session under the calendar's id and went to the default instead.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument, ScheduleOperation } from '../../src/course-calendar/course-calendar.types.js';
import { focused, recordAnnouncements, shadow } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';
import { historyKeys, settleFrames } from './focus-helpers.js';

const NOT_SAVED = 'Endringen ble ikke lagret: innholdet ble endret av noen andre.';
const plain = (text: string): string => text.replace(/[\u2066-\u2069]/g, '');

/** A calendar whose host saves each added session under its own id ("srv-1", …), writing back every other value. */
async function serverCalendar(date: string): Promise<{ el: VkCourseCalendar; ops: ScheduleOperation[] }> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="nb" style="inline-size: 1100px"><vk-course-calendar .value=${sampleSchedule()} view="week" date=${date}></vk-course-calendar></div>`);
  const el = wrapper.firstElementChild as VkCourseCalendar;
  const ops: ScheduleOperation[] = [];
  let next = 1;
  el.addEventListener('vk-change', (event) => {
    const { value, operation } = (event as CustomEvent<{ value: ScheduleDocument; operation: ScheduleOperation }>).detail;
    ops.push(operation);
    const added = operation.type === 'session.add' ? [operation.session.id] : operation.type === 'sessions.add' ? operation.sessions.map((s) => s.id) : [];
    const copy = structuredClone(value) as unknown as { sessions: Array<Record<string, unknown>> };
    for (const session of copy.sessions) if (added.includes(session.id as string)) Object.assign(session, { id: `srv-${next++}`, savedAt: '2026-03-12T10:00' });
    el.value = copy as unknown as ScheduleDocument;
  });
  await el.updateComplete;
  return { el, ops };
}

describe('course calendar: sessions the host saves under its own ids', () => {
  it('"Ny økt": said as added, shown, its details open for the host\'s session, Escape returns to it; undo has nothing of it', async () => {
    const { el } = await serverCalendar('2026-03-12');
    const said = recordAnnouncements(el);
    shadow(el, '[data-action="add"]').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(said, 'not "not saved"').to.not.include(NOT_SAVED);
    expect(said).to.include('Ny økt lagt til.');
    expect(el.value!.sessions.some((s) => s.id === 'srv-1')).to.equal(true);
    expect(shadow(el, '.vk-popover').matches(':popover-open'), 'its details are open').to.equal(true);
    expect(shadow(el, '.vk-popover [data-session-details]').dataset.sessionDetails).to.equal('srv-1');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect((focused(el) as HTMLElement).dataset.session, 'focus on the host\'s session').to.equal('srv-1');
    expect(el.canUndo).to.equal(false);
    const before = el.value;
    said.length = 0;
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    await el.updateComplete;
    // The key says there is nothing to undo (never "not saved"); the host's undo() says nothing.
    expect(said).to.deep.equal(['Ingenting å angre.']);
    expect(el.undo()).to.equal(false);
    await el.updateComplete;
    expect(said).to.deep.equal(['Ingenting å angre.']);
    expect(el.value).to.equal(before);
  });

  it('"Planlegg kurs" (sessions.add): said as added, not "not saved", every session under the host\'s id', async () => {
    const { el, ops } = await serverCalendar('2026-03-30');
    const said = recordAnnouncements(el);
    shadow(el, '[data-action="plan"]').click();
    await waitUntil(() => el.shadowRoot?.querySelector('dialog.pattern[open]'), 'the dialog opens', { timeout: 5000 });
    const last = shadow<HTMLInputElement>(el, 'dialog.pattern input[name="last"]');
    last.value = '2026-04-10';
    last.dispatchEvent(new Event('change'));
    await el.updateComplete;
    shadow(el, '[data-action="plan-add"]').click();
    await el.updateComplete;
    expect(ops.at(-1)?.type).to.equal('sessions.add');
    expect(said).to.not.include(NOT_SAVED);
    expect(plain(said.at(-1) ?? '')).to.match(/^La til 7 økter\.$/);
    expect(el.value!.sessions.filter((s) => s.id.startsWith('srv-'))).to.have.length(7);
  });

  for (const view of ['week', 'agenda'] as const) {
    it(`${view}: Ctrl+Z of "Slett økt", the session re-added under the host's id: focus on that session`, async () => {
      const { el, ops } = await serverCalendar('2026-03-11');
      el.view = view;
      await settleFrames(el);
      shadow(el, '[data-session="a3"]').focus();
      await sendKeys({ press: 'Enter' });
      await settleFrames(el);
      shadow(el, '.vk-popover [data-action="remove"]').click();
      await settleFrames(el);
      expect(ops.at(-1)).to.deep.equal({ type: 'session.remove', sessionId: 'a3' });
      await historyKeys(el, 'undo');
      expect(ops.at(-1)).to.deep.include({ type: 'session.add' });
      expect(el.value!.sessions.some((s) => s.id === 'srv-1')).to.equal(true);
      expect(document.activeElement, 'focus in the calendar').to.equal(el);
      expect((focused(el) as HTMLElement).dataset.session, 'the session the undo brought back, under the host\'s id').to.equal('srv-1');
    });
  }
});


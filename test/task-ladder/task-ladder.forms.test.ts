import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { LadderDocument } from '../../src/task-ladder/task-ladder.types.js';
import { todayIso } from '../../src/core/dates.js';
import { focused, record, shadow, shadowAll } from '../helpers/index.js';
import { sampleLadder } from './sample.js';

async function ladder(doc: LadderDocument = sampleLadder(), mode = 'adviser'): Promise<VkTaskLadder> {
  const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><vk-task-ladder .value=${doc} mode=${mode}></vk-task-ladder></div>`);
  const el = wrapper.querySelector('vk-task-ladder') as VkTaskLadder;
  await el.updateComplete;
  return el;
}

async function settle(el: VkTaskLadder): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
}

function item(el: VkTaskLadder, id: string): HTMLElement {
  const button = shadowAll(el, '.task-button').find((b) => b.dataset.key === id);
  if (!button) throw new Error(`no task ${id}`);
  return button.closest('li') as HTMLElement;
}

/** Opens a task's logbook form from its card's "Skriv i loggboka"; focus starts on the checked author (adviser mode) or the first face (participant mode). */
async function openLog(el: VkTaskLadder, id: string): Promise<HTMLFormElement> {
  item(el, id).querySelector<HTMLButtonElement>('.log-control')!.click();
  await settle(el);
  return shadow<HTMLFormElement>(el, '.log-form');
}

function checkedMood(el: VkTaskLadder): string | null {
  return el.shadowRoot?.querySelector<HTMLInputElement>('.log-form input[name="mood"]:checked')?.value ?? null;
}

function changes(seen: Array<{ type: string; detail: unknown }>): unknown[] {
  return seen.filter((e) => e.type === 'vk-change').map((e) => (e.detail as { operation: unknown }).operation);
}

describe('<vk-task-ladder> logbook form: the mood', () => {
  it('the face chosen survives Escape and a tap outside, and comes back when the form reopens; saving clears it', async () => {
    const el = await ladder(sampleLadder(), 'participant');
    await openLog(el, 't3');
    // Participant mode has no author to choose: focus starts on the faces (none checked: the first), Space chooses it, → the next face.
    expect((focused(el) as HTMLInputElement).name, 'focus starts on the faces').to.equal('mood');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(checkedMood(el)).to.equal('2');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(el.shadowRoot?.querySelector('.log-form'), 'closed by Escape').to.equal(null);
    await openLog(el, 't3');
    expect(checkedMood(el), 'kept through Escape').to.equal('2');
    // A tap outside the popover closes it too.
    const box = shadow(el, '.ladder').getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 2), Math.round(box.top + 2)] });
    await settle(el);
    expect(el.shadowRoot?.querySelector('.log-form'), 'closed by a tap outside').to.equal(null);
    await openLog(el, 't3');
    expect(checkedMood(el), 'kept through a tap outside').to.equal('2');
    expect((await openLog(el, 't1')) && checkedMood(el), 'another task has its own (empty) draft').to.equal(null);
    await openLog(el, 't3');
    const seen = record(el, 'vk-change');
    shadow<HTMLButtonElement>(el, '.log-form button[type="submit"]').click();
    await settle(el);
    expect(changes(seen)).to.deep.equal([{ type: 'log.add', taskId: 't3', entry: { date: todayIso(), by: 'participant', mood: 2 } }]);
    await openLog(el, 't3');
    expect(checkedMood(el), 'saved: the form starts with no face').to.equal(null);
  });
});

describe('<vk-task-ladder> logbook form: an entry with nothing in it', () => {
  for (const mode of ['participant', 'adviser']) {
    it(`${mode}: Save with neither a face nor words commits nothing, says what is missing above the faces, focus on the first face`, async () => {
      const el = await ladder(sampleLadder(), mode);
      const seen = record(el, 'vk-change');
      const form = await openLog(el, 't3');
      // Enter on the author radio is Save.
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(changes(seen), 'nothing committed').to.deep.equal([]);
      expect(el.value?.phases[0].tasks[2]).not.to.have.property('log');
      expect(shadow(el, '.log-form'), 'the form stays open').to.equal(form);
      const alert = shadow(el, '.log-form [role="alert"]');
      expect(alert.textContent?.trim()).to.equal('Velg et ansikt eller skriv noe.');
      expect(alert.parentElement?.matches('fieldset.moods') && alert.previousElementSibling?.localName, 'in the faces\' group, under its legend, above the faces').to.equal('legend');
      expect(shadow(el, '[data-vk-announcer]').textContent ?? '').not.to.contain('lagret i loggboka');
      const faces = shadowAll<HTMLInputElement>(el, '.log-form input[name="mood"]');
      expect(focused(el)).to.equal(faces[0]);
      expect(faces.map((face) => face.getAttribute('aria-describedby'))).to.deep.equal(faces.map(() => alert.id));
      // Choosing a face answers it: the message goes, and Enter saves the entry.
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(el.shadowRoot?.querySelector('.log-form [role="alert"]'), 'the message goes').to.equal(null);
      expect(faces[0].hasAttribute('aria-describedby')).to.equal(false);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(changes(seen)).to.deep.equal([{ type: 'log.add', taskId: 't3', entry: { date: todayIso(), by: mode, mood: 1 } }]);
    });
  }

  it('words written answer it too: the message goes once something is typed, and Save adds the text alone', async () => {
    const el = await ladder(sampleLadder(), 'participant');
    const seen = record(el, 'vk-change');
    await openLog(el, 't3');
    shadow<HTMLButtonElement>(el, '.log-form button[type="submit"]').click();
    await settle(el);
    const textarea = shadow<HTMLTextAreaElement>(el, '.log-form textarea');
    expect(textarea.getAttribute('aria-describedby')).to.equal(shadow(el, '.log-form [role="alert"]').id);
    textarea.focus();
    await sendKeys({ type: 'Bra' });
    await settle(el);
    expect(el.shadowRoot?.querySelector('.log-form [role="alert"]')).to.equal(null);
    expect(textarea.hasAttribute('aria-describedby')).to.equal(false);
    shadow<HTMLButtonElement>(el, '.log-form button[type="submit"]').click();
    await settle(el);
    expect(changes(seen)).to.deep.equal([{ type: 'log.add', taskId: 't3', entry: { date: todayIso(), by: 'participant', text: 'Bra' } }]);
  });
});

// contract.md: participant mode "may add log entries and read aloud; levels and sign-off are the
// adviser's and mentor's". Its log form offered "Deltaker / Fadder / Rådgiver", so a participant's
// device could write an entry in the mentor's name, and put three words to read before the faces.
describe('<vk-task-ladder> logbook form: who writes', () => {
  it('participant mode: no author to choose, the form says "Deltaker", Save writes the participant\'s entry', async () => {
    const el = await ladder(sampleLadder(), 'participant');
    const seen = record(el, 'vk-change');
    const form = await openLog(el, 't3');
    expect(form.querySelectorAll('input[name="by"]').length, 'author radios').to.equal(0);
    expect(form.querySelector('fieldset.authors'), 'the "Hvem skriver?" group').to.equal(null);
    expect(form.querySelector('.log-by')?.textContent?.trim()).to.equal('Deltaker');
    expect((focused(el) as HTMLInputElement).name, 'focus on the first face').to.equal('mood');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(changes(seen)).to.deep.equal([{ type: 'log.add', taskId: 't3', entry: { date: todayIso(), by: 'participant', mood: 1 } }]);
  });

  it('adviser mode: "Hvem skriver?" offers the three authors, "Rådgiver" checked; "Fadder" chosen is saved', async () => {
    const el = await ladder();
    const seen = record(el, 'vk-change');
    const form = await openLog(el, 't3');
    const radios = Array.from(form.querySelectorAll<HTMLInputElement>('fieldset.authors input[name="by"]'));
    expect(radios.map((r) => r.value)).to.deep.equal(['participant', 'mentor', 'adviser']);
    expect(focused(el), 'focus on the checked author').to.equal(radios[2]);
    expect(radios[2].checked).to.equal(true);
    expect(form.querySelector('.log-by'), 'no fixed author').to.equal(null);
    await sendKeys({ press: 'ArrowLeft' });
    expect(radios[1].checked, '← chooses "Fadder"').to.equal(true);
    form.querySelector<HTMLInputElement>('input[name="mood"][value="4"]')!.click();
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(el);
    expect(changes(seen)).to.deep.equal([{ type: 'log.add', taskId: 't3', entry: { date: todayIso(), by: 'mentor', mood: 4 } }]);
  });
});

// Found by a QA pass: a participant chose a face, the host switched to adviser mode, and Save wrote
// the participant's face as the adviser's entry (the draft had no author, so "Rådgiver" was checked).
describe('<vk-task-ladder> logbook form: a mode switch with the participant\'s entry unsaved', () => {
  const checkedAuthor = (el: VkTaskLadder): string | undefined => el.shadowRoot?.querySelector<HTMLInputElement>('.log-form input[name="by"]:checked')?.value;

  it('a face chosen in participant mode keeps the entry the participant\'s after a switch to adviser mode', async () => {
    const el = await ladder(sampleLadder(), 'participant');
    const seen = record(el, 'vk-change');
    const form = await openLog(el, 't3');
    form.querySelector<HTMLInputElement>('input[name="mood"][value="4"]')!.click();
    el.mode = 'adviser';
    await settle(el);
    expect(checkedAuthor(el), '"Deltaker" checked, not the mode\'s default').to.equal('participant');
    shadow<HTMLButtonElement>(el, '.log-form button[type="submit"]').click();
    await settle(el);
    expect(changes(seen)).to.deep.equal([{ type: 'log.add', taskId: 't3', entry: { date: todayIso(), by: 'participant', mood: 4 } }]);
  });

  it('text typed in participant mode does too; the adviser changes the author on purpose', async () => {
    const el = await ladder(sampleLadder(), 'participant');
    const seen = record(el, 'vk-change');
    (await openLog(el, 't3')).querySelector('textarea')!.focus();
    await sendKeys({ type: 'Gikk fint' });
    el.mode = 'adviser';
    await settle(el);
    expect(checkedAuthor(el)).to.equal('participant');
    shadow<HTMLInputElement>(el, '.log-form input[name="by"][value="adviser"]').click();
    shadow<HTMLButtonElement>(el, '.log-form button[type="submit"]').click();
    await settle(el);
    expect(changes(seen)).to.deep.equal([{ type: 'log.add', taskId: 't3', entry: { date: todayIso(), by: 'adviser', text: 'Gikk fint' } }]);
  });

  it('an empty form still follows the mode', async () => {
    const el = await ladder(sampleLadder(), 'participant');
    await openLog(el, 't3');
    el.mode = 'adviser';
    await settle(el);
    expect(checkedAuthor(el)).to.equal('adviser');
  });
});

describe('<vk-task-ladder> sign-off form: the date', () => {
  it('a date cleared marks the date field invalid, described by the message, until a real date is in', async () => {
    const el = await ladder();
    const seen = record(el, 'vk-change');
    shadowAll(el, '.signoff-control')[0].click();
    await settle(el);
    const date = shadow<HTMLInputElement>(el, '.signoff-form input[name="date"]');
    expect(date.hasAttribute('aria-invalid')).to.equal(false);
    date.focus();
    await sendKeys({ press: 'Backspace' });
    expect(date.value, 'a part of the date cleared').to.equal('');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(changes(seen), 'nothing committed').to.deep.equal([]);
    const alert = shadow(el, '.signoff-form [role="alert"]');
    expect(alert.textContent).to.contain('Velg en gyldig dato.');
    expect(date.getAttribute('aria-invalid')).to.equal('true');
    expect(date.getAttribute('aria-describedby')).to.equal(alert.id);
    const name = shadow<HTMLInputElement>(el, '.signoff-form input[name="by"]');
    expect(name.hasAttribute('aria-invalid'), 'the name is not the problem').to.equal(false);
    // The cleared part typed again (03 is a real day and a real month): a real date, the mark goes.
    await sendKeys({ type: '03' });
    await settle(el);
    expect(date.value).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(date.hasAttribute('aria-invalid')).to.equal(false);
    expect(date.hasAttribute('aria-describedby')).to.equal(false);
    expect(el.shadowRoot?.querySelector('.signoff-form [role="alert"]')).to.equal(null);
    expect(focused(el), 'typing goes on in the field').to.equal(date);
  });
});

/**
 * Host changes while the user is mid-interaction, in the board, the ladder and the tracker (a
 * newcomer's review, 4 Dec): the board narrows to one day at a time during a keyboard move; the
 * host moves a lifted card; the host disables a ladder or tracker with its panel open, or takes
 * away the right the open ladder view needs (read-only: said); switches the ladder's mode under the
 * logbook form; changes the language under the tracker's typed title. Nothing is committed that the
 * user did not see, the announcement says where the card is, focus never lands on `<body>`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { focused, record, sampleSteps, shadow, shadowAll } from '../helpers/index.js';
import { cardButton, frame, samplePlan, boardAt } from './helpers.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { followDocumentLanguage, localeReady, setLocale } from '../../src/core/localize.js';

async function settle(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  await el.updateComplete;
  for (let i = 0; i < 4; i++) await frame();
  await el.updateComplete;
}

const board = boardAt;

const live = (el: HTMLElement): string => shadow(el, '[data-vk-announcer]').textContent ?? '';
const openPanel = (el: HTMLElement): Element | null => el.shadowRoot!.querySelector(':popover-open');
const moves = (seen: Array<{ detail: unknown }>): unknown[] => seen.map((e) => (e.detail as { operation: { type: string } }).operation).filter((o) => (o as { type: string }).type === 'card.move');

function expectFocusInside(el: HTMLElement): HTMLElement {
  const inner = focused(el) as HTMLElement | null;
  expect(document.activeElement === el && !!inner?.checkVisibility(), `focus in the widget, not on ${document.activeElement?.localName}`).to.equal(true);
  return inner!;
}

async function waitForOpen(el: HTMLElement): Promise<void> {
  for (let i = 0; i < 60 && !el.shadowRoot!.querySelector(':popover-open[data-positioned="true"]'); i++) await frame();
  expect(openPanel(el), 'the panel opened').to.not.equal(null);
}

/** A tracker with step `key`'s details open by keyboard. */
async function trackerWithDetails(key: string): Promise<VkStepTracker> {
  const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
  await el.updateComplete;
  shadow(el, `.step-button[data-key="${key}"]`).focus();
  await sendKeys({ press: 'Enter' });
  await waitForOpen(el);
  return el;
}

/** Opens task t3's sign-off or logbook form from its card and types in it (a mentor name, a log text); returns the form. */
async function typeInLadderForm(el: VkTaskLadder, view: 'signoff' | 'log'): Promise<HTMLFormElement> {
  const item = shadowAll(el, '.task-button').find((b) => b.dataset.key === 't3')!.closest('li')!;
  item.querySelector<HTMLElement>(view === 'signoff' ? '.signoff-control' : '.log-control')!.click();
  await waitForOpen(el);
  const form = el.shadowRoot!.querySelector<HTMLFormElement>(view === 'signoff' ? '.signoff-form' : '.log-form');
  expect(form, `the ${view} form`).to.not.equal(null);
  const field = form!.querySelector<HTMLInputElement | HTMLTextAreaElement>(view === 'signoff' ? 'input[name="by"]' : 'textarea')!;
  field.focus();
  field.select();
  await sendKeys({ type: view === 'signoff' ? 'Ola Hansen' : 'Vasket benkene' });
  expect(field.value).to.equal(view === 'signoff' ? 'Ola Hansen' : 'Vasket benkene');
  return form!;
}

/** Opens t3's sign-off form again, without typing. */
async function reopenSignoff(el: VkTaskLadder): Promise<HTMLFormElement> {
  shadowAll(el, '.task-button').find((b) => b.dataset.key === 't3')!.closest('li')!.querySelector<HTMLElement>('.signoff-control')!.click();
  await waitForOpen(el);
  return el.shadowRoot!.querySelector<HTMLFormElement>('.signoff-form')!;
}

describe('host changes mid-interaction: board, ladder, tracker', () => {
  it('board: a card lifted and moved to Tuesday, then the board narrows: Tuesday is shown, focus on the card, Space drops it where it is seen', async () => {
    const el = await board(900);
    const seen = record(el, 'vk-change');
    cardButton(el, 'c1').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    el.parentElement!.style.inlineSize = '400px';
    await settle(el);
    await frame();
    expect(expectFocusInside(el).dataset.roving, 'focus on the lifted card').to.equal('c:c1');
    expect(cardButton(el, 'c1').checkVisibility(), 'the lifted card is shown').to.equal(true);
    await sendKeys({ press: 'Space' });
    await settle(el);
    const done = moves(seen) as Array<{ cardId: string; to: { columnId: string } }>;
    expect(done.map((o) => `${o.cardId}→${o.to.columnId}`), 'one move, to the day shown').to.deep.equal(['c1→tue']);
  });

  for (const width of [900, 400]) {
    it(`board (${width} px): a lifted card the host moves to Tuesday: cancelled, the announcement names Tuesday, focus on the card`, async () => {
      const el = await board(width);
      const seen = record(el, 'vk-change');
      cardButton(el, 'c2').focus();
      await sendKeys({ press: 'Space' });
      await settle(el);
      const doc = samplePlan();
      el.value = { ...doc, cards: doc.cards.map((c) => (c.id === 'c2' ? { ...c, columnId: 'tue' } : c)) };
      await settle(el);
      await frame();
      expect(live(el)).to.contain('avbrutt');
      expect(live(el)).to.contain('Tirsdag');
      expect(expectFocusInside(el).dataset.roving, 'focus on the card').to.equal('c:c2');
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(moves(seen), 'no move committed').to.have.length(0);
    });
  }

  it('ladder: details open, the host disables the ladder: they close', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
    await el.updateComplete;
    const button = shadowAll(el, '.task-button').find((b) => b.dataset.key === 't2')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitForOpen(el);
    el.disabled = true;
    await settle(el);
    expect(openPanel(el), 'closed').to.equal(null);
  });

  it('ladder: the sign-off form open, the host switches to participant mode: the panel closes (not the details in its place), focus in the ladder', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
    await el.updateComplete;
    shadowAll(el, '.signoff-control')[0].click();
    await waitForOpen(el);
    expect(el.shadowRoot!.querySelector('.signoff-form'), 'the sign-off form').to.not.equal(null);
    el.mode = 'participant';
    await settle(el);
    expect(openPanel(el), 'closed').to.equal(null);
    expectFocusInside(el);
    // Before: closed without a word.
    expect(live(el)).to.equal('Skjemaet ble lukket: i deltakervisning kan oppgaver leses opp og skrives i loggboka.');
  });

  // Before: the form closed without a word and the typing was simply gone.
  for (const view of ['signoff', 'log'] as const) {
    it(`ladder: the ${view} form typed into, the host sets readonly: it closes, a polite announcement says the ladder is now view-only, focus on its task`, async () => {
      const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
      await el.updateComplete;
      await typeInLadderForm(el, view);
      el.readonly = true;
      await settle(el);
      expect(openPanel(el), 'closed').to.equal(null);
      expect(live(el)).to.equal('Skjemaet ble lukket: oppgavene kan nå bare ses, ikke endres.');
      expect(shadow(el, '[data-vk-announcer]').getAttribute('aria-live')).to.equal('polite');
      expect(expectFocusInside(el).dataset.key, 'focus on the task').to.equal('t3');
    });
  }

  it('ladder: the mentor’s name typed when readonly closed the sign-off form is there when it opens again; "Bruk de nye" replaces it', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
    await el.updateComplete;
    await typeInLadderForm(el, 'signoff');
    el.readonly = true;
    await settle(el);
    el.readonly = false;
    await settle(el);
    const form = await reopenSignoff(el);
    expect(form.querySelector<HTMLInputElement>('input[name="by"]')!.value).to.equal('Ola Hansen');
    // The host changes the task meanwhile: its values replace the typing on "Bruk de nye".
    const doc = sampleLadder();
    el.value = { ...doc, phases: [{ ...doc.phases[0], tasks: doc.phases[0].tasks.map((t) => (t.id === 't3' ? { ...t, signoff: { by: 'Kari Nordmann', date: '2026-03-05' } } : t)) }, doc.phases[1]] };
    await settle(el);
    shadow(el, '.use-theirs').click();
    await settle(el);
    expect(shadow<HTMLInputElement>(el, '.signoff-form input[name="by"]').value).to.equal('Kari Nordmann');
  });

  it('ladder: the announcement of a form closed by readonly is in the UI locale (en)', async () => {
    await setLocale('en');
    try {
      const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
      await el.updateComplete;
      await typeInLadderForm(el, 'signoff');
      el.readonly = true;
      await settle(el);
      expect(live(el)).to.equal('The form was closed: the tasks can now only be viewed, not changed.');
      expect(shadow(el, '[data-vk-announcer]').lang).to.equal('en');
    } finally {
      await followDocumentLanguage();
    }
  });

  it('ladder: details (no form) open, the host sets readonly: they stay open, view-only, and nothing is announced', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
    await el.updateComplete;
    shadowAll(el, '.task-button').find((b) => b.dataset.key === 't3')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitForOpen(el);
    el.readonly = true;
    await settle(el);
    expect(openPanel(el), 'still open').to.not.equal(null);
    expect(el.shadowRoot!.querySelector('.level-form'), 'no level form').to.equal(null);
    expect(live(el)).to.equal('');
  });

  /** The ladder's logbook form open in adviser mode, text typed and "Fadder" chosen; then the host switches to participant mode. */
  async function mentorChosenThenParticipant(): Promise<{ el: VkTaskLadder; form: HTMLFormElement }> {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
    await el.updateComplete;
    const form = await typeInLadderForm(el, 'log');
    form.querySelector<HTMLInputElement>('input[name="by"][value="mentor"]')!.click();
    el.mode = 'participant';
    await settle(el);
    return { el, form };
  }

  // Before: the author radios were bound to the mode's default, so the switch checked "Veileder" over the user's "Fadder".
  // Participant mode offers no author since 6 Dec 2026 (its entries are the participant's): the choice waits in the draft.
  it('ladder: the logbook form open in adviser mode, "Fadder" chosen and text typed, the host switches to participant mode and back: the choice and the text are kept', async () => {
    const { el, form } = await mentorChosenThenParticipant();
    expect(el.shadowRoot!.querySelector('.log-form'), 'the same form, still open').to.equal(form);
    expect(form.querySelectorAll('input[name="by"]').length, 'no author to choose in participant mode').to.equal(0);
    el.mode = 'adviser';
    await settle(el);
    expect(el.shadowRoot!.querySelector<HTMLFormElement>('.log-form'), 'the same form, still open').to.equal(form);
    expect(new FormData(form).get('by')).to.equal('mentor');
    expect(form.querySelector('textarea')!.value).to.equal('Vasket benkene');
    const seen = record(el, 'vk-change');
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(el);
    const entry = (seen[0]?.detail as { operation: { entry: object } } | undefined)?.operation.entry;
    expect(entry, 'saved as chosen').to.include({ by: 'mentor', text: 'Vasket benkene' });
  });

  it('ladder: the logbook form open in adviser mode, "Fadder" chosen, the host switches to participant mode: Save writes the participant\'s entry, the text kept', async () => {
    const { el, form } = await mentorChosenThenParticipant();
    expect(form.querySelector('textarea')!.value).to.equal('Vasket benkene');
    const seen = record(el, 'vk-change');
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(el);
    const entry = (seen[0]?.detail as { operation: { entry: object } } | undefined)?.operation.entry;
    expect(entry).to.include({ by: 'participant', text: 'Vasket benkene' });
  });

  // Text typed in participant mode is the participant's entry (5c2fbd1f, 7 Dec 2026: before, the switch made it "Rådgiver" and
  // Save wrote the participant's words as the adviser's); the adviser changes the author on purpose.
  it('ladder: the logbook form open in participant mode, the host switches to adviser mode: the author is "Deltaker", the text is kept', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder mode="participant" .value=${sampleLadder()}></vk-task-ladder>`);
    await el.updateComplete;
    const form = await typeInLadderForm(el, 'log');
    expect(new FormData(form).get('by'), 'no author field in participant mode').to.equal(null);
    el.mode = 'adviser';
    await settle(el);
    expect(new FormData(form).get('by')).to.equal('participant');
    expect(form.querySelector('textarea')!.value).to.equal('Vasket benkene');
  });

  it('ladder: details open on a task the host moves to another phase: they follow it, focus kept', async () => {
    await setViewport({ width: 1000, height: 1200 });
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
    await el.updateComplete;
    shadowAll(el, '.task-button').find((b) => b.dataset.key === 't4')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitForOpen(el);
    const panel = openPanel(el) as HTMLElement;
    const doc = sampleLadder();
    const t4 = doc.phases[1].tasks[0];
    el.value = { ...doc, phases: [{ ...doc.phases[0], tasks: [t4, ...doc.phases[0].tasks] }, { ...doc.phases[1], tasks: [] }, ...doc.phases.slice(2)] };
    await settle(el);
    await settle(el);
    const button = shadowAll(el, '.task-button').find((b) => b.dataset.key === 't4')!;
    const at = button.getBoundingClientRect();
    expect(openPanel(el), 'still open').to.equal(panel);
    expect(panel.contains(focused(el)), 'focus in the panel').to.equal(true);
    expect(at.left + panel.getBoundingClientRect().width, 'room on the right').to.be.below(window.innerWidth - 8);
    expect(panel.getBoundingClientRect().left, "left edge at the task's").to.be.closeTo(at.left, 1);
    await setViewport({ width: 800, height: 600 });
  });

  it('tracker: details open, the host makes it compact: they close, focus on their step (not <body>)', async () => {
    const el = await trackerWithDetails('s2');
    el.compact = true;
    await settle(el);
    await frame();
    expect(openPanel(el), 'closed').to.equal(null);
    expect(expectFocusInside(el).dataset.key, 'focus on the step').to.equal('s2');
  });

  // Before: the title field was bound to the title in the shown language, so a new language wrote over the typing.
  for (const where of ['the element', '<html lang>'] as const) {
    it(`tracker: the title typed into, the host changes ${where} to English: the typing is kept, and saved in the language it was typed in`, async () => {
      const page = document.documentElement.getAttribute('lang');
      const el = await trackerWithDetails('s2');
      const changes = record(el, 'vk-change');
      const input = openPanel(el)!.querySelector<HTMLInputElement>('input[type="text"]')!;
      input.focus();
      input.select();
      await sendKeys({ type: 'Norskkurs B1' });
      try {
        if (where === 'the element') el.lang = 'en';
        else document.documentElement.lang = 'en';
        await localeReady();
        await settle(el);
        await settle(el);
        expect(openPanel(el)!.querySelector('#details-title')!.textContent, 'the rest follows the language').to.contain('Norwegian course');
        expect(openPanel(el)!.querySelector('input[type="text"]'), 'the same field').to.equal(input);
        expect([input.value, input.lang], 'the typing, in its own language').to.deep.equal(['Norskkurs B1', 'nb']);
        await sendKeys({ press: 'Enter' });
        await settle(el);
        expect(changes.map((c) => (c.detail as { operation: unknown }).operation)).to.deep.equal([
          { type: 'step.update', stepId: 's2', changes: { title: { nb: 'Norskkurs B1', en: 'Norwegian course', ar: 'دورة اللغة النرويجية' } } },
        ]);
        expect([input.value, input.lang], 'saved: nothing left to keep, the field shows the shown language').to.deep.equal(['Norwegian course', 'en']);
      } finally {
        if (page === null) document.documentElement.removeAttribute('lang');
        else document.documentElement.lang = page;
        await localeReady();
      }
    });
  }

  it('tracker: the title typed into, lang changed, then Escape: nothing is committed, focus on the step', async () => {
    const el = await trackerWithDetails('s2');
    const changes = record(el, 'vk-change');
    const input = openPanel(el)!.querySelector<HTMLInputElement>('input[type="text"]')!;
    input.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' B1' });
    el.lang = 'en';
    await settle(el);
    expect(input.value).to.equal('Norskkurs B1');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(openPanel(el), 'closed').to.equal(null);
    expect(changes).to.have.length(0);
    expect(expectFocusInside(el).dataset.key, 'focus on the step').to.equal('s2');
  });

  it('tracker: the title untouched, the host changes lang: the field follows the new language', async () => {
    const el = await trackerWithDetails('s2');
    const input = openPanel(el)!.querySelector<HTMLInputElement>('input[type="text"]')!;
    expect([input.value, input.lang]).to.deep.equal(['Norskkurs', 'nb']);
    el.lang = 'en';
    await settle(el);
    expect([input.value, input.lang]).to.deep.equal(['Norwegian course', 'en']);
  });

  it('tracker: details open, the host disables the tracker: they close', async () => {
    const el = await trackerWithDetails('s2');
    el.disabled = true;
    await settle(el);
    expect(openPanel(el), 'closed').to.equal(null);
  });
});

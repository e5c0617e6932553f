/**
 * A field the widget refused (aria-invalid="true", described by its message) looks refused: a
 * thicker border in the danger colour (core/popover.styles.ts), a double one in forced colours, and keeps
 * its size. Before, only the message under it told a sighted user which field went back. One form
 * per widget that has such fields (the step tracker has none: a refused date or title, or an emptied
 * title, goes back to what it was, with no message). A box or radio refused gets a ring instead.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { axeViolations, describeViolations } from '../a11y/axe.js';
import { forcedColors } from '../a11y/story-harness.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';
import { menuAction, placed, samplePlan } from '../plan-board/helpers.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { settle, shadow, shadowAll } from '../helpers/index.js';

const danger = 'rgb(179, 38, 30)';
type Field = HTMLInputElement | HTMLTextAreaElement;

/** `invalid` is marked and drawn as refused; `valid`, a field of the same form, is not. */
function expectRefusedLook(invalid: Field, valid: Field): void {
  expect(invalid.getAttribute('aria-invalid')).to.equal('true');
  expect(valid.hasAttribute('aria-invalid')).to.equal(false);
  const bad = getComputedStyle(invalid);
  const good = getComputedStyle(valid);
  for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
    expect(bad[`border${side}Color`], `${side} colour`).to.equal(danger);
    expect(good[`border${side}Color`], `a valid field's ${side} colour`).to.not.equal(danger);
    expect(parseFloat(bad[`border${side}Width`]), `${side} thicker than a valid field's`).to.be.greaterThan(parseFloat(good[`border${side}Width`]));
  }
}

/** A box or radio refused: ringed in the danger colour while not focused. */
function expectRinged(box: HTMLInputElement): void {
  expect(box.getAttribute('aria-invalid')).to.equal('true');
  const style = getComputedStyle(box);
  expect(style.outlineStyle).to.equal('solid');
  expect(style.outlineColor).to.equal(danger);
}

const size = (field: Element): string => {
  const { width, height } = field.getBoundingClientRect();
  return `${width}×${height}`;
};

describe('a refused field has a look of its own', () => {
  afterEach(() => forcedColors(false));

  it('plan board edit form: a time it cannot save is drawn refused, at the same size; the title is not', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    await menuAction(el, 'c1', 'edit');
    await placed(el);
    const form = shadow<HTMLFormElement>(el, '.edit-form');
    const time = form.querySelector<HTMLInputElement>('[name="time"]')!;
    const title = form.querySelector<HTMLInputElement>('[name="title"]')!;
    const before = size(time);
    time.value = '25:99';
    form.requestSubmit();
    await settle(el);
    expectRefusedLook(time, title);
    expect(size(time), 'the field keeps its size').to.equal(before);
    // Forced colours: no colour to tell it by, a double border (two lines) instead of a single one.
    await forcedColors(true);
    expect(getComputedStyle(time).borderTopStyle).to.equal('double');
    expect(parseFloat(getComputedStyle(time).borderTopWidth)).to.be.at.least(3);
    expect(getComputedStyle(title).borderTopStyle).to.equal('solid');
    expect(size(time), 'same size in forced colours').to.equal(before);
  });

  it('course calendar details: the end time that went back is drawn refused; the start is not', async () => {
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar .value=${sampleSchedule()} view="week" date="2026-03-12"></vk-course-calendar>`);
    await el.updateComplete;
    shadow(el, '[data-session="a1"]').click(); // 09:00–14:30
    await el.updateComplete;
    const end = shadow<HTMLInputElement>(el, '.vk-popover input[name="end"]');
    const before = size(end);
    end.value = '09:00';
    end.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expectRefusedLook(end, shadow<HTMLInputElement>(el, '.vk-popover input[name="start"]'));
    expect(size(end), 'the field keeps its size').to.equal(before);
  });

  it('course calendar plan dialog: a weekday whose times cannot make a session, and the weekdays when none is chosen', async () => {
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar .value=${sampleSchedule()} view="month" date="2026-03-30"></vk-course-calendar>`);
    await el.updateComplete;
    shadow(el, '[data-action="plan"]').click();
    await waitUntil(() => el.shadowRoot?.querySelector('dialog.pattern[open]'), 'the dialog opens', { timeout: 5000 });
    const dialog = shadow<HTMLDialogElement>(el, 'dialog.pattern');
    const field = (name: string): HTMLInputElement => dialog.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    const set = async (name: string, value: string | boolean): Promise<void> => {
      if (typeof value === 'boolean') field(name).checked = value;
      else field(name).value = value;
      field(name).dispatchEvent(new Event('change'));
      await el.updateComplete;
    };
    await set('end-1', field('start-1').value);
    expectRefusedLook(field('start-1'), field('start-2'));
    expectRefusedLook(field('end-1'), field('end-2'));
    for (const day of [1, 2, 3, 4, 5]) await set(`on-${day}`, false);
    for (const day of [1, 2, 3, 4, 5, 6, 7]) expectRinged(field(`on-${day}`));
    await set('on-1', true);
    expect(getComputedStyle(field('on-2')).outlineStyle, 'a day chosen: no ring').to.equal('none');
  });

  it('task ladder sign-off: the missing name is drawn refused; the date is not', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${{ ...sampleLadder(), mentor: undefined }}></vk-task-ladder>`);
    shadowAll(el, '.signoff-control')[0].click();
    await settle(el);
    const name = shadow<HTMLInputElement>(el, '.signoff-form input[name="by"]');
    const before = size(name);
    shadow<HTMLButtonElement>(el, '.signoff-form button[type="submit"]').click();
    await settle(el);
    expectRefusedLook(name, shadow<HTMLInputElement>(el, '.signoff-form input[name="date"]'));
    expect(size(name), 'the field keeps its size').to.equal(before);
  });

  it('task ladder logbook: Save with nothing marks the text box and the faces, described by the message, until one is answered', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
    shadowAll(el, '.log-control')[0].click();
    await settle(el);
    shadow<HTMLButtonElement>(el, '.log-form button[type="submit"]').click();
    await settle(el);
    const alert = shadow(el, '.log-form [role="alert"]');
    const text = shadow<HTMLTextAreaElement>(el, '.log-form textarea');
    expectRefusedLook(text, shadow<HTMLInputElement>(el, '.log-form input[name="date"]'));
    expect(text.getAttribute('aria-describedby')).to.equal(alert.id);
    const faces = shadowAll<HTMLInputElement>(el, '.log-form input[name="mood"]');
    // Focus is on the first face (its focus ring instead of the ring); the others are ringed.
    for (const face of faces.slice(1)) expectRinged(face);
    // aria-invalid on radios and a text box: nothing axe objects to (aria-allowed-attr and the rest).
    expect(describeViolations(await axeViolations(el))).to.deep.equal([]);
    faces[1].click();
    await settle(el);
    for (const field of [text, ...faces]) expect(field.hasAttribute('aria-invalid'), 'answered: no longer invalid').to.equal(false);
    expect(getComputedStyle(text).borderTopColor).to.not.equal(danger);
  });
});

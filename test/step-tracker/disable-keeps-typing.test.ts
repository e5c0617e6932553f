import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { focused, record, recordAnnouncements, sampleSteps, settle, shadow } from '../helpers/index.js';
import { hostSets as set } from '../helpers/forms.js';

// Contract §2: `disabled` is "like a disabled form control", which keeps what was typed. A host that
// disables the tracker while it saves closes a step's open details (that stays); a title or date
// typed and not yet saved (each saves when left), or a status chosen and not saved, was gone: the
// details opened again showed the step as it was. Now it is kept for that step's next details while
// the step is unchanged, in the tracker only; the title or date comes back where it was typed, focus
// in it, and saves when left as typing does.
const open = (el: VkStepTracker): boolean => !!el.shadowRoot!.querySelector('.vk-popover:popover-open');
const field = (el: VkStepTracker, name: string): HTMLInputElement | null => el.shadowRoot!.querySelector<HTMLInputElement>(`.details input[name="${name}"]`);
const title = (el: VkStepTracker): HTMLInputElement => shadow<HTMLInputElement>(el, '.details input[name="title"]');

async function tracker(): Promise<{ el: VkStepTracker; fieldset: HTMLFieldSetElement }> {
  const form = await fixture<HTMLFormElement>(html`<form><fieldset><vk-step-tracker .value=${sampleSteps()}></vk-step-tracker></fieldset></form>`);
  const el = form.querySelector('vk-step-tracker') as VkStepTracker;
  await el.updateComplete;
  return { el, fieldset: form.querySelector('fieldset')! };
}

async function details(el: VkStepTracker, stepId = 's3'): Promise<void> {
  shadow(el, `.step-button[data-key="${stepId}"]`).focus();
  await sendKeys({ press: 'Enter' });
  await settle(el);
}

async function typeTitle(el: VkStepTracker): Promise<void> {
  title(el).focus();
  title(el).select();
  await sendKeys({ type: 'Praksis hos Rema' });
}

describe('step tracker: details closed by disabled keep what was typed', () => {
  // A <fieldset disabled> too: the browser takes focus from the field before the tracker hears of the
  // fieldset (formDisabledCallback), and leaving the field saved the title (or date) then, with
  // vk-change, change and "…: lagret", where the tracker's own `disabled` kept it.
  for (const change of ['fieldset', 'disabled'] as const) {
    it(`${change}: a title typed comes back in the field, focus in it; leaving it saves it`, async () => {
      const { el, fieldset } = await tracker();
      const events = record(el, 'vk-change');
      const changes = record(el, 'change');
      const said = recordAnnouncements(el);
      await details(el);
      await typeTitle(el);
      await set(el, fieldset, change, true);
      expect(open(el), 'closed').to.equal(false);
      expect(events, 'nothing written').to.have.length(0);
      expect(changes, 'no change').to.have.length(0);
      expect(el.value).to.deep.equal(sampleSteps());
      expect(said.join(' '), 'nothing said saved').not.to.contain('lagret');
      await set(el, fieldset, change, false);
      await details(el);
      expect(title(el).value).to.equal('Praksis hos Rema');
      expect(focused(el)).to.equal(title(el));
      await sendKeys({ press: 'Tab' });
      await settle(el);
      expect(events).to.have.length(1);
      expect(el.value!.steps[2].title).to.deep.equal({ nb: 'Praksis hos Rema', en: 'Work practice', ar: 'تدريب عملي' });
    });

    it(`${change}: a date typed is not saved; it comes back and Enter saves it`, async () => {
      const { el, fieldset } = await tracker();
      const events = record(el, 'vk-change');
      await details(el);
      const due = shadow<HTMLInputElement>(el, '.details input[name="due"]');
      due.focus();
      await sendKeys({ type: '01022027' });
      await set(el, fieldset, change, true);
      expect(events, 'nothing written').to.have.length(0);
      expect(el.value!.steps[2].due).to.equal(sampleSteps().steps[2].due);
      await set(el, fieldset, change, false);
      await details(el);
      expect(shadow<HTMLInputElement>(el, '.details input[name="due"]').value).to.equal('2027-01-02');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.value!.steps[2].due).to.equal('2027-01-02');
    });
  }

  for (const change of ['fieldset', 'disabled'] as const) {
    it(`${change}: a status chosen and not saved is chosen again; Lagre status saves it`, async () => {
      const { el, fieldset } = await tracker();
      await details(el);
      shadow<HTMLInputElement>(el, '.details input[name="status"][value="in-progress"]').click();
      await set(el, fieldset, change, true);
      await set(el, fieldset, change, false);
      expect(el.value!.steps[2].status).to.equal('not-started');
      await details(el);
      expect(shadow<HTMLInputElement>(el, '.details input[name="status"]:checked').value).to.equal('in-progress');
      shadow<HTMLButtonElement>(el, '.save-status').click();
      await settle(el);
      expect(el.value!.steps[2].status).to.equal('in-progress');
    });
  }

  it('Escape in the kept title throws it away: nothing saved, the next details show the step', async () => {
    const { el, fieldset } = await tracker();
    const events = record(el, 'vk-change');
    await details(el);
    await typeTitle(el);
    await set(el, fieldset, 'disabled', true);
    await set(el, fieldset, 'disabled', false);
    await details(el);
    expect(title(el).value).to.equal('Praksis hos Rema');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(open(el)).to.equal(false);
    expect(events).to.have.length(0);
    await details(el);
    expect(title(el).value).to.equal('Arbeidspraksis');
  });

  it('a host value that changed the step drops it; one with the step as it was keeps it', async () => {
    const { el, fieldset } = await tracker();
    await details(el);
    await typeTitle(el);
    await set(el, fieldset, 'disabled', true);
    el.value = sampleSteps();
    await set(el, fieldset, 'disabled', false);
    await details(el);
    expect(title(el).value, 'the same step: kept').to.equal('Praksis hos Rema');
    await set(el, fieldset, 'disabled', true);
    const doc = sampleSteps();
    el.value = { ...doc, steps: doc.steps.map((s) => (s.id === 's3' ? { ...s, due: '2027-05-01' } : s)) };
    await set(el, fieldset, 'disabled', false);
    await details(el);
    expect(title(el).value, 'the step changed meanwhile').to.equal('Arbeidspraksis');
  });
});

// Contract §2: `readonly` is viewing only, as a read-only form control, which keeps what was typed.
// A host that makes the tracker read-only while a step's details are open (while it saves) shows
// the fields as text; a title or date typed and not yet saved was gone when it set read-only off
// again: the fields showed the step as it was. Now they come back as typed (as after `disabled`),
// unless the step changed meanwhile; nothing is saved until the field is left.
describe('step tracker: details made read-only keep what was typed', () => {
  it('a title typed: text while read-only, back in the field after, focus in it; leaving it saves it', async () => {
    const { el, fieldset } = await tracker();
    const events = record(el, 'vk-change');
    await details(el);
    await typeTitle(el);
    await set(el, fieldset, 'readonly', true);
    expect(open(el), 'still open').to.equal(true);
    expect(field(el, 'title'), 'the field is text').to.equal(null);
    expect(events, 'nothing written').to.have.length(0);
    await set(el, fieldset, 'readonly', false);
    expect(field(el, 'title')!.value).to.equal('Praksis hos Rema');
    expect(focused(el)).to.equal(field(el, 'title'));
    expect(events, 'not saved yet').to.have.length(0);
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(events).to.have.length(1);
    expect(el.value!.steps[2].title).to.deep.equal({ nb: 'Praksis hos Rema', en: 'Work practice', ar: 'تدريب عملي' });
  });

  it('a date typed comes back; Enter saves it', async () => {
    const { el, fieldset } = await tracker();
    await details(el);
    field(el, 'due')!.focus();
    await sendKeys({ type: '01022027' });
    await set(el, fieldset, 'readonly', true);
    expect(el.value!.steps[2].due, 'not saved while read-only').to.equal(sampleSteps().steps[2].due);
    await set(el, fieldset, 'readonly', false);
    expect(field(el, 'due')!.value).to.equal('2027-01-02');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.value!.steps[2].due).to.equal('2027-01-02');
  });

  it('a status chosen and not saved is chosen again', async () => {
    const { el, fieldset } = await tracker();
    await details(el);
    shadow<HTMLInputElement>(el, '.details input[name="status"][value="in-progress"]').click();
    await set(el, fieldset, 'readonly', true);
    await set(el, fieldset, 'readonly', false);
    expect(el.value!.steps[2].status).to.equal('not-started');
    expect(shadow<HTMLInputElement>(el, '.details input[name="status"]:checked').value).to.equal('in-progress');
  });

  it('a host value with the step as it was keeps it; one that changed the step meanwhile drops it', async () => {
    const { el, fieldset } = await tracker();
    await details(el);
    await typeTitle(el);
    await set(el, fieldset, 'readonly', true);
    el.value = sampleSteps();
    await settle(el);
    await set(el, fieldset, 'readonly', false);
    expect(field(el, 'title')!.value, 'the same step: kept').to.equal('Praksis hos Rema');
    await set(el, fieldset, 'readonly', true);
    const doc = sampleSteps();
    el.value = { ...doc, steps: doc.steps.map((s) => (s.id === 's3' ? { ...s, due: '2027-05-01' } : s)) };
    await settle(el);
    await set(el, fieldset, 'readonly', false);
    expect(field(el, 'title')!.value, 'the step changed meanwhile').to.equal('Arbeidspraksis');
  });
});

// `compact` switched while a step's details are open draws the other form and closes them, focus on
// their step (docs/step-tracker.md). The browser blurred the title field as the render removed
// them, and that blur saved what was being typed (a half-typed title, a phone turned on its side),
// with "…: lagret". Now it is kept for that step's next details, as after `disabled`.
describe('step tracker: details closed by a compact switch keep what was typed', () => {
  for (const compact of [true, false]) {
    it(`compact ${compact ? 'on' : 'off'}: nothing saved; the title comes back in the field, focus in it; leaving it saves it`, async () => {
      const { el } = await tracker();
      el.compact = !compact;
      await settle(el);
      const events = record(el, 'vk-change', 'change');
      const said = recordAnnouncements(el);
      await details(el);
      await typeTitle(el);
      el.compact = compact;
      await settle(el);
      expect(open(el), 'closed').to.equal(false);
      expect(focused(el), 'on the step').to.equal(shadow(el, '.step-button[data-key="s3"]'));
      expect(events, 'nothing written').to.have.length(0);
      expect(said.join(' '), 'nothing said saved').not.to.contain('lagret');
      expect(el.value).to.deep.equal(sampleSteps());
      await details(el);
      expect(title(el).value).to.equal('Praksis hos Rema');
      expect(focused(el)).to.equal(title(el));
      await sendKeys({ press: 'Tab' });
      await settle(el);
      expect(events.map((e) => e.type)).to.deep.equal(['vk-change', 'change']);
      expect(el.value!.steps[2].title).to.deep.equal({ nb: 'Praksis hos Rema', en: 'Work practice', ar: 'تدريب عملي' });
    });
  }

  it('compact on: a status chosen and not saved is chosen again', async () => {
    const { el } = await tracker();
    await details(el);
    shadow<HTMLInputElement>(el, '.details input[name="status"][value="in-progress"]').click();
    el.compact = true;
    await settle(el);
    expect(el.value!.steps[2].status).to.equal('not-started');
    await details(el);
    expect(shadow<HTMLInputElement>(el, '.details input[name="status"]:checked').value).to.equal('in-progress');
  });
});

/**
 * Where the document comes from after start (contract.md §2: "the last thing the host does wins …
 * server-rendered pages that morph attributes keep working"), found by a contract audit (7 Dec 2026):
 * - a page morphed in place (htmx 2 and Turbo 8 morph with idiomorph) from one participant's markup
 *   to another's with no document kept the first participant's plan, and the form posted it as the
 *   second's; morphed to markup with the document in a child script, the script was never read;
 * - a child script that arrived after the widget was moved (a portal) was never read;
 * - the same attribute text set again after a user edit was ignored;
 * - "no document" written as JSON text (`value="null"`, `value=""`) showed the error state;
 * - the object read from `value`, changed in place and set again, was taken as "deep-equal, nothing
 *   changed": the screen and the form kept the old text while `value` said the new.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { Idiomorph } from 'idiomorph';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { StepsDocument } from '../../src/step-tracker/step-tracker.types.js';
import { press, record, sampleSteps, shadow } from '../helpers/index.js';

const amina: StepsDocument = { version: 1, steps: [{ id: 's1', title: 'Amina: norskkurs', status: 'in-progress' }] };
const yonas: StepsDocument = { version: 1, steps: [{ id: 's1', title: 'Yonas: arbeidspraksis', status: 'not-started' }] };
const json = (doc: unknown): string => JSON.stringify(doc);
/** A case system's page for one participant: the plan in the attribute, in a child script, or none yet. */
const page = (name: string, attribute: StepsDocument | null, script: StepsDocument | null = null): string =>
  `<form><h1>${name}</h1><vk-step-tracker name="steps"${attribute ? ` value='${json(attribute)}'` : ''}>${script ? `<script type="application/json">${json(script)}</script>` : ''}</vk-step-tracker><button>Lagre</button></form>`;

async function served(markup: string): Promise<{ root: HTMLElement; el: VkStepTracker }> {
  const root = await fixture<HTMLElement>(html`<main></main>`);
  root.innerHTML = markup;
  const el = root.querySelector('vk-step-tracker') as VkStepTracker;
  await el.updateComplete;
  return { root, el };
}

/** Morphs `root` to `markup` as htmx/Turbo do, and waits for the widget (the same element) to settle. */
async function morph(root: HTMLElement, el: VkStepTracker, markup: string): Promise<void> {
  Idiomorph.morph(root, markup, { morphStyle: 'innerHTML' });
  expect(root.querySelector('vk-step-tracker'), 'the same element, morphed').to.equal(el);
  await new Promise((resolve) => setTimeout(resolve)); // the child-list records
  await el.updateComplete;
}

const posted = (root: HTMLElement): FormDataEntryValue | null => new FormData(root.querySelector('form')!).get('steps');
const titles = (el: VkStepTracker): string[] => [...el.shadowRoot!.querySelectorAll('.step-title')].map((t) => t.textContent!.trim());

describe('value after start: the markup, morphed in place', () => {
  it('to a participant with no plan yet: no document, nothing posted (not the previous participant\'s plan)', async () => {
    const { root, el } = await served(page('Amina', amina));
    const errors = record(el, 'vk-error');
    await morph(root, el, page('Yonas', null));
    expect(el.value).to.equal(null);
    expect(posted(root)).to.equal(null);
    expect(errors, 'no document is not an error').to.have.length(0);
  });

  it('to a participant whose plan is in a child script: that plan', async () => {
    const { root, el } = await served(page('Amina', amina));
    await morph(root, el, page('Yonas', null, yonas));
    expect(el.value).to.deep.equal(yonas);
    expect(posted(root)).to.equal(json(yonas));
    expect(titles(el)).to.deep.equal(['Yonas: arbeidspraksis']);
  });

  it('from a plan in a child script to another in a child script, then to none', async () => {
    const { root, el } = await served(page('Amina', null, amina));
    expect(el.value).to.deep.equal(amina);
    await morph(root, el, page('Yonas', null, yonas));
    expect(el.value).to.deep.equal(yonas);
    await morph(root, el, page('Zahra', null));
    expect(el.value).to.equal(null);
    expect(posted(root)).to.equal(null);
  });

  it('from a child script to an attribute: the attribute\'s plan', async () => {
    const { root, el } = await served(page('Yonas', null, yonas));
    await morph(root, el, page('Amina', amina));
    expect(el.value).to.deep.equal(amina);
  });

  it('the same markup again after the user\'s edit (a save the server refused): the edit stays, as in an <input>', async () => {
    const { root, el } = await served(page('Amina', amina));
    press(shadow(el, '.step-button[data-key="s1"]'), ' ');
    await el.updateComplete;
    const edited = el.value!.steps[0]!.status;
    expect(edited).to.not.equal('in-progress');
    await morph(root, el, page('Amina', amina));
    expect(el.value!.steps[0]!.status).to.equal(edited);
  });
});

describe('value after start: attribute and script by hand', () => {
  it('the attribute removed, a child script there: the script\'s document', async () => {
    const { el } = await served(page('Amina', amina, yonas));
    expect(el.value, 'at start the attribute comes first').to.deep.equal(amina);
    el.removeAttribute('value');
    expect(el.value).to.deep.equal(yonas);
  });

  it('the attribute removed after the host set the property: the property\'s document stays', async () => {
    const { el } = await served(page('Amina', amina));
    el.value = yonas;
    el.removeAttribute('value');
    expect(el.value).to.deep.equal(yonas);
  });

  it('an attribute the widget rejects, then removed, after the host set the property: the property\'s document stays, no second event', async () => {
    const { el } = await served(page('Amina', null));
    const errors = record(el, 'vk-error');
    el.value = yonas;
    el.setAttribute('value', '{oops');
    expect(errors.length, 'the bad text is told').to.equal(1);
    expect(el.value).to.deep.equal(yonas);
    el.removeAttribute('value');
    expect(el.value).to.deep.equal(yonas);
    expect(errors.length).to.equal(1);
  });

  it('a child script removed or added under a widget whose host set the property (a framework\'s hydration): the property\'s document stays', async () => {
    const { el } = await served(page('Amina', null, amina));
    el.value = yonas;
    el.querySelector('script')!.remove();
    await new Promise((resolve) => setTimeout(resolve));
    expect(el.value).to.deep.equal(yonas);
    el.insertAdjacentHTML('beforeend', `<script type="application/json">${json(amina)}</script>`);
    await new Promise((resolve) => setTimeout(resolve));
    expect(el.value).to.deep.equal(yonas);
  });

  it('a child script that comes after the widget was moved (a portal), or while it was away, is read', async () => {
    const root = await fixture<HTMLElement>(html`<div><section></section><aside></aside></div>`);
    const el = document.createElement('vk-step-tracker') as VkStepTracker;
    root.querySelector('section')!.append(el);
    root.querySelector('aside')!.append(el);
    el.insertAdjacentHTML('beforeend', `<script type="application/json">${json(amina)}</script>`);
    await new Promise((resolve) => setTimeout(resolve));
    expect(el.value).to.deep.equal(amina);
    el.remove();
    el.querySelector('script')!.textContent = json(yonas);
    root.querySelector('section')!.append(el);
    expect(el.value).to.deep.equal(yonas);
  });

  it('the same attribute text set again after a user edit: the host\'s latest word, its document again', async () => {
    const { el } = await served(page('Amina', amina));
    press(shadow(el, '.step-button[data-key="s1"]'), ' ');
    await el.updateComplete;
    expect(el.value!.steps[0]!.status).to.not.equal('in-progress');
    el.setAttribute('value', json(amina));
    expect(el.value).to.deep.equal(amina);
  });
});

describe('no document, written as text', () => {
  for (const [how, make] of [
    ['value="null"', () => `<vk-step-tracker required name="s" value="null"></vk-step-tracker>`],
    ['value=""', () => `<vk-step-tracker required name="s" value=""></vk-step-tracker>`],
    ['a child script holding null', () => `<vk-step-tracker required name="s"><script type="application/json">null</script></vk-step-tracker>`],
  ] as const) {
    it(`${how}: the empty state, no vk-error, and a required widget asks to be filled in`, async () => {
      const form = await fixture<HTMLFormElement>(html`<form></form>`);
      const errors: Event[] = [];
      form.addEventListener('vk-error', (e) => errors.push(e));
      form.innerHTML = make();
      const el = form.querySelector('vk-step-tracker') as VkStepTracker;
      await el.updateComplete;
      expect(el.value).to.equal(null);
      expect(el.error).to.equal(null);
      expect(errors).to.have.length(0);
      expect(el.validationMessage).to.equal('Fyll ut dette feltet.');
    });
  }

  it('the property set to the text "null" after a document: cleared, as null clears it', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const errors = record(el, 'vk-error');
    el.value = 'null';
    await el.updateComplete;
    expect(el.value).to.equal(null);
    expect(errors).to.have.length(0);
  });
});

describe('the document read from value, changed in place and set again', () => {
  it('is taken as a new document: the screen and the form show the change', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><vk-step-tracker name="s" .value=${sampleSteps()}></vk-step-tracker></form>`);
    const el = form.querySelector('vk-step-tracker') as VkStepTracker;
    await el.updateComplete;
    const doc = el.value as unknown as { steps: Array<{ title: string }> };
    doc.steps[1]!.title = 'Fast jobb';
    el.value = doc as unknown as StepsDocument;
    await el.updateComplete;
    expect(titles(el)[1]).to.equal('Fast jobb');
    expect(JSON.parse(new FormData(form).get('s') as string).steps[1].title).to.equal('Fast jobb');
  });

  it('set again unchanged (a controlled host writing back what it read): nothing changes, undo kept', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    press(shadow(el, '.step-button'), ' ');
    await el.updateComplete;
    expect(el.canUndo).to.equal(true);
    el.value = el.value;
    expect(el.canUndo).to.equal(true);
  });
});

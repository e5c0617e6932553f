import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { accessibilityTree, type AxNode } from '../a11y/a11y-tree.js';
import { formWidgets, type FormWidget } from '../helpers/forms.js';

// A blocked submit focuses a required, empty widget's empty message ("Ingen steg ennå."): a
// generic element, and the host is a group (with `invalid`) only when a <label for> names it. Before
// 7 Dec 2026 a screen reader heard only "Ingen steg ennå." (qaf N4). While the widget is
// :state(user-invalid) the empty message is described by the validation message, so the reason
// the form stopped there is said with it; not before the user tried, and not after form.reset().

/** The accessibility node of the widget's empty message (its text as name). */
async function emptyNode(form: HTMLFormElement, name: string): Promise<AxNode | undefined> {
  const find = (node: AxNode): AxNode | undefined => (node.name === name && node.role !== 'StaticText' ? node : node.children?.map(find).find(Boolean));
  return find(await accessibilityTree(`#${form.id}`));
}

describe('the empty message of a required widget that blocked submit says why', () => {
  for (const [tag, sample] of formWidgets) {
    it(`${tag}: described by the validation message once the submit was blocked; by the host's own message; not after reset`, async () => {
      const form = await fixture<HTMLFormElement>(html`<form id="f-${tag}"><button>Lagre</button></form>`);
      form.addEventListener('submit', (e) => e.preventDefault());
      const el = document.createElement(tag) as FormWidget;
      el.setAttribute('name', 'doc');
      el.required = true;
      form.prepend(el);
      await el.updateComplete;
      const empty = el.shadowRoot!.querySelector<HTMLElement>('[part="empty"]')!;
      const name = empty.textContent!.trim();
      expect((await emptyNode(form, name))?.description, 'not before the user tried').to.equal(undefined);
      form.requestSubmit();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement, 'the blocked submit focused the empty message').to.equal(empty);
      expect((await emptyNode(form, name))?.description, 'after the blocked submit').to.equal('Fyll ut dette feltet.');
      el.setCustomValidity('Velg en plan for deltakeren.');
      await el.updateComplete;
      expect((await emptyNode(form, name))?.description, "the host's message").to.equal('Velg en plan for deltakeren.');
      el.setCustomValidity('');
      form.reset();
      await el.updateComplete;
      expect((await emptyNode(form, name))?.description, 'after form.reset()').to.equal(undefined);
      el.value = sample();
      await el.updateComplete;
      el.value = null;
      await el.updateComplete;
      expect((await emptyNode(form, name))?.description, 'valid and empty again, no submit since the reset').to.equal(undefined);
    });
  }
});

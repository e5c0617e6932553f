/**
 * QA: form participation of a widget inside a host application's shadow root. ElementInternals ties
 * a form-associated element to a <form> in its own tree only (HTML: the form owner is found by
 * ancestors and the `form` attribute's id within the element's root).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { formWidgets, type FormWidget } from '../helpers/forms.js';
import { deepActive, describeEl, frame, inside, settleAll } from './case-view.js';
import { tabInto } from './scenarios.js';

class CaseForm extends HTMLElement {
  constructor() {
    super();
    // Static markup only.
    this.attachShadow({ mode: 'open' }).innerHTML = `<form id="f"><label>Notat <input id="note" name="note" value="n"></label><fieldset id="fs"><div class="slot"></div></fieldset><button id="save">Lagre</button></form>`;
  }
}
if (!customElements.get('qa-case-form')) customElements.define('qa-case-form', CaseForm);

class CaseNoForm extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = `<div class="slot"></div>`;
  }
}
if (!customElements.get('qa-case-noform')) customElements.define('qa-case-noform', CaseNoForm);

async function widgetIn(host: HTMLElement, tag: string, value: () => unknown): Promise<FormWidget> {
  const el = document.createElement(tag) as FormWidget;
  el.setAttribute('name', 'doc');
  el.value = value();
  host.shadowRoot!.querySelector('.slot')!.append(el);
  await settleAll(el as never);
  return el;
}

describe('QA nested: forms', () => {
  for (const [tag, value] of formWidgets) {
    describe(`<${tag}>`, () => {
      it('a <form> inside the same shadow root: FormData holds the widget\'s JSON under its name', async () => {
        const host = await fixture<CaseForm>(html`<qa-case-form></qa-case-form>`);
        const el = await widgetIn(host, tag, value);
        const form = host.shadowRoot!.getElementById('f') as HTMLFormElement;
        const data = new FormData(form);
        expect(data.get('note')).to.equal('n');
        expect(JSON.parse(String(data.get('doc')))).to.deep.equal(el.value);
      });

      it('a <form> in the light DOM around the host: the widget in the shadow root is not in it (no form owner)', async () => {
        const form = await fixture<HTMLFormElement>(html`<form><input name="outer" value="o" /><qa-case-noform></qa-case-noform></form>`);
        const el = await widgetIn(form.querySelector('qa-case-noform')!, tag, value);
        const data = new FormData(form);
        expect(data.get('outer')).to.equal('o');
        // What a host developer finds: the document is silently missing from the post.
        expect(data.has('doc'), 'the widget is not part of a form in another tree').to.equal(false);
        expect((el as unknown as { form: HTMLFormElement | null }).form ?? null).to.equal(null);
      });

      it('its form owner is the shadow root\'s form; a <fieldset disabled> there disables it, focus kept inside', async () => {
        const host = await fixture<CaseForm>(html`<qa-case-form></qa-case-form>`);
        const el = await widgetIn(host, tag, value);
        const form = host.shadowRoot!.getElementById('f') as HTMLFormElement;
        const fieldset = host.shadowRoot!.getElementById('fs') as HTMLFieldSetElement;
        (host.shadowRoot!.getElementById('note') as HTMLInputElement).focus();
        const item = await tabInto(el as never, '[tabindex="0"]');
        fieldset.disabled = true;
        await settleAll(el as never);
        for (let i = 0; i < 3; i++) await frame();
        expect(el.matches(':disabled')).to.equal(true);
        expect(inside(deepActive(), el), `disabled by the fieldset: ${describeEl(deepActive())}`).to.equal(true);
        fieldset.disabled = false;
        await settleAll(el as never);
        expect(inside(deepActive(), el), `enabled: ${describeEl(deepActive())}`).to.equal(true);
        expect(item).to.exist;
        // The form owner is the shadow root's form: its reset reaches the widget (formResetCallback).
        expect((el as unknown as { form: HTMLFormElement | null }).form).to.equal(form);
      });

      it('required and empty in a shadow-root form: submit is blocked and focus goes to the widget', async () => {
        const host = await fixture<CaseForm>(html`<qa-case-form></qa-case-form>`);
        const el = document.createElement(tag) as FormWidget;
        el.setAttribute('name', 'doc');
        el.required = true;
        host.shadowRoot!.querySelector('.slot')!.append(el);
        await settleAll(el as never);
        const form = host.shadowRoot!.getElementById('f') as HTMLFormElement;
        let submitted = false;
        form.addEventListener('submit', (e) => ((submitted = true), e.preventDefault()));
        expect(form.checkValidity()).to.equal(false);
        form.requestSubmit();
        await settleAll(el as never);
        expect(submitted).to.equal(false);
        expect(inside(deepActive(), el), `after submit: ${describeEl(deepActive())}`).to.equal(true);
      });
    });
  }
});

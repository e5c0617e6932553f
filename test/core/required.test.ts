import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';

const tags = ['vk-step-tracker', 'vk-plan-board', 'vk-task-ladder', 'vk-course-calendar'];

describe('a required, empty widget explains itself on submit (WCAG 3.3.1)', () => {
  for (const tag of tags) {
    it(`${tag}: reportValidity focuses the widget's empty state and the message is in the UI locale`, async () => {
      const form = await fixture<HTMLFormElement>(html`<form><button>Lagre</button></form>`);
      const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown>; validationMessage: string };
      el.setAttribute('name', 'doc');
      el.setAttribute('required', '');
      form.prepend(el);
      await el.updateComplete;
      await el.updateComplete;
      expect(form.checkValidity()).to.equal(false);
      expect(form.reportValidity()).to.equal(false);
      // The browser focused the validation anchor inside the widget, not nothing or <body>.
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot?.activeElement?.getAttribute('part')).to.equal('empty');
      expect(el.validationMessage).to.equal('Fyll ut dette feltet.');
    });
  }
});

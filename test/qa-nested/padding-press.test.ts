/**
 * Failed on e4efbac9: a press on a widget's own padding, inside a host application's shadow
 * root, pulled focus into the widget (its first Tab stop: "Angre", "Forrige måned", the first step or
 * task), and may scroll the page to it. On the page itself the same press does nothing, as intended.
 *
 * Cause (fixed 6 Dec 2026: the widget's own root's elementFromPoint): src/core/vk-element.ts told a <label for> click from a press on the host's
 * padding by `document.elementFromPoint(event.x, event.y) != this`. Inside another shadow root,
 * document.elementFromPoint returns the outer host (`<qa-case-view>`), never the widget, so every
 * press on the padding counts as a label click and calls `this.focus()`. The widget's own root
 * (`(this.getRootNode() as Document | ShadowRoot).elementFromPoint`) would see the widget.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { formWidgets } from '../helpers/forms.js';
import { deepActive, describeEl, inside, nested, settleAll, type Widget } from './case-view.js';

const width = (): number => Math.min(760, window.innerWidth - 20);

describe('QA nested: a press on the widget\'s padding', () => {
  afterEach(() => resetMouse());

  // vk-element.ts: a click whose target is the host itself focuses the widget only when it came from a
  // <label for> — "not a press on the host's own padding" — told by document.elementFromPoint(...) != this.
  for (const [tag, value] of formWidgets) {
    for (const where of ['the page', 'a host\'s shadow root'] as const) {
      it(`<${tag}> in ${where}: a press on the widget's own padding does not pull focus into it`, async () => {
        let el: Widget;
        if (where === 'the page') {
          const page = await fixture<HTMLElement>(html`<div><input id="n" /></div>`);
          el = document.createElement(tag) as Widget;
          el.value = value();
          page.append(el);
          (page.querySelector('#n') as HTMLInputElement).focus();
        } else {
          const made = await nested<Widget>(tag, value());
          el = made.el;
          made.view.note.focus();
        }
        el.style.display = 'block';
        el.style.padding = '40px';
        el.style.inlineSize = `${width()}px`;
        await settleAll(el);
        const r = el.getBoundingClientRect();
        // Inside the host's box, in its top padding.
        await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + 10)] });
        await settleAll(el);
        expect(inside(deepActive(), el), `focus after the press: ${describeEl(deepActive())}`).to.equal(false);
      });
    }
  }
});

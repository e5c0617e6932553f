import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { sampleSteps } from '../helpers/index.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { samplePlan } from '../plan-board/helpers.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';

// A newcomer's review: `<dialog><button>…</button><vk-step-tracker autofocus>` and showModal() put
// focus on the button: the widget's `autofocus` was ignored (the host takes no focus: the widgets
// do not delegate focus, see docs/embedding.md). The widget now marks its Tab stop inside, which
// the dialog's first focus finds through the shadow root: the step, card, task or toolbar button
// that Tab and el.focus() enter at.
type Widget = HTMLElement & { updateComplete: Promise<boolean> };
const widgets: Array<[string, () => unknown]> = [
  ['vk-step-tracker', sampleSteps],
  ['vk-task-ladder', sampleLadder],
  ['vk-plan-board', samplePlan],
  ['vk-course-calendar', sampleSchedule],
];

async function inDialog(tag: string, value: unknown, autofocus: boolean): Promise<[HTMLDialogElement, Widget]> {
  const dialog = await fixture<HTMLDialogElement>(html`<dialog><button id="first">Lukk</button></dialog>`);
  const el = document.createElement(tag) as Widget;
  if (tag === 'vk-course-calendar') el.setAttribute('date', '2026-03-09');
  el.toggleAttribute('autofocus', autofocus);
  (el as unknown as { value: unknown }).value = value;
  dialog.append(el);
  await el.updateComplete;
  return [dialog, el];
}

describe('autofocus on a widget in a dialog', () => {
  for (const [tag, value] of widgets) {
    it(`${tag}: showModal() focuses the widget's Tab stop, not the dialog's first button`, async () => {
      const [dialog, el] = await inDialog(tag, value(), true);
      dialog.showModal();
      const active = el.shadowRoot!.activeElement as HTMLElement | null;
      expect(document.activeElement === el, 'focus is in the widget').to.equal(true);
      expect(active?.getAttribute('tabindex') !== '-1', `on its Tab stop, not a script-only target (${active?.outerHTML.slice(0, 60)})`).to.equal(true);
      dialog.close();
      // Where el.focus() and Tab enter: the same element.
      el.focus();
      expect(el.shadowRoot!.activeElement === active, 'the same element el.focus() focuses').to.equal(true);
    });
  }

  for (const [tag, value] of widgets) {
    it(`${tag}: disabled, its autofocus is passed by (as Tab and focus() pass it), the dialog's first control takes focus`, async () => {
      const [dialog, el] = await inDialog(tag, value(), true);
      el.toggleAttribute('disabled', true);
      await el.updateComplete;
      dialog.showModal();
      expect(document.activeElement?.id, `focus on the dialog's button (${document.activeElement?.localName})`).to.equal('first');
      expect(el.shadowRoot!.querySelectorAll('[autofocus]').length).to.equal(0);
      dialog.close();
      el.toggleAttribute('disabled', false);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[autofocus]').length, 'enabled again: its Tab stop carries it').to.equal(1);
    });
  }

  it('without autofocus the dialog keeps its own first control; taken away, no autofocus is left inside', async () => {
    const [dialog, el] = await inDialog('vk-step-tracker', sampleSteps(), false);
    dialog.showModal();
    expect(document.activeElement?.id).to.equal('first');
    dialog.close();
    el.setAttribute('autofocus', '');
    el.setAttribute('heading-level', '3'); // any update: the attribute is read when the widget renders
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[autofocus]').length).to.equal(1);
    el.removeAttribute('autofocus');
    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[autofocus]').length).to.equal(0);
  });
});

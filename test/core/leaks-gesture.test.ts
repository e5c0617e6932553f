// No leaks from the gesture controllers (core/gesture.ts): a widget removed while a gesture still
// waits on `window` for a pointer release — after a press outside a keyboard pick-up, during a
// pointer drag, after a drag cancelled with Escape — must be collectable. The release may never
// come (the pointer left the page, or the browser took it), so nothing on `window` may keep the
// removed element.
import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { KeyboardGrabController, PointerDragController } from '../../src/core/gesture.js';
import { collect } from './leak-helpers.js';

interface Move {
  readonly id: string;
  readonly at: number;
}

/** A minimal widget with one item, a keyboard pick-up and a pointer drag (as in gesture.test.ts). */
class GestureLeakProbe extends LitElement {
  readonly grab = new KeyboardGrabController<Move>(this, {
    revision: () => 0,
    item: () => this.renderRoot.querySelector<HTMLElement>('button'),
    onCancel: () => {},
  });
  readonly drag = new PointerDragController<Move>(this, {
    revision: () => 0,
    item: () => this.renderRoot.querySelector<HTMLElement>('button'),
    onMove: (m, point) => ({ ...m, at: Math.round(point.dx) }),
    onDrop: () => {},
    onCancel: () => {},
  });
  override render(): unknown {
    return html`<button @pointerdown=${(e: PointerEvent) => this.drag.begin(e, { id: 'a', at: 0 })}>A</button>`;
  }
}
customElements.define('gesture-leak-probe', GestureLeakProbe);

const pointer = (type: string, target: EventTarget, x: number): void => {
  target.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: 10, pointerId: 7, button: 0 }));
};
const button = (el: GestureLeakProbe): HTMLElement => el.shadowRoot?.querySelector('button') as HTMLElement;

/** What is in progress when the element is removed; each leaves a listener waiting on `window`. */
const inProgress: Array<[string, (el: GestureLeakProbe) => void]> = [
  ['a keyboard pick-up cancelled by a press outside (no release yet)', (el) => {
    button(el).focus();
    el.grab.pickUp({ id: 'a', at: 0 });
    pointer('pointerdown', document.body, 1);
    if (el.grab.active) throw new Error('the press outside did not cancel the pick-up');
  }],
  ['a pointer drag (no release yet)', (el) => {
    pointer('pointerdown', button(el), 10);
    pointer('pointermove', window, 40);
    if (!el.drag.dragging) throw new Error('the pointer did not start a drag');
  }],
  ['a pointer drag cancelled with Escape (no release yet)', (el) => {
    pointer('pointerdown', button(el), 10);
    pointer('pointermove', window, 40);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    if (el.drag.state !== null) throw new Error('Escape did not cancel the drag');
  }],
];

/** Mounts and removes 100 probes with `act` in progress; returns weak references to them. */
async function mountAndRemove(act: (el: GestureLeakProbe) => void): Promise<Array<WeakRef<GestureLeakProbe>>> {
  const host = await fixture(testHtml`<div></div>`);
  const refs: Array<WeakRef<GestureLeakProbe>> = [];
  for (let i = 0; i < 100; i++) {
    const el = document.createElement('gesture-leak-probe') as GestureLeakProbe;
    host.appendChild(el);
    await el.updateComplete;
    act(el);
    refs.push(new WeakRef(el));
    el.remove();
  }
  host.remove();
  return refs;
}

describe('no leaks when removed with a gesture waiting for a pointer release', () => {
  for (const [what, act] of inProgress) {
    it(`100 elements removed during ${what} are all collected`, async function () {
      this.timeout(0);
      // Mounted in another async function: a suspended one may still hold its last local.
      const refs = await mountAndRemove(act);
      await collect();
      expect(refs.filter((ref) => ref.deref()).length, `removed during ${what}`).to.equal(0);
    });
  }
});

import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { KeyboardGrabController, PointerDragController, type GestureCancelReason } from '../../src/core/gesture.js';

interface Move {
  readonly id: string;
  readonly at: number;
}

/** A minimal widget: two items; a keyboard pick-up and a pointer drag of an item. */
class GestureProbe extends LitElement {
  revision = 0;
  cancels: GestureCancelReason[] = [];
  drops: Move[] = [];
  readonly grab = new KeyboardGrabController<Move>(this, {
    revision: () => this.revision,
    item: (m) => this.renderRoot.querySelector<HTMLElement>(`[data-id="${m.id}"]`),
    onCancel: (_m, reason) => this.cancels.push(reason),
  });
  readonly drag = new PointerDragController<Move>(this, {
    revision: () => this.revision,
    item: (m) => this.renderRoot.querySelector<HTMLElement>(`[data-id="${m.id}"]`),
    onMove: (m, point) => ({ ...m, at: Math.round(point.dx) }),
    onDrop: (m) => this.drops.push(m),
    onCancel: (_m, reason) => this.cancels.push(reason),
  });
  override render(): unknown {
    return html`<button data-id="a" @pointerdown=${(e: PointerEvent) => this.drag.begin(e, { id: 'a', at: 0 })}>A ${this.grab.state?.at ?? ''}</button><button data-id="b">B</button>`;
  }
}
customElements.define('gesture-probe', GestureProbe);

async function probe(): Promise<GestureProbe> {
  const el = await fixture<GestureProbe>(testHtml`<gesture-probe></gesture-probe>`);
  await el.updateComplete;
  return el;
}
const item = (el: GestureProbe, id: string): HTMLElement => el.shadowRoot?.querySelector(`[data-id="${id}"]`) as HTMLElement;
const key = (target: Element, k: string): KeyboardEvent => {
  const event = new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
};
const pointer = (type: string, target: EventTarget, x: number): void => {
  target.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: 10, pointerId: 3, button: 0 }));
};

describe('core gesture: keyboard pick-up', () => {
  it('Escape and Tab cancel (default prevented), focus stays on the item', async () => {
    for (const k of ['Escape', 'Tab']) {
      const el = await probe();
      item(el, 'a').focus();
      el.grab.pickUp({ id: 'a', at: 0 });
      el.grab.set({ id: 'a', at: 2 });
      const event = key(item(el, 'a'), k);
      await el.updateComplete;
      expect(event.defaultPrevented).to.equal(true);
      expect(el.grab.state).to.equal(null);
      expect(el.cancels).to.deep.equal([k === 'Escape' ? 'escape' : 'tab']);
      expect(el.shadowRoot?.activeElement).to.equal(item(el, 'a'));
    }
  });

  it('a press outside the item cancels; a press on the item does not', async () => {
    const el = await probe();
    item(el, 'a').focus();
    el.grab.pickUp({ id: 'a', at: 0 });
    pointer('pointerdown', item(el, 'a'), 1);
    expect(el.grab.active).to.equal(true);
    pointer('pointerdown', item(el, 'b'), 1);
    expect(el.grab.active).to.equal(false);
    expect(el.cancels).to.deep.equal(['outside']);
  });

  it('a new host value (revision) cancels at the next update; removal cancels', async () => {
    const el = await probe();
    el.grab.pickUp({ id: 'a', at: 0 });
    el.revision++;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.cancels).to.deep.equal(['host-value']);
    el.grab.pickUp({ id: 'a', at: 0 });
    el.remove();
    expect(el.cancels).to.deep.equal(['host-value', 'removed']);
  });

  it('drop returns the last state and ends the gesture', async () => {
    const el = await probe();
    el.grab.pickUp({ id: 'a', at: 0 });
    el.grab.set({ id: 'a', at: 5 });
    expect(el.grab.drop()).to.deep.equal({ id: 'a', at: 5 });
    expect(el.grab.active).to.equal(false);
  });
});

describe('core gesture: pointer drag', () => {
  it('a drag past the threshold drops on release and swallows the click after it', async () => {
    const el = await probe();
    pointer('pointerdown', item(el, 'a'), 10);
    pointer('pointermove', window, 12);
    expect(el.drag.dragging).to.equal(false);
    pointer('pointermove', window, 40);
    expect(el.drag.dragging).to.equal(true);
    pointer('pointerup', window, 50);
    expect(el.drops).to.deep.equal([{ id: 'a', at: 40 }]);
    expect(el.drag.consumeClick()).to.equal(true);
  });

  it('Escape cancels: the release commits nothing', async () => {
    const el = await probe();
    pointer('pointerdown', item(el, 'a'), 10);
    pointer('pointermove', window, 40);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', cancelable: true }));
    pointer('pointerup', window, 50);
    expect(el.drops).to.deep.equal([]);
    expect(el.cancels).to.deep.equal(['escape']);
  });

  it('after a pointercancel (no release follows) the next click is not swallowed', async () => {
    const el = await probe();
    pointer('pointerdown', item(el, 'a'), 10);
    pointer('pointermove', window, 40);
    expect(el.drag.dragging).to.equal(true);
    pointer('pointercancel', window, 40);
    expect(el.cancels).to.deep.equal(['pointercancel']);
    expect(el.drag.consumeClick()).to.equal(false);
  });

  it('pointercancel and a new host value cancel', async () => {
    const el = await probe();
    pointer('pointerdown', item(el, 'a'), 10);
    pointer('pointermove', window, 40);
    pointer('pointercancel', window, 40);
    pointer('pointerdown', item(el, 'a'), 10);
    pointer('pointermove', window, 40);
    el.revision++;
    el.requestUpdate();
    await el.updateComplete;
    pointer('pointerup', window, 50);
    expect(el.cancels).to.deep.equal(['pointercancel', 'host-value']);
    expect(el.drops).to.deep.equal([]);
  });
});

// A pending open (core/pending-open.ts) is cancelled by a press elsewhere on the page. A finger's or pen's press counts when
// it ends in a tap (pointerup), not as it begins: a touch drag the browser takes for a scroll ends in pointercancel and
// leaves the open be, as a mouse wheel does. Before (QA round 2, F5, all four widgets), a touch's pointerdown cancelled:
// a participant who nudged the page while a step's details loaded lost the open, silently. A mouse's press cancels at once.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { pendingOpen, type PendingOpen } from '../../src/core/pending-open.js';

class PendingHost extends LitElement {
  readonly pending: PendingOpen = pendingOpen(this, () => undefined);
  protected override createRenderRoot(): HTMLElement {
    return this;
  }
}
customElements.define('pending-touch-host', PendingHost);

/** A pointer event of `type` on `target`, as the browser sends it. */
const pointer = (target: Element, type: string, pointerType: string, pointerId = 7): void =>
  void target.dispatchEvent(new PointerEvent(type, { pointerType, pointerId, isPrimary: true, bubbles: true, composed: true, cancelable: type != 'pointercancel' }));

describe('pending open: a press elsewhere', () => {
  let host: PendingHost, item: HTMLButtonElement, page: HTMLElement;
  beforeEach(async () => {
    const wrap = await fixture<HTMLElement>(html`<div><p class="page">Vertssiden</p><pending-touch-host><button>Steg 3</button></pending-touch-host></div>`);
    host = wrap.querySelector('pending-touch-host')!;
    item = host.querySelector('button')!;
    page = wrap.querySelector('.page')!;
    host.pending.start(item);
  });
  afterEach(() => host.pending.end());

  for (const pointerType of ['touch', 'pen']) {
    it(`${pointerType}: a drag the browser takes for a scroll (pointercancel) leaves the open be`, () => {
      pointer(page, 'pointerdown', pointerType);
      expect(host.pending.on, 'not cancelled as the press begins').to.equal(true);
      pointer(page, 'pointercancel', pointerType);
      pointer(page, 'pointerup', pointerType); // (a browser sends none after pointercancel: a stray one changes nothing)
      expect(host.pending.on, 'the scroll kept the open').to.equal(true);
      expect(item.getAttribute('aria-busy')).to.equal('true');
    });

    it(`${pointerType}: a tap elsewhere (pointerup, no pointercancel) cancels`, () => {
      pointer(page, 'pointerdown', pointerType);
      pointer(page, 'pointerup', pointerType);
      expect(host.pending.on).to.equal(false);
      expect(item.hasAttribute('aria-busy')).to.equal(false);
    });
  }

  it('touch: a scroll, then a tap elsewhere, cancels at the tap', () => {
    pointer(page, 'pointerdown', 'touch', 1);
    pointer(page, 'pointercancel', 'touch', 1);
    expect(host.pending.on).to.equal(true);
    pointer(page, 'pointerdown', 'touch', 2);
    pointer(page, 'pointerup', 'touch', 2);
    expect(host.pending.on).to.equal(false);
  });

  it('touch: a tap on the item itself leaves it be', () => {
    pointer(item, 'pointerdown', 'touch');
    pointer(item, 'pointerup', 'touch');
    expect(host.pending.on).to.equal(true);
  });

  it('mouse: a press elsewhere cancels as it begins', () => {
    pointer(page, 'pointerdown', 'mouse', 1);
    expect(host.pending.on).to.equal(false);
  });
});

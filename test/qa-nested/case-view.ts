/**
 * QA: a Veikart widget inside a host application's own shadow root (a Lit app, Angular with
 * ViewEncapsulation.ShadowDom, Stencil). `<qa-case-view>` holds a heading, a text input, a slot
 * place for the widget, and a Save button, all in its open shadow root.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { deepActive, describeEl } from '../journeys/keys.js';

export class CaseView extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    // Static markup only (no host data).
    root.innerHTML = `<style>:host{display:block} .card{display:block}</style><h2>Sak 1234</h2><label>Notat <input id="note"></label><div class="card"></div><button id="save" type="button">Lagre</button>`;
  }
  get note(): HTMLInputElement {
    return this.shadowRoot!.getElementById('note') as HTMLInputElement;
  }
  get save(): HTMLButtonElement {
    return this.shadowRoot!.getElementById('save') as HTMLButtonElement;
  }
  get card(): HTMLElement {
    return this.shadowRoot!.querySelector('.card') as HTMLElement;
  }
}
if (!customElements.get('qa-case-view')) customElements.define('qa-case-view', CaseView);

export type Widget = HTMLElement & { value: unknown; updateComplete: Promise<unknown>; disabled: boolean };

/** A page: a button before, `<qa-case-view>` with the widget inside its shadow root, a button after. */
export async function nested<T extends Widget>(tag: string, value: unknown, attrs: Record<string, string> = {}, cardStyle = ''): Promise<{ view: CaseView; el: T; before: HTMLButtonElement; after: HTMLButtonElement }> {
  const page = await fixture<HTMLDivElement>(html`<div style="inline-size: 1000px"><button id="page-before">før</button><qa-case-view></qa-case-view><button id="page-after">etter</button></div>`);
  const view = page.querySelector('qa-case-view') as CaseView;
  if (cardStyle) view.card.setAttribute('style', cardStyle);
  const el = document.createElement(tag) as T;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.value = value;
  view.card.append(el);
  await settleAll(el);
  return { view, el, before: page.querySelector('#page-before')!, after: page.querySelector('#page-after')! };
}

export const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

export async function settleAll(el: Widget): Promise<void> {
  await el.updateComplete;
  for (let i = 0; i < 3; i++) await frame();
  await el.updateComplete;
}

/** True when `node` is `widget` or inside it (through shadow roots). */
export function inside(node: Element | null, widget: Element): boolean {
  for (let e: Node | null = node; e; e = e instanceof ShadowRoot ? e.host : e.parentNode) if (e === widget) return true;
  return false;
}

/** Real key press (with modifiers: 'Control+z'); returns the deep active element after the widget settled. */
export async function key(el: Widget, combo: string): Promise<Element | null> {
  const parts = combo.split('+');
  const mods = parts.slice(0, -1);
  for (const m of mods) await sendKeys({ down: m });
  await sendKeys({ press: parts[parts.length - 1] });
  for (const m of mods.reverse()) await sendKeys({ up: m });
  await settleAll(el);
  const active = deepActive();
  expect(active && active !== document.body, `focus on <body> after ${combo}`).to.equal(true);
  return active;
}

/** Tabs (or Shift+Tabs) until `target` has focus; every stop is logged; never <body>. */
export async function tabTo(el: Widget, target: Element, shift = false, limit = 20): Promise<string[]> {
  const log: string[] = [];
  for (let i = 0; i < limit; i++) {
    const active = await key(el, shift ? 'Shift+Tab' : 'Tab');
    log.push(describeEl(active));
    if (active === target) return log;
  }
  throw new Error(`${shift ? 'Shift+Tab' : 'Tab'} ×${limit} never reached ${describeEl(target)}:\n  ${log.join('\n  ')}`);
}

/** The words in the widget's live region now. */
export function liveRegion(el: Element): string {
  const region = el.shadowRoot?.querySelector('[data-vk-announcer]') ?? el.shadowRoot?.querySelector('[role=status]');
  return region?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

export { deepActive, describeEl };

/** A host application's component with nothing focusable of its own: a heading and the widget, in its shadow root. */
export class CaseLite extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = `<style>:host{display:block}</style><h2>Sak</h2><div class="card"></div>`;
  }
}
if (!customElements.get('qa-case-lite')) customElements.define('qa-case-lite', CaseLite);

/** Moves `el` (already on the page, value set) into a `<qa-case-lite>` put where it was: existing tests, nested. */
export function nestInCase<T extends Element>(el: T): T {
  const host = document.createElement('qa-case-lite');
  el.before(host);
  host.shadowRoot!.querySelector('.card')!.append(el);
  return el;
}
